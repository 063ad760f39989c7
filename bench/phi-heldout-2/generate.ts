/**
 * Second held-out synthetic corpus for the PHI minimiser, written blind to the
 * detector (see README.md). `generateHeldout2(seed, count)` rotates through the
 * styles so every style appears; gold spans are exact by construction.
 */
import type { HeldoutNote } from "../phi-heldout/generate";
import { Ctx } from "./kit";
import { bhProgress, consultLetter, dischargeSummary, hospiceNote, operativeNote, portalMessage, sbar, woundCare, type Style } from "./styles-a";
import { dmeOxygen, excuseNote, immunizationRecord, insuranceEob, labRequisition, medRec, problemList, recallList } from "./styles-b";
import { deathTransfer, dental, guardianship, intakeForm, interpreterVisit, occHealth, ocrFax, spanishEnglish } from "./styles-c";
import { Values } from "./values";

/** A note with its gold spans, the same shape as the first held-out corpus's. */
export type Heldout2Note = HeldoutNote;

export const STYLES: Record<string, Style> = {
  "portal-message": portalMessage,
  sbar,
  "discharge-summary": dischargeSummary,
  "consult-letter": consultLetter,
  "operative-note": operativeNote,
  hospice: hospiceNote,
  "wound-care": woundCare,
  "bh-progress": bhProgress,
  "med-rec": medRec,
  "problem-list": problemList,
  immunization: immunizationRecord,
  "insurance-eob": insuranceEob,
  "excuse-note": excuseNote,
  "dme-oxygen": dmeOxygen,
  "recall-list": recallList,
  "lab-requisition": labRequisition,
  "death-transfer": deathTransfer,
  interpreter: interpreterVisit,
  guardianship,
  "occ-health": occHealth,
  dental,
  "ocr-fax": ocrFax,
  "spanish-english": spanishEnglish,
  "intake-form": intakeForm,
};

export const STYLE_NAMES = Object.keys(STYLES);

export function generateHeldout2(seed: number, count: number): Heldout2Note[] {
  const v = new Values(seed);
  const notes: Heldout2Note[] = [];
  for (let i = 0; i < count; i++) {
    const style = STYLE_NAMES[i % STYLE_NAMES.length]!;
    const p = style === "death-transfer" ? v.patient(90, 104) : v.patient();
    const c = new Ctx(v, p);
    STYLES[style]!(c);
    const note: Heldout2Note = { id: `h2-${seed}-${i}`, style, text: c.b.text, spans: c.b.spans, values: c.b.values };
    if (c.singlePatient && v.r.chance(0.8)) note.known = c.known();
    notes.push(note);
  }
  return notes;
}
