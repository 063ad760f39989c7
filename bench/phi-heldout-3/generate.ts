/**
 * Third held-out synthetic corpus for the PHI minimiser, written blind to the
 * detector (see README.md). `generateHeldout3(seed, count)` rotates through the
 * styles; gold spans are exact by construction (NoteBuilder) and output is
 * deterministic per seed.
 */
import type { HeldoutNote } from "../phi-heldout/generate";
import { NoteBuilder } from "../phi-heldout-2/builder";
import { Ctx } from "./kit";
import { newAddress, type Note, type Style } from "./note";
import { STYLES_A } from "./styles-a";
import { STYLES_B } from "./styles-b";
import { STYLES_C } from "./styles-c";

/** A note with its gold spans, the same shape as the first held-out corpus's. */
export type Heldout3Note = HeldoutNote;

export const STYLES: Record<string, Style> = { ...STYLES_A, ...STYLES_B, ...STYLES_C };
export const STYLE_NAMES = Object.keys(STYLES);

/** Share of single-patient notes that carry the patient's record. */
export const RECORD_SHARE = 0.75;

export function generateHeldout3(seed: number, count: number): Heldout3Note[] {
  const c = new Ctx(seed);
  const out: Heldout3Note[] = [];
  for (let i = 0; i < count; i++) {
    const style = STYLE_NAMES[i % STYLE_NAMES.length]!;
    const b = new NoteBuilder();
    const pt = c.person();
    const n: Note = { b, c, pt, dob: c.dob(), mrn: c.mrn(), phone: "", email: "", addr: { line1: "", city: "", state: "", zip: "" }, others: [] };
    n.phone = c.phone();
    n.email = c.email(pt);
    n.addr = newAddress(n);
    STYLES[style]!(n);
    const note: Heldout3Note = { id: `h3-${seed}-${i}`, style, text: b.text, spans: b.spans, values: b.values };
    if (!n.multi && c.chance(RECORD_SHARE)) {
      note.known = c.known(pt, { dob: n.dob, mrn: n.mrn, phone: n.phone, email: n.email, address: { line1: n.addr.line1, city: n.addr.city, state: n.addr.state, zip: n.addr.zip } }, n.others);
    }
    out.push(note);
  }
  return out;
}
