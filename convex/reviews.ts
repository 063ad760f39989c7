/**
 * The compliance review queue: every emergency access and every chart access
 * an alert rule picked out (convex/model/alerts.ts) waits here until a
 * compliance officer marks it appropriate or flags it with a comment.
 */
import { paginationOptsValidator, paginationResultValidator } from "convex/server";
import { v } from "convex/values";
import { ERROR_CODES } from "../lib/errors";
import { paginateChecked } from "./model/pagination";
import { appError, auditMutation, auditQuery, notFound } from "./functions";
import { auditDetailsValidator, reviewKindValidator, reviewStatusValidator, roleValidator } from "./schema";
import { surnameFirst } from "../lib/chart-format";

const reviewRow = v.object({
  _id: v.id("complianceReviews"),
  kind: reviewKindValidator,
  status: reviewStatusValidator,
  at: v.number(),
  auditSeq: v.number(),
  member: v.object({ id: v.id("members"), name: v.string(), role: roleValidator }),
  patient: v.union(v.null(), v.object({ id: v.id("patients"), name: v.string(), mrn: v.string() })),
  facts: auditDetailsValidator,
  /** Emergency access: the reason chosen and the clinician's own words, for the reviewer only. */
  emergency: v.union(v.null(), v.object({ reason: v.string(), detail: v.string() })),
  review: v.union(v.null(), v.object({ by: v.string(), at: v.number(), comment: v.string() })),
});

export const COMMENT_MAX = 1000;

/** Items waiting for review, or those marked appropriate or flagged. */
export const list = auditQuery({
  permission: "audit.view",
  args: { status: reviewStatusValidator, paginationOpts: paginationOptsValidator },
  returns: paginationResultValidator(reviewRow),
  handler: async (ctx, { status, paginationOpts }) => {
    const numItems = Math.floor(paginationOpts.numItems);
    if (!(numItems >= 1 && numItems <= 200)) throw appError(ERROR_CODES.invalid, "A page holds 1 to 200 items.");
    // Waiting items oldest first (first come, first reviewed); decided ones newest first.
    const query = ctx.db
      .query("complianceReviews")
      .withIndex("by_practice_status_and_at", (q) => q.eq("practiceId", ctx.practiceId).eq("status", status))
      .order(status === "pending" ? "asc" : "desc");
    const result = await paginateChecked(() => query.paginate({ ...paginationOpts, numItems }), paginationOpts);
    const names = new Map<string, string>();
    const page = [];
    for (const r of result.page) {
      const member = await ctx.db.get("members", r.memberId);
      const patient = r.patientId === undefined ? null : await ctx.db.get("patients", r.patientId);
      const emergency = r.emergencyAccessId === undefined ? null : await ctx.db.get("emergencyAccess", r.emergencyAccessId);
      let reviewer: string | null = null;
      if (r.review !== undefined) {
        reviewer = names.get(r.review.by) ?? (await ctx.db.get("members", r.review.by))?.name ?? "Former member";
        names.set(r.review.by, reviewer);
      }
      page.push({
        _id: r._id,
        kind: r.kind,
        status: r.status,
        at: r.at,
        auditSeq: r.auditSeq,
        member: { id: r.memberId, name: member?.name ?? "Former member", role: member?.role ?? "front_desk" },
        patient: patient === null ? null : { id: patient._id, name: surnameFirst(patient), mrn: patient.mrn },
        facts: r.facts,
        emergency: emergency === null ? null : { reason: emergency.reason, detail: emergency.detail },
        review: r.review === undefined || reviewer === null ? null : { by: reviewer, at: r.review.at, comment: r.review.comment },
      });
    }
    return { page, isDone: result.isDone, continueCursor: result.continueCursor };
  },
});

/** How many items wait, for the navigation badge (counted up to 100). */
export const pendingCount = auditQuery({
  permission: "audit.view",
  args: {},
  returns: v.object({ count: v.number(), more: v.boolean() }),
  handler: async (ctx) => {
    const rows = await ctx.db
      .query("complianceReviews")
      .withIndex("by_practice_status_and_at", (q) => q.eq("practiceId", ctx.practiceId).eq("status", "pending"))
      .take(101);
    return { count: Math.min(rows.length, 100), more: rows.length > 100 };
  },
});

/** Marks an item appropriate, or flags it with a comment saying why. Audited; decided items stay decided. */
export const decide = auditMutation({
  permission: "audit.view",
  args: { reviewId: v.id("complianceReviews"), verdict: v.union(v.literal("appropriate"), v.literal("flagged")), comment: v.string() },
  returns: v.null(),
  handler: async (ctx, { reviewId, verdict, comment }) => {
    await ctx.rateLimit("reviewMember");
    const item = await ctx.db.get("complianceReviews", reviewId);
    if (item === null) notFound("Review item");
    if (item.status !== "pending") throw appError(ERROR_CODES.conflict, "This item has already been reviewed.");
    const text = comment.trim();
    if (text.length > COMMENT_MAX) throw appError(ERROR_CODES.invalid, `Keep the comment under ${COMMENT_MAX} characters.`);
    if (verdict === "flagged" && text.length < 5) throw appError(ERROR_CODES.invalid, "Say why you flag this access (at least 5 characters).");
    if (item.memberId === ctx.member._id) throw appError(ERROR_CODES.forbidden, "You cannot review your own access. Ask another compliance officer.");
    await ctx.db.patch("complianceReviews", reviewId, { status: verdict, review: { by: ctx.member._id, at: Date.now(), comment: text } });
    await ctx.audit({
      action: "update",
      verb: "review.decide",
      category: "audit",
      purpose: "operations",
      patientId: item.patientId,
      resource: { table: "complianceReviews", id: reviewId },
      details: { kind: item.kind, verdict, reviewedSeq: item.auditSeq, commented: text.length > 0 },
    });
    return null;
  },
});
