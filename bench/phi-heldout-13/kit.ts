/**
 * The thirteenth held-out corpus's value kit: people, places, dates and numbers, all synthetic, drawn from the
 * author's own lists (lists.ts) with the shared seeded PRNG. Written for this corpus.
 */
import { Rng } from "../../lib/phi/corpus/rng";
import * as L from "./lists";

export interface Person { first: string; middle?: string; last: string; nick?: string }
export interface D { y: number; m: number; d: number }

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const MON = MONTHS.map((m) => m.slice(0, 3));
const DOW = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const p2 = (n: number) => String(n).padStart(2, "0");
const DIM = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export type DateForm = "iso" | "mdy" | "compact";
export function fmtDate(x: D, form: DateForm): string {
  if (form === "iso") return `${x.y}-${p2(x.m)}-${p2(x.d)}`;
  if (form === "compact") return `${x.y}${p2(x.m)}${p2(x.d)}`;
  return `${p2(x.m)}/${p2(x.d)}/${x.y}`;
}

function ord(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th"][n % 10]!;
  return `${n}${s}`;
}

export class Ctx extends Rng {
  person(): Person {
    let first: string;
    let nick: string | undefined;
    if (this.chance(0.1)) {
      const pair = this.pick(L.NICKS);
      first = pair[0];
      nick = pair[1];
    } else first = this.pickRanked(L.GIVEN, 0.45);
    let last = this.pickRanked(L.SURNAMES, 0.55);
    if (this.chance(0.05)) last = `${last}-${this.pick(L.SURNAMES.filter((s) => !/[ ']/.test(s)))}`;
    const middle = this.chance(0.33) ? (this.chance(0.5) ? this.pick(L.MIDDLE) : this.pick(L.GIVEN.filter((g) => !g.includes(" ")))) : undefined;
    return { first, last, ...(middle ? { middle } : {}), ...(nick ? { nick } : {}) };
  }

  date(y0: number, y1: number): D {
    const y = this.int(y0, y1);
    const m = this.int(1, 12);
    return { y, m, d: this.int(1, DIM[m - 1]!) };
  }
  dob(): D { return this.chance(0.85) ? this.date(1928, 2006) : this.date(2007, 2021); }
  recent(): D { return this.date(2025, 2026); }
  after(x: D, days: number): D {
    const t = new Date(Date.UTC(x.y, x.m - 1, x.d) + days * 86400000);
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
  }
  dow(x: D): string { return DOW[new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay()]!; }

  /** A full date in one of 20 spellings. */
  fullDate(x: D): string {
    const { y, m, d } = x;
    const yy = p2(y % 100);
    switch (this.int(0, 19)) {
      case 0: return `${p2(m)}/${p2(d)}/${y}`;
      case 1: return `${m}/${d}/${y}`;
      case 2: return `${y}-${p2(m)}-${p2(d)}`;
      case 3: return `${m}/${d}/${yy}`;
      case 4: return `${MONTHS[m - 1]} ${d}, ${y}`;
      case 5: return `${MON[m - 1]} ${d}, ${y}`;
      case 6: return `${d} ${MON[m - 1]} ${y}`;
      case 7: return `${p2(d)}-${MON[m - 1]!.toUpperCase()}-${y}`;
      case 8: return `${p2(d)}${MON[m - 1]!.toUpperCase()}${y}`;
      case 9: return `${m}-${d}-${y}`;
      case 10: return `${MONTHS[m - 1]} ${ord(d)}, ${y}`;
      case 11: return `${this.dow(x).slice(0, 3)} ${MON[m - 1]} ${d} ${y}`;
      case 12: return `${p2(m)}.${p2(d)}.${y}`;
      case 13: return `${MON[m - 1]!.toUpperCase()} ${p2(d)} ${y}`;
      case 14: return `${d}-${MON[m - 1]}-${yy}`;
      case 15: return `${p2(m)}/${p2(d)}/${yy}`;
      case 16: return `${MONTHS[m - 1]} ${d} ${y}`;
      case 17: return `${y}/${p2(m)}/${p2(d)}`;
      case 18: return `${p2(m)}-${p2(d)}-${yy}`;
      default: return `${this.dow(x)}, ${MONTHS[m - 1]} ${d}, ${y}`;
    }
  }
  /** A date element without the year (or month-year). */
  partialDate(x: D): string {
    const { y, m, d } = x;
    switch (this.int(0, 10)) {
      case 0: return `${m}/${d}`;
      case 1: return `${p2(m)}/${p2(d)}`;
      case 2: return `${MONTHS[m - 1]} ${d}`;
      case 3: return `${MON[m - 1]} ${d}`;
      case 4: return `${MONTHS[m - 1]} ${y}`;
      case 5: return `${p2(m)}/${y}`;
      case 6: return `${MON[m - 1]} ${ord(d)}`;
      case 7: return `${d}-${MON[m - 1]}`;
      case 8: return `${MON[m - 1]}-${p2(y % 100)}`;
      case 9: return `${m}-${d}`;
      default: return `${MON[m - 1]!.toUpperCase()} ${d}`;
    }
  }
  mdShort(x: D): string { return this.chance(0.5) ? `${x.m}/${x.d}` : `${p2(x.m)}/${p2(x.d)}`; }

  youngAge(): number { return this.chance(0.5) ? this.int(18, 89) : this.int(55, 89); }
  oldAge(): number { return this.chance(0.85) ? this.int(90, 99) : this.int(100, 106); }

  areaCode(): string { return `${this.int(2, 9)}${this.int(0, 8)}${this.int(0, 9)}`; }
  phone(): string {
    const a = this.areaCode();
    const b = `${this.int(2, 9)}${this.digits(2)}`;
    const c = this.digits(4);
    switch (this.int(0, 8)) {
      case 0: return `(${a}) ${b}-${c}`;
      case 1: return `${a}-${b}-${c}`;
      case 2: return `${a}.${b}.${c}`;
      case 3: return `${a}${b}${c}`;
      case 4: return `+1 ${a} ${b} ${c}`;
      case 5: return `1-${a}-${b}-${c}`;
      case 6: return `${a} ${b} ${c}`;
      case 7: return `(${a})${b}-${c}`;
      default: return `+1 (${a}) ${b}-${c}`;
    }
  }
  tollFree(): string { return `1-${this.pick(["800", "888", "877", "866", "855"])}-${this.int(2, 9)}${this.digits(2)}-${this.digits(4)}`; }

  email(p: Person): string {
    const f = p.first.toLowerCase().replace(/[^a-z]/g, "");
    const l = p.last.toLowerCase().replace(/[^a-z]/g, "");
    const dom = this.pick(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "att.net", "protonmail.com", "comcast.net", "windstream.net"]);
    switch (this.int(0, 5)) {
      case 0: return `${f}.${l}@${dom}`;
      case 1: return `${f[0]}${l}${this.int(1, 99)}@${dom}`;
      case 2: return `${l}${f}@${dom}`;
      case 3: return `${f}_${l}${this.int(1940, 2010)}@${dom}`;
      case 4: return `${f}${this.pick(["lovesjesus", "mama", "bigdawg", "grandma", "fishin", "rn"])}${this.int(1, 999)}@${dom}`;
      default: return `${l}.family@${dom}`;
    }
  }
  staffEmail(p: Person, dom: string): string { return `${p.first[0]!.toLowerCase()}${p.last.toLowerCase().replace(/[^a-z]/g, "")}@${dom}`; }

  mrn(): string {
    switch (this.int(0, 6)) {
      case 0: return this.digits(8);
      case 1: return `${this.int(1, 9)}${this.digits(6)}`;
      case 2: return `M${this.digits(7)}`;
      case 3: return `${this.digits(3)}-${this.digits(3)}-${this.digits(2)}`;
      case 4: return `E${this.digits(9)}`;
      case 5: return `00${this.digits(7)}`;
      default: return `${this.letters(2)}${this.digits(6)}`;
    }
  }
  ssn(): string {
    const a = `${this.int(1, 665)}`.padStart(3, "0");
    const b = `${this.int(1, 99)}`.padStart(2, "0");
    const c = `${this.int(1, 9999)}`.padStart(4, "0");
    return this.pick([`${a}-${b}-${c}`, `${a}-${b}-${c}`, `${a} ${b} ${c}`, `${a}${b}${c}`]);
  }
  mbi(): string {
    const A = "ACDEFGHJKMNPQRTUVWXY";
    const AN = `${A}0123456789`;
    const s = `${this.int(1, 9)}${this.letters(1, A)}${this.letters(1, AN)}${this.digits(1)}${this.letters(1, A)}${this.letters(1, AN)}${this.digits(1)}${this.letters(2, A)}${this.digits(2)}`;
    return this.chance(0.35) ? `${s.slice(0, 4)}-${s.slice(4, 7)}-${s.slice(7)}` : s;
  }
  member(): string {
    switch (this.int(0, 5)) {
      case 0: return `${this.letters(3)}${this.digits(9)}`;
      case 1: return `W${this.digits(9)}`;
      case 2: return `${this.digits(9)}-0${this.int(1, 4)}`;
      case 3: return `${this.letters(1)}${this.digits(8)}${this.letters(1)}`;
      case 4: return `ZGP${this.digits(6)}${this.letters(2)}`;
      default: return `${this.digits(11)}`;
    }
  }
  group(): string { return this.pick([this.digits(6), `GRP-${this.digits(5)}`, `${this.digits(4)}-${this.letters(2)}`, `00${this.digits(5)}`]); }
  medicaid(): string { return this.pick([`${this.letters(2)}${this.digits(5)}${this.letters(1)}`, this.digits(10), `${this.digits(9)}${this.letters(1)}`]); }
  account(): string { return this.pick([this.digits(9), `A${this.digits(8)}`, `${this.digits(4)}-${this.digits(6)}`, `HAR${this.digits(7)}`]); }
  npi(): string { return `${this.pick(["1", "2"])}${this.digits(9)}`; }
  dea(p?: Person): string { return `${this.pick(["A", "B", "F", "M"])}${p ? p.last[0]!.toUpperCase().replace(/[^A-Z]/, "X") : this.letters(1)}${this.digits(7)}`; }
  stateLic(st = this.pick(L.STATES)): string { return this.pick([`${st}${this.digits(6)}`, `${this.letters(2)}.${this.digits(5)}`, `${this.digits(5)}`, `${st}-${this.letters(2)}-${this.digits(4)}`, `${this.digits(2)}-${this.digits(6)}`]); }
  plate(): string { return this.pick([`${this.letters(3)}-${this.digits(4)}`, `${this.digits(3)} ${this.letters(3)}`, `${this.letters(2)}${this.digits(1)} ${this.digits(3)}${this.letters(1)}`, `${this.digits(1)}${this.letters(3)}${this.digits(3)}`, `${this.letters(3)}${this.digits(3)}`]); }
  vin(): string { return this.letters(17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"); }
  serial(): string { return this.pick([`${this.letters(2)}${this.digits(8)}`, `${this.digits(11)}`, `SN ${this.digits(4)}-${this.digits(5)}`.slice(3), `${this.letters(1)}${this.digits(3)}${this.letters(2)}${this.digits(4)}`, `${this.digits(4)}${this.letters(1)}${this.digits(6)}`]); }
  ip(): string { return this.chance(0.85) ? `${this.int(11, 223)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}` : `2600:${this.letters(4, "0123456789abcdef")}:${this.letters(3, "0123456789abcdef")}::${this.letters(2, "0123456789abcdef")}`; }
  hex(n: number): string { return this.letters(n, "0123456789abcdef"); }
  uuid(): string { return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(["8", "9", "a", "b"])}${this.hex(3)}-${this.hex(12)}`; }

  street(): string {
    const num = String(this.int(1, 29999));
    const stem = this.pick(L.STREETS);
    switch (this.int(0, 9)) {
      case 0: return `PO Box ${this.int(1, 9999)}`;
      case 1: return `${num} ${this.pick(["N", "S", "E", "W", "NE", "SW"])} ${stem} ${this.pick(L.STREET_KINDS)}`;
      case 2: return `${this.int(100, 9999)} County Road ${this.int(1, 999)}`;
      case 3: return `${this.int(10, 999)} ${ord(this.int(1, 120))} ${this.pick(["St", "Ave", "Street"])}`;
      case 4: return `${this.int(100, 9999)} State Route ${this.int(1, 300)}`;
      case 5: return `${num}${this.pick(["A", "B", "½"])} ${stem} ${this.pick(L.STREET_KINDS)}`;
      default: return `${num} ${stem} ${this.pick(L.STREET_KINDS)}`;
    }
  }
  unit(): string { return this.pick([`Apt ${this.int(1, 40)}${this.pick(["", "B", "C"])}`, `Unit ${this.int(1, 400)}`, `#${this.int(1, 30)}`, `Lot ${this.int(1, 90)}`, `Ste ${this.int(100, 400)}`, `Trailer ${this.int(1, 60)}`, `Rm ${this.int(1, 20)}`]); }
  town(): string { return this.pickRanked(L.TOWNS, 0.5); }
  county(): string { return this.pick(L.COUNTIES); }
  state(): string { return this.pick(L.STATES); }
  zip(): string { return this.chance(0.85) ? `${this.int(1, 99)}`.padStart(2, "0") + this.digits(3) : `${this.int(10, 99)}${this.digits(3)}-${this.digits(4)}`; }
  hospital(): string { return this.chance(0.6) ? `${this.pick(L.FAC_STEMS)} ${this.pick(L.HOSP_KINDS)}` : `${this.town()} ${this.pick(L.HOSP_KINDS)}`; }
  clinic(): string { return this.chance(0.6) ? `${this.pick(L.FAC_STEMS)} ${this.pick(L.CLINIC_KINDS)}` : `${this.town()} ${this.pick(L.CLINIC_KINDS)}`; }
}
