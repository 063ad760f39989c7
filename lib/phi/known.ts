/**
 * Identifiers from the patient's record (and other people's names), found in
 * every spelling a note uses: any case, initials, nicknames, last-name-first,
 * DOB and phone in any format, MRN with or without separators, the address
 * with abbreviated street words.
 *
 * Everything that depends only on the record (name words, nicknames,
 * initials, DOB digit spellings, phone and MRN digits, address word plans) is
 * compiled once per record into a RecordPlan: kept against the record object
 * (checked field by field on every call, so a mutated record is never served
 * a stale plan) and, for rebuilt record objects, by value.
 */
import { type Candidate, type KnownIdentifiers, type PersonName, type PhiType } from "./types";
import { type Tokens } from "./tokens";
import * as tk from "./tokens";
// Bind once: module namespace/export getters are slow in hot loops.
const { wordFlags, F_COMMON, F_FUNC } = tk;
import { type NamePlan, namePlan, nameSpans } from "./known-names";
import { type DigitNeedles, type PhrasePlan, digitNeedles, dobDigitForms, findCode, findLiteral, findPhrase, findRecordNumbers, phrasePlan } from "./known-find";

interface RecordPlan {
  names: NamePlan | null;
  hasPatient: boolean;
  /**
   * The record's numbers, as digits: the DOB in every digit order, the phone (7+ digits, without a leading US 1;
   * also its last 7 when it has 10), a numeric MRN (also without leading zeros when 4+ digits remain), the ZIP.
   */
  numbers: DigitNeedles | null;
  /** An alphanumeric MRN, as written in the record. */
  mrnCode: string | null;
  email: string | null;
  line1: PhrasePlan | null;
  line2: PhrasePlan | null;
  city: string | null;
  /** The city is a common word ("Mobile"): only a capitalised mention counts. */
  cityCommon: boolean;
}

/** Per-piece caches by value (bounded), so a record rebuilt per call skips the costly parts. */
const dobPlans = new Map<string, string[]>();
const phrasePlans = new Map<string, PhrasePlan | null>();
const numberPlans = new Map<string, DigitNeedles | null>();

function cached<V>(m: Map<string, V>, key: string, make: () => V): V {
  let v = m.get(key);
  if (v === undefined && !m.has(key)) {
    if (m.size >= 256) m.clear();
    v = make();
    m.set(key, v);
  }
  return v as V;
}

function peopleOf(known: KnownIdentifiers): PersonName[] {
  const people: PersonName[] = [];
  if (known.patient) people.push(known.patient);
  for (const o of known.otherPeople ?? []) people.push(o);
  return people;
}

function buildPlan(known: KnownIdentifiers): RecordPlan {
  const people = peopleOf(known);
  const p = known.patient;
  const plan: RecordPlan = {
    names: people.length > 0 ? namePlan(people) : null,
    hasPatient: !!p,
    numbers: null,
    mrnCode: null,
    email: null,
    line1: null,
    line2: null,
    city: null,
    cityCommon: false,
  };
  if (!p) return plan;
  const a = p.address;
  plan.numbers = cached(numberPlans, `${p.dob ?? ""}\u0000${p.phone ?? ""}\u0000${p.mrn ?? ""}\u0000${a?.zip ?? ""}`, () => recordNumbers(p.dob, p.phone, p.mrn, a?.zip));
  if (p.mrn && numericMrn(p.mrn) === null) plan.mrnCode = p.mrn;
  if (p.email && p.email.includes("@")) plan.email = p.email;
  if (a) {
    if (a.line1) plan.line1 = cached(phrasePlans, a.line1, () => phrasePlan(a.line1));
    if (a.line2) plan.line2 = cached(phrasePlans, a.line2, () => phrasePlan(a.line2!));
    const city = a.city?.trim();
    if (city && city.length > 1) {
      plan.city = city;
      // a city that is a common word ("Mobile", "Normal") counts only when capitalised
      plan.cityCommon = !/\s/.test(city) && (wordFlags(city) & (F_COMMON | F_FUNC)) !== 0;
    }
  }
  return plan;
}

/** A numeric MRN's digits (three or more once separators are dropped: "00-481-552"); null for an alphanumeric MRN. */
function numericMrn(mrn: string): string | null {
  const core = mrn.replace(/[^A-Za-z0-9]/g, "");
  return /^\d{3,}$/.test(core) ? core : null;
}

/**
 * The record's numbers as digit needles, in the order a tie between two of them is settled (the first listed gives
 * the type): the DOB in every digit order, the phone (7+ digits, without a leading US 1; also its last 7 when it has
 * 10), a numeric MRN (also without leading zeros when 4+ digits remain), the ZIP.
 */
function recordNumbers(dob: string | undefined, phone: string | undefined, mrn: string | undefined, zip: string | undefined): DigitNeedles | null {
  const numbers: [string, PhiType, boolean][] = [];
  if (dob) for (const f of cached(dobPlans, dob, () => [...dobDigitForms(dob)])) numbers.push([f, "DATE", false]);
  if (phone) {
    let digits = phone.replace(/\D/g, "");
    if (digits.length === 11 && digits.startsWith("1")) digits = digits.slice(1);
    if (digits.length >= 7) numbers.push([digits, "PHONE", true]);
    if (digits.length === 10) numbers.push([digits.slice(3), "PHONE", false]);
  }
  const core = mrn ? numericMrn(mrn) : null;
  if (core !== null) {
    numbers.push([core, "MRN", false]);
    const stripped = core.replace(/^0+/, "");
    if (stripped.length >= 4 && stripped !== core) numbers.push([stripped, "MRN", false]);
  }
  if (zip) {
    const z = zip.replace(/\D/g, "").slice(0, 5);
    if (z.length === 5) numbers.push([z, "ZIP", false]);
  }
  return digitNeedles(numbers);
}

/** Every record field a plan depends on, in a fixed order, written into `into` from index 0; returns how many. */
function fieldsOf(k: KnownIdentifiers, into: unknown[]): number {
  let n = 0;
  const person = (x: PersonName | undefined): void => {
    into[n++] = x ? 1 : 0;
    if (!x) return;
    into[n++] = x.firstName;
    into[n++] = x.lastName;
    into[n++] = x.middleName;
    const nicks = x.nicknames;
    if (!Array.isArray(nicks)) {
      into[n++] = nicks;
      return;
    }
    into[n++] = nicks.length;
    for (const nick of nicks) into[n++] = nick;
  };
  const p = k.patient;
  person(p);
  const others = k.otherPeople;
  into[n++] = others === undefined ? -1 : others.length;
  for (const o of others ?? []) person(o);
  if (!p) return n;
  into[n++] = p.dob;
  into[n++] = p.mrn;
  into[n++] = p.phone;
  into[n++] = p.email;
  const a = p.address;
  into[n++] = a ? 1 : 0;
  if (a) {
    into[n++] = a.line1;
    into[n++] = a.line2;
    into[n++] = a.city;
    into[n++] = a.zip;
  }
  return n;
}

/** Plans per record object, with the field values they were built from. */
const plans = new WeakMap<KnownIdentifiers, { fields: unknown[]; plan: RecordPlan }>();
/** The fields of the record being looked up (reused across calls: no copy per call). */
const current: unknown[] = [];

function planFor(known: KnownIdentifiers): RecordPlan {
  const n = fieldsOf(known, current);
  const hit = plans.get(known);
  // the plan of this record object, if none of the fields it was built from changed since
  if (hit && hit.fields.length === n) {
    const was = hit.fields;
    let i = 0;
    while (i < n && was[i] === current[i]) i++;
    if (i === n) return hit.plan;
  }
  const plan = buildPlan(known);
  plans.set(known, { fields: current.slice(0, n), plan });
  return plan;
}

export function detectKnown(text: string, t: Tokens, known: KnownIdentifiers, out: Candidate[]): void {
  const plan = planFor(known);
  if (plan.names) nameSpans(text, t, plan.names, out);
  if (!plan.hasPatient) return;
  if (plan.numbers) findRecordNumbers(text, t, plan.numbers, out);
  if (plan.mrnCode) findCode(text, plan.mrnCode, "MRN", out);
  if (!plan.email && !plan.line1 && !plan.line2 && !plan.city) return;
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return;
  if (plan.email) findLiteral(text, lower, plan.email, "EMAIL", out);
  if (plan.line1) findPhrase(lower, plan.line1, "ADDRESS", out);
  if (plan.line2) findPhrase(lower, plan.line2, "ADDRESS", out);
  if (plan.city) findLiteral(text, lower, plan.city, "LOCATION", out, plan.cityCommon);
}
