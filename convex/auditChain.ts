/**
 * Verifies a practice's audit chain in bounded batches and reports the first
 * broken link. Callers loop `verifyBatch` until `done` or `broken`.
 */
import { v } from "convex/values";
import { chainHash } from "../lib/audit/chain";
import { internalQuery } from "./functions";
import { chainedFields, requireAuditKey } from "./model/audit";
import { auditActionValidator, auditCategoryValidator, auditDetailsValidator, auditOutcomeValidator, roleValidator } from "./schema";

export type ChainProblem = "hash mismatch" | "broken link" | "sequence gap" | "duplicate sequence";

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
  handler: async (ctx, args) => {
    const key = requireAuditKey();
    const limit = Math.min(Math.max(Math.floor(args.batchSize ?? 500), 1), 2000);
    // Start at the last verified event itself (not after it): another event
    // carrying the same sequence number would otherwise fall between batches
    // unseen. From the start, take everything, so no sequence number below 1 hides either.
    const fetched = await ctx.db
      .query("auditEvents")
      .withIndex("by_practice_and_seq", (q) =>
        args.afterSeq > 0 ? q.eq("practiceId", args.practiceId).gte("seq", args.afterSeq) : q.eq("practiceId", args.practiceId),
      )
      .take(limit + 1);
    const anchor = args.afterSeq > 0 ? fetched.findIndex((r) => r.seq === args.afterSeq && r.hash === args.prevHash) : -1;
    const rows = fetched.filter((_, i) => i !== anchor).slice(0, limit);
    let expectedSeq = args.afterSeq + 1;
    let prevHash = args.prevHash;
    let checked = 0;
    for (const row of rows) {
      const fail = (problem: ChainProblem, message: string) => ({
        checked,
        lastSeq: expectedSeq - 1,
        lastHash: prevHash,
        done: true,
        broken: { seq: row.seq, problem, message },
      });
      if (row.seq < expectedSeq) return fail("duplicate sequence", `Another event carries sequence number ${row.seq}, which is already taken.`);
      if (row.seq !== expectedSeq) {
        return fail("sequence gap", `Events ${expectedSeq}–${row.seq - 1} are missing before event ${row.seq}.`);
      }
      if (row.prevHash !== prevHash) {
        return fail("broken link", `Event ${row.seq} does not follow event ${row.seq - 1}: its link to the previous event is wrong.`);
      }
      if (chainHash(key, row.prevHash, chainedFields(row)) !== row.hash) {
        return fail("hash mismatch", `Event ${row.seq} has been changed since it was written.`);
      }
      prevHash = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
    return { checked, lastSeq: expectedSeq - 1, lastHash: prevHash, done: rows.length < limit, broken: null };
  },
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
      .withIndex("by_practice_and_patient", (q) => q.eq("practiceId", patient.practiceId).eq("patientId", patientId))
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
