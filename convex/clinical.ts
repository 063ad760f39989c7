/**
 * Intake: vitals, allergies, medications and encounters. Each write needs a
 * routine chart grant and writes one audit event in its own transaction.
 */
import { v } from "convex/values";
import type { z } from "zod";
import { allergySchema, encounterSchema, medicationSchema } from "../lib/clinical/entries";
import { vitalsSchema } from "../lib/clinical/vitals";
import { ERROR_CODES } from "../lib/errors";
import { appError, chartMutation, notFound } from "./functions";

function parse<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const r = schema.safeParse(input);
  if (!r.success) throw appError(ERROR_CODES.invalid, r.error.issues.map((i) => i.message).join(" "));
  return r.data;
}

const num = v.optional(v.number());

export const recordVitals = chartMutation({
  permission: "clinical.intake",
  args: {
    encounterId: v.optional(v.id("encounters")),
    vitals: v.object({
      systolic: num,
      diastolic: num,
      heartRate: num,
      respiratoryRate: num,
      temperatureC: num,
      spo2: num,
      weightKg: num,
      heightCm: num,
      painScore: num,
    }),
  },
  returns: v.id("vitals"),
  handler: async (ctx, { patientId, encounterId, vitals }) => {
    const values = parse(vitalsSchema, vitals);
    if (encounterId !== undefined) {
      const encounter = await ctx.db.get("encounters", encounterId);
      if (encounter === null || encounter.patientId !== patientId) notFound("Encounter");
    }
    const id = await ctx.db.insert("vitals", {
      practiceId: ctx.practiceId,
      patientId,
      encounterId,
      takenAt: Date.now(),
      recordedBy: ctx.member._id,
      ...values,
    });
    await ctx.audit({
      action: "create",
      verb: "vitals.record",
      category: "clinical",
      patientId,
      resource: { table: "vitals", id },
      details: { fields: Object.keys(values).sort().join(",") },
    });
    return id;
  },
});

export const addAllergy = chartMutation({
  permission: "clinical.intake",
  args: { substance: v.string(), reaction: v.string(), severity: v.string() },
  returns: v.id("allergies"),
  handler: async (ctx, { patientId, ...input }) => {
    const a = parse(allergySchema, input);
    const id = await ctx.db.insert("allergies", {
      practiceId: ctx.practiceId,
      patientId,
      ...a,
      status: "active",
      recordedBy: ctx.member._id,
      recordedAt: Date.now(),
    });
    await ctx.audit({ action: "create", verb: "allergy.add", category: "clinical", patientId, resource: { table: "allergies", id }, details: { severity: a.severity } });
    return id;
  },
});

export const addMedication = chartMutation({
  permission: "clinical.intake",
  args: { name: v.string(), dose: v.string(), route: v.string(), frequency: v.string() },
  returns: v.id("medications"),
  handler: async (ctx, { patientId, ...input }) => {
    const m = parse(medicationSchema, input);
    const id = await ctx.db.insert("medications", {
      practiceId: ctx.practiceId,
      patientId,
      ...m,
      status: "active",
      recordedBy: ctx.member._id,
      recordedAt: Date.now(),
    });
    await ctx.audit({ action: "create", verb: "medication.add", category: "clinical", patientId, resource: { table: "medications", id } });
    return id;
  },
});

export const startEncounter = chartMutation({
  permission: "clinical.intake",
  args: { type: v.string(), chiefComplaint: v.optional(v.string()) },
  returns: v.id("encounters"),
  handler: async (ctx, { patientId, ...input }) => {
    const e = parse(encounterSchema, input);
    const id = await ctx.db.insert("encounters", {
      practiceId: ctx.practiceId,
      patientId,
      startedAt: Date.now(),
      type: e.type,
      status: "open",
      chiefComplaint: e.chiefComplaint === "" ? undefined : e.chiefComplaint,
      providerId: ctx.member.role === "physician" ? ctx.member._id : undefined,
      startedBy: ctx.member._id,
    });
    await ctx.audit({ action: "create", verb: "encounter.start", category: "clinical", patientId, resource: { table: "encounters", id }, details: { type: e.type } });
    return id;
  },
});
