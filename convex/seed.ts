/**
 * Loads the offline stack's synthetic practices (internal: called with the
 * deployment's admin key by `npm run dev` / `npm run reset`, never by clients).
 */
import { v } from "convex/values";
import type { Infer } from "convex/values";
import { addendumContentHash, noteContentHash } from "../lib/clinical/note-hash";
import { searchKey } from "../lib/search";
import { addDays, localDate, weekdayOf, zonedToUtc } from "../lib/schedule/time";
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
    await seedScheduleConfig(ctx, practiceId);
    return "created" as const;
  },
});

const TYPES = [
  { name: "New patient", durationMinutes: 40, color: "#7c3aed" },
  { name: "Follow-up", durationMinutes: 20, color: "#1f9d8b" },
  { name: "Annual physical", durationMinutes: 30, color: "#0369a1" },
  { name: "Telehealth", durationMinutes: 20, color: "#b45309" },
] as const;

/** A main clinic, the usual visit types, and weekday hours (with a lunch break) for each physician. */
async function seedScheduleConfig(ctx: MutationCtx, practiceId: Id<"practices">) {
  const locationId = await ctx.db.insert("locations", { practiceId, name: "Main clinic" });
  for (const t of TYPES) await ctx.db.insert("appointmentTypes", { practiceId, ...t });
  const members = await ctx.db
    .query("members")
    .withIndex("by_practice_and_user", (q) => q.eq("practiceId", practiceId))
    .take(1000);
  for (const m of members.filter((x) => x.role === "physician")) {
    for (let weekday = 1; weekday <= 5; weekday++) {
      await ctx.db.insert("availability", {
        practiceId,
        providerId: m._id,
        locationId,
        weekday,
        blocks: [
          { start: "08:30", end: "12:00" },
          { start: "13:00", end: "17:00" },
        ],
      });
    }
  }
}

const SLOT_TIMES = ["08:30", "09:10", "09:50", "10:30", "11:10", "13:00", "13:40", "14:20", "15:00", "15:40"] as const;

/**
 * Appointments from `fromDay` to `toDay` days around today for each physician,
 * with patients seen recently (so the demo's clinicians have a care
 * relationship with them). Past visits are completed, today's are spread over
 * the patient flow, future ones scheduled.
 */
export const loadSchedule = internalMutation({
  args: { slug: v.string(), fromDay: v.number(), toDay: v.number(), perDay: v.number() },
  returns: v.number(),
  handler: async (ctx, { slug, fromDay, toDay, perDay }) => {
    const practice = await ctx.db
      .query("practices")
      .withIndex("by_slug", (q) => q.eq("slug", slug))
      .unique();
    if (practice === null) throw new Error(`no practice ${slug}`);
    const practiceId = practice._id;
    const tz = practice.timezone;
    const now = Date.now();
    const today = localDate(now, tz);
    const members = await ctx.db
      .query("members")
      .withIndex("by_practice_and_user", (q) => q.eq("practiceId", practiceId))
      .take(1000);
    const physicians = members.filter((m) => m.role === "physician").sort((a, b) => a.email.localeCompare(b.email));
    const types = await ctx.db.query("appointmentTypes").withIndex("by_practice", (q) => q.eq("practiceId", practiceId)).take(10);
    const location = await ctx.db.query("locations").withIndex("by_practice", (q) => q.eq("practiceId", practiceId)).first();
    const recent = await ctx.db
      .query("encounters")
      .withIndex("by_practice_and_start", (q) => q.eq("practiceId", practiceId).gte("startedAt", now - 30 * DAY))
      .take(2000);
    const patientIds = [...new Set(recent.map((e) => e.patientId))];
    if (location === null || types.length === 0 || patientIds.length === 0 || physicians.length === 0) return 0;
    let made = 0;
    let cursor = 0;
    for (let d = fromDay; d <= toDay; d++) {
      const date = addDays(today, d);
      const weekday = weekdayOf(date);
      if (weekday === 0 || weekday === 6) continue;
      for (const [pi, physician] of physicians.entries()) {
        for (let i = 0; i < Math.min(perDay, SLOT_TIMES.length); i++) {
          const patientId = patientIds[cursor++ % patientIds.length]!;
          const type = types[(i + pi) % types.length]!;
          const start = zonedToUtc(date, SLOT_TIMES[i]!, tz);
          const end = start + type.durationMinutes * 60_000;
          const clash = await ctx.db
            .query("appointments")
            .withIndex("by_patient_and_start", (q) => q.eq("patientId", patientId).gt("start", start - 8 * 3_600_000).lt("start", end))
            .first();
          if (clash !== null && clash.end > start) continue;
          const status =
            d < 0
              ? i % 9 === 4
                ? ("no_show" as const)
                : ("completed" as const)
              : d === 0
                ? (["completed", "with_provider", "roomed", "arrived", "scheduled", "scheduled", "scheduled", "scheduled", "scheduled", "scheduled"] as const)[i]!
                : ("scheduled" as const);
          await ctx.db.insert("appointments", {
            practiceId,
            patientId,
            providerId: physician._id,
            locationId: location._id,
            typeId: type._id,
            date,
            start,
            end,
            status,
            statusChangedAt: status === "scheduled" ? start - 7 * DAY : Math.min(now, start + 5 * 60_000),
            arrivedAt: status === "scheduled" || status === "no_show" ? undefined : Math.min(now, start - 10 * 60_000),
            bookedBy: physician._id,
          });
          made++;
        }
      }
    }
    return made;
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
