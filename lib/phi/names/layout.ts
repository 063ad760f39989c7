/**
 * Names that the layout of a line gives away rather than a word next to them: a line that opens with a name and its
 * age, the words before "date of birth" on a line without case, a name alone above a street line (a mailing block),
 * the name after "Guardianship of", a name in capitals on a mixed-case line, a list or table row that opens with a
 * name and then a date, a header that names the patient before an id in brackets. Run by detectNames after the
 * context rules and before the dictionary rules, in this order.
 */
import * as tk from "../tokens";
import { lowerHash } from "../word-table";
import { STATE_NAMES } from "../patterns/geo-lists";
import { informalNames } from "./informal";
import { nameBeforeAge } from "./age-entries";
import { declarant } from "./legal";
import { DOB_LID, CTX_LABEL, CTX_REL, type NameCtx, accepts, capsName, capsRun, chain, chainBack, colonAfter, fieldGap, fieldStart, len, low, markRange, paddedGap, tokenEndingAt, tokenStartingAt, unknownWord } from "./context";
// Bind once: module namespace/export getters are slow in hot loops.
const { rawOf, wordFlags, T_DOBLBL, F_BLOCK, F_CRED, F_CUE, F_ENGLISH, F_FIRST, F_FUNC, F_LABEL, F_LINK, F_NAME, F_STATE, F_TITLE, G_BREAK, G_COLON, G_COMMA, G_HYPHEN, G_NEWLINE, G_SPACE, SHAPE_CAP, SHAPE_INITIAL, SHAPE_UPPER } = tk;

const DATE_LID = lowerHash("date");
/** A word with a vowel (a name in capitals, not an abbreviation like "NSVD"). */
const VOWEL = /[AEIOUYÀ-ÖØ-ÞĀ-ž]/;
/** After a given name: an age in brackets, a DOB or an MRN ("PENCIS, Vijolīte (59) MRN ..."). */
const AFTER_GIVEN = /^[ \t]*(?:\(\d|,?[ \t]*(?:dob|mrn)\b)/i;
const OF_LID = lowerHash("of");
const FAMILY_LID = lowerHash("family");
const BIRTH_LID = lowerHash("birth");

export function layoutNames(c: NameCtx): void {
  const { t } = c;
  if (t.nDigitRuns > 0) nameBeforeAge(c);
  if (t.anyTrig & T_DOBLBL) nameBeforeBirth(c);
  nameAboveAddress(c);
  afterLegalOf(c);
  declarant(c);
  agentLabels(c);
  nicknames(c);
  capsRunInMixed(c);
  informalNames(c);
  if (t.nDigitRuns > 0) {
    nameBeforeRowDate(c);
    nameBeforeBracketId(c);
  }
}

const TWO_WORD_STATES = new Set(STATE_NAMES.filter((x) => x.includes(" ")));

/** Token i ends a two-word state name ("New Hampshire", "North Dakota"): a place allowed to stay, not a name. */
export function stateTail(c: NameCtx, i: number): boolean {
  return i > 0 && (c.F[i - 1]! & F_STATE) !== 0 && c.t.start[i]! - c.t.end[i - 1]! === 1 && TWO_WORD_STATES.has(`${low(c, i - 1)} ${low(c, i)}`);
}

/** A street line ("45859 County Road 752", "PO Box 6736") starts right after the line of token i. */
const ADDRESS_LINE = /^[ \t]*(?:\d{1,6}[A-Za-z]?[ \t]+[A-Za-z0-9]|p\.?[ ]?o\.?[ ]?box\b)/i;

function nameAboveAddress(c: NameCtx): void {
  const { t, text, n, G, M } = c;
  for (let i = 0; i < n; i++) {
    if (i > 0 && !(G[i - 1]! & G_NEWLINE)) continue;
    // the line's tokens: two to four, all of a name
    let j = i;
    while (j < n && j - i < 5 && !(G[j]! & G_NEWLINE) && j + 1 < n) j++;
    if (!(G[j]! & G_NEWLINE) || j - i < 1 || j - i > 3) continue;
    const nl = text.indexOf("\n", t.end[j]!);
    if (nl < 0) continue;
    let q = nl + 1;
    while (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9) q++;
    const c0 = text.charCodeAt(q) | 32;
    if (!((c0 >= 48 && c0 <= 57) || c0 === 112) || !ADDRESS_LINE.test(text.slice(nl + 1, nl + 24))) continue;
    let all = true;
    for (let k = i; k <= j && all; k++) all = (k === i || (G[k - 1]! & (G_SPACE | G_HYPHEN)) !== 0) && (accepts(c, k, CTX_LABEL) || capsName(c, k) || (M[k] !== 0 && unknownWord(c, k)));
    if (all && !/[^ \t\r]/.test(text.slice(t.end[j]!, nl))) markRange(c, i, j + 1, true);
  }
}

/**
 * "A: 4967380  CANTRELL, JETHRO  13 May 47": a surname in capitals another rule took, a comma, and a given name in
 * capitals that reads as a name (a census name or no known word), ending a field (two spaces, a line end or a bracket).
 * In a fixed-width record the surname's column is padded with spaces instead ("VILLARREAL        LIESEL       19910302"):
 * there the given name's column must end in spaces and a digit. Run by detectNames after the dictionary rules, which
 * take such surnames.
 */
export function givenAfterCapsSurname(c: NameCtx): void {
  const { t, text, n, G, S } = c;
  for (let k = 0; k + 1 < n; k++) {
    if (!c.mark[k] || S[k] !== SHAPE_UPPER || c.mark[k + 1]) continue;
    const gap = t.start[k + 1]! - t.end[k]!;
    const padded = paddedGap(c, k) && /^[ ]{2,}\d/.test(text.slice(t.end[k + 1]!, t.end[k + 1]! + 24));
    if (!padded && (!(G[k]! & G_COMMA) || gap > 2)) continue;
    if (!capsName(c, k + 1) || c.F[k + 1]! & (F_CRED | F_TITLE) || t.end[k + 1]! - t.start[k + 1]! < 3) continue;
    const after = text.slice(t.end[k + 1]!, t.end[k + 1]! + 2);
    if (k + 2 >= n || /^(?:[ ]{2}|[ \t]*\r?\n|[ ]?\(|\t)/.test(after)) markRange(c, k + 1, k + 2, true);
  }
}

/**
 * On a mixed-case line, two to four words in capitals that each read as a name (census names and unknown words, no
 * clinical, English-only or function word), one of them a first name or a surname that is no English word:
 * "JONATHAN MAYERT was seen", "TESFAYE OPOKU (grade 7)". Headings in capitals are English words and stay.
 */
function capsRunInMixed(c: NameCtx): void {
  const { t, n, F, S, M, G } = c;
  for (let i = 0; i + 1 < n; i++) {
    if (M[i] !== 0 || S[i] !== SHAPE_UPPER || c.mark[i] || !capsName(c, i)) continue;
    // one word at least a first name or a census name that is no English word ("NO-SHOW CALLBACK LIST" is a heading)
    const strong = (k: number) => (F[k]! & F_FIRST) !== 0 || ((F[k]! & F_NAME) !== 0 && (F[k]! & F_ENGLISH) === 0);
    let j = i + 1;
    let named = strong(i);
    let commas = 0;
    // (one comma between a surname and a given name: "Requisition: GURUNG, AUSTINN  DOB ...")
    while (j < n && j - i < 4 && M[j] === 0 && capsName(c, j) &&
      ((t.start[j]! - t.end[j - 1]! === 1 && G[j - 1]! & (G_SPACE | G_HYPHEN)) || (commas === 0 && G[j - 1]! & G_COMMA && t.start[j]! - t.end[j - 1]! <= 2 && ++commas > 0))) {
      named ||= strong(j);
      j++;
    }
    if (j - i >= 2 && named) {
      markRange(c, i, j, true);
      givenAfterComma(c, j - 1);
    } else if (j - i === 1 && VOWEL.test(rawOf(t, c.text, i)) && givenAfterComma(c, i, true)) {
      markRange(c, i, i + 1, true);
    }
    i = j - 1;
  }
}

/**
 * "[HIGH] NAVA BARRAGÁN, Jordi (55)", "PENCIS, Vijolīte": after a surname in capitals on a mixed-case line (ending at
 * token j), a comma and a capitalised given name that is a first name or an unknown word (not an English, clinical
 * or function word); marks the given name and one more given name or initial after it. Returns whether it did.
 */
function givenAfterComma(c: NameCtx, j: number, alone = false): boolean {
  const { t, n, F, S, M, G, text } = c;
  const k = j + 1;
  if (k >= n || !(G[j]! & G_COMMA) || M[k] !== 0 || S[k] !== SHAPE_CAP || t.start[k]! - t.end[j]! > 2) return false;
  const given = (q: number) => !(F[q]! & (F_FUNC | F_BLOCK | F_LABEL | F_TITLE | F_CRED | F_STATE)) && ((F[q]! & F_FIRST) !== 0 || unknownWord(c, q));
  if (!given(k)) return false;
  let e = k + 1;
  if (e < n && G[k]! & G_SPACE && M[e] === 0 && (S[e] === SHAPE_INITIAL || (S[e] === SHAPE_CAP && given(e)))) e++;
  // one word in capitals may be an abbreviation ("NSVD, Apgars 7/8"): the given name must be a census first name that
  // is no English word, or be followed by an age in brackets, a DOB or MRN, or the line's end
  if (alone && !((F[k]! & (F_FIRST | F_ENGLISH)) === F_FIRST || e >= n || G[e - 1]! & G_NEWLINE || AFTER_GIVEN.test(text.slice(t.end[e - 1]!, t.end[e - 1]! + 8)))) return false;
  markRange(c, k, e, true);
  return true;
}

/** "In re the Guardianship of KOFI KIM", "Estate of Ann Lee": the name after a legal "of"; "Family (Aoife)". */
const LEGAL_OF = new Set(["guardianship", "conservatorship", "estate", "custody", "adoption", "matter"]);
function afterLegalOf(c: NameCtx): void {
  const { t, n, text } = c;
  for (let i = 1; i + 1 < n; i++) {
    // "Family (Aoife) updated": the family's names in brackets
    if (t.lid[i - 1] === FAMILY_LID && text.charCodeAt(t.end[i - 1]!) === 32 && text.charCodeAt(t.end[i - 1]! + 1) === 40 && t.start[i] === t.end[i - 1]! + 2) {
      chain(c, i, CTX_REL);
      continue;
    }
    if (t.lid[i] !== OF_LID || !LEGAL_OF.has(low(c, i - 1))) continue;
    let j = i + 1;
    if (low(c, j) === "the" && j + 1 < n) j++;
    const k = capsName(c, j) ? j : -1;
    if (k >= 0) capsRun(c, k);
    else chain(c, j, CTX_LABEL);
  }
}

/** A full numeric date at a digit run: "02/12/2004", "9/3/53", "2004-02-12". */
const FULL_DATE = /^(?:\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?!\d)/;
/** Between a row's name and its date: " | ", tabs, two spaces or more, a comma. */
const ROW_SEP = /^(?:[ \t]*\|[ \t]*|[ \t]*\t[ \t]*|[ ]{2,}|,[ ]?)$/;
/** From the line start to a row's name: nothing, or a list marker ("3)", "a.", "-", "•", "#12"). */
const ROW_START = /(?:^|\n)[ \t]*(?:(?:\d{1,3}|[A-Za-z])[.)][ \t]*|[-•*·][ \t]*|#?\d{1,3}[ \t]+)?$/;

/** A word of a row's name: a name-like word, or a capitalised word before ", <name>" ("Wall, Caroline"). */
function rowWord(c: NameCtx, i: number): boolean {
  return accepts(c, i, CTX_LABEL) || capsName(c, i);
}

/**
 * The first token of the name that ends at token k in a row or a header: up to three more name words before it
 * joined by spaces or hyphens, or one comma ("Wall, Caroline": before the comma any capitalised word that is no
 * clinical or function word; "DO, TARJA": in a header even one that is also a credential). Returns k + 1 when token
 * k is no name word.
 */
function rowNameBack(c: NameCtx, k: number): number {
  const { F, S, G } = c;
  if (k < 0 || c.mark[k] || !rowWord(c, k)) return k + 1;
  let a = k;
  let commas = 0;
  while (a > 0 && k - a < 3) {
    const g = G[a - 1]!;
    const comma = (g & G_COMMA) !== 0 && commas === 0;
    if (!(g & (G_SPACE | G_HYPHEN)) && !comma) break;
    if (fieldGap(c, a - 1)) break;
    const prev = a - 1;
    const ok = rowWord(c, prev) || (comma && (S[prev] === SHAPE_CAP || S[prev] === SHAPE_UPPER) && len(c, prev) >= 2 && !(F[prev]! & (F_BLOCK | F_LABEL)) && (!(F[prev]! & (F_FUNC | F_TITLE | F_CRED)) || S[prev] === SHAPE_UPPER));
    if (!ok) break;
    if (comma) commas++;
    a = prev;
  }
  return S[a] === SHAPE_INITIAL && a === k ? k + 1 : a;
}

function nameBeforeRowDate(c: NameCtx): void {
  const { t, text } = c;
  const d = t.digits;
  for (let r = 0; r < t.nDigitRuns; r++) {
    const s = d[2 * r]!;
    const len = d[2 * r + 1]! - s;
    const sep = text.charCodeAt(s + len);
    // "02/12/2004", "9-3-53", "2004-02-12": one or two digits before / . -, or four before -
    if (s === 0 || !((len <= 2 && (sep === 47 || sep === 46 || sep === 45)) || (len === 4 && sep === 45)) || !FULL_DATE.test(text.slice(s, s + 10))) continue;
    let p = s;
    while (p > 0 && p > s - 6 && /[ \t|,]/.test(text[p - 1]!)) p--;
    if (p === s || !ROW_SEP.test(text.slice(p, s))) continue;
    const k = tokenEndingAt(t, p);
    const a = rowNameBack(c, k);
    if (a > k || !ROW_START.test(text.slice(Math.max(0, t.start[a]! - 12), t.start[a]!))) continue;
    markRange(c, a, k + 1, true);
  }
}

/** Before a header's name: the line start, a list marker, " - ", ":" or "|". */
const HEADER_BEFORE = /(?:^|\n|[-–:|])[ \t]*$/;

/** A header that names the patient and then an id in brackets: "ACTIVE PROBLEM LIST - THIEL, BJÖRN (00385315)". */
function nameBeforeBracketId(c: NameCtx): void {
  const { t, text } = c;
  const d = t.digits;
  for (let r = 0; r < t.nDigitRuns; r++) {
    const s = d[2 * r]!;
    const e = d[2 * r + 1]!;
    if (e - s < 5 || text.charCodeAt(e) !== 41) continue;
    // "(" and at most two capitals before the digits
    let q = s;
    while (q > s - 2 && q > 0 && text.charCodeAt(q - 1) >= 65 && text.charCodeAt(q - 1) <= 90) q--;
    if (q < 2 || text.charCodeAt(q - 1) !== 40 || text.charCodeAt(q - 2) !== 32) continue;
    const k = tokenEndingAt(t, q - 2);
    const a = rowNameBack(c, k);
    if (a > k || !HEADER_BEFORE.test(text.slice(Math.max(0, t.start[a]! - 6), t.start[a]!))) continue;
    markRange(c, a, k + 1, true);
  }
}


/**
 * On an all-caps or all-lower-case line (where capitals say nothing), the words right before "date of birth" or
 * "dob", after a function word, cue or label or at the start of a field: "clinic note on gottardo zambuto date of
 * birth", "RE: ADA OBI DOB 1/2/45". (With a bracket or comma before DOB, rule 5b takes any line.)
 */
function nameBeforeBirth(c: NameCtx): void {
  const { t, text, n, F, M, G } = c;
  for (let q = 0; q < t.nTrig; q++) {
    const k = t.trigIdx[q]!;
    if (!(t.trig[k]! & T_DOBLBL) || M[k] === 0 || k === 0 || c.mark[k - 1]) continue;
    const lid = t.lid[k]!;
    const birth = lid === DATE_LID && k + 2 < n && t.lid[k + 1] === OF_LID && t.lid[k + 2] === BIRTH_LID;
    if (!birth && !(lid === DOB_LID && len(c, k) === 3)) continue;
    if (!/^[ \t]+$/.test(text.slice(t.end[k - 1]!, t.start[k]!))) continue;
    const a = chainBack(c, k, CTX_LABEL, 4);
    if (a >= k) continue;
    if (fieldStart(c, a) || (G[a - 1]! & G_SPACE && F[a - 1]! & (F_FUNC | F_CUE | F_LINK | F_LABEL))) markRange(c, a, k, true);
  }
}

/** A label that names a person by what they do: "Sonographer:", "Phlebotomist:", "Referring physician:", "Reviewer:". */
const AGENT = /^[a-z]{3,}(?:er|or|ist|ian)$/;
/** Words of that shape that name things, not people. */
const NOT_AGENT = new Set(
  "number order center centre other primary carrier employer insurer monitor filter letter paper water cancer disorder counter register parameter diameter catheter ventilator inhaler generator indicator calculator factor sector vendor sponsor supplier manufacturer dispenser container cover header footer folder marker chapter member corner border trigger partner power meter timer buffer barrier server browser trailer transfer answer matter shelter quarter winter summer september october november december color colour floor door major minor error mirror humor tumor tumour donor anchor behavior behaviour favor flavor labor motor rotor tractor liquor vapor rumor interior exterior anterior posterior superior inferior senior junior prior editor mentor tutor history category library summary inventory pharmacist therapist".split(" "),
);

/**
 * "Sonographer: Ines Okafor-Baptiste", "Referring physician: Tomasz Wrona": a field whose label is an agent noun
 * names a person when its value is two to four capitalised words that are census names or unknown words (no
 * English or clinical word), up to the line's end, a field gap or a comma.
 */
function agentLabels(c: NameCtx): void {
  const { n, F, S, M, G } = c;
  for (let i = 0; i + 2 < n; i++) {
    if (!(G[i]! & G_COLON) || M[i] !== 0 || F[i]! & (F_LABEL | F_TITLE | F_CRED | F_NAME) || c.mark[i + 1]) continue;
    const w = low(c, i);
    if (!AGENT.test(w) || NOT_AGENT.has(w)) continue;
    let k = i + 1;
    let named = false;
    while (k < n && k - i <= 4 && M[k] === 0 && (S[k] === SHAPE_CAP || S[k] === SHAPE_INITIAL) && (k === i + 1 || G[k - 1]! & (G_SPACE | G_HYPHEN)) && !fieldGap(c, k - 1)) {
      const fk = F[k]!;
      if (S[k] !== SHAPE_INITIAL && (fk & (F_BLOCK | F_FUNC | F_ENGLISH | F_LABEL | F_TITLE | F_CRED | F_STATE) || !(fk & F_NAME || unknownWord(c, k)))) break;
      named ||= (fk & F_NAME) !== 0;
      k++;
      if (G[k - 1]! & (G_COMMA | G_NEWLINE)) break;
    }
    const end = k === n || G[k - 1]! & (G_COMMA | G_NEWLINE | G_BREAK) || fieldGap(c, k - 1) || (F[k]! & F_CRED) !== 0;
    if (k - (i + 1) >= 2 && named && end && S[i + 1] !== SHAPE_INITIAL) markRange(c, i + 1, k, true);
  }
}

/**
 * A name's other half that no rule knew: "Dagmāra Strazdiņa", "Janīna Bajārs" when only one part was taken. In
 * mixed-case text, a capitalised word right next to a marked name (one space between) that is no English, clinical,
 * function or label word, and no census name either (those the dictionary rules weighed already), is part of it.
 * Run after every other name rule.
 */
export function nameNeighbours(c: NameCtx): void {
  const { t, n, F, S, M, G, mark, text } = c;
  const joinable = (k: number) =>
    M[k] === 0 && S[k] === SHAPE_CAP && !mark[k] && unknownWord(c, k) && !(F[k]! & (F_LABEL | F_TITLE | F_CRED | F_STATE | F_CUE)) && !colonAfter(c, k) && !productCase(text, t.start[k]!, t.end[k]!) && !pluralOfWord(text.slice(t.start[k]!, t.end[k]!));
  for (let i = 0; i < n; i++) {
    if (!mark[i] || M[i] !== 0) continue;
    const k = i + 1;
    if (k < n && G[i]! & G_SPACE && t.start[k]! - t.end[i]! === 1 && joinable(k)) mark[k] = 1;
    const b = i - 1;
    if (b >= 0 && G[b]! & G_SPACE && t.start[i]! - t.end[b]! === 1 && joinable(b) && !(b > 0 && G[b - 1]! & G_SPACE && S[b - 1] === SHAPE_CAP && !mark[b - 1])) mark[b] = 1;
    // "HOVHANNISYAN, Vardan T.": a surname in capitals, a comma, and a given name no list knows, then its middle
    // initial or the field's end
    if (S[i] === SHAPE_UPPER && k < n && G[i]! & G_COMMA && text.slice(t.end[i]!, t.start[k]!) === ", " && joinable(k) && givenEnds(c, k)) {
      mark[k] = 1;
      if (k + 1 < n && S[k + 1] === SHAPE_INITIAL && t.start[k + 1]! - t.end[k]! === 1) mark[k + 1] = 1;
    }
  }
}

/** After a given name: a middle initial ("Vardan T."), the line's end, or a field's end (two spaces, a bracket). */
function givenEnds(c: NameCtx, k: number): boolean {
  const { t, n, S, text } = c;
  const e = t.end[k]!;
  if (k + 1 < n && S[k + 1] === SHAPE_INITIAL && t.start[k + 1]! - e === 1 && text.charCodeAt(e) === 32) return true;
  return /^(?:[ \t]*(?:\r?\n|$)|[ ]{2}|[ ]?\()/.test(text.slice(e, e + 3));
}

/** A capital inside the word after its first letters, as products are written ("CoaguChek", "FreeStyle"); not "McKenna", "MacLeod", "DeShawn". */
function productCase(text: string, s: number, e: number): boolean {
  for (let p = s + 2; p < e; p++) {
    const ch = text.charCodeAt(p);
    if (ch >= 65 && ch <= 90) return !/^(?:Mc|Mac|Fitz|De|Di|La|Le|Van|Von|Da|Du)$/.test(text.slice(s, p)) && text.charCodeAt(p - 1) !== 39 && text.charCodeAt(p - 1) !== 45;
  }
  return false;
}

/** A plural whose singular is an English or clinical word ("Compressions", "Rounds"): the lists hold singulars. */
function pluralOfWord(w: string): boolean {
  if (w.length < 4 || !w.endsWith("s")) return false;
  return (wordFlags(w.slice(0, -1)) & (F_ENGLISH | F_BLOCK)) !== 0 || (w.endsWith("es") && (wordFlags(w.slice(0, -2)) & (F_ENGLISH | F_BLOCK)) !== 0);
}

/** The words that introduce a nickname or an alias, each as its first word and the rest after it. */
const ALIAS_WORDS: Record<string, string> = { aka: "", goes: " by", street: " name", nickname: "", nicknamed: "", known: " as", a: ".k.a." };

/**
 * A nickname or an alias, whatever its word ("pt Breno (street name \"Cowboy\")", "Mykhailo (\"Tex\")", "aka
 * \"Xochi\"", "(goes by Katya)"): a capitalised word right after the words that introduce one. The word cues are
 * found among the tokens by length and first letter (no pass over the text), the bracket and quote with indexOf.
 */
function nicknames(c: NameCtx): void {
  const { t, n, text } = c;
  for (let k = 0; k < n; k++) {
    const s = t.start[k]!;
    const len = t.end[k]! - s;
    const c0 = text.charCodeAt(s) | 32;
    const c1 = text.charCodeAt(s + 1) | 32;
    // (first letters of aka, a.k.a., goes, street, nickname, known: most tokens stop here)
    if (!((len === 3 && c0 === 97 && c1 === 107) || (len === 1 && c0 === 97 && c1 === 46) || (len === 4 && c0 === 103 && c1 === 111) || (len === 6 && c0 === 115 && c1 === 116) || ((len === 8 || len === 9) && c0 === 110 && c1 === 105) || (len === 5 && c0 === 107 && c1 === 110))) continue;
    const rest = ALIAS_WORDS[text.slice(s, t.end[k]!).toLowerCase()];
    if (rest === undefined) continue;
    let q = t.end[k]!;
    if (rest.length > 0) {
      if (text.slice(q, q + rest.length).toLowerCase() !== rest) continue;
      q += rest.length;
    }
    const after = text.charCodeAt(q);
    if ((after >= 48 && after <= 57) || (after | 32) >= 97 && (after | 32) <= 122) continue; // inside a longer word
    while (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9) q++;
    if (text.charCodeAt(q) === 34 || text.charCodeAt(q) === 0x201c) q++;
    alias(c, q, false);
  }
  for (const open of ['("', "(“"]) for (let p = text.indexOf(open); p >= 0; p = text.indexOf(open, p + 2)) alias(c, p + 2, true);
}

/** The alias whose word starts at `pos`; `quoted` when it came as a bracket and a quote (then a quote and a bracket close it). */
function alias(c: NameCtx, pos: number, quoted: boolean): void {
  const { t, S, text, mark } = c;
  const k = tokenStartingAt(t, pos);
  if (k < 1 || (S[k] !== SHAPE_CAP && S[k] !== SHAPE_UPPER) || mark[k]) return;
  if (quoted && !/^["”][ \t]*\)/.test(text.slice(t.end[k]!, t.end[k]! + 3))) return;
  markRange(c, k, k + 1, false);
  // in brackets, the alias is the name's before it: "pt Mykhailo (\"Tex\")", "Breno (street name \"Cowboy\")"
  const s = t.start[k]!;
  const open = text.lastIndexOf("(", s);
  if (open < 0 || s - open > 16) return;
  let a = k - 1;
  while (a >= 0 && t.start[a]! > open) a--;
  for (let b = a, taken = 0; b >= 0 && taken < 2 && c.M[b] === 0 && S[b] === SHAPE_CAP && !mark[b] && (c.F[b]! & F_NAME || unknownWord(c, b)) && !(c.F[b]! & (F_BLOCK | F_FUNC | F_LABEL | F_TITLE)); b--, taken++) {
    if (taken === 0 ? t.end[b]! > open || !/^[ \t]*$/.test(text.slice(t.end[b]!, open)) : !(c.G[b]! & G_SPACE)) break;
    mark[b] = 1;
  }
}

