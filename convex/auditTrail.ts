/**
 * The compliance officer's audit viewer: filtered, indexed, cursor-paginated
 * pages of the practice's trail; chain verification in batches; checkpoints;
 * and the audit records of exports and verifications. Everything here needs
 * `audit.view` and a live audit grant (opening the trail is itself audited).
 */
import { paginationOptsValidator, paginationResultValidator } from "convex/server";
import { v, type Infer } from "convex/values";
import { checkRange, planAuditQuery } from "../lib/audit/query-plan";
import { ERROR_CODES } from "../lib/errors";
import type { Doc, Id } from "./_generated/dataModel";
import type { DatabaseReader } from "./_generated/server";
import { verifyResult } from "./auditChain";
import { appError, auditMutation, auditQuery, notFound } from "./functions";
import { requireAuditKey } from "./model/audit";
import { paginateChecked } from "./model/pagination";
import { MAX_VERIFY_BATCH, verifyChainBatch } from "./model/verify";
import { auditActionValidator, auditCategoryValidator, auditDetailsValidator, auditOutcomeValidator, roleValidator } from "./schema";
import { surnameFirst } from "../lib/chart-format";

export const auditFiltersValidator = v.object({
  from: v.optional(v.number()),
  to: v.optional(v.number()),
  patientId: v.optional(v.id("patients")),
  memberId: v.optional(v.id("members")),
  emergency: v.optional(v.boolean()),
  verb: v.optional(v.string()),
  role: v.optional(roleValidator),
  outcome: v.optional(auditOutcomeValidator),
  action: v.optional(auditActionValidator),
});
export type AuditFilterArgs = Infer<typeof auditFiltersValidator>;

export const auditRow = v.object({
  _id: v.id("auditEvents"),
  seq: v.number(),
  at: v.number(),
  actor: v.object({
    kind: v.union(v.literal("member"), v.literal("system")),
    memberId: v.union(v.id("members"), v.null()),
    name: v.union(v.string(), v.null()),
    role: v.union(roleValidator, v.null()),
  }),
  action: auditActionValidator,
  verb: v.string(),
  category: auditCategoryValidator,
  outcome: auditOutcomeValidator,
  patient: v.union(v.null(), v.object({ id: v.id("patients"), name: v.string(), mrn: v.string() })),
  resource: v.union(v.null(), v.object({ table: v.string(), id: v.string() })),
  purpose: v.union(v.string(), v.null()),
  details: auditDetailsValidator,
  emergency: v.boolean(),
  prevHash: v.string(),
  hash: v.string(),
});
export type AuditRow = Infer<typeof auditRow>;

const FAR_FUTURE = 8.64e15;

/** The index range for the filters (lib/audit/query-plan.ts picks the index), the other equalities on top. */
function filteredEvents(db: DatabaseReader, practiceId: Id<"practices">, f: AuditFilterArgs) {
  const problem = checkFilters(f);
  if (problem !== null) throw appError(ERROR_CODES.invalid, problem);
  const from = f.from ?? 0;
  const to = f.to ?? FAR_FUTURE;
  const plan = planAuditQuery(f);
  const q = db.query("auditEvents");
  const ranged = (() => {
    switch (plan.indexed) {
      case "patientId":
        return q.withIndex("by_practice_patient_and_at", (r) => r.eq("practiceId", practiceId).eq("patientId", f.patientId).gte("at", from).lte("at", to));
      case "memberId":
        return q.withIndex("by_practice_member_and_at", (r) => r.eq("practiceId", practiceId).eq("actor.memberId", f.memberId).gte("at", from).lte("at", to));
      case "emergency":
        return q.withIndex("by_practice_emergency_and_at", (r) => r.eq("practiceId", practiceId).eq("emergency", true).gte("at", from).lte("at", to));
      case "verb":
        return q.withIndex("by_practice_verb_and_at", (r) => r.eq("practiceId", practiceId).eq("verb", f.verb ?? "").gte("at", from).lte("at", to));
      case "role":
        return q.withIndex("by_practice_role_and_at", (r) => r.eq("practiceId", practiceId).eq("actor.role", f.role).gte("at", from).lte("at", to));
      case "outcome":
        return q.withIndex("by_practice_outcome_and_at", (r) => r.eq("practiceId", practiceId).eq("outcome", f.outcome ?? "success").gte("at", from).lte("at", to));
      case "action":
        return q.withIndex("by_practice_action_and_at", (r) => r.eq("practiceId", practiceId).eq("action", f.action ?? "read").gte("at", from).lte("at", to));
      case "none":
        return q.withIndex("by_practice_and_at", (r) => r.eq("practiceId", practiceId).gte("at", from).lte("at", to));
    }
  })();
  if (plan.residual.length === 0) return ranged;
  // The other equalities, on top of the most selective index's range (docs/decisions.md: audit viewer).
  // eslint-disable-next-line @convex-dev/no-filter-in-query
  return ranged.filter((r) =>
    r.and(
      ...plan.residual.map((field) => {
        switch (field) {
          case "patientId":
            return r.eq(r.field("patientId"), f.patientId);
          case "memberId":
            return r.eq(r.field("actor.memberId"), f.memberId);
          case "emergency":
            return r.eq(r.field("emergency"), true);
          case "verb":
            return r.eq(r.field("verb"), f.verb ?? "");
          case "role":
            return r.eq(r.field("actor.role"), f.role);
          case "outcome":
            return r.eq(r.field("outcome"), f.outcome);
          case "action":
            return r.eq(r.field("action"), f.action);
        }
      }),
    ),
  );
}

/** Event types are short codes; anything longer matches nothing and is refused. */
export function checkFilters(f: AuditFilterArgs): string | null {
  if (f.verb !== undefined && f.verb.length > 100) return "Choose an event type from the list.";
  return checkRange(f);
}

/** A filter naming a patient or member of another practice is "not found", as everywhere else. */
async function checkFilterIds(db: DatabaseReader, f: AuditFilterArgs) {
  if (f.patientId !== undefined && (await db.get("patients", f.patientId)) === null) notFound("Patient");
  if (f.memberId !== undefined && (await db.get("members", f.memberId)) === null) notFound("Member");
}

/** Adds who and which patient to a page of events (one read per distinct member and patient). */
export async function describeEvents(db: DatabaseReader, events: Doc<"auditEvents">[]): Promise<AuditRow[]> {
  const members = new Map<string, Doc<"members"> | null>();
  const patients = new Map<string, Doc<"patients"> | null>();
  for (const e of events) {
    const mid = e.actor.memberId;
    if (mid !== undefined && !members.has(mid)) members.set(mid, await db.get("members", mid));
    if (e.patientId !== undefined && !patients.has(e.patientId)) patients.set(e.patientId, await db.get("patients", e.patientId));
  }
  return events.map((e) => {
    const member = e.actor.memberId === undefined ? null : (members.get(e.actor.memberId) ?? null);
    const patient = e.patientId === undefined ? null : (patients.get(e.patientId) ?? null);
    return {
      _id: e._id,
      seq: e.seq,
      at: e.at,
      actor: { kind: e.actor.kind, memberId: e.actor.memberId ?? null, name: member?.name ?? null, role: e.actor.role ?? null },
      action: e.action,
      verb: e.verb,
      category: e.category,
      outcome: e.outcome,
      patient: patient === null ? null : { id: patient._id, name: surnameFirst(patient), mrn: patient.mrn },
      resource: e.resource ?? null,
      purpose: e.purpose ?? null,
      details: e.details,
      emergency: e.emergency === true,
      prevHash: e.prevHash,
      hash: e.hash,
    };
  });
}

/** One page of the trail, newest first unless `order` is "asc". */
export const page = auditQuery({
  permission: "audit.view",
  args: { filters: auditFiltersValidator, order: v.union(v.literal("asc"), v.literal("desc")), paginationOpts: paginationOptsValidator },
  returns: paginationResultValidator(auditRow),
  handler: async (ctx, { filters, order, paginationOpts }) => {
    const numItems = Math.floor(paginationOpts.numItems);
    if (!(numItems >= 1 && numItems <= 500)) throw appError(ERROR_CODES.invalid, "A page holds 1 to 500 events.");
    await checkFilterIds(ctx.db, filters);
    const query = filteredEvents(ctx.db, ctx.practiceId, filters).order(order);
    const result = await paginateChecked(() => query.paginate({ ...paginationOpts, numItems }), paginationOpts);
    return { page: await describeEvents(ctx.db, result.page), isDone: result.isDone, continueCursor: result.continueCursor };
  },
});

/** Filter choices: the practice's members (active or not) and the event types seen in the last events. */
export const filterOptions = auditQuery({
  permission: "audit.view",
  args: {},
  returns: v.object({
    members: v.array(v.object({ id: v.id("members"), name: v.string(), role: roleValidator, status: v.string() })),
  }),
  handler: async (ctx) => {
    const members = await ctx.db
      .query("members")
      .withIndex("by_practice_and_user", (q) => q.eq("practiceId", ctx.practiceId))
      .take(1000);
    return {
      members: members
        .map((m) => ({ id: m._id, name: m.name, role: m.role, status: m.status }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    };
  },
});

const headResult = v.union(v.null(), v.object({ seq: v.number(), hash: v.string(), at: v.number() }));

/** The newest event of the chain: where a verification ends and what a checkpoint records. */
export const head = auditQuery({
  permission: "audit.view",
  args: {},
  returns: headResult,
  handler: async (ctx) => {
    const e = await ctx.db
      .query("auditEvents")
      .withIndex("by_practice_and_seq", (q) => q.eq("practiceId", ctx.practiceId))
      .order("desc")
      .first();
    return e === null ? null : { seq: e.seq, hash: e.hash, at: e.at };
  },
});

/** The event a checkpoint names, to compare its hash; "duplicate" when two events carry the number. */
export const eventAt = auditQuery({
  permission: "audit.view",
  args: { seq: v.number() },
  returns: v.object({ found: v.union(v.literal("none"), v.literal("one"), v.literal("duplicate")), hash: v.union(v.string(), v.null()) }),
  handler: async (ctx, { seq }) => {
    if (!Number.isSafeInteger(seq) || seq < 1) throw appError(ERROR_CODES.invalid, "A checkpoint's sequence number is a whole number from 1.");
    const rows = await ctx.db
      .query("auditEvents")
      .withIndex("by_practice_and_seq", (q) => q.eq("practiceId", ctx.practiceId).eq("seq", seq))
      .take(2);
    if (rows.length === 0) return { found: "none" as const, hash: null };
    if (rows.length > 1) return { found: "duplicate" as const, hash: null };
    return { found: "one" as const, hash: rows[0]!.hash };
  },
});

/** One batch of the chain check; the screen loops from the genesis until done or broken. */
export const verify = auditQuery({
  permission: "audit.view",
  args: { afterSeq: v.number(), prevHash: v.string(), batchSize: v.optional(v.number()) },
  returns: verifyResult,
  handler: async (ctx, args) => {
    if (!Number.isSafeInteger(args.afterSeq) || args.afterSeq < 0) throw appError(ERROR_CODES.invalid, "Start from sequence number 0 or a verified event.");
    if (!/^[0-9a-f]{64}$/.test(args.prevHash)) throw appError(ERROR_CODES.invalid, "The previous hash is 64 hexadecimal characters.");
    if (args.batchSize !== undefined && !(Number.isInteger(args.batchSize) && args.batchSize >= 1 && args.batchSize <= MAX_VERIFY_BATCH)) {
      throw appError(ERROR_CODES.invalid, `A batch is 1 to ${MAX_VERIFY_BATCH} events.`);
    }
    return await verifyChainBatch(ctx.db, requireAuditKey(), ctx.practiceId, args);
  },
});

const HEX64 = /^[0-9a-f]{64}$/;

/** Records an export: what was exported (counts, sequence range, filters) and the files' SHA-256. */
export const recordExport = auditMutation({
  permission: "audit.view",
  args: {
    filters: auditFiltersValidator,
    count: v.number(),
    firstSeq: v.union(v.number(), v.null()),
    lastSeq: v.union(v.number(), v.null()),
    csvSha256: v.string(),
    jsonSha256: v.string(),
  },
  returns: v.object({ seq: v.number() }),
  handler: async (ctx, a) => {
    await ctx.rateLimit("exportMember");
    if (!Number.isSafeInteger(a.count) || a.count < 0) throw appError(ERROR_CODES.invalid, "The export's event count must be a whole number.");
    for (const n of [a.firstSeq, a.lastSeq]) {
      if (n !== null && !(Number.isSafeInteger(n) && n >= 1)) throw appError(ERROR_CODES.invalid, "Sequence numbers are whole numbers from 1.");
    }
    if (!HEX64.test(a.csvSha256) || !HEX64.test(a.jsonSha256)) throw appError(ERROR_CODES.invalid, "File hashes are SHA-256 in hexadecimal.");
    const problem = checkFilters(a.filters);
    if (problem !== null) throw appError(ERROR_CODES.invalid, problem);
    await checkFilterIds(ctx.db, a.filters);
    const f = a.filters;
    const { seq } = await ctx.audit({
      action: "read",
      verb: "audit.export",
      category: "audit",
      purpose: "operations",
      patientId: f.patientId,
      details: {
        count: a.count,
        firstSeq: a.firstSeq,
        lastSeq: a.lastSeq,
        csvSha256: a.csvSha256,
        jsonSha256: a.jsonSha256,
        from: f.from ?? null,
        to: f.to ?? null,
        memberId: f.memberId ?? null,
        role: f.role ?? null,
        verb: f.verb ?? null,
        action: f.action ?? null,
        outcome: f.outcome ?? null,
        emergencyOnly: f.emergency === true,
      },
    });
    return { seq };
  },
});

/** Records a completed chain check and what it found. */
export const recordVerification = auditMutation({
  permission: "audit.view",
  args: { checkedThrough: v.number(), brokenAt: v.union(v.number(), v.null()), checkpointSeq: v.optional(v.number()) },
  returns: v.object({ seq: v.number() }),
  handler: async (ctx, a) => {
    for (const n of [a.checkedThrough, a.brokenAt, a.checkpointSeq]) {
      if (n !== null && n !== undefined && (!Number.isSafeInteger(n) || n < 0)) throw appError(ERROR_CODES.invalid, "Sequence numbers are whole numbers.");
    }
    const { seq } = await ctx.audit({
      action: "execute",
      verb: "audit.verify",
      category: "audit",
      outcome: a.brokenAt === null ? "success" : "failure",
      purpose: "operations",
      details: { checkedThrough: a.checkedThrough, brokenAt: a.brokenAt, checkpointSeq: a.checkpointSeq ?? null },
    });
    return { seq };
  },
});
