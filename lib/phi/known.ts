/**
 * Identifiers from the patient's record (and other people's names), found in
 * every spelling a note uses: any case, initials, nicknames, last-name-first,
 * DOB and phone in any format, MRN with or without separators, the address
 * with abbreviated street words.
 */
import { type Candidate, type KnownIdentifiers, type PersonName, type PhiType } from "./types";
import { parseDate } from "./patterns/dates";
import { nicknamesOf } from "./names/nicknames";
import { type Tokens } from "./tokens";
import * as tk from "./tokens";
// Bind once: module namespace/export getters are slow in hot loops.
const { rawOf, wordFlags, F_BLOCK, F_COMMON, F_ENGLISH, F_FUNC, SHAPE_INITIAL, SHAPE_UPPER } = tk;
import { emitNameSpans } from "./names/detect";

const P = 100;


const STREET_WORDS: string[][] = [
  ["street", "st"], ["avenue", "ave", "av"], ["road", "rd"], ["boulevard", "blvd"], ["drive", "dr"], ["lane", "ln"],
  ["court", "ct"], ["circle", "cir"], ["place", "pl"], ["terrace", "ter", "terr"], ["parkway", "pkwy"],
  ["highway", "hwy"], ["route", "rte", "rt"], ["trail", "trl"], ["square", "sq"], ["apartment", "apt", "#", "unit"],
  ["suite", "ste", "#"], ["north", "n"], ["south", "s"], ["east", "e"], ["west", "w"], ["northeast", "ne"],
  ["northwest", "nw"], ["southeast", "se"], ["southwest", "sw"], ["mount", "mt"], ["saint", "st"], ["fort", "ft"],
];

/** Canonical form of an address word: "Street" and "St." are the same word. */
function canonical(w: string): string {
  const lw = w.toLowerCase().replace(/\.$/, "");
  for (const group of STREET_WORDS) if (group.includes(lw)) return group[0]!;
  return lw;
}

function spellings(w: string): string[] {
  const lw = w.toLowerCase().replace(/\.$/, "");
  for (const group of STREET_WORDS) if (group.includes(lw)) return group;
  return [lw];
}

const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 35 || c === 39 || c === 45;

/**
 * Find a phrase ("123 N. Main Street", "Apt 3B") in any case, with any
 * spacing and punctuation between its words, and street words abbreviated.
 */
function findPhrase(text: string, lower: string, phrase: string, type: PhiType, out: Candidate[]): void {
  const plan = cached(phrasePlans, phrase, () => {
    const words = phrase.split(/[\s,]+/).filter((w) => w.length > 0);
    return words.length === 0 ? null : { want: words.map(canonical), firsts: spellings(words[0]!) };
  });
  if (!plan) return;
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
function findLiteral(text: string, lower: string, literal: string, type: PhiType, out: Candidate[], needCapital = false): void {
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
function findCode(text: string, code: string, type: PhiType, out: Candidate[]): void {
  const want = code.replace(/[^A-Za-z0-9]/g, "").toLowerCase();
  if (want.length < 3) return;
  // Walk the text as a stream of lower-cased ASCII letters and digits in which space . / # - are skipped
  // (any other character breaks a match), trying every start.
  const L = text.length;
  const w0 = want.charCodeAt(0);
  for (let i = 0; i < L; i++) {
    if (lowerAlnum(text.charCodeAt(i)) !== w0) continue;
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

/** Per-record work (name words, DOB spellings, address words) keyed by value, so a record seen again costs nothing. */
function cached<V>(m: Map<string, V>, key: string, make: () => V): V {
  let v = m.get(key);
  if (v === undefined && !m.has(key)) {
    if (m.size >= 256) m.clear();
    v = make();
    m.set(key, v);
  }
  return v as V;
}
const phrasePlans = new Map<string, { want: string[]; firsts: string[] } | null>();
const dobPlans = new Map<string, string[]>();
const namePlans = new Map<string, NamePlan>();

/** Digit strings a date of birth can be written as (separators removed). */
function dobDigitForms(dob: string): Set<string> {
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

/** Numbers written with separators: "(555) 123-4567", "03/14/1952", "00-123-456", "1 555 123 4567". */
const NUMERIC_CLUSTER = /\d+(?:(?:[ ]?[/.-][ ]?|[ ]|\)[ ]?|[ ]?\()\d+)*/g;

interface Cluster {
  start: number;
  digits: string;
  /** For each digit, its offset in the text. */
  pos: number[];
  /** Per digit index 0..digits.length: 1 = a digit group starts there, 2 = one ends there (allowed match boundaries). */
  bounds: Uint8Array;
}

function clusters(text: string): Cluster[] {
  const out: Cluster[] = [];
  NUMERIC_CLUSTER.lastIndex = 0;
  for (let m = NUMERIC_CLUSTER.exec(text); m !== null; m = NUMERIC_CLUSTER.exec(text)) {
    const s = m[0];
    const pos: number[] = [];
    const bounds = new Uint8Array(s.length + 1);
    let digits = "";
    let prevDigit = false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        if (!prevDigit) bounds[digits.length]! |= 1;
        digits += s[i];
        pos.push(m.index + i);
        prevDigit = true;
      } else {
        if (prevDigit) bounds[digits.length]! |= 2;
        prevDigit = false;
      }
    }
    bounds[digits.length]! |= 2;
    out.push({ start: m.index, digits, pos, bounds });
  }
  return out;
}

/** Find `needle` digits aligned to digit-group boundaries inside numeric clusters. */
function findDigits(cs: Cluster[], needle: string, type: PhiType, out: Candidate[], text: string, widen = false): void {
  if (needle.length === 0) return;
  for (const c of cs) {
    if (c.digits.length < needle.length) continue;
    let from = 0;
    for (;;) {
      const k = c.digits.indexOf(needle, from);
      if (k < 0) break;
      from = k + 1;
      const e = k + needle.length;
      if (!(c.bounds[k]! & 1) || !(c.bounds[e]! & 2)) continue;
      let start = c.pos[k]!;
      let end = c.pos[e - 1]! + 1;
      if (widen) {
        // keep a leading "(" / "+1 " and a trailing ")" of a phone number with the match
        if (text[start - 1] === "(") start--;
        if (text[end] === ")") end++;
      }
      out.push({ start, end, type, priority: P });
    }
  }
}

interface NameInfo {
  /** Initials this spelling can combine with. */
  person: number;
}

function collectNames(people: PersonName[]): { words: Map<string, NameInfo>; initials: Map<string, number> } {
  const words = new Map<string, NameInfo>();
  const initials = new Map<string, number>();
  people.forEach((p, idx) => {
    const firsts = [p.firstName, ...(p.nicknames ?? []), ...nicknamesOf(p.firstName ?? "")];
    const parts = [...firsts, p.lastName, p.middleName].filter((x): x is string => !!x && x.trim().length > 1);
    for (const part of parts) {
      for (const w of part.toLowerCase().split(/[\s]+/)) {
        if (w.length > 1) words.set(w, { person: idx });
        // hyphenated and apostrophe names: also their parts / stripped form
        if (w.includes("-")) for (const h of w.split("-")) if (h.length > 2) words.set(h, { person: idx });
      }
    }
    const f = (p.firstName ?? "").trim()[0]?.toLowerCase();
    const l = (p.lastName ?? "").trim()[0]?.toLowerCase();
    const m = (p.middleName ?? "").trim()[0]?.toLowerCase();
    if (f && l) {
      initials.set(f + l, idx);
      if (m) initials.set(f + m + l, idx);
    }
  });
  return { words, initials };
}

interface NamePlan {
  words: Map<string, NameInfo>;
  initials: Map<string, number>;
  /** lengthOk[n] = 1 when a name word has n or n - 1 characters (a token may carry an apostrophe). */
  lengthOk: Uint8Array;
}

function namePlan(people: PersonName[]): NamePlan {
  const key = JSON.stringify(people.map((p) => [p.firstName, p.lastName, p.middleName, p.nicknames]));
  return cached(namePlans, key, () => {
    const { words, initials } = collectNames(people);
    let max = 0;
    for (const w of words.keys()) max = Math.max(max, w.length);
    const lengthOk = new Uint8Array(max + 2);
    for (const w of words.keys()) lengthOk[w.length] = lengthOk[w.length + 1] = 1;
    return { words, initials, lengthOk };
  });
}

function nameSpans(text: string, t: Tokens, people: PersonName[], out: Candidate[]): void {
  if (people.length === 0) return;
  const { words, initials, lengthOk } = namePlan(people);
  const lower = (i: number) => rawOf(t, text, i).toLowerCase();
  // which tokens are one of the known name words (person index + 1), with a cheap length filter first
  const kw = new Int32Array(t.n);
  for (let i = 0; i < t.n; i++) {
    const len = t.end[i]! - t.start[i]!;
    if (len >= lengthOk.length || !lengthOk[len]) continue;
    const lw = lower(i);
    const info = words.get(lw) ?? words.get(lw.replace(/['’]/g, ""));
    if (info) kw[i] = info.person + 1;
  }
  const hit = new Uint8Array(t.n);
  const gapAt = (i: number) => text.slice(t.end[i]!, t.start[i + 1] ?? t.end[i]!);
  for (let i = 0; i < t.n; i++) {
    if (!kw[i]) continue;
    const fl = t.shape[i] === 0 && t.mode[i] === 0 ? wordFlags(rawOf(t, text, i)) : t.flags[i]!;
    const ambiguous = (fl & (F_COMMON | F_FUNC)) !== 0 || ((fl & F_BLOCK) !== 0 && (fl & F_ENGLISH) !== 0);
    // A record name that is also a common word ("Will", "Hope", "Brown") counts when written like a name.
    if (ambiguous && t.shape[i] === 0 && t.mode[i] === 0) continue;
    if (ambiguous && t.mode[i] === 2) continue;
    hit[i] = 1;
  }
  // two parts of the same person's name side by side ("grace long"), or an initial and a last name ("g. long")
  for (let i = 0; i + 1 < t.n; i++) {
    const b = kw[i + 1]! - 1;
    if (b < 0 || !(kw[i] || t.shape[i] === SHAPE_INITIAL) || !/^[ \t.,]{1,3}$/.test(gapAt(i))) continue;
    if ((kw[i]! - 1 === b && lower(i) !== lower(i + 1)) || (t.shape[i] === SHAPE_INITIAL && people[b]?.firstName?.[0]?.toLowerCase() === lower(i))) {
      hit[i] = 1;
      hit[i + 1] = 1;
    }
  }
  // lower-case common-word names next to another part of the name: "will brown"
  for (let i = 0; i < t.n; i++) {
    if (hit[i] || !kw[i]) continue;
    const near = (i > 0 && hit[i - 1] && /^[ \t,]{1,3}$/.test(gapAt(i - 1))) || (i + 1 < t.n && hit[i + 1] && /^[ \t,]{1,3}$/.test(gapAt(i)));
    const titled = i > 0 && /^(?:dr|mr|mrs|ms|miss)$/.test(lower(i - 1));
    if (near || titled) hit[i] = 1;
  }
  // initials: "J. Smith", "J.S.", "JS", "J S"
  for (let i = 0; i < t.n; i++) {
    if (hit[i]) continue;
    if (t.shape[i] === SHAPE_INITIAL) {
      const nextHit = i + 1 < t.n && hit[i + 1] && /^\.?[ \t]{0,2}$/.test(gapAt(i));
      const prevHit = i > 0 && hit[i - 1] && /^,?[ \t]{1,2}$/.test(gapAt(i - 1));
      if (nextHit || prevHit) {
        hit[i] = 1;
        continue;
      }
      // dotted initials J.S. / J. S. / J.A.S.
      let j = i;
      let letters = "";
      for (;;) {
        letters += lower(j);
        if (letters.length < 3 && j + 1 < t.n && t.shape[j + 1] === SHAPE_INITIAL && /^\.[ \t]?$/.test(gapAt(j))) j++;
        else break;
      }
      if (letters.length >= 2 && initials.has(letters) && text.charCodeAt(t.end[j]!) === 46) {
        for (let k = i; k <= j; k++) hit[k] = 1;
        i = j;
      }
    } else if (t.shape[i] === SHAPE_UPPER && (t.end[i]! - t.start[i]!) <= 3 && initials.has(lower(i))) {
      const fl = t.flags[i]!;
      if (!(fl & (F_BLOCK | F_ENGLISH | F_FUNC))) hit[i] = 1;
    }
  }
  emitNameSpans(text, t, hit, out, P);
}


export function detectKnown(text: string, t: Tokens, known: KnownIdentifiers, out: Candidate[]): void {
  const people: PersonName[] = [];
  const p = known.patient;
  if (p) people.push(p);
  for (const o of known.otherPeople ?? []) people.push(o);
  nameSpans(text, t, people, out);
  if (!p) return;
  const numeric = p.dob || p.phone || (p.mrn && /^[\d\s./#-]+$/.test(p.mrn)) ? clusters(text) : [];
  if (p.dob) for (const f of cached(dobPlans, p.dob, () => [...dobDigitForms(p.dob!)])) findDigits(numeric, f, "DATE", out, text);
  if (p.phone) {
    let digits = p.phone.replace(/\D/g, "");
    if (digits.length === 11 && digits.startsWith("1")) digits = digits.slice(1);
    if (digits.length >= 7) {
      findDigits(numeric, digits, "PHONE", out, text, true);
      if (digits.length === 10) findDigits(numeric, digits.slice(3), "PHONE", out, text);
    }
  }
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  if (p.mrn) {
    const core = p.mrn.replace(/[^A-Za-z0-9]/g, "");
    if (/^\d+$/.test(core) && core.length >= 3) {
      findDigits(numeric, core, "MRN", out, text);
      const stripped = core.replace(/^0+/, "");
      if (stripped.length >= 4 && stripped !== core) findDigits(numeric, stripped, "MRN", out, text);
    } else {
      findCode(text, p.mrn, "MRN", out);
    }
  }
  if (!sameLength) return;
  if (p.email && p.email.includes("@")) findLiteral(text, lower, p.email, "EMAIL", out);
  const a = p.address;
  if (a) {
    if (a.line1) findPhrase(text, lower, a.line1, "ADDRESS", out);
    if (a.line2) findPhrase(text, lower, a.line2, "ADDRESS", out);
    const city = a.city?.trim();
    if (city && city.length > 1) {
      // a city that is a common word ("Mobile", "Normal") counts only when capitalised
      const common = !/\s/.test(city) && (wordFlags(city) & (F_COMMON | F_FUNC)) !== 0;
      findLiteral(text, lower, city, "LOCATION", out, common);
    }
    if (a.zip) {
      const zip = a.zip.replace(/\D/g, "").slice(0, 5);
      if (zip.length === 5) findDigits(numeric.length > 0 ? numeric : clusters(text), zip, "ZIP", out, text);
    }
  }
}
