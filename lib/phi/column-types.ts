/**
 * What a table's column holds, read from the rules' own findings: in three or more rows laid out alike (the same
 * delimiter and number of cells, or a fixed-width file's lines of one length), a column whose cells the rules found to
 * be mostly names (or places, streets, ZIP codes) holds them in every row. The others are taken too when their shape
 * fits: "DO", "LAW", "CASH", "PRICE" in a surname column are surnames there, though each alone is an English word.
 * Run after every rule, on their candidates; it adds candidates and takes none away.
 */
import { type Candidate, type PhiType } from "./types";
import { F_BLOCK, F_ENGLISH, F_NAME, wordFlags } from "./tokens";
import { headerColumns } from "./names/table-header";

/** The types a column is read as, and the shape a cell must have to take its column's type. */
// (a name or a place starts with a capital here: a lower-case note in a name column, "self", "pt statement", is none)
const SHAPES: Partial<Record<PhiType, RegExp>> = {
  NAME: /^\p{Lu}[\p{L}\p{M}'’. -]{0,40}(?:,[ ]?\p{L}[\p{L}\p{M}'’. -]{0,40})?$/u,
  LOCATION: /^\p{Lu}[\p{L}\p{M}'’. -]{1,40}$/u,
  ADDRESS: /^\d{1,6}[A-Za-z]?[ ][\p{L}\d][\p{L}\p{M}\d'’. #-]{1,50}$/u,
  ZIP: /^\d{5}(?:-\d{4})?$/,
};
/** What a name column holds when it holds no name ("Privacy Case" in an OSHA log), and notes with a spaced dash. */
const NO_VALUE = /^(?:n\/?a|none|unknown|pending|self|same|tbd|yes|no|privacy case|declined|other)$|[ ][—–-][ ]/i;
/** How many rows a run needs, and the share of a column's cells the rules must have found. */
const MIN_ROWS = 3;
const MIN_SHARE = 0.5;
/** A fixed-width line is at least this long. */
const MIN_WIDTH = 30;

interface Cell {
  start: number;
  end: number;
}

export function propagateColumns(text: string, out: Candidate[]): void {
  if (out.length < MIN_ROWS) return;
  const next = new Int32Array(4);
  for (let k = 0; k < 4; k++) next[k] = text.indexOf(MARKS[k]!);
  if (next[0]! < 0 && next[1]! < 0 && next[2]! < 0 && next[3]! < 0) return;
  const lines = lineStarts(text);
  if (lines.length < MIN_ROWS + 1) return;
  let run: number[] = [];
  let key = "";
  // the candidates by start, sorted once the first run is read
  let byStart: Candidate[] | null = null;
  const flush = () => {
    if (run.length >= MIN_ROWS) {
      byStart ??= out.slice().sort((x, y) => x.start - y.start);
      readRun(text, lines, run, key, byStart, out);
    }
    run = [];
  };
  for (let i = 0; i + 1 < lines.length; i++) {
    const k = rowKey(text, lines[i]!, lines[i + 1]! - 1, next);
    if (k === "" || k !== key) {
      flush();
      key = k;
    }
    if (k !== "") run.push(i);
  }
  flush();
}

/** Where each line starts, and one past the text's end (a line i is text[starts[i], starts[i + 1] - 1)). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let p = text.indexOf("\n"); p >= 0; p = text.indexOf("\n", p + 1)) starts.push(p + 1);
  starts.push(text.length + 1);
  return starts;
}

/**
 * What rows of one table share: "|5" (a delimiter and a cell count), "w84" (a fixed width); "" for no row. `next` holds
 * where the next bar, tab, comma and double space are at or after the line's start (-1: none left), moved on as the
 * lines are read in order, so that prose lines cost a comparison each.
 */
function rowKey(text: string, a: number, b: number, next: Int32Array): string {
  if (b > a && text.charCodeAt(b - 1) === 13) b--;
  for (let k = 0; k < 4; k++) if (next[k]! >= 0 && next[k]! < a) next[k] = text.indexOf(MARKS[k]!, a);
  if (b - a < 8) return "";
  const bars = next[0]! >= 0 && next[0]! < b ? count(text, 124, next[0]!, b) : 0;
  if (bars >= 2) return `|${bars}`;
  const tabs = next[1]! >= 0 && next[1]! < b ? count(text, 9, next[1]!, b) : 0;
  if (tabs >= 2) return `\t${tabs}`;
  if (next[2]! >= 0 && next[2]! < b) {
    let commas = 0;
    for (let p = next[2]!; p >= 0 && p < b; p = text.indexOf(",", p + 1)) commas++;
    // (commas inside double quotes are a cell's own: counted again, one by one, where the line has a quote)
    if (commas >= 3) {
      const quote = text.indexOf('"', a);
      if (quote >= 0 && quote < b) {
        commas = 0;
        let quoted = false;
        for (let p = a; p < b; p++) {
          const c = text.charCodeAt(p);
          if (c === 34) quoted = !quoted;
          else if (c === 44 && !quoted) commas++;
        }
      }
      if (commas >= 3) return `,${commas}`;
    }
  }
  if (b - a < MIN_WIDTH || next[3]! < 0 || next[3]! >= b) return "";
  let gaps = 0;
  for (let p = Math.max(next[3]!, a + 1); p < b; p++) if (text.charCodeAt(p) === 32 && text.charCodeAt(p + 1) === 32 && text.charCodeAt(p - 1) !== 32) gaps++;
  return gaps >= 2 ? `w${b - a}` : "";
}
/** The marks `next` follows: a bar, a tab, a comma, a double space. */
const MARKS = ["|", "\t", ",", "  "];

/** How many characters `c` text[a, b) holds. */
function count(text: string, c: number, a: number, b: number): number {
  let n = 0;
  for (let p = a; p < b; p++) if (text.charCodeAt(p) === c) n++;
  return n;
}

/** The first index of `sorted` (by start) whose start is at least `pos`. */
function firstAtOrAfter(sorted: Candidate[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How far back from a cell a candidate that covers it is looked for (a name merged over a few cells). */
const COVER_LOOKBACK = 24;

function readRun(text: string, lines: number[], run: number[], key: string, byStart: Candidate[], out: Candidate[]): void {
  const rows: Cell[][] = key[0] === "w" ? fixedWidthCells(text, lines, run) : run.map((i) => delimitedCells(text, lines[i]!, lines[i + 1]! - 1, key[0]!));
  const width = rows[0]?.length ?? 0;
  if (width < 2 || rows.some((r) => r.length !== width)) return;
  const from = lines[run[0]!]!;
  const to = lines[run[run.length - 1]! + 1]! - 1;
  const lo = firstAtOrAfter(byStart, from);
  const hi = firstAtOrAfter(byStart, to + 1);
  if (hi - lo < 2) return;
  // (the run's first line may be its header, "Trip ID | Member | ...": it takes nothing, and counts for nothing, when
  // the table reader knows its words, when the rules found none of it, or when it has no digit where the rows below
  // have them)
  const firstEnd = lines[run[0]! + 1]! - 1;
  let found = false;
  for (let k = lo; k < hi && byStart[k]!.start < firstEnd && !found; k++) found = byStart[k]!.end <= firstEnd;
  const headed = !found || headerLine(text, from, rows[0]!, key) || (!hasDigit(text, rows[0]!) && rows.slice(1).filter((row) => hasDigit(text, row)).length * 2 >= rows.length - 1);
  // each column's cells by the type a candidate gives them, and the type most of them have
  const typed: (PhiType | null)[][] = [];
  const major: (PhiType | null)[] = [];
  for (let col = 0; col < width; col++) {
    const counts = new Map<PhiType, number>();
    let filled = 0;
    const column: (PhiType | null)[] = [];
    rows.forEach((row, r) => {
      const c = row[col]!;
      const t = c.end > c.start && !(r === 0 && headed) ? coveringType(byStart, lo, hi, c) : null;
      if (c.end > c.start && !(r === 0 && headed)) filled++;
      column.push(t);
      if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
    });
    let best: PhiType | null = null;
    let n = 0;
    for (const [t, k] of counts) if (k > n) [best, n] = [t, k];
    typed.push(column);
    major.push(best && n >= 2 && n >= MIN_SHARE * filled ? best : null);
  }
  for (let col = 0; col < width; col++) {
    let type = major[col];
    // a surname column beside a column of given names ("PATEL  OLUWASEUN", "LU  THADDEUS"): every cell a word, one of
    // them found a name, most of three letters or more (not a route's "IM", "SC")
    if (!type && ((col > 0 && major[col - 1] === "NAME") || (col + 1 < width && major[col + 1] === "NAME")) && typed[col]!.includes("NAME") && surnameColumn(text, rows, col, headed)) type = "NAME";
    if (!type) continue;
    const shape = SHAPES[type]!;
    rows.forEach((row, r) => {
      const c = row[col]!;
      if (typed[col]![r] !== null || (r === 0 && headed) || c.end <= c.start) return;
      const value = text.slice(c.start, c.end);
      if (shape.test(value) && !NO_VALUE.test(value) && (type !== "NAME" || !everydayWords(value))) out.push({ start: c.start, end: c.end, type: type, priority: 34 });
    });
  }
}

/** The run's first row is a header the table reader knows ("Vaccine,Site,Given by,Route"). */
function headerLine(text: string, from: number, row: Cell[], key: string): boolean {
  const end = row[row.length - 1]!.end;
  const line = text.slice(from, Math.max(end, from));
  return headerColumns(line, row.map((c) => ({ start: c.start - from, end: c.end - from })), key[0] === "w") !== null;
}

/** Every cell of the column (the header aside) is a word of a name's shape, and most are three letters or more. */
function surnameColumn(text: string, rows: Cell[][], col: number, headed: boolean): boolean {
  let filled = 0;
  let long = 0;
  for (let r = headed ? 1 : 0; r < rows.length; r++) {
    const c = rows[r]![col]!;
    if (c.end === c.start) continue;
    if (!SHAPES.NAME!.test(text.slice(c.start, c.end))) return false;
    filled++;
    if (c.end - c.start >= 3) long++;
  }
  return filled > 0 && long * 2 >= filled;
}

/**
 * The value is no name whatever its column: every word an everyday English word and no census name ("Pharmacy",
 * "Night Shift", "Normal"), or a word that is never a name alone ("Aetna", "TRICARE", "Blue Cross").
 */
function everydayWords(value: string): boolean {
  let everyday = true;
  for (const w of value.split(/[ ,.'’-]+/)) {
    if (w === "") continue;
    const f = wordFlags(w);
    if (f & F_BLOCK) return true;
    if (!(f & F_ENGLISH) || f & F_NAME) everyday = false;
  }
  return everyday;
}

/** Whether a row's cells hold a digit. */
function hasDigit(text: string, row: Cell[]): boolean {
  for (const c of row) for (let p = c.start; p < c.end; p++) if (text.charCodeAt(p) >= 48 && text.charCodeAt(p) <= 57) return true;
  return false;
}

/** The type of a candidate of a column type that covers the whole cell (looked for among byStart[lo, hi)), or null. */
function coveringType(byStart: Candidate[], lo: number, hi: number, c: Cell): PhiType | null {
  const at = firstAtOrAfter(byStart, c.start + 1);
  for (let k = Math.min(at, hi) - 1; k >= lo && k >= at - COVER_LOOKBACK; k--) {
    const x = byStart[k]!;
    if (x.end >= c.end && SHAPES[x.type] !== undefined) return x.type;
  }
  return null;
}

/** A delimited line's cells, trimmed, without the quotes around a comma-separated cell. */
function delimitedCells(text: string, a: number, b: number, delim: string): Cell[] {
  const d = delim.charCodeAt(0);
  const cells: Cell[] = [];
  let s = a;
  let quoted = false;
  for (let p = a; p <= b; p++) {
    const c = p < b ? text.charCodeAt(p) : d;
    if (c === 34 && d === 44) quoted = !quoted;
    if (p === b || (c === d && !quoted)) {
      cells.push(trim(text, s, p));
      s = p + 1;
    }
  }
  // (a "|" table's border cells, before the first bar and after the last, are empty on every row)
  return cells;
}

/** A cell without the spaces, tabs and double quotes around it. */
function trim(text: string, a: number, b: number): Cell {
  while (a < b && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9 || text.charCodeAt(a) === 34)) a++;
  while (b > a && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9 || text.charCodeAt(b - 1) === 34 || text.charCodeAt(b - 1) === 13)) b--;
  return { start: a, end: b };
}

/**
 * A fixed-width file's cells: the columns are the stretches between the positions that are a space on every row of the
 * run (a field padded with spaces, and the single space after an account number alike).
 */
function fixedWidthCells(text: string, lines: number[], run: number[]): Cell[][] {
  const w = lines[run[0]! + 1]! - 1 - lines[run[0]!]!;
  const blank = new Uint8Array(w).fill(1);
  for (const i of run) {
    const a = lines[i]!;
    for (let p = 0; p < w; p++) if (text.charCodeAt(a + p) !== 32) blank[p] = 0;
  }
  // a single blank position parts two fields only where every row has a character on both sides of it (a field filled
  // to its width, "D9743981555 PATEL"); elsewhere it is a space inside a field that fell in line by chance ("DE LA CRUZ")
  for (let p = 1; p + 1 < w; p++) {
    if (!blank[p] || blank[p - 1] || blank[p + 1]) continue;
    if (run.some((i) => text.charCodeAt(lines[i]! + p - 1) === 32 || text.charCodeAt(lines[i]! + p + 1) === 32)) blank[p] = 0;
  }
  const spans: [number, number][] = [];
  for (let p = 0; p < w; ) {
    if (blank[p]) {
      p++;
      continue;
    }
    let q = p;
    while (q < w && !blank[q]) q++;
    spans.push([p, q]);
    p = q;
  }
  return run.map((i) => spans.map(([p, q]) => trim(text, lines[i]! + p, lines[i]! + q)));
}
