/**
 * Session safety settings: the practice's idle limit for automatic logoff.
 * Every member reads it (their browser enforces it); only practice admins
 * change it, audited with the old and new values.
 */
import { v } from "convex/values";
import { ERROR_CODES } from "../lib/errors";
import { idleTimeoutMinutesSchema } from "../lib/session/policy-schema";
import { appError, internalMutation, memberMutation, memberQuery, notFound } from "./functions";
import { appendAuditEvent } from "./model/audit";

/**
 * The session policy the caller's browser enforces, and which sign-in session
 * the token belongs to (the `sid` claim of the demo IdP's and Clerk's tokens),
 * so the browser can tell a new sign-in from an old session left idle.
 */
export const policy = memberQuery({
  permission: "practice.view",
  args: {},
  returns: v.object({ idleTimeoutMinutes: v.number(), sessionId: v.union(v.string(), v.null()) }),
  handler: async (ctx) => {
    const practice = await ctx.db.get("practices", ctx.practiceId);
    if (practice === null) notFound("Practice");
    const sid = (ctx.identity as { sid?: unknown }).sid;
    return { idleTimeoutMinutes: practice.idleTimeoutMinutes, sessionId: typeof sid === "string" ? sid : null };
  },
});

/** Sets the idle limit: whole minutes from 1 to 60. */
export const setIdleTimeout = memberMutation({
  permission: "settings.manage",
  args: { minutes: v.number() },
  returns: v.null(),
  handler: async (ctx, { minutes }) => {
    await ctx.rateLimit("settingsMember");
    const parsed = idleTimeoutMinutesSchema.safeParse(minutes);
    if (!parsed.success) throw appError(ERROR_CODES.invalid, parsed.error.issues.map((i) => i.message).join(" "));
    const practice = await ctx.db.get("practices", ctx.practiceId);
    if (practice === null) notFound("Practice");
    const old = practice.idleTimeoutMinutes;
    if (old === parsed.data) return null;
    await ctx.db.patch("practices", ctx.practiceId, { idleTimeoutMinutes: parsed.data });
    await ctx.audit({
      action: "update",
      verb: "settings.idle_timeout",
      category: "settings",
      resource: { table: "practices", id: ctx.practiceId },
      details: { oldIdleTimeoutMinutes: old, idleTimeoutMinutes: parsed.data },
    });
    return null;
  },
});

/**
 * End-to-end tests only (admin key): a limit of seconds, below what admins may
 * set, so a journey can watch a logoff without waiting a minute. Audited as a
 * system change like any other settings change.
 */
export const setIdleLimitForTests = internalMutation({
  args: { slug: v.string(), seconds: v.number() },
  returns: v.null(),
  handler: async (ctx, { slug, seconds }) => {
    if (!Number.isInteger(seconds) || seconds < 10 || seconds > 3600) throw appError(ERROR_CODES.invalid, "10 to 3600 seconds.");
    const practice = await ctx.db.query("practices").withIndex("by_slug", (q) => q.eq("slug", slug)).unique();
    if (practice === null) notFound("Practice");
    const minutes = seconds / 60;
    await ctx.db.patch("practices", practice._id, { idleTimeoutMinutes: minutes });
    await appendAuditEvent(ctx.db, practice._id, { kind: "system" }, {
      action: "update",
      verb: "settings.idle_timeout",
      category: "settings",
      resource: { table: "practices", id: practice._id },
      details: { oldIdleTimeoutMinutes: practice.idleTimeoutMinutes, idleTimeoutMinutes: minutes },
    });
    return null;
  },
});
