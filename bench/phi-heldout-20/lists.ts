/**
 * The twentieth held-out corpus's own hand-written lists (no census, faker or public de-identification lists).
 * Every value here was invented for this corpus or is an ordinary word, place or brand.
 */

/** Given names, roughly by how often they turn up in a US pharmacy queue (most frequent first). */
export const GIVEN_F = [
  "Linda", "Patricia", "Dorothy", "Shirley", "Gloria", "Tamika", "Maribel", "Yesenia", "Priya", "Ngozi", "Imani",
  "Bernadette", "Rosalind", "Opal", "Verna", "Lorraine", "Kimberly", "Ashleigh", "Dolores", "Marisol", "Fatuma",
  "Hoa", "Mei-Ling", "Svetlana", "Agnieszka", "Lupita", "Wilhelmina", "Della", "Inez", "Merle", "Rhonda", "Tiffani",
  "Destiny", "Hope", "Precious", "Sunshine", "Clementine", "Camila", "Heather", "Ruby", "Pearl", "Jo Anne",
  "Mary Beth", "Anh Thu", "Zainab", "Khadija", "Esperanza", "Altagracia", "Leilani", "Kalena", "Bronwyn", "Siobhan",
] as const;
export const GIVEN_M = [
  "James", "Robert", "Curtis", "Darnell", "Marcus", "Luis", "Javier", "Raj", "Emeka", "Tuan", "Wendell", "Elmer",
  "Clifford", "Harlan", "Dewey", "Otis", "Virgil", "Rufus", "Lamar", "Terrence", "DeShawn", "Oleksandr", "Piotr",
  "Bao", "Kwame", "Mamadou", "Hassan", "Yusuf", "Anselmo", "Epifanio", "Reginald", "Cletus", "Buford", "Ezekiel",
  "Major", "Bishop", "King", "Deacon", "Sterling", "Royal", "Forrest", "Dale", "Jean-Baptiste", "Juan Carlos",
  "Van Minh", "Kai", "Keoni", "Lars", "Torvald", "Ambrose", "Stokely",
] as const;
/** Formal / what the person goes by. */
export const NICKS: Record<string, string> = {
  Dorothy: "Dot", Wilhelmina: "Billie", Bernadette: "Bernie", Patricia: "Trish", Clifford: "Kip", Robert: "Bobby",
  Reginald: "Reggie", Ezekiel: "Zeke", Lorraine: "Rainey", Epifanio: "Pifa", Altagracia: "Tata", Oleksandr: "Sasha",
  "Juan Carlos": "JC", Terrence: "T-Bone", Marisol: "Mari", Harlan: "Hap", Clementine: "Clem", Elmer: "Buster",
};
export const SURNAMES = [
  "Johnson", "Williams", "Garcia", "Nguyen", "Okafor", "Patel", "Hernandez", "Washington", "Kowalczyk", "Tran",
  "Jefferson", "Mensah", "Delacroix", "Boudreaux", "Yazzie", "Begay", "Kealoha", "Fa'amoe", "Abernathy", "Pettigrew",
  "Szymanski", "Horvath", "Lindqvist", "Haugen", "Rasmussen", "Oyelaran", "Adeyemi", "Diallo", "Haile", "Mohamud",
  "Castellanos", "Villalobos", "Zamudio", "de la Cruz", "Dos Reis", "Van Buskirk", "McGillicuddy", "O'Rourke",
  "D'Souza", "St. Pierre", "Le", "Ho", "Wu", "Ip", "Bui", "Pham", "Kaur", "Sandhu", "Iyer", "Chaudhry",
  "Addison", "Cushing", "Parkinson", "Crohn", "Graves", "Hodgkin", "Bell", "Paget", "Raynaud", "Tourette",
  "Pharr", "Dosage", "Pillsbury", "Tablet", "Druggan", "Potts", "Chemist", "Apothaker", "Vial", "Nurse",
  "Friday", "Monday", "Summers", "Winters", "Rich", "Little", "Moody", "Sweet", "Goodnight", "Ransom",
  "Feeney", "Quattlebaum", "Throckmorton", "Scroggins", "Yoder", "Stoltzfus", "Hochstetler", "Blackhorse",
  "Nakamura", "Takahashi", "Kim", "Park", "Chowdhury", "Rahman", "Abdi", "Warsame", "Oduya", "Achterberg",
] as const;

/** Drug names that read like people's names or places (never gold). */
export const NAME_LIKE_DRUGS = [
  "Camila", "Errin", "Heather", "Jencycla", "Lyza", "Sharobel", "Tilia Fe", "Jolivette", "Nora-BE", "Deblitane",
  "Eliquis", "Xarelto", "Brilinta", "Jardiance", "Farxiga", "Lexapro", "Ambien", "Tessalon", "Jantoven", "Coumadin",
  "Addyi", "Belbuca", "Nucynta", "Norco", "Trelegy", "Breo", "Anoro", "Lucemyra", "Marinol", "Austedo",
] as const;
export const DRUGS = [
  "metformin 500 mg", "lisinopril 10 mg", "atorvastatin 40 mg", "amlodipine 5 mg", "levothyroxine 75 mcg",
  "furosemide 40 mg", "warfarin 5 mg", "apixaban 5 mg", "sertraline 50 mg", "gabapentin 300 mg", "tramadol 50 mg",
  "oxycodone 5 mg", "hydrocodone/APAP 5/325", "lorazepam 0.5 mg", "insulin glargine 100 u/mL", "tamsulosin 0.4 mg",
  "donepezil 10 mg", "carvedilol 6.25 mg", "pantoprazole 40 mg", "buprenorphine/naloxone 8/2 mg", "quetiapine 25 mg",
  "alprazolam 0.25 mg", "morphine ER 15 mg", "methylphenidate ER 36 mg", "prednisone 10 mg", "allopurinol 100 mg",
] as const;
export const SPECIALTY_DRUGS = ["Skyrizi", "Cosentyx", "Otezla", "Enbrel", "Humira", "Taltz", "Stelara", "Ocrevus", "Biktarvy", "Mavyret", "Xeljanz", "Ozempic", "Repatha"] as const;
export const EPONYMS = [
  "Parkinson disease", "Addison disease", "Cushing syndrome", "Crohn disease", "Graves disease", "Hodgkin lymphoma",
  "Paget disease", "Raynaud phenomenon", "Bell palsy", "Tourette syndrome", "Cockcroft-Gault", "Beers criteria",
  "Morganella morganii", "Providencia stuartii", "Serratia marcescens", "Klebsiella oxytoca", "Hashimoto thyroiditis",
] as const;

/** Organisations that are not facilities of care (never gold). */
export const PBMS = ["Meridian Script Services", "ClearPath PBM", "Northstar Rx Benefits", "Keystone Pharmacy Solutions", "Beacon Rx Administrators"] as const;
export const PAYERS = ["Cardinal Health Plan of the Plains", "Bluewater Medicare Advantage", "Heartland Community Care HMO", "Summit State Medicaid", "Prairie Mutual Insurance"] as const;
export const CHAINS = ["RxValue", "MedMart Pharmacy", "Corner Drug Express", "ValuCare Pharmacy", "QuickScript"] as const;
export const MAKERS = ["Novaris Bio", "Ardent Therapeutics", "Halvorsen Pharma", "Blue Heron Biologics", "Tessaract Labs"] as const;
export const FOUNDATIONS = ["Patient Bridge Foundation", "Good Days Ahead Fund", "CopayWell Charitable Trust", "Open Hands Access Program"] as const;
export const COURIERS = ["SwiftCold Logistics", "Medline Courier Co-op", "Cascade Parcel", "NightOwl Delivery"] as const;

/** Towns (invented or small real US places named like words) and mid-size cities. */
export const TOWNS = [
  "Millbrook Falls", "Oxbow Crossing", "Tamarack", "Pennyroyal", "Cedar Shoals", "Larkspur Hollow", "Wicklow Heights",
  "Fort Absalom", "Greenbrier Junction", "Sawyer's Mill", "Mercy", "Hygiene", "Pharmacy Springs", "Aspirin Flats",
  "Accident", "Healing Springs", "Remedy", "Comfort", "Tonic", "Dosewell", "Lynn", "Burlington", "Edison", "Dayton",
  "Kalamazoo", "Lowell", "Worcester", "Elgin", "Rochester", "Bismarck", "Yakima", "Santa Maria", "Laredo", "Hilo",
  "Bangor", "Paducah", "Tuscaloosa", "Pueblo", "Sioux City", "St. Joseph",
] as const;
export const COUNTIES = ["Marlow", "Tillery", "Oconee", "Bexley", "Harrowgate", "Quinault", "Saline", "Potter", "Yellow Medicine", "Buena Vista"] as const;
export const STATES = ["OH", "KY", "TN", "NJ", "MI", "MA", "IL", "NY", "ND", "WA", "CA", "TX", "HI", "ME", "AL", "CO", "IA", "MO", "MN", "GA"] as const;
export const STREET_STEMS = [
  "Apothecary", "Mortar", "Pestle", "Laurel", "Juniper", "Sassafras", "Quarry", "Tanyard", "Depot", "Mill Race",
  "Chestnut", "Magnolia", "Bayberry", "Orchard", "Ridgeview", "Prospect", "Church", "Front", "Lincoln", "Main",
  "Kingfisher", "Foxglove", "Willow Bend", "Old Post", "Dispensary", "Tincture", "Caldwell", "Hawthorne",
] as const;
export const STREET_TYPES = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Ct", "Blvd", "Way", "Pike", "Trl", "Pkwy", "Cir"] as const;

/** Facility stems and kinds. */
export const FAC_STEMS = ["St. Brendan", "Good Shepherd", "Riverbend", "Prairie View", "Mercy Ridge", "Holloway", "Sisters of Hope", "Twin Pines", "Harbor Light", "Bluestem", "Kettle Creek", "Northgate"] as const;
export const HOSP_KINDS = ["Hospital", "Medical Center", "Regional Medical Center", "Memorial Hospital", "Community Hospital"] as const;
export const CLINIC_KINDS = ["Family Medicine", "Internal Medicine Associates", "Health Center", "Cardiology Clinic", "Rheumatology", "Primary Care"] as const;
export const LTC_KINDS = ["Nursing & Rehabilitation", "Care Center", "Health and Rehab", "Manor", "Assisted Living", "Skilled Nursing Facility"] as const;
export const PHARMACY_STEMS = ["Hometown", "Apothecary Row", "Keller's", "Blue Door", "Main Street", "Riverside", "Bridgeport", "Old Mill", "Nguyen Family", "Okafor's", "Prairie", "Lakeside"] as const;
export const PHARMACY_KINDS = ["Pharmacy", "Drug", "Drug Store", "Apothecary", "Compounding Pharmacy", "Specialty Pharmacy", "Pharmacy & Gifts"] as const;
