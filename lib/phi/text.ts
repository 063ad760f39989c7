/** Small text helpers shared by the detectors. */
import { type Candidate, type PhiType } from "./types";

export type CaseMode = "mixed" | "upper" | "lower";

/**
 * Case mode of every line: notes written in ALL CAPS or all lower case give
 * capitalisation no meaning, so name rules switch to dictionary evidence.
 * Returns the line starts (sorted) and each line's mode.
 */
export interface LineInfo {
  starts: number[];
  modes: CaseMode[];
  docMode: CaseMode;
}

function modeOf(upper: number, lower: number): CaseMode {
  const letters = upper + lower;
  if (letters === 0) return "mixed";
  if (upper >= 0.8 * letters && letters >= 6) return "upper";
  if (upper === 0 && letters >= 12) return "lower";
  return "mixed";
}

export function lineInfo(text: string): LineInfo {
  const starts: number[] = [0];
  const modes: CaseMode[] = [];
  let upper = 0;
  let lower = 0;
  let totalUpper = 0;
  let totalLower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      modes.push(modeOf(upper, lower));
      starts.push(i + 1);
      upper = 0;
      lower = 0;
    } else if (c >= 65 && c <= 90) {
      upper++;
      totalUpper++;
    } else if (c >= 97 && c <= 122) {
      lower++;
      totalLower++;
    }
  }
  modes.push(modeOf(upper, lower));
  const docMode = modeOf(totalUpper, totalLower);
  // A short line inside a caps or lower-case note takes the note's mode.
  if (docMode !== "mixed") {
    for (let k = 0; k < modes.length; k++) if (modes[k] === "mixed") modes[k] = docMode;
  }
  return { starts, modes, docMode };
}

/** Index of the line containing `pos` (binary search). */
export function lineIndex(info: LineInfo, pos: number): number {
  let lo = 0;
  let hi = info.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((info.starts[mid] ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function isUpperChar(c: number): boolean {
  return c >= 65 && c <= 90;
}
export function isLowerChar(c: number): boolean {
  return c >= 97 && c <= 122;
}
export function isDigitChar(c: number): boolean {
  return c >= 48 && c <= 57;
}
export function isAlnumChar(c: number): boolean {
  return isUpperChar(c) || isLowerChar(c) || isDigitChar(c);
}

/** The start of the line holding `at` when it is at most `max` characters before `at`, else -1 (a bounded walk back). */
export function lineStartWithin(text: string, at: number, max: number): number {
  for (let q = at - 1; q >= at - 1 - max; q--) if (q < 0 || text.charCodeAt(q) === 10) return q + 1;
  return -1;
}

/** Run a global regex over text, calling fn for each match (guards zero-length matches). */
export function eachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    fn(m);
  }
}

/**
 * Each capture group of each match of a global regex with indices (flag "d") becomes a candidate of `type`: the
 * parts of a name the pattern picked out ("LAST", "FIRST", "M" of "^FDLAST,FIRST,M^FS").
 */
export function pushGroups(re: RegExp, text: string, type: PhiType, priority: number, out: Candidate[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    for (let g = 1; g < m.length; g++) {
      const r = m.indices![g];
      if (r) out.push({ start: r[0], end: r[1], type, priority });
    }
  }
}

/** The word (letters only, lower-cased) ending just before `pos`, skipping spaces and light punctuation. */
export function wordBefore(text: string, pos: number, maxSkip = 4): string {
  let i = pos - 1;
  let skipped = 0;
  while (i >= 0 && skipped < maxSkip) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 58 || c === 35 || c === 44 || c === 40 || c === 46) {
      i--;
      skipped++;
    } else break;
  }
  const end = i + 1;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    if (isUpperChar(c) || isLowerChar(c) || c === 47) i--;
    else break;
  }
  return text.slice(i + 1, end).toLowerCase();
}

/** The word (letters only, lower-cased) starting at or after `pos`, skipping spaces. */
export function wordAfter(text: string, pos: number): string {
  let i = pos;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const start = i;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isUpperChar(c) || isLowerChar(c)) i++;
    else break;
  }
  return text.slice(start, i).toLowerCase();
}

/** Lower-cased text of the `n` characters before `pos` (for cue look-backs). */
export function lookBack(text: string, pos: number, n: number): string {
  return text.slice(Math.max(0, pos - n), pos).toLowerCase();
}

/**
 * A sticky regex tried at candidate positions in ascending order, skipping
 * positions inside the previous match: the same matches as running the
 * regex globally over the text, provided every position where a match can
 * start is a candidate. The numeric detectors take their candidates from
 * the digit runs of the scan instead of scanning the whole note.
 */
export class StickyScan {
  private lastEnd = 0;
  constructor(private readonly re: RegExp) {
    if (!re.sticky || re.global) throw new Error("StickyScan needs a sticky, non-global regex");
  }

  reset(): this {
    this.lastEnd = 0;
    return this;
  }

  at(text: string, pos: number): RegExpExecArray | null {
    if (pos < this.lastEnd || pos < 0) return null;
    this.re.lastIndex = pos;
    const m = this.re.exec(text);
    if (m) this.lastEnd = pos + Math.max(1, m[0].length);
    return m;
  }
}

/** How many ASCII digits start at text[p] (0 when none). */
export function digitsAt(text: string, p: number): number {
  let q = p;
  for (let c = text.charCodeAt(q); c >= 48 && c <= 57; c = text.charCodeAt(++q));
  return q - p;
}

/** A character of the class [\s.-] (white space, "." or "-"). */
export function isSpaceDotDash(c: number): boolean {
  if (c === 32 || c === 46 || c === 45 || (c >= 9 && c <= 13)) return true;
  return c > 127 && /\s/.test(String.fromCharCode(c));
}

/** Runs of ASCII digits: text[digits[2r], digits[2r + 1]) for r < nDigitRuns (see scan.ts). */
export interface DigitRuns {
  digits: Int32Array;
  nDigitRuns: number;
}

/**
 * Where a numeric pattern can start, for a digit run text[s, e): a bit set of offsets back from s (bit k: try
 * s - k, for k < 8; 0: nowhere). It must name every position where a match can start: tests compare the
 * result with the global regex on random text.
 */
export type RunOffsets = (text: string, s: number, e: number) => number;

/** A numeric pattern: its global regex (the reference), the sticky form and where it can start. */
export interface RunPattern {
  global: RegExp;
  scan: StickyScan;
  offsets: RunOffsets;
  /** Digit-run lengths outside [minLen, maxLen] are skipped without calling `offsets` (which must agree). */
  minLen: number;
  maxLen: number;
}

export function runPattern(global: RegExp, offsets: RunOffsets, minLen = 1, maxLen = Number.MAX_SAFE_INTEGER): RunPattern {
  return { global, scan: new StickyScan(new RegExp(global.source, global.flags.replace("g", "") + "y")), offsets, minLen, maxLen };
}

/** The matches of a numeric pattern, in text order: the same as running its global regex over the text. */
export function eachRunMatch(p: RunPattern, text: string, runs: DigitRuns, fn: (m: RegExpExecArray) => void): void {
  const scan = p.scan.reset();
  const d = runs.digits;
  for (let r = 0; r < runs.nDigitRuns; r++) {
    const s = d[2 * r]!;
    const e = d[2 * r + 1]!;
    if (e - s < p.minLen || e - s > p.maxLen) continue;
    const bits = p.offsets(text, s, e);
    if (bits === 0) continue;
    for (let k = 31 - Math.clz32(bits); k >= 0; k--) {
      if (!(bits & (1 << k))) continue;
      const m = scan.at(text, s - k);
      if (m) fn(m);
    }
  }
}

/** Whether the character before `at` (after spaces and tabs) is a table's "|": text[at] opens a cell. */
export function afterBar(text: string, at: number): boolean {
  let q = at - 1;
  while (q >= 0 && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q--;
  return q >= 0 && text.charCodeAt(q) === 124;
}

/**
 * The header of the "|" table column text[at] is in: the cell in the same column of the first line of the run of
 * lines with "|" that the line of `at` belongs to; "" outside a table, or on the header line itself. A cell before
 * the line's first "|" counts only with `firstColumn`.
 */
// The last row whose table head was looked for (a table's rows are asked for in order: each row's head is the row
// before's when that row is the table's too, so a table of n rows costs n steps, not n * n / 2).
let headText = "";
let headRow = -1;
let headAt = -1;

/** The first line of the run of lines with "|" that the line starting at `lineStart` ends. */
function tableHead(text: string, lineStart: number): number {
  if (text === headText && headRow >= 0) {
    if (lineStart === headRow) return headAt;
    const prevStart = text.lastIndexOf("\n", lineStart - 2) + 1;
    if (prevStart === headRow && lineStart > 0 && text.slice(prevStart, lineStart - 1).includes("|")) {
      headRow = lineStart;
      return headAt;
    }
  }
  let head = lineStart;
  while (head > 0) {
    const prevStart = text.lastIndexOf("\n", head - 2) + 1;
    if (!text.slice(prevStart, head - 1).includes("|")) break;
    head = prevStart;
  }
  headText = text;
  headRow = lineStart;
  headAt = head;
  return head;
}

export function columnHeader(text: string, at: number, firstColumn = false): string {
  // (a table's row is short: a "line" of thousands of characters, an HL7 message split by "\r", is read as none)
  let lineStart = at;
  while (lineStart > 0 && at - lineStart < 2000 && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) return "";
  let col = 0;
  for (let p = lineStart; p < at; p++) if (text.charCodeAt(p) === 124) col++;
  // the first column of a table written without a leading "|" ("4/19 | 9w1d | 198"), when asked for
  if (col === 0 && !(firstColumn && /^[^|\n]*\|/.test(text.slice(at, at + 40)))) return "";
  const head = tableHead(text, lineStart);
  if (head === lineStart) return "";
  const headEnd = text.indexOf("\n", head);
  return text.slice(head, headEnd < 0 ? text.length : headEnd).split("|")[col] ?? "";
}

/** A line laid out in columns with spaces: two or more spaces between two fields. */
const ALIGNED_LINE = /\S {2,}\S/;

/**
 * The header of the space-aligned column text[at] starts: the word that starts at the same column in the first line
 * of the run of lines laid out in columns (two spaces or more between fields) that the line of `at` ends; "" when
 * there is none, or on the header line itself. "Allergen   Lot   Exp" above "Bermuda grass   MT3600H   02/2026".
 */
export function alignedHeader(text: string, at: number): string {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const col = at - lineStart;
  if (col > 0 && text.charCodeAt(at - 1) !== 32) return "";
  let head = -1;
  let start = lineStart;
  for (let lines = 0; start > 0 && lines < 40; lines++) {
    const prevStart = text.lastIndexOf("\n", start - 2) + 1;
    const line = text.slice(prevStart, start - 1);
    if (!ALIGNED_LINE.test(line)) break;
    head = prevStart;
    start = prevStart;
  }
  if (head < 0) return "";
  const headEnd = text.indexOf("\n", head);
  const line = text.slice(head, headEnd < 0 ? text.length : headEnd);
  if (col >= line.length || line.charCodeAt(col) === 32 || (col > 0 && line.charCodeAt(col - 1) !== 32)) return "";
  const m = /^\S+(?: \S+)*/.exec(line.slice(col));
  return m ? m[0] : "";
}

/** Triggers of a note's tokens (see Tokens in tokens.ts): which token carries which trigger bits, listed. */
export interface TriggerTokens {
  anyTrig: number;
  nTrig: number;
  trigIdx: Int32Array;
  trig: Int32Array;
  start: Int32Array;
}

/** A sticky pattern tried at each token that carries the trigger `bit` ("Hospital", "lives", "Route"), in text order. */
export function atTrigger(text: string, t: TriggerTokens, bit: number, re: RegExp, fn: (m: RegExpExecArray) => void): void {
  if (!(t.anyTrig & bit)) return;
  for (let q = 0; q < t.nTrig; q++) {
    const k = t.trigIdx[q]!;
    if (!(t.trig[k]! & bit)) continue;
    re.lastIndex = t.start[k]!;
    const m = re.exec(text);
    if (m) fn(m);
  }
}
