/**
 * Verifies a practice's audit chain in bounded batches and reports the first
 * broken link. Callers loop `verifyBatch` until `done` or `broken`.
 */
import { v } from "convex/values";
import { internalQuery } from "./functions";
import { requireAuditKey } from "./model/audit";
import { verifyChainBatch } from "./model/verify";
import { auditActionValidator, auditCategoryValidator, auditDetailsValidator, auditOutcomeValidator, roleValidator } from "./schema";

export type { ChainProblem } from "./model/verify";

export const verifyResult = v.object({
  checked: v.number(),
  lastSeq: v.number(),
  lastHash: v.string(),
  done: v.boolean(),
  broken: v.union(
    v.null(),
    v.object({
      seq: v.number(),
      problem: v.union(
        v.literal("hash mismatch"),
        v.literal("broken link"),
        v.literal("sequence gap"),
        v.literal("duplicate sequence"),
      ),
      message: v.string(),
    }),
  ),
});

export const verifyBatch = internalQuery({
  args: {
    practiceId: v.id("practices"),
    afterSeq: v.number(),
    prevHash: v.string(),
    batchSize: v.optional(v.number()),
  },
  returns: verifyResult,
  handler: async (ctx, args) => verifyChainBatch(ctx.db, requireAuditKey(), args.practiceId, args),
});

/**
 * One patient's audit events, newest first. Internal (admin key only): for
 * compliance tooling and the end-to-end tests that check an access was recorded.
 */
export const eventsForPatient = internalQuery({
  args: { patientId: v.id("patients"), limit: v.optional(v.number()) },
  returns: v.array(
    v.object({
      seq: v.number(),
      at: v.number(),
      role: v.union(roleValidator, v.null()),
      action: auditActionValidator,
      verb: v.string(),
      category: auditCategoryValidator,
      outcome: auditOutcomeValidator,
      purpose: v.union(v.string(), v.null()),
      details: auditDetailsValidator,
    }),
  ),
  handler: async (ctx, { patientId, limit }) => {
    const patient = await ctx.db.get("patients", patientId);
    if (patient === null) return [];
    const rows = await ctx.db
      .query("auditEvents")
      .withIndex("by_practice_patient_and_at", (q) => q.eq("practiceId", patient.practiceId).eq("patientId", patientId))
      .order("desc")
      .take(Math.min(Math.max(Math.floor(limit ?? 50), 1), 500));
    return rows.map((e) => ({
      seq: e.seq,
      at: e.at,
      role: e.actor.role ?? null,
      action: e.action,
      verb: e.verb,
      category: e.category,
      outcome: e.outcome,
      purpose: e.purpose ?? null,
      details: e.details,
    }));
  },
});
