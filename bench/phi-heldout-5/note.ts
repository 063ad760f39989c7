/**
 * What a style gets to write one note in the fifth held-out corpus (builder,
 * value kit, the patient and their record values) and helpers that write names, staff and addresses as
 * gold spans with literal glue, plus the patient's record as the app passes it. The sixth corpus
 * (bench/phi-heldout-6/note.ts) writes its notes with these same helpers over its own value kit.
 */
import type { KnownIdentifiers, PersonName } from "../../lib/phi/types";
import type { NoteBuilder } from "../phi-heldout-2/builder";
import { fmtDate, type Ctx, type D, type Person } from "./kit";

export interface Address { line1: string; unit?: string; city: string; state: string; zip: string }

/** What the helpers ask of a corpus's value kit: the fifth's and the sixth's Ctx both supply it. */
export interface NoteKit {
  chance(p: number): boolean;
  int(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
  person(): Person;
  street(): string;
  unit(): string;
  city(): string;
  state(): string;
  zip(): string;
  phone(): string;
  recent(): D;
  fullDate(x: D): string;
  partialDate(x: D): string;
  oldAge(): number;
  youngAge(): number;
}

export interface Note<C extends NoteKit = Ctx> {
  b: NoteBuilder;
  c: C;
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

export type Style = (n: Note) => void;

/** fl First Last, fml First M. Last, lf Last, First, LF upper, FL upper, il F. Last, l, f, lfm Last, First Middle, lfi LAST, F */
export type NameForm = "fl" | "fml" | "lf" | "LF" | "FL" | "il" | "l" | "f" | "lfm" | "lfi" | "lc";

export function nm(n: Note<NoteKit>, p: Person, form: NameForm): void {
  const b = n.b;
  const first = p.nick && n.c.chance(0.5) && (form === "f" || form === "fl") ? p.nick : p.first;
  const U = (s: string) => s.toUpperCase();
  switch (form) {
    case "fl": b.name(first, " ", p.last); break;
    case "fml":
      if (p.middle) b.name(p.first, " ", p.middle[0]!).t(". ").v(p.last, "NAME");
      else b.name(p.first, " ", p.last);
      break;
    case "lf": b.name(p.last, ", ", p.first); break;
    case "lfm":
      b.name(p.last, ", ", p.first);
      if (p.middle) b.t(" ").v(p.middle, "NAME");
      break;
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
export function staff(n: Note<NoteKit>, p: Person, creds: readonly string[] = [", MD", ", RN", ", NP", ", PA-C", ", DO"]): void {
  const r = n.c.int(0, 4);
  if (r === 0) { n.b.t("Dr. "); nm(n, p, "l"); }
  else if (r === 1) { nm(n, p, "fl"); n.b.t(n.c.pick(creds)); }
  else if (r === 2) { nm(n, p, "il"); n.b.t(n.c.pick(creds)); }
  else if (r === 3) { nm(n, p, "fml"); n.b.t(n.c.pick(creds)); }
  else { n.b.t("Dr. "); nm(n, p, "fl"); }
}

export function other(n: Note<NoteKit>): Person {
  const p = n.c.person();
  n.others.push(p);
  return p;
}

/** `line1[ unit]<sep>city, ST zip`, each element its own span. */
export function address(n: Note<NoteKit>, a: Address, sep = ", "): void {
  n.b.v(a.line1, "ADDRESS");
  if (a.unit) n.b.t(" ").v(a.unit, "ADDRESS");
  n.b.t(sep).v(a.city, "LOCATION").t(", ").t(a.state).t(" ").v(a.zip, "ZIP");
}

export function newAddress(c: NoteKit): Address {
  const line1 = c.street();
  return { line1, unit: !/Apt|Suite|Box/.test(line1) && c.chance(0.3) ? c.unit() : undefined, city: c.city(), state: c.state(), zip: c.zip() };
}

/** An age for the note's patient; `pOld` of them are 90 or more. Moves the DOB's year to agree. */
export function pickAge(n: Note<NoteKit>, pOld: number): number {
  const a = n.c.chance(pOld) ? n.c.oldAge() : n.c.youngAge();
  n.dob = { ...n.dob, y: 2026 - a };
  return a;
}

/** Writes an age: gold AGE when 90 or more, literal text otherwise. */
export function age(n: Note<NoteKit>, a: number, words = false): void {
  const s = words ? ageWords(a) : String(a);
  if (a >= 90) n.b.v(s, "AGE");
  else n.b.t(s);
}

const UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
export function ageWords(a: number): string {
  if (a >= 100) return `one hundred${a > 100 ? ` ${UNITS[a - 100]}` : ""}`;
  const t = TENS[Math.floor(a / 10)]!;
  return a % 10 ? `${t}-${UNITS[a % 10]}` : t;
}

/** Literal text wraps at `width` columns (values never break): scanned referrals, e-mail bodies. */
export function wrapAt(b: NoteBuilder, width: number): (s: string) => string {
  return (s) => {
    let col = b.text.length - b.text.lastIndexOf("\n") - 1;
    let out = "";
    for (const ch of s) {
      if (ch === "\n") col = -1;
      if (ch === " " && col >= width) { out += "\n"; col = 0; continue; }
      out += ch;
      col++;
    }
    return out;
  };
}

/** The record's DOB as a chart spells it, ISO or m/d/y, in the corpus's own date writer. */
export type DobSpelling = (dob: D, iso: boolean) => string;

/** The patient's record, spelled unlike the note where a chart would be. */
export function known(n: Note<NoteKit>, dobSpelling: DobSpelling = (x, iso) => fmtDate(x, iso ? "iso" : "mdy")): KnownIdentifiers {
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
      dob: dobSpelling(n.dob, c.chance(0.6)),
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

/** A gold date: a full spelling, or a partial one (`Month d`, `m/d`, month-year, `the 4th`) when `partial`. */
export function dt(n: Note<NoteKit>, x: D = n.c.recent(), partial = false): void {
  n.b.v(partial ? n.c.partialDate(x) : n.c.fullDate(x), "DATE");
}

/** A phone (or fax) number, sometimes with an extension outside the span. */
export function ph(n: Note<NoteKit>, num: string = n.c.phone(), type: "PHONE" | "FAX" = "PHONE"): void {
  n.b.v(num, type);
  if (type === "PHONE" && n.c.chance(0.2)) n.b.t(n.c.pick([" ext. ", " x", " ext ", " extension "])).t(String(n.c.int(10, 9999)));
}
