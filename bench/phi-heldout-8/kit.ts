/**
 * The eighth held-out corpus's value kit: a seeded `Ctx` (extends the shared mulberry32 `Rng`) that invents
 * people, places, numbers and dates from this corpus's own `lists.ts`, plus distractors that must stay unmarked.
 * It supplies what `bench/phi-heldout-5/note.ts` asks of a kit (`NoteKit`), so the generic helpers there are
 * reused, bound to these values.
 */
import { Rng } from "../../lib/phi/corpus/rng";
import * as V from "./lists";

export interface Person { first: string; last: string; middle?: string; nick?: string }
export interface D { y: number; m: number; d: number }

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const MON = MONTHS.map((m) => m.slice(0, 3));
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const p2 = (x: number) => String(x).padStart(2, "0");
const ord = (d: number) => `${d}${d % 10 === 1 && d !== 11 ? "st" : d % 10 === 2 && d !== 12 ? "nd" : d % 10 === 3 && d !== 13 ? "rd" : "th"}`;
export const weekday = (x: D) => WEEKDAYS[new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay()]!;

export type DateForm = "iso" | "mdy" | "mdyShort" | "md" | "long" | "compact";

/** A date in a named form: the record's DOB spellings and a few styles' fixed layouts. */
export function fmtDate(x: D, form: DateForm): string {
  switch (form) {
    case "iso": return `${x.y}-${p2(x.m)}-${p2(x.d)}`;
    case "mdy": return `${p2(x.m)}/${p2(x.d)}/${x.y}`;
    case "mdyShort": return `${x.m}/${x.d}/${String(x.y).slice(2)}`;
    case "md": return `${x.m}/${x.d}`;
    case "long": return `${MONTHS[x.m - 1]} ${x.d}, ${x.y}`;
    case "compact": return `${x.y}${p2(x.m)}${p2(x.d)}`;
  }
}

export class Ctx extends Rng {
  /** 5% of surnames are two joined by a hyphen; 12% of people go by a nickname from the table. */
  person(): Person {
    let first: string;
    let nick: string | undefined;
    if (this.chance(0.12)) [first, nick] = this.pick(V.NICKNAMED);
    else first = this.pick(V.GIVEN);
    const last = this.chance(0.05) ? `${this.pick(V.SURNAMES)}-${this.pick(V.SURNAMES)}` : this.pick(V.SURNAMES);
    const middle = this.chance(0.4) ? this.pick(V.GIVEN) : undefined;
    return { first, last, ...(middle ? { middle } : {}), ...(nick ? { nick } : {}) };
  }

  /** A person drawn from a language's own short lists. */
  personFrom(given: readonly string[], surnames: readonly string[]): Person {
    return { first: this.pick(given), last: this.pick(surnames) };
  }

  street(): string {
    const r = this.int(0, 19);
    const num = String(this.chance(0.3) ? this.int(1, 299) : this.int(100, 24999));
    const dir = this.chance(0.25) ? `${this.pick(["N", "S", "E", "W", "NE", "SW", "North", "West"])} ` : "";
    const stem = this.pick(V.STREET_STEMS);
    const suf = this.pick(V.STREET_SUFFIXES);
    if (r === 0) return `${this.pick(["PO Box", "P.O. Box", "Post Office Box", "PO BOX"])} ${this.int(1, 9899)}`;
    if (r === 1) return `${this.pick(["RR", "Rural Route", "HC"])} ${this.int(1, 72)} Box ${this.int(1, 499)}`;
    if (r === 2) return `${num} County Road ${this.int(1, 980)}`;
    if (r === 3) return `${this.pick(["N", "W", "S", "E"])}${this.int(1000, 9999)} State Hwy ${this.int(10, 199)}`;
    if (r === 4) return `${this.int(100, 2999)} ${this.pick(["W", "E", "N", "S"])} ${this.int(1, 99) * 100} ${this.pick(["N", "S", "E", "W"])}`;
    if (r === 5) return `${this.int(10, 219)}-${p2(this.int(1, 99))} ${this.int(30, 260)}${this.pick(["th", "st"])} ${this.pick(["St", "Ave", "Rd"])}`;
    if (r === 6) return `${this.int(100, 4999)} 1/2 ${stem} ${suf}`;
    if (r === 7) return `${num} ${dir}${ord(this.int(1, 99))} ${this.pick(["St", "Street", "Ave", "Avenue"])}`;
    return `${num} ${dir}${stem} ${suf}`;
  }

  /** A road named without a house number (`Quail Run Rd`). */
  road(): string { return `${this.pick(V.STREET_STEMS)} ${this.pick(V.STREET_SUFFIXES)}`; }

  unit(): string {
    return this.pick([`Apt ${this.int(1, 40)}${this.pick(["", "A", "B", "C"])}`, `Unit ${this.int(1, 320)}`, `#${this.int(1, 999)}`, `Lot ${this.int(1, 88)}`, `Ste ${this.int(100, 450)}`, `Trlr ${this.int(1, 60)}`, `Apt. ${this.letters(1)}`, `Rm ${this.int(2, 30)}`]);
  }

  city(): string { return this.pick(V.TOWNS); }
  county(): string { return `${this.pick(V.COUNTY_STEMS)} ${this.chance(0.15) ? "Parish" : "County"}`; }
  state(): string { return this.pick(V.STATES); }
  zip(): string { return String(this.int(1001, 99950)).padStart(5, "0") + (this.chance(0.12) ? `-${this.digits(4)}` : ""); }

  private num10(): [string, string, string] {
    return [this.pick(V.AREA_CODES), String(this.int(201, 989)), this.digits(4)];
  }

  phone(): string {
    const [a, b, c] = this.num10();
    return this.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a} ${b} ${c}`, `+1 ${a}-${b}-${c}`, `1-${a}-${b}-${c}`, `${a}${b}${c}`, `+1 (${a}) ${b}-${c}`, `(${a})${b}-${c}`, `${a}/${b}-${c}`]);
  }

  tollFree(): string {
    return `${this.pick(["1-", "", "1 "])}${this.pick(["800", "888", "877", "866", "855"])}-${this.int(200, 989)}-${this.digits(4)}`;
  }

  recent(): D { return { y: this.int(2024, 2026), m: this.int(1, 12), d: this.int(1, 28) }; }
  dob(): D { return { y: this.int(1928, 2007), m: this.int(1, 12), d: this.int(1, 28) }; }

  fullDate(x: D): string {
    const M = MONTHS[x.m - 1]!;
    const m3 = MON[x.m - 1]!;
    const yy = String(x.y).slice(2);
    switch (this.int(0, 17)) {
      case 0: return `${p2(x.m)}/${p2(x.d)}/${x.y}`;
      case 1: return `${x.m}/${x.d}/${x.y}`;
      case 2: return `${x.y}-${p2(x.m)}-${p2(x.d)}`;
      case 3: return `${x.m}/${x.d}/${yy}`;
      case 4: return `${M} ${x.d}, ${x.y}`;
      case 5: return `${m3} ${x.d}, ${x.y}`;
      case 6: return `${x.d} ${M} ${x.y}`;
      case 7: return `${p2(x.d)}-${m3}-${x.y}`;
      case 8: return `${p2(x.d)}${m3.toUpperCase()}${x.y}`;
      case 9: return `${x.y}/${p2(x.m)}/${p2(x.d)}`;
      case 10: return `${x.m}-${x.d}-${x.y}`;
      case 11: return `${x.m === 9 ? "Sept" : m3}${x.m === 5 ? "" : "."} ${x.d}, ${x.y}`;
      case 12: return `${m3.toUpperCase()} ${p2(x.d)} ${x.y}`;
      case 13: return `${x.d}-${m3}-${yy}`;
      case 14: return `${weekday(x).slice(0, 3)}, ${m3} ${x.d}, ${x.y}`;
      case 15: return `${M} ${x.d} ${x.y}`;
      case 16: return `${p2(x.m)}-${p2(x.d)}-${yy}`;
      default: return `${M} ${ord(x.d)}, ${x.y}`;
    }
  }

  partialDate(x: D): string {
    const M = MONTHS[x.m - 1]!;
    const m3 = MON[x.m - 1]!;
    return this.pick([`${x.m}/${x.d}`, `${M} ${x.d}`, `${m3} ${x.d}`, `${x.d}-${m3}`, `${M} ${x.y}`, `${m3} ${x.y}`, `${p2(x.m)}/${x.y}`, `${M} ${ord(x.d)}`, `${p2(x.m)}/${p2(x.d)}`, `${x.d} ${m3}`]);
  }

  /** `the 4th` style: the ordinal alone. */
  ordinal(x: D): string { return ord(x.d); }

  oldAge(): number { return this.chance(0.7) ? this.int(90, 97) : this.int(98, 106); }
  youngAge(): number { return this.chance(0.15) ? this.int(1, 17) : this.int(18, 89); }

  mrn(): string {
    switch (this.int(0, 6)) {
      case 0: return this.digits(7);
      case 1: return `${this.int(1, 9)}${this.digits(7)}`;
      case 2: return `M${this.digits(8)}`;
      case 3: return `${this.digits(3)}-${this.digits(3)}-${this.digits(3)}`;
      case 4: return `000${this.digits(6)}`;
      case 5: return `${this.letters(2)}${this.digits(6)}`;
      default: return `${this.digits(2)}-${this.digits(2)}-${this.digits(2)}`;
    }
  }

  email(p: Person): string {
    const f = p.first.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "") || "pt";
    const l = p.last.toLowerCase().normalize("NFD").replace(/[^a-z]/g, "") || "x";
    const user = this.pick([`${f}.${l}`, `${f[0]}${l}${this.int(1, 99)}`, `${l}${f}${this.int(50, 99)}`, `${f}_${l}`, `${(p.nick ?? f).toLowerCase().replace(/[^a-z]/g, "")}${l[0]}${this.int(1960, 2010)}`, `${this.pick(["mama", "papa", "nana", "gigi", "coach", "farmer", "grandma"])}${l}${this.int(1, 9)}`]);
    return `${user}@${this.pick(V.EMAIL_DOMAINS)}`;
  }

  ssn(): string {
    const a = String(this.int(101, 665)), b = this.digits(2).replace("00", "17"), c = String(this.int(1001, 9998));
    return this.pick([`${a}-${b}-${c}`, `${a} ${b} ${c}`, `${a}${b}${c}`]);
  }

  mbi(): string {
    const L = "ACDEFGHJKMNPQRTUVWXY";
    const AN = L + "0123456789";
    const s = `${this.int(1, 9)}${this.letters(1, L)}${this.letters(1, AN)}${this.int(0, 9)}${this.letters(1, L)}${this.letters(1, AN)}${this.int(0, 9)}${this.letters(2, L)}${this.digits(2)}`;
    return this.chance(0.3) ? `${s.slice(0, 4)}-${s.slice(4, 7)}-${s.slice(7)}` : s;
  }

  member(): string {
    return this.pick([`${this.letters(3)}${this.digits(9)}`, `W${this.digits(9)}`, `${this.digits(9)}${this.pick(["01", "02", "00"])}`, `${this.letters(1)}${this.digits(8)}-0${this.int(1, 4)}`, `U${this.digits(8)}`, `${this.letters(2)}${this.digits(4)} ${this.digits(4)}`]);
  }
  group(): string { return this.pick([this.digits(6), `GRP-${this.digits(5)}`, `${this.digits(4)}-${this.letters(2)}`, `0${this.digits(7)}`]); }
  medicaid(): string { return this.pick([`${this.letters(2)}${this.digits(5)}${this.letters(1)}`, this.digits(10), `${this.digits(8)}${this.letters(1)}`, `MC${this.digits(9)}`]); }
  account(): string { return this.pick([this.digits(9), `${this.digits(4)}-${this.digits(5)}`, `A${this.digits(8)}`, `${this.digits(2)}${this.digits(6)}-${this.int(1, 9)}`, this.digits(10)]); }
  npi(): string { return `${this.int(1, 2)}${this.digits(9)}`; }
  dea(): string { return `${this.letters(1, "ABFGM")}${this.letters(1)}${this.digits(7)}`; }
  dl(st = this.state()): string {
    void st;
    return this.pick([`${this.letters(1)}${this.digits(7)}`, `${this.digits(3)}-${this.digits(3)}-${this.digits(3)}`, `${this.letters(1)}${this.digits(3)}-${this.digits(4)}-${this.digits(4)}`, this.digits(9), `${this.letters(2)}${this.digits(6)}`, `${this.letters(1)}${this.digits(12)}`]);
  }
  licence(prefix = ""): string { return `${prefix}${this.pick([this.digits(6), `${this.letters(2)}${this.digits(5)}`, `${this.digits(4)}-${this.digits(3)}`, `${this.letters(1)}-${this.digits(5)}`])}`; }
  plate(): string { return this.pick([`${this.letters(3)} ${this.digits(4)}`, `${this.int(1, 9)}${this.letters(3)}${this.digits(3)}`, `${this.digits(3)}-${this.letters(3)}`, `${this.letters(2)}-${this.digits(4)}`, `${this.letters(3)}${this.digits(3)}`]); }
  vin(): string { return `${this.letters(3, "1234JKLMNPRSTWXYZ")}${this.letters(5, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")}${this.int(0, 9)}${this.letters(1, "LMNPRST")}${this.letters(1, "ABCDEFGHJKLMN0123456789")}${this.digits(6)}`; }
  serial(): string { return this.pick([`${this.letters(2)}${this.digits(7)}`, `${this.digits(4)}-${this.digits(4)}-${this.digits(2)}`, `${this.letters(1)}${this.digits(2)}${this.letters(1)}${this.digits(6)}`, this.digits(11), `SN${this.digits(8)}`, `${this.digits(3)}${this.letters(3)}${this.digits(4)}`]); }
  ipv4(): string { return this.chance(0.5) ? `${this.pick(["10." + this.int(0, 254), "172.16", "192.168"])}.${this.int(0, 254)}.${this.int(1, 254)}` : `${this.int(23, 223)}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`; }
  ipv6(): string { return `2${this.digits(3)}:${this.hex(4)}:${this.hex(3)}:${this.hex(4)}::${this.hex(2)}${this.int(1, 9)}`; }
  hex(n: number): string { return this.letters(n, "0123456789abcdef"); }
  domain(): string { return `${this.pick(V.FAC_STEMS).toLowerCase().replace(/[^a-z]/g, "").slice(0, 14)}${this.pick(["health", "med", "clinic", "hc", ""])}.${this.pick(["org", "com", "net"])}`; }
  url(kind: "portal" | "video" | "file" | "form" = "portal"): string {
    const d = this.domain();
    if (kind === "video") return `https://${this.pick(["visit", "tele", "vv"])}.${d}/${this.pick(["room", "join", "j"])}/${this.letters(3, "abcdefghjkmnpqrstuvwxyz")}-${this.digits(4)}`;
    if (kind === "file") return `https://${d}/share/${this.hex(12)}`;
    if (kind === "form") return `https://forms.${d}/${this.pick(["intake", "consent", "safety-plan", "sign"])}?id=${this.digits(7)}`;
    return `https://${this.pick(["mychart", "portal", "myhealth", "patient"])}.${d}${this.chance(0.5) ? "/" : `/msg/${this.digits(6)}`}`;
  }

  facility(kinds: readonly string[] = V.HOSPITAL_KINDS): string {
    return this.chance(0.75) ? `${this.pick(V.FAC_STEMS)} ${this.pick(kinds)}` : `${this.pick(V.TOWNS)} ${this.pick(kinds)}`;
  }
  hospital(): string { return this.facility(V.HOSPITAL_KINDS); }
  clinic(): string { return this.facility(V.CLINIC_KINDS); }
  ltc(): string { return this.facility(V.LTC_KINDS); }
  school(): string { return this.pick(V.SCHOOLS); }
  employer(): string { return this.pick(V.EMPLOYERS); }
  pharmacy(): string { return this.pick(V.PHARMACIES); }
  chain(): string { return `${this.pick(V.CHAINS)} #${this.int(1000, 19999)}`; }
  payer(): string { return this.pick(V.PAYERS); }
  lab(): string { return this.pick(V.LABS); }
  drug(): string { return this.pick(V.DRUGS); }
  eponym(): string { return this.pick(V.EPONYMS); }

  // ----- distractors (never gold) -----
  time(): string { return this.pick([`${p2(this.int(0, 23))}:${p2(this.int(0, 59))}`, `${p2(this.int(0, 23))}${p2(this.int(0, 59))}`, `${this.int(1, 12)}:${p2(this.int(0, 59))} ${this.pick(["AM", "PM", "am", "pm"])}`, `${p2(this.int(0, 23))}${p2(this.int(0, 59))}h`]); }
  year(): string { return String(this.int(1968, 2025)); }
  vitals(): string { return `BP ${this.int(96, 178)}/${this.int(52, 98)}, HR ${this.int(52, 118)}, RR ${this.int(12, 24)}, T ${this.int(97, 100)}.${this.int(0, 9)} F, SpO2 ${this.int(88, 100)}%`; }
  labs(): string { return `Hgb ${this.int(8, 16)}.${this.int(0, 9)}, K ${this.int(3, 5)}.${this.int(0, 9)}, Cr ${this.int(0, 3)}.${p2(this.int(40, 99))}, A1c ${this.int(5, 11)}.${this.int(0, 9)}%`; }
  icd(): string { return this.pick(["E11.65", "I48.91", "J44.1", "N18.4", "F32.1", "Z79.01", "M17.11", "I10", "E78.5", "G47.33", "F41.1", "Z34.82", "T50.901A", "L40.0", "H90.3", "R26.81", "Z91.81", "F10.20", "K21.9", "D64.9"]); }
  cpt(): string { return this.pick(["99214", "99213", "96372", "95165", "95117", "90834", "99497", "97110", "92557", "95810", "59425", "96413", "99285", "97803", "90471", "36415", "80305", "99358", "97014", "97813"]); }
  hcpcs(): string { return this.pick(["J1100", "G0439", "A4253", "E0601", "J3301", "G2211", "Q4186", "H0020", "T1019", "S9083"]); }
  ndc(): string { return `${this.digits(5)}-${this.digits(4)}-${this.digits(2)}`; }
  lot(): string { return `${this.letters(2)}${this.digits(4)}${this.letters(1)}`; }
  room(): string { return `${this.pick(["Rm", "Room", "Bed", "Bay", "Chair"])} ${this.int(1, 640)}${this.pick(["", "A", "B", "-2"])}`; }
  score(): string { return this.pick([`PHQ-9 ${this.int(0, 27)}`, `GAD-7 ${this.int(0, 21)}`, `MoCA ${this.int(12, 30)}/30`, `pain ${this.int(0, 10)}/10`, `BIMS ${this.int(3, 15)}`, `GCS ${this.int(8, 15)}`, `Braden ${this.int(9, 23)}`, `AUDIT-C ${this.int(0, 12)}`, `Morse ${this.int(0, 125)}`]); }
  /** One short clinical clause with distractors only. */
  clin(): string {
    return this.pick([
      `${this.vitals()}.`, `${this.labs()}.`, `${this.score()}.`, `Dx ${this.icd()}; CPT ${this.cpt()}.`, `On ${this.drug()} ${this.int(1, 100)} mg daily since ${this.year()}.`,
      `${this.eponym()} negative.`, `Seen at ${this.time()}.`, `Ratio ${this.int(1, 4)}:${this.int(1, 10)}.`, `Vision 20/${this.pick(["20", "25", "40", "70"])}.`,
      `Take 1/2 tab ${this.pick(["BID", "qHS", "TID", "PRN"])}.`, `Lab sent to ${this.lab()}.`, `${this.drug()} refilled x${this.int(1, 5)}.`, `Weight ${this.int(90, 310)} lb.`,
    ]);
  }
}
