/**
 * Limits and labels of the schedule configuration, without the zod schemas
 * (lib/schedule/availability-schemas.ts) so that screens can show them
 * without shipping the validators.
 */
export const MAX_BLOCKS_PER_DAY = 6;
export const VISIT_TYPE_MIN_MINUTES = 5;
export const VISIT_TYPE_MAX_MINUTES = 480;

export const WEEKDAY_LABELS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

export const EXCEPTION_KINDS = ["off", "extra"] as const;
export const EXCEPTION_KIND_LABELS: Record<(typeof EXCEPTION_KINDS)[number], string> = { off: "Day off", extra: "Extra clinic" };

/** A block of working time, "HH:MM" to "HH:MM" in the practice's time zone. */
export interface Block {
  start: string;
  end: string;
}

/** A date as the settings show it, e.g. "Tue, May 12, 2026". */
export function formatSettingsDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString("en-US", { weekday: "short", month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });
}
