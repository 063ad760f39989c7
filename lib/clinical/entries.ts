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

/** A draft may be partly empty; signing needs content (see `assertSignable`). */
export const soapDraftSchema = z.object({
  subjective: z.string().max(SOAP_SECTION_MAX, `Subjective is too long (${SOAP_SECTION_MAX} characters at most).`),
  objective: z.string().max(SOAP_SECTION_MAX, `Objective is too long (${SOAP_SECTION_MAX} characters at most).`),
  assessment: z.string().max(SOAP_SECTION_MAX, `Assessment is too long (${SOAP_SECTION_MAX} characters at most).`),
  plan: z.string().max(SOAP_SECTION_MAX, `Plan is too long (${SOAP_SECTION_MAX} characters at most).`),
});

// The schema's output is the plain SoapDraft of ./soap.
const _soapShape: z.ZodType<SoapDraft> = soapDraftSchema;

export const addendumSchema = z.object({ text: text("addendum", 5000) });
