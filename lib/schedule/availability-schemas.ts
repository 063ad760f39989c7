import { z } from "zod";
import { EXCEPTION_KINDS, MAX_BLOCKS_PER_DAY, VISIT_TYPE_MAX_MINUTES, VISIT_TYPE_MIN_MINUTES, type Block } from "./availability-limits";
import { TIME_RE, isValidDate, minutesOf } from "./time";

/**
 * Schedule configuration: weekly hours, exceptions and visit types. Shared by
 * the forms on /admin/schedule and the mutations in convex/availability.ts.
 */

export { EXCEPTION_KIND_LABELS, EXCEPTION_KINDS, MAX_BLOCKS_PER_DAY, VISIT_TYPE_MAX_MINUTES, VISIT_TYPE_MIN_MINUTES, WEEKDAY_LABELS, type Block } from "./availability-limits";

export const timeSchema = z.string().regex(TIME_RE, "Enter a time as HH:MM (24-hour).");

export const blockSchema = z
  .object({ start: timeSchema, end: timeSchema })
  .refine((b) => !TIME_RE.test(b.start) || !TIME_RE.test(b.end) || minutesOf(b.start) < minutesOf(b.end), {
    message: "The end time must be after the start time.",
    path: ["end"],
  });

// The schema's output is the plain Block of availability-limits.ts.
const _blockShape: z.ZodType<Block> = blockSchema;

/** A day's blocks: at most six, in order, none overlapping (touching is fine). */
export const blocksSchema = z
  .array(blockSchema)
  .max(MAX_BLOCKS_PER_DAY, `At most ${MAX_BLOCKS_PER_DAY} blocks a day.`)
  .superRefine((blocks, ctx) => {
    for (let i = 1; i < blocks.length; i++) {
      const prev = blocks[i - 1]!;
      const cur = blocks[i]!;
      if (!TIME_RE.test(prev.end) || !TIME_RE.test(cur.start)) continue;
      if (minutesOf(cur.start) < minutesOf(prev.end)) {
        ctx.addIssue({
          code: "custom",
          path: [i, "start"],
          message: "Blocks must be in order and must not overlap.",
        });
      }
    }
  });

export const weekdaySchema = z.number().int("Choose a weekday.").min(0, "Choose a weekday.").max(6, "Choose a weekday.");

export const weekdayHoursSchema = z.object({
  weekday: weekdaySchema,
  locationId: z.string().min(1, "Choose a location."),
  blocks: blocksSchema,
});

export type WeekdayHours = z.infer<typeof weekdayHoursSchema>;

export const dateSchema = z.string().refine(isValidDate, "Enter a valid date (YYYY-MM-DD).");


/** A day off (no blocks) or an extra clinic (at least one block). `today` rejects past dates when given. */
export function exceptionSchema(today?: string) {
  return z
    .object({
      date: dateSchema,
      kind: z.enum(EXCEPTION_KINDS, { error: "Choose day off or extra clinic." }),
      blocks: blocksSchema,
      locationId: z
        .string()
        .optional()
        .transform((l) => (l === "" ? undefined : l)),
    })
    .superRefine((e, ctx) => {
      if (today !== undefined && isValidDate(e.date) && e.date < today) {
        ctx.addIssue({ code: "custom", path: ["date"], message: "Choose today or a later date." });
      }
      if (e.kind === "extra" && e.blocks.length === 0) {
        ctx.addIssue({ code: "custom", path: ["blocks"], message: "An extra clinic needs at least one block of hours." });
      }
      if (e.kind === "off" && e.blocks.length > 0) {
        ctx.addIssue({ code: "custom", path: ["blocks"], message: "A day off has no hours." });
      }
    });
}

export type ScheduleException = z.infer<ReturnType<typeof exceptionSchema>>;

export const visitTypeSchema = z.object({
  name: z.string().trim().min(1, "Enter a name.").max(60, "Name is too long (60 characters at most)."),
  durationMinutes: z
    .number({ error: "Enter the length in minutes." })
    .int("Enter whole minutes.")
    .min(VISIT_TYPE_MIN_MINUTES, `At least ${VISIT_TYPE_MIN_MINUTES} minutes.`)
    .max(VISIT_TYPE_MAX_MINUTES, `At most ${VISIT_TYPE_MAX_MINUTES} minutes.`),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, "Choose a color as #rrggbb."),
});

export type VisitTypeInput = z.infer<typeof visitTypeSchema>;

/** The first message of a failed parse, for the server's INVALID error. */
export function issuesText(error: z.ZodError): string {
  return error.issues.map((i) => i.message).join(" ");
}
