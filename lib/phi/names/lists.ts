/**
 * People listed after a meeting's label, each with a role in brackets: "Attendees: Easter Boateng (path), H. Moyo
 * (GC), Ember Wall (rad onc)". The label and the bracketed roles say that every item is a person, so the items are
 * taken whatever words they are (an English-word surname like "Wall", an initial and a surname like "H. Moyo"). And
 * a doctor named in lower case, as speech recognition writes a dictation: "this is doctor nenita janssen dictating";
 * a relative named in lower case in a typed message, "my wife houston nettles said" (a name typed in lower case after
 * a name field's label, "Name entered: nayeli drummond-shin", is read with the labels in detect.ts).
 */
import { type Candidate } from "../types";
import * as tk from "../tokens";
import { type Tokens } from "../tokens";
import { lowerHash } from "../word-table";

const { wordFlags, G_NEWLINE, T_KIN, SHAPE_LOWER, F_COMMON, F_ENGLISH, F_FIRST, F_FUNC, F_LAST, F_NAME, F_BLOCK, F_CRED, F_TITLE } = tk;

/** The label of a list of people at a meeting, then its colon. */
// (at the start of a line: "Symptoms present:", "Findings present:" open no list of people)
const LIST_LABEL = /(?:^|\n)[ \t]*(?:attendees|attending|present|participants|in attendance|panel(?:ists)?|team members|members present|committee|signatories|present at (?:the )?(?:meeting|conference|huddle))[ \t]*:[ \t]*/gi;
/** One item: a name (capitalised words, an initial, particles), a space and a role in brackets. */
const ITEM = /(\p{Lu}[\p{L}'’-]*\.?(?:[ ](?:\p{Lu}[\p{L}'’-]*\.?|de|la|le|van|von|den|der|del|da|di|du|dos|das|al|el|bin|ibn|ter|ten|st\.))*)[ ]\(([^()\n]{1,30})\)/uy;
/** What separates the items: a comma or a semicolon and a space. */
const SEP = /[ \t]*[,;][ \t]*/y;
/** A role in brackets that is no role: a count, a date, an id. */
const NOT_ROLE = /\d/;

function personItem(item: string): boolean {
  const words = item.split(" ").filter((w) => /^\p{Lu}/u.test(w));
  return words.some((w) => /^\p{Lu}\.$/u.test(w) || (wordFlags(w) & F_NAME) !== 0 || (wordFlags(w) & (F_ENGLISH | F_BLOCK)) === 0) &&
    !words.some((w) => (wordFlags(w) & (F_BLOCK | F_ENGLISH | F_NAME)) !== 0 && (wordFlags(w) & F_NAME) === 0 && (wordFlags(w) & F_BLOCK) !== 0);
}

export function listedPeople(text: string, out: Candidate[]): void {
  // (the items' "), " first: one search, where the label's words would need many)
  if (!text.includes("), ")) return;
  LIST_LABEL.lastIndex = 0;
  for (let m = LIST_LABEL.exec(text); m !== null; m = LIST_LABEL.exec(text)) {
    let pos = m.index + m[0].length;
    const items: [number, number][] = [];
    for (;;) {
      ITEM.lastIndex = pos;
      const it = ITEM.exec(text);
      // (each item a person's: a word that is a name or no English word, or an initial; not "Case Management (CM)",
      // "Cardiology (consult)", "Nausea (mild)")
      if (!it || NOT_ROLE.test(it[2]!) || !personItem(it[1]!)) break;
      items.push([it.index, it.index + it[1]!.length]);
      pos = it.index + it[0].length;
      SEP.lastIndex = pos;
      const sep = SEP.exec(text);
      if (!sep) break;
      pos += sep[0].length;
    }
    // two items at least: one bracket after one name could be anything ("Present: Mercy (ED)")
    if (items.length >= 2) for (const [s, e] of items) out.push({ start: s, end: e, type: "NAME", priority: 44 });
  }
}

/** "doctor" said before a name in lower case, and one or two words after it. */
const SPOKEN_DOCTOR = /\bdoctor[ ]([a-z][a-z'’]+(?:-[a-z]+)?)(?:[ ]([a-z][a-z'’]+(?:-[a-z]+)?))?/g;

/** A lower-case word that can be a name: a census name that is no common word, or a word that is no English word. */
/** Words after a spoken "doctor" that say what the doctor did or what it is about ("doctor said", "doctor visit"). */
const AFTER_DOCTOR = new Set("said says say will would wants wanted thinks thought told asked ordered orders called is was has had and or to at in on for of with visit visits office appointment appt note notes shopping hopping works worked lives lived came comes picks picked drives drove idk lol btw tbh omg lmk imo ok okay pls plz thx ty".split(" "));

function nameLike(w: string): number {
  if (AFTER_DOCTOR.has(w)) return 0;
  const f = wordFlags(w);
  if (f & (F_FUNC | F_CRED | F_TITLE)) return 0;
  if (f & F_NAME && !(f & (F_COMMON | F_BLOCK))) return f;
  return f & (F_ENGLISH | F_COMMON | F_BLOCK) ? 0 : F_NAME;
}

export function spokenDoctors(text: string, out: Candidate[]): void {
  if (!text.includes("doctor ")) return;
  SPOKEN_DOCTOR.lastIndex = 0;
  for (let m = SPOKEN_DOCTOR.exec(text); m !== null; m = SPOKEN_DOCTOR.exec(text)) {
    const w1 = m[1]!;
    const f1 = nameLike(w1);
    if (!f1) {
      SPOKEN_DOCTOR.lastIndex = m.index + 7;
      continue;
    }
    const s = m.index + 7;
    let e = s + w1.length;
    // the surname: a name-like word, a hyphenated one, or a census surname after a census first name ("jocelyn rich")
    const w2 = m[2];
    if (w2 !== undefined) {
      const f2 = wordFlags(w2);
      if (nameLike(w2) || (w2.includes("-") && !(f2 & F_FUNC)) || (f1 & F_FIRST && f2 & F_LAST && !(f2 & (F_FUNC | F_CRED)))) e = m.index + m[0].length;
    }
    out.push({ start: s, end: e, type: "NAME", priority: 42 });
  }
}

/** The possessives before a relative whose lower-case name follows ("my wife houston nettles"). */
const POSSESSIVES = new Set(["my", "his", "her", "their", "our"]);
const LOWER_WORD = /^[a-z][a-z'’]+(?:-[a-z]+)?$/;

/**
 * Lower-case names after a relative in a typed message: from each relative among the tokens (T_KIN), with a
 * possessive before it and one or two lower-case words after it, one space apart.
 */
export function lowerCaseNames(text: string, t: Tokens, out: Candidate[]): void {
  if (!(t.anyTrig & T_KIN)) return;
  for (let q = 0; q < t.nTrig; q++) {
    const k = t.trigIdx[q]!;
    if (!(t.trig[k]! & T_KIN) || k === 0 || k + 1 >= t.n || t.shape[k + 1] !== SHAPE_LOWER || t.start[k + 1]! - t.end[k]! !== 1) continue;
    if (t.start[k]! - t.end[k - 1]! !== 1 || !POSSESSIVES.has(text.slice(t.start[k - 1]!, t.end[k - 1]!).toLowerCase())) continue;
    const w1 = text.slice(t.start[k + 1]!, t.end[k + 1]!);
    if (!LOWER_WORD.test(w1)) continue;
    const f1 = nameLike(w1);
    if (!f1) continue;
    const s = t.start[k + 1]!;
    let e = t.end[k + 1]!;
    if (k + 2 < t.n && t.shape[k + 2] === SHAPE_LOWER && t.start[k + 2]! - e === 1 && text.charCodeAt(e) === 32) {
      const w2 = text.slice(t.start[k + 2]!, t.end[k + 2]!);
      const f2 = wordFlags(w2);
      if (LOWER_WORD.test(w2) && !AFTER_DOCTOR.has(w2) && (nameLike(w2) || (w2.includes("-") && !(f2 & F_FUNC)) || (f1 & F_FIRST && f2 & F_LAST && !(f2 & (F_FUNC | F_CRED))))) e = t.end[k + 2]!;
    }
    out.push({ start: s, end: e, type: "NAME", priority: 42 });
  }
}

const NAME_FIELD_LID = lowerHash("name");
/** Words between "Name" and its colon that say how the value came ("Name entered:"). */
const NAME_QUALIFIERS = new Set(["entered", "typed", "given", "stated"]);

/**
 * "Name entered: nayeli drummond-shin", "Name: duke keita": a name field's whole value typed in lower case, one to four
 * words to the line's end, none a function word or a word about the field ("not given", "unknown").
 */
export function lowerNameFields(text: string, t: Tokens, out: Candidate[]): void {
  for (let k = 0; k + 1 < t.n; k++) {
    if (t.lid[k] !== NAME_FIELD_LID) continue;
    // whose name: none said (a field of its own) or a person ("Patient name:"), not a drug's, a test's, a procedure's
    if (k > 0 && !(t.gap[k - 1]! & G_NEWLINE) && !PERSON_BEFORE_NAME.has(text.slice(t.start[k - 1]!, t.end[k - 1]!).toLowerCase())) continue;
    let p = t.end[k]!;
    if (text.charCodeAt(p) === 32 && k + 2 < t.n && t.start[k + 1] === p + 1 && NAME_QUALIFIERS.has(text.slice(t.start[k + 1]!, t.end[k + 1]!))) p = t.end[k + 1]!;
    while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9) p++;
    if (text.charCodeAt(p) !== 58) continue;
    let j = k + 1;
    while (j < t.n && t.start[j]! <= p) j++;
    const first = j;
    let ok = true;
    while (j < t.n && j - first < 5 && t.shape[j] === SHAPE_LOWER && t.mode[j] === 0) {
      const w = text.slice(t.start[j]!, t.end[j]!);
      if (!LOWER_WORD.test(w) || wordFlags(w) & F_FUNC || AFTER_DOCTOR.has(w) || NOT_A_NAME.has(w)) ok = false;
      j++;
      // the value ends at the line's end
      const gap = text.slice(t.end[j - 1]!, j < t.n ? t.start[j]! : text.length);
      if (/\n/.test(gap) || j >= t.n) break;
      if (gap !== " ") {
        ok = false;
        break;
      }
    }
    const last = j - 1;
    const lineEnds = last + 1 >= t.n || /^[ \t]*\r?\n/.test(text.slice(t.end[last]!, t.start[last + 1]!));
    if (ok && last > first && last - first < 4 && lineEnds) out.push({ start: t.start[first]!, end: t.end[last]!, type: "NAME", priority: 42 });
  }
}
/** Values of a name field that say it holds none. */
const NOT_A_NAME = new Set(["unknown", "none", "not", "declined", "refused", "same", "pending", "unavailable", "see", "below", "above", "baby", "tbd", "n/a"]);
/** Words before "name" that say the field is a person's. */
const PERSON_BEFORE_NAME = new Set(["patient", "pt", "full", "legal", "client", "member", "caller", "user", "resident", "child", "person", "guardian", "contact", "preferred", "your", "my", "first", "last", "given", "family", "participant", "subscriber", "insured", "parent", "mother", "father", "spouse"]);
