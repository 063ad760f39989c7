/**
 * The fifth held-out corpus's value kit: a seeded RNG with faker in many
 * Latin-script locales, and generators for every identifier kind and date
 * spelling the styles write.
 */
import {
  Faker, base, en, en_US, es_MX, pt_PT, fr_CA, it, de_AT, nl_BE, ro, hr, sl_SI, tr, id_ID, vi, zu_ZA, yo_NG, en_AU, en_GH, en_IE, cy, da, sr_RS_latin,
  type LocaleDefinition,
} from "@faker-js/faker";
import { Rng } from "../../lib/phi/corpus/rng";
import { NAMED_ROADS, NICKNAMES, PARTICLE_SURNAMES, STATES, WORD_CITIES, WORD_COUNTIES, WORD_GIVEN, WORD_SURNAMES, FACILITY_STEMS, FACILITY_KINDS } from "./lists";

export interface Person { first: string; last: string; middle?: string; nick?: string }
export interface D { y: number; m: number; d: number }

const LOCALES: LocaleDefinition[] = [en_US, en_US, en_US, es_MX, pt_PT, fr_CA, it, de_AT, nl_BE, ro, hr, sl_SI, tr, id_ID, vi, zu_ZA, yo_NG, en_AU, en_GH, en_IE, cy, da, sr_RS_latin];
const MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const p2 = (n: number) => String(n).padStart(2, "0");
const ord = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;

export type DateForm = "mdy" | "md-short" | "iso" | "Mon d, y" | "d Mon y" | "Month dth, y" | "DD-MON-YYYY" | "m-d-yy" | "ymd" | "Month d" | "m/d" | "Mon-yy" | "month y" | "the dth" | "mm/yyyy" | "d.m.y";
export const FULL_FORMS: DateForm[] = ["mdy", "md-short", "iso", "Mon d, y", "d Mon y", "Month dth, y", "DD-MON-YYYY", "m-d-yy", "ymd", "d.m.y"];
export const PARTIAL_FORMS: DateForm[] = ["Month d", "m/d", "Mon-yy", "month y", "the dth", "mm/yyyy"];

export function fmtDate(x: D, form: DateForm): string {
  const mon = MON[x.m - 1]!;
  switch (form) {
    case "mdy": return `${p2(x.m)}/${p2(x.d)}/${x.y}`;
    case "md-short": return `${x.m}/${x.d}/${String(x.y).slice(2)}`;
    case "iso": return `${x.y}-${p2(x.m)}-${p2(x.d)}`;
    case "Mon d, y": return `${mon.slice(0, 3)} ${x.d}, ${x.y}`;
    case "d Mon y": return `${x.d} ${mon.slice(0, 3)} ${x.y}`;
    case "Month dth, y": return `${mon} ${ord(x.d)}, ${x.y}`;
    case "DD-MON-YYYY": return `${p2(x.d)}-${mon.slice(0, 3).toUpperCase()}-${x.y}`;
    case "m-d-yy": return `${x.m}-${x.d}-${String(x.y).slice(2)}`;
    case "ymd": return `${x.y}${p2(x.m)}${p2(x.d)}`;
    case "d.m.y": return `${p2(x.d)}.${p2(x.m)}.${x.y}`;
    case "Month d": return `${mon} ${x.d}`;
    case "m/d": return `${x.m}/${x.d}`;
    case "Mon-yy": return `${mon.slice(0, 3)}-${String(x.y).slice(2)}`;
    case "month y": return `${mon.toLowerCase()} ${x.y}`;
    case "the dth": return `the ${ord(x.d)}`;
    case "mm/yyyy": return `${p2(x.m)}/${x.y}`;
  }
}

export class Ctx extends Rng {
  private fakers: Faker[];
  private us: Faker;
  constructor(seed: number) {
    super(seed);
    this.fakers = LOCALES.map((l, i) => {
      const f = new Faker({ locale: [l, en, base] });
      f.seed(seed * 31 + i);
      return f;
    });
    this.us = new Faker({ locale: [en_US, en, base] });
    this.us.seed(seed + 17);
  }

  person(): Person {
    const f = this.pick(this.fakers);
    const r = this.next();
    let first = f.person.firstName();
    let nick: string | undefined;
    if (r < 0.06) [first, nick] = this.pick(NICKNAMES);
    else if (r < 0.1) first = this.pick(WORD_GIVEN);
    const s = this.next();
    const last = s < 0.07 ? this.pick(PARTICLE_SURNAMES) : s < 0.12 ? this.pick(WORD_SURNAMES) : s < 0.16 ? `${f.person.lastName()}-${this.pick(this.fakers).person.lastName()}` : f.person.lastName();
    const middle = this.chance(0.45) ? f.person.firstName().split(" ")[0] : undefined;
    return { first, last, ...(middle ? { middle } : {}), ...(nick ? { nick } : {}) };
  }

  date(y0: number, y1: number): D {
    return { y: this.int(y0, y1), m: this.int(1, 12), d: this.int(1, 28) };
  }
  dob(): D { return this.date(1932, 2006); }
  recent(): D { return this.date(2025, 2026); }
  fullDate(x: D = this.recent()): string { return fmtDate(x, this.pick(FULL_FORMS)); }
  partialDate(x: D = this.recent()): string { return fmtDate(x, this.pick(PARTIAL_FORMS)); }
  youngAge(): number { return this.int(1, 88); }
  oldAge(): number { return this.int(90, 104); }

  mrn(): string {
    const r = this.int(0, 5);
    return [`MRN${this.digits(7)}`, this.digits(8), `${this.digits(3)}-${this.digits(3)}-${this.digits(3)}`, `E${this.digits(9)}`, `00${this.digits(6)}`, `${this.letters(2)}${this.digits(6)}`][r]!;
  }
  phone(): string {
    const a = `${this.int(2, 9)}${this.digits(2)}`, b = `${this.int(2, 9)}${this.digits(2)}`, c = this.digits(4);
    return this.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `+1 ${a} ${b} ${c}`, `1-${a}-${b}-${c}`, `${a}${b}${c}`, `(${a})${b}-${c}`, `${a} ${b} ${c}`]);
  }
  tollFree(): string { return `1-${this.pick(["800", "866", "877", "888"])}-${this.int(2, 9)}${this.digits(2)}-${this.digits(4)}`; }
  email(p: Person): string {
    const clean = (s: string) => s.normalize("NFD").replace(/[^A-Za-z]/g, "").toLowerCase();
    const dom = this.pick(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net", "proton.me"]);
    return this.pick([`${clean(p.first)}.${clean(p.last)}@${dom}`, `${clean(p.first)[0]}${clean(p.last)}${this.int(1, 99)}@${dom}`, `${clean(p.last)}${this.digits(4)}@${dom}`]);
  }
  workEmail(p: Person, domain: string): string {
    return `${p.first.normalize("NFD").replace(/[^A-Za-z]/g, "").toLowerCase().slice(0, 1)}${p.last.normalize("NFD").replace(/[^A-Za-z]/g, "").toLowerCase()}@${domain}`;
  }
  street(): string {
    const r = this.next();
    if (r < 0.1) return `PO Box ${this.int(10, 9999)}`;
    if (r < 0.15) return `RR ${this.int(1, 9)} Box ${this.int(10, 400)}`;
    if (r < 0.25) return `${this.int(100, 39999)} ${this.pick(NAMED_ROADS)}`;
    if (r < 0.3) return `${this.int(1, 99)}${this.pick(["", "A"])} ${this.pick(["N", "S", "E", "W"])} ${this.int(2, 120)}${this.pick(["th", "rd"])} St`;
    return this.us.location.streetAddress(false);
  }
  unit(): string { return this.pick([`Apt ${this.int(1, 40)}${this.letters(1, "ABCD")}`, `Unit ${this.int(100, 999)}`, `#${this.int(2, 30)}`, `Lot ${this.int(1, 80)}`, `Trlr ${this.int(1, 60)}`]); }
  city(): string { return this.chance(0.3) ? this.pick(WORD_CITIES) : this.us.location.city(); }
  county(): string { return this.chance(0.4) ? this.pick(WORD_COUNTIES) : `${this.us.location.county()}`; }
  state(): string { return this.pick(STATES); }
  zip(): string { return this.chance(0.15) ? `${this.digits(5)}-${this.digits(4)}` : `${this.int(1, 9)}${this.digits(4)}`; }
  facility(withWord = this.chance(0.67)): string {
    const stem = this.chance(0.25) ? this.city() : this.pick(FACILITY_STEMS);
    return withWord ? `${stem} ${this.pick(FACILITY_KINDS)}` : stem;
  }
  company(): string { return this.us.company.name(); }

  ssn(): string { return this.pick([`${this.int(100, 665)}-${this.digits(2)}-${this.digits(4)}`, `XXX-XX-${this.digits(4)}`, `${this.int(100, 665)}${this.digits(6)}`, `***-**-${this.digits(4)}`]); }
  memberId(): string { return this.pick([`${this.letters(3)}${this.digits(9)}`, `W${this.digits(9)}`, `${this.digits(11)}`, `${this.int(1, 9)}${this.letters(2)}${this.digits(1)}-${this.letters(2)}${this.digits(1)}-${this.letters(2)}${this.digits(2)}`, `ZGP${this.digits(8)}01`]); }
  mbi(): string { return `${this.int(1, 9)}${this.letters(1)}${this.letters(1)}${this.digits(1)}${this.letters(1)}${this.letters(1)}${this.digits(1)}${this.letters(2)}${this.digits(2)}`; }
  group(): string { return this.pick([this.digits(6), `GRP-${this.digits(5)}`, `${this.letters(2)}${this.digits(4)}`]); }
  account(): string { return this.pick([`A${this.digits(9)}`, `${this.digits(10)}`, `ACCT-${this.digits(7)}`, `${this.digits(4)}-${this.digits(6)}`]); }
  npi(): string { return `1${this.digits(9)}`; }
  dea(): string { return `${this.pick(["A", "B", "F", "M"])}${this.letters(1)}${this.digits(7)}`; }
  licence(): string { return this.pick([`${this.letters(1)}${this.digits(5)}`, `RN${this.digits(7)}`, `${this.digits(6)}`, `MD.${this.digits(6)}`, `${this.letters(2)}-${this.digits(5)}`]); }
  serial(): string { return this.pick([`SN${this.digits(8)}`, `${this.letters(3)}${this.digits(7)}`, `${this.digits(4)}-${this.letters(2)}-${this.digits(5)}`, `${this.letters(1)}${this.digits(2)}${this.letters(1)}${this.digits(6)}`]); }
  plate(): string { return this.pick([`${this.digits(1)}${this.letters(3)}${this.digits(3)}`, `${this.letters(3)}-${this.digits(4)}`, `${this.letters(3)} ${this.digits(3)}`, `${this.digits(3)} ${this.letters(3)}`]); }
  vin(): string { return this.us.vehicle.vin(); }
  ip(): string { return this.chance(0.85) ? this.us.internet.ipv4() : this.us.internet.ipv6(); }
  caseNo(prefix: string): string { return `${prefix}${this.digits(2)}-${this.digits(this.int(4, 7))}`; }
  lot(): string { return `${this.letters(2)}${this.digits(4)}${this.pick(["", "A", "B"])}`; }
  time(): string { return this.pick([`${p2(this.int(0, 23))}${p2(this.int(0, 59))}`, `${this.int(1, 12)}:${p2(this.int(0, 59))} ${this.pick(["AM", "PM", "am", "pm"])}`, `${p2(this.int(0, 23))}:${p2(this.int(0, 59))}`]); }
  up(s: string): string { return s.toUpperCase(); }
}
