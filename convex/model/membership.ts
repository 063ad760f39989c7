import type { UserIdentity } from "convex/server";
import { ERROR_CODES } from "../../lib/errors";
import type { Doc, Id } from "../_generated/dataModel";
import type { DatabaseReader, QueryCtx } from "../_generated/server";
import { mfaRequiredIssuer } from "../env";
import { appError } from "./errors";

export async function requireIdentity(ctx: { auth: QueryCtx["auth"] }): Promise<UserIdentity> {
  const identity = await ctx.auth.getUserIdentity();
  if (identity === null) {
    throw appError(ERROR_CODES.notSignedIn, "You are not signed in. Sign in and try again.");
  }
  return identity;
}

export async function findUser(db: DatabaseReader, identity: UserIdentity): Promise<Doc<"users"> | null> {
  return await db
    .query("users")
    .withIndex("by_token", (q) => q.eq("tokenIdentifier", identity.tokenIdentifier))
    .unique();
}

/** The caller's email, only when the identity provider vouches for it. */
export function verifiedEmail(identity: UserIdentity): string | null {
  if (identity.emailVerified !== true || typeof identity.email !== "string") return null;
  return identity.email.trim().toLowerCase();
}

/**
 * Workforce sessions from the production issuer must show a completed second
 * factor. Clerk puts `fva: [minutesSinceFirstFactor, minutesSinceSecondFactor]`
 * in its tokens, with -1 when no second factor was verified.
 */
export function requireMfa(identity: UserIdentity, requiredIssuer = mfaRequiredIssuer()) {
  if (requiredIssuer === null || identity.issuer.replace(/\/+$/, "") !== requiredIssuer) return;
  const fva = (identity as unknown as { fva?: unknown }).fva;
  const secondFactorAge = Array.isArray(fva) ? fva[1] : undefined;
  if (typeof secondFactorAge !== "number" || secondFactorAge < 0) {
    throw appError(
      ERROR_CODES.mfaRequired,
      "Your session has no completed second factor. Turn on two-step verification and sign in again.",
    );
  }
}

export interface Membership {
  identity: UserIdentity;
  user: Doc<"users">;
  member: Doc<"members">;
  practiceId: Id<"practices">;
}

/**
 * Who is calling, in which practice, read from the database on every call, so
 * a deactivation or role change applies to the very next request.
 */
export async function resolveMembership(ctx: { auth: QueryCtx["auth"]; db: DatabaseReader }): Promise<Membership> {
  const identity = await requireIdentity(ctx);
  requireMfa(identity);
  const user = await findUser(ctx.db, identity);
  if (user === null || user.activePracticeId === undefined) {
    throw appError(ERROR_CODES.noMembership, "You are not a member of a practice.");
  }
  const practiceId = user.activePracticeId;
  const member = await ctx.db
    .query("members")
    .withIndex("by_practice_and_user", (q) => q.eq("practiceId", practiceId).eq("userId", user._id))
    .unique();
  if (member === null || member.status !== "active") {
    throw appError(ERROR_CODES.noMembership, "Your membership of this practice is not active.");
  }
  return { identity, user, member, practiceId };
}
