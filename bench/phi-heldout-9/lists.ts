/**
 * The ninth held-out corpus's own hand-written value lists. Every value is invented or general knowledge, written
 * for this corpus; none comes from a public de-identification corpus or a list bundled with one, nor from the
 * earlier held-out corpora's lists.
 */

export const GIVEN = [
  "Adaline", "Ambrose", "Arvilla", "Augustine", "Bertram", "Beulah", "Cleon", "Cordelia", "Delphine", "Dewey",
  "Elmira", "Ephraim", "Eula", "Florian", "Gideon", "Hollis", "Idella", "Ivor", "Jethro", "Lavinia",
  "Lemuel", "Loretta", "Mavis", "Merle", "Nola", "Obadiah", "Odessa", "Orval", "Pearline", "Roscoe",
  "Sybil", "Thaddeus", "Verna", "Wendell", "Zelma", "Alvin", "Bettye", "Clyde", "Doris", "Earline",
  "Faith", "Grace", "Sunny", "Rusty", "Dusty", "Earnest", "Miracle", "Pleasant", "Royal", "Major",
  "King", "Precious", "Chance", "Sterling", "Summer", "Autumn", "Harmony", "Honor", "Temperance", "Lyric",
  "Marquise", "Dashawn", "Latrice", "Tameka", "Jamal", "Keisha", "Darnell", "Shaniqua", "Tyrone", "Ebony",
  "Imani", "Kwame", "Jaylen", "Aaliyah", "Deshawn", "Nia", "Rashad", "Zaria", "Terrell", "Kenyatta",
  "Xochitl", "Guadalupe", "Itzel", "Marisol", "Rigoberto", "Esperanza", "Nayeli", "Leticia", "Osvaldo", "Yesenia",
  "Joaquim", "Conceição", "Thiago", "Luana", "Benedito", "Raimunda", "Jacques", "Geneviève", "Thérèse", "Lucien",
  "Benoît", "Émile", "Bjørn", "Sigrid", "Lars", "Ingeborg", "Torvald", "Astrid", "Niamh", "Padraig",
  "Siobhán", "Eoin", "Caoimhe", "Dariusz", "Małgorzata", "Zbigniew", "Wojciech", "Agnieszka", "Vasyl", "Oksana",
  "Dmitri", "Svetlana", "Yevgenia", "Giorgos", "Eleni", "Panagiotis", "Anahit", "Tigran", "Hovhannes", "Mahmoud",
  "Fatima", "Yousef", "Rania", "Khadija", "Omar", "Leila", "Farhad", "Shirin", "Mehmet", "Ayşe",
  "Emre", "Priya", "Rajesh", "Anjali", "Venkatesh", "Lakshmi", "Harpreet", "Gurpreet", "Mei", "Jian",
  "Xiulan", "Haruto", "Yui", "Minh", "Thuy", "Quang", "Hoa", "Somchai", "Malee", "Bounmy",
  "Sokha", "Chanthy", "Pa Nhia", "Tou", "Rodrigo", "Maricel", "Jocelyn", "Rolando", "Amara", "Chidi",
  "Ngozi", "Oluwaseun", "Folake", "Abebe", "Tsion", "Wanjiru", "Kipchoge", "Thandiwe", "Sipho", "Mpho",
  "Eliezer", "Chaya", "Mordechai", "Rivka", "Shmuel", "Dinah", "Kanoa", "Leilani", "Makoa", "Tallulah",
  "Wahkan", "Winona", "Jean-Baptiste", "Marie-Claire", "Anne Marie", "Mary Beth", "Billie Jo", "Ella Mae", "Lee Ann", "Jo",
  "Al", "Ed", "Ty", "Bo", "Ana", "Eva", "Ida", "Ora", "Una", "Ivy",
  "Wilbur", "Ruby", "Opal", "Pearl", "Hazel", "Violet", "Iris", "Jasper", "Clay", "Forrest",
  "Dale", "Glenn", "Dell", "Reed", "Wade", "Brooks", "Hunter", "Mason", "Carter", "Parker",
  "Sawyer", "Tucker", "Porter", "Fletcher", "Cooper", "Baker", "Taylor", "Skyler", "Quinn", "Rowan",
];

/** Formal names with the name the person goes by; several are not derivable from the formal name. */
export const NICKNAMED: readonly (readonly [string, string])[] = [
  ["Lawrence", "Butch"], ["Marjorie", "Midge"], ["Harold", "Hap"], ["Virginia", "Ginny"], ["Cornelius", "Neil"],
  ["Millicent", "Millie"], ["Ignatius", "Iggy"], ["Dorothea", "Dot"], ["Wilhelmina", "Billie"], ["Frederick", "Fritz"],
  ["Augustus", "Gus"], ["Theodora", "Teddi"], ["Nguyen Van Long", "Danny"], ["Zhiwei", "Victor"], ["Haruki", "Harry"],
  ["Bartholomew", "Bart"], ["Eustace", "Stacy"], ["Lucinda", "Cindy"], ["Josefina", "Pepa"], ["Francisco", "Paco"],
  ["Guillermo", "Memo"], ["Rosalind", "Roz"], ["Winifred", "Freddie"], ["Clementine", "Clem"], ["Oluwaseun", "Seun"],
  ["Aleksandr", "Sasha"], ["Yekaterina", "Katya"], ["Mariana", "Nana"], ["Thomasina", "Tommie"], ["Percival", "Percy"],
  ["Reginald", "Reggie"], ["Archibald", "Archie"], ["Beatrix", "Trixie"], ["Mehitabel", "Hetty"], ["Jun-ho", "Justin"],
];

export const SURNAMES = [
  "Abernathy", "Ackerly", "Bascom", "Birdsong", "Blankenship", "Bramlett", "Cantrell", "Caudill", "Chastain", "Coldiron",
  "Dunaway", "Easterling", "Fairchild", "Gatlin", "Goforth", "Hargis", "Honeycutt", "Huckaby", "Kilgore", "Lovelady",
  "Mayfield", "Musgrove", "Nutt", "Pettibone", "Quattlebaum", "Rutledge", "Satterfield", "Shackleford", "Spradlin", "Tubbs",
  "Vanlandingham", "Whitlock", "Yancey", "Youngblood", "Summer", "Young", "Rich", "Strong", "Church", "Friend",
  "Love", "Frost", "Story", "Christmas", "Goodnight", "Sick", "Pill", "Bedside", "Nurse", "Cure",
  "Baker", "Bell", "Allen", "Barlow", "Levine", "Still", "Colles", "Hunter", "Marshall", "Tanner",
  "Washington", "Jefferson", "Freeman", "Booker", "Mosley", "Gaines", "Toussaint", "Pierre-Louis", "Jean-Baptiste", "Okafor",
  "Adeyemi", "Mensah", "Mbeki", "Nkosi", "Kamau", "Otieno", "Haile", "Tesfaye", "Girma", "Diallo",
  "Hernández", "Villalobos", "Quintanilla", "Zúñiga", "Ibarra", "de la Garza", "del Toro", "Montes de Oca", "Saucedo", "Arellano",
  "Gonçalves", "Magalhães", "Figueiredo", "da Costa", "dos Anjos", "Thibodeaux", "Boudreaux", "LeBlanc", "Arceneaux", "Guidry",
  "Fontaine", "Beauchamp", "Lemieux", "Ouellette", "Giordano", "Esposito", "Lombardi", "DeLuca", "Ferraro", "Santangelo",
  "Schwarzkopf", "Hoffmeister", "Eckhardt", "Kessler", "Vogelsang", "van der Linden", "de Vries", "Verhoeven", "Lindqvist", "Sorensen",
  "Haugen", "Bjornstad", "O'Donoghue", "MacLeod", "Fitzgerald", "Mac an tSaoi", "Ní Dhomhnaill", "Kowalczyk", "Wiśniewski", "Zielinski",
  "Shevchenko", "Bondarenko", "Kuznetsova", "Petrosyan", "Hakobyan", "Papadakis", "Kostopoulos", "Haddad", "Nasser", "Khoury",
  "Al-Amin", "Rahimi", "Tehrani", "Yilmaz", "Öztürk", "Chaudhry", "Venkataraman", "Iyer", "Bhattacharya", "Sandhu",
  "Grewal", "Zhang", "Huang", "Xu", "Liang", "Takahashi", "Watanabe", "Park", "Choi", "Jeong",
  "Tran", "Pham", "Huynh", "Le", "Vo", "Srisuk", "Phommachanh", "Keo", "Sok", "Xiong",
  "Vang", "Lor", "Dela Cruz", "Bautista", "Macapagal", "Manalo", "Goldberg", "Rosenblum", "Weinstein", "Katz",
  "Begay", "Yazzie", "Tsosie", "Running Bear", "Two Feathers", "Kahananui", "Keawe", "Fonoti", "Tuilagi", "Ng",
  "Ho", "Yu", "Wu", "Li", "Ma", "Oh", "Do", "Ly", "Ko", "Ai",
  "St. Clair", "St-Onge", "D'Alessandro", "O'Hara", "McAllister", "MacKenzie-Rhodes", "Ruiz-Ortega", "Smith", "Johnson", "Brown",
  "Miller", "Davis", "Garcia", "Martinez", "Anderson", "Thompson", "White", "Harris", "Clark", "Lewis",
];

/** Towns: invented ones, real small places named like words or numbers, and real mid-size cities. */
export const TOWNS = [
  "Harrowgate", "Sulphur Lick", "Quarry Bend", "East Bramwell", "Otter Creek Junction", "Fenwick Mills", "Lantern Hill", "Cold Spring Hollow", "Millers Crossing", "Duck Pond",
  "Belle Marsh", "North Tansy", "Graniteville Flats", "Rook's Ferry", "Saltlick", "Shiloh Grove", "Tinker Falls", "Wrenfield", "Ashby Corners", "Pruett",
  "Protection", "Bountiful", "Hope", "Liberal", "Normal", "Speed", "Boring", "Why", "Cool", "Ding Dong",
  "Chicken", "Whynot", "Tightwad", "Peculiar", "Eighty Four", "Ninety Six", "Hazard", "Oblong", "Mars", "Paradise",
  "Comfort", "Loving", "Sweet Home", "Romance", "Success", "Truth or Consequences", "Bird-in-Hand", "Kill Devil Hills", "Monkey's Eyebrow", "Fifty-Six",
  "Joplin", "Dothan", "Bismarck", "Pocatello", "Kokomo", "Elkhart", "Yakima", "Billings", "Duluth", "Altoona",
  "Valdosta", "Tupelo", "Lufkin", "Hattiesburg", "Rapid City", "Grand Junction", "Missoula", "Casper", "Kearney", "Mankato",
  "Dubuque", "Owensboro", "Lawton", "Enid", "Roswell", "Bend", "Eureka", "Yuma", "Laramie", "Oshkosh",
  "Wausau", "Sheboygan", "St. Cloud", "Ft. Pierce", "Mount Airy", "Port Arthur", "New Iberia", "Houma", "Opelousas", "Natchitoches",
];

export const COUNTY_STEMS = [
  "Calloway", "Pendergrass", "Tallahatchie", "Wexford", "Okmulgee", "Bramble", "Coffee", "Lamar", "Chickasaw", "Sevier",
  "Hardin", "Caddo", "Tensas", "Iron", "Lake", "Union", "Liberty", "Pike", "Marion", "Grundy",
  "Ste. Genevieve", "Keweenaw", "Ouachita", "Pottawatomie", "Yellow Medicine", "Big Horn", "Mora", "Wasco", "Nez Perce", "Clatsop",
];

export const STATES = ["AL", "AK", "AZ", "AR", "CO", "GA", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "MN", "MS", "MO", "MT", "NE", "NM", "NC", "ND", "OK", "OR", "PA", "SC", "SD", "TN", "TX", "UT", "VA", "WA", "WI", "WY"];
export const STATE_NAMES = ["Arkansas", "Kentucky", "Louisiana", "Montana", "Oregon", "Texas", "Virginia", "Wisconsin", "Georgia", "Idaho", "Nebraska", "Oklahoma"];

export const AREA_CODES = ["479", "501", "606", "270", "318", "337", "406", "541", "580", "918", "605", "701", "712", "563", "920", "715", "228", "601", "662", "229", "334", "251", "307", "208", "432", "806", "409", "936", "828", "843", "864", "540", "276", "304", "815", "574", "765"];

export const STREET_STEMS = [
  "Persimmon", "Buckeye", "Sassafras", "Hackberry", "Tupelo Gum", "Redbud", "Catalpa", "Quince", "Chinquapin", "Mulberry",
  "Lamplighter", "Millrace", "Tanyard", "Gristmill", "Ferry Landing", "Depot", "Stagecoach", "Wagon Wheel", "Powderhorn", "Saddle Club",
  "Whippoorwill", "Bobwhite", "Kingfisher", "Heron Rookery", "Fox Den", "Bear Wallow", "Possum Hollow", "Turkey Trot", "Deer Crossing", "Cardinal",
  "Doctors", "Medical Park", "Wellness", "Ambulance", "Nursery", "Bandage", "Quarantine", "Lazaretto", "Sickles", "Mercy",
  "Old Mill", "Church", "Schoolhouse", "Cemetery", "Courthouse", "Reservoir", "Levee", "Bayou Teche", "Cypress Slough", "Prairie View",
  "Magnolia Bend", "Pecan Orchard", "Cotton Gin", "Peach Orchard", "Tobacco Barn", "Sorghum Mill", "Cane Brake", "Hickory Nut", "Walnut Grove", "Chestnut Ridge",
  "Main", "Market", "Commerce", "Front", "Water", "High", "Pleasant", "Sunset", "Lakeview", "Hillcrest",
];
export const STREET_SUFFIXES = ["Rd", "Road", "St", "Street", "Ave", "Ln", "Lane", "Dr", "Drive", "Ct", "Pike", "Trce", "Trail", "Hwy", "Loop", "Cv", "Cir", "Pkwy", "Way", "Bnd", "Xing", "Spur", "Holw"];

export const FAC_STEMS = [
  "Cumberland Plateau", "Three Rivers", "Bayou Vista", "Prairie Lakes", "Sandhills", "Blue Mesa", "Twin Buttes", "Red River Valley", "Pinecrest", "Harvest Moon",
  "St. Benedict", "St. Agatha", "Our Lady of the Lake", "Holy Innocents", "St. Casimir", "Good Shepherd", "Trinity Lutheran", "Baptist Memorial", "Methodist Le Bonheur", "Adventist Lodi",
  "Mercy Crest", "Kettle Moraine", "Ozark Foothills", "Chisholm Trail", "Cimarron", "Palouse", "Driftless", "Appalachian Highlands", "Gulf Breeze", "Tidewater",
  "Hendricks-Ostrander", "Whitlock Family", "Chastain", "Lovelady", "Rutledge Memorial", "Bramlett", "Caudill", "Coldiron", "Fairchild", "Goforth",
];
export const HOSPITAL_KINDS = ["Regional Medical Center", "Community Hospital", "Memorial Hospital", "Medical Center", "Critical Access Hospital", "General Hospital", "Health System", "Hospital"];
export const CLINIC_KINDS = ["Family Medicine", "Rural Health Clinic", "Medical Group", "Community Health Center", "Physicians Group", "Primary Care", "Clinic", "Internal Medicine Associates"];
export const LTC_KINDS = ["Nursing & Rehabilitation", "Health Care Center", "Manor", "Care Center", "Assisted Living", "Senior Living", "Veterans Home", "Retirement Village"];
export const HOSPICE_KINDS = ["Hospice", "Hospice & Palliative Care", "Home Hospice", "Hospice House"];

export const FUNERAL_HOMES = ["Caudill-Marsh Funeral Home", "Peaceful Valley Funeral Chapel", "Whitlock & Sons Mortuary", "Gatlin Family Funeral Service", "Evergreen Memorial Chapel", "Boudreaux Funeral Home", "Hargis-Dunaway Funeral Home", "Riverside Cremation Society"];
export const CEMETERIES = ["Mount Olivet Cemetery", "Pleasant Hill Cemetery", "Shiloh Church Cemetery", "Greenlawn Memorial Park", "Oak Ridge Cemetery", "St. Casimir Catholic Cemetery", "Cedar Bluff Cemetery"];
export const CHURCHES = ["Pleasant Grove Missionary Baptist Church", "First Presbyterian Church", "St. Agatha Catholic Church", "Bethel AME Church", "Zion Lutheran Church", "New Hope Church of God in Christ", "Holy Trinity Greek Orthodox Church"];
export const SCHOOLS = ["Wrenfield Elementary", "Tinker Falls Middle School", "Pruett High School", "Shiloh Grove Academy", "Little Acorns Learning Center", "Harrowgate Christian School", "Cold Spring Hollow Elementary", "East Bramwell Junior High"];
export const EMPLOYERS = ["Tri-County Poultry", "Harrowgate Mills", "Ozark Timber Products", "Bayou Vista Seafood", "Cimarron Oilfield Services", "Prairie Lakes Co-op", "Dunaway Trucking", "Red River Grain", "Kettle Moraine Cheese", "Appalachian Coal & Coke", "Palouse Pea Growers", "Gulf Breeze Shipyard", "Sandhills Feedlot", "Whitlock Hardware", "Shackleford Concrete"];
export const PHARMACIES = ["Huckaby Drug", "Goforth Apothecary", "Prairie Lakes Pharmacy", "Main Street Drug Store", "Cantrell's Pharmacy", "Bayou Vista Compounding", "Tinker Falls Pharmacy", "Saltlick Family Drug"];
export const CHAINS = ["Walgreens", "CVS Pharmacy", "Walmart Pharmacy", "Kroger Pharmacy", "Rite Aid", "H-E-B Pharmacy", "Publix Pharmacy"];
export const PAYERS = ["Blue Cross Blue Shield", "Aetna", "Humana Gold Plus", "UnitedHealthcare", "Cigna", "Ambetter", "WellCare", "Medicare Part B", "TRICARE East", "Molina Healthcare", "Anthem"];
export const LABS = ["Quest Diagnostics", "Labcorp", "Mayo Clinic Laboratories", "ARUP Laboratories", "Sonic Reference Lab"];
export const DME = ["Sandhills Home Medical", "Prairie Lakes Oxygen", "Three Rivers Medical Supply", "Tidewater Mobility", "Ozark Orthotics & Prosthetics"];
export const EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "aol.com", "outlook.com", "icloud.com", "att.net", "windstream.net", "centurylink.net", "protonmail.com", "comcast.net", "bellsouth.net"];

export const DRUGS = ["metformin", "lisinopril", "Eliquis", "Jardiance", "Ozempic", "Trelegy", "Farxiga", "gabapentin", "sertraline", "Seroquel", "Lasix", "Coreg", "Plavix", "Humira", "Dupixent", "Keppra", "Lamictal", "Vimpat", "Xeljanz", "Prolia", "Reclast", "Fosamax", "Tresiba", "Mounjaro", "Wegovy", "Brilinta", "Abilify", "Lexapro", "Cymbalta", "Flomax"];
export const EPONYMS = ["Baker cyst", "Colles fracture", "Bell palsy", "Still disease", "Dupuytren contracture", "Osgood-Schlatter", "Heberden nodes", "Bouchard nodes", "Finkelstein test", "Hawkins-Kennedy test", "Neer sign", "Apley scratch test", "Ortolani maneuver", "Barlow maneuver", "Moro reflex", "Kussmaul breathing", "Cheyne-Stokes respiration", "Levine sign", "Korotkoff sounds", "Allen test", "Tanner stage 4", "Raynaud phenomenon", "Marfan habitus", "Hunter syndrome"];

// ----- language-mix name lists -----
export const JP_GIVEN = ["Haruko", "Fumiko", "Kiyoshi", "Takeshi", "Sachiko", "Toshio", "Michiko", "Yoshiro", "Chiyo", "Noboru", "Emiko", "Isamu"];
export const JP_SURNAMES = ["Nakamura", "Yamaguchi", "Fujiwara", "Kobayashi", "Matsumoto", "Inoue", "Shimizu", "Morita", "Okada", "Hasegawa", "Ishikawa", "Ogawa"];
export const TH_GIVEN = ["Somsak", "Pranee", "Wichai", "Kanya", "Supaporn", "Anan", "Nittaya", "Prasert", "Boonmee", "Ratana", "Chalerm", "Siriporn"];
export const TH_SURNAMES = ["Srisawat", "Chaiyaporn", "Wongsakul", "Thongchai", "Rattanakorn", "Phromsiri", "Kaewmanee", "Sukhothai", "Boonyarat", "Jaidee", "Intharasuk", "Saelim"];
export const TH_NICK = ["Noi", "Lek", "Nok", "Daeng", "Ple", "Moo", "Tuk", "Joy"];
export const IT_GIVEN = ["Giuseppina", "Salvatore", "Concetta", "Vincenzo", "Carmela", "Gennaro", "Annunziata", "Rocco", "Filomena", "Domenico", "Assunta", "Pasquale"];
export const IT_SURNAMES = ["Russo", "Caputo", "Marino", "Greco", "Bruno", "Gallo", "Conti", "Mancini", "Rizzo", "Lombardo", "Moretti", "Barbieri"];
export const MM_NAMES = ["Aung Kyaw Moe", "Khin Mya", "Tin Maung", "Eh Htoo", "Paw Htoo", "Hla Hla Win", "Nu Nu Aye", "Than Htike", "Say Say", "Ma Ma Lay", "Kyaw Zin Oo", "Eh Moo Paw", "Thein Sein Lwin", "Htay Htay", "Pe Kaw"];
