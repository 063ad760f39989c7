/**
 * X12 EDI transactions pasted into a note or an export (837 claims, 270/271 eligibility, 835 remittances):
 * segments end with "~", elements are split by "*" and components by ":". The identifiers sit in known elements:
 * NM1 is a party (NM102 "1" a person: NM103 last, NM104 first, NM105 middle; "2" an organisation), PER a contact's
 * name and numbers, N3 a street, N4 city and ZIP, DMG the date of birth, DTP and the envelope's ISA09/GS04 dates,
 * REF and CLM numbers. Reading the elements finds what prose rules cannot ("NM1*IL*1*ZAMUDIO*GARRETT*V") and types
 * it by what the element holds. ASAP prescription-monitoring uploads use the same syntax: their PAT, PRE, IS and DSP
 * segments are read too (TH, PHA, the prescriber's NPI and a product's NDC are syntax).
 */
import { type Candidate, type PhiType } from "../types";

const P = 66;
/** A segment: its id (2-3 capitals or digits) and "*" right after, at the start of a line or after "~". */
const SEGMENT_ID = /^[A-Z][A-Z0-9]{1,2}$/;
/** NM101 entity codes of payers, clearinghouses and receivers: organisations that identify no one. */
const PAYER_ENTITY = new Set(["PR", "40", "41", "FA", "2B", "36", "IN"]);
/** NM101 entity codes of the patient and the subscriber (their NM109 is a member id). */
const MEMBER_ENTITY = new Set(["IL", "QC"]);
/** PER communication qualifiers and what the number is. */
const COMM: Record<string, PhiType> = { TE: "PHONE", CP: "PHONE", HP: "PHONE", WP: "PHONE", BN: "PHONE", EX: "PHONE", FX: "FAX", EM: "EMAIL", UR: "URL" };
/** REF02 by REF01 qualifier: SSN, medical record number, member and group numbers; any other reference is an ID. */
const REF_TYPE: Record<string, PhiType> = { SY: "SSN", EA: "MRN", "1W": "HEALTH_PLAN", IG: "HEALTH_PLAN", "1L": "HEALTH_PLAN", "6P": "HEALTH_PLAN", "0B": "LICENSE", "1G": "LICENSE", LU: "ID", D9: "ID", F8: "ID", G1: "ID", "9F": "ID", EI: "ID" };

interface El {
  start: number;
  end: number;
}

/** Whether the text holds X12 segments: a "~" and a "NM1*", "N4*", "ISA*" or "DMG*". */
function mayHoldX12(text: string): boolean {
  return text.includes("~") && (text.includes("NM1*") || text.includes("ISA*") || text.includes("N4*") || text.includes("DMG*") || text.includes("PAT*") || text.includes("PRE*"));
}

/** The elements of the segment text[a, b) split at "*", trimmed of spaces (element 0 is the segment id). */
function elements(text: string, a: number, b: number): El[] {
  const out: El[] = [];
  let s = a;
  for (let i = a; i <= b; i++) {
    if (i === b || text.charCodeAt(i) === 42) {
      let x = s;
      let y = i;
      while (x < y && text.charCodeAt(x) === 32) x++;
      while (y > x && text.charCodeAt(y - 1) === 32) y--;
      out.push({ start: x, end: y });
      s = i + 1;
    }
  }
  return out;
}

function push(out: Candidate[], e: El | undefined, type: PhiType): void {
  if (e && e.end > e.start) out.push({ start: e.start, end: e.end, type, priority: P });
}

const value = (text: string, e: El | undefined): string => (e ? text.slice(e.start, e.end) : "");

/** A date element: CCYYMMDD, YYMMDD, or a CCYYMMDD-CCYYMMDD range (each date is one span). */
function pushDates(text: string, e: El | undefined, out: Candidate[]): void {
  if (!e) return;
  const v = value(text, e);
  const m = /^(\d{6}|\d{8})(?:-(\d{8}))?$/.exec(v);
  if (!m) return;
  out.push({ start: e.start, end: e.start + m[1]!.length, type: "DATE", priority: P });
  if (m[2]) out.push({ start: e.end - m[2].length, end: e.end, type: "DATE", priority: P });
}

/** Elements that are the envelope's syntax, never an identifier of a person: sender and receiver ids, control numbers, versions. */
const SYNTAX: Record<string, number[]> = { ISA: [2, 4, 6, 8, 11, 12, 13, 14, 15, 16], GS: [1, 2, 3, 6, 7, 8], ST: [1, 2, 3], SE: [1, 2], GE: [1, 2], IEA: [1, 2], BHT: [1, 2, 3], HL: [1, 2, 3, 4], LX: [1] };

function readSegment(text: string, el: El[], out: Candidate[], syntax: number[]): void {
  const id = value(text, el[0]);
  for (const k of SYNTAX[id] ?? []) {
    const e = el[k];
    if (e && e.end > e.start) syntax.push(e.start, e.end);
  }
  switch (id) {
    case "ISA":
      pushDates(text, el[9], out);
      break;
    case "GS":
      pushDates(text, el[4], out);
      break;
    case "BHT":
      pushDates(text, el[4], out);
      break;
    case "NM1": {
      const entity = value(text, el[1]);
      const person = value(text, el[2]) === "1";
      if (person) {
        push(out, el[3], "NAME");
        push(out, el[4], "NAME");
        push(out, el[5], "NAME");
      } else if (!PAYER_ENTITY.has(entity)) {
        push(out, el[3], "FACILITY");
      }
      if (MEMBER_ENTITY.has(entity)) push(out, el[9], "HEALTH_PLAN");
      break;
    }
    case "PER": {
      // PER02 a contact's name (letters only), then qualifier / number pairs
      if (/[A-Za-z]/.test(value(text, el[2])) && !/\b(?:dept|department|office|billing|desk|services?)\b/i.test(value(text, el[2]))) push(out, el[2], "NAME");
      for (let k = 3; k + 1 < el.length; k += 2) {
        const type = COMM[value(text, el[k])];
        if (type) push(out, el[k + 1], type);
      }
      break;
    }
    case "N3":
      push(out, el[1], "ADDRESS");
      push(out, el[2], "ADDRESS");
      break;
    case "N4":
      push(out, el[1], "LOCATION");
      if (/^\d{5}(?:\d{4})?$/.test(value(text, el[3]))) push(out, el[3], "ZIP");
      break;
    case "DMG":
    case "DTP":
      pushDates(text, el[id === "DMG" ? 2 : 3], out);
      break;
    case "REF":
      push(out, el[2], REF_TYPE[value(text, el[1])] ?? "ID");
      break;
    case "CLM":
      push(out, el[1], "ACCOUNT");
      break;
    case "SBR":
      push(out, el[3], "HEALTH_PLAN");
      break;
    case "TRN":
      push(out, el[2], "ID");
      break;
    // ASAP prescription-monitoring uploads (the same syntax): the patient, the prescriber, the pharmacy, the dispensing
    case "PAT":
      asapPatient(text, el, out);
      break;
    case "PRE":
      // NPI and DEA first (the DEA rule reads the DEA), then the prescriber's name parts
      if (el[1]) syntax.push(el[1].start, el[1].end);
      for (let k = 3; k < el.length; k++) if (NAME_PART.test(value(text, el[k]))) push(out, el[k], "NAME");
      break;
    case "IS":
      push(out, el[2], "FACILITY");
      if (el[1]) syntax.push(el[1].start, el[1].end);
      break;
    case "TH":
    case "PHA":
      for (let k = 1; k < el.length; k++) if (el[k]!.end > el[k]!.start) syntax.push(el[k]!.start, el[k]!.end);
      break;
    case "DSP":
      // the prescription's number, its dates (written, filled, sold); the product's NDC is no one's
      push(out, el[2], "ID");
      for (let k = 3; k < el.length; k++) {
        const v = value(text, el[k]);
        if (/^(?:19|20)\d{6}$/.test(v)) pushDates(text, el[k], out);
        else if (/^\d{11}$/.test(v)) syntax.push(el[k]!.start, el[k]!.end);
      }
      break;
  }
}

/** A part of a person's name in an ASAP segment: letters, spaces, apostrophes, hyphens. */
const NAME_PART = /^[A-Za-z][A-Za-z' .-]*$/;

/**
 * An ASAP PAT segment read by the shape of its elements: the patient's ids (digits and letters after the qualifiers),
 * the name parts before the street, then the street, the city, the state, the ZIP, the phone and the birth date.
 */
function asapPatient(text: string, el: El[], out: Candidate[]): void {
  let k = 1;
  // the qualifiers ("07", "01") and the ids
  for (; k < el.length && !NAME_PART.test(value(text, el[k])); k++) {
    const v = value(text, el[k]);
    if (v.length > 3 && /\d/.test(v)) push(out, el[k], "ID");
  }
  // the name parts, up to the street (a house number, a route's box, a post-office box)
  for (; k < el.length; k++) {
    const v = value(text, el[k]);
    if (/^(?:\d|(?:HC|RR|PO|P\.O\.)\b)/i.test(v)) break;
    if (NAME_PART.test(v)) push(out, el[k], "NAME");
  }
  if (k >= el.length) return;
  push(out, el[k], "ADDRESS");
  k++;
  // a second street line, then the city, the state and the rest by shape
  for (let city = false; k < el.length; k++) {
    const v = value(text, el[k]);
    if (v === "") continue;
    if (!city && /^[A-Za-z][A-Za-z' .-]+$/.test(v) && !/^[A-Z]{2}$/.test(v)) {
      city = true;
      push(out, el[k], "LOCATION");
    } else if (/^\d{5}(?:\d{4})?$/.test(v)) push(out, el[k], "ZIP");
    else if (/^\d{10}$/.test(v)) push(out, el[k], "PHONE");
    else if (/^(?:19|20)\d{6}$/.test(v)) pushDates(text, el[k], out);
    else if (/^\d/.test(v) && !city) push(out, el[k], "ADDRESS");
  }
}

/** Reads the X12 segments in the text into `out`; the ranges of envelope syntax go to `syntax` as start, end pairs. */
export function detectX12(text: string, out: Candidate[], syntax: number[]): void {
  if (!mayHoldX12(text)) return;
  let s = 0;
  const L = text.length;
  while (s < L) {
    // a segment runs to its "~" (or the line's end when a line holds no "~")
    let e = s;
    while (e < L && text.charCodeAt(e) !== 126 && text.charCodeAt(e) !== 10) e++;
    let a = s;
    while (a < e && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 13)) a++;
    const star = text.indexOf("*", a);
    if (star > a && star < e && SEGMENT_ID.test(text.slice(a, star))) readSegment(text, elements(text, a, e), out, syntax);
    s = e + 1;
  }
}
