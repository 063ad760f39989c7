/**
 * Dates read from the digit runs that the main date rules do not: claim forms' month, day and year with spaces, a
 * range of two month/day dates, and days written before a month in Haitian Creole, Polish, Turkish, Indonesian,
 * Tagalog, Romanian and French. Each walks the scan's digit runs and builds a string only where a date can stand.
 */
import { type Candidate } from "../types";
import { type Tokens } from "../tokens";
import * as tx from "../text";

export function validMonthDay(m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

export function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Haitian Creole "26 septanm 2026" (with its year: "me" and "out" are also words). */
const KREYOL_BEFORE_YEAR = /(?<![\d/.-])\d{1,2}[ ]+(?:janvye|fevriye|mas|avril|me|jen|jiyè|jiye|out|septanm|oktòb|oktob|novanm|desanm)[ ]+$/i;

/** Haitian Creole "26 septanm 2026": at each four-digit year 1900-2099 after a word and a space, the day and month before it. */
export function creoleDates(text: string, t: Tokens, out: Candidate[], priority: number): void {
  const d = t.digits;
  for (let r = 0; r < t.nDigitRuns; r++) {
    const s = d[2 * r]!;
    if (d[2 * r + 1]! - s !== 4 || s < 2 || text.charCodeAt(s - 1) !== 32) continue;
    const c = text.charCodeAt(s) * 256 + text.charCodeAt(s + 1);
    if (c !== 49 * 256 + 57 && c !== 50 * 256 + 48) continue; // "19", "20"
    const l = text.charCodeAt(s - 2);
    if (!((l | 32) >= 97 && (l | 32) <= 122) && l < 0xc0) continue; // a letter ("septanm", "jiyè")
    const before = text.slice(Math.max(0, s - 24), s);
    const m = KREYOL_BEFORE_YEAR.exec(before);
    if (m) out.push({ start: s - before.length + m.index, end: s + 4, type: "DATE", priority });
  }
}

/** A date label right before a value ("PATIENT'S BIRTH DATE ........... 04 06 55", "DOB: ..."), on the same line. */
const DATE_LABEL_BEFORE = /\b(?:date|dob|d\.o\.b|birth|born|dos)\b[ \t.:#-]*$/i;

/**
 * Month, day and year written with single spaces ("04 06 55", "01 24 2025", as claim forms print them): taken after a
 * date label, or two in a row opening a line (a service line's from and to dates). Two-digit groups alone are too common otherwise.
 */
export function spacedDates(text: string, t: Tokens, out: Candidate[], priority: number): void {
  const d = t.digits;
  const R = t.nDigitRuns;
  // the end of the last date taken, and whether the triple starting at run r is a date ("MM DD YY" / "MM DD YYYY")
  const triple = (r: number): boolean => {
    if (r + 2 >= R) return false;
    const s = d[2 * r]!;
    if (d[2 * r + 1]! - s !== 2 || d[2 * r + 2]! !== s + 3 || d[2 * r + 3]! !== s + 5 || d[2 * r + 4]! !== s + 6) return false;
    const yl = d[2 * r + 5]! - (s + 6);
    if (yl !== 2 && yl !== 4) return false;
    if (text.charCodeAt(s + 2) !== 32 || text.charCodeAt(s + 5) !== 32) return false;
    if (s > 0 && /[\d/.:-]/.test(text.charAt(s - 1))) return false;
    const m = (text.charCodeAt(s) - 48) * 10 + text.charCodeAt(s + 1) - 48;
    const day = (text.charCodeAt(s + 3) - 48) * 10 + text.charCodeAt(s + 4) - 48;
    return m >= 1 && m <= 12 && day >= 1 && day <= 31;
  };
  let prevEnd = -1;
  for (let r = 0; r + 2 < R; r++) {
    if (!triple(r)) continue;
    const s = d[2 * r]!;
    const e = d[2 * r + 5]!;
    const lineStart = text.lastIndexOf("\n", s - 1) + 1;
    const paired = prevEnd >= 0 && /^[ \t]{1,3}$/.test(text.slice(prevEnd, s));
    // a pair opens its line (a claim's service line)
    const nextPaired = /^[ \t]*$/.test(text.slice(lineStart, s)) && triple(r + 3) && /^[ \t]{1,3}$/.test(text.slice(e, d[2 * r + 6]!));
    if (paired || nextPaired || DATE_LABEL_BEFORE.test(text.slice(Math.max(lineStart, s - 48), s))) {
      out.push({ start: s, end: e, type: "DATE", priority });
      prevEnd = e;
      r += 2;
    }
  }
}

/**
 * A range of two month/day dates, "DOS 12/24-6/4", "imaging 8/9-4/17": the single m/d pattern stops at a "-" and a
 * digit (a ratio, a list), so the pair is read here; both ends must be valid days of the year.
 */
export function dayRanges(text: string, t: Tokens, out: Candidate[], priority: number): void {
  const d = t.digits;
  const R = t.nDigitRuns;
  for (let r = 0; r + 3 < R; r++) {
    // four runs of one or two digits: a "/" between the first two, a "-" between the pairs, a "/" in the second
    const s = d[2 * r]!;
    const s1 = d[2 * r + 1]!;
    if (s1 - s > 2 || text.charCodeAt(s1) !== 47 || d[2 * r + 2] !== s1 + 1) continue;
    const s2 = d[2 * r + 3]!;
    if (s2 - s1 - 1 > 2 || text.charCodeAt(s2) !== 45 || d[2 * r + 4] !== s2 + 1) continue;
    const s3 = d[2 * r + 5]!;
    if (s3 - s2 - 1 > 2 || text.charCodeAt(s3) !== 47 || d[2 * r + 6] !== s3 + 1) continue;
    const e = d[2 * r + 7]!;
    if (e - s3 - 1 > 2) continue;
    if (s > 0 && /[\w/.+-]/.test(text.charAt(s - 1))) continue;
    if (/^[\w%/]|^[.-]\d/.test(text.slice(e, e + 2))) continue;
    const a = Number(text.slice(s, s1));
    const b = Number(text.slice(s1 + 1, s2));
    const c = Number(text.slice(s2 + 1, s3));
    const f = Number(text.slice(s3 + 1, e));
    if (!validMonthDay(a, b) || !validMonthDay(c, f)) continue;
    // "1/2-3/4" (cup), "3/4-7/8": proper fractions at both ends are an amount
    if (b <= 8 && a < b && f <= 8 && c < f) continue;
    out.push({ start: s, end: s2, type: "DATE", priority }, { start: s2 + 1, end: e, type: "DATE", priority });
    r += 3;
  }
}

/**
 * Months written after their day in languages the other rules do not read: Turkish, Indonesian, Tagalog, Romanian,
 * French, German, Dutch and Italian ("8 mars", "le 1er avril 2025", "8. März 2024", "3 maart", "12 maggio").
 */
const FOREIGN_MONTH =
  "ocak|şubat|subat|mart|nisan|mayıs|mayis|haziran|temmuz|ağustos|agustos|eylül|eylul|ekim|kasım|kasim|aralık|aralik|januari|februari|maret|mei|juni|juli|oktober|desember|enero|pebrero|marso|abril|mayo|hunyo|hulyo|setyembre|oktubre|nobyembre|disyembre|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|janvier|février|fevrier|mars|mai|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|januar|februar|märz|maerz|dezember|maart|augustus|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre";

/** Polish "21 listopada 1969 r.", "12 maja" (a month in the genitive after its day; with the year's "r." when written). */
const POLISH_DATE = new RegExp(
  `\\d{1,2}(?:er)?\\.?[ ]{1,2}(?:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[sś]nia|pa[zź]dziernika|listopada|grudnia|${FOREIGN_MONTH})(?![\\p{L}])(?:[ ]{1,2}(?:19|20)\\d\\d(?:[ ]?r\\.)?(?!\\d))?`,
  "iuy",
);
/** The months polishDates reads, lower-cased. */
const OTHER_MONTHS = new Set(
  `stycznia lutego marca kwietnia maja czerwca lipca sierpnia września wrzesnia października pazdziernika listopada grudnia ${FOREIGN_MONTH.split("|").join(" ")}`.split(" "),
);
/** The first two letters of those months (lower-cased code units, 16 bits each): most words after a number fail here. */
const MONTH_PREFIXES = new Set([...OTHER_MONTHS].map((m) => (m.charCodeAt(0) << 16) | m.charCodeAt(1)));
/** A code unit lower-cased: ASCII by bit, others (rare here) through toLowerCase ("Ş" -> "ş"). */
function lowerUnit(c: number): number {
  return c < 128 ? ((c >= 65 && c <= 90) ? c | 32 : c) : String.fromCharCode(c).toLowerCase().charCodeAt(0);
}
/** A letter of a month's name: a-z, A-Z, or a Latin letter outside ASCII ("ś", "ı", "ş"). */
function isMonthLetter(c: number): boolean {
  return ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 0xc0 && c <= 0x2af);
}

export function polishDates(text: string, t: Tokens, out: Candidate[], priority: number): void {
  const d = t.digits;
  for (let r = 0; r < t.nDigitRuns; r++) {
    const s = d[2 * r]!;
    const e = d[2 * r + 1]!;
    // "25. Ekim" (a day with a full stop), "1er avril" (French writes the first as an ordinal)
    const er = e - s === 1 && text.charCodeAt(s) === 49 && text.charCodeAt(e) === 101 && text.charCodeAt(e + 1) === 114;
    const sp = er ? e + 2 : text.charCodeAt(e) === 46 ? e + 1 : e;
    if (e - s > 2 || text.charCodeAt(sp) !== 32) continue;
    // the word after the day must be one of the months (a set lookup: "5 mg", "3 weeks" go no further)
    const c0 = text.charCodeAt(sp + 1);
    const c1 = text.charCodeAt(sp + 2);
    if (!MONTH_PREFIXES.has((lowerUnit(c0) << 16) | lowerUnit(c1))) continue; // "5 mg", "3 weeks"
    let q = sp + 1;
    while (q < text.length && q - sp <= 13 && isMonthLetter(text.charCodeAt(q))) q++;
    if (q === sp + 1 || !OTHER_MONTHS.has(text.slice(sp + 1, q).toLowerCase())) continue;
    const day = Number(text.slice(s, e));
    if (day < 1 || day > 31 || (s > 0 && /[\d/.-]/.test(text.charAt(s - 1)))) continue;
    const m = sticky(POLISH_DATE, text, s);
    if (m) out.push({ start: s, end: s + m[0].length, type: "DATE", priority });
  }
}


/** Months that Spanish, Tagalog and Ilocano speakers write before the day, as English does ("Mayo 22", "Agosto 13, 2026"). */
const MONTH_FIRST = new Set(
  "enero pebrero febrero marso marzo abril mayo hunyo junio hulyo julio agosto setyembre septiembre setiembre oktubre octubre nobyembre noviembre disyembre diciembre".split(" "),
);

/** "Mayo 22", "Setyembre 5, 1931": a capitalised month of those languages, then the day (and the year). */
export function monthFirstDates(text: string, t: Tokens, out: Candidate[], priority: number): void {
  const d = t.digits;
  for (let r = 0; r < t.nDigitRuns; r++) {
    const s = d[2 * r]!;
    const e = d[2 * r + 1]!;
    if (e - s > 2 || s < 5 || text.charCodeAt(s - 1) !== 32 || isMonthLetter(text.charCodeAt(e)) || (e < text.length && tx.isDigitChar(text.charCodeAt(e)))) continue;
    // (not part of a numeric date or a time: "Mayo 3/14", "Mayo 2:30")
    if (/^[/.:-]\d/.test(text.slice(e, e + 2))) continue;
    const day = Number(text.slice(s, e));
    if (day < 1 || day > 31) continue;
    let a = s - 1;
    while (a > 0 && isMonthLetter(text.charCodeAt(a - 1))) a--;
    if (a === s - 1 || !tx.isUpperChar(text.charCodeAt(a)) || (a > 0 && isMonthLetter(text.charCodeAt(a - 1)))) continue;
    const month = text.slice(a, s - 1).toLowerCase();
    if (!MONTH_FIRST.has(month)) continue;
    const year = /^,?[ ](?:19|20)\d\d(?!\d)/.exec(text.slice(e, e + 6));
    // "Mayo" is also a clinic: as a month it needs a year after it or a label's colon before it ("check-up: Mayo 22")
    if (month === "mayo" && !year && !/:[ \t]*$/.test(text.slice(Math.max(0, a - 3), a))) continue;
    // "Mayo 3 times", "Abril 2 weeks": a count
    if (/^[ ](?:times?|weeks?|wks?|days?|months?|years?|yrs?|hours?|hrs?|veces|semanas?|d[ií]as?|meses|años|camas)\b/i.test(text.slice(e, e + 10))) continue;
    out.push({ start: a, end: e + (year ? year[0].length : 0), type: "DATE", priority });
  }
}
