/**
 * Audited access grants. Reading PHI needs a live grant for its scope; a grant
 * is created only here, by mutations that write the access to the audit trail
 * in the same transaction.
 */
import { v } from "convex/values";
import { ERROR_CODES } from "../lib/errors";
import { appError, memberMutation, notFound } from "./functions";
import { renewGrant, scopeKey, type GrantScope } from "./model/grants";
import { roleHasPermission, type Permission } from "./permissions";
import { grantScopeValidator } from "./schema";
import { CARE_WINDOW_DAYS, EMERGENCY_GRANT_MINUTES, EMERGENCY_REASONS, careRelationship } from "../lib/clinical/care-relationship";
import type { Doc, Id } from "./_generated/dataModel";
import type { DatabaseReader } from "./_generated/server";
import { holdsSlot } from "../lib/schedule/status";

/** HIPAA's treatment, payment and health-care operations; emergency access has its own mutation. */
export const purposeValidator = v.union(v.literal("treatment"), v.literal("payment"), v.literal("operations"));

/** The permission that opens (and so may keep open) each kind of grant. */
const SCOPE_PERMISSION: Record<GrantScope["kind"], Permission> = {
  chart: "demographics.view",
  schedule: "schedule.view",
  audit: "audit.view",
};

const grantResult = v.object({ scopeKey: v.string(), expiresAt: v.number() });

/** Opens a patient's chart: records who, role, purpose and time, and grants access for a few minutes. */
export const openChart = memberMutation({
  permission: "demographics.view",
  args: { patientId: v.id("patients"), purpose: v.optional(purposeValidator) },
  returns: grantResult,
  handler: async (ctx, { patientId, purpose }) => {
    await ctx.rateLimit("grantMember", "grantPractice");
    const patient = await ctx.db.get("patients", patientId);
    if (patient === null) notFound("Patient");
    const clinical = roleHasPermission(ctx.member.role, "clinical.view");
    if (clinical && (await careBasis(ctx.db, ctx.member._id, patient)) === null) {
      throw appError(
        ERROR_CODES.emergencyAccessRequired,
        "You have no care relationship with this patient (no visit within 30 days and not their provider). Use emergency access if you must open the chart.",
      );
    }
    const grant = await ctx.grant({ kind: "chart", patientId }, purpose ?? "treatment", {
      verb: "chart.open",
      category: clinical ? "clinical" : "demographics",
      patientId,
      resource: { table: "patients", id: patientId },
    });
    return { scopeKey: grant.scopeKey, expiresAt: grant.expiresAt };
  },
});

async function careBasis(db: DatabaseReader, memberId: Id<"members">, patient: Doc<"patients">) {
  const now = Date.now();
  const window = CARE_WINDOW_DAYS * 86_400_000;
  const contacts = await db
    .query("encounters")
    .withIndex("by_patient_and_start", (q) => q.eq("patientId", patient._id).gte("startedAt", now - window).lte("startedAt", now + window))
    .take(1);
  const appointments = await db
    .query("appointments")
    .withIndex("by_patient_and_start", (q) => q.eq("patientId", patient._id).gte("start", now - window).lte("start", now + window))
    .take(20);
  return careRelationship({
    now,
    clinicianMemberId: memberId,
    assignedProviderId: patient.assignedProviderId ?? null,
    contactTimes: [...contacts.map((c) => c.startedAt), ...appointments.filter((a) => holdsSlot(a.status) || a.status === "no_show").map((a) => a.start)],
  });
}

/**
 * Emergency ("break-glass") access for a clinician without a care relationship:
 * a stated reason, an explicit confirmation, a read-only grant for 60 minutes,
 * and an audit event flagged for compliance review. The free-text detail is
 * kept for the reviewer, never in the audit trail.
 */
export const openChartEmergency = memberMutation({
  permission: "clinical.view",
  args: {
    patientId: v.id("patients"),
    reason: v.string(),
    detail: v.string(),
    confirmed: v.literal(true),
  },
  returns: grantResult,
  handler: async (ctx, { patientId, reason, detail }) => {
    await ctx.rateLimit("grantMember", "grantPractice");
    const reasonCode = (EMERGENCY_REASONS as readonly string[]).indexOf(reason);
    if (reasonCode < 0) throw appError(ERROR_CODES.invalid, "Choose a reason for emergency access from the list.");
    const text = detail.trim();
    if (text.length < 10 || text.length > 500) {
      throw appError(ERROR_CODES.invalid, "Describe the emergency in 10 to 500 characters.");
    }
    const patient = await ctx.db.get("patients", patientId);
    if (patient === null) notFound("Patient");
    const grant = await ctx.grant(
      { kind: "chart", patientId },
      "emergency",
      {
        verb: "chart.emergency_open",
        category: "clinical",
        patientId,
        resource: { table: "patients", id: patientId },
        details: { breakGlass: true, reasonCode, reviewRequired: true },
      },
      { emergencyMinutes: EMERGENCY_GRANT_MINUTES },
    );
    await ctx.recordEmergency({ patientId, reason, reasonCode, detail: text, auditSeq: grant.auditSeq });
    return { scopeKey: grant.scopeKey, expiresAt: grant.expiresAt };
  },
});

/** Opens the audit trail for reading; reading the trail is itself audited. */
export const openAuditTrail = memberMutation({
  permission: "audit.view",
  args: {},
  returns: grantResult,
  handler: async (ctx) => {
    await ctx.rateLimit("grantMember", "grantPractice");
    const grant = await ctx.grant({ kind: "audit" }, "operations", { verb: "audit.view", category: "audit" });
    return { scopeKey: grant.scopeKey, expiresAt: grant.expiresAt };
  },
});

/** Keeps a live grant open while the person is active. An expired grant must be opened again. */
export const renew = memberMutation({
  permission: "practice.view",
  args: { scope: grantScopeValidator },
  returns: grantResult,
  handler: async (ctx, { scope }) => {
    // Only while the role still holds the permission that opens this scope.
    if (!roleHasPermission(ctx.member.role, SCOPE_PERMISSION[scope.kind])) {
      throw appError(ERROR_CODES.forbidden, "Your role does not allow this.");
    }
    // Another practice's patient reads as missing here too, as everywhere else.
    if (scope.kind === "chart" && (await ctx.db.get("patients", scope.patientId)) === null) notFound("Patient");
    const key = scopeKey(scope);
    // The scoped database lets a member touch only their own grants.
    const expiresAt = await renewGrant(ctx.db, ctx, key);
    return { scopeKey: key, expiresAt };
  },
});
