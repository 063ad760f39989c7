/**
 * The fifth held-out corpus's own invented lists (no public de-identification
 * corpus or list bundled with one was used): awkward names, places named like
 * words, facility stems, employers, and the non-PHI distractors.
 */

/** Given names that are ordinary words or look like drugs and places. */
export const WORD_GIVEN = ["Faith", "Honor", "River", "Ocean", "Ivory", "Patience", "Sage", "Royal", "Major", "Precious", "Blessing", "Story", "Journey", "Lyric", "Marlow"];
/** Surnames that are words, body parts, weekdays or clinical terms. */
export const WORD_SURNAMES = ["Heart", "Lung", "Marrow", "Dose", "Nurse", "Stroke", "Bishop", "Mason", "Rice", "Cotton", "Winter", "August", "May", "Best", "Strong", "Hope", "Brain", "Fasting", "Chart", "Gross"];
/** Surnames with particles, apostrophes, hyphens or diacritics. */
export const PARTICLE_SURNAMES = [
  "d'Aubigné", "de la Cruz", "Van der Berg", "O'Byrne", "Mac Giolla Phádraig", "dos Reis", "Lo Bianco", "D'Souza", "ter Steeg",
  "Şahin-Öztürk", "Nguyễn-Trần", "Ben-Haim", "St-Pierre", "Abu Bakar", "Uí Néill", "von Plessen", "Della Rovere", "Fitz-Gerald",
];
/** Formal / nickname pairs. */
export const NICKNAMES: [string, string][] = [
  ["Bartholomew", "Bart"], ["Evangelina", "Vangie"], ["Temperance", "Tempie"], ["Leopoldo", "Polo"], ["Nkosinathi", "Nathi"],
  ["Oluwaseun", "Seun"], ["Guadalupe", "Lupita"], ["Radu-Ionuț", "Radu"], ["Purnamasari", "Sari"], ["Concepción", "Conchita"],
  ["Francesca", "Cesca"], ["Hieronymus", "Ronnie"], ["Marie-Ève", "Évie"], ["Mehmet Ali", "Memo"],
];

/** Real US places named like words, people or foreign cities. */
export const WORD_CITIES = ["Hope", "Liberty", "Independence", "Commerce", "Normal", "Protection", "Nothing", "Athens", "Lebanon", "Toledo", "Florence", "Warren", "Marion", "Jasper", "Mercedes", "Eden", "Why", "Boring", "Climax", "Deposit"];
export const WORD_COUNTIES = ["Liberty County", "Union County", "Lake County", "Grant Parish", "Orange County", "Summit County", "Pleasants County", "Hope Township", "Marion County", "Jasper County"];
/** Roads named without a number. */
export const NAMED_ROADS = ["Old Mill Rd", "Cemetery Hill Road", "Buttermilk Ln", "Frog Pond Way", "Ridge Pike", "Sawmill Run", "Church Street", "Main St", "Shady Grove Lane", "Turnpike Road"];

/** Facility stems; a third of facilities are written without a facility word. */
export const FACILITY_STEMS = ["Bluestem", "Harbor Light", "Three Rivers", "Cottonwood", "Saint Brendan", "Magnolia Bend", "Pine Hollow", "Lakeshore", "North Fork", "Good Shepherd", "Eastgate", "Sunrise Ridge", "Evergreen Valley", "Mount Calvary", "Red Oak"];
export const FACILITY_KINDS = ["Medical Center", "Regional Hospital", "Women's Pavilion", "Children's Hospital", "Health Center", "Rehabilitation Institute", "Infusion Pharmacy", "Transplant Center", "Behavioral Health", "Recovery Center", "Skilled Nursing", "Family Practice", "Dermatology Associates", "Travel Clinic", "Blood Center"];
export const EMPLOYERS = ["Tri-County Grain Co-op", "Keystone Fabricators", "Lone Pine Trucking", "Buckeye Poultry", "Pinnacle Roofing LLC", "Harlan Unified School District", "Bayou Seafood Processing", "Copper Creek Casino", "Meadowlark Home Care"];
export const CHURCHES = ["St. Anselm Parish", "Iglesia Pentecostal Monte Sion", "Bethel AME Church", "Holy Trinity Orthodox Church"];

/** National chains, payers, makers and programmes that must stay unmarked. */
export const CHAINS = ["Walgreens #10482", "CVS Pharmacy #2291", "Walmart Pharmacy 10-3345", "Rite Aid #5521", "Kroger Pharmacy #718"];
export const PAYERS = ["Aetna", "UnitedHealthcare", "Cigna", "Humana", "Anthem Blue Cross", "Molina Healthcare", "Ambetter", "Tricare East"];
export const MAKERS = ["Baxter", "B. Braun", "Medtronic", "Tandem", "Dexcom", "Abbott", "Medela", "Spectra", "Roche CoaguChek", "Canon", "Lifeline"];
export const DEVICE_MODELS = ["Sapphire Multi-Therapy", "CADD-Solis VIP", "MiniMed 780G", "t:slim X2", "Dexcom G7", "FreeStyle Libre 3", "Symphony PLUS", "CoaguChek XS", "Canon EOS R50", "Omnipod 5"];
export const EPONYMS = ["Apgar", "Glasgow", "Braden", "Morse", "Ballard", "Bishop score", "Wells", "Barthel", "Romberg", "Allen test", "Kernig", "Nikolsky", "Koebner", "Finkelstein", "Hawkins"];
export const DRUGS = ["buprenorphine-naloxone 8-2 mg", "warfarin 5 mg", "vancomycin 1.25 g IV q12h", "insulin glargine 22 units", "sertraline 100 mg", "enoxaparin 40 mg SC", "ceftriaxone 2 g", "magnesium sulfate 2 g/hr", "caffeine citrate 5 mg/kg", "apixaban 5 mg BID", "naltrexone 380 mg IM", "pantoprazole 40 mg"];
export const COUNTRIES = ["Peru", "Tanzania", "Vietnam", "Ghana", "India", "Brazil", "Kenya", "Indonesia", "Philippines", "Colombia"];
export const FOREIGN_CITIES = ["Cusco", "Arusha", "Hội An", "Kumasi", "Jaipur", "Manaus", "Mombasa", "Yogyakarta", "Cebu", "Cartagena"];
export const STATES = ["AL", "AZ", "CA", "CO", "FL", "GA", "IL", "IN", "KY", "LA", "MI", "MN", "MO", "NC", "NM", "NY", "OH", "OK", "OR", "PA", "TN", "TX", "VA", "WA", "WI"];
