/**
 * The patient access report: for one patient and a period, everyone who
 * viewed or changed the chart, with role, purpose and emergency flag, and the
 * model calls made for that patient. What a practice needs to answer a
 * patient's request for an accounting of who accessed their record.
 */
import { v } from "convex/values";
import { ERROR_CODES } from "../lib/errors";
import { parsePatientQuery } from "../lib/search";
import { auditRow, describeEvents } from "./auditTrail";
import { appError, auditMutation, notFound } from "./functions";
import { findPatients } from "./model/patientLookup";
import { surnameFirst } from "../lib/chart-format";

const LOOKUP_LIMIT = 10;
/** A report holds at most this many events; a longer period must be split. */
export const REPORT_LIMIT = 2000;

/** Finds the patient a report is for, by name, date of birth or MRN. Audited like any patient search. */
export const lookupPatients = auditMutation({
  permission: "audit.view",
  args: { query: v.string() },
  returns: v.object({
    results: v.array(v.object({ id: v.id("patients"), name: v.string(), mrn: v.string(), dob: v.string() })),
    truncated: v.boolean(),
  }),
  handler: async (ctx, { query }) => {
    await ctx.rateLimit("searchMember");
    const parsed = parsePatientQuery(query);
    if (parsed === null) {
      throw appError(ERROR_CODES.invalid, "Type at least 2 characters: a name, a date of birth (YYYY-MM-DD or M/D/YYYY) or an MRN.");
    }
    const rows = await findPatients(ctx.db, ctx.practiceId, parsed, LOOKUP_LIMIT + 1);
    const results = rows.slice(0, LOOKUP_LIMIT).map((p) => ({ id: p._id, name: surnameFirst(p), mrn: p.mrn, dob: p.dob }));
    await ctx.audit({
      action: "read",
      verb: "patient.lookup",
      category: "audit",
      purpose: "operations",
      details: { kind: parsed.kind, resultCount: results.length, patientIds: results.map((r) => r.id).join(",") },
    });
    return { results, truncated: rows.length > LOOKUP_LIMIT };
  },
});

/** Runs the report (oldest event first) and records that it was run. */
export const run = auditMutation({
  permission: "audit.view",
  args: { patientId: v.id("patients"), from: v.number(), to: v.number() },
  returns: v.object({
    patient: v.object({ id: v.id("patients"), name: v.string(), mrn: v.string(), dob: v.string() }),
    from: v.number(),
    to: v.number(),
    events: v.array(auditRow),
    truncated: v.boolean(),
    summary: v.object({ people: v.number(), views: v.number(), changes: v.number(), emergency: v.number(), modelCalls: v.number() }),
  }),
  handler: async (ctx, { patientId, from, to }) => {
    await ctx.rateLimit("exportMember");
    if (!Number.isFinite(from) || !Number.isFinite(to) || from > to) {
      throw appError(ERROR_CODES.invalid, "Choose a period whose start is on or before its end.");
    }
    const patient = await ctx.db.get("patients", patientId);
    if (patient === null) notFound("Patient");
    const rows = await ctx.db
      .query("auditEvents")
      .withIndex("by_practice_patient_and_at", (q) => q.eq("practiceId", ctx.practiceId).eq("patientId", patientId).gte("at", from).lte("at", to))
      .take(REPORT_LIMIT + 1);
    const events = await describeEvents(ctx.db, rows.slice(0, REPORT_LIMIT));
    const people = new Set(events.map((e) => e.actor.memberId ?? "system"));
    const summary = {
      people: people.size,
      views: events.filter((e) => e.action === "read").length,
      changes: events.filter((e) => e.action === "create" || e.action === "update" || e.action === "delete").length,
      emergency: events.filter((e) => e.emergency).length,
      modelCalls: events.filter((e) => e.category === "ai").length,
    };
    await ctx.audit({
      action: "read",
      verb: "audit.access_report",
      category: "audit",
      purpose: "operations",
      patientId,
      details: { from, to, count: events.length, truncated: rows.length > REPORT_LIMIT },
    });
    return {
      patient: { id: patient._id, name: surnameFirst(patient), mrn: patient.mrn, dob: patient.dob },
      from,
      to,
      events,
      truncated: rows.length > REPORT_LIMIT,
      summary,
    };
  },
});
