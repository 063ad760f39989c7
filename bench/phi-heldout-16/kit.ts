/**
 * The sixteenth held-out corpus's value kit: a seeded context that invents people, places, dates and numbers
 * from the author's own lists (lists.ts). Everything is synthetic.
 */
import { Rng } from "../../lib/phi/corpus/rng";
import * as L from "./lists";

export interface D { y: number; m: number; d: number }
export interface Person { first: string; last: string; middle?: string; nick?: string; sex: "F" | "M" }

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const p2 = (n: number) => String(n).padStart(2, "0");
export const monthName = (m: number) => MONTHS[m - 1]!;

export type DateForm = "iso" | "mdy" | "md2y" | "long" | "abbr" | "dmy" | "dMonY" | "compact" | "dot" | "weekday" | "upper" | "short2" | "ordinal" | "slash2";

export function fmtDate(x: D, f: DateForm): string {
  const mn = MONTHS[x.m - 1]!;
  const ab = mn.slice(0, 3);
  switch (f) {
    case "iso": return `${x.y}-${p2(x.m)}-${p2(x.d)}`;
    case "mdy": return `${p2(x.m)}/${p2(x.d)}/${x.y}`;
    case "md2y": return `${x.m}/${x.d}/${x.y}`;
    case "long": return `${mn} ${x.d}, ${x.y}`;
    case "abbr": return `${ab} ${x.d}, ${x.y}`;
    case "dmy": return `${x.d} ${ab} ${x.y}`;
    case "dMonY": return `${p2(x.d)}-${ab.toUpperCase()}-${x.y}`;
    case "compact": return `${x.y}${p2(x.m)}${p2(x.d)}`;
    case "dot": return `${p2(x.m)}.${p2(x.d)}.${x.y}`;
    case "weekday": return `${DAYS[new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay()]}, ${mn} ${x.d}, ${x.y}`;
    case "upper": return `${mn.toUpperCase()} ${x.d}, ${x.y}`;
    case "short2": return `${x.m}/${x.d}/${String(x.y).slice(2)}`;
    case "ordinal": return `${mn} ${x.d}${x.d % 10 === 1 && x.d !== 11 ? "st" : x.d % 10 === 2 && x.d !== 12 ? "nd" : x.d % 10 === 3 && x.d !== 13 ? "rd" : "th"}, ${x.y}`;
    case "slash2": return `${p2(x.m)}/${p2(x.d)}/${String(x.y).slice(2)}`;
  }
}
const FORMS: DateForm[] = ["iso", "mdy", "md2y", "long", "abbr", "dmy", "dMonY", "dot", "weekday", "upper", "short2", "ordinal", "slash2"];

export class Ctx extends Rng {
  person(): Person {
    return this.personOf(this.chance(0.5) ? "F" : "M");
  }
  personOf(sex: "F" | "M"): Person {
    const first = this.pickRanked(sex === "F" ? L.GIVEN_F : L.GIVEN_M, 0.5);
    let last = this.pickRanked(L.SURNAMES, 0.6);
    if (this.chance(0.05)) last = `${last}-${this.pick(L.SURNAMES)}`;
    const middle = this.chance(0.35) ? this.pick(sex === "F" ? L.GIVEN_F : L.GIVEN_M).split(" ")[0] : undefined;
    const nk = L.NICKS.find(([f]) => f === first);
    return { first, last, sex, ...(middle ? { middle } : {}), ...(nk ? { nick: nk[1] } : {}) };
  }
  dob(): D {
    return { y: this.chance(0.9) ? this.int(1925, 2006) : this.int(2007, 2024), m: this.int(1, 12), d: this.int(1, 28) };
  }
  recent(): D {
    return { y: this.pick([2025, 2026, 2026]), m: this.int(1, 12), d: this.int(1, 28) };
  }
  fullDate(x: D, f: DateForm = this.pick(FORMS)): string {
    return fmtDate(x, f);
  }
  partialDate(x: D): string {
    const ab = monthName(x.m).slice(0, 3);
    return this.pick([`${x.m}/${x.d}`, `${p2(x.m)}/${p2(x.d)}`, `${monthName(x.m)} ${x.d}`, `${ab} ${x.d}`, `${x.d} ${ab}`, `${monthName(x.m)} ${x.y}`, `${p2(x.m)}/${x.y}`, `${ab}. ${x.d}`]);
  }
  oldAge(): number { return this.int(90, 104); }
  youngAge(): number { return this.int(1, 89); }
  mrn(): string {
    const r = this.int(0, 5);
    return r === 0 ? `MR${this.digits(7)}` : r === 1 ? this.digits(8) : r === 2 ? `${this.digits(3)}-${this.digits(3)}-${this.digits(3)}` : r === 3 ? `00${this.digits(7)}` : r === 4 ? `P${this.digits(6)}` : `${this.digits(2)} ${this.digits(2)} ${this.digits(3)}`;
  }
  phone(): string {
    const a = `${this.pick(["2", "3", "4", "5", "6", "7", "8", "9"])}${this.digits(2)}`;
    const e = `${this.int(2, 9)}${this.digits(2)}`;
    const s = this.digits(4);
    return this.pick([`(${a}) ${e}-${s}`, `${a}-${e}-${s}`, `${a}.${e}.${s}`, `${a} ${e} ${s}`, `(${a})${e}-${s}`, `1-${a}-${e}-${s}`, `+1 ${a} ${e} ${s}`, `${a}/${e}-${s}`]);
  }
  email(p: Person): string {
    const dom = this.pick(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net", "proton.me", "hotmail.com"]);
    const f = p.first.toLowerCase().replace(/[^a-z]/g, "");
    const l = p.last.toLowerCase().replace(/[^a-z]/g, "");
    return `${this.pick([`${f}.${l}`, `${f[0]}${l}`, `${l}${f[0]}${this.int(1, 99)}`, `${f}${this.int(50, 2001)}`, `${f}_${l}`])}@${dom}`;
  }
  street(): string {
    const r = this.int(0, 9);
    if (r === 0) return `${this.pick(["PO Box", "P.O. Box", "Post Office Box"])} ${this.int(12, 9899)}`;
    if (r === 1) return `${this.int(100, 9999)} ${this.pick(["County Road", "State Route", "Township Rd"])} ${this.int(2, 880)}`;
    if (r === 2) { const k = this.int(4, 99); return `${this.int(10, 999)} ${this.pick(["E", "W", "N", "S"])} ${k}${k % 10 === 1 && k !== 11 ? "st" : k % 10 === 2 && k !== 12 ? "nd" : k % 10 === 3 && k !== 13 ? "rd" : "th"} St`; }
    const dir = this.chance(0.2) ? `${this.pick(["N", "S", "E", "W", "NE", "SW"])} ` : "";
    return `${this.int(1, 19999)} ${dir}${this.pick(L.STREETS)} ${this.pick(L.STREET_KINDS)}`;
  }
  unit(): string {
    return `${this.pick(["Apt", "Apt.", "Unit", "#", "Ste", "Lot", "Rm"])} ${this.pick([String(this.int(1, 40)), `${this.int(1, 9)}${this.pick(["A", "B", "C", "F"])}`, String(this.int(100, 820))])}`;
  }
  town(): string { return this.pickRanked(L.TOWNS, 0.6); }
  state(): string { return this.pick(L.STATES); }
  county(): string { return this.pick(L.COUNTIES); }
  zip(): string { return `${this.int(1, 9)}${this.digits(4)}${this.chance(0.15) ? `-${this.digits(4)}` : ""}`; }
  facility(): string {
    return this.chance(0.3) ? `${this.town()} ${this.pick(L.FAC_KINDS)}` : `${this.pick(L.FAC_STEMS)} ${this.pick(L.FAC_KINDS)}`;
  }
  ssn(): string {
    const a = `${this.int(1, 8)}${this.digits(2)}`, b = this.digits(2), c = this.digits(4);
    return this.pick([`${a}-${b}-${c}`, `${a} ${b} ${c}`, `${a}${b}${c}`]);
  }
  npi(): string { return `1${this.digits(9)}`; }
  member(): string {
    return this.pick([`${this.letters(3)}${this.digits(9)}`, `W${this.digits(9)}`, `${this.digits(11)}`, `${this.letters(2)}${this.digits(6)}-0${this.int(1, 4)}`, `${this.int(1, 9)}${this.letters(2)}${this.digits(1)}-${this.letters(2)}${this.digits(1)}-${this.letters(2)}${this.digits(2)}`]);
  }
  acct(): string { return this.pick([this.digits(9), `${this.digits(4)}-${this.digits(5)}`, `A${this.digits(8)}`, `GT${this.digits(7)}`, this.digits(12)]); }
  ip(): string {
    if (this.chance(0.15)) return `2600:${this.int(1000, 9999).toString(16)}:${this.int(0, 65535).toString(16)}::${this.int(1, 4095).toString(16)}`;
    return this.pick([`${this.int(23, 223)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`, `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`, `192.168.${this.int(0, 255)}.${this.int(1, 254)}`]);
  }
  plate(): string { return this.pick([`${this.letters(3)}-${this.digits(4)}`, `${this.digits(1)}${this.letters(3)}${this.digits(3)}`, `${this.letters(3)} ${this.digits(3)}`, `${this.letters(2)}${this.digits(2)}${this.letters(2)}`]); }
  vin(): string { return `${this.letters(3, "1234ABCDJKLMNSTWXYZ")}${this.letters(5, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")}${this.digits(1)}${this.letters(1, "KLMNPRST")}${this.letters(1)}${this.digits(6)}`; }
  serial(): string { return this.pick([`SN${this.digits(8)}`, `${this.letters(3)}${this.digits(7)}`, `${this.digits(4)}-${this.digits(4)}-${this.letters(2)}`, `${this.letters(1)}${this.digits(2)}${this.letters(2)}${this.digits(5)}`]); }
  uuid(): string {
    const h = (n: number) => Array.from({ length: n }, () => "0123456789abcdef"[this.int(0, 15)]).join("");
    return `${h(8)}-${h(4)}-4${h(3)}-${this.pick(["8", "9", "a", "b"])}${h(3)}-${h(12)}`;
  }
  license(st = this.state()): string { return this.pick([`${st}${this.digits(6)}`, `RN${this.digits(6)}`, `MD.${this.digits(6)}`, `${this.digits(2)}-${this.digits(5)}`, `${this.letters(1)}${this.digits(7)}`]); }
  dea(): string { return `${this.pick(["A", "B", "F", "M"])}${this.letters(1)}${this.digits(7)}`; }
}
