import { z } from "zod";
import { SOAP_SECTION_MAX, type SoapDraft } from "./soap";

const text = (label: string, max: number) =>
  z.string().trim().min(1, `Enter the ${label}.`).max(max, `The ${label} is too long (${max} characters at most).`);

/** Shared by the intake forms and the clinical mutations. */
export const allergySchema = z.object({
  substance: text("substance", 120),
  reaction: text("reaction", 200),
  severity: z.enum(["mild", "moderate", "severe"], { error: "Choose a severity." }),
});

export const medicationSchema = z.object({
  name: text("medication name", 120),
  dose: text("dose", 80),
  route: text("route", 40),
  frequency: text("frequency", 80),
});

export const encounterSchema = z.object({
  type: z.enum(["office", "telehealth"], { error: "Choose the visit type." }),
  chiefComplaint: z.string().trim().max(300, "The chief complaint is too long (300 characters at most).").optional(),
});

export { SOAP_SECTION_MAX, unsignableReason, type SoapDraft } from "./soap";

/**
 * Control characters (NUL, escape, C1 codes…) other than tab and line breaks:
 * no one types them, they corrupt printouts and exports, and a section made of
 * them would look empty while counting as content.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export function hasControlCharacters(text: string): boolean {
  return CONTROL_CHARACTER.test(text);
}

const noteText = (label: string, schema: z.ZodString) =>
  schema.refine((t) => !hasControlCharacters(t), `${label} contains control characters (such as NUL) that a note cannot hold. Remove them, or paste the text as plain text.`);

const soapSection = (label: string) => noteText(label, z.string().max(SOAP_SECTION_MAX, `${label} is too long (${SOAP_SECTION_MAX} characters at most).`));

/** A draft may be partly empty; signing needs content (see `assertSignable`). */
export const soapDraftSchema = z.object({
  subjective: soapSection("Subjective"),
  objective: soapSection("Objective"),
  assessment: soapSection("Assessment"),
  plan: soapSection("Plan"),
});

// The schema's output is the plain SoapDraft of ./soap.
const _soapShape: z.ZodType<SoapDraft> = soapDraftSchema;

export const addendumSchema = z.object({ text: noteText("The addendum", text("addendum", 5000)) });
