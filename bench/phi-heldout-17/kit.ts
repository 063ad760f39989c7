/**
 * The seventeenth corpus's value kit: a seeded Rng (lib/phi/corpus/rng.ts) with generators for people, places,
 * facilities, dates and numbers. Written for this corpus; every value is synthetic.
 */
import { Rng } from "../../lib/phi/corpus/rng";
import * as L from "./lists";

export interface D { y: number; m: number; d: number }
export interface Person { first: string; last: string; middle?: string; nick?: string; sex: "F" | "M" }

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DOW = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const p2 = (x: number) => String(x).padStart(2, "0");
const ord = (d: number) => `${d}${d % 10 === 1 && d !== 11 ? "st" : d % 10 === 2 && d !== 12 ? "nd" : d % 10 === 3 && d !== 13 ? "rd" : "th"}`;
const dim = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export type DateForm = "iso" | "mdy" | "md/yy" | "long" | "mon" | "dmy" | "dmon" | "compact" | "dow" | "ord" | "dash" | "MON" | "dot" | "mdy1";

export function fmtDate(x: D, form: DateForm): string {
  const { y, m, d } = x;
  switch (form) {
    case "iso": return `${y}-${p2(m)}-${p2(d)}`;
    case "mdy": return `${p2(m)}/${p2(d)}/${y}`;
    case "mdy1": return `${m}/${d}/${y}`;
    case "md/yy": return `${m}/${d}/${String(y).slice(2)}`;
    case "long": return `${MONTHS[m - 1]} ${d}, ${y}`;
    case "mon": return `${MON[m - 1]} ${d}, ${y}`;
    case "dmy": return `${d} ${MONTHS[m - 1]} ${y}`;
    case "dmon": return `${p2(d)}-${MON[m - 1]}-${y}`;
    case "compact": return `${p2(d)}${MON[m - 1]!.toUpperCase()}${y}`;
    case "dow": return `${DOW[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}, ${MONTHS[m - 1]} ${d}, ${y}`;
    case "ord": return `${MONTHS[m - 1]} ${ord(d)}, ${y}`;
    case "dash": return `${m}-${d}-${y}`;
    case "MON": return `${MON[m - 1]!.toUpperCase()} ${p2(d)} ${y}`;
    case "dot": return `${p2(m)}.${p2(d)}.${y}`;
  }
}

export class Ctx extends Rng {
  person(): Person {
    return this.personOf(this.chance(0.5) ? "F" : "M");
  }
  personOf(sex: "F" | "M"): Person {
    let first: string;
    let nick: string | undefined;
    if (this.chance(0.1)) {
      const pair = this.pick(L.NICKS.filter((x) => x[2] === sex));
      first = pair[0];
      nick = pair[1];
    } else first = this.pickRanked(sex === "F" ? L.GIVEN_F : L.GIVEN_M, 0.5);
    let last = this.pickRanked(L.SURNAMES, 0.5);
    if (this.chance(0.05)) last = `${last}-${this.pick(L.SURNAMES)}`;
    const middle = this.chance(0.35) ? this.pick(L.MIDDLES) : undefined;
    return { first, last, ...(middle ? { middle } : {}), ...(nick ? { nick } : {}), sex };
  }
  /** A date of birth between 1925 and 2008. */
  dob(): D {
    const y = this.int(1925, 2008);
    const m = this.int(1, 12);
    return { y, m, d: this.int(1, dim(y, m)) };
  }
  /** A date in 2025–2026 (encounters). */
  recent(): D {
    const y = this.chance(0.7) ? 2026 : 2025;
    const m = this.int(1, 12);
    return { y, m, d: this.int(1, dim(y, m)) };
  }
  /** A date `days` after x. */
  plus(x: D, days: number): D {
    const t = new Date(Date.UTC(x.y, x.m - 1, x.d + days));
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
  }
  fullDate(x: D): string {
    return fmtDate(x, this.pick(["iso", "mdy", "mdy", "mdy1", "md/yy", "long", "mon", "dmy", "dmon", "compact", "dow", "ord", "dash", "MON", "dot"] as const));
  }
  partialDate(x: D): string {
    const { m, d } = x;
    return this.pick([`${m}/${d}`, `${p2(m)}/${p2(d)}`, `${MONTHS[m - 1]} ${d}`, `${MON[m - 1]} ${d}`, `${d} ${MON[m - 1]}`, `${MON[m - 1]} ${ord(d)}`, `${MONTHS[m - 1]} ${ord(d)}`, `${m}-${d}`]);
  }
  monthYear(x: D): string {
    return this.pick([`${MONTHS[x.m - 1]} ${x.y}`, `${MON[x.m - 1]} ${x.y}`, `${x.m}/${x.y}`, `${p2(x.m)}/${x.y}`]);
  }
  youngAge(): number {
    return this.int(19, 89);
  }
  oldAge(): number {
    return this.chance(0.85) ? this.int(90, 99) : this.int(100, 106);
  }
  town(): string {
    return this.pickRanked(L.TOWNS, 0.5);
  }
  state(): string {
    return this.pick(L.STATES);
  }
  county(): string {
    return this.pick(L.COUNTIES);
  }
  zip(): string {
    const z = `${this.int(1, 9)}${this.digits(4)}`;
    return this.chance(0.15) ? `${z}-${this.digits(4)}` : z;
  }
  street(): string {
    const r = this.int(0, 9);
    if (r === 0) return `${this.pick(["PO Box", "P.O. Box", "Box"])} ${this.int(2, 9999)}`;
    if (r === 1) return `${this.int(100, 99999)} ${this.pick(["County Road", "State Route", "Hwy", "CR"])} ${this.int(1, 899)}`;
    if (r === 2) return `${this.int(1, 999)} ${this.pick(["N", "S", "E", "W", "North", "West"])} ${this.pick(L.STREET_STEMS)} ${this.pick(L.STREET_SUFFIX)}`;
    if (r === 3) {
      const k = this.int(2, 99);
      const suf = k % 10 === 1 && k !== 11 ? "st" : k % 10 === 2 && k !== 12 ? "nd" : k % 10 === 3 && k !== 13 ? "rd" : "th";
      return `${this.int(1, 4999)} ${k}${suf} ${this.pick(["St", "Ave", "Street"])}`;
    }
    return `${this.int(2, 9999)} ${this.pick(L.STREET_STEMS)} ${this.pick(L.STREET_SUFFIX)}`;
  }
  unit(): string {
    return `${this.pick(["Apt", "Apt.", "Unit", "#", "Lot", "Trlr"])} ${this.chance(0.3) ? this.letters(1) : ""}${this.int(1, 420)}`;
  }
  hospital(): string {
    const r = this.int(0, 2);
    if (r === 0) return `${this.pick(L.HOSP_STEMS)} ${this.pick(L.HOSP_KINDS)}`;
    if (r === 1) return `${this.town()} ${this.pick(L.HOSP_KINDS)}`;
    return this.pick(L.HOSP_STEMS);
  }
  phone(): string {
    const a = `${this.int(2, 9)}${this.digits(2)}`;
    const e = `${this.int(2, 9)}${this.digits(2)}`;
    const s = this.digits(4);
    return this.pick([`(${a}) ${e}-${s}`, `${a}-${e}-${s}`, `${a}.${e}.${s}`, `${a} ${e} ${s}`, `(${a})${e}-${s}`, `${a}${e}${s}`, `1-${a}-${e}-${s}`, `+1 ${a} ${e} ${s}`, `${a}/${e}-${s}`]);
  }
  email(p: Person): string {
    const f = p.first.toLowerCase().replace(/[^a-z]/g, "");
    const l = p.last.toLowerCase().replace(/[^a-z]/g, "");
    const local = this.pick([`${f}.${l}`, `${f}${l}${this.int(1, 99)}`, `${f[0]}${l}`, `${l}${f[0]}${this.int(40, 99)}`, `${f}_${l}`, `${f}${this.int(1950, 2005)}`]);
    return `${local}@${this.pick(this.chance(0.2) ? ["ostranderhealth.org", "mercyridge.org", "wexleyregional.org"] : ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "att.net", "hotmail.com", "comcast.net", "windstream.net"])}`;
  }
  mrn(): string {
    return this.pick([`E${this.digits(7)}`, this.digits(8), `${this.int(1, 9)}${this.digits(6)}`, `${this.digits(3)}-${this.digits(3)}-${this.digits(2)}`, `M${this.digits(9)}`, `${this.digits(2)} ${this.digits(2)} ${this.digits(3)}`, `H00${this.digits(7)}`]);
  }
  fin(): string {
    return this.pick([`${this.digits(10)}`, `V${this.digits(11)}`, `${this.int(25, 26)}-${this.digits(7)}`, `HAR-${this.digits(9)}`, `${this.digits(4)} ${this.digits(4)} ${this.digits(2)}`]);
  }
  member(): string {
    return this.pick([`${this.letters(3)}${this.digits(9)}`, `W${this.digits(9)}`, `${this.digits(9)}${this.letters(1)}`, `${this.int(1, 9)}${this.letters(2, "ACDEFGHJKMNPQRTUVWXY")}${this.int(0, 9)}-${this.letters(2, "ACDEFGHJKMNPQRTUVWXY")}${this.int(0, 9)}-${this.letters(2, "ACDEFGHJKMNPQRTUVWXY")}${this.digits(2)}`, `${this.digits(11)}`, `ZGP${this.digits(8)}01`]);
  }
  mbi(): string {
    const a = "ACDEFGHJKMNPQRTUVWXY";
    const raw = `${this.int(1, 9)}${this.letters(1, a)}${this.letters(1, a + "0123456789")}${this.int(0, 9)}${this.letters(1, a)}${this.letters(1, a + "0123456789")}${this.int(0, 9)}${this.letters(2, a)}${this.digits(2)}`;
    return this.chance(0.5) ? `${raw.slice(0, 4)}-${raw.slice(4, 7)}-${raw.slice(7)}` : raw;
  }
  ssn(): string {
    const s = `${this.int(1, 8)}${this.digits(2)}-${this.int(10, 99)}-${this.int(1000, 9999)}`;
    return this.chance(0.3) ? s.replace(/-/g, this.pick([" ", ""])) : s;
  }
  npi(): string {
    return `1${this.digits(9)}`;
  }
  dea(last: string): string {
    return `${this.pick(["A", "B", "F", "M"])}${(last[0] ?? "X").toUpperCase().replace(/[^A-Z]/, "X")}${this.digits(7)}`;
  }
  licence(): string {
    return this.pick([`MD.${this.digits(6)}`, `RN${this.digits(7)}`, `${this.letters(1)}${this.digits(5)}`, `${this.digits(2)}-${this.digits(6)}`, `DO ${this.digits(5)}`, `35.${this.digits(6)}`]);
  }
  plate(): string {
    return this.pick([`${this.int(1, 9)}${this.letters(3)}${this.digits(3)}`, `${this.letters(3)}-${this.digits(4)}`, `${this.letters(3)} ${this.digits(3)}`, `${this.digits(3)} ${this.letters(3)}`, `${this.letters(2)}${this.digits(2)}${this.letters(2)}`]);
  }
  vin(): string {
    return `${this.letters(3, "123456789ABCDEFGHJKLMNPRSTUVWXYZ")}${this.letters(14, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ")}`;
  }
  serial(): string {
    return this.pick([`${this.letters(3)}${this.digits(6)}${this.letters(1)}`, `${this.digits(8)}`, `SN${this.digits(7)}`, `${this.letters(2)}-${this.digits(5)}-${this.digits(2)}`, `${this.digits(4)}${this.letters(2)}${this.digits(4)}`]);
  }
  ipv4(): string {
    return this.pick([`10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`, `172.${this.int(16, 31)}.${this.int(0, 255)}.${this.int(1, 254)}`, `${this.int(24, 98)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`, `192.168.${this.int(0, 9)}.${this.int(2, 254)}`]);
  }
  ipv6(): string {
    const h = () => this.int(0, 65535).toString(16);
    return `${this.pick(["2601", "2600", "2607", "fd00"])}:${h()}:${h()}:${h()}::${h()}`;
  }
  hex(n: number): string {
    return this.letters(n, "0123456789abcdef");
  }
}
