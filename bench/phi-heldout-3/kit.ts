/**
 * Value generator for the third held-out corpus: people, places, dates and
 * numbers, from seeded faker instances (several locales) and the hand-written
 * lists in lists.ts. One Ctx per note run; everything flows from the seed.
 */
import { Faker, base, cy, en, en_HK, en_NP, en_US, es_MX, fr_BE, fr_LU, pt_BR, ro_MD, vi } from "@faker-js/faker";
import { Rng } from "../../lib/phi/corpus/rng";
import type { KnownIdentifiers, KnownPatient, PersonName } from "../../lib/phi/types";
import * as L from "./lists";

export interface Person {
  first: string;
  last: string;
  middle?: string;
  /** The name the person goes by, when it differs from `first`. */
  nick?: string;
}

const LOCALES = [en_US, en_HK, en_NP, fr_BE, fr_LU, cy, vi, es_MX, pt_BR, ro_MD];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const MON = MONTHS.map((m) => m.slice(0, 3));

export interface D {
  y: number;
  m: number; // 1-12
  d: number;
}

const p2 = (n: number) => String(n).padStart(2, "0");

export class Ctx {
  readonly rng: Rng;
  private readonly fakers: Faker[];
  readonly us: Faker;
  constructor(seed: number) {
    this.rng = new Rng(seed);
    this.fakers = LOCALES.map((loc, i) => {
      const f = new Faker({ locale: [loc, en, base] });
      f.seed(seed * 31 + i);
      return f;
    });
    this.us = this.fakers[0]!;
  }

  pick<T>(xs: readonly T[]): T {
    return this.rng.pick(xs);
  }
  chance(p: number): boolean {
    return this.rng.chance(p);
  }
  int(lo: number, hi: number): number {
    return this.rng.int(lo, hi);
  }
  digits(n: number): string {
    return this.rng.digits(n);
  }

  private fk(): Faker {
    return this.chance(0.4) ? this.us : this.pick(this.fakers);
  }

  given(): string {
    const r = this.rng.next();
    if (r < 0.55) return this.clean(this.fk().person.firstName());
    if (r < 0.68) return this.pick(L.WORD_GIVEN);
    if (r < 0.82) return this.pick(L.GIVEN_WORLD);
    if (r < 0.92) return this.pick(L.GIVEN_CREOLE);
    return this.pick(L.SHORT);
  }

  surname(): string {
    const r = this.rng.next();
    if (r < 0.5) return this.clean(this.fk().person.lastName());
    if (r < 0.62) return this.pick(L.WORD_SURNAME);
    if (r < 0.76) return this.pick(L.SURNAME_WORLD);
    if (r < 0.86) return this.pick(L.SURNAME_CREOLE);
    if (r < 0.95) return this.pick(L.SURNAME_COMPLEX);
    return this.pick(L.SHORT);
  }

  /** Faker names occasionally carry spaces or periods we do not want in a single span. */
  private clean(s: string): string {
    return s.replace(/\s+/g, " ").trim();
  }

  person(): Person {
    if (this.chance(0.12)) {
      const [first, nick] = this.pick(L.NICKNAMES);
      return { first, nick, last: this.surname(), middle: this.chance(0.4) ? this.given() : undefined };
    }
    return { first: this.given(), last: this.surname(), middle: this.chance(0.35) ? this.given() : undefined };
  }

  // ---- dates ----
  date(fromYear = 2023, toYear = 2026): D {
    return { y: this.int(fromYear, toYear), m: this.int(1, 12), d: this.int(1, 28) };
  }
  dob(minAge = 1, maxAge = 88): D {
    return { y: 2026 - this.int(minAge, maxAge), m: this.int(1, 12), d: this.int(1, 28) };
  }
  /** A date with its year, in one of many spellings. */
  full(x: D, style = this.int(0, 7)): string {
    switch (style) {
      case 0: return `${x.m}/${x.d}/${x.y}`;
      case 1: return `${p2(x.m)}/${p2(x.d)}/${x.y}`;
      case 2: return `${x.y}-${p2(x.m)}-${p2(x.d)}`;
      case 3: return `${MONTHS[x.m - 1]} ${x.d}, ${x.y}`;
      case 4: return `${x.d} ${MON[x.m - 1]} ${x.y}`;
      case 5: return `${p2(x.m)}-${p2(x.d)}-${String(x.y).slice(2)}`;
      case 6: return `${MON[x.m - 1]!.toUpperCase()} ${p2(x.d)} ${x.y}`;
      default: return `${x.m}/${x.d}/${String(x.y).slice(2)}`;
    }
  }
  /** A date without its year. */
  short(x: D): string {
    return this.pick([`${x.m}/${x.d}`, `${MON[x.m - 1]} ${x.d}`, `${MONTHS[x.m - 1]} ${x.d}th`, `${p2(x.m)}/${p2(x.d)}`]);
  }
  monthYear(x: D): string {
    return this.pick([`${MONTHS[x.m - 1]} ${x.y}`, `${p2(x.m)}/${x.y}`, `${MON[x.m - 1]} '${String(x.y).slice(2)}`]);
  }
  compact(x: D): string {
    return `${x.y}${p2(x.m)}${p2(x.d)}`;
  }
  time(): string {
    return this.pick([`${p2(this.int(0, 23))}${p2(this.int(0, 59))}`, `${p2(this.int(0, 23))}:${p2(this.int(0, 59))}`, `${this.int(1, 12)}:${p2(this.int(0, 59))} ${this.pick(["AM", "PM", "am", "pm"])}`]);
  }

  // ---- contact ----
  phoneDigits(): string {
    return `${this.int(2, 9)}${this.digits(2)}${this.int(2, 9)}${this.digits(6)}`;
  }
  phone(d = this.phoneDigits()): string {
    const a = d.slice(0, 3), b = d.slice(3, 6), c = d.slice(6);
    return this.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a} ${b} ${c}`, `1-${a}-${b}-${c}`, `+1 ${a} ${b} ${c}`, `${a}${b}${c}`, `(${a})${b}-${c}`]);
  }
  email(p: Person): string {
    const dom = this.pick(["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com", "comcast.net", "aol.com", "proton.me"]);
    const f = p.first.toLowerCase().replace(/[^a-z]/g, "");
    const l = p.last.toLowerCase().replace(/[^a-z]/g, "");
    return `${this.pick([`${f}.${l}`, `${f[0] ?? "x"}${l}`, `${l}${this.int(1, 99)}`, `${f}_${this.int(1960, 2012)}`])}@${dom}`;
  }
  street(): string {
    return this.us.location.streetAddress(this.chance(0.2));
  }
  unit(): string {
    return this.pick([`Apt ${this.int(1, 40)}${this.pick(["", "B", "C"])}`, `Unit ${this.int(100, 999)}`, `#${this.int(2, 30)}`, `Lot ${this.int(1, 80)}`, `Ste ${this.int(100, 400)}`]);
  }
  city(): string {
    return this.chance(0.25) ? this.pick(L.WORD_PLACES) : this.us.location.city();
  }
  county(): string {
    return this.chance(0.4) ? this.pick(L.WORD_COUNTIES) : `${this.us.location.county().replace(/ County$/, "")} County`;
  }
  state(): string {
    return this.us.location.state({ abbreviated: this.chance(0.7) });
  }
  zip(): string {
    return this.chance(0.15) ? `${this.digits(5)}-${this.digits(4)}` : this.digits(5);
  }

  // ---- facilities ----
  facility(): string {
    const r = this.rng.next();
    if (r < 0.35) return `${this.pick(L.SAINTS)} ${this.pick(L.FAC_KIND)}`;
    if (r < 0.65) return `${this.city()} ${this.pick(L.FAC_KIND)}`;
    return `${this.pick(L.WORD_SURNAME)} ${this.pick(["Memorial Hospital", "Family Practice", "Children's Clinic", "Health Partners", "Cardiology Associates", "Oncology Group"])}`;
  }
  school(): string {
    return `${this.pick([this.surname(), this.city(), "Lincoln", "Cesar Chavez", "Sojourner Truth", "Pine Ridge"])} ${this.pick(L.SCHOOL_KIND)}`;
  }
  jail(): string {
    return `${this.county().replace(/ County| Parish/, "")} ${this.pick(L.JAIL_KIND)}`;
  }
  employer(): string {
    return this.chance(0.5) ? this.pick(L.EMPLOYER) : this.us.company.name();
  }

  // ---- numbers ----
  mrn(): string {
    return this.pick([this.digits(8), `${this.digits(3)}-${this.digits(3)}-${this.digits(2)}`, `E${this.digits(7)}`, `MR${this.digits(6)}`, this.digits(10)]);
  }
  ssn(): string {
    return this.pick([`${this.int(100, 665)}-${this.digits(2)}-${this.digits(4)}`, `xxx-xx-${this.digits(4)}`, `${this.int(100, 665)}${this.digits(6)}`]);
  }
  memberId(): string {
    return this.pick([`${this.rng.letters(3)}${this.digits(9)}`, `${this.int(1, 9)}${this.rng.letters(2)}${this.int(0, 9)}-${this.rng.letters(2)}${this.int(0, 9)}-${this.rng.letters(2)}${this.digits(2)}`, `W${this.digits(9)}`, `${this.digits(9)}${this.rng.letters(1)}`]);
  }
  npi(): string {
    return `1${this.digits(9)}`;
  }
  dea(): string {
    return `${this.rng.letters(2, "ABFGM")}${this.digits(7)}`;
  }
  serial(): string {
    return this.pick([`${this.rng.letters(3)}${this.digits(6)}${this.rng.letters(1)}`, `${this.digits(9)}`, `${this.rng.letters(2)}${this.digits(7)}`, `${this.rng.letters(2)}-${this.digits(8)}`]);
  }
  plate(): string {
    return this.pick([`${this.rng.letters(3)}-${this.digits(4)}`, `${this.digits(1)}${this.rng.letters(3)}${this.digits(3)}`, `${this.rng.letters(3)} ${this.digits(3)}`]);
  }
  url(): string {
    return this.pick([`https://${this.pick(["mychart", "portal", "visit", "pay"])}.${this.us.internet.domainWord()}health.org/${this.rng.letters(6, "abcdefghjkmnpqrstuvwxyz23456789")}`, `https://${this.us.internet.domainName()}/p/${this.digits(7)}`, `www.${this.us.internet.domainWord()}.com/${this.rng.letters(5, "abcdefghkmnpqrstuvwxyz")}`]);
  }
  ip(): string {
    return this.chance(0.8) ? this.us.internet.ipv4() : this.us.internet.ipv6();
  }

  // ---- distractors (never gold) ----
  vitals(): string {
    return this.pick([
      `BP ${this.int(96, 168)}/${this.int(58, 98)}, HR ${this.int(52, 128)}, RR ${this.int(12, 28)}, SpO2 ${this.int(88, 100)}% RA, T ${(97 + this.rng.next() * 5).toFixed(1)} F`,
      `Wt ${(20 + this.rng.next() * 80).toFixed(1)} kg, BMI ${(16 + this.rng.next() * 20).toFixed(1)}`,
      `A1c ${(5 + this.rng.next() * 5).toFixed(1)}%, LDL ${this.int(60, 190)} mg/dL (LOINC ${this.pick(L.LOINC)})`,
      `glucose ${this.int(60, 420)} mg/dL at ${this.time()}`,
      `pain ${this.int(0, 10)}/10, GCS ${this.int(9, 15)}`,
    ]);
  }
  code(): string {
    return this.pick([`ICD-10 ${this.pick(L.ICD10)}`, `CPT ${this.pick(L.CPT)}`, `NDC ${this.digits(5)}-${this.digits(4)}-${this.digits(2)}`, `Dx ${this.pick(L.ICD10)}`]);
  }
  drug(): string {
    return `${this.pick(L.BRANDS)} ${this.pick(["10 mg", "2.5 mg", "40 mg", "0.25 mg/0.5 mL", "500 mg", "1 tab"])} ${this.pick(["daily", "BID", "q8h PRN", "weekly", "qHS", "TID"])}`;
  }
  clin(): string {
    return this.pick([this.vitals(), this.code(), this.drug(), `${this.pick(L.EPONYMS)} ${this.pick(["negative", "positive", "noted", "done"])}`, `room ${this.int(100, 899)}${this.pick(["", "A", "B"])}, bed ${this.int(1, 4)}`, `since ${this.int(1995, 2024)}`, `${this.pick(L.MAKERS)} rep notified`, `moved from ${this.pick(L.STATES)}`]);
  }

  // ---- the record ----
  known(p: Person, extra: { dob?: D; mrn?: string; phone?: string; email?: string; address?: { line1: string; city: string; state: string; zip: string } }, others: Person[]): KnownIdentifiers {
    const up = this.chance(0.2);
    const f = (s: string) => (up ? s.toUpperCase() : s);
    const pt: KnownPatient = { firstName: f(p.first), lastName: f(p.last) };
    if (p.middle && this.chance(0.6)) pt.middleName = f(p.middle);
    if (p.nick && this.chance(0.5)) pt.nicknames = [p.nick];
    if (extra.dob) pt.dob = this.chance(0.6) ? `${extra.dob.y}-${p2(extra.dob.m)}-${p2(extra.dob.d)}` : `${p2(extra.dob.m)}/${p2(extra.dob.d)}/${extra.dob.y}`;
    if (extra.mrn) pt.mrn = this.chance(0.5) ? extra.mrn.replace(/[^0-9A-Za-z]/g, "") : extra.mrn;
    if (extra.phone) pt.phone = this.chance(0.5) ? extra.phone.replace(/\D/g, "").slice(-10) : extra.phone;
    if (extra.email) pt.email = this.chance(0.2) ? extra.email.toUpperCase() : extra.email;
    if (extra.address) pt.address = { ...extra.address, zip: extra.address.zip.slice(0, 5) };
    const otherPeople: PersonName[] = others.filter(() => this.chance(0.7)).map((o) => ({ firstName: o.first, lastName: o.last }));
    return otherPeople.length ? { patient: pt, otherPeople } : { patient: pt };
  }
}
