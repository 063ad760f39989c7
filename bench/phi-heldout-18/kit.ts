/**
 * The eighteenth held-out corpus's value kit: a seeded context (lib/phi/corpus/rng.ts) that makes people,
 * addresses, dates and numbers from the author's own lists and shapes.
 */
import { Rng } from "../../lib/phi/corpus/rng";
import * as L from "./lists";

export interface Person { first: string; last: string; middle?: string; nick?: string; sex: "F" | "M" }
export interface D { y: number; m: number; d: number }

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MON3 = MONTHS.map((m) => m.slice(0, 3));
const DOW = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const monthName = (m: number): string => MONTHS[m - 1]!;
const p2 = (n: number) => String(n).padStart(2, "0");
const ord = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;

export function dow(x: D): string {
  return DOW[new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay()]!;
}

/** Adds days to a date (calendar-correct). */
export function addDays(x: D, days: number): D {
  const t = new Date(Date.UTC(x.y, x.m - 1, x.d) + days * 86400000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function fmtDate(x: D, f: "iso" | "mdy" | "compact"): string {
  if (f === "iso") return `${x.y}-${p2(x.m)}-${p2(x.d)}`;
  if (f === "compact") return `${x.y}${p2(x.m)}${p2(x.d)}`;
  return `${p2(x.m)}/${p2(x.d)}/${x.y}`;
}

export class Ctx extends Rng {
  person(sex: "F" | "M" = this.chance(0.5) ? "F" : "M", old = false): Person {
    if (!old && this.chance(0.1)) {
      const pool = L.NICKS.filter((n) => n[2] === sex);
      const [first, nick] = this.pick(pool);
      return { first, nick, last: this.surname(), sex, ...(this.chance(0.35) ? { middle: this.given(sex) } : {}) };
    }
    const first = old ? this.pick(sex === "F" ? L.OLD_F : L.OLD_M) : this.given(sex);
    let middle: string | undefined;
    if (this.chance(0.35)) { middle = this.given(this.chance(0.8) ? sex : sex === "F" ? "M" : "F"); if (middle === first) middle = undefined; }
    return { first, last: this.surname(), sex, ...(middle ? { middle } : {}) };
  }
  personOf(sex: "F" | "M"): Person { return this.person(sex); }
  given(sex: "F" | "M"): string { return this.pickRanked(sex === "F" ? L.GIVEN_F : L.GIVEN_M, 0.6); }
  surname(): string {
    const s = this.pickRanked(L.SURNAMES, 0.6);
    return this.chance(0.05) ? `${s}-${this.pick(L.SURNAMES)}` : s;
  }
  /** A relative sharing the given surname. */
  kin(last: string, sex: "F" | "M", old = false): Person {
    const p = this.person(sex, old);
    return { ...p, last };
  }

  street(): string {
    const r = this.int(0, 19);
    if (r === 0) return `PO Box ${this.int(12, 9899)}`;
    if (r === 1) return `P.O. Box ${this.int(12, 2999)}`;
    if (r === 2) return `${this.int(100, 9999)} County Road ${this.int(2, 480)}`;
    if (r === 3) return `RR ${this.int(1, 9)} Box ${this.int(10, 499)}`;
    if (r === 4) { const k = this.int(2, 99); return `${this.int(10, 4999)} ${this.pick(["N", "S", "E", "W"])} ${k}${ordSuffix(k)} St`; }
    const dir = this.chance(0.2) ? `${this.pick(["N", "S", "E", "W", "NE", "SW"])} ` : "";
    return `${this.int(2, 29999)} ${dir}${this.pick(L.STREETS)} ${this.pick(L.ST_KINDS)}`;
  }
  unit(): string { return this.pick([`Apt ${this.int(1, 40)}${this.pick(["", "B", "C"])}`, `Apt. ${this.int(101, 420)}`, `Unit ${this.int(1, 22)}`, `#${this.int(2, 310)}`, `Lot ${this.int(1, 88)}`, `Trlr ${this.int(1, 40)}`]); }
  town(): string { return this.pickRanked(L.TOWNS, 0.6); }
  county(): string { return this.pick(L.COUNTIES); }
  state(): string { return this.pick(L.STATES); }
  zip(): string { return `${this.int(1, 9)}${this.digits(4)}${this.chance(0.15) ? `-${this.digits(4)}` : ""}`; }

  facility(kind: "hosp" | "clinic" | "peds" | "ob" = "hosp"): string {
    const stem = this.chance(0.3) ? this.town() : this.pick(L.FAC_STEMS);
    const kinds = kind === "hosp" ? L.HOSP_KINDS : kind === "peds" ? L.PEDS_KINDS : kind === "ob" ? L.OB_KINDS : L.CLINIC_KINDS;
    return `${stem} ${this.pick(kinds)}`;
  }
  daycare(): string { const d = this.pick(L.DAYCARES); return d.endsWith("of") ? `${d} ${this.town()}` : d; }
  school(level?: "elem" | "high"): string {
    const kind = level === "elem" ? this.pick(["Elementary", "Primary", "Elementary School"]) : level === "high" ? this.pick(["High School", "Middle School", "Academy", "County High"]) : this.pick(L.SCHOOLS);
    return `${this.pick([...L.SURNAMES.slice(0, 40), ...L.TOWNS.slice(0, 20)])} ${kind}`;
  }

  /** A date in 2025–2026 (the note's present). */
  recent(): D { return { y: this.chance(0.7) ? 2026 : 2025, m: this.int(1, 12), d: this.int(1, 28) }; }
  /** An adult's DOB (ages 16–45: parents and patients of this corpus). */
  dob(): D { return { y: this.int(1980, 2009), m: this.int(1, 12), d: this.int(1, 28) }; }
  /** A child's DOB (0–17). */
  childDob(): D { return { y: this.int(2009, 2026), m: this.int(1, 12), d: this.int(1, 28) }; }
  youngAge(): number { return this.int(16, 89); }
  oldAge(): number { return this.int(90, 104); }

  fullDate(x: D): string {
    const M = MONTHS[x.m - 1]!;
    const f = [
      () => `${x.m}/${x.d}/${x.y}`, () => `${p2(x.m)}/${p2(x.d)}/${x.y}`, () => fmtDate(x, "iso"), () => `${x.m}/${x.d}/${String(x.y).slice(2)}`,
      () => `${M} ${x.d}, ${x.y}`, () => `${MON3[x.m - 1]} ${x.d}, ${x.y}`, () => `${x.d} ${MON3[x.m - 1]} ${x.y}`, () => `${p2(x.d)}-${MON3[x.m - 1]}-${x.y}`,
      () => `${x.m}-${x.d}-${x.y}`, () => `${M} ${ord(x.d)}, ${x.y}`, () => `${dow(x)}, ${M} ${x.d}, ${x.y}`, () => `${p2(x.d)}${MON3[x.m - 1]!.toUpperCase()}${x.y}`,
      () => `${x.m}.${x.d}.${String(x.y).slice(2)}`, () => `${p2(x.m)}-${p2(x.d)}-${String(x.y).slice(2)}`, () => `${M.toUpperCase()} ${x.d}, ${x.y}`,
    ];
    return this.pick(f)();
  }
  partialDate(x: D): string {
    const M = MONTHS[x.m - 1]!;
    return this.pick([
      () => `${x.m}/${x.d}`, () => `${p2(x.m)}/${p2(x.d)}`, () => `${M} ${x.d}`, () => `${MON3[x.m - 1]} ${x.d}`, () => `${x.d} ${MON3[x.m - 1]}`,
      () => `${M} ${x.y}`, () => `${p2(x.m)}/${x.y}`, () => `${MON3[x.m - 1]} ${ord(x.d)}`, () => `${x.m}-${x.d}`,
    ])();
  }
  /** A lower-case date as a parent types it. */
  typedDate(x: D): string {
    const M = MONTHS[x.m - 1]!.toLowerCase();
    return this.pick([() => `${x.m}/${x.d}`, () => `${x.m}/${x.d}/${String(x.y).slice(2)}`, () => `${M} ${x.d}`, () => `${M.slice(0, 3)} ${ord(x.d)}`, () => `${x.m}-${x.d}-${x.y}`, () => `${M} ${x.d} ${x.y}`])();
  }

  phone(): string {
    const a = `${this.pick(["606", "859", "423", "865", "304", "615", "731", "956", "469", "770", "912", "334", "601", "919", "218", "319", "308", "509", "970", "978", "717", "574", "269", "520", "575"])}`;
    const e = `${this.int(2, 9)}${this.digits(2)}`;
    const n = this.digits(4);
    return this.pick([`(${a}) ${e}-${n}`, `${a}-${e}-${n}`, `${a}.${e}.${n}`, `${a} ${e} ${n}`, `(${a})${e}-${n}`, `1-${a}-${e}-${n}`, `+1 ${a} ${e} ${n}`, `${a}${e}${n}`, `${a}/${e}-${n}`]);
  }
  email(p: Person): string {
    const f = p.first.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "");
    const l = p.last.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "");
    const user = this.pick([`${f}.${l}`, `${f}${l}${this.int(1, 99)}`, `${f[0]}${l}`, `${f}_${this.pick(["mama", "momof3", "xo", "luvs", "babygirl", "boy"])}${this.int(1, 28)}`, `${l}${f[0]}${this.int(80, 2009)}`, `${f}${this.pick(["", "."])}${l}`]);
    return `${user}@${this.pick(["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com", "aol.com", "att.net", "protonmail.com", "windstream.net"])}`;
  }
  mrn(): string {
    return this.pick([() => `${this.int(1, 9)}${this.digits(7)}`, () => `MR${this.digits(7)}`, () => `${this.digits(3)}-${this.digits(2)}-${this.digits(3)}`, () => `P${this.digits(8)}`, () => `00${this.digits(6)}`, () => `${this.digits(4)} ${this.digits(4)}`, () => `W${this.digits(6)}`])();
  }
  ssn(): string { return this.pick([`${this.int(100, 899)}-${this.digits(2)}-${this.digits(4)}`, `${this.int(100, 899)} ${this.digits(2)} ${this.digits(4)}`, `${this.int(100, 899)}${this.digits(6)}`]); }
  medicaid(): string { return this.pick([`${this.digits(10)}`, `${this.letters(2)}${this.digits(8)}`, `${this.digits(9)}${this.letters(1)}`, `M${this.digits(9)}`]); }
  member(): string { return this.pick([`${this.letters(3)}${this.digits(9)}`, `W${this.digits(9)}`, `${this.digits(11)}`, `${this.letters(1)}${this.digits(8)}-0${this.int(1, 4)}`, `ZG${this.letters(1)}${this.digits(8)}`]); }
  group(): string { return this.pick([`${this.digits(6)}`, `GRP-${this.digits(5)}`, `${this.letters(1)}${this.digits(5)}`, `${this.digits(4)}-${this.digits(3)}`]); }
  account(): string { return this.pick([`${this.digits(9)}`, `A${this.digits(8)}`, `${this.digits(4)}-${this.digits(6)}`, `${this.digits(10)}`, `${this.digits(12)}`]); }
  npi(): string { return `1${this.digits(9)}`; }
  dea(): string { return `${this.pick(["A", "B", "F", "M"])}${this.letters(1)}${this.digits(7)}`; }
  licence(): string { return this.pick([`RN${this.digits(6)}`, `${this.letters(2)}-${this.digits(5)}`, `${this.digits(6)}`, `MD.${this.digits(5)}`, `L${this.digits(7)}`, `${this.letters(1)}${this.digits(4)}-${this.digits(3)}`]); }
  plate(): string { return this.pick([`${this.letters(3)}-${this.digits(4)}`, `${this.digits(3)} ${this.letters(3)}`, `${this.digits(1)}${this.letters(3)}${this.digits(3)}`, `${this.letters(3)}${this.digits(3)}`, `${this.letters(2)} ${this.digits(5)}`]); }
  vin(): string { return `${this.pick(["1", "2", "3", "5", "J", "K"])}${this.letters(4, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")}${this.letters(12, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")}`; }
  serial(): string { return this.pick([`${this.letters(2)}${this.digits(8)}`, `${this.digits(10)}`, `${this.digits(4)}-${this.letters(2)}${this.digits(4)}`, `${this.letters(1)}${this.digits(2)}${this.letters(2)}${this.digits(6)}`, `${this.digits(12)}`]); }
  ipv4(): string { return this.chance(0.5) ? `${this.pick(["73", "98", "172", "24", "67", "108", "174", "66"])}.${this.int(1, 254)}.${this.int(0, 254)}.${this.int(1, 254)}` : `${this.pick(["10", "192.168"])}.${this.int(0, 254)}.${this.int(1, 254)}${this.chance(0.5) ? "" : `.${this.int(1, 254)}`}`.replace(/^192\.168\.(\d+)\.(\d+)\.(\d+)$/, "192.168.$1.$2"); }
  ipv6(): string { return `2600:${this.int(1000, 9999)}:${this.letters(3, "abcdef0123456789")}:${this.letters(4, "abcdef0123456789")}::${this.letters(2, "abcdef0123456789")}`; }
  hex(n: number): string { return this.letters(n, "0123456789abcdef"); }
  uuid(): string { return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(["8", "9", "a", "b"])}${this.hex(3)}-${this.hex(12)}`; }
}

function ordSuffix(n: number): string {
  return ord(n).slice(String(n).length);
}
