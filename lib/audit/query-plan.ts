/**
 * Which index serves an audit-viewer filter. Every index is
 * `[practiceId, <field>, at]` (or `[practiceId, at]`), so a date range is
 * always part of the index range; one equality filter picks the index and the
 * others are applied on top. The most selective equality wins, in this order:
 * a patient's events are fewest, then one member's, then emergency accesses,
 * then denied or failed outcomes (rare by nature), then an event type, a role,
 * a CRUD action, and last "succeeded" (nearly everything).
 */
export interface AuditFilters {
  from?: number;
  to?: number;
  patientId?: string;
  memberId?: string;
  emergency?: boolean;
  verb?: string;
  role?: string;
  outcome?: string;
  action?: string;
}

export type EqualityField = "patientId" | "memberId" | "emergency" | "verb" | "role" | "outcome" | "action";

/** Most selective first. */
export const SELECTIVITY_ORDER: readonly EqualityField[] = ["patientId", "memberId", "emergency", "verb", "role", "action", "outcome"];

export const INDEX_FOR: Record<EqualityField | "none", string> = {
  patientId: "by_practice_patient_and_at",
  memberId: "by_practice_member_and_at",
  emergency: "by_practice_emergency_and_at",
  verb: "by_practice_verb_and_at",
  role: "by_practice_role_and_at",
  outcome: "by_practice_outcome_and_at",
  action: "by_practice_action_and_at",
  none: "by_practice_and_at",
};

export interface AuditQueryPlan {
  /** The equality the index serves, or "none" for a date range alone. */
  indexed: EqualityField | "none";
  index: string;
  /** Equalities applied as a filter after the index range. */
  residual: EqualityField[];
}

function isSet(filters: AuditFilters, field: EqualityField): boolean {
  // "Emergency only" is the one boolean filter; false means "any".
  if (field === "emergency") return filters.emergency === true;
  return filters[field] !== undefined && filters[field] !== "";
}

/** Rank of a set filter: lower is more selective. Outcome depends on its value. */
function rank(filters: AuditFilters, field: EqualityField): number {
  if (field === "outcome") return filters.outcome === "success" ? 100 : 2.5;
  return SELECTIVITY_ORDER.indexOf(field);
}

export function planAuditQuery(filters: AuditFilters): AuditQueryPlan {
  const set = SELECTIVITY_ORDER.filter((f) => isSet(filters, f)).sort((a, b) => rank(filters, a) - rank(filters, b));
  const indexed = set[0] ?? "none";
  return { indexed, index: INDEX_FOR[indexed], residual: set.slice(1) };
}

/** A date range the viewer can serve: from before to, both finite. */
export function checkRange(filters: AuditFilters): string | null {
  for (const key of ["from", "to"] as const) {
    const v = filters[key];
    if (v !== undefined && !Number.isFinite(v)) return `The ${key === "from" ? "start" : "end"} of the date range is not a valid time.`;
  }
  if (filters.from !== undefined && filters.to !== undefined && filters.from > filters.to) {
    return "The start of the date range is after its end.";
  }
  return null;
}
