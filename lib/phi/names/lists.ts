/**
 * People listed after a meeting's label, each with a role in brackets: "Attendees: Easter Boateng (path), H. Moyo
 * (GC), Ember Wall (rad onc)". The label and the bracketed roles say that every item is a person, so the items are
 * taken whatever words they are (an English-word surname like "Wall", an initial and a surname like "H. Moyo"). And
 * a doctor named in lower case, as speech recognition writes a dictation: "this is doctor nenita janssen dictating";
 * a relative named in lower case in a typed message, "my wife houston nettles said"; a name typed in lower case after
 * a name field's label, "Name entered: nayeli drummond-shin".
 */
import { type Candidate } from "../types";
import * as tk from "../tokens";

const { wordFlags, F_COMMON, F_ENGLISH, F_FIRST, F_FUNC, F_LAST, F_NAME, F_BLOCK, F_CRED, F_TITLE } = tk;

/** The label of a list of people at a meeting, then its colon. */
const LIST_LABEL = /\b(?:attendees|attending|present|participants|in attendance|panel(?:ists)?|team members|members present|committee|signatories|present at (?:the )?(?:meeting|conference|huddle))[ \t]*:[ \t]*/gi;
/** One item: a name (capitalised words, an initial, particles), a space and a role in brackets. */
const ITEM = /(\p{Lu}[\p{L}'’-]*\.?(?:[ ](?:\p{Lu}[\p{L}'’-]*\.?|de|la|le|van|von|den|der|del|da|di|du|dos|das|al|el|bin|ibn|ter|ten|st\.))*)[ ]\(([^()\n]{1,30})\)/uy;
/** What separates the items: a comma or a semicolon and a space. */
const SEP = /[ \t]*[,;][ \t]*/y;
/** A role in brackets that is no role: a count, a date, an id. */
const NOT_ROLE = /\d/;

export function listedPeople(text: string, out: Candidate[]): void {
  if (!text.includes(":")) return;
  LIST_LABEL.lastIndex = 0;
  for (let m = LIST_LABEL.exec(text); m !== null; m = LIST_LABEL.exec(text)) {
    let pos = m.index + m[0].length;
    const items: [number, number][] = [];
    for (;;) {
      ITEM.lastIndex = pos;
      const it = ITEM.exec(text);
      if (!it || NOT_ROLE.test(it[2]!)) break;
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
const AFTER_DOCTOR = new Set("said says say will would wants wanted thinks thought told asked ordered orders called is was has had and or to at in on for of with visit visits office appointment appt note notes shopping hopping works worked lives lived came comes picks picked drives drove".split(" "));

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

/** "my wife houston nettles": a relative, then one or two lower-case words. */
const LOWER_KIN = /\b(?:my|his|her|their|our)[ ](?:wife|husband|son|daughter|mother|mom|father|dad|sister|brother|granddaughter|grandson|grandmother|grandma|grandfather|grandpa|aunt|uncle|niece|nephew|cousin|partner|boyfriend|girlfriend|fiance|fiancee|friend|neighbor|neighbour|caregiver|stepson|stepdaughter)[ ]([a-z][a-z'’]+(?:-[a-z]+)?)(?:[ ]([a-z][a-z'’]+(?:-[a-z]+)?))?/g;
/** "Name entered: nayeli drummond-shin", "name: duke keita": the whole lower-case value of a name field. */
const LOWER_NAME_FIELD = /\b[Nn]ame(?:[ ](?:entered|typed|given|stated))?[ \t]*:[ \t]*([a-z][a-z'’]+(?:-[a-z]+)?(?:[ ][a-z][a-z'’]+(?:-[a-z]+)?){1,3})[ \t]*(?=\n|$)/g;

/** Lower-case names after a relative in a typed message, and a name field's lower-case value. */
export function lowerCaseNames(text: string, out: Candidate[]): void {
  if (text.includes("my ") || text.includes("her ") || text.includes("his ")) {
    LOWER_KIN.lastIndex = 0;
    for (let m = LOWER_KIN.exec(text); m !== null; m = LOWER_KIN.exec(text)) {
      const w1 = m[1]!;
      const f1 = nameLike(w1);
      if (!f1) continue;
      const s = m.index + m[0].length - (m[2] !== undefined ? m[2].length + 1 : 0) - w1.length;
      let e = s + w1.length;
      const w2 = m[2];
      if (w2 !== undefined) {
        const f2 = wordFlags(w2);
        if ((nameLike(w2) && !AFTER_DOCTOR.has(w2)) || (w2.includes("-") && !(f2 & F_FUNC)) || (f1 & F_FIRST && f2 & F_LAST && !(f2 & (F_FUNC | F_CRED)) && !AFTER_DOCTOR.has(w2))) e = m.index + m[0].length;
      }
      out.push({ start: s, end: e, type: "NAME", priority: 42 });
    }
  }
  if (text.includes("ame")) {
    LOWER_NAME_FIELD.lastIndex = 0;
    for (let m = LOWER_NAME_FIELD.exec(text); m !== null; m = LOWER_NAME_FIELD.exec(text)) {
      const v = m[1]!;
      // a field's value, not words about it ("name: not given", "name: unknown")
      if (v.split(" ").some((w) => wordFlags(w) & F_FUNC || AFTER_DOCTOR.has(w)) || /^(?:unknown|none|not|declined|refused|same|n\/a)\b/.test(v)) continue;
      const s = m.index + m[0].indexOf(v, m[0].indexOf(":"));
      out.push({ start: s, end: s + v.length, type: "NAME", priority: 42 });
    }
  }
}
