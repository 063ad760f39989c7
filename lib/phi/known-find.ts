/**
 * Text matchers for identifiers from the patient's record: phrases with
 * abbreviated street words, literals in any case, alphanumeric codes with or
 * without separators, and digit strings aligned to digit groups inside
 * numeric clusters ("(617) 555-0142", "03/07/1952").
 */
import { type Candidate, type PhiType } from "./types";
import { parseDate } from "./patterns/date-parts";
import { type DigitRuns } from "./text";

const P = 100;

const STREET_WORDS: string[][] = [
  ["street", "st"], ["avenue", "ave", "av"], ["road", "rd"], ["boulevard", "blvd"], ["drive", "dr"], ["lane", "ln"],
  ["court", "ct"], ["circle", "cir"], ["place", "pl"], ["terrace", "ter", "terr"], ["parkway", "pkwy"],
  ["highway", "hwy"], ["route", "rte", "rt"], ["trail", "trl"], ["square", "sq"], ["apartment", "apt", "#", "unit"],
  ["suite", "ste", "#"], ["north", "n"], ["south", "s"], ["east", "e"], ["west", "w"], ["northeast", "ne"],
  ["northwest", "nw"], ["southeast", "se"], ["southwest", "sw"], ["mount", "mt"], ["saint", "st"], ["fort", "ft"],
];

/** The spelling group of each street word's spelling (the first group that lists it). */
const GROUP_OF = new Map<string, string[]>();
for (const group of STREET_WORDS) for (const w of group) if (!GROUP_OF.has(w)) GROUP_OF.set(w, group);

/** Canonical form of an address word: "Street" and "St." are the same word. */
function canonical(w: string): string {
  const lw = w.toLowerCase().replace(/\.$/, "");
  return GROUP_OF.get(lw)?.[0] ?? lw;
}

function spellings(w: string): string[] {
  const lw = w.toLowerCase().replace(/\.$/, "");
  return GROUP_OF.get(lw) ?? [lw];
}

const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 35 || c === 39 || c === 45;

export interface PhrasePlan {
  /** Canonical form of each word. */
  want: string[];
  /** Every spelling of the first word. */
  firsts: string[];
}

/** How to find a phrase ("123 N. Main Street"): its words in canonical form; null for an empty phrase. */
export function phrasePlan(phrase: string): PhrasePlan | null {
  const words = phrase.split(/[\s,]+/).filter((w) => w.length > 0);
  return words.length === 0 ? null : { want: words.map(canonical), firsts: spellings(words[0]!) };
}

/**
 * Find a phrase ("123 N. Main Street", "Apt 3B") in any case, with any
 * spacing and punctuation between its words, and street words abbreviated.
 */
export function findPhrase(lower: string, plan: PhrasePlan, type: PhiType, out: Candidate[]): void {
  const { want, firsts } = plan;
  for (const first of firsts) {
    let from = 0;
    for (;;) {
      const k = lower.indexOf(first, from);
      if (k < 0) break;
      from = k + 1;
      if (k > 0 && isWordChar(lower.charCodeAt(k - 1))) continue;
      let pos = k + first.length;
      if (pos < lower.length && isWordChar(lower.charCodeAt(pos)) && first !== "#") continue;
      let ok = true;
      for (let w = 1; w < want.length && ok; w++) {
        if (lower[pos] === ".") pos++;
        const sepStart = pos;
        while (pos < lower.length && (lower[pos] === " " || lower[pos] === "," || lower[pos] === "\t")) pos++;
        if (pos === sepStart && !(lower[pos - 1] === "#" || lower[pos - 1] === ".")) ok = false;
        const ws = pos;
        while (pos < lower.length && isWordChar(lower.charCodeAt(pos))) pos++;
        if (ws === pos || canonical(lower.slice(ws, pos)) !== want[w]) ok = false;
      }
      if (!ok) continue;
      if (lower[pos] === "." && want.length > 1) pos++;
      out.push({ start: k, end: pos, type, priority: P });
    }
  }
}

/** Occurrences of a literal (any case) not inside a longer word. */
export function findLiteral(text: string, lower: string, literal: string, type: PhiType, out: Candidate[], needCapital = false): void {
  const needle = literal.toLowerCase();
  if (needle.length === 0) return;
  let from = 0;
  for (;;) {
    const k = lower.indexOf(needle, from);
    if (k < 0) break;
    from = k + 1;
    if (k > 0 && isWordChar(lower.charCodeAt(k - 1)) && lower[k - 1] !== "-") continue;
    if (isWordChar(lower.charCodeAt(k + needle.length)) && lower[k + needle.length] !== "-") continue;
    const c = text.charCodeAt(k);
    if (needCapital && !(c >= 65 && c <= 90)) continue;
    out.push({ start: k, end: k + needle.length, type, priority: P });
  }
}

/** An alphanumeric identifier written with or without separators ("A12-345.67", "a1234567"). */
export function findCode(text: string, code: string, type: PhiType, out: Candidate[]): void {
  const want = code.replace(/[^A-Za-z0-9]/g, "").toLowerCase();
  if (want.length < 3) return;
  // Walk the text as a stream of lower-cased ASCII letters and digits in which space . / # - are skipped
  // (any other character breaks a match), trying every start.
  const L = text.length;
  const w0 = want.charCodeAt(0);
  // candidate starts: the first character in either case, found with indexOf
  const lc = String.fromCharCode(w0);
  const uc = lc.toUpperCase();
  let nextLower = text.indexOf(lc);
  let nextUpper = uc === lc ? -1 : text.indexOf(uc);
  for (;;) {
    let i: number;
    if (nextLower < 0 && nextUpper < 0) break;
    if (nextUpper < 0 || (nextLower >= 0 && nextLower < nextUpper)) {
      i = nextLower;
      nextLower = text.indexOf(lc, i + 1);
    } else {
      i = nextUpper;
      nextUpper = text.indexOf(uc, i + 1);
    }
    let j = i + 1;
    let q = 1;
    let last = i;
    while (q < want.length && j < L) {
      const c = text.charCodeAt(j);
      if (c === 32 || c === 46 || c === 47 || c === 35 || c === 45) {
        j++;
        continue;
      }
      if (lowerAlnum(c) !== want.charCodeAt(q)) break;
      last = j;
      q++;
      j++;
    }
    if (q < want.length) continue;
    const start = i;
    const end = last + 1;
    const alnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (alnum(text.charCodeAt(start - 1)) || alnum(text.charCodeAt(end))) continue;
    out.push({ start, end, type, priority: P });
  }
}

/** An ASCII letter or digit, lower-cased; -1 for anything else. */
function lowerAlnum(c: number): number {
  if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) return c;
  if (c >= 65 && c <= 90) return c + 32;
  return -1;
}

/** Digit strings a date of birth can be written as (separators removed). */
export function dobDigitForms(dob: string): Set<string> {
  const forms = new Set<string>();
  const d = parseDate(dob);
  if (!d || d.y === undefined || d.d === undefined) return forms;
  const ms = [String(d.m).padStart(2, "0"), String(d.m)];
  const ds = [String(d.d).padStart(2, "0"), String(d.d)];
  const ys = [String(d.y), String(d.y).slice(2)];
  for (const m of ms) for (const day of ds) for (const y of ys) {
    forms.add(m + day + y);
    forms.add(day + m + y);
    forms.add(String(d.y) + m + day);
  }
  return forms;
}


/** Digit strings from the record to look for, each with the type (and whether to keep phone punctuation) it is found as. */
export interface DigitNeedles {
  /** The needles' digits, types and whether a phone's brackets go with the match, in the order given. */
  digits: string[];
  types: PhiType[];
  widen: boolean[];
  /** lengths[n] = 1 when some needle has n digits. */
  lengths: Uint8Array;
  /** firsts[d] = 1 when some needle starts with the digit d: most runs are ruled out before any string is built. */
  firsts: Uint8Array;
}

/**
 * Needles in the order given (where two match the same digits, the first one's type is the one emitted first). Flat
 * arrays, no map: a record rebuilt for every call builds this every time, and there are a dozen needles at most.
 */
export function digitNeedles(list: readonly (readonly [string, PhiType, boolean])[]): DigitNeedles | null {
  const digits: string[] = [];
  const types: PhiType[] = [];
  const widen: boolean[] = [];
  let max = 0;
  for (const [d, type, w] of list) {
    if (d.length === 0) continue;
    digits.push(d);
    types.push(type);
    widen.push(w);
    if (d.length > max) max = d.length;
  }
  if (digits.length === 0) return null;
  const lengths = new Uint8Array(max + 1);
  const firsts = new Uint8Array(10);
  for (const d of digits) {
    lengths[d.length] = 1;
    firsts[d.charCodeAt(0) - 48] = 1;
  }
  return { digits, types, widen, lengths, firsts };
}

/**
 * Whether text[a, b) joins two digit groups into one cluster: exactly one separator of the form
 * `[ ]?[/.-][ ]?|[ ]|\)[ ]?|[ ]?\(` (" / ", "/", " ", ")", ") ", " (", "(" ...). A cluster is a chain of digit runs
 * joined by these: a number written with separators, "(555) 123-4567", "03/14/1952", "00-123-456".
 */
export function joinsGroups(text: string, a: number, b: number): boolean {
  const n = b - a;
  if (n < 1 || n > 3) return false;
  const c0 = text.charCodeAt(a);
  const isSep = (c: number) => c === 47 || c === 46 || c === 45; // / . -
  if (n === 1) return isSep(c0) || c0 === 32 || c0 === 41 || c0 === 40;
  const c1 = text.charCodeAt(a + 1);
  if (n === 2) return (c0 === 32 && (isSep(c1) || c1 === 40)) || (isSep(c0) && c1 === 32) || (c0 === 41 && c1 === 32);
  return c0 === 32 && isSep(c1) && text.charCodeAt(a + 2) === 32;
}

/**
 * The record's numbers in the text, written with any of the separators joinsGroups allows ("(617) 555-0142",
 * "03/07/1952", "0012 3456"): a match is a chain of whole digit runs (it starts where a run starts and ends
 * where one ends) whose digits are a needle. Tries each run as a start and extends it while the chain holds
 * and the digits are no longer than the longest needle; builds a string only at the lengths some needle has.
 */
export function findRecordNumbers(text: string, runs: DigitRuns, needles: DigitNeedles, out: Candidate[]): void {
  const d = runs.digits;
  const R = runs.nDigitRuns;
  const { lengths, firsts, digits: list, types, widen } = needles;
  const max = lengths.length - 1;
  for (let r = 0; r < R; r++) {
    if (firsts[text.charCodeAt(d[2 * r]!) - 48] === 0) continue;
    let total = 0;
    for (let q = r; q < R; q++) {
      if (q > r && !joinsGroups(text, d[2 * q - 1]!, d[2 * q]!)) break;
      const s = d[2 * q]!;
      const e = d[2 * q + 1]!;
      total += e - s;
      if (total > max) break;
      if (lengths[total] === 0) continue;
      const found = q === r ? text.slice(s, e) : concatRuns(text, d, r, q);
      for (let k = 0; k < list.length; k++) {
        // (the same needle twice, same digits, type and brackets, is matched once)
        if (list[k] !== found || dupOf(list, types, widen, k)) continue;
        let start = d[2 * r]!;
        let end = e;
        if (widen[k]) {
          // keep a leading "(" / "+1 " and a trailing ")" of a phone number with the match
          if (text.charCodeAt(start - 1) === 40) start--;
          if (text.charCodeAt(end) === 41) end++;
        }
        out.push({ start, end, type: types[k]!, priority: P });
      }
    }
  }
}

/** Needle k repeats an earlier one: same digits, type and brackets. */
function dupOf(list: string[], types: PhiType[], widen: boolean[], k: number): boolean {
  for (let j = 0; j < k; j++) if (list[j] === list[k] && types[j] === types[k] && widen[j] === widen[k]) return true;
  return false;
}

/** The digits of runs r..q, without what separates them. */
function concatRuns(text: string, d: Int32Array, r: number, q: number): string {
  let s = "";
  for (let g = r; g <= q; g++) s += text.slice(d[2 * g]!, d[2 * g + 1]!);
  return s;
}
