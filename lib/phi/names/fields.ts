/**
 * Name rules for a form's fields and a few fixed shapes around a name, used by detectNames (detect.ts): a name field
 * that also holds other things ("Physician's Name and Address: HIBA ADEYEMI, MD"), the name-part labels ("A. First
 * name:"), a lower-case surname after "dr" ("dr graves"), and an initial with lower-case particles ("H. el Amrani").
 */
import * as tk from "../tokens";
import { isParticle } from "./emit";
import { CTX_LABEL, type NameCtx, capsRun, chain, markRange, unknownWord } from "./context";

const { wordFlags, T_FACKW, F_CRED, F_FUNC, F_LABEL, F_LAST, F_NAME, F_TITLE, G_COMMA, G_NEWLINE, G_SPACE, SHAPE_CAP, SHAPE_LOWER, SHAPE_UPPER } = tk;

/** The part a form's name field holds: "First name:", "Last name:". */
export const NAME_PARTS = new Set(["first", "last", "middle", "given", "family", "maiden", "legal", "preferred"]);

/** Lower-case words after "dr" that say what, not who: "dr office", "dr appt", "dr said". */
const AFTER_DR = new Set(["office", "offices", "appointment", "appt", "visit", "visits", "note", "notes", "orders", "order", "said", "says", "wants", "will", "would", "called", "told", "recommended", "recommends", "on", "at", "in", "and", "or", "to", "for", "is", "was", "has", "had", "today", "tomorrow", "yesterday", "here", "there", "now", "first", "again"]);

/** A lower-case word that is a census surname and says who, not what ("graves", not "office"). */
export function lowerSurname(w: string): boolean {
  const f = wordFlags(w);
  return (f & F_LAST) !== 0 && (f & (F_FUNC | F_CRED | F_TITLE)) === 0 && w.length >= 3 && !AFTER_DR.has(w);
}

/** Owners of a name field that are organisations, not people. */
const ORG_OWNERS = new Set(["insurer", "insurance", "carrier", "employer", "company", "facility", "agency", "pharmacy", "payer", "plan", "hospital", "clinic", "practice", "organization", "organisation", "business", "school", "firm", "vendor", "supplier", "lab", "laboratory"]);
/** After "Name": the other things the field holds, then its colon (", Address and Telephone Number:"). */
const NAME_AND = /^(?:,?[ ](?:and[ ]|&[ ])?(?:address|telephone|phone|number|title|credentials|npi|signature)){1,4}[ \t]*:[ \t]*/i;

/**
 * "Physician's Name and Address: HIBA ADEYEMI, MD", "Provider's Name, Address and Telephone Number: ...": token i is
 * "Name" (no colon right after it); the name that opens the field's value. An agency's name there is the facility
 * rules' ("Saint Isidore Home Care, 71 N ...").
 */
export function nameAndField(c: NameCtx, i: number): void {
  const { t, text, n, G, S } = c;
  // an organisation's field is no person's ("INSURER NAME AND ADDRESS: Liberty Mutual, ...")
  if (i > 0 && ORG_OWNERS.has(text.slice(t.start[i - 1]!, t.end[i - 1]!).toLowerCase().replace(/['’]s$/, ""))) return;
  const after = text.charCodeAt(t.end[i]! + 1);
  if (!(text.charCodeAt(t.end[i]!) === 44 || after === 97 || after === 65 || after === 38)) return; // ",", "a", "A", "&"
  const m = NAME_AND.exec(text.slice(t.end[i]!, t.end[i]! + 48));
  if (!m) return;
  let k = i + 1;
  while (k < n && t.start[k]! < t.end[i]! + m[0].length) k++;
  let q = k;
  while (q < n && q - k < 8 && !(t.trig[q]! & T_FACKW) && !(G[q]! & (G_COMMA | G_NEWLINE))) q++;
  if (k < n && t.start[k] === t.end[i]! + m[0].length && !(q < n && t.trig[q]! & T_FACKW)) {
    const e = chain(c, k, CTX_LABEL);
    if (e > k || S[k] === SHAPE_UPPER) capsRun(c, e > k ? e - 1 : k);
  }
}

/**
 * "H. el Amrani", "J. van der Berg": token i is an initial with its full stop, then lower-case particles and a
 * capitalised surname. Marks them and returns the surname's index, or -1.
 */
export function initialParticlesSurname(c: NameCtx, i: number): number {
  const { t, text, n, F, G, S } = c;
  if (!isParticle(t, text, i + 1)) return -1;
  let k = i + 1;
  while (k < n && k - i <= 3 && S[k] === SHAPE_LOWER && isParticle(t, text, k) && G[k]! & G_SPACE) k++;
  if (k < n && k > i + 1 && S[k] === SHAPE_CAP && !(F[k]! & (F_FUNC | F_CRED | F_TITLE | F_LABEL)) && (F[k]! & F_NAME || unknownWord(c, k))) {
    markRange(c, i, k + 1, false);
    return k;
  }
  return -1;
}
