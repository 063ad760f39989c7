/**
 * For compliance: every model call of the practice with its redaction receipt
 * and the exact minimised text that left the practice. Read under the audit
 * grant (`access.openAuditTrail`, itself audited).
 */
import { v } from "convex/values";
import { paginationOptsValidator } from "convex/server";
import type { Doc, Id } from "./_generated/dataModel";
import { ERROR_CODES } from "../lib/errors";
import { paginateChecked } from "./model/pagination";
import { appError, auditQuery } from "./functions";
import { aiOutcomeValidator, receiptValidator, roleValidator } from "./schema";

const modelCallView = v.object({
  _id: v.id("aiCalls"),
  startedAt: v.number(),
  endedAt: v.union(v.number(), v.null()),
  kind: v.union(v.literal("soap"), v.literal("summary")),
  status: v.union(v.literal("running"), v.literal("complete"), v.literal("incomplete")),
  outcome: v.union(aiOutcomeValidator, v.null()),
  member: v.object({ _id: v.id("members"), name: v.union(v.string(), v.null()), role: v.union(roleValidator, v.null()) }),
  patientId: v.id("patients"),
  modelId: v.string(),
  promptHash: v.string(),
  receipt: receiptValidator,
  inputTokens: v.union(v.number(), v.null()),
  outputTokens: v.union(v.number(), v.null()),
  auditSeq: v.union(v.number(), v.null()),
  sent: v.union(v.object({ system: v.string(), user: v.string() }), v.null()),
});

/** Model calls, newest first, a page at a time. */
export const modelCalls = auditQuery({
  permission: "audit.view",
  args: { paginationOpts: paginationOptsValidator },
  returns: v.object({ page: v.array(modelCallView), isDone: v.boolean(), continueCursor: v.string() }),
  handler: async (ctx, { paginationOpts }) => {
    const numItems = Math.floor(paginationOpts.numItems);
    if (!(numItems >= 1 && numItems <= 50)) throw appError(ERROR_CODES.invalid, "A page holds 1 to 50 model calls.");
    const query = ctx.db
      .query("aiCalls")
      .withIndex("by_practice_and_start", (q) => q.eq("practiceId", ctx.practiceId))
      .order("desc");
    const result = await paginateChecked(() => query.paginate({ ...paginationOpts, numItems }), paginationOpts);
    const members = new Map<Id<"members">, { name: string | null; role: Doc<"members">["role"] | null }>();
    const page = [];
    for (const c of result.page) {
      if (!members.has(c.memberId)) {
        const m = await ctx.db.get("members", c.memberId);
        members.set(c.memberId, { name: m?.name ?? null, role: m?.role ?? null });
      }
      const sent = await ctx.db.query("aiPrompts").withIndex("by_call", (q) => q.eq("callId", c._id)).unique();
      page.push({
        _id: c._id,
        startedAt: c.startedAt,
        endedAt: c.endedAt ?? null,
        kind: c.kind,
        status: c.status,
        outcome: c.outcome ?? null,
        member: { _id: c.memberId, ...members.get(c.memberId)! },
        patientId: c.patientId,
        modelId: c.modelId,
        promptHash: c.promptHash,
        receipt: c.receipt,
        inputTokens: c.inputTokens ?? null,
        outputTokens: c.outputTokens ?? null,
        auditSeq: c.auditSeq ?? null,
        sent: sent === null ? null : { system: sent.system, user: sent.user },
      });
    }
    return { page, isDone: result.isDone, continueCursor: result.continueCursor };
  },
});
