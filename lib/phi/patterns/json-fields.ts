/**
 * JSON exports pasted into a note (FHIR-like resources, an EHR's API output): a value is identified by its key,
 * `"family": "Sharp"`, `"city": "Schroederside"`, `"postalCode": "13912"`, `"birthDate": "1942-09-06"`, and a
 * `"display"` by the object it sits in (`"managingOrganization": { "display": "North Aliya FQHC" }`,
 * `"generalPractitioner": [{ "display": "Dr. Rebeca Heathcote" }]`). Prose rules find most of these values; the
 * keys find the ones without a cue.
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
      const value = v[1]!;
      const lead = value.length - value.trimStart().length;
      const trimmed = value.trim();
      // a value with letters or digits that is no placeholder ("unknown", "n/a")
      if (!/[\p{L}\p{N}]/u.test(trimmed) || /^(?:unknown|n\/?a|none|null|undefined|-)$/i.test(trimmed)) continue;
      if (type === "ZIP" && !/^\d{5}(?:-\d{4})?$/.test(trimmed)) continue;
      if (type === "DATE" && !/\d/.test(trimmed)) continue;
      const s = valueStart + v.index + 1 + lead;
      out.push({ start: s, end: s + trimmed.length, type, priority: P });
    }
  }
}
