/**
 * The eleventh held-out corpus's own hand-written value lists (no census, faker or public
 * de-identification lists). Names, towns, counties, streets and facilities are invented or
 * chosen by the author; real small US places named like words are public geography.
 */

/** Given names, roughly by how often they should turn up (rank-weighted pick). */
export const GIVEN = [
  "Mary", "James", "Linda", "Robert", "Patricia", "Juan", "Maria", "Carlos", "Dorothy", "Earl", "Lorraine", "Wendell",
  "Yolanda", "Tremaine", "Shirley", "Darnell", "Guadalupe", "Esperanza", "Marisol", "Jesús", "Thanh", "Minh", "Phuong",
  "Sokha", "Sreymom", "Vannak", "Bopha", "Ruth", "Ezra", "Miriam", "Avraham", "Shoshana", "Priya", "Rajesh", "Sunita",
  "Harpreet", "Gurpreet", "Anil", "Deepa", "Kiran", "Lakshmi", "Ibrahim", "Fatuma", "Hodan", "Abdullahi", "Amina",
  "Kwame", "Adaeze", "Chidi", "Folasade", "Tendai", "Bongani", "Ngozi", "Esi", "Kofi", "Beatriz", "Joaquim", "Rosario",
  "Consuelo", "Ofelia", "Teodoro", "Anselmo", "Nereida", "Yessenia", "Delfina", "Ignacio", "Wilfredo", "Hortencia",
  "Lorenzo", "Annunziata", "Giuseppe", "Bernadette", "Colm", "Siobhan", "Declan", "Niamh", "Ingrid", "Lars", "Sigrid",
  "Anneliese", "Dietrich", "Ottilie", "Eli", "Levi", "Amos", "Menno", "Katie", "Lydia", "Mose", "Rebecca", "Jonas",
  "Ivy", "Harmony", "Journey", "Lyric", "Destiny", "Sterling", "Cash", "Ransom", "Tuesday", "April", "June", "August",
  "Winter", "Hazel", "Ember", "Clover", "Briar", "Sage", "Haven", "Royal", "Marvel", "Bishop", "Deacon", "Justice",
  "Princess", "Duke", "Hope", "Faith", "Mercy", "Dusty", "Buck", "Sonny", "Dewey", "Otis", "Virgil", "Mavis", "Opal",
  "Pearl", "Velma", "Thelma", "Eula", "Ardith", "Lavern", "Alvin", "Clement", "Odessa", "Luella", "Wilma", "Burl",
  "Hollis", "Jolene", "Tammy", "Kayla", "Brianna", "Jaxon", "Kaden", "Nevaeh", "Aaliyah", "DeShawn", "LaTonya",
  "Marquise", "Shaniqua", "Kenji", "Yuki", "Haruto", "Min-jun", "Ji-woo", "Seo-yeon", "Wei", "Xiu Ying", "Jian",
  "Mei", "Dae", "Rosalind", "Augustin", "Philomena", "Kateryna", "Bohdan", "Oksana", "Zainab", "Yusuf", "Mariam",
  "Reza", "Shirin", "Arash", "Lina", "Tomasz", "Agnieszka", "Mirela", "Florin", "Anh", "Hoa", "Lan", "Binh",
  "Mary Ellen", "Jo Ann", "Bobbie Sue", "Luz María", "José Luis", "Ana Sofía", "Thi Hong", "Van Duc", "Le Anh",
  "Kalani", "Leilani", "Keoni", "Malia", "Sione", "Tevita", "Winona", "Dakota", "Cheyenne", "Tallulah", "Nizhoni",
] as const;

/** Formal name with the name the person goes by (some not derivable). */
export const NICK_PAIRS: readonly (readonly [string, string])[] = [
  ["Elizabeth", "Betsy"], ["Margaret", "Maisie"], ["William", "Billy"], ["Robert", "Bob"], ["Katherine", "Kit"],
  ["Theodore", "Teddy"], ["Dorothea", "Dot"], ["Eleanor", "Nell"], ["Harold", "Hap"], ["Cornelius", "Neil"],
  ["Francisco", "Pancho"], ["José", "Pepe"], ["Guadalupe", "Lupita"], ["Ignacio", "Nacho"], ["Rosario", "Chayo"],
  ["Enrique", "Kiki"], ["Nguyen Thi Mai", "Mary"], ["Sokunthea", "Thea"], ["Wen-Hsiung", "Winston"],
  ["Oluwadamilare", "Dami"], ["Chukwuemeka", "Emeka"], ["Abdirahman", "Abdi"], ["Avraham", "Avi"],
  ["Yitzchak", "Itzik"], ["Shmuel", "Shmuli"], ["Venkataraman", "Venky"], ["Subramanian", "Mani"],
  ["Lalrinmawii", "Mawii"], ["Hezekiah", "Hez"], ["Virginia", "Ginger"], ["Mildred", "Millie"], ["Lucille", "Lucy"],
  ["Bartholomew", "Bart"], ["Prudence", "Prue"], ["Augustina", "Tina"], ["Jebediah", "Jeb"], ["Ezekiel", "Zeke"],
];

export const SURNAMES = [
  "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez",
  "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez",
  "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen",
  "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams", "Nelson", "Baker", "Hall",
  "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Washington", "Jefferson", "Freeman", "Booker", "Merriweather",
  "Lovejoy", "Goodwin", "Outlaw", "Blessing", "Sweat", "Fairweather", "Moody", "Hardy", "Coward", "Kindred", "Dollar",
  "Bible", "Sermon", "Chapel", "Deacon", "Parrish", "Steeple", "Pickens", "Cornett", "Skaggs", "Sizemore", "Begley",
  "Caudill", "Combs", "Stidham", "Shifflett", "Yoder", "Stoltzfus", "Hochstetler", "Troyer", "Beiler", "Zook",
  "Esh", "Fisher", "Lapp", "Hershberger", "Mast", "Schrock", "Kabua", "Langrine", "Jibas", "Lajuon", "Anjain",
  "Tuc", "Ajpop", "Xiloj", "Tzoc", "Cumes", "Batz", "Ixcoy", "Chavajay", "Sontay", "Puac", "Cohen", "Levy",
  "Friedman", "Katz", "Rosenbaum", "Shapiro", "Ben-David", "Abergel", "Mizrahi", "Halevi", "Sharma", "Patel", "Gupta",
  "Verma", "Iyer", "Chatterjee", "Sandhu", "Gill", "Dhaliwal", "Reddy", "Chhim", "Sok", "Keo", "Prak", "Chea", "Meas",
  "Touch", "Ouk", "Pen", "Tran", "Pham", "Vo", "Huynh", "Dang", "Bui", "Le", "Do", "Ng", "Wu", "Xu", "Li", "Ko",
  "Oh", "Yi", "An", "Kim", "Park", "Choi", "Tanaka", "Suzuki", "Watanabe", "Okafor", "Adeyemi", "Mensah", "Boateng",
  "Moyo", "Dlamini", "Warsame", "Farah", "Osman", "Haddad", "Nasser", "Khoury", "Rahimi", "Karimi", "Kowalczyk",
  "Zielinski", "Popescu", "Ionescu", "Shevchenko", "Bondarenko", "Papadakis", "Russo", "Esposito", "Romano",
  "O'Connell", "Ó Dónaill", "MacNeil", "McGillicuddy", "D'Ambrosio", "DeLuca", "de la Vega", "del Toro",
  "van der Zee", "Vander Ploeg", "St. Onge", "LaFleur", "Thibodeaux", "Boudreaux", "Guidry", "Fontenot", "Arceneaux",
  "Kealoha", "Kahananui", "Fifita", "Tupou", "Begay", "Yazzie", "Tsosie", "Benally", "Lone Wolf", "Spotted Elk",
  "Whitehorse", "Grass", "Rich", "Pillow", "Nurse", "Payne", "Sickle", "Gurney", "Marrow", "Vein", "Blister", "Ward",
  "Knee", "Temple", "Bones", "Bedsole", "Dose", "Tablet", "Bandage", "Doctor", "Healer",
] as const;

export const TOWNS = [
  "Brindle Creek", "Sawmill Hollow", "Port Alder", "Quarry Hill", "Cedar Bluff Station", "Millbrook Junction",
  "Ferris Landing", "Pike's Crossing", "Lowden", "Marlow Springs", "Hatchet Lake", "Gilead Falls", "Copperton Ridge",
  "Stillwater Bend", "Ashgrove", "Rimrock", "Tansy Flats", "Orchard Valley", "North Kessling", "Dunmore Heights",
  "Wolf Pen", "Bethel Crossroads", "Larchmont Mills", "Fennimore Gap", "Sparrow Point", "Halcyon", "Corbin's Ferry",
  "Accord", "Bonanza", "Comfort", "Defiance", "Eclectic", "Experiment", "Friendship", "Gravity", "Harmony", "Ideal",
  "Loyal", "Medicine Lodge", "Needmore", "Oblong", "Pep", "Rescue", "Romance", "Sandwich", "Tightwad", "Unity",
  "Valentine", "Bucksnort", "Nimrod", "Gnaw Bone", "Ordinary", "Spot", "Bowlegs", "Bumble Bee", "Dubuque",
  "Pocatello", "Bangor", "Hattiesburg", "Kokomo", "Bismarck", "Joplin", "Ogden", "Pueblo", "Enid", "Lufkin",
] as const;

export const COUNTIES = [
  "Brannock", "Cullom", "Dellwood", "Esterly", "Fenmore", "Garrity", "Hobart", "Iverson", "Jessup", "Kittering",
  "Lawler", "Mossman", "Norward", "Ottery", "Pruett", "Quillen", "Radley", "Sutter Creek", "Tolliver", "Upshaw",
  "Vantrees", "Winfield", "Yarbro", "Bluestem", "Cherokee Bend", "Saint Albans", "Lost River", "Sabine Hollow",
] as const;

export const STREET_STEMS = [
  "Tanager", "Persimmon", "Old Mill", "Schoolhouse", "Buckeye", "Cemetery", "Sycamore", "Hackberry", "Lamplighter",
  "Quail Run", "Cotton Gin", "Ferry", "Bluff", "Tabernacle", "Depot", "Sanitarium", "Clinic", "Surgeon's",
  "Apothecary", "Bedford", "Kessler", "Whitcomb", "Marigold", "Locust Grove", "Indian Springs", "Rattlesnake Ridge",
  "Dry Fork", "Turkey Foot", "Mulberry", "Pecan Orchard", "Harvest Moon", "Prospect", "Lantern", "Plank",
] as const;
export const STREET_KINDS = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Ln", "Lane", "Dr", "Ct", "Pike", "Way", "Blvd", "Trl", "Cir", "Hwy"] as const;
export const STATES = ["AR", "OH", "PA", "TX", "KY", "WV", "MN", "NM", "AZ", "OK", "IA", "IN", "GA", "LA", "WA", "CA", "NY", "NJ", "MO", "TN"] as const;

export const FAC_STEMS = [
  "Bluewater", "Saint Brendan", "Our Lady of Sorrows", "Pinecrest", "Hollow Oak", "Tri-Valley", "Harbor View",
  "Prairie Rose", "Mount Carmel", "Good Hope", "Cumberland Gap", "Sister Agnes", "Redbud", "Twin Rivers",
  "Lakeshore", "Heritage Oaks", "Magnolia Trace", "Stonebridge", "Wellspring", "Caddo Valley", "Ironwood",
] as const;
export const FAC_KINDS = ["Medical Center", "Regional Hospital", "Community Hospital", "Family Clinic", "Health Center", "Nursing & Rehabilitation", "Imaging", "Surgery Center", "Memorial Hospital", "Rural Health Clinic", "Senior Living"] as const;
export const EMPLOYERS = [
  "Tolliver Poultry", "Gulf Coast Marine Services", "Redbud Trucking", "Brannock County Schools", "Kessler Tool & Die",
  "Sunrise Dairy Co-op", "Three Forks Casino", "Hatchet Lake Lumber", "Marlow Springs Elevator", "Bayou Fabrication",
  "Prairie Wind Energy", "Port Alder Shipyard", "Buckeye Meats", "Whitcomb Orchards", "Halcyon Hotel & Suites",
] as const;
export const INDEP_PHARMACIES = ["Corner Drug", "Hometown Apothecary", "Lowden Family Pharmacy", "Main Street Drug", "Medicine Shoppe of Ashgrove", "Bluff City Pharmacy", "Pill Box Pharmacy", "Kessler Drug & Gift"] as const;
export const CHAINS = ["CVS Pharmacy", "Walgreens", "Walmart Pharmacy", "Kroger Pharmacy", "Rite Aid", "H-E-B Pharmacy", "Publix Pharmacy"] as const;
export const PAYERS = ["Aetna", "UnitedHealthcare", "Humana Gold Plus", "Cigna", "Anthem BCBS", "Ambetter", "Molina Healthcare", "WellCare", "Medicare Part B", "Tricare East"] as const;

/** Drugs, some like names or words: never gold. */
export const DRUGS = [
  "Eliquis 5 mg BID", "Lasix 40 mg", "Norvasc 10 mg", "Lyrica 75 mg", "Ativan 0.5 mg", "Zyprexa 5 mg", "Keppra 500 mg",
  "Brilinta 90 mg", "Otezla 30 mg", "Januvia 100 mg", "Xarelto 20 mg", "Trulicity 1.5 mg weekly", "Ozempic 0.5 mg",
  "Rexulti 1 mg", "Vivitrol 380 mg IM", "Sublocade 100 mg", "Jardiance 10 mg", "Farxiga 10 mg", "Aricept 10 mg",
  "Namenda 10 mg", "Seroquel 25 mg", "Trazodone 50 mg", "Flomax 0.4 mg", "Coumadin 5 mg", "Bactrim DS",
] as const;
export const EPONYMS = [
  "Parkinson disease", "Graves disease", "Hashimoto thyroiditis", "Bell palsy", "Crohn disease", "Addison disease",
  "Meniere disease", "Raynaud phenomenon", "Dupuytren contracture", "Charcot foot", "Wilson disease", "Paget disease",
  "Baker cyst", "Morton neuroma", "Barrett esophagus", "Tietze syndrome", "Sjogren syndrome", "Lewy body dementia",
] as const;

/** Given names used where the person must be a woman (donors, mothers). */
export const FEMALE = ["Mary", "Linda", "Patricia", "Maria", "Dorothy", "Lorraine", "Yolanda", "Guadalupe", "Esperanza", "Marisol", "Phuong", "Sreymom", "Ruth", "Miriam", "Priya", "Sunita", "Fatuma", "Hodan", "Amina", "Adaeze", "Ngozi", "Beatriz", "Consuelo", "Nereida", "Yessenia", "Siobhan", "Ingrid", "Katie", "Lydia", "Ivy", "Harmony", "Destiny", "Tuesday", "April", "June", "Hazel", "Haven", "Justice", "Hope", "Mercy", "Jolene", "Kayla", "Brianna", "Nevaeh", "Aaliyah", "LaTonya", "Yuki", "Seo-yeon", "Mei", "Kateryna", "Zainab", "Shirin", "Agnieszka", "Luz María", "Ana Sofía", "Thi Hong", "Leilani", "Winona"] as const;
