/**
 * The thirteenth held-out corpus's own hand-written lists (no census, faker or public de-identification lists).
 * Names, places, streets and facility stems were invented or picked by the author for this corpus.
 */

/** Given names, roughly frequency-ordered; word-like, month-like and two-word ones included. */
export const GIVEN = [
  "Linda", "Robert", "Dolores", "Marcus", "Tamika", "Kevin", "Shirley", "Ramon", "Bettye", "Curtis", "Yolanda", "Harold",
  "Rosalind", "Dwayne", "Imelda", "Leonard", "Precious", "Wendell", "Gloria", "Terrence", "Consuelo", "Floyd", "Annette",
  "Lamar", "Geraldine", "Ignacio", "Rhonda", "Vernon", "Maribel", "Clifton", "Luann", "Desmond", "Noreen", "Otis",
  "Ximena", "Percy", "Zelda", "Quentin", "Lorraine", "Cedric", "Hortensia", "Emmett", "Jolene", "Reginald", "Odessa",
  "Thaddeus", "Bernadette", "Mack", "Verna", "Alonzo", "Priya", "Anh", "Tuan", "Mei", "Keiko", "Hamid", "Fatima", "Oksana",
  "Bogdan", "Yesenia", "Jaylen", "Brayden", "Kinsley", "Nevaeh", "Aaliyah", "Ezekiel", "Paisley", "Jaxon", "Harper",
  "Amari", "Destiny", "Trinity", "Journey", "Merry", "Honor", "Patience", "Faith", "Sterling", "Rusty", "Dusty", "Sunny",
  "Storm", "River", "Rowan", "Sage", "Clay", "Forrest", "Dale", "Glen", "Heath", "Marsh", "Brooke", "Lake", "Autumn",
  "July", "October", "Tuesday", "Winter", "Noel", "Christmas", "Valentine", "Bishop", "Deacon", "King", "Prince", "Major",
  "Doctor", "Lyric", "Melody", "Harmony", "Cash", "Penny", "Ruby", "Pearl", "Opal", "Jewel", "Ivory", "Coral", "Hazel",
  "Olive", "Ginger", "Clementine", "Bo", "Ty", "Al", "Jo", "Ed", "Vi", "Mary Beth", "Anna Mae", "Billy Ray", "Jo Ann",
  "Le Roy", "Maria Jose", "Thi Hoa", "Van Minh", "Abdul Karim", "Sun-hee", "Jae-won", "Oluwaseun", "Chukwuemeka",
  "Adaeze", "Kwabena", "Nnamdi", "Tsegaye", "Mulugeta", "Rukhsana", "Parveen", "Lakshmi", "Venkatesh", "Ioana", "Radu",
  "Siobhan", "Niamh", "Padraig", "Dagny", "Thorvald", "Wojciech", "Agnieszka", "Giorgos", "Eleni", "Mateo", "Guadalupe",
  "Xochitl", "Itzel", "Kalani", "Leilani", "Keanu", "Winona", "Dakota", "Cheyenne", "Shoshana", "Mordechai", "Ezra",
];

/** Formal name and the name the person goes by. */
export const NICKS: readonly (readonly [string, string])[] = [
  ["Theodore", "Teddy"], ["Margaret", "Midge"], ["Wilhelmina", "Billie"], ["Beauregard", "Bo"], ["Cornelia", "Nell"],
  ["Lafayette", "Fate"], ["Josephine", "Josie"], ["Archibald", "Archie"], ["Florence", "Flossie"], ["Augustus", "Gus"],
  ["Henrietta", "Etta"], ["Bartholomew", "Bart"], ["Prudence", "Prue"], ["Ebenezer", "Eb"], ["Dorothea", "Dot"],
  ["Mortimer", "Mort"], ["Philomena", "Mena"], ["Cuthbert", "Bertie"], ["Leopoldo", "Polo"], ["Guadalupe", "Lupita"],
  ["Francisco", "Paco"], ["Nguyen Thi Thu", "Tina"], ["Wei-Ling", "Wendy"], ["Seung-hoon", "Sean"], ["Oluwadamilare", "Dami"],
  ["Harpreet", "Harry"], ["Abdulrahman", "Abood"], ["Lavinia", "Vinnie"], ["Reginald", "Reggie"], ["Woodrow", "Woody"],
  ["Clarabelle", "Sissy"], ["Junior", "June Bug"],
];

/** Surnames, roughly frequency-ordered: common, word-like, eponym-like, clinical-like, particles, two-letter, hyphen-free. */
export const SURNAMES = [
  "Johnson", "Ramirez", "Washington", "Nguyen", "Patterson", "O'Rourke", "Kowalczyk", "Delacroix", "Okonkwo", "Haddad",
  "Schreiber", "Villanueva", "Takahashi", "Abernathy", "Blackwood", "McAllister", "Fairweather", "Goldberg", "Castellanos",
  "Pettigrew", "Thibodeaux", "Lindqvist", "Marchetti", "Oyelaran", "Mensah", "Szabo", "Novak", "Petrov", "Iyer", "Chatterjee",
  "Siddiqui", "Rahimi", "Yamamoto", "Tran", "Pham", "Huang", "Zhou", "Park", "Choi", "Mahlangu", "Dlamini", "Kamau",
  "Tesfaye", "Gebremedhin", "Abdullahi", "Warsame", "Begay", "Yazzie", "Tsosie", "Two Bulls", "Red Cloud", "Kealoha",
  "Fonoti", "Tuilagi", "Babineaux", "Fontenot", "Boudreaux", "Van Buren", "van der Merwe", "De Luca", "del Rosario",
  "Mac Giolla", "D'Souza", "Ó Briain", "St. Pierre", "La Fleur", "Le", "Ng", "Wu", "Xu", "Bo", "Ly", "Do", "Vo", "Ong",
  // eponym-like and drug-like surnames
  "Parkinson", "Addison", "Graves", "Hodgkin", "Bell", "Crohn", "Cushing", "Marfan", "Baker", "Tourette", "Whipple",
  "Apley", "Phalen", "Tinel", "Finkelstein", "Lachman", "Epley", "Romberg", "Snellen", "Amsler", "Ishihara",
  // word-like surnames
  "Sleep", "Hearing", "Sight", "Lens", "Wound", "Bedford", "Walker", "Cane", "Crutch", "Rest", "Dreamer", "Nightingale",
  "Lark", "Wren", "Sparrow", "Crane", "Heron", "Fox", "Wolfe", "Bear", "Stone", "Rivers", "Hills", "Woods", "Field", "Lane",
  "Street", "Church", "Temple", "Mosque", "Abbey", "Friar", "Pope", "Cardinal", "Sexton", "Sheriff", "Judge", "Marshal",
  "Mayor", "Counts", "Price", "Cost", "Bill", "Payne", "Kidney", "Hart", "Blood", "Bones", "Head", "Foote", "Armstrong",
  "Shin", "Back", "Lung", "Liver", "Pulse", "Rash", "Gauze", "Plaster", "Salve", "Balm", "Dose", "Fever", "Chill",
  "Early", "Late", "Daily", "Weekes", "Friday", "Sunday", "March", "Winters", "Spring", "Frost", "Snow", "Rain",
  "Dyer", "Sawyer", "Fletcher", "Cooper", "Thatcher", "Chandler", "Draper", "Mercer", "Tanner", "Porter", "Glazer",
  "Hollingsworth", "Quattlebaum", "Oberholtzer", "Szczepanski", "Wojcik", "Przybylski", "Zieliński", "Müller", "Gößling",
];

/** Middle names (any given name can be one too). */
export const MIDDLE = ["Ann", "Lee", "Marie", "James", "Ray", "Lynn", "Jean", "Dean", "Sue", "Wayne", "Louise", "Earl", "Rose", "Faye", "Dale", "Mae", "Kay", "Joy"];

/** Invented towns and real small places named like words or foreign places. */
export const TOWNS = [
  "Millbrook Crossing", "Tupelo Bend", "Harlan's Gap", "Osage Prairie", "Quarry Hill", "Bittersweet", "Cedar Shoals",
  "Kettle Falls", "Burnt Corn", "Goodnight", "Truth or Consequences", "Nothing", "Accident", "Boring", "Hell", "Paradise",
  "Normal", "Ideal", "Pie Town", "Ding Dong", "Sugar Land", "Spearfish", "Intercourse", "Monkeys Eyebrow", "Okay",
  "Why", "Cool", "Pray", "Nurse", "Healing Springs", "Cureall", "Medicine Lodge", "Medicine Park", "Hospital Hill",
  "Sleepy Eye", "Eyota", "Earlimart", "Hearne", "Tooth", "Bone Gap", "Heartwell", "Lungsford", "Toast", "Hazard",
  "Athens", "Sparta", "Cairo", "Moscow", "Berlin", "Warsaw", "Madrid", "Paris", "Lebanon", "Jordan", "Palestine",
  "Canton", "Delhi", "Chennai Hills", "Bengal", "Georgetown", "Tbilisi Springs", "Laos Creek", "Vientiane Heights",
  "Frostburg", "Snowflake", "Chloride", "Iodine", "Radium", "Helium", "Boron", "Carbon Hill", "Saline", "Sodium Springs",
  "Fairhope", "Greenwood", "Oak Ridge", "Pine Bluff", "Elm Grove", "Willow Run", "Birch Tree", "Aspen Hill",
  "Bakersfield", "Fort Wayne", "Lubbock", "Muncie", "Kokomo", "Dothan", "Florence", "Tyler", "Marshall", "Beckley",
  "Bluefield", "Hattiesburg", "Opelousas", "Natchitoches", "Ypsilanti", "Kalamazoo", "Schenectady", "Poughkeepsie",
  "Cheektowaga", "Wilkes-Barre", "Altoona", "Chillicothe", "Zanesville", "Paducah", "Owensboro", "Ardmore", "Lawton",
];

export const COUNTIES = [
  "Calloway", "Muskingum", "Tippecanoe", "Pottawattamie", "Okaloosa", "Natrona", "Bexar", "Cuyahoga", "Mecklenburg",
  "Maricopa", "Lackawanna", "Washtenaw", "Kanawha", "Tuscaloosa", "Yakima", "Sagadahoc", "Ouachita", "Atascosa", "Gwinnett",
  "Sangamon", "Hennepin", "Cheboygan", "Chautauqua", "Tehama", "Doña Ana", "St. Landry", "Prince George's", "Apache",
];

export const STATES = ["AL", "AR", "AZ", "CA", "GA", "IA", "IL", "IN", "KS", "KY", "LA", "MI", "MN", "MO", "MS", "NC", "NE", "NM", "NY", "OH", "OK", "PA", "SC", "TN", "TX", "VA", "WA", "WI", "WV"];

/** Street stems (the author's own, some themed on eyes, ears, sleep and kidneys). */
export const STREETS = [
  "Lantern", "Whippoorwill", "Quillen", "Sassafras", "Tallow", "Dogwood Hollow", "Bethel Church", "Old Mill", "Cotton Gin",
  "Sawgrass", "Indigo", "Catalpa", "Foxglove", "Hickory Nut", "Persimmon", "Muscadine", "Lamplighter", "Dreamland",
  "Slumber", "Lullaby", "Nightshade", "Echo", "Whisper", "Bellringer", "Spectacle", "Lookout", "Vista", "Horizon",
  "Kidney Pond", "Clearwater", "Saltlick", "Spring Run", "Dialysis Center", "Hospital", "Infirmary", "Apothecary",
  "Martin Luther King Jr", "Cesar Chavez", "Veterans Memorial", "Old Post", "Rural Electric", "Fire Tower", "Water Tank",
];
export const STREET_KINDS = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Ct", "Cir", "Blvd", "Way", "Pike", "Trl", "Pkwy", "Hwy", "Loop", "Run"];

export const FAC_STEMS = ["Bluestem", "Harrowgate", "Saint Brendan", "Mercy Ridge", "Good Shepherd", "Wabash Valley", "Tri-County", "Riverbend", "Three Rivers", "Prairie Star", "Holy Cross", "Magnolia", "Sandhill", "Keystone", "Piedmont"];
export const HOSP_KINDS = ["Medical Center", "Regional Hospital", "Memorial Hospital", "Community Hospital", "Health System", "Regional Medical Center"];
export const CLINIC_KINDS = ["Family Clinic", "Health Center", "Medical Group", "Primary Care", "Community Health Center"];

/** Drugs that look like names or places, and ordinary ones. */
export const DRUGS = [
  "Abilify", "Latuda", "Rexulti", "Vivitrol", "Sublocade", "Suboxone", "Belsomra", "Lunesta", "Ambien", "Sonata", "Silenor",
  "Xyrem", "Xywav", "Lumryz", "Wakix", "Sunosi", "Provigil", "Nuvigil", "Eylea", "Lucentis", "Vabysmo", "Lumigan",
  "Xalatan", "Rhopressa", "Vyzulta", "Alphagan", "Cosopt", "Combigan", "Restasis", "Xiidra", "Sensipar", "Renvela",
  "Velphoro", "Auryxia", "Epogen", "Mircera", "Venofer", "Zemplar", "Clozaril", "Versacloz", "Invega", "Aristada",
  "Lithobid", "Seroquel", "Zyprexa", "Geodon", "Trintellix", "Austedo", "Ingrezza", "Naltrexone", "Lucemyra",
  "Santyl", "Regranex", "Silvadene", "Xeroform", "Aquacel", "Mepilex", "Allevyn", "Duoderm", "Medihoney",
  "Eliquis", "Xarelto", "Jardiance", "Farxiga", "Ozempic", "Mounjaro", "Trulicity", "Lasix", "Bumex", "Coreg",
];

/** Eponyms and scores that must stay unmarked. */
export const EPONYMS = [
  "Epworth 14/24", "Mallampati III", "Friedman stage II", "STOP-BANG 6", "Dix-Hallpike negative", "Romberg positive",
  "Weber midline", "Rinne AC>BC", "Ishihara 14/14", "Amsler grid normal", "Snellen 20/40", "Humphrey 24-2",
  "Goldmann tonometry", "Hertel 17/18", "Braden 14", "Wagner grade 2", "Kt/V 1.4", "URR 72%", "Brief Addiction Monitor",
  "AUDIT-C 7", "CIWA-Ar 12", "COWS 9", "Columbia (C-SSRS) negative", "Cockcroft-Gault", "Stemmer sign positive",
  "Fukuda stepping test", "Apgar 8/9", "Glasgow 15", "Karnofsky 70", "Norton 13", "Parkinson's disease", "Addison's disease",
  "Graves disease", "Bell's palsy", "Crohn's disease", "Cushing syndrome", "Marfan habitus", "Baker's cyst", "Whipple procedure",
];

/** DME suppliers, payers, labs and vendors (not gold). */
export const SUPPLIERS = ["Apria Healthcare", "Lincare", "AdaptHealth", "Rotech", "Numotion", "Medline", "McKesson", "Byram Healthcare", "Edgepark"];
export const PAYERS = ["Aetna", "Cigna", "Humana", "UnitedHealthcare", "Anthem Blue Cross", "Wellcare", "Molina Healthcare", "Ambetter", "Highmark", "CareSource", "Medicaid", "Medicare Part B", "Tricare East"];
export const LABS = ["Quest Diagnostics", "Labcorp", "Invitae", "GeneDx", "Ambry Genetics", "Myriad Genetics", "Mayo Clinic Laboratories", "ARUP Laboratories", "Natera", "Blueprint Genetics"];
/** Employers (gold FACILITY, like the earlier corpora): invented local businesses and schools. */
export const EMPLOYERS = ["Bluebonnet Trucking", "Maple Leaf Poultry", "Hillcrest Elementary", "Riverside Casino", "Osage Valley Feed & Seed", "Tri-State Cabinetry", "Kessler Lumber Yard", "Sunrise Donut Shop", "Big Muddy Marine", "Hollis Brothers Roofing"];
