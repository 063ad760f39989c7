/**
 * The twelfth held-out corpus's own hand-written value lists (no census, faker or public
 * de-identification lists). Everything here is invented or is an ordinary public place or product name.
 */

/** Given names, roughly most-used first (picked rank-weighted). */
export const GIVEN = [
  "Linda", "James", "Maria", "Robert", "Patricia", "Jose", "Dorothy", "Michael", "Carmen", "David",
  "Shirley", "Luis", "Betty", "Charles", "Ana", "Thomas", "Gloria", "Juan", "Frances", "Kenneth",
  "Rosa", "Donald", "Mildred", "Hector", "Evelyn", "Raymond", "Yolanda", "Earl", "Bernice", "Tyrone",
  "Latoya", "DeShawn", "Keisha", "Marcus", "Tamika", "Andre", "Ebony", "Jerome", "Shanice", "Dwayne",
  "Ngozi", "Chinedu", "Adaeze", "Kwame", "Abena", "Tendai", "Folasade", "Emeka", "Amara", "Kofi",
  "Huong", "Minh", "Thanh", "Lan", "Duc", "Anh", "Hoa", "Quang", "Mai", "Tuan",
  "Wei", "Xiulan", "Jun", "Mei", "Hao", "Yan", "Kenji", "Akiko", "Hiroshi", "Yuki",
  "Priya", "Rajesh", "Sunita", "Arjun", "Deepa", "Vikram", "Lakshmi", "Sanjay", "Meena", "Anil",
  "Fatima", "Omar", "Layla", "Yusuf", "Amina", "Khalid", "Noor", "Tariq", "Samira", "Bilal",
  "Svetlana", "Dmitri", "Olga", "Sergei", "Irina", "Bogdan", "Halyna", "Petro", "Zofia", "Tadeusz",
  "Siobhan", "Declan", "Aoife", "Niamh", "Padraig", "Brigid", "Ingrid", "Lars", "Astrid", "Henrik",
  "Guadalupe", "Socorro", "Refugio", "Maricela", "Jesus", "Rocio", "Abelardo", "Xochitl", "Itzel", "Efrain",
  "Kalani", "Leilani", "Keoni", "Malia", "Sione", "Losa", "Tevita", "Mele", "Ofa", "Viliami",
  "Willow", "Harmony", "Trinity", "Destiny", "Maverick", "Ranger", "Dusty", "Sparrow", "Stormy", "Cricket",
  "Temperance", "Mercy", "Honesty", "Verity", "Patience", "Constance", "Loyal", "Noble", "Ransom", "Gentry",
  "Autumn", "April", "June", "May", "August", "Winter", "Sunday", "Easter", "Holly", "Ivy",
  "Clementine", "Opal", "Pearl", "Ruby", "Garnet", "Jasper", "Flint", "Cole", "Stone", "Reed",
  "Mary Lou", "Betty Jo", "Anna Mae", "Bobbie Sue", "Jean Claude", "Marie Claire", "Thi Lan", "Van Minh", "Luz Elena", "Jose Luis",
  "Oksana", "Nadia", "Yaw", "Efua", "Tsion", "Selam", "Bereket", "Hiwot", "Naveen", "Gurleen",
  "Chayton", "Wanbli", "Nizhoni", "Ahiga", "Dezba", "Elu", "Kimi", "Tala", "Aiyana", "Takoda",
];

/** Formal name and the nickname the person goes by; several cannot be derived from the name. */
export const NICKS: readonly (readonly [string, string])[] = [
  ["Elizabeth", "Betsy"], ["Margaret", "Maggie"], ["Katherine", "Kit"], ["Theodore", "Ted"], ["Josephine", "Josie"],
  ["Cornelius", "Neil"], ["Eleanor", "Nell"], ["Wilbur", "Webb"], ["Harriet", "Hattie"], ["Augustus", "Gus"],
  ["Francisca", "Paquita"], ["Ignacio", "Nacho"], ["Concepcion", "Conchita"], ["Enrique", "Kike"], ["Rosario", "Chayo"],
  ["Nguyen Van Hai", "Harry"], ["Tran Thi Thu", "Tina"], ["Zhiqiang", "Johnny"], ["Hyun-woo", "Henry"], ["Takeshi", "Tak"],
  ["Olufunmilayo", "Funmi"], ["Chukwudi", "Chuck"], ["Oluwatobiloba", "Tobi"], ["Mordecai", "Mordy"], ["Rivka", "Becky"],
  ["Lawrence", "Sonny"], ["Virginia", "Jinx"], ["Clarence", "Bubba"], ["Mildred", "Millie"], ["Ernestine", "Teeny"],
  ["Aleksandra", "Ola"], ["Volodymyr", "Vova"], ["Gurpreet", "Gary"], ["Venkataraman", "Venky"], ["Mohammed", "Hamoudi"],
];

export const SURNAMES = [
  "Johnson", "Williams", "Garcia", "Martinez", "Robinson", "Walker", "Hernandez", "Lopez", "Gonzalez", "Harris",
  "Clark", "Wells", "Fisher", "Weber", "Garden", "Duke", "Allen", "Tanner", "Levine", "Murphy",
  "Washington", "Jefferson", "Freeman", "Banks", "Gaines", "Mayfield", "Pettaway", "Booker", "Staten", "Outlaw",
  "Okonkwo", "Adeyemi", "Mensah", "Boateng", "Chikwanha", "Ogunleye", "Nwosu", "Asante", "Mutasa", "Eze",
  "Nguyen", "Tran", "Pham", "Huynh", "Vo", "Dang", "Bui", "Truong", "Ly", "Do",
  "Chen", "Wang", "Zhao", "Liu", "Huang", "Lin", "Xu", "Wu", "Yamamoto", "Takahashi",
  "Patel", "Shah", "Iyer", "Reddy", "Chaudhary", "Banerjee", "Kulkarni", "Menon", "Bhatt", "Desai",
  "Haddad", "Khoury", "Nasser", "Saleh", "Abdullah", "Hamdan", "Mansour", "Aziz", "Farah", "Yousef",
  "Kowalczyk", "Nowicki", "Shevchenko", "Bondarenko", "Kuznetsova", "Popescu", "Horvath", "Novak", "Dvorak", "Lindqvist",
  "O'Rourke", "McGillicuddy", "Ni Cheallaigh", "Fitzgerald", "Donnelly", "MacLeod", "Gallagher", "Byrne", "Kavanagh", "Sheehan",
  "de la Paz", "del Toro", "de los Reyes", "Van Wyk", "van Dusen", "ter Beek", "St. Germain", "La Fleur", "D'Ambrosio", "Dell'Aquila",
  "Villalobos", "Zamarripa", "Ochoa", "Quintanilla", "Arredondo", "Bustamante", "Carrizales", "Escamilla", "Galindo", "Saucedo",
  "Kealoha", "Kahananui", "Fonoti", "Tuilagi", "Taufa", "Vainikolo", "Mahe", "Kaufusi", "Aumua", "Pouono",
  "Yazzie", "Begay", "Tsosie", "Nez", "Benally", "Little Thunder", "Whitehorse", "Iron Cloud", "Sixkiller", "Deerinwater",
  "Bedside", "Hospital", "Pills", "Sickles", "Nurse", "Payne", "Ache", "Coffin", "Bones", "Lance",
  "Church", "Chapel", "Parish", "Abbott", "Bishop", "Vicar", "Deacon", "Pope", "Monk", "Friar",
  "Spring", "Summers", "Winters", "Day", "Knight", "Morrow", "Early", "Noon", "Weekly", "Monday",
  "Ng", "Oh", "Yu", "Ko", "Ha", "Lo", "Au", "Ma", "Li", "Ye",
  "Strickland", "Blevins", "Honeycutt", "Pennington", "Hensley", "Caudill", "Stidham", "Sizemore", "Mullins", "Combs",
  "Goldfarb", "Rosenthal", "Katz", "Friedman", "Berkowitz", "Schwartzman", "Abramowitz", "Halevi", "Mizrahi", "Peretz",
];

/** Invented towns, real small US places named like words or foreign places, real mid-size and border cities. */
export const TOWNS = [
  "Calder Springs", "Wickett's Landing", "Persimmon Flat", "Brushy Fork", "Lantern Hill", "Mossy Ford", "Tanager Falls",
  "Quarry Bend", "Redhaw", "Saltlick Gap", "Hollins Mill", "Vesper", "Glen Arden", "Corbin's Ferry", "Marlow Station",
  "East Tillery", "Pruett", "Ashby Hollow", "Cinder Bluff", "Fallowfield", "Juniper Wells", "Kettle Rock", "Lowater",
  "Eclectic", "Bumpass", "Smackover", "Zap", "Hygiene", "Welcome", "Friendly", "Whynot", "Oatmeal", "Turkey",
  "Valentine", "Fries", "Cranks", "Rough and Ready", "Kill Devil Hills", "Lizard Lick", "Bird-in-Hand", "Cheesequake",
  "Mexico", "Peru", "Cuba", "Vienna", "Denmark", "Poland", "Norway", "Lima", "Dublin", "Florence",
  "Calexico", "Nogales", "Del Rio", "Eagle Pass", "Brownsville", "Plattsburgh", "Massena", "Port Huron", "Blaine",
  "Pembina", "Houlton", "Madawaska", "Abilene", "Bismarck", "Salina", "Pueblo", "Yuma", "Dothan", "Wausau",
];

export const COUNTY_STEMS = [
  "Harlow", "Dunmore", "Kettle", "Pickerel", "Tamsin", "Orrick", "Wyeth", "Coldbrook", "Ravenel", "Stroud",
  "Ambrose", "Gideon", "Hatchett", "Bellamy", "Crowder", "Pulaski", "Tolbert", "Mercer", "Sabine", "Yancey",
  "Hidalgo", "Santa Rita", "Pima", "Clinton", "St. Lawrence", "Aroostook", "Whatcom", "Webb", "Maverick", "Cameron",
];

export const STREET_STEMS = [
  "Tupelo", "Quince", "Bellwether", "Kestrel", "Foxglove", "Sawgrass", "Tinker", "Harvest Moon", "Old Mill Pond", "Cattail",
  "Wagon Wheel", "Buttonwood", "Sycamore Bend", "Lamplighter", "Mariner", "Juniper Ridge", "Bluebonnet", "Cobblestone", "Saddle Horn", "Hickory Nut",
  "Indigo", "Larkin", "Pennywhistle", "Thistle", "Copper Kettle", "Dogwood Trace", "Cheshire", "Stagecoach", "Blackjack Oak", "Ironwood",
  "Liniment", "Poultice", "Tonic Springs", "Physick", "Remedy", "Infirmary Hill", "Medicine Bow", "Apothecary", "Almshouse", "Pesthouse",
  "Martin Luther King Jr", "Cesar Chavez", "Calle Ocho", "Rio Bravo", "Frontera", "Aduana", "Customs House", "Border", "Boundary", "Port of Entry",
  "Wren", "Bobolink", "Meadowlark", "Osprey", "Heron Pond", "Crabapple", "Chinquapin", "Pawpaw", "Mayhaw", "Scuppernong",
];
export const STREET_TYPES = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Ln", "Lane", "Dr", "Drive", "Ct", "Cir", "Way", "Pkwy", "Blvd", "Trail", "Pike", "Loop", "Trace", "Terrace"];

export const STATES = ["TX", "AZ", "NM", "CA", "NY", "VT", "ME", "MI", "WA", "ND", "MN", "MT", "AL", "GA", "KY", "TN", "NC", "VA", "OH", "IL", "WI", "IA", "KS", "CO", "OR", "FL", "PA", "NE", "AR", "WV"];
export const STATE_NAMES = ["Texas", "Arizona", "Vermont", "Michigan", "Kentucky", "Oregon", "Georgia", "Nebraska", "Montana", "Alabama"];
export const AREA = ["956", "915", "520", "928", "575", "619", "760", "518", "315", "207", "810", "313", "360", "701", "218", "406", "334", "256", "606", "423", "252", "540", "740", "618", "715", "563", "785", "719", "541", "904"];

export const FAC_STEMS = [
  "Sabal Palm", "Granite Ridge", "Three Rivers", "St. Brendan", "Lakeshore", "Prairie Rose", "Tamarind", "Our Lady of Guadalupe",
  "Wesleyan", "Heartland Pines", "Blue Heron", "Cedar Sound", "Iron Range", "Mesquite Valley", "Tidewater", "Canyon Vista",
  "Good Hope", "Holy Redeemer", "Frontera", "Rio Grande Valley", "North Country", "St. Casimir", "Kettle Moraine", "Bayou Teche",
  "Sandhill", "Copper Basin", "Silver Lake", "Two Rivers", "St. Agatha", "Mount Carmel", "Pinecrest", "Valle del Sol",
];
export const HOSP_KINDS = ["Medical Center", "Regional Hospital", "Community Hospital", "Memorial Hospital", "Health System", "Critical Access Hospital"];
export const CLINIC_KINDS = ["Family Health Center", "Community Health Center", "Urgent Care", "Family Medicine", "Internal Medicine", "Pediatrics", "Women's Health", "Clinic"];
export const LTC_KINDS = ["Nursing and Rehabilitation", "Care Center", "Assisted Living", "Health and Rehab", "Senior Living"];
export const EMPLOYERS = [
  "Ridgeline Poultry", "Delta Pride Catfish", "Valley Fresh Packing", "Brannon Sawmill", "Kessler Tire & Lube", "Tri-County Cold Storage",
  "Sun Harvest Farms", "Okafor Trucking", "Blue Moon Diner", "Los Compadres Taqueria", "Golden Dragon Buffet", "Northway Casino",
  "Marsh Creek Dairy", "Pioneer Grain Elevator", "Coastal Shrimp Co-op", "Hillside Landscaping", "Bright Smile Dental Lab", "Hometown Hardware",
];
export const INDEP_PHARM = ["Hollis Family Drug", "Corner Apothecary", "Ridgeway Pharmacy", "Bluebell Drug & Gift", "Farmacia La Esperanza", "Main Street Rx", "Pruett Pharmacy", "Borderland Drug", "Nguyen's Pharmacy", "Kettle Rock Drug"];
export const CHAIN_PHARM = ["CVS Pharmacy #", "Walgreens #", "Walmart Pharmacy 10-", "Kroger Pharmacy #", "Rite Aid #", "H-E-B Pharmacy #", "Publix Pharmacy #"];
export const SCHOOLS = ["Lantern Hill Elementary", "Cesar Chavez Middle School", "Pruett High School", "Mesquite Valley Academy", "Sacred Heart School", "Three Rivers Junior High", "Wren Creek Elementary", "Frontera Early College High School"];
export const CHURCHES = ["Iglesia Bautista Betania", "Mount Zion AME", "St. Brendan Catholic Church", "Holy Trinity Lutheran", "Templo Pentecostal Monte Sinai", "Grace Fellowship"];
export const PAYERS = ["Aetna", "Cigna", "UnitedHealthcare", "Humana", "Molina Healthcare", "Ambetter", "Blue Cross Blue Shield", "Tricare East", "Superior HealthPlan", "Wellcare"];

/** Drugs, several of them looking like given names (oral contraceptive brands especially). */
export const DRUGS = [
  "Camila", "Errin", "Heather", "Jolivette", "Nora-BE", "Jencycla", "Aviane", "Lutera", "Larin", "Junel", "Tarina", "Kelnor", "Sharobel", "Lyza",
  "Allegra", "Lyrica", "Ella", "Addyi", "Aimovig", "Evenity", "Gemtesa", "Kerendia", "Leqvio", "Olumiant", "Paxlovid", "Rexulti", "Savella", "Trintellix",
  "Jardiance", "Farxiga", "Xarelto", "Abilify", "Lexapro", "Trelegy", "Lasix", "Norvasc", "Keppra", "Lamictal", "Seroquel", "Flomax", "Ozempic", "Mounjaro",
];
export const EPONYMS = [
  "Wells score", "Caprini score", "Gleason 3+4", "Breslow depth", "Clark level", "Fitzpatrick type III", "Salter-Harris II", "Weber B", "Garden III",
  "Kellgren-Lawrence grade 2", "Tanner stage 4", "Beighton 6/9", "Rinne positive", "Dix-Hallpike negative", "Murphy sign", "McBurney point", "Homans sign",
  "Trousseau sign", "Chvostek sign", "Kussmaul breathing", "Levine sign", "Allen test", "Duke criteria", "Fisher grade 2", "Hunt and Hess 2",
];
/** Countries and foreign cities (never gold). */
export const FOREIGN = ["Monterrey", "Reynosa", "Ciudad Juárez", "Tijuana", "Mexicali", "Hermosillo", "Oaxaca", "Puebla", "Montréal", "Sherbrooke", "Windsor", "Kingston", "Fredericton", "Winnipeg"];
