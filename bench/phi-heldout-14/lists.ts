/**
 * The fourteenth held-out corpus's own hand-written lists (no census, faker or public de-identification lists).
 * Every value is invented for this corpus or is an ordinary word, drug, eponym or real small place name.
 */

/** Given names, roughly most-used first (picked rank-weighted). */
export const GIVEN = [
  "Dorothy", "Harold", "Loretta", "Curtis", "Wanda", "Dale", "Brenda", "Randall", "Crystal", "Darnell", "Latoya",
  "Jermaine", "Keisha", "Guadalupe", "Rigoberto", "Yesenia", "Maricela", "Amra", "Emir", "Selma", "Mirza", "Lejla",
  "Adnan", "Azra", "Senad", "Edina", "Nermin", "Alma", "Djamila", "Adilson", "Nilda", "Evandro", "Odete", "Eder",
  "Chaltu", "Gemechu", "Lensa", "Tolosa", "Obse", "Bontu", "Galana", "Hawi", "Ayantu", "Rizalina", "Bienvenido",
  "Marites", "Jovelyn", "Erlinda", "Florante", "Teodora", "Rodel", "Kiomi", "Sisilia", "Ionela", "Sorin", "Arben",
  "Drita", "Besnik", "Harmony", "Destiny", "Trinity", "Lucky", "Sonny", "Rowan", "Sparrow", "Sterling", "Dusty",
  "Walter", "Imogene", "Vernon", "Opal", "Luther", "Glenda", "Roscoe", "Verna", "Clifford", "Inez", "Marlon",
  "Shirley", "Tomás", "Ximena", "Joaquín", "Ana Paula", "Mary Kate", "Jo Ellen", "Bao Ngoc", "Siew Ling", "Priyanka",
  "Anand", "Farhan", "Noor", "Yusuf", "Khadija", "Tatiana", "Bogdan", "Oksana", "Henrik", "Ingrid", "Søren",
  "Maëlle", "Aurélien", "Zoltán", "Kálmán", "Ngozi", "Chidi", "Efua", "Kwabena", "Thandiwe", "Sipho", "Kealoha",
  "Makoa", "Aiyana", "Dakota", "Raven", "Cheyenne", "Easton", "Brantley", "Kinsley", "Paisley", "Jaxon", "Nevaeh",
  "Octavia", "Cornelius", "Philomena", "Ignatius", "Bernadette", "Thaddeus", "Winifred", "Augustus", "Hortense",
  "Precious", "Memory", "Honesty", "Gift", "Patience", "Friday", "Sunday", "Bishop", "Major", "King", "Chance",
];

/** Given names by sex, for relatives whose relation names a sex (mother, husband, daughter). */
export const FEMALE = [
  "Dorothy", "Loretta", "Wanda", "Brenda", "Crystal", "Latoya", "Keisha", "Guadalupe", "Yesenia", "Maricela", "Amra", "Selma",
  "Lejla", "Azra", "Edina", "Alma", "Djamila", "Nilda", "Odete", "Chaltu", "Lensa", "Obse", "Bontu", "Ayantu", "Rizalina",
  "Marites", "Jovelyn", "Erlinda", "Teodora", "Sisilia", "Ionela", "Drita", "Imogene", "Opal", "Glenda", "Verna", "Inez",
  "Shirley", "Ximena", "Priyanka", "Khadija", "Tatiana", "Oksana", "Ingrid", "Ngozi", "Efua", "Thandiwe", "Philomena",
  "Bernadette", "Winifred", "Hortense", "Octavia", "Harmony", "Destiny", "Memory", "Patience",
];
export const MALE = [
  "Harold", "Curtis", "Dale", "Randall", "Darnell", "Jermaine", "Rigoberto", "Emir", "Mirza", "Adnan", "Senad", "Nermin",
  "Adilson", "Evandro", "Eder", "Gemechu", "Tolosa", "Bienvenido", "Florante", "Rodel", "Sorin", "Arben", "Besnik", "Walter",
  "Vernon", "Luther", "Roscoe", "Clifford", "Marlon", "Tomás", "Joaquín", "Anand", "Farhan", "Yusuf", "Bogdan", "Henrik",
  "Zoltán", "Chidi", "Kwabena", "Sipho", "Makoa", "Cornelius", "Ignatius", "Thaddeus", "Augustus", "Sonny", "Major", "Bishop",
];

/** Formal name and the name the person goes by (several not derivable). */
export const NICKS: readonly [string, string][] = [
  ["Margaret", "Maggie"], ["William", "Billy"], ["Elizabeth", "Betsy"], ["Robert", "Bob"], ["Katherine", "Kit"],
  ["Theodore", "Ted"], ["Josephine", "Jo"], ["Frederick", "Fritz"], ["Dorothea", "Dot"], ["Clarence", "Sonny"],
  ["Mildred", "Millie"], ["Eugene", "Gene"], ["Azemina", "Mina"], ["Nedžad", "Neđo"], ["Maria da Luz", "Luzinha"],
  ["José Manuel", "Zé"], ["Tesfaye", "Tesi"], ["Abdulkadir", "Kadir"], ["Maria Lourdes", "Lulu"],
  ["Bienvenido", "Benny"], ["Evangeline", "Vangie"], ["Nguyen Van Thanh", "Tony"], ["Wei-Ming", "Raymond"],
  ["Olufunmilayo", "Funmi"], ["Gertrude", "Trudy"], ["Lafayette", "Fate"], ["Wilhelmina", "Mina"],
  ["Antoinette", "Toni"], ["Bartholomew", "Bart"], ["Seung-hoon", "Sam"],
];

export const SURNAMES = [
  "Pruett", "Hargrove", "Dillard", "Whitlock", "McCrary", "Tolbert", "Huckaby", "Strickland", "Gaddis", "Pennington",
  "Rutledge", "Blevins", "Spurlock", "Mayfield", "Crenshaw", "Kincaid", "Fairbanks", "Haskins", "Washington",
  "Mosley", "Oliphant", "Boykin", "Hodžić", "Mehmedović", "Kovačević", "Begić", "Hadžiosmanović", "Delić",
  "Salihović", "Omerbašić", "Mujkić", "Fortes", "Tavares", "Monteiro", "Semedo", "Andrade", "Barbosa", "Brito",
  "Gudina", "Tufa", "Jilo", "Dinsa", "Abdisa", "Lemessa", "Wakjira", "Tolera", "Agbayani", "Ramiscal", "Dacanay",
  "Pascua", "Bumanglag", "Cabacungan", "Ulep", "Galapon", "Payne", "Hurt", "Healy", "Bedwell", "Salve", "Pilling",
  "Nurse", "Horner", "Whipple", "Gilbert", "Bell", "Reiter", "Nissen", "Hartmann", "Ng", "Vo", "Ly", "Ou", "Ha",
  "dos Santos", "da Luz", "de Pina", "van Wyk", "Mac Lochlainn", "D'Ambrosio", "O'Shaughnessy", "St. Louis",
  "Popescu", "Dumitrescu", "Hoxha", "Berisha", "Kowalczyk", "Novák", "Szabó", "Lindqvist", "Okonkwo", "Mensah",
  "Dlamini", "Kahananui", "Fonoti", "Yazzie", "Begay", "Tsosie", "Pham", "Trinh", "Lim", "Chaudhry", "Iyer",
  "Haddad", "Karimi", "Oyelaran", "Ferreira", "Quintanilla", "Zúñiga", "Villarreal", "Montoya", "Abernathy",
  "Goforth", "Sweeney", "Castellano", "Marchetti", "Wójcik", "Petrenko", "Sokolova", "Grünewald", "Lachance",
  "Thibodeaux", "Arceneaux", "Broussard", "Yoder", "Stoltzfus", "Friday", "Christmas", "Winter", "Story",
  "Moody", "Freeman", "Grace", "Hope", "Wise", "Rich", "Marsh", "Stone", "Glass", "Ford", "Banks", "Street",
];

/** Real small US places named like words, invented towns and a few real mid-size cities. */
export const TOWNS = [
  "Quillmoor", "Fenwick Bend", "Sorrel Gap", "Halloway Mills", "Tanager Falls", "Caddo Crossing", "Birchard",
  "Ashgrove Station", "Millbury Flats", "Cinder Ridge", "Larkfield", "Pomeroy Landing", "Bellweather",
  "Cottonport Junction", "Wrenfield", "Harmon's Ferry", "Bland", "Cornucopia", "Eek", "Igo", "Ono", "Nixa",
  "Lost Springs", "Tenstrike", "Carefree", "Chloride", "Bonanza", "Protem", "Fall River", "New Bedford",
  "Brockton", "Fargo", "St. Cloud", "Utica", "Bowling Green", "Waipahu", "Pawtucket", "Lewiston", "Owatonna",
  "Garden City", "Liberal", "Waterloo", "Moorhead", "Hilo", "Kahului", "Grand Forks", "Rochester", "Taunton",
];

export const COUNTIES = [
  "Tillery", "Ransome", "Calloway", "Brannon", "Whitfield", "Oconee", "Hardin", "Pickaway", "Audrain", "Stearns",
  "Bristol", "Plymouth", "Cass", "Warren", "Maui", "Honolulu", "Oneida", "Blue Earth", "Olmsted", "Finney",
];

export const STATES = ["MA", "MN", "MO", "KY", "NY", "ND", "HI", "RI", "IA", "KS", "OH", "TN", "GA", "TX", "WA", "OR", "AZ", "NC", "PA", "WI"];

export const STREET_STEMS = [
  "Larkin Mill", "Copperhead Hollow", "Tannery", "Orchard Bluff", "Quarry View", "Sycamore Bend", "Dispensary",
  "Ambulance Barn", "Ferry Slip", "Wickham", "Brant Point", "Cranberry Bog", "Cape Verde", "Riverside", "Old Mill",
  "Kettle Pond", "Sumac", "Basswood", "Heron Marsh", "Partridge", "Fort Hill", "Stillwater", "Pottery", "Chapel Hill",
  "Depot", "Clinic", "Infirmary", "Tollgate", "Lamplighter", "Whistle Stop", "Beaver Dam", "Pine Knot",
];
export const STREET_TYPES = ["St", "Ave", "Rd", "Ln", "Dr", "Ct", "Way", "Pike", "Trace", "Loop", "Blvd", "Street", "Road", "Lane"];

export const FAC_STEMS = [
  "Larchmont", "St. Brendan", "Holy Redeemer", "Cedar Valley", "Bayview", "Kettle River", "Juniper Ridge",
  "Stonebridge", "Two Rivers", "Prairie Rose", "Mount Carmel", "Good Shepherd", "Harborlight", "Meadowlark",
  "Sacred Heart", "Lakeshore", "Northfield", "Aldergrove", "Saint Agnes", "Riverbend",
];
export const HOSP_KINDS = ["Regional Medical Center", "Community Hospital", "Medical Center", "Hospital", "Memorial Hospital"];
export const CLINIC_KINDS = ["Family Health Center", "Primary Care", "Internal Medicine", "Pediatrics", "Family Medicine", "Community Health Center"];
export const LTC_KINDS = ["Health & Rehabilitation", "Senior Living", "Care Center", "Nursing and Rehab", "Skilled Nursing"];
export const HH_KINDS = ["Home Health", "Home Care", "Visiting Nurses", "Hospice & Home Health"];
export const PHARMACIES = ["Hometown Apothecary", "Kettle River Drug", "Main Street Pharmacy", "Corner Drug & Gift", "Bayview Compounding", "Larchmont Pharmacy"];
export const CHAINS = ["CVS Pharmacy #", "Walgreens #", "Rite Aid #", "Walmart Pharmacy 10-", "Kroger Pharmacy #"];
export const EMPLOYERS = [
  "Tri-State Poultry", "Harbor Fish Processing", "Quillmoor Public Schools", "Cascade Plastics", "Redline Freight",
  "Blue Heron Casino", "Sunrise Dialysis Staffing", "Valley Grain Co-op", "Northstar Meatpacking", "Bog Hollow Cranberry Co.",
];
export const SCHOOLS = ["Wrenfield Elementary", "Cinder Ridge Middle School", "Little Acorns Child Care", "Bright Start Learning Center", "Sunny Days Preschool", "Kettle River Montessori"];
export const PAYERS = ["Aetna Better Health", "Humana Gold Plus", "UnitedHealthcare Community Plan", "Molina Healthcare", "Wellcare", "CareSource", "Anthem Blue Cross", "Tufts Health Together", "Medica", "BCBS of Kansas"];

/** Drugs, some like given names (oral contraceptives and brands). */
export const DRUGS = [
  "Aviane", "Junel", "Zarah", "Kelnor", "Marlissa", "Larin", "Amethia", "Jaimiess", "Vienva", "Kaitlib Fe",
  "Nurtec", "Ubrelvy", "Rinvoq", "Dupixent", "Austedo", "Evenity", "Prolia", "Kerendia", "Livalo", "Myrbetriq",
  "Tresiba", "Trulicity", "Ozempic", "metformin", "lisinopril", "apixaban", "sertraline", "buprenorphine",
  "hydroxyzine", "gabapentin",
];
export const EPONYMS = [
  "Horner syndrome", "Whipple procedure", "Gilbert syndrome", "Wolff-Parkinson-White", "Guillain-Barré",
  "Stevens-Johnson", "Kawasaki disease", "Takotsubo", "Brugada pattern", "Bell's palsy", "Hartmann pouch",
  "Nissen fundoplication", "Roux-en-Y", "Ebstein anomaly", "Reiter arthritis", "Virchow node", "Epstein-Barr",
];
export const INTERP_LANGS = ["Bosnian", "Cape Verdean Creole", "Oromo", "Ilocano", "Chuukese", "Somali", "Nepali", "Haitian Creole", "Portuguese", "Vietnamese"];
