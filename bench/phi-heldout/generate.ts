/**
 * Held-out PHI corpus: `generateHeldout(seed, count)` writes `count` notes in
 * 20 styles, each with exact gold spans and (on most notes) the patient's
 * record as the app would pass it, spelled differently from the note.
 * Written blind to lib/phi's detector and its own corpus; see README.md.
 */
import { Rng } from "../../lib/phi/corpus/rng";
import type { KnownIdentifiers, KnownPatient, PersonName, Span } from "../../lib/phi/types";
import { Cast, CastNote } from "./cast";

import { seedFakers, type Person } from "./people";
import type { Style } from "./style";
import { STYLES_A } from "./styles-a";
import { STYLES_B } from "./styles-b";
import * as V from "./values";

export interface HeldoutNote {
  id: string;
  style: string;
  text: string;
  spans: Span[];
  /** The value inserted for each span, parallel to `spans` (for the exactness test). */
  values: string[];
  known?: KnownIdentifiers;
}

export const HELDOUT_STYLES: readonly Style[] = [...STYLES_A, ...STYLES_B];

/** Share of notes that carry the patient's record. */
const WITH_RECORD = 0.85;

function recordName(r: Rng, p: Person): PersonName {
  const n: PersonName = { firstName: p.first, lastName: p.last };
  if (r.chance(0.12)) {
    n.firstName = p.first.toUpperCase();
    n.lastName = p.last.toUpperCase();
  }
  if (p.middle) n.middleName = p.middle;
  if (p.nick && r.chance(0.5)) n.nicknames = [p.nick];
  return n;
}

/** The patient's chart as the app holds it: formats differ from the note's on purpose. */
function recordFor(c: Cast, r: Rng): KnownIdentifiers {
  const patient: KnownPatient = { ...recordName(r, c.pt) };
  patient.dob = r.chance(0.8) ? V.formatDate(c.dob, "iso") : V.formatDate(c.dob, "us-long");
  if (r.chance(0.9)) patient.mrn = c.mrn.record;
  if (r.chance(0.85)) patient.phone = r.chance(0.5) ? c.phone10 : `(${c.phone10.slice(0, 3)}) ${c.phone10.slice(3, 6)}-${c.phone10.slice(6)}`;
  if (r.chance(0.6)) patient.email = c.email;
  if (r.chance(0.8)) patient.address = { ...c.addr };
  const known: KnownIdentifiers = { patient };
  const others: PersonName[] = [];
  for (const rel of c.relatives) if (r.chance(0.6)) others.push(recordName(r, rel.person));
  if (r.chance(0.3)) others.push(recordName(r, c.docs[0]!));
  if (others.length) known.otherPeople = others;
  return known;
}

export function generateHeldout(seed: number, count: number): HeldoutNote[] {
  seedFakers(seed);
  const r = new Rng(seed);
  const notes: HeldoutNote[] = [];
  for (let i = 0; i < count; i++) {
    const style = HELDOUT_STYLES[i % HELDOUT_STYLES.length]!;
    const cast = new Cast(r, { ageRange: style.ages, sex: style.sex });
    const b = new CastNote(cast);
    style.write(b, cast);
    const note: HeldoutNote = { id: `heldout-${seed}-${i}`, style: style.name, text: b.text(), spans: b.spans, values: b.values };
    if (r.chance(WITH_RECORD)) note.known = recordFor(cast, r);
    notes.push(note);
  }
  return notes;
}
