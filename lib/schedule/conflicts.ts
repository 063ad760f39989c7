/**
 * True when the server refused a booking or move only because the time is
 * outside the provider's working hours (it then offers an override). The
 * server's message for that case (convex/model/schedule.ts) names working hours.
 * Kept apart from the zod form schemas so the calendar can use it without them.
 */
export function isHoursConflict(code: string | null, message: string): boolean {
  return code === "CONFLICT" && /working hours/i.test(message);
}
