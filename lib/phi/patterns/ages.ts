/**
 * Ages over 89 (Safe Harbor: aggregate into "90+"). Only the number is
 * marked, so "92 yo" minimises to "90+ yo". Ages 89 and under are not PHI.
 * Every number from 90 to 125 is checked against the words around it.
 */
import { type Candidate } from "../types";
import * as tx from "../text";
// Bind once: module namespace/export getters are slow in hot loops.
const { afterBar, columnHeader, eachRunMatch, runPattern } = tx;
import { type Tokens } from "../tokens";
import * as tk from "../tokens";
import { NATIVE_AGE_LABELS } from "./script-words";
// Bind once: module namespace/export getters are slow in hot loops.
const { T_AGEWORD } = tk;

// A leading zero is allowed: "AGE: 098Y" (fixed-width age fields in HL7 and radiology headers).
const NUMBER = /(?<![\w.,/-])0?(?:9\d|1[01]\d|12[0-5])(?![\d]|[.,]\d)/g;
// The same, tried only at runs of 2-4 digits that read 90-99 or 100-129, with one leading zero at most (the pattern
// checks the rest).
export const NUMBER_AT = runPattern(NUMBER, (text, s, e) => {
  let c = text.charCodeAt(s);
  let len = e - s;
  let p = s;
  if (c === 48 && len > 2) {
    p++;
    len--;
    c = text.charCodeAt(p);
  }
  if (len === 2) return c === 57 ? 1 : 0;
  if (len !== 3) return 0;
  const c1 = text.charCodeAt(p + 1);
  return c === 49 && c1 >= 48 && c1 <= 50 ? 1 : 0;
}, 2, 4);
// after the number: "92 yo", "92-year-old", "92 y/o F", "92 years of age", "92yof"
const UNIT_AFTER =
  /^(?:\s{0,2}|-)(?:y\.?\s?o\.?|y\/o|yo|yrs?\.?(?:\s{0,2}|-)old|years?(?:\s{0,2}|-)old|yr?s?\.?(?:\s{0,2}|-)?of\s+age|years?\s+of\s+age|y\.?r\.?s?\b|-?year-old|-?yr-old|-?y-o|yof|yom|yowf|yowm|yobm|yobf|yo[mf]|y\.o\.[mf]|year|years|yr|(?:st|nd|rd|th)\s+(?:birthday|bday|b-day)|taong\s+gulang|años|anos|ans|ya[sş]ında|tahun|rokiv|rokiw|rokov|roků|lat|tausaga|xyoo|tuổi|jahre|anni|jaar|éves|metų|gadi|sana|sanah|barsa|barsha|sui|suì|amet|sal|歳|歲|岁|才|세|နှစ်|ปี|лет|года|год|ετών|χρονών|سنة|عاما|वर्ष|साल|ਸਾਲ|ਵਰ੍ਹੇ|տարեկան|سال|ឆ្នាំ|ዓመት|ዓመቱ|שנים|வயது|বছর|წლის|ປີ|y)(?![a-z])|^-se(?![a-z])/i;
// before the number: "age 92", "aged: 95", "(age 91"
// (also in other languages, "Umer: 91", "'umri 106", "Nianling: 97", "年齢: 91", "အသက် 95", "उम्र: 96", "Տարիք՝ 94", and a form's longer
// label: "Age — last birthday (years): 91")
const AGE_BEFORE = new RegExp(
  `(?:\\b(?:(?:age|aged|ages|edad|umer|umar|umri|nianling)\\s{0,2}[:=]?|(?:nai|sen|edme|idade|età|alter|leeftijd)\\s{0,2}[:=]|age\\b[^\\n:]{1,30}:)|(?<![\\p{L}\\p{M}])(?:年齢|年齡|年龄|အသက်|อายุ|Возраст|возраст|Ηλικία|ηλικία|العمر|տարիք|${NATIVE_AGE_LABELS})[ \\t]{0,2}[:：՝]?)\\s{0,2}$`,
  "iu",
);
// "is a 92 F", "pt 93 M", "(94 F"
const SEX_BEFORE = /(?:^|\b(?:is\s+an?|pt|patient|a|an|this|the)\s+|[(:,]\s?)$/i;
const SEX_AFTER = /^\s?(?:m|f|male|female|man|woman|yo|y)\b/i;
const TURNED_BEFORE = /\b(?:turned|turns|turning|turn|reach|reached|reaches|reaching|who\s+is|who['’]s|make\s+it\s+to|celebrat(?:ed|es|ing)(?:\s+(?:her|his|their))?|lived\s+to|living\s+to|lives\s+to|died\s+at|died\s+aged?|passed(?:\s+away)?\s+at)\s{1,2}$/i;
// after "turned", "reach": a measure that is no age ("turn 90 degrees", "reach 95%")
const NOT_YEARS_AFTER = /^\s{0,2}(?:%|°|deg|degrees?|percent|mm|mg|ml|bpm|lbs?|kg|feet|ft|min|minutes|points?|\/)/i;
// "in her 90s" (not "sats in the 90s"), "centenarian"
const NINETY_PLUS = /\bin\s+(?:her|his|their)\s+(?:(?:late|early|mid)[\s-])?(nineties|90s|90's)(?!\w)|\b((?:super)?centenarian|nonagenarian)s?\b/gi;

// Spelled out, before an age word: "ninety-two year old", "ninety two yo", "one hundred and one years old".
const UNITS = "one|two|three|four|five|six|seven|eight|nine";
const SPELLED = new RegExp(
  `\\b(?:ninety(?:[\\s-](?:${UNITS}))?|(?:a|one)[\\s-]hundred(?:[\\s-](?:and[\\s-])?(?:${UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\\s-](?:one|two|three|four|five))?))?)(?=[\\s-]{1,2}(?:years?|yrs?|y\\/?o|y\\.o\\.)(?![a-z])(?!\\s+(?:ago|later|earlier|before|after|prior|since)\\b))`,
  "gi",
);

/** A vital sign or a score named just before "she's ninety-one": its value, not her age. */
const VITAL_BEFORE = /\b(?:sat|sats|spo2|o2|ox|oximetry|pulse|hr|heart rate|bp|weight|wt|temp|glucose|sugar|score|rate|level)\b[^.\n]{0,16}$/i;
// spelled out after "turned", "reach", "lived to", "she's": "wants to reach ninety", "turned one hundred and two", "my
// mother, she's ninety-eight" (not a measure after it: "he's ninety percent better", "she's ninety-four on room air")
const SPELLED_TURNED = new RegExp(
  `\\b(?:turned|turns|turning|turn|reach|reached|reaches|reaching|lived\\s+to|make\\s+it\\s+to|(?:she|he)(?:['’]s|\\s+is))\\s{1,2}((?:ninety(?:[\\s-](?:${UNITS}))?|(?:a|one)[\\s-]hundred(?:[\\s-](?:and[\\s-])?(?:${UNITS}|ten))?))(?![\\w-])(?!\\s{1,2}(?:degrees?|percent|%|on\\b|over\\b|pounds?|lbs?|kilos?|kg|minutes?|feet|mg|beats))`,
  "gi",
);
// a person's age set off by commas after the name, as an obituary or a news item writes it, with where they were of or
// what befell them after it: "Minh W. Allen, 105, of Comfort", "Sunny Esposito, ninety-six, passed away"
// (a name before: a capitalised word; after it, "of" or "from" a capitalised place, or a death: "SpO2 improved, 94,
// from 88" is no age)
const APPOSITION_BEFORE = /(?:^|[^A-Za-z])[A-Z][A-Za-z.'’-]*[")]?,[ ]$/;
/** What follows an age set off by commas in a death notice or a news item (shared with names/age-entries.ts). */
export const AFTER_APPOSED_AGE = "(?:(?:of|from|formerly[ ]of)[ ][A-Z]|(?:died|passed|a[ ]resident)\\b)";
const APPOSITION_AFTER = new RegExp(`^,[ ]${AFTER_APPOSED_AGE}`);
const SPELLED_APPOSITION = new RegExp(
  `(?<=(?:^|[^A-Za-z])[A-Z][A-Za-z.'’-]*[")]?,[ ])(?:ninety(?:[\\s-](?:${UNITS}))?|(?:a|one)[\\s-]hundred(?:[\\s-](?:and[\\s-])?(?:${UNITS}|ten))?)(?=,[ ]${AFTER_APPOSED_AGE})`,
  "gi",
);
/** A table cell holding nothing but the number, under an "Age" header: "| Age |" ... "| 95 |". */
function ageColumn(text: string, start: number, end: number): boolean {
  if (!afterBar(text, start) || !/^[ \t]*(?:\||\n|$)/.test(text.slice(end, end + 3))) return false;
  return /^\s*(?:pt\s+|patient\s+)?age(?:\s*\((?:y|yrs?|years)\))?\s*$/i.test(columnHeader(text, start));
}

export function detectAges(text: string, t: Tokens, out: Candidate[]): void {
  eachRunMatch(NUMBER_AT, text, t, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    const after = text.slice(end, end + 24);
    const before = text.slice(Math.max(0, start - 40), start);
    if (UNIT_AFTER.test(after) || AGE_BEFORE.test(before) || (TURNED_BEFORE.test(before) && !NOT_YEARS_AFTER.test(after)) || (SEX_BEFORE.test(before) && SEX_AFTER.test(after)) || ageColumn(text, start, end) || (APPOSITION_AFTER.test(after) && APPOSITION_BEFORE.test(before))) {
      out.push({ start, end, type: "AGE", priority: 64 });
    }
  });
  // "inet" is in every spelling of "ninety" we read ("Ninety", "ninety-two-year-old"); "hundred" is a trigger word
  const inet = text.includes("inet") || text.includes("INET");
  if (inet || t.anyTrig & T_AGEWORD) {
    SPELLED.lastIndex = 0;
    for (let m = SPELLED.exec(text); m !== null; m = SPELLED.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, type: "AGE", priority: 64 });
    SPELLED_APPOSITION.lastIndex = 0;
    for (let m = SPELLED_APPOSITION.exec(text); m !== null; m = SPELLED_APPOSITION.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, type: "AGE", priority: 64 });
    SPELLED_TURNED.lastIndex = 0;
    for (let m = SPELLED_TURNED.exec(text); m !== null; m = SPELLED_TURNED.exec(text)) {
      const start = m.index + m[0].length - m[1]!.length;
      // ("Pulse ox check, she's ninety-one", "HR: she's ninety-eight": a measure's value, not an age)
      if (/^(?:she|he)/i.test(m[0]) && VITAL_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      out.push({ start, end: start + m[1]!.length, type: "AGE", priority: 64 });
    }
  }
  if (text.includes("90") || inet || text.includes("narian") || text.includes("NARIAN")) {
    NINETY_PLUS.lastIndex = 0;
    for (let m = NINETY_PLUS.exec(text); m !== null; m = NINETY_PLUS.exec(text)) {
      const word = m[1] ?? m[2]!;
      const start = m.index + m[0].indexOf(word);
      out.push({ start, end: start + word.length, type: "AGE", priority: 40 });
    }
  }
}
