/**
 * The scheduling forms' rules, checked in the browser before a call. The
 * server checks the same limits again (appointments.ts) and has the last word
 * on conflicts and working hours.
 */
import { z } from "zod";
import { MAX_SERIES } from "./series";
import { isValidDate, TIME_RE } from "./time";

const date = z.string().refine(isValidDate, "Enter a date.");
const time = z.string().regex(TIME_RE, "Enter a time, such as 4:20 PM.");

export const bookingSchema = z
  .object({
    patientId: z.string().min(1, "Find and choose the patient."),
    typeId: z.string().min(1, "Choose a visit type."),
    providerId: z.string().min(1, "Choose a provider, or pick one of the suggested times."),
    date,
    time,
    repeat: z.boolean(),
    everyWeeks: z.number({ error: "Choose how often it repeats." }).int().min(1, "Every 1 to 8 weeks.").max(8, "Every 1 to 8 weeks."),
    count: z
      .number({ error: `Enter 2 to ${MAX_SERIES} visits.` })
      .int(`Enter 2 to ${MAX_SERIES} visits.`)
      .min(2, `Enter 2 to ${MAX_SERIES} visits.`)
      .max(MAX_SERIES, `A series has at most ${MAX_SERIES} visits.`),
  });

export type BookingValues = z.infer<typeof bookingSchema>;

export const moveSchema = z.object({
  date,
  time,
  providerId: z.string().min(1, "Choose a provider."),
});

export type MoveValues = z.infer<typeof moveSchema>;

export const cancelSchema = z.object({
  reason: z.string().trim().min(3, "Say why it is cancelled (at least 3 characters).").max(300, "Keep the reason under 300 characters."),
  scope: z.enum(["one", "rest"]),
});

export type CancelValues = z.infer<typeof cancelSchema>;

export const overrideSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(5, "State the reason (at least 5 characters).")
    .max(300, "Keep the reason under 300 characters."),
});

export type OverrideValues = z.infer<typeof overrideSchema>;

export { isHoursConflict } from "./conflicts";
