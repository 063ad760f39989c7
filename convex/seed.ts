/**
 * Loads the offline stack's synthetic practices (internal: called with the
 * deployment's admin key by `npm run dev` / `npm run reset`, never by clients).
 */
import { v } from "convex/values";
import type { Infer } from "convex/values";
import { addendumContentHash, noteContentHash } from "../lib/clinical/note-hash";
import { searchKey } from "../lib/search";
import type { Id } from "./_generated/dataModel";
import type { MutationCtx } from "./_generated/server";
import { internalMutation, internalQuery } from "./functions";
import { roleValidator } from "./schema";

const DAY = 86_400_000;

const seedClinical = v.object({
  allergies: v.array(v.object({ substance: v.string(), reaction: v.string(), severity: v.union(v.literal("mild"), v.literal("moderate"), v.literal("severe")) })),
  problems: v.array(v.object({ icd10: v.string(), description: v.string(), onset: v.string(), status: v.union(v.literal("active"), v.literal("resolved")) })),
  medications: v.array(
    v.object({ name: v.string(), dose: v.string(), route: v.string(), frequency: v.string(), status: v.union(v.literal("active"), v.literal("stopped")) }),
  ),
  vitals: v.array(
    v.object({ daysAgo: v.number(), systolic: v.number(), diastolic: v.number(), heartRate: v.number(), temperatureC: v.number(), spo2: v.number(), weightKg: v.number() }),
  ),
  encounters: v.array(
    v.object({
      daysAgo: v.number(),
      type: v.union(v.literal("office"), v.literal("telehealth")),
      chiefComplaint: v.string(),
      note: v.object({ subjective: v.string(), objective: v.string(), assessment: v.string(), plan: v.string(), addenda: v.array(v.string()) }),
    }),
  ),
});

const seedPatient = v.object({
  mrn: v.string(),
  firstName: v.string(),
  middleName: v.optional(v.string()),
  lastName: v.string(),
  dob: v.string(),
  sex: v.union(v.literal("female"), v.literal("male"), v.literal("other"), v.literal("unknown")),
  phone: v.optional(v.string()),
  email: v.optional(v.string()),
  address: v.optional(v.object({ line1: v.string(), city: v.string(), state: v.string(), zip: v.string() })),
  assignedProviderEmail: v.optional(v.string()),
  insurance: v.optional(v.object({ payer: v.string(), memberNumber: v.string(), groupNumber: v.string() })),
  emergencyContact: v.optional(v.object({ name: v.string(), relationship: v.string(), phone: v.string() })),
  clinical: v.optional(seedClinical),
});

const seedPractice = v.object({
  name: v.string(),
  slug: v.string(),
  timezone: v.string(),
  members: v.array(v.object({ email: v.string(), name: v.string(), role: roleValidator, title: v.optional(v.string()) })),
  patients: v.array(seedPatient),
});

/** True when no practice exists yet: the offline stack seeds only an empty database. */
export const isEmpty = internalQuery({
  args: {},
  returns: v.boolean(),
  handler: async (ctx) => (await ctx.db.query("practices").first()) === null,
});

/** How many practices exist (used by the offline stack's tests). */
export const practiceCount = internalQuery({
  args: {},
  returns: v.number(),
  handler: async (ctx) => (await ctx.db.query("practices").take(1000)).length,
});

async function insertPatient(ctx: MutationCtx, practiceId: Id<"practices">, p: Infer<typeof seedPatient>) {
  const { assignedProviderEmail, clinical, ...fields } = p;
  const provider =
    assignedProviderEmail === undefined
      ? null
      : await ctx.db
          .query("members")
          .withIndex("by_practice_and_email", (q) => q.eq("practiceId", practiceId).eq("email", assignedProviderEmail.toLowerCase()))
          .unique();
  const patientId = await ctx.db.insert("patients", {
    practiceId,
    ...fields,
    firstNameKey: searchKey(fields.firstName),
    lastNameKey: searchKey(fields.lastName),
    assignedProviderId: provider?._id,
  });
  if (clinical === undefined) return;
  const now = Date.now();
  const by = provider?._id;
  for (const a of clinical.allergies) {
    await ctx.db.insert("allergies", { practiceId, patientId, ...a, status: "active", recordedBy: by, recordedAt: now - 400 * DAY });
  }
  for (const pr of clinical.problems) {
    await ctx.db.insert("problems", { practiceId, patientId, ...pr, recordedBy: by, recordedAt: now - 400 * DAY });
  }
  for (const m of clinical.medications) {
    await ctx.db.insert("medications", { practiceId, patientId, ...m, recordedBy: by, recordedAt: now - 300 * DAY });
  }
  for (const e of clinical.encounters) {
    const startedAt = now - e.daysAgo * DAY;
    const encounterId = await ctx.db.insert("encounters", {
      practiceId,
      patientId,
      startedAt,
      type: e.type,
      status: "closed",
      chiefComplaint: e.chiefComplaint,
      providerId: by,
      startedBy: by,
    });
    const vitals = clinical.vitals.find((x) => x.daysAgo === e.daysAgo);
    if (vitals !== undefined) {
      const { daysAgo: _d, ...values } = vitals;
      await ctx.db.insert("vitals", { practiceId, patientId, encounterId, takenAt: startedAt + 10 * 60_000, ...values, recordedBy: by });
    }
    if (by === undefined) continue;
    const signedAt = startedAt + 60 * 60_000;
    const { addenda, ...soap } = e.note;
    const noteId = await ctx.db.insert("notes", { practiceId, patientId, encounterId, authorId: by, status: "draft", ...soap, updatedAt: signedAt });
    const contentHash = noteContentHash({ noteId, patientId, ...soap, signedBy: by, signedAt });
    await ctx.db.patch("notes", noteId, { status: "signed", signedBy: by, signedAt, contentHash });
    for (const [i, text] of addenda.entries()) {
      const at = signedAt + (i + 1) * DAY;
      await ctx.db.insert("addenda", {
        practiceId,
        patientId,
        noteId,
        authorId: by,
        text,
        signedAt: at,
        contentHash: addendumContentHash({ noteId, text, authorId: by, signedAt: at }),
      });
    }
  }
}

/**
 * Creates a practice with its members (and any patients given), whole or not
 * at all; a practice whose slug exists is left untouched, so re-running is safe.
 */
export const loadPractice = internalMutation({
  args: { practice: seedPractice },
  returns: v.union(v.literal("created"), v.literal("exists")),
  handler: async (ctx, { practice }) => {
    const existing = await ctx.db
      .query("practices")
      .withIndex("by_slug", (q) => q.eq("slug", practice.slug))
      .unique();
    if (existing !== null) return "exists" as const;
    const practiceId = await ctx.db.insert("practices", {
      name: practice.name,
      slug: practice.slug,
      timezone: practice.timezone,
      idleTimeoutMinutes: 15,
    });
    for (const m of practice.members) {
      await ctx.db.insert("members", { practiceId, ...m, email: m.email.toLowerCase(), status: "active" });
    }
    for (const p of practice.patients) await insertPatient(ctx, practiceId, p);
    return "created" as const;
  },
});

/** Adds a batch of patients to a seeded practice (batches keep each transaction small). */
export const loadPatients = internalMutation({
  args: { slug: v.string(), patients: v.array(seedPatient) },
  returns: v.number(),
  handler: async (ctx, { slug, patients }) => {
    const practice = await ctx.db
      .query("practices")
      .withIndex("by_slug", (q) => q.eq("slug", slug))
      .unique();
    if (practice === null) throw new Error(`no practice ${slug}`);
    let added = 0;
    for (const p of patients) {
      const exists = await ctx.db
        .query("patients")
        .withIndex("by_practice_and_mrn", (q) => q.eq("practiceId", practice._id).eq("mrn", p.mrn))
        .first();
      if (exists !== null) continue;
      await insertPatient(ctx, practice._id, p);
      added += 1;
    }
    return added;
  },
});
