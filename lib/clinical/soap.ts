/**
 * SOAP note rules the editor needs on every keystroke, without the zod
 * schemas of lib/clinical/entries.ts (which re-exports these), so that the
 * note editor does not ship zod.
 */
export const SOAP_SECTION_MAX = 20_000;

export interface SoapDraft {
  subjective: string;
  objective: string;
  assessment: string;
  plan: string;
}

/** Why a note cannot be signed yet, or null. */
export function unsignableReason(note: SoapDraft): string | null {
  const empty = (["subjective", "objective", "assessment", "plan"] as const).filter((k) => note[k].trim() === "");
  if (empty.length === 4) return "The note is empty. Write the note before signing.";
  if (note.assessment.trim() === "" || note.plan.trim() === "") return "A signed note needs an assessment and a plan.";
  return null;
}
