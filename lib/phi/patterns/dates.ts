/**
 * Dates: every date element except a bare year (Safe Harbor). Full dates in
 * numeric, ISO and month-name spellings are taken as they stand; month/day
 * without a year ("3/14") only with a date cue nearby, because fractions,
 * ratios, blood pressures and scores ("1/2 tab", "120/80", "5/5 strength",
 * "6/10 pain") share the shape.
 */
import { type Candidate } from "../types";
import * as tx from "../text";
// Bind once: module namespace/export getters are slow in hot loops.
const { afterBar, alignedHeader, columnHeader, digitsAt, eachRunMatch, lookBack, runPattern, wordAfter, wordBefore } = tx;
import { inHl7Segment } from "./hl7";
import { calendarDates } from "./dates-calendars";
import { ordinalDays, spokenDays, withWeekdays } from "./dates-days";
import { creoleDates, dayRanges, monthFirstDates, polishDates, spacedDates, sticky, validMonthDay } from "./dates-forms";
import { type Tokens } from "../tokens";
import * as tk from "../tokens";

const { rawOf, T_MONTH, T_DOBLBL } = tk;

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const DAY = "(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?";
const YEAR4 = "(?:1[89]\\d\\d|20\\d\\d)";

// Word edges that let markdown's "_" touch a date ("_Week of Jul 8, 2025_"): \b counts "_" as a letter.
const W = "(?<![A-Za-z0-9])";
const WE = "(?![A-Za-z0-9])";
// "March 14, 2024", "Mar. 14 2024", "Sept 3rd", "Jan-05-2024", "March 14th of 2024"
const MONTH_DAY = new RegExp(
  `${W}(${MONTH})\\.?(?:\\s{1,3}|-|\\s?\\.\\s?)(${DAY})${WE}(?!:\\d)(?:(?:,\\s{0,2}|\\s{1,2}|-|,?\\s+of\\s+)(${YEAR4}|'\\d\\d)${WE})?`,
  "iy",
);
// "14 March 2024", "14-Mar-2024", "14Mar24", "3rd of June"
const DAY_MONTH = new RegExp(
  `${W}(${DAY})(?:\\s{1,2}|-|\\s+of\\s+)?(${MONTH})${WE}\\.?(?:(?:,?\\s{1,2}|-)(${YEAR4}|'?\\d\\d)${WE})?`,
  "iy",
);
// "March 2024", "Mar-2024", "Mar '24", "March of 2024"
const MONTH_YEAR = new RegExp(`${W}(${MONTH})\\.?(?:\\s{1,2}|-|/|,\\s?|\\s+of\\s+)(${YEAR4}|'\\d\\d)${WE}`, "iy");
// 3/14/2024, 03-14-24, 14.03.2024
const NUMERIC = /(?<![A-Za-z0-9./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[./-]\d)/g;
// 2024-03-14, 2024/3/14, 2024.03.14 (a time may follow)
const ISO = /(?<![A-Za-z0-9./-])((?:19|20|13|14)\d\d)([/.-])(\d{1,2})\2(\d{1,2})(?!\d|[./-]\d)/g;
// 12/2023, 3-2022 (month and year): the month is a date element. A four-digit year 1900-2099 after a month 1-12
// ("1/2000 dilution" is rare next to "colonoscopy 12/2023").
const MONTH_YEAR_NUMERIC = /(?<![A-Za-z0-9./+-])(0?[1-9]|1[0-2])([/-])((?:19|20)\d\d)(?![A-Za-z0-9%]|[./-]\d)/g;
// 2023-11, 2023/11 (ISO year and month)
const ISO_MONTH = /(?<![A-Za-z0-9./-])((?:19|20)\d\d)([/-])(0[1-9]|1[0-2])(?![A-Za-z0-9%]|[./-]\d)/g;
// 3 / 14 / 1952 (spaces around the separators, as dictation writes them): a four-digit year
const NUMERIC_SPACED = /(?<![A-Za-z0-9./-])(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?((?:19|20)\d\d)(?!\d|[./-]\d)/g;
/** The number alone in the table cell before: "| 18 | " (its digits). */
const PREV_CELL_NUMBER = /\|[ \t]*(\d+)[ \t]*\|[ \t]*$/;
const FORM_DATE_BEFORE = /\bform\s+[A-Z0-9][A-Za-z0-9.-]*\s*\(\s*(?:exp|expires|rev|revised|ed|edition)\.?:?\s*$/i;
// (and a device's calibration: "s/n YK4417 (cal 11/2025)")
const EXPIRY_BEFORE = /\b(?:exp|expires?|expiring|expiration|expiry|use\s+by|best\s+by|valid\s+(?:thru|through|until)|cal|calibrated|calibration)\.?:?\s{0,3}$/;
// 3/14, 03-14 (no year): needs a cue
const MONTH_DAY_NUMERIC = /(?<![A-Za-z0-9./+-])(\d{1,2})([/-])(\d{1,2})(?![A-Za-z0-9%]|[./-]\d)/g;
// DOB: 031452 / 03141952 / 19520314 after a birth-date label
// (or read aloud in a voicemail, its parts apart by single spaces: "date of birth 5 14 38")
const LABELLED_COMPACT = /(?:dob|d\.o\.b\.?|date\s+of\s+birth|birth\s?date|born)\s*[:#-]?\s*(\d{6}|\d{8}|(\d{1,2}) (\d{1,2}) (?:\d{2}|\d{4}))\b(?![/.-]\d)/iy;
/** A separator of numeric dates: / . - */
const isDateSep = (c: number): boolean => c === 47 || c === 46 || c === 45;
// The same, tried only where they can start: at a run of 1-2 (NUMERIC, MONTH_DAY_NUMERIC) or 4 (ISO) digits
// followed by a separator and the next digits (the patterns check the rest).
/** "3/14/..": 1-2 digits, a separator, 1-2 digits and the same separator again. */
const dayMonthAt = (text: string, e: number): boolean => {
  const sep = text.charCodeAt(e);
  if (!isDateSep(sep)) return false;
  const n = digitsAt(text, e + 1);
  return n > 0 && n <= 2 && text.charCodeAt(e + 1 + n) === sep;
};
/** A "/" or "-" and then digits. */
const slashOrDashThenDigit = (text: string, e: number): boolean => {
  const c = text.charCodeAt(e);
  return (c === 47 || c === 45) && digitsAt(text, e + 1) > 0;
};
export const NUMERIC_AT = runPattern(NUMERIC, (text, s, e) => (e - s <= 2 && dayMonthAt(text, e) ? 1 : 0), 1, 2);
/** An EXIF date and time, the date's parts joined by colons: "2026:06:27 18:54:04" (the date only). */
const EXIF = /(?<![A-Za-z0-9:])(?:19|20)\d\d:(?:0[1-9]|1[0-2]):(?:0[1-9]|[12]\d|3[01])(?=[ T]\d\d:\d\d)/g;
export const EXIF_AT = runPattern(EXIF, (text, s, e) => (e - s === 4 && text.charCodeAt(e) === 58 ? 1 : 0), 4, 4);
export const ISO_AT = runPattern(ISO, (text, s, e) => {
  const c = text.charCodeAt(s);
  return e - s === 4 && (c === 49 || c === 50) && dayMonthAt(text, e) ? 1 : 0;
}, 4, 4);
export const MONTH_YEAR_NUMERIC_AT = runPattern(MONTH_YEAR_NUMERIC, (text, s, e) => {
  if (e - s > 2 || !slashOrDashThenDigit(text, e)) return 0;
  const c = text.charCodeAt(e + 1);
  return (c === 49 || c === 50) && digitsAt(text, e + 1) === 4 ? 1 : 0;
}, 1, 2);
export const ISO_MONTH_AT = runPattern(ISO_MONTH, (text, s, e) => {
  const c = text.charCodeAt(s);
  return e - s === 4 && (c === 49 || c === 50) && slashOrDashThenDigit(text, e) ? 1 : 0;
}, 4, 4);
export const NUMERIC_SPACED_AT = runPattern(NUMERIC_SPACED, (text, s, e) => {
  if (e - s > 2) return 0;
  // digits, " "?, separator, " "?, 1-2 digits, " "?, the same separator
  let p = e;
  if (text.charCodeAt(p) === 32) p++;
  const sep = text.charCodeAt(p);
  if (!isDateSep(sep)) return 0;
  p++;
  if (text.charCodeAt(p) === 32) p++;
  const n = digitsAt(text, p);
  if (n === 0 || n > 2) return 0;
  p += n;
  if (text.charCodeAt(p) === 32) p++;
  return text.charCodeAt(p) === sep ? 1 : 0;
}, 1, 2);
export const MONTH_DAY_NUMERIC_AT = runPattern(MONTH_DAY_NUMERIC, (text, s, e) => (e - s <= 2 && slashOrDashThenDigit(text, e) ? 1 : 0), 1, 2);
const DAY_BEFORE = /(\d{1,2}(?:st|nd|rd|th)?)(?:\s{1,2}|-|\s+of\s+)?$/i;
/** Spanish: "7 de agosto", "20 de junio de 1994", "15 de diciembre del 2025". */
// (and Portuguese: "7 de setembro", "2 de abril de 2002")
const ES_MONTHS = new Set(
  "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre janeiro fevereiro março maio junho julho setembro outubro novembro dezembro".split(" "),
);
/** Vietnamese "ngày 1 tháng 4 năm 2026" (Haitian Creole dates: dates-forms.ts). */
const VIETNAMESE_DATE = /ngày[ ]+\d{1,2}[ ]+tháng[ ]+\d{1,2}(?:[ ]+năm[ ]+(?:19|20)\d\d)?/gi;
const ES_DAY_BEFORE = /(?<![\d/.-])(\d{1,2})\s{1,2}de\s{1,2}$/i;
const ES_DATE = /\d{1,2}\s{1,2}de\s{1,2}[a-z]+(?:\s{1,2}del?\s{1,2}(?:19|20)\d\d(?!\d))?/iy;

/** Words that, just before a bare m/d, make it a date. */
const CUE_BEFORE = new Set([
  "on", "since", "from", "until", "till", "thru", "through", "to", "by", "dated", "date", "dos", "seen",
  "admitted", "admit", "discharged", "dc", "d/c", "visit", "appt", "appointment", "f/u", "fu", "followup",
  "last", "next", "lmp", "edd", "dob", "before", "after", "starting", "started", "effective", "of", "between",
  "around", "approx", "circa", "scheduled", "sched", "due", "expires", "exp", "onset", "injury", "born", "delivered",
  "surgery", "procedure", "done", "drawn", "collected", "received", "faxed", "called", "mon", "monday", "tue",
  "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday", "sat", "saturday",
  "sun", "sunday", "week", "ending", "dod", "doa", "doi", "returned", "returns", "return", "rtc", "vaccinated",
  "given", "administered", "ordered", "reviewed", "signed", "updated", "hospitalized", "er", "ed", "ref", "referred",
  "eval", "reeval", "re-eval", "evaluation", "reevaluation", "re-evaluation", "recheck", "re-check", "reassess",
  "reassessment", "fall", "fell", "found", "event", "incident",
  // events a medication list or a note dates: "stopped Lyrica 4/27", "adm 7/2", "PPD read 2/23", "NV: 6/26"
  "stopped", "stop", "quit", "held", "resumed", "restarted", "changed", "visited", "adm", "read", "placed", "removed",
  // a specimen's or a product's handling: "frozen 12/14", "thawed 1/3", "pumped 11/28", "shipped 2/2"
  "frozen", "thawed", "pumped", "expressed", "shipped", "pasteurized",
  "inserted", "absences", "absent", "excused", "nv", "tested", "immunized",
  // Spanish: desde (since), hasta (until), cita (appointment), fecha (date), el ("el 4/3")
  "desde", "hasta", "cita", "fecha", "el", "til", "home", "sent",
  // what a log dates: "Interviewed 8/14", "P1 notified 6/15", "Uploaded 2/27", "abate order issued 3/3"; a dictated
  // "open paren 10/25 close paren"
  "interviewed", "notified", "treated", "issued", "uploaded", "reported", "transcribed", "dictated", "performed",
  "completed", "obtained", "verified", "confirmed", "mailed", "shipped", "paren",
  // a meeting and a period's ends: "family meeting 11/20", "cert ends 12/25", "benefit period began 3/4"
  "meeting", "ends", "ended", "began", "begins", "expired",
]);
/** Cue words a few words before a bare m/d ("appt made for 7/10", "will see dr. lee 3/8"), in the same sentence (a title's full stop aside). */
const CUE_NEAR = /\b(?:appt|appointment|f\/u|follow[- ]?up|rtc|see|seen|visit|re-?eval(?:uation)?|recheck|scheduled|sched|return|returns|next|due|since|dated|admitted|discharged|until|made\s+for|fill|filled|refilled|stopped|started|quit|held|resumed|restarted|discontinued|reported|issued|uploaded|transcribed|dictated|notified|interviewed|received|collected|verified)\b(?:[^\n;.]|\.(?!\s)|(?<=\b(?:dr|mr|mrs|ms|st))\.){0,36}$/;
/** A date, then "and", "or", "&" or a comma (lower-cased look-back before a second m/d). */
const DATE_THEN_AND = /\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?[ \t]*(?:,|&|and|or)[ \t]*$/;
/** A field labelled as a date ("Date last worked: 11/6", "Date of injury: 3/14"), on the same line (lower-cased look-back). */
const DATE_FIELD_BEFORE = /\bdate\b[^\n:;|]{0,30}:[ \t]*$/;
/** Words that, just after a bare m/d, make it a fraction, ratio or score rather than a date. */
const NOT_DATE_AFTER = new Set([
  "tab", "tabs", "tablet", "tablets", "cap", "caps", "capsule", "pill", "pills", "strength", "dose", "doses", "of",
  "mg", "mcg", "ml", "cc", "cup", "cups", "inch", "inches", "in", "cm", "mm", "mile", "miles", "block", "blocks",
  "pain", "scale", "ratio", "stairs", "flight", "flights", "tsp", "tbsp", "oz", "units", "unit", "puff", "puffs",
  "vision", "reflexes", "pulses", "bilat", "bilaterally", "bil", "x", "times", "hr", "hrs", "hour", "hours", "day",
  "days", "wk", "wks", "weeks", "mo", "months", "glass", "glasses", "bottle", "pack", "packs", "ppd", "drinks",
  "beers", "score", "positive", "negative", "patch", "strip", "liter", "liters", "l", "diet", "normal", "nl",
  "cores", "core", "nodes", "node", "samples", "specimens", "slides", "blocks", "pages", "involved", "identifiers", "ids",
]);
const NOT_DATE_BEFORE = new Set([
  "bp", "pain", "strength", "motor", "reflexes", "scored", "rated", "rates", "vision", "va", "ratio", "x", "take",
  "takes", "taking", "give", "gave", "with", "about", "grade", "murmur", "cut", "split", "half", "dtr", "dtrs",
  "score", "pulse", "pulses", "gcs", "apgar", "apgars", "ppd", "drinks", "approximately", "level", "at",
  // a page count ("PG 01/04") and a form's version ("NUCC 1500 02/12", "Rev 08/05")
  "pg", "pgs", "page", "pages", "p", "version", "ver", "rev", "revised", "form", "nucc",
  // a scale's score out of its maximum ("Epworth 5/24", "MoCA 26/30")
  "epworth", "moca", "mmse", "slums", "phq", "gad", "ess", "audit", "bims", "braden", "morse",
  // a count of a pathology specimen's parts ("Positive cores 03/12", "Margins 01/06 involved")
  "cores", "core", "margins", "margin", "nodes", "slides",
]);

function notDateAfterMonth(w: string): boolean {
  return w !== "in" && w !== "of" && NOT_DATE_AFTER.has(w);
}

function isMayWord(text: string, start: number, token: string): boolean {
  // "may" is a month only when it reads like one: capitalised, or in a caps line.
  if (token.length !== 3 || token.toLowerCase() !== "may") return false;
  const c = text.charCodeAt(start);
  const next = text.charCodeAt(start + 1);
  if (c === 77 && next === 65) return false; // MAY: caller checks the day number
  // lower-case "may" is the verb, unless a year follows its day ("dob may 21 2007") or a date's label stands before it
  if (c !== 77) return !(MAY_WITH_YEAR.test(text.slice(start + 3, start + 16)) || DATE_LABEL_BEFORE.test(text.slice(Math.max(0, start - 12), start)));
  return false;
}
/** After "may": a day and a year ("may 21 2007", "may 3rd, 1950"). */
const MAY_WITH_YEAR = /^[ ]\d{1,2}(?:st|nd|rd|th)?,?[ ](?:19|20)\d\d(?!\d)/;
/** A date's label just before a lower-case "may": "dob may 21", "born may 3", "due may 9". */
const DATE_LABEL_BEFORE = /\b(?:dob|d\.o\.b\.?|born|due|edd|lmp|date)[ :]+$/i;

// Dictated dates: "july twenty ninth nineteen ninety four", "june third", "october second, nineteen twenty nine"
const UNITS = "one|two|three|four|five|six|seven|eight|nine";
const ORDINAL =
  "(?:(?:twenty|thirty)[\\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)";
const YEAR_WORDS = `(?:nineteen|twenty|two\\s+thousand(?:\\s+and)?)(?:[\\s-](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:${UNITS}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[\\s-](?:${UNITS})|${UNITS}))?`;
const MONTH_DAY_WORDS = new RegExp(`\\b(${MONTH})\\s+(?:the\\s+)?(${ORDINAL})\\b(?:,?\\s+(?:of\\s+)?(${YEAR_WORDS})\\b)?`, "iy");

export function detectDates(text: string, t: Tokens, out: Candidate[]): void {
  const P = 60;
  const first = out.length;
  eachRunMatch(NUMERIC_AT, text, t, (m) => {
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (!(validMonthDay(a, b) || validMonthDay(b, a))) return;
    // a form's own expiry or edition ("Form CMS-R-131 (Exp. 01/31/2026)") dates the form, not the patient
    if (FORM_DATE_BEFORE.test(lookBack(text, m.index, 40))) return;
    if (m[2] === "." && m[4]!.length === 2 && wordBefore(text, m.index) !== "dob") {
      // 1.5.10 is likelier a version or a dose list than a date
      if (a > 12 && b > 12) return;
    }
    out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", priority: P });
  });
  eachRunMatch(EXIF_AT, text, t, (m) => out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", priority: P }));
  eachRunMatch(ISO_AT, text, t, (m) => {
    // (a software version, "Epic version 2024.1.3", is no date)
    if (m[2] === "." && /\b(?:version|ver|v|release|build)\.?[ \t]*$/i.test(lookBack(text, m.index, 12))) return;
    if (validMonthDay(Number(m[3]), Number(m[4]))) out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", priority: P });
  });
  // a lot's or a card's expiry ("lot EW0182, exp 06/2025", "2030-02" under a table's "Exp" column) is not a date about
  // the patient
  eachRunMatch(MONTH_YEAR_NUMERIC_AT, text, t, (m) => {
    if (!expiryAt(text, m.index)) out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", priority: P });
  });
  eachRunMatch(ISO_MONTH_AT, text, t, (m) => {
    if (!expiryAt(text, m.index)) out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", priority: P });
  });
  eachRunMatch(NUMERIC_SPACED_AT, text, t, (m) => {
    if (!m[0].includes(" ")) return; // NUMERIC took it
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (validMonthDay(a, b) || validMonthDay(b, a)) out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", priority: P });
  });
  if (t.anyTrig & (T_MONTH | T_DOBLBL)) {
    for (let q = 0; q < t.nTrig; q++) {
      const k = t.trigIdx[q]!;
      const trig = t.trig[k]!;
      if (trig & T_DOBLBL) {
        const m = sticky(LABELLED_COMPACT, text, t.start[k]!);
        if (m && (!m[2] || validMonthDay(Number(m[2]), Number(m[3])) || validMonthDay(Number(m[3]), Number(m[2])))) {
          out.push({ start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length, type: "DATE", priority: P });
        }
      }
      if (!(trig & T_MONTH)) continue;
      const at = t.start[k]!;
      let m = sticky(MONTH_DAY, text, at);
      const lowerLine = t.mode[k] === 2;
      // (a month's name makes "in" and "of" after the day no unit: "Visit Sun Aug 16 in 23:12")
      if (m && (lowerLine || !isMayWord(text, m.index, m[1]!)) && (m[3] || !notDateAfterMonth(wordAfter(text, m.index + m[0].length)))) {
        out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", priority: P });
      }
      // ordinals and "the" start with f, s, t, e or n ("june third", "july twenty ninth", "may the fifth")
      const c1 = k + 1 < t.n ? text.charCodeAt(t.start[k + 1]!) | 32 : 0;
      if (!m && (c1 === 102 || c1 === 115 || c1 === 116 || c1 === 101 || c1 === 110)) {
        m = sticky(MONTH_DAY_WORDS, text, at);
        // "may" and "march" are verbs too: "may second" needs a year, "march first" likewise unless a date label is near
        if (m && (!/^(?:may|march|mar)$/i.test(m[1]!) || m[3] || (!/^(?:first|second)$/i.test(m[2]!) && (lowerLine || !isMayWord(text, m.index, m[1]!))))) {
          out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", priority: P });
        }
      }
      m = sticky(MONTH_YEAR, text, at);
      if (m && (lowerLine || !isMayWord(text, m.index, m[1]!))) out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", priority: P });
      if (ES_MONTHS.has(rawOf(t, text, k).toLowerCase())) {
        const es = ES_DAY_BEFORE.exec(text.slice(Math.max(0, at - 10), at));
        m = es && Number(es[1]) >= 1 && Number(es[1]) <= 31 ? sticky(ES_DATE, text, at - es[0].length) : null;
        if (m) out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", priority: P });
        continue;
      }
      const before = DAY_BEFORE.exec(text.slice(Math.max(0, at - 12), at));
      if (before && !isMayWord(text, at, t.raw[k]!)) {
        m = sticky(DAY_MONTH, text, at - before[0].length);
        if (m) out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", priority: P });
      }
    }
  }
  ordinalDays(text, t, out, P);
  spokenDays(text, out, P);
  creoleDates(text, t, out, P);
  polishDates(text, t, out, P);
  monthFirstDates(text, t, out, P);
  spacedDates(text, t, out, P);
  dayRanges(text, t, out, P);
  calendarDates(text, t, out, P);
  if (t.nDigitRuns > 0 && text.includes("tháng")) {
    VIETNAMESE_DATE.lastIndex = 0;
    for (let m = VIETNAMESE_DATE.exec(text); m !== null; m = VIETNAMESE_DATE.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", priority: P });
  }
  eachRunMatch(MONTH_DAY_NUMERIC_AT, text, t, (m) => {
    const a = Number(m[1]);
    const b = Number(m[3]);
    // month first; day first only where the day cannot be a month ("seen 14/03")
    if (!validMonthDay(a, b) && !(a > 12 && validMonthDay(b, a))) return;
    const start = m.index;
    const end = start + m[0].length;
    // a time's seconds and its offset from UTC ("T14:22:30-05:00")
    if (start >= 2 && text.charCodeAt(start - 1) === 58 && tx.isDigitChar(text.charCodeAt(start - 2))) return;
    const after = wordAfter(text, end);
    if (NOT_DATE_AFTER.has(after)) return;
    const before = wordBefore(text, start);
    if (NOT_DATE_BEFORE.has(before)) return;
    // "Visit 9/12" in a therapy header counts visits (9th of 12): a capitalised Visit and a first number not above the second
    if (before === "visit" && a <= b && /Visit[ \t]*$/.test(text.slice(Math.max(0, start - 8), start)) && !/\b(?:last|next|prior|previous|f\/u|follow[- ]?up|office|clinic)\s+visit[ \t]*$/i.test(lookBack(text, start, 24))) return;
    // a lot's expiry ("Lot LG0678, exp 2/29")
    if ((before === "exp" || before === "expires") && /\blot\b/i.test(lookBack(text, start, 32))) return;
    // a table cell holding nothing but the date, first in its row ("| 5/30 | 4:48p |") or after a first cell ("| Januvia
    // 75 mg | take 1 tab | 3/23 | Dr. Berge |"); not in a row of scores ("| Motor | 4/5 | 5/5 |")
    // a cell that opens with the date, under a header that names a date or an event ("Date", "Pt notified":
    // "| 4/2 letter |", "4/19 | 9w1d | 198")
    if (cellOpens(text, start) && DATE_COLUMN.test(columnHeader(text, start, true))) {
      out.push({ start, end, type: "DATE", priority: P - 5 });
      return;
    }
    // a count's ratio in a data row: "| Mand | 18 | 6/18 |" (correct of trials), the cell before it the trials
    if (afterBar(text, start) && PREV_CELL_NUMBER.exec(lookBack(text, start, 12))?.[1] === m[3]) return;
    const tableRow = afterBar(text, start) && /^[ \t]*\|/.test(text.slice(end, end + 3)) && tableCellDate(text.slice(Math.max(0, start - 80), start)) && !inHl7Segment(text, start);
    if (b === 10 && a <= 10 && /pain|\bha\b|headache|rate|score|scale|\d\/10\b/i.test(lookBack(text, start, 40))) return;
    const nextChars = text.slice(end, end + 4);
    const isRangeStart = /^\s?(?:-|to)\s?\d/.test(nextChars) || /^\s(?:through|thru|until|till)\s\d{1,2}[/-]\d/.test(text.slice(end, end + 14));
    const prev = lookBack(text, start, 3);
    const isRangeEnd = /\d\s?-\s?$/.test(prev);
    const lineStart = /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, start - 8), start)) && /^[ \t]*(?:[-:–]|\s+-|[ \t]+[a-z])/i.test(text.slice(end, end + 3));
    // "office notes from 5/11 and 7/10": after another date and "and", "&", "or" or a comma
    const listed = (before === "and" || before === "or" || prev.endsWith(",") || prev.endsWith("&")) && DATE_THEN_AND.test(lookBack(text, start, 16));
    // zero-padded ("07/10", "09/06": fractions and scores are not written so), or a lab's date before its result
    // ("GBS 9/17: pos")
    const padded = !/\d[ \t]*$/.test(lookBack(text, start, 3)) && ((m[1]!.length === 2 && m[3]!.length === 2 && (m[1]![0] === "0" || m[3]![0] === "0")) || (text.charCodeAt(end) === 58 && text.charCodeAt(end + 1) === 32 && (b > 5 || a > b)));
    if (CUE_BEFORE.has(before) || padded || tableRow || listed || DATE_FIELD_BEFORE.test(lookBack(text, start, 40)) || isRangeStart || isRangeEnd || lineStart || CUE_NEAR.test(lookBack(text, start, 44)) || /^\s*@?\s*(?:\d{1,2}:\d\d|(?:[01]\d|2[0-3])[0-5]\d\b)/.test(text.slice(end, end + 9))) {
      out.push({ start, end, type: "DATE", priority: P - 5 });
    }
  });
  withWeekdays(text, out, first);
}

/** A month and year at `at` is an expiry: after "exp" and its kin, or in a table column (bars or spaces) headed "Exp". */
function expiryAt(text: string, at: number): boolean {
  return EXPIRY_BEFORE.test(lookBack(text, at, 16)) || (afterBar(text, at) && /^\s*exp/i.test(columnHeader(text, at))) || /^exp/i.test(alignedHeader(text, at));
}

/** A table column header naming a date or a dated event. */
const DATE_COLUMN = /\b(?:dates?|dos|dt|when|notified|called|sent|seen|drawn|collected|received|given|done|returned|scheduled|due|appt|f\/u)\b/i;
/** The m/d at `start` opens its table cell: a "|" or the line start before it (spaces aside). */
function cellOpens(text: string, start: number): boolean {
  let q = start - 1;
  while (q >= 0 && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q--;
  return q < 0 || text.charCodeAt(q) === 124 || text.charCodeAt(q) === 10;
}

/** The text of a row before a cell that holds a bare m/d: a first cell before it, and no score row ("| Motor |"). */
function tableCellDate(rowBefore: string): boolean {
  return /\|[^|\n]*\S[^|\n]*\|[ \t]*$|(?:^|\n)[ \t]*\|[ \t]*$/.test(rowBefore) && !NOT_DATE_BEFORE.has(/(?:^|\n)[ \t|]*([A-Za-z]+)[^\n]*$/.exec(rowBefore)?.[1]?.toLowerCase() ?? "");
}
