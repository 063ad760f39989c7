/**
 * Place phrases: a town after "lives in", "moved to", "near", "town of", a form's "City:" field (and in Spanish "vive
 * en", "se mudó a"), and the words that tell a place from a country, a state or a calendar word. Shared with
 * addresses.ts (the city before ", ST 12345" and after a street line).
 */
import { type Candidate } from "../types";
import * as tx from "../text";
// Bind once: module namespace/export getters are slow in hot loops.
const { atTrigger, lineIndex } = tx;
type LineInfo = tx.LineInfo;
import { type Tokens } from "../tokens";
import * as tk from "../tokens";
// Bind once: module namespace/export getters are slow in hot loops.
const { T_KIN, T_LIVES, T_TOWNOF } = tk;
import { COUNTRIES, STATE_NAMES } from "./geo-lists";
import { FAC_KW } from "../token-words";

// "lives in Ames", also with the household between ("Lives with Yui Little (spouse) in Bountiful", "stay w/ her sister
// Tou in Luettgenstad"), after a birth date ("Born March 25, 1921 in Valdosta"), and in Spanish ("Vive en Camilaville",
// "Se mudó a Independence")
const LIVES_IN =
  /(?:near|closer\s+to|born:?(?:\s+on)?\s+(?:[A-Za-z]{3,9}\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s(?:19|20)\d\d|\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d\d|\d{1,2}\s[A-Za-z]{3,9}\.?\s(?:19|20)\d\d),?\s+in|(?:lives|living|resides|residing|residence|resident|moved|moving|relocated|relocating|returned|visiting|visited|born|raised|grew\s+up|native|home|house|apartment|trip|travel(?:ed|ing|led|ling)?|vacation(?:ed|ing)?|drove|driving|flew|stay|stays|staying|stayed|lived|live|works|worked|working|joined)(?:\s+alone)?(?:\s+(?:with|w\/)\s+[^.\n;:]{1,48}?)?(?:\s+to\s+\d{1,3})?\s+(?:here\s+)?(?:in|to|from|at|of|near|outside(?:\s+of)?)|(?:vive|viv[ií]a|reside|mud[oó]|naci[oó])(?:\s+con\s+[^.\n;:]{1,48}?)?\s+(?:en|a|de)|(?:mieszka(?:m|ją)?|pracuje|nakatira|tumira|naninirahan)(?:\s+z\s+[^.\n;:"]{1,24}?)?\s+(?:w|sa)|nyob\s+hauv|noo?(?:sh|l)ahay|prozhyva(?:ye|iut)\s+v|zhiv[eyo]o?t\s+v|(?:habite(?:nt)?|demeure)\s+(?:à|a|au|en)|vit\s+(?:à|au)|mora(?:m)?\s+(?:em|no|na)|abita(?:no)?\s+(?:a|in)|woh?nt\s+in|woont\s+in|sống\s+ở|song\s+o|anaishi(?:\s+katika)?|rete\s+nan|(?:yaskun|taskun|sakin|sakna)\s+fi|move\s+to)\s+((?:[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u02AF.'-]{1,24}[ \t]?(?:(?:of|and|of the)[ \t](?=[A-Z]))?){1,3})/iy;
/** "sister in West Cora", "son who lives in Dallas", "family in Lima" (the town of a relative). */
const KIN_TOWN = /[a-z]+(?:['’]s)?[ \t\n]+(?:[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u02AF'’-]+[ \t]+)??(?:(?:who[ \t]+)?(?:lives?|living|is)[ \t]+)?in[ \t]+((?:[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u02AF.'-]{1,24}\s?){1,3})/iy;
const TOWN_OF = /(?:city|town|village|township|borough|county)\s+of\s+((?:[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u02AF.'-]{1,24}\s?){1,3})/iy;
const CITY_FIELD = /(?:[Cc]ity|CITY|[Tt]own|TOWN|[Cc]ounty|COUNTY)(?:[ \t]*:[ \t]*|[ \t]+|[ ]\.{3,}[ ]?)([A-Z][A-Za-z'’.-]*(?:[ ][A-Z][A-Za-z'’.-]*){0,3})/y;

export const FUNCTION_WORDS = new Set([
  "in", "at", "from", "to", "of", "the", "near", "and", "or", "with", "by", "for", "on", "lives", "living", "resides",
  "moved", "pt", "patient", "she", "he", "they", "her", "his", "is", "was", "a", "an", "home", "house", "here",
  "apartment", "apt", "called", "seen", "visit", "then", "back", "currently", "now", "also", "downtown", "rural",
  "suburban", "outside", "am", "pm", "mo", "mos", "wk", "wks", "yr", "yrs", "hr", "hrs", "min", "mins", "will", "see",
  "seen", "paged", "called", "notified", "rounded", "per", "x", "q", "daily", "tabs", "tab", "mg", "times",
]);

/** Calendar and other capitalised words that follow "near" without being places. */
export const NOT_PLACE = new Set(["christmas", "thanksgiving", "easter", "halloween", "new", "year", "years", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "baseline", "goal", "normal", "target", "term", "death", "end", "completion", "discharge", "birth", "residence", "origin", "service", "issue", "issuance"]);

/** Where in a hospital a birth happens, capitalised in a note: "Labor and Delivery", "Room 4", "Triage". */
const BIRTH_UNITS = new Set("labor delivery room triage nursery birthing unit ward the suite".split(" "));
/** Departments and services one works in: "works in Radiology". */
const DEPARTMENTS = new Set("the radiology cardiology oncology pharmacy nursing surgery admissions billing finance sales marketing retail construction education healthcare insurance accounting it hr maintenance security housekeeping dietary transport transportation emergency medicine pediatrics labor delivery icu".split(" "));
/** Languages (capitalised like towns): "mother in Spanish". */
const LANGUAGES = new Set("english spanish french portuguese creole haitian italian german polish russian ukrainian arabic hindi urdu bengali punjabi tagalog vietnamese chinese mandarin cantonese korean japanese somali amharic swahili farsi persian turkish greek hebrew asl sign".split(" "));

/** Directions that open both regions ("South America", "North Korea") and towns ("South Jordan", "North Platte"). */
const DIRECTION_FIRST = new Set(["south", "north", "central", "east", "west", "new"]);

/**
 * The words name a country or region: a listed country as the first word, or after a direction only when the
 * next word is one too ("South Africa", "North Korea", "Central America"; not "South Nya", "North Cleveland").
 */
export function isCountry(words: readonly string[]): boolean {
  const w0 = (words[0] ?? "").toLowerCase();
  if (!DIRECTION_FIRST.has(w0)) return COUNTRIES.has(w0);
  const w1 = (words[1] ?? "").toLowerCase().replace(/[.,]$/, "");
  return w1 === "" || COUNTRIES.has(w1);
}

export function ok(mode: string, word: string): boolean {
  if (mode !== "mixed") return true;
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Trim leading function words from a captured place phrase; returns [offset, text]. */
export function trimPlace(phrase: string): [number, string] | null {
  const words = phrase.split(/(\s+)/);
  let offset = 0;
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    if (/^\s*$/.test(w) || FUNCTION_WORDS.has(w.toLowerCase().replace(/[.,]/g, ""))) {
      offset += w.length;
      i++;
    } else break;
  }
  const rest = words.slice(i).join("").replace(/[\s.,;:]+$/, "");
  if (rest.length < 2) return null;
  if (isCountry(rest.split(/\s+/)) || STATE_NAMES.includes(rest.toLowerCase())) return null;
  return [offset, rest];
}

export function modeAt(lines: LineInfo, pos: number): string {
  return lines.modes[lineIndex(lines, pos)] ?? "mixed";
}


/** "lives in Ames", "town of Hudson": the leading capitalised run of the place phrase. */
function contextual(text: string, lines: LineInfo, m: RegExpExecArray, out: Candidate[]): void {
  const phrase = m[1]!;
  const phraseStart = m.index + m[0].length - phrase.length;
  const mode = modeAt(lines, phraseStart);
  const trimmed = trimPlace(phrase);
  if (!trimmed) return;
  const [off, place] = trimmed;
  if (mode !== "mixed") return; // without capitals there is no telling "lives in Ames" from "lives in fear"
  const words = place.split(/\s+/).filter((w) => ok(mode, w));
  if (words.length === 0) return;
  // keep the leading capitalised run only
  let len = 0;
  for (const w of place.split(/(\s+)/)) {
    if (/^\s+$/.test(w)) {
      len += w.length;
      continue;
    }
    // ("of", "and", "the" join a town's words when a capitalised word follows: "Vale of Ardmore", "Rough and Ready")
    if (!ok(mode, w) || FUNCTION_WORDS.has(w.toLowerCase())) {
      const rest = place.slice(len + w.length);
      if (!(JOINS.has(w) && /^[ ](?:the[ ])?[A-Z][a-z]/.test(rest))) break;
    }
    len += w.length;
    // a full stop ends the place ("lives in Killeen. Graduated ..."), except after "St." / "Mt." / "Ft."
    if (w.length > 2 && w.endsWith(".") && !PLACE_OPENERS.has(w.slice(0, -1).toLowerCase())) break;
  }
  const value = place.slice(0, len).replace(/[\s.,]+$/, "");
  if (value.length < 2 || COUNTRIES.has(value.toLowerCase()) || STATE_NAMES.includes(value.toLowerCase())) return;
  // a kind of place is no town: "move to Assisted Living", "caregiver in Memory Care", "friend in Recovery"
  if (value.split(/\s+/).some((w) => FAC_KW.has(w.toLowerCase()))) return;
  // "near" / "closer to" also precede body sites and times: an acronym ("near MCP joint") or a calendar word is no place
  if (/^(?:near|closer)/i.test(m[0]) && value.split(/\s+/).some((w) => (w.length > 1 && w === w.toUpperCase()) || NOT_PLACE.has(w.toLowerCase()))) return;
  out.push({ start: phraseStart + off, end: phraseStart + off + value.length, type: "LOCATION", priority: 35 });
}

/** Turkish "Marion'de oturuyor" (lives in Marion), "Lake Olga'da yaşıyor": the town before its locative suffix. */
const TURKISH_LIVES = /((?:[A-Z][\p{L}.-]+[ ]){0,2}[A-Z][\p{L}.-]+)['’](?:de|da|te|ta)[ ]+(?:oturuyor|yaşıyor|yasiyor|kalıyor|kaliyor)/gu;
/**
 * "lives in" written after the town, romanised: Korean "Eureka-e salgo isseoyo", Amharic "Lodgepole wust yinoralu",
 * Hindi and Urdu "Fresno mein rehte hain", Japanese "Sapporo ni sunde imasu"; and Dari's "Dar Kabul zendagi mekonad"
 * around it.
 */
const LIVES_AFTER = /((?:[A-Z][\p{L}'’.-]+[ ]){0,2}[A-Z][\p{L}'’.-]+)(?:-e(?:seo)?[ ]+sal(?:go|ayo|a)|[ ]+wu?st[ ]+yinor|[ ]+(?:mein|me)[ ]+reh|[ ]+ni[ ]+sunde)|\b[Dd]ar[ ]+((?:[A-Z][\p{L}'’.-]+[ ]){0,2}[A-Z][\p{L}'’.-]+)[ ]+zende?gi/gu;
/** The words of those phrases that the tokenizer flags as "lives" cues (token-words.ts LIVES), lower-cased. */
const LIVES_AFTER_WORDS = new Set(["salgo", "salayo", "sala", "yinoralu", "yinoral", "yinorall", "rehte", "rehti", "rehta", "sunde", "zendagi", "zendegi"]);

/** A token flagged as a "lives" cue is one of the words that follow the town ("salgo", "yinoralu", "zendagi"). */
function livesAfterCue(text: string, t: Tokens): boolean {
  for (let q = 0; q < t.nTrig; q++) {
    const k = t.trigIdx[q]!;
    if (t.trig[k]! & T_LIVES && LIVES_AFTER_WORDS.has(text.slice(t.start[k]!, t.end[k]!).toLowerCase())) return true;
  }
  return false;
}

/** A latitude and longitude in decimal degrees, four decimals or more each: "32.45761, -112.06161", "44.9778 -93.2650". */
const COORDINATES = /-?(\d{1,2})\.\d{4,8}°?(?:[ ]?[NS](?![A-Za-z]))?,?[ ]{0,2}(-?)(\d{1,3})\.\d{4,8}°?(?:[ ]?[EW](?![A-Za-z]))?(?!\d|\.\d)/y;
/** A word before coordinates that says what they are (lab values are not written in pairs of four decimals, but a cue is asked for all the same). */
const COORDINATES_CUE = /\b(?:gps|lat(?:itude)?|long(?:itude)?|lon|coord(?:inate)?s?|location|geo(?:tag|location)?|pin|map|position|loc)\b[^\n]{0,24}$/i;

/**
 * GPS coordinates (a geographic unit smaller than a state): from each run of one to three digits with a full stop and
 * four digits or more after it, the pair read there, within the ranges of latitude and longitude.
 */
function coordinates(text: string, t: Tokens, out: Candidate[]): void {
  const d = t.digits;
  for (let r = 0; r + 3 < t.nDigitRuns; r++) {
    const s = d[2 * r]!;
    const e = d[2 * r + 1]!;
    if (e - s > 2 || text.charCodeAt(e) !== 46 || d[2 * r + 2] !== e + 1 || d[2 * r + 3]! - d[2 * r + 2]! < 4) continue;
    if (s > 0 && /[\w.]/.test(text.charAt(s - 1))) continue;
    const start = s > 0 && text.charCodeAt(s - 1) === 45 ? s - 1 : s;
    COORDINATES.lastIndex = start;
    const m = COORDINATES.exec(text);
    if (!m || Number(m[1]) > 90 || Number(m[3]) > 180 || !COORDINATES_CUE.test(text.slice(Math.max(0, start - 40), start))) continue;
    out.push({ start, end: start + m[0].length, type: "LOCATION", priority: 55 });
    r += 3;
  }
}

/** "lives in Ames", "town of Hudson", "City: Orange". */
export function detectPlacePhrases(text: string, lines: LineInfo, t: Tokens, out: Candidate[]): void {
  if (t.nDigitRuns > 3) coordinates(text, t, out);
  if (text.includes("uyor")) {
    TURKISH_LIVES.lastIndex = 0;
    for (let m = TURKISH_LIVES.exec(text); m !== null; m = TURKISH_LIVES.exec(text)) {
      const value = m[1]!;
      if (!isCountry(value.split(" "))) out.push({ start: m.index, end: m.index + value.length, type: "LOCATION", priority: 35 });
    }
  }
  if (t.anyTrig & T_LIVES && livesAfterCue(text, t)) {
    LIVES_AFTER.lastIndex = 0;
    for (let m = LIVES_AFTER.exec(text); m !== null; m = LIVES_AFTER.exec(text)) {
      const value = m[1] ?? m[2]!;
      const s = m[1] ? m.index : m.index + m[0].indexOf(value, 3);
      if (!isCountry(value.split(" ")) && !STATE_NAMES.includes(value.toLowerCase())) out.push({ start: s, end: s + value.length, type: "LOCATION", priority: 35 });
    }
  }
  atTrigger(text, t, T_LIVES, LIVES_IN, (m) => {
    // "near the", "closer to home": without a capital after the cue there is no place (and nothing to allocate for)
    const c = text.charCodeAt(m.index + m[0].length - m[1]!.length);
    const cue = m[0].charCodeAt(0) | 32;
    if (c >= 97 && c <= 122 && ((cue === 110 && (m[0].charCodeAt(1) | 32) === 101) || cue === 99)) return; // "near the", "closer to home"
    // with the household between, an acronym after "in" is a unit, not a town ("lives with wife in ED")
    if (/\s(?:with|w\/|con)\s/i.test(m[0]) && /^[A-Z]{2,}\b/.test(m[1]!)) return;
    // "works in Radiology", "works in the ED": a department or a unit, not a town
    if (/^(?:work|join)/i.test(m[0]) && m[1]!.trim().split(/\s+/).some((w) => (w.length > 1 && w === w.toUpperCase()) || DEPARTMENTS.has(w.toLowerCase()) || LANGUAGES.has(w.toLowerCase()))) return;
    // born in a hospital's unit is no town ("born 03/25/2021 in Labor and Delivery", "in Room 4", "in the ICU")
    if (/^born/i.test(m[0]) && m[1]!.trim().split(/\s+/).some((w) => (w.length > 1 && w === w.toUpperCase()) || BIRTH_UNITS.has(w.toLowerCase()) || FAC_KW.has(w.toLowerCase()))) return;
    contextual(text, lines, m, out);
  });
  // ("City/Town of Birth:" is a form's label)
  atTrigger(text, t, T_TOWNOF, TOWN_OF, (m) => {
    if (!NOT_PLACE.has(m[1]!.trim().split(/\s+/)[0]!.toLowerCase())) contextual(text, lines, m, out);
  });
  atTrigger(text, t, T_KIN, KIN_TOWN, (m) => {
    // "daughter in ICU", "family in March", "son in Spanish": a unit, a month or a language is no town
    // with the relative's name between ("grandmother Musa in Hegmannport"), the name is capitalised
    const between = m[0].slice(0, m[0].length - m[1]!.length).trim().split(/\s+/);
    if (between.length >= 3 && !/^(?:who|lives?|living|is)$/i.test(between[1]!) && !isUpper(between[1]!.charCodeAt(0))) return;
    const words = m[1]!.trim().split(/\s+/);
    if (!words.some((w) => (w.length > 1 && w === w.toUpperCase()) || NOT_PLACE.has(w.toLowerCase()) || LANGUAGES.has(w.toLowerCase()))) contextual(text, lines, m, out);
  });
  // a form's field: "City: North Ethelynchester   State: IN", "County: Kanawha"
  atTrigger(text, t, T_TOWNOF, CITY_FIELD, (m) => {
    const value = m[1]!;
    // without a colon, a form's field: at a line start or after a field gap, the value up to the next gap or the end
    if (!/[:.]/.test(m[0].slice(0, m[0].length - value.length))) {
      // ("County" needs its colon: "MARION COUNTY EMS PATIENT CARE REPORT" is a heading)
      if (/^county/i.test(m[0])) return;
      const before = text.slice(Math.max(0, m.index - 2), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
      if (!(m.index === 0 || /(?:^|\n|[ \t]{2})[ \t]*$/.test(before)) || !/^(?:[ \t]{2}|\r?\n|$)/.test(after)) return;
    }
    if (/^(?:n\/a|na|none|unknown|same)$/i.test(value) || STATE_NAMES.includes(value.toLowerCase())) return;
    // ("County: Not applicable", "COUNTY: SEE ABOVE", "County: Home health referral pending")
    if (/^(?:not|see|home|pending|other|out|various|same|tbd|refer|per|in)\b/i.test(value)) return;
    const s0 = m.index + m[0].length - value.length;
    out.push({ start: s0, end: s0 + value.length, type: "LOCATION", priority: 50 });
  });
}

/** Lower-case words inside a town's name. */
const JOINS = new Set(["of", "and", "the"]);

/** Words that open a place name: "South Jordan", "North Cleveland", "Port Angeles", "Fort Worth", "Lake Oswego". */
const PLACE_OPENERS = new Set("north south east west new port fort ft lake mount mt saint st glen palm grand little upper lower old el la los las san santa".split(" "));

/**
 * A city candidate right after a capitalised place opener takes the opener in: "[South] Jordan, WI", "lives in
 * [North] Cleveland". Only LOCATION candidates, only a single space (or "." and a space after "Ft"/"Mt"/"St") between.
 */
export function widenPlaces(text: string, out: Candidate[]): void {
  for (const c of out) {
    if (c.type !== "LOCATION" || c.start < 3) continue;
    let p = c.start - 1;
    if (text.charCodeAt(p) !== 32) continue;
    if (text.charCodeAt(p - 1) === 46) p--; // "Mt. Vernon"
    let a = p;
    while (a > 0 && isAsciiLetter(text.charCodeAt(a - 1))) a--;
    const word = text.slice(a, p);
    const c0 = text.charCodeAt(a);
    if (word.length < 2 || !(c0 >= 65 && c0 <= 90) || !PLACE_OPENERS.has(word.toLowerCase())) continue;
    if (a > 0 && isAsciiLetter(text.charCodeAt(a - 1))) continue;
    c.start = a;
  }
}

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
