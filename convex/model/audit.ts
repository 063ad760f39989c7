/**
 * The one audit writer.
 *
 * Every event is chained per practice: `hash = HMAC-SHA256(key, prevHash ||
 * canonical(event))` with the key from the deployment environment, so an
 * edit, deletion, insertion or reordering inside the trail breaks a link that
 * the verifier (convex/auditChain.ts) reports. Events never carry PHI values: ids, codes and counts.
 */
import type { Infer } from "convex/values";
import { GENESIS_HASH, chainHash } from "../../lib/audit/chain";
import { ERROR_CODES } from "../../lib/errors";
import type { Doc, Id } from "../_generated/dataModel";
import type { DatabaseReader, DatabaseWriter } from "../_generated/server";
import { auditKey } from "../env";
import { appError } from "./errors";
import type {
  auditActionValidator,
  auditCategoryValidator,
  auditDetailsValidator,
  auditOutcomeValidator,
  roleValidator,
} from "../schema";

export interface AuditInput {
  action: Infer<typeof auditActionValidator>;
  verb: string;
  category: Infer<typeof auditCategoryValidator>;
  outcome?: Infer<typeof auditOutcomeValidator>;
  patientId?: Id<"patients">;
  resource?: { table: string; id: string };
  purpose?: string;
  details?: Infer<typeof auditDetailsValidator>;
  /** Done under emergency ("break-glass") access. */
  emergency?: boolean;
}

export interface AuditActor {
  kind: "member" | "system";
  memberId?: Id<"members">;
  userId?: Id<"users">;
  role?: Infer<typeof roleValidator>;
}

type ChainedFields = Omit<Doc<"auditEvents">, "_id" | "_creationTime" | "hash">;

/** The fields the hash covers: everything but the hash itself and Convex's system fields. */
export function chainedFields(e: Doc<"auditEvents"> | (ChainedFields & { hash?: string })): ChainedFields {
  return {
    practiceId: e.practiceId,
    seq: e.seq,
    at: e.at,
    actor: e.actor,
    action: e.action,
    verb: e.verb,
    category: e.category,
    outcome: e.outcome,
    patientId: e.patientId,
    resource: e.resource,
    purpose: e.purpose,
    details: e.details,
    emergency: e.emergency,
    prevHash: e.prevHash,
  };
}

export function requireAuditKey(): Uint8Array {
  const key = auditKey();
  if (key === null) {
    // Fail closed: without the key no PHI access can be recorded, so none happens.
    throw appError(ERROR_CODES.unavailable, "The audit trail is not configured (AUDIT_HMAC_KEY). No patient data can be accessed.");
  }
  return key;
}

export async function chainHead(db: DatabaseReader, practiceId: Id<"practices">) {
  return await db
    .query("auditEvents")
    .withIndex("by_practice_and_seq", (q) => q.eq("practiceId", practiceId))
    .order("desc")
    .first();
}

/**
 * Appends one event to the practice's chain, in the caller's transaction: the
 * change it records and the record of it commit together or not at all.
 * Only the door (convex/functions.ts) calls this, with the unscoped writer.
 */
export async function appendAuditEvent(
  db: DatabaseWriter,
  practiceId: Id<"practices">,
  actor: AuditActor,
  input: AuditInput,
): Promise<{ seq: number; id: Id<"auditEvents"> }> {
  const key = requireAuditKey();
  const head = await chainHead(db, practiceId);
  const fields: ChainedFields = {
    practiceId,
    seq: (head?.seq ?? 0) + 1,
    at: Date.now(),
    actor,
    action: input.action,
    verb: input.verb,
    category: input.category,
    outcome: input.outcome ?? "success",
    patientId: input.patientId,
    resource: input.resource,
    purpose: input.purpose,
    details: input.details ?? {},
    emergency: input.emergency === true ? true : undefined,
    prevHash: head?.hash ?? GENESIS_HASH,
  };
  const hash = chainHash(key, fields.prevHash, fields);
  const id = await db.insert("auditEvents", { ...fields, hash });
  return { seq: fields.seq, id };
}
