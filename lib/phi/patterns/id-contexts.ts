/**
 * Identifiers read from the words around them rather than from a label: licence numbers after a credential or a
 * licensed role ("Jane Roe, LCSW #12345", "Licensed Psychologist #E35296"), blood-unit numbers, social-media or
 * payment-app handles after the platform's name, numbers alone in a table column headed for them ("BIB", "PART #"),
 * and an interpreter's id number after the name. Used by detectIds (ids.ts).
 */
import { type Candidate } from "../types";
import * as tx from "../text";
import { type Tokens } from "../tokens";
import { CREDENTIALS } from "../names/vocab";

const { isAlnumChar } = tx;

/** The word (a-z, "/" and "-", lower-cased) ending at text[e - 1], and where it starts. */
function wordEndingAt(text: string, e: number): [string, number] {
  let a = e;
  while (a > 0) {
    const ch = text.charCodeAt(a - 1);
    const c = ch | 32;
    if ((c >= 97 && c <= 122) || ch === 47 || ch === 45) a--;
    else break;
  }
  return [text.slice(a, e).toLowerCase(), a];
}

/**
 * A clinician's licence or certificate number written after the credential: "RPSGT, BRPT #760827", "RN No. 12345",
 * "Lic. LCSW 95915" (a credential and a mark before the number, or "Lic." and a credential).
 */
export function credentialNumbers(text: string, t: Tokens, out: Candidate[]): void {
  const d = t.digits;
  for (let r = 0; r < t.nDigitRuns; r++) {
    const s = d[2 * r]!;
    const e = d[2 * r + 1]!;
    if (e - s < 4 || e - s > 10 || s < 4 || isAlnumChar(text.charCodeAt(e))) continue;
    // a letter prefix of the number after a "#": "#L-52848", "#E35296", "#MD.928273", "#RN6476298"
    let v = s;
    if (isAlnumChar(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 45 || text.charCodeAt(s - 1) === 46) {
      let p = s;
      if (text.charCodeAt(p - 1) === 45 || text.charCodeAt(p - 1) === 46) p--;
      let letters = 0;
      while (p > 0 && ((text.charCodeAt(p - 1) | 32) >= 97 && (text.charCodeAt(p - 1) | 32) <= 122) && letters < 3) {
        p--;
        letters++;
      }
      if (letters === 0 || text.charCodeAt(p - 1) !== 35) continue;
      v = p;
    }
    // back over the mark ("#", ":", "No.") and the spaces to the word before it
    let q = v;
    let marked = false;
    while (q > 0 && (text.charCodeAt(q - 1) === 32 || text.charCodeAt(q - 1) === 9)) q--;
    if (text.charCodeAt(q - 1) === 35 || text.charCodeAt(q - 1) === 58) {
      q--;
      marked = true;
    } else if (text.charCodeAt(q - 1) === 46 && (text.charCodeAt(q - 2) | 32) === 111 && (text.charCodeAt(q - 3) | 32) === 110) {
      q -= 3; // "No."
      marked = true;
    }
    while (q > 0 && (text.charCodeAt(q - 1) === 32 || text.charCodeAt(q - 1) === 9)) q--;
    const l = text.charCodeAt(q - 1) | 32;
    if (l < 97 || l > 122) continue;
    let [word, a] = wordEndingAt(text, q);
    if (word === "no" && marked) {
      // "RN No. 12345": the credential before "No."
      let p = a;
      while (p > 0 && text.charCodeAt(p - 1) === 32) p--;
      [word, a] = wordEndingAt(text, p);
    }
    if (!CREDENTIALS.has(word)) {
      // "Licensed Psychologist #E35296": a licensed role and its number (marked)
      if (!marked || !LICENSED_ROLES.has(word)) continue;
      let p = a;
      while (p > 0 && text.charCodeAt(p - 1) === 32) p--;
      if (wordEndingAt(text, p)[0] !== "licensed") continue;
    }
    if (!marked) {
      // without a mark, only after "Lic." / "License": "Lic. LCSW 95915"
      let p = a;
      while (p > 0 && text.charCodeAt(p - 1) === 32) p--;
      if (text.charCodeAt(p - 1) === 46) p--;
      const [lic] = wordEndingAt(text, p);
      if (lic !== "lic" && lic !== "license" && lic !== "licence") continue;
    }
    out.push({ start: v, end: e, type: "LICENSE", priority: 60 });
  }
}

/** Roles a state licenses: "Licensed Psychologist #E35296". */
const LICENSED_ROLES = new Set(["psychologist", "therapist", "counselor", "counsellor", "physician", "pharmacist", "dietitian", "nurse", "midwife", "optometrist", "audiologist", "chiropractor", "dentist", "practitioner"]);

/**
 * An ISBT 128 donation number, "W2687 26 728549" (a blood unit: collection facility, year, serial), as blood banks
 * print it; the runs are read from the scan's digit runs.
 */
export function bloodUnitNumbers(text: string, t: Tokens, out: Candidate[]): void {
  const d = t.digits;
  for (let r = 0; r + 2 < t.nDigitRuns; r++) {
    const s = d[2 * r]!;
    if (d[2 * r + 1]! - s !== 4 || s < 1) continue;
    const c = text.charCodeAt(s - 1);
    if (c < 65 || c > 90 || (s > 1 && isAlnumChar(text.charCodeAt(s - 2)))) continue;
    if (d[2 * r + 2] !== s + 5 || d[2 * r + 3] !== s + 7 || d[2 * r + 4] !== s + 8 || d[2 * r + 5] !== s + 14) continue;
    if (text.charCodeAt(s + 4) !== 32 || text.charCodeAt(s + 7) !== 32 || isAlnumChar(text.charCodeAt(s + 14))) continue;
    out.push({ start: s - 1, end: s + 14, type: "ID", priority: 40 });
    r += 2;
  }
}

/** A social-media or payment-app handle after the platform's name: "IG @farhana_664", "Snapchat: @x", "Venmo @y". */
const HANDLE = /\b(?:IG|Insta(?:gram)?|Snapchat|Snap|TikTok|Twitter|FB|Facebook|Threads|Telegram|Discord|Venmo|Cash[ ]?App)\b:?[ ]{1,2}(@[A-Za-z0-9_.]{1,30}[A-Za-z0-9_])/g;

export function socialHandles(text: string, out: Candidate[]): void {
  HANDLE.lastIndex = 0;
  for (let m = HANDLE.exec(text); m !== null; m = HANDLE.exec(text)) {
    const s = m.index + m[0].length - m[1]!.length;
    out.push({ start: s, end: s + m[1]!.length, type: "ID", priority: 66 });
  }
}

/**
 * A table's column header that names a person's number: "BIB", "PART #", "Badge #", "Member ID", "Case #", "ID #". A
 * bare "ID" is not one: a pedigree's or a log's "id" column numbers its rows.
 */
const ID_HEADER = /^(?:bib(?:[ ]?(?:#|no\.?|number))?|part(?:icipant)?[ ]?(?:#|no\.?|id|number)|badge[ ]?(?:#|no\.?|id)|(?:member|client|student|employee|emp|donor|participant|case|claim|enc(?:ounter)?|pt|patient)[ ]?(?:#|id|no\.?|number)|id[ ]?(?:#|no\.?))$/i;

/**
 * A number alone in a table cell under a header that names a person's number: a race's bib column ("BIB | NAME" over
 * "22973 | STIDHAM, REBECCA"), a dosimetry report's participant column ("PART #" over "08849", laid out with spaces).
 * Only a note that has such a header's mark ("#", "ID", "BIB") is walked, and only a number alone in its cell has its
 * column's header read.
 */
export function idColumns(text: string, t: Tokens, out: Candidate[]): void {
  if (!(text.includes("#") || text.includes("ID") || text.includes("BIB") || text.includes("Bib") || text.includes("bib") || text.includes(" id"))) return;
  const d = t.digits;
  for (let r = 0; r < t.nDigitRuns; r++) {
    const s = d[2 * r]!;
    const e = d[2 * r + 1]!;
    if (e - s < 2 || e - s > 10) continue;
    // alone in its cell: a bar, a line start or two spaces before; a bar, a line end or two spaces after
    let a = s - 1;
    while (a >= 0 && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9)) a--;
    const bar = a >= 0 && text.charCodeAt(a) === 124;
    if (!(a < 0 || bar || text.charCodeAt(a) === 10 || s - a > 2)) continue;
    const next = text.charCodeAt(e);
    if (!(e >= text.length || next === 10 || next === 13 || (next === 32 && /^[ \t]*(?:\||\r?\n|$)| {2}/.test(text.slice(e, e + 3))) || next === 124)) continue;
    const header = (bar || /^[ \t]*\|/.test(text.slice(e, e + 3)) ? tx.columnHeader(text, s, true) : tx.alignedHeader(text, s)).trim();
    // (a race's bib may be two digits; other columns with short numbers count rows: "Pt #" over "12", "ID #" over "10")
    if (ID_HEADER.test(header) && (e - s >= 4 || /^bib/i.test(header))) out.push({ start: s, end: e, type: "ID", priority: 55 });
  }
}

/** An interpreter's id number after the name, on its line: "Interpreter L. Addison #4133", "مترجم: Maria Novak #322492". */
const INTERPRETER_ID = /(?:\b(?:[Ii]nterpreter|INTERPRETER|[Tt]ranslator|TRANSLATOR)|مترجم)([^\n#;]{1,40}?)#[ ]?(\d{3,8})(?!\d)/dg;
/** The words between the role and the "#" end with a person's name (a capitalised word), in the same sentence. */
const NAME_BEFORE_MARK = /[A-Z][A-Za-z'’-]+[ ]$/;
const SENTENCE_BREAK = /[a-z]{2}[.!?][ ]/;
/** Words before a "#" that number a thing, not an interpreter: "Room #412", "order #12345". */
const THING_BEFORE_MARK = /\b(?:room|rm|bed|order|ticket|rx|line|ext|case|claim|account|acct|invoice|mrn|id|no|unit|suite|apt)[ ]$/i;

const INTERPRETER_WORD = /nterpreter|NTERPRETER|ranslator|RANSLATOR|مترجم/;

export function interpreterIds(text: string, out: Candidate[]): void {
  if (!INTERPRETER_WORD.test(text)) return;
  INTERPRETER_ID.lastIndex = 0;
  for (let m = INTERPRETER_ID.exec(text); m !== null; m = INTERPRETER_ID.exec(text)) {
    const between = m[1]!;
    if (!NAME_BEFORE_MARK.test(between) || SENTENCE_BREAK.test(between) || THING_BEFORE_MARK.test(between)) continue;
    const r = m.indices![2]!;
    out.push({ start: r[0], end: r[1], type: "ID", priority: 55 });
  }
}
