/**
 * Hand-written value lists for the seventeenth held-out corpus. Every name, town, street and facility stem here
 * was made up or chosen by the author for this corpus (no census, faker or public de-identification lists).
 */

export const GIVEN_F = [
  "Deborah", "Ilse", "Renata", "Keisha", "Marguerite", "Tamsin", "Oluwaseun", "Lakeisha", "Bernadette", "Yesenia",
  "Thuy", "Agnieszka", "Charmaine", "Rosalind", "Precious", "Wilhelmina", "Darlene", "Shoshana", "Imani", "Fenna",
  "Lorraine", "Maribel", "Odessa", "Priya", "Sunniva", "Tallulah", "Verna", "Zenobia", "Aurelia", "Britt",
  "Cleo", "Dagny", "Esperanza", "Fatima", "Gwendolyn", "Hollis", "Inez", "Jolene", "Kateri", "Lupe",
  "Mae", "Nadia", "Opal", "Pearl", "Queenie", "Ruth Ann", "Sibyl", "Trinity", "Ursula", "Vida",
  "Winona", "Xiomara", "Yolanda", "Zora", "Heather", "Camila", "Sonata", "Allegra", "Faith", "Merci",
];

export const GIVEN_M = [
  "Deshawn", "Anselm", "Thaddeus", "Okonkwo", "Rutger", "Efrain", "Lamar", "Casimir", "Dmitri", "Hollis",
  "Ignatius", "Jubal", "Kenji", "Lorenzo", "Mordecai", "Nnamdi", "Osvaldo", "Percival", "Quentin", "Rashad",
  "Silas", "Tobias", "Ulysses", "Vernon", "Wendell", "Xavier", "Yusuf", "Zebulon", "Amos", "Booker",
  "Cletus", "Darnell", "Emmett", "Florian", "Gunnar", "Hosea", "Isidro", "Jethro", "Kwame", "Luther",
  "Mack", "Neville", "Otis", "Phineas", "Royce", "Sterling", "Tyrone", "Vaughn", "Wade", "Abdirahman",
  "Bao", "Cornelius", "Duc", "Eldon", "Fitzgerald", "Garland", "Houston", "Jimmy Ray", "Lyle", "Major",
];

/** Formal name and what the person goes by (some not derivable). */
export const NICKS: readonly [string, string, "F" | "M"][] = [
  ["Bartholomew", "Bart", "M"], ["Gertrude", "Trudy", "F"], ["Cornelius", "Neil", "M"], ["Theodora", "Teddie", "F"],
  ["Reginald", "Reggie", "M"], ["Philomena", "Mena", "F"], ["Augustus", "Gus", "M"], ["Henrietta", "Etta", "F"],
  ["Lafayette", "Lafe", "M"], ["Winifred", "Winnie", "F"], ["Ezekiel", "Zeke", "M"], ["Millicent", "Millie", "F"],
  ["Bartolomé", "Tolo", "M"], ["Dorothea", "Dot", "F"], ["Montgomery", "Monty", "M"], ["Evangeline", "Vangie", "F"],
  ["Jedidiah", "Jed", "M"], ["Oluwadamilare", "Dami", "M"], ["Nguyen Thi Hoa", "Rose", "F"], ["Clarence", "Buddy", "M"],
  ["Prudence", "Prue", "F"], ["Leopold", "Leo", "M"], ["Wilhelmina", "Billie", "F"], ["Rosario", "Charo", "F"],
];

export const SURNAMES = [
  "Okafor", "Lindqvist", "Abernathy", "Castellanos", "Nwachukwu", "Fairweather", "Dubois", "Kowalczyk", "Tran", "Haddad",
  "Pettibone", "Oyelaran", "Van Der Berg", "McCandless", "Ruiz-Tagle", "Szymanski", "Holloway", "Bittner", "Achterberg", "Quiñones",
  "Mbeki", "Thistlewood", "Delacroix", "Fagerlund", "Gallardo", "Huckabee", "Iwasaki", "Jaramillo", "Kettering", "Lemieux",
  "Mahoney", "Nakamura", "Ortega", "Pruitt", "Quist", "Rasmussen", "Sandoval", "Threlkeld", "Underwood", "Vasquez",
  "Whitcomb", "Yancey", "Zielinski", "Ashby", "Boudreaux", "Chukwuemeka", "Dunleavy", "Espinoza", "Fontenot", "Greer",
  "Hatfield", "Ingersoll", "Jablonski", "Kim", "Lowery", "Moua", "Nez", "O'Dwyer", "Pham", "Rahimi",
  "Stoltzfus", "Tsosie", "Uchenna", "Villanueva", "Wojcik", "Xiong", "Yazzie", "Zamora", "Adeyemi", "Bergstrom",
  "Cavanaugh", "D'Amato", "Eklund", "Fitzhugh", "Gutierrez", "Hensley", "Iqbal", "Jefferson", "Kaleikini", "Lam",
  "Foley", "Murphy", "Graves", "Wells", "Allen", "Graham", "Bell", "Parkinson", "Addison", "Kocher",
  "Cushing", "Homan", "Crohn", "Babin", "Friday", "Winter", "Hope", "Story", "Payne", "Healy",
  "Ng", "Vo", "Ly", "Do", "Le", "St. Pierre", "de la Cruz", "MacAllister", "Oyelowo", "Ebersole",
  "Ramanathan", "Chaudhry", "Begay", "Tahir", "Sorensen", "Obi", "Kruger", "Petrakis", "Salcedo", "Yoder",
];

export const MIDDLES = ["Ann", "Marie", "Lee", "James", "Ray", "Lynn", "Grace", "Wayne", "Dean", "Jo", "Beth", "Earl", "Kay", "Louise", "Allen", "Mae"];

/** Invented towns, plus real small US places named like words. */
export const TOWNS = [
  "Cold Spring", "Quillmoor", "Harrow Flats", "Sorrel Bend", "Tamarack Falls", "Pruett's Mill", "Lantern Hill", "Bitterroot Junction",
  "Wexley", "Calder Springs", "Ostrander", "Mercyville", "Dunmore Crossing", "Fallow Creek", "Gilchrist", "Hensley Ford",
  "Ironwood", "Juniper Gap", "Kestrel Point", "Loamshire", "Maplecrest", "North Vellum", "Oriskany Falls", "Pinebluff",
  "Red Oak", "Saltlick", "Thornbury", "Upper Marlow", "Vireo", "Whistler Station", "Yellow Jacket", "Zion Grove",
  "Friendship", "Protection", "Truth or Consequences", "Tightwad", "Normal", "Hope", "Paradise", "Climax",
  "Ninety Six", "Bath", "Boring", "Accident", "Mexico", "Lebanon", "Peru", "Canton",
];

export const COUNTIES = ["Wexley", "Calder", "Tamarack", "Ostrander", "Pruett", "Vellum", "Marlow", "Gilchrist", "Fallow", "Kestrel", "Juniper", "Loam", "Ashby", "Holloway", "Saltlick", "Thornbury"];

export const STATES = ["OH", "KY", "TN", "PA", "NY", "WI", "MN", "IA", "MO", "AR", "GA", "NC", "VA", "WV", "IN", "MI", "TX", "OK", "KS", "NE", "ME", "VT", "NM", "AZ", "OR", "WA"];

export const STREET_STEMS = [
  "Hollis", "Tanner", "Orchard", "Bramble", "Ferris", "Quarry", "Mill Pond", "Sycamore", "Old Church", "Widow's Creek",
  "Lamplighter", "Cobbler", "Kingfisher", "Gristmill", "Shady Lane", "Depot", "Cemetery", "Sawtooth", "Larkspur", "Hatchery",
  "Pharmacy", "Hospital", "Doctor's", "Nurses", "Bedford", "Armory", "Schoolhouse", "Tannery", "Ridgeback", "Cannery",
];
export const STREET_SUFFIX = ["St", "Street", "Rd", "Road", "Ave", "Avenue", "Ln", "Lane", "Dr", "Drive", "Ct", "Pike", "Way", "Trl", "Cir", "Blvd"];
export const ROADS = ["Route 9", "County Road 14", "Old Mill Road", "State Route 161", "Highway 52", "FM 1960", "Rural Route 3", "Pumpkin Vine Road", "Goshen Pike", "Township Road 212", "Quarry Road", "the Tamarack Bypass"];
export const LANDMARKS = ["the Dollar General", "the Love's truck stop", "the old Kroger", "the grain elevator", "the VFW hall", "the Methodist church", "the Sonic", "the feed store", "the water tower", "the Casey's"];

export const HOSP_STEMS = ["Mercy Ridge", "St. Adalbert", "Good Shepherd", "Riverbend", "Sacred Heart of the Valley", "Lakeshore", "Baptist Memorial of the Hills", "Providence Heights", "Holy Cross of the Plains", "Harborview Mercy", "Covenant", "Trinity Regional"];
export const HOSP_KINDS = ["Medical Center", "Hospital", "Regional Medical Center", "Memorial Hospital", "Community Hospital", "Health Center"];
export const SNF = ["Willow Crest Rehabilitation and Nursing", "The Pines at Calder", "Magnolia Manor", "Good Samaritan Society - Wexley", "Brookhaven Care Center", "Heritage Oaks Skilled Nursing", "Lutheran Home of Fallow Creek", "Evergreen Transitional Care", "Rosewood Terrace"];
export const HOSPICES = ["Heartland Hospice of Calder", "Compassus Valley Hospice", "Journey Hospice", "Three Rivers Hospice House", "Hospice of the Bluegrass Hills"];
export const CLINICS = ["Tamarack Family Medicine", "North Vellum Health Clinic", "Wexley Internal Medicine Associates", "Bitterroot Rural Health Clinic", "Fallow Creek Community Health Center", "Lantern Hill Pediatrics", "Gilchrist Kidney Associates"];
export const DIALYSIS = ["Fresenius Kidney Care Wexley", "DaVita Calder Springs Dialysis", "Satellite Dialysis of Ostrander", "Pruett's Mill Dialysis Unit"];
export const EMPLOYER_NAMES = ["Holloway Trucking", "Marlow Foundry", "Juniper Gap Elevator Co-op", "Ostrander Poultry", "Calder County Schools", "Pinebluff Lumber", "Kestrel Point Casino", "Bitterroot Propane"];

/** Payers: organisations that are NOT facilities of care (never gold). */
export const PAYERS = ["Humana Gold Plus", "UnitedHealthcare Community Plan", "Aetna Better Health", "Ambetter", "CareSource", "WellCare", "Anthem BCBS", "Medicare Part A", "Medicaid", "Tricare", "Cigna", "Molina"];

/** Drug brands, several of them looking like given names (never gold). */
export const DRUGS = [
  "Eliquis", "Xarelto", "Lasix", "Zosyn", "Rocephin", "Keppra", "Precedex", "Levophed", "Haldol", "Ativan",
  "Seroquel", "Lovenox", "Entresto", "Jardiance", "Farxiga", "Lokelma", "Veltassa", "Brilinta", "Plavix", "Coreg",
  "Camila", "Heather", "Errin", "Jolivette", "Allegra", "Lyrica", "Sonata", "Ambien", "Norco", "Dilaudid",
  "Toradol", "Zofran", "Protonix", "Flagyl", "Cleocin", "Keflex", "Vanc", "Cardizem", "Lopressor", "Solu-Medrol",
];

/** Eponyms and named devices/scores (never gold); several share a surname with SURNAMES. */
export const EPONYMS = [
  "Foley catheter", "Murphy's sign", "Graves disease", "Parkinson disease", "Addison disease", "Kocher incision", "Cushing syndrome",
  "Homans sign", "Crohn's disease", "Babinski sign", "Bell's palsy", "Wells score", "Allen test", "Graham patch", "Swan-Ganz catheter",
  "Trendelenburg", "Glasgow Coma Scale 14", "Cheyne-Stokes respirations", "Kussmaul breathing", "Jackson-Pratt drain", "Yankauer suction",
  "Seldinger technique", "Richmond Agitation-Sedation Scale -2", "Child-Pugh class B", "Mallampati III", "Braden 13", "Morse 55",
  "Bair Hugger", "Pfannenstiel incision", "Hickman line", "Whipple", "Roux-en-Y", "Hartmann pouch", "Ranson 3",
];

export const CONSULT_SERVICES = ["nephrology", "cardiology", "GI", "ID", "pulmonology", "neurology", "general surgery", "palliative care", "psychiatry", "urology", "hematology-oncology", "endocrinology"];
export const RELS_F = ["daughter", "wife", "sister", "niece", "granddaughter", "mother", "daughter-in-law", "aunt"];
export const RELS_M = ["son", "husband", "brother", "nephew", "grandson", "father", "son-in-law", "uncle"];
