/**
 * Identifiers in tables, read by column: in a "|" table, a comma-separated export or a table laid out with two or more
 * spaces, a cell under a header that names people ("Patient", "patient_name", "Initials", "Given by", "Surgeon")
 * is a name whatever its words are ("Renner, Conceição", "LJS", "Kasper Best LPN"); a cell under a facility
 * header ("Drop-off", "Facility") a facility, under an id header ("referral_id", "Acct #") a code, under a phone
 * header ("Mobile") a phone number, under a code header ("Activation code") a code of letter and digit groups, and in a table
 * laid out with spaces a month/day under a dated header ("Next INR") a date and an age over 89 under "Age". The header
 * is the first line of the run of lines with the same delimiter (with spaces: the same number of fields); what it
 * says about each column is read in table-header.ts.
 */
import { type Candidate, type PhiType } from "../types";
import { CREDENTIALS } from "./vocab";
import { COMB_BOX } from "../patterns/comb-boxes";
import { type Cell, type Columns, headerColumns, withParts } from "./table-header";

/** A cell that can be an organisation's name: a capitalised word first, letters, digits, spaces, & ' . - and no more than 60 characters. */
const FACILITY_CELL = /^[A-Z\p{Lu}][\p{L}\p{M}0-9&'’. -]{1,59}$/u;
/** What a facility column holds when it holds no name. */
const NO_FACILITY = /^(?:n\/?a|none|home|self|same|unknown|pending|tbd|other|er|ed|icu|or|pacu|floor|room \S+|bed \S+)$/i;
/** A month and day, with or without its year ("9/25", "10/02/2025"), or an ISO or compact date ("2025-02-19", "19520622"). */
const MONTH_DAY_CELL = /^(?:0?[1-9]|1[0-2])[/-](?:0?[1-9]|[12]\d|3[01])(?:[/-](?:\d{2}|\d{4}))?$|^(?:19|20)\d\d-?(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12]\d|3[01])$/;
/** An age cell over 89: digits, or spelled ("ninety-six", "one hundred and one"). */
const OLD_AGE_CELL = /^(?:9\d|1[0-2]\d)$|^(?:ninety(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|(?:one|a) hundred(?:[ -](?:and[ -])?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)$/i;
/** A cell of one phone number's digits. */
const PHONE_CELL = /^(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}$/;
/** A code's shape: groups of capitals and digits ("CSZUF-NR9AX"); a ZIP code's. */
const CODE_CELL = /^(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{4,6}(?:-[A-Z0-9]{4,6}){1,3}$/;
const ZIP_CELL = /^\d{5}(?:-\d{4})?$/;
/** A code-like cell: letters, digits and - . / with four or more letters or digits, one of them a digit. */
const ID_CELL = /^(?=[A-Za-z0-9./-]*\d)[A-Za-z0-9][A-Za-z0-9./-]{3,24}$/;
/** An account's cell: an id, or a card's number in groups of four, masked or not ("2594 XXXX XXXX 0402"). */
const ACCOUNT_CELL = /^(?=[A-Za-z0-9./-]*\d)[A-Za-z0-9][A-Za-z0-9./-]{3,24}$|^[\dX*]{4}(?:[ -][\dX*]{4}){2,3}$/;
/** A social security number's cell: nine digits in three groups, or the last four. */
const SSN_CELL = /^(?:\d{3}[ -]?\d{2}[ -]?\d{4}|(?:XXX|\*{3})-(?:XX|\*{2})-\d{4}|\d{4})$/;
/** A chart number's cell: an id, or digits in two or three groups ("6493 2366"). */
const MRN_CELL = /^(?=[A-Za-z0-9./-]*\d)[A-Za-z0-9][A-Za-z0-9./-]{3,24}$|^\d{2,8}(?:[ ]\d{2,8}){1,2}$/;

/** A cell that can be a name: letters (any script), spaces, apostrophes, hyphens, dots, one comma; no digits. */
const NAME_CELL = /^\p{L}[\p{L}\p{M}'’. -]*(?:,[ ]?\p{L}[\p{L}\p{M}'’. -]*)?$/u;
/** What a name column holds when it holds no name. */
const NO_NAME = /^(?:n\/?a|none|unknown|pending|self|same|tbd|na|—|-|declined|other|patient|pt|yes|no|y|n|general|mac|local|regional|spinal|epidural|sedation|block|privacy case)$/i;
/** A credential in brackets closing a cell: " (MD)". */
const CRED_IN_BRACKETS = /[ ]*\(([A-Za-z][A-Za-z -]{1,9})\)$/;
/** A role in brackets after a name in a cell: "R. De Vries (charge)", "Ann Lee (house sup)". */
const ROLE_IN_BRACKETS = /^(?:charge|charge rn|house sup|supervisor|resident|fellow|attending|covering|on call|on-call|nurse|unit clerk|clerk|pharmacist|tech|provider|pcp)$/i;
/** A newborn's prefix before the surname in a cell ("Baby Boy", "BG"), left out of the span. */
const BABY_IN_CELL = /^(?:baby[ ](?:boy|girl)|baby|infant|bb|bg)[ ]+/i;
/** A title before the name in a cell ("Dr Weary"), left out of the span. */
const TITLE_IN_CELL = /^(?:dr|mr|mrs|ms|miss|mx)\.?[ ]+/i;

/** The cells of a line split at `delim` (double quotes protect commas in a comma-separated line), trimmed, quotes off (comma- and tab-separated). */
function cells(line: string, delim: string): Cell[] {
  const out: Cell[] = [];
  let s = 0;
  let quoted = false;
  for (let i = 0; i <= line.length; i++) {
    const ch = line[i];
    if (ch === '"' && delim === ",") quoted = !quoted;
    if (i === line.length || (ch === delim && !quoted)) {
      let a = s;
      let b = i;
      while (a < b && (line[a] === " " || line[a] === "\t")) a++;
      while (b > a && (line[b - 1] === " " || line[b - 1] === "\t" || line[b - 1] === "\r")) b--;
      if ((delim === "," || delim === "\t") && b - a >= 2 && line[a] === '"' && line[b - 1] === '"') {
        a++;
        b--;
      }
      out.push({ start: a, end: b });
      s = i + 1;
    }
  }
  return out;
}

/**
 * The cells of a line laid out with two or more spaces (or a tab) between fields: "OR 1 1030  SMITH, ANN  74". A line
 * with tabs and no double space is split at each tab, so that an empty cell keeps its column ("Ann\t\t75156").
 */
function spacedCells(line: string): Cell[] {
  if (line.includes("\t") && !line.includes("  ")) return cells(line, "\t");
  const out: Cell[] = [];
  const re = /\S+(?: \S+)*/g;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** A date and a time written in one cell with one space between: "09/18/2025 17:02:09", "2026-01-23 08:43". */
const DATE_TIME_CELL = /^(\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}) (\d{1,2}:\d{2}(?::\d{2})?(?:[ ]?[AaPp][Mm])?)$/;

/** The row's cells with its first date-and-time cell split in two (as its header has them), or the cells unchanged. */
function splitDateTime(line: string, cs: Cell[]): Cell[] {
  for (let k = 0; k < cs.length; k++) {
    const c = cs[k]!;
    const m = DATE_TIME_CELL.exec(line.slice(c.start, c.end));
    if (!m) continue;
    const dateEnd = c.start + m[1]!.length;
    return [...cs.slice(0, k), { start: c.start, end: dateEnd }, { start: dateEnd + 1, end: c.end }, ...cs.slice(k + 1)];
  }
  return cs;
}

/** A row's number and its first field in one cell, one space between: "1. Ebenezer L." under "#  client". */
const NUMBERED_CELL = /^(\d{1,3}[.)]?) \S/;

/** The row's first cell split after its row number (as its header has a "#" column), or the cells unchanged. */
function splitRowNumber(line: string, cs: Cell[]): Cell[] {
  const c = cs[0];
  const m = c ? NUMBERED_CELL.exec(line.slice(c.start, c.end)) : null;
  if (!c || !m) return cs;
  const numberEnd = c.start + m[1]!.length;
  return [{ start: c.start, end: numberEnd }, { start: numberEnd + 1, end: c.end }, ...cs.slice(1)];
}

/** A header's words as its cells, a word that ends a header joined to the one before ("Deliv by", "Last name", "Pt #"). */
function headerWords(header: string): Cell[] {
  const out: Cell[] = [];
  const re = /\S+/g;
  for (let m = re.exec(header); m !== null; m = re.exec(header)) {
    const last = out[out.length - 1];
    if (last && /^(?:by|name|#|no\.?|id|initials|date|time)$/i.test(m[0]) && header.charCodeAt(m.index - 1) === 32 && header.charCodeAt(m.index - 2) !== 32) last.end = m.index + m[0].length;
    else out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Fields separated by two or more spaces or a tab, at least three of them: text[a, b) is a line of a table laid out with spaces. */
function spacedTable(text: string, a: number, b: number): boolean {
  let gaps = 0;
  for (let p = text.indexOf("  ", a); p >= 0 && p < b; p = text.indexOf("  ", p + 2)) {
    let q = p + 2;
    while (text.charCodeAt(q) === 32) q++;
    if (p > a && q < b && ++gaps >= 2) return true;
    p = q - 2;
  }
  const tab = text.indexOf("\t", a);
  if (tab < 0 || tab >= b) return false;
  // a tab between two fields, not only around the line
  let x = a;
  while (x < b && (text.charCodeAt(x) === 32 || text.charCodeAt(x) === 9)) x++;
  let y = b;
  while (y > x && (text.charCodeAt(y - 1) === 32 || text.charCodeAt(y - 1) === 9 || text.charCodeAt(y - 1) === 13)) y--;
  const inner = text.indexOf("\t", x);
  return inner >= 0 && inner < y;
}

/** The line's table delimiter: "|" when it has two or more, "," when it has three or more outside quotes; else "". */
function delimiterOf(line: string): string {
  let bars = 0;
  let commas = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 124) bars++;
    else if (c === 34) quoted = !quoted;
    else if (c === 44 && !quoted) commas++;
  }
  return bars >= 2 ? "|" : commas >= 3 ? "," : "";
}

/** Each of the row's cells in `columns` whose whole text has `shape`, as a candidate of `type`. */
function cellsOf(line: string, lineStart: number, cs: Cell[], columns: number[], shape: RegExp, type: PhiType, priority: number, out: Candidate[]): void {
  for (const col of columns) {
    const c = cs[col];
    if (c && shape.test(line.slice(c.start, c.end))) out.push({ start: lineStart + c.start, end: lineStart + c.end, type, priority });
  }
}

/** "#38858", "ID 344935", "No. 4471" under an id header: the number without its mark. */
const ID_PREFIX = /^(?:#|(?:id|no\.?)[ #:]*) ?(?=[A-Za-z0-9])/i;

function withoutIdPrefix(line: string, c: Cell): Cell {
  const m = ID_PREFIX.exec(line.slice(c.start, c.end));
  return m ? { start: c.start + m[0].length, end: c.end } : c;
}

/** The identifiers in one row's cells (`cs`, offsets in `line`, which starts at `lineStart` in the text). */
function readRow(line: string, lineStart: number, cs: Cell[], cols: Columns, out: Candidate[]): void {
  for (const col of cols.age) {
    const c = cs[col];
    if (c && OLD_AGE_CELL.test(line.slice(c.start, c.end))) out.push({ start: lineStart + c.start, end: lineStart + c.end, type: "AGE", priority: 64 });
  }
  for (const col of cols.facility) {
    const c = cs[col];
    if (!c) continue;
    const v = line.slice(c.start, c.end);
    if (FACILITY_CELL.test(v) && !NO_FACILITY.test(v)) out.push({ start: lineStart + c.start, end: lineStart + c.end, type: "FACILITY", priority: 38 });
  }
  // whole cells of a shape under their header: a month/day, a code, a ZIP, an MRN
  cellsOf(line, lineStart, cs, cols.date, MONTH_DAY_CELL, "DATE", 55, out);
  cellsOf(line, lineStart, cs.map((c) => withoutIdPrefix(line, c)), cols.id, ID_CELL, "ID", 30, out);
  cellsOf(line, lineStart, cs, cols.zip, ZIP_CELL, "ZIP", 50, out);
  cellsOf(line, lineStart, cs, cols.phone, PHONE_CELL, "PHONE", 50, out);
  cellsOf(line, lineStart, cs, cols.code, CODE_CELL, "ID", 30, out);
  cellsOf(line, lineStart, cs, cols.account, ACCOUNT_CELL, "ACCOUNT", 30, out);
  cellsOf(line, lineStart, cs, cols.ssn, SSN_CELL, "SSN", 50, out);
  cellsOf(line, lineStart, cs, cols.mrn, MRN_CELL, "MRN", 30, out);
  for (const col of cols.name) {
    const c = cs[col];
    if (!c || c.end - c.start < 2 || c.end - c.start > 60) continue;
    const title = TITLE_IN_CELL.exec(line.slice(c.start, c.end));
    let from = c.start + (title ? title[0].length : 0);
    // a credential in brackets after the name: "Ter Haar, Rotimi (PA)"
    const bracket = CRED_IN_BRACKETS.exec(line.slice(from, c.end));
    const to = bracket && (CREDENTIALS.has(bracket[1]!.toLowerCase()) || ROLE_IN_BRACKETS.test(bracket[1]!)) ? c.end - bracket[0].length : c.end;
    let value = line.slice(from, to);
    // a newborn's cell names the baby by its mother's surname: "Baby Boy Madej", "BG Diao" (the surname is the name)
    const baby = BABY_IN_CELL.exec(value);
    if (baby && baby[0].length < value.length) {
      from += baby[0].length;
      value = value.slice(baby[0].length);
    }
    // (a credential alone is no name, "| ATC |" where a row left the name out; two capitals are initials: "RT", "MD")
    // (nor a note with a dash between spaces: "court - held", "REFUSED - signed refusal")
    if (!NAME_CELL.test(value) || NO_NAME.test(value) || (value.length > 2 && CREDENTIALS.has(value.toLowerCase())) || value.includes(" - ")) continue;
    // without the credentials after the name ("G. Aas RN", "J. Park, MD")
    let end = to;
    for (;;) {
      const m = /[ ,]+([A-Za-z][A-Za-z./-]*)$/.exec(line.slice(from, end));
      if (!m || !CREDENTIALS.has(m[1]!.toLowerCase().replace(/\./g, ""))) break;
      end -= m[0].length;
    }
    if (end - from >= 2) out.push({ start: lineStart + from, end: lineStart + end, type: "NAME", priority: 40 });
  }
}

/** Whether the text can hold a "|" or comma-separated table: a "|", or three commas with no space after them (a CSV line, not prose). */
function mayHoldTable(text: string): boolean {
  if (text.includes("|")) return true;
  let tight = 0;
  for (let p = text.indexOf(","); p >= 0; p = text.indexOf(",", p + 1)) {
    const c = text.charCodeAt(p + 1);
    if (c !== 32 && c !== 10 && c !== 13 && !(c >= 48 && c <= 57) && ++tight >= 3) return true;
  }
  return false;
}

export function detectTableNames(text: string, out: Candidate[]): void {
  if (mayHoldTable(text)) delimitedTables(text, out);
  spacedTables(text, out);
}

/** "|" tables and comma-separated exports: the header is the first line of a run of lines with the same delimiter. */
function delimitedTables(text: string, out: Candidate[]): void {
  let delim = "";
  let cols: Columns | null = null;
  let prevStart = -1;
  for (let lineStart = 0; lineStart < text.length; ) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const d = delimiterOf(line);
    // "|" rows under a header laid out with spaces ("date     time   given  left  RN  wit" above "1/5 | 21:46 | ...")
    if (d === "|" && delim !== "|" && prevStart >= 0 && !COMB_BOX.test(line)) {
      const header = text.slice(prevStart, lineStart - 1);
      const rowCells = cells(line, d);
      const hs = !header.includes("|") && spacedTable(text, prevStart, lineStart - 1) ? spacedCells(header) : null;
      const spacedCols = hs && hs.length === rowCells.length ? headerColumns(header, hs, true) : null;
      if (spacedCols) {
        delim = d;
        cols = spacedCols;
        readRow(line, lineStart, withParts(line, rowCells, cols), cols, out);
        prevStart = lineStart;
        lineStart = lineEnd + 1;
        continue;
      }
    }
    prevStart = lineStart;
    // (a footnote under a row, "      * no answer on unit; ...", does not end the table)
    if (!d && cols && /^[ \t]+[*†‡(]/.test(line)) {
      lineStart = lineEnd + 1;
      continue;
    }
    if (d !== delim || !d) {
      // a new table starts here (its header), or no table
      delim = d;
      // (a form's boxes read by OCR, "LAST NAME  |W I L S O N|", are a label and its value, not a header)
      cols = d && !(d === "|" && COMB_BOX.test(line)) ? headerColumns(line, cells(line, d), false) : null;
    } else if (cols && !/^[\s|:-]+$/.test(line)) {
      readRow(line, lineStart, withParts(line, cells(line, d), cols), cols, out);
    }
    lineStart = lineEnd + 1;
  }
}

/**
 * Tables laid out with two or more spaces (or tabs) between fields: the header is the first line of a run of such
 * lines, and a row is read by position only when it has as many fields as its header. Only the lines with a double
 * space or a tab are looked at (found with indexOf), so prose costs next to nothing.
 */
function spacedTables(text: string, out: Candidate[]): void {
  let nextSpaces = text.indexOf("  ");
  let nextTab = text.indexOf("\t");
  // the start of the line after the last spaced line of the current run (-1: no run); the run's header line, and its
  // columns once a row has asked for them (most runs are a single line: no header is read for them)
  let runNext = -1;
  let headerStart = 0;
  let cols: Columns | null | undefined;
  // the header read word by word, when its cells are parted by single spaces ("Age G/P", "Deliv by"): once a row asks
  let wordCols: Columns | null | undefined;
  while (nextSpaces >= 0 || nextTab >= 0) {
    const p = nextSpaces < 0 ? nextTab : nextTab < 0 ? nextSpaces : Math.min(nextSpaces, nextTab);
    const lineStart = text.lastIndexOf("\n", p - 1) + 1;
    let lineEnd = text.indexOf("\n", p);
    if (lineEnd < 0) lineEnd = text.length;
    if (spacedTable(text, lineStart, lineEnd)) {
      if (lineStart !== runNext) {
        headerStart = lineStart;
        cols = undefined;
        wordCols = undefined;
        runNext = lineEnd + 1;
      } else {
        const line = text.slice(lineStart, lineEnd);
        if (cols === undefined) {
          const header = text.slice(headerStart, lineStart - 1);
          // (a "|" or comma-separated header belongs to delimitedTables)
          cols = (header.includes("|") || header.includes(",")) && delimiterOf(header) !== "" ? null : headerColumns(header, spacedCells(header), true);
        }
        let cs = (line.includes("|") || line.includes(",")) && delimiterOf(line) !== "" ? null : spacedCells(line);
        // a date and a time in one cell under a "Date" and a "Time" header: "09/18/2025 17:02:09  Dahal, Yuxin  ..."
        if (cols && cs && cs.length === cols.width - 1) cs = splitDateTime(line, cs);
        // a numbered row under a "#" column: "1. Ebenezer L.   HV360697 ..." below "#  client   ID ..."
        if (cols && cs && cs.length === cols.width - 1 && cols.numbered) cs = splitRowNumber(line, cs);
        if (cols && cs && cs.length !== cols.width) {
          // a header whose cells single spaces part ("No.   Date  Time  Mother  MRN  Age G/P  ...  Deliv by  RN"): read
          // word by word, it may fit the rows
          if (wordCols === undefined) {
            const header = text.slice(headerStart, Math.max(headerStart, lineStart - 1));
            wordCols = headerColumns(header, headerWords(header), true);
          }
          if (wordCols && wordCols.width === cs.length) {
            readRow(line, lineStart, cs, wordCols, out);
            runNext = lineEnd + 1;
            if (nextSpaces >= 0 && nextSpaces <= lineEnd) nextSpaces = text.indexOf("  ", lineEnd);
            if (nextTab >= 0 && nextTab <= lineEnd) nextTab = text.indexOf("\t", lineEnd);
            continue;
          }
        }
        if (cols && cs && cs.length === cols.width) readRow(line, lineStart, withParts(line, cs, cols), cols, out);
        else if (cs && (cols === null || cols.width !== cs.length)) {
          // a line that does not fit the header may be the table's own header, after key-value lines laid out with
          // spaces ("Name: ...   Age: 62   Dx: ..." above "date   modality   ...   staff"): it takes over when it names
          // columns, or when the header before it named none
          const own = headerColumns(line, cs, true);
          if (own || cols === null) {
            headerStart = lineStart;
            cols = own;
          }
        }
        runNext = lineEnd + 1;
      }
    } else {
      runNext = -1;
    }
    if (nextSpaces >= 0 && nextSpaces <= lineEnd) nextSpaces = text.indexOf("  ", lineEnd);
    if (nextTab >= 0 && nextTab <= lineEnd) nextTab = text.indexOf("\t", lineEnd);
  }
}
