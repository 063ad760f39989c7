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
const { lineIndex } = tx;
type LineInfo = tx.LineInfo;
import { type Tokens } from "../tokens";
import * as tk from "../tokens";

const { T_FACKW, T_SAINT } = tk;

function atTrigger(text: string, t: Tokens, bit: number, re: RegExp, fn: (m: RegExpExecArray) => void): void {
  if (!(t.anyTrig & bit)) return;
  for (let q = 0; q < t.nTrig; q++) {
    const k = t.trigIdx[q]!;
    if (!(t.trig[k]! & bit)) continue;
    re.lastIndex = t.start[k]!;
    const m = re.exec(text);
    if (m) fn(m);
  }
}

const KEYWORDS =
  "hospital|hosp|medical\\s+center|medical\\s+centre|med\\s+ctr|medical\\s+campus|health\\s+center|health\\s+centre|health\\s+system|healthcare|health\\s+care\\s+center|health|clinic|clinics|medical\\s+group|medical\\s+associates|medical\\s+plaza|family\\s+medicine|family\\s+practice|pediatrics|urgent\\s+care|nursing\\s+home|nursing\\s+center|nursing\\s+facility|rehabilitation\\s+center|rehabilitation\\s+hospital|rehab\\s+center|rehab|care\\s+center|surgery\\s+center|surgical\\s+center|cancer\\s+center|infirmary|hospice|senior\\s+living|assisted\\s+living|retirement\\s+home|retirement\\s+community|memory\\s+care|pharmacy|drug\\s+store|laboratory|laboratories|labs|imaging|radiology|dialysis|physicians|associates|partners|behavioral\\s+health|treatment\\s+center|recovery\\s+center|elementary|elementary\\s+school|middle\\s+school|high\\s+school|academy|school|university|college|medical\\s+office";
const KEYWORD_RE = new RegExp(`(?:${KEYWORDS})\\b`, "iy");
const SAINT = /(?:St\.?|Saint|Mt\.?|Mount)\s+([A-Z][a-z]{2,20}(?:'s)?)(?:\s+(?:Hospital|Medical|Regional|General|Mercy)\b)?/y;

/** Words that carry no identity on their own ("Outside Hospital", "Cardiology Clinic"). */
const GENERIC = new Set([
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
]);
/** Generic words that are nonetheless the usual proper names of hospitals ("Community Medical Center"). */
const NAME_GENERIC = new Set(["community", "general", "regional", "university", "memorial", "baptist", "methodist", "presbyterian", "lutheran", "county", "state", "children's", "childrens", "women's", "veterans", "family"]);

/** Words that end a backward walk (verbs, prepositions, clinical words). */
const STOP = new Set([
  "in", "at", "to", "from", "by", "with", "was", "is", "were", "are", "be", "been", "pt", "patient", "admitted",
  "transferred", "sent", "seen", "went", "discharged", "followed", "f/u", "per", "via", "and", "or", "called",
  "the", "a", "an", "for", "on", "into", "recently", "last", "next", "her", "his", "their", "our", "will", "would",
  "visit", "visited", "evaluated", "presented", "presents", "left", "arrived", "arrives", "d/c", "dc", "records",
  "report", "reports", "note", "notes", "of", "s/p", "x", "h/o", "hx", "referred", "refer", "ref", "return", "go",
  "goes", "going", "call", "spoke", "faxed", "fax", "scheduled", "appt", "appointment", "now", "currently", "lives",
  "attends", "attended", "work", "works", "worked", "employed", "nurse", "rn", "md", "dr", "np",
]);

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
    if (j > 0 && text[j - 1] === ".") {
      // "St." and initials keep going; a sentence end stops the walk
      const w = /([A-Za-z]+)\.$/.exec(text.slice(Math.max(0, j - 5), j));
      if (!w || !/^(?:st|mt|ft|[A-Z])$/i.test(w[1]!)) break;
    }
    const end = j;
    while (j > 0 && /[A-Za-z0-9.'&’-]/.test(text[j - 1]!)) j--;
    if (j === end) break;
    toks.unshift({ start: j, end, word: text.slice(j, end) });
    i = j;
    if (j === 0) break;
  }
  return toks;
}

function isCap(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || w === "&";
}

/** A word of a facility's proper name (not a generic word, unless hospitals are commonly named by it). */
function named(w: string, mode: string, weakKw: boolean): boolean {
  return ((!GENERIC.has(w) && !STOP.has(w)) || NAME_GENERIC.has(w)) && (mode === "mixed" || !weakKw || !/^(?:a|the|of|bill|and)$/.test(w));
}

export function detectFacilities(text: string, lines: LineInfo, t: Tokens, out: Candidate[]): void {
  atTrigger(text, t, T_FACKW, KEYWORD_RE, (m) => {
    const mode = lines.modes[lineIndex(lines, m.index)] ?? "mixed";
    const kwCap = isCap(m[0]);
    if (mode === "mixed" && !kwCap) return;
    // one-word keywords that are also everyday words need capitals to count
    const weakKw = /^(?:health|labs|laboratory|imaging|radiology|associates|partners|physicians|school|academy|college|university|pharmacy|rehab|dialysis|hospice|clinic|clinics)$/i.test(m[0]);
    const before = wordsBefore(text, m.index, 5);
    let startIdx = before.length;
    for (let k = before.length - 1; k >= 0; k--) {
      const w = before[k]!.word;
      const lw = w.toLowerCase().replace(/[.]$/, "");
      const connector = lw === "of" || lw === "the" || lw === "&" || lw === "and";
      if (mode === "mixed" ? !(isCap(w) || (connector && k > 0 && isCap(before[k - 1]!.word))) : STOP.has(lw) && !connector) break;
      if (mode !== "mixed" && connector && !(k > 0 && !STOP.has(before[k - 1]!.word.toLowerCase()))) break;
      startIdx = k;
    }
    const chain = before.slice(startIdx);
    while (chain.length > 0 && ["outside", "local", "nearby", "another", "other", "the", "a", "an", "this", "that", "our", "your", "his", "her", "their", "same", "previous", "prior", "different", "new", "old"].includes(chain[0]!.word.toLowerCase())) chain.shift();
    // drop leading connectors
    while (chain.length > 0 && ["of", "the", "and", "&"].includes(chain[0]!.word.toLowerCase())) chain.shift();
    let end = m.index + m[0].length;
    // "Hospital of the University of X", "Clinic at Lakeside"
    const after = /^\s+(?:of|at|for)\s+(?:the\s+)?((?:[A-Z][A-Za-z.'&-]*\s?){1,4})/.exec(text.slice(end, end + 80));
    let afterOk = false;
    if (after && (mode !== "mixed" || /^[A-Z]/.test(after[1]!))) {
      const words = after[1]!.trim().split(/\s+/);
      if (words.some((w) => !GENERIC.has(w.toLowerCase()) && !STOP.has(w.toLowerCase()))) {
        afterOk = true;
        end = end + after[0].replace(/\s+$/, "").length;
      }
    }
    const hasName = chain.some((t) => named(t.word.toLowerCase(), mode, weakKw)) && !(chain.length === 1 && chain[0]!.word.toLowerCase() === "family");
    if (!hasName && !afterOk) return;
    const start = hasName ? chain[0]!.start : m.index;
    out.push({ start, end, type: "FACILITY", priority: 45 });
  });
  atTrigger(text, t, T_SAINT, SAINT, (m) => {
    const name = m[1]!.replace(/'s$/, "");
    if (/^(?:Louis|Paul|Petersburg|Augustine|Cloud|George|Charles|Joseph|Clair)$/.test(name) && !/'s/.test(m[1]!)) {
      out.push({ start: m.index, end: m.index + m[0].length, type: "LOCATION", priority: 40 });
      return;
    }
    out.push({ start: m.index, end: m.index + m[0].length, type: "FACILITY", priority: 40 });
  });
}
