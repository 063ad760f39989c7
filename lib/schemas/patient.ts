import { z } from "zod";

/**
 * Shared by the "Register new patient" form and the `patients.register`
 * mutation. The form sends blank strings for fields left empty; the schema
 * turns them into `undefined`, and an optional group (address, insurance,
 * emergency contact) left entirely blank into no group at all. A group that is
 * partly filled needs every field.
 */

export const SEX_VALUES = ["female", "male", "other", "unknown"] as const;
export type Sex = (typeof SEX_VALUES)[number];
export const SEX_LABELS: Record<Sex, string> = { female: "Female", male: "Male", other: "Other", unknown: "Unknown" };

export const NAME_MAX = 60;
export const MAX_AGE_YEARS = 130;

const NAME_CHARS = /^[\p{L}\p{M}][\p{L}\p{M}' .-]*$/u;

const personName = (label: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `Enter the ${label}.`, abort: true })
    .max(NAME_MAX, { error: `The ${label} is too long (${NAME_MAX} characters at most).`, abort: true })
    .regex(NAME_CHARS, `The ${label} may contain only letters, spaces, hyphens, apostrophes and periods.`);

/** "YYYY-MM-DD" for a day in UTC. */
function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** True when `s` is a real calendar date written "YYYY-MM-DD". */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m === null) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return isoDay(d) === s;
}

/** The earliest date of birth accepted on `today` (MAX_AGE_YEARS ago). */
export function earliestDob(today: Date = new Date()): string {
  const d = new Date(Date.UTC(today.getUTCFullYear() - MAX_AGE_YEARS, today.getUTCMonth(), today.getUTCDate()));
  return isoDay(d);
}

const dobSchema = z
  .string()
  .trim()
  .min(1, { error: "Enter the date of birth.", abort: true })
  .refine(isCalendarDate, "Enter a real date of birth as YYYY-MM-DD.")
  // Today at the far edge of the date line counts: a newborn may be registered on the day of birth.
  .refine((s) => !isCalendarDate(s) || s <= isoDay(new Date(Date.now() + 14 * 3_600_000)), "The date of birth cannot be in the future.")
  .refine((s) => !isCalendarDate(s) || s >= earliestDob(), `The date of birth cannot be more than ${MAX_AGE_YEARS} years ago.`);

/**
 * A US phone number in any common format ("555-555-0100", "(555) 555-0100",
 * "555.555.0100", "+1 555 555 0100"), normalised to "(555) 555-0100".
 * Null when it is not 10 digits (after an optional leading country code 1).
 */
export function normalizeUsPhone(input: string): string | null {
  const s = input.trim();
  if (!/^[+\d\s().-]+$/.test(s)) return null;
  let digits = s.replace(/\D/g, "");
  if (digits.length === 11 && digits.startsWith("1")) digits = digits.slice(1);
  if (digits.length !== 10) return null;
  return `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`;
}

const PHONE_MESSAGE = "Enter a 10-digit US phone number, e.g. (555) 555-0100.";

const phoneSchema = z
  .string()
  .trim()
  .max(30, PHONE_MESSAGE)
  .refine((s) => normalizeUsPhone(s) !== null, PHONE_MESSAGE)
  .transform((s) => normalizeUsPhone(s) ?? s);

/** An optional text field: blank becomes undefined. */
function optional<T extends z.ZodType<unknown, string>>(schema: T) {
  return z
    .string()
    .optional()
    .transform((s) => (s === undefined || s.trim() === "" ? undefined : s))
    .pipe(schema.optional());
}

const blank = (v: unknown) => v === undefined || (typeof v === "string" && v.trim() === "");

/**
 * An optional group of fields: all blank (or absent) is no group; otherwise
 * every field is checked, and the messages point at the fields.
 */
function optionalGroup<S extends Record<string, z.ZodType<unknown, string>>>(shape: S) {
  const keys = Object.keys(shape) as (keyof S & string)[];
  const full = z.object(shape);
  const raw = z.object(Object.fromEntries(keys.map((k) => [k, z.string().optional()])) as { [K in keyof S]: z.ZodOptional<z.ZodString> });
  return raw
    .optional()
    .transform((g, ctx): z.output<typeof full> | undefined => {
      if (g === undefined || keys.every((k) => blank(g[k]))) return undefined;
      const r = full.safeParse(Object.fromEntries(keys.map((k) => [k, g[k] ?? ""])));
      if (r.success) return r.data;
      for (const issue of r.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path.map(String) });
      return z.NEVER;
    });
}

const text = (label: string, max: number) =>
  z.string().trim().min(1, `Enter the ${label}.`).max(max, `The ${label} is too long (${max} characters at most).`);

export const US_STATES = [
  "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
  "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI",
  "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "AS", "GU", "MP", "PR", "VI",
] as const;
const STATE_SET: ReadonlySet<string> = new Set(US_STATES);

export const newPatientSchema = z.object({
  firstName: personName("first name"),
  middleName: optional(personName("middle name")),
  lastName: personName("last name"),
  dob: dobSchema,
  sex: z.enum(SEX_VALUES, { error: "Choose the sex recorded for the patient." }),
  phone: optional(phoneSchema),
  email: optional(z.string().trim().toLowerCase().max(254, "The email address is too long.").pipe(z.email("Enter a valid email address."))),
  address: optionalGroup({
    line1: text("street address", 100),
    city: text("city", 60),
    state: z
      .string()
      .trim()
      .toUpperCase()
      .refine((s) => STATE_SET.has(s), "Enter the 2-letter state code, e.g. IL."),
    zip: z.string().trim().regex(/^\d{5}$/, "Enter the 5-digit ZIP code."),
  }),
  insurance: optionalGroup({
    payer: text("insurance payer", 100),
    memberNumber: text("member number", 40),
    groupNumber: text("group number", 40),
  }),
  emergencyContact: optionalGroup({
    name: text("emergency contact's name", 100),
    relationship: text("relationship", 40),
    phone: phoneSchema,
  }),
});

export type NewPatientInput = z.input<typeof newPatientSchema>;
export type NewPatient = z.output<typeof newPatientSchema>;
