/**
 * What the physician does with the AI assistant's text: watch it arrive, stop
 * it, and accept, edit or delete each part. Accepted and edited text moves
 * into the note; nothing AI-written is signed unread (notes.sign checks).
 */
import { v } from "convex/values";
import { z } from "zod";
import { ERROR_CODES } from "../lib/errors";
import { SOAP_SECTION_MAX } from "../lib/clinical/entries";
import type { Doc, Id } from "./_generated/dataModel";
import type { DatabaseReader } from "./_generated/server";
import { appError, chartMutation, chartQuery, notFound } from "./functions";
import { aiOutcomeValidator, aiPartStateValidator, aiSectionValidator } from "./schema";

/** A call still "running" this long after it began has lost its action (a restart); it reads as incomplete. */
export const STALE_CALL_MS = 5 * 60_000;

const callView = v.object({
  _id: v.id("aiCalls"),
  kind: v.union(v.literal("soap"), v.literal("summary")),
  noteId: v.id("notes"),
  status: v.union(v.literal("running"), v.literal("complete"), v.literal("incomplete")),
  outcome: v.union(aiOutcomeValidator, v.null()),
  stopRequested: v.boolean(),
  modelId: v.string(),
  promptHash: v.string(),
  receiptTotal: v.number(),
  startedAt: v.number(),
  endedAt: v.union(v.number(), v.null()),
  by: v.union(v.string(), v.null()),
});

const partView = v.object({
  _id: v.id("aiParts"),
  callId: v.id("aiCalls"),
  noteId: v.id("notes"),
  section: aiSectionValidator,
  text: v.string(),
  state: aiPartStateValidator,
  modelId: v.string(),
  promptHash: v.string(),
  at: v.number(),
  receiptTotal: v.number(),
  reviewedBy: v.union(v.string(), v.null()),
  reviewedAt: v.union(v.number(), v.null()),
});

async function nameOf(db: DatabaseReader, id: Id<"members"> | undefined, cache: Map<string, string | null>) {
  if (id === undefined) return null;
  if (!cache.has(id)) cache.set(id, (await db.get("members", id))?.name ?? null);
  return cache.get(id) ?? null;
}

/** The assistant's calls and parts for one encounter, live. */
export const encounterState = chartQuery({
  permission: "clinical.view",
  args: { encounterId: v.id("encounters") },
  returns: v.object({ calls: v.array(callView), parts: v.array(partView) }),
  handler: async (ctx, { patientId, encounterId }) => {
    const encounter = await ctx.db.get("encounters", encounterId);
    if (encounter === null || encounter.patientId !== patientId) notFound("Encounter");
    const names = new Map<string, string | null>();
    const calls = await ctx.db
      .query("aiCalls")
      .withIndex("by_encounter_and_start", (q) => q.eq("encounterId", encounterId))
      .order("desc")
      .take(20);
    const byId = new Map(calls.map((c) => [c._id as string, c]));
    const now = Date.now();
    const parts = (await ctx.db.query("aiParts").withIndex("by_encounter", (q) => q.eq("encounterId", encounterId)).take(200)).filter(
      (p) => p.state !== "superseded",
    );
    return {
      calls: await Promise.all(
        calls.map(async (c) => {
          const stale = c.status === "running" && now - c.startedAt > STALE_CALL_MS;
          return {
            _id: c._id,
            kind: c.kind,
            noteId: c.noteId,
            status: stale ? ("incomplete" as const) : c.status,
            outcome: stale ? ("failed" as const) : (c.outcome ?? null),
            stopRequested: c.stopRequested,
            modelId: c.modelId,
            promptHash: c.promptHash,
            receiptTotal: c.receipt.total,
            startedAt: c.startedAt,
            endedAt: c.endedAt ?? null,
            by: await nameOf(ctx.db, c.memberId, names),
          };
        }),
      ),
      parts: await Promise.all(
        parts.map(async (p) => ({
          _id: p._id,
          callId: p.callId,
          noteId: p.noteId,
          section: p.section,
          text: p.text,
          state: p.state,
          modelId: p.modelId,
          promptHash: p.promptHash,
          at: p.at,
          receiptTotal: byId.get(p.callId)?.receipt.total ?? 0,
          reviewedBy: await nameOf(ctx.db, p.reviewedBy, names),
          reviewedAt: p.reviewedAt ?? null,
        })),
      ),
    };
  },
});

/** Stop: the running call ends at its next chunk and keeps what it wrote. */
export const stop = chartMutation({
  permission: "ai.draft",
  args: { callId: v.id("aiCalls") },
  returns: v.null(),
  handler: async (ctx, { patientId, callId }) => {
    const call = await ctx.db.get("aiCalls", callId);
    if (call === null || call.patientId !== patientId || call.memberId !== ctx.member._id) notFound("Model call");
    if (call.status === "running" && !call.stopRequested) await ctx.db.patch("aiCalls", callId, { stopRequested: true });
    return null;
  },
});

const editedText = z.string().trim().min(1, "The edited text is empty. Delete the part instead.").max(SOAP_SECTION_MAX, `A section is limited to ${SOAP_SECTION_MAX} characters.`);

const noteFields = v.object({ subjective: v.string(), objective: v.string(), assessment: v.string(), plan: v.string(), updatedAt: v.number() });

/**
 * Accept (as written), edit (the physician's text replaces it) or delete one
 * AI part. Accepted and edited SOAP text is appended to the note's section;
 * a summary part is approved for sharing. Returns the note's sections after
 * the change, for the editor to adopt.
 */
export const reviewPart = chartMutation({
  permission: "notes.write",
  args: { partId: v.id("aiParts"), decision: v.union(v.literal("accept"), v.literal("edit"), v.literal("delete")), text: v.optional(v.string()) },
  returns: v.union(noteFields, v.null()),
  handler: async (ctx, { patientId, partId, decision, text }) => {
    const part = await ctx.db.get("aiParts", partId);
    if (part === null || part.patientId !== patientId || part.state === "superseded") notFound("AI-drafted part");
    if (part.state === "streaming") throw appError(ERROR_CODES.conflict, "This part is still being written. Wait for it or press Stop.");
    if (part.state !== "pending") throw appError(ERROR_CODES.conflict, "This part has already been reviewed.");
    if (decision !== "edit" && text !== undefined) throw appError(ERROR_CODES.invalid, "Text goes only with Edit.");
    let finalText = part.text;
    if (decision === "edit") {
      const parsed = editedText.safeParse(text ?? "");
      if (!parsed.success) throw appError(ERROR_CODES.invalid, parsed.error.issues.map((i) => i.message).join(" "));
      finalText = parsed.data;
    }
    const now = Date.now();
    const state: Doc<"aiParts">["state"] = decision === "accept" ? "accepted" : decision === "edit" ? "edited" : "deleted";
    await ctx.db.patch("aiParts", partId, { state, reviewedBy: ctx.member._id, reviewedAt: now, ...(decision === "edit" ? { text: finalText } : {}) });
    await ctx.audit({
      action: "update",
      verb: "ai.review",
      category: "clinical",
      patientId,
      resource: { table: "aiParts", id: partId },
      details: { decision, section: part.section, callId: part.callId },
    });
    if (part.section === "summary") return null;
    const note = await ctx.db.get("notes", part.noteId);
    if (note === null || note.patientId !== patientId) notFound("Note");
    if (note.status !== "draft") throw appError(ERROR_CODES.conflict, "This note is signed and can no longer change.");
    if (decision === "delete") return { subjective: note.subjective, objective: note.objective, assessment: note.assessment, plan: note.plan, updatedAt: note.updatedAt };
    const section = part.section;
    const current = note[section].trimEnd();
    const merged = current === "" ? finalText : `${current}\n\n${finalText}`;
    if (merged.length > SOAP_SECTION_MAX) throw appError(ERROR_CODES.invalid, `A section is limited to ${SOAP_SECTION_MAX} characters. Shorten it, or edit the part first.`);
    await ctx.db.patch("notes", note._id, { [section]: merged, updatedAt: now });
    const next = { ...note, [section]: merged };
    return { subjective: next.subjective, objective: next.objective, assessment: next.assessment, plan: next.plan, updatedAt: now };
  },
});
