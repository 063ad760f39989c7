/**
 * The seventh held-out corpus's value kit: people, places, dates, phones and identifier shapes from this
 * corpus's own lists (lists.ts) over the shared seeded RNG. Nothing here is taken from an earlier corpus's kit.
 */
import { Rng } from "../../lib/phi/corpus/rng";
import * as L from "./lists";

export interface D { y: number; m: number; d: number }
export interface Person { first: string; last: string; middle?: string; nick?: string }

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MON_DOT = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export const FULL_FORMS = ["mdy", "mdy1", "iso", "mdyy", "long", "abbr", "abbrdot", "DMONY", "dmony", "ymd8", "mdydash", "dots", "ord", "wk"] as const;
export const PART_FORMS = ["md", "monthd", "mond", "monthy", "mmyyyy", "monyy", "ordmonth"] as const;
/** `nth` is the day alone ("14th"), for "on the 14th" with "the" outside the span. */
export type DateForm = (typeof FULL_FORMS)[number] | (typeof PART_FORMS)[number] | "nth";

const p2 = (n: number) => String(n).padStart(2, "0");
function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${s}`;
}

/** A date in one of this corpus's spellings. */
export function fmtDate(x: D, f: DateForm): string {
  const { y, m, d } = x;
  switch (f) {
    case "mdy": return `${p2(m)}/${p2(d)}/${y}`;
    case "mdy1": return `${m}/${d}/${y}`;
    case "iso": return `${y}-${p2(m)}-${p2(d)}`;
    case "mdyy": return `${m}/${d}/${p2(y % 100)}`;
    case "long": return `${MONTHS[m - 1]} ${d}, ${y}`;
    case "abbr": return `${MON[m - 1]} ${d}, ${y}`;
    case "abbrdot": return `${MON_DOT[m - 1]} ${d}, ${y}`;
    case "DMONY": return `${p2(d)}-${MON[m - 1]!.toUpperCase()}-${y}`;
    case "dmony": return `${d} ${MON[m - 1]} ${y}`;
    case "ymd8": return `${y}${p2(m)}${p2(d)}`;
    case "mdydash": return `${p2(m)}-${p2(d)}-${y}`;
    case "dots": return `${m}.${d}.${y}`;
    case "ord": return `${MONTHS[m - 1]} ${ordinal(d)}, ${y}`;
    case "wk": return `${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}, ${MONTHS[m - 1]} ${d}, ${y}`;
    case "md": return `${m}/${d}`;
    case "monthd": return `${MONTHS[m - 1]} ${d}`;
    case "mond": return `${MON[m - 1]} ${d}`;
    case "nth": return ordinal(d);
    case "monthy": return `${MONTHS[m - 1]} ${y}`;
    case "mmyyyy": return `${p2(m)}/${y}`;
    case "monyy": return `${MON[m - 1]} '${p2(y % 100)}`;
    case "ordmonth": return `${MONTHS[m - 1]} ${ordinal(d)}`;
  }
}

export class Ctx extends Rng {
  person(): Person {
    let first: string;
    let nick: string | undefined;
    if (this.chance(0.13)) [first, nick] = this.pick(L.NICKS);
    else first = this.pick(L.FIRST);
    let last = this.pick(L.LAST);
    if (this.chance(0.05)) {
      const second = this.pick(L.LAST);
      if (!/[ '-]/.test(last + second) && second !== last) last = `${last}-${second}`;
    }
    const middle = this.chance(0.4) ? this.pick(L.FIRST.filter((f) => !f.includes(" "))) : undefined;
    return { first, last, ...(middle && middle !== first ? { middle } : {}), ...(nick ? { nick } : {}) };
  }

  street(): string {
    const r = this.next();
    if (r < 0.07) return this.pick([`PO Box ${this.int(10, 9999)}`, `P.O. Box ${this.int(10, 2999)}`, `Post Office Box ${this.int(10, 999)}`]);
    if (r < 0.1) return `RR ${this.int(1, 9)} Box ${this.int(1, 299)}`;
    if (r < 0.15) return `${this.int(100, 29999)} County Road ${this.int(1, 640)}`;
    if (r < 0.22) {
      const n = this.int(2, 129);
      const suf = n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th";
      return `${this.int(100, 9899)} ${this.pick(L.DIRS)} ${n}${suf} ${this.pick(["St", "Ave", "Street", "Pl"])}`;
    }
    const dir = this.chance(0.2) ? `${this.pick(L.DIRS)} ` : "";
    return `${this.int(1, 24999)} ${dir}${this.pick(L.STREET_NAMES)} ${this.pick(L.STREET_SUFFIX)}`;
  }
  /** A street without its house number ("off Juniper Road"). */
  road(): string {
    return `${this.pick(L.STREET_NAMES)} ${this.pick(["Road", "Rd", "Lane", "Street", "Pike", "Trail"])}`;
  }
  unit(): string {
    return this.pick([`Apt ${this.int(1, 30)}${this.pick(["", "A", "B", "C"])}`, `Unit ${this.int(1, 400)}`, `#${this.int(100, 999)}`,
      `Lot ${this.int(1, 90)}`, `Ste ${this.int(100, 450)}`, `Trlr ${this.int(1, 40)}`, `Apt. ${this.letters(1, "ABCDEFGH")}`]);
  }
  city(): string { return this.pick(L.CITIES); }
  county(): string { return `${this.pick(L.COUNTIES)} County`; }
  state(): string { return this.pick(L.STATES); }
  zip(): string {
    const z = `${this.int(1, 9)}${this.digits(4)}`;
    return this.chance(0.15) ? `${z}-${this.digits(4)}` : z;
  }

  tenDigits(): string {
    return `${this.pick(L.AREA_CODES)}${this.int(2, 9)}${this.digits(2)}${this.digits(4)}`;
  }
  phone(): string {
    const d = this.tenDigits();
    const [a, b, c] = [d.slice(0, 3), d.slice(3, 6), d.slice(6)];
    return this.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, d, `+1 ${a} ${b} ${c}`, `1-${a}-${b}-${c}`, `${a} ${b} ${c}`, `(${a})${b}-${c}`]);
  }
  tollFree(): string {
    return `${this.pick(["1-800", "1-888", "(877)", "866", "855"])}-${this.int(200, 999)}-${this.digits(4)}`.replace(/^\((\d+)\)-/, "($1) ");
  }

  date(yLo: number, yHi: number): D {
    return { y: this.int(yLo, yHi), m: this.int(1, 12), d: this.int(1, 28) };
  }
  recent(): D { return this.date(2025, 2026); }
  dob(): D { return this.date(1931, 2008); }
  fullDate(x: D): string { return fmtDate(x, this.pick(FULL_FORMS)); }
  partialDate(x: D): string { return fmtDate(x, this.pick(PART_FORMS)); }
  oldAge(): number { return this.int(90, 106); }
  youngAge(): number { return this.int(19, 88); }

  mrn(): string {
    return this.pick([
      () => this.digits(8),
      () => `M${this.digits(7)}`,
      () => `${this.digits(4)}-${this.digits(3)}-${this.digits(1)}`,
      () => `${this.letters(2)}${this.digits(6)}`,
      () => `00${this.digits(7)}`,
      () => `${this.digits(3)} ${this.digits(3)} ${this.digits(3)}`,
    ])();
  }
  email(p: Person): string {
    const f = p.first.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "");
    const l = p.last.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "");
    const local = this.pick([`${f}.${l}`, `${f[0]}${l}${this.int(1, 99)}`, `${l}${f}`, `${f}_${l}${this.int(60, 99)}`, `${f}${this.int(1950, 2010)}`, `${this.pick(["mama", "papi", "grandma", "coach", "its"])}${f}`]);
    return `${local}@${this.pick(L.EMAIL_DOMAINS)}`;
  }

  hospital(): string { return `${this.pick(L.FAC_STEMS)} ${this.pick(L.HOSP_KINDS)}`; }
  clinic(): string { return this.chance(0.25) ? `${this.city()} ${this.pick(L.CLINIC_KINDS)}` : `${this.pick(L.FAC_STEMS)} ${this.pick(L.CLINIC_KINDS)}`; }
  employer(): string { return this.pick(L.EMPLOYERS); }

  ssn(): string {
    const a = String(this.int(1, 665)).padStart(3, "0");
    const s = [a, String(this.int(1, 99)).padStart(2, "0"), String(this.int(1, 9999)).padStart(4, "0")];
    return this.pick([s.join("-"), s.join(" "), s.join("")]);
  }
  npi(): string { return `1${this.digits(9)}`; }
  dea(): string { return `${this.pick(["A", "B", "F", "M"])}${this.letters(1)}${this.digits(7)}`; }
  mbi(): string {
    const L1 = "ACDEFGHJKMNPQRTUVWXY";
    return `${this.int(1, 9)}${this.letters(1, L1)}${this.letters(1, L1 + "0123456789")}${this.digits(1)}${this.letters(1, L1)}${this.letters(1, L1 + "0123456789")}${this.digits(1)}${this.letters(2, L1)}${this.digits(2)}`;
  }
  member(): string {
    return this.pick([() => `${this.letters(3)}${this.digits(9)}`, () => `W${this.digits(9)}`, () => `${this.digits(11)}`, () => `${this.letters(1)}${this.digits(8)}-0${this.int(1, 4)}`])();
  }
  group(): string { return this.pick([() => this.digits(6), () => `GRP-${this.digits(5)}`, () => `${this.letters(2)}${this.digits(5)}`])(); }
  medicaid(): string { return this.pick([() => `${this.letters(2)}${this.digits(8)}`, () => this.digits(12), () => `${this.digits(9)}${this.letters(1)}`])(); }
  account(): string { return this.pick([() => this.digits(9), () => `A${this.digits(8)}`, () => `${this.digits(4)}-${this.digits(6)}`, () => this.digits(10)])(); }
  plate(): string { return this.pick([() => `${this.letters(3)}-${this.digits(4)}`, () => `${this.digits(1)}${this.letters(3)}${this.digits(3)}`, () => `${this.letters(3)} ${this.digits(3)}`, () => `${this.digits(3)}-${this.letters(3)}`])(); }
  vin(): string { return `${this.pick(["1", "2", "3", "5", "J", "K", "W"])}${this.letters(2, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")}${this.letters(5, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")}${this.digits(1)}${this.letters(1, "ABCDEFGHJKLMNPRSTVWXY123456789")}${this.letters(1, "ABCDEFGHJKLMNPRSTUVWXYZ")}${this.digits(6)}`; }
  serial(): string {
    return this.pick([() => `SN${this.digits(8)}`, () => `${this.letters(3)}${this.digits(7)}`, () => `${this.digits(2)}${this.letters(2)}${this.digits(6)}`, () => `${this.letters(1)}${this.digits(4)}-${this.digits(5)}`, () => `${this.digits(10)}`])();
  }
  imei(): string { return this.digits(15).replace(/^0/, "3"); }
  ipv4(): string { return this.pick([`10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`, `${this.int(24, 223)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`, `192.168.${this.int(0, 20)}.${this.int(2, 254)}`]); }
  ipv6(): string { return `2600:${this.int(1000, 9999)}:${this.letters(2, "abcdef0123456789")}${this.digits(2)}:${this.digits(1)}${this.letters(3, "abcdef0123456789")}::${this.letters(2, "abcdef")}${this.int(1, 99)}`; }
  dl(): string { return this.pick([() => `${this.letters(1)}${this.digits(7)}`, () => this.digits(9), () => `${this.letters(1)}${this.digits(3)}-${this.digits(4)}-${this.digits(4)}`, () => `${this.digits(3)} ${this.digits(3)} ${this.digits(3)}`])(); }
  stateLicense(): string { return this.pick([() => `${this.letters(2)}${this.digits(6)}`, () => `${this.digits(5)}`.replace(/^0/, "4"), () => `${this.letters(1)}-${this.digits(5)}`, () => `${this.digits(2)}.${this.digits(6)}`])(); }

  /** A vocabulary word or a short clinical distractor. */
  clin(): string { return this.pick(L.CLIN); }
  drug(): string { return this.pick(L.DRUGS); }
  payer(): string { return this.pick(L.PAYERS); }
  lab(): string { return this.pick(L.LABS); }
  chain(): string { return this.pick(L.CHAINS); }
  time(): string { return this.pick([`${this.int(1, 12)}:${p2(this.int(0, 59))} ${this.pick(["AM", "PM", "am", "pm", "a", "p"])}`, `${p2(this.int(0, 23))}${p2(this.int(0, 59))}`, `${p2(this.int(0, 23))}:${p2(this.int(0, 59))}`]); }
  year(): string { return String(this.int(1975, 2025)); }
}
