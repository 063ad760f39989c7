/**
 * Puts chart accesses in the compliance review queue, in the access's own
 * transaction: every emergency access, and accesses an alert rule picks out
 * (lib/compliance/alerts.ts). Facts are counts and codes, never PHI.
 */
import type { Infer } from "convex/values";
import { DEFAULT_ALERT_RULES, isAfterHours, sameAddress, sameSurname, type AlertRules } from "../../lib/compliance/alerts";
import type { Doc, Id } from "../_generated/dataModel";
import type { DatabaseWriter } from "../_generated/server";
import type { Membership } from "./membership";
import type { auditDetailsValidator, reviewKindValidator } from "../schema";

type ReviewKind = Infer<typeof reviewKindValidator>;
type Facts = Infer<typeof auditDetailsValidator>;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function alertRulesOf(practice: Doc<"practices"> | null): AlertRules {
  return practice?.alertRules ?? DEFAULT_ALERT_RULES;
}

async function queue(
  db: DatabaseWriter,
  m: Membership,
  item: { kind: ReviewKind; patientId?: Id<"patients">; auditSeq: number; facts: Facts; emergencyAccessId?: Id<"emergencyAccess"> },
) {
  return await db.insert("complianceReviews", {
    practiceId: m.practiceId,
    memberId: m.member._id,
    at: Date.now(),
    status: "pending",
    ...item,
  });
}

/** True when this member already has an item of this kind (for this patient, if given) since `since`. */
async function alreadyQueued(db: DatabaseWriter, m: Membership, kind: ReviewKind, since: number, patientId?: Id<"patients">) {
  const recent = db
    .query("complianceReviews")
    .withIndex("by_practice_member_kind_and_at", (q) =>
      q.eq("practiceId", m.practiceId).eq("memberId", m.member._id).eq("kind", kind).gte("at", since),
    );
  if (patientId === undefined) return (await recent.first()) !== null;
  // A member's items of one kind within a day are few; 500 is far above any real count.
  return (await recent.take(500)).some((r) => r.patientId === patientId);
}

/** Distinct charts this member opened within the last hour (one grant row per chart). */
async function chartsOpenedInLastHour(db: DatabaseWriter, memberId: Id<"members">, cap: number): Promise<number> {
  const grants = await db
    .query("accessGrants")
    .withIndex("by_member_and_granted", (q) => q.eq("memberId", memberId).gte("grantedAt", Date.now() - HOUR))
    .take(cap);
  return grants.filter((g) => g.scope.kind === "chart").length;
}

/** Every emergency access waits for a compliance review. */
export async function queueEmergencyReview(
  db: DatabaseWriter,
  m: Membership,
  e: { patientId: Id<"patients">; auditSeq: number; reasonCode: number; emergencyAccessId: Id<"emergencyAccess"> },
) {
  await queue(db, m, {
    kind: "emergency_access",
    patientId: e.patientId,
    auditSeq: e.auditSeq,
    emergencyAccessId: e.emergencyAccessId,
    facts: { reasonCode: e.reasonCode },
  });
}

/** Applies the practice's alert rules to a chart access just recorded as audit event `auditSeq`. */
export async function raiseChartAlerts(db: DatabaseWriter, m: Membership, patientId: Id<"patients">, auditSeq: number) {
  const practice = await db.get("practices", m.practiceId);
  const patient = await db.get("patients", patientId);
  if (practice === null || patient === null) return;
  const rules = alertRulesOf(practice);
  const now = Date.now();

  // Grants cover other scopes too (schedule days, the audit trail): read a little beyond the threshold.
  const charts = await chartsOpenedInLastHour(db, m.member._id, rules.chartsPerHour + 50);
  if (charts > rules.chartsPerHour && !(await alreadyQueued(db, m, "chart_volume", now - HOUR))) {
    await queue(db, m, { kind: "chart_volume", auditSeq, facts: { charts, threshold: rules.chartsPerHour, windowMinutes: 60 } });
  }
  if (rules.sameSurname && sameSurname(m.member.name, patient.lastNameKey) && !(await alreadyQueued(db, m, "same_surname", now - DAY, patientId))) {
    await queue(db, m, { kind: "same_surname", patientId, auditSeq, facts: {} });
  }
  if (
    rules.sameAddress &&
    sameAddress(m.member.homeAddress, patient.address) &&
    !(await alreadyQueued(db, m, "same_address", now - DAY, patientId))
  ) {
    await queue(db, m, { kind: "same_address", patientId, auditSeq, facts: {} });
  }
  if (rules.afterHours && isAfterHours(rules.hours, practice.timezone, now) && !(await alreadyQueued(db, m, "after_hours", now - DAY, patientId))) {
    await queue(db, m, { kind: "after_hours", patientId, auditSeq, facts: {} });
  }
}
