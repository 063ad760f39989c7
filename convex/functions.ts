/**
 * The one door. This is the only module that imports Convex's raw builders
 * (an ESLint rule enforces it). Every function the app exposes is built here:
 *
 * - `signedInQuery` / `signedInMutation`: the caller is authenticated; the
 *   database is limited to the caller's own user row and memberships.
 * - `memberQuery` / `memberMutation`: the caller is an active member of their
 *   active practice and holds the named permission; the database is scoped to
 *   that practice (rows of other practices read as missing, writes are
 *   refused). Mutations get `ctx.audit(...)`, the one audit writer, and
 *   `ctx.rateLimit(...)`.
 * - `chartQuery`: a member query that also requires a live, audited access
 *   grant for the patient's chart, and hands the handler that patient.
 * - `chartAction`: an action for one patient's chart (the AI assistant): the
 *   caller is re-checked like `chartMutation` (permission, routine live grant,
 *   patient of the practice) before the handler runs; its writes go through
 *   internal mutations that check again (`callerForChart`).
 * - `internalQuery` / `internalMutation` / `internalAction`: server-only work
 *   (seeding, scheduled jobs, verification) that re-checks access itself when
 *   acting for a member.
 *
 * @example
 * export const roster = memberQuery({
 *   permission: "members.view",
 *   args: {},
 *   handler: async (ctx) =>
 *     ctx.db.query("members").withIndex("by_practice_and_user", (q) => q.eq("practiceId", ctx.practiceId)).take(200),
 * });
 */
import { v } from "convex/values";
import { customAction, customCtx, customMutation, customQuery } from "convex-helpers/server/customFunctions";
import { makeFunctionReference } from "convex/server";
import { wrapDatabaseReader, wrapDatabaseWriter } from "convex-helpers/server/rowLevelSecurity";
import { ERROR_CODES } from "../lib/errors";
import {
  action as rawAction,
  httpAction as rawHttpAction,
  internalAction as rawInternalAction,
  internalMutation as rawInternalMutation,
  internalQuery as rawInternalQuery,
  mutation as rawMutation,
  query as rawQuery,
} from "./_generated/server";
import type { DatabaseWriter, QueryCtx } from "./_generated/server";
import type { Id } from "./_generated/dataModel";
import { appendAuditEvent, type AuditInput } from "./model/audit";
import { queueEmergencyReview } from "./model/alerts";
import { appError, notFound } from "./model/errors";
import { actorOf, openGrant, requireGrant, requireWritableGrant, type GrantScope } from "./model/grants";
import { findUser, requireIdentity, resolveMembership, type Membership } from "./model/membership";
import { enforceRateLimit, type RateLimitName } from "./model/rateLimits";
import { practiceRules, selfRules } from "./model/rules";
import { roleHasPermission, type Permission } from "./permissions";

export { appError, notFound };
export { verifiedEmail } from "./model/membership";

// ---- Signed in, no practice yet: the caller sees only their own rows. ----

export const signedInQuery = customQuery(
  rawQuery,
  customCtx(async (ctx) => {
    const identity = await requireIdentity(ctx);
    const user = await findUser(ctx.db, identity);
    const db = wrapDatabaseReader({}, ctx.db, selfRules(identity, ctx.db), { defaultPolicy: "deny" });
    return { identity, user, db };
  }),
);

export const signedInMutation = customMutation(
  rawMutation,
  customCtx(async (ctx) => {
    const identity = await requireIdentity(ctx);
    const user = await findUser(ctx.db, identity);
    const db = wrapDatabaseWriter({}, ctx.db, selfRules(identity, ctx.db), { defaultPolicy: "deny" });
    const rateLimit = (name: RateLimitName) => enforceRateLimit(ctx.db, name, identity.tokenIdentifier);
    return { identity, user, db, rateLimit };
  }),
);

// ---- Members: practice-scoped, permission-checked. ----

function requirePermission(m: Membership, permission: Permission) {
  if (!roleHasPermission(m.member.role, permission)) {
    throw appError(ERROR_CODES.forbidden, "Your role does not allow this.");
  }
}

/** Extra argument every member function names: the one permission it needs. */
interface PermissionArg {
  permission: Permission;
}

/** What a member mutation can do besides reading and writing its practice's rows. */
function mutationTools(raw: DatabaseWriter, m: Membership) {
  return {
    /** Appends one event to the practice's audit chain in this transaction. */
    audit: (input: AuditInput) => appendAuditEvent(raw, m.practiceId, actorOf(m), input),
    /** Records the access and opens a short-lived grant for the scope. */
    grant: (
      scope: GrantScope,
      purpose: string,
      audit: Omit<AuditInput, "action" | "purpose">,
      options?: { emergencyMinutes?: number },
    ) => openGrant(raw, m, scope, purpose, audit, options),
    /** Keeps an emergency access's reason and detail for the compliance review (never in the audit trail). */
    recordEmergency: async (e: { patientId: Id<"patients">; reason: string; reasonCode: number; detail: string; auditSeq: number }) => {
      const emergencyAccessId = await raw.insert("emergencyAccess", {
        practiceId: m.practiceId,
        memberId: m.member._id,
        at: Date.now(),
        patientId: e.patientId,
        reason: e.reason,
        detail: e.detail,
        auditSeq: e.auditSeq,
      });
      await queueEmergencyReview(raw, m, { patientId: e.patientId, auditSeq: e.auditSeq, reasonCode: e.reasonCode, emergencyAccessId });
    },
    /**
     * Check-in starts the encounter the chart uses. Front desk may not write
     * clinical rows through its scoped database, so the door does it here, for
     * this one purpose, with the check-in's own audit event.
     */
    startEncounterAtCheckIn: (e: { patientId: Id<"patients">; providerId: Id<"members">; type: "office" | "telehealth" }) =>
      raw.insert("encounters", { practiceId: m.practiceId, ...e, startedAt: Date.now(), status: "open", startedBy: m.member._id }),
    /** Per member and per practice limits; throws "try again in N s". */
    rateLimit: async (member: RateLimitName, practice?: RateLimitName) => {
      await enforceRateLimit(raw, member, m.member._id);
      if (practice !== undefined) await enforceRateLimit(raw, practice, m.practiceId);
    },
  };
}

export const memberQuery = customQuery(rawQuery, {
  args: {},
  input: async (ctx, _args, extra: PermissionArg) => {
    const m = await resolveMembership(ctx);
    requirePermission(m, extra.permission);
    const db = wrapDatabaseReader({}, ctx.db, practiceRules(m), { defaultPolicy: "deny" });
    return { ctx: { ...m, db }, args: {} };
  },
});

export const memberMutation = customMutation(rawMutation, {
  args: {},
  input: async (ctx, _args, extra: PermissionArg) => {
    const m = await resolveMembership(ctx);
    requirePermission(m, extra.permission);
    const db = wrapDatabaseWriter({}, ctx.db, practiceRules(m), { defaultPolicy: "deny" });
    return { ctx: { ...m, db, ...mutationTools(ctx.db, m) }, args: {} };
  },
});

/**
 * A query over one patient's chart. It refuses without a live grant for that
 * chart ("access not granted"), and a patient of another practice is "not found".
 */
export const chartQuery = customQuery(rawQuery, {
  args: { patientId: v.id("patients") },
  input: async (ctx, { patientId }, extra: PermissionArg) => {
    const m = await resolveMembership(ctx);
    requirePermission(m, extra.permission);
    const db = wrapDatabaseReader({}, ctx.db, practiceRules(m), { defaultPolicy: "deny" });
    const patient = await db.get("patients", patientId);
    if (patient === null) notFound("Patient");
    const access = await requireGrant(ctx.db, m, { kind: "chart", patientId });
    return { ctx: { ...m, db, patient, access }, args: { patientId } };
  },
});

/**
 * A change to one patient's chart: needs the permission, a live routine grant
 * for the chart (emergency access is read-only), and a patient of the
 * caller's practice. Handlers get `ctx.audit` for the event of the change.
 */
export const chartMutation = customMutation(rawMutation, {
  args: { patientId: v.id("patients") },
  input: async (ctx, { patientId }, extra: PermissionArg) => {
    const m = await resolveMembership(ctx);
    requirePermission(m, extra.permission);
    const db = wrapDatabaseWriter({}, ctx.db, practiceRules(m), { defaultPolicy: "deny" });
    const patient = await db.get("patients", patientId);
    if (patient === null) notFound("Patient");
    const access = await requireWritableGrant(ctx.db, m, { kind: "chart", patientId });
    return { ctx: { ...m, db, patient, access, ...mutationTools(ctx.db, m) }, args: { patientId } };
  },
});

/**
 * A query over one day's schedule: needs the permission and a live grant for
 * that date from `schedule.openDay` (audited).
 */
export const scheduleQuery = customQuery(rawQuery, {
  args: { date: v.string() },
  input: async (ctx, { date }, extra: PermissionArg) => {
    const m = await resolveMembership(ctx);
    requirePermission(m, extra.permission);
    const db = wrapDatabaseReader({}, ctx.db, practiceRules(m), { defaultPolicy: "deny" });
    const access = await requireGrant(ctx.db, m, { kind: "schedule", date });
    return { ctx: { ...m, db, access }, args: { date } };
  },
});

/**
 * A query over the practice's audit trail (and what compliance reviews):
 * needs the permission and a live grant from `access.openAuditTrail`, which
 * records that the trail was opened.
 */
export const auditQuery = customQuery(rawQuery, {
  args: {},
  input: async (ctx, _args, extra: PermissionArg) => {
    const m = await resolveMembership(ctx);
    requirePermission(m, extra.permission);
    const db = wrapDatabaseReader({}, ctx.db, practiceRules(m), { defaultPolicy: "deny" });
    const access = await requireGrant(ctx.db, m, { kind: "audit" });
    return { ctx: { ...m, db, access }, args: {} };
  },
});

/**
 * A change made from the compliance workspace (a review, an export record):
 * needs the permission and a live audit grant; handlers get `ctx.audit`.
 */
export const auditMutation = customMutation(rawMutation, {
  args: {},
  input: async (ctx, _args, extra: PermissionArg) => {
    const m = await resolveMembership(ctx);
    requirePermission(m, extra.permission);
    const db = wrapDatabaseWriter({}, ctx.db, practiceRules(m), { defaultPolicy: "deny" });
    const access = await requireGrant(ctx.db, m, { kind: "audit" });
    return { ctx: { ...m, db, access, ...mutationTools(ctx.db, m) }, args: {} };
  },
});

/** Who is acting, as an action carries it to the internal mutations it calls. */
export const actionCallerValidator = v.object({
  practiceId: v.id("practices"),
  memberId: v.id("members"),
  userId: v.id("users"),
  role: v.string(),
});

/**
 * The checks of `chartMutation`, for actions and the internal mutations they
 * call: the signed-in caller (the identity travels with the action's
 * runQuery/runMutation) is an active member with the permission, holding a
 * routine live grant for the patient's chart, and the patient is in the
 * caller's practice. Returns the membership and the scoped database.
 */
export async function callerForChart(ctx: QueryCtx, patientId: Id<"patients">, permission: Permission) {
  const m = await resolveMembership(ctx);
  requirePermission(m, permission);
  const db = wrapDatabaseReader({}, ctx.db, practiceRules(m), { defaultPolicy: "deny" });
  const patient = await db.get("patients", patientId);
  if (patient === null) notFound("Patient");
  await requireWritableGrant(ctx.db, m, { kind: "chart", patientId });
  return { m, db, patient };
}

/** Internal: the door's check for `chartAction` (an action has no database of its own). */
export const chartActionCaller = rawInternalQuery({
  args: { patientId: v.id("patients"), permission: v.string() },
  returns: actionCallerValidator,
  handler: async (ctx, { patientId, permission }) => {
    const { m } = await callerForChart(ctx, patientId, permission as Permission);
    return { practiceId: m.practiceId, memberId: m.member._id, userId: m.user._id, role: m.member.role };
  },
});

const chartActionCallerRef = makeFunctionReference<
  "query",
  { patientId: Id<"patients">; permission: string },
  { practiceId: Id<"practices">; memberId: Id<"members">; userId: Id<"users">; role: string }
>("functions:chartActionCaller");

/**
 * An action for one patient's chart (model calls). Checked before the handler
 * runs; the handler's own writes re-check through `callerForChart`.
 */
export const chartAction = customAction(rawAction, {
  args: { patientId: v.id("patients") },
  input: async (ctx, { patientId }, extra: PermissionArg) => {
    const caller = await ctx.runQuery(chartActionCallerRef, { patientId, permission: extra.permission });
    return { ctx: { caller }, args: { patientId } };
  },
});

// ---- Server-only. ----
export const internalQuery = rawInternalQuery;
export const internalMutation = rawInternalMutation;
export const internalAction = rawInternalAction;
export const httpAction = rawHttpAction;
