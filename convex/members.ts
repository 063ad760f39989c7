/**
 * Practice membership administration. Every change is audited with old and
 * new values (ids and roles only), in the same transaction as the change.
 */
import { v } from "convex/values";
import { ERROR_CODES } from "../lib/errors";
import { homeAddressSchema, newMemberSchema } from "../lib/schemas/members";
import type { Doc, Id } from "./_generated/dataModel";
import type { DatabaseReader } from "./_generated/server";
import { appError, memberMutation, memberQuery, notFound } from "./functions";
import { memberStatusValidator, roleValidator } from "./schema";

const memberRow = v.object({
  _id: v.id("members"),
  name: v.string(),
  email: v.string(),
  role: roleValidator,
  status: memberStatusValidator,
  title: v.union(v.string(), v.null()),
  linked: v.boolean(),
  isSelf: v.boolean(),
  homeAddress: v.union(v.null(), v.object({ line1: v.string(), zip: v.string() })),
});

/** The practice's roster: active members first, then by name. */
export const list = memberQuery({
  permission: "members.view",
  args: {},
  returns: v.array(memberRow),
  handler: async (ctx) => {
    const rows = await ctx.db
      .query("members")
      .withIndex("by_practice_and_user", (q) => q.eq("practiceId", ctx.practiceId))
      .take(1000);
    return rows
      .map((m) => ({
        _id: m._id,
        name: m.name,
        email: m.email,
        role: m.role,
        status: m.status,
        title: m.title ?? null,
        linked: m.userId !== undefined,
        isSelf: m._id === ctx.member._id,
        homeAddress: m.homeAddress ?? null,
      }))
      .sort((a, b) => (a.status === b.status ? a.name.localeCompare(b.name) : a.status === "active" ? -1 : 1));
  },
});

async function activeAdmins(db: DatabaseReader, practiceId: Id<"practices">): Promise<Doc<"members">[]> {
  const rows = await db
    .query("members")
    .withIndex("by_practice_and_user", (q) => q.eq("practiceId", practiceId))
    .take(1000);
  // Only admins who have signed in count: an invitation nobody accepted cannot manage anything.
  return rows.filter((m) => m.role === "practice_admin" && m.status === "active" && m.userId !== undefined);
}

/** Adds a member by email; the membership links when that person first signs in. */
export const add = memberMutation({
  permission: "members.manage",
  args: { email: v.string(), name: v.string(), role: roleValidator, title: v.optional(v.string()) },
  returns: v.id("members"),
  handler: async (ctx, args) => {
    await ctx.rateLimit("membersMember");
    const parsed = newMemberSchema.safeParse(args);
    if (!parsed.success) {
      throw appError(ERROR_CODES.invalid, parsed.error.issues.map((i) => i.message).join(" "));
    }
    const { email, name, role, title } = parsed.data;
    const existing = await ctx.db
      .query("members")
      .withIndex("by_practice_and_email", (q) => q.eq("practiceId", ctx.practiceId).eq("email", email))
      .first();
    if (existing !== null) {
      throw appError(ERROR_CODES.conflict, `${email} is already a member of this practice.`);
    }
    const memberId = await ctx.db.insert("members", { practiceId: ctx.practiceId, email, name, role, title, status: "active" });
    await ctx.audit({
      action: "create",
      verb: "member.add",
      category: "membership",
      resource: { table: "members", id: memberId },
      details: { memberId, newRole: role, newStatus: "active" },
    });
    return memberId;
  },
});

async function loadOther(ctx: { db: DatabaseReader; member: Doc<"members"> }, memberId: Id<"members">, what: string) {
  const target = await ctx.db.get("members", memberId);
  if (target === null) notFound("Member");
  if (target._id === ctx.member._id) {
    throw appError(ERROR_CODES.forbidden, `You cannot ${what}. Ask another practice admin.`);
  }
  return target;
}

/** Changes a member's role; takes effect on that member's next call. */
export const changeRole = memberMutation({
  permission: "members.manage",
  args: { memberId: v.id("members"), role: roleValidator },
  returns: v.null(),
  handler: async (ctx, { memberId, role }) => {
    await ctx.rateLimit("membersMember");
    const target = await loadOther(ctx, memberId, "change your own role");
    if (target.role === role) return null;
    if (target.role === "practice_admin" && target.status === "active" && (await activeAdmins(ctx.db, ctx.practiceId)).length <= 1) {
      throw appError(ERROR_CODES.conflict, "A practice needs at least one active practice admin.");
    }
    await ctx.db.patch("members", memberId, { role });
    await ctx.audit({
      action: "update",
      verb: "member.role_change",
      category: "membership",
      resource: { table: "members", id: memberId },
      details: { memberId, oldRole: target.role, newRole: role },
    });
    return null;
  },
});

/** Deactivates or reactivates a member; a deactivated member's next call is refused. */
export const setStatus = memberMutation({
  permission: "members.manage",
  args: { memberId: v.id("members"), status: memberStatusValidator },
  returns: v.null(),
  handler: async (ctx, { memberId, status }) => {
    await ctx.rateLimit("membersMember");
    const target = await loadOther(ctx, memberId, status === "deactivated" ? "deactivate yourself" : "reactivate yourself");
    if (target.status === status) return null;
    if (status === "deactivated" && target.role === "practice_admin" && (await activeAdmins(ctx.db, ctx.practiceId)).length <= 1) {
      throw appError(ERROR_CODES.conflict, "A practice needs at least one active practice admin.");
    }
    await ctx.db.patch("members", memberId, { status });
    await ctx.audit({
      action: "update",
      verb: status === "deactivated" ? "member.deactivate" : "member.reactivate",
      category: "membership",
      resource: { table: "members", id: memberId },
      details: { memberId, oldStatus: target.status, newStatus: status },
    });
    return null;
  },
});

/**
 * Sets or clears a member's home address. It is kept only so that opening the
 * chart of a patient at that address puts the access in the compliance review
 * queue; the audit event records that it changed, not the address.
 */
export const setHomeAddress = memberMutation({
  permission: "members.manage",
  args: { memberId: v.id("members"), address: v.union(v.null(), v.object({ line1: v.string(), zip: v.string() })) },
  returns: v.null(),
  handler: async (ctx, { memberId, address }) => {
    await ctx.rateLimit("membersMember");
    const target = await ctx.db.get("members", memberId);
    if (target === null) notFound("Member");
    let next: { line1: string; zip: string } | undefined;
    if (address !== null) {
      const parsed = homeAddressSchema.safeParse(address);
      if (!parsed.success) throw appError(ERROR_CODES.invalid, parsed.error.issues[0]?.message ?? "Check the address.");
      next = parsed.data;
    }
    await ctx.db.patch("members", memberId, { homeAddress: next });
    await ctx.audit({
      action: "update",
      verb: "member.home_address",
      category: "membership",
      resource: { table: "members", id: memberId },
      details: { memberId, onFile: next !== undefined, hadOne: target.homeAddress !== undefined },
    });
    return null;
  },
});
