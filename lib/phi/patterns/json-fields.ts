/**
 * JSON exports pasted into a note (FHIR-like resources, an EHR's API output): a value is identified by its key,
 * `"family": "Sharp"`, `"city": "Schroederside"`, `"postalCode": "13912"`, `"birthDate": "1942-09-06"`, and a
 * `"display"` by the object it sits in (`"managingOrganization": { "display": "North Aliya FQHC" }`,
 * `"generalPractitioner": [{ "display": "Dr. Rebeca Heathcote" }]`). Prose rules find most of these values; the
 * keys find the ones without a cue. XML messages (an NCPDP SCRIPT prescription, a vendor's export) are read by the
 * same keys as element names: `<City>Upper Vossburg</City>`, `<LastName>Room</LastName>`.
 */
import { type Candidate, type PhiType } from "../types";

/** Keys whose string value (or array of strings) is an identifier of the given type (compared lower-cased, without "_" or "-"). */
const KEYS: Record<string, PhiType> = {
  family: "NAME",
  given: "NAME",
  firstname: "NAME",
  lastname: "NAME",
  middlename: "NAME",
  patientname: "NAME",
  fullname: "NAME",
  city: "LOCATION",
  town: "LOCATION",
  county: "LOCATION",
  district: "LOCATION",
  postalcode: "ZIP",
  zip: "ZIP",
  zipcode: "ZIP",
  line: "ADDRESS",
  street: "ADDRESS",
  address1: "ADDRESS",
  address2: "ADDRESS",
  addressline: "ADDRESS",
  addressline1: "ADDRESS",
  addressline2: "ADDRESS",
  streetaddress: "ADDRESS",
  birthdate: "DATE",
  dateofbirth: "DATE",
  dob: "DATE",
  deceaseddatetime: "DATE",
};

/** Objects whose "display" (or "name") is a facility's or a person's name. */
const DISPLAY_OWNERS: Record<string, PhiType> = {
  managingorganization: "FACILITY",
  organization: "FACILITY",
  serviceprovider: "FACILITY",
  facility: "FACILITY",
  location: "FACILITY",
  custodian: "FACILITY",
  generalpractitioner: "NAME",
  practitioner: "NAME",
  performer: "NAME",
  requester: "NAME",
  author: "NAME",
  attender: "NAME",
  participant: "NAME",
};

/** A key, its colon, and a string value or an array of strings. */
const PAIR = /"([A-Za-z_-]{2,40})"\s*:\s*(\[\s*"[^"\n]{0,200}"(?:\s*,\s*"[^"\n]{0,200}")*\s*\]|"[^"\n]{0,200}")/g;
const STRING = /"([^"\n]{1,200})"/g;
const P = 62;

function norm(key: string): string {
  return key.toLowerCase().replace(/[_-]/g, "");
}

/** The key of the object that text[at] sits in ("managingOrganization" for `{ "display": ...` after it), lower-cased. */
function ownerKey(text: string, at: number): string {
  // back to the unbalanced "{" (and an "[" before it), then the key before that
  let depth = 0;
  let p = at - 1;
  for (; p >= 0 && at - p < 400; p--) {
    const c = text.charCodeAt(p);
    if (c === 125) depth++;
    else if (c === 123) {
      if (depth === 0) break;
      depth--;
    }
  }
  if (p < 0 || text.charCodeAt(p) !== 123) return "";
  let q = p - 1;
  while (q >= 0 && /[\s[]/.test(text.charAt(q))) q--;
  if (text.charCodeAt(q) !== 58) return "";
  q--;
  while (q >= 0 && /\s/.test(text.charAt(q))) q--;
  if (text.charCodeAt(q) !== 34) return "";
  const end = q;
  q--;
  while (q >= 0 && text.charCodeAt(q) !== 34) q--;
  return q < 0 ? "" : norm(text.slice(q + 1, end));
}

/** A leaf element: its name (a namespace prefix aside) and its text. */
const LEAF = /<(?:[A-Za-z][\w-]*:)?([A-Za-z][\w-]{1,40})(?:[ ][^<>\n]{0,200})?>([^<>\n]{1,200})<\/(?:[A-Za-z][\w-]*:)?\1>/g;

/** The value of a key of the given type, trimmed, if it is one ("unknown", "n/a" and a ZIP that is none are not). */
function value(type: PhiType, raw: string): string | null {
  const trimmed = raw.trim();
  if (!/[\p{L}\p{N}]/u.test(trimmed) || /^(?:unknown|n\/?a|none|null|undefined|-)$/i.test(trimmed)) return null;
  if (type === "ZIP" && !/^\d{5}(?:-\d{4})?$/.test(trimmed)) return null;
  if (type === "DATE" && !/\d/.test(trimmed)) return null;
  return trimmed;
}

/** Leaf elements that hold a code of the message, not of a person: a drug's NDC, a code's qualifier, a pharmacy's NCPDP id. */
const CODE_ELEMENTS = new Set(["code", "qualifier", "ncpdpid", "productcode", "codelistqualifier", "codesystem", "version"]);
/** A version attribute's value: `DatatypesVersion="2018041"`, `version="1.0"`. */
const VERSION_ATTR = /[ ][A-Za-z]*[Vv]ersion="([^"\n]{1,20})"/g;

/**
 * XML leaf elements named like a record's fields, as JSON keys are read; and the message's own syntax (version
 * attributes, code elements) added to `syntax` (start, end pairs) so that no identifier rule takes its numbers.
 */
export function detectXmlFields(text: string, out: Candidate[], syntax: number[]): void {
  if (!text.includes("</")) return;
  VERSION_ATTR.lastIndex = 0;
  for (let m = VERSION_ATTR.exec(text); m !== null; m = VERSION_ATTR.exec(text)) {
    const s = m.index + m[0].length - 1 - m[1]!.length;
    syntax.push(s, s + m[1]!.length);
  }
  LEAF.lastIndex = 0;
  for (let m = LEAF.exec(text); m !== null; m = LEAF.exec(text)) {
    const key = norm(m[1]!);
    if (CODE_ELEMENTS.has(key)) {
      const s = m.index + m[0].indexOf(">") + 1;
      syntax.push(s, s + m[2]!.length);
      continue;
    }
    const type = KEYS[key];
    if (!type) continue;
    const v = value(type, m[2]!);
    if (v === null) continue;
    const s = m.index + m[0].indexOf(">") + 1 + (m[2]!.length - m[2]!.trimStart().length);
    out.push({ start: s, end: s + v.length, type, priority: P });
  }
}

export function detectJsonFields(text: string, out: Candidate[]): void {
  if (!text.includes('":')) return;
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(text); m !== null; m = PAIR.exec(text)) {
    const key = norm(m[1]!);
    let type: PhiType | undefined = KEYS[key];
    if (!type && (key === "display" || key === "name")) type = DISPLAY_OWNERS[ownerKey(text, m.index)];
    if (!type) continue;
    const valueStart = m.index + m[0].length - m[2]!.length;
    STRING.lastIndex = 0;
    for (let v = STRING.exec(m[2]!); v !== null; v = STRING.exec(m[2]!)) {
      // a value with letters or digits that is no placeholder ("unknown", "n/a")
      const trimmed = value(type, v[1]!);
      if (trimmed === null) continue;
      const s = valueStart + v.index + 1 + (v[1]!.length - v[1]!.trimStart().length);
      out.push({ start: s, end: s + trimmed.length, type, priority: P });
    }
  }
}
