/**
 * The nineteenth held-out corpus's own hand-written value lists (all invented or common words; no census, faker or
 * public de-identification lists). Frequency order is rough: earlier entries are picked more often.
 */

export const GIVEN_F = [
  "Darlene", "Rosalind", "Tamika", "Brenda", "Yesenia", "Margarethe", "Lorna", "Keisha", "Ingrid", "Pauline",
  "Marisol", "Hattie", "Noor", "Thuy", "Odalys", "Bernadine", "Sunita", "Greer", "Valentina", "Ofelia",
  "Charmaine", "Wren", "Lupita", "Ilse", "Shonda", "Annelise", "Precious", "Constance", "Mireille", "Dagny",
  "Ebony", "Siobhan", "Trinity", "Marguerite", "Fatoumata", "Hazel", "Jolene", "Azalea", "Beulah", "Xochitl",
  "Mercy", "Paisley", "Oona", "Leilani", "Birdie", "Clementine", "Reba", "Juniper", "Anh Thu", "Mary Beth",
];
export const GIVEN_M = [
  "Dwayne", "Harold", "Raul", "Terrence", "Gunnar", "Prakash", "Lamar", "Ezekiel", "Wendell", "Osvaldo",
  "Thaddeus", "Curtis", "Bao", "Emeka", "Leland", "Cornelius", "Desmond", "Ignatius", "Rufus", "Anselm",
  "Jericho", "Otis", "Marcus", "Hollis", "Amadou", "Yusuf", "Booker", "Stellan", "Delroy", "Royce",
  "Kenji", "Augustin", "Clyde", "Ptolemy", "Severin", "Lonnie", "Mateo", "Hank", "Ulysses", "Boone",
  "Judge", "Deacon", "Ransom", "Bishop", "Sterling", "Jean Luc", "Billy Ray", "Duc Minh", "Tobiah", "Cash",
];
/** Formal name and the name the person goes by (several not derivable from the formal one). */
export const NICKS: readonly (readonly [string, string])[] = [
  ["Wilhelmina", "Billie"], ["Bartholomew", "Bart"], ["Theodora", "Teddy"], ["Cornelius", "Neil"], ["Mildred", "Millie"],
  ["Leopold", "Polo"], ["Gwendolyn", "Wendy"], ["Archibald", "Archie"], ["Philomena", "Mena"], ["Eustace", "Stacey"],
  ["Henrietta", "Etta"], ["Alphonse", "Fonzie"], ["Oluwaseun", "Seun"], ["Nguyen Thi Lan", "Lana"], ["Rosalba", "Chava"],
  ["Ignacio", "Nacho"], ["Dorothea", "Dot"], ["Lafcadio", "Cad"], ["Everett", "Rhett"], ["Marjorie", "Midge"],
];
export const SURNAMES = [
  "Okonkwo", "Brandvold", "Tillery", "Haskins", "Quarles", "Villanueva", "Lindqvist", "Mbeki-Hart", "Pruett", "Nakashima",
  "Delacroix", "Fairweather", "Oyelaran", "Szabo", "McTavish", "Trujillo", "Abernathy", "Kowalczyk", "Thibodeaux", "Goldfarb",
  "Castellanos", "Whitlock", "Yazzie", "Bouchard", "Ferreira", "Ekwueme", "Holloway", "Dunleavy", "Ramaswamy", "Petrakis",
  "Stoltzfus", "Bjornstad", "Hollingsworth", "Achterberg", "Moua", "Tran", "Le", "Ng", "Yi", "Oh",
  "Lister", "Halsted", "Kocher", "Pfannenstiel", "Trendelenburg", "Foley", "Mayo", "Allis", "Babcock", "Kelly",
  "Payne", "Steele", "Blade", "Cutter", "Barber", "Sterling", "Temple", "Church", "Marsh", "Banks",
  "Summers", "Frost", "Easter", "Noel", "Holiday", "Wolfe", "Fox", "Swift", "Strong", "Goodnight",
  "van der Berg", "De la Rosa", "O'Donoghue", "McNamee", "D'Souza", "St. Pierre", "Ben-Ami", "al-Haddad", "MacLeod", "le Roux",
  "Abbasi", "Wojcik", "Gallardo", "Ivanova", "Sithole", "Pham", "Rahimi", "Ostrowski", "Kealoha", "Begaye",
];
/** Mayo, Allis, Babcock, Kelly, Kocher, Pfannenstiel, Trendelenburg, Foley and Halsted are also instrument/position/incision names. */
export const INSTRUMENT_EPONYMS = [
  "Kelly clamp", "Allis clamp", "Babcock", "Mayo scissors", "Metzenbaum scissors", "Kocher clamp", "Debakey forceps",
  "Adson forceps", "Deaver retractor", "Richardson retractor", "Balfour retractor", "Bookwalter", "Weitlaner",
  "Gelpi", "Army-Navy", "Yankauer", "Foley catheter", "Jackson-Pratt drain", "Blake drain", "Pfannenstiel incision",
  "Trendelenburg", "reverse Trendelenburg", "Kocher maneuver", "Pringle maneuver", "Halsted ligature", "Mayo stand",
  "Bovie", "LigaSure", "Hasson trocar", "Veress needle", "Lembert sutures", "Connell stitch", "Cushing stitch",
];
export const EPONYMS = [
  "Caprini score", "Apfel score", "Aldrete score", "Mallampati III", "Cormack-Lehane 2a", "RCRI 1", "STOP-BANG 5",
  "Duke Activity Status Index", "Glasgow-Blatchford", "Clavien-Dindo II", "Richmond Agitation-Sedation Scale -1",
  "Roux-en-Y", "Nissen fundoplication", "Hartmann procedure", "Whipple", "Lichtenstein repair", "Bassini", "Shouldice",
  "Kaplan-Meier", "Brooke ileostomy", "Billroth II", "Graham patch", "Heineke-Mikulicz", "Ivor Lewis",
];
/** Drug brands, some of them looking like given names or surnames. */
export const DRUGS = [
  "Eliquis", "Xarelto", "Brilinta", "Plavix", "Ozempic", "Mounjaro", "Wegovy", "Jardiance", "Farxiga", "Lovenox",
  "Bridion", "Precedex", "Ofirmev", "Exparel", "Toradol", "Zofran", "Decadron", "Ancef", "Kefzol", "Cleocin",
  "Oxycodone", "Norco", "Tylenol", "Marcaine", "Naropin", "Diprivan", "Ultiva", "Robinul", "Neo-Synephrine", "Emend",
  "Amerge", "Lyrica", "Valium", "Clarinex", "Cialis", "Evista", "Aimovig", "Estrace", "Sonata", "Camila",
];
export const TOWNS = [
  "Marrowvale", "Pellham Ford", "Quintara", "Sable Ridge", "Ottercreek", "Lanthorn", "Bramblecross", "Halcyon Springs",
  "Dunmoor", "Kettle Falls", "Wickersham", "Redwing Hollow", "Stonemeade", "Cinder Flats", "Jessup's Landing", "Greyfield",
  "Tumbleweed", "Harmony", "Defiance", "Opportunity", "Plain City", "Surprise", "Truth or Consequences", "Bucksnort",
  "Waterloo", "Paradise", "Romance", "Santa Clara", "Lebanon", "Springfield", "Marion", "Clinton",
  "Independence", "Brookings", "Hibbing", "Lufkin", "Kearney", "Dothan", "Elko", "Bemidji",
];
export const COUNTIES = ["Tamarack", "Larkspur", "Okemah", "Bellweather", "Cottonwood", "Pasquale", "Greer", "Hollin", "Moraine", "Juniper"];
export const STATES = ["MN", "WI", "TX", "AL", "OH", "NE", "NV", "OR", "GA", "NC", "KY", "MO", "KS", "NM", "PA", "ME", "IA", "SD", "AR", "WA"];
export const STREET_STEMS = [
  "Larkin", "Thornapple", "Quarry", "Old Mill", "Cedar Knoll", "Harrow", "Fiddler's", "Sawyer", "Bellflower", "Pinion",
  "Scalpel", "Suture", "Hospital", "Lancet", "Meadowlark", "Cobblestone", "Riverbend", "Ironwood", "Ashby", "Tolliver",
];
export const STREET_KINDS = ["St", "Ave", "Rd", "Dr", "Ln", "Blvd", "Ct", "Way", "Pkwy", "Trail", "Circle", "Street", "Avenue", "Road", "Pike"];
export const FAC_STEMS = [
  "Marrowvale", "St. Brendan", "Lakeshore", "Prairie Star", "Good Shepherd", "Northfield", "Sable Ridge", "Bayview",
  "Mercy Crossing", "Heartland", "Pioneer Valley", "Riverbend", "Holy Rosary", "Summit Ridge", "Cedar Crest", "Three Rivers",
];
export const HOSP_KINDS = ["Medical Center", "Regional Hospital", "Memorial Hospital", "Community Hospital", "General Hospital", "Health"];
export const ASC_KINDS = ["Surgery Center", "Ambulatory Surgery Center", "ASC", "Surgical Hospital", "Outpatient Surgery", "Endoscopy & Surgery Center"];
export const CLINIC_KINDS = ["Family Medicine", "Internal Medicine", "Cardiology Associates", "Heart & Vascular Clinic", "Primary Care", "Orthopedics", "General Surgery", "Pulmonary Clinic"];
/** Organisations that are not facilities of care (never gold). */
export const VENDORS = ["Stryker", "Zimmer Biomet", "DePuy Synthes", "Medtronic", "Smith+Nephew", "Arthrex", "Globus Medical", "Intuitive", "Karl Storz", "Olympus"];
export const PAYERS = ["Aetna", "Cigna", "UnitedHealthcare", "Humana", "Blue Cross Blue Shield", "Medica", "Ambetter", "Tricare", "Wellcare", "Molina"];
export const PROCEDURES = [
  "lap cholecystectomy", "right total knee arthroplasty", "left total hip arthroplasty", "robotic prostatectomy", "lap inguinal hernia repair",
  "ORIF left distal radius", "right carpal tunnel release", "lumbar laminectomy L4-5", "ACDF C5-6", "thyroidectomy",
  "lap appendectomy", "excision of lipoma, back", "TURP", "ventral hernia repair with mesh", "right shoulder arthroscopy with RCR",
  "hysteroscopy D&C", "lap sigmoid colectomy", "breast lumpectomy with SLNB", "cystoscopy with stent", "tonsillectomy",
];
export const CPT = ["47562", "27447", "27130", "55866", "49650", "25607", "64721", "63047", "22551", "60240", "44970", "49593"];
export const ICD = ["K80.20", "M17.11", "M16.12", "C61", "K40.90", "S52.531A", "G56.01", "M48.062", "E04.1", "K35.80"];
