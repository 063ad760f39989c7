/**
 * Named facilities: hospitals, clinics, nursing homes, pharmacies, schools.
 * A facility keyword ("Hospital", "Medical Center", "Nursing Home") with a
 * proper name before it ("Mercy General Hospital") or after it ("Hospital of
 * St. Luke"); "St. Mary's" alone. Generic phrases ("outside hospital",
 * "cardiology clinic") are not identifying and are left alone.
 */
import { type Candidate } from "../types";
import * as tx from "../text";
// Bind once: module namespace/export getters are slow in hot loops.
const { atTrigger, lineIndex } = tx;
type LineInfo = tx.LineInfo;
import { type Tokens } from "../tokens";
import { STATE_NAMES } from "./geo-lists";
import { isCountry } from "./places";
import * as tk from "../tokens";
import { BRAND_STOP, CHAINS, DENOMINATIONS, GENERIC, LEADING, NAME_GENERIC, STOP } from "./facility-words";
const { T_EMPLOY, T_FACKW, T_SAINT, F_CRED, F_NAME, F_ENGLISH, F_TITLE, rawOf, wordFlags } = tk;

const KEYWORDS =
  "hospital|hosp|cemetery|schools|street\\s+medicine|health\\s+care\\s+for\\s+the\\s+homeless|medical\\s+center|medical\\s+centre|med\\s+ctr|medical\\s+campus|health\\s+center|health\\s+centre|health\\s+system|healthcare|health\\s+care\\s+center|health\\s+department|health|clinic|clinics|medical\\s+group|medical\\s+associates|medical\\s+plaza|family\\s+medicine|family\\s+practice|pediatrics|urgent\\s+care|nursing\\s+home|cboc|residential\\s+care|supported\\s+living|sober\\s+living|nursing\\s+center|nursing\\s+facility|rehabilitation\\s+center|rehabilitation\\s+hospital|rehab\\s+center|rehab|care\\s+center|surgery\\s+center|surgical\\s+center|cancer\\s+center|infirmary|hospice|senior\\s+living|assisted\\s+living|retirement\\s+home|retirement\\s+community|memory\\s+care|pharmacy|drug\\s+store|laboratory|laboratories|labs|imaging|radiology|dialysis\\s+(?:center|centre|unit|clinic)|dialysis|physicians|associates|partners|behavioral\\s+health|treatment\\s+center|recovery\\s+center|elementary|elementary\\s+school|middle\\s+school|high\\s+school|academy|school|university|college|medical\\s+office|montessori(?:\\s+school)?|manor|primary\\s+care|eye\\s+care|internal\\s+medicine|apothecary|shoppe|drug|institute|center|centre|lab|diagnostics|church|chapel|temple|masjid|synagogue|mosque|gurdwara|gurudwara|mandir|parish|fellowship|congregation|ministries|village";
/**
 * Department-like heads: a practice or facility when a proper name stands before them ("Harwell Physical Therapy",
 * "Okonjo & Pelletier Orthopedics", "Pellingham Regional"), a service or a department otherwise ("continue physical
 * therapy", "Consult Cardiology", "Interventional Radiology"). Longer alternatives first.
 */
const SPECIALTY_KEYWORDS =
  "orthopaedics|orthopedics|orthopedic\\s+(?:center|associates|group|institute|specialists|surgeons)|physical\\s+therapy|occupational\\s+therapy|sports\\s+medicine|medical\\s+supply|medical\\s+supplies|medical\\s+equipment|nursing\\s+(?:and|&)\\s+rehab(?:ilitation)?(?:\\s+center)?|skilled\\s+nursing(?:\\s+facility|\\s+center)?|kidney\\s+care|kidney\\s+center|rehabilitation\\s+(?:institute|services)|jail|county\\s+jail|prison|correctional\\s+(?:facility|center|institution)|detention\\s+(?:center|facility)|daycare|preschool|regional\\s+medical\\s+center|regional\\s+hospital|regional\\s+health|regional|family\\s+shelter|shelter|rescue\\s+mission|cardiology|dermatology|neurology|oncology|urology|gastroenterology|pulmonology|rheumatology|endocrinology|nephrology|ophthalmology|optometry|audiology|podiatry|chiropractic|dentistry|dental\\s+(?:care|group|associates|center)|orthodontics|wellness\\s+center|specialists|house|occupational\\s+medicine|occupational\\s+health|funeral\\s+home|funeral\\s+chapel|funeral\\s+services?|memorial\\s+chapel|memorial\\s+park|memorial\\s+gardens|veterans\\s+home|mortuary|early\\s+learning\\s+center|learning\\s+center|child\\s+care\\s+center|police\\s+department|police|sheriff'?s\\s+(?:office|department)|pd|fqhc|early\\s+intervention|heart\\s+(?:&|and)\\s+vascular|work\\s+release|medical\\s+unit|home\\s+infusion|transfusion\\s+service|pavilion|renal\\s+care|home\\s+care|home\\s+health(?:\\s+care)?|transitional\\s+care|visiting\\s+nurse\\s+(?:association|service)|orthotics(?:\\s+(?:&|and)\\s+prosthetics)?|prosthetics|pedorthics|home\\s+medical";
// the common keywords first: most trigger tokens are theirs (no alternative of one list is a prefix of the other's)
const KEYWORD_RE = new RegExp(`(?:${KEYWORDS}|${SPECIALTY_KEYWORDS})\\b`, "iy");
/** Heads of houses of worship that come before the name: "Temple Beth Shalom", "Masjid Al-Noor", "Gurdwara Singh Sabha". */
const WORSHIP_FIRST = /^(?:temple|masjid|mosque|synagogue|congregation|gurdwara|gurudwara)$/i;
/** Heads that are everyday words: in a line without case only a proper name before them makes a facility. */
const PLAIN_HEADS = /^(?:health|pd|police|drug|center|centre|institute|lab|diagnostics|chapel|temple|parish|fellowship|congregation|ministries|village)$/i;
/** Words that may follow a keyword inside the name ("Radiology Associates", "Sports Medicine Institute"). */
const TAIL_RE = /\s(?:center|centre|institute|associates|group|services|partners|specialists|clinic|program|unit|llc|pc|inc)\b\.?/iy;
/** A second head joined by "&" or "and": "Hospice & Palliative Care", "Nursing & Rehabilitation Center". */
const TAIL_AND = /[ ](?:&|and)[ ](?:[A-Z][a-z]+[ ]){0,2}(?:Care|Rehabilitation|Rehab|Wellness|Vascular|Counseling|Services|Center|Centre|Clinic|Surgery|Medicine|Therapy|Imaging|Research|Recovery|Supply|Pharmacy|Crematory|Cremation)\b/y;
/**
 * Hospital systems that name their hospitals "<System> <Town>" ("Kaiser Fremont", "UH Bedford"): the brand
 * (case as written) and one to three capitalised words after it. Mixed-case lines only.
 */
const BRAND_RE =
  /(?:Mercy|Kaiser|Sutter|Adventist|Baptist|Methodist|Presbyterian|Atrium|Novant|Ascension|Sentara|Ochsner|Geisinger|Christus|Essentia|Avera|Intermountain|Allina|Fairview|Legacy|Bon\s+Secours|UH|UPMC|HCA|OHSU|UCSF|UCLA|UCSD|UW|NYU|MUSC|UAB|UNC|UVA)\s+((?:[A-Z][a-z][A-Za-z'-]*)(?:\s+[A-Z][a-z][A-Za-z'-]*){0,2})/y;
const SPECIALTY_RE = new RegExp(`^(?:${SPECIALTY_KEYWORDS})$`, "i");
const SAINT = /(?:St\.?|Saint|Mt\.?|Mount)[ \t]+([A-Z][a-z]{2,20}(?:'s)?)(?:[ \t]+(?:Hospital|Medical|Regional|General|Mercy)\b)?/y;

const BRANDS = new Set(BRAND_RE.source.slice(3, BRAND_RE.source.indexOf(")")).split("|").map((b) => b.split("\\")[0]!));

interface Tok {
  start: number;
  end: number;
  word: string;
}

function wordsBefore(text: string, pos: number, max: number): Tok[] {
  const toks: Tok[] = [];
  let i = pos;
  while (toks.length < max) {
    let j = i;
    while (j > 0 && (text[j - 1] === " " || text[j - 1] === "\t")) j--;
    if (j === i && j !== pos) break;
    // a field gap (a tab, two spaces or more) ends the name: "Parent/Guardian: Ji Hall   School: ...", "SESSION LOG  Larkspur
    // Medical Center"
    if (i - j >= 2 || text.slice(j, i).includes("\t")) break;
    if (j > 0 && text[j - 1] === ".") {
      // "St." and initials keep going; a sentence end stops the walk
      const w = /([A-Za-z]+)\.$/.exec(text.slice(Math.max(0, j - 5), j));
      if (!w || !/^(?:st|mt|ft|[A-Z])$/i.test(w[1]!)) break;
    }
    const end = j;
    while (j > 0 && wordChar(text.charCodeAt(j - 1))) j--;
    if (j === end) break;
    toks.unshift({ start: j, end, word: text.slice(j, end) });
    i = j;
    if (j === 0) break;
  }
  return toks;
}

const WORD_CHAR = /[\p{L}\p{N}’]/u;
/** A character of a facility name word: ASCII letters and digits, . ' & -, and non-ASCII letters ("Đoàn"). */
function wordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 39 || c === 38 || c === 45;
  return WORD_CHAR.test(String.fromCharCode(c));
}

function isCap(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c > 127) return w[0] !== w[0]!.toLowerCase(); // "Đoàn", "ÖZ"
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || w === "&";
}

/** Name particles written in lower case inside a proper name ("Fond du Lac", "Van der Berg"). */
const PARTICLES = new Set(["du", "de", "la", "le", "del", "della", "des", "van", "von", "der", "den", "da", "di", "dos", "das", "y"]);

/** A word that is a proper name rather than an English word: a census name, or no English word at all. */
function proper(w: string): boolean {
  const f = wordFlags(w);
  return (f & F_NAME) !== 0 || (f & F_ENGLISH) === 0;
}

/** A word of a facility's proper name (not a generic word, unless hospitals are commonly named by it). */
function named(w: string, mode: string, weakKw: boolean): boolean {
  return ((!GENERIC.has(w) && !STOP.has(w)) || NAME_GENERIC.has(w)) && (mode === "mixed" || !weakKw || !/^(?:a|the|of|bill|and)$/.test(w));
}

/** The town a facility is in: "Harbor Light Shelter in Port Ellery" (mixed case; calendar words, states, countries excluded). */
const IN_TOWN = /[ \t]+in[ \t]+([A-Z][a-z][A-Za-z'’-]*(?:[ \t][A-Z][a-z][A-Za-z'’-]*){0,2})/y;
const NOT_TOWN = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spanish|english|french|the|room|bed|suite|unit|building|wing|clinic|ed|er|icu|person|network|good|stable|fair|critical|serious|care|for|to)$/i;
function townAfter(text: string, end: number, out: Candidate[]): void {
  IN_TOWN.lastIndex = end;
  const m = IN_TOWN.exec(text);
  if (!m) return;
  const words = m[1]!.split(/[ \t]/);
  let n = 0;
  while (n < words.length && !NOT_TOWN.test(words[n]!) && !STOP.has(words[n]!.toLowerCase())) n++;
  if (n === 0) return;
  const value = words.slice(0, n).join(" ");
  // ("South Korea" is a country, "South Florencioborough" a town: isCountry reads a direction with the word after it)
  if (STATE_NAMES.includes(value.toLowerCase()) || isCountry(words.slice(0, n))) return;
  const s = m.index + m[0].length - m[1]!.length;
  out.push({ start: s, end: s + value.length, type: "LOCATION", priority: 40 });
}

/** "<System> <Town>": the place words up to the first generic or stop word ("Mercy ED", "Methodist Church"). */
function brand(text: string, m: RegExpExecArray, out: Candidate[]): void {
  if (m.index > 0 && /[A-Za-z0-9]/.test(text[m.index - 1]!)) return;
  // the place words: up to the first generic or stop word ("Mercy ED", "Methodist Church")
  let len = 0;
  for (const w of m[1]!.split(/\s+/)) {
    const lw = w.toLowerCase();
    if (GENERIC.has(lw) || STOP.has(lw) || BRAND_STOP.has(lw)) break;
    len = m[1]!.indexOf(w, len) + w.length;
  }
  if (len === 0) return;
  const end = m.index + m[0].length - m[1]!.length + len;
  out.push({ start: m.index, end, type: "FACILITY", priority: 44 });
}

/** An organisation's name in mixed case: capitalised words, joined by spaces, "&", "and", "of", "-" or one comma. */
const ORG_NAME = /[A-Z0-9][A-Za-z0-9'’&]*(?:-[A-Z][A-Za-z0-9'’&]*)*(?:(?:[ ]|,[ ]|[ ]-[ ])(?:[A-Z0-9][A-Za-z0-9'’&-]*|&|and|of|the)){0,6}(?:(?<=\b(?:Co|Inc|Corp|Ltd|Bros))\.)?/y;
/** Words after which "to <Name>" is the place a patient went: "referral to", "transferred to", "discharged to". */
const MOVED_TO = new Set(["referral", "referred", "discharged", "transferred", "admitted"]);
/** The first credential- or title-like word after an organisation's first word: "Owl Creek [RT] Zhanna". */
const ROLE_IN_ORG = /[ ]([A-Z]{2,5}|Dr\.?|Nurse(?![ ](?:Association|Services?|Network)))(?=[ ]|$)/;
/** Words that name what a department or a unit does, or where it is, never whose it is. */
const DEPARTMENT_WORDS = new Set(
  "pulmonary function cardiac cardiology cardiopulmonary respiratory sleep wound infusion dialysis cath catheterization echo vascular neuro neurology oncology hematology radiology imaging interventional pediatric inpatient outpatient surgical intensive critical acute ambulatory emergency phase ii iii iv allogeneic autologous hct bmt transplant stem cell physical occupational speech nuclear diagnostic clinical pathology anticoagulation diabetes endocrine endoscopy maternity nicu picu icu ccu step-down north south east west main lower upper level floor wing tower pre-op post-op preop postop hyperbaric oxygen electroconvulsive mechanical circulatory support peer recovery".split(" "),
);
/** What people write in an employer or school field that is no name. */
const NO_ORG = new Set(["please", "patient", "human", "hr", "print", "retired", "self", "self-employed", "employed", "none", "unemployed", "disabled", "disability", "n/a", "na", "homemaker", "student", "unknown", "home", "various", "not", "no", "yes", "same", "see", "declined", "full", "part", "the"]);

/**
 * The organisation after "Employer:", "School:", "Funeral home:", "Works at", "employed by": its capitalised name, up
 * to a lower-case word, a bracket, a full stop or a field gap. (Mixed-case lines: capitals mark the name's end.)
 */
function organisationAfter(text: string, t: Tokens, k: number, out: Candidate[]): void {
  if (t.mode[k] !== 0) return;
  const lw = rawOf(t, text, k).toLowerCase();
  let pos = t.end[k]!;
  const moved = MOVED_TO.has(lw);
  if (moved) {
    // "SNF referral to Harbor Light", "transferred to Mercy General": where the patient went
    const m = /^[ \t]*\n?[ \t]*to[ \t]+(?!Dr\.?[ ])/.exec(text.slice(pos, pos + 10));
    if (!m) return;
    pos += m[0].length;
  } else if (lw === "works" || lw === "worked" || lw === "working" || lw === "work" || lw === "employed" || lw === "trabalha" || lw === "trabaja" || lw === "job") {
    // ("return to work at Quarry Hill Foundry", "started a new job at Honeycutt & Sons Plumbing", "Employed full time
    // at Sunrise Donut Shop")
    // (Portuguese and Spanish: "Trabalha na Keystone Roofing", "trabaja en Coastal Seafood")
    // ("job app at Sunbelt Carpet Mills", "job interview with ...")
    const m = (lw === "job" ? /^[ \t]+(?:(?:app|application|interview|offer|fair)[ \t]+)?(?:at|with|in)[ \t]+/ : /^[ \t]+(?:(?:full|part)[- ]time[ \t]+)?(?:at|for|by|na|no|em|en|para)[ \t]+/).exec(text.slice(pos, pos + 30));
    if (!m) {
      // a field: "Works: Tri-County Cold Storage (long-haul)", two capitalised words or more (not "Works: Nights")
      const field = lw === "works" ? /^[ \t]*:[ \t]*(?=[A-Z][A-Za-z'’&-]*[ ][A-Z&])/.exec(text.slice(pos, pos + 40)) : null;
      if (!field) return;
      pos += field[0].length;
    } else pos += m[0].length;
  } else if (lw === "resources") {
    // "To: Human Resources, Rio Verde Packing Co.": the employer whose department it is
    if (k === 0 || rawOf(t, text, k - 1).toLowerCase() !== "human" || text.slice(pos, pos + 2) !== ", ") return;
    pos += 2;
  } else if (lw === "retired" || lw === "drives" || lw === "drove" || lw === "volunteers" || lw === "volunteered") {
    // "retired from Jessup's Landing Marina", "drives for Kestrel Bay Seafood", "volunteers at Pine Barrens YMCA"
    const m = /^[ \t]+(?:from|for|at|with)[ \t]+/.exec(text.slice(pos, pos + 8));
    if (!m) return;
    pos += m[0].length;
  } else {
    // ("Employer (son): Kessler Logistics": whose employer, in brackets before the colon)
    // ("Employer group: Elk Lick Coal", "Preferred pharmacy: Bluebird Compounding", "Church: ...")
    const m = (lw === "funeral" ? /^[ \t]+home[ \t]*:[ \t]*/i : /^(?:[ \t]+(?:name|group)|[ \t]*\([a-z' ]{1,14}\))?[ \t]*:[ \t]*/i).exec(text.slice(pos, pos + 24));
    if (!m) return;
    pos += m[0].length;
  }
  ORG_NAME.lastIndex = pos;
  const m = ORG_NAME.exec(text);
  if (!m) return;
  // (a military unit after a form's "ORGANIZATION:", "1st Bn, Fort Liberty", is no employer's name)
  if ((lw === "organization" || lw === "organisation") && /^\d/.test(m[0])) return;
  let value = m[0];
  // an address after the name is no part of it ("Visiting Nurse Association, 23578 Market Road")
  const street = /,[ ]\d/.exec(value);
  if (street) value = value.slice(0, street.index);
  // the name ends at a field gap, and never with a connector or a comma
  value = value.replace(/(?:[ ,]+(?:&|and|of|the|-))+$/, "").replace(/[ ,]+$/, "");
  // and before a credential or a title: "DME: Owl Creek RT Zhanna Nielsen, RRT" (the therapist is no part of it)
  const role = ROLE_IN_ORG.exec(value);
  if (role && (wordFlags(role[1]!) & (F_TITLE | F_CRED)) !== 0) value = value.slice(0, role.index);
  const first = value.split(/[ ,]/)[0]!.toLowerCase();
  if (value.length < 2 || NO_ORG.has(first) || NO_ORG.has(value.toLowerCase()) || DENOMINATIONS.has(value.toLowerCase())) return;
  // a department or a kind of place is no one's ("referred to Cardiology", "discharged to Home Health")
  // (nor a frequency: "Referral to PT 2x/wk")
  if (moved && (/\d/.test(value) || value.split(/[ ,]+/).every((w) => GENERIC.has(w.toLowerCase()) || STOP.has(w.toLowerCase())))) return;
  // a national chain is a company, not a place ("Pharmacy: CVS #1234", "Employer: Walmart")
  const words = value.split(/[ ,]+/).map((w) => w.toLowerCase());
  if (words.some((w) => CHAINS.has(w)) && words.every((w) => GENERIC.has(w) || /^#?\d+$/.test(w))) return;
  out.push({ start: pos, end: pos + value.length, type: "FACILITY", priority: 42 });
}

/** Words of a document's title in its letterhead ("Heritage Oaks - CUMULATIVE REPORT", "X - Skin Test Record"). */
const DOC_TITLE = /\b(?:report|record|records|summary|statement|schedule|letter|department|requisition|notice|form|log|worksheet|manifest|note|notes|results?|flowsheet|sheet|invoice|referral|consult(?:ation)?|discharge|instructions|clinic\s+note|progress|board|room|roster|census|list|ticket|checklist)\b/i;
/** A segment of a letterhead that can be an organisation's name: capitalised words (or a line in capitals), no digits. */
const ORG_SEGMENT = /^(?:[A-Z][A-Za-z'’.&]*|&|of|at|the|and|de|la)(?:[ ]+(?:[A-Z][A-Za-z'’.&-]*|&|of|at|the|and|de|la)){0,6}$/;
const NOT_ORG_SEGMENT = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|patient|page|confidential|final|preliminary|amended|copy|draft)\b/i;
/** A letterhead segment that names the document's kind rather than who wrote it ("PREPARTICIPATION PHYSICAL EVALUATION"). */
const FORM_WORDS = /\b(?:evaluation|physical|history|exam|examination|assessment|test|testing|study|procedure|screening|intake|consent|orders?|prescription|rx|pmp|pdmp|awarxe|questionnaire|survey|plan|visit|encounter|transcript|care\s+plan)\b/i;
/** A line that opens an address: a house number and a word, a rural route or a post-office box. */
const ADDRESS_START = /^[ \t]*(?:\d{1,6}[A-Za-z]?[ \t]+[A-Za-z0-9]|(?:RR|R\.R\.|Rural Route)[ \t]*\d|P\.?[ ]?O\.?[ ]?Box\b)/i;

/**
 * The organisation a note's letterhead names, without a facility word: the first line's segments around a document
 * title ("Heritage Oaks  -  CUMULATIVE REPORT", "OR SCHEDULE - Heritage Oaks - Thursday ...", "PINECREST      PATIENT
 * STATEMENT"), or a first line of capitalised words above an address ("Stonegate\nRR 1 Box 183").
 */
function letterhead(text: string, out: Candidate[]): void {
  let a = 0;
  while (a < text.length && /\s/.test(text[a]!)) a++;
  let b = text.indexOf("\n", a);
  if (b < 0) b = text.length;
  // cheap gates first: a " -" or a wide gap on the line, or a next line that opens with a digit, R or P
  let split = false;
  for (let p = a, spaces = 0; p < b && !split; p++) {
    const c = text.charCodeAt(p);
    spaces = c === 32 || c === 9 ? spaces + 1 : 0;
    split = spaces >= 3 || c === 9 || ((c === 45 || c === 0x2014 || c === 0x2013) && spaces === 0 && text.charCodeAt(p - 1) === 32);
  }
  const n0 = text.charCodeAt(b + 1) | 32;
  if (!split && !((n0 >= 48 && n0 <= 57) || n0 === 114 || n0 === 112 || n0 === 32)) return;
  // (trimEnd, not a "[ \t]+$" regex: that one is quadratic on a long run of spaces before more text)
  const line = text.slice(a, b).trimEnd();
  if (line.length < 3 || line.length > 120 || /[A-Za-z]:(?:\s|$)/.test(line) || line.includes("|")) return;
  const push = (from: number, seg: string) => {
    if (!ORG_SEGMENT.test(seg) || NOT_ORG_SEGMENT.test(seg) || !/[A-Za-z]{3}/.test(seg) || DOC_TITLE.test(seg) || FORM_WORDS.test(seg)) return;
    const lower = seg.toLowerCase();
    // in capitals, a title's words ("BLOOD BANK", "EXPORT") are told from a name only by a word that is no English word
    // a service named by what it does in any case ("Peer Recovery Support — Contact Log")
    if (seg.split(" ").every((w) => DEPARTMENT_WORDS.has(w.toLowerCase()))) return;
    // ("HYPERBARIC OXYGEN THERAPY — TREATMENT LOG": a service named by what it does, in words of the departments' list)
    if (seg === seg.toUpperCase() && !seg.split(" ").some((w) => w.length > 1 && !(wordFlags(w) & F_ENGLISH) && !DEPARTMENT_WORDS.has(w.toLowerCase()))) return;
    // a state's programme or office ("Ohio PMP AWARxE") is no one's facility
    if (!GENERIC.has(lower) && !STATE_NAMES.some((st) => lower === st || lower.startsWith(st + " "))) {
      out.push({ start: from, end: from + seg.length, type: "FACILITY", priority: 41 });
    }
  };
  // segments split at " - " or a gap of three spaces or more
  const parts: [number, string][] = [];
  // (matched from a run of spaces' start only: tried at each of its spaces, the gap would be quadratic)
  const re = /(?<![ \t])(?:[ \t]+(?:--?|[—–])[ \t]+|[ \t]{3,})/g;
  let last = 0;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) {
    parts.push([last, line.slice(last, m.index)]);
    last = m.index + m[0].length;
  }
  parts.push([last, line.slice(last)]);
  if (parts.length > 1) {
    if (!parts.some(([, seg]) => DOC_TITLE.test(seg))) return;
    for (const [at, seg] of parts) push(a + at, seg);
    return;
  }
  // (a person's name above the address is the name rules' to find: "Jane Doe\n12 Main St")
  const next = text.slice(b + 1, b + 40);
  if (ADDRESS_START.test(next) && !line.split(" ").every((w) => (wordFlags(w) & F_NAME) !== 0)) push(a, line);
}

export function detectFacilities(text: string, lines: LineInfo, t: Tokens, out: Candidate[]): void {
  // the end of the last facility taken: a keyword inside it ("Center" in "Mercy Medical Center") is not tried again
  let taken = 0;
  atTrigger(text, t, T_FACKW, KEYWORD_RE, (m) => {
    if (m.index + m[0].length <= taken) return;
    // a keyword inside a code ("X4189PD", a lot number) is none
    const prev = m.index > 0 ? text.charCodeAt(m.index - 1) : 32;
    if ((prev >= 48 && prev <= 57) || (prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122)) return;
    const mode = lines.modes[lineIndex(lines, m.index)] ?? "mixed";
    const kwCap = isCap(m[0]);
    if (mode === "mixed" && !kwCap) return;
    // one-word keywords that are also everyday words need capitals to count
    // (a head of two words or more, "Dental Group", "Occupational Medicine", takes any capitalised name: "Tidewater")
    const specialty = SPECIALTY_RE.test(m[0]) && !/\s/.test(m[0]);
    const weakKw = specialty || /^(?:health|labs?|laboratory|imaging|radiology|associates|partners|physicians|school|academy|college|university|pharmacy|rehab|dialysis|hospice|clinic|clinics|drug|center|centre|institute|diagnostics|chapel|temple|parish|fellowship|congregation|ministries|village)$/i.test(m[0]);
    const before = wordsBefore(text, m.index, 7);
    let startIdx = before.length;
    for (let k = before.length - 1; k >= 0; k--) {
      const w = before[k]!.word;
      const lw = w.toLowerCase().replace(/[.]$/, "");
      const connector = lw === "of" || lw === "the" || lw === "&" || lw === "and" || (lw === "our" && before[k + 1]?.word === "Lady");
      const joins = connector || (mode === "mixed" && PARTICLES.has(w));
      // a verb or preposition before the name stops the walk, capitalised at a sentence start too ("Attends X Montessori")
      // ("Good Shepherd of the Valley": "the" after "of" joins too)
      const capBefore = k > 0 && (isCap(before[k - 1]!.word) || (lw === "the" && k > 1 && before[k - 1]!.word === "of" && isCap(before[k - 2]!.word)));
      if (mode === "mixed" ? !(isCap(w) || (joins && capBefore)) || (STOP.has(lw) && !connector) : STOP.has(lw) && !connector) break;
      if (mode !== "mixed" && connector && !(k > 0 && !STOP.has(before[k - 1]!.word.toLowerCase()))) break;
      startIdx = k;
    }
    const chain = before.slice(startIdx);
    // "The Villages Imaging": a capitalised "The" right before the name, in mixed case, is part of it
    const the = mode === "mixed" && chain.length > 1 && chain[0]!.word === "The" ? chain[0]! : null;
    // "New Carrowby Community Hospital": a capitalised New/Old before another proper word is part of the name
    // ("Our Lady of Lourdes" keeps its "Our")
    while (chain.length > 0 && LEADING.has(chain[0]!.word.toLowerCase()) && !(chain.length > 1 && /^(?:New|Old|NEW|OLD)$/.test(chain[0]!.word) && isCap(chain[1]!.word)) && !(chain.length > 1 && /^our$/i.test(chain[0]!.word) && /^lady$/i.test(chain[1]!.word))) chain.shift();
    // drop leading connectors
    while (chain.length > 0 && ["of", "the", "and", "&"].includes(chain[0]!.word.toLowerCase())) chain.shift();
    if (the && chain[0] === before[startIdx + 1]) chain.unshift(the);
    let end = m.index + m[0].length;
    TAIL_RE.lastIndex = end;
    const tail = TAIL_RE.exec(text);
    if (tail && (mode !== "mixed" || isCap(tail[0].slice(1)))) end += tail[0].length;
    if (mode === "mixed") {
      TAIL_AND.lastIndex = end;
      const and = TAIL_AND.exec(text);
      if (and) end += and[0].length;
    }
    // "Hospital of the University of X", "Clinic at Lakeside"
    // (after a house of worship's head its name follows directly: "Temple Beth Shalom", "Masjid Al-Noor")
    const after = (WORSHIP_FIRST.test(m[0]) ? /^(\s+)((?:[A-Z][A-Za-z.'&-]*\s?){1,3})/ : /^\s+(?:of|at|for)\s+(?:the\s+)?((?:[A-Z][A-Za-z.'&-]*\s?){1,4}(?:in Christ\b)?)/).exec(text.slice(end, end + 80));
    if (after && after.length > 2) after[1] = after[2]!;
    let afterOk = false;
    if (after && (mode !== "mixed" || /^[A-Z]/.test(after[1]!))) {
      const words = after[1]!.trim().split(/\s+/);
      if (words.some((w) => !GENERIC.has(w.toLowerCase()) && !STOP.has(w.toLowerCase()))) {
        afterOk = true;
        end = end + after[0].replace(/\s+$/, "").length;
      }
    }
    // a department-like head needs a proper name before it, not an English word ("Consult Cardiology")
    // everyday heads ("Drug", "Lab", "Center", "Village") in a line without case, or in capitals, need a proper name
    // right before them: "NO KNOWN DRUG ALLERGIES"
    // (a police department in a mixed-case line is named by its town, English words or not: "Copper Basin PD")
    const plainHead = (mode !== "mixed" || (m[0] === m[0].toUpperCase() && !/^pd$/i.test(m[0]))) && PLAIN_HEADS.test(m[0]);
    const hasName =
      chain.some((t) => named(t.word.toLowerCase(), mode, weakKw) && (!specialty || proper(t.word))) &&
      (!plainHead || (chain.length > 0 && proper(chain[chain.length - 1]!.word))) &&
      !(chain.length === 1 && chain[0]!.word.toLowerCase() === "family");
    if (!hasName && !(afterOk && !specialty)) return;
    // a department or a unit named by what it does, however capitalised: "Pulmonary Function Lab", "5 North Oncology",
    // "PHASE II CARDIAC REHAB"
    if (!afterOk && chain.length > 0 && chain.every((w) => DEPARTMENT_WORDS.has(w.word.toLowerCase()) || /^\d+[A-Za-z]?$/.test(w.word))) return;
    // "Medicine Shoppe of Lima": with the place after it, the capitalised words before the head belong to the name too
    const start = hasName || (afterOk && mode === "mixed" && chain.length > 0 && chain.every((w) => isCap(w.word))) ? chain[0]?.start ?? m.index : m.index;
    out.push({ start, end, type: "FACILITY", priority: 45 });
    taken = end;
    if (mode === "mixed") townAfter(text, end, out);
  });
  if (t.anyTrig & T_FACKW) for (let q = 0; q < t.nTrig; q++) {
    const k = t.trigIdx[q]!;
    // a system brand is capitalised in a mixed-case line ("Kaiser", "UH")
    if (!(t.trig[k]! & T_FACKW) || t.mode[k] !== 0 || !BRANDS.has(t.raw[k]!)) continue;
    BRAND_RE.lastIndex = t.start[k]!;
    const m = BRAND_RE.exec(text);
    if (m) brand(text, m, out);
  }
  if (t.anyTrig & T_EMPLOY) for (let q = 0; q < t.nTrig; q++) {
    const k = t.trigIdx[q]!;
    if (t.trig[k]! & T_EMPLOY) organisationAfter(text, t, k, out);
  }
  letterhead(text, out);
  atTrigger(text, t, T_SAINT, SAINT, (m) => {
    const name = m[1]!.replace(/'s$/, "");
    if (/^(?:Louis|Paul|Petersburg|Augustine|Cloud|George|Charles|Joseph|Clair)$/.test(name) && !/'s/.test(m[1]!)) {
      out.push({ start: m.index, end: m.index + m[0].length, type: "LOCATION", priority: 40 });
      return;
    }
    out.push({ start: m.index, end: m.index + m[0].length, type: "FACILITY", priority: 40 });
  });
}
