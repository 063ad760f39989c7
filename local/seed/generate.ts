import { createRandom, type Random } from "./random";
import { FIRST_NAMES, LAST_NAMES, STREETS, TOWNS } from "./names";
import { clinicalHistory, type SeedClinical, type SeedInsurance } from "./clinical";
import type { Role } from "../../lib/roles";

export interface SeedMember {
  email: string;
  name: string;
  role: Role;
  title?: string;
}

export interface SeedPatient {
  mrn: string;
  firstName: string;
  middleName?: string;
  lastName: string;
  dob: string;
  sex: "female" | "male" | "other" | "unknown";
  phone?: string;
  email?: string;
  address?: { line1: string; city: string; state: string; zip: string };
  assignedProviderEmail?: string;
  insurance?: SeedInsurance;
  emergencyContact?: SeedClinical["emergencyContact"];
  clinical?: Omit<SeedClinical, "insurance" | "emergencyContact">;
}

export interface SeedPractice {
  name: string;
  slug: string;
  timezone: string;
  members: SeedMember[];
  patients: SeedPatient[];
}

/** A person the demo identity provider can sign in. */
export interface DemoUser {
  subject: string;
  email: string;
  name: string;
  /** Shown on the sign-in page; the authoritative role is the membership in the database. */
  practices: { slug: string; practiceName: string; role: Role; title?: string }[];
}

interface StaffSpec {
  first: string;
  last: string;
  role: Role;
  title?: string;
  /** Practices this person works in, by slug. */
  practices: string[];
}

/** Staff are fixed so demo accounts stay the same as the generator evolves. */
const STAFF: StaffSpec[] = [
  { first: "Dana", last: "Whitfield", role: "front_desk", title: "Front desk", practices: ["maple-grove"] },
  { first: "Noel", last: "Ashby", role: "nurse", title: "RN", practices: ["maple-grove"] },
  { first: "Priya", last: "Okonkwo-Hale", role: "physician", title: "MD, Family Medicine", practices: ["maple-grove", "riverside"] },
  { first: "Miles", last: "Brandt", role: "physician", title: "DO, Family Medicine", practices: ["maple-grove"] },
  { first: "Celia", last: "Marchetti", role: "compliance_officer", title: "Privacy officer", practices: ["maple-grove"] },
  { first: "Omar", last: "Lindqvist", role: "practice_admin", title: "Practice manager", practices: ["maple-grove"] },
  { first: "Rosa", last: "Taveras", role: "front_desk", title: "Front desk", practices: ["riverside"] },
  { first: "Theo", last: "Vance", role: "nurse", title: "LPN", practices: ["riverside"] },
  { first: "Hana", last: "Sorensen", role: "physician", title: "MD, Internal Medicine", practices: ["riverside"] },
  { first: "Gwen", last: "Adeyemi", role: "compliance_officer", title: "Compliance officer", practices: ["riverside"] },
  { first: "Ira", last: "Castellano", role: "practice_admin", title: "Operations lead", practices: ["riverside"] },
];

const PRACTICES = [
  { slug: "maple-grove", name: "Maple Grove Family Medicine", timezone: "America/Chicago", domain: "maplegrove.example", seed: 11, patients: 220 },
  { slug: "riverside", name: "Riverside Internal Medicine", timezone: "America/Chicago", domain: "riverside.example", seed: 29, patients: 200 },
] as const;

function staffEmail(s: StaffSpec): string {
  const home = PRACTICES.find((p) => p.slug === s.practices[0]);
  if (home === undefined) throw new Error(`unknown practice for ${s.first}`);
  return `${s.first}.${s.last}@${home.domain}`.toLowerCase();
}

function pad(n: number, width: number) {
  return n.toString().padStart(width, "0");
}

function patient(rng: Random, index: number, practiceSeed: number, providers: string[]): SeedPatient {
  const firstName = rng.pick(FIRST_NAMES);
  const lastName = rng.pick(LAST_NAMES);
  const year = rng.int(1931, 2022);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const town = rng.pick(TOWNS);
  const sexRoll = rng.next();
  const { insurance, emergencyContact, ...clinical } = clinicalHistory(rng, 2026 - year);
  return {
    mrn: `MRN-${pad(practiceSeed, 2)}${pad(index + 1, 5)}`,
    firstName,
    middleName: rng.next() < 0.4 ? rng.pick(FIRST_NAMES) : undefined,
    lastName,
    dob: `${year}-${pad(month, 2)}-${pad(day, 2)}`,
    sex: sexRoll < 0.49 ? "female" : sexRoll < 0.97 ? "male" : sexRoll < 0.99 ? "other" : "unknown",
    // 555-01xx numbers are reserved for fiction.
    phone: `(${rng.int(201, 989)}) 555-01${pad(rng.int(0, 99), 2)}`,
    email: rng.next() < 0.7 ? `${firstName}.${lastName}${rng.int(1, 99)}@mail.example`.toLowerCase() : undefined,
    address: {
      line1: `${rng.int(10, 9899)} ${rng.pick(STREETS)}`,
      city: town.city,
      state: town.state,
      zip: `${town.zipPrefix}${pad(rng.int(0, 99), 2)}`,
    },
    assignedProviderEmail: providers.length > 0 ? rng.pick(providers) : undefined,
    insurance,
    emergencyContact,
    clinical,
  };
}

/** The synthetic practices, identical on every run. */
export function generatePractices(): SeedPractice[] {
  return PRACTICES.map((p) => {
    const members = STAFF.filter((s) => s.practices.includes(p.slug)).map((s) => ({
      email: staffEmail(s),
      name: `${s.first} ${s.last}`,
      role: s.role,
      title: s.title,
    }));
    const providers = members.filter((m) => m.role === "physician").map((m) => m.email);
    const rng = createRandom(p.seed);
    const patients = Array.from({ length: p.patients }, (_, i) => patient(rng, i, p.seed, providers));
    return { name: p.name, slug: p.slug, timezone: p.timezone, members, patients };
  });
}

/** Everyone the demo identity provider knows, with a stable subject per email. */
export function demoUsers(): DemoUser[] {
  return STAFF.map((s) => ({
    subject: `demo|${staffEmail(s)}`,
    email: staffEmail(s),
    name: `${s.first} ${s.last}`,
    practices: s.practices.map((slug) => {
      const p = PRACTICES.find((x) => x.slug === slug);
      if (p === undefined) throw new Error(`unknown practice ${slug}`);
      return { slug, practiceName: p.name, role: s.role, title: s.title };
    }),
  }));
}
