/**
 * What a style gets to write one note in the eighteenth held-out corpus, and the helpers that write names, staff,
 * addresses, dates, ages and phones as gold spans with literal glue around them, plus the patient's record as the
 * app would pass it (spelled unlike the note where a chart would be). The generic helpers follow the fourteenth
 * corpus's note.ts (copied as the brief allows); the child/parent helpers are this corpus's own.
 */
import type { KnownIdentifiers, PersonName } from "../../lib/phi/types";
import type { NoteBuilder } from "../phi-heldout-2/builder";
import { fmtDate, type Ctx, type D, type Person } from "./kit";
import * as L from "./lists";

export interface Address { line1: string; unit?: string; city: string; state: string; zip: string }

export interface Note18 {
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

export type Style = (n: Note18) => void;

/** fl First Last, fml First M. Last, lf Last, First, LF upper, FL upper, il F. Last, l, f, lfm Last, First Middle, lfi LAST, F, lc lower */
export type NameForm = "fl" | "fml" | "lf" | "LF" | "FL" | "il" | "l" | "f" | "lfm" | "lfi" | "lc" | "LFM";

export function nm(n: Note18, p: Person, form: NameForm): void {
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
export function staff(n: Note18, p: Person, creds: readonly string[] = [", MD", ", DO", ", CNM", ", NP", ", PA-C", ", RN"]): void {
  const doctor = creds.some((x) => /MD|DO/.test(x));
  const r = doctor ? n.c.int(0, 4) : n.c.int(1, 3);
  if (r === 0) { n.b.t("Dr. "); nm(n, p, "l"); }
  else if (r === 1) { nm(n, p, "fl"); n.b.t(n.c.pick(creds)); }
  else if (r === 2) { nm(n, p, "il"); n.b.t(n.c.pick(creds)); }
  else if (r === 3) { nm(n, p, "fml"); n.b.t(n.c.pick(creds)); }
  else { n.b.t("Dr. "); nm(n, p, "fl"); }
}

/** A new person named in the note (offered to the record's otherPeople). */
export function other(n: Note18, sex?: "F" | "M", old = false): Person {
  const p = n.c.person(sex, old);
  n.others.push(p);
  return p;
}

/** A relative of the patient sharing the patient's surname (70%) or not. */
export function kin(n: Note18, sex: "F" | "M", old = false): Person {
  const p = n.c.chance(0.7) ? n.c.kin(n.pt.last, sex, old) : n.c.person(sex, old);
  n.others.push(p);
  return p;
}

/** Makes the note's patient a child (0–17, or a newborn when `newborn`), keeping the surname. */
export function childPatient(n: Note18, newborn = false): Person {
  const pt = n.c.person();
  n.pt = { ...pt, last: n.pt.last };
  n.email = n.c.email({ ...n.c.person("F"), last: n.pt.last });
  n.dob = newborn ? n.c.recent() : n.c.childDob();
  return n.pt;
}

/** Makes the note's patient a woman of child-bearing age. */
export function womanPatient(n: Note18): Person {
  const pt = n.c.person("F");
  n.pt = pt;
  n.email = n.c.email(pt);
  n.dob = { ...n.dob, y: n.c.int(1983, 2008) };
  return pt;
}

/** Initials written together (`MKT`): one NAME span. */
export function initials(p: Person): string {
  return `${p.first[0]}${p.middle ? p.middle[0] : ""}${p.last[0]}`.toUpperCase();
}

/** `line1[ unit]<sep>city, ST zip`, each element its own span. */
export function address(n: Note18, a: Address, sep = ", ", upper = false): void {
  const U = (s: string) => (upper ? s.toUpperCase() : s);
  n.b.v(U(a.line1), "ADDRESS");
  if (a.unit) n.b.t(" ").v(U(a.unit), "ADDRESS");
  n.b.t(sep).v(U(a.city), "LOCATION").t(", ").t(a.state).t(" ").v(a.zip, "ZIP");
}

export function newAddress(c: Ctx): Address {
  const line1 = c.street();
  return { line1, unit: !/Box|County R/.test(line1) && c.chance(0.25) ? c.unit() : undefined, city: c.town(), state: c.state(), zip: c.zip() };
}

const UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
export function ageWords(a: number): string {
  if (a >= 100) return `one hundred${a > 100 ? ` ${UNITS[a - 100]}` : ""}`;
  const t = TENS[Math.floor(a / 10)]!;
  return a % 10 ? `${t}-${UNITS[a % 10]}` : t;
}

/** Writes an age: gold AGE when 90 or more, literal text otherwise. */
export function age(n: Note18, a: number, words = false): void {
  const s = words ? ageWords(a) : String(a);
  if (a >= 90) n.b.v(s, "AGE");
  else n.b.t(s);
}

/** An elder relative's age: 90 or more in `pOld` of notes. */
export function elderAge(n: Note18, pOld = 0.6): number {
  return n.c.chance(pOld) ? n.c.oldAge() : n.c.int(72, 89);
}

/** A gold date: a full spelling, or a partial one when `partial`. */
export function dt(n: Note18, x: D = n.c.recent(), partial = false): void {
  n.b.v(partial ? n.c.partialDate(x) : n.c.fullDate(x), "DATE");
}

/** A phone (or fax) number, sometimes with an extension outside the span. */
export function ph(n: Note18, num: string = n.c.phone(), type: "PHONE" | "FAX" = "PHONE"): void {
  n.b.v(num, type);
  if (type === "PHONE" && n.c.chance(0.12)) n.b.t(n.c.pick([" ext. ", " x", " ext "])).t(String(n.c.int(10, 9999)));
}

/** A town with its state (state not gold). */
export function town(n: Note18, t: string = n.c.town(), st: string = n.c.state()): void {
  n.b.v(t, "LOCATION").t(`, ${st}`);
}

/** A few paediatric/obstetric distractors that must stay unmarked. */
export function clin(n: Note18, kind: "peds" | "ob" | "any" = "any"): string {
  const c = n.c;
  const peds = [
    `Wt ${c.int(2, 19)}.${c.int(100, 990)} kg (${c.int(3, 97)} %ile)`, `HC ${c.int(32, 52)}.${c.int(0, 9)} cm`, `T ${c.int(97, 103)}.${c.int(0, 9)} F`,
    `RR ${c.int(20, 60)}, HR ${c.int(90, 170)}, SpO2 ${c.int(92, 100)}%`, `TcB ${c.int(2, 17)}.${c.int(0, 9)} at ${c.int(12, 96)} HOL`, `${c.int(1, 14)} wet diapers/day`,
    `ICD-10 ${c.pick(["Z00.121", "Z00.129", "P59.9", "J45.30", "Z23"])}`, `CPT ${c.pick(["99391", "99460", "96110", "90471"])}`,
    c.pick(["Motrin 5 mL q6h prn", "Tylenol 160 mg/5 mL, 3.75 mL q4h prn", "Zyrtec 2.5 mL daily", "Amoxil 90 mg/kg/day div BID x10d", "Poly-Vi-Sol 1 mL daily", "Vitamin D drops 400 IU daily", "Omnicef 14 mg/kg daily", "Beyfortus 50 mg IM x1", "Synagis 15 mg/kg IM monthly", "Nystatin 1 mL QID"]),
  ];
  const ob = [
    `BP ${c.int(96, 158)}/${c.int(52, 104)}`, `G${c.int(1, 6)}P${c.int(0, 4)}${c.int(0, 2)}${c.int(0, 3)}${c.int(0, 4)}`, `${c.int(24, 41)}w${c.int(0, 6)}d`, `EPDS ${c.int(0, 27)}`,
    `FHT ${c.int(120, 160)}`, `fundal height ${c.int(18, 40)} cm`, `Hgb ${c.int(9, 14)}.${c.int(0, 9)}`, `ICD-10 ${c.pick(["O24.410", "Z34.81", "O99.013", "Z39.2"])}`, `CPT ${c.pick(["59400", "59425", "99213"])}`,
    c.pick(["Prenate 1 tab daily", "Diclegis 2 tabs qhs", "Zofran 4 mg q8h prn", "Procardia XL 30 mg daily", "Labetalol 200 mg BID", "Sprintec 1 tab daily", "Camila 0.35 mg daily", "Errin daily", "Heather 0.35 mg", "Nora-BE 1 tab", "Tarina Fe 1/20", "Slynd 4 mg", "RhoGAM 300 mcg IM"]),
  ];
  const pool = kind === "peds" ? peds : kind === "ob" ? ob : [...peds, ...ob, `ratio ${c.int(1, 3)}:${c.int(1, 9)}`];
  return c.chance(0.25) ? c.pick(kind === "ob" ? L.EPONYMS_OB : kind === "peds" ? L.EPONYMS : [...L.EPONYMS, ...L.EPONYMS_OB]) : c.pick(pool);
}

/** The patient's record, spelled unlike the note where a chart would be. */
export function known(n: Note18): KnownIdentifiers {
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

/** A facility, employer, school, daycare or independent pharmacy (gold FACILITY). */
export function fac(n: Note18, name: string): void {
  n.b.v(name, "FACILITY");
}

/** A clock time (never gold). */
export function hhmm(c: Ctx, colon = true): string {
  const h = String(c.int(0, 23)).padStart(2, "0");
  const m = String(c.int(0, 59)).padStart(2, "0");
  return colon ? `${h}:${m}` : `${h}${m}`;
}

/** An ISO timestamp: the date part is gold, the time and zone stay outside. */
export function isoTs(n: Note18, x: D = n.c.recent()): void {
  n.b.v(fmtDate(x, "iso"), "DATE").t(`T${hhmm(n.c)}:${String(n.c.int(0, 59)).padStart(2, "0")}${n.c.pick(["Z", "-05:00", "-06:00", ".000Z", "-07:00"])}`);
}

/** An address block on two lines (street[, unit] / city, ST zip). */
export function addrBlock(n: Note18, a: Address, upper = false, indent = ""): void {
  const U = (s: string) => (upper ? s.toUpperCase() : s);
  n.b.t(indent).v(U(a.line1), "ADDRESS");
  if (a.unit) n.b.t(n.c.pick([" ", ", "])).v(U(a.unit), "ADDRESS");
  n.b.nl().t(indent).v(U(a.city), "LOCATION").t(upper ? ` ${a.state}  ` : `, ${a.state} `).v(a.zip, "ZIP");
}

/** OCR noise for faxed or handwritten pages, applied by NoteBuilder to literal text only (values stay exact). */
export function ocrNoise(c: Ctx, rate = 0.035): (s: string) => string {
  const swap: Record<string, string> = { O: "0", o: "0", l: "1", I: "l", i: "í", e: "c", S: "5", B: "8", ":": ";", ".": ",", m: "rn", h: "b", u: "v" };
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

/** Typos for text typed by patients and parents (literal text only): dropped, doubled and swapped letters. */
export function typos(c: Ctx, rate = 0.03): (s: string) => string {
  return (s) => {
    const a = [...s];
    let out = "";
    for (let i = 0; i < a.length; i++) {
      const ch = a[i]!;
      if (/[a-z]/.test(ch) && c.chance(rate)) {
        const r = c.int(0, 2);
        if (r === 0) continue;
        if (r === 1) { out += ch + ch; continue; }
        if (i + 1 < a.length && /[a-z]/.test(a[i + 1]!)) { out += a[i + 1]! + ch; i++; continue; }
      }
      out += ch;
    }
    return out;
  };
}
