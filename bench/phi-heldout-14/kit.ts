/**
 * The fourteenth held-out corpus's value factory: a seeded context (Rng) that invents people, dates, places,
 * facilities and numbers in many surface forms. Written for this corpus; only the Rng comes from lib/phi/corpus.
 */
import { Rng } from "../../lib/phi/corpus/rng";
import * as L from "./lists";

export interface D { y: number; m: number; d: number }
export interface Person { first: string; last: string; middle?: string; nick?: string }

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const MON = MONTHS.map((m) => m.slice(0, 3));
export const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const p2 = (n: number) => String(n).padStart(2, "0");
export const dayOfWeek = (x: D): number => new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay();
export function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${s}`;
}
export function fmtDate(x: D, f: "iso" | "mdy" | "compact"): string {
  if (f === "iso") return `${x.y}-${p2(x.m)}-${p2(x.d)}`;
  if (f === "compact") return `${x.y}${p2(x.m)}${p2(x.d)}`;
  return `${p2(x.m)}/${p2(x.d)}/${x.y}`;
}

export class Ctx extends Rng {
  person(): Person {
    let first: string;
    let nick: string | undefined;
    if (this.chance(0.12)) [first, nick] = this.pick(L.NICKS);
    else first = this.pickRanked(L.GIVEN, 0.5);
    let last = this.pickRanked(L.SURNAMES, 0.6);
    if (this.chance(0.05)) {
      const other = this.pick(L.SURNAMES);
      if (other !== last && !other.includes(" ") && !last.includes(" ")) last = `${last}-${other}`;
    }
    const middle = this.chance(0.35) ? this.pick(L.GIVEN).split(" ")[0] : undefined;
    return { first, last, ...(middle && middle !== first ? { middle } : {}), ...(nick ? { nick } : {}) };
  }

  /** A person whose given name fits a stated sex (for `mother`, `husband`, `daughter`). */
  personOf(sex: "F" | "M"): Person {
    const p = this.person();
    const first = this.pick(sex === "F" ? L.FEMALE : L.MALE);
    const { nick: _nick, ...rest } = p;
    void _nick;
    return { ...rest, first };
  }

  /** A DOB for an adult or child patient (year 1931–2019). */
  dob(): D {
    return { y: this.int(1931, 2019), m: this.int(1, 12), d: this.int(1, 28) };
  }
  /** A date in the recent past or near future (2025–2026). */
  recent(): D {
    return { y: this.pick([2025, 2026, 2026]), m: this.int(1, 12), d: this.int(1, 28) };
  }
  later(x: D, days: number): D {
    const t = new Date(Date.UTC(x.y, x.m - 1, x.d + days));
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
  }
  fullDate(x: D): string {
    const M = MONTHS[x.m - 1]!;
    const m3 = MON[x.m - 1]!;
    switch (this.int(0, 17)) {
      case 0: return `${x.m}/${x.d}/${x.y}`;
      case 1: return `${p2(x.m)}/${p2(x.d)}/${x.y}`;
      case 2: return fmtDate(x, "iso");
      case 3: return `${x.m}/${x.d}/${String(x.y).slice(2)}`;
      case 4: return `${M} ${x.d}, ${x.y}`;
      case 5: return `${m3} ${x.d}, ${x.y}`;
      case 6: return `${x.d} ${m3} ${x.y}`;
      case 7: return `${p2(x.d)}-${m3}-${x.y}`;
      case 8: return `${x.m === 9 ? "Sept" : m3}. ${x.d}, ${x.y}`;
      case 9: return `${x.y}/${p2(x.m)}/${p2(x.d)}`;
      case 10: return `${DAYS[dayOfWeek(x)]}, ${M} ${x.d}, ${x.y}`;
      case 11: return `${M} ${ordinal(x.d)}, ${x.y}`;
      case 12: return `${m3.toUpperCase()} ${p2(x.d)} ${x.y}`;
      case 13: return `${x.m}-${x.d}-${x.y}`;
      case 14: return `${p2(x.d)}${m3.toUpperCase()}${x.y}`;
      case 15: return `${DAYS[dayOfWeek(x)]!.slice(0, 3)} ${m3} ${p2(x.d)} ${x.y}`;
      case 16: return `${p2(x.m)}-${p2(x.d)}-${String(x.y).slice(2)}`;
      default: return `${M.toUpperCase()} ${x.d}, ${x.y}`;
    }
  }
  /** A date without its year, or month and year. Never a year alone. */
  partialDate(x: D): string {
    const M = MONTHS[x.m - 1]!;
    const m3 = MON[x.m - 1]!;
    switch (this.int(0, 8)) {
      case 0: return `${x.m}/${x.d}`;
      case 1: return `${p2(x.m)}/${p2(x.d)}`;
      case 2: return `${M} ${x.d}`;
      case 3: return `${m3} ${x.d}`;
      case 4: return `${x.d} ${m3}`;
      case 5: return `${M} ${x.y}`;
      case 6: return `${p2(x.m)}/${x.y}`;
      case 7: return `${m3} ${ordinal(x.d)}`;
      default: return `${m3} '${String(x.y).slice(2)}`;
    }
  }

  oldAge(): number {
    return this.pick([90, 90, 91, 91, 92, 92, 93, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104]);
  }
  youngAge(): number {
    return this.int(19, 88);
  }

  mrn(): string {
    switch (this.int(0, 6)) {
      case 0: return `E${this.digits(7)}`;
      case 1: return this.digits(8);
      case 2: return `${this.int(1, 9)}${this.digits(6)}`;
      case 3: return `${this.digits(3)}-${this.digits(3)}-${this.digits(2)}`;
      case 4: return `M${this.digits(9)}`;
      case 5: return `${this.digits(4)} ${this.digits(4)}`;
      default: return `K-${this.digits(6)}`;
    }
  }
  private area(): string {
    return this.pick(["508", "774", "617", "651", "612", "320", "218", "701", "808", "314", "270", "502", "315", "401", "413", "785", "620", "319", "316", "919", "207", "603"]);
  }
  phone(): string {
    const a = this.area();
    const e = `${this.int(2, 9)}${this.digits(2)}`;
    const n = this.digits(4);
    switch (this.int(0, 9)) {
      case 0: return `(${a}) ${e}-${n}`;
      case 1: return `${a}-${e}-${n}`;
      case 2: return `${a}.${e}.${n}`;
      case 3: return `${a} ${e} ${n}`;
      case 4: return `1-${a}-${e}-${n}`;
      case 5: return `+1 ${a} ${e} ${n}`;
      case 6: return `${a}${e}${n}`;
      case 7: return `(${a})${e}-${n}`;
      case 8: return `+1 (${a}) ${e}-${n}`;
      default: return `${a}/${e}-${n}`;
    }
  }
  tollFree(): string {
    return `1-${this.pick(["800", "866", "877", "888", "855"])}-${this.int(2, 9)}${this.digits(2)}-${this.digits(4)}`;
  }
  email(p: Person): string {
    const clean = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z]/g, "").toLowerCase();
    const f = clean(p.first);
    const l = clean(p.last);
    const dom = this.pick(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "comcast.net", "proton.me"]);
    switch (this.int(0, 4)) {
      case 0: return `${f}.${l}@${dom}`;
      case 1: return `${f[0]}${l}${this.int(1, 99)}@${dom}`;
      case 2: return `${l}${f}${this.int(40, 99)}@${dom}`;
      case 3: return `${f}_${l[0]}${this.digits(3)}@${dom}`;
      default: return `${f}${l}@${dom}`;
    }
  }
  staffEmail(p: Person, dom: string): string {
    const clean = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z]/g, "").toLowerCase();
    return this.chance(0.5) ? `${clean(p.first)[0]}${clean(p.last)}@${dom}` : `${clean(p.first)}.${clean(p.last)}@${dom}`;
  }

  street(): string {
    const num = String(this.int(2, 9899));
    const stem = this.pick(L.STREET_STEMS);
    const typ = this.pick(L.STREET_TYPES);
    switch (this.int(0, 9)) {
      case 0: return `PO Box ${this.int(11, 9999)}`;
      case 1: return `P.O. Box ${this.int(11, 999)}`;
      case 2: return `RR ${this.int(1, 6)} Box ${this.int(10, 299)}`;
      case 3: return `${num} ${this.pick(["N", "S", "E", "W"])} ${ordinal(this.int(2, 89))} St`;
      case 4: return `${num} ${this.pick(["N", "S", "E", "W", "NE", "SW"])} ${stem} ${typ}`;
      case 5: return `${this.int(100, 9999)} County Road ${this.int(2, 99)}`;
      case 6: return `${this.int(10, 399)}-${this.pick(["A", "B", "C"])} ${stem} ${typ}`;
      default: return `${num} ${stem} ${typ}`;
    }
  }
  /** A business street line (no PO box or rural route). */
  bizStreet(): string {
    return `${this.int(10, 9899)} ${this.pick(L.STREET_STEMS)} ${this.pick(L.STREET_TYPES)}`;
  }
  unit(): string {
    return this.pick([`Apt ${this.int(1, 40)}${this.pick(["", "A", "B", "C"])}`, `Unit ${this.int(1, 300)}`, `# ${this.int(1, 30)}`, `Lot ${this.int(1, 90)}`, `Ste ${this.int(100, 450)}`, `Apt. ${this.int(101, 912)}`, `Fl ${this.int(2, 3)}`]);
  }
  town(): string {
    return this.pickRanked(L.TOWNS, 0.5);
  }
  county(): string {
    return this.pick(L.COUNTIES);
  }
  state(): string {
    return this.pick(L.STATES);
  }
  zip(): string {
    const z = `${this.int(1, 9)}${this.digits(4)}`;
    return this.chance(0.15) ? `${z}-${this.digits(4)}` : z;
  }

  hospital(): string {
    return this.chance(0.3) ? `${this.pick(L.TOWNS)} ${this.pick(L.HOSP_KINDS)}` : `${this.pick(L.FAC_STEMS)} ${this.pick(L.HOSP_KINDS)}`;
  }
  clinic(): string {
    return this.chance(0.25) ? `${this.pick(L.TOWNS)} ${this.pick(L.CLINIC_KINDS)}` : `${this.pick(L.FAC_STEMS)} ${this.pick(L.CLINIC_KINDS)}`;
  }
  snf(): string {
    return `${this.pick(L.FAC_STEMS)} ${this.pick(L.LTC_KINDS)}`;
  }
  hha(): string {
    return `${this.pick(L.FAC_STEMS)} ${this.pick(L.HH_KINDS)}`;
  }
  chain(): string {
    return `${this.pick(L.CHAINS)}${this.int(1000, 19999)}`;
  }

  ssn(): string {
    const a = `${this.int(1, 8)}${this.digits(2)}`;
    const b = p2(this.int(1, 99));
    const c = String(this.int(1, 9999)).padStart(4, "0");
    return this.pick([`${a}-${b}-${c}`, `${a}-${b}-${c}`, `${a} ${b} ${c}`, `${a}${b}${c}`]);
  }
  mbi(): string {
    const A = "ACDEFGHJKMNPQRTUVWXY";
    const AN = `${A}0123456789`;
    const s = `${this.int(1, 9)}${this.letters(1, A)}${this.letters(1, AN)}${this.int(0, 9)}${this.letters(1, A)}${this.letters(1, AN)}${this.int(0, 9)}${this.letters(2, A)}${this.digits(2)}`;
    return this.chance(0.3) ? `${s.slice(0, 4)}-${s.slice(4, 7)}-${s.slice(7)}` : s;
  }
  member(): string {
    switch (this.int(0, 4)) {
      case 0: return `${this.letters(3)}${this.digits(9)}`;
      case 1: return `W${this.digits(9)}`;
      case 2: return `${this.digits(9)}-${this.digits(2)}`;
      case 3: return `${this.letters(1)}${this.digits(8)}`;
      default: return `${this.digits(11)}`;
    }
  }
  group(): string {
    return this.pick([`${this.digits(6)}`, `GRP-${this.digits(5)}`, `${this.letters(2)}${this.digits(4)}`, `${this.digits(5)}-${this.digits(3)}`]);
  }
  medicaid(): string {
    return this.pick([`${this.digits(10)}`, `${this.letters(2)}${this.digits(8)}`, `${this.digits(8)}${this.letters(1)}`, `1${this.digits(11)}`]);
  }
  acct(): string {
    return this.pick([`${this.digits(9)}`, `A${this.digits(8)}`, `${this.digits(4)}-${this.digits(6)}`, `${this.digits(12)}`, `${this.digits(10)}`]);
  }
  npi(): string {
    return `${this.pick(["1", "1", "2"])}${this.digits(9)}`;
  }
  dea(last: string): string {
    const l = last.normalize("NFD").replace(/[^A-Za-z]/g, "").toUpperCase()[0] ?? "X";
    return `${this.pick(["A", "B", "F", "M"])}${l}${this.digits(7)}`;
  }
  licence(): string {
    return this.pick([`${this.letters(2)}${this.digits(6)}`, `${this.digits(5)}`, `RN${this.digits(7)}`, `${this.letters(1)}-${this.digits(5)}`, `${this.digits(2)}-${this.digits(5)}`, `LIC${this.digits(6)}`]);
  }
  dl(): string {
    return this.pick([`${this.letters(1)}${this.digits(8)}`, `${this.digits(9)}`, `${this.letters(1)}${this.digits(3)}-${this.digits(3)}-${this.digits(3)}-${this.digits(3)}`, `${this.letters(2)}${this.digits(6)}`, `${this.digits(3)}-${this.digits(3)}-${this.digits(3)}`]);
  }
  plate(): string {
    return this.pick([`${this.digits(3)}-${this.letters(3)}`, `${this.letters(3)} ${this.digits(4)}`, `${this.digits(1)}${this.letters(3)}${this.digits(2)}`, `${this.letters(2)}-${this.digits(5)}`, `${this.letters(3)}${this.digits(3)}`]);
  }
  vin(): string {
    const A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    return `${this.pick(["1", "2", "3", "5", "J", "K", "W"])}${this.letters(7, A)}${this.int(0, 9)}${this.letters(1, "ABCDEFGHJKLMNPRSTV")}${this.letters(1, A)}${this.digits(6)}`;
  }
  serial(): string {
    return this.pick([`SN${this.digits(8)}`, `${this.letters(3)}${this.digits(7)}`, `${this.digits(4)}-${this.digits(4)}-${this.letters(2)}`, `${this.letters(1)}${this.digits(2)}${this.letters(1)}${this.digits(6)}`, `${this.digits(11)}`]);
  }
  ip4(): string {
    return this.pick([`10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`, `172.${this.int(16, 31)}.${this.int(0, 255)}.${this.int(1, 254)}`, `192.168.${this.int(0, 255)}.${this.int(1, 254)}`, `${this.int(23, 203)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`]);
  }
  ip6(): string {
    const h = () => this.int(0, 65535).toString(16);
    return `2600:${h()}:${h()}:${h()}::${h()}`;
  }
  hex(n: number): string {
    let s = "";
    for (let i = 0; i < n; i++) s += "0123456789abcdef"[this.int(0, 15)];
    return s;
  }
  uuid(): string {
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(["8", "9", "a", "b"])}${this.hex(3)}-${this.hex(12)}`;
  }
}
