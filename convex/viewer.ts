import { v } from "convex/values";
import { ERROR_CODES } from "../lib/errors";
import { permissionsOf } from "./permissions";
import { notFound, signedInMutation, signedInQuery, verifiedEmail } from "./functions";
import { appError } from "./model/errors";
import { roleValidator } from "./schema";
import type { Doc, Id } from "./_generated/dataModel";
import type { DatabaseReader } from "./_generated/server";

const membershipView = v.object({
  memberId: v.id("members"),
  practiceId: v.id("practices"),
  practiceName: v.string(),
  role: roleValidator,
  title: v.union(v.string(), v.null()),
});

/**
 * Called by the client right after sign-in: creates the user row for this
 * identity and links memberships an admin created for the verified email.
 */
export const signIn = signedInMutation({
  args: {},
  returns: v.null(),
  handler: async (ctx) => {
    await ctx.rateLimit("signInMember");
    const email = verifiedEmail(ctx.identity);
    if (email === null) {
      throw appError(
        ERROR_CODES.notSignedIn,
        "Your identity provider did not confirm your email address, so no practice membership can be linked.",
      );
    }
    const name = typeof ctx.identity.name === "string" && ctx.identity.name.trim() !== "" ? ctx.identity.name : email;
    let userId: Id<"users">;
    if (ctx.user === null) {
      userId = await ctx.db.insert("users", {
        tokenIdentifier: ctx.identity.tokenIdentifier,
        email,
        name,
        lastSignInAt: Date.now(),
      });
    } else {
      userId = ctx.user._id;
      await ctx.db.patch("users", userId, { email, name, lastSignInAt: Date.now() });
    }
    const unlinked = await ctx.db
      .query("members")
      .withIndex("by_email", (q) => q.eq("email", email))
      .take(50);
    for (const m of unlinked) {
      if (m.userId === undefined) await ctx.db.patch("members", m._id, { userId });
    }
    const active = await activeMemberships(ctx.db, userId);
    const current = ctx.user?.activePracticeId;
    if (current === undefined || !active.some((m) => m.practiceId === current)) {
      await ctx.db.patch("users", userId, { activePracticeId: active[0]?.practiceId });
    }
    return null;
  },
});

async function activeMemberships(db: DatabaseReader, userId: Id<"users">): Promise<Doc<"members">[]> {
  const rows = await db.query("members").withIndex("by_user", (q) => q.eq("userId", userId)).take(50);
  return rows.filter((m) => m.status === "active");
}

/** Who is signed in, their active practice and role, and what they may do. */
export const current = signedInQuery({
  args: {},
  returns: v.union(
    v.null(),
    v.object({
      name: v.string(),
      email: v.string(),
      memberships: v.array(membershipView),
      active: v.union(
        v.null(),
        v.object({ membership: membershipView, permissions: v.array(v.string()) }),
      ),
    }),
  ),
  handler: async (ctx) => {
    if (ctx.user === null) return null;
    const members = await activeMemberships(ctx.db, ctx.user._id);
    const memberships = [];
    for (const m of members) {
      const practice = await ctx.db.get("practices", m.practiceId);
      if (practice === null) continue;
      memberships.push({
        memberId: m._id,
        practiceId: m.practiceId,
        practiceName: practice.name,
        role: m.role,
        title: m.title ?? null,
      });
    }
    const activeMembership = memberships.find((m) => m.practiceId === ctx.user?.activePracticeId) ?? null;
    return {
      name: ctx.user.name,
      email: ctx.user.email,
      memberships,
      active:
        activeMembership === null
          ? null
          : { membership: activeMembership, permissions: permissionsOf(activeMembership.role) },
    };
  },
});

/** Switch the practice the caller works in; only to a practice they are an active member of. */
export const switchPractice = signedInMutation({
  args: { practiceId: v.id("practices") },
  returns: v.null(),
  handler: async (ctx, { practiceId }) => {
    if (ctx.user === null) notFound("Practice");
    const members = await activeMemberships(ctx.db, ctx.user._id);
    if (!members.some((m) => m.practiceId === practiceId)) notFound("Practice");
    await ctx.db.patch("users", ctx.user._id, { activePracticeId: practiceId });
    return null;
  },
});
