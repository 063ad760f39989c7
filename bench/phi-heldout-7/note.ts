/**
 * What a style gets to write one note in the seventh held-out corpus: the fifth corpus's generic note helpers
 * (bench/phi-heldout-5/note.ts: names, staff, addresses, ages, dates and phones as gold spans with literal glue,
 * and the patient's record as the app passes it) over this corpus's own value kit and date writer, plus a few
 * small writers of its own.
 */
import type { KnownIdentifiers, PhiType } from "../../lib/phi/types";
import { known as knownFrom, nm, type Note as KitNote } from "../phi-heldout-5/note";
import { fmtDate, type Ctx, type D, type DateForm, type Person } from "./kit";

export { address, age, ageWords, dt, newAddress, nm, other, ph, pickAge, staff, wrapAt } from "../phi-heldout-5/note";

export type Note = KitNote<Ctx>;
export type Style = (n: Note) => void;

/** The patient's record, spelled unlike the note where a chart would be; the DOB in this kit's spelling. */
export function known(n: Note): KnownIdentifiers {
  return knownFrom(n, (x, iso) => fmtDate(x, iso ? "iso" : "mdy"));
}

/** A gold value. */
export function v(n: Note, value: string, type: PhiType): void {
  n.b.v(value, type);
}

/** A gold date in a given spelling. */
export function df(n: Note, x: D, f: DateForm): void {
  n.b.v(fmtDate(x, f), "DATE");
}

/** The patient's name in a random one of the common forms. */
export function ptName(n: Note, forms: Parameters<typeof nm>[2][] = ["fl", "lf", "fml", "LF", "lfm"]): void {
  nm(n, n.pt, n.c.pick(forms));
}

/** A name in DICOM/X12-like `LAST^FIRST^M` or `LAST*FIRST*M` component form. */
export function compName(n: Note, p: Person, sep: string, upper = true): void {
  const U = (s: string) => (upper ? s.toUpperCase() : s);
  n.b.v(U(p.last), "NAME").t(sep).v(U(p.first), "NAME");
  if (p.middle) n.b.t(sep).v(U(p.middle[0]!), "NAME");
}

/** Splits a value into its characters separated by `sep` (comb-box forms OCR'd). */
export function spaced(s: string, sep = " "): string {
  return [...s].join(sep);
}
