/* Zod-free: the idle clock runs on every page (the settings schema is in ./policy-schema). */
/** Automatic logoff after this many idle minutes unless the practice sets another limit. */
export const DEFAULT_IDLE_MINUTES = 15;
export const MIN_IDLE_MINUTES = 1;
export const MAX_IDLE_MINUTES = 60;
/** The warning comes this long before logoff (less for very short limits, which only tests use). */
export const WARNING_LEAD_MS = 60_000;

/**
 * The idle limit a client enforces for a stored value. Anything unusable falls
 * back to the default; sub-minute values exist only when set by an internal
 * test mutation, and are kept (at least 10 seconds) so journeys can run quickly.
 */
export function idleLimitMs(storedMinutes: number | null | undefined): number {
  if (typeof storedMinutes !== "number" || !Number.isFinite(storedMinutes) || storedMinutes <= 0) {
    return DEFAULT_IDLE_MINUTES * 60_000;
  }
  return Math.round(Math.min(Math.max(storedMinutes, 10 / 60), MAX_IDLE_MINUTES) * 60_000);
}

/** How long before logoff the warning shows: a minute, or half the limit when that is shorter. */
export function warningLeadMs(limitMs: number): number {
  return Math.min(WARNING_LEAD_MS, Math.floor(limitMs / 2));
}
