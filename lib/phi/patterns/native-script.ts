/**
 * Identifiers in a bilingual note's own script, read by what is around them rather than by lists of names (which no
 * rule here has for these scripts): a name after a label or a relation word ("रोगी का नाम: लक्ष्मी देसाई", "ধी ਪਰਮਜੀਤ ਜੀ",
 * "동반: 아들 조순자"), a name glossed by its romanisation ("ម៉ៅ បុប្ផា (MAO Bopha)", "کاوه (Kaveh)"), a name after a
 * title ("डॉ. Park", "הרב אזולאי"), a place of worship after its label ("קהילה: ...", "Եկեղեցի: ..."), a town in
 * Latin letters after "lives in" ("ساکن Smackover؛"), and dates with native digits or month names ("२१/१२/१९३०",
 * "੨੩ ਸਤੰਬਰ ੧੯੩੪", "1926 թ. մայիսի 2", "ሚያዝያ 23 ቀን 1968", "۲۱ اسفند", "18 במאי 1931"). The words are in
 * script-words.ts. Run only when the scan saw a character of another script (Scan.otherScript).
 */
import { type Candidate } from "../types";
import { eachMatch } from "../text";
import { dictionaries } from "../names/dictionaries";
import { COUNTRIES } from "./geo-lists";
import {
  AFTER_NAME,
  DATE_LABELS,
  LIVES_AFTER,
  LIVES_BEFORE,
  MONTHS_AM,
  MONTHS_FA,
  MONTHS_HE,
  MONTHS_HI,
  MONTHS_HY,
  MONTHS_KM,
  MONTHS_PA,
  NAME_LABELS,
  NATIVE_AGE_LABELS,
  RELATION_WORDS,
  RELATION_WORDS_UNSPACED,
  TITLE_ABBREVIATIONS,
  TITLES,
  WORSHIP_LABELS,
} from "./script-words";

const P_NAME = 42;

/** A letter (or a combining mark) of any script but Latin; zero-width joiners are inside Persian words. */
const NL = "(?:(?!\\p{Script=Latin})[\\p{L}\\p{M}\\u200C\\u200D])";
/** A word of such letters, with an apostrophe or a hyphen inside ("אברג'ל"). */
const NWORD = `${NL}+(?:['׳-]${NL}+)*`;
/**
 * No letter, mark, joiner, apostrophe or hyphen right before: a word is matched from its start only (not again after
 * each joiner inside it, which made long hyphenated runs quadratic).
 */
const START = "(?<![\\p{L}\\p{M}'׳-])(?<!\\u200C)(?<!\\u200D)";
/** The same for a word in Latin letters. */
const LATIN_START = "(?<![A-Za-z'’-])";
/** A capitalised word in Latin letters ("Park", "MOHAMMADI", "Soon-ja", "van"). */
const LATIN = "[A-Z][A-Za-z'’-]*";
/**
 * What ends a relative's name: its romanisation in brackets, or a particle ("ጋር" with, "जी", "씨" and a particle after
 * it). A comma or the line's end is not enough: "बेटे के साथ आए," (came with the son) names no one.
 */
const NAME_END = `(?=[ ]?(?:\\(|(?:씨|님)|(?:${AFTER_NAME})(?![\\p{L}\\p{M}])))`;

/** A field's start: the line's, or after a bar, a semicolon, a tab or two spaces ("दवा का नाम:", a drug's name, is no name's label). */
const FIELD_START = "(?<=(?:^|\\n|\\||;|\\t|[ ]{2})[ \\t]*)";
/** A word of the script with an initial before it ("ந. கார்த்திக்", "சு. பழனிசாமி"). */
const INITIALLED = `(?:${NL}{1,3}\\.[ ]?)?${NWORD}`;
/** A name's value: one to four words of the script (a comma after a surname), or Latin capitalised words. */
const NAME_VALUE = `${INITIALLED}(?:,?[ ]${INITIALLED}){0,3}|${LATIN}(?:[ ]${LATIN}){0,2}`;
/** A label's English gloss in brackets ("பெயர் (Name):", "அடுத்த சந்திப்பு (next visit):"). */
const GLOSS = "(?:[ ]?\\([A-Za-z' /-]{2,30}\\))?";
/** The English glosses of a name's label, after words of any script: "<label> (Name):". */
const NAME_GLOSS = "\\((?:[Nn]ame|NAME|[Pp]atient(?:'s)?(?: [Nn]ame)?|[Ff]ull [Nn]ame|[Ss]urname|[Ff]amily [Nn]ame|[Ll]ast [Nn]ame|[Gg]iven [Nn]ame|[Ff]irst [Nn]ame)\\)";
/** A label (of these languages, or any words glossed "(Name)"), its colon, and the name. */
const LABELLED = new RegExp(
  `${FIELD_START}(?:(?:${NAME_LABELS})${GLOSS}|${NWORD}(?:[ ]${NWORD}){0,3}[ ]?${NAME_GLOSS})[ \\t]*[:：՝][ \\t]*(${NAME_VALUE})`,
  "gdu",
);
/** A relation word's English gloss, after a word of any script: "மகள் (daughter) முருகன்". */
const RELATION_GLOSS =
  "\\((?:daughter|son|wife|husband|mother|father|sister|brother|grandson|granddaughter|grandchild|daughter-in-law|son-in-law|niece|nephew|spouse|partner|caregiver)\\)";
/** A word of a name: not a particle after one. */
const NAME_WORD = `(?!(?:${AFTER_NAME})(?![\\p{L}\\p{M}]))${NWORD}`;
/** A relation word and the relative's name (one to three words), ended by a bracket, a comma, a particle. */
const RELATIVE = new RegExp(
  `(?:${START}(?:${RELATION_WORDS})${GLOSS}|(?:${RELATION_WORDS_UNSPACED})${GLOSS}|${START}${NWORD}[ ]?${RELATION_GLOSS})[՝:]?[ ]{1,2}(${NAME_WORD}(?:[ ]${NAME_WORD}){0,2})${NAME_END}`,
  "gdu",
);
/** Words of the script, then their romanisation in brackets: "लक्ष्मी देसाई (Lakshmi Desai)", "정순자 (JUNG, Soon-ja;". */
const GLOSSED = new RegExp(`${START}(${NWORD}(?:[ ]${NWORD}){0,3})[ ]?\\((${LATIN}(?:,?[ ]${LATIN}){0,3})(?=[),;])`, "gdu");
/**
 * A title in the script, then a name: "डॉ. Park", "ד"ר Sharma", "הרב אזולאי". The title ends its word ("הרבה", a lot,
 * is no "הרב"); a word of the script follows only an abbreviated title ("डॉक्टर ने कहा", the doctor said, names no one).
 */
const TITLED = new RegExp(`${START}(?:(?:${TITLES})(?:[ ]|(?<=\\.))(${LATIN})|(?:${TITLE_ABBREVIATIONS})(?:[ ]|(?<=\\.))(${NWORD}))`, "gdu");
/** A place of worship after its label, to the line's end (or a comma before a word of the script, or a full stop). */
const WORSHIP = new RegExp(`${START}(?:${WORSHIP_LABELS})[ \\t]*[:：՝][ \\t]*([^\\n]{3,80}?)(?=[ ]*(?:\\n|$|[.;]|,[ ]${NL}))`, "gdu");
/**
 * A place of worship named in the script without a label, its head first, after an English preposition ("volunteer at
 * ਗੁਰਦੁਆਰਾ ਸਾਹਿਬ ਸੱਚਖੰਡ"); a sentence that only mentions a temple ("वे रोज़ मंदिर जाते हैं") names none.
 */
const WORSHIP_NAMED = new RegExp(`\\b(?:at|to|from|in)[ ]((?:ਗੁਰਦੁਆਰਾ|गुरुद्वारा|វត្ត)(?:[ ]${NWORD}){1,3})`, "gdu");
/** A town in Latin letters after "lives in" ("ساکن Smackover؛", "מתגוררת ב-Tansy Flats,", "រស់នៅ Tansy Flats —"). */
const LIVES_IN = new RegExp(`(?:${LIVES_BEFORE})[ ]?(${LATIN}(?:[ ]${LATIN}){0,2})(?![A-Za-z'’-])`, "gdu");
/** A town in Latin letters before "in ... lives" ("Loyal में बेटे के साथ रहते हैं", "Saltlick Gap-ում"). */
const TOWN_LIVES = new RegExp(`${LATIN_START}(${LATIN}(?:[ ]${LATIN}){0,2})${LIVES_AFTER}`, "gdu");

/** Any decimal digit (of any script): in a pattern's source, and alone. */
const D = "\\p{Nd}";
const DIGIT = /\p{Nd}/u;
/** The English glosses of a date's label, after words of any script: "<label> (next visit):", "<label> (DOB):". */
const DATE_GLOSS = "\\((?:next visit|next appointment|next appt|next|DOB|date of birth|birth date|born|appointment|follow-up|visit date)\\)";
/**
 * A date after its label (of these languages, or any words glossed "(DOB)", "(next visit)"): digits of any script and
 * words of the note's own script (a month's name, "ቀን", "წლის"), with at least one digit: "১১ জ্যৈষ্ঠ ১৩৪৮",
 * "1936 წლის 10 აპრილი", "4 ກັນຍາ 2498", "8 அக்டோபர்".
 */
const DATED = new RegExp(
  `(?:${START}(?:${DATE_LABELS})${GLOSS}|${START}${NWORD}(?:[ ]${NWORD}){0,3}[ ]?${DATE_GLOSS})[ \\t]*[:：՝]?[ \\t]*((?:${D}{1,4}|${NWORD})(?:[ ]?[./,-]?[ ]?(?:${D}{1,4}|${NWORD})){0,4})`,
  "gdu",
);
/**
 * A town in Latin letters with a case ending of the scripts that write one after a hyphen (Armenian, Bengali, Tamil,
 * Georgian): "Sleepy Eye-এ", "Aspen Hill-ში", "Millbrook Crossing-இல்".
 */
const TOWN_SUFFIXED = new RegExp(`${LATIN_START}(${LATIN}(?:[ ]${LATIN}){0,2})-(?=[\\u0531-\\u058F\\u0980-\\u09FF\\u0B80-\\u0BFF\\u10A0-\\u10FF])`, "gdu");
/**
 * A date in digits of any script, with its year ("२१/१२/१९३०", "۱۳۰۰/۱۱/۲۷"); kept only when a digit is not ASCII. Two
 * parts alone ("۷/۱۰", a pain score; "२.५", a dose) are dates only after a date label (DATED).
 */
const NATIVE_DIGITS = new RegExp(`(?<!${D}|[/.-])${D}{1,4}([/.-])${D}{1,2}\\1${D}{2,4}(?![/.-]?${D})`, "gdu");
/** A day, a month's name, and a year if one follows (digits of any script). */
const DAY_MONTH = new RegExp(
  `(?<!${D})${D}{1,2}[ ](?:${MONTHS_HI}|${MONTHS_PA}|${MONTHS_FA}|${MONTHS_HE}|${MONTHS_HY}|ខែ(?:${MONTHS_KM}))(?:[ ](?:ឆ្នាំ)?${D}{4}(?:[ ]թ\\.)?)?(?![\\p{L}\\p{M}])`,
  "gdu",
);
/** A month's name, then the day: Armenian ("1926 թ. մայիսի 2", "դեկտեմբերի 5") and Ethiopian ("ሚያዝያ 23 ቀን 1968"). */
const MONTH_DAY = new RegExp(
  `(?:${D}{4}[ ]թ\\.[ ])?(?:${MONTHS_HY})[ ]${D}{1,2}(?!${D})|${START}(?:${MONTHS_AM})[ ]${D}{1,2}(?:[ ]ቀን[ ]${D}{4})?(?!${D})`,
  "gdu",
);

/** An age over 89 in the note's own digits after an age label ("उम्र: ९६", "سن: ۹۶"); ASCII digits are ages.ts's. */
const NATIVE_AGE = new RegExp(`${START}(?:${NATIVE_AGE_LABELS})[ \\t]*[:：՝]?[ \\t]*(${D}{2,3})(?!${D})`, "gdu");

/** What follows a label and is no one: "unknown", "not given". */
const NOT_A_NAME = /^(?:अज्ञात|ਅਣਜਾਣ|Անհայտ|ያልታወቀ|نامعلوم|미상|모름|មិនស្គាល់|לא ידוע|Unknown|Not|None|N\/?A|Declined|Pending|Refused)\b/u;

/**
 * Whether a romanisation in brackets is a name: capitalised words, none of them a country, a word that is never a name
 * (the dictionaries' non-name words hold languages and peoples: "(Hindi)", "(Armenian)"), or an English word that is
 * no name.
 */
function nameGloss(words: string): boolean {
  const d = dictionaries();
  for (const w of words.split(/,?[ ]/)) {
    const k = w.toLowerCase().replace(/['’]s$/, "");
    if (COUNTRIES.has(k) || d.nonName.has(k)) return false;
    if (d.english.has(k) && !knownName(k)) return false;
  }
  return true;
}

/**
 * The romanisation of a name just read, a few words of the script on, in brackets ("ਪਰਮਜੀਤ ਜੀ ਨਾਲ ਆਏ (Paramjit, 956-...)")
 * or after a dash or a slash to the field's end ("علی محمدی — MOHAMMADI, Ali").
 */
const GLOSS_AFTER = new RegExp(
  `(?:[ ]${NWORD}){0,3}(?:[ ]{0,2}\\((${LATIN}(?:,?[ ]${LATIN}){0,3})(?=[),;])|[ ]{1,2}[—–/][ ]{1,2}(${LATIN}(?:,?[ ]${LATIN}){0,3})(?=[ ]{2}|[ \\t]*(?:\\r?\\n|$)))`,
  "dyu",
);
function glossAfter(text: string, at: number, out: Candidate[]): void {
  GLOSS_AFTER.lastIndex = at;
  const m = GLOSS_AFTER.exec(text);
  if (m === null) return;
  const g = m[1] !== undefined ? 1 : 2;
  if (nameGloss(m[g]!)) group(m, g, out, "NAME", P_NAME);
}

/** A surname in capitals and a given name ("MAO Bopha", "PERETZ, Avraham"): how a person is romanised, not a place. */
const SURNAME_GIVEN = /^[A-Z]{2,}[A-Z'-]*,?[ ][A-Z][a-z]/;
/** A phone number after the romanisation ("(Paramjit, 956-227-6179)"). */
const PHONE_NEXT = /^,[ ]?[(+]?\d/;
/** A label's colon before the words of the script ("ឈ្មោះ: ម៉ៅ បុប្ផា (MAO Bopha)"). */
const LABEL_BEFORE = /[:：՝][ \t]*$/;

/**
 * Whether a glossed word is a person (a place is glossed alike: "มาจาก ขอนแก่น (Khon Kaen)", from Khon Kaen): the
 * words follow a label's colon, or the romanisation reads as a surname in capitals and a given name, or a phone
 * number follows it.
 */
function personGloss(text: string, m: RegExpExecArray): boolean {
  const start = m.indices![1]![0];
  const end = m.indices![2]![1];
  // (after a colon, a given name and a surname, or a name the lists know: "약: 엔트레스토 (Entresto)" is a drug)
  const afterLabel = LABEL_BEFORE.test(text.slice(Math.max(0, start - 3), start)) && (/[ ]/.test(m[2]!) || knownName(m[2]!));
  return afterLabel || SURNAME_GIVEN.test(m[2]!) || PHONE_NEXT.test(text.slice(end, end + 4));
}

/** A first name or a surname the census lists hold. */
function knownName(word: string): boolean {
  const d = dictionaries();
  const k = word.toLowerCase();
  return d.first.has(k) || d.last.has(k);
}

/**
 * A town in Latin letters read from a word around it: not an abbreviation in capitals ("ICU", "BRCA"), and a single
 * word no English word that is no name ("Home", "Room"); a town of two words or more may be made of English words
 * ("Sleepy Eye").
 */
function townLike(value: string): boolean {
  const words = value.split(" ");
  if (words.some((w) => /^[A-Z]{1,5}$/.test(w))) return false;
  const d = dictionaries();
  const k = words[0]!.toLowerCase();
  if (words.length === 1) return !d.nonName.has(k) && (!d.english.has(k) || knownName(k));
  return !words.some((w) => d.nonName.has(w.toLowerCase()) && !d.english.has(w.toLowerCase()));
}

function push(out: Candidate[], start: number, end: number, type: Candidate["type"], priority: number): void {
  if (end > start) out.push({ start, end, type, priority });
}

/** Pushes each word of a group of a match (so that the words' own gaps stay as they are). */
function group(m: RegExpExecArray, g: number, out: Candidate[], type: Candidate["type"], priority: number): void {
  const r = m.indices![g]!;
  push(out, r[0], r[1], type, priority);
}

export function detectNativeScript(text: string, out: Candidate[]): void {
  eachMatch(LABELLED, text, (m) => {
    if (NOT_A_NAME.test(m[1]!)) return;
    group(m, 1, out, "NAME", P_NAME);
    glossAfter(text, m.indices![1]![1], out);
  });
  eachMatch(RELATIVE, text, (m) => {
    group(m, 1, out, "NAME", P_NAME);
    glossAfter(text, m.indices![1]![1], out);
  });
  eachMatch(GLOSSED, text, (m) => {
    if (!nameGloss(m[2]!) || !personGloss(text, m)) return;
    // as many words of the script as the romanisation has (one more: a particle or a title may stand among them);
    // a longer run is a sentence the name ends (a relation word's rule reads those)
    if (m[1]!.split(" ").length > m[2]!.split(/,?[ ]/).length + 1) return;
    group(m, 1, out, "NAME", P_NAME);
    group(m, 2, out, "NAME", P_NAME);
  });
  eachMatch(TITLED, text, (m) => {
    // a word of the script after an abbreviated title (group 2), or a Latin word that reads as a name (group 1):
    // "डॉ. Patient" names no one
    if (m[1] === undefined) group(m, 2, out, "NAME", P_NAME);
    else if (nameGloss(m[1])) group(m, 1, out, "NAME", P_NAME);
  });
  eachMatch(WORSHIP, text, (m) => group(m, 1, out, "FACILITY", 50));
  eachMatch(WORSHIP_NAMED, text, (m) => group(m, 1, out, "FACILITY", 50));
  eachMatch(LIVES_IN, text, (m) => {
    if (townLike(m[1]!)) group(m, 1, out, "LOCATION", 48);
  });
  eachMatch(TOWN_LIVES, text, (m) => group(m, 1, out, "LOCATION", 48));
  eachMatch(DATED, text, (m) => {
    if (DIGIT.test(m[1]!)) group(m, 1, out, "DATE", 60);
  });
  eachMatch(TOWN_SUFFIXED, text, (m) => {
    if (townLike(m[1]!)) group(m, 1, out, "LOCATION", 48);
  });
  eachMatch(NATIVE_AGE, text, (m) => {
    const n = Number(asciiDigits(m[1]!));
    if (/[^0-9]/.test(m[1]!) && n >= 90 && n <= 125) group(m, 1, out, "AGE", 64);
  });
  eachMatch(NATIVE_DIGITS, text, (m) => {
    // (a digit that is not ASCII: the date rules read the others)
    if (/[^0-9/.-]/.test(m[0]) && plausibleDate(m[0])) push(out, m.index, m.index + m[0].length, "DATE", 60);
  });
  eachMatch(DAY_MONTH, text, (m) => push(out, m.index, m.index + m[0].length, "DATE", 60));
  eachMatch(MONTH_DAY, text, (m) => push(out, m.index, m.index + m[0].length, "DATE", 60));
}

/** The value of a decimal digit of any script: Unicode keeps each script's digits 0-9 in a run of its own. */
function digitValue(code: number): number {
  let k = 0;
  while (DIGIT.test(String.fromCodePoint(code - k - 1))) k++;
  return k % 10;
}

/** The digits of any script as ASCII digits. */
function asciiDigits(s: string): string {
  return s.replace(/\p{Nd}/gu, (c) => String(digitValue(c.codePointAt(0)!)));
}

/** A day, a month and a year, or a year, a month and a day, in range ("23/08/1978", "1353/12/23"); NATIVE_DIGITS has three parts. */
function plausibleDate(s: string): boolean {
  const [a, b, c] = asciiDigits(s).split(/[/.-]/).map(Number) as [number, number, number];
  if (a > 31) return b >= 1 && b <= 12 && c >= 1 && c <= 31;
  return ((a >= 1 && a <= 31 && b >= 1 && b <= 12) || (a >= 1 && a <= 12 && b >= 1 && b <= 31)) && (c < 100 || (c >= 1200 && c <= 6000));
}
