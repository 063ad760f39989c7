/**
 * The ninth held-out corpus's value kit: a seeded `Ctx` (extends the shared mulberry32 `Rng`) that invents people,
 * places, numbers and dates from this corpus's own `lists.ts`, plus distractors that must stay unmarked. It supplies
 * what `bench/phi-heldout-5/note.ts` asks of a kit (`NoteKit`), so the generic helpers there are reused, bound to
 * these values.
 */
import { Rng } from "../../lib/phi/corpus/rng";
import * as V from "./lists";

export interface Person { first: string; last: string; middle?: string; nick?: string }
export interface D { y: number; m: number; d: number }

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const MON = MONTHS.map((m) => m.slice(0, 3));
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const p2 = (x: number) => String(x).padStart(2, "0");
export const ord = (d: number) => `${d}${d % 10 === 1 && d !== 11 ? "st" : d % 10 === 2 && d !== 12 ? "nd" : d % 10 === 3 && d !== 13 ? "rd" : "th"}`;
export const dayName = (x: D) => DAYS[new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay()]!;

/** Fixed layouts machine formats need. */
export const iso = (x: D) => `${x.y}-${p2(x.m)}-${p2(x.d)}`;
export const mdy = (x: D) => `${p2(x.m)}/${p2(x.d)}/${x.y}`;
export const compact = (x: D) => `${x.y}${p2(x.m)}${p2(x.d)}`;
export const mmddyyyy = (x: D) => `${p2(x.m)}${p2(x.d)}${x.y}`;

export class Ctx extends Rng {
  /** 6% of surnames are two joined by a hyphen; 10% of people go by a nickname from the table. */
  person(): Person {
    let first: string;
    let nick: string | undefined;
    if (this.chance(0.1)) [first, nick] = this.pick(V.NICKNAMED);
    else first = this.pickRanked(V.GIVEN, 0.6);
    const last = this.chance(0.06) ? `${this.pick(V.SURNAMES)}-${this.pick(V.SURNAMES)}` : this.pickRanked(V.SURNAMES, 0.6);
    const middle = this.chance(0.35) ? this.pick(V.GIVEN) : undefined;
    return { first, last, ...(middle ? { middle } : {}), ...(nick ? { nick } : {}) };
  }

  personFrom(given: readonly string[], surnames: readonly string[]): Person {
    return { first: this.pick(given), last: this.pick(surnames) };
  }

  street(): string {
    const num = String(this.chance(0.25) ? this.int(2, 399) : this.int(400, 38999));
    const dir = this.chance(0.2) ? `${this.pick(["N", "S", "E", "W", "N.", "S.", "South", "East", "NW", "SE"])} ` : "";
    const stem = this.pick(V.STREET_STEMS);
    const suf = this.pick(V.STREET_SUFFIXES);
    switch (this.int(0, 15)) {
      case 0: return `${this.pick(["PO Box", "P. O. Box", "POB", "Box"])} ${this.int(2, 4999)}`;
      case 1: return `${this.int(100, 9999)} ${this.pick(["Hwy", "Highway", "US Hwy", "State Route", "SR", "FM"])} ${this.int(1, 3999)}`;
      case 2: return `${num} ${this.pick(["CR", "Co Rd", "County Rd"])} ${this.int(1, 990)}${this.pick(["", "", "A", " N"])}`;
      case 3: return `${this.int(1, 99)}${this.pick(["", "-B", "A"])} ${stem} ${suf}`;
      case 4: return `${num} ${dir}${ord(this.int(1, 140))} ${this.pick(["St", "Ave", "Pl", "Terr"])}`;
      case 5: return `${this.int(1000, 99999)} ${this.pick(["Private Rd", "PR", "Forest Service Rd"])} ${this.int(10, 9999)}`;
      case 6: return `${this.pick(["One", "Two", "Three", "Ten"])} ${stem} ${this.pick(["Plaza", "Square", "Commons"])}`;
      default: return `${num} ${dir}${stem} ${suf}`;
    }
  }

  road(): string { return `${this.pick(V.STREET_STEMS)} ${this.pick(V.STREET_SUFFIXES)}`; }

  unit(): string {
    return this.pick([`Apt ${this.int(1, 60)}${this.pick(["", "B", "D"])}`, `Apt. ${this.int(100, 999)}`, `Unit ${this.letters(1)}`, `# ${this.int(2, 40)}`, `Ste ${this.int(100, 900)}`, `Space ${this.int(1, 120)}`, `Bldg ${this.int(1, 9)}`, `Lot ${this.int(1, 99)}`]);
  }

  city(): string { return this.pickRanked(V.TOWNS, 0.7); }
  county(): string { return `${this.pick(V.COUNTY_STEMS)} ${this.chance(0.12) ? "Parish" : "County"}`; }
  state(): string { return this.pick(V.STATES); }
  zip(): string { return `${this.pick(["7", "4", "5", "6", "3", "8", "9", "2", "1", "0"])}${this.digits(4)}${this.chance(0.1) ? `-${this.digits(4)}` : ""}`; }

  private parts(): [string, string, string] { return [this.pick(V.AREA_CODES), String(this.int(202, 987)), this.digits(4)]; }

  phone(): string {
    const [a, b, c] = this.parts();
    return this.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `+1 ${a} ${b} ${c}`, `1 (${a}) ${b}-${c}`, `${a} ${b}-${c}`, `+1${a}${b}${c}`, `(${a}) ${b} ${c}`, `${a}-${b}${c}`, `1.${a}.${b}.${c}`]);
  }
  /** Ten bare digits (machine formats). */
  phone10(): string { const [a, b, c] = this.parts(); return `${a}${b}${c}`; }
  tollFree(): string { return `${this.pick(["1-", "", "(", "1 "])}${this.pick(["800", "877", "888", "866"])}${this.pick(["-", ") ", " "])}${this.int(210, 979)}-${this.digits(4)}`; }

  recent(): D { return { y: this.int(2024, 2026), m: this.int(1, 12), d: this.int(1, 28) }; }
  dob(): D { return { y: this.int(1926, 2008), m: this.int(1, 12), d: this.int(1, 28) }; }

  fullDate(x: D): string {
    const M = MONTHS[x.m - 1]!;
    const m3 = MON[x.m - 1]!;
    const yy = String(x.y).slice(2);
    switch (this.int(0, 19)) {
      case 0: case 1: return `${p2(x.m)}/${p2(x.d)}/${x.y}`;
      case 2: return `${x.m}/${x.d}/${x.y}`;
      case 3: return `${x.y}-${p2(x.m)}-${p2(x.d)}`;
      case 4: return `${x.m}/${x.d}/${yy}`;
      case 5: return `${M} ${x.d}, ${x.y}`;
      case 6: return `${m3} ${x.d}, ${x.y}`;
      case 7: return `${x.d} ${m3} ${x.y}`;
      case 8: return `${p2(x.d)}-${m3.toUpperCase()}-${x.y}`;
      case 9: return `${p2(x.m)}.${p2(x.d)}.${x.y}`;
      case 10: return `${ord(x.d)} ${M} ${x.y}`;
      case 11: return `the ${ord(x.d)} of ${M}, ${x.y}`;
      case 12: return `${m3}-${p2(x.d)}-${x.y}`;
      case 13: return `${dayName(x)}, ${M} ${x.d}, ${x.y}`;
      case 14: return `${p2(x.d)} ${m3} ${yy}`;
      case 15: return `${p2(x.m)}-${p2(x.d)}-${x.y}`;
      case 16: return `${M.toUpperCase()} ${x.d}, ${x.y}`;
      case 17: return `${x.m}.${x.d}.${yy}`;
      case 18: return `${m3}. ${ord(x.d)} ${x.y}`;
      default: return `${x.d}${m3}${x.y}`;
    }
  }

  partialDate(x: D): string {
    const M = MONTHS[x.m - 1]!;
    const m3 = MON[x.m - 1]!;
    return this.pick([`${x.m}/${x.d}`, `${M} ${x.d}`, `${m3} ${ord(x.d)}`, `${x.d} ${M}`, `${M} of ${x.y}`, `${m3} '${String(x.y).slice(2)}`, `${x.m}/${x.y}`, `${p2(x.m)}/${p2(x.d)}`, `${m3}. ${x.d}`, `${dayName(x)} the ${ord(x.d)}`, `${M}, ${x.y}`]);
  }

  oldAge(): number { return this.chance(0.75) ? this.int(90, 98) : this.int(99, 107); }
  youngAge(): number { return this.chance(0.1) ? this.int(0, 17) : this.int(18, 89); }

  mrn(): string {
    switch (this.int(0, 6)) {
      case 0: return this.digits(8);
      case 1: return `${this.int(1, 9)}${this.digits(6)}`;
      case 2: return `E${this.digits(7)}`;
      case 3: return `${this.digits(2)}-${this.digits(4)}-${this.digits(2)}`;
      case 4: return `00${this.digits(7)}`;
      case 5: return `${this.letters(3)}-${this.digits(6)}`;
      default: return `${this.digits(4)} ${this.digits(4)}`;
    }
  }

  email(p: Person): string {
    const clean = (s: string) => s.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "");
    const f = clean(p.first) || "pt";
    const l = clean(p.last) || "x";
    const user = this.pick([`${f}${l}`, `${f}.${l}${this.int(1, 88)}`, `${l}.${f[0]}`, `${f[0]}${f[1] ?? ""}${l}`, `${l}_${f}${this.int(40, 99)}`, `${this.pick(["bigred", "okiegal", "bassfisher", "quiltlady", "cajunqueen", "hawgfan", "deerhunter", "mawmaw"])}${this.int(1, 999)}`]);
    return `${user}@${this.pick(V.EMAIL_DOMAINS)}`;
  }

  ssn(): string {
    const a = String(this.int(120, 680)), b = p2(this.int(1, 99)), c = p2(this.int(10, 99)) + p2(this.int(1, 99));
    return this.pick([`${a}-${b}-${c}`, `${a}-${b}-${c}`, `${a} ${b} ${c}`, `${a}${b}${c}`, `${a}.${b}.${c}`]);
  }

  mbi(): string {
    const L = "ACDEFGHJKMNPQRTUVWXY";
    const s = `${this.int(1, 9)}${this.letters(1, L)}${this.letters(1, L + "0123456789")}${this.int(0, 9)}${this.letters(1, L)}${this.letters(1, L + "0123456789")}${this.int(0, 9)}${this.letters(2, L)}${this.digits(2)}`;
    return this.chance(0.25) ? `${s.slice(0, 4)}-${s.slice(4, 7)}-${s.slice(7)}` : s;
  }

  member(): string { return this.pick([`${this.letters(3)}${this.digits(8)}`, `${this.digits(11)}`, `H${this.digits(8)}01`, `${this.letters(1)}${this.digits(3)}-${this.digits(3)}-${this.digits(3)}`, `ZGP${this.digits(9)}`, `${this.digits(3)} ${this.digits(3)} ${this.digits(3)}`]); }
  group(): string { return this.pick([`${this.digits(5)}`, `G${this.digits(6)}`, `${this.digits(3)}-${this.digits(4)}`, `${this.letters(2)}${this.digits(4)}`]); }
  medicaid(): string { return this.pick([`${this.digits(9)}${this.letters(1)}`, `${this.letters(1)}${this.digits(9)}`, this.digits(12), `${this.digits(4)}-${this.digits(4)}-${this.digits(2)}`]); }
  account(): string { return this.pick([`${this.digits(10)}`, `${this.int(1, 9)}${this.digits(7)}`, `${this.letters(1)}${this.digits(3)}-${this.digits(5)}`, `${this.digits(6)}.${this.digits(2)}`, `AC${this.digits(7)}`]); }
  npi(): string { return `${this.int(1, 2)}${this.digits(9)}`; }
  dea(): string { return `${this.letters(1, "ABFM")}${this.letters(1)}${this.digits(7)}`; }
  dl(): string { return this.pick([`${this.letters(1)}${this.digits(8)}`, `${this.digits(8)}`, `${this.letters(1)}${this.digits(3)}-${this.digits(3)}-${this.digits(2)}-${this.digits(3)}`, `${this.digits(2)} ${this.digits(3)} ${this.digits(4)}`, `${this.letters(1)}${this.digits(2)}-${this.digits(2)}-${this.digits(4)}`]); }
  licence(prefix = ""): string { return `${prefix}${this.pick([this.digits(5), `${this.letters(1)}${this.digits(6)}`, `${this.digits(2)}-${this.digits(5)}`, `${this.letters(3)}.${this.digits(7)}`])}`; }
  plate(): string { return this.pick([`${this.letters(3)}-${this.digits(3)}`, `${this.digits(3)} ${this.letters(3)}`, `${this.letters(2)}${this.int(1, 9)} ${this.digits(3)}`, `${this.digits(1)}${this.letters(2)}${this.digits(4)}`, `${this.letters(4)}${this.digits(2)}`]); }
  vin(): string { return `${this.pick(["1", "2", "3", "4", "5", "J", "K", "W"])}${this.letters(2, "ABCDFGHJKLMNPRSTVWXYZ")}${this.letters(5, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")}${this.int(0, 9)}${this.letters(1, "RSTVWXY")}${this.letters(1, "ABCDEFGHJKLMN0123456789")}${this.digits(6)}`; }
  serial(): string { return this.pick([`${this.letters(3)}${this.digits(6)}`, `${this.digits(3)}${this.letters(1)}${this.digits(5)}`, `${this.letters(1)}${this.digits(4)}-${this.digits(4)}`, this.digits(10), `${this.letters(2)}-${this.digits(6)}-${this.letters(1)}`]); }
  ipv4(): string { return this.chance(0.5) ? `${this.pick(["10." + this.int(1, 250), "172." + this.int(16, 31), "192.168"])}.${this.int(0, 254)}.${this.int(2, 254)}` : `${this.int(24, 216)}.${this.int(1, 254)}.${this.int(0, 254)}.${this.int(1, 254)}`; }
  ipv6(): string { return `${this.pick(["2600", "2601", "2603", "2a02", "2001"])}:${this.hex(4)}:${this.hex(4)}:${this.hex(2)}::${this.hex(3)}`; }
  hex(n: number): string { return this.letters(n, "0123456789abcdef"); }
  domain(): string { return `${this.pick(V.FAC_STEMS).toLowerCase().replace(/[^a-z]/g, "").slice(0, 16)}${this.pick(["health", "hc", "med", "care", ""])}.${this.pick(["org", "com", "net", "us"])}`; }
  url(path: string): string { return `https://${this.pick(["", "www.", "my.", "app."])}${this.domain()}/${path}`; }

  facility(kinds: readonly string[]): string {
    return this.chance(0.7) ? `${this.pick(V.FAC_STEMS)} ${this.pick(kinds)}` : `${this.pick(V.TOWNS)} ${this.pick(kinds)}`;
  }
  hospital(): string { return this.facility(V.HOSPITAL_KINDS); }
  clinic(): string { return this.facility(V.CLINIC_KINDS); }
  ltc(): string { return this.facility(V.LTC_KINDS); }
  hospice(): string { return this.facility(V.HOSPICE_KINDS); }
  school(): string { return this.pick(V.SCHOOLS); }
  employer(): string { return this.pick(V.EMPLOYERS); }
  pharmacy(): string { return this.pick(V.PHARMACIES); }
  chain(): string { return `${this.pick(V.CHAINS)} #${this.int(1000, 18999)}`; }
  payer(): string { return this.pick(V.PAYERS); }
  lab(): string { return this.pick(V.LABS); }
  drug(): string { return this.pick(V.DRUGS); }
  eponym(): string { return this.pick(V.EPONYMS); }

  // ----- distractors (never gold) -----
  time(): string { return this.pick([`${p2(this.int(0, 23))}:${p2(this.int(0, 59))}`, `${p2(this.int(0, 23))}${p2(this.int(0, 59))}`, `${this.int(1, 12)}:${p2(this.int(0, 59))}${this.pick(["am", "pm", " AM", " PM", "a", "p"])}`]); }
  year(): string { return String(this.int(1962, 2025)); }
  vitals(): string { return `T ${this.int(96, 101)}.${this.int(0, 9)} P ${this.int(48, 124)} R ${this.int(10, 28)} BP ${this.int(88, 190)}/${this.int(48, 104)} O2 ${this.int(86, 100)}% ${this.pick(["RA", "2L NC", "on 3 LPM"])}`; }
  labs(): string { return `Na ${this.int(128, 146)}, K ${this.int(3, 5)}.${this.int(0, 9)}, BUN ${this.int(8, 70)}, Cr ${this.int(0, 4)}.${this.int(1, 9)}, WBC ${this.int(3, 19)}.${this.int(0, 9)}, Plt ${this.int(90, 450)}`; }
  icd(): string { return this.pick(["M81.0", "Z87.310", "I50.32", "E11.9", "N18.6", "Z99.2", "G40.909", "F33.2", "C61", "C50.912", "O09.523", "Z3A.20", "T86.12", "S72.001A", "I25.10", "Z51.5", "J96.11", "L97.412", "Z95.811", "G47.33"]); }
  cpt(): string { return this.pick(["77080", "76805", "99183", "90870", "77386", "81225", "99497", "76817", "36561", "93750", "97761", "L5856", "97163", "99349", "93000"]); }
  dose(): string { return `${this.drug()} ${this.pick(["2.5", "5", "10", "20", "25", "40", "50", "100", "0.25", "1"])} ${this.pick(["mg", "mcg", "units", "mg/kg"])} ${this.pick(["daily", "BID", "q12h", "qweek", "q8h PRN", "at bedtime"])}`; }
  lot(): string { return `${this.letters(1)}${this.digits(5)}${this.letters(2)}`; }
  room(): string { return `${this.pick(["Rm", "Room", "Bed", "Bay", "Chair", "Pod"])} ${this.int(1, 59)}${this.pick(["", "A", "B", "-1"])}`; }
  clin(): string {
    return this.pick([
      `${this.vitals()}.`, `${this.labs()}.`, `Dx ${this.icd()}.`, `CPT ${this.cpt()}.`, `Continues ${this.dose()}.`, `${this.eponym()} noted.`,
      `Last seen ${this.pick(["in", "back in"])} ${this.year()}.`, `Call back after ${this.time()}.`, `Ratio ${this.int(1, 6)}:${this.int(1, 12)}.`, `Pain ${this.int(0, 10)}/10.`,
      `Weight ${this.int(88, 330)} lb (${this.int(40, 150)} kg).`, `${this.drug()} held x ${this.int(1, 7)} days.`, `Refer to ${this.lab()} for send-out.`, `Follow in ${this.int(2, 12)} weeks.`,
    ]);
  }
}
