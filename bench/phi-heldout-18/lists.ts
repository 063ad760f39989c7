/**
 * The eighteenth held-out corpus's own hand-written value lists (no census, faker or public de-identification
 * lists). Names lean to families seen in US paediatric, obstetric and family practices: young parents' and
 * children's names (many trendy, word-like or creatively spelt), grandparents' older names, and surnames of many
 * origins. Towns, streets and facilities are invented or are real small places named like words.
 */

/** Children's and young parents' given names, women's (F) and men's (M). */
export const GIVEN_F = [
  "Kaylee", "Brynlee", "Nevaeh", "Aubree", "Journee", "Saylor", "Oaklynn", "Everleigh", "Harper", "Maddison",
  "Kinsley", "Paisleigh", "Ximena", "Itzel", "Yaretzi", "Daleyza", "Aaliyah", "Zuri", "Amani", "Nia", "Imani",
  "Khadija", "Fatuma", "Hodan", "Ayaan", "Mei", "Anh", "Linh", "Hana", "Priya", "Ananya", "Aditi", "Maryam",
  "Noor", "Esperanza", "Milagros", "Dulce", "Marisol", "Brittany", "Ashley", "Destiny", "Kayla", "Shaniqua",
  "Tasha", "Heather", "Amber", "Crystal", "Misty", "Raelynn", "Willow", "Ivy", "Juniper", "Meadow", "Scout",
  "Story", "Legacy", "Promise", "Lyric", "Remi", "Sloane", "Rosalind", "Ottilie", "Wren", "Hazel", "Magnolia",
  "Dakota", "Kennedy", "Reagan", "Emberly", "Journey", "Blessing", "Precious", "Chidinma", "Adaeze", "Esi",
  "Yesenia", "Luz María", "Ana Sofía", "Mary Beth", "Bao Tran", "Ngoc Anh", "Ji-woo", "Haruka", "Tsering",
];
export const GIVEN_M = [
  "Jaxon", "Kayden", "Brantley", "Easton", "Ryker", "Bentley", "Maverick", "Colt", "Kingston", "Zayden",
  "Jayceon", "Braxton", "Legend", "Messiah", "King", "Prince", "Knox", "Ledger", "Ezra", "Atticus", "Silas",
  "Rowan", "Bodhi", "Santiago", "Mateo", "Thiago", "Iker", "Alejandro", "Jesús", "Abdirahman", "Mohamed",
  "Yusuf", "Omar", "Tariq", "Dang Khoa", "Minh", "Bao", "Hiroshi", "Arjun", "Rohan", "Dev", "Kwame", "Kofi",
  "Chinedu", "Tunde", "DeShawn", "Jamal", "Tyrell", "Marquis", "Cody", "Dustin", "Travis", "Bobby Ray",
  "Billy Joe", "Clay", "Hunter", "Ranger", "Gunner", "Ace", "Cash", "Justice", "Major", "Ransom", "Sterling",
  "Juan Carlos", "José Luis", "Jean-Pierre", "Luca", "Matteo", "Otto", "Anders", "Sione", "Keoni", "Kai",
];
/** Grandparents' and great-grandparents' given names. */
export const OLD_F = ["Opal", "Mavis", "Edna", "Hazel", "Lorraine", "Bernadette", "Imogene", "Velma", "Myrtle", "Inez", "Lupe", "Zoila", "Thuy", "Kyung-ja", "Dorothea", "Wilma", "Alberta", "Fern", "Gladys", "Ruby"];
export const OLD_M = ["Virgil", "Otis", "Clarence", "Homer", "Elmer", "Wendell", "Amos", "Rufus", "Lloyd", "Emilio", "Anselmo", "Thanh", "Arvid", "Leland", "Vernon", "Cletus", "Ignacio", "Augustus"];

/** Formal names with the name the person goes by (several not derivable). */
export const NICKS: readonly [string, string, "F" | "M"][] = [
  ["Elizabeth", "Libby", "F"], ["Margaret", "Maisie", "F"], ["Katherine", "Kit", "F"], ["Josephine", "Josie", "F"],
  ["Alexandra", "Sasha", "F"], ["Guadalupe", "Lupita", "F"], ["Wilhelmina", "Willa", "F"], ["Theodora", "Teddie", "F"],
  ["Nguyen Thi Hoa", "Flora", "F"], ["Seo-yeon", "Sunny", "F"], ["Anastasia", "Stacy", "F"], ["Mariana", "Nani", "F"],
  ["William", "Bear", "M"], ["Theodore", "Teddy", "M"], ["Alexander", "Xander", "M"], ["Robert", "Bubba", "M"],
  ["Francisco", "Pancho", "M"], ["Maximilian", "Max", "M"], ["Nathaniel", "Tad", "M"], ["Oluwaseun", "Seun", "M"],
  ["Bartholomew", "Bart", "M"], ["Jeremiah", "Jem", "M"], ["John Michael", "JM", "M"], ["Emmanuel", "Manny", "M"],
];

export const SURNAMES = [
  "Smith", "Johnson", "Hensley", "Caudill", "Sizemore", "Combs", "Gentry", "Pruitt", "Tackett", "Blevins",
  "Washington", "Jefferson", "Freeman", "Mayfield", "Boykin", "Okonkwo", "Adeyemi", "Mensah", "Owusu", "Abdi",
  "Warsame", "Hassan", "Farah", "Nguyen", "Tran", "Pham", "Huynh", "Vu", "Le", "Do", "Kim", "Park", "Choi",
  "Tanaka", "Sato", "Patel", "Reddy", "Iyer", "Chaudhry", "Rodríguez", "Hernández", "García", "Ortiz",
  "Villanueva", "Zúñiga", "Castañeda", "de la Rosa", "del Toro", "Esparza", "Yazzie", "Begay", "Tsosie",
  "Kealoha", "Fifita", "Tuilagi", "Yoder", "Stoltzfus", "Schrock", "Kowalczyk", "Nowicki", "Horvath",
  "Lindqvist", "Bergstrom", "Haugen", "O'Rourke", "McGillicuddy", "Fitzpatrick", "Byrne", "D'Onofrio",
  "Lombardi", "Bianchi", "Rossi", "Dubois", "Thibodeaux", "Broussard", "LeBlanc", "Fontenot", "St. Germain",
  "Vander Wal", "van Dijk", "Baker", "Cradle", "Stork", "Crib", "Bassinet", "Nurse", "Babb", "Child", "Mothershed",
  "Birth", "Kidd", "Young", "Small", "Little", "Swaddle", "Bloom", "Sprout", "Gentle", "Love", "Joy", "Bliss",
  "Christmas", "Easter", "Monday", "Weekes", "Day", "Knight", "Apgar", "Down", "Reye", "Kawasaki", "Wilms",
  "Hirschsprung", "Ortolani", "Moro", "Ng", "Wu", "Li", "Xu", "Oh", "Ko", "Al-Sayed", "Haddad", "Khoury",
  "Nazari", "Popal", "Sahak", "Zhou", "Shrestha", "Gurung", "Tamang", "Kamara", "Conteh", "Diallo",
];

/** Towns: invented, or real small US places named like words. */
export const TOWNS = [
  "Wrenfield", "Cattail Bend", "Marrow Springs", "Bluejay Hollow", "Tolliver Mills", "Peachtree Crossing",
  "Sayler's Ford", "Harlan Gap", "Kettle Falls", "Nettle Creek", "Brambleton", "Fairbirth", "Cradleburg",
  "Little Hope", "Baby Creek", "Bountiful", "Cozad", "Lovelady", "Happy", "Sweet Home", "Tell City",
  "Mayday", "Embarrass", "Friendship", "Welcome", "Pleasant View", "Bee Cave", "Kingsport", "Richlands",
  "Hazard", "Jellico", "Moody", "Chester", "Florence", "Marion", "Lebanon", "Kearney", "Yakima", "Dothan",
  "Laredo", "Greeley", "Lowell", "Lancaster", "Elkhart", "Dalton", "Tifton", "Hattiesburg", "Minot",
];
export const COUNTIES = ["Pickett", "Letcher", "Sevier", "Breathitt", "Hidalgo", "Yellow Medicine", "Berrien", "Tulare", "Cabell", "Saline", "Gwinnett", "Sumter", "Shelby", "Lyon", "Brown"];
export const STATES = ["KY", "TN", "WV", "OH", "TX", "GA", "AL", "MS", "NC", "MN", "IA", "NE", "WA", "CO", "MA", "PA", "IN", "MI", "AZ", "NM"];
export const STREETS = [
  "Rocking Chair", "Lullaby", "Stork Nest", "Maple Hollow", "Cradle Rock", "Schoolhouse", "Sawmill", "Church",
  "Hospital", "Depot", "Bluebird", "Quail Run", "Possum Holler", "Tobacco Barn", "Chickasaw", "Old Mill",
  "Martin Luther King Jr", "Pecan Grove", "Cottonwood", "Wildflower", "Hummingbird", "Dogwood", "Redbud",
];
export const ST_KINDS = ["St", "Street", "Rd", "Road", "Ave", "Dr", "Ln", "Lane", "Ct", "Way", "Pike", "Trl", "Blvd", "Cir"];

/** Facility stems (with kinds added by the kit). */
export const FAC_STEMS = ["Riverbend", "Mercy", "Saint Brigid", "Holy Family", "Lakeshore", "Appalachian", "Cumberland", "Sunflower", "Prairie Rose", "Sweetwater", "Magnolia", "Big Sandy", "Good Shepherd", "Tri-County", "Bluegrass", "Cedar Valley"];
export const HOSP_KINDS = ["Regional Medical Center", "Women's Hospital", "Hospital", "Medical Center", "Community Hospital", "Birth Center", "Memorial Hospital"];
export const CLINIC_KINDS = ["Pediatrics", "Family Medicine", "Women's Health", "OB/GYN Associates", "Family Health Center", "Kids Clinic", "Midwifery"];
export const PEDS_KINDS = ["Pediatrics", "Kids Clinic", "Family Medicine", "Pediatric Associates", "Children's Clinic", "Family Health Center"];
export const OB_KINDS = ["Women's Health", "OB/GYN Associates", "Midwifery", "Family Medicine", "Women's Care", "Maternal-Fetal Medicine"];
export const DAYCARES = ["Little Sprouts Learning Center", "Tiny Tots Daycare", "Kiddie Kampus", "Sunshine Child Development Center", "ABC Academy", "Busy Bees Preschool", "Noah's Ark Child Care", "Head Start of"];
export const SCHOOLS = ["Elementary", "Middle School", "High School", "Primary", "Academy"];
export const EMPLOYERS = ["Tyson plant", "Dollar General", "Walmart DC", "Cracker Barrel", "the hospital laundry", "Amazon fulfillment center"];

/** Drugs and products, several named like people (not gold). */
export const DRUGS = ["Tylenol", "Motrin", "Zyrtec", "Flovent", "Pulmicort", "ProAir", "Singulair", "Amoxil", "Augmentin", "Omnicef", "Nystatin", "Poly-Vi-Sol", "Enfamil", "Similac", "Gerber Soothe", "Mylicon", "Vitamin D drops", "Prenate", "Diclegis", "Zofran", "Makena", "Procardia", "Labetalol", "Sprintec", "Camila", "Errin", "Heather", "Nora-BE", "Lyleq", "Tarina", "Slynd", "Nexplanon", "Mirena", "Kyleena", "Liletta", "Depo-Provera", "Pitocin", "Cytotec", "Methergine", "Hemabate", "RhoGAM", "Beyfortus", "Synagis"];
export const EPONYMS_OB = ["Leopold maneuvers: vertex", "Bishop score 6", "McRoberts maneuver reviewed", "Nägele's rule dating", "Down syndrome screen low risk", "Rh negative, Kleihauer-Betke neg", "Braxton Hicks only", "Chadwick sign", "Hegar sign"];
export const EPONYMS = ["Apgar 8/9", "Ortolani and Barlow negative", "Moro intact", "Babinski upgoing (normal for age)", "Tanner stage 3", "Leopold maneuvers", "Bishop score 6", "Kawasaki disease ruled out", "Down syndrome screen low risk", "Hirschsprung considered", "Wilms tumor not palpable", "Erb palsy none", "McRoberts maneuver", "Nägele's rule", "Brazelton cues", "Ballard 38 wk", "Bhutani low-intermediate zone", "Reye syndrome counselling (no aspirin)"];
export const LANG_CITIES_AL = ["Tiranë", "Shkodër", "Durrës", "Prishtinë", "Gjakovë", "Vlorë", "Korçë"];
export const LANG_CITIES_ML = ["കൊച്ചി", "തിരുവനന്തപുരം", "കോട്ടയം", "തൃശൂർ", "Kottayam", "Thrissur", "Kochi"];
