/**
 * What a style of the eighth held-out corpus writes with: the fifth corpus's generic helpers (names, staff,
 * addresses, ages, dates, phones, the patient's record) bound to this corpus's own kit, plus a few helpers of
 * its own.
 */
import { known as known5, nm, other, type NameForm, type Note } from "../phi-heldout-5/note";
import { type Ctx, type D, fmtDate, type Person } from "./kit";

export { address, age, ageWords, dt, newAddress, nm, other, ph, pickAge, staff, wrapAt, type NameForm } from "../phi-heldout-5/note";

export type Note8 = Note<Ctx>;
export type Style = (n: Note8) => void;

/** The record, with this kit's ISO or `MM/DD/YYYY` DOB. */
export const known = (n: Note8) => known5(n, (x, iso) => fmtDate(x, iso ? "iso" : "mdy"));

/** A name in one of the given forms, picked at random. */
export function pn(n: Note8, p: Person, forms: readonly NameForm[] = ["fl", "lf", "fml", "LF", "FL"]): void {
  nm(n, p, n.c.pick(forms));
}

/** The patient's DOB in a random full spelling. */
export function dob(n: Note8): void {
  n.b.v(n.c.fullDate(n.dob), "DATE");
}

/** A date in a random full spelling. */
export function day(n: Note8, x: D = n.c.recent()): void {
  n.b.v(n.c.fullDate(x), "DATE");
}

/** A date in a random partial spelling (`3/4`, `March 2026`, `Mar 4`). */
export function pday(n: Note8, x: D = n.c.recent()): void {
  n.b.v(n.c.partialDate(x), "DATE");
}

/** Staff initials written together (`KM`), one span. */
export function initials(n: Note8, p: Person): void {
  n.b.v(`${p.first[0]!}${p.last.replace(/^(?:de la |del |de los |da |dos |do |van den |van |de |ter |La |Lo |Di |Ní |Ó )/, "")[0]!}`.toUpperCase(), "NAME");
}

/** `label: value` on its own line, the label literal. */
export function field(n: Note8, label: string, write: () => void): void {
  n.b.t(label);
  write();
  n.b.nl();
}

export const RELATIONS = ["daughter", "son", "wife", "husband", "sister", "brother", "niece", "nephew", "granddaughter", "grandson", "partner", "neighbor", "mother", "father", "friend", "daughter-in-law"] as const;

/** A relative or contact, offered to the record. */
export function rel(n: Note8): { p: Person; r: string } {
  return { p: other(n), r: n.c.pick(RELATIONS) };
}

/** A yes/no box. */
export const box = (n: Note8, on: boolean) => (on ? n.c.pick(["[x]", "[X]", "☒"]) : n.c.pick(["[ ]", "☐"]));

/** Makes the patient a child of up to `maxYears` years (the DOB moves to agree). */
export function childDob(n: Note8, maxYears: number): void {
  n.dob = { y: 2026 - n.c.int(0, maxYears), m: n.c.int(1, 12), d: n.c.int(1, 28) };
}
