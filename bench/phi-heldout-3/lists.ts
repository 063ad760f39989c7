/**
 * Hand-written value lists for the third held-out corpus (the author's own; no
 * public de-identification corpus or its lists were used).
 */

/** Given names that are ordinary English words or look like drug/brand names. */
export const WORD_GIVEN = ["Autumn", "Dawn", "Rusty", "Sunny", "Rose", "Ivy", "Hunter", "Mason", "Cash", "King", "Royal", "Honor", "Justice", "Lucky", "Sterling", "Destiny", "Charity", "Golden", "Pearl", "Candy", "Jade", "Storm", "Harmony", "River"];
/** Surnames that are ordinary words, eponyms or job words. */
export const WORD_SURNAME = ["Bishop", "Cook", "Baker", "Carpenter", "Fox", "Wolf", "Lamb", "Snow", "Frost", "Rich", "Strong", "Little", "Short", "Long", "Hale", "Bone", "Hart", "Ware", "Moody", "Savage", "Wise", "Sharp", "Pope", "Marsh", "Chase", "Hope", "Love", "Godfrey", "Duke"];
/** Very short names. */
export const SHORT = ["Al", "Ed", "Jo", "Ty", "Vu", "Lo", "Ho", "Do", "Ma", "Le", "Ly", "To", "Od", "Ra"];
/** East/South-East Asian, Pacific, South Asian and African names in Latin transliteration. */
export const GIVEN_WORLD = ["Thanh Huong", "Minh", "Quoc Bao", "Ngoc Anh", "Tuan", "Hoa", "Sione", "Losana", "Tevita", "Malia", "Keola", "Leilani", "Kalani", "Mele", "Sefa", "Ikaika", "Nalani", "Ah-Young", "Ji-hoon", "Soo Jin", "Haruto", "Yuki", "Ravi", "Priyanka", "Gurpreet", "Oluwaseun", "Chiamaka", "Kwabena", "Ama", "Tendai", "Nomvula", "Fatoumata", "Mamadou", "Abdirahman", "Hodan", "Kofi", "Yaw", "Esi"];
export const SURNAME_WORLD = ["Tran", "Pham", "Huynh", "Vo", "Dang", "Bui", "Duong", "Fifita", "Tupou", "Faleolo", "Kealoha", "Kahananui", "Mahoe", "Tuiasosopo", "Sapolu", "Park", "Choi", "Yamamoto", "Nakamura", "Sandhu", "Grewal", "Venkataraman", "Adeyemi", "Okonkwo", "Mensah", "Asante", "Moyo", "Dlamini", "Keita", "Traoré", "Warsame", "Hassan", "Osei"];
/** Haitian, Cape Verdean and Brazilian names. */
export const GIVEN_CREOLE = ["Jean-Baptiste", "Wisly", "Fabiola", "Ketly", "Widline", "Rosemène", "Dieunel", "Guerline", "Jocelyn", "Fritznel", "Marie-Ange", "Conceição", "João Pedro", "Luzia", "Adilson", "Graça"];
export const SURNAME_CREOLE = ["Pierre-Louis", "Desrosiers", "Joseph", "Jean-Charles", "Baptiste", "Etienne", "Dorcely", "Saint-Fleur", "Lafortune", "Dos Santos", "da Silva Pereira", "Gonçalves", "Fontes", "Barbosa Lima"];
/** Surnames with particles, hyphens or two parts. */
export const SURNAME_COMPLEX = ["de la Fuente", "Van Buren", "von Holt", "Mc Namara", "MacAulay", "O'Hara", "D'Amato", "Ben-David", "Smith-Okafor", "Nguyen-Tran", "Ruiz de Alarcón", "ter Horst", "St. Pierre", "Le Blanc", "Abu-Sitta", "Lopez y Ortega", "Della Vecchia", "Fitzgerald-Brown"];
/** Formal given name and the nickname the person goes by. */
export const NICKNAMES: [string, string][] = [["Robert", "Bobby"], ["Elizabeth", "Betsy"], ["William", "Billy"], ["Katherine", "Kit"], ["Richard", "Dick"], ["Theodore", "Teddy"], ["Dolores", "Lola"], ["Alejandro", "Alex"], ["Nguyen Van Hung", "Hank"], ["Jose Luis", "Pepe"], ["Penelope", "Penny"], ["Harold", "Hal"], ["Josephine", "Josie"], ["Cornelius", "Neil"], ["Patricia", "Trish"]];

/** Real US towns and counties that read like words or names. */
export const WORD_PLACES = ["Paradise", "Liberty", "Eureka", "Bountiful", "Plain City", "Happy Valley", "Sweet Home", "Truth or Consequences", "Lebanon", "Cairo", "Athens", "Berlin", "Warsaw", "Marion", "Clinton", "Franklin", "Salem", "Auburn", "Jasper", "Elizabeth", "Orange", "Mercy"];
export const WORD_COUNTIES = ["Hardin County", "Lincoln County", "Polk County", "Union County", "Grant Parish", "Door County", "Custer County", "Boone County", "Marion County", "Hood River County"];

/** Non-PHI words and names that look like names: drug brands, makers, eponyms, programmes. */
export const BRANDS = ["Jardiance", "Ozempic", "Eliquis", "Xarelto", "Trulicity", "Entresto", "Keytruda", "Opdivo", "Humira", "Dupixent", "Zofran", "Lasix", "Norco", "Flomax", "Otezla", "Ella", "Lyrica", "Farxiga", "Wegovy", "Paxlovid"];
export const MAKERS = ["Medtronic", "Abbott", "Boston Scientific", "Biotronik", "Pfizer", "Merck", "Novo Nordisk", "Eli Lilly", "Genentech", "Dexcom", "ResMed", "Philips Respironics", "Stryker", "Zimmer Biomet"];
export const EPONYMS = ["Murphy sign", "Kernig sign", "Brudzinski sign", "Tanner stage", "Glasgow Coma Scale", "Beers criteria", "Wells score", "Apley test", "Lachman test", "Ortolani", "Barlow", "Denver II", "Ages and Stages", "Schmitt-Thompson", "Cincinnati stroke scale", "Hodgkin lymphoma", "Wilms tumor", "Down syndrome", "Tourette", "Asperger"];
export const STATES = ["Massachusetts", "Georgia", "Virginia", "Washington", "Florida", "Texas", "Minnesota", "Carolina", "Indiana", "Nevada", "Montana"];
export const ICD10 = ["E11.65", "I10", "J45.909", "F32.1", "Z00.129", "R50.9", "S93.401A", "C18.7", "I48.91", "Z51.11", "F90.0", "J06.9", "Z02.5", "Z71.89", "N39.0"];
export const CPT = ["99213", "99214", "93296", "93294", "96413", "99381", "99392", "90460", "99497", "98966", "G0506", "A0427"];
export const LOINC = ["4548-4", "2345-7", "718-7", "8302-2", "29463-7", "39156-5"];

/** Facility name pieces. */
export const SAINTS = ["St. Brendan", "St. Agnes", "Our Lady of Lourdes", "St. Vincent de Paul", "Good Samaritan", "Holy Cross", "St. Jude Thaddeus", "Providence"];
export const FAC_KIND = ["Medical Center", "Community Hospital", "Family Health Center", "Pediatrics", "Cancer Institute", "Heart & Vascular", "Urgent Care", "Behavioral Health", "Rehabilitation Hospital", "Infusion Center", "FQHC"];
export const SCHOOL_KIND = ["Elementary School", "Middle School", "High School", "Academy", "Charter School", "Montessori", "Preparatory School"];
export const JAIL_KIND = ["County Detention Center", "Correctional Facility", "Juvenile Detention Center", "Regional Jail", "State Prison"];
export const EMPLOYER = ["Tri-State Poultry", "Blue Ridge Logistics", "Hartwell Manufacturing", "Sunrise Senior Living", "Coastal Seafood Processors", "Keystone Roofing LLC", "Big Sky Transit", "Magnolia Nail Spa", "Granite Peak Construction"];
