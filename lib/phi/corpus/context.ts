/**
 * Per-note context: the patient, their people and clinicians, and helpers
 * that spell identifiers the many ways notes do, each returning a gold-tagged
 * piece.
 */
import { type KnownIdentifiers } from "../types";
import { type Piece, phi, t } from "./builder";
import {
  type Address, type Person, type PhoneParts, STATE_NAMES, address, emailFor, facility, formatPhone, mrnValue, person,
  phoneParts,
} from "./identities";
import { type Rng } from "./rng";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const RELS = ["daughter", "son", "wife", "husband", "sister", "brother", "mother", "father", "granddaughter", "grandson", "niece", "nephew", "friend", "neighbor", "caregiver", "partner", "daughter-in-law", "son-in-law"];
export const CREDS = ["MD", "DO", "NP", "PA-C", "RN", "LPN", "MD", "MD", "FNP-C", "LCSW", "PT", "PharmD", "RN, BSN", "CNA"];

export interface Relative {
  rel: string;
  p: Person;
  phone: PhoneParts;
}
export interface Clinician {
  p: Person;
  cred: string;
}

function ord(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${s}`;
}
const pad = (n: number) => String(n).padStart(2, "0");

export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

export class NoteContext {
  readonly pt: Person;
  readonly dob: Date;
  readonly age: number;
  readonly mrn: string;
  readonly phone: PhoneParts;
  readonly email: string;
  readonly addr: Address;
  readonly relatives: Relative[];
  readonly clinicians: Clinician[];
  readonly visit: Date;
  readonly facility: string;
  readonly facility2: string;

  constructor(readonly rng: Rng) {
    this.pt = person(rng);
    const old = rng.chance(0.12);
    this.age = old ? rng.int(90, 104) : rng.int(1, 89);
    this.visit = new Date(Date.UTC(rng.int(2019, 2025), rng.int(0, 11), rng.int(1, 28)));
    this.dob = new Date(Date.UTC(this.visit.getUTCFullYear() - this.age - 1, rng.int(0, 11), rng.int(1, 28)));
    this.mrn = mrnValue(rng);
    this.phone = phoneParts(rng);
    this.email = emailFor(rng, this.pt);
    this.addr = address(rng);
    this.relatives = Array.from({ length: rng.int(1, 3) }, () => {
      const rel = rng.pick(RELS);
      const p = person(rng, /daughter|wife|sister|mother|niece|granddaughter/.test(rel) ? "F" : /son|husband|brother|father|nephew/.test(rel) ? "M" : undefined);
      if (/daughter$|son$|wife|husband|mother|father|sister|brother/.test(rel) && rng.chance(0.6)) p.last = this.pt.last;
      return { rel, p, phone: phoneParts(rng) };
    });
    this.clinicians = Array.from({ length: rng.int(2, 4) }, () => ({ p: person(rng), cred: rng.pick(CREDS) }));
    this.facility = facility(rng);
    this.facility2 = facility(rng);
  }

  /** A person's name in one of the spellings notes use. */
  name(p: Person, form?: string): Piece {
    const r = this.rng;
    const f = form ?? r.pick(["full", "full", "full", "first", "lastfirst", "initial", "middle", "mi", "caps"]);
    const mi = p.middle ? `${p.middle[0]}.` : "";
    switch (f) {
      case "first":
        return phi("NAME", p.first);
      case "last":
        return phi("NAME", p.last);
      case "lastfirst":
        return phi("NAME", r.chance(0.5) ? `${p.last}, ${p.first}` : `${p.last.toUpperCase()}, ${p.first.toUpperCase()}${mi ? " " + mi[0] : ""}`);
      case "initial":
        return phi("NAME", `${p.first[0]}. ${p.last}`);
      case "middle":
        return phi("NAME", p.middle ? `${p.first} ${p.middle} ${p.last}` : `${p.first} ${p.last}`);
      case "mi":
        return phi("NAME", mi ? `${p.first} ${mi} ${p.last}` : `${p.first} ${p.last}`);
      case "caps":
        return phi("NAME", `${p.first} ${p.last}`.toUpperCase());
      case "sig":
        return phi("NAME", r.chance(0.5) ? `${p.first} ${p.last[0]}.` : `${p.first[0]}. ${p.last}`);
      default:
        return phi("NAME", `${p.first} ${p.last}`);
    }
  }

  /** "Dr. Lee", "Dr. Ann Lee", "Ann Lee, MD" */
  clin(c: Clinician, form?: string): Piece {
    const r = this.rng;
    const isDoc = /^(MD|DO)$/.test(c.cred);
    const f = form ?? r.pick(isDoc ? ["dr-last", "dr-full", "full-cred", "dr-last"] : ["full-cred", "role-last", "first", "full-cred"]);
    switch (f) {
      case "dr-last":
        return t`${r.pick(["Dr. ", "Dr ", "Dr. "])}${phi("NAME", c.p.last)}`;
      case "dr-full":
        return t`Dr. ${phi("NAME", `${c.p.first} ${c.p.last}`)}`;
      case "role-last":
        return t`${c.cred.replace(/,.*/, "")} ${phi("NAME", c.p.last)}`;
      case "first":
        return t`${phi("NAME", c.p.first)}, ${c.cred.replace(/,.*/, "")}`;
      default:
        return t`${this.name(c.p, r.pick(["full", "mi", "initial"]))}, ${c.cred}`;
    }
  }

  /** A date in one of many spellings. `withYear` false allows month/day forms. */
  date(d: Date, withYear = true): Piece {
    const r = this.rng;
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth() + 1;
    const day = d.getUTCDate();
    const yy = String(y).slice(2);
    const full = [
      `${pad(m)}/${pad(day)}/${y}`, `${m}/${day}/${y}`, `${m}/${day}/${yy}`, `${pad(m)}-${pad(day)}-${y}`, `${y}-${pad(m)}-${pad(day)}`,
      `${MONTHS[m - 1]} ${day}, ${y}`, `${MON[m - 1]} ${day}, ${y}`, `${MON[m - 1]}. ${day} ${y}`, `${day} ${MON[m - 1]} ${y}`,
      `${pad(day)}-${MON[m - 1]}-${y}`, `${MONTHS[m - 1]} ${ord(day)}, ${y}`, `${ord(day)} ${MONTHS[m - 1]} ${y}`, `${m}.${day}.${y}`,
      `${pad(m)}/${pad(day)}/${yy}`, `${MON[m - 1]!.toUpperCase()} ${day} ${y}`,
    ];
    const short = [`${m}/${day}`, `${MONTHS[m - 1]} ${day}`, `${MON[m - 1]} ${day}`, `${MONTHS[m - 1]} ${ord(day)}`, `${pad(m)}/${pad(day)}`, `${MONTHS[m - 1]} ${y}`];
    const value = withYear || r.chance(0.5) ? r.pick(full) : r.pick(short);
    return phi("DATE", value);
  }

  /** A date relative to the visit. */
  dateNear(deltaMin: number, deltaMax: number, withYear = true): Piece {
    return this.date(addDays(this.visit, this.rng.int(deltaMin, deltaMax)), withYear);
  }

  dobPiece(): Piece {
    return this.rng.chance(0.1)
      ? phi("DATE", `${pad(this.dob.getUTCMonth() + 1)}${pad(this.dob.getUTCDate())}${this.dob.getUTCFullYear()}`)
      : this.date(this.dob, true);
  }

  phonePiece(p: PhoneParts = this.phone, type: "PHONE" | "FAX" = "PHONE"): Piece {
    return phi(type, formatPhone(this.rng, p));
  }

  agePiece(): Piece {
    return this.age >= 90 ? phi("AGE", String(this.age)) : String(this.age);
  }

  /** "123 Main St, Springfield, IL 62704" with gold on street, city and ZIP. */
  addressPiece(multiline = false): Piece {
    const a = this.addr;
    const sep = multiline ? "\n" : ", ";
    const state = this.rng.chance(0.15) && STATE_NAMES[a.state] ? STATE_NAMES[a.state]! : a.state;
    return t`${phi("ADDRESS", a.line2 ? `${a.line1}${this.rng.pick([", ", " "])}${a.line2}` : a.line1)}${sep}${phi("LOCATION", a.city)}, ${state} ${phi("ZIP", a.zip)}`;
  }

  known(): KnownIdentifiers {
    const p = this.pt;
    const k: KnownIdentifiers = {
      patient: {
        firstName: p.first,
        lastName: p.last,
        dob: this.dob.toISOString().slice(0, 10),
        mrn: this.mrn,
        phone: `${this.phone.area}-${this.phone.ex}-${this.phone.line}`,
        email: this.email,
        address: { line1: this.addr.line1, city: this.addr.city, state: this.addr.state, zip: this.addr.zip.slice(0, 5) },
      },
      otherPeople: [...this.relatives.map((r) => ({ firstName: r.p.first, lastName: r.p.last })), ...this.clinicians.slice(0, 1).map((c) => ({ firstName: c.p.first, lastName: c.p.last }))],
    };
    if (p.middle) k.patient!.middleName = p.middle;
    return k;
  }
}
