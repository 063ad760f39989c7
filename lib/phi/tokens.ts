/**
 * One tokenisation shared by the rules: word tokens with shape, line case
 * mode, the kind of gap after each token, and dictionary/trigger flags
 * (cached per spelling, so each distinct word is looked up once).
 */
import { type Scan, caseOfOther } from "./scan";
import * as wt from "./word-table";
import * as gaps from "./token-gaps";
// Bind once: module namespace/export getters are slow in hot loops.
const { hashPair, lowerHash, second, WordTable } = wt;
const { gapKindMemo, G_BREAK } = gaps;
import { dictionaries } from "./names/dictionaries";
import { CREDENTIALS, PERSON_CUES, RELATIONS, TITLES } from "./names/vocab";
import {
  FUNCTION_WORDS, LABELS, BY_VERBS, CUE_VERBS, AFTER_VERBS, HEADS, SIGNOFFS, SHORT_TITLES, AMBIG_CREDS, LINKS, STATE_FIRST, COUNTY_WORDS, MONTH_WORDS, FAC_KW, STREET_SUFFIX, LIVES, TOWN_OF, PO_BOX, DOB_LBL, SAINT, ZIP_LBL, ROAD_WORDS, ID_LABEL_FIRST, AGE_WORDS, EMPLOY_WORDS, INFORMAL_WORDS, KIN_IN, DIGIT_WORDS,
} from "./token-words";

export const F_FIRST = 1 << 0;
export const F_LAST = 1 << 1;
export const F_COMMON = 1 << 2;
export const F_ENGLISH = 1 << 3;
export const F_BLOCK = 1 << 4;
export const F_TITLE = 1 << 5;
export const F_CRED = 1 << 6;
export const F_REL = 1 << 7;
export const F_CUE = 1 << 8;
export const F_TOP = 1 << 9; // common enough as a name to stand alone in a caps note
export const F_HIGH = 1 << 10; // a top name even though it is also an English word (Miller, Martin)
export const F_FUNC = 1 << 11;
export const F_LABEL = 1 << 12; // "Patient:", "Caller:"
export const F_BYVERB = 1 << 13; // "signed by", "seen by"
export const F_CUEVERB = 1 << 14; // "spoke with", "per", "Dear"
export const F_AFTERVERB = 1 << 15; // "<Name> called"
export const F_HEAD = 1 << 16; // "<Eponym> sign/disease/catheter"
export const F_SIGNOFF = 1 << 17; // "Sincerely,"
export const F_SHORT_TITLE = 1 << 18; // dr mr mrs ms miss mx prof rev fr sr
export const F_AMBIG_CRED = 1 << 19; // pt ot ma do pa ...
export const F_LINK = 1 << 20; // with to by in (after a cue verb)
export const F_IS = 1 << 21; // "is"
export const F_STATE = 1 << 22; // a US state abbreviation or the first word of a state name
export const F_COUNTY = 1 << 23; // county parish borough township
export const F_IDLABEL = 1 << 24; // may start an identifier label ("MRN", "Member ID", "S/N")
export const F_NAME = F_FIRST | F_LAST;

/** Pattern triggers (Tokens.trig): a token that may start a pattern the detectors then try at its position. */
export const T_MONTH = 1 << 0;
export const T_FACKW = 1 << 1; // facility keyword: Hospital, Clinic, Medical Center...
export const T_STREET = 1 << 2; // street suffix: St, Ave, Road...
export const T_LIVES = 1 << 3; // lives/resides/moved... (in <place>)
export const T_TOWNOF = 1 << 4; // city/town/village/county (of <place>)
export const T_POBOX = 1 << 5; // P.O. Box, Rural Route
export const T_DOBLBL = 1 << 6; // DOB, date of birth, born
export const T_SAINT = 1 << 7; // St., Saint, Mt., Mount
export const T_ZIPLBL = 1 << 8; // zip, postal
export const T_ROAD = 1 << 9; // Route 9, Highway 61, I-94, County Road 12
export const T_SSN = 1 << 10; // SSN, social (security)
export const T_AGEWORD = 1 << 11; // ninety, ninety-two, hundred (spelled-out ages)
export const T_EMPLOY = 1 << 12; // employer, works (at), school (an organisation's name follows)
export const T_KIN = 1 << 13; // sister, son, family... (in <place>)
export const T_DIGITWORD = 1 << 14; // zero, oh, one ... nine (a number read aloud digit by digit)

/** Gap after a token (G_*): see token-gaps.ts. */
export { G_SPACE, G_BREAK, G_COMMA, G_DOT, G_HYPHEN, G_COLON, G_NEWLINE, G_REL, G_POSS, G_OPEN_PAREN, G_PUNCT_AFTER } from "./token-gaps";

export const SHAPE_LOWER = 0;
export const SHAPE_CAP = 1;
export const SHAPE_UPPER = 2;
export const SHAPE_INITIAL = 3;

export interface Tokens {
  n: number;
  start: Int32Array;
  end: Int32Array;
  /** The token's text; "" for lower-case words in mixed-case lines that no rule looks at (see rawOf). */
  raw: string[];
  shape: Uint8Array;
  flags: Int32Array;
  /** Case mode of the token's line: 0 mixed, 1 upper, 2 lower. */
  mode: Uint8Array;
  /** Gap kind after the token (G_*). */
  gap: Int32Array;
  /** Pattern triggers (T_*). */
  trig: Int32Array;
  /**
   * lowerHash of the token lower-cased, and lower-cased without apostrophes: equal for spellings that differ
   * only in case. Valid only where raw[k] is not "" (lid is 0 there; lid2 is not set).
   */
  lid: Int32Array;
  lid2: Int32Array;
  /** OR of all triggers in the text, to skip whole detectors. */
  anyTrig: number;
  /** The tokens with a trigger (trig[k] !== 0), in order: trigIdx[q] for q < nTrig. */
  trigIdx: Int32Array;
  nTrig: number;
  /** Maximal runs of ASCII digits: text[digits[2r], digits[2r + 1]) for r < nDigitRuns (from scan.ts). */
  digits: Int32Array;
  nDigitRuns: number;
}

interface WordInfo {
  f: number;
  trig: number;
  lid: number;
  lid2: number;
}
/** Flags per spelling, computed once (see word-table.ts); the small table serves lower-case words in mixed-case lines. */
const big = new WordTable(300_000);
const smallCache = new WordTable(100_000);

export function wordFlags(raw: string): number {
  const h = hashPair(raw, 0, raw.length);
  lookupBig(raw, 0, raw.length, h, second.h);
  return big.f;
}

/** Flags of text[s, e) (hashes h, h2) into big.word / big.f / big.trig. */
function lookupBig(text: string, s: number, e: number, h: number, h2: number): void {
  if (big.find(s, e, h, h2)) return;
  const w = text.slice(s, e);
  const info = computeInfo(w);
  big.add(w, h, h2, info.f, info.trig, info.lid, info.lid2);
  big.word = w;
  big.f = info.f;
  big.trig = info.trig;
  big.lid = info.lid;
  big.lid2 = info.lid2;
}

/** Small-table flags of text[s, e) into smallCache.word / .f / .trig. */
function lookupSmall(text: string, s: number, e: number, h: number, h2: number, smallMap: Map<string, WordInfo>): void {
  if (smallCache.find(s, e, h, h2)) return;
  const w = text.slice(s, e);
  const info = smallMap.get(w);
  const f = info?.f ?? 0;
  const trig = info?.trig ?? 0;
  const lw = w.toLowerCase();
  const [lid, lid2] = lowerIds(lw, apostropheFree(lw));
  smallCache.add(w, h, h2, f, trig, lid, lid2);
  smallCache.word = w;
  smallCache.f = f;
  smallCache.trig = trig;
  smallCache.lid = lid;
  smallCache.lid2 = lid2;
}

/** A spelling without its apostrophes (' and ’): "o'neil" -> "oneil". */
export function apostropheFree(w: string): string {
  return w.includes("'") || w.includes("’") ? w.replace(/['’]/g, "") : w;
}

/** lowerHash of a lower-cased word (lw), and of the same without apostrophes (key = apostropheFree(lw)). */
function lowerIds(lw: string, key: string): [number, number] {
  const lid = lowerHash(lw);
  return [lid, key === lw ? lid : lowerHash(key)];
}
let small: Map<string, WordInfo> | null = null;
/** (length, first letter, second letter) of every small-table word: lets most lower-case words skip the lookup. */
let smallShape: Uint8Array | null = null;
const shapeIndex = (len: number, c0: number, c1: number): number => (Math.min(len, 31) * 26 + (c0 - 97)) * 26 + (c1 - 97);

/**
 * Lower-case words in mixed-case text are never names, so they only need the
 * trigger flags; this small table stays in cache where the big one would not.
 */
function smallTable(): Map<string, WordInfo> {
  if (small) return small;
  const m = new Map<string, WordInfo>();
  // Not the facility keywords and street suffixes: in mixed-case text their rules need a capital ("Lakeview
  // Clinic", "12 Oak St"), so a lower-case "clinic" or "st" there never starts one; leaving them out keeps the
  // table's shape filter selective (most lower-case words skip the lookup).
  const all = [
    TITLES, CREDENTIALS, RELATIONS, PERSON_CUES, FUNCTION_WORDS, LABELS, BY_VERBS, CUE_VERBS, AFTER_VERBS, HEADS, SIGNOFFS,
    SHORT_TITLES, AMBIG_CREDS, LINKS, STATE_FIRST, COUNTY_WORDS, ID_LABEL_FIRST, MONTH_WORDS, LIVES,
    TOWN_OF, PO_BOX, DOB_LBL, SAINT, ZIP_LBL, ROAD_WORDS, AGE_WORDS, EMPLOY_WORDS, INFORMAL_WORDS, KIN_IN, DIGIT_WORDS,
  ];
  const bits = new Uint8Array(32 * 26 * 26);
  for (const words of all) {
    for (const w of words) {
      if (!m.has(w)) m.set(w, computeInfo(w));
      const c0 = w.charCodeAt(0);
      const c1 = w.length > 1 ? w.charCodeAt(1) : 97;
      // (a word with a letter outside a-z among its first two, "tía", "córka", needs no bit: tokenize sends every
      // token spelled so to the lookup, since only tokens whose first two letters are a-z are filtered)
      if (c0 >= 97 && c0 <= 122 && c1 >= 97 && c1 <= 122) bits[shapeIndex(w.length, c0, c1)] = 1;
    }
  }
  smallShape = bits;
  small = m;
  return m;
}

function triggers(lw: string): number {
  let g = 0;
  if (MONTH_WORDS.has(lw)) g |= T_MONTH;
  if (FAC_KW.has(lw)) g |= T_FACKW;
  if (STREET_SUFFIX.has(lw)) g |= T_STREET;
  if (LIVES.has(lw)) g |= T_LIVES;
  if (TOWN_OF.has(lw)) g |= T_TOWNOF;
  if (PO_BOX.has(lw)) g |= T_POBOX;
  if (DOB_LBL.has(lw)) g |= T_DOBLBL;
  if (SAINT.has(lw)) g |= T_SAINT;
  if (ZIP_LBL.has(lw)) g |= T_ZIPLBL;
  if (ROAD_WORDS.has(lw)) g |= T_ROAD;
  if (lw === "ssn" || lw === "social" || lw === "soc") g |= T_SSN;
  if (AGE_WORDS.has(lw)) g |= T_AGEWORD;
  if (EMPLOY_WORDS.has(lw)) g |= T_EMPLOY;
  if (KIN_IN.has(lw)) g |= T_KIN;
  if (DIGIT_WORDS.has(lw)) g |= T_DIGITWORD;
  return g;
}

export function wordInfo(raw: string): WordInfo {
  const h = hashPair(raw, 0, raw.length);
  lookupBig(raw, 0, raw.length, h, second.h);
  return { f: big.f, trig: big.trig, lid: big.lid, lid2: big.lid2 };
}

/** Last parts that make a compound an origin or a language: "Vietnamese-speaking", "Haitian-born". */
const HYPHEN_SUFFIXES = new Set(["speaking", "speaker", "born", "american", "based", "style", "like", "only", "fluent"]);
/** Prefixes that open English compounds, never a double surname. */
const HYPHEN_PREFIXES = new Set(["pre", "post", "re", "non", "co", "anti", "self", "semi", "sub", "inter", "intra", "multi", "mid"]);

function computeInfo(raw: string): WordInfo {
  const lw = raw.toLowerCase();
  const d = dictionaries();
  const key = apostropheFree(lw);
  let f = 0;
  const fr = d.first.get(key);
  const lr = d.last.get(key);
  if (fr !== undefined) f |= F_FIRST;
  if (lr !== undefined) f |= F_LAST;
  if (key.includes("-") && fr === undefined && lr === undefined) {
    // "Garcia-Lopez", "Okonkwo-Reyes": every part a name or a non-word, one part a name ("Long-term" is not)
    const parts = key.split("-");
    const nameish = (p: string) => d.first.has(p) || d.last.has(p);
    // (a prefix makes an English compound: "Pre-screen", "Post-op", "Self-pay")
    if (!HYPHEN_PREFIXES.has(parts[0]!) && parts.some(nameish) && parts.every((p) => p.length > 1 && !d.nonName.has(p) && (nameish(p) || !d.english.has(p)) && !(d.common.has(p) && !nameish(p))) && !parts.every((p) => d.common.has(p))) f |= F_LAST;
  }
  // "Vietnamese-speaking", "Haitian-born", "Mexican-American": a language or an origin, not a double surname
  if (key.includes("-") && HYPHEN_SUFFIXES.has(key.slice(key.lastIndexOf("-") + 1))) f = (f & ~F_LAST) | F_BLOCK;
  if (d.common.has(lw)) f |= F_COMMON;
  if (d.english.has(lw) || d.english.has(key)) f |= F_ENGLISH;
  // an English compound ("WORK-RELATED", "follow-up", "well-known"): every part an English word
  else if (key.includes("-") && !(f & (F_FIRST | F_LAST))) {
    const parts = key.split("-");
    // (a part may be a surname too, "work" in "WORK-RELATED", but one part must be no name at all: "Wise-Best",
    // "Rose-Hill" stay names; and no part of two letters, "Ah-Young")
    const named = (p: string) => d.first.has(p) || d.last.has(p);
    if (parts.every((p) => p.length > 2 && d.english.has(p) && (d.common.has(p) || !named(p))) && !parts.every(named)) f |= F_ENGLISH;
  }
  if (d.nonName.has(lw) || d.nonName.has(key)) f |= F_BLOCK;
  if (TITLES.has(lw)) f |= F_TITLE;
  if (CREDENTIALS.has(lw)) f |= F_CRED;
  if (RELATIONS.has(lw)) f |= F_REL;
  if (PERSON_CUES.has(lw)) f |= F_CUE;
  if (FUNCTION_WORDS.has(lw)) f |= F_FUNC;
  if (LABELS.has(lw)) f |= F_LABEL;
  if (BY_VERBS.has(lw)) f |= F_BYVERB;
  if (CUE_VERBS.has(lw)) f |= F_CUEVERB;
  if (AFTER_VERBS.has(lw)) f |= F_AFTERVERB;
  if (HEADS.has(lw)) f |= F_HEAD;
  if (SIGNOFFS.has(lw)) f |= F_SIGNOFF;
  if (SHORT_TITLES.has(lw)) f |= F_SHORT_TITLE;
  if (AMBIG_CREDS.has(lw)) f |= F_AMBIG_CRED;
  if (LINKS.has(lw)) f |= F_LINK;
  if (lw === "is") f |= F_IS;
  if (STATE_FIRST.has(lw)) f |= F_STATE;
  if (COUNTY_WORDS.has(lw)) f |= F_COUNTY;
  if (ID_LABEL_FIRST.has(lw)) f |= F_IDLABEL;
  if ((fr !== undefined && fr < 1500) || (lr !== undefined && lr < 30000)) f |= F_TOP;
  if ((fr !== undefined && fr < 400) || (lr !== undefined && lr < 2500)) f |= F_HIGH;
  const [lid, lid2] = lowerIds(lw, key);
  return { f, trig: triggers(lw), lid, lid2 };
}

// Scratch buffer for the per-token arrays, reused across calls (detect is synchronous and never keeps Tokens past one call).
let scratchCap = 1024;
let scratch = new ArrayBuffer(scratchCap * 28);

export function tokenize(text: string, sc: Scan): Tokens {
  const L = text.length;
  const n = sc.n;
  const starts = sc.start;
  const ends = sc.end;
  const lines = sc.lines;
  const raws: string[] = [];
  raws.length = n;
  if (n > scratchCap) {
    scratchCap = Math.max(n, 2 * scratchCap);
    scratch = new ArrayBuffer(scratchCap * 28);
  }
  const C = scratchCap;
  const t: Tokens = {
    n,
    start: starts.subarray(0, n),
    end: ends.subarray(0, n),
    raw: raws,
    flags: new Int32Array(scratch, 0, n),
    gap: new Int32Array(scratch, C * 4, n),
    trig: new Int32Array(scratch, C * 8, n),
    shape: new Uint8Array(scratch, C * 12, n),
    mode: new Uint8Array(scratch, C * 13, n),
    anyTrig: 0,
    trigIdx: new Int32Array(scratch, C * 16, n),
    lid: new Int32Array(scratch, C * 20, n),
    lid2: new Int32Array(scratch, C * 24, n),
    nTrig: 0,
    digits: sc.digits,
    nDigitRuns: sc.nDigitRuns,
  };
  t.flags.fill(0);
  t.trig.fill(0);
  t.shape.fill(0);
  const tStart = t.start;
  const tEnd = t.end;
  let line = 0;
  const lineStarts = lines.starts;
  const lineModes = lines.modes;
  let nextLine = lineStarts.length > 1 ? lineStarts[1]! : Infinity;
  let mode = lineModes[0] === "upper" ? 1 : lineModes[0] === "lower" ? 2 : 0;
  let anyTrig = 0;
  const trigIdx = t.trigIdx;
  let nTrig = 0;
  const smallMap = smallTable();
  const bits = smallShape!;
  for (let k = 0; k < n; k++) {
    const s = tStart[k]!;
    while (s >= nextLine) {
      line++;
      const lm = lineModes[line];
      mode = lm === "upper" ? 1 : lm === "lower" ? 2 : 0;
      nextLine = line + 1 < lineStarts.length ? lineStarts[line + 1]! : Infinity;
    }
    t.mode[k] = mode;
    const tokLen = tEnd[k]! - s;
    const c0 = text.charCodeAt(s);
    // "al-Hakimi", "d’Estrées", "dell'Orto": a particle joined to a capitalised name reads as capitalised
    const firstUpper = c0 < 128 ? (c0 >= 65 && c0 <= 90) || (c0 >= 97 && tokLen >= 3 && particlePrefixed(text, s, tEnd[k]!)) : caseOfOther(c0) === 1;
    const ge = k + 1 < n ? tStart[k + 1]! : Math.min(L, tEnd[k]! + 3);
    const gs = tEnd[k]!;
    t.gap[k] = gapKindMemo(text, gs, ge);
    if (mode === 0 && !firstUpper && tokLen > 1) {
      // lower-case word in mixed-case text: only trigger words matter
      const c1 = text.charCodeAt(s + 1);
      if (c0 >= 97 && c0 <= 122 && c1 >= 97 && c1 <= 122 && bits[shapeIndex(tokLen, c0, c1)] === 0) {
        raws[k] = "";
        t.lid[k] = 0; // (no stale hash from an earlier note: rules compare lid with constants)
        continue;
      }
      const hs = hashPair(text, s, tEnd[k]!);
      lookupSmall(text, s, tEnd[k]!, hs, second.h, smallMap);
      raws[k] = smallCache.word;
      t.flags[k] = smallCache.f;
      t.trig[k] = smallCache.trig;
      t.lid[k] = smallCache.lid;
      t.lid2[k] = smallCache.lid2;
      anyTrig |= smallCache.trig;
      if (smallCache.trig !== 0) trigIdx[nTrig++] = k;
      continue;
    }
    const e = tEnd[k]!;
    let shape: number;
    if (tokLen === 1) shape = firstUpper || mode === 2 ? SHAPE_INITIAL : SHAPE_LOWER;
    else if (!firstUpper) shape = SHAPE_LOWER;
    else {
      let upper = true;
      for (let q = s + 1; q < e; q++) {
        const c = text.charCodeAt(q);
        if ((c >= 97 && c <= 122) || (c >= 128 && caseOfOther(c) === 2)) {
          upper = false;
          break;
        }
      }
      shape = upper ? SHAPE_UPPER : SHAPE_CAP;
    }
    t.shape[k] = shape;
    const h = hashPair(text, s, e);
    const h2 = second.h;
    let f: number;
    let trig: number;
    if (mode === 0 && shape === SHAPE_LOWER) {
      lookupSmall(text, s, e, h, h2, smallMap);
      raws[k] = smallCache.word;
      f = smallCache.f;
      trig = smallCache.trig;
      t.lid[k] = smallCache.lid;
      t.lid2[k] = smallCache.lid2;
    } else {
      lookupBig(text, s, e, h, h2);
      raws[k] = big.word;
      f = big.f;
      trig = big.trig;
      t.lid[k] = big.lid;
      t.lid2[k] = big.lid2;
    }
    t.flags[k] = f;
    t.trig[k] = trig;
    anyTrig |= trig;
    if (trig !== 0) trigIdx[nTrig++] = k;
  }
  t.anyTrig = anyTrig;
  t.nTrig = nTrig;
  return t;
}

const NAME_PREFIXES = new Set(["d", "l", "o", "al", "el", "ad", "as", "at", "az", "ibn", "bin", "abu", "bint", "dell", "dall", "degli", "de", "di", "da", "du"]);

/** text[s, e) is a lower-case particle, an apostrophe or hyphen, and a capital: "al-Hakimi", "d’Arc". */
function particlePrefixed(text: string, s: number, e: number): boolean {
  const last = Math.min(e - 2, s + 5);
  for (let p = s + 1; p <= last; p++) {
    const c = text.charCodeAt(p);
    if (c !== 39 && c !== 0x2019 && c !== 45) continue;
    const n = text.charCodeAt(p + 1);
    return (n < 128 ? n >= 65 && n <= 90 : caseOfOther(n) === 1) && NAME_PREFIXES.has(text.slice(s, p));
  }
  return false;
}

/** The token's text, even where tokenize left it out. */
export function rawOf(t: Tokens, text: string, i: number): string {
  const r = t.raw[i]!;
  return r.length > 0 ? r : text.slice(t.start[i]!, t.end[i]!);
}

/** The gap before token i (G_* of token i-1); the start of text counts as a break. */
export function gapBefore(t: Tokens, i: number): number {
  return i === 0 ? G_BREAK : t.gap[i - 1]!;
}
