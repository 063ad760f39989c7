/**
 * The eleventh corpus's value kit: a seeded context that draws people, places, dates and
 * numbers in the shapes the styles write. Everything is synthetic.
 */
import { Rng } from "../../lib/phi/corpus/rng";
import { COUNTIES, FAC_KINDS, FAC_STEMS, GIVEN, NICK_PAIRS, STATES, STREET_KINDS, STREET_STEMS, SURNAMES, TOWNS } from "./lists";

export interface D { y: number; m: number; d: number }
export interface Person { first: string; last: string; middle?: string; nick?: string }

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const MON = MONTHS.map((m) => m.slice(0, 3));
const DOW = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const p2 = (n: number) => String(n).padStart(2, "0");
const ord = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;
export { ord, p2 };

export type DateForm = "mdy" | "mdy1" | "iso" | "mdy2" | "long" | "short" | "dmy" | "dmonY" | "DMONY" | "ordl" | "dotted" | "slashY" | "dow" | "compact" | "dashmdy" | "upper" | "abbrdot" | "ddmmyy";
export const FULL_FORMS: DateForm[] = ["mdy", "mdy1", "iso", "mdy2", "long", "short", "dmy", "dmonY", "DMONY", "ordl", "dotted", "slashY", "dow", "compact", "dashmdy", "upper", "abbrdot"];

export function fmtDate(x: D, form: DateForm): string {
  const { y, m, d } = x;
  const M = MONTHS[m - 1]!;
  const Mo = MON[m - 1]!;
  switch (form) {
    case "mdy": return `${p2(m)}/${p2(d)}/${y}`;
    case "mdy1": return `${m}/${d}/${y}`;
    case "iso": return `${y}-${p2(m)}-${p2(d)}`;
    case "mdy2": return `${m}/${d}/${String(y).slice(2)}`;
    case "long": return `${M} ${d}, ${y}`;
    case "short": return `${Mo} ${d}, ${y}`;
    case "dmy": return `${d} ${M} ${y}`;
    case "dmonY": return `${p2(d)}-${Mo}-${y}`;
    case "DMONY": return `${p2(d)}${Mo.toUpperCase()}${y}`;
    case "ordl": return `${M} ${ord(d)}, ${y}`;
    case "dotted": return `${p2(d)}.${p2(m)}.${y}`;
    case "slashY": return `${y}/${p2(m)}/${p2(d)}`;
    case "dow": return `${DOW[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}, ${Mo} ${d}, ${y}`;
    case "compact": return `${y}${p2(m)}${p2(d)}`;
    case "dashmdy": return `${p2(m)}-${p2(d)}-${y}`;
    case "upper": return `${M.toUpperCase()} ${d}, ${y}`;
    case "abbrdot": return `${m === 5 ? "May" : m === 9 ? "Sept." : `${Mo}.`} ${d}, ${y}`;
    case "ddmmyy": return `${p2(d)}/${p2(m)}/${String(y).slice(2)}`;
  }
}

/** `March 2019` */
export const monthYear = (x: D): string => `${MONTHS[x.m - 1]} ${x.y}`;
/** `March 3` */
export const monthDay = (x: D): string => `${MONTHS[x.m - 1]} ${x.d}`;
/** `x` moved by `days` (day clamped to 28). */
export function later(x: D, days: number): D {
  const t = new Date(Date.UTC(x.y, x.m - 1, x.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: Math.min(28, t.getUTCDate()) };
}

export class Ctx extends Rng {
  person(): Person {
    const r = this.next();
    let first: string;
    let nick: string | undefined;
    if (r < 0.14) [first, nick] = this.pick(NICK_PAIRS) as [string, string];
    else first = this.pickRanked(GIVEN, 0.35);
    let last: string = this.pickRanked(SURNAMES, 0.4);
    if (this.chance(0.05)) last = `${last}-${this.pick(SURNAMES)}`.replace(/ /g, "");
    const middle = this.chance(0.35) ? this.pick(GIVEN) : undefined;
    return { first, last, ...(middle && middle !== first ? { middle } : {}), ...(nick ? { nick } : {}) };
  }
  given(): string { return this.pickRanked(GIVEN, 0.4); }
  surname(): string { return this.pickRanked(SURNAMES, 0.4); }
  town(): string { return this.pick(TOWNS); }
  city(): string { return this.pick(TOWNS); }
  county(): string { return this.pick(COUNTIES); }
  state(): string { return this.pick(STATES); }
  zip(): string { return `${this.int(1, 9)}${this.digits(4)}`; }
  zip9(): string { return `${this.zip()}-${this.digits(4)}`; }
  streetName(): string { return `${this.pick(STREET_STEMS)} ${this.pick(STREET_KINDS)}`; }
  street(): string {
    const r = this.int(0, 9);
    if (r === 0) return this.pick([`PO Box ${this.int(2, 9999)}`, `P.O. Box ${this.int(2, 999)}`, `Box ${this.int(2, 999)}`]);
    if (r === 1) return `${this.pick(["RR", "Rural Route"])} ${this.int(1, 9)} Box ${this.int(10, 399)}`;
    if (r === 2) return `${this.int(1000, 99999)} County Road ${this.int(1, 999)}`;
    if (r === 3) return `${this.int(100, 9999)} ${this.pick(["N", "S", "E", "W"])} ${ord(this.int(1, 99))} ${this.pick(["St", "Ave", "Pl"])}`;
    if (r === 4) return `${this.pick(["N", "S", "W", "E"])}${this.int(1000, 9999)} ${this.pick(["State Hwy", "County Hwy", "Township Rd"])} ${this.int(1, 199)}`;
    return `${this.int(1, 29999)} ${this.chance(0.2) ? `${this.pick(["N", "S", "E", "W", "NE", "SW"])} ` : ""}${this.streetName()}`;
  }
  unit(): string { return this.pick([`Apt ${this.int(1, 40)}${this.pick(["", "B", "C"])}`, `Unit ${this.int(1, 300)}`, `#${this.int(2, 999)}`, `Lot ${this.int(1, 99)}`, `Trlr ${this.int(1, 60)}`, `Ste ${this.int(100, 450)}`]); }
  phone(): string {
    const a = `${this.int(2, 9)}${this.digits(2)}`;
    const e = `${this.int(2, 9)}${this.digits(2)}`;
    const l = this.digits(4);
    return this.pick([`(${a}) ${e}-${l}`, `${a}-${e}-${l}`, `${a}.${e}.${l}`, `${a}${e}${l}`, `+1 ${a} ${e} ${l}`, `1-${a}-${e}-${l}`, `${a} ${e} ${l}`, `(${a})${e}-${l}`, `+1-${a}-${e}-${l}`]);
  }
  tollFree(): string { return `1-${this.pick(["800", "866", "877", "888"])}-${this.int(2, 9)}${this.digits(2)}-${this.digits(4)}`; }
  email(p: Person): string {
    const f = p.first.toLowerCase().replace(/[^a-z]/g, "") || "pt";
    const l = p.last.toLowerCase().replace(/[^a-z]/g, "") || "x";
    const dom = this.pick(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "windstream.net", "att.net"]);
    return this.pick([`${f}.${l}@${dom}`, `${f[0]}${l}${this.int(1, 99)}@${dom}`, `${l}${f}@${dom}`, `${f}${this.int(40, 99)}@${dom}`]);
  }
  recent(): D { return { y: this.pick([2025, 2026, 2026]), m: this.int(1, 12), d: this.int(1, 28) }; }
  dob(): D { return { y: this.int(1931, 2005), m: this.int(1, 12), d: this.int(1, 28) }; }
  fullDate(x: D): string { return fmtDate(x, this.pick(FULL_FORMS)); }
  partialDate(x: D): string {
    const r = this.int(0, 7);
    return [`${x.m}/${x.d}`, `${p2(x.m)}/${p2(x.d)}`, `${MONTHS[x.m - 1]} ${x.d}`, `${MON[x.m - 1]} ${x.d}`, `${MONTHS[x.m - 1]} ${x.y}`, `${p2(x.m)}/${x.y}`, `${MON[x.m - 1]} ${ord(x.d)}`, `${x.d} ${MON[x.m - 1]}`][r]!;
  }
  /** A partial date that keeps the day (no month-year forms). */
  dayDate(x: D): string {
    return this.pick([`${x.m}/${x.d}`, `${p2(x.m)}/${p2(x.d)}`, `${MONTHS[x.m - 1]} ${x.d}`, `${MON[x.m - 1]} ${x.d}`, `${MON[x.m - 1]} ${ord(x.d)}`, `${x.d} ${MON[x.m - 1]}`]);
  }
  oldAge(): number { return this.int(90, 104); }
  youngAge(): number { return this.int(19, 89); }
  mrn(): string {
    return this.pick([`${this.digits(8)}`, `MR${this.digits(7)}`, `${this.digits(3)}-${this.digits(3)}-${this.digits(3)}`, `E${this.digits(9)}`, `${this.int(1, 9)}${this.digits(6)}`, `${this.letters(2)}-${this.digits(6)}`]);
  }
  ssn(): string {
    const s = `${this.int(100, 665)}`;
    const g = p2(this.int(1, 99));
    const t = `${this.int(1, 9)}${this.digits(3)}`;
    return this.pick([`${s}-${g}-${t}`, `${s}-${g}-${t}`, `${s} ${g} ${t}`, `${s}${g}${t}`]);
  }
  mbi(): string {
    const L = "ACDEFGHJKMNPQRTUVWXY";
    const s = `${this.int(1, 9)}${this.letters(1, L)}${this.letters(1, L + "0123456789")}${this.digits(1)}${this.letters(1, L)}${this.letters(1, L + "0123456789")}${this.digits(1)}${this.letters(2, L)}${this.digits(2)}`;
    return this.chance(0.3) ? `${s.slice(0, 4)}-${s.slice(4, 7)}-${s.slice(7)}` : s;
  }
  member(): string { return this.pick([`${this.letters(3)}${this.digits(9)}`, `W${this.digits(9)}`, `${this.digits(9)}-0${this.int(1, 4)}`, `U${this.digits(8)}`, `${this.letters(1)}${this.digits(2)}${this.letters(1)}${this.digits(6)}`]); }
  group(): string { return this.pick([`${this.digits(6)}`, `GRP-${this.digits(5)}`, `${this.letters(2)}${this.digits(4)}`]); }
  medicaid(): string { return this.pick([`${this.letters(2)}${this.digits(5)}${this.letters(1)}`, `${this.digits(10)}`, `${this.digits(2)}${this.letters(1)}${this.digits(7)}`]); }
  account(): string { return this.pick([`${this.digits(9)}`, `A${this.digits(8)}`, `${this.digits(4)}-${this.digits(6)}`, `${this.digits(12)}`]); }
  npi(): string { return `1${this.digits(9)}`; }
  dea(): string { return `${this.pick(["A", "B", "F", "M"])}${this.letters(1)}${this.digits(7)}`; }
  dl(): string { return this.pick([`${this.letters(1)}${this.digits(8)}`, `${this.digits(9)}`, `${this.letters(1)}${this.digits(3)}-${this.digits(3)}-${this.digits(2)}-${this.digits(3)}-0`, `${this.digits(3)} ${this.digits(3)} ${this.digits(3)}`, `${this.letters(2)}${this.digits(6)}`]); }
  plate(): string { return this.pick([`${this.letters(3)}-${this.digits(4)}`, `${this.digits(3)} ${this.letters(3)}`, `${this.digits(1)}${this.letters(3)}${this.digits(3)}`, `${this.letters(3)}${this.digits(3)}`, `${this.letters(2)} ${this.digits(5)}`]); }
  vin(): string { return `${this.int(1, 5)}${this.letters(2, "FGHJMNTY")}${this.letters(5, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")}${this.digits(1)}${this.letters(1, "ABCDEFGHJKLMNPRSTVWXY")}${this.letters(1)}${this.digits(6)}`; }
  serial(): string { return this.pick([`${this.letters(3)}${this.digits(6)}${this.letters(1)}`, `SN${this.digits(9)}`, `${this.digits(4)}-${this.digits(5)}`, `${this.letters(1)}${this.digits(2)}${this.letters(2)}${this.digits(5)}`, `${this.digits(11)}`]); }
  ipv4(): string { return this.pick([`10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`, `192.168.${this.int(0, 255)}.${this.int(1, 254)}`, `${this.int(24, 223)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`]); }
  ipv6(): string { const h = () => this.int(0, 65535).toString(16); return `2600:${h()}:${h()}:${h()}::${h()}`; }
  uuid(): string { const x = (n: number) => Array.from({ length: n }, () => "0123456789abcdef"[this.int(0, 15)]).join(""); return `${x(8)}-${x(4)}-4${x(3)}-${this.pick(["8", "9", "a", "b"])}${x(3)}-${x(12)}`; }
  facility(kind?: string): string {
    const k = kind ?? this.pick(FAC_KINDS);
    return this.chance(0.3) ? `${this.town()} ${k}` : `${this.pick(FAC_STEMS)} ${k}`;
  }
  licence(prefix = ""): string { return `${prefix}${this.pick([`${this.digits(6)}`, `${this.letters(2)}${this.digits(5)}`, `${this.digits(2)}-${this.digits(5)}`, `${this.letters(1)}${this.digits(7)}`])}`; }
  time(): string { const h = this.int(0, 23); const m = this.int(0, 59); return this.pick([`${p2(h)}:${p2(m)}`, `${p2(h)}${p2(m)}`, `${h % 12 || 12}:${p2(m)} ${h < 12 ? "AM" : "PM"}`, `${h % 12 || 12}:${p2(m)}${h < 12 ? "a" : "p"}`]); }
}
