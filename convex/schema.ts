import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";

export const roleValidator = v.union(
  v.literal("front_desk"),
  v.literal("nurse"),
  v.literal("physician"),
  v.literal("compliance_officer"),
  v.literal("practice_admin"),
);

export const memberStatusValidator = v.union(v.literal("active"), v.literal("deactivated"));

export default defineSchema({
  practices: defineTable({
    name: v.string(),
    slug: v.string(),
    timezone: v.string(),
    /** Minutes of inactivity before automatic logoff (HIPAA §164.312(a)(2)(iii)). */
    idleTimeoutMinutes: v.number(),
  }).index("by_slug", ["slug"]),

  /** A person who can sign in. Identity only: what they may do lives in `members`. */
  users: defineTable({
    tokenIdentifier: v.string(),
    email: v.string(),
    name: v.string(),
    activePracticeId: v.optional(v.id("practices")),
    lastSignInAt: v.number(),
  })
    .index("by_token", ["tokenIdentifier"])
    .index("by_email", ["email"]),

  /**
   * A person's membership of one practice. Created by an admin with an email;
   * `userId` is linked when that person first signs in with a verified email.
   */
  members: defineTable({
    practiceId: v.id("practices"),
    email: v.string(),
    name: v.string(),
    role: roleValidator,
    status: memberStatusValidator,
    userId: v.optional(v.id("users")),
    title: v.optional(v.string()),
  })
    .index("by_email", ["email"])
    .index("by_user", ["userId"])
    .index("by_practice_and_user", ["practiceId", "userId"])
    .index("by_practice_and_email", ["practiceId", "email"]),

  patients: defineTable({
    practiceId: v.id("practices"),
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
    assignedProviderId: v.optional(v.id("members")),
  })
    .index("by_practice_and_mrn", ["practiceId", "mrn"])
    .index("by_practice_and_last_name", ["practiceId", "lastName", "firstName"]),
});
