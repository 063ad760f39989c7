/**
 * The word lists of the facility rules (facilities.ts): words that carry no identity on their own, national chains,
 * denominations, words that lead or stop a facility's name.
 */

/** Words that carry no identity on their own ("Outside Hospital", "Cardiology Clinic"). */
export const GENERIC = new Set([
  "the", "a", "an", "outside", "local", "area", "nearby", "another", "other", "this", "that", "our", "your", "his",
  "her", "their", "same", "previous", "prior", "different", "new", "old", "main", "general", "community", "county",
  "state", "regional", "private", "public", "psychiatric", "psych", "children's", "childrens", "pediatric", "women's",
  "veterans", "va", "teaching", "home", "nursing", "skilled", "assisted", "urgent", "primary", "care", "medical",
  "health", "family", "walk-in", "walkin", "cardiology", "oncology", "ortho", "orthopedic", "orthopedics",
  "neurology", "dermatology", "gi", "surgery", "surgical", "ent", "ob", "gyn", "ob/gyn", "obgyn", "wound", "pain",
  "sleep", "diabetes", "endocrine", "endocrinology", "allergy", "eye", "dental", "vascular", "heart", "lung",
  "kidney", "renal", "cancer", "breast", "spine", "sports", "physical", "therapy", "pt", "ot", "rehab",
  "rehabilitation", "student", "employee", "anticoagulation", "coumadin", "infusion", "dialysis", "mental",
  "behavioral", "retail", "specialty", "mail", "order", "mail-order", "hospice", "memory", "senior", "acute",
  "long-term", "ltac", "snf", "er", "ed", "icu", "emergency", "university", "academic", "teaching", "city",
  "rural", "free", "clinic", "hospital", "center", "his", "a", "an", "in", "at", "to", "of", "and", "for", "high",
  "middle", "elementary", "school", "college", "medicine", "internal", "lab", "labs", "imaging", "radiology",
  "pharmacy", "pulmonary", "gastro", "urology", "nephrology", "rheumatology", "hematology", "podiatry", "hepatology",
  "infectious", "disease", "id", "transplant", "fertility", "prenatal", "maternal", "fetal", "newborn", "nicu",
  "picu", "ccu", "uc", "quick", "express", "minute", "convenient", "local", "nearest", "closest", "any",
  "his/her", "usual", "home-health", "outpatient", "inpatient", "day", "night", "weekend", "after-hours",
  "telehealth", "virtual", "online", "insurance", "health-system", "tertiary", "clinical", "research", "trial",
  "its", "my", "ur", "optometry", "audiology", "chiropractic", "psychiatry", "psychology", "counseling",
  // departments written as clinic names ("FM CLINIC", "Peds Clinic") and clinical qualifiers of a specialty
  "outreach", "fm", "im", "fp", "peds", "surg", "device", "devices", "pacemaker", "anticoag", "lipid", "coag", "inr", "interventional", "diagnostic", "nuclear", "adult", "geriatric", "cardiac",
  "neuro", "hand", "foot", "ankle", "knee", "shoulder", "joint", "pelvic", "vestibular", "aquatic", "speech",
  "respiratory", "occupational", "integrative", "functional", "invasive", "noninvasive", "consult", "consults",
  "continue", "resume", "needs", "recommend", "recommended",
  // national pharmacy and store chains: a company, not a place ("Kroger Pharmacy", "Rite Aid #1234") (CHAINS below)
  "walgreens", "cvs", "rite", "aid", "walmart", "wal-mart", "kroger", "costco", "safeway", "publix", "target",
  "meijer", "heb", "h-e-b", "wegmans", "albertsons", "hy-vee", "winn-dixie", "duane", "reade", "sam's", "express",
  "scripts", "optumrx", "caremark", "humana", "amazon", "quest", "labcorp", "bioreference",
  // national reference labs and payers ("Lab sent to Sonic Healthcare", "Payer: Molina Healthcare")
  "sonic", "arup", "eurofins", "molina", "oscar", "aetna", "cigna", "anthem", "unitedhealthcare", "uhc", "ambetter",
  "centene", "wellcare", "tricare", "medicaid", "medicare",
  // words that describe a service, not whose it is ("Poison Center", "Comprehensive Health Assessment")
  "poison", "comprehensive",
]);
/** National chains, reference labs and payers among the generic words: a company, not a place. */
export const CHAINS = new Set([
  "walgreens", "cvs", "rite", "walmart", "wal-mart", "kroger", "costco", "safeway", "publix", "target", "meijer", "heb", "h-e-b",
  "wegmans", "albertsons", "hy-vee", "winn-dixie", "duane", "optumrx", "caremark", "humana", "amazon", "quest", "labcorp",
  "bioreference", "sonic", "arup", "eurofins", "molina", "oscar", "aetna", "cigna", "anthem", "unitedhealthcare", "uhc",
  "ambetter", "centene", "wellcare", "tricare", "medicaid", "medicare",
]);
/** Religious denominations written where a congregation's name would stand ("Church: Baptist"). */
export const DENOMINATIONS = new Set("baptist adventist catholic methodist lutheran pentecostal presbyterian episcopal orthodox muslim jewish mormon lds evangelical christian non-denominational nondenominational".split(" "));
/** Leading words that are not part of a facility's name ("outside Hospital", "the Clinic"). */
export const LEADING = new Set(["outside", "local", "nearby", "another", "other", "the", "a", "an", "this", "that", "our", "your", "his", "her", "their", "same", "previous", "prior", "different", "new", "old"]);

/** Generic words that are nonetheless the usual proper names of hospitals ("Community Medical Center"). */
export const NAME_GENERIC = new Set(["community", "general", "regional", "university", "memorial", "baptist", "methodist", "presbyterian", "lutheran", "county", "state", "children's", "childrens", "women's", "veterans", "family"]);

/** Words after a system brand that make it a church, a diet or a sentence, not a hospital. */
export const BRAND_STOP = new Set(["church", "minister", "pastor", "faith", "diet", "is", "was", "will", "and", "or", "on", "in", "at", "the", "permanente"]);

/** Words that end a backward walk (verbs, prepositions, clinical words). */
export const STOP = new Set([
  "in", "at", "to", "from", "by", "with", "was", "is", "were", "are", "be", "been", "pt", "patient", "admitted",
  "transferred", "sent", "seen", "went", "discharged", "followed", "f/u", "per", "via", "and", "or", "called",
  "the", "a", "an", "for", "on", "into", "recently", "last", "next", "her", "his", "their", "our", "will", "would",
  "visit", "visited", "evaluated", "presented", "presents", "left", "arrived", "arrives", "d/c", "dc", "records",
  "report", "reports", "note", "notes", "of", "s/p", "x", "h/o", "hx", "referred", "refer", "ref", "return", "go",
  "goes", "going", "call", "spoke", "faxed", "fax", "scheduled", "appt", "appointment", "now", "currently", "lives",
  "attends", "attended", "work", "works", "worked", "employed", "nurse", "rn", "md", "dr", "np",
  "re", "see", "sees", "saw", "seeing", "follows", "following", "establish", "established", "consult", "consulted",
  "contact", "contacted", "uses", "using", "has", "had", "have", "needs", "wants", "declines", "declined", "start",
  "started", "continue", "continues", "resume", "resumed", "order", "ordered", "referral", "message", "paged",
]);
