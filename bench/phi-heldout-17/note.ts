/**
 * What a style gets to write one note in the seventeenth held-out corpus, and the helpers that write names, staff,
 * relatives, places, dates, ages and phones as gold spans with literal glue around them, plus the patient's record
 * as the app would pass it. The generic helpers follow the fourteenth corpus's note.ts (copied as the brief allows).
 */
import type { KnownIdentifiers, PersonName } from "../../lib/phi/types";
import type { NoteBuilder } from "../phi-heldout-2/builder";
import { fmtDate, type Ctx, type D, type Person } from "./kit";
import * as L from "./lists";

export interface Address { line1: string; unit?: string; city: string; state: string; zip: string }

export interface Note17 {
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
}

export type Style = (n: Note17) => void;

/** fl First Last, fml First M. Last, lf Last, First, LF upper, FL upper, il F. Last, l, f, lfm Last, First Middle, lfi LAST, F, lc lower */
export type NameForm = "fl" | "fml" | "lf" | "LF" | "FL" | "il" | "l" | "f" | "lfm" | "lfi" | "lc" | "LFM";

export function nm(n: Note17, p: Person, form: NameForm): void {
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
export function staff(n: Note17, p: Person, creds: readonly string[] = [", MD", ", RN", ", NP", ", PA-C", ", DO"]): void {
  const doctor = creds.some((x) => /MD|DO/.test(x));
  const r = doctor ? n.c.int(0, 4) : n.c.int(1, 3);
  if (r === 0) { n.b.t("Dr. "); nm(n, p, "l"); }
  else if (r === 1) { nm(n, p, "fl"); n.b.t(n.c.pick(creds)); }
  else if (r === 2) { nm(n, p, "il"); n.b.t(n.c.pick(creds)); }
  else if (r === 3) { nm(n, p, "fml"); n.b.t(n.c.pick(creds)); }
  else { n.b.t("Dr. "); nm(n, p, "fl"); }
}

/** `Dr. Last` or `Dr. First Last` (doctors talked about in prose). */
export function drName(n: Note17, p: Person): void {
  n.b.t(n.c.pick(["Dr. ", "Dr. ", "Dr ", "dr. "]));
  if (n.c.chance(0.7)) nm(n, p, "l");
  else nm(n, p, "fl");
}

/** A new person named in the note (offered to the record's otherPeople). */
export function other(n: Note17): Person {
  const p = n.c.person();
  n.others.push(p);
  return p;
}

export function otherOf(n: Note17, sex: "F" | "M"): Person {
  const p = n.c.personOf(sex);
  n.others.push(p);
  return p;
}

/** A relative: returns the person and the relation word (`daughter`, `son`, …). */
export function relative(n: Note17): { p: Person; rel: string } {
  const sex = n.c.chance(0.55) ? "F" : "M";
  const p = otherOf(n, sex);
  let rel = n.c.pick(sex === "F" ? L.RELS_F : L.RELS_M);
  if (rel === "wife" && n.pt.sex === "F" && n.c.chance(0.7)) rel = "daughter";
  if (rel === "husband" && n.pt.sex === "M" && n.c.chance(0.7)) rel = "son";
  return { p, rel };
}

/** `her son Deshawn` / `daughter Renata Okafor` / `wife, Ilse`: relation literal, name gold. */
export function relPhrase(n: Note17, r: { p: Person; rel: string }, withPossessive = true): void {
  const c = n.c;
  if (withPossessive && c.chance(0.6)) n.b.t(`${atStart(n) ? pr(n).Pos : pr(n).pos} `);
  else if (atStart(n)) { n.b.t(r.rel[0]!.toUpperCase()).t(r.rel.slice(1)).t(c.pick([" ", ", "])); if (c.chance(0.55)) nm(n, r.p, "f"); else nm(n, r.p, "fl"); return; }
  n.b.t(r.rel).t(c.pick([" ", " ", ", ", " "]));
  if (c.chance(0.55)) nm(n, r.p, "f");
  else nm(n, r.p, "fl");
}

/** Whether the builder is at the start of a sentence or line. */
export function atStart(n: Note17): boolean {
  return n.b.text.length === 0 || /(?:[.!?:"]\s|\n)$/.test(n.b.text);
}

/** Pronouns for the patient. */
export function pr(n: Note17): { sub: string; obj: string; pos: string; Sub: string; Pos: string; noun: string } {
  return n.pt.sex === "F"
    ? { sub: "she", obj: "her", pos: "her", Sub: "She", Pos: "Her", noun: n.c.pick(["woman", "female", "woman", "lady"]) }
    : { sub: "he", obj: "him", pos: "his", Sub: "He", Pos: "His", noun: n.c.pick(["man", "male", "man", "gentleman"]) };
}

/** `Mrs. Okafor` / `Mr. Okafor` / `Ms. Okafor` / the first name. */
export function ptRef(n: Note17): void {
  const c = n.c;
  if (c.chance(0.3)) { n.b.t(atStart(n) ? "The patient" : "the patient"); return; }
  if (c.chance(0.2)) { nm(n, n.pt, "f"); return; }
  n.b.t(n.pt.sex === "F" ? c.pick(["Mrs. ", "Ms. ", "Ms "]) : c.pick(["Mr. ", "Mr "]));
  nm(n, n.pt, "l");
}

/** Initials written together (`MKT`): one NAME span. */
export function initials(p: Person): string {
  return `${p.first[0]}${p.middle ? p.middle[0] : ""}${p.last[0]}`.toUpperCase().replace(/[^A-Z]/g, "");
}

/** `line1[ unit]<sep>city, ST zip`, each element its own span. */
export function address(n: Note17, a: Address, sep = ", ", upper = false, zip = true): void {
  const U = (s: string) => (upper ? s.toUpperCase() : s);
  n.b.v(U(a.line1), "ADDRESS");
  if (a.unit) n.b.t(" ").v(U(a.unit), "ADDRESS");
  n.b.t(sep).v(U(a.city), "LOCATION").t(", ").t(a.state);
  if (zip) n.b.t(" ").v(a.zip, "ZIP");
}

export function newAddress(c: Ctx): Address {
  const line1 = c.street();
  return { line1, unit: !/Box|County R|State R|Hwy|CR /.test(line1) && c.chance(0.25) ? c.unit() : undefined, city: c.town(), state: c.state(), zip: c.zip() };
}

/** An age for the note's patient; `pOld` of them are 90 or more. Moves the DOB's year to agree. */
export function pickAge(n: Note17, pOld: number): number {
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
export function age(n: Note17, a: number, words = false): void {
  const s = words ? ageWords(a) : String(a);
  if (a >= 90) n.b.v(s, "AGE");
  else n.b.t(s);
}

/** `a 93-year-old woman` / `ninety-one year old male` / `72 yo F`: the age phrase that opens an HPI. */
export function ageIntro(n: Note17, a: number): void {
  const c = n.c;
  const p = pr(n);
  const r = c.int(0, 5);
  if (r === 0) { n.b.t(`${a >= 80 && a < 90 ? "an " : "a "}`); age(n, a); n.b.t(`-year-old ${p.noun}`); }
  else if (r === 1) { n.b.t("a "); age(n, a, true); n.b.t(`${c.pick(["-year-old ", " year old ", "-year-old "])}${p.noun}`); }
  else if (r === 2) { age(n, a); n.b.t(c.pick([" yo ", " y.o. ", " y/o ", "yo "])).t(n.pt.sex); }
  else if (r === 3) { n.b.t("a "); age(n, a); n.b.t(` y.o. ${p.noun}`); }
  else if (r === 4) { n.b.t(`a ${p.noun}, age `); age(n, a); n.b.t(","); }
  else { n.b.t("a "); age(n, a); n.b.t(`${c.pick(["yo", "-yo", " YO"])} ${p.noun}`); }
}

/** A gold date: a full spelling, or a partial one when `partial`. */
export function dt(n: Note17, x: D = n.c.recent(), partial = false): void {
  n.b.v(partial ? n.c.partialDate(x) : n.c.fullDate(x), "DATE");
}

/** A phone (or fax) number, sometimes with an extension outside the span. */
export function ph(n: Note17, num: string = n.c.phone(), type: "PHONE" | "FAX" = "PHONE"): void {
  n.b.v(num, type);
  if (type === "PHONE" && n.c.chance(0.12)) n.b.t(n.c.pick([" ext. ", " x", " ext "])).t(String(n.c.int(10, 9999)));
}

const SPOKEN = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
/** A phone read back in words (`six oh eight, five five five, …`): one PHONE span. */
export function spokenPhone(n: Note17, num: string = n.c.phone()): void {
  const d = num.replace(/\D/g, "").replace(/^1(?=\d{10}$)/, "");
  const w = (s: string) => [...s].map((x) => (x === "0" && n.c.chance(0.5) ? "zero" : SPOKEN[Number(x)])).join(" ");
  n.b.v(`${w(d.slice(0, 3))}${n.c.pick([", ", " ", " - "])}${w(d.slice(3, 6))}${n.c.pick([", ", " ", " - "])}${w(d.slice(6))}`, "PHONE");
}

/** A town with its state sometimes (state not gold). */
export function town(n: Note17, t: string = n.c.town(), st?: string): void {
  n.b.v(t, "LOCATION");
  if (st) n.b.t(`, ${st}`);
}

/** A facility of care (gold FACILITY). */
export function fac(n: Note17, name: string): void {
  n.b.v(name, "FACILITY");
}

/** A clinical distractor that must stay unmarked. */
export function clin(n: Note17): string {
  const c = n.c;
  return c.pick([
    `BP ${c.int(86, 188)}/${c.int(44, 102)}, HR ${c.int(48, 132)}, RR ${c.int(12, 32)}, SpO2 ${c.int(84, 100)}% on ${c.pick(["RA", "2L NC", "4 L", "HFNC 40L/60%", "BiPAP 12/5"])}`,
    `Cr ${c.int(0, 6)}.${c.int(0, 9)} (baseline ${c.int(0, 2)}.${c.int(1, 9)})`, `K ${c.int(2, 6)}.${c.int(0, 9)}`, `lactate ${c.int(1, 8)}.${c.int(0, 9)}`,
    `WBC ${c.int(2, 28)}.${c.int(0, 9)}`, `Hgb ${c.int(6, 15)}.${c.int(0, 9)}`, `trop ${c.int(0, 2)}.${c.int(0, 9)}${c.int(0, 9)}`, `BNP ${c.int(90, 4200)}`,
    `${c.pick(L.EPONYMS)}`, `${c.pick(L.DRUGS)} ${c.pick(["40 mg IV BID", "5 mg PO q6h PRN", "0.05 mcg/kg/min", "4.5 g q8h", "1 g q24h", "2 mg IV x1", "25 mg qHS"])}`,
    `GCS ${c.int(3, 15)}`, `I/O ${c.int(400, 3200)}/${c.int(200, 2800)}`, `P/F ratio ${c.int(90, 380)}`, `FiO2 ${c.int(3, 10)}0%, PEEP ${c.int(5, 14)}`,
    `ICD-10 ${c.pick(["I21.4", "N17.9", "A41.9", "J96.01", "K92.2", "I63.9", "E87.1", "R65.21"])}`, `CPT ${c.pick(["99223", "99233", "36556", "32555", "93458", "99291"])}`,
    `${c.int(2, 9)} days`, `POD ${c.int(0, 6)}`, `HD#${c.int(2, 14)}`, `EF ${c.int(15, 65)}%`,
  ]);
}

/** A clock time (never gold). */
export function hhmm(c: Ctx, colon = true): string {
  const h = String(c.int(0, 23)).padStart(2, "0");
  const m = String(c.int(0, 59)).padStart(2, "0");
  return colon ? `${h}:${m}` : `${h}${m}`;
}

/** The patient's record, spelled unlike the note where a chart would be. */
export function known(n: Note17): KnownIdentifiers {
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
      phone: c.chance(0.5) ? digits : `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`,
      email: c.chance(0.2) ? n.email.toUpperCase() : n.email,
      address: { line1: n.addr.line1, ...(n.addr.unit ? { line2: n.addr.unit } : {}), city: n.addr.city, state: n.addr.state, zip: n.addr.zip.slice(0, 5) },
    },
  };
  const others: PersonName[] = n.others.filter(() => c.chance(0.7)).map((p) => ({ firstName: p.first, lastName: p.last, ...(p.nick ? { nicknames: [p.nick] } : {}) }));
  if (others.length) rec.otherPeople = others;
  return rec;
}

/** OCR/speech noise applied by NoteBuilder to literal text only (values stay exact). */
export function srNoise(c: Ctx, rate = 0.03): (s: string) => string {
  const swap: Record<string, string> = { "the ": "a ", "and ": "in ", "was ": "is ", "with ": "width ", "patient ": "patients ", "to ": "too ", "she ": "he " };
  return (s) => {
    let out = s;
    for (const [k, v] of Object.entries(swap)) if (out.includes(k) && c.chance(rate * 3)) out = out.replace(k, v);
    return out;
  };
}

/** OCR noise for faxed or scanned pages, applied by NoteBuilder to literal text only (copied from the fourteenth corpus). */
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
