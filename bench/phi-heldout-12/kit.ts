/**
 * The twelfth held-out corpus's value kit: people, places, facilities, numbers and dates in the shapes
 * its styles write, drawn from `lists.ts` with the shared seeded PRNG. Written for this corpus.
 */
import { Rng } from "../../lib/phi/corpus/rng";
import * as L from "./lists";

export interface D { y: number; m: number; d: number }
export interface Person { first: string; last: string; middle?: string; nick?: string }

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const MON = MONTHS.map((m) => m.slice(0, 3));
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const p2 = (x: number) => String(x).padStart(2, "0");
export const weekday = (x: D) => DAYS[new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay()]!;
export const ord = (d: number) => `${d}${d % 10 === 1 && d !== 11 ? "st" : d % 10 === 2 && d !== 12 ? "nd" : d % 10 === 3 && d !== 13 ? "rd" : "th"}`;

export function fmtDate(x: D, f: "iso" | "mdy" | "compact" | "dmy"): string {
  if (f === "iso") return `${x.y}-${p2(x.m)}-${p2(x.d)}`;
  if (f === "compact") return `${x.y}${p2(x.m)}${p2(x.d)}`;
  if (f === "dmy") return `${p2(x.d)}/${p2(x.m)}/${x.y}`;
  return `${p2(x.m)}/${p2(x.d)}/${x.y}`;
}

/** Adds days (may be negative). */
export function addDays(x: D, n: number): D {
  const t = new Date(Date.UTC(x.y, x.m - 1, x.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export class Ctx extends Rng {
  person(): Person {
    let first: string;
    let nick: string | undefined;
    if (this.chance(0.12)) [first, nick] = this.pick(L.NICKS) as [string, string];
    else first = this.pickRanked(L.GIVEN);
    let last = this.pickRanked(L.SURNAMES);
    if (this.chance(0.05)) last = `${last}-${this.pick(L.SURNAMES)}`;
    const middle = this.chance(0.35) ? this.pick(L.GIVEN).split(" ")[0] : undefined;
    return { first, last, ...(middle ? { middle } : {}), ...(nick ? { nick } : {}) };
  }
  /** A birth date between 1931 and 2012. */
  dob(): D { return { y: this.int(1931, 2012), m: this.int(1, 12), d: this.int(1, 28) }; }
  /** A date in 2025–2026. */
  recent(): D { return { y: this.int(2025, 2026), m: this.int(1, 12), d: this.int(1, 28) }; }
  youngAge(): number { return this.int(18, 89); }
  oldAge(): number { return this.int(90, 104); }

  fullDate(x: D): string {
    const M = MONTHS[x.m - 1]!;
    const m3 = MON[x.m - 1]!;
    switch (this.int(0, 16)) {
      case 0: return `${p2(x.m)}/${p2(x.d)}/${x.y}`;
      case 1: return `${x.m}/${x.d}/${x.y}`;
      case 2: return `${x.y}-${p2(x.m)}-${p2(x.d)}`;
      case 3: return `${x.m}/${x.d}/${String(x.y).slice(2)}`;
      case 4: return `${M} ${x.d}, ${x.y}`;
      case 5: return `${m3} ${x.d}, ${x.y}`;
      case 6: return `${x.d} ${m3} ${x.y}`;
      case 7: return `${p2(x.d)}-${m3.toUpperCase()}-${x.y}`;
      case 8: return `${x.m === 9 ? "Sept" : m3}. ${x.d}, ${x.y}`;
      case 9: return `${M} ${ord(x.d)}, ${x.y}`;
      case 10: return `${x.y}/${p2(x.m)}/${p2(x.d)}`;
      case 11: return `${weekday(x)}, ${M} ${x.d}, ${x.y}`;
      case 12: return `${p2(x.m)}-${p2(x.d)}-${x.y}`;
      case 13: return `${m3.toUpperCase()} ${p2(x.d)}, ${x.y}`;
      case 14: return `${x.d}-${m3}-${x.y}`;
      case 15: return `${M} ${p2(x.d)}, ${x.y}`;
      default: return `${p2(x.m)}/${p2(x.d)}/${String(x.y).slice(2)}`;
    }
  }
  partialDate(x: D): string {
    const M = MONTHS[x.m - 1]!;
    const m3 = MON[x.m - 1]!;
    switch (this.int(0, 9)) {
      case 0: return `${x.m}/${x.d}`;
      case 1: return `${p2(x.m)}/${p2(x.d)}`;
      case 2: return `${M} ${x.d}`;
      case 3: return `${m3} ${x.d}`;
      case 4: return `${M} ${x.y}`;
      case 5: return `${p2(x.m)}/${x.y}`;
      case 6: return `${m3} ${ord(x.d)}`;
      case 7: return `${x.d} ${m3}`;
      case 8: return `${m3} '${String(x.y).slice(2)}`;
      default: return ord(x.d);
    }
  }

  town(): string { return this.pickRanked(L.TOWNS, 0.5); }
  county(): string { return this.pick(L.COUNTY_STEMS); }
  state(): string { return this.pick(L.STATES); }
  zip(): string { return this.chance(0.12) ? `${this.int(10000, 99999)}-${this.digits(4)}` : String(this.int(10000, 99999)); }
  street(): string {
    const stem = this.pick(L.STREET_STEMS);
    const type = this.pick(L.STREET_TYPES);
    const r = this.int(0, 19);
    if (r < 10) return `${this.int(10, 9899)} ${this.chance(0.2) ? `${this.pick(["N", "S", "E", "W", "NE", "SW"])} ` : ""}${stem} ${type}`;
    if (r === 10) return `PO Box ${this.int(10, 9999)}`;
    if (r === 11) return `P.O. Box ${this.int(10, 999)}`;
    if (r === 12) return `RR ${this.int(1, 9)} Box ${this.int(10, 399)}`;
    if (r === 13) return `HCR ${this.int(1, 80)} Box ${this.int(1, 199)}`;
    if (r === 14) return `${this.int(100, 9999)} County Road ${this.int(1, 450)}`;
    if (r === 15) return `${this.int(10, 4999)} ${this.pick(["E", "W", "N", "S"])} ${ord(this.int(2, 59))} St`;
    if (r === 16) return `${this.int(10, 999)}-${this.pick(["A", "B", "C"])} ${stem} ${type}`;
    if (r === 17) return `${this.pick(["N", "W", "S"])}${this.int(1000, 9999)} County Rd ${this.letters(1, "ABCDKMNPQ")}`;
    if (r === 18) return `${this.int(1000, 19999)} US Highway ${this.int(2, 99)} ${this.pick(["N", "S", "E", "W"])}`;
    return `${this.int(10, 9899)} ${stem} ${type}`;
  }
  unit(): string {
    return this.pick([`Apt ${this.int(1, 40)}${this.letters(1, "ABCD")}`, `Unit ${this.int(1, 300)}`, `# ${this.int(1, 30)}`, `Lot ${this.int(1, 90)}`, `Ste ${this.int(100, 450)}`, `Trlr ${this.int(1, 40)}`, `Apt. ${this.int(100, 999)}`]);
  }

  facility(kind: "hosp" | "clinic" | "ltc" = "hosp"): string {
    const k = this.pick(kind === "hosp" ? L.HOSP_KINDS : kind === "clinic" ? L.CLINIC_KINDS : L.LTC_KINDS);
    return this.chance(0.3) ? `${this.pick(L.TOWNS)} ${k}` : `${this.pick(L.FAC_STEMS)} ${k}`;
  }
  /** A chain store (not gold) or an independent pharmacy (gold), and which. */
  pharmacy(): { name: string; chain: boolean } {
    if (this.chance(0.5)) return { name: `${this.pick(L.CHAIN_PHARM)}${this.int(100, 19999)}`, chain: true };
    return { name: this.pick(L.INDEP_PHARM), chain: false };
  }

  phone(): string {
    const a = this.pick(L.AREA);
    const x = `${this.int(2, 9)}${this.digits(2)}`;
    const s = this.digits(4);
    switch (this.int(0, 9)) {
      case 0: case 1: return `(${a}) ${x}-${s}`;
      case 2: case 3: return `${a}-${x}-${s}`;
      case 4: return `${a}.${x}.${s}`;
      case 5: return `${a} ${x} ${s}`;
      case 6: return `1-${a}-${x}-${s}`;
      case 7: return `+1 ${a} ${x} ${s}`;
      case 8: return `(${a})${x}-${s}`;
      default: return `${a}${x}${s}`;
    }
  }
  tollFree(): string { return `1-${this.pick(["800", "888", "877", "866", "855"])}-${this.int(2, 9)}${this.digits(2)}-${this.digits(4)}`; }
  email(p: Person): string {
    const f = p.first.toLowerCase().replace(/[^a-z]/g, "");
    const l = p.last.toLowerCase().replace(/[^a-z]/g, "");
    const dom = this.pick(["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com", "att.net", "protonmail.com"]);
    return this.pick([`${f}.${l}@${dom}`, `${f[0]}${l}${this.int(1, 99)}@${dom}`, `${l}${f}@${dom}`, `${f}_${l}${this.int(50, 99)}@${dom}`, `${f}${l[0]}${this.int(1940, 2010)}@${dom}`]);
  }
  mrn(): string {
    switch (this.int(0, 6)) {
      case 0: return `E${this.digits(7)}`;
      case 1: return `00${this.digits(6)}`;
      case 2: return `MR-${this.digits(6)}`;
      case 3: return `${this.digits(4)}-${this.digits(4)}`;
      case 4: return `${this.letters(1)}${this.digits(2)}-${this.digits(3)}-${this.digits(2)}`;
      case 5: return String(this.int(1000000, 9999999));
      default: return `HN${this.digits(7)}`;
    }
  }
  ssn(): string {
    const s = `${this.int(100, 665)}`;
    const g = p2(this.int(1, 99));
    const t = this.digits(4);
    return this.pick([`${s}-${g}-${t}`, `${s}-${g}-${t}`, `${s} ${g} ${t}`, `${s}${g}${t}`]);
  }
  last4(): string { return this.digits(4); }
  member(): string {
    return this.pick([`${this.letters(3)}${this.digits(9)}`, `W${this.digits(9)}`, `${this.digits(11)}`, `U${this.digits(8)}0${this.int(1, 4)}`, `${this.letters(2)}${this.digits(7)}-0${this.int(1, 4)}`]);
  }
  group(): string { return this.pick([`GRP-${this.digits(5)}`, this.digits(6), `${this.letters(2)}${this.digits(4)}`, `0${this.digits(7)}`]); }
  mbi(): string {
    const A = "ACDEFGHJKMNPQRTUVWXY";
    const an = () => (this.chance(0.5) ? String(this.int(0, 9)) : this.letters(1, A));
    const s = `${this.int(1, 9)}${this.letters(1, A)}${an()}${this.int(0, 9)}${this.letters(1, A)}${an()}${this.int(0, 9)}${this.letters(2, A)}${this.digits(2)}`;
    return this.chance(0.3) ? `${s.slice(0, 4)}-${s.slice(4, 7)}-${s.slice(7)}` : s;
  }
  medicaid(): string { return this.pick([`${this.digits(9)}`, `${this.letters(2)}${this.digits(8)}`, `${this.digits(10)}`, `M${this.digits(8)}${this.letters(1)}`]); }
  account(): string { return this.pick([`${this.digits(9)}`, `A${this.digits(8)}`, `${this.digits(3)}-${this.digits(6)}`, `${this.digits(12)}`]); }
  npi(): string { return `1${this.digits(9)}`; }
  dea(last: string): string { return `${this.pick(["A", "B", "F", "M"])}${(last.replace(/[^A-Za-z]/g, "")[0] ?? "X").toUpperCase()}${this.digits(7)}`; }
  stateLicense(): string { return this.pick([`${this.letters(1)}${this.digits(5)}`, `MD${this.digits(6)}`, `${this.digits(2)}-${this.digits(5)}`, `RN${this.digits(7)}`, `${this.letters(2)}.${this.digits(6)}`]); }
  dl(): string { return this.pick([`${this.letters(1)}${this.digits(7)}`, this.digits(8), `${this.letters(1)}${this.digits(3)}-${this.digits(4)}-${this.digits(4)}`, `${this.digits(3)} ${this.digits(3)} ${this.digits(3)}`, `${this.letters(2)}${this.digits(6)}`]); }
  plate(): string { return this.pick([`${this.letters(3)}-${this.digits(4)}`, `${this.digits(3)} ${this.letters(3)}`, `${this.letters(3)}${this.digits(4)}`, `${this.digits(1)}${this.letters(3)}${this.digits(3)}`, `${this.letters(2)}-${this.digits(5)}`]); }
  vin(): string { return this.letters(17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"); }
  serial(): string { return this.pick([`SN${this.digits(9)}`, `${this.letters(3)}${this.digits(7)}`, `${this.digits(4)}-${this.digits(5)}`, `${this.letters(1)}${this.digits(2)}${this.letters(2)}${this.digits(6)}`, `${this.digits(12)}`]); }
  lot(): string { return this.pick([`${this.letters(2)}${this.digits(4)}`, `${this.digits(5)}${this.letters(1)}`, `L${this.digits(6)}`]); }
  ipv4(): string { return this.chance(0.4) ? `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}` : `${this.int(23, 223)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`; }
  ipv6(): string { return `2600:${this.letters(4, "0123456789abcdef")}:${this.letters(4, "0123456789abcdef")}::${this.letters(3, "0123456789abcdef")}`; }
  uuid(): string { const h = (n: number) => this.letters(n, "0123456789abcdef"); return `${h(8)}-${h(4)}-4${h(3)}-${this.pick(["8", "9", "a", "b"])}${h(3)}-${h(12)}`; }
  /** A caller's job title or similar, for glue text. */
  initialsOf(p: Person): string { return `${p.first[0]}${p.last[0]}`.toUpperCase(); }
  clinic(): string { return this.facility("clinic"); }
}
