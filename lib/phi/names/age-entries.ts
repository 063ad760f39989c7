/**
 * People listed with their age: "SUTTON, Ola, 84F", "Case 1: GURNEY, TAKESHI, 70M", "Bed 201A — Bishop, Tesfaye (58
 * y/o", "Pt Abundio J. Sampaio, 105 y/o". The age after the name (with a comma, or in brackets after "Surname, Given")
 * says the words before it are a person. Run by layoutNames (layout.ts). And people listed with their birth date in a
 * report's columns (surnameGivenBeforeDate, run by detectNames).
 */
import * as tk from "../tokens";
import { AFTER_APPOSED_AGE } from "../patterns/ages";
import { isParticle } from "./emit";
import { CTX_LABEL, type NameCtx, accepts, capsName, chainBack, fieldStart, markRange, paddedGap, tokenEndingAt } from "./context";

const { F_BLOCK, F_CRED, F_ENGLISH, F_FUNC, F_LABEL, F_NAME, F_STATE, F_TITLE, G_COMMA, G_HYPHEN, G_SPACE, SHAPE_CAP, SHAPE_INITIAL, SHAPE_UPPER } = tk;

/** After the digits of an age: "-year-old", " yo", " y/o", "F" ("26F"), " years old". */
const AGE_UNIT = /^(?:[ -]?(?:year|yr)s?[ -]old\b|[ ]?(?:yo|y\/o|y\.o\.|yof|yom)(?![a-z])|[FM]\b|[ ]?years?\b)/i;

export function nameBeforeAge(c: NameCtx): void {
  const { t, text, G, S } = c;
  const d = t.digits;
  for (let r = 0; r < t.nDigitRuns; r++) {
    const s = d[2 * r]!;
    const e = d[2 * r + 1]!;
    if (e - s > 3) continue;
    let p = s - 1;
    // "Bishop, Tesfaye (58 y/o, MRN ...)", "VITALE, MARIE-CLAUDE (95M": the age in brackets after "Surname, Given"
    const bracket = p > 1 && text.charCodeAt(p) === 40 && text.charCodeAt(p - 1) === 32;
    if (bracket) p--;
    while (p >= 0 && text.charCodeAt(p) === 32) p--;
    if (p < 1 || (!bracket && text.charCodeAt(p) !== 44)) continue; // ", " before the age
    // (in brackets the age may stand alone: "5. STRONG, Bartholomew (90) — end-stage dementia")
    // (or set off by commas before the town, as a death notice writes it: "Orla Quennell, 97, of Pine Hatch")
    const apposed = !bracket && APPOSED.test(text.slice(e, e + 16));
    if (!AGE_UNIT.test(text.slice(e, e + 12)) && !(bracket && text.charCodeAt(e) === 41) && !apposed) continue;
    if (bracket) {
      const k = tokenEndingAt(t, p + 1);
      surnameGivenBeforeAge(c, k);
      if (k >= 0 && !c.mark[k] && text.charCodeAt(e) === 41 && ROSTER_AFTER.test(text.slice(e + 1, e + 4))) givenBeforeAge(c, k);
      continue;
    }
    const k = tokenEndingAt(t, p);
    if (k < 0 || c.mark[k]) continue;
    let a = chainBack(c, k + 1, CTX_LABEL, 4);
    if (a > k) {
      // "Case 1: GURNEY, TAKESHI, 70M" on a mixed-case line: the "Surname, Given" shape says it
      surnameGivenBeforeAge(c, k);
      continue;
    }
    // "Ford, Susan": the surname before a comma ("Case 1: GURNEY, TAKESHI, 70M": after a label's colon too)
    const opens = (i: number): boolean => fieldStart(c, i) || ENTRY_BEFORE.test(text.slice(Math.max(0, t.start[i]! - 4), t.start[i]!));
    if (a >= 1 && G[a - 1]! & G_COMMA && S[a] !== SHAPE_INITIAL && (accepts(c, a - 1, CTX_LABEL) || capsName(c, a - 1))) {
      let b = a - 1;
      while (b > 0 && a - b < 4 && isParticle(t, text, b - 1) && G[b - 1]! & G_SPACE) b--; // "van Dijk, Vesna"
      if (opens(b)) a = b;
    }
    if (opens(a) || (apposed && a > k - 3 && S[a] === SHAPE_CAP && (a === 0 || SENTENCE_BEFORE.test(text.slice(Math.max(0, t.start[a]! - 4), t.start[a]!))))) markRange(c, a, k + 1, true);
  }
}

/** After an age set off by commas: the town the person was of, or a death ("`, of Pine Hatch`", "`, passed away`"). */
const APPOSED = new RegExp(`^,[ ]${AFTER_APPOSED_AGE}`);
/** Before a name that opens a sentence: a full stop, a quotation mark or a line start. */
const SENTENCE_BEFORE = /(?:^|[.!?]["”]?[ ]{1,2}|\n|["“])$/;
/** What may open a listed person's entry: a field start, a dash or a colon after a bed or a label ("Bed 201A — "), "Pt". */
const ENTRY_BEFORE = /(?:[—–-]|:|\b(?:[Pp]t|[Pp]atient|[Rr]esident|[Cc]lient))[ \t]+$/;

/** After a drug's "(dose)": what a nurse writes of a dose, or a dose too large for an age. */
const DOSE_AFTER = /^[ ]\((?:\d{3,}|\d+[.,]\d+)\)|^[ ]\(\d{1,3}\)[ \t]*(?:given|held|admin|due|refused|x\d|mg|mcg|ml|units?|tab|prn)\b/i;
/** Medications listed before: "Meds:", "Home meds", "Rx:". */
const MEDS_BEFORE = /\b(?:meds?|medications?|rx|drugs?|mar|dose|doses)\b[^\n]*$/i;
/** After a roster's "(age)": a field gap, the line's end, a comma or a dash. */
const ROSTER_AFTER = /^(?:[ \t]{2}|[ \t]*(?:\r?\n|$)|,|[ ][—–-][ ])/;

/**
 * "Cabin 4  Bidzii (14)  tick removed": one given name alone opening a roster's field, with the age in brackets after
 * it; a word that is no English one (a census name that is one, "Chance", is left to the name rules).
 */
function givenBeforeAge(c: NameCtx, k: number): void {
  if (c.S[k] !== SHAPE_CAP || c.M[k] !== 0 || (c.F[k]! & (F_ENGLISH | F_BLOCK | F_FUNC | F_CRED | F_TITLE | F_LABEL | F_STATE)) !== 0) return;
  // (not a drug before its dose: "Zofran (4)  given", "Keppra (500)  held"; nor a list of them after "Meds:")
  if (DOSE_AFTER.test(c.text.slice(c.t.end[k]!, c.t.end[k]! + 24)) || MEDS_BEFORE.test(c.text.slice(Math.max(0, c.t.start[k]! - 40), c.t.start[k]!))) return;
  if (c.t.end[k]! - c.t.start[k]! >= 3 && fieldStart(c, k)) markRange(c, k, k + 1, true);
}

/**
 * "Bishop, Tesfaye (58 y/o", "DANG, B (55 y/o", "VITALE, MARIE-CLAUDE (95M": token k is the given name (or an initial)
 * of a "Surname, Given" pair opening an entry, with the age in brackets after it.
 */
function surnameGivenBeforeAge(c: NameCtx, k: number): void {
  const { t, text, F, G, S } = c;
  // the given name's first part ("MARIE-CLAUDE")
  let g = k;
  while (g > 1 && G[g - 1]! & G_HYPHEN && t.start[g]! - t.end[g - 1]! === 1) g--;
  if (g < 1 || c.mark[k] || !(G[g - 1]! & G_COMMA) || t.start[g]! - t.end[g - 1]! > 2) return;
  let a = g - 1;
  if (!(S[a] === SHAPE_CAP || S[a] === SHAPE_UPPER) || F[a]! & (F_FUNC | F_CRED | F_LABEL | F_STATE)) return;
  // (the given name may be an English word: "Traoré, Rhythm"; the shape says what it is)
  if (!(S[g] === SHAPE_INITIAL || S[g] === SHAPE_CAP || S[g] === SHAPE_UPPER) || F[g]! & (F_FUNC | F_CRED | F_TITLE | F_LABEL)) return;
  // the surname's particles ("de la Croix", "VAN DEN BROEK")
  while (a > 0 && a - g > -4 && isParticle(t, text, a - 1) && G[a - 1]! & G_SPACE) a--;
  if (!fieldStart(c, a) && !ENTRY_BEFORE.test(text.slice(Math.max(0, t.start[a]! - 4), t.start[a]!))) return;
  markRange(c, a, k + 1, true);
}

/** Before a row's name: an id column (group 1: letters and digits with a digit, then two spaces) or a list's number. */
const ROW_LEAD = /(?:(\d[A-Za-z0-9-]*(?:[ ]\d+)?[ ]{2,})|(?:^|\n)[ \t]*\d{1,3}[.)][ ]+)$/;
/** Every word of tokens a..g is an English word and no census name. */
function allEnglish(c: NameCtx, a: number, g: number): boolean {
  for (let q = a; q <= g; q++) if ((c.F[q]! & (F_ENGLISH | F_NAME)) !== F_ENGLISH && c.S[q] === SHAPE_UPPER && c.t.end[q]! - c.t.start[q]! > 1) return false;
  return true;
}

/** After a padded given-name column: spaces, then a birth date as a fixed-width file writes it ("19540302", "A19530416"). */
const PADDED_DATE_AFTER = /^[ ]{2,}[A-Z]?(?:19|20)\d{6}(?!\d)/;
/** After a report row's name field: two spaces or more, then a date (digits, a month, "the 7th of"). */
const DATE_FIELD_AFTER =
  /^[ ]{2,}(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?!\d)|(?:19|20)\d\d-\d\d-\d\d|\d{1,2}(?:st|nd|rd|th)?[ -](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ -]\d|the[ ]\d)/i;

/**
 * "A: 002124129  FRIEND, LYRIC  Jun-03-2000", "B: E6406457  ST. CLAIR, GIORGOS  07/11/1931": in a report laid out in
 * columns (two spaces or more on each side), "SURNAME, GIVEN" in capitals with a date in the next column. The layout
 * says it is a person even when the words are English ones ("FRIEND", "PILL").
 */
export function surnameGivenBeforeDate(c: NameCtx): void {
  const { t, text, n, F, G, S } = c;
  const notName = F_FUNC | F_CRED | F_TITLE | F_LABEL | F_STATE;
  for (let k = 0; k + 1 < n; k++) {
    if (S[k] !== SHAPE_UPPER || S[k + 1] !== SHAPE_UPPER) continue;
    // "SURNAME, GIVEN", or a fixed-width record's columns padded with spaces ("WINTERBOTTOM      GUADALUPE    19540302")
    const padded = paddedGap(c, k);
    if (!padded && (!(G[k]! & G_COMMA) || t.start[k + 1]! - t.end[k]! !== 2)) continue;
    // the given name, and a second given name or an initial ("ELLA MAE", "ANN B")
    let g = k + 1;
    if (g + 1 < n && S[g + 1] === SHAPE_UPPER && G[g]! & G_SPACE && t.start[g + 1]! - t.end[g]! === 1) g++;
    if (!(padded ? PADDED_DATE_AFTER : DATE_FIELD_AFTER).test(text.slice(t.end[g]!, t.end[g]! + 24))) continue;
    // the surname: up to three words in capitals ("ST. CLAIR", "VAN DER LINDEN", "NG-RICH"), opening its column
    let a = k;
    while (!padded && a > 0 && k - a < 3 && S[a - 1] === SHAPE_UPPER && t.start[a]! - t.end[a - 1]! <= 2 && /^(?:[ ]|\.[ ]?|-)$/.test(text.slice(t.end[a - 1]!, t.start[a]!))) a--;
    // the row's id column before it ("A: 002124129  "), or a list's number ("9. "); a lab's or a problem list's row
    // ("GLUCOSE, FASTING  03/14/2024", "9. HYPERTENSION, ESSENTIAL  01/02/2019") is English words, not a person
    const lead = ROW_LEAD.exec(text.slice(Math.max(0, t.start[a]! - 24), t.start[a]!));
    if (!lead || ((!lead[1] || padded) && allEnglish(c, a, g))) continue;
    let ok = true;
    for (let q = a; q <= g && ok; q++) ok = (F[q]! & notName) === 0 && t.end[q]! - t.start[q]! >= (q === g && g > k + 1 ? 1 : 2);
    if (ok) markRange(c, a, g + 1, true);
  }
}
