/**
 * Value kit of the fourth held-out corpus: people from faker's Latin-script
 * locales and the author's lists, dates in many spellings, identifier shapes
 * and distractors. Seeded, so a seed gives the same notes.
 */
import {
  fakerAF_ZA, fakerCS_CZ, fakerDE, fakerEN_IN, fakerEN_NG, fakerEN_US, fakerFI, fakerFR, fakerHR, fakerHU, fakerIT, fakerLV,
  fakerNB_NO, fakerNL, fakerPL, fakerPT_BR, fakerRO, fakerSK, fakerSV, fakerTR, type Faker,
} from "@faker-js/faker";
import { Rng } from "../../lib/phi/corpus/rng";
import { BARE_FACILITIES, CPT, DRUGS, EMAIL_DOMAINS, EPONYMS, FACILITY_STEMS, ICD10, LOINC, NICKNAMES, PARTICLE_SURNAMES, ROADS, WORD_CITIES, WORD_COUNTIES, WORD_GIVEN, WORD_SURNAMES } from "./lists";

export interface D { y: number; m: number; d: number }
export interface Person { first: string; last: string; middle?: string; nick?: string; female: boolean }

const LOCALES: readonly Faker[] = [fakerEN_US, fakerEN_US, fakerEN_US, fakerDE, fakerFR, fakerIT, fakerPT_BR, fakerPL, fakerTR, fakerNB_NO, fakerNL, fakerSV, fakerFI, fakerCS_CZ, fakerHU, fakerRO, fakerSK, fakerHR, fakerLV, fakerAF_ZA, fakerEN_NG, fakerEN_IN];
const MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const p2 = (x: number) => String(x).padStart(2, "0");

export function ordinal(x: number): string {
  const t = x % 100;
  if (t >= 11 && t <= 13) return `${x}th`;
  return `${x}${["th", "st", "nd", "rd"][x % 10] ?? "th"}`;
}

export type DateFmt = "mdy" | "mdy1" | "mdy2" | "iso" | "dmony" | "mony" | "monthy" | "monthth" | "DMONY" | "md" | "mon" | "dmon" | "th" | "dot" | "sp" | "compact";

export function fmtDate(x: D, f: DateFmt): string {
  const { y, m, d } = x;
  switch (f) {
    case "mdy": return `${p2(m)}/${p2(d)}/${y}`;
    case "mdy1": return `${m}/${d}/${y}`;
    case "mdy2": return `${m}/${d}/${p2(y % 100)}`;
    case "iso": return `${y}-${p2(m)}-${p2(d)}`;
    case "dmony": return `${d}-${MON[m - 1]}-${y}`;
    case "mony": return `${MON[m - 1]} ${d}, ${y}`;
    case "monthy": return `${MONTH[m - 1]} ${d}, ${y}`;
    case "monthth": return `${MONTH[m - 1]} ${ordinal(d)}, ${y}`;
    case "DMONY": return `${p2(d)}${MON[m - 1]!.toUpperCase()}${y}`;
    case "md": return `${m}/${d}`;
    case "mon": return `${MON[m - 1]} ${d}`;
    case "dmon": return `${d}-${MON[m - 1]}`;
    case "th": return ordinal(d);
    case "dot": return `${p2(d)}.${p2(m)}.${y}`;
    case "sp": return `${p2(m)} ${p2(d)} ${p2(y % 100)}`;
    case "compact": return `${y}${p2(m)}${p2(d)}`;
  }
}

export const FULL_FORMATS: readonly DateFmt[] = ["mdy", "mdy", "mdy1", "mdy2", "iso", "dmony", "mony", "monthy", "monthth", "DMONY"];
export const PARTIAL_FORMATS: readonly DateFmt[] = ["md", "mon", "dmon", "th"];

export class Ctx extends Rng {
  constructor(seed: number) {
    super(seed);
    LOCALES.forEach((f, i) => f.seed(seed * 31 + i));
  }

  private get f(): Faker { return fakerEN_US; }

  person(locale?: Faker): Person {
    const f = locale ?? this.pick(LOCALES);
    const female = this.chance(0.5);
    const sex = female ? "female" : "male";
    let first = f.person.firstName(sex);
    let last = f.person.lastName(sex);
    let nick: string | undefined;
    const r = this.next();
    if (r < 0.07) first = this.pick(WORD_GIVEN);
    else if (r < 0.14) { const [formal, short] = this.pick(NICKNAMES); first = formal; nick = short; }
    const s = this.next();
    if (s < 0.08) last = this.pick(WORD_SURNAMES);
    else if (s < 0.16) last = this.pick(PARTICLE_SURNAMES);
    else if (s < 0.2) last = `${last}-${f.person.lastName(sex)}`;
    const middle = this.chance(0.45) ? f.person.firstName(sex) : undefined;
    return { first, last, middle, nick, female };
  }

  date(yLo: number, yHi: number): D { return { y: this.int(yLo, yHi), m: this.int(1, 12), d: this.int(1, 28) }; }
  /** An adult's birth date (ages about 19 to 88 in 2026). */
  dob(): D { return this.date(1938, 2007); }
  /** A date of care in 2025-2026. */
  recent(): D { return this.date(2025, 2026); }
  full(x: D): string { return fmtDate(x, this.pick(FULL_FORMATS)); }
  partial(x: D): string { return fmtDate(x, this.pick(PARTIAL_FORMATS)); }
  /** An age of 90 or more (gold) or under 90 (not gold). */
  oldAge(): number { return this.int(90, 104); }
  youngAge(): number { return this.int(19, 89); }

  mrn(): string {
    switch (this.int(0, 5)) {
      case 0: return `M${this.digits(7)}`;
      case 1: return this.digits(8);
      case 2: return `00${this.digits(7)}`;
      case 3: return `${this.digits(3)}-${this.digits(3)}-${this.digits(3)}`;
      case 4: return `E${this.digits(9)}`;
      default: return `${this.letters(2)}${this.digits(6)}`;
    }
  }
  phone(): string {
    const a = `${this.int(2, 9)}${this.digits(2)}`, e = `${this.int(2, 9)}${this.digits(2)}`, l = this.digits(4);
    switch (this.int(0, 6)) {
      case 0: return `(${a}) ${e}-${l}`;
      case 1: return `${a}-${e}-${l}`;
      case 2: return `${a}.${e}.${l}`;
      case 3: return `+1 ${a} ${e} ${l}`;
      case 4: return `${a}${e}${l}`;
      case 5: return `1-${a}-${e}-${l}`;
      default: return `(${a})${e}-${l}`;
    }
  }
  ext(): string { return this.pick([" ext. ", " x", " ext ", ", ext "]) + this.digits(this.int(3, 4)); }
  tollFree(): string { return `1-${this.pick(["800", "866", "877", "888"])}-${this.int(2, 9)}${this.digits(2)}-${this.digits(4)}`; }
  ssn(): string {
    const l = this.digits(4);
    switch (this.int(0, 4)) {
      case 0: return `XXX-XX-${l}`;
      case 1: return `***-**-${l}`;
      case 2: return `${this.int(1, 8)}${this.digits(2)} ${this.digits(2)} ${l}`;
      default: return `${this.int(1, 8)}${this.digits(2)}-${this.digits(2)}-${l}`;
    }
  }
  email(p: Person): string {
    const f = p.first.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "");
    const l = p.last.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "");
    const local = this.pick([`${f}.${l}`, `${f[0]}${l}${this.int(1, 99)}`, `${l}${f}`, `${f}_${this.int(1950, 2005)}`, `${f}${l[0]}`]);
    return `${local}@${this.pick(EMAIL_DOMAINS)}`;
  }
  member(): string {
    switch (this.int(0, 4)) {
      case 0: return `${this.letters(3)}${this.digits(9)}`;
      case 1: return `W${this.digits(9)}`;
      case 2: return `${this.int(1, 9)}${this.letters(2)}${this.int(0, 9)}-${this.letters(2)}${this.int(0, 9)}-${this.letters(2)}${this.digits(2)}`;
      case 3: return `${this.letters(2)}${this.digits(5)}${this.letters(1)}`;
      default: return `${this.digits(11)}`;
    }
  }
  group(): string { return this.pick([`${this.digits(6)}`, `GRP-${this.digits(5)}`, `${this.letters(1)}${this.digits(7)}`]); }
  npi(): string { return `1${this.digits(9)}`; }
  dea(): string { return `${this.letters(2)}${this.digits(7)}`; }
  stateLic(): string { return this.pick([`${this.letters(2)}-${this.digits(6)}`, `${this.digits(8)}`, `${this.letters(1)}${this.digits(5)}`]); }
  serial(): string { return this.pick([`${this.letters(3)}${this.digits(6)}`, `${this.digits(2)}${this.letters(1)}${this.digits(7)}`, `${this.digits(10)}`, `${this.letters(1)}${this.digits(4)}-${this.digits(5)}`]); }
  plate(): string { return this.pick([`${this.int(1, 9)}${this.letters(3)}${this.digits(3)}`, `${this.letters(3)}-${this.digits(4)}`, `${this.letters(3)} ${this.digits(3)}`]); }
  vin(): string { return this.f.vehicle.vin(); }
  acct(): string { return this.pick([`${this.digits(9)}`, `A${this.digits(8)}`, `${this.digits(4)}-${this.digits(6)}`]); }
  ip(): string { return this.f.internet.ipv4(); }
  uuid(): string { return this.f.string.uuid(); }
  street(): string { return this.chance(0.12) ? this.pick([`PO Box ${this.int(10, 9999)}`, `RR ${this.int(1, 9)} Box ${this.int(1, 300)}`, `HC ${this.int(30, 80)} Box ${this.int(1, 99)}`]) : this.f.location.streetAddress(this.chance(0.25)); }
  road(): string { return this.chance(0.5) ? this.pick(ROADS) : this.f.location.street(); }
  unit(): string { return this.pick([`Apt ${this.int(1, 40)}${this.letters(1, "ABCD")}`, `Unit ${this.int(1, 300)}`, `#${this.int(1, 99)}`, `Lot ${this.int(1, 80)}`]); }
  city(): string { return this.chance(0.3) ? this.pick(WORD_CITIES) : this.f.location.city(); }
  county(): string { return this.chance(0.4) ? this.pick(WORD_COUNTIES) : this.f.location.county(); }
  state(): string { return this.f.location.state({ abbreviated: true }); }
  stateName(): string { return this.f.location.state(); }
  zip(): string { return this.chance(0.15) ? `${this.digits(5)}-${this.digits(4)}` : this.f.location.zipCode("#####"); }
  /** A named facility: kind words optional (`Cedar Crest` alone is a nursing home). */
  facility(kinds: readonly string[]): string {
    if (this.chance(0.25)) return this.pick(BARE_FACILITIES);
    const stem = this.chance(0.3) ? this.city() : this.pick(FACILITY_STEMS);
    return `${stem} ${this.pick(kinds)}`;
  }
  company(): string { return this.f.company.name(); }

  // Distractors (never gold).
  drug(): string { return this.pick(DRUGS); }
  icd(): string { return this.pick(ICD10); }
  cpt(): string { return this.pick(CPT); }
  loinc(): string { return this.pick(LOINC); }
  eponym(): string { return this.pick(EPONYMS); }
  ndc(): string { return `${this.digits(5)}-${this.digits(4)}-${this.digits(2)}`; }
  lot(): string { return `${this.letters(2)}${this.digits(4)}${this.chance(0.5) ? this.letters(1) : ""}`; }
  time(): string { return this.pick([`${p2(this.int(0, 23))}:${p2(this.int(0, 59))}`, `${p2(this.int(0, 23))}${p2(this.int(0, 59))}`, `${this.int(1, 12)}:${p2(this.int(0, 59))} ${this.pick(["AM", "PM", "am", "pm"])}`]); }
  vitals(): string { return `BP ${this.int(96, 178)}/${this.int(52, 104)}, HR ${this.int(52, 118)}, RR ${this.int(12, 24)}, T ${(36 + this.next() * 2).toFixed(1)} C, SpO2 ${this.int(88, 100)}%`; }
  year(): string { return String(this.int(1975, 2025)); }
}
