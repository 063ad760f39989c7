import type { Infer } from "convex/values";
import { ERROR_CODES } from "../../lib/errors";
import type { Doc, Id } from "../_generated/dataModel";
import type { DatabaseReader, DatabaseWriter } from "../_generated/server";
import type { grantScopeValidator } from "../schema";
import { appendAuditEvent, type AuditActor, type AuditInput } from "./audit";
import { raiseChartAlerts } from "./alerts";
import { appError } from "./errors";
import type { Membership } from "./membership";

export type GrantScope = Infer<typeof grantScopeValidator>;

/** Default lifetime of an access grant; a practice may set its own. */
export const DEFAULT_GRANT_MINUTES = 15;

export function scopeKey(scope: GrantScope): string {
  switch (scope.kind) {
    case "chart":
      return `chart:${scope.patientId}`;
    case "schedule":
      return `schedule:${scope.date}`;
    case "audit":
      return "audit";
  }
}

export function actorOf(m: Membership): AuditActor {
  return { kind: "member", memberId: m.member._id, userId: m.user._id, role: m.member.role };
}

async function grantMinutes(db: DatabaseReader, practiceId: Id<"practices">): Promise<number> {
  const practice = await db.get("practices", practiceId);
  return practice?.accessGrantMinutes ?? DEFAULT_GRANT_MINUTES;
}

async function findGrant(db: DatabaseReader, memberId: Id<"members">, key: string) {
  return await db
    .query("accessGrants")
    .withIndex("by_member_and_scope", (q) => q.eq("memberId", memberId).eq("scopeKey", key))
    .unique();
}

/**
 * Records an access in the audit trail and opens (or re-opens) a grant for it,
 * in one transaction: a grant without its audit event cannot exist.
 */
export async function openGrant(
  db: DatabaseWriter,
  m: Membership,
  scope: GrantScope,
  purpose: string,
  audit: Omit<AuditInput, "action" | "purpose">,
  options: { emergencyMinutes?: number } = {},
): Promise<Doc<"accessGrants">> {
  const key = scopeKey(scope);
  const now = Date.now();
  const emergency = options.emergencyMinutes !== undefined;
  const minutes = options.emergencyMinutes ?? (await grantMinutes(db, m.practiceId));
  const expiresAt = now + minutes * 60_000;
  const { seq } = await appendAuditEvent(db, m.practiceId, actorOf(m), { ...audit, action: "read", purpose, emergency: emergency || undefined });
  const existing = await findGrant(db, m.member._id, key);
  const fields = { purpose, grantedAt: now, expiresAt, auditSeq: seq, emergency };
  let grant: Doc<"accessGrants">;
  if (existing !== null) {
    await db.patch("accessGrants", existing._id, fields);
    grant = { ...existing, ...fields };
  } else {
    const id = await db.insert("accessGrants", { practiceId: m.practiceId, memberId: m.member._id, scopeKey: key, scope, ...fields });
    const created = await db.get("accessGrants", id);
    if (created === null) throw new Error("grant vanished");
    grant = created;
  }
  // After the grant is written, so the member's count of charts this hour includes this one.
  if (scope.kind === "chart") await raiseChartAlerts(db, m, scope.patientId, seq);
  return grant;
}

/** Extends a live grant while the person is active; an expired grant must be re-opened (and re-audited). */
export async function renewGrant(db: DatabaseWriter, m: Membership, key: string): Promise<number> {
  const grant = await findGrant(db, m.member._id, key);
  if (grant === null || grant.expiresAt <= Date.now()) {
    throw appError(ERROR_CODES.accessNotGranted, "Access has expired. Open the record again to continue.");
  }
  if (grant.emergency === true) {
    throw appError(ERROR_CODES.conflict, "Emergency access lasts a fixed time and cannot be extended. Request it again if you still need it.");
  }
  const expiresAt = Date.now() + (await grantMinutes(db, m.practiceId)) * 60_000;
  await db.patch("accessGrants", grant._id, { expiresAt });
  return expiresAt;
}

/** Throws "access not granted" unless the member holds a live grant for the scope. */
export async function requireGrant(db: DatabaseReader, m: Membership, scope: GrantScope): Promise<Doc<"accessGrants">> {
  const grant = await findGrant(db, m.member._id, scopeKey(scope));
  if (grant === null || grant.expiresAt <= Date.now() || grant.practiceId !== m.practiceId) {
    throw appError(ERROR_CODES.accessNotGranted, "Access not granted. Open the record to view it; the access is recorded.");
  }
  return grant;
}

/** Writing to a chart needs a routine (not emergency, read-only) grant. */
export async function requireWritableGrant(db: DatabaseReader, m: Membership, scope: GrantScope): Promise<Doc<"accessGrants">> {
  const grant = await requireGrant(db, m, scope);
  if (grant.emergency === true) {
    throw appError(ERROR_CODES.forbidden, "Emergency access is read-only. Changes need a routine care relationship.");
  }
  return grant;
}
