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
import { type Candidate, type KnownIdentifiers, type PersonName } from "./types";
import { type Tokens } from "./tokens";
import * as tk from "./tokens";
// Bind once: module namespace/export getters are slow in hot loops.
const { wordFlags, F_COMMON, F_FUNC } = tk;
import { type NamePlan, namePlan, nameSpans } from "./known-names";
import { type Cluster, type PhrasePlan, clusters, dobDigitForms, findCode, findDigits, findLiteral, findPhrase, phrasePlan } from "./known-find";

interface RecordPlan {
  names: NamePlan | null;
  hasPatient: boolean;
  /** Digit clusters are needed (DOB, phone or a numeric MRN). */
  numeric: boolean;
  dobForms: string[] | null;
  /** Phone digits (7+), without a leading US 1. */
  phone: string | null;
  /** A numeric MRN's digits, and the same without leading zeros (when 4+ digits remain). */
  mrnDigits: string | null;
  mrnStripped: string | null;
  /** An alphanumeric MRN, as written in the record. */
  mrnCode: string | null;
  email: string | null;
  line1: PhrasePlan | null;
  line2: PhrasePlan | null;
  city: string | null;
  /** The city is a common word ("Mobile"): only a capitalised mention counts. */
  cityCommon: boolean;
  zip: string | null;
  /** The fewest digits of any number looked for: shorter clusters are never built. */
  minDigits: number;
}

/** Per-piece caches by value (bounded), so a record rebuilt per call skips the costly parts. */
const dobPlans = new Map<string, string[]>();
const phrasePlans = new Map<string, PhrasePlan | null>();

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
    numeric: false,
    dobForms: null,
    phone: null,
    mrnDigits: null,
    mrnStripped: null,
    mrnCode: null,
    email: null,
    line1: null,
    line2: null,
    city: null,
    cityCommon: false,
    zip: null,
    minDigits: 1,
  };
  if (!p) return plan;
  plan.numeric = !!(p.dob || p.phone || (p.mrn && /^[\d\s./#-]+$/.test(p.mrn)));
  if (p.dob) plan.dobForms = cached(dobPlans, p.dob, () => [...dobDigitForms(p.dob!)]);
  if (p.phone) {
    let digits = p.phone.replace(/\D/g, "");
    if (digits.length === 11 && digits.startsWith("1")) digits = digits.slice(1);
    if (digits.length >= 7) plan.phone = digits;
  }
  if (p.mrn) {
    const core = p.mrn.replace(/[^A-Za-z0-9]/g, "");
    if (/^\d+$/.test(core) && core.length >= 3) {
      plan.mrnDigits = core;
      const stripped = core.replace(/^0+/, "");
      if (stripped.length >= 4 && stripped !== core) plan.mrnStripped = stripped;
    } else {
      plan.mrnCode = p.mrn;
    }
  }
  if (p.email && p.email.includes("@")) plan.email = p.email;
  const a = p.address;
  if (a) {
    if (a.line1) plan.line1 = cached(phrasePlans, a.line1, () => phrasePlan(a.line1));
    if (a.line2) plan.line2 = cached(phrasePlans, a.line2, () => phrasePlan(a.line2!));
    const city = a.city?.trim();
    if (city && city.length > 1) {
      plan.city = city;
      // a city that is a common word ("Mobile", "Normal") counts only when capitalised
      plan.cityCommon = !/\s/.test(city) && (wordFlags(city) & (F_COMMON | F_FUNC)) !== 0;
    }
    if (a.zip) {
      const zip = a.zip.replace(/\D/g, "").slice(0, 5);
      if (zip.length === 5) plan.zip = zip;
    }
  }
  const lengths = [...(plan.dobForms ?? []), plan.zip, plan.mrnDigits, plan.mrnStripped].filter((x): x is string => !!x).map((x) => x.length);
  if (plan.phone) lengths.push(plan.phone.length === 10 ? 7 : plan.phone.length);
  if (lengths.length > 0) plan.minDigits = Math.min(...lengths);
  return plan;
}

/**
 * Every record field a plan depends on, in a fixed order, to `visit`; stops as soon as `visit` returns false.
 * Returns whether every visit returned true.
 */
function visitFields(k: KnownIdentifiers, visit: (v: unknown) => boolean): boolean {
  const person = (x: PersonName | undefined): boolean => {
    if (!visit(x ? 1 : 0)) return false;
    if (!x) return true;
    if (!visit(x.firstName) || !visit(x.lastName) || !visit(x.middleName)) return false;
    const nicks = x.nicknames;
    if (!Array.isArray(nicks)) return visit(nicks);
    if (!visit(nicks.length)) return false;
    for (const n of nicks) if (!visit(n)) return false;
    return true;
  };
  const p = k.patient;
  if (!person(p)) return false;
  const others = k.otherPeople;
  if (!visit(others === undefined ? -1 : others.length)) return false;
  for (const o of others ?? []) if (!person(o)) return false;
  if (!p) return true;
  if (!visit(p.dob) || !visit(p.mrn) || !visit(p.phone) || !visit(p.email)) return false;
  const a = p.address;
  if (!visit(a ? 1 : 0)) return false;
  return !a || (visit(a.line1) && visit(a.line2) && visit(a.city) && visit(a.zip));
}

/** Plans per record object, with the field values they were built from. */
const plans = new WeakMap<KnownIdentifiers, { fields: unknown[]; plan: RecordPlan }>();

function planFor(known: KnownIdentifiers): RecordPlan {
  const hit = plans.get(known);
  // the plan of this record object, if none of the fields it was built from changed since (compared while
  // walking the record: no copy per call)
  if (hit) {
    const was = hit.fields;
    let i = 0;
    if (visitFields(known, (v) => was[i++] === v) && i === was.length) return hit.plan;
  }
  const plan = buildPlan(known);
  const fields: unknown[] = [];
  visitFields(known, (v) => fields.push(v) > 0);
  plans.set(known, { fields, plan });
  return plan;
}

export function detectKnown(text: string, t: Tokens, known: KnownIdentifiers, out: Candidate[]): void {
  const plan = planFor(known);
  if (plan.names) nameSpans(text, t, plan.names, out);
  if (!plan.hasPatient) return;
  const numeric: Cluster[] = plan.numeric ? clusters(text, t, plan.minDigits) : [];
  if (plan.dobForms) for (const f of plan.dobForms) findDigits(numeric, f, "DATE", out, text);
  if (plan.phone) {
    findDigits(numeric, plan.phone, "PHONE", out, text, true);
    if (plan.phone.length === 10) findDigits(numeric, plan.phone.slice(3), "PHONE", out, text);
  }
  if (plan.mrnDigits) {
    findDigits(numeric, plan.mrnDigits, "MRN", out, text);
    if (plan.mrnStripped) findDigits(numeric, plan.mrnStripped, "MRN", out, text);
  } else if (plan.mrnCode) {
    findCode(text, plan.mrnCode, "MRN", out);
  }
  if (!plan.email && !plan.line1 && !plan.line2 && !plan.city && !plan.zip) return;
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return;
  if (plan.email) findLiteral(text, lower, plan.email, "EMAIL", out);
  if (plan.line1) findPhrase(lower, plan.line1, "ADDRESS", out);
  if (plan.line2) findPhrase(lower, plan.line2, "ADDRESS", out);
  if (plan.city) findLiteral(text, lower, plan.city, "LOCATION", out, plan.cityCommon);
  if (plan.zip) findDigits(plan.numeric ? numeric : clusters(text, t, plan.minDigits), plan.zip, "ZIP", out, text);
}
