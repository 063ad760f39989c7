/**
 * The fifteenth held-out corpus's own hand-written lists (no census, faker or public de-identification lists).
 * Names, towns, counties, street stems and facility stems were invented or typed by the author for this corpus.
 */
export const GIVEN_F = [
  "Mary", "Linda", "Brenda", "Shirley", "Loretta", "Darlene", "Tammy", "Crystal", "Amber", "Destiny", "Kaylee", "Brittany",
  "Rosalind", "Wilma", "Ida Mae", "Bobbie Jo", "Faith", "Hope", "Charity", "Raven", "Dawn", "Starla", "Winona", "Marlena",
  "Cheyenne", "Shandiin", "Nizhoni", "Ahiga", "Tahnee", "Kimi", "Aurora", "Sedna", "Qaiyaan", "Nayeli", "Paloma", "Yesenia",
  "Guadalupe", "Fatima", "Ayesha", "Sadia", "Nasreen", "Hodan", "Ifrah", "Oksana", "Thuy", "Mai", "Keisha", "Shaniqua",
  "Precious", "Journey", "Liberty", "Patience", "Clover", "Opal", "Pearl", "Hazel", "Velma", "Edna", "Mabel", "Reba",
];
export const GIVEN_M = [
  "James", "Robert", "Billy", "Jimmy Dale", "Cody", "Dustin", "Travis", "Wade", "Colton", "Hunter", "Ranger", "Major",
  "Chance", "Booker", "Deacon", "Royal", "Earl", "Virgil", "Homer", "Otis", "Clyde", "Luther", "Amos", "Ezekiel",
  "Hastiin", "Nakai", "Kee", "Tso", "Bidzii", "Wilson", "Tyrell", "DeShawn", "Marquis", "Jamal", "Andrés", "Jesús",
  "Eusebio", "Imran", "Tariq", "Bilal", "Mohamed", "Abdirahman", "Taras", "Quang", "Minh", "Ivan", "Nanuq", "Apaay",
  "Taqukaq", "Junior", "Sonny", "Buck", "Levi", "Reuben", "Silas", "Gus", "Rusty", "Dallas", "Austin", "Tyler",
];
export const SURNAMES = [
  "Smith", "Johnson", "Miller", "Davis", "Jones", "Brown", "Wilson", "Moore", "Taylor", "Anderson", "Thomas", "Jackson",
  "Begay", "Yazzie", "Tsosie", "Benally", "Nez", "Etsitty", "Tsinajinnie", "Manygoats", "Whitehorse", "Bitsui", "Joe",
  "Charley", "Long Soldier", "Two Bulls", "Iron Shell", "Kills Crow", "Her Many Horses", "Standing Bear", "Lone Elk",
  "Kasayulie", "Nicolai", "Alexie", "Andrew", "Kanrilak", "Active", "Evan", "Sam", "Frank", "Moses", "Paul",
  "Hatfield", "McCoy", "Caudill", "Combs", "Slone", "Napier", "Sizemore", "Ritchie", "Stidham", "Fugate", "Hensley",
  "Outlaw", "Sheriff", "Warden", "Jailer", "Marshal", "Trooper", "Guard", "Soldier", "Private", "Colonel", "Major",
  "Nurse", "Medic", "Sick", "Payne", "Bedsole", "Stretcher", "Pill", "Cotton", "Gauze", "Doctor", "Hurt",
  "Garza", "Hernández", "de la Rosa", "Villarreal", "Treviño", "Ochoa", "Quintanilla", "Zepeda", "Saldaña",
  "Khan", "Qureshi", "Chaudhry", "Siddiqui", "Butt", "Malik", "Farah", "Warsame", "Hussein", "Omar",
  "Shevchenko", "Bondarenko", "Tkachenko", "Nguyen", "Tran", "Pham", "Vo", "Ly", "Ng", "Xu", "Oh",
  "O'Bannon", "D'Arcy", "St. Germain", "Van Wagner", "MacKinnon", "LaFleur", "Thibodeaux", "Boudreaux",
  "Goodnight", "Lovejoy", "Freeman", "Summers", "Winter", "Christmas", "Easter", "Sunday", "Redbird", "Blackfox",
];
/** Formal names with the name the person goes by. */
export const NICKS: readonly (readonly [string, string, "F" | "M"])[] = [
  ["William", "Buddy", "M"], ["Clarence", "Bubba", "M"], ["Theodore", "Tad", "M"], ["Harold", "Hank", "M"],
  ["Nathaniel", "Cap", "M"], ["Franklin", "Junebug", "M"], ["Roosevelt", "Velt", "M"], ["Abdirahman", "Abdi", "M"],
  ["Oleksandr", "Sasha", "M"], ["Muhammad Imran", "Mani", "M"], ["Kee Yazzie", "Chee", "M"],
  ["Elizabeth", "Betsy", "F"], ["Margaret", "Peg", "F"], ["Wilhelmina", "Minnie", "F"], ["Geraldine", "Gerri", "F"],
  ["Dorothy", "Dot", "F"], ["Mildred", "Millie", "F"], ["Rosemary", "Ro", "F"], ["Nizhoni", "Nizzy", "F"],
  ["Bernadette", "Birdie", "F"], ["Patricia", "Tish", "F"], ["Evangeline", "Vangie", "F"],
];
export const TOWNS = [
  "Chinle", "Kayenta", "Tuba City", "Shiprock", "Crownpoint", "Pine Ridge", "Kyle", "Wanblee", "Bethel", "Hooper Bay",
  "Quinhagak", "Toksook Bay", "Hazard", "Whitesburg", "Hindman", "Pikeville", "Paintsville", "Booneville", "Grundy",
  "War", "Welch", "Bluefield", "Cut Bank", "Browning", "Lame Deer", "Muleshoe", "Dime Box", "Marfa", "Alpine", "Presidio",
  "Ten Sleep", "Chugwater", "Lusk", "Medicine Lodge", "Protection", "Liberal", "Hope", "Plenty", "Comfort", "Bountiful",
  "Sawmill Flat", "Juniper Wells", "Coyote Springs", "Red Lake Crossing", "Bitter Creek", "Ironwood Gap", "Ferrell's Mill",
  "Turkey Knob", "Pinedale Junction", "Otter Bend", "Harlan Fork", "Salt Lick", "Gallup", "Farmington", "Rapid City",
];
export const COUNTIES = [
  "Apache", "Navajo", "McKinley", "San Juan", "Oglala Lakota", "Jackson", "Perry", "Letcher", "Knott", "Harlan",
  "McDowell", "Buchanan", "Glacier", "Rosebud", "Presidio", "Brewster", "Bailey", "Goshen", "Barber", "Kusilvak",
  "Juniper", "Sycamore", "Tallow", "Black Mesa", "Owl Creek", "Sandstone", "Pawnee Fork", "Cedar Breaks",
];
export const STATES = ["AZ", "NM", "SD", "ND", "MT", "WY", "KY", "WV", "VA", "TX", "KS", "AK", "OK", "NE", "UT"];
export const STREETS = [
  "Coal Camp", "Tipple Hill", "Mine Fork", "Company Store", "Water Tank", "Chapter House", "Trading Post", "Mission",
  "Agency", "Powwow Grounds", "Rodeo Grounds", "Armory", "Legion Hall", "VFW", "Depot", "Courthouse", "Jailhouse",
  "Infirmary", "Sanatorium", "Schoolhouse", "Grange", "Feedlot", "Elevator", "Section Line", "Cattle Guard", "Oil Patch",
  "Mesquite", "Juniper", "Pinon", "Sagebrush", "Red Rock", "Cottonwood", "Buffalo", "Eagle Butte", "Wolf Creek",
];
export const STREET_KINDS = ["Rd", "Road", "St", "Street", "Ln", "Dr", "Loop", "Hollow Rd", "Branch Rd", "Trail", "Ave", "Cir"];
export const FAC_STEMS = [
  "Sage Memorial", "Four Corners", "Black Hills", "Cumberland River", "Big Sandy", "Tug Valley", "Turtle Mountain",
  "Red Mesa", "Buffalo Gap", "Prairie Star", "Lone Pine", "High Plains", "Kuskokwim", "Tundra Ridge", "Bluestem",
  "Saint Kateri", "Our Lady of the Plains", "Good Shepherd", "Mountain Comprehensive", "Clover Fork", "Canyon de Oro",
];
export const FAC_KINDS = [
  "Indian Health Center", "Health Center", "Rural Health Clinic", "Critical Access Hospital", "Community Hospital",
  "Regional Medical Center", "Family Clinic", "Health Station", "Nursing Home", "Hospital", "Service Unit Clinic",
];
export const SCHOOLS = ["Elementary", "Middle School", "High School", "Community School", "Boarding School", "Consolidated School"];
export const EMPLOYERS = [
  "Peabody Ridge Coal", "Black Mesa Haulers", "Double D Feedyard", "Red Rock Propane", "Tribal Enterprise Casino",
  "Cumberland Timber Co.", "Two Rivers Grain Co-op", "Bluff Country Trucking", "High Plains Wind Services",
  "Sandhill Rendering", "Pinon Gas Station", "Tundra Fisheries", "Kuskokwim Fuel & Freight", "Harlan Fork Mining LLC",
];
/** Drugs, some of which look like names or words (not gold). */
export const DRUGS = [
  "Lyrica", "Allegra", "Ella", "Norco", "Suboxone", "Sublocade", "Naltrexone", "Jardiance", "Trulicity", "Ozempic",
  "Lantus", "Humalog", "metformin", "lisinopril", "Eliquis", "Xarelto", "prazosin", "sertraline", "Seroquel", "Narcan",
  "Keppra", "Vyvanse", "Concerta", "Adderall", "albuterol", "Flovent", "Benadryl", "Tylenol", "ibuprofen", "Augmentin",
];
export const EPONYMS = [
  "Romberg negative", "Babinski absent", "Tinel positive", "Phalen negative", "Lachman stable", "McMurray negative",
  "Spurling negative", "Murphy sign negative", "Homans negative", "Parkinson disease", "Graves disease",
  "Hashimoto thyroiditis", "Osgood-Schlatter", "Sever disease", "Whipple in 2019", "Bell palsy", "Addison disease",
];
/** Navajo, Yup'ik and Urdu small lists for the language styles: [native, romanised]. */
export const NAV_CLANS = ["Kinyaa'áanii", "Tódích'íi'nii", "Tł'ízí łání", "Ta'neeszahnii", "Bit'ahnii", "Tábąąhá", "Hashtł'ishnii", "Kiyaa'áanii"];
export const URDU_NAMES: readonly (readonly [string, string])[] = [
  ["محمد", "Muhammad"], ["عمران", "Imran"], ["طارق", "Tariq"], ["بلال", "Bilal"], ["عائشہ", "Ayesha"], ["نسرین", "Nasreen"],
  ["فاطمہ", "Fatima"], ["زاہد", "Zahid"], ["شازیہ", "Shazia"], ["رخسانہ", "Rukhsana"], ["عبدالرحمن", "Abdul Rehman"], ["صائمہ", "Saima"],
];
export const URDU_SURNAMES: readonly (readonly [string, string])[] = [
  ["خان", "Khan"], ["قریشی", "Qureshi"], ["چوہدری", "Chaudhry"], ["صدیقی", "Siddiqui"], ["ملک", "Malik"], ["بٹ", "Butt"],
  ["اعوان", "Awan"], ["راجپوت", "Rajput"], ["شیخ", "Sheikh"], ["مرزا", "Mirza"],
];
