/**
 * Public types of the PHI minimiser. Offsets are UTF-16 code-unit offsets
 * (JavaScript string indices); `end` is exclusive.
 */

/** Identifier categories, covering the 18 HIPAA Safe Harbor categories. */
export const PHI_TYPES = [
  "NAME", // names of any person
  "ADDRESS", // street address, PO box
  "LOCATION", // city, town, county or other geographic unit smaller than a state
  "ZIP", // ZIP code
  "FACILITY", // hospital, clinic, nursing home and other named facilities
  "DATE", // any date element except the year alone
  "AGE", // ages over 89
  "PHONE",
  "FAX",
  "EMAIL",
  "SSN",
  "MRN", // medical record number
  "HEALTH_PLAN", // member, subscriber, policy, group, Medicare/Medicaid numbers
  "ACCOUNT", // account and billing numbers
  "LICENSE", // certificate and licence numbers (incl. DEA, NPI, driver's licence)
  "VEHICLE", // VINs and licence plates
  "DEVICE", // device identifiers and serial numbers
  "URL",
  "IP",
  "BIOMETRIC", // biometric identifiers (finger/voice prints, retinal/iris scan ids)
  "ID", // any other unique identifying number or code
] as const;

export type PhiType = (typeof PHI_TYPES)[number];

export interface Span {
  start: number;
  end: number;
  type: PhiType;
}

export interface PersonName {
  firstName: string;
  lastName: string;
  middleName?: string;
  /** Names the person goes by ("Bill", "Peggy"); common nicknames are also derived. */
  nicknames?: string[];
}

export interface KnownAddress {
  line1: string;
  line2?: string;
  city: string;
  state: string;
  zip: string;
}

export interface KnownPatient extends PersonName {
  /** ISO yyyy-mm-dd, or any date spelling the detector understands. */
  dob?: string;
  mrn?: string;
  phone?: string;
  email?: string;
  address?: KnownAddress;
}

export interface KnownIdentifiers {
  patient?: KnownPatient;
  /** Relatives, contacts, staff. */
  otherPeople?: PersonName[];
}

export interface DetectOptions {
  known?: KnownIdentifiers;
  /** Only report these types (default: all). */
  types?: readonly PhiType[];
}

/** A span with the evidence that produced it; used inside the library. */
export interface Candidate extends Span {
  /** Higher wins when candidates overlap. */
  priority: number;
}

export function isPhiType(value: unknown): value is PhiType {
  return typeof value === "string" && (PHI_TYPES as readonly string[]).includes(value);
}
