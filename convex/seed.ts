import { v } from "convex/values";
import { internalMutation, internalQuery } from "./functions";
import { roleValidator } from "./schema";
import type { Id } from "./_generated/dataModel";

const seedPractice = v.object({
  name: v.string(),
  slug: v.string(),
  timezone: v.string(),
  members: v.array(
    v.object({ email: v.string(), name: v.string(), role: roleValidator, title: v.optional(v.string()) }),
  ),
  patients: v.array(
    v.object({
      mrn: v.string(),
      firstName: v.string(),
      middleName: v.optional(v.string()),
      lastName: v.string(),
      dob: v.string(),
      sex: v.union(v.literal("female"), v.literal("male"), v.literal("other"), v.literal("unknown")),
      phone: v.optional(v.string()),
      email: v.optional(v.string()),
      address: v.optional(
        v.object({ line1: v.string(), city: v.string(), state: v.string(), zip: v.string() }),
      ),
      assignedProviderEmail: v.optional(v.string()),
    }),
  ),
});

/** True when no practice exists yet: the offline stack seeds only an empty database. */
export const isEmpty = internalQuery({
  args: {},
  returns: v.boolean(),
  handler: async (ctx) => (await ctx.db.query("practices").first()) === null,
});

/** How many practices exist (used by the offline stack's tests). */
export const practiceCount = internalQuery({
  args: {},
  returns: v.number(),
  handler: async (ctx) => (await ctx.db.query("practices").take(1000)).length,
});

/**
 * Loads synthetic practices. Each practice is created whole or not at all (one
 * transaction); a practice whose slug exists is left untouched, so re-running is safe.
 */
export const loadPractice = internalMutation({
  args: { practice: seedPractice },
  returns: v.union(v.literal("created"), v.literal("exists")),
  handler: async (ctx, { practice }) => {
    const existing = await ctx.db
      .query("practices")
      .withIndex("by_slug", (q) => q.eq("slug", practice.slug))
      .unique();
    if (existing !== null) return "exists" as const;
    const practiceId = await ctx.db.insert("practices", {
      name: practice.name,
      slug: practice.slug,
      timezone: practice.timezone,
      idleTimeoutMinutes: 15,
    });
    const memberIds = new Map<string, Id<"members">>();
    for (const m of practice.members) {
      const email = m.email.toLowerCase();
      const memberId = await ctx.db.insert("members", { practiceId, ...m, email, status: "active" });
      memberIds.set(email, memberId);
    }
    for (const { assignedProviderEmail, ...p } of practice.patients) {
      const assignedProviderId =
        assignedProviderEmail === undefined ? undefined : memberIds.get(assignedProviderEmail.toLowerCase());
      await ctx.db.insert("patients", { practiceId, ...p, assignedProviderId });
    }
    return "created" as const;
  },
});
