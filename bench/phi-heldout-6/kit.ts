/**
 * The sixth held-out corpus's value kit: the seeded RNG (lib/phi/corpus/rng.ts) with faker in
 * many Latin-script locales, and generators for the identifier kinds and date spellings the styles write.
 */
import { Faker, allLocales, type LocaleDefinition } from "@faker-js/faker";
import { Rng } from "../../lib/phi/corpus/rng";
import { COUNTIES, FAC_KINDS, FAC_STEMS, NICK_PAIRS, SPECIAL_GIVEN, SPECIAL_SURNAMES, WORD_CITIES, WORD_GIVEN, WORD_SURNAMES } from "./lists";

export interface D { y: number; m: number; d: number }
export interface Person { first: string; last: string; middle?: string; nick?: string }

const LOCALES = ["en_US", "en_US", "en_US", "es", "pt_BR", "fr_SN", "de_CH", "pl", "sk", "cs_CZ", "hu", "lv", "fi", "nb_NO", "sv", "az", "uz_UZ_latin", "ku_kmr_latin", "en_IN", "en_NG", "af_ZA", "fr_BE", "en_ZA"] as const;
const MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const p2 = (n: number) => String(n).padStart(2, "0");
export const ord = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;

export type DateFmt = "mdy" | "iso" | "mdyy" | "long" | "dmon" | "DMONY" | "dotted" | "monD" | "ordinal" | "compact" | "dmy" | "mdy-dash" | "Long";
export const DATE_FMTS: readonly DateFmt[] = ["mdy", "iso", "mdyy", "long", "dmon", "DMONY", "dotted", "monD", "ordinal", "compact", "dmy", "mdy-dash", "Long"];

export function fmtDate(x: D, f: DateFmt): string {
  const { y, m, d } = x;
  switch (f) {
    case "mdy": return `${p2(m)}/${p2(d)}/${y}`;
    case "iso": return `${y}-${p2(m)}-${p2(d)}`;
    case "mdyy": return `${m}/${d}/${String(y).slice(2)}`;
    case "long": return `${MONTH[m - 1]} ${d}, ${y}`;
    case "dmon": return `${p2(d)}-${MON[m - 1]}-${y}`;
    case "DMONY": return `${p2(d)}${MON[m - 1]!.toUpperCase()}${y}`;
    case "dotted": return `${p2(d)}.${p2(m)}.${y}`;
    case "monD": return `${MON[m - 1]} ${d} ${y}`;
    case "ordinal": return `${ord(d)} of ${MONTH[m - 1]} ${y}`;
    case "compact": return `${y}${p2(m)}${p2(d)}`;
    case "dmy": return `${d} ${MONTH[m - 1]} ${y}`;
    case "mdy-dash": return `${m}-${d}-${y}`;
    case "Long": return `${MONTH[m - 1]!.toUpperCase()} ${d}, ${y}`;
  }
}

export class Ctx {
  readonly r: Rng;
  private readonly fakers: Faker[];
  readonly en: Faker;
  constructor(seed: number) {
    this.r = new Rng(seed);
    const all = allLocales as unknown as Record<string, LocaleDefinition>;
    this.fakers = LOCALES.map((l, i) => {
      const f = new Faker({ locale: [all[l]!, all.en!, all.base!] });
      f.seed(seed * 31 + i);
      return f;
    });
    this.en = this.fakers[0]!;
  }
  int(lo: number, hi: number) { return this.r.int(lo, hi); }
  chance(p: number) { return this.r.chance(p); }
  pick<T>(xs: readonly T[]): T { return this.r.pick(xs); }
  digits(n: number) { return this.r.digits(n); }
  letters(n: number) { return this.r.letters(n); }
  /** A number of `n` digits that does not start with 0. */
  num(n: number) { return String(this.int(1, 9)) + this.digits(n - 1); }

  private clean(s: string): string { return s.replace(/\s+/g, " ").trim(); }
  person(): Person {
    const f = this.pick(this.fakers);
    let first = this.clean(f.person.firstName());
    let last = this.clean(f.person.lastName());
    let nick: string | undefined;
    const r = this.r.next();
    if (r < 0.06) first = this.pick(WORD_GIVEN);
    else if (r < 0.13) first = this.pick(SPECIAL_GIVEN);
    else if (r < 0.2) [first, nick] = [...this.pick(NICK_PAIRS)];
    const s = this.r.next();
    if (s < 0.05) last = this.pick(WORD_SURNAMES);
    else if (s < 0.16) last = this.pick(SPECIAL_SURNAMES);
    else if (s < 0.2) last = `${last}-${this.clean(this.pick(this.fakers).person.lastName())}`;
    if (!/^[\p{L}][\p{L}' .-]*$/u.test(first)) first = this.en.person.firstName();
    if (!/^[\p{L}][\p{L}' .-]*$/u.test(last)) last = this.en.person.lastName();
    const middle = this.chance(0.4) ? this.clean(f.person.firstName()).split(" ")[0] : undefined;
    return { first, last, ...(middle && /^\p{L}+$/u.test(middle) ? { middle } : {}), ...(nick ? { nick } : {}) };
  }

  // Dates
  dob(): D { return { y: this.int(1932, 2024), m: this.int(1, 12), d: this.int(1, 28) }; }
  recent(): D { return { y: this.pick([2025, 2026, 2026]), m: this.int(1, 12), d: this.int(1, 28) }; }
  fullDate(x: D): string { return fmtDate(x, this.pick(DATE_FMTS)); }
  partialDate(x: D): string {
    switch (this.int(0, 6)) {
      case 0: return `${x.m}/${x.d}`;
      case 1: return `${MONTH[x.m - 1]} ${x.d}`;
      case 2: return `${MON[x.m - 1]} ${x.y}`;
      case 3: return `${MONTH[x.m - 1]!.toLowerCase()} ${x.y}`;
      case 4: return `${p2(x.m)}/${x.y}`;
      case 5: return `the ${ord(x.d)}`;
      default: return `${x.d}-${MON[x.m - 1]}`;
    }
  }
  month(x: D) { return MONTH[x.m - 1]!; }
  oldAge() { return this.int(90, 104); }
  youngAge() { return this.int(1, 89); }
  time() { return this.pick([`${p2(this.int(0, 23))}${p2(this.int(0, 59))}`, `${this.int(1, 12)}:${p2(this.int(0, 59))} ${this.pick(["AM", "PM", "am", "pm"])}`, `${p2(this.int(0, 23))}:${p2(this.int(0, 59))}`]); }

  // Places
  street(): string {
    const r = this.int(0, 9);
    if (r === 0) return `PO Box ${this.int(10, 99999)}`;
    if (r === 1) return `HC ${this.int(1, 89)} Box ${this.int(10, 999)}`;
    if (r === 2) return `${this.int(100, 99999)} County Road ${this.int(1, 400)}`;
    if (r === 3) return `${this.int(1, 9999)} ${this.pick(["N", "S", "E", "W"])} ${ord(this.int(2, 140))} ${this.pick(["St", "Ave", "Pl"])}`;
    return this.en.location.streetAddress(false);
  }
  unit() { return this.pick([`Apt ${this.int(1, 40)}${this.pick(["", "B", "C"])}`, `Unit ${this.int(100, 999)}`, `#${this.int(1, 300)}`, `Space ${this.int(1, 120)}`, `Bldg ${this.int(1, 9)}`]); }
  city() { return this.chance(0.3) ? this.pick(WORD_CITIES) : this.en.location.city(); }
  county() { return `${this.pick(COUNTIES)} County`; }
  state() { return this.en.location.state({ abbreviated: true }); }
  zip() { return this.chance(0.15) ? `${this.num(5)}-${this.digits(4)}` : this.num(5); }
  facility(kinds: readonly string[] = FAC_KINDS): string {
    if (this.chance(0.3)) return `${this.en.location.city()} ${this.pick(kinds)}`;
    const stem = this.pick(FAC_STEMS);
    return this.chance(0.45) ? stem : `${stem} ${this.pick(kinds)}`;
  }

  // Contact
  phone(): string {
    const a = this.int(201, 989), b = this.int(201, 989), c = this.digits(4);
    switch (this.int(0, 6)) {
      case 0: return `(${a}) ${b}-${c}`;
      case 1: return `${a}-${b}-${c}`;
      case 2: return `${a}.${b}.${c}`;
      case 3: return `+1 ${a} ${b} ${c}`;
      case 4: return `${a}${b}${c}`;
      case 5: return `1-${a}-${b}-${c}`;
      default: return `(${a})${b}-${c}`;
    }
  }
  tollFree() { return `1-${this.pick(["800", "866", "877", "888"])}-${this.int(201, 989)}-${this.digits(4)}`; }
  email(p: Person): string {
    const u = `${p.first}.${p.last}`.normalize("NFD").replace(/[^A-Za-z.]/g, "").toLowerCase();
    return `${this.chance(0.5) ? u : `${u.split(".")[0]}${this.int(1, 99)}`}@${this.pick(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me"])}`;
  }
  domain() { return `${this.en.internet.domainWord()}${this.pick(["health", "med", "clinic", ""])}.${this.pick(["org", "com", "net", "us"])}`; }
  url(path = "") { return `https://${this.chance(0.5) ? "www." : ""}${this.domain()}/${path}${this.letters(6).toLowerCase()}${this.digits(3)}`; }
  ipv4() { return `${this.int(11, 223)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`; }
  ipv6() { return `2601:${this.en.string.hexadecimal({ length: 3, prefix: "" }).toLowerCase()}:${this.int(100, 9999)}:${this.en.string.hexadecimal({ length: 4, prefix: "" }).toLowerCase()}::${this.int(1, 99)}`; }

  // Numbers
  mrn() { return this.pick([`${this.num(8)}`, `MR${this.digits(7)}`, `${this.digits(3)}-${this.digits(3)}-${this.digits(3)}`, `E${this.digits(9)}`, `${this.num(6)}`, `H${this.digits(2)}-${this.digits(5)}`]); }
  ssn() { const s = `${this.int(100, 665)}-${this.int(10, 99)}-${this.digits(4)}`; return this.pick([s, s.replace(/-/g, ""), s.replace(/-/g, " ")]); }
  member() { return this.pick([`${this.letters(3)}${this.num(9)}`, `${this.num(11)}`, `W${this.digits(9)}`, `${this.letters(1)}${this.digits(8)}-0${this.int(1, 4)}`]); }
  mbi() { return `${this.int(1, 9)}${this.letters(1)}${this.int(0, 9)}${this.letters(1)}${this.int(0, 9)}${this.letters(2)}${this.int(0, 9)}${this.letters(1)}${this.digits(2)}`; }
  group() { return this.pick([`${this.num(6)}`, `GRP-${this.digits(5)}`, `${this.letters(2)}${this.digits(4)}`]); }
  npi() { return `1${this.digits(9)}`; }
  dea() { return `${this.pick(["A", "B", "F", "M"])}${this.letters(1)}${this.digits(7)}`; }
  licence() { return this.pick([`${this.letters(2)}${this.num(6)}`, `${this.num(5)}`, `RN${this.digits(7)}`, `${this.letters(1)}-${this.digits(5)}`, `${this.digits(4)}-${this.digits(6)}`]); }
  serial() { return this.pick([`${this.num(11)}`, `${this.letters(3)}${this.digits(7)}`, `${this.letters(2)}${this.digits(2)}-${this.digits(6)}`, `${this.digits(4)}${this.letters(1)}${this.digits(5)}`]); }
  plate() { return this.pick([`${this.int(1, 9)}${this.letters(3)}${this.digits(3)}`, `${this.letters(3)}-${this.digits(4)}`, `${this.letters(3)} ${this.digits(3)}`, `${this.digits(3)} ${this.letters(3)}`]); }
  vin() { return this.en.vehicle.vin(); }
  account() { return this.pick([`${this.num(9)}`, `A${this.digits(8)}`, `${this.digits(4)}-${this.digits(6)}`, `${this.num(10)}`]); }
  id(prefix = "") { return `${prefix}${this.pick([this.num(7), `${this.letters(2)}${this.digits(6)}`, `${this.digits(2)}-${this.digits(5)}`])}`; }

  // Distractors (never gold)
  vitals() { return `BP ${this.int(96, 168)}/${this.int(54, 98)}, HR ${this.int(52, 118)}, RR ${this.int(12, 24)}, T ${(36 + this.r.next() * 2).toFixed(1)} C, SpO2 ${this.int(88, 100)}%`; }
  lab() { return this.pick([`Na ${this.int(128, 146)}`, `K ${(3 + this.r.next() * 2).toFixed(1)}`, `Cr ${(0.5 + this.r.next() * 2).toFixed(2)}`, `Hgb ${(8 + this.r.next() * 8).toFixed(1)}`, `A1c ${(5 + this.r.next() * 5).toFixed(1)}%`, `WBC ${(3 + this.r.next() * 12).toFixed(1)}`, `INR ${(0.9 + this.r.next() * 2.5).toFixed(1)}`]); }
  icd() { return this.pick(["E66.01", "Z68.41", "J44.1", "G47.33", "S06.0X0A", "Z11.1", "N97.9", "H35.3211", "Z51.5", "F43.10", "Z59.02", "T74.21XA", "Z86.16", "E43"]); }
  lot() { return `${this.letters(2)}${this.digits(4)}${this.pick(["", "A", "B"])}`; }
}
