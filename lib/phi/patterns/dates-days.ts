/**
 * Days written without a month/day number pair: an ordinal day after "on the", "since" or "return" ("on the 3rd",
 * "Return 18th for a check", "this 3rd day of March, 2026"), a day in words after a scheduling word ("the appointment
 * on the twenty third"), and a weekday written before a date, taken with it.
 */
import { type Candidate } from "../types";
import * as tx from "../text";
import { type Tokens } from "../tokens";

const { wordAfter } = tx;

/** Words after "on the 21st" that make the ordinal something other than a day of the month. */
const NOT_DAY_AFTER = new Set([
  "floor", "day", "days", "week", "weeks", "visit", "time", "times", "attempt", "try", "percentile", "grade", "dose",
  "doses", "cycle", "trimester", "round", "line", "session", "sessions", "step", "rib", "ribs", "toe", "finger",
  "digit", "ray", "metacarpal", "metatarsal", "intercostal", "space", "icu", "post", "postop", "pod", "hospital",
  "admission", "of", "degree", "generation", "birthday", "grader", "percent", "%ile", "ile", "century", "floor.",
]);

/** After an ordinal day: " day of March, 2026" (a legal document's date). */
const DAY_OF_MONTH = /^[ ]day[ ]of[ ](?:january|february|march|april|may|june|july|august|september|october|november|december)(?:,?[ ](?:19|20)\d\d)?/i;
/** "on the 3rd", "Sunday the 8th", "Tuesday, the 7th". */
const THE_DAY_BEFORE = /\b(?:on|since|by|until|till|from|before|after|of|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)\s+the\s+$/i;
/** "since 18th", "returned 16th", "Return 18th for", "Expected DC 15th", "Next tx: 22nd": a day with no "the" (then dayEnds). */
const BARE_DAY_BEFORE =
  /\b(?:since|by|until|till|before|after|return(?:ed)?|next(?:\s+(?:tx|visit|appt|appointment|session|dose))?|due|expected(?:\s+(?:dc|discharge))?|dc|discharge|appt|appointment|tx|through|thru)\s*:?\s+$/i;
/** Words after a bare ordinal day ("Return 18th for a check"); anything else after it makes it a count or a rank. */
const AFTER_BARE_DAY = new Set(["for", "at", "to", "and", "or", "when", "with", "o", "as"]);

/** The text after a bare ordinal (at `p`) ends the phrase: the end, a line break, punctuation, or a linking word. */
function dayEnds(text: string, p: number): boolean {
  let q = p;
  while (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9) q++;
  if (q >= text.length) return true;
  const c = text.charCodeAt(q);
  if (c === 10 || c === 13 || c === 46 || c === 44 || c === 59 || c === 41) return true;
  return AFTER_BARE_DAY.has(wordAfter(text, q));
}

/**
 * "on the 3rd", "since the 21st": a day of the month (a date element). Walks the digit runs directly: a run of one
 * or two digits with an ordinal suffix, "on/since/by/until the" before it, and no "of <month>" (MONTH_DAY/DAY_MONTH
 * take those) or counted noun after it.
 */
export function ordinalDays(text: string, t: Tokens, out: Candidate[], P: number): void {
  const d = t.digits;
  for (let r = 0; r < t.nDigitRuns; r++) {
    const s = d[2 * r]!;
    const e = d[2 * r + 1]!;
    if (e - s > 2 || s < 6 || text.charCodeAt(s - 1) !== 32) continue;
    const a = text.charCodeAt(e) | 32;
    const b = text.charCodeAt(e + 1) | 32;
    // st nd rd th
    if (!((a === 115 && b === 116) || (a === 110 && b === 100) || (a === 114 && b === 100) || (a === 116 && b === 104))) continue;
    const c = text.charCodeAt(e + 2);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
    const n = Number(text.slice(s, e));
    if (n < 1 || n > 31) continue;
    const before = text.slice(Math.max(0, s - 28), s);
    // "this 3rd day of March, 2026": the legal form, with its month and year, whatever comes before
    const legal = DAY_OF_MONTH.exec(text.slice(e + 2, e + 40));
    if (!legal && !THE_DAY_BEFORE.test(before) && !((BARE_DAY_BEFORE.test(before) || /\bthe\s+$/i.test(before)) && dayEnds(text, e + 2))) continue;
    if (!legal && NOT_DAY_AFTER.has(wordAfter(text, e + 2))) continue;
    // "the 17th" as a whole, "the" with it ("[DATE_1]" then reads as the phrase did)
    const the = /\bthe\s+$/i.exec(before);
    out.push({ start: the ? s - the[0].length : s, end: e + 2 + (legal ? legal[0].length : 0), type: "DATE", priority: P - 5 });
  }
}

/** A weekday written before a date, "Fri, Jan 17, 2025", "Tue 3/4": a date element, taken with it; likewise "the" before an ordinal day. */
const WEEKDAY_BEFORE = /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\.?,?[ \t]{1,2}$/i;
export function withWeekdays(text: string, out: Candidate[], first: number): void {
  for (let i = first; i < out.length; i++) {
    const c = out[i]!;
    // a letter, then "," or " " right before the date
    const p = text.charCodeAt(c.start - 1);
    if (c.start < 4 || !(p === 32 || p === 9) || !/[A-Za-z.,]/.test(text.charAt(c.start - 2))) continue;
    // "the 7th of October, 1984": an ordinal day's "the" goes with it, as ordinalDays takes it with a day alone
    if (/^\d{1,2}(?:st|nd|rd|th)\b/i.test(text.slice(c.start, c.start + 5)) && /\bthe $/i.test(text.slice(c.start - 4, c.start))) c.start -= 4;
    const m = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, c.start - 12), c.start));
    if (m) c.start -= m[0].length;
  }
}

/** A day of the month in words, as a voicemail's transcript writes it: "first" ... "thirty-first". */
const ORDINAL_WORDS = new Set(
  "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth".split(" "),
);
/** The day in words after "the" (at `at`): "nineteenth", "twenty second", "thirty-first"; its end, or -1. */
function spokenDayEnd(text: string, at: number): number {
  const m = /^(?:(?:twenty|thirty)[ -])?([a-z]{5,11})(?![A-Za-z-])/i.exec(text.slice(at, at + 24));
  if (!m || !ORDINAL_WORDS.has(m[1]!.toLowerCase())) return -1;
  const tens = m[0].length > m[1]!.length;
  const w = m[1]!.toLowerCase();
  // "twenty first" ... "twenty ninth", "thirty first"; never "twenty tenth"
  if (tens && !/^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)$/.test(w)) return -1;
  return at + m[0].length;
}
/** Nouns after an ordinal word that make it a rank, not a day: "by the second assistant", "on the first available". */
const RANKED = new Set(["assistant", "available", "opening", "slot", "one", "person", "shift", "option", "patient", "provider", "line", "item", "month", "year", "night", "morning"]);
/** "on the", "by the" ... before the day. */
const DAY_PREP = /\b(?:on|by|until|before|after)[ ]$/i;
/** A scheduling word earlier in the sentence: "reschedule the appointment on the ...", "come in on the ...". */
const SCHEDULING_BEFORE = /\b(?:appointment|appt|schedul\w*|reschedul\w*|come in|coming in|visit|surgery|procedure|follow[- ]?up|book(?:ed)?|due)\b[^.\n]{0,40}$/i;

/**
 * A day of the month in words after a scheduling word: "schedule the appointment on the twenty third". Walks the
 * text's " the " (no pass of a long pattern over every note).
 */
export function spokenDays(text: string, out: Candidate[], P: number): void {
  for (let p = text.indexOf(" the "); p >= 0; p = text.indexOf(" the ", p + 4)) {
    const e = spokenDayEnd(text, p + 5);
    if (e < 0 || NOT_DAY_AFTER.has(wordAfter(text, e)) || RANKED.has(wordAfter(text, e))) continue;
    const before = text.slice(Math.max(0, p - 70), p + 1);
    if (!DAY_PREP.test(before) || !SCHEDULING_BEFORE.test(before.slice(0, before.length - 1))) continue;
    out.push({ start: p + 5, end: e, type: "DATE", priority: P - 5 });
  }
}
