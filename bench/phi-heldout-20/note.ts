/**
 * What a style gets to write one note in the twentieth held-out corpus, and the helpers that write names, staff,
 * addresses, dates, ages and phones as gold spans with literal glue around them, plus the patient's record as the
 * app would pass it. The generic helpers are copied from the fourteenth corpus's note.ts (as the brief allows).
 */
import type { KnownIdentifiers, PersonName } from "../../lib/phi/types";
import type { NoteBuilder } from "../phi-heldout-2/builder";
import { fmtDate, type Ctx, type D, type Person } from "./kit";
import * as L from "./lists";

export interface Address { line1: string; unit?: string; city: string; state: string; zip: string }

export interface Note20 {
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

export type Style = (n: Note20) => void;
/** fl First Last, fml First M. Last, lf Last, First, LF upper, FL upper, il F. Last, l, f, lfm Last, First Middle, lfi LAST, F, lc lower */
export type NameForm = "fl" | "fml" | "lf" | "LF" | "FL" | "il" | "l" | "f" | "lfm" | "lfi" | "lc" | "LFM";

export function nm(n: Note20, p: Person, form: NameForm): void {
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
export function staff(n: Note20, p: Person, creds: readonly string[] = [", MD", ", RN", ", NP", ", PA-C", ", DO"]): void {
  const doctor = creds.some((x) => /MD|DO/.test(x));
  const r = doctor ? n.c.int(0, 4) : n.c.int(1, 3);
  if (r === 0) { n.b.t("Dr. "); nm(n, p, "l"); }
  else if (r === 1) { nm(n, p, "fl"); n.b.t(n.c.pick(creds)); }
  else if (r === 2) { nm(n, p, "il"); n.b.t(n.c.pick(creds)); }
  else if (r === 3) { nm(n, p, "fml"); n.b.t(n.c.pick(creds)); }
  else { n.b.t("Dr. "); nm(n, p, "fl"); }
}

/** A new person named in the note (offered to the record's otherPeople). */
export function other(n: Note20): Person {
  const p = n.c.person();
  n.others.push(p);
  return p;
}

/** A new person of a stated sex named in the note (offered to the record's otherPeople). */
export function otherOf(n: Note20, sex: "F" | "M"): Person {
  const p = n.c.personOf(sex);
  n.others.push(p);
  return p;
}

/** Initials written together (`MKT`): one NAME span. */
export function initials(p: Person): string {
  return `${p.first[0]}${p.middle ? p.middle[0] : ""}${p.last[0]}`.toUpperCase();
}

/** `line1[ unit]<sep>city, ST zip`, each element its own span. */
export function address(n: Note20, a: Address, sep = ", ", upper = false): void {
  const U = (s: string) => (upper ? s.toUpperCase() : s);
  n.b.v(U(a.line1), "ADDRESS");
  if (a.unit) n.b.t(" ").v(U(a.unit), "ADDRESS");
  n.b.t(sep).v(U(a.city), "LOCATION").t(", ").t(a.state).t(" ").v(a.zip, "ZIP");
}

export function newAddress(c: Ctx): Address {
  const line1 = c.street();
  return { line1, unit: !/Box|County R/.test(line1) && c.chance(0.25) ? c.unit() : undefined, city: c.town(), state: c.state(), zip: c.zip() };
}

/** An age for the note's patient; `pOld` of them are 90 or more. Moves the DOB's year to agree. */
export function pickAge(n: Note20, pOld: number): number {
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
export function age(n: Note20, a: number, words = false): void {
  const s = words ? ageWords(a) : String(a);
  if (a >= 90) n.b.v(s, "AGE");
  else n.b.t(s);
}

/** A gold date: a full spelling, or a partial one when `partial`. */
export function dt(n: Note20, x: D = n.c.recent(), partial = false): void {
  n.b.v(partial ? n.c.partialDate(x) : n.c.fullDate(x), "DATE");
}

/** A phone (or fax) number, sometimes with an extension outside the span. */
export function ph(n: Note20, num: string = n.c.phone(), type: "PHONE" | "FAX" = "PHONE"): void {
  n.b.v(num, type);
  if (type === "PHONE" && n.c.chance(0.15)) n.b.t(n.c.pick([" ext. ", " x", " ext ", " Ext "])).t(String(n.c.int(10, 9999)));
}

/** A town with its state (state not gold). */
export function town(n: Note20, t: string = n.c.town(), st: string = n.c.state()): void {
  n.b.v(t, "LOCATION").t(`, ${st}`);
}

/** A few clinical and pharmacy distractors that must stay unmarked. */
export function clin(n: Note20): string {
  const c = n.c;
  return c.pick([
    `BP ${c.int(96, 178)}/${c.int(52, 98)}, HR ${c.int(52, 118)}`, `SCr ${c.int(0, 3)}.${c.int(1, 9)} mg/dL, CrCl ${c.int(12, 95)} mL/min`,
    `INR ${c.int(1, 4)}.${c.int(0, 9)} (goal 2-3)`, `Wt ${c.int(41, 131)} kg`, `K ${c.int(3, 5)}.${c.int(0, 9)}`, c.pick(L.EPONYMS),
    `${c.pick(L.NAME_LIKE_DRUGS)} ${c.pick(["5 mg", "10 mg BID", "1 tab daily", "0.35 mg", "2 puffs"])}`, `${c.pick(L.DRUGS)} ${c.pick(["1 PO daily", "BID", "q8h PRN", "qHS"])}`,
    `NDC ${c.ndc()}`, `qty ${c.int(14, 180)} / ${c.pick([7, 14, 30, 90])} DS`, `DAW ${c.int(0, 2)}`, `A1c ${c.int(5, 11)}.${c.int(0, 9)}%`,
    `MME ${c.int(10, 180)}`, `ratio ${c.int(1, 3)}:${c.int(2, 9)}`, `ICD-10 ${c.pick(["I48.91", "E11.9", "Z79.01", "G20.A1", "M06.9", "F11.20"])}`,
    `lot ${c.lot()} exp ${c.int(1, 12)}/${c.int(2026, 2029)}`, `refills ${c.int(0, 5)}`,
  ]);
}

/** The patient's record, spelled unlike the note where a chart would be. */
export function known(n: Note20): KnownIdentifiers {
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

/** A facility, employer, school or independent pharmacy (gold FACILITY). */
export function fac(n: Note20, name: string): void {
  n.b.v(name, "FACILITY");
}

/** A clock time (never gold). */
export function hhmm(c: Ctx, colon = true): string {
  const h = String(c.int(0, 23)).padStart(2, "0");
  const m = String(c.int(0, 59)).padStart(2, "0");
  return colon ? `${h}:${m}` : `${h}${m}`;
}

/** An ISO timestamp: the date part is gold, the time and zone stay outside. */
export function isoTs(n: Note20, x: D = n.c.recent()): void {
  n.b.v(fmtDate(x, "iso"), "DATE").t(`T${hhmm(n.c)}:${String(n.c.int(0, 59)).padStart(2, "0")}${n.c.pick(["Z", "-05:00", "-06:00", ".000Z", "-10:00"])}`);
}

/** An address block on two lines (street[, unit] / city, ST zip). */
export function addrBlock(n: Note20, a: Address, upper = false, indent = ""): void {
  const U = (s: string) => (upper ? s.toUpperCase() : s);
  n.b.t(indent).v(U(a.line1), "ADDRESS");
  if (a.unit) n.b.t(n.c.pick([" ", ", "])).v(U(a.unit), "ADDRESS");
  n.b.nl().t(indent).v(U(a.city), "LOCATION").t(upper ? ` ${a.state}  ` : `, ${a.state} `).v(a.zip, "ZIP");
}

/** OCR noise for faxed pages, applied by NoteBuilder to literal text only (values stay exact). */
export function ocrNoise(c: Ctx, rate = 0.035): (s: string) => string {
  const swap: Record<string, string> = { O: "0", o: "0", l: "1", I: "l", i: "í", e: "c", S: "5", B: "8", ":": ";", ".": ",", m: "rn" };
  return (s) => {
    let out = "";
    for (const ch of s) {
      const r = swap[ch];
      if (r && c.chance(rate)) out += r;
      else if (ch === " " && c.chance(rate)) out += "  ";
      else out += ch;
    }
    return out;
  };
}

/** An age for an older patient (62-89, or 90+ with chance `pOld`); moves the DOB's year to agree. */
export function pickOlderAge(n: Note20, pOld: number): number {
  const a = n.c.chance(pOld) ? n.c.oldAge() : n.c.int(62, 89);
  n.dob = { ...n.dob, y: 2026 - a };
  return a;
}

/** A relative with a relation word that agrees with the person's sex (offered to the record's otherPeople). */
export function relative(n: Note20, words: { F: readonly string[]; M: readonly string[] } = { F: ["daughter", "wife", "niece", "sister", "granddaughter"], M: ["son", "husband", "nephew", "brother", "grandson"] }): [string, Person] {
  const sex = n.c.chance(0.6) ? "F" : "M";
  return [n.c.pick(words[sex]), otherOf(n, sex)];
}
