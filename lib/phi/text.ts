/** Small text helpers shared by the detectors. */

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
