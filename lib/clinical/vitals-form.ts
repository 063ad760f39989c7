import { VITAL_LIMITS, vitalsSchema, type VitalName, type Vitals } from "./vitals";

export const VITAL_NAMES = Object.keys(VITAL_LIMITS) as VitalName[];

/** What the vitals form holds: text, as typed. */
export type VitalsFormValues = Record<VitalName, string>;

export const EMPTY_VITALS_FORM: VitalsFormValues = Object.fromEntries(VITAL_NAMES.map((n) => [n, ""])) as VitalsFormValues;

export type VitalsFormErrors = Partial<Record<VitalName | "form", string>>;

/**
 * Turns the typed values into numbers and checks them with the schema the
 * server uses. An empty field is "not measured"; "12,5" is read as 12.5.
 * Errors are keyed by field, or "form" for the whole set.
 */
export function parseVitalsForm(values: VitalsFormValues): { ok: true; vitals: Vitals } | { ok: false; errors: VitalsFormErrors } {
  const input: Record<string, number> = {};
  for (const name of VITAL_NAMES) {
    const raw = (values[name] ?? "").trim().replace(",", ".");
    if (raw === "") continue;
    input[name] = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(raw) ? Number(raw) : Number.NaN;
  }
  const parsed = vitalsSchema.safeParse(input);
  if (parsed.success) return { ok: true, vitals: parsed.data };
  const errors: VitalsFormErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    const key = typeof field === "string" && (VITAL_NAMES as string[]).includes(field) ? (field as VitalName) : "form";
    errors[key] ??= issue.message;
  }
  return { ok: false, errors };
}
