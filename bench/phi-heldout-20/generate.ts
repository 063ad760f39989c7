/**
 * Twentieth held-out synthetic corpus for the PHI minimiser, written blind to the detector (see README.md).
 * `generateHeldout20(seed, count)` rotates through the styles; gold spans are exact by construction
 * (NoteBuilder) and output is deterministic per seed. Theme: pharmacy and medication management.
 */
import type { HeldoutNote } from "../phi-heldout/generate";
import { NoteBuilder } from "../phi-heldout-2/builder";
import { Ctx } from "./kit";
import { known, newAddress, type Note20, type Style } from "./note";
import { STYLES_A } from "./styles-a";
import { STYLES_B } from "./styles-b";
import { STYLES_C } from "./styles-c";
import { STYLES_D } from "./styles-d";
import { STYLES_E } from "./styles-e";
import { STYLES_F } from "./styles-f";

export type Heldout20Note = HeldoutNote;

export const STYLES: Record<string, Style> = { ...STYLES_A, ...STYLES_B, ...STYLES_C, ...STYLES_D, ...STYLES_E, ...STYLES_F };
export const STYLE_NAMES = Object.keys(STYLES);
/** Styles whose note names several patients; they never carry a record. */
export const MULTI_PATIENT_STYLES = ["ivr-refill-log", "cs-destruction-log", "pmp-delegate-query-log", "asap-pmp-upload", "dispense-export-csv", "med-sync-fixed-width", "dur-reject-queue-json", "rx-delivery-route"] as const;

/** Share of single-patient notes that carry the patient's record. */
export const RECORD_SHARE = 0.75;

export function generateHeldout20(seed = 20270820, count = 2400): Heldout20Note[] {
  const c = new Ctx(seed);
  const out: Heldout20Note[] = [];
  for (let i = 0; i < count; i++) {
    const style = STYLE_NAMES[i % STYLE_NAMES.length]!;
    const pt = c.person();
    const n: Note20 = { b: new NoteBuilder(), c, pt, dob: c.dob(), mrn: c.mrn(), phone: c.phone(), email: c.email(pt), addr: newAddress(c), others: [] };
    STYLES[style]!(n);
    const note: Heldout20Note = { id: `h20-${seed}-${i}`, style, text: n.b.text, spans: n.b.spans, values: n.b.values };
    if (!n.multi && c.chance(RECORD_SHARE)) note.known = known(n);
    out.push(note);
  }
  return out;
}
