/**
 * What the name rules see of a token and its neighbours (case, shape, dictionary flags, gaps), and how they mark
 * runs of tokens as a name: the accept/continue tests per context (title, label, relation, cue), chains forward
 * and back, names in capitals after a label, header names, and the spellings a marked name confirms.
 */
import { type Tokens } from "../tokens";
import * as tk from "../tokens";
import { lowerHash } from "../word-table";
import { isAlnumChar, lineStartWithin } from "../text";
// Bind once: module namespace/export getters are slow in hot loops.
const { gapBefore, rawOf, wordFlags, F_BLOCK, F_COMMON, F_CRED, F_ENGLISH, F_FIRST, F_FUNC, F_HEAD, F_STATE, F_LABEL, F_LAST, F_NAME, F_REL, F_TITLE, G_BREAK, G_COMMA, G_DOT, G_HYPHEN, G_NEWLINE, G_POSS, G_PUNCT_AFTER, G_SPACE, SHAPE_CAP, SHAPE_INITIAL, SHAPE_LOWER, SHAPE_UPPER } = tk;

export const CTX_STRONG = 0;
export const CTX_LABEL = 1;
export const CTX_REL = 2;
export const CTX_CUE = 3;
/** Function words that are census surnames ("He", "On", "To") but never names outside a title. */
/** The lower-case hash of "dob" (a DOB label after a name). */
export const DOB_LID = lowerHash("dob");

export const NEVER = new Set(
  "he she it they we you i his her hers him them their our my me us this that these those the a an and or but of to in on at by for with from is are was were be been am do did has have had not no yes so as if per via i'm i'll i've i'd we're we'll we've you're you'll you've they're they'll it's that's there's don't can't won't isn't didn't doesn't".split(
    " ",
  ),
);

export interface NameCtx {
  text: string;
  t: Tokens;
  n: number;
  F: Int32Array;
  S: Uint8Array;
  M: Uint8Array;
  G: Int32Array;
  mark: Uint8Array;
  /** The lower-case hashes (Tokens.lid) of the spellings confirmed as names by their context. */
  confirmedLid: Set<number>;
}

export function len(c: NameCtx, i: number): number {
  const { t } = c;
  return t.end[i]! - t.start[i]!;
}

/** Token i lower-cased (also a lower-case word the tokenizer left without its spelling). */
export function low(c: NameCtx, i: number): string {
  return rawOf(c.t, c.text, i).toLowerCase();
}

/** Token i starts a line or a field ("| Lang:", tab-separated headers). */
export function fieldStart(c: NameCtx, i: number): boolean {
  if (i === 0) return true;
  const { t, text } = c;
  if (c.G[i - 1]! & G_NEWLINE) return true;
  for (let q = t.end[i - 1]!; q < t.start[i]!; q++) {
    const ch = text.charCodeAt(q);
    if (ch === 124 || ch === 9) return true;
  }
  if (fieldGap(c, i - 1)) return true;
  // after a time stamp that opens the line: "9:32 AM  Ebunoluwa M.  DOB ...", "10:52  Linda Gabhezi  DOB ..."
  // (the line's start is looked for 12 characters back at most, as before the walk was bounded: a longer lead is no
  // time stamp)
  const lineStart = lineStartWithin(text, t.start[i]!, 12);
  if (lineStart < 0) return false;
  return /^[ \t]*\d{1,2}:?\d\d(?:[ ]?[AaPp]\.?[Mm]\.?)?[ \t]{2,}$/.test(text.slice(lineStart, t.start[i]!));
}

export function sentStart(c: NameCtx, i: number): boolean {
  const { t } = c;
  return (gapBefore(t, i) & G_BREAK) !== 0;
}

/** A domain's ending right after a word: ".net", ".me", ".com/" (not ".and", a missing space). */
const DOMAIN_END = /^\.(?:com|org|net|edu|gov|io|me|us|health|care|co|app|ly|tv|ca|uk)(?![A-Za-z])/;

export function proper(c: NameCtx, i: number): boolean {
  const { F, S, M, t, text } = c;
  // a word glued to a number is part of a code ("p.Ser221fs", "Level3"), never a name
  const after = text.charCodeAt(t.end[i]!);
  if (after >= 48 && after <= 57) return false;
  // and a word joined by a hyphen to a number before it ("25-OH", "5-FU") names a molecule's part
  const b1 = text.charCodeAt(t.start[i]! - 1);
  const b2 = text.charCodeAt(t.start[i]! - 2);
  if (b1 === 45 && b2 >= 48 && b2 <= 57) return false;
  // and a word glued to a domain ending is a platform's name ("Merlin.net", "Doxy.me")
  if (after === 46 && t.end[i]! - t.start[i]! > 1 && DOMAIN_END.test(text.slice(t.end[i]!, t.end[i]! + 9))) return false;
  // a key before "=" ("CN=", "ROLE="), a word joined by "_" to another ("Los_Angeles", "first_name"), and an X12
  // segment's id at a line start ("ISA*00*") are parts of a format, not names
  // (markdown's "_" round a phrase is none of these: "_Mary Smith_")
  if (after === 61 || (after === 95 && isAlnumChar(text.charCodeAt(t.end[i]! + 1))) || (text.charCodeAt(t.start[i]! - 1) === 95 && isAlnumChar(text.charCodeAt(t.start[i]! - 2)))) return false;
  if (after === 42 && (t.start[i] === 0 || text.charCodeAt(t.start[i]! - 1) === 10)) return false;
  if (M[i] !== 0) return true;
  const s = S[i];
  return s === SHAPE_CAP || s === SHAPE_INITIAL || (s === SHAPE_UPPER && (F[i]! & F_NAME) !== 0 && (F[i]! & F_BLOCK) === 0);
  
}

export function nextIsNamey(c: NameCtx, i: number): boolean {
  const { n, F, G } = c;
  return i + 1 < n && (G[i]! & G_SPACE) !== 0 && (F[i + 1]! & F_NAME) !== 0 && (F[i + 1]! & (F_COMMON | F_FUNC | F_BLOCK)) === 0;
}

export function weakOk(c: NameCtx, i: number): boolean {
  const { n, G } = c;
  return (G[i]! & G_PUNCT_AFTER) !== 0 || i + 1 >= n || nextIsNamey(c, i);
}

export function unknownWord(c: NameCtx, i: number): boolean {
  const { F } = c;
  return (F[i]! & (F_ENGLISH | F_BLOCK | F_FUNC | F_NAME)) === 0 && len(c, i) >= 2;
}

export function eponymHead(c: NameCtx, i: number): boolean {
  const { n, F, G } = c;
  // a head word before a colon is the next field's label ("Jade Croitor  Cell: 830...", "Test: ..."), not a head
  // (nor is a head after a field gap of two spaces: "Guadalupe Ouyang  cell (217) ...")
  return i + 1 < n && (G[i]! & (G_SPACE | G_POSS)) !== 0 && (F[i + 1]! & F_HEAD) !== 0 && !colonAfter(c, i + 1) && !fieldGapAfter(c, i);
}

/** Two spaces or more, or a tab, right after token i (a form's next field, not the next word of a phrase). */
function fieldGapAfter(c: NameCtx, i: number): boolean {
  const e = c.t.end[i]!;
  const a = c.text.charCodeAt(e);
  return a === 9 || (a === 32 && (c.text.charCodeAt(e + 1) === 32 || c.text.charCodeAt(e + 1) === 9));
}

/** Token i is followed by a colon (after spaces or tabs): it labels a field. (G_COLON misses "Cell: 830", whose gap runs into the digits.) */
const NAME_LABEL_LID = lowerHash("name");

export function colonAfter(c: NameCtx, i: number): boolean {
  const { text } = c;
  let q = c.t.end[i]!;
  while (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9) q++;
  // (":mailto:" after a calendar's "CN=Ann Lee" is a link, not the next field)
  return text.charCodeAt(q) === 58 && !(text.charCodeAt(q + 1) === 109 && text.startsWith("mailto:", q + 1));
}

/** A tab or three spaces or more after token i: a field boundary in a header, not the space inside a name. */
export function fieldGap(c: NameCtx, i: number): boolean {
  const { t, text } = c;
  const a = t.end[i]!;
  const b = t.start[i + 1] ?? a;
  if (b - a >= 3) return true;
  for (let q = a; q < b; q++) if (text.charCodeAt(q) === 9) return true;
  return false;
}

/** Between tokens i and i + 1, a fixed-width record's column padding: 3 to 24 spaces and nothing else. */
export function paddedGap(c: NameCtx, i: number): boolean {
  const { t, text } = c;
  const a = t.end[i]!;
  const b = t.start[i + 1] ?? a;
  if (b - a < 3 || b - a > 24) return false;
  for (let q = a; q < b; q++) if (text.charCodeAt(q) !== 32) return false;
  return true;
}

export function accepts(c: NameCtx, i: number, ctx: number): boolean {
  const { t, n, F, S, M, G } = c;
  if (i < 0 || i >= n || !proper(c, i)) return false;
  const fl = F[i]!;
  if (S[i] === SHAPE_INITIAL) return i + 1 < n && (G[i]! & (G_DOT | G_SPACE)) !== 0;
  const capMixed = M[i] === 0 && S[i] === SHAPE_CAP;
  if (fl & F_FUNC && NEVER.has(t.raw[i]!.toLowerCase())) return false;
  if (ctx === CTX_CUE && M[i] !== 0 && fl & F_COMMON) return false;
  if (ctx === CTX_CUE && fl & F_BLOCK && !nextIsNamey(c, i)) return false;
  if (fl & F_NAME) {
    if (fl & F_FUNC && !capMixed && !(ctx === CTX_STRONG || weakOk(c, i))) return false;
    if (fl & F_BLOCK && fl & F_ENGLISH && (ctx === CTX_CUE || (ctx === CTX_REL && !capMixed))) return false;
    if ((ctx === CTX_REL || ctx === CTX_CUE) && M[i] !== 0 && fl & F_FUNC && !weakOk(c, i)) return false;
    return true;
  }
  if (fl & (F_FUNC | F_BLOCK | F_ENGLISH)) return false;
  return len(c, i) >= 2;
  
}

export function continues(c: NameCtx, j: number, ctx = CTX_REL): boolean {
  const { t, n, F, S, M, G } = c;
  if (j >= n || j < 1 || !proper(c, j)) return false;
  const g = G[j - 1]!;
  if (!((g & (G_SPACE | G_HYPHEN)) !== 0 || (S[j - 1] === SHAPE_INITIAL && (g & G_DOT) !== 0))) return false;
  if (fieldGap(c, j - 1)) return false;
  const fl = F[j]!;
  // "Story  B. Middle initial": an initial after two spaces opens the next field
  if (S[j] === SHAPE_INITIAL) return !(S[j - 1] !== SHAPE_INITIAL && /^[ ]{2}$/.test(c.text.slice(t.end[j - 1]!, t.start[j]!)));
  // "A. First name:", "C. Last name:": a name part's label, not a name
  if (j + 1 < n && t.lid[j + 1] === NAME_LABEL_LID && colonAfter(c, j + 1) && /^(?:first|last|middle|given|family|maiden|legal|preferred)$/i.test(t.raw[j] || rawOf(t, c.text, j))) return false;
  // "Autumn Estok  Rm 379A": two spaces before a clinical or record word end the name (a header's next field)
  if (fl & F_BLOCK && t.start[j]! - t.end[j - 1]! >= 2 && /^[ \t]+$/.test(c.text.slice(t.end[j - 1]!, t.start[j]!))) return false;
  // "Jade Croitor  Home: ...", "Rose Lee Cell: ...": a word that labels the next field ends the name (a name's own last
  // word may stand before a colon only when it is a name and no common word: "Mary Okafor: called back")
  if (colonAfter(c, j) && (t.start[j]! - t.end[j - 1]! >= 2 || fl & (F_COMMON | F_ENGLISH | F_BLOCK | F_LABEL) || !(fl & F_NAME))) return false;
  if (fl & F_CRED && (S[j] === SHAPE_UPPER || !(fl & F_NAME))) return false;
  if (fl & F_FUNC && (!(M[j] === 0 && S[j] === SHAPE_CAP && fl & F_NAME) || NEVER.has(t.raw[j]!.toLowerCase()))) return false;
  if (fl & F_NAME) return (ctx !== CTX_REL ? !(fl & F_BLOCK && fl & F_ENGLISH) || (fl & F_LAST) !== 0 : !(fl & F_BLOCK && fl & F_ENGLISH)) && !eponymHead(c, j);
  return unknownWord(c, j) && (M[j] !== 0 || S[j] === SHAPE_CAP);
  
}

export function markRange(c: NameCtx, a: number, b: number, confirm: boolean): void {
  const { t, S, mark, confirmedLid } = c;
  for (let k = a; k < b; k++) {
    mark[k] = 1;
    if (confirm && S[k] !== SHAPE_INITIAL && len(c, k) > 1) {
      // a confirmed token almost always has its lower-case hash from the tokenizer (it is capitalised, or its line
      // is not mixed case); otherwise it is hashed from its spelling lower-cased
      confirmedLid.add(t.raw[k] !== "" ? t.lid[k]! : lowerHash(rawOf(t, c.text, k).toLowerCase()));
    }
  }
}

export function chain(c: NameCtx, i: number, ctx: number, max = 4): number {
  const { t, n, F, S, M, G } = c;
  if (!accepts(c, i, ctx)) return i;
  let j = i + 1;
  while (j < n && j - i < max && continues(c, j, ctx)) j++;
  // "Smith, John" (after a label: any two name-like words)
  if (j === i + 1 && j < n && G[i]! & G_COMMA && proper(c, j) && !(F[j]! & F_FUNC && NEVER.has(t.raw[j]!.toLowerCase())) && M[j] === M[i] &&
    ((F[i]! & F_LAST && F[j]! & F_FIRST) || ((ctx === CTX_LABEL || credAfter(c, j)) && accepts(c, j, CTX_LABEL) && S[j] !== SHAPE_INITIAL))) {
    j++;
    while (j < n && j - i < max && continues(c, j, ctx)) j++;
  }
  if (j === i + 1 && S[i] === SHAPE_INITIAL) return i; // a lone initial is not a name
  // "with Paget disease", "his Berg Balance": an eponym before its head noun, unless a title named the person
  if (ctx !== CTX_STRONG && eponymHead(c, j - 1) && !(c.F[j - 1]! & F_LAST && j - i > 1)) return i;
  markRange(c, i, j, true);
  return j;
  
}

/**
 * A word in capitals on a mixed-case line that reads as a name rather than an abbreviation: three letters or
 * more, no clinical word, credential, role or function word (unknown words and census names).
 */
export function capsName(c: NameCtx, i: number): boolean {
  const { F, S } = c;
  if (i < 0 || i >= c.n || S[i] !== SHAPE_UPPER || len(c, i) < 3) return false;
  const fl = F[i]!;
  if (fl & (F_FUNC | F_CRED | F_TITLE | F_REL | F_LABEL | F_STATE)) return false;
  return (fl & F_NAME) !== 0 ? (fl & F_BLOCK) === 0 : unknownWord(c, i);
}

/**
 * From token i (a name in capitals, or the last token of a name already marked), mark the rest of an ALL-CAPS
 * name after a label: "RENAULT, SCHOLASTIQUE P", "TRẦN, NHƯ QUÂN K". Stops at a bracket, a line end or a word
 * that is no name; one comma at most.
 */
export function capsRun(c: NameCtx, i: number): void {
  const { n, G, S, mark } = c;
  if (!mark[i] && !capsName(c, i)) return;
  let j = i;
  let commas = 0;
  while (j + 1 < n && j - i < 5) {
    const g = G[j]!;
    if (g & G_NEWLINE) break;
    const k = j + 1;
    if (g & G_COMMA) {
      if (commas++ > 0 || !capsName(c, k)) break;
    } else if (!(g & (G_SPACE | G_HYPHEN)) || c.t.start[k]! - c.t.end[j]! > 1 || !(capsName(c, k) || S[k] === SHAPE_INITIAL)) break;
    j = k;
  }
  // on a line in capitals a lone word after a label may be anything ("PT: EVAL AND TREAT"): a comma or a marked
  // start makes it a name
  if (c.M[i] !== 0 && !mark[i] && commas === 0) return;
  // all marked and confirmed, the trailing initial too
  if (j > i || !mark[i]) markRange(c, i, j + 1, true);
}

/** A credential right after token j (or after its initial): "Kaul, Radha DO", "Best, Ana M. PT". */
export function credAfter(c: NameCtx, j: number): boolean {
  const { n, F, S, G } = c;
  let k = j + 1;
  if (k < n && S[k] === SHAPE_INITIAL && G[j]! & G_SPACE) k++;
  return k < n && (G[k - 1]! & (G_SPACE | G_DOT | G_COMMA)) !== 0 && (F[k]! & F_CRED) !== 0 && S[k] !== SHAPE_LOWER;
}

/** From a capitalised word at a line start: 2-5 name-like words, then a "|" field separator; returns the last index looked at. */
export function headerName(c: NameCtx, i: number): number {
  const { n, F, S, t, text } = c;
  let j = i;
  for (;;) {
    const fl = F[j]!;
    const namey = S[j] === SHAPE_CAP && !(fl & (F_FUNC | F_BLOCK | F_TITLE | F_CRED | F_REL | F_LABEL)) && ((fl & F_NAME) !== 0 || unknownWord(c, j));
    if (!namey) return j;
    if (j + 1 >= n || j - i >= 4 || !(c.G[j]! & G_SPACE) || t.start[j + 1]! - t.end[j]! > 1) break;
    j++;
  }
  if (j === i) return j;
  const gap = text.slice(t.end[j]!, t.start[j + 1] ?? text.length);
  if (/^[ \t]*\|/.test(gap)) markRange(c, i, j + 1, true);
  return j;
}

export function chainBack(c: NameCtx, i: number, ctx: number, max = 3): number {
  const { S } = c;
  // tokens before i (exclusive) that form a name; returns first index or i if none
  let a = i - 1;
  if (a < 0 || (!accepts(c, a, ctx) && !(S[a] === SHAPE_INITIAL && proper(c, a)))) return i;
  while (a > 0 && i - a < max && continues(c, a, ctx) && (accepts(c, a - 1, ctx) || S[a - 1] === SHAPE_INITIAL)) a--;
  return a;
}


/** A lower-case word in mixed-case text that is a census name and no common word, drug or clinical term. */
export function lowerName(c: NameCtx, i: number): boolean {
  const f = wordFlags(rawOf(c.t, c.text, i));
  return (f & F_NAME) !== 0 && (f & (F_COMMON | F_FUNC | F_BLOCK | F_TITLE | F_CRED)) === 0 && len(c, i) >= 3;
}

/**
 * Token j is a capitalised word on a mixed-case line right after a capitalised first name (one space between): the
 * surname of "Alf Sleep, DOB" or "Ponziano Sleep, NP", even though it is an English word.
 */
export function firstThenWord(c: NameCtx, j: number): boolean {
  const { t, F, S, M } = c;
  if (j < 1 || M[j] !== 0 || M[j - 1] !== 0 || S[j] !== SHAPE_CAP || S[j - 1] !== SHAPE_CAP || c.mark[j] !== 0) return false;
  if (t.start[j]! - t.end[j - 1]! !== 1 || c.text.charCodeAt(t.end[j - 1]!) !== 32) return false;
  const f0 = F[j - 1]!;
  // a first name: a census one, one already marked, or a word that is no English word ("Ponziano")
  if (!(f0 & F_FIRST || c.mark[j - 1] || !(f0 & (F_ENGLISH | F_BLOCK | F_NAME))) || f0 & (F_FUNC | F_LABEL | F_TITLE | F_CRED | F_REL | F_STATE)) return false;
  return !(F[j]! & (F_FUNC | F_LABEL | F_TITLE | F_CRED | F_REL | F_STATE | F_HEAD));
}

/**
 * Token j is a person's initials run together ("DJ", "KZ") where a name is expected: two or three capitals on a
 * mixed-case line, no credential, clinical, function or label word, ending the phrase (punctuation, a line end, "at").
 */
const SLASH_INITIALS = /^[ ]?\/[ ]?[A-Z]{2,3}\b/;
export function initialsAt(c: NameCtx, j: number): boolean {
  const { t, n, F, S, M, G } = c;
  if (S[j] !== SHAPE_UPPER || M[j] !== 0 || len(c, j) < 2 || len(c, j) > 3) return false;
  if (F[j]! & (F_CRED | F_FUNC | F_BLOCK | F_STATE | F_LABEL | F_TITLE | F_REL)) return false;
  // (or a slash and the next pair: "witness YH / HK")
  return j + 1 >= n || (G[j]! & (G_BREAK | G_COMMA | G_NEWLINE)) !== 0 || low(c, j + 1) === "at" || t.end[j] === c.text.length || SLASH_INITIALS.test(c.text.slice(t.end[j]!, t.end[j]! + 6));
}

/** Label token i names a field that holds one part of a name: "Last Name:", "First:", "Surname:", "Apellido:". */
export function namePartField(c: NameCtx, i: number): boolean {
  const w = low(c, i);
  if (w === "name") return i > 0 && /^(?:last|first|family|given|middle|maiden)$/.test(low(c, i - 1));
  return /^(?:last|first|surname|apellidos?)$/.test(w);
}

/** The token that ends exactly at `pos`, or -1. */
export function tokenEndingAt(t: Tokens, pos: number): number {
  return tokenAt(t.end, t.n, pos);
}

/** The token that starts exactly at `pos`, or -1. */
export function tokenStartingAt(t: Tokens, pos: number): number {
  return tokenAt(t.start, t.n, pos);
}

/** The index k < n with edges[k] === pos in a sorted array of token edges (starts or ends), or -1. */
function tokenAt(edges: Int32Array, n: number, pos: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = edges[mid]!;
    if (e === pos) return mid;
    if (e < pos) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
