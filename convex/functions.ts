/**
 * The one door. This is the only module that imports Convex's raw builders
 * (an ESLint rule enforces it). Every function the app exposes is built here:
 *
 * - `signedInQuery` / `signedInMutation`: the caller is authenticated; the
 *   database is limited to the caller's own user row and memberships.
 * - `memberQuery` / `memberMutation`: the caller is an active member of their
 *   active practice and holds the named permission; the database is scoped to
 *   that practice (rows of other practices read as missing, writes are refused).
 * - `internalQuery` / `internalMutation` / `internalAction`: server-only work
 *   (seeding, scheduled jobs) that must re-check access itself when acting for
 *   a member.
 *
 * @example
 * export const roster = memberQuery({
 *   permission: "members.view",
 *   args: {},
 *   handler: async (ctx) => ctx.db.query("members").withIndex("by_practice_and_user", (q) => q.eq("practiceId", ctx.practiceId)).take(200),
 * });
 */
import { ConvexError } from "convex/values";
import {
  customCtx,
  customMutation,
  customQuery,
} from "convex-helpers/server/customFunctions";
import { wrapDatabaseReader, wrapDatabaseWriter } from "convex-helpers/server/rowLevelSecurity";
import type { Rules } from "convex-helpers/server/rowLevelSecurity";
import type { UserIdentity } from "convex/server";
import type { DataModel, Doc, Id } from "./_generated/dataModel";
import {
  internalAction as rawInternalAction,
  internalMutation as rawInternalMutation,
  internalQuery as rawInternalQuery,
  mutation as rawMutation,
  query as rawQuery,
  httpAction as rawHttpAction,
} from "./_generated/server";
import type { DatabaseReader, QueryCtx } from "./_generated/server";
import { roleHasPermission, type Permission } from "./permissions";
import { ERROR_CODES } from "../lib/errors";

export function appError(code: (typeof ERROR_CODES)[keyof typeof ERROR_CODES], message: string) {
  return new ConvexError({ code, message });
}

/** Throws the "not found" every cross-practice or missing record gets. */
export function notFound(what = "Record"): never {
  throw appError(ERROR_CODES.notFound, `${what} not found.`);
}

async function requireIdentity(ctx: { auth: QueryCtx["auth"] }): Promise<UserIdentity> {
  const identity = await ctx.auth.getUserIdentity();
  if (identity === null) {
    throw appError(ERROR_CODES.notSignedIn, "You are not signed in. Sign in and try again.");
  }
  return identity;
}

async function findUser(db: DatabaseReader, identity: UserIdentity): Promise<Doc<"users"> | null> {
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

// ---- Signed-in (no practice yet): the caller sees only their own rows. ----

interface SelfScope {
  identity: UserIdentity;
  /** The unscoped reader, used only to check who owns a row. */
  raw: DatabaseReader;
}

function selfRules(scope: SelfScope): Rules<unknown, DataModel> {
  const email = verifiedEmail(scope.identity);
  const isSelf = (u: Doc<"users"> | null) => u !== null && u.tokenIdentifier === scope.identity.tokenIdentifier;
  // Checked against the stored user rather than a cached one, so a membership
  // linked earlier in this same transaction is visible at once.
  const ownsMember = async (_ctx: unknown, m: Doc<"members">) =>
    m.userId === undefined
      ? email !== null && m.email === email
      : isSelf(await scope.raw.get("users", m.userId));
  return {
    users: {
      read: async (_ctx, u) => isSelf(u),
      modify: async (_ctx, u) => isSelf(u),
      insert: async (_ctx, u) => u.tokenIdentifier === scope.identity.tokenIdentifier,
    },
    members: {
      read: ownsMember,
      modify: ownsMember,
      insert: async () => false,
    },
    // Practice names are shown for the caller's memberships; reading a practice
    // document reveals nothing else and its id came from a membership row.
    practices: { read: async () => true, modify: async () => false, insert: async () => false },
  };
}

export const signedInQuery = customQuery(
  rawQuery,
  customCtx(async (ctx) => {
    const identity = await requireIdentity(ctx);
    const user = await findUser(ctx.db, identity);
    const db = wrapDatabaseReader({}, ctx.db, selfRules({ identity, raw: ctx.db }), { defaultPolicy: "deny" });
    return { identity, user, db };
  }),
);

export const signedInMutation = customMutation(
  rawMutation,
  customCtx(async (ctx) => {
    const identity = await requireIdentity(ctx);
    const user = await findUser(ctx.db, identity);
    const db = wrapDatabaseWriter({}, ctx.db, selfRules({ identity, raw: ctx.db }), { defaultPolicy: "deny" });
    return { identity, user, db };
  }),
);

// ---- Members: practice-scoped, permission-checked. ----

export interface Membership {
  user: Doc<"users">;
  member: Doc<"members">;
  practiceId: Id<"practices">;
}

/**
 * Resolves who is calling in which practice from the database, on every call,
 * so a deactivation or role change applies to the very next request.
 */
export async function resolveMembership(ctx: { auth: QueryCtx["auth"]; db: DatabaseReader }): Promise<Membership> {
  const identity = await requireIdentity(ctx);
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
  return { user, member, practiceId };
}

function requirePermission(member: Doc<"members">, permission: Permission) {
  if (!roleHasPermission(member.role, permission)) {
    throw appError(ERROR_CODES.forbidden, "Your role does not allow this.");
  }
}

/**
 * Row-level rules for practice-owned tables. A table without rules is closed
 * (`defaultPolicy: "deny"`), so a new table is unreachable until it is listed.
 */
function practiceRules(m: Membership): Rules<unknown, DataModel> {
  const samePractice = async (_ctx: unknown, doc: { practiceId: Id<"practices"> }) => doc.practiceId === m.practiceId;
  return {
    practices: {
      read: async (_ctx, p) => p._id === m.practiceId,
      modify: async (_ctx, p) => p._id === m.practiceId,
      insert: async () => false,
    },
    members: { read: samePractice, modify: samePractice, insert: samePractice },
    patients: { read: samePractice, modify: samePractice, insert: samePractice },
    users: {
      read: async (_ctx, u) => u._id === m.user._id,
      modify: async (_ctx, u) => u._id === m.user._id,
      insert: async () => false,
    },
  };
}

/** Extra argument every member function names: the one permission it needs. */
interface PermissionArg {
  permission: Permission;
}

export const memberQuery = customQuery(rawQuery, {
  args: {},
  input: async (ctx, _args, extra: PermissionArg) => {
    const m = await resolveMembership(ctx);
    requirePermission(m.member, extra.permission);
    const db = wrapDatabaseReader({}, ctx.db, practiceRules(m), { defaultPolicy: "deny" });
    return { ctx: { ...m, db }, args: {} };
  },
});

export const memberMutation = customMutation(rawMutation, {
  args: {},
  input: async (ctx, _args, extra: PermissionArg) => {
    const m = await resolveMembership(ctx);
    requirePermission(m.member, extra.permission);
    const db = wrapDatabaseWriter({}, ctx.db, practiceRules(m), { defaultPolicy: "deny" });
    return { ctx: { ...m, db }, args: {} };
  },
});

// ---- Server-only. ----
export const internalQuery = rawInternalQuery;
export const internalMutation = rawInternalMutation;
export const internalAction = rawInternalAction;
export const httpAction = rawHttpAction;
