/**
 * The AI assistant's database side, called by the model-call actions in
 * convex/aiDraft.ts. Every function re-checks the caller (member, permission,
 * routine chart grant) from the identity the action carries, loads only this
 * patient's rows, and writes the call, the exact minimised text that left, the
 * drafted parts and one `ai.draft` audit event per call.
 */
import { v, type Infer } from "convex/values";
import { ERROR_CODES } from "../lib/errors";
import type { Doc, Id } from "./_generated/dataModel";
import type { DatabaseReader, DatabaseWriter } from "./_generated/server";
import { actionCallerValidator, appError, callerForChart, internalMutation, notFound } from "./functions";
import { appendAuditEvent } from "./model/audit";
import { enforceRateLimit } from "./model/rateLimits";
import { aiOutcomeValidator, receiptValidator } from "./schema";
import { ageBand } from "../lib/ai/prompt";

const sectionsV = v.object({ subjective: v.string(), objective: v.string(), assessment: v.string(), plan: v.string() });
const personV = v.object({ firstName: v.string(), lastName: v.string(), middleName: v.optional(v.string()) });
const kindV = v.union(v.literal("soap"), v.literal("summary"));
export type AiKind = Infer<typeof kindV>;

function splitName(name: string): { firstName: string; lastName: string } | null {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2) return parts[0] ? { firstName: parts[0], lastName: parts[0] } : null;
  return { firstName: parts.slice(0, -1).join(" "), lastName: parts[parts.length - 1]! };
}

function vitalsLine(vt: Doc<"vitals"> | null): string | null {
  if (vt === null) return null;
  const parts: string[] = [];
  if (vt.systolic !== undefined && vt.diastolic !== undefined) parts.push(`BP ${vt.systolic}/${vt.diastolic} mmHg`);
  if (vt.heartRate !== undefined) parts.push(`HR ${vt.heartRate} bpm`);
  if (vt.respiratoryRate !== undefined) parts.push(`RR ${vt.respiratoryRate}/min`);
  if (vt.temperatureC !== undefined) parts.push(`Temp ${vt.temperatureC} °C`);
  if (vt.spo2 !== undefined) parts.push(`SpO2 ${vt.spo2}%`);
  if (vt.weightKg !== undefined) parts.push(`Weight ${vt.weightKg} kg`);
  if (vt.painScore !== undefined) parts.push(`Pain ${vt.painScore}/10`);
  return parts.length === 0 ? null : parts.join(", ");
}

async function encounterOf(db: DatabaseReader, encounterId: Id<"encounters">, patientId: Id<"patients">) {
  const e = await db.get("encounters", encounterId);
  if (e === null || e.patientId !== patientId) notFound("Encounter");
  return e;
}

/**
 * Rate limits the call and loads, by deterministic code, only this
 * encounter's minimum context, plus the identifiers the minimiser must find
 * (the patient's record, the emergency contact, the practice's staff).
 */
export const prepare = internalMutation({
  args: { patientId: v.id("patients"), encounterId: v.id("encounters") },
  returns: v.object({
    context: v.object({
      ageBand: v.string(),
      sex: v.string(),
      problems: v.array(v.string()),
      medications: v.array(v.string()),
      allergies: v.array(v.string()),
      vitals: v.union(v.string(), v.null()),
      chiefComplaint: v.union(v.string(), v.null()),
    }),
    known: v.object({
      patient: v.object({
        firstName: v.string(),
        lastName: v.string(),
        middleName: v.optional(v.string()),
        dob: v.string(),
        mrn: v.string(),
        phone: v.optional(v.string()),
        email: v.optional(v.string()),
        address: v.optional(v.object({ line1: v.string(), city: v.string(), state: v.string(), zip: v.string() })),
      }),
      otherPeople: v.array(personV),
    }),
    visitDate: v.string(),
  }),
  handler: async (ctx, { patientId, encounterId }) => {
    const { m, db, patient } = await callerForChart(ctx, patientId, "ai.draft");
    await enforceRateLimit(ctx.db, "aiMember", m.member._id);
    await enforceRateLimit(ctx.db, "aiPractice", m.practiceId);
    const encounter = await encounterOf(db, encounterId, patientId);
    const problems = (await db.query("problems").withIndex("by_patient", (q) => q.eq("patientId", patientId)).take(100)).filter((p) => p.status === "active").map((p) => `${p.description} (${p.icd10})`);
    const medications = (await db.query("medications").withIndex("by_patient", (q) => q.eq("patientId", patientId)).take(100)).filter((x) => x.status === "active").map((x) => `${x.name} ${x.dose} ${x.route} ${x.frequency}`);
    const allergies = (await db.query("allergies").withIndex("by_patient", (q) => q.eq("patientId", patientId)).take(100)).filter((a) => a.status === "active").map((a) => `${a.substance} (${a.reaction}, ${a.severity})`);
    const latest = await db
      .query("vitals")
      .withIndex("by_patient_and_time", (q) => q.eq("patientId", patientId))
      .order("desc")
      .first();
    const staff = await db
      .query("members")
      .withIndex("by_practice_and_user", (q) => q.eq("practiceId", m.practiceId))
      .take(500);
    const otherPeople = [patient.emergencyContact?.name, ...staff.map((s) => s.name)]
      .filter((n): n is string => typeof n === "string")
      .map(splitName)
      .filter((p): p is { firstName: string; lastName: string } => p !== null);
    return {
      context: {
        ageBand: ageBand(patient.dob, encounter.startedAt),
        sex: patient.sex,
        problems,
        medications,
        allergies,
        vitals: vitalsLine(latest),
        chiefComplaint: encounter.chiefComplaint ?? null,
      },
      known: {
        patient: {
          firstName: patient.firstName,
          lastName: patient.lastName,
          ...(patient.middleName !== undefined ? { middleName: patient.middleName } : {}),
          dob: patient.dob,
          mrn: patient.mrn,
          ...(patient.phone !== undefined ? { phone: patient.phone } : {}),
          ...(patient.email !== undefined ? { email: patient.email } : {}),
          ...(patient.address !== undefined ? { address: patient.address } : {}),
        },
        otherPeople,
      },
      visitDate: new Date(encounter.startedAt).toISOString().slice(0, 10),
    };
  },
});

/** The signed note an after-visit summary is written from. */
export const signedNoteText = internalMutation({
  args: { patientId: v.id("patients"), noteId: v.id("notes") },
  returns: v.object({ encounterId: v.id("encounters"), sections: sectionsV }),
  handler: async (ctx, { patientId, noteId }) => {
    const { db } = await callerForChart(ctx, patientId, "ai.draft");
    const note = await db.get("notes", noteId);
    if (note === null || note.patientId !== patientId) notFound("Note");
    if (note.status !== "signed") throw appError(ERROR_CODES.conflict, "An after-visit summary is written from a signed note. Sign the note first.");
    return { encounterId: note.encounterId, sections: { subjective: note.subjective, objective: note.objective, assessment: note.assessment, plan: note.plan } };
  },
});

async function draftNoteFor(db: DatabaseWriter, practiceId: Id<"practices">, memberId: Id<"members">, patientId: Id<"patients">, encounterId: Id<"encounters">, noteId: Id<"notes"> | undefined) {
  if (noteId !== undefined) {
    const note = await db.get("notes", noteId);
    if (note === null || note.patientId !== patientId || note.encounterId !== encounterId) notFound("Note");
    if (note.status !== "draft") throw appError(ERROR_CODES.conflict, "This note is signed. Start an addendum instead.");
    return { noteId, created: false };
  }
  const notes = await db.query("notes").withIndex("by_encounter", (q) => q.eq("encounterId", encounterId)).take(20);
  if (notes.some((n) => n.status === "signed")) throw appError(ERROR_CODES.conflict, "This encounter's note is signed.");
  const draft = notes.find((n) => n.status === "draft");
  if (draft !== undefined) return { noteId: draft._id, created: false };
  const id = await db.insert("notes", {
    practiceId,
    patientId,
    encounterId,
    authorId: memberId,
    status: "draft",
    subjective: "",
    objective: "",
    assessment: "",
    plan: "",
    updatedAt: Date.now(),
  });
  return { noteId: id, created: true };
}

/**
 * Records the call and exactly what is about to leave the practice, before it
 * leaves; opens empty parts the stream fills. A newer draft supersedes parts
 * of earlier calls nobody reviewed.
 */
export const begin = internalMutation({
  args: {
    patientId: v.id("patients"),
    encounterId: v.id("encounters"),
    noteId: v.optional(v.id("notes")),
    kind: kindV,
    modelId: v.string(),
    promptHash: v.string(),
    system: v.string(),
    user: v.string(),
    receipt: receiptValidator,
  },
  returns: v.object({ callId: v.id("aiCalls"), noteId: v.id("notes") }),
  handler: async (ctx, a) => {
    const { m } = await callerForChart(ctx, a.patientId, "ai.draft");
    let noteId: Id<"notes">;
    if (a.kind === "soap") {
      const r = await draftNoteFor(ctx.db, m.practiceId, m.member._id, a.patientId, a.encounterId, a.noteId);
      noteId = r.noteId;
      if (r.created) {
        await appendAuditEvent(ctx.db, m.practiceId, { kind: "member", memberId: m.member._id, userId: m.user._id, role: m.member.role }, {
          action: "create",
          verb: "note.draft",
          category: "clinical",
          patientId: a.patientId,
          resource: { table: "notes", id: noteId },
        });
      }
    } else {
      if (a.noteId === undefined) notFound("Note");
      noteId = a.noteId;
    }
    const running = await ctx.db
      .query("aiCalls")
      .withIndex("by_encounter_and_start", (q) => q.eq("encounterId", a.encounterId))
      .order("desc")
      .take(20);
    if (running.some((c) => c.status === "running" && c.kind === a.kind && Date.now() - c.startedAt < 5 * 60_000)) {
      throw appError(ERROR_CODES.conflict, "A draft is already being written for this visit. Wait for it or stop it.");
    }
    const now = Date.now();
    for (const part of await ctx.db.query("aiParts").withIndex("by_note", (q) => q.eq("noteId", noteId)).take(200)) {
      const sameKind = (part.section === "summary") === (a.kind === "summary");
      if (sameKind && (part.state === "pending" || part.state === "streaming")) await ctx.db.patch("aiParts", part._id, { state: "superseded" });
    }
    const callId = await ctx.db.insert("aiCalls", {
      practiceId: m.practiceId,
      patientId: a.patientId,
      encounterId: a.encounterId,
      noteId,
      memberId: m.member._id,
      kind: a.kind,
      status: "running",
      stopRequested: false,
      modelId: a.modelId,
      promptHash: a.promptHash,
      receipt: a.receipt,
      startedAt: now,
    });
    await ctx.db.insert("aiPrompts", { practiceId: m.practiceId, callId, system: a.system, user: a.user });
    const sections = a.kind === "soap" ? (["subjective", "objective", "assessment", "plan"] as const) : (["summary"] as const);
    for (const section of sections) {
      await ctx.db.insert("aiParts", {
        practiceId: m.practiceId,
        patientId: a.patientId,
        encounterId: a.encounterId,
        noteId,
        callId,
        section,
        text: "",
        state: "streaming",
        modelId: a.modelId,
        promptHash: a.promptHash,
        at: now,
      });
    }
    return { callId, noteId };
  },
});

const partTextsV = v.record(v.string(), v.string());

async function ownRunningCall(ctx: { db: DatabaseReader }, callId: Id<"aiCalls">, patientId: Id<"patients">, memberId: Id<"members">) {
  const call = await ctx.db.get("aiCalls", callId);
  if (call === null || call.patientId !== patientId || call.memberId !== memberId) notFound("Model call");
  return call;
}

/**
 * Streams into one part per section; at the end a SOAP section with several
 * paragraphs becomes one part per paragraph, each reviewed on its own.
 */
async function writeParts(db: DatabaseWriter, callId: Id<"aiCalls">, texts: Record<string, string>, final: boolean) {
  for (const part of await db.query("aiParts").withIndex("by_call", (q) => q.eq("callId", callId)).take(10)) {
    if (part.state !== "streaming") continue;
    const text = texts[part.section] ?? part.text;
    if (!final) {
      if (text !== part.text) await db.patch("aiParts", part._id, { text });
      continue;
    }
    const now = Date.now();
    const paragraphs = part.section === "summary" ? [text.trim()] : text.split(/\n\s*\n/).map((p) => p.trim());
    const kept = paragraphs.filter((p) => p !== "");
    if (kept.length === 0) {
      await db.delete("aiParts", part._id);
      continue;
    }
    await db.patch("aiParts", part._id, { text: kept[0]!, state: "pending", at: now });
    const { _id: _drop, _creationTime: _t, ...fields } = part;
    for (const p of kept.slice(1)) await db.insert("aiParts", { ...fields, text: p, state: "pending", at: now });
  }
}

/** Streamed text so far (already rehydrated), section by section. Answers whether Stop was pressed. */
export const progress = internalMutation({
  args: { patientId: v.id("patients"), callId: v.id("aiCalls"), texts: partTextsV },
  returns: v.object({ stop: v.boolean() }),
  handler: async (ctx, { patientId, callId, texts }) => {
    const { m } = await callerForChart(ctx, patientId, "ai.draft");
    const call = await ownRunningCall(ctx, callId, patientId, m.member._id);
    if (call.status !== "running") return { stop: true };
    await writeParts(ctx.db, callId, texts, false);
    return { stop: call.stopRequested };
  },
});

/**
 * Ends a call: final text, outcome, tokens, and its one `ai.draft` audit event
 * (ids, codes and counts only). Runs even when the caller's access ended
 * mid-call, so every call that left the practice is recorded.
 */
export const finish = internalMutation({
  args: {
    patientId: v.id("patients"),
    callId: v.id("aiCalls"),
    caller: actionCallerValidator,
    texts: partTextsV,
    outcome: aiOutcomeValidator,
    inputTokens: v.optional(v.number()),
    outputTokens: v.optional(v.number()),
    unknownPlaceholders: v.number(),
  },
  returns: v.null(),
  handler: async (ctx, a) => {
    const call = await ownRunningCall(ctx, a.callId, a.patientId, a.caller.memberId);
    if (call.practiceId !== a.caller.practiceId) notFound("Model call");
    if (call.status !== "running") return null;
    await writeParts(ctx.db, a.callId, a.texts, true);
    const endedAt = Date.now();
    const receiptDetails = Object.fromEntries(Object.entries(call.receipt.counts).map(([type, n]) => [`receipt.${type}`, n]));
    const { seq } = await appendAuditEvent(
      ctx.db,
      call.practiceId,
      { kind: "member", memberId: a.caller.memberId, userId: a.caller.userId, role: a.caller.role as Doc<"members">["role"] },
      {
        action: "execute",
        verb: "ai.draft",
        category: "ai",
        outcome: a.outcome === "complete" || a.outcome === "stopped" ? "success" : "failure",
        patientId: call.patientId,
        resource: { table: "aiCalls", id: call._id },
        details: {
          kind: call.kind,
          modelId: call.modelId,
          outcome: a.outcome,
          noteId: call.noteId,
          inputTokens: a.inputTokens ?? null,
          outputTokens: a.outputTokens ?? null,
          receiptTotal: call.receipt.total,
          unknownPlaceholders: a.unknownPlaceholders,
          ...receiptDetails,
        },
      },
    );
    await ctx.db.patch("aiCalls", call._id, {
      status: a.outcome === "complete" ? "complete" : "incomplete",
      outcome: a.outcome,
      inputTokens: a.inputTokens,
      outputTokens: a.outputTokens,
      endedAt,
      auditSeq: seq,
    });
    return null;
  },
});
