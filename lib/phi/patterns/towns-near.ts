/**
 * Towns written next to a named facility, the way lists, logs and letterheads place them: "(Union Grove Internal
 * Medicine, Chicken)", "Collection site: Saint Ephrem Rural Health Clinic, Ashgrove, NE", "Maple Leaf Hospital
 * (Eureka, OH)", "Jubilee Pediatrics (Paradise location)"; and a practice's own office named by its town, "at our
 * Juniper Flats office". The town needs a closing mark after it (a bracket, a state, the end of the sentence or the
 * line), so that a person or a department written after a facility ("Mercy Clinic, Dr. Hale"; "Lakeview Hospital,
 * Cardiology Clinic") is not read as one.
 */
import { type Candidate } from "../types";
import { FAC_KW } from "../token-words";
import * as tk from "../tokens";
import { isCountry } from "./places";
import { STATE_ABBR_SET as STATES, STATE_NAMES } from "./geo-lists";

const { wordFlags, F_AMBIG_CRED, F_BLOCK, F_CRED, F_CUE, F_ENGLISH, F_NAME, F_REL, F_TITLE } = tk;
/** The town's words: one to four capitalised words, with "of the", "and", "de" inside ("Lake of the Pines", "Rough and Ready"). */
const TOWN = /(?:,[ ]|[ ]\()([A-Z][A-Za-z'’.-]*(?:[ ](?:[A-Z][A-Za-z'’.-]*|of|the|and|de|la|du|del|on)){0,4})/y;
/** Words that open what is no town: titles, units, departments, legal forms, people's roles. */
const NOT_TOWN_WORD = new Set(
  "dr dr. mr mrs ms md do rn np pa attn suite ste room rm floor fl bldg building unit dept department wing tower inc inc. llc pc pllc lp ltd corp co attending resident fellow nurse phone tel fax ph cell ext main north south east west central lobby campus office".split(" "),
);
/** After the town in brackets: the word that names a site ("Paradise location"). */
const SITE_WORD = /^[ ](?:location|campus|office|site|branch|clinic)\)/;

/** Where the town's words end, if a closing mark follows them (a bracket only when one opened them or the facility). */
function closes(text: string, end: number, bracket: boolean): boolean {
  const c = text.charCodeAt(end);
  if (c === 41) return bracket; // ")"
  if (end >= text.length || c === 10 || c === 13 || c === 59) return !bracket; // the line's end, ";"
  if (c === 46) return !bracket && /^\.(?:\s|$)/.test(text.slice(end, end + 2)); // the sentence's end
  if (c === 44) {
    // ", NE", ", Texas": a state after the town
    const m = /^,[ ]{1,2}([A-Z]{2}(?![A-Za-z])|[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)/.exec(text.slice(end, end + 20));
    return m !== null && (STATES.has(m[1]!) || STATE_NAMES.includes(m[1]!.toLowerCase()));
  }
  return false;
}

function townAfterFacility(text: string, fac: Candidate, out: Candidate[], outranked: (fac: Candidate) => boolean): void {
  TOWN.lastIndex = fac.end;
  const m = TOWN.exec(text);
  if (!m || outranked(fac)) return;
  const opened = m[0].charCodeAt(1) === 40; // " ("
  const inBracket = opened || openBracketBefore(text, fac.start);
  const words = m[1]!.split(" ");
  // the town ends at the last capitalised word ("Lake of the", "Rough and" are not towns)
  while (words.length > 0 && !/^[A-Z]/.test(words[words.length - 1]!)) words.pop();
  if (words.length === 0) return;
  const start = m.index + m[0].length - m[1]!.length;
  let value = words.join(" ");
  let end = start + value.length;
  // (a bracket that holds a word alone is no town's, without a state or a site word after it: "(Telehealth)")
  let plainBracket = false;
  if (opened && SITE_WORD.test(text.slice(end, end + 11))) {
    // "(Paradise location)"
  } else if (!closes(text, end, opened ? true : inBracket)) {
    // "(Eureka, OH)": a town and its state in the facility's own brackets
    if (!(opened && /^,[ ]{1,2}[A-Z]{2}\)/.test(text.slice(end, end + 6)) && STATES.has(text.slice(end + 2, end + 4).trim()))) return;
  } else plainBracket = opened && text.charCodeAt(end) === 41;
  if (value.endsWith(".")) {
    value = value.slice(0, -1);
    end--;
    words[words.length - 1] = words[words.length - 1]!.slice(0, -1);
  }
  if (!townWords(words)) return;
  if (plainBracket) return;
  if (STATES.has(value) || STATE_NAMES.includes(value.toLowerCase()) || isCountry(words)) return;
  out.push({ start, end, type: "LOCATION", priority: 38 });
}

/**
 * The words can name a town: no title, credential, role, unit or facility word ("Svetlana Church, LMFT", "Jade St.
 * Croix, Landlord"), no acronym, and no department ("County Health Department, Epidemiology").
 */
function townWords(words: readonly string[], loose = false): boolean {
  for (const w of words) {
    const lw = w.toLowerCase();
    if (w === lw) continue; // a joining word ("Rough and Ready", "Vale of Ardmore")
    if (NOT_TOWN_WORD.has(lw) || FAC_KW.has(lw) || lw.endsWith("ology")) return false;
    if (w.length > 1 && w === w.toUpperCase() && /[A-Z]/.test(w)) return false;
    // (nor a calendar word or a vendor: "Riverside Clinic, Monday.", "Epic")
    // (after a person's age, "of" names their town: there only a title or a credential says otherwise, "Cold Spring")
    if (wordFlags(w) & (loose ? F_CRED | F_TITLE : F_CRED | F_TITLE | F_AMBIG_CRED | F_CUE | F_REL | F_BLOCK)) return false;
  }
  return true;
}

/** "at our Juniper Flats office": the practice's own site, named by its town. */
const OUR_SITE = /\bour[ ]((?:[A-Z][A-Za-z'’-]*[ ]){1,3})(?:office|clinic|location|campus|site|branch)\b/g;

/** An opening bracket before `at` on its line, not closed before it (looked for up to 200 characters back). */
function openBracketBefore(text: string, at: number): boolean {
  for (let q = at - 1; q >= 0 && at - q <= 200; q--) {
    const c = text.charCodeAt(q);
    if (c === 40) return true;
    if (c === 41 || c === 10) return false;
  }
  return false;
}

/**
 * The highest priority of a NAME candidate over each character of the note (0 where none), so that a facility a name
 * outranks (the words are a person's: "Forrest Church", "Jade St. Croix") is found in one look per character.
 */
function namePriorities(text: string, out: readonly Candidate[], n: number): Uint8Array {
  const p = new Uint8Array(text.length);
  for (let i = 0; i < n; i++) {
    const c = out[i]!;
    if (c.type !== "NAME") continue;
    for (let k = c.start; k < c.end; k++) if (p[k]! < c.priority) p[k] = c.priority;
  }
  return p;
}

function outranked(fac: Candidate, names: Uint8Array): boolean {
  for (let k = fac.start; k < fac.end; k++) if (names[k]! > fac.priority) return true;
  return false;
}

/** A relation word right before a name (a family's list: "daughter Eliezer Rich", "sons John and"). */
const RELATIVE_BEFORE = /\b(?:daughters?|sons?|sisters?|brothers?|wife|husband|mother|father|grand(?:son|daughter|children)s?|nieces?|nephews?|aunts?|uncles?|cousins?|children|stepsons?|stepdaughters?|partner|spouse)[ ,]+(?:[A-Z][\p{L}'’-]+[ ,]+(?:and[ ]+)?)?$/u;
/**
 * An age set off by commas after a name, up to " of" (or " formerly of"): ", 74", ", ninety-six", ", one hundred one".
 */
const AGED = /^,[ ](?:\d{1,3}|(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|and)[ -]?){1,4}),(?:[ ]formerly)?(?=[ ]of[ ])/;
/** After a person's name: a maiden or spouse's name in brackets, then " of " and the town ("Eliezer Rich (Ambrose) of Cool;"). */
const OF_TOWN = /(?:[ ]\([A-Z][\p{L}'’-]+\))?[ ]of[ ]([A-Z][\p{L}'’.-]+(?:[ ](?:[A-Z][\p{L}'’.-]+|and|of|the)){0,3})(?=[;,]|\.(?:\s|$)|\n|$)/uy;

/**
 * "survived by daughter Eliezer Rich (Ambrose) of Cool; sister Ann Lee of Duck Pond, ...": the town a person is
 * written as being of, in an obituary's or a family history's list, closed by a comma, a semicolon or a full stop.
 */
function townAfterPerson(text: string, name: Candidate, out: Candidate[]): void {
  const c = text.charCodeAt(name.end + 1);
  // ("Minh W. Allen, 105, of Comfort, passed away": the age set off by commas, then the town, whoever the person is)
  const aged = text.charCodeAt(name.end) === 44 ? AGED.exec(text.slice(name.end, name.end + 48)) : null;
  if (aged) {
    OF_TOWN.lastIndex = name.end + aged[0].length;
  } else {
    if (text.charCodeAt(name.end) !== 32 || !(c === 111 || c === 40)) return; // " of" or " ("
    // a relative, as a family's list names them ("Mary Jones of Human Resources" is a colleague's department)
    if (!RELATIVE_BEFORE.test(text.slice(Math.max(0, name.start - 24), name.start))) return;
    OF_TOWN.lastIndex = name.end;
  }
  const m = OF_TOWN.exec(text);
  if (!m) return;
  const words = m[1]!.replace(/\.$/, "").split(" ");
  if (!townWords(words, aged !== null) || STATE_NAMES.includes(words.join(" ").toLowerCase()) || isCountry(words)) return;
  const value = words.join(" ");
  const s = m.index + m[0].length - m[1]!.length;
  out.push({ start: s, end: s + value.length, type: "LOCATION", priority: 38 });
}

export function townsNearFacilities(text: string, out: Candidate[]): void {
  const n = out.length;
  for (let i = 0; i < n; i++) if (out[i]!.type === "NAME") townAfterPerson(text, out[i]!, out);
  // (the names' coverage is built only when a facility has a town-like word after it)
  let names: Uint8Array | null = null;
  const byName = (fac: Candidate): boolean => outranked(fac, (names ??= namePriorities(text, out, n)));
  for (let i = 0; i < n; i++) if (out[i]!.type === "FACILITY") townAfterFacility(text, out[i]!, out, byName);
  if (!text.includes("our ")) return;
  OUR_SITE.lastIndex = 0;
  for (let m = OUR_SITE.exec(text); m !== null; m = OUR_SITE.exec(text)) {
    const value = m[1]!.trimEnd();
    const words = value.split(" ");
    // ("our Wound clinic", "our Downtown office": a service or a part of town, not the town; town names that are
    // English words are left, as "Waterproof")
    if (!townWords(words) || STATE_NAMES.includes(value.toLowerCase()) || words.every((w) => (wordFlags(w) & (F_ENGLISH | F_NAME)) === F_ENGLISH)) continue;
    const s = m.index + 4;
    out.push({ start: s, end: s + value.length, type: "LOCATION", priority: 38 });
  }
}
