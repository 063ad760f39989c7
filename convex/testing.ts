/**
 * Hooks for the end-to-end tests, internal (admin key only) and refused
 * unless the deployment runs with PRACTICE_TEST_HOOKS=1. They play the part
 * of someone with database access changing data behind the app's back, so
 * the tests can show the app notices.
 */
import { v } from "convex/values";
import { internalMutation } from "./functions";
import { testHooksEnabled } from "./env";

export const tamperAuditEvent = internalMutation({
  args: { practiceId: v.id("practices"), seq: v.number() },
  returns: v.null(),
  handler: async (ctx, { practiceId, seq }) => {
    if (!testHooksEnabled()) throw new Error("Test hooks are disabled in this deployment.");
    const event = await ctx.db
      .query("auditEvents")
      .withIndex("by_practice_and_seq", (q) => q.eq("practiceId", practiceId).eq("seq", seq))
      .unique();
    if (event === null) throw new Error(`No audit event ${seq}.`);
    // A quiet edit: the purpose of an access is changed after the fact.
    await ctx.db.patch("auditEvents", event._id, { purpose: event.purpose === "payment" ? "treatment" : "payment" });
    return null;
  },
});
