/**
 * What a style gets to write one note in the thirteenth held-out corpus, and the helpers that write names,
 * staff, addresses, dates, ages and phones as gold spans with literal glue around them, plus the patient's
 * record as the app would pass it (spelled unlike the note where a chart would be). The generic helpers
 * are copied from the twelfth corpus's note.ts (allowed as a skeleton); clin() and the extra helpers are new.
 */
import type { KnownIdentifiers, PersonName } from "../../lib/phi/types";
import type { NoteBuilder } from "../phi-heldout-2/builder";
import { fmtDate, type Ctx, type D, type Person } from "./kit";
import * as L from "./lists";

export interface Address { line1: string; unit?: string; city: string; state: string; zip: string }

export interface Note13 {
  b: NoteBuilder;
  c: Ctx;
  pt: Person;
  dob: D;
  mrn: string;
  phone: string;
  email: string;
  addr: Address;
  /** Other people named in the note, offered to the record. */
  others: Person[];
  /** Set by styles that name several patients: no record is attached. */
  multi?: boolean;
  /** Set when the record must not carry the note's phone/e-mail. */
  noContact?: boolean;
}

export type Style = (n: Note13) => void;

/** fl First Last, fml First M. Last, lf Last, First, LF upper, FL upper, il F. Last, l, f, lfm Last, First Middle, lfi LAST, F, lc lower */
export type NameForm = "fl" | "fml" | "lf" | "LF" | "FL" | "il" | "l" | "f" | "lfm" | "lfi" | "lc" | "LFM";

export function nm(n: Note13, p: Person, form: NameForm): void {
  const b = n.b;
  const first = p.nick && n.c.chance(0.5) && (form === "f" || form === "fl" || form === "lc") ? p.nick : p.first;
  const U = (s: string) => s.toUpperCase();
  switch (form) {
    case "fl": b.name(first, " ", p.last); break;
    case "fml":
      if (p.middle) b.name(p.first, " ", p.middle[0]!).t(". ").v(p.last, "NAME");
      else b.name(p.first, " ", p.last);
      break;
    case "lf": b.name(p.last, ", ", p.first); break;
    case "lfm": b.name(p.last, ", ", p.first); if (p.middle) b.t(" ").v(p.middle, "NAME"); break;
    case "LFM": b.name(U(p.last), ", ", U(p.first)); if (p.middle) b.t(" ").v(U(p.middle[0]!), "NAME"); break;
    case "LF": b.name(U(p.last), ", ", U(p.first)); break;
    case "FL": b.name(U(p.first), " ", U(p.last)); break;
    case "il": b.v(p.first[0]!, "NAME").t(". ").v(p.last, "NAME"); break;
    case "lfi": b.name(U(p.last), ", ", p.first[0]!); break;
    case "lc": b.name(first.toLowerCase(), " ", p.last.toLowerCase()); break;
    case "l": b.v(p.last, "NAME"); break;
    case "f": b.v(first, "NAME"); break;
  }
}

/** A clinician with a title or credential around the name. */
export function staff(n: Note13, p: Person, creds: readonly string[] = [", MD", ", RN", ", NP", ", PA-C", ", DO"]): void {
  const r = n.c.int(0, 4);
  if (r === 0) { n.b.t("Dr. "); nm(n, p, "l"); }
  else if (r === 1) { nm(n, p, "fl"); n.b.t(n.c.pick(creds)); }
  else if (r === 2) { nm(n, p, "il"); n.b.t(n.c.pick(creds)); }
  else if (r === 3) { nm(n, p, "fml"); n.b.t(n.c.pick(creds)); }
  else { n.b.t("Dr. "); nm(n, p, "fl"); }
}

/** A new person named in the note (offered to the record's otherPeople). */
export function other(n: Note13): Person {
  const p = n.c.person();
  n.others.push(p);
  return p;
}

/** Initials written together (`MKT`): one NAME span. */
export function initials(p: Person): string {
  return `${p.first[0]}${p.middle ? p.middle[0] : ""}${p.last[0]}`.toUpperCase();
}

/** `line1[ unit]<sep>city, ST zip`, each element its own span. */
export function address(n: Note13, a: Address, sep = ", ", upper = false): void {
  const U = (s: string) => (upper ? s.toUpperCase() : s);
  n.b.v(U(a.line1), "ADDRESS");
  if (a.unit) n.b.t(" ").v(U(a.unit), "ADDRESS");
  n.b.t(sep).v(U(a.city), "LOCATION").t(", ").t(a.state).t(" ").v(a.zip, "ZIP");
}

export function newAddress(c: Ctx): Address {
  const line1 = c.street();
  return { line1, unit: !/Box/.test(line1) && c.chance(0.25) ? c.unit() : undefined, city: c.town(), state: c.state(), zip: c.zip() };
}

/** An age for the note's patient; `pOld` of them are 90 or more. Moves the DOB's year to agree. */
export function pickAge(n: Note13, pOld: number): number {
  const a = n.c.chance(pOld) ? n.c.oldAge() : n.c.youngAge();
  n.dob = { ...n.dob, y: 2026 - a };
  return a;
}

const UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
export function ageWords(a: number): string {
  if (a >= 100) return `one hundred${a > 100 ? ` ${UNITS[a - 100]}` : ""}`;
  const t = TENS[Math.floor(a / 10)]!;
  return a % 10 ? `${t}-${UNITS[a % 10]}` : t;
}

/** Writes an age: gold AGE when 90 or more, literal text otherwise. */
export function age(n: Note13, a: number, words = false): void {
  const s = words ? ageWords(a) : String(a);
  if (a >= 90) n.b.v(s, "AGE");
  else n.b.t(s);
}

/** A gold date: a full spelling, or a partial one when `partial`. */
export function dt(n: Note13, x: D = n.c.recent(), partial = false): void {
  n.b.v(partial ? n.c.partialDate(x) : n.c.fullDate(x), "DATE");
}

/** A phone (or fax) number, sometimes with an extension outside the span. */
export function ph(n: Note13, num: string = n.c.phone(), type: "PHONE" | "FAX" = "PHONE"): void {
  n.b.v(num, type);
  if (type === "PHONE" && n.c.chance(0.15)) n.b.t(n.c.pick([" ext. ", " x", " ext ", " Ext "])).t(String(n.c.int(10, 9999)));
}

/** A town with its state (state not gold). */
export function town(n: Note13, t: string = n.c.town(), st: string = n.c.state()): void {
  n.b.v(t, "LOCATION").t(`, ${st}`);
}

/** A few clinical distractors that must stay unmarked. */
export function clin(n: Note13): string {
  const c = n.c;
  return c.pick([
    `BP ${c.int(96, 178)}/${c.int(52, 98)} HR ${c.int(52, 118)} SpO2 ${c.int(88, 100)}%`,
    `Wt ${c.int(88, 290)} lb`, `T ${c.int(97, 100)}.${c.int(0, 9)}F`, `K ${c.int(3, 6)}.${c.int(0, 9)}, Phos ${c.int(2, 8)}.${c.int(0, 9)}`,
    c.pick(L.EPONYMS), `${c.pick(L.DRUGS)} ${c.pick(["5 mg", "10 mg qHS", "0.5 mg BID", "1 gtt OU qHS", "200 mg", "380 mg IM q4wk", "4 mg SL"])}`,
    `PHQ-9 ${c.int(0, 27)}`, `pain ${c.int(0, 10)}/10`, `ratio ${c.int(1, 3)}:${c.int(1, 8)}`, `${c.int(1, 12)}:${p2(c.int(0, 59))}`,
    `ICD-10 ${c.pick(["G47.33", "F11.20", "F10.239", "N18.6", "H40.1131", "H90.3", "E11.3293", "L89.154", "I89.0", "Z13.79", "F20.9"])}`,
    `CPT ${c.pick(["95810", "95811", "92557", "92083", "90837", "99349", "90935", "81162", "E0260", "A4253", "92310"])}`,
  ]);
}

const p2 = (x: number) => String(x).padStart(2, "0");

/** A facility of care (gold FACILITY). */
export function fac(n: Note13, name: string = n.c.chance(0.5) ? n.c.hospital() : n.c.clinic()): void {
  n.b.v(name, "FACILITY");
}

/** A number-like value with a label, `label` literal. */
export function lab(n: Note13, label: string, value: string, type: Parameters<Note13["b"]["v"]>[1]): void {
  n.b.t(label).v(value, type);
}

/** The patient's record, spelled unlike the note where a chart would be. */
export function known(n: Note13): KnownIdentifiers {
  const c = n.c;
  const up = c.chance(0.2);
  const U = (s: string) => (up ? s.toUpperCase() : s);
  const pt = n.pt;
  const digits = n.phone.replace(/\D/g, "").replace(/^1(?=\d{10}$)/, "");
  const rec: KnownIdentifiers = {
    patient: {
      firstName: U(pt.first),
      lastName: U(pt.last),
      ...(pt.middle && c.chance(0.6) ? { middleName: U(pt.middle) } : {}),
      ...(pt.nick && c.chance(0.5) ? { nicknames: [pt.nick] } : {}),
      dob: fmtDate(n.dob, c.chance(0.6) ? "iso" : "mdy"),
      mrn: c.chance(0.5) ? n.mrn.replace(/[-\s]/g, "") : n.mrn,
      ...(n.noContact ? {} : { phone: c.chance(0.5) ? digits : `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}` }),
      ...(n.noContact ? {} : { email: c.chance(0.2) ? n.email.toUpperCase() : n.email }),
      address: { line1: n.addr.line1, ...(n.addr.unit ? { line2: n.addr.unit } : {}), city: n.addr.city, state: n.addr.state, zip: n.addr.zip.slice(0, 5) },
    },
  };
  const others: PersonName[] = n.others.filter(() => c.chance(0.7)).map((p) => ({ firstName: p.first, lastName: p.last, ...(p.nick ? { nicknames: [p.nick] } : {}) }));
  if (others.length) rec.otherPeople = others;
  return rec;
}

/** A street named without a number (`Lantern Rd`). */
export function streetName(c: Ctx): string {
  return `${c.pick(L.STREETS)} ${c.pick(L.STREET_KINDS)}`;
}

/** A pharmacy: an independent one is gold FACILITY, a chain with a store number is not. */
export function pharmacy(n: Note13): void {
  const c = n.c;
  if (c.chance(0.5)) n.b.v(c.pick([`${c.pick(["Hometown", "Corner Drug", "Family", "Bluebird", "Main Street"])} Pharmacy`, `${c.town()} Drug`, `${c.pick(L.SURNAMES)} Apothecary`]), "FACILITY");
  else n.b.t(`${c.pick(["CVS", "Walgreens", "Walmart Pharmacy", "Kroger Pharmacy", "Rite Aid"])} #${c.int(1000, 19999)}`);
}

/** A home-health or hospice agency (gold FACILITY here: it delivers care). */
export function agency(c: Ctx): string {
  return c.pick([`${c.pick(L.FAC_STEMS)} Home Health`, `${c.town()} Home Care`, `Visiting Nurses of ${c.town()}`, `${c.pick(L.FAC_STEMS)} Hospice & Home Health`, `Angels at Home Health Services`]);
}

/** OCR noise for faxed or scanned forms: rewrites literal text only (values are appended untouched). */
export function ocrNoise(c: Ctx): (s: string) => string {
  return (s) =>
    s.replace(/[0OlI1S5 ]/g, (ch) => {
      if (!c.chance(0.06)) return ch;
      switch (ch) {
        case "0": return "O";
        case "O": return "0";
        case "l": return "1";
        case "I": return "l";
        case "1": return "l";
        case "S": return "5";
        case "5": return "S";
        default: return "  ";
      }
    });
}
