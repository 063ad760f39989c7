/**
 * Value makers for the nineteenth held-out corpus: people, places, facilities, dates and identifier numbers, all
 * drawn from this corpus's own lists and shapes, on the shared seeded PRNG.
 */
import { Rng } from "../../lib/phi/corpus/rng";
import * as L from "./lists";

export interface D { y: number; m: number; d: number }
export interface Person { first: string; middle?: string; last: string; nick?: string; sex: "F" | "M" }

const MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DOW = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const p2 = (n: number) => String(n).padStart(2, "0");
const mon3 = (m: number) => MON[m - 1]!.slice(0, 3);
const dow = (x: D) => DOW[new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay()]!;
const ord = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;

export type DateForm = "iso" | "mdy" | "m/d/yyyy" | "m/d/yy" | "long" | "abbr" | "dmy" | "dmon" | "ymd/" | "dowlong" | "ordlong" | "MONUP" | "m-d-yyyy" | "ddMONyyyy" | "m.d.yyyy" | "compact" | "mdy-sp" | "abbrdot";
export const FULL_FORMS: DateForm[] = ["m/d/yyyy", "mdy", "iso", "m/d/yy", "long", "abbr", "dmy", "dmon", "ymd/", "dowlong", "ordlong", "MONUP", "m-d-yyyy", "ddMONyyyy", "m.d.yyyy", "mdy-sp", "abbrdot"];

export function fmtDate(x: D, form: DateForm): string {
  const { y, m, d } = x;
  switch (form) {
    case "iso": return `${y}-${p2(m)}-${p2(d)}`;
    case "mdy": return `${p2(m)}/${p2(d)}/${y}`;
    case "m/d/yyyy": return `${m}/${d}/${y}`;
    case "m/d/yy": return `${m}/${d}/${p2(y % 100)}`;
    case "long": return `${MON[m - 1]} ${d}, ${y}`;
    case "abbr": return `${mon3(m)} ${d}, ${y}`;
    case "abbrdot": return `${m === 5 ? "May" : m === 9 ? "Sept." : `${mon3(m)}.`} ${d}, ${y}`;
    case "dmy": return `${d} ${MON[m - 1]} ${y}`;
    case "dmon": return `${p2(d)}-${mon3(m)}-${y}`;
    case "ymd/": return `${y}/${p2(m)}/${p2(d)}`;
    case "dowlong": return `${dow(x)}, ${MON[m - 1]} ${d}, ${y}`;
    case "ordlong": return `${MON[m - 1]} ${ord(d)}, ${y}`;
    case "MONUP": return `${mon3(m).toUpperCase()} ${p2(d)} ${y}`;
    case "m-d-yyyy": return `${m}-${d}-${y}`;
    case "ddMONyyyy": return `${p2(d)}${mon3(m).toUpperCase()}${y}`;
    case "m.d.yyyy": return `${p2(m)}.${p2(d)}.${y}`;
    case "compact": return `${y}${p2(m)}${p2(d)}`;
    case "mdy-sp": return `${p2(m)} ${p2(d)} ${y}`;
  }
}

export function monthName(m: number): string { return MON[m - 1]!; }
export function weekday(x: D): string { return dow(x); }
export { ord };

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export class Ctx extends Rng {
  person(): Person {
    return this.personOf(this.chance(0.5) ? "F" : "M");
  }
  personOf(sex: "F" | "M"): Person {
    let first: string;
    let nick: string | undefined;
    if (this.chance(0.08)) {
      const [f, n] = this.pick(L.NICKS);
      first = f;
      nick = n;
    } else first = this.pickRanked(sex === "F" ? L.GIVEN_F : L.GIVEN_M, 0.4);
    let last = this.pickRanked(L.SURNAMES, 0.6);
    if (this.chance(0.05)) last = `${last}-${this.pick(L.SURNAMES.filter((s) => s !== last && !/[\s']/.test(s)))}`;
    const middle = this.chance(0.35) ? this.pick(sex === "F" ? L.GIVEN_F : L.GIVEN_M).split(" ")[0] : undefined;
    return { first, last, sex, ...(middle && middle !== first ? { middle } : {}), ...(nick ? { nick } : {}) };
  }
  date(y0: number, y1: number): D {
    const y = this.int(y0, y1);
    const m = this.int(1, 12);
    return { y, m, d: this.int(1, DAYS[m - 1]!) };
  }
  dob(): D { return this.date(1930, 2008); }
  /** A date in the surgical year (2026, or late 2025). */
  recent(): D { return this.chance(0.85) ? this.date(2026, 2026) : { ...this.date(2025, 2025), m: this.int(9, 12) }; }
  /** `base` moved by `days` (may cross months). */
  shift(base: D, days: number): D {
    const t = new Date(Date.UTC(base.y, base.m - 1, base.d) + days * 86400000);
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
  }
  fullDate(x: D): string { return fmtDate(x, this.pickRanked(FULL_FORMS, 0.5)); }
  partialDate(x: D): string {
    const { m, d } = x;
    return this.pick([`${m}/${d}`, `${p2(m)}/${p2(d)}`, `${MON[m - 1]} ${d}`, `${mon3(m)} ${d}`, `${d} ${mon3(m)}`, `${mon3(m)} ${ord(d)}`, `${MON[m - 1]} ${ord(d)}`, `${mon3(m)}. ${d}`]);
  }
  youngAge(): number { return this.int(19, 89); }
  oldAge(): number { return this.pickRanked([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104], 0.5); }
  town(): string { return this.pickRanked(L.TOWNS, 0.5); }
  county(): string { return this.pick(L.COUNTIES); }
  state(): string { return this.pick(L.STATES); }
  zip(): string { const z = `${this.int(1, 9)}${this.digits(4)}`; return this.chance(0.15) ? `${z}-${this.digits(4)}` : z; }
  street(): string {
    const r = this.int(0, 9);
    const stem = this.pick(L.STREET_STEMS);
    if (r === 0) return `PO Box ${this.int(10, 9999)}`;
    if (r === 1) return `${this.int(1000, 39999)} County Road ${this.int(2, 190)}`;
    if (r === 2) return `${this.int(100, 9999)} ${this.pick(["N", "S", "E", "W", "NE", "SW"])} ${ord(this.int(2, 98))} ${this.pick(["St", "Ave"])}`;
    if (r === 3) return `${this.int(1, 99)}${this.pick(["A", "B", "½"])} ${stem} ${this.pick(L.STREET_KINDS)}`;
    const dir = this.chance(0.2) ? `${this.pick(["North", "South", "E.", "W."])} ` : "";
    return `${this.int(2, 24999)} ${dir}${stem} ${this.pick(L.STREET_KINDS)}`;
  }
  unit(): string { return this.pick(["Apt", "Apt.", "Unit", "#", "Lot", "Ste", "Trlr"]) + " " + this.pick([String(this.int(1, 40)), `${this.int(1, 4)}${this.pick(["A", "B", "C"])}`, String(this.int(100, 420))]); }
  phone(): string {
    const a = `${this.pick(["2", "3", "4", "5", "6", "7", "8", "9"])}${this.int(0, 8)}${this.int(0, 9)}`;
    const b = `${this.int(2, 9)}${this.digits(2)}`;
    const c = this.digits(4);
    return this.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a} ${b} ${c}`, `(${a})${b}-${c}`, `${a}/${b}-${c}`, `1-${a}-${b}-${c}`, `+1 ${a} ${b} ${c}`, `${a}${b}${c}`, `(${a}) ${b} ${c}`]);
  }
  tollFree(): string { return `1-${this.pick(["800", "888", "877", "866"])}-${this.int(2, 9)}${this.digits(2)}-${this.digits(4)}`; }
  email(p: Person): string {
    const f = p.first.toLowerCase().replace(/[^a-z]/g, "");
    const l = p.last.toLowerCase().replace(/[^a-z]/g, "");
    const dom = this.pick(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "proton.me", "windstream.net"]);
    return this.pick([`${f}.${l}@${dom}`, `${f[0]}${l}${this.int(1, 99)}@${dom}`, `${l}${f}@${dom}`, `${f}_${l}${this.int(50, 99)}@${dom}`, `${f}${l[0]}@${dom}`]);
  }
  workEmail(p: Person, org: string): string {
    return `${p.first.toLowerCase().replace(/[^a-z]/g, "")}${this.pick([".", "", "_"])}${p.last.toLowerCase().replace(/[^a-z]/g, "")}@${org}`;
  }
  mrn(): string {
    return this.pick([`E${this.digits(7)}`, `${this.int(1, 9)}${this.digits(7)}`, `${this.int(1, 9)}${this.digits(6)}`, `${this.digits(3)}-${this.digits(3)}-${this.digits(2)}`, `MR${this.digits(8)}`, `${this.digits(2)}-${this.digits(5)}`, `0000${this.digits(6)}`]);
  }
  fin(): string { return this.pick([`FIN ${this.digits(9)}`, `${this.int(1, 9)}${this.digits(10)}`, `V${this.digits(8)}`, `${this.digits(4)}-${this.digits(6)}`]).replace(/^FIN /, ""); }
  member(): string { return this.pick([`${this.letters(3)}${this.digits(9)}`, `W${this.digits(9)}`, `${this.digits(9)}-0${this.int(1, 4)}`, `XJ${this.digits(7)}`, `U${this.digits(8)} 0${this.int(1, 3)}`]); }
  group(): string { return this.pick([this.digits(6), `GRP-${this.digits(5)}`, `${this.letters(2)}${this.digits(5)}`, `0${this.digits(7)}`]); }
  mbi(): string { return `${this.int(1, 9)}${this.letters(1, "ACDEFGHJKMNPQRTUVWXY")}${this.letters(1, "ACDEFGHJKMNPQRTUVWXY0123456789")}${this.int(0, 9)}${this.letters(1, "ACDEFGHJKMNPQRTUVWXY")}${this.letters(1, "ACDEFGHJKMNPQRTUVWXY0123456789")}${this.int(0, 9)}${this.letters(2, "ACDEFGHJKMNPQRTUVWXY")}${this.digits(2)}`; }
  npi(): string { return `1${this.digits(9)}`; }
  dea(): string { return `${this.pick(["A", "B", "F", "M"])}${this.letters(1)}${this.digits(7)}`; }
  stateLic(): string { return this.pick([`MD.${this.digits(6)}`, `${this.letters(1)}${this.digits(5)}`, `RN${this.digits(7)}`, `${this.digits(2)}-${this.digits(6)}`, `CRNA-${this.digits(5)}`]); }
  ssn(): string { const s = `${this.int(100, 665)}-${this.digits(2).replace(/^00/, "14")}-${this.digits(4).replace(/^0000/, "2718")}`; return this.pick([s, s.replace(/-/g, " "), s.replace(/-/g, "")]); }
  serial(): string { return this.pick([`SN ${this.letters(3)}${this.digits(6)}`, `${this.letters(2)}${this.digits(7)}${this.letters(1)}`, this.digits(10), `${this.digits(4)}-${this.digits(4)}-${this.letters(2)}`, `${this.letters(1)}${this.digits(2)}${this.letters(1)}${this.digits(5)}`]).replace(/^SN /, ""); }
  plate(): string { return this.pick([`${this.letters(3)} ${this.digits(3)}`, `${this.digits(3)}-${this.letters(3)}`, `${this.letters(3)}${this.digits(4)}`, `${this.int(1, 9)}${this.letters(3)}${this.digits(3)}`, `${this.letters(2)}-${this.digits(4)}`]); }
  vin(): string { return `${this.int(1, 5)}${this.letters(4, "ABCDEFGHJKLMNPRSTUVWXYZ")}${this.digits(2)}${this.letters(1)}${this.digits(1)}${this.letters(1, "ABCDEFGHJKLMNPRSTVWXY")}${this.digits(7)}`; }
  ipv4(): string { return this.pick([`10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(2, 254)}`, `172.${this.int(16, 31)}.${this.int(0, 255)}.${this.int(2, 254)}`, `${this.int(23, 209)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(2, 254)}`, `192.168.${this.int(0, 20)}.${this.int(2, 254)}`]); }
  ipv6(): string { const h = () => this.int(0, 65535).toString(16); return `2600:${h()}:${h()}:${h()}::${h()}`; }
  uuid(): string { const x = (n: number) => Array.from({ length: n }, () => this.int(0, 15).toString(16)).join(""); return `${x(8)}-${x(4)}-4${x(3)}-${this.pick(["8", "9", "a", "b"])}${x(3)}-${x(12)}`; }
  bio(): string { return this.pick([`FP-${this.digits(8)}`, `BIO${this.letters(2)}${this.digits(6)}`, `FPT:${this.digits(4)}${this.letters(2)}${this.digits(4)}`, `${this.letters(2)}-${this.digits(3)}-${this.digits(5)}`]); }
  hospital(): string { const s = this.pick(L.FAC_STEMS); return this.chance(0.3) ? `${this.town()} ${this.pick(L.HOSP_KINDS)}` : `${s} ${this.pick(L.HOSP_KINDS)}`; }
  asc(): string { return `${this.chance(0.4) ? this.town() : this.pick(L.FAC_STEMS)} ${this.pick(L.ASC_KINDS)}`; }
  clinic(): string { return `${this.chance(0.5) ? this.town() : this.pick(L.FAC_STEMS)} ${this.pick(L.CLINIC_KINDS)}`; }
  pharmacy(): string { return `${this.pick(["Main Street", "Corner", "Hometown", "Family", "Riverside", "Pellham"])} ${this.pick(["Pharmacy", "Drug", "Apothecary", "Rx"])}`; }
}
