/**
 * The fifteenth held-out corpus's kit: a seeded context (lib/phi/corpus/rng.ts) that draws people, places, dates,
 * numbers and facilities from the author's own lists (lists.ts).
 */
import { Rng } from "../../lib/phi/corpus/rng";
import * as L from "./lists";

export interface D { y: number; m: number; d: number }
export interface Person { first: string; last: string; middle?: string; nick?: string; sex: "F" | "M" }

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MON = MONTHS.map((m) => m.slice(0, 3));
const p2 = (n: number) => String(n).padStart(2, "0");
const ord = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;

export type DateForm = "iso" | "mdy" | "mdy1" | "mdy2" | "long" | "short" | "dmon" | "dMon" | "compact" | "dash" | "ord" | "MON" | "dotshort" | "wk";
export function fmtDate(x: D, f: DateForm): string {
  const { y, m, d } = x;
  switch (f) {
    case "iso": return `${y}-${p2(m)}-${p2(d)}`;
    case "mdy": return `${p2(m)}/${p2(d)}/${y}`;
    case "mdy1": return `${m}/${d}/${y}`;
    case "mdy2": return `${m}/${d}/${String(y).slice(2)}`;
    case "long": return `${MONTHS[m - 1]} ${d}, ${y}`;
    case "short": return `${MON[m - 1]} ${d}, ${y}`;
    case "dmon": return `${p2(d)}-${MON[m - 1]!.toUpperCase()}-${y}`;
    case "dMon": return `${d} ${MON[m - 1]} ${y}`;
    case "compact": return `${y}${p2(m)}${p2(d)}`;
    case "dash": return `${p2(m)}-${p2(d)}-${y}`;
    case "ord": return `${MONTHS[m - 1]} ${ord(d)}, ${y}`;
    case "MON": return `${MON[m - 1]!.toUpperCase()} ${p2(d)} ${y}`;
    case "dotshort": return `${m === 9 ? "Sept" : MON[m - 1]}${m === 5 ? "" : "."} ${d}, ${y}`;
    case "wk": return `${["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}, ${MON[m - 1]} ${d}, ${y}`;
  }
}
const FORMS: DateForm[] = ["iso", "mdy", "mdy1", "mdy2", "long", "short", "dmon", "dMon", "compact", "dash", "ord", "MON", "dotshort", "wk"];

export class Ctx extends Rng {
  person(): Person {
    return this.personOf(this.chance(0.5) ? "F" : "M");
  }
  personOf(sex: "F" | "M"): Person {
    let first: string;
    let nick: string | undefined;
    const nicks = L.NICKS.filter((n) => n[2] === sex);
    if (this.chance(0.12)) { const n = this.pick(nicks); first = n[0]; nick = n[1]; }
    else first = this.pickRanked(sex === "F" ? L.GIVEN_F : L.GIVEN_M, 0.5);
    let last = this.pickRanked(L.SURNAMES, 0.5);
    if (this.chance(0.05)) last = `${last}-${this.pick(L.SURNAMES)}`;
    const middle = this.chance(0.35) ? this.pick(sex === "F" ? L.GIVEN_F : L.GIVEN_M).split(" ")[0] : undefined;
    return { first, last, middle: middle && middle !== first ? middle : undefined, nick, sex };
  }
  dob(): D {
    return { y: this.int(1931, 2016), m: this.int(1, 12), d: this.int(1, 28) };
  }
  recent(): D {
    return { y: this.chance(0.7) ? 2026 : 2025, m: this.int(1, 12), d: this.int(1, 28) };
  }
  fullDate(x: D): string {
    return fmtDate(x, this.pick(FORMS));
  }
  partialDate(x: D): string {
    const { y, m, d } = x;
    return this.pick([
      `${m}/${d}`, `${p2(m)}/${p2(d)}`, `${MONTHS[m - 1]} ${d}`, `${MON[m - 1]} ${d}`, `${d} ${MON[m - 1]}`,
      `${MONTHS[m - 1]} ${y}`, `${p2(m)}/${y}`, `${MON[m - 1]} '${String(y).slice(2)}`, `${MON[m - 1]} ${ord(d)}`,
    ]);
  }
  youngAge(): number { return this.int(19, 88); }
  oldAge(): number { return this.int(90, 104); }
  mrn(): string {
    return this.pick([() => this.digits(7), () => `${this.digits(3)}-${this.digits(4)}`, () => `HRN ${this.digits(6)}`.slice(4), () => `${this.letters(1)}${this.digits(8)}`, () => `${this.digits(2)}-${this.digits(2)}-${this.digits(2)}`])();
  }
  phone(): string {
    const a = `${this.pick(["928", "505", "605", "406", "606", "304", "276", "432", "907", "307", "620", "580", "435"])}`;
    const x = `${this.int(2, 9)}${this.digits(2)}`;
    const n = this.digits(4);
    return this.pick([`(${a}) ${x}-${n}`, `${a}-${x}-${n}`, `${a}.${x}.${n}`, `${a} ${x} ${n}`, `${a}${x}${n}`, `1-${a}-${x}-${n}`, `+1 ${a} ${x} ${n}`, `(${a})${x}-${n}`]);
  }
  email(p: Person): string {
    const f = p.first.toLowerCase().replace(/[^a-z]/g, "");
    const l = p.last.toLowerCase().replace(/[^a-z]/g, "");
    return `${this.pick([`${f}.${l}`, `${f[0]}${l}`, `${l}${this.int(1, 99)}`, `${f}${l[0]}${this.int(60, 2009)}`, `${f}_${l}`])}@${this.pick(["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "frontier.net", "gci.net", "wildblue.net", "icloud.com", "aol.com"])}`;
  }
  street(): string {
    const r = this.int(0, 9);
    if (r === 0) return `${this.pick(["PO Box", "P.O. Box", "Box", "POB"])} ${this.int(1, 4999)}`;
    if (r === 1) return `HC ${this.int(1, 89)} Box ${this.int(10, 999)}`;
    if (r === 2) return `County Road ${this.int(1, 990)}`;
    if (r === 3) return `${this.pick(["N", "Navajo Route", "BIA Route", "IR"])} ${this.int(1, 99)}${this.chance(0.3) ? `, Mile ${this.int(1, 40)}` : ""}`;
    if (r === 4) return `${this.int(10, 9999)} ${this.pick(["US Hwy", "State Hwy", "Hwy", "KY"])} ${this.int(2, 899)}`;
    return `${this.int(1, 9999)} ${this.chance(0.2) ? `${this.pick(["N", "S", "E", "W"])} ` : ""}${this.pick(L.STREETS)} ${this.pick(L.STREET_KINDS)}`;
  }
  road(): string { return `${this.pick(L.STREETS)} ${this.pick(L.STREET_KINDS)}`; }
  unit(): string { return this.pick([`Apt ${this.int(1, 40)}`, `Trlr ${this.int(1, 60)}`, `Lot ${this.int(1, 90)}`, `#${this.int(1, 30)}`, `Unit ${this.letters(1)}`]); }
  town(): string { return this.pickRanked(L.TOWNS, 0.6); }
  county(): string { return this.pick(L.COUNTIES); }
  state(): string { return this.pick(L.STATES); }
  zip(): string { return this.chance(0.15) ? `${this.int(50, 99)}${this.digits(3)}-${this.digits(4)}` : `${this.int(50, 99)}${this.digits(3)}`; }
  facility(): string {
    return this.chance(0.3) ? `${this.town()} ${this.pick(L.FAC_KINDS)}` : `${this.pick(L.FAC_STEMS)} ${this.pick(L.FAC_KINDS)}`;
  }
  school(): string { return `${this.chance(0.5) ? this.town() : this.pick(L.FAC_STEMS)} ${this.pick(L.SCHOOLS)}`; }
  employer(): string { return this.pick(L.EMPLOYERS); }
  ssn(): string { const a = `${this.int(100, 665)}`, b = this.digits(2), c = this.digits(4); return this.pick([`${a}-${b}-${c}`, `${a} ${b} ${c}`, `${a}${b}${c}`]); }
  npi(): string { return `1${this.digits(9)}`; }
  dea(): string { return `${this.pick(["A", "B", "F", "M"])}${this.letters(1)}${this.digits(7)}`; }
  medicaid(): string { return this.pick([`${this.letters(2)}${this.digits(8)}`, this.digits(10), `${this.digits(9)}${this.letters(1)}`]); }
  member(): string { return this.pick([`${this.letters(3)}${this.digits(9)}`, `W${this.digits(9)}`, `${this.digits(3)}-${this.digits(3)}-${this.digits(3)}`, `${this.letters(1)}${this.digits(8)}01`]); }
  mbi(): string { const a = "ACDEFGHJKMNPQRTUVWXY"; const s = `${this.int(1, 9)}${this.letters(1, a)}${this.letters(1, a)}${this.digits(1)}${this.letters(1, a)}${this.letters(1, a)}${this.digits(1)}${this.letters(2, a)}${this.digits(2)}`; return this.chance(0.3) ? `${s.slice(0, 4)}-${s.slice(4, 7)}-${s.slice(7)}` : s; }
  plate(): string { return this.pick([`${this.digits(1)}${this.letters(3)}${this.digits(3)}`, `${this.letters(3)}-${this.digits(4)}`, `${this.letters(3)} ${this.digits(3)}`, `${this.digits(3)} ${this.letters(3)}`, `TRBL ${this.digits(4)}`]); }
  vin(): string { return `${this.letters(1, "1234JKLW")}${this.letters(16, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")}`; }
  serial(): string { return this.pick([`SN ${this.letters(2)}${this.digits(7)}`.slice(3), `${this.digits(4)}-${this.digits(5)}`, `${this.letters(3)}${this.digits(8)}`, `${this.digits(12)}`, `${this.letters(1)}${this.digits(2)}${this.letters(1)}${this.digits(6)}`]); }
  ipv4(): string { return this.chance(0.5) ? `10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}` : `${this.int(23, 199)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`; }
  ipv6(): string { return `2600:${this.letters(4, "0123456789abcdef")}:${this.letters(3, "0123456789abcdef")}::${this.letters(4, "0123456789abcdef")}`; }
  license(st: string = this.state()): string { return this.pick([`${st}-${this.digits(6)}`, `${this.letters(2)}${this.digits(6)}`, `${this.digits(7)}`, `RN${this.digits(7)}`, `${st} ${this.digits(5)}`]); }
  dl(): string { return this.pick([`${this.letters(1)}${this.digits(8)}`, this.digits(9), `${this.digits(3)}-${this.digits(3)}-${this.digits(3)}`, `${this.letters(1)}${this.digits(3)}-${this.digits(3)}-${this.digits(3)}`]); }
  id(prefix = ""): string { return `${prefix}${this.pick([this.digits(7), `${this.digits(2)}-${this.digits(5)}`, `${this.letters(2)}${this.digits(6)}`, `${this.digits(4)}${this.letters(1)}${this.digits(3)}`])}`; }
}
