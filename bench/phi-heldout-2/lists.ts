/**
 * Hand-written name and place vocabulary for the second held-out corpus,
 * written by its author (no public de-identification corpus or its lists).
 */

/** Given names that are also ordinary English words or drug/brand-like words. */
export const WORD_FIRST = [
  "Summer", "Autumn", "Faith", "Joy", "Grace", "Dawn", "Bill", "Frank", "Mark", "Pat", "Sunny", "Amber",
  "Crystal", "Destiny", "Precious", "Honor", "Major", "King", "Prince", "Royal", "Sterling", "Cash", "Chance",
  "Rusty", "Buddy", "Sky", "River", "Ocean", "Story", "Harmony", "Liberty", "Trinity", "Misty", "Penny",
  "Ginger", "Candy", "Cherry", "Olive", "Ivy", "Hazel", "Jade", "Pearl", "Ruby", "Goldie", "Bob", "Art",
  "Gene", "Guy", "Bud", "Gay", "Neil", "Sonny", "Merry", "Christian", "Precious", "Unique", "Blessing",
  "Gift", "Comfort", "Patience", "Mercy", "Chastity", "Justice", "Rich", "Earl", "Duke", "Dusty", "Stormy",
];

/** Surnames that are ordinary words, eponym-like or clinical-looking. */
export const WORD_LAST = [
  "Young", "Little", "King", "Hill", "Wood", "Stone", "Rich", "Best", "Sharp", "Black", "White", "Green",
  "Short", "Long", "Bishop", "Page", "Hall", "Marsh", "Fields", "Rivers", "Lake", "Bush", "Cook", "Baker",
  "Price", "Love", "Hand", "Head", "Wise", "Moody", "Friend", "Swift", "Strong", "Golden", "Day", "Knight",
  "Sleep", "Cross", "Wall", "Bone", "Blood", "Heart", "Lung", "Payne", "Sick", "Doctor", "Care", "Well",
  "Mayo", "Foley", "Parkinson", "Graves", "Bell", "Cushing", "Addison", "Wilson", "Hodgkin", "Downs", "Gray",
  "Major", "Minor", "Early", "Moon", "Snow", "Frost", "Winter", "Spring", "Brook", "Pope", "Church", "Judge",
  "Sheriff", "Nurse", "Walker", "Driver", "Mercy", "Hope", "Faith", "Salt", "Pepper", "Rice", "Beans",
];

/** Short names: two or three letters. */
export const SHORT_FIRST = ["Li", "Bo", "Al", "Ed", "Jo", "Vy", "My", "An", "Ly", "Ai", "Yu", "Oz", "Ty", "Cy", "Su", "Mo", "Ji", "Ha"];
export const SHORT_LAST = ["Ng", "Li", "Wu", "Xu", "Yu", "Ma", "Oh", "Yi", "Ko", "Do", "Vu", "Ho", "Le", "Ly", "Ta", "Ba", "Om", "Bo", "Ra"];

/** East and South-East Asian names in Latin transliteration: [first, last]. */
export const ASIAN_FIRST = [
  "Thi Lan", "Van Minh", "Huong", "Thanh", "Xiaoming", "Wei", "Jing", "Mei Ling", "Haruto", "Yui", "Sakura", "Kenji",
  "Min-jun", "Seo-yeon", "Ji-hoon", "Hye-jin", "Somchai", "Nittaya", "Sokha", "Dara", "Bich Ngoc", "Quang",
  "Chanthavy", "Souksavanh", "Pa Houa", "Xue", "Tou", "Fong", "Kalani", "Ravi", "Priya", "Anjali", "Sandeep",
  "Gurpreet", "Harjit", "Aung", "Khin", "Thiri", "Nay Lin", "Rizal", "Dewi", "Maricel", "Rowena"
];
export const ASIAN_LAST = [
  "Nguyen", "Tran", "Pham", "Huynh", "Vo", "Dang", "Bui", "Zhang", "Wang", "Chen", "Liu", "Huang", "Zhou", "Tanaka",
  "Suzuki", "Watanabe", "Kim", "Park", "Choi", "Jung", "Kang", "Srisai", "Sok", "Chea", "Vang", "Xiong", "Thao",
  "Yang", "Moua", "Lor", "Her", "Patel", "Shah", "Reddy", "Iyer", "Singh", "Kaur", "Gill", "Sandhu", "Win",
  "Thein", "Maung", "Santos", "Reyes", "dela Cruz", "Bautista", "Villanueva", "Macapagal",
];

/** African names in Latin transliteration. */
export const AFRICAN_FIRST = [
  "Chukwuemeka", "Oluwaseun", "Nkechi", "Adaeze", "Abebe", "Tesfaye", "Meseret", "Kwame", "Ama", "Kofi", "Akua",
  "Mamadou", "Fatoumata", "Aminata", "Ousmane", "Wanjiru", "Otieno", "Achieng", "Njeri", "Thandiwe", "Sipho",
  "Nomvula", "Tendai", "Farai", "Chiamaka", "Ifeoma", "Babajide", "Yetunde", "Abdirahman", "Hodan", "Fadumo",
  "Mulugeta", "Selam", "Haile", "Kiprono", "Jelagat", "Boubacar", "Mariama", "Issa", "Ayo", "Ebo", "Dede",
];
export const AFRICAN_LAST = [
  "Okafor", "Okonkwo", "Adeyemi", "Balogun", "Oyelaran", "Mensah", "Asante", "Boateng", "Owusu", "Diallo", "Traore",
  "Keita", "Toure", "Kamara", "Mwangi", "Kamau", "Odhiambo", "Kiprop", "Ndlovu", "Dlamini", "Nkosi", "Moyo",
  "Chikwanha", "Tadesse", "Bekele", "Gebremedhin", "Wolde", "Abdi", "Farah", "Warsame", "Hassan", "Sesay", "Bangura",
  "Nwosu", "Eze", "Obi", "Ba", "Sy", "Fall", "Ndiaye", "Sow",
];

/** Surnames with particles, apostrophes, hyphens or accents. */
export const PARTICLE_LAST = [
  "O'Brien", "O'Malley", "D'Souza", "D'Amico", "Dell'Aquila", "N'Diaye", "M'Bala", "van der Meer", "van Buren", "Van Dyke",
  "de la Rosa", "De León", "del Río", "dos Santos", "da Silva", "de Souza", "von Essen", "Le Blanc", "LeBlanc", "St. Clair",
  "St-Pierre", "Mac Donald", "McIntyre", "MacKenzie", "Ben-David", "Al-Masri", "al-Hashimi", "El-Amin", "Abu Bakr",
  "García-Márquez", "Smith-Jones", "Núñez", "Muñoz", "Peña", "Ibáñez", "Gonçalves", "Müller", "Schäfer", "Åberg",
  "Øvergaard", "Kowalczyk-Nowak", "Łukasiewicz", "Ó Súilleabháin", "Ní Bhriain",
];
export const ACCENT_FIRST = ["José", "Zoë", "Renée", "Chloé", "André", "Agnès", "Søren", "Łukasz", "Inês", "Joël", "Noémie", "Ramón", "Anaïs", "Björn", "Dánae", "Maëlle", "Héctor", "Sinéad", "Aoife", "Siobhán"];

/** [formal, nickname] pairs the notes use. */
export const NICKNAMES: [string, string][] = [
  ["William", "Billy"], ["Robert", "Bobby"], ["Margaret", "Peggy"], ["Elizabeth", "Betsy"], ["Richard", "Dick"],
  ["Katherine", "Kitty"], ["Edward", "Ned"], ["Theodore", "Teddy"], ["Patricia", "Trish"], ["Dorothy", "Dot"],
  ["Charles", "Chuck"], ["Francisco", "Paco"], ["José", "Pepe"], ["Guadalupe", "Lupe"], ["Alejandro", "Alex"],
  ["Anthony", "Tony"], ["Josephine", "Josie"], ["Harold", "Hal"], ["Mildred", "Millie"], ["Cornelius", "Neil"],
  ["Abigail", "Abby"], ["Jonathan", "Jon"], ["Rebecca", "Becky"], ["Susan", "Sue"], ["Henry", "Hank"],
];

/** Words for facility names. */
export const FACILITY_HEAD = ["St. Brigid", "St. Luke's", "Good Shepherd", "Sacred Heart", "Our Lady of Lourdes", "Mercy", "Providence", "Trinity", "Bethany", "Covenant", "Shepherd's Crook", "Holy Family", "Riverbend", "Lakeshore", "Prairie View", "Cedar Ridge", "Piedmont", "Tidewater", "Blue Heron", "Willow Creek", "Sunrise", "Evergreen", "Harbor Light", "Magnolia"];
export const FACILITY_TAIL = ["Medical Center", "Hospital", "Regional Hospital", "Community Hospital", "Health Center", "Hospice", "Home Health", "Nursing and Rehabilitation", "Skilled Nursing Facility", "Behavioral Health", "Surgery Center", "Wound Care Center", "Dental Group", "Family Dentistry", "Oxygen & Medical Supply", "Occupational Medicine", "Urgent Care", "Imaging", "Memorial Hospital", "Assisted Living"];
export const SCHOOL_TAIL = ["Elementary", "Middle School", "High School", "Academy", "Montessori", "Community College", "Day School", "Early Learning Center"];
export const EMPLOYER_TAIL = ["Logistics", "Poultry", "Tool & Die", "Fulfillment Center", "Manufacturing", "Plastics", "Concrete", "Distribution", "Packing Co.", "Auto Parts", "Foods", "Millwork"];

/** Real US place names that are also given names or ordinary words (author's own list). */
export const WORD_CITIES = [
  "Independence", "Paris", "Florence", "Marion", "Jackson", "Warren", "Normal", "Hope", "Liberty", "Eugene", "Tyler",
  "Victoria", "Mobile", "Golden", "Enterprise", "Franklin", "Madison", "Aurora", "Orange", "Beaumont", "Charlotte",
  "Elizabeth", "Augusta", "Alexandria", "Lafayette", "Jasper", "Sterling", "Chase", "Justice", "Commerce", "Pharr",
  "Temple", "Sandy", "Price", "Bountiful", "Plano", "Mesa", "Surprise", "Cleveland", "Hazard", "Loving", "Boring",
  "Kent", "Troy", "Lincoln", "Dublin", "Athens", "Camden", "Clinton", "Vienna", "Salem", "Bristol",
];
export const WORD_COUNTIES = ["Door County", "Orange County", "Lake County", "Union County", "Hope County", "Grant Parish", "Marion County", "Story County", "Polk County", "Logan County", "King County", "Washington County", "Jefferson Parish", "Bristol County"];
