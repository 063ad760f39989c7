/**
 * The twentieth held-out corpus's random kit: people, places, dates and numbers in many spellings, all drawn from
 * this corpus's own lists (lists.ts) with the shared seeded PRNG.
 */
import { Rng } from "../../lib/phi/corpus/rng";
import * as L from "./lists";

export interface D { y: number; m: number; d: number }
export interface Person { first: string; last: string; middle?: string; nick?: string; sex: "F" | "M" }

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const p2 = (n: number) => String(n).padStart(2, "0");
const mon3 = (m: number) => MONTHS[m - 1]!.slice(0, 3);

export type DateForm = "iso" | "mdy" | "mdyShort" | "m/d/yy" | "long" | "abbr" | "dmy" | "dMonY" | "compact" | "weekday" | "ordinal" | "upper" | "dashes" | "ddmonyyyy" | "dots" | "mdy2dash";
export const FULL_FORMS: readonly DateForm[] = ["iso", "mdy", "mdyShort", "m/d/yy", "long", "abbr", "dmy", "dMonY", "weekday", "ordinal", "upper", "dashes", "ddmonyyyy", "dots", "mdy2dash"];

function ord(d: number): string {
  if (d % 100 >= 11 && d % 100 <= 13) return `${d}th`;
  return `${d}${["th", "st", "nd", "rd"][d % 10] ?? "th"}`;
}

export function fmtDate(x: D, form: DateForm): string {
  switch (form) {
    case "iso": return `${x.y}-${p2(x.m)}-${p2(x.d)}`;
    case "mdy": return `${p2(x.m)}/${p2(x.d)}/${x.y}`;
    case "mdyShort": return `${x.m}/${x.d}/${x.y}`;
    case "m/d/yy": return `${x.m}/${x.d}/${p2(x.y % 100)}`;
    case "long": return `${MONTHS[x.m - 1]} ${x.d}, ${x.y}`;
    case "abbr": return `${mon3(x.m)} ${x.d}, ${x.y}`;
    case "dmy": return `${x.d} ${mon3(x.m)} ${x.y}`;
    case "dMonY": return `${p2(x.d)}-${mon3(x.m)}-${x.y}`;
    case "compact": return `${x.y}${p2(x.m)}${p2(x.d)}`;
    case "weekday": return `${DAYS[new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay()]}, ${MONTHS[x.m - 1]} ${x.d}, ${x.y}`;
    case "ordinal": return `${MONTHS[x.m - 1]} ${ord(x.d)}, ${x.y}`;
    case "upper": return `${mon3(x.m).toUpperCase()} ${p2(x.d)} ${x.y}`;
    case "dashes": return `${x.m}-${x.d}-${x.y}`;
    case "ddmonyyyy": return `${p2(x.d)}${mon3(x.m).toUpperCase()}${x.y}`;
    case "dots": return `${p2(x.m)}.${p2(x.d)}.${x.y}`;
    case "mdy2dash": return `${p2(x.m)}-${p2(x.d)}-${p2(x.y % 100)}`;
  }
}

export class Ctx extends Rng {
  person(): Person {
    return this.personOf(this.chance(0.55) ? "F" : "M");
  }
  personOf(sex: "F" | "M"): Person {
    const first = this.pickRanked(sex === "F" ? L.GIVEN_F : L.GIVEN_M, 0.5);
    let last: string = this.pickRanked(L.SURNAMES, 0.5);
    if (this.chance(0.05)) last = `${last}-${this.pick(L.SURNAMES)}`;
    const p: Person = { first, last, sex };
    if (this.chance(0.35)) p.middle = this.pick(sex === "F" ? L.GIVEN_F : L.GIVEN_M).split(" ")[0]!;
    const nick = L.NICKS[first];
    if (nick && this.chance(0.8)) p.nick = nick;
    return p;
  }
  /** A birth date for an adult (1925-2005). */
  dob(): D {
    return { y: this.int(1925, 2005), m: this.int(1, 12), d: this.int(1, 28) };
  }
  /** A date within the last two years. */
  recent(): D {
    return { y: this.pick([2025, 2026, 2026]), m: this.int(1, 12), d: this.int(1, 28) };
  }
  after(x: D, days: number): D {
    const t = new Date(Date.UTC(x.y, x.m - 1, x.d + days));
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
  }
  fullDate(x: D): string {
    return fmtDate(x, this.pick(FULL_FORMS));
  }
  partialDate(x: D): string {
    return this.pick([`${x.m}/${x.d}`, `${p2(x.m)}/${p2(x.d)}`, `${MONTHS[x.m - 1]} ${x.d}`, `${mon3(x.m)} ${x.d}`, `${x.d} ${mon3(x.m)}`, `${MONTHS[x.m - 1]} ${x.y}`, `${p2(x.m)}/${x.y}`, `${mon3(x.m)} ${ord(x.d)}`]);
  }
  monthName(m: number): string { return MONTHS[m - 1]!; }
  oldAge(): number { return this.int(90, 104); }
  youngAge(): number { return this.int(19, 89); }
  mrn(): string {
    switch (this.int(0, 6)) {
      case 0: return `${this.int(1, 9)}${this.digits(7)}`;
      case 1: return `MR${this.digits(7)}`;
      case 2: return `${this.digits(3)}-${this.digits(3)}-${this.digits(3)}`;
      case 3: return `00${this.digits(8)}`;
      case 4: return `H${this.digits(6)}`;
      case 5: return `${this.digits(4)} ${this.digits(4)}`;
      default: return `${this.digits(2)}-${this.digits(5)}`;
    }
  }
  area(): string { return `${this.int(2, 9)}${this.int(0, 8)}${this.int(0, 9)}`; }
  phone(): string {
    const a = this.area(), b = `${this.int(2, 9)}${this.digits(2)}`, c = this.digits(4);
    switch (this.int(0, 8)) {
      case 0: return `(${a}) ${b}-${c}`;
      case 1: return `${a}-${b}-${c}`;
      case 2: return `${a}.${b}.${c}`;
      case 3: return `${a} ${b} ${c}`;
      case 4: return `${a}${b}${c}`;
      case 5: return `+1 ${a}-${b}-${c}`;
      case 6: return `1-${a}-${b}-${c}`;
      case 7: return `(${a})${b}-${c}`;
      default: return `${a}/${b}-${c}`;
    }
  }
  tollFree(): string { return `1-${this.pick(["800", "833", "855", "866", "877", "888"])}-${this.int(2, 9)}${this.digits(2)}-${this.digits(4)}`; }
  email(p: Person): string {
    const f = p.first.toLowerCase().replace(/[^a-z]/g, ""), l = p.last.toLowerCase().replace(/[^a-z]/g, "");
    const dom = this.pick(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "att.net", "frontier.com", "protonmail.com"]);
    return this.pick([`${f}.${l}`, `${f[0]}${l}${this.int(1, 99)}`, `${l}${f[0]}`, `${f}${this.int(40, 99)}`, `${f}_${l}`, `nana.${l}`])+ `@${dom}`;
  }
  workEmail(p: Person, domain: string): string {
    return `${p.first.toLowerCase().replace(/[^a-z]/g, "")[0]}${p.last.toLowerCase().replace(/[^a-z]/g, "")}@${domain}`;
  }
  street(): string {
    const n = this.int(1, 9899);
    switch (this.int(0, 9)) {
      case 0: return `PO Box ${this.int(10, 9999)}`;
      case 1: return `${n} ${this.pick(["N", "S", "E", "W", "NE", "SW"])} ${this.pick(L.STREET_STEMS)} ${this.pick(L.STREET_TYPES)}`;
      case 2: return `${n} ${ord(this.int(2, 99))} ${this.pick(["Ave", "St", "Street"])}`;
      case 3: return `${this.int(100, 99999)} County Road ${this.int(2, 900)}`;
      case 4: return `${n} ${this.pick(L.STREET_STEMS)} ${this.pick(L.STREET_TYPES)}.`.replace(/\.\.$/, ".");
      case 5: return `HC ${this.int(1, 80)} Box ${this.int(1, 999)}`;
      default: return `${n} ${this.pick(L.STREET_STEMS)} ${this.pick(L.STREET_TYPES)}`;
    }
  }
  unit(): string { return this.pick(["Apt ", "Apt. ", "Unit ", "#", "Ste ", "Lot ", "Rm "]) + this.pick([String(this.int(1, 40)), `${this.int(1, 9)}${this.pick(["A", "B", "C"])}`, String(this.int(100, 412))]); }
  town(): string { return this.pickRanked(L.TOWNS, 0.6); }
  state(): string { return this.pick(L.STATES); }
  zip(): string { const z = `${this.int(0, 9)}${this.digits(4)}`; return this.chance(0.2) ? `${z}-${this.digits(4)}` : z; }
  county(): string { return this.pick(L.COUNTIES); }
  ssn(): string {
    const a = `${this.int(1, 7)}${this.digits(2)}`, b = `${this.int(10, 99)}`, c = `${this.int(1, 9)}${this.digits(3)}`;
    return this.pick([`${a}-${b}-${c}`, `${a} ${b} ${c}`, `${a}${b}${c}`, `${a}-${b}-${c}`]);
  }
  mbi(): string {
    const s = `${this.int(1, 9)}${this.letters(1, "ACDEFGHJKMNPQRTUVWXY")}${this.letters(1, "ACDEFGHJKMNPQRTUVWXY0123456789")}${this.digits(1)}${this.letters(1, "ACDEFGHJKMNPQRTUVWXY")}${this.letters(1, "ACDEFGHJKMNPQRTUVWXY0123456789")}${this.digits(1)}${this.letters(2, "ACDEFGHJKMNPQRTUVWXY")}${this.digits(2)}`;
    return this.chance(0.4) ? `${s.slice(0, 4)}-${s.slice(4, 7)}-${s.slice(7)}` : s;
  }
  member(): string {
    return this.pick([`${this.letters(3)}${this.digits(9)}`, `W${this.digits(9)}`, `${this.digits(11)}`, `${this.letters(2)}${this.digits(7)}-0${this.int(1, 4)}`, `ZGP${this.digits(8)}`, `${this.digits(9)}*0${this.int(1, 3)}`]);
  }
  group(): string { return this.pick([`${this.digits(6)}`, `GRP-${this.digits(5)}`, `${this.letters(2)}${this.digits(4)}`, `0${this.digits(7)}`]); }
  medicaid(): string { return this.pick([`${this.letters(2)}${this.digits(5)}${this.letters(1)}`, `${this.digits(10)}`, `M${this.digits(8)}`]); }
  npi(): string { return `1${this.digits(9)}`; }
  dea(p: Person): string { return `${this.pick(["A", "B", "F", "M"])}${p.last.replace(/[^A-Za-z]/g, "")[0]!.toUpperCase()}${this.digits(7)}`; }
  stateLicense(): string { return this.pick([`RPH${this.digits(6)}`, `PH.${this.digits(7)}`, `${this.digits(5)}`, `0${this.digits(6)}`, `RP-${this.digits(5)}`, `${this.letters(2)}${this.digits(6)}`]); }
  rxNum(): string { return this.pick([`${this.digits(7)}`, `RX${this.digits(7)}`, `${this.int(1, 9)}${this.digits(6)}-${this.digits(2)}`, `${this.digits(8)}`, `6${this.digits(6)}`]); }
  account(): string { return this.pick([`${this.digits(9)}`, `A${this.digits(8)}`, `${this.digits(4)}-${this.digits(6)}`, `FIN ${this.digits(10)}`.slice(4)]); }
  plate(): string { return this.pick([`${this.letters(3)} ${this.digits(4)}`, `${this.digits(3)}-${this.letters(3)}`, `${this.letters(3)}${this.digits(3)}`, `${this.digits(1)}${this.letters(3)}${this.digits(3)}`, `${this.letters(2)}-${this.digits(5)}`]); }
  vin(): string { return `${this.letters(3, "123456789ABCDEFGHJKLMNPRSTUVWXYZ")}${this.letters(6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")}${this.letters(1, "LMNPRST")}${this.letters(1, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")}${this.digits(6)}`; }
  serial(): string { return this.pick([`${this.letters(2)}${this.digits(8)}`, `SN${this.digits(9)}`, `${this.digits(4)}-${this.digits(5)}`, `${this.letters(1)}${this.digits(3)}${this.letters(1)}${this.digits(5)}`, `${this.digits(12)}`]); }
  ipv4(): string { return this.chance(0.4) ? `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}` : `${this.int(23, 209)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`; }
  ipv6(): string { const h = () => this.int(0, 65535).toString(16); return `2600:${h()}:${h()}:${h()}::${h()}`; }
  hex(n: number): string { let s = ""; for (let i = 0; i < n; i++) s += "0123456789abcdef"[this.int(0, 15)]; return s; }
  uuid(): string { return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(["8", "9", "a", "b"])}${this.hex(3)}-${this.hex(12)}`; }
  ndc(): string { return `${this.digits(5)}-${this.digits(4)}-${this.digits(2)}`; }
  lot(): string { return `${this.letters(2)}${this.digits(4)}${this.chance(0.5) ? this.letters(1) : ""}`; }
  facility(kinds: readonly string[] = L.HOSP_KINDS): string {
    return this.chance(0.3) ? `${this.town()} ${this.pick(kinds)}` : `${this.pick(L.FAC_STEMS)} ${this.pick(kinds)}`;
  }
  clinic(): string { return this.facility(L.CLINIC_KINDS); }
  ltc(): string { return this.facility(L.LTC_KINDS); }
  pharmacy(): string { return `${this.pick(L.PHARMACY_STEMS)} ${this.pick(L.PHARMACY_KINDS)}`; }
  chain(): string { return `${this.pick(L.CHAINS)} #${this.digits(4)}`; }
  bin(): string { return `${this.digits(6)}`; }
  pcn(): string { return this.pick(["ADV", "MEDDPRIME", "A4", "9999", "PDMI", "CTRXMEDD", "HRZN"]); }
}
