/**
 * The chart, as each role may see it. Two queries with two `returns`
 * validators: front desk and administrative roles get `demographics`, the
 * clinical roles also get `clinical`. What a role may not see is never sent.
 */
import { v } from "convex/values";
import { addendumContentHash, noteContentHash } from "../lib/clinical/note-hash";
import type { Doc, Id } from "./_generated/dataModel";
import type { DatabaseReader } from "./_generated/server";
import { chartQuery } from "./functions";

const addressV = v.object({ line1: v.string(), city: v.string(), state: v.string(), zip: v.string() });

export const demographicsView = v.object({
  patient: v.object({
    _id: v.id("patients"),
    mrn: v.string(),
    firstName: v.string(),
    middleName: v.union(v.string(), v.null()),
    lastName: v.string(),
    dob: v.string(),
    sex: v.union(v.literal("female"), v.literal("male"), v.literal("other"), v.literal("unknown")),
    phone: v.union(v.string(), v.null()),
    email: v.union(v.string(), v.null()),
    address: v.union(addressV, v.null()),
    insurance: v.union(v.null(), v.object({ payer: v.string(), memberNumber: v.string(), groupNumber: v.string() })),
    emergencyContact: v.union(v.null(), v.object({ name: v.string(), relationship: v.string(), phone: v.string() })),
    assignedProvider: v.union(v.string(), v.null()),
    /** The next visits (not cancelled), soonest first. */
    upcomingAppointments: v.array(
      v.object({
        _id: v.id("appointments"),
        start: v.number(),
        typeName: v.string(),
        provider: v.union(v.string(), v.null()),
        status: v.string(),
        /** The practice's time zone: visit times are shown as the practice's clock reads them. */
        timezone: v.string(),
      }),
    ),
  }),
  access: v.object({ expiresAt: v.number(), emergency: v.boolean() }),
});

async function memberName(db: DatabaseReader, id: Id<"members"> | undefined): Promise<string | null> {
  if (id === undefined) return null;
  return (await db.get("members", id))?.name ?? null;
}

async function upcoming(db: DatabaseReader, patientId: Id<"patients">, timezone: string) {
  const since = Date.now() - 12 * 3_600_000;
  const rows = await db
    .query("appointments")
    .withIndex("by_patient_and_start", (q) => q.eq("patientId", patientId).gte("start", since))
    .take(20);
  const out = [];
  for (const a of rows.filter((r) => r.status !== "cancelled" && r.status !== "no_show" && r.status !== "completed").slice(0, 5)) {
    const type = await db.get("appointmentTypes", a.typeId);
    out.push({ _id: a._id, start: a.start, typeName: type?.name ?? "Visit", provider: await memberName(db, a.providerId), status: a.status, timezone });
  }
  return out;
}

/** Demographics, contacts, insurance and upcoming visits: every role that may open a chart. */
export const demographics = chartQuery({
  permission: "demographics.view",
  args: {},
  returns: demographicsView,
  handler: async (ctx) => {
    const p = ctx.patient;
    return {
      patient: {
        _id: p._id,
        mrn: p.mrn,
        firstName: p.firstName,
        middleName: p.middleName ?? null,
        lastName: p.lastName,
        dob: p.dob,
        sex: p.sex,
        phone: p.phone ?? null,
        email: p.email ?? null,
        address: p.address ?? null,
        insurance: p.insurance ?? null,
        emergencyContact: p.emergencyContact ?? null,
        assignedProvider: await memberName(ctx.db, p.assignedProviderId),
        upcomingAppointments: await upcoming(ctx.db, p._id, (await ctx.db.get("practices", ctx.practiceId))?.timezone ?? "UTC"),
      },
      access: { expiresAt: ctx.access.expiresAt, emergency: ctx.access.emergency === true },
    };
  },
});

const vitalsRow = v.object({
  _id: v.id("vitals"),
  takenAt: v.number(),
  systolic: v.union(v.number(), v.null()),
  diastolic: v.union(v.number(), v.null()),
  heartRate: v.union(v.number(), v.null()),
  respiratoryRate: v.union(v.number(), v.null()),
  temperatureC: v.union(v.number(), v.null()),
  spo2: v.union(v.number(), v.null()),
  weightKg: v.union(v.number(), v.null()),
  heightCm: v.union(v.number(), v.null()),
  painScore: v.union(v.number(), v.null()),
});

const noteView = v.object({
  _id: v.id("notes"),
  status: v.union(v.literal("draft"), v.literal("signed")),
  subjective: v.string(),
  objective: v.string(),
  assessment: v.string(),
  plan: v.string(),
  updatedAt: v.number(),
  author: v.union(v.string(), v.null()),
  signedBy: v.union(v.string(), v.null()),
  signedAt: v.union(v.number(), v.null()),
  /** For a signed note: does the stored SHA-256 still match the content? */
  integrity: v.union(v.literal("intact"), v.literal("mismatch"), v.null()),
  /** For a signed note the AI assistant helped draft: how much, and who reviewed it. */
  ai: v.union(
    v.null(),
    v.object({ parts: v.number(), accepted: v.number(), edited: v.number(), deleted: v.number(), aiCharacters: v.number(), totalCharacters: v.number(), reviewers: v.array(v.string()) }),
  ),
  addenda: v.array(
    v.object({
      _id: v.id("addenda"),
      text: v.string(),
      author: v.union(v.string(), v.null()),
      signedAt: v.number(),
      integrity: v.union(v.literal("intact"), v.literal("mismatch")),
    }),
  ),
});

export const clinicalView = v.object({
  allergies: v.array(v.object({ _id: v.id("allergies"), substance: v.string(), reaction: v.string(), severity: v.string(), status: v.string() })),
  problems: v.array(v.object({ _id: v.id("problems"), icd10: v.string(), description: v.string(), onset: v.union(v.string(), v.null()), status: v.string() })),
  medications: v.array(
    v.object({ _id: v.id("medications"), name: v.string(), dose: v.string(), route: v.string(), frequency: v.string(), status: v.string() }),
  ),
  vitals: v.array(vitalsRow),
  encounters: v.array(
    v.object({
      _id: v.id("encounters"),
      startedAt: v.number(),
      type: v.union(v.literal("office"), v.literal("telehealth")),
      status: v.union(v.literal("open"), v.literal("closed")),
      chiefComplaint: v.union(v.string(), v.null()),
      provider: v.union(v.string(), v.null()),
      notes: v.array(noteView),
    }),
  ),
});

function noteIntegrity(n: Doc<"notes">): "intact" | "mismatch" | null {
  if (n.status !== "signed") return null;
  if (n.contentHash === undefined || n.signedBy === undefined || n.signedAt === undefined) return "mismatch";
  const hash = noteContentHash({
    noteId: n._id,
    patientId: n.patientId,
    subjective: n.subjective,
    objective: n.objective,
    assessment: n.assessment,
    plan: n.plan,
    signedBy: n.signedBy,
    signedAt: n.signedAt,
  });
  return hash === n.contentHash ? "intact" : "mismatch";
}

const orNull = <T,>(x: T | undefined): T | null => (x === undefined ? null : x);

/** Allergies, problems, medications, vitals and encounters with notes: clinical roles only. */
export const clinical = chartQuery({
  permission: "clinical.view",
  args: {},
  returns: clinicalView,
  handler: async (ctx, { patientId }) => {
    const allergies = await ctx.db.query("allergies").withIndex("by_patient", (q) => q.eq("patientId", patientId)).take(200);
    const problems = await ctx.db.query("problems").withIndex("by_patient", (q) => q.eq("patientId", patientId)).take(200);
    const medications = await ctx.db.query("medications").withIndex("by_patient", (q) => q.eq("patientId", patientId)).take(200);
    const vitals = await ctx.db
      .query("vitals")
      .withIndex("by_patient_and_time", (q) => q.eq("patientId", patientId))
      .order("desc")
      .take(60);
    const encounters = await ctx.db
      .query("encounters")
      .withIndex("by_patient_and_start", (q) => q.eq("patientId", patientId))
      .order("desc")
      .take(50);
    const names = new Map<string, string | null>();
    const nameOf = async (id: Id<"members"> | undefined) => {
      if (id === undefined) return null;
      if (!names.has(id)) names.set(id, await memberName(ctx.db, id));
      return names.get(id) ?? null;
    };
    const encounterViews = [];
    for (const e of encounters) {
      const notes = await ctx.db.query("notes").withIndex("by_encounter", (q) => q.eq("encounterId", e._id)).take(20);
      const noteViews = [];
      for (const n of notes) {
        const addenda = await ctx.db.query("addenda").withIndex("by_note", (q) => q.eq("noteId", n._id)).take(100);
        noteViews.push({
          _id: n._id,
          status: n.status,
          subjective: n.subjective,
          objective: n.objective,
          assessment: n.assessment,
          plan: n.plan,
          updatedAt: n.updatedAt,
          author: await nameOf(n.authorId),
          signedBy: await nameOf(n.signedBy),
          signedAt: orNull(n.signedAt),
          integrity: noteIntegrity(n),
          ai:
            n.ai === undefined
              ? null
              : {
                  parts: n.ai.parts,
                  accepted: n.ai.accepted,
                  edited: n.ai.edited,
                  deleted: n.ai.deleted,
                  aiCharacters: n.ai.aiCharacters,
                  totalCharacters: n.ai.totalCharacters,
                  reviewers: (await Promise.all(n.ai.reviewedBy.map((id) => nameOf(id)))).filter((x): x is string => x !== null),
                },
          addenda: await Promise.all(
            addenda.map(async (a) => ({
              _id: a._id,
              text: a.text,
              author: await nameOf(a.authorId),
              signedAt: a.signedAt,
              integrity:
                a.authorId !== undefined && addendumContentHash({ noteId: a.noteId, text: a.text, authorId: a.authorId, signedAt: a.signedAt }) === a.contentHash
                  ? ("intact" as const)
                  : ("mismatch" as const),
            })),
          ),
        });
      }
      encounterViews.push({
        _id: e._id,
        startedAt: e.startedAt,
        type: e.type,
        status: e.status,
        chiefComplaint: orNull(e.chiefComplaint),
        provider: await nameOf(e.providerId),
        notes: noteViews,
      });
    }
    return {
      allergies: allergies.map((a) => ({ _id: a._id, substance: a.substance, reaction: a.reaction, severity: a.severity, status: a.status })),
      problems: problems.map((p) => ({ _id: p._id, icd10: p.icd10, description: p.description, onset: orNull(p.onset), status: p.status })),
      medications: medications.map((m) => ({ _id: m._id, name: m.name, dose: m.dose, route: m.route, frequency: m.frequency, status: m.status })),
      vitals: vitals.reverse().map((x) => ({
        _id: x._id,
        takenAt: x.takenAt,
        systolic: orNull(x.systolic),
        diastolic: orNull(x.diastolic),
        heartRate: orNull(x.heartRate),
        respiratoryRate: orNull(x.respiratoryRate),
        temperatureC: orNull(x.temperatureC),
        spo2: orNull(x.spo2),
        weightKg: orNull(x.weightKg),
        heightCm: orNull(x.heightCm),
        painScore: orNull(x.painScore),
      })),
      encounters: encounterViews,
    };
  },
});
