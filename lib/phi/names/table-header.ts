/**
 * What a table's header says about its columns (tables.ts reads the rows): which hold names, facilities, chart
 * numbers, ZIP codes, phones, codes, ids, ages over 89 and dates, and which header cells join two columns ("Dept /
 * requester", "Patient (MRN)").
 */

/** Header cells of columns that hold people's names or initials (snake_case and "Pt" spellings too). */
const NAME_HEADER =
  /^(?:(?:patient|pt|client|resident|member|subscriber|guarantor|guardian|parent|caregiver|contact|emergency[ _]contact|provider|prescriber|physician|doctor|nurse|staff|coordinator|referring[ _]provider|pcp|employee|student|child|mother|father|spouse|surgeon|anes|anesthesia|anesthesiologist|crna|rn|lpn|md|np|circulator|scrub|attending|technologist|therapist|interpreter|init|inits|photog|photographer|processed[ _]by|requester|requestor|recipient)(?:'s)?(?:[ _](?:full[ _])?(?:name|initials))?|(?:full|last|first|middle|legal|given|family|maiden|preferred)[ _]name|[a-z]+[ _](?:last|first|middle|given|family|sur)(?:[ _]?name)?|name|initials|[a-z]+[ _]by|[a-z]+[ _]initials|last|first|middle|surname|given|family|lname|fname|user|username|user[ _]name|camper|vaccinator|screener|witness|tester|handler|driver|advocate|worker|infant|baby|newborn|athlete|decedent|donor|tech|technician|sonographer|phlebotomist|pharmacist|dietitian|aide|midwife|counselor|chaplain|volunteer|verifier|checker|wit|witnessed[ _]by|reader|prov|by|histotech|histotechnologist|cytotech|scribe|recorder|operator|trainer|educator|instructor|preceptor|observer|assessor|evaluator|reviewer|approver|auditor|coach|navigator|translator|supervisor|performed[ _]by|collector|(?:called|reported|read[ _]back|given|paged|notified)[ _]to)$/i;
/** Header cells of columns that hold a facility's or an organisation's name: "Drop-off", "Destination", "Facility". */
const FACILITY_HEADER = /^(?:drop[- ]?off|destination|facility|facility[ _]name|pharmacy|practice|clinic|hospital|employer|school|agency|organi[sz]ation|placement|discharged[ _]to|transferred[ _]to)$/i;
/** Header cells of columns that hold dates: "Date", "Next INR", "Due", "Recheck", "Return", "F/U". */
const DATED_HEADER = /(?:\b|_)(?:date|dated|next|due|recheck|return|f\/u|follow[- ]?up|appt|visit|seen|given|drawn|dos|dob|birth|birthdate|filled|refilled|dispensed|shipped|delivered|admitted|discharged)(?:\b|_)/i;
/** Header cells of an age column ("Age", "Age (y)"): a value over 89 there is an age to aggregate. */
const AGE_HEADER = /^(?:pt[ _])?age(?:[ _]?\((?:y|yrs?|years)\)|[ _]?@[ _]?(?:death|dx|diagnosis|onset)|[ _]at[ _](?:death|dx|diagnosis|onset))?$/i;
/** Header cells of columns that hold medical record numbers: "MRN", "MR #", "Chart #". */
const MRN_HEADER = /^(?:mrn|mr[ ]?#|mr[ _]no\.?|chart[ _]?(?:#|no\.?|number)?|medical[ _]record(?:[ _](?:number|no\.?|#))?)$/i;
/** Header cells of ZIP columns. */
const ZIP_HEADER = /^(?:zip|zip[ _]?code|postal[ _]?code|zip\/postal)$/i;
/** Phone columns: "Mobile", "Cell", "Home phone", "phone_number". */
const PHONE_HEADER = /^(?:(?:home|work|cell|mobile|alt|primary|contact|daytime|evening)?[ _]?(?:phone|tel|telephone)(?:[ _](?:number|no\.?|#))?|mobile|cell)$/i;
/** A code column: "Code", "Activation code", "invite_code". */
const CODE_HEADER = /^(?:(?:activation|access|invite|invitation|enrollment|enrolment|verification|portal|pairing)[ _])?code$/i;
/** Accounts and cards: "guarantor_acct", "Account #", "Card #", "card_number". */
const ACCOUNT_HEADER = /^(?:[a-z]+[ _])?(?:acct|account|card)(?:[ _]?(?:#|no\.?|num|number))?$/i;
/** Social security numbers: "SSN", "W-9 SSN", "ssn_last4". */
const SSN_HEADER = /(?:^|[ _])ssn(?:[ _]?(?:last[ _]?4|#))?$/i;
/** Numbers that identify a payment's or a list's item, not a person: "check_no", "Batch #", "Item", "Line no". */
const NOT_ID_HEADER = /^(?:check|cheque|batch|item|line|row|seq|page|deposit)[ _]?(?:#|no\.?|num|number)?$/i;
/** Header cells of columns that hold identifiers: "referral_id", "Acct #", "Member No". */
const ID_HEADER = /(?:^|[ _])(?:id|number|no\.?|#|num)$/i;

/** A cell of a line: its start and end in the line. */
export interface Cell {
  start: number;
  end: number;
}

/** A header cell that names people: the whole cell, or in a table laid out with spaces its last word ("Start Patient"). */
function nameHeader(h: string, spaced: boolean): boolean {
  if (NAME_HEADER.test(h)) return true;
  if (!spaced) return false;
  const words = h.split(" ");
  return words.length <= 3 && NAME_HEADER.test(words[words.length - 1]!);
}

/** Which columns of a table hold names, identifiers, phones and (in a table laid out with spaces) ages; null for none. */
export interface Columns {
  name: number[];
  facility: number[];
  id: number[];
  account: number[];
  ssn: number[];
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
  /**
   * Header cells that join two columns' headers ("Dept / requester", "Patient (MRN)"): a row's cell there is read as
   * two parts, which take the column numbers width + 2j and width + 2j + 1 (see `withParts`).
   */
  joined: { col: number; bracket: boolean }[];
}

type ColumnKind = "name" | "facility" | "mrn" | "zip" | "phone" | "code" | "id" | "account" | "ssn" | "age" | "date";

function columnKind(h: string, spaced: boolean): ColumnKind | null {
  if (nameHeader(h, spaced) || (spaced && /^(?:by|init|initials)$/i.test(h))) return "name";
  if (FACILITY_HEADER.test(h)) return "facility";
  if (MRN_HEADER.test(h)) return "mrn";
  if (ZIP_HEADER.test(h)) return "zip";
  if (PHONE_HEADER.test(h)) return "phone";
  if (CODE_HEADER.test(h)) return "code";
  if (ACCOUNT_HEADER.test(h)) return "account";
  if (SSN_HEADER.test(h)) return "ssn";
  if (NOT_ID_HEADER.test(h)) return null;
  if (ID_HEADER.test(h)) return "id";
  if (AGE_HEADER.test(h)) return "age";
  if (DATED_HEADER.test(h)) return "date";
  return null;
}

/** A form's letter before a column's header: "(B) Employee". */
const COLUMN_LETTER = /^\([A-Z]\)[ ]/;

/** A header cell naming two columns: "Dept / requester" (a slash with spaces), "Patient (MRN)" (the second in brackets). */
const SLASH_JOIN = /^(.+?) \/ (.+)$/;
const BRACKET_JOIN = /^(.+?) ?\(([^()]+)\)$/;

export function headerColumns(line: string, hs: Cell[], spaced: boolean): Columns | null {
  const first = hs[0];
  const numbered = first !== undefined && /^(?:#|no\.?)$/i.test(line.slice(first.start, first.end));
  const cols: Columns = { name: [], facility: [], id: [], account: [], ssn: [], mrn: [], zip: [], phone: [], code: [], age: [], date: [], width: hs.length, numbered, joined: [] };
  hs.forEach((c, i) => {
    // (without a form's column letter: "(B) Employee", "(A) Case")
    const h = line.slice(c.start, c.end).replace(COLUMN_LETTER, "");
    // two headers in one cell, when either part names a column ("Dept / requester": the requester's names)
    const slash = SLASH_JOIN.exec(h);
    const parts = slash ?? BRACKET_JOIN.exec(h);
    if (parts) {
      const a = columnKind(parts[1]!, false);
      const b = columnKind(parts[2]!, false);
      if (a || b) {
        const v = hs.length + 2 * cols.joined.length;
        cols.joined.push({ col: i, bracket: slash === null });
        if (a) cols[a].push(v);
        if (b) cols[b].push(v + 1);
        return;
      }
    }
    const kind = columnKind(h, spaced);
    if (kind) cols[kind].push(i);
  });
  return cols.name.length + cols.facility.length + cols.id.length + cols.account.length + cols.ssn.length + cols.mrn.length + cols.zip.length + cols.phone.length + cols.code.length + cols.age.length + cols.date.length > 0 ? cols : null;
}

/** A cell's two parts: "ED / G. Huckaby", "MOODY, AMRA (946-649-76)" (a cell without brackets is all first part). */
const SLASH_CELL = /^(.+?) ?\/ ?(.+)$/;
const BRACKET_CELL = /^(.*?) ?\(([^()]+)\)$/;

/** The row's cells with the parts of its joined columns' cells after them (an empty part where the cell has none). */
export function withParts(line: string, cs: Cell[], cols: Columns): Cell[] {
  if (cols.joined.length === 0) return cs;
  const out = cs.slice();
  for (const j of cols.joined) {
    const c = cs[j.col]!;
    const m = (j.bracket ? BRACKET_CELL : SLASH_CELL).exec(line.slice(c.start, c.end));
    if (!m) {
      out.push(j.bracket ? c : { start: c.start, end: c.start }, { start: c.end, end: c.end });
      continue;
    }
    const a = c.start + m[1]!.length;
    const b = c.end - m[2]!.length - (j.bracket ? 1 : 0);
    out.push({ start: c.start, end: a }, { start: b, end: b + m[2]!.length });
  }
  return out;
}
