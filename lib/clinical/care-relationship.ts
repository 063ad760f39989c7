/**
 * When may a clinician open a chart routinely? When the patient has an
 * appointment or encounter with the practice within 30 days either side of
 * now, or the clinician is the patient's assigned provider. Otherwise opening
 * the chart is emergency access ("break-glass"): stated reason, confirmation,
 * a read-only 60-minute grant and a flag for compliance review.
 */
export const CARE_WINDOW_DAYS = 30;
export const EMERGENCY_GRANT_MINUTES = 60;
const DAY = 24 * 60 * 60 * 1000;

export interface CareFacts {
  now: number;
  clinicianMemberId: string;
  assignedProviderId?: string | null;
  /** Start times (ms) of the patient's appointments and encounters with the practice. */
  contactTimes: readonly number[];
}

export type CareBasis = "assigned-provider" | "recent-or-upcoming-contact" | null;

export function careRelationship(f: CareFacts): CareBasis {
  if (f.assignedProviderId != null && f.assignedProviderId === f.clinicianMemberId) return "assigned-provider";
  const window = CARE_WINDOW_DAYS * DAY;
  return f.contactTimes.some((t) => Math.abs(t - f.now) <= window) ? "recent-or-upcoming-contact" : null;
}

/** Reasons a clinician may give for emergency access; free text adds detail for the reviewer. */
export const EMERGENCY_REASONS = [
  "Emergency treatment",
  "Covering for the patient's clinician",
  "Patient request during a visit",
  "Urgent call about the patient",
] as const;
