/**
 * The tenth held-out corpus's own value lists, written by hand for this corpus (invented or from general
 * knowledge; no de-identification corpus or its bundled lists). Every value is synthetic.
 */

/** Given names, roughly most frequent first (drawn rank-weighted). */
export const GIVEN = [
  "Linda", "James", "Maria", "Robert", "Patricia", "David", "Jennifer", "Michael", "Barbara", "William",
  "Dorothy", "Joseph", "Karen", "Thomas", "Nancy", "Charles", "Betty", "Daniel", "Sandra", "Anthony",
  "Shirley", "Kevin", "Donna", "Brian", "Carol", "Gary", "Ruth", "Larry", "Sharon", "Dennis",
  "Ashley", "Tyrone", "Keisha", "DeShawn", "Latoya", "Marquis", "Imani", "Jamal", "Tamika", "Darnell",
  "Guadalupe", "Jesús", "Xiomara", "Rigoberto", "Yesenia", "Alejandro", "Itzel", "Fernando", "Marisol", "Ulises",
  "Mei", "Wing Yan", "Ka Ho", "Siu Ming", "Hoi Ling", "Chun Kit", "Xinyi", "Jiahao", "Zhen", "Wai Man",
  "Nadia", "Svetlana", "Dmitri", "Oksana", "Yevgeny", "Lyudmila", "Anatoly", "Galina", "Vadim", "Tatiana",
  "Eleni", "Konstantinos", "Dimitra", "Panagiotis", "Vasiliki", "Spyros", "Georgia", "Stavros", "Athena", "Nikos",
  "Fatima", "Omar", "Layla", "Yousef", "Rania", "Khalid", "Noor", "Tariq", "Huda", "Samir",
  "Priya", "Rohit", "Anjali", "Vikram", "Sunita", "Arjun", "Deepika", "Sanjay", "Meera", "Rajesh",
  "Ngozi", "Chidi", "Amara", "Kwabena", "Efua", "Tendai", "Zanele", "Bongani", "Adaeze", "Kofi",
  "Siobhan", "Declan", "Aoife", "Cormac", "Niamh", "Padraig", "Maeve", "Ronan", "Orla", "Cian",
  "Bjorn", "Ingrid", "Lars", "Sigrid", "Anneliese", "Klaus", "Gretchen", "Dieter", "Liesel", "Wolfgang",
  "Hyun-woo", "Ji-yeon", "Min-jun", "Soo-ah", "Kenji", "Haruka", "Takeshi", "Yumi", "Tuan", "Lan",
  "Aroha", "Keanu", "Leilani", "Kaimana", "Malia", "Tevita", "Sione", "Losana", "Mosese", "Ana",
  "Willow", "Autumn", "Sky", "Hazel", "Jasper", "Sage", "Forest", "Ember", "Clay", "Dusty",
  "Pearl", "Opal", "Ruby", "Iris", "Violet", "Lily", "Rose", "Daisy", "Ivy", "June",
  "Earl", "Floyd", "Clovis", "Merle", "Otis", "Virgil", "Elmer", "Homer", "Luther", "Cecil",
  "Mabel", "Edna", "Myrtle", "Hattie", "Ethel", "Bessie", "Lula", "Ola", "Nettie", "Zelda",
  "Reign", "Legend", "Messiah", "Kingston", "Nevaeh", "Zion", "Sincere", "Royalty", "Genesis", "Navy",
  "Bao", "Ying", "Wen", "Jun", "Kai", "Lei", "Ari", "Eli", "Bo", "Al",
  "Mary Beth", "Billy Ray", "Anna Mae", "Jo Ellen", "Lee Roy", "Sue Ellen", "Bobbie Jo", "Ruth Ann", "Tommy Lee", "Betty Lou",
] as const;

/** Formal name → nickname (some not derivable from the name). */
export const NICKS: readonly (readonly [string, string])[] = [
  ["Elizabeth", "Betsy"], ["Margaret", "Midge"], ["Robert", "Bobby"], ["William", "Buck"], ["Richard", "Dick"],
  ["Katherine", "Kitty"], ["Charles", "Chuck"], ["Theodore", "Teddy"], ["Eleanor", "Nell"], ["Harold", "Hank"],
  ["Dorothy", "Dot"], ["Frances", "Frankie"], ["Virginia", "Ginny"], ["Edward", "Ned"], ["Mildred", "Millie"],
  ["Cornelius", "Neil"], ["Henrietta", "Etta"], ["Alphonso", "Fonzie"], ["Beauregard", "Bo"], ["Clarabelle", "Belle"],
  ["Aleksandr", "Sasha"], ["Yekaterina", "Katya"], ["Vladimir", "Volodya"], ["Konstantinos", "Kostas"], ["Panagiota", "Giota"],
  ["Chi Wai", "Kelvin"], ["Siu Fong", "Fiona"], ["Mohammed", "Mo"], ["Abdullahi", "Abdi"], ["Francisco", "Pancho"],
  ["Dolores", "Lolita"], ["Wilhelmina", "Minnie"], ["Reginald", "Reggie"], ["Montgomery", "Monty"], ["Earnestine", "Tiny"],
  ["Lucius", "Sonny"], ["Josephine", "Josie"], ["Thaddeus", "Tad"],
];

/** Surnames, roughly most frequent first. */
export const SURNAMES = [
  "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
  "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
  "Washington", "Jefferson", "Booker", "Freeman", "Mosley", "Pettaway", "Dupree", "Gaines", "Whitfield", "Toussaint",
  "Quintanilla", "Villarreal", "Zepeda", "Arredondo", "Ibarra", "Cervantes", "de la Peña", "Saldívar", "Ochoa", "Banuelos",
  "Chan", "Wong", "Leung", "Cheung", "Lau", "Ng", "Tsang", "Kwok", "Yip", "Chow",
  "Ivanova", "Petrov", "Sokolova", "Kuznetsov", "Morozova", "Volkov", "Lebedeva", "Novikov", "Fedorova", "Orlov",
  "Papadopoulos", "Georgiou", "Konstantinidis", "Nikolaou", "Vlachos", "Karagiannis", "Pappas", "Andreou", "Stavrou", "Dimitriou",
  "Haddad", "Khoury", "Nasser", "Saleh", "Al-Amin", "Mansour", "Darwish", "Farouk", "El-Sayed", "Hamdan",
  "Patel", "Shah", "Reddy", "Iyer", "Chatterjee", "Nair", "Bhattacharya", "Malhotra", "Desai", "Kulkarni",
  "Okonkwo", "Mensah", "Adeyemi", "Moyo", "Dlamini", "Asante", "Nwosu", "Boateng", "Chikwanha", "Owusu",
  "O'Sullivan", "McGillicuddy", "Fitzgerald", "Ó Briain", "Mac Cárthaigh", "Brennan", "Kavanagh", "Dunleavy", "Ní Mhurchú", "Guinan",
  "Lindqvist", "Halvorsen", "Bergström", "Engebretsen", "Sandvik", "Oberholzer", "Schumacher", "Wittmann", "Brandauer", "Kessler",
  "Kim", "Park", "Choi", "Yamamoto", "Takahashi", "Nakamura", "Tran", "Pham", "Huynh", "Vo",
  "Kealoha", "Kahananui", "Tuilagi", "Fonoti", "Havili", "Taufa", "Mahe", "Fifita", "Latu", "Pulu",
  "Hollowell", "Birdsong", "Winterbottom", "Cheek", "Goforth", "Honeycutt", "Frost", "Lovelady", "Merriweather", "Stillwell",
  "Parsons", "Deacon", "Sexton", "Porter", "Gardner", "Sawyer", "Fuller", "Tanner", "Chandler", "Wheeler",
  "Cane", "Gauze", "Bandy", "Pulse", "Fever", "Clinic", "Surgeon", "Bedwell", "Lance", "Vial",
  "van Houten", "De Vries", "le Roux", "D'Ambrosio", "Dell'Orto", "St. Amand", "La Fontaine", "MacNeil", "Van Zandt", "von Ahn",
  "Li", "Xu", "Ho", "Ma", "Yu", "Ko", "Ly", "Oh", "Wu", "Do",
  "Blackfeather", "Yazzie", "Begay", "Tsosie", "Running Bear", "Two Crows", "Manygoats", "Redhouse", "Whitehorse", "Nakai",
] as const;

/** Towns: invented ones, real small US places named like words, and mid-size cities. */
export const TOWNS = [
  "Larkspur Mills", "Coldwater Gap", "Fenwick Station", "Ashgrove", "Millbrook Heights", "Tillman's Corner", "Saltlick",
  "Pruett", "Hollis Ferry", "New Bremen Falls", "Rattlesnake Bend", "Quarry Ridge", "Otter Slide", "Copper Basin",
  "Lone Elm", "Red Oak Flats", "Sweetwater Crossing", "Halfway", "Difficult", "Nothing", "Chicken", "Bowlegs",
  "Frankenstein", "Wink", "Kill Devil Hills", "Intercourse", "Bumpass", "Loveland", "Success", "Pie Town",
  "Tornillo", "Gnaw Bone", "Hell", "Oddville", "Bird-in-Hand", "Scratch Ankle", "Toad Suck", "Two Egg",
  "Yakima", "Bozeman", "Kalamazoo", "Tuscaloosa", "Muskogee", "Pocatello", "Schenectady", "Chattanooga", "Wichita Falls",
  "Sheboygan", "Ypsilanti", "Hackensack", "Natchitoches", "Lompoc", "Ocala", "Duluth", "Bangor", "Dubuque",
] as const;

export const COUNTY_STEMS = [
  "Tallow", "Briar", "Cullen", "Marsh Creek", "Okeechobee", "Pendleton", "Sabine", "Wolf River", "Hartsell",
  "Tamarack", "Gideon", "Lowndes", "Coosa", "Muscatine", "Sangamon", "Winnebago", "Yellow Medicine", "Big Horn",
] as const;

export const STATES = [
  "AL", "AR", "AZ", "CA", "CO", "FL", "GA", "IA", "ID", "IL", "IN", "KS", "KY", "LA", "MA", "MD", "ME", "MI", "MN",
  "MO", "MS", "MT", "NC", "NE", "NJ", "NM", "NY", "OH", "OK", "OR", "PA", "SC", "TN", "TX", "UT", "VA", "WA", "WI", "WV",
] as const;

/** Street stems (the author's own; some clinical or word-like). */
export const STREET_STEMS = [
  "Larkspur", "Quarry Hollow", "Possum Run", "Tanglewood", "Cotton Gin", "Blue Heron", "Widow's Creek", "Persimmon",
  "Sycamore Bend", "Old Ferry", "Buckeye", "Hemlock Ridge", "Dogwood", "Tobacco Barn", "Pecan Grove", "Sawmill",
  "Infirmary", "Doctors Park", "Apothecary", "Sanitarium", "Hospice", "Medical Arts", "Nurse", "Pharmacy",
  "Jefferson Davis", "Martin Luther King", "Cesar Chavez", "Main", "Church", "Elm", "Mill", "Depot", "Railroad",
  "Kettle Moraine", "Prairie Smoke", "Lone Pine", "Lighthouse", "Bayou Teche", "Mesquite", "Saguaro", "Red Clay",
] as const;
export const STREET_TYPES = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Ct", "Pl", "Blvd", "Way", "Pike", "Trl", "Cir", "Hwy", "Pkwy", "Terrace"] as const;

/** Facility stems and kinds. */
export const FAC_STEMS = [
  "Cumberland Valley", "St. Bartholomew", "Bluebonnet", "Holy Redeemer", "Three Rivers", "Piedmont Heights", "Lakeshore",
  "Sacred Heart of Tillman", "Cedar Hollow", "Mount Carmel", "Prairie Rose", "Good Hope", "Kettle Creek", "Pine Barrens",
  "Magnolia Springs", "Shiloh", "Evangeline", "Ironwood", "Arbor Glen", "Saint Veronica", "Whispering Pines", "Beacon Point",
] as const;
export const HOSP_KINDS = ["Medical Center", "Regional Hospital", "Memorial Hospital", "Community Hospital", "General Hospital", "Health System", "Hospital"] as const;
export const CLINIC_KINDS = ["Family Medicine", "Health Center", "Medical Group", "Clinic", "Physicians", "Primary Care", "Internal Medicine Associates"] as const;
export const LTC_KINDS = ["Nursing & Rehabilitation", "Care Center", "Senior Living", "Assisted Living", "Manor", "Health & Rehab"] as const;
export const EMPLOYERS = [
  "Kessler Poultry Processing", "Tri-County Rural Electric Cooperative", "Bluegrass Tool & Die", "Harmon Feed & Seed",
  "Ozark Mountain Freight", "Sunbelt Carpet Mills", "Lakeshore Unified School District", "Marston Brothers Lumber",
  "Delta Catfish Farms", "Pinnacle Call Solutions", "Rio Verde Packing Co.", "Copperline Mining", "Hartsell Fire Protection District",
  "Gulf Coast Shrimpers Cooperative", "Maple Leaf Bakery", "Northstar Cold Storage", "Fenwick Municipal Water Works",
] as const;
export const SCHOOLS = [
  "Larkspur Mills Elementary", "Roosevelt Middle School", "Coldwater Gap High School", "Little Sprouts Academy", "St. Agatha Catholic School",
  "Sequoyah Intermediate", "Booker T. Washington Elementary", "Prairie Rose Charter Academy", "Eastside Montessori", "Kettle Creek Junior High",
] as const;
export const CHURCHES = [
  "Mount Zion Missionary Baptist Church", "St. Nicholas Greek Orthodox Church", "Holy Trinity Russian Orthodox Church",
  "Iglesia Pentecostal Roca de Salvación", "First United Methodist of Ashgrove", "Masjid Al-Noor", "Chinese Evangelical Free Church of Ocala",
] as const;
export const PHARMACIES = ["Hollis Ferry Drug", "Kettle Creek Apothecary", "Merriweather's Pharmacy", "Sweetwater Family Pharmacy", "Corner Drug of Pruett", "Bayou Compounding Pharmacy"] as const;
export const CHAINS = ["Walgreens #", "CVS Pharmacy #", "Walmart Pharmacy #", "Kroger Pharmacy #", "Rite Aid #"] as const;
export const PAYERS = ["Medicare Part B", "Humana Gold Plus", "UnitedHealthcare Community Plan", "Aetna Better Health", "Blue Cross Blue Shield", "Cigna", "Ambetter", "Tricare East", "WellCare", "Molina Healthcare"] as const;

/** Non-identifying clinical phrases that look like PHI (distractors, never gold). */
export const DISTRACTORS = [
  "BP 142/88, HR 76, SpO2 96% on RA", "Na 134, K 4.8, Cr 1.42", "INR 2.6 (goal 2-3)", "A1c 7.9%", "metoprolol 25 mg PO BID",
  "apixaban 5 mg BID", "Ensure Plus 1 bottle TID", "pain 4/10", "Braden 16", "ICD-10 E11.65", "CPT 99214", "HCPCS A4416",
  "Parkinson disease", "Bell palsy", "Graves disease", "Hashimoto thyroiditis", "Babinski negative", "Tinel sign positive",
  "Epic version 2024.1.3", "firmware v4.12.0", "Windows 10 build 19045", "NDC 0078-0357-15", "lot 4K21B exp 11/2028",
  "ratio 1:1", "Rule of 3s", "room 412B", "bed 2", "at 14:35", "0730", "since 2019", "G3P2012", "20/40 OU",
  "Foley 16 Fr", "Allegra 180 mg", "Lyrica 75 mg", "Ella", "Jardiance 10 mg daily", "Tylenol 650 mg q6h PRN", "Humalog 1 unit:15 g",
] as const;
