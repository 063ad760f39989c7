/**
 * What a style gets to write one note in the tenth held-out corpus, and small helpers of its own on top of the
 * fifth corpus's generic ones (names, staff, addresses, ages, phones, the record), bound to this corpus's kit.
 */
import type { KnownIdentifiers } from "../../lib/phi/types";
import type { NoteBuilder } from "../phi-heldout-2/builder";
import { known as known5, newAddress as newAddress5, nm, type Address, type NameForm, type NoteKit } from "../phi-heldout-5/note";
import { fmtDate, type Ctx, type D, type FullForm, type Person } from "./kit";

export { address, age, ageWords, nm, other, ph, staff, wrapAt, type Address, type NameForm } from "../phi-heldout-5/note";

export interface Note10 {
  b: NoteBuilder;
  c: Ctx;
  pt: Person;
  dob: D;
  mrn: string;
  phone: string;
  email: string;
  addr: Address;
  others: Person[];
  multi?: boolean;
}

export type Style = (n: Note10) => void;

export function newAddress(c: NoteKit): Address {
  return newAddress5(c);
}

/** The record, with this kit's ISO or MM/DD/YYYY DOB. */
export function known(n: Note10): KnownIdentifiers {
  return known5(n, (x, iso) => fmtDate(x, iso ? "iso" : "mdy"));
}

/** A gold date in a given full form, or any of the kit's full forms. */
export function dt(n: Note10, x: D = n.c.recent(), form?: FullForm): void {
  n.b.v(form ? fmtDate(x, form) : n.c.fullDate(x), "DATE");
}

/** A gold partial date (no year, month-year or ordinal). */
export function pdt(n: Note10, x: D = n.c.recent()): void {
  n.b.v(n.c.partialDate(x), "DATE");
}

/** A gold date, full or partial. */
export function anyDt(n: Note10, x: D = n.c.recent(), pPartial = 0.35): void {
  if (n.c.chance(pPartial)) pdt(n, x);
  else dt(n, x);
}

export function fac(n: Note10, name: string): void {
  n.b.v(name, "FACILITY");
}

/** A person named with one of the name forms, recorded among the note's other people. */
export function person(n: Note10, form: NameForm = "fl"): Person {
  const p = n.c.person();
  n.others.push(p);
  nm(n, p, form);
  return p;
}

/** Initials written together (`JMH`): one span. */
export function initials(p: Person): string {
  return `${p.first[0]}${p.middle ? p.middle[0] : ""}${p.last.replace(/^(de la |van |von |le |St\. |La |De |Van |Dell'|D'|Ó |Ní |Mac )/, "")[0]}`.toUpperCase();
}

/** `City, ST ZIP` with the city and ZIP gold. */
export function cityLine(n: Note10, city = n.c.city(), zip = n.c.zip(), st = n.c.state()): void {
  n.b.v(city, "LOCATION").t(", ").t(st).t(" ").v(zip, "ZIP");
}

/** A distractor phrase (never gold). */
export function clin(n: Note10): void {
  n.b.t(n.c.clin());
}

/** The patient's age as a number with `pOld` chance of 90+; the DOB year follows. */
export function ageOf(n: Note10, pOld: number): number {
  const a = n.c.chance(pOld) ? n.c.oldAge() : n.c.youngAge();
  n.dob = { ...n.dob, y: 2026 - a };
  return a;
}
