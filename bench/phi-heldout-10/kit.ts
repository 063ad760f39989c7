/**
 * The tenth held-out corpus's value kit: a seeded Rng with people, places, dates, phones and identifier
 * shapes. It supplies what the fifth corpus's generic helpers (bench/phi-heldout-5/note.ts) ask of a kit.
 */
import { Rng } from "../../lib/phi/corpus/rng";
import * as L from "./lists";

export interface D { y: number; m: number; d: number }
export interface Person { first: string; last: string; middle?: string; nick?: string }

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const MON = MONTHS.map((m) => m.slice(0, 3));
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
const p2 = (n: number) => String(n).padStart(2, "0");
export const ord = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;

/** Full date spellings of this corpus. */
export const FULL_FORMS = [
  "mdy", "mdy1", "iso", "mdyy", "long", "abbr", "dmy", "dMy", "dMonY", "longOrd", "MonDotY", "roman", "ymdSlash", "dotDmy",
  "MDY_UP", "wkLong", "MonDYY", "mDashY", "dMonYY", "ymdNoPad", "spaced",
] as const;
export type FullForm = (typeof FULL_FORMS)[number];

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export function weekday(x: D): string {
  return WEEKDAYS[new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay()]!;
}

export function fmtDate(x: D, f: FullForm): string {
  const { y, m, d } = x;
  switch (f) {
    case "mdy": return `${p2(m)}/${p2(d)}/${y}`;
    case "mdy1": return `${m}/${d}/${y}`;
    case "iso": return `${y}-${p2(m)}-${p2(d)}`;
    case "mdyy": return `${m}/${d}/${String(y).slice(2)}`;
    case "long": return `${MONTHS[m - 1]} ${d}, ${y}`;
    case "abbr": return `${MON[m - 1]} ${d}, ${y}`;
    case "dmy": return `${d} ${MONTHS[m - 1]} ${y}`;
    case "dMy": return `${p2(d)}-${MON[m - 1]!.toUpperCase()}-${y}`;
    case "dMonY": return `${p2(d)} ${MON[m - 1]} ${y}`;
    case "longOrd": return `${MONTHS[m - 1]} ${ord(d)}, ${y}`;
    case "MonDotY": return `${MON[m - 1]}. ${d}, ${y}`;
    case "roman": return `${d}.${ROMAN[m - 1]}.${y}`;
    case "ymdSlash": return `${y}/${p2(m)}/${p2(d)}`;
    case "dotDmy": return `${p2(d)}.${p2(m)}.${y}`;
    case "MDY_UP": return `${MONTHS[m - 1]!.toUpperCase()} ${d}, ${y}`;
    case "wkLong": return `${weekday(x).slice(0, 3)} ${MON[m - 1]} ${p2(d)} ${y}`;
    case "MonDYY": return `${MON[m - 1]} ${d} '${String(y).slice(2)}`;
    case "mDashY": return `${p2(m)}-${p2(d)}-${y}`;
    case "dMonYY": return `${d}-${MON[m - 1]}-${String(y).slice(2)}`;
    case "ymdNoPad": return `${y}${p2(m)}${p2(d)}`;
    case "spaced": return `${p2(m)} ${p2(d)} ${y}`;
  }
}

export const PARTIAL_FORMS = ["md", "mdPad", "Month d", "Mon d", "d Mon", "MonthY", "MonY", "mmYYYY", "ordinal", "Month dth", "MonApos"] as const;
export function fmtPartial(x: D, f: (typeof PARTIAL_FORMS)[number]): string {
  const { y, m, d } = x;
  switch (f) {
    case "md": return `${m}/${d}`;
    case "mdPad": return `${p2(m)}/${p2(d)}`;
    case "Month d": return `${MONTHS[m - 1]} ${d}`;
    case "Mon d": return `${MON[m - 1]} ${d}`;
    case "d Mon": return `${d} ${MON[m - 1]}`;
    case "MonthY": return `${MONTHS[m - 1]} ${y}`;
    case "MonY": return `${MON[m - 1]} ${y}`;
    case "mmYYYY": return `${p2(m)}/${y}`;
    case "ordinal": return ord(d);
    case "Month dth": return `${MONTHS[m - 1]} ${ord(d)}`;
    case "MonApos": return `${MON[m - 1]} '${String(y).slice(2)}`;
  }
}

const AREA = ["205", "256", "479", "501", "417", "573", "601", "662", "318", "337", "985", "912", "706", "423", "865", "931", "270", "606", "304", "540", "828", "910", "843", "864", "580", "918", "806", "915", "432", "575", "505", "928", "208", "406", "701", "605", "308", "715", "920", "906", "989", "260", "812", "319", "563", "712"];

export class Ctx extends Rng {
  person(): Person {
    let first: string = this.pickRanked(L.GIVEN);
    let nick: string | undefined;
    if (this.chance(0.12)) {
      const [f, n] = this.pick(L.NICKS);
      first = f;
      nick = n;
    }
    let last: string = this.pickRanked(L.SURNAMES, 0.4);
    if (this.chance(0.06)) last = `${last}-${this.pick(L.SURNAMES)}`;
    const middle = this.chance(0.35) ? this.pick(L.GIVEN) : undefined;
    return { first, last, ...(middle && middle !== first ? { middle } : {}), ...(nick ? { nick } : {}) };
  }
  street(): string {
    const r = this.int(0, 19);
    const stem = this.pick(L.STREET_STEMS);
    const ty = this.pick(L.STREET_TYPES);
    if (r < 11) return `${this.int(2, 9899)} ${this.chance(0.25) ? `${this.pick(["N", "S", "E", "W", "NE", "SW"])} ` : ""}${stem} ${ty}`;
    if (r === 11) return this.pick([`PO Box ${this.int(11, 9999)}`, `P.O. Box ${this.int(11, 999)}`, `Post Office Box ${this.int(11, 999)}`, `POB ${this.int(11, 999)}`]);
    if (r === 12) return `HCR ${this.int(1, 80)} Box ${this.int(2, 999)}`;
    if (r === 13) return `${this.int(100, 9999)} County Road ${this.int(1, 999)}`;
    if (r === 14) return `${this.int(11, 399)}${this.pick(["-A", "-B", "½", " 1/2"])} ${stem} ${ty}`;
    if (r === 15) return `${this.int(10, 8999)} ${this.pick(["E", "W", "N", "S"])} ${ord(this.int(2, 120))} St`;
    if (r === 16) return `${this.pick(["W", "N", "S", "E"])}${this.int(100, 9999)} ${this.pick(["Hwy", "State Road", "Farm Rd"])} ${this.int(2, 199)}`;
    if (r === 17) return `${this.int(1, 30)}${this.pick(["0", "00", "1", "5"])} ${stem} ${ty}`;
    if (r === 18) return `${this.int(1000, 99999)} US Highway ${this.int(2, 99)} ${this.pick(["N", "S", "E", "W"])}`;
    return `${this.pick(["One", "Two", "Three", "Four"])} ${stem} ${this.pick(["Plaza", "Square", "Commons"])}`;
  }
  /** A road named without a number (gold ADDRESS). */
  road(): string {
    return `${this.pick(L.STREET_STEMS)} ${this.pick(L.STREET_TYPES)}`;
  }
  unit(): string {
    return this.pick([`Apt ${this.int(1, 40)}${this.pick(["", "A", "B", "C"])}`, `Unit ${this.int(1, 300)}`, `# ${this.int(1, 99)}`, `#${this.int(1, 999)}`, `Ste ${this.int(100, 450)}`, `Lot ${this.int(1, 90)}`, `Trlr ${this.int(1, 40)}`, `Bldg ${this.pick(["A", "B", "C", "4"])}`]);
  }
  city(): string {
    return this.pick(L.TOWNS);
  }
  county(): string {
    const s = this.pick(L.COUNTY_STEMS);
    return this.chance(0.15) ? `${s} Parish` : `${s} County`;
  }
  state(): string {
    return this.pick(L.STATES);
  }
  zip(): string {
    const z = `${this.int(1, 9)}${this.digits(4)}`;
    return this.chance(0.2) ? `${z}-${this.digits(4)}` : z;
  }
  zip5(): string {
    return `${this.int(1, 9)}${this.digits(4)}`;
  }
  areaCode(): string {
    return this.pick(AREA);
  }
  phone(): string {
    const a = this.areaCode();
    const e = String(this.int(201, 989));
    const n = this.digits(4);
    switch (this.int(0, 10)) {
      case 0: return `(${a}) ${e}-${n}`;
      case 1: return `${a}-${e}-${n}`;
      case 2: return `${a}.${e}.${n}`;
      case 3: return `${a} ${e} ${n}`;
      case 4: return `+1 ${a} ${e} ${n}`;
      case 5: return `+1 (${a}) ${e}-${n}`;
      case 6: return `1-${a}-${e}-${n}`;
      case 7: return `${a}${e}${n}`;
      case 8: return `${a}/${e}-${n}`;
      case 9: return `+1-${a}-${e}-${n}`;
      default: return `(${a})${e}-${n}`;
    }
  }
  tollFree(): string {
    const a = this.pick(["800", "888", "877", "866", "855", "844"]);
    const e = String(this.int(201, 989));
    return this.pick([`1-${a}-${e}-${this.digits(4)}`, `(${a}) ${e}-${this.digits(4)}`, `${a}-${e}-${this.digits(4)}`, `1 (${a}) ${e}-${this.digits(4)}`]);
  }
  /** International numbers, by country calling code. */
  intlPhone(cc: "7" | "30" | "852" | "44" | "52" | "961" | "20" | "86"): string {
    switch (cc) {
      case "7": return this.pick([`+7 9${this.digits(2)} ${this.digits(3)}-${this.digits(2)}-${this.digits(2)}`, `8 (9${this.digits(2)}) ${this.digits(3)}-${this.digits(2)}-${this.digits(2)}`, `+7 (495) ${this.digits(3)}-${this.digits(2)}-${this.digits(2)}`]);
      case "30": return this.pick([`+30 69${this.digits(1)} ${this.digits(3)} ${this.digits(4)}`, `+30 210 ${this.digits(3)} ${this.digits(4)}`, `0030 2310 ${this.digits(6)}`]);
      case "852": return this.pick([`+852 ${this.int(5, 9)}${this.digits(3)} ${this.digits(4)}`, `(852) ${this.int(2, 3)}${this.digits(3)}-${this.digits(4)}`, `+852-${this.int(5, 9)}${this.digits(7)}`]);
      case "44": return this.pick([`+44 7${this.digits(3)} ${this.digits(6)}`, `+44 (0)20 ${this.digits(4)} ${this.digits(4)}`, `07${this.digits(3)} ${this.digits(3)} ${this.digits(3)}`]);
      case "52": return `+52 ${this.pick(["55", "33", "81", "998"])} ${this.digits(4)} ${this.digits(4)}`;
      case "961": return this.pick([`+961 3 ${this.digits(3)} ${this.digits(3)}`, `+961 1 ${this.digits(6)}`]);
      case "20": return `+20 10 ${this.digits(4)} ${this.digits(4)}`;
      case "86": return `+86 139 ${this.digits(4)} ${this.digits(4)}`;
    }
  }
  email(p: Person): string {
    const f = p.first.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "");
    const l = p.last.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "");
    const dom = this.pick(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "proton.me", "att.net", "windstream.net", "comcast.net"]);
    return this.pick([`${f}.${l}@${dom}`, `${f[0]}${l}${this.int(1, 99)}@${dom}`, `${l}${f}${this.int(40, 99)}@${dom}`, `${f}_${l}@${dom}`, `${f}${l[0]}.${this.int(1950, 2009)}@${dom}`, `${l}.family@${dom}`]);
  }
  staffEmail(p: Person, domain: string): string {
    const f = p.first.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "");
    const l = p.last.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "");
    return this.pick([`${f}.${l}@${domain}`, `${f[0]}${l}@${domain}`, `${l}.${f[0]}@${domain}`]);
  }
  domain(): string {
    const s = this.pick(L.FAC_STEMS).toLowerCase().replace(/[^a-z]/g, "").slice(0, 14);
    return `${s}${this.pick(["health", "med", "clinic", "hc"])}.${this.pick(["org", "com", "net", "us"])}`;
  }
  dob(): D {
    return { y: this.int(1936, 2004), m: this.int(1, 12), d: this.int(1, 28) };
  }
  childDob(): D {
    return { y: this.int(2011, 2023), m: this.int(1, 12), d: this.int(1, 28) };
  }
  recent(): D {
    return { y: this.chance(0.7) ? 2026 : 2025, m: this.int(1, 12), d: this.int(1, 28) };
  }
  after(x: D, days: number): D {
    const t = new Date(Date.UTC(x.y, x.m - 1, x.d + days));
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
  }
  fullDate(x: D): string {
    return fmtDate(x, this.pick(FULL_FORMS));
  }
  partialDate(x: D): string {
    return fmtPartial(x, this.pick(PARTIAL_FORMS));
  }
  oldAge(): number {
    return this.chance(0.85) ? this.int(90, 99) : this.int(100, 106);
  }
  youngAge(): number {
    return this.int(24, 88);
  }
  mrn(): string {
    switch (this.int(0, 6)) {
      case 0: return this.digits(8);
      case 1: return `${this.int(10, 99)}-${this.digits(3)}-${this.digits(3)}`;
      case 2: return `E${this.digits(7)}`;
      case 3: return `${this.digits(4)} ${this.digits(4)}`;
      case 4: return `K-${this.digits(6)}`;
      case 5: return `${this.int(1, 9)}${this.digits(6)}`;
      default: return `00${this.digits(7)}`;
    }
  }
  ssn(): string {
    const a = `${this.int(100, 665)}`;
    const b = this.digits(2).replace("00", "17");
    const c = this.digits(4).replace("0000", "4412");
    return this.pick([`${a}-${b}-${c}`, `${a}-${b}-${c}`, `${a} ${b} ${c}`, `${a}${b}${c}`]);
  }
  mbi(): string {
    const A = "ACDEFGHJKMNPQRTUVWXY";
    const N = "0123456789";
    const AN = A + N;
    const ch = (s: string) => s[this.int(0, s.length - 1)]!;
    const v = `${this.int(1, 9)}${ch(A)}${ch(AN)}${ch(N)}${ch(A)}${ch(AN)}${ch(N)}${ch(A)}${ch(A)}${ch(N)}${ch(N)}`;
    return this.chance(0.3) ? `${v.slice(0, 4)}-${v.slice(4, 7)}-${v.slice(7)}` : v;
  }
  member(): string {
    return this.pick([`${this.letters(3)}${this.digits(9)}`, `W${this.digits(9)}`, `${this.digits(9)}${this.int(0, 9)}1`, `U${this.digits(8)}-0${this.int(1, 4)}`, `${this.letters(2)}${this.digits(7)}`, `H${this.digits(8)}`]);
  }
  group(): string {
    return this.pick([this.digits(6), `GRP-${this.digits(5)}`, `${this.letters(2)}${this.digits(5)}`, `00${this.digits(5)}`]);
  }
  medicaid(): string {
    return this.pick([`${this.digits(10)}`, `${this.letters(2)}${this.digits(5)}${this.letters(1)}`, `${this.int(1, 9)}${this.digits(8)}`, `MCD-${this.digits(8)}`]);
  }
  account(): string {
    return this.pick([this.digits(9), `A${this.digits(8)}`, `${this.digits(4)}-${this.digits(5)}`, `HAR ${this.digits(10)}`.replace("HAR ", ""), `${this.digits(3)}${this.letters(1)}${this.digits(6)}`]);
  }
  npi(): string {
    return `1${this.digits(9)}`;
  }
  dea(first = "B"): string {
    return `${this.pick(["A", "B", "F", "M"])}${first[0]!.toUpperCase()}${this.digits(7)}`;
  }
  license(prefix?: string): string {
    const p = prefix ?? this.pick(["RN", "MD", "LPN", "PT", "SLP", "LD", "DPM", "LCSW", "LPC"]);
    return this.pick([`${p}${this.digits(6)}`, `${p}-${this.digits(5)}`, `${p} ${this.digits(7)}`, `${this.digits(2)}-${this.digits(6)}`, `${p}.${this.digits(6)}`]);
  }
  driverLicense(): string {
    return this.pick([`${this.letters(1)}${this.digits(8)}`, `${this.digits(3)}-${this.digits(3)}-${this.digits(3)}`, `${this.letters(1)}${this.digits(3)}-${this.digits(4)}-${this.digits(4)}`, this.digits(9), `${this.letters(2)}${this.digits(6)}`]);
  }
  plate(): string {
    return this.pick([`${this.letters(3)}-${this.digits(4)}`, `${this.digits(3)} ${this.letters(3)}`, `${this.int(1, 9)}${this.letters(3)}${this.digits(3)}`, `${this.letters(2)}${this.digits(1)} ${this.digits(4)}`, `${this.digits(2)}${this.letters(1)}-${this.digits(3)}`]);
  }
  vin(): string {
    const A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    let s = this.pick(["1G1", "1FT", "2T1", "3VW", "5YJ", "JHM", "1HG", "4T1", "KNA", "WBA"]);
    while (s.length < 17) s += A[this.int(0, A.length - 1)];
    return s;
  }
  serial(): string {
    return this.pick([`${this.letters(2)}${this.digits(7)}`, `SN ${this.digits(9)}`.slice(3), `${this.digits(4)}-${this.digits(4)}-${this.letters(2)}`, `${this.letters(3)}${this.digits(2)}${this.letters(1)}${this.digits(5)}`, `${this.digits(11)}`, `${this.letters(1)}${this.digits(3)}${this.letters(2)}${this.digits(4)}`]);
  }
  ipv4(): string {
    return this.pick([`10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`, `172.${this.int(16, 31)}.${this.int(0, 255)}.${this.int(1, 254)}`, `192.168.${this.int(0, 255)}.${this.int(1, 254)}`, `${this.int(23, 209)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`]);
  }
  ipv6(): string {
    const h = () => this.int(0, 65535).toString(16);
    return `2600:${h()}:${h()}:${h()}::${h()}`;
  }
  uuid(): string {
    const h = (n: number) => Array.from({ length: n }, () => this.int(0, 15).toString(16)).join("");
    return `${h(8)}-${h(4)}-4${h(3)}-${this.pick(["8", "9", "a", "b"])}${h(3)}-${h(12)}`;
  }
  facility(kind: "hosp" | "clinic" | "ltc" | "any" = "any"): string {
    const k = kind === "any" ? this.pick(["hosp", "clinic", "ltc"] as const) : kind;
    const kinds = k === "hosp" ? L.HOSP_KINDS : k === "clinic" ? L.CLINIC_KINDS : L.LTC_KINDS;
    const stem = this.chance(0.25) ? this.city() : this.pick(L.FAC_STEMS);
    return `${stem} ${this.pick(kinds)}`;
  }
  employer(): string {
    return this.pick(L.EMPLOYERS);
  }
  school(): string {
    return this.pick(L.SCHOOLS);
  }
  pharmacy(): string {
    return this.pick(L.PHARMACIES);
  }
  chain(): string {
    return `${this.pick(L.CHAINS)}${this.int(1000, 19999)}`;
  }
  payer(): string {
    return this.pick(L.PAYERS);
  }
  clin(): string {
    return this.pick(L.DISTRACTORS);
  }
  time(): string {
    const h = this.int(6, 21);
    const mi = p2(this.int(0, 59));
    return this.pick([`${p2(h)}:${mi}`, `${p2(h)}${mi}`, `${h > 12 ? h - 12 : h}:${mi} ${h >= 12 ? "PM" : "AM"}`, `${h > 12 ? h - 12 : h}:${mi}${h >= 12 ? "p" : "a"}`]);
  }
  ref(prefix: string, n = 7): string {
    return this.pick([`${prefix}${this.digits(n)}`, `${prefix}-${this.digits(n)}`, `${prefix}${this.int(24, 26)}-${this.digits(n - 2)}`]);
  }
}
