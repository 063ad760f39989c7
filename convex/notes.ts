/**
 * SOAP notes: drafts autosave; signing (physicians only) locks the note and
 * stores a SHA-256 of its canonical content. A signed note never changes in
 * place (the row-level rules refuse it too); corrections are signed addenda.
 */
import { v } from "convex/values";
import { addendumSchema, soapDraftSchema, unsignableReason } from "../lib/clinical/entries";
import { addendumContentHash, noteContentHash } from "../lib/clinical/note-hash";
import { ERROR_CODES } from "../lib/errors";
import type { Doc, Id } from "./_generated/dataModel";
import type { DatabaseReader } from "./_generated/server";
import { appError, chartMutation, notFound } from "./functions";

const soapArgs = { subjective: v.string(), objective: v.string(), assessment: v.string(), plan: v.string() };

function invalid(issues: { message: string }[]): never {
  throw appError(ERROR_CODES.invalid, issues.map((i) => i.message).join(" "));
}

async function noteOf(db: DatabaseReader, noteId: Id<"notes">, patientId: Id<"patients">) {
  const note = await db.get("notes", noteId);
  if (note === null || note.patientId !== patientId) notFound("Note");
  return note;
}

/**
 * Signing is refused while AI-drafted text nobody reviewed remains (or is
 * still arriving); otherwise returns what the signature records about it.
 */
async function aiReviewOf(db: DatabaseReader, note: Doc<"notes">) {
  const parts = (await db.query("aiParts").withIndex("by_note", (q) => q.eq("noteId", note._id)).take(200)).filter(
    (p) => p.section !== "summary" && p.state !== "superseded",
  );
  const unreviewed = parts.filter((p) => p.state === "pending" || p.state === "streaming").length;
  if (unreviewed > 0) {
    throw appError(
      ERROR_CODES.conflict,
      `${unreviewed} AI-drafted ${unreviewed === 1 ? "part has" : "parts have"} not been reviewed. Accept, edit or delete each one before signing.`,
    );
  }
  if (parts.length === 0) return null;
  const reviewed = parts.filter((p) => p.state === "accepted" || p.state === "edited");
  const total = note.subjective.length + note.objective.length + note.assessment.length + note.plan.length;
  return {
    parts: parts.length,
    accepted: parts.filter((p) => p.state === "accepted").length,
    edited: parts.filter((p) => p.state === "edited").length,
    deleted: parts.filter((p) => p.state === "deleted").length,
    aiCharacters: reviewed.reduce((n, p) => n + p.text.length, 0),
    totalCharacters: total,
    reviewedBy: [...new Set(parts.map((p) => p.reviewedBy).filter((id): id is Id<"members"> => id !== undefined))],
  };
}

/** Creates the encounter's draft or saves over it; refused once the note is signed. */
export const saveDraft = chartMutation({
  permission: "notes.write",
  args: { encounterId: v.id("encounters"), noteId: v.optional(v.id("notes")), ...soapArgs },
  returns: v.object({ noteId: v.id("notes"), updatedAt: v.number() }),
  handler: async (ctx, { patientId, encounterId, noteId, ...soap }) => {
    const parsed = soapDraftSchema.safeParse(soap);
    if (!parsed.success) invalid(parsed.error.issues);
    const encounter = await ctx.db.get("encounters", encounterId);
    if (encounter === null || encounter.patientId !== patientId) notFound("Encounter");
    const now = Date.now();
    if (noteId === undefined) {
      const id = await ctx.db.insert("notes", {
        practiceId: ctx.practiceId,
        patientId,
        encounterId,
        authorId: ctx.member._id,
        status: "draft",
        ...parsed.data,
        updatedAt: now,
      });
      await ctx.audit({ action: "create", verb: "note.draft", category: "clinical", patientId, resource: { table: "notes", id } });
      return { noteId: id, updatedAt: now };
    }
    const note = await noteOf(ctx.db, noteId, patientId);
    if (note.encounterId !== encounterId) notFound("Note");
    if (note.status === "signed") {
      throw appError(ERROR_CODES.conflict, "This note is signed and can no longer change. Add an addendum instead.");
    }
    await ctx.db.patch("notes", noteId, { ...parsed.data, updatedAt: now });
    await ctx.audit({ action: "update", verb: "note.draft", category: "clinical", patientId, resource: { table: "notes", id: noteId } });
    return { noteId, updatedAt: now };
  },
});

/** Signs a draft: locks it and stores the content hash with signer and time. */
export const sign = chartMutation({
  permission: "notes.sign",
  args: { noteId: v.id("notes") },
  returns: v.object({ signedAt: v.number(), contentHash: v.string() }),
  handler: async (ctx, { patientId, noteId }) => {
    const note = await noteOf(ctx.db, noteId, patientId);
    if (note.status === "signed") throw appError(ERROR_CODES.conflict, "This note is already signed.");
    const ai = await aiReviewOf(ctx.db, note);
    const reason = unsignableReason(note);
    if (reason !== null) throw appError(ERROR_CODES.invalid, reason);
    const signedAt = Date.now();
    const contentHash = noteContentHash({
      noteId,
      patientId,
      subjective: note.subjective,
      objective: note.objective,
      assessment: note.assessment,
      plan: note.plan,
      signedBy: ctx.member._id,
      signedAt,
    });
    await ctx.db.patch("notes", noteId, { status: "signed", signedBy: ctx.member._id, signedAt, contentHash, updatedAt: signedAt, ...(ai !== null ? { ai } : {}) });
    await ctx.audit({
      action: "update",
      verb: "note.sign",
      category: "clinical",
      patientId,
      resource: { table: "notes", id: noteId },
      details: ai === null ? {} : { aiParts: ai.parts, aiAccepted: ai.accepted, aiEdited: ai.edited, aiDeleted: ai.deleted, aiCharacters: ai.aiCharacters },
    });
    return { signedAt, contentHash };
  },
});

/** A signed correction beneath a signed note. */
export const addAddendum = chartMutation({
  permission: "notes.sign",
  args: { noteId: v.id("notes"), text: v.string() },
  returns: v.id("addenda"),
  handler: async (ctx, { patientId, noteId, text }) => {
    const parsed = addendumSchema.safeParse({ text });
    if (!parsed.success) invalid(parsed.error.issues);
    const note = await noteOf(ctx.db, noteId, patientId);
    if (note.status !== "signed") {
      throw appError(ERROR_CODES.conflict, "Addenda are for signed notes. Edit the draft instead.");
    }
    const signedAt = Date.now();
    const contentHash = addendumContentHash({ noteId, text: parsed.data.text, authorId: ctx.member._id, signedAt });
    const id = await ctx.db.insert("addenda", {
      practiceId: ctx.practiceId,
      patientId,
      noteId,
      authorId: ctx.member._id,
      text: parsed.data.text,
      signedAt,
      contentHash,
    });
    await ctx.audit({ action: "create", verb: "note.addendum", category: "clinical", patientId, resource: { table: "addenda", id } });
    return id;
  },
});
