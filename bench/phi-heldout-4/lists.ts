/**
 * The fourth held-out corpus's own word lists, written by its author (no
 * public de-identification corpus or list bundled with one was used).
 */

/** Given names that are also words or brands. */
export const WORD_GIVEN = ["Sunny", "Bliss", "Cherry", "Merry", "Sterling", "Lark", "Wren", "Ivory", "Clay", "Lane", "Dale", "Hunter", "Forrest", "Rich", "Sage", "Marsh", "Hazel", "Penny", "Ginger", "Coral", "Chance", "Royal", "Deacon", "Pastor"] as const;

/** Surnames that are words, weekdays, body parts or clinical-sounding. */
export const WORD_SURNAMES = ["Street", "Church", "Hall", "Bone", "Sugar", "Doctor", "Pepper", "Swift", "Stone", "Field", "Lamb", "Moody", "Bland", "Sharp", "Strong", "Christmas", "Friday", "Monday", "Blood", "Kidney", "Coffin", "Sick", "Pain", "Chambers", "Mercy", "Ward", "Butcher", "Early", "Sleep", "Weary"] as const;

/** Surnames with particles, apostrophes and hyphens (one span each). */
export const PARTICLE_SURNAMES = ["Dell'Acqua", "D'Alessandro", "O'Shaughnessy", "van 't Hof", "Ter Haar", "De Los Santos", "Della Rocca", "von Hohenberg", "du Plessis", "Ní Bhriain", "Kowalska-Nowak", "al-Rashid", "Mac Giolla", "Abu-Bakr", "St. John", "La Fontaine", "Ben-Ami", "Van Ness", "dos Anjos", "Saint-Cyr", "Mc Kenzie", "N'Goran"] as const;

/** Formal given name and the name the person goes by. */
export const NICKNAMES: readonly (readonly [string, string])[] = [
  ["Katarzyna", "Kasia"], ["Małgorzata", "Gosia"], ["Aleksander", "Olek"], ["Wilhelmina", "Billie"], ["Theodore", "Teddy"],
  ["Cornelius", "Neil"], ["Josephine", "Josie"], ["Alexander", "Sasha"], ["Rosalind", "Roz"], ["Ignatius", "Iggy"],
  ["Gwendolyn", "Wendy"], ["Leopold", "Leo"], ["Bartholomew", "Bart"], ["Henrietta", "Etta"], ["Archibald", "Archie"],
  ["Philomena", "Mena"], ["Augustine", "Gus"], ["Mildred", "Millie"], ["Reginald", "Reggie"], ["Cecilia", "Cissy"],
  ["Francisca", "Paquita"], ["Jędrzej", "Jędrek"], ["Wojciech", "Wojtek"], ["Ngozi", "Ngo"],
];

/** Real US places named like words, people or foreign cities. */
export const WORD_CITIES = ["Truth or Consequences", "Bountiful", "Eureka", "Commerce", "Industry", "Friendship", "Humble", "Sweet Home", "Loving", "Surprise", "Energy", "Success", "Mars", "Paris", "Cairo", "Moscow", "Berlin", "Warsaw", "Lima", "Cuba", "Carmel", "Bethlehem", "Canton", "Troy", "Salem", "Ovid", "Homer", "Milton", "Gary", "Tracy", "Chester", "Shelby"] as const;

export const WORD_COUNTIES = ["Story County", "Bath County", "Surry County", "King County", "Box Elder County", "Lake County", "Pierce County", "Garfield County", "Sweet Grass County", "Hand County", "Day County", "Custer County"] as const;

/** Roads named without a number, as people give directions. */
export const ROADS = ["Tobacco Barn Rd", "Old Quarry Road", "Possum Trot Ln", "County Road 12", "Sawmill Hollow", "Hwy 49 frontage road", "Bluebird Lane", "Church Hill Rd", "Cemetery Road", "Depot Street"] as const;

/** Facility names without a facility word. */
export const BARE_FACILITIES = ["Cedar Crest", "Riverbend", "Harbor Light", "Maple Knoll", "Stonegate", "Bayview", "Pinecrest", "Willow Brook", "Sunrise Terrace", "The Meadows at Cobb Creek", "Good Shepherd Village", "Fox Hollow", "Brightwater", "Heritage Oaks"] as const;

export const FACILITY_STEMS = ["Three Rivers", "Lakeshore", "Northgate", "Summit", "Prairie View", "Tri-County", "Blue Ridge", "Valley", "Coastal", "Saint Agatha", "St. Brendan's", "Mount Carmel", "Good Samaritan", "Holy Cross", "Redwood", "Ironwood", "High Desert", "Gulf Breeze"] as const;

/** Employers (FACILITY: a named organisation that places the patient). */
export const EMPLOYERS = ["Hendricks Poultry Processing", "Tri-State Roofing LLC", "Big Sky Grain Co-op", "Lakeview Unified School District", "Maddox Freight Lines", "Cornerstone Staffing", "Riverside Casino & Resort", "Delgado Landscaping", "Northern Lights Cannery", "Amador Dairy", "Quick Stop Market #12", "Kessler Tool & Die"] as const;

export const CHURCHES = ["St. Casimir Parish", "Bethel AME Church", "Iglesia Pentecostal Monte Sion", "Temple Beth Shalom", "Grace Fellowship", "Our Lady of Czestochowa Parish", "Masjid Al-Noor", "Holy Trinity Greek Orthodox Church"] as const;

export const EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "comcast.net", "att.net", "hotmail.com", "aol.com", "wp.pl", "onet.pl", "mail.com"] as const;

/** Distractors that must stay unlabelled. */
export const DRUGS = ["Lyrica 75 mg", "Allegra 180 mg", "Tessalon Perles 100 mg", "Ativan 0.5 mg", "Norvasc 5 mg", "Jardiance 10 mg", "Xarelto 20 mg", "Trulicity 1.5 mg", "Eliquis 5 mg", "Sinemet 25/100", "Lasix 40 mg", "Coreg 6.25 mg", "Ella", "Addyi 100 mg", "Keppra 500 mg", "Lucentis", "Otezla 30 mg", "Victoza 1.2 mg"] as const;
export const ICD10 = ["E11.9", "I10", "N18.4", "G47.33", "C50.912", "Z87.891", "F33.1", "M54.50", "J44.1", "I48.91", "Z99.2", "H52.13", "H90.3", "T78.40XA", "S62.101A", "O09.523", "Z34.01"] as const;
export const CPT = ["99214", "99203", "45378", "95810", "93351", "88305", "90960", "92557", "95004", "43239", "96372", "80053", "92015", "59400"] as const;
export const LOINC = ["2345-7", "2160-0", "718-7", "4548-4", "2951-2", "33914-3", "1751-7", "6690-2"] as const;
export const EPONYMS = ["Bruce protocol", "Duke treadmill score", "Mallampati II", "Boston Bowel Prep Scale 8", "Epworth 14", "Gleason 3+4=7", "Breslow depth 0.6 mm", "Clark level III", "Apgar 8/9", "Glasgow 15", "Romberg negative", "Tinel sign", "Phalen test", "Hoffmann sign", "Paris 0-Is", "Los Angeles grade B", "Barrett esophagus", "Hashimoto thyroiditis", "Crohn disease", "Ménière disease"] as const;
