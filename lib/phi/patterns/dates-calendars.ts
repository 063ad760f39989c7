/**
 * Dates in other calendars and scripts, read from the digit runs: a day and a four-digit year around a month of the
 * Ethiopian, Persian (Iranian and Afghan), Nepali, Hebrew or Hijri calendar ("Meskerem 4, 2002", "12 Hamal 1402",
 * "Tir 21, 1983"); year-first dates with a full stop and a space ("2024. 2. 19.", as Korean writes them); and dates
 * written with the CJK year, month and day signs ("1933년 8월 19일", "2024年3月5日"). The month words alone are common
 * words or names in other languages ("Mehr", "Hut", "Asad", "Sene"), so a day and a year are both required.
 */
import { type Candidate } from "../types";
import { type Tokens } from "../tokens";
import { validMonthDay } from "./dates-forms";

const CALENDAR_MONTHS = new Set(
  (
    // Ethiopian
    "meskerem meskeram tikimt tikemt tekemt tiqimt hidar hedar tahsas tahisas tir ter yekatit yakatit megabit magabit " +
    "miyazya miazia ginbot genbot sene hamle hamlie nehase nehasse pagume pagumen " +
    // Persian (Iran) and Dari (Afghanistan)
    "farvardin ordibehesht khordad mordad amordad shahrivar mehr aban azar dey bahman esfand " +
    "hamal sawr saur sowr jawza jauza jowza saratan asad sonbola sunbula mizan aqrab qaws qaus jadi dalw hut hoot " +
    // Nepali (Bikram Sambat)
    "baisakh baishakh jestha jeth asar asadh shrawan saun bhadra bhadau asoj ashwin kartik mangsir poush push magh falgun phagun chaitra " +
    // Hebrew
    "tishrei tishri cheshvan heshvan marcheshvan kislev tevet shevat adar nisan iyar sivan tammuz elul " +
    // Hijri (one-word months)
    "muharram safar rajab shaban sha'ban ramadan ramazan shawwal " +
    // Thai, romanised (with a Buddhist-era year: "5 Phruetsachikayon 2487")
    "mokarakhom makarakhom kumphaphan minakhom mesayon phruetsaphakhom mithunayon karakadakhom singhakhom kanyayon " +
    "tulakhom phruetsachikayon thanwakhom"
  ).split(" "),
);

const isLetter = (c: number): boolean => ((c | 32) >= 97 && (c | 32) <= 122) || c === 39;

/** The lower-cased word ending at `end` (letters and an apostrophe), and where it starts. */
function wordEndingAt(text: string, end: number): [string, number] {
  let a = end;
  while (a > 0 && end - a <= 17 && isLetter(text.charCodeAt(a - 1))) a--;
  return [text.slice(a, end).toLowerCase(), a];
}

/** The lower-cased word starting at `start`, and where it ends. */
function wordStartingAt(text: string, start: number): [string, number] {
  let b = start;
  while (b < text.length && b - start <= 17 && isLetter(text.charCodeAt(b))) b++;
  return [text.slice(start, b).toLowerCase(), b];
}

/** The end of a four-digit year at run r + 1 when only ", " or one or two spaces lie between it and `at`, else -1. */
function yearAfter(text: string, t: Tokens, r: number, at: number): number {
  if (r + 1 >= t.nDigitRuns) return -1;
  const s = t.digits[2 * (r + 1)]!;
  const e = t.digits[2 * (r + 1) + 1]!;
  if (e - s !== 4) return -1;
  let q = at;
  if (text.charCodeAt(q) === 44) q++;
  const spaces = s - q;
  if (spaces < 1 || spaces > 2) return -1;
  for (; q < s; q++) if (text.charCodeAt(q) !== 32) return -1;
  return e;
}

/** The first two letters of the calendar months (lower-cased code units, 16 bits each): most words fail here. */
const PREFIXES = new Set([...CALENDAR_MONTHS].map((m) => (m.charCodeAt(0) << 16) | m.charCodeAt(1)));
const prefixAt = (text: string, a: number): boolean => PREFIXES.has(((text.charCodeAt(a) | 32) << 16) | (text.charCodeAt(a + 1) | 32));

export function calendarDates(text: string, t: Tokens, out: Candidate[], priority: number): void {
  const d = t.digits;
  for (let r = 0; r < t.nDigitRuns; r++) {
    const s = d[2 * r]!;
    const e = d[2 * r + 1]!;
    const n = e - s;
    if (n === 4) {
      yearFirst(text, t, r, out, priority);
      continue;
    }
    if (n > 2) continue;
    const day = n === 1 ? text.charCodeAt(s) - 48 : (text.charCodeAt(s) - 48) * 10 + text.charCodeAt(s + 1) - 48;
    if (day < 1 || day > 32) continue;
    // "Meskerem 4, 2002": the month, a space, the day, a year
    if (s > 2 && text.charCodeAt(s - 1) === 32 && isLetter(text.charCodeAt(s - 2))) {
      const y = yearAfter(text, t, r, e);
      let a = s - 1;
      while (y > 0 && a > 0 && s - a <= 15 && isLetter(text.charCodeAt(a - 1))) a--;
      if (y > 0 && prefixAt(text, a) && CALENDAR_MONTHS.has(wordEndingAt(text, s - 1)[0])) {
        out.push({ start: a, end: y, type: "DATE", priority });
        r++;
        continue;
      }
    }
    // "12 Hamal 1402": the day, a space, the month, a year
    if (text.charCodeAt(e) === 32 && isLetter(text.charCodeAt(e + 1)) && prefixAt(text, e + 1) && !(s > 0 && /[\d/.:-]/.test(text.charAt(s - 1)))) {
      const [w, b] = wordStartingAt(text, e + 1);
      if (CALENDAR_MONTHS.has(w)) {
        const y = yearAfter(text, t, r, b);
        if (y > 0) {
          out.push({ start: s, end: y, type: "DATE", priority });
          r++;
        }
      }
    }
  }
  if (t.nDigitRuns > 1) asianDates(text, t, out, priority);
  if (cjkMonthAfterDigits(text, t)) {
    CJK_DATE.lastIndex = 0;
    for (let m = CJK_DATE.exec(text); m !== null; m = CJK_DATE.exec(text)) {
      if (validMonthDay(Number(m[1]), Number(m[2]))) out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", priority });
    }
  }
}

/** A month sign (월, 月) right after a digit run, or after it and a space: the CJK pattern can match. */
function cjkMonthAfterDigits(text: string, t: Tokens): boolean {
  for (let r = 0; r < t.nDigitRuns; r++) {
    const e = t.digits[2 * r + 1]!;
    let c = text.charCodeAt(e);
    if (c === 32) c = text.charCodeAt(e + 1);
    if (c === 0xc6d4 || c === 0x6708) return true;
  }
  return false;
}

/**
 * "1933년 8월 19일", "2024年3月5日", "8월 19일", "昭和8年9月8日" (a Japanese era's year) (a month alone, "8월", is not taken,
 * as "August" alone is not).
 */
const CJK_DATE = /(?:(?:(?:19|20)\d\d|(?:明治|大正|昭和|平成|令和)(?:\d{1,2}|元))[ ]?[년年][ ]?)?(\d{1,2})[ ]?[월月][ ]?(\d{1,2})[ ]?[일日]/g;

/** A Japanese era's date romanised: "Shōwa 10-nen 2-gatsu 7-nichi", "Reiwa 8-nen 9-gatsu 19-nichi". */
const ERA_WORDS = /\b(?:Meiji|Taish[oō]|Sh[oō]wa|Heisei|Reiwa)[ ](?:\d{1,2}|gan)-nen[ ](\d{1,2})-gatsu[ ](\d{1,2})-nichi\b/gi;
/** Japanese era letters before the year ("S27/02/18", "H24.8.19", "R07/11/01"), and the highest year of each era. */
const ERA_LAST: Record<number, number> = { 77: 45, 84: 15, 83: 64, 72: 31, 82: 20 };
/** Thai months abbreviated in Thai script ("17 ก.ย. 2470", "28 ก.ค. 69"), with a Buddhist-era year. */
const THAI_DATE = /(?<!\d)(\d{1,2})[ ](?:ม\.ค|ก\.พ|มี\.ค|เม\.ย|พ\.ค|มิ\.ย|ก\.ค|ส\.ค|ก\.ย|ต\.ค|พ\.ย|ธ\.ค)\.[ ]?(?:\d{4}|\d\d)(?!\d)/g;

/**
 * Dates of the Japanese and Thai calendars: an era's date written with its initial or its name, and a Thai-script
 * month. The era's initial needs a date label before it or Japanese text in the note ("S1" is a heart sound too).
 */
function asianDates(text: string, t: Tokens, out: Candidate[], priority: number): void {
  const d = t.digits;
  let japanese = -1;
  for (let r = 0; r + 2 < t.nDigitRuns; r++) {
    const s = d[2 * r]!;
    const e = d[2 * r + 1]!;
    const era = text.charCodeAt(s - 1);
    if (e - s > 2 || !(era in ERA_LAST) || (s > 1 && /[A-Za-z0-9]/.test(text.charAt(s - 2)))) continue;
    const sep = text.charCodeAt(e);
    const ms = d[2 * r + 2]!;
    const me = d[2 * r + 3]!;
    const ds = d[2 * r + 4]!;
    const de = d[2 * r + 5]!;
    if (!(sep === 47 || sep === 46) || ms !== e + 1 || text.charCodeAt(me) !== sep || ds !== me + 1 || me - ms > 2 || de - ds > 2) continue;
    if (/^(?:\d|[./]\d)/.test(text.slice(de, de + 2))) continue;
    const y = Number(text.slice(s, e));
    if (y < 1 || y > ERA_LAST[era]! || !validMonthDay(Number(text.slice(ms, me)), Number(text.slice(ds, de)))) continue;
    // (kana say Japanese; Han characters alone may be Chinese, where the era's letters mean nothing)
    if (japanese < 0) japanese = /[\u3040-\u30ff]|生年月日|次回/.test(text) ? 1 : 0;
    if (japanese === 0 && !/\b(?:dob|d\.o\.b\.?|birth|born|date|next)\b[^\n]{0,12}$/i.test(text.slice(Math.max(0, s - 30), s - 1))) continue;
    out.push({ start: s - 1, end: de, type: "DATE", priority });
  }
  if (text.includes("-gatsu")) {
    ERA_WORDS.lastIndex = 0;
    for (let m = ERA_WORDS.exec(text); m !== null; m = ERA_WORDS.exec(text)) {
      if (validMonthDay(Number(m[1]), Number(m[2]))) out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", priority });
    }
  }
  if (text.includes(".ค.") || text.includes(".ย.") || text.includes(".พ.")) {
    THAI_DATE.lastIndex = 0;
    for (let m = THAI_DATE.exec(text); m !== null; m = THAI_DATE.exec(text)) {
      const day = Number(m[1]);
      if (day >= 1 && day <= 31) out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", priority });
    }
  }
}

/** "2024. 2. 19." (year, month and day each closed by a full stop, a space between): at a four-digit run r. */
function yearFirst(text: string, t: Tokens, r: number, out: Candidate[], priority: number): void {
  const d = t.digits;
  const s = d[2 * r]!;
  const c = text.charCodeAt(s);
  if ((c !== 49 && c !== 50) || r + 2 >= t.nDigitRuns) return;
  if (s > 0 && /[\d/.:-]/.test(text.charAt(s - 1))) return;
  const y = Number(text.slice(s, s + 4));
  if (y < 1900 || y > 2099) return;
  const ms = d[2 * r + 2]!;
  const me = d[2 * r + 3]!;
  const ds = d[2 * r + 4]!;
  const de = d[2 * r + 5]!;
  if (me - ms > 2 || de - ds > 2 || text.slice(s + 4, ms) !== ". " || text.slice(me, ds) !== ". ") return;
  if (!validMonthDay(Number(text.slice(ms, me)), Number(text.slice(ds, de)))) return;
  if (/^\d/.test(text.charAt(de + 1))) return;
  out.push({ start: s, end: text.charCodeAt(de) === 46 ? de + 1 : de, type: "DATE", priority });
}
