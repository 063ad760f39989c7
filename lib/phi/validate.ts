/** Checking untrusted input (e.g. a JSON line) against the shapes the library takes. */
import { type KnownIdentifiers, type PersonName } from "./types";

export interface NoteInput {
  id: string;
  text: string;
  known?: KnownIdentifiers;
  anchorDate?: string;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function checkPerson(v: unknown, where: string): string | null {
  if (!isObject(v)) return `${where} must be an object`;
  for (const k of ["firstName", "lastName"]) if (typeof v[k] !== "string") return `${where}.${k} must be a string`;
  if (v.middleName !== undefined && typeof v.middleName !== "string") return `${where}.middleName must be a string`;
  if (v.nicknames !== undefined && !(Array.isArray(v.nicknames) && v.nicknames.every((x) => typeof x === "string")))
    return `${where}.nicknames must be an array of strings`;
  return null;
}

/** Returns an error message, or null when `v` is a valid note. */
export function checkNote(v: unknown): string | null {
  if (!isObject(v)) return "expected a JSON object";
  if (typeof v.id !== "string") return '"id" must be a string';
  if (typeof v.text !== "string") return '"text" must be a string';
  if (v.anchorDate !== undefined && typeof v.anchorDate !== "string") return '"anchorDate" must be a string';
  if (v.known === undefined) return null;
  const k = v.known;
  if (!isObject(k)) return '"known" must be an object';
  if (k.patient !== undefined) {
    const err = checkPerson(k.patient, "known.patient");
    if (err) return err;
    const p = k.patient as Record<string, unknown>;
    for (const f of ["dob", "mrn", "phone", "email"]) if (p[f] !== undefined && typeof p[f] !== "string") return `known.patient.${f} must be a string`;
    if (p.address !== undefined) {
      if (!isObject(p.address)) return "known.patient.address must be an object";
      for (const f of ["line1", "line2", "city", "state", "zip"]) {
        const val = p.address[f];
        if (val !== undefined && typeof val !== "string") return `known.patient.address.${f} must be a string`;
      }
    }
  }
  if (k.otherPeople !== undefined) {
    if (!Array.isArray(k.otherPeople)) return "known.otherPeople must be an array";
    for (let i = 0; i < k.otherPeople.length; i++) {
      const err = checkPerson(k.otherPeople[i] as PersonName, `known.otherPeople[${i}]`);
      if (err) return err;
    }
  }
  return null;
}
