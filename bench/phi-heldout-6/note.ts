/**
 * What a style gets to write one note in the sixth held-out corpus: the fifth corpus's note
 * helpers (bench/phi-heldout-5/note.ts: names, staff, addresses, ages, dates and phones as gold
 * spans with literal glue, and the patient's record as the app passes it) over this corpus's
 * own value kit and date writer.
 */
import type { KnownIdentifiers } from "../../lib/phi/types";
import { known as knownFrom, type Note as KitNote } from "../phi-heldout-5/note";
import { fmtDate, type Ctx } from "./kit";

export { address, age, dt, newAddress, nm, other, ph, pickAge, staff, wrapAt } from "../phi-heldout-5/note";

export type Note = KitNote<Ctx>;
export type Style = (n: Note) => void;

/** The patient's record, spelled unlike the note where a chart would be; the DOB in this kit's spelling. */
export function known(n: Note): KnownIdentifiers {
  return knownFrom(n, (x, iso) => fmtDate(x, iso ? "iso" : "mdy"));
}
