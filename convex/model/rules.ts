import type { UserIdentity } from "convex/server";
import type { Rules } from "convex-helpers/server/rowLevelSecurity";
import type { DataModel, Doc, Id } from "../_generated/dataModel";
import type { DatabaseReader } from "../_generated/server";
import { roleHasPermission, type Permission } from "../permissions";
import type { Membership } from "./membership";
import { verifiedEmail } from "./membership";

/**
 * Row-level rules. Tables without rules are closed (`defaultPolicy: "deny"`),
 * so a new table is unreachable until it is listed here. Audit events and
 * rate-limit rows can never be written through a handler's database: only the
 * door's audit writer and rate limiter touch them.
 */

/** Signed in, no practice yet: only the caller's own rows. */
export function selfRules(identity: UserIdentity, raw: DatabaseReader): Rules<unknown, DataModel> {
  const email = verifiedEmail(identity);
  const isSelf = (u: Doc<"users"> | null) => u !== null && u.tokenIdentifier === identity.tokenIdentifier;
  // Checked against the stored user rather than a cached one, so a membership
  // linked earlier in this same transaction is visible at once.
  const ownsMember = async (_ctx: unknown, m: Doc<"members">) =>
    m.userId === undefined ? email !== null && m.email === email : isSelf(await raw.get("users", m.userId));
  return {
    users: {
      read: async (_ctx, u) => isSelf(u),
      modify: async (_ctx, u) => isSelf(u),
      insert: async (_ctx, u) => u.tokenIdentifier === identity.tokenIdentifier,
    },
    members: { read: ownsMember, modify: ownsMember, insert: async () => false },
    // Practice names are shown for the caller's memberships; the ids come from membership rows.
    practices: { read: async () => true, modify: async () => false, insert: async () => false },
  };
}

/** A member at work: everything scoped to their practice. */
export function practiceRules(m: Membership): Rules<unknown, DataModel> {
  const samePractice = async (_ctx: unknown, doc: { practiceId: Id<"practices"> }) => doc.practiceId === m.practiceId;
  const never = async () => false;
  return {
    practices: {
      read: async (_ctx, p) => p._id === m.practiceId,
      modify: async (_ctx, p) => p._id === m.practiceId,
      insert: never,
    },
    members: { read: samePractice, modify: samePractice, insert: samePractice },
    patients: { read: samePractice, modify: samePractice, insert: samePractice },
    users: {
      read: async (_ctx, u) => u._id === m.user._id,
      modify: async (_ctx, u) => u._id === m.user._id,
      insert: never,
    },
    auditEvents: {
      read: async (_ctx, e) => e.practiceId === m.practiceId && roleHasPermission(m.member.role, "audit.view"),
      modify: never,
      insert: never,
    },
    accessGrants: {
      read: async (_ctx, g) => g.memberId === m.member._id,
      modify: async (_ctx, g) => g.memberId === m.member._id,
      insert: never,
    },
    // Clinical content: only roles that may see it, even if a function forgot to ask.
    allergies: clinical(m, "clinical.intake"),
    problems: clinical(m, "clinical.intake"),
    medications: clinical(m, "clinical.intake"),
    vitals: clinical(m, "clinical.intake"),
    encounters: clinical(m, "clinical.intake"),
    notes: {
      read: async (_ctx, n) => n.practiceId === m.practiceId && can(m, "clinical.view"),
      // A signed note never changes in place; corrections are addenda.
      modify: async (_ctx, n) => n.practiceId === m.practiceId && n.status === "draft" && can(m, "notes.write"),
      insert: async (_ctx, n) => n.practiceId === m.practiceId && can(m, "notes.write"),
    },
    addenda: {
      read: async (_ctx, a) => a.practiceId === m.practiceId && can(m, "clinical.view"),
      modify: never,
      insert: async (_ctx, a) => a.practiceId === m.practiceId && can(m, "notes.sign"),
    },
    // The assistant's rows are written only by its internal mutations; members review parts.
    aiCalls: {
      read: async (_ctx, c) => c.practiceId === m.practiceId && (can(m, "clinical.view") || can(m, "audit.view")),
      modify: async (_ctx, c) => c.practiceId === m.practiceId && c.memberId === m.member._id && can(m, "ai.draft"),
      insert: never,
    },
    // What left the practice: compliance only.
    aiPrompts: {
      read: async (_ctx, p) => p.practiceId === m.practiceId && can(m, "audit.view"),
      modify: never,
      insert: never,
    },
    aiParts: {
      read: async (_ctx, p) => p.practiceId === m.practiceId && can(m, "clinical.view"),
      modify: async (_ctx, p) => p.practiceId === m.practiceId && can(m, "notes.write"),
      insert: never,
    },
    locations: { read: samePractice, modify: samePractice, insert: samePractice },
    appointmentTypes: { read: samePractice, modify: samePractice, insert: samePractice },
    availability: { read: samePractice, modify: samePractice, insert: samePractice },
    scheduleExceptions: { read: samePractice, modify: samePractice, insert: samePractice },
    appointments: { read: samePractice, modify: samePractice, insert: samePractice },
    // The review queue: compliance reads and decides; items are only created by the door.
    complianceReviews: {
      read: async (_ctx, r) => r.practiceId === m.practiceId && can(m, "audit.view"),
      modify: async (_ctx, r) => r.practiceId === m.practiceId && can(m, "audit.view"),
      insert: never,
    },
    emergencyAccess: {
      read: async (_ctx, e) => e.practiceId === m.practiceId && (e.memberId === m.member._id || can(m, "audit.view")),
      modify: never,
      insert: never,
    },
  };
}

function can(m: Membership, permission: Permission) {
  return roleHasPermission(m.member.role, permission);
}

function clinical(m: Membership, write: Permission) {
  return {
    read: async (_ctx: unknown, d: { practiceId: Id<"practices"> }) => d.practiceId === m.practiceId && can(m, "clinical.view"),
    modify: async (_ctx: unknown, d: { practiceId: Id<"practices"> }) => d.practiceId === m.practiceId && can(m, write),
    insert: async (_ctx: unknown, d: { practiceId: Id<"practices"> }) => d.practiceId === m.practiceId && can(m, write),
  };
}
