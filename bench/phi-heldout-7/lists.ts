/**
 * Hand-written value lists for the seventh held-out corpus. Every name, town, street stem and facility stem
 * here was written for this corpus by its author (no faker, no public de-identification corpus, no list from
 * the earlier held-out corpora). Combinations are synthetic.
 */

/** Given names, grouped loosely by origin; two-word given names are one value. */
export const FIRST = [
  // US / English, some of them ordinary words or places
  "Harlan", "Maribel", "Delphine", "Curtis", "Wendell", "Roxanne", "Lorena", "Garrett", "Tamsin", "Everett",
  "Noreen", "Darnell", "Lavonne", "Royce", "Kendra", "Merle", "Odessa", "Clement", "Jolene", "Thaddeus",
  "Amber", "Hunter", "Summer", "Rusty", "Crystal", "Royal", "Precious", "Honor", "Bliss", "Major",
  "Rain", "Sage", "Forrest", "Cash", "Colt", "Clay", "Dallas", "Austin", "Georgia", "Savannah",
  "Brooklyn", "Sunny", "Star", "Hazel", "Ivy", "Jade", "Faith", "Lake", "Stormy", "Temperance",
  "Ruth Ann", "Billy Ray", "Mary Kate", "Bobbie Jo",
  // Spanish / Latin American
  "Xiomara", "Yesenia", "Eulalio", "Rigoberto", "Maricela", "Teodoro", "Anayeli", "Jacinto", "Guadalupe", "Itzel",
  "Jesús", "Concepción", "Marisol", "Edgardo", "Nayeli", "Rosalba", "María José", "Juan Carlos",
  // Arabic (transliterated)
  "Yousef", "Rania", "Abdelrahman", "Nour", "Hamza", "Samira", "Khaled", "Layla", "Tariq", "Amal", "Mahmoud", "Hiba",
  // Vietnamese
  "Thuy", "Quang", "Bich Ngoc", "Minh Chau", "Tuan", "Phuong", "Khanh", "Hieu",
  // Chinese (pinyin)
  "Xiaoming", "Jiahui", "Zhiwei", "Meiling", "Haoran", "Yuxin", "Guiying", "Jianguo",
  // Nepali / Bhutanese-Nepali
  "Bishnu", "Sabitra", "Dil Maya", "Tika", "Hari Prasad", "Devi", "Chandra", "Man Bahadur",
  // Haitian
  "Wisline", "Jean-Robert", "Fabienne", "Ketly", "Dieuseul", "Marie-Flore", "Rosemene", "Wilner",
  // Korean
  "Jisoo", "Min-jun", "Seo-yeon", "Kyung-hee",
  // West / East African
  "Oluwaseun", "Chidinma", "Kwabena", "Abena", "Tesfaye", "Meseret", "Mulugeta", "Ngozi", "Adaeze", "Kofi",
  // South Asian
  "Pranav", "Lakshmi", "Venkatesh", "Anjali", "Harpreet", "Gurdeep", "Sunita", "Arjun",
  // Eastern European
  "Svetlana", "Dmitri", "Bogdan", "Ludmila", "Agnieszka", "Radek",
  // Jewish / Hebrew
  "Moshe", "Chaya", "Yehuda", "Rivka",
  // Navajo / Hawaiian / other US
  "Talon", "Cheyenne", "Keoni", "Leilani", "Kalani",
];

/** Formal names with the name the person goes by (not always derivable). */
export const NICKS: readonly (readonly [string, string])[] = [
  ["Bartholomew", "Bart"], ["Theodora", "Teddie"], ["Wilhelmina", "Billie"], ["Jebediah", "Jeb"],
  ["Augustine", "Gus"], ["Ignatius", "Iggy"], ["Marguerite", "Daisy"], ["Cornelius", "Neil"],
  ["Rosalind", "Roz"], ["Ezekiel", "Zeke"], ["Nguyet", "Nina"], ["Xiaoming", "Sam"], ["Abdelrahman", "Abdo"],
  ["Oluwaseun", "Seun"], ["Venkatesh", "Venky"], ["Dieuseul", "Dieu"], ["Gwendolyn", "Winnie"],
  ["Cuthbert", "Bertie"], ["Philomena", "Mena"], ["Lucinda", "Cindy"], ["Mehmet Ali", "Ali"],
  ["Jianguo", "George"], ["Seo-yeon", "Sally"], ["Chidinma", "Dinma"], ["Francisco Javier", "Paco"],
  ["Bogdan", "Bodya"], ["Harriet", "Hattie"], ["Leopold", "Leo"], ["Evangeline", "Vangie"],
];

export const LAST = [
  // US / English, some of them words or clinical-looking
  "Pruitt", "Holloway", "McAllister", "Thibodeaux", "Kowalczyk", "Schaefer", "Lindqvist", "Beauchamp",
  "Fairweather", "Goodnight", "Bullock", "Gamble", "Frost", "Winter", "Stone", "Sharp", "Little", "Bird",
  "Swift", "Story", "Church", "Heal", "Bone", "Cure", "Sickles", "Doctor", "Coffin", "Moody", "Lovejoy",
  "Bass", "Marsh", "Cannon", "Pickens", "Whitlock", "Oakes", "Rain", "Hale", "Spring", "Deal", "May",
  // surnames that are also eponyms in clinical text
  "Parkinson", "Addison", "Bell", "Graves", "Hodgkin", "Wilson", "Cushing", "Paget", "Hunter",
  // particles, apostrophes, hyphens
  "de la Garza", "Van Wyck", "von Holt", "St. Croix", "D'Souza", "O'Halloran", "Mac Giolla Rí",
  "ben Yosef", "Abu-Zahra", "Al-Khatib", "el Amrani", "du Plessis", "Le Blanc", "Dos Santos",
  "Ter Horst", "Vander Ploeg", "Della Rocca", "DeShields", "McKee-Ortiz", "Navarro-Lugo",
  // Spanish
  "Quintanilla", "Ybarra", "Zamudio", "Arreola", "Villaseñor", "Cárdenas", "Peña", "Ochoa", "Bustamante",
  // Arabic
  "Haddad", "Nasrallah", "Al-Masri", "Qureshi", "Barakat", "Khoury", "Mansour", "Shalhoub",
  // Vietnamese, short ones included
  "Nguyen", "Tran", "Huynh", "Vo", "Dang", "Truong", "Phan", "Ly", "Do", "Le", "Ho",
  // Chinese
  "Zhang", "Liu", "Xu", "Guo", "Zhao", "Ouyang", "Situ", "Yu", "Ng",
  // Nepali
  "Gurung", "Tamang", "Adhikari", "Rai", "Subedi", "Dahal", "Magar", "Pradhan",
  // Haitian
  "Pierre-Louis", "Joseph", "Desrosiers", "Jean-Baptiste", "Théodore", "Dorvil", "Saint-Fleur",
  // Korean
  "Park", "Jeong", "Kang", "Yoon", "Baek",
  // African
  "Okonkwo", "Adeyemi", "Mensah", "Asante", "Gebremedhin", "Tadesse", "Abebe", "Nwosu",
  // South Asian
  "Venkataraman", "Iyer", "Sandhu", "Grewal", "Chatterjee", "Banerjee",
  // Slavic
  "Wojcik", "Nowicki", "Kuznetsov", "Petrenko",
  // Navajo, Hawaiian
  "Yazzie", "Begay", "Tsosie", "Kealoha", "Kahale",
];

export const STREET_NAMES = [
  "Juniper", "Wexford", "Sassafras", "Old Mill", "Coyote Ridge", "Sandhill Crane", "Tecumseh", "Mockingbird",
  "Plank", "Quarry", "Ferris", "Alder Bend", "Pinecrest", "Cottonwood Wash", "Settlers", "Anchor", "Parade",
  "Depot", "Bethel Church", "Hollyhock", "Cider Press", "Lamplighter", "Tollgate", "Bluestem", "Whippoorwill",
  "Ridgeback", "Cranberry Bog", "Sorghum Mill", "Larkspur", "Ironwood", "Fiddler's Green", "Wagon Wheel",
  "Redbud", "Gristmill", "Kestrel", "Meadowlark", "Chisholm", "Osage", "Paddock", "Lighthouse", "Saltbox",
  "Martin Luther King Jr", "Cesar Chavez", "Hospital", "College", "Church", "Market", "Front",
];

export const STREET_SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Ln", "Lane", "Dr", "Drive", "Ct", "Way",
  "Blvd", "Pkwy", "Trl", "Cir", "Pike", "Loop", "Terrace", "Pl", "Hwy"];

export const DIRS = ["N", "S", "E", "W", "NE", "SW", "North", "West"];

/** Towns: invented, plus real small US places named like ordinary words. */
export const CITIES = [
  "Stellwood", "Brackenridge Falls", "Quarry Hill", "East Tamsworth", "Ollala Springs", "Prairie du Lac",
  "Port Ellery", "Mount Harlow", "Cedar Hollow", "Bexley Junction", "Fort Calloway", "Lake Tansy",
  "New Gilead", "Saint Amand", "Vireo", "Oxbow Bend", "Hartsgrove", "Millbrae Crossing", "Pelham Ford",
  "Dunmore Flats", "Las Brisas", "Sugar Notch", "Kettle Falls", "Three Forks", "West Ransom",
  "Hope", "Normal", "Energy", "Boring", "Hazard", "Protection", "Surprise", "Bliss", "Ideal", "Index",
  "Wink", "Lovelady", "Ransom", "Truth or Consequences", "Why", "Plain City", "Cut and Shoot", "Friendship",
  "Liberty", "Harmony", "Welcome", "Accord", "Comfort", "Hygiene", "Mercy Springs",
];

export const COUNTIES = ["Harrow", "Little Sioux", "Santa Inés", "Pemberton", "Calloway", "Tamsworth", "Okeechee",
  "Bexley", "Greer", "Sable", "Cumberland Gap", "Dunmore", "Ellery", "Oxbow", "Winnemucca Flats"];

export const STATES = ["AL", "AZ", "AR", "CA", "CO", "CT", "FL", "GA", "IA", "ID", "IL", "IN", "KS", "KY", "LA", "MA",
  "MD", "ME", "MI", "MN", "MO", "MS", "MT", "NC", "NE", "NH", "NJ", "NM", "NV", "NY", "OH", "OK", "OR", "PA",
  "SC", "SD", "TN", "TX", "UT", "VA", "VT", "WA", "WI", "WV", "WY"];

export const AREA_CODES = ["205", "256", "479", "501", "520", "602", "209", "530", "719", "860", "239", "352",
  "478", "706", "319", "563", "208", "217", "309", "618", "260", "574", "316", "785", "270", "606", "318",
  "337", "413", "508", "301", "410", "207", "231", "906", "218", "507", "417", "573", "662", "406", "252",
  "910", "308", "402", "603", "505", "575", "775", "315", "518", "607", "330", "419", "580", "918", "541",
  "814", "570", "803", "864", "605", "423", "731", "254", "806", "915", "435", "276", "540", "802", "509",
  "715", "920", "304", "307"];

export const EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com",
  "att.net", "comcast.net", "protonmail.com", "ymail.com", "msn.com", "sbcglobal.net", "live.com"];

/** Facility stems, written for this corpus. */
export const FAC_STEMS = ["Bramblewood", "Saint Casimir", "Sweetgrass", "Lantern Hill", "Harrow Valley", "Piñon Mesa",
  "Clearbrook", "Tamarind", "Holy Redeemer", "Bluestem Prairie", "North Fork", "Heron Bay", "Calloway Memorial",
  "Ellery Regional", "Sable River", "Our Lady of the Lakes", "Good Samaritan of Greer", "Ironwood", "Magnolia Bend",
  "Covenant Hills", "Kestrel Point", "Vireo Valley", "Summit Crest", "Four Winds", "Stillwater Glen"];

export const HOSP_KINDS = ["Medical Center", "Community Hospital", "Regional Hospital", "Health System", "Hospital",
  "Memorial Hospital", "Rehabilitation Hospital", "Children's Hospital"];
export const CLINIC_KINDS = ["Family Medicine", "Family Practice", "Health Center", "Clinic", "Primary Care",
  "Internal Medicine Associates", "Pediatrics", "Community Health Center", "Medical Group", "Urgent Care"];

/** Employers (facility-type gold), invented. */
export const EMPLOYERS = ["Tri-County Poultry", "Harrow Valley School District", "Bexley Tool & Die", "Sugar Notch Casino",
  "Prairie Wind Trucking", "Kestrel Logistics", "Greer County Schools", "Ollala Springs Nursery", "Stellwood Cannery",
  "Three Forks Feed & Seed", "Pelham Ford Dairy", "Quarry Hill Foundry", "Ironwood Call Center"];

/** Not PHI: payers, labs, chains, makers. */
export const PAYERS = ["Aetna", "Cigna", "UnitedHealthcare", "Humana", "Blue Cross Blue Shield", "Anthem", "Molina Healthcare",
  "Ambetter", "TRICARE", "Medicare", "Medicaid", "WellCare", "Oscar", "Kaiser Permanente"];
export const LABS = ["Quest Diagnostics", "Labcorp", "ARUP", "Mayo Clinic Laboratories", "BioReference", "Sonic"];
export const CHAINS = ["CVS", "Walgreens", "Walmart Pharmacy", "Rite Aid", "Kroger Pharmacy", "Costco Pharmacy", "Publix"];

/** Drugs: several look like names or places. */
export const DRUGS = ["lisinopril 10 mg daily", "metformin 500 mg BID", "apixaban 5 mg BID", "atorvastatin 40 mg qHS",
  "Jardiance 10 mg", "Ozempic 0.5 mg weekly", "sertraline 50 mg", "levothyroxine 88 mcg", "Eliquis 2.5 mg BID",
  "Trelegy 1 puff daily", "Lyrica 75 mg BID", "Xarelto 20 mg", "amlodipine 5 mg", "gabapentin 300 mg TID",
  "Keppra 500 mg BID", "Aricept 10 mg", "Namenda 10 mg BID", "Sinemet 25/100 TID", "furosemide 40 mg",
  "Tylenol 650 mg q6h prn", "Flomax 0.4 mg", "Brilinta 90 mg BID", "Victoza 1.2 mg", "Allegra 180 mg",
  "buprenorphine-naloxone 8-2 mg SL", "Narcan 4 mg nasal", "Lantus 22 units qHS", "Humalog sliding scale"];

/** Clinical phrases that hold eponyms, codes, ratios, times and numbers that are not PHI. */
export const CLIN = [
  "Parkinson disease, on Sinemet 25/100", "Hx Graves disease s/p RAI 2009", "Bell palsy 2017, resolved",
  "Addison disease on hydrocortisone 15 mg AM / 5 mg PM", "Cushing screen negative", "Hodgkin lymphoma in remission since 2012",
  "Wilson disease ruled out (ceruloplasmin 28)", "Paget disease of bone, alk phos 212", "Babinski downgoing bilaterally",
  "Romberg negative", "Homans sign negative", "Murphy sign negative", "Kernig and Brudzinski negative",
  "Epley maneuver performed x2", "Trendelenburg gait noted", "Lachman 1A", "Phalen and Tinel positive R",
  "A1c 7.9% (was 8.4%)", "BP 142/88, HR 76, SpO2 95% RA", "eGFR 48, Cr 1.31", "INR 2.4", "LDL 131",
  "pain 6/10", "ratio 1:1", "FEV1/FVC 0.64", "ICD-10 E11.65, I10", "CPT 99214-25", "HCPCS G0439",
  "NDC 0002-8215-01", "at 14:35", "0730", "since 2019", "in 2004", "walked 150 ft x2", "Hgb 10.2 / Hct 31",
  "GCS 15", "PHQ-9 11", "MMSE 22/30", "Morse 45", "Braden 16", "BMI 31.4", "K 3.3, repleted 40 mEq",
  "Down syndrome (trisomy 21)", "Hashimoto thyroiditis", "Crohn disease, on Humira 40 mg q2wk", "Lyme titer pending",
  "G2P2002", "38w4d", "Apgars 8/9", "TSH 4.12", "vitamin D 18", "COVID-19 booster this fall (lot not recorded)",
];
