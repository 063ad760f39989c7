/**
 * One pass over the note that every detector starts from: word boundaries
 * (for tokens.ts), line starts and each line's case mode (as lineInfo in
 * text.ts computes them), and the runs of ASCII digits (where the numeric
 * detectors look, instead of each scanning the whole text).
 */
import { type CaseMode, type LineInfo } from "./text";

export interface Scan {
  lines: LineInfo;
  /** Word tokens: text[start[k], end[k]) for k < n (a possessive "'s" is left out). Scratch buffers: valid until the next scan. */
  n: number;
  start: Int32Array;
  end: Int32Array;
  /** Maximal runs of digits 0-9: text[digits[2r], digits[2r + 1]) for r < nDigitRuns. Scratch buffer, as above. */
  digits: Int32Array;
  nDigitRuns: number;
  /** Whether the text has a letter of a script other than Latin (U+0370-U+1DFF, U+1F00-U+1FFF, U+3000-U+9FFF, U+AC00-U+D7AF). */
  otherScript: boolean;
}

// Character classes. UPPER and LOWER are ASCII letters (counted for the line's case mode); OTHER_LETTER a
// Latin-1 / Latin Extended-A/B letter; JOIN an apostrophe or hyphen, which stays inside a word between letters.
const UPPER = 1;
const LOWER = 2;
const OTHER_LETTER = 4;
const LETTER = UPPER | LOWER | OTHER_LETTER;
const DIGIT = 8;
const JOIN = 16;
const ASCII = new Uint8Array(128);
for (let c = 65; c <= 90; c++) ASCII[c] = UPPER;
for (let c = 97; c <= 122; c++) ASCII[c] = LOWER;
for (let c = 48; c <= 57; c++) ASCII[c] = DIGIT;
ASCII[39] = JOIN;
ASCII[45] = JOIN;

function classOf(c: number): number {
  if (c < 128) return ASCII[c]!;
  return isOtherLetter(c) ? OTHER_LETTER : c === 0x2019 ? JOIN : 0;
}

/**
 * A letter outside ASCII that names are written with: Latin-1, Latin Extended-A/B, the IPA letters that Latin
 * alphabets borrowed (Azerbaijani "ə" in "Məmmədov", Akan and Ewe "ɔ", "ɛ"), the okina and the modifier apostrophe
 * (Hawaiian and Samoan "Faʻamanu"), combining diacritics (decomposed "é") and Latin Extended Additional (Vietnamese
 * "Nguyễn", "Đặng", "Hải").
 */
export function isOtherLetter(c: number): boolean {
  return (c >= 0xc0 && c <= 0x2af && c !== 0xd7 && c !== 0xf7) || c === 0x2bb || c === 0x2bc || (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff);
}

/** Case of a letter outside ASCII: 1 capital, 2 small, 0 neither (cached per code unit). */
const caseCache = new Int8Array(0x1f00).fill(-1);
export function caseOfOther(c: number): number {
  if (c >= 0x1f00) return 0;
  let k = caseCache[c]!;
  if (k < 0) {
    const ch = String.fromCharCode(c);
    k = ch.toLowerCase() !== ch ? 1 : ch.toUpperCase() !== ch ? 2 : 0;
    caseCache[c] = k;
  }
  return k;
}

function modeOf(upper: number, lower: number): CaseMode {
  const letters = upper + lower;
  if (letters === 0) return "mixed";
  if (upper >= 0.8 * letters && letters >= 6) return "upper";
  if (upper === 0 && letters >= 12) return "lower";
  return "mixed";
}

function grow(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

// Scratch buffers reused across calls (detect is synchronous and copies what it keeps).
let scratchStart = new Int32Array(4096);
let scratchEnd = new Int32Array(4096);
let scratchDigits = new Int32Array(256);

export function scan(text: string): Scan {
  const L = text.length;
  let cap = scratchStart.length;
  let starts = scratchStart;
  let ends = scratchEnd;
  let n = 0;
  let digits = scratchDigits;
  let nRuns = 0;
  const lineStarts: number[] = [0];
  const modes: CaseMode[] = [];
  // ASCII capitals and small letters on the current line and in the whole text
  let upper = 0;
  let lower = 0;
  let totalUpper = 0;
  let totalLower = 0;
  let otherScript = false;
  let i = 0;
  while (i < L) {
    let c = text.charCodeAt(i);
    let k = classOf(c);
    if ((k & LETTER) === 0) {
      if (k === DIGIT) {
        const s = i;
        i++;
        while (i < L && (c = text.charCodeAt(i)) >= 48 && c <= 57) i++;
        if (2 * nRuns + 2 > digits.length) digits = scratchDigits = grow(digits, digits.length * 2);
        digits[2 * nRuns] = s;
        digits[2 * nRuns + 1] = i;
        nRuns++;
        continue;
      }
      // (Greek, Cyrillic, Armenian, Hebrew, Arabic, the scripts of India, Thai, Lao, Myanmar, Georgian, Hangul, Ge'ez,
      // Khmer, Greek Extended, CJK, Hangul syllables: not Latin Extended Additional, nor the dashes and quotation
      // marks of English text)
      if ((c >= 0x370 && c < 0x1e00) || (c >= 0x1f00 && c < 0x2000) || (c >= 0x3000 && c < 0xa000) || (c >= 0xac00 && c < 0xd7b0)) otherScript = true;
      else if (c === 10) {
        modes.push(modeOf(upper, lower));
        lineStarts.push(i + 1);
        totalUpper += upper;
        totalLower += lower;
        upper = 0;
        lower = 0;
      }
      i++;
      continue;
    }
    const s = i;
    for (;;) {
      // text[i] is a letter of class k
      upper += k & UPPER;
      lower += (k & LOWER) >> 1;
      i++;
      if (i >= L) break;
      k = classOf(text.charCodeAt(i));
      if (k & LETTER) continue;
      // "O'Brien", "Mary-Jane", "d’Arcy": an apostrophe or hyphen between letters stays in the word
      if (k === JOIN && i + 1 < L) {
        const k2 = classOf(text.charCodeAt(i + 1));
        if (k2 & LETTER) {
          i++;
          k = k2;
          continue;
        }
      }
      break;
    }
    let e = i;
    // possessive: "Smith's" -> "Smith"
    if (e - s > 3 && text.charCodeAt(e - 1) === 115 && (text.charCodeAt(e - 2) === 39 || text.charCodeAt(e - 2) === 0x2019)) e -= 2;
    if (n === cap) {
      cap *= 2;
      starts = scratchStart = grow(starts, cap);
      ends = scratchEnd = grow(ends, cap);
    }
    starts[n] = s;
    ends[n] = e;
    n++;
  }
  modes.push(modeOf(upper, lower));
  totalUpper += upper;
  totalLower += lower;
  const docMode = modeOf(totalUpper, totalLower);
  // A short line inside a caps or lower-case note takes the note's mode.
  if (docMode !== "mixed") {
    for (let k = 0; k < modes.length; k++) if (modes[k] === "mixed") modes[k] = docMode;
  }
  return { lines: { starts: lineStarts, modes, docMode }, n, start: starts, end: ends, digits, nDigitRuns: nRuns, otherScript };
}

/**
 * A zeroed array of n elements on a buffer reused across calls: allocating a typed array's backing store costs
 * more than a short note's whole scan. Only for arrays that die with the detect call that took them (detect is
 * synchronous); each user keeps its own Scratch.
 */
export class ScratchBytes {
  private buf = new Uint8Array(1024);
  take(n: number): Uint8Array {
    if (n > this.buf.length) this.buf = new Uint8Array(Math.max(n, 2 * this.buf.length));
    const v = this.buf.subarray(0, n);
    v.fill(0);
    return v;
  }
}

export class ScratchInts {
  private buf = new Int32Array(1024);
  take(n: number): Int32Array {
    if (n > this.buf.length) this.buf = new Int32Array(Math.max(n, 2 * this.buf.length));
    const v = this.buf.subarray(0, n);
    v.fill(0);
    return v;
  }
}
