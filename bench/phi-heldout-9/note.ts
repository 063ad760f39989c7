/**
 * What a style gets to write one note in the ninth held-out corpus: the fifth corpus's generic helpers
 * (`bench/phi-heldout-5/note.ts`) bound to this corpus's kit, plus a few helpers of this corpus's own.
 */
import type { KnownIdentifiers } from "../../lib/phi/types";
import { known as knownWith, type Note } from "../phi-heldout-5/note";
import { iso, mdy, type Ctx, type D, type Person } from "./kit";

export { address, age, ageWords, dt, newAddress, nm, other, ph, pickAge, staff, wrapAt, type Address, type NameForm } from "../phi-heldout-5/note";

export type Note9 = Note<Ctx>;
export type Style = (n: Note9) => void;

/** The patient's record as the app passes it, with an ISO or MM/DD/YYYY DOB. */
export function known(n: Note9): KnownIdentifiers {
  return knownWith(n, (x, isIso) => (isIso ? iso(x) : mdy(x)));
}

/** A labelled value: literal label, then the value as one gold span. */
export function lv(n: Note9, label: string, value: string, type: Parameters<Note9["b"]["v"]>[1], after = "\n"): void {
  n.b.t(label).v(value, type).t(after);
}

/** A named facility as one gold span. */
export function fac(n: Note9, name: string): void {
  n.b.v(name, "FACILITY");
}

/** The patient's DOB in one of the kit's full spellings. */
export function dob(n: Note9): void {
  n.b.v(n.c.fullDate(n.dob), "DATE");
}

/** A relative or contact, pushed to the note's other people. */
export function rel(n: Note9): Person {
  const p = n.c.person();
  n.others.push(p);
  return p;
}

/** A date `days` after another, clamped to the 28th so every month has it. */
export function plus(x: D, days: number): D {
  const t = new Date(Date.UTC(x.y, x.m - 1, x.d) + days * 86400000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: Math.min(28, t.getUTCDate()) };
}

/** Upper-case initials of a person (`JQP`). */
export function initials(p: Person): string {
  return `${p.first[0]}${p.middle ? p.middle[0] : ""}${p.last[0]}`.toUpperCase();
}

/** A short, masked-free clinical clause from the kit: distractors only. */
export function clin(n: Note9): void {
  n.b.t(n.c.clin());
}
