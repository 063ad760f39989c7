/**
 * Identifier values: people, dates, numbers, places. Names mix faker (many
 * Latin-script locales) with the hand-written lists in lists.ts; places and
 * streets come from faker's en_US data.
 */
import {
  Faker, base, en, en_US, fr_CA, en_AU, en_IE, en_GH, en_ZA, zu_ZA, fr_SN, pt_PT, de_AT, de_CH, nl_BE, da, fi, nb_NO,
  hr, sk, sl_SI, lv, id_ID, sr_RS_latin, es, en_CA, type LocaleDefinition,
} from "@faker-js/faker";
import { Rng } from "../../lib/phi/corpus/rng";
import {
  ACCENT_FIRST, AFRICAN_FIRST, AFRICAN_LAST, ASIAN_FIRST, ASIAN_LAST, EMPLOYER_TAIL, FACILITY_HEAD, FACILITY_TAIL,
  NICKNAMES, PARTICLE_LAST, SCHOOL_TAIL, SHORT_FIRST, SHORT_LAST, WORD_CITIES, WORD_COUNTIES, WORD_FIRST, WORD_LAST,
} from "./lists";

const LOCALES: LocaleDefinition[] = [en_US, en_US, en_US, fr_CA, en_AU, en_IE, en_GH, en_ZA, zu_ZA, fr_SN, pt_PT, de_AT, de_CH, nl_BE, da, fi, nb_NO, hr, sk, sl_SI, lv, id_ID, sr_RS_latin, es, en_CA];

export interface Person {
  first: string;
  middle?: string;
  last: string;
  nick?: string;
  sex: "F" | "M";
}

export interface Place {
  line1: string;
  line2?: string;
  city: string;
  county: string;
  state: string;
  stateAbbr: string;
  zip: string;
}

export interface Patient extends Person {
  dob: Date;
  mrn: string;
  phone: string;
  email: string;
  home: Place;
}

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const ord = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;

export class Values {
  readonly r: Rng;
  private readonly fakers: Faker[];
  readonly us: Faker;

  constructor(seed: number) {
    this.r = new Rng(seed);
    this.fakers = LOCALES.map((l, i) => {
      const f = new Faker({ locale: [l, en, base] });
      f.seed(seed * 31 + i);
      return f;
    });
    this.us = this.fakers[0]!;
  }

  private faker(): Faker {
    return this.r.pick(this.fakers);
  }

  firstName(sex: "F" | "M"): string {
    const k = this.r.next();
    if (k < 0.1) return this.r.pick(WORD_FIRST);
    if (k < 0.15) return this.r.pick(SHORT_FIRST);
    if (k < 0.23) return this.r.pick(ASIAN_FIRST);
    if (k < 0.31) return this.r.pick(AFRICAN_FIRST);
    if (k < 0.36) return this.r.pick(ACCENT_FIRST);
    return this.faker().person.firstName(sex === "F" ? "female" : "male");
  }

  lastName(): string {
    const k = this.r.next();
    if (k < 0.12) return this.r.pick(WORD_LAST);
    if (k < 0.17) return this.r.pick(SHORT_LAST);
    if (k < 0.25) return this.r.pick(ASIAN_LAST);
    if (k < 0.32) return this.r.pick(AFRICAN_LAST);
    if (k < 0.42) return this.r.pick(PARTICLE_LAST);
    const f = this.faker();
    return f.person.lastName();
  }

  person(sex?: "F" | "M"): Person {
    const s = sex ?? (this.r.chance(0.5) ? "F" : "M");
    const p: Person = { first: this.firstName(s), last: this.lastName(), sex: s };
    if (this.r.chance(0.12)) {
      const [formal, nick] = this.r.pick(NICKNAMES);
      p.first = formal;
      p.nick = nick;
    }
    if (this.r.chance(0.35)) p.middle = this.firstName(s);
    return p;
  }

  patient(minAge = 1, maxAge = 88): Patient {
    const p = this.person();
    const age = this.r.int(minAge, maxAge);
    const dob = new Date(Date.UTC(2026 - age, this.r.int(0, 11), this.r.int(1, 28)));
    return { ...p, dob, mrn: this.mrnRaw(), phone: this.phoneDigits(), email: this.email(p), home: this.place() };
  }

  place(): Place {
    const f = this.us;
    const p: Place = {
      line1: this.r.chance(0.1) ? `PO Box ${this.r.int(1, 9999)}` : this.r.chance(0.08) ? `${this.r.int(100, 99999)} County Road ${this.r.int(1, 999)}` : f.location.streetAddress(false),
      city: this.city(),
      county: this.county(),
      state: f.location.state(),
      stateAbbr: f.location.state({ abbreviated: true }),
      zip: this.r.chance(0.15) ? f.location.zipCode("#####-####") : f.location.zipCode("#####"),
    };
    if (this.r.chance(0.25)) p.line2 = this.r.pick([`Apt ${this.r.int(1, 40)}${this.r.pick(["", "A", "B", "C"])}`, `Unit ${this.r.int(100, 999)}`, `#${this.r.int(2, 300)}`, `Lot ${this.r.int(1, 90)}`, `Trlr ${this.r.int(1, 60)}`]);
    return p;
  }

  /** A city: faker en_US, or (one in five) a real town named like a person or a word. */
  city(): string {
    return this.r.chance(0.2) ? this.r.pick(WORD_CITIES) : this.us.location.city();
  }

  county(): string {
    return this.r.chance(0.2) ? this.r.pick(WORD_COUNTIES) : this.us.location.county();
  }

  street(): string {
    return this.us.location.street();
  }

  /** Date in a random year range (relative to 2026). */
  date(fromYearsAgo = 3, toYearsAgo = 0): Date {
    const y = 2026 - this.r.int(toYearsAgo, fromYearsAgo);
    return new Date(Date.UTC(y, this.r.int(0, 11), this.r.int(1, 28)));
  }

  /** A date as US practices write it; `style` picks the family. */
  fmtDate(d: Date, style?: string): string {
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth() + 1;
    const day = d.getUTCDate();
    const mon = MONTHS[m - 1]!;
    const fmts: Record<string, () => string> = {
      mdy: () => `${pad(m)}/${pad(day)}/${y}`,
      mdyShort: () => `${m}/${day}/${String(y).slice(2)}`,
      mdyLoose: () => `${m}/${day}/${y}`,
      iso: () => `${y}-${pad(m)}-${pad(day)}`,
      dash: () => `${m}-${day}-${String(y).slice(2)}`,
      long: () => `${mon} ${day}, ${y}`,
      longOrd: () => `${mon} ${ord(day)}, ${y}`,
      abbr: () => `${mon.slice(0, 3)} ${day}, ${y}`,
      abbrDot: () => `${mon.slice(0, 3)}. ${day}`,
      dmy: () => `${day} ${mon.slice(0, 3)} ${y}`,
      dmyDash: () => `${pad(day)}-${mon.slice(0, 3).toUpperCase()}-${y}`,
      md: () => `${m}/${day}`,
      mdLong: () => `${mon} ${day}`,
      mdOrd: () => `${mon} ${ord(day)}`,
      ordOf: () => `${ord(day)} of ${mon}`,
      monthYear: () => `${mon} ${y}`,
      monYr: () => `${mon.slice(0, 3)} '${String(y).slice(2)}`,
      dots: () => `${pad(m)}.${pad(day)}.${String(y).slice(2)}`,
      compact: () => `${y}${pad(m)}${pad(day)}`,
      spaced: () => `${pad(m)} ${pad(day)} ${y}`,
      es: () => `${day} de ${MESES[m - 1]} de ${y}`,
      esShort: () => `${day} de ${MESES[m - 1]}`,
      esNum: () => `${pad(day)}/${pad(m)}/${y}`,
    };
    const key = style ?? this.r.pick(["mdy", "mdy", "mdy", "mdyShort", "mdyLoose", "iso", "dash", "long", "longOrd", "abbr", "abbrDot", "dmy", "dmyDash", "md", "md", "mdLong", "mdOrd", "ordOf", "monthYear", "monYr", "dots"]);
    return fmts[key]!();
  }

  /** Ten digits with a plausible NANP area code and exchange. */
  phoneDigits(): string {
    return `${this.r.int(2, 9)}${this.r.int(0, 8)}${this.r.int(0, 9)}${this.r.int(2, 9)}${this.r.digits(6)}`;
  }

  fmtPhone(d: string, style?: number): string {
    const a = d.slice(0, 3), b = d.slice(3, 6), c = d.slice(6);
    const s = style ?? this.r.int(0, 8);
    return [`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, d, `+1 ${a} ${b} ${c}`, `1-${a}-${b}-${c}`, `${a} ${b} ${c}`, `(${a})${b}-${c}`, `${a}/${b}-${c}`][s]!;
  }

  phone(): string {
    return this.fmtPhone(this.phoneDigits());
  }

  email(p: Person): string {
    const f = this.r.pick(this.fakers);
    const k = this.r.int(0, 3);
    if (k === 0) return f.internet.email({ firstName: p.first, lastName: p.last }).toLowerCase();
    const clean = (s: string) => s.normalize("NFD").replace(/[^A-Za-z]/g, "").toLowerCase();
    const dom = this.r.pick(["gmail.com", "yahoo.com", "hotmail.com", "aol.com", "icloud.com", "comcast.net", "att.net", "outlook.com", "protonmail.com", "sbcglobal.net"]);
    if (k === 1) return `${clean(p.first)}.${clean(p.last)}${this.r.int(1, 99)}@${dom}`;
    if (k === 2) return `${clean(p.first).slice(0, 1)}${clean(p.last)}@${dom}`;
    return `${this.r.pick(["grandma", "mimi", "nana", "papa", "bigmike", "texasrose", "jesusfreak", "buckeye", "hawkeye", "dawgfan"])}${this.r.int(1, 2024)}@${dom}`;
  }

  ssn(): string {
    const a = pad(this.r.int(1, 665), 3), b = pad(this.r.int(1, 99)), c = pad(this.r.int(1, 9999), 4);
    return this.r.pick([`${a}-${b}-${c}`, `${a}-${b}-${c}`, `${a} ${b} ${c}`, `${a}${b}${c}`, `XXX-XX-${c}`, `***-**-${c}`]);
  }

  mrnRaw(): string {
    return this.r.pick([() => this.r.digits(8), () => this.r.digits(7), () => `00${this.r.digits(6)}`, () => `E${this.r.digits(7)}`, () => `${this.r.letters(2)}${this.r.digits(6)}`])();
  }

  fmtMrn(m: string): string {
    if (/^\d{8}$/.test(m) && this.r.chance(0.3)) return `${m.slice(0, 2)}-${m.slice(2, 4)}-${m.slice(4)}`;
    if (/^\d{7}$/.test(m) && this.r.chance(0.3)) return `${m.slice(0, 3)}-${m.slice(3)}`;
    return m;
  }

  memberId(): string {
    return this.r.pick([
      () => `${this.r.letters(3)}${this.r.digits(9)}`,
      () => `W${this.r.digits(9)}`,
      () => `${this.r.digits(1)}${this.r.letters(2)}${this.r.digits(1)}-${this.r.letters(2)}${this.r.digits(1)}-${this.r.letters(2)}${this.r.digits(2)}`,
      () => `${this.r.letters(2)}${this.r.digits(8)}`,
      () => `${this.r.digits(11)}`,
      () => `U${this.r.digits(8)}0${this.r.digits(1)}`,
    ])();
  }

  groupNo(): string {
    return this.r.pick([() => this.r.digits(6), () => `${this.r.letters(1)}${this.r.digits(5)}`, () => `GRP-${this.r.digits(5)}`])();
  }

  account(): string {
    return this.r.pick([() => this.r.digits(9), () => `${this.r.digits(4)}-${this.r.digits(6)}`, () => `A${this.r.digits(8)}`, () => `HAR${this.r.digits(7)}`])();
  }

  claim(): string {
    return this.r.pick([() => `${this.r.digits(2)}${this.r.digits(3)}${this.r.digits(8)}`, () => `CLM-${this.r.digits(4)}-${this.r.digits(7)}`, () => `${this.r.letters(1)}${this.r.digits(10)}`, () => `${this.r.digits(4)}${this.r.letters(2)}${this.r.digits(6)}`])();
  }

  npi(): string {
    return `1${this.r.digits(9)}`;
  }

  dea(): string {
    return `${this.r.pick(["A", "B", "F", "M"])}${this.r.letters(1)}${this.r.digits(7)}`;
  }

  stateLicense(): string {
    return this.r.pick([() => `${this.r.letters(2)}${this.r.digits(6)}`, () => `${this.r.digits(2)}-${this.r.digits(5)}`, () => `RN${this.r.digits(7)}`, () => `${this.r.letters(1)}${this.r.digits(5)}`])();
  }

  driverLicense(): string {
    return this.r.pick([() => `${this.r.letters(1)}${this.r.digits(3)}-${this.r.digits(4)}-${this.r.digits(4)}`, () => this.r.digits(9), () => `${this.r.letters(1)}${this.r.digits(7)}`, () => `${this.r.digits(3)} ${this.r.digits(3)} ${this.r.digits(3)}`])();
  }

  serial(): string {
    return this.r.pick([() => `${this.r.letters(3)}${this.r.digits(6)}`, () => `${this.r.digits(2)}${this.r.letters(1)}${this.r.digits(6)}`, () => `${this.r.letters(2)}-${this.r.digits(7)}`, () => `${this.r.digits(10)}`, () => `${this.r.letters(1)}${this.r.digits(4)}${this.r.letters(1)}${this.r.digits(4)}`])();
  }

  plate(): string {
    return this.r.pick([() => `${this.r.digits(1)}${this.r.letters(3)}${this.r.digits(3)}`, () => `${this.r.letters(3)}-${this.r.digits(4)}`, () => `${this.r.letters(3)} ${this.r.digits(3)}`, () => `${this.r.digits(3)} ${this.r.letters(3)}`])();
  }

  vin(): string {
    return this.us.vehicle.vin();
  }

  ip(): string {
    return this.r.chance(0.85) ? this.us.internet.ipv4() : this.us.internet.ipv6();
  }

  url(path = true): string {
    const host = this.r.pick([`mychart.${this.r.pick(["stbrigid", "mercyhealth", "tidewaterhealth", "prairieview"])}.org`, `portal.${this.us.internet.domainName()}`, `${this.us.internet.domainName()}`]);
    return `https://${host}${path ? `/${this.r.pick(["patient", "visit", "pay", "records", "forms"])}/${this.r.digits(6)}` : ""}`;
  }

  facility(tail?: string): string {
    const head = this.r.chance(0.35) ? this.city() : this.r.pick(FACILITY_HEAD);
    return `${head} ${tail ?? this.r.pick(FACILITY_TAIL)}`;
  }

  school(): string {
    const head = this.r.pick([() => this.us.person.lastName(), () => this.city(), () => this.r.pick(["Lincoln", "Jefferson", "Cesar Chavez", "Sojourner Truth", "Riverside", "Oak Grove", "Hillcrest", "Pine Ridge"])])();
    return `${head} ${this.r.pick(SCHOOL_TAIL)}`;
  }

  employer(): string {
    return this.r.chance(0.5) ? `${this.r.pick(["Tri-County", "Great Plains", "Blue Ridge", "Keystone", "Gulf Coast", "Heartland"])} ${this.r.pick(EMPLOYER_TAIL)}` : this.us.company.name();
  }

  ord(n: number): string {
    return ord(n);
  }
}
