/** The sixteenth held-out corpus's hand-written value lists (no census, faker or public de-identification lists). */

export const GIVEN_F = [
  "Loretta", "Imogene", "Tamsin", "Delphine", "Rosalind", "Latrice", "Shaquanda", "Bernadette", "Odalys", "Maribel",
  "Yesenia", "Wren", "Marisol", "Oksana", "Ilona", "Agnieszka", "Lucinda", "Pearl", "Opal", "Hazel", "Ruby", "Ivy",
  "Beulah", "Verna", "Mavis", "Thandiwe", "Nkechi", "Abena", "Saoirse", "Siobhan", "Ngozi", "Keala", "Leilani",
  "Malia", "Haruka", "Priyanka", "Dhruvi", "Lalitha", "Zainab", "Nasrin", "Fenna", "Ingrid", "Solveig", "Dagny",
  "Consuelo", "Graciela", "Providence", "Charity", "Mercy", "Bliss", "Journey", "Autumn", "June", "April", "Mae Belle",
  "Ann Marie", "Jo Lynn", "Xochitl", "Itzel", "Brandi", "Krystal", "Tonya", "Dolores", "Eulalia", "Philippa",
];
export const GIVEN_M = [
  "Thaddeus", "Cornelius", "Alvin", "Delbert", "Ezekiel", "Lamar", "DeShawn", "Tyrone", "Marquis", "Rigoberto",
  "Eusebio", "Wojciech", "Bogdan", "Radu", "Florin", "Gheorghe", "Casimir", "Ignatius", "Ambrose", "Barnabas",
  "Obadiah", "Lemuel", "Hollis", "Virgil", "Clement", "Kwame", "Chidi", "Oluwaseun", "Emeka", "Keoni", "Kalani",
  "Sione", "Hiroshi", "Kenji", "Rajesh", "Venkat", "Hamid", "Yusuf", "Torvald", "Anders", "Soren", "Ulf", "Jesús",
  "Heriberto", "Fidel", "Booker", "Royal", "Judge", "Prince", "Deacon", "Rusty", "Cash", "Lonnie", "Earl", "Homer",
  "Billy Ray", "John Paul", "Luis Miguel", "Dwayne", "Gaylord", "Marion", "Shelby", "Carroll", "Lindsey",
];
/** Formal name and the name the person goes by (several not derivable). */
export const NICKS: readonly [string, string][] = [
  ["Thaddeus", "Tad"], ["Cornelius", "Neil"], ["Ezekiel", "Zeke"], ["Bernadette", "Bernie"], ["Imogene", "Genie"],
  ["Wojciech", "Wojtek"], ["Agnieszka", "Aga"], ["Gheorghe", "Gica"], ["Lucinda", "Cindy"], ["Philippa", "Pip"],
  ["Oluwaseun", "Seun"], ["Venkat", "Vinny"], ["Rigoberto", "Beto"], ["Heriberto", "Eddie"], ["Eulalia", "Lala"],
  ["Casimir", "Cass"], ["Obadiah", "Obie"], ["Delbert", "Dub"], ["Rosalind", "Roz"], ["Beulah", "Boots"],
];
export const SURNAMES = [
  "Pettibone", "Crumpler", "Haverkamp", "Quarles", "Stoddard", "Fairweather", "Goodnight", "Lovelady", "Merriweather",
  "Blackshear", "Washington", "Jefferson", "Mayweather", "Okonkwo", "Adeyemi", "Mensah", "Osei", "Nwachukwu",
  "Wiśniewski", "Kowalczyk", "Zieliński", "Grabowska", "Popescu", "Ionescu", "Constantinescu", "Dumitru", "Bălan",
  "Lindqvist", "Haugen", "Solberg", "Nyström", "Kahananui", "Fonoti", "Tuilagi", "Nakamura", "Ishikawa", "Patel",
  "Desai", "Reddy", "Chowdary", "Karimi", "Haddad", "Villaseñor", "Arreola", "Zúñiga", "Ochoa", "Baptiste",
  "Thibodeaux", "Boudreaux", "Fontenot", "Yoder", "Stoltzfus", "Beiler", "Begay", "Yazzie", "Tsosie", "Nguyen",
  "Tran", "Le", "Do", "Ng", "Ox", "Lu", "Ali", "Mack", "Kidd", "Savage", "Church", "Law", "Judge", "Bill", "Price",
  "Cash", "Money", "Banks", "Lawyer", "Sheriff", "Payer", "Bond", "Penny", "Sterling", "Dollar", "Nickel",
  "Parkinson", "Addison", "Crohn", "Hodgkin", "Graves", "Cushing", "Paget", "Tourette",
  "van der Berg", "de la Cruz", "O'Toole", "McCandless", "D'Souza", "St. Pierre", "Fitzgerald", "MacAllister",
];
/** Invented towns and real small US places named like words. */
export const TOWNS = [
  "Larkspur Hollow", "Quenton Falls", "Brambleton", "Osprey Bluff", "Millbrook Station", "Cedar Knob", "Ashgrove",
  "Dunmore Flats", "Pellham Crossing", "Whitlow", "Bethel Springs", "Greer's Ferry", "Sawyer Mill", "Tallow Creek",
  "Hope", "Friendship", "Commerce", "Prosperity", "Justice", "Equality", "Truth or Consequences", "Accident",
  "Bountiful", "Payday", "Cashtown", "Security", "Fairplay", "Loyal", "Modest Town", "Paradise Valley",
  "Lowell", "Lawrence", "Elizabeth", "Paterson", "Passaic", "Allentown", "Reading", "Erie", "Edison", "Fremont",
  "Modesto", "Lodi", "Dearborn", "Hamtramck", "Lancaster", "Carlisle",
];
export const STATES = ["PA", "NJ", "OH", "MI", "CA", "TX", "GA", "NC", "VA", "MN", "WA", "OR", "AZ", "NM", "KY", "IN", "IL", "MA"];
export const STREETS = [
  "Ledger", "Tollgate", "Counting House", "Mercy", "Almshouse", "Notary", "Magistrate", "Beacon", "Chestnut", "Quarry",
  "Foundry", "Orchard", "Sassafras", "Wickham", "Persimmon", "Kestrel", "Bellwether", "Prospect", "Grange", "Tannery",
  "Covenant", "Sycamore", "Harrow", "Millrace", "Sumac", "Trust", "Charter", "Treasury", "Deed", "Warrant",
];
export const STREET_KINDS = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Ln", "Dr", "Ct", "Blvd", "Way", "Pike", "Terrace", "Pl", "Cir", "Trl"];
export const COUNTIES = ["Tallow", "Breckin", "Marrowby", "Okefen", "Vandalia", "Shelburne", "Kessick", "Ambrose", "Larue", "Hollis", "Pennick", "Dorrance"];
export const FAC_STEMS = ["St. Brendan", "Good Samaritan", "Riverbend", "Holy Redeemer", "Lakeshore", "Pinecrest", "Mount Tabor", "Mercy Hill", "Valley Forge", "Sandhill", "Three Rivers", "Prairie Rose", "Hollins", "Cobblestone"];
export const FAC_KINDS = ["Medical Center", "Hospital", "Regional Medical Center", "Family Medicine", "Community Health Center", "Surgery Center", "Imaging Center", "Rehabilitation Hospital", "Nursing & Rehabilitation", "Behavioral Health", "Pediatrics", "Women's Health", "Dialysis Center", "Urgent Care"];
/** Drugs, some of which look like names. */
export const DRUGS = ["Lorna", "Camila", "Errin", "Heather", "Jolivette", "Nora-BE", "Tarina Fe", "Emily", "Addyi", "Evista", "Lyrica", "Ozempic", "Xarelto", "Eliquis", "Jardiance", "Farxiga", "Entresto", "Humira", "Otezla", "Latuda", "Abilify", "Valtrex", "Cialis"];
export const EPONYMS = ["Parkinson disease", "Addison disease", "Crohn disease", "Hodgkin lymphoma", "Graves disease", "Cushing syndrome", "Paget disease", "Tourette syndrome", "Lou Gehrig disease", "Alzheimer dementia", "Baker cyst", "Colles fracture", "Meniere disease", "Raynaud phenomenon"];
/** Organisations that are not facilities of care (never gold). */
export const PAYERS = ["Keystone Mutual Health", "Northwind Benefit Plans", "Cardinal Care Assurance", "BluePeak Health Plan", "Meridian Liberty Insurance", "Harborline Medicaid Partners"];
export const VENDORS = ["Ledgerpoint Revenue Services", "ClearPath Statements Inc.", "Summit Recovery Associates", "Pinnacle Credit Bureau Services", "VeriCopy Release Solutions", "TrialPay Cards LLC", "DocuPledge eSign", "TeleVisit Connect"];
