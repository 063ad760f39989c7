/**
 * Identifiers in tables, read by column: in a "|" table, a comma-separated export or a table laid out with two or more
 * spaces, a cell under a header that names people ("Patient", "patient_name", "Initials", "Given by", "Surgeon")
 * is a name whatever its words are ("Renner, Conceição", "LJS", "Kasper Best LPN"); a cell under a facility
 * header ("Drop-off", "Facility") a facility, under an id header ("referral_id", "Acct #") a code, under a phone
 * header ("Mobile") a phone number, under a code header ("Activation code") a code of letter and digit groups, and in a table
 * laid out with spaces a month/day under a dated header ("Next INR") a date and an age over 89 under "Age". The header
 * is the first line of the run of lines with the same delimiter (with spaces: the same number of fields).
 */
import { type Candidate, type PhiType } from "../types";
import { CREDENTIALS } from "./vocab";
import { COMB_BOX } from "../patterns/comb-boxes";

/** Header cells of columns that hold people's names or initials (snake_case and "Pt" spellings too). */
const NAME_HEADER =
  /^(?:(?:patient|pt|client|resident|member|subscriber|guarantor|guardian|parent|caregiver|contact|emergency[ _]contact|provider|prescriber|physician|doctor|nurse|staff|coordinator|referring[ _]provider|pcp|employee|student|child|mother|father|spouse|surgeon|anes|anesthesia|anesthesiologist|crna|rn|lpn|md|np|circulator|scrub|attending|technologist|therapist|interpreter|init|inits|photog|photographer|processed[ _]by|requester|requestor|recipient)(?:'s)?(?:[ _](?:full[ _])?(?:name|initials))?|(?:full|last|first|middle|legal|given|family|maiden|preferred)[ _]name|name|initials|[a-z]+[ _]by|[a-z]+[ _]initials|last|first|middle|surname|given|family|lname|fname|user|username|user[ _]name|camper|vaccinator|screener|witness|tester|handler|driver|advocate|worker|infant|baby|newborn|athlete|decedent|donor|tech|technician|sonographer|phlebotomist|pharmacist|dietitian|aide|midwife|counselor|chaplain|volunteer|verifier|checker|reader|prov|by|histotech|histotechnologist|cytotech|scribe|recorder|operator|performed[ _]by|collector|(?:called|reported|read[ _]back|given|paged|notified)[ _]to)$/i;
/** Header cells of columns that hold a facility's or an organisation's name: "Drop-off", "Destination", "Facility". */
const FACILITY_HEADER = /^(?:drop[- ]?off|destination|facility|facility[ _]name|pharmacy|practice|clinic|hospital|employer|school|agency|organi[sz]ation|placement|discharged[ _]to|transferred[ _]to)$/i;
/** A cell that can be an organisation's name: a capitalised word first, letters, digits, spaces, & ' . - and no more than 60 characters. */
const FACILITY_CELL = /^[A-Z\p{Lu}][\p{L}\p{M}0-9&'’. -]{1,59}$/u;
/** What a facility column holds when it holds no name. */
const NO_FACILITY = /^(?:n\/?a|none|home|self|same|unknown|pending|tbd|other|er|ed|icu|or|pacu|floor|room \S+|bed \S+)$/i;
/** Header cells of columns that hold dates: "Date", "Next INR", "Due", "Recheck", "Return", "F/U" (tables laid out with spaces). */
const DATED_HEADER = /\b(?:date|dated|next|due|recheck|return|f\/u|follow[- ]?up|appt|visit|seen|given|drawn|dos|filled|refilled|dispensed|shipped|delivered|admitted|discharged)\b/i;
/** A month and day, with or without its year: "9/25", "10/02/2025". */
const MONTH_DAY_CELL = /^(?:0?[1-9]|1[0-2])[/-](?:0?[1-9]|[12]\d|3[01])(?:[/-](?:\d{2}|\d{4}))?$/;
/** Header cells of an age column ("Age", "Age (y)"): a value over 89 there is an age to aggregate. */
const AGE_HEADER = /^(?:pt[ _])?age(?:[ _]?\((?:y|yrs?|years)\))?$/i;
/** Header cells of columns that hold medical record numbers: "MRN", "MR #", "Chart #". */
const MRN_HEADER = /^(?:mrn|mr[ ]?#|mr[ _]no\.?|chart[ _]?(?:#|no\.?|number)?|medical[ _]record(?:[ _](?:number|no\.?|#))?)$/i;
/** Header cells of ZIP columns, and what such a cell holds. */
const ZIP_HEADER = /^(?:zip|zip[ _]?code|postal[ _]?code|zip\/postal)$/i;
/** Phone columns ("Mobile", "Cell", "Home phone", "phone_number"), and a cell of one phone number's digits. */
const PHONE_HEADER = /^(?:(?:home|work|cell|mobile|alt|primary|contact|daytime|evening)?[ _]?(?:phone|tel|telephone)(?:[ _](?:number|no\.?|#))?|mobile|cell)$/i;
const PHONE_CELL = /^(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}$/;
/** A code column ("Code", "Activation code", "invite_code") and a code's shape: groups of capitals and digits ("CSZUF-NR9AX"). */
const CODE_HEADER = /^(?:(?:activation|access|invite|invitation|enrollment|enrolment|verification|portal|pairing)[ _])?code$/i;
const CODE_CELL = /^(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{4,6}(?:-[A-Z0-9]{4,6}){1,3}$/;
const ZIP_CELL = /^\d{5}(?:-\d{4})?$/;
/** Header cells of columns that hold identifiers: "referral_id", "Acct #", "Member No". */
const ID_HEADER = /(?:^|[ _])(?:id|number|no\.?|#|num)$/i;
/** A code-like cell: letters, digits and - . / with four or more letters or digits, one of them a digit. */
const ID_CELL = /^(?=[A-Za-z0-9./-]*\d)[A-Za-z0-9][A-Za-z0-9./-]{3,24}$/;
/** A chart number's cell: an id, or digits in two or three groups ("6493 2366"). */
const MRN_CELL = /^(?=[A-Za-z0-9./-]*\d)[A-Za-z0-9][A-Za-z0-9./-]{3,24}$|^\d{2,8}(?:[ ]\d{2,8}){1,2}$/;

/** A cell that can be a name: letters (any script), spaces, apostrophes, hyphens, dots, one comma; no digits. */
const NAME_CELL = /^\p{L}[\p{L}\p{M}'’. -]*(?:,[ ]?\p{L}[\p{L}\p{M}'’. -]*)?$/u;
/** What a name column holds when it holds no name. */
const NO_NAME = /^(?:n\/?a|none|unknown|pending|self|same|tbd|na|—|-|declined|other|patient|pt|yes|no|y|n|general|mac|local|regional|spinal|epidural|sedation|block)$/i;
/** A credential in brackets closing a cell: " (MD)". */
const CRED_IN_BRACKETS = /[ ]*\(([A-Za-z][A-Za-z -]{1,9})\)$/;
/** A role in brackets after a name in a cell: "R. De Vries (charge)", "Ann Lee (house sup)". */
const ROLE_IN_BRACKETS = /^(?:charge|charge rn|house sup|supervisor|resident|fellow|attending|covering|on call|on-call|nurse|unit clerk|clerk|pharmacist|tech|provider|pcp)$/i;
/** A newborn's prefix before the surname in a cell ("Baby Boy", "BG"), left out of the span. */
const BABY_IN_CELL = /^(?:baby[ ](?:boy|girl)|baby|infant|bb|bg)[ ]+/i;
/** A title before the name in a cell ("Dr Weary"), left out of the span. */
const TITLE_IN_CELL = /^(?:dr|mr|mrs|ms|miss|mx)\.?[ ]+/i;

interface Cell {
  start: number;
  end: number;
}

/** The cells of a line split at `delim` (double quotes protect commas in a comma-separated line), trimmed, quotes off. */
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
      if (delim === "," && b - a >= 2 && line[a] === '"' && line[b - 1] === '"') {
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

/** A header cell that names people: the whole cell, or in a table laid out with spaces its last word ("Start Patient"). */
function nameHeader(h: string, spaced: boolean): boolean {
  if (NAME_HEADER.test(h)) return true;
  if (!spaced) return false;
  const words = h.split(" ");
  return words.length <= 3 && NAME_HEADER.test(words[words.length - 1]!);
}

/** Which columns of a table hold names, identifiers, phones and (in a table laid out with spaces) ages; null for none. */
interface Columns {
  name: number[];
  facility: number[];
  id: number[];
  mrn: number[];
  zip: number[];
  phone: number[];
  code: number[];
  age: number[];
  date: number[];
  /** How many cells the header has. */
  width: number;
  /** Whether its first column numbers the rows ("#", "No."): a row's number and first field may share a cell. */
  numbered: boolean;
}

function headerColumns(line: string, hs: Cell[], spaced: boolean): Columns | null {
  const first = hs[0];
  const numbered = first !== undefined && /^(?:#|no\.?)$/i.test(line.slice(first.start, first.end));
  const cols: Columns = { name: [], facility: [], id: [], mrn: [], zip: [], phone: [], code: [], age: [], date: [], width: hs.length, numbered };
  hs.forEach((c, i) => {
    const h = line.slice(c.start, c.end);
    if (nameHeader(h, spaced) || (spaced && /^(?:by|init|initials)$/i.test(h))) cols.name.push(i);
    else if (FACILITY_HEADER.test(h)) cols.facility.push(i);
    else if (MRN_HEADER.test(h)) cols.mrn.push(i);
    else if (ZIP_HEADER.test(h)) cols.zip.push(i);
    else if (PHONE_HEADER.test(h)) cols.phone.push(i);
    else if (CODE_HEADER.test(h)) cols.code.push(i);
    else if (ID_HEADER.test(h)) cols.id.push(i);
    else if (spaced && AGE_HEADER.test(h)) cols.age.push(i);
    else if (spaced && DATED_HEADER.test(h)) cols.date.push(i);
  });
  return cols.name.length + cols.facility.length + cols.id.length + cols.mrn.length + cols.zip.length + cols.phone.length + cols.code.length + cols.age.length + cols.date.length > 0 ? cols : null;
}

/** Each of the row's cells in `columns` whose whole text has `shape`, as a candidate of `type`. */
function cellsOf(line: string, lineStart: number, cs: Cell[], columns: number[], shape: RegExp, type: PhiType, priority: number, out: Candidate[]): void {
  for (const col of columns) {
    const c = cs[col];
    if (c && shape.test(line.slice(c.start, c.end))) out.push({ start: lineStart + c.start, end: lineStart + c.end, type, priority });
  }
}

/** The identifiers in one row's cells (`cs`, offsets in `line`, which starts at `lineStart` in the text). */
function readRow(line: string, lineStart: number, cs: Cell[], cols: Columns, out: Candidate[]): void {
  for (const col of cols.age) {
    const c = cs[col];
    if (c && /^\d{2,3}$/.test(line.slice(c.start, c.end)) && Number(line.slice(c.start, c.end)) > 89) out.push({ start: lineStart + c.start, end: lineStart + c.end, type: "AGE", priority: 64 });
  }
  for (const col of cols.facility) {
    const c = cs[col];
    if (!c) continue;
    const v = line.slice(c.start, c.end);
    if (FACILITY_CELL.test(v) && !NO_FACILITY.test(v)) out.push({ start: lineStart + c.start, end: lineStart + c.end, type: "FACILITY", priority: 38 });
  }
  // whole cells of a shape under their header: a month/day, a code, a ZIP, an MRN
  cellsOf(line, lineStart, cs, cols.date, MONTH_DAY_CELL, "DATE", 55, out);
  cellsOf(line, lineStart, cs, cols.id, ID_CELL, "ID", 30, out);
  cellsOf(line, lineStart, cs, cols.zip, ZIP_CELL, "ZIP", 50, out);
  cellsOf(line, lineStart, cs, cols.phone, PHONE_CELL, "PHONE", 50, out);
  cellsOf(line, lineStart, cs, cols.code, CODE_CELL, "ID", 30, out);
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
    if (!NAME_CELL.test(value) || NO_NAME.test(value) || (value.length > 2 && CREDENTIALS.has(value.toLowerCase()))) continue;
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
  for (let lineStart = 0; lineStart < text.length; ) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const d = delimiterOf(line);
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
      readRow(line, lineStart, cells(line, d), cols, out);
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
  while (nextSpaces >= 0 || nextTab >= 0) {
    const p = nextSpaces < 0 ? nextTab : nextTab < 0 ? nextSpaces : Math.min(nextSpaces, nextTab);
    const lineStart = text.lastIndexOf("\n", p - 1) + 1;
    let lineEnd = text.indexOf("\n", p);
    if (lineEnd < 0) lineEnd = text.length;
    if (spacedTable(text, lineStart, lineEnd)) {
      if (lineStart !== runNext) {
        headerStart = lineStart;
        cols = undefined;
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
        if (cols && cs && cs.length === cols.width) readRow(line, lineStart, cs, cols, out);
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
