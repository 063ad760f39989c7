/**
 * The calendar: configuration for booking forms, free slots, and the day view
 * (under an audited grant per date, since it lists patients).
 */
import { v } from "convex/values";
import { ERROR_CODES } from "../lib/errors";
import { freeSlots } from "../lib/schedule/slots";
import { holdsSlot } from "../lib/schedule/status";
import { addDays, isValidDate, localDate, zonedToUtc } from "../lib/schedule/time";
import type { Id } from "./_generated/dataModel";
import { appError, memberMutation, memberQuery, scheduleQuery } from "./functions";
import { MAX_DURATION_MINUTES, practiceOf, workingBlocks } from "./model/schedule";
import { surnameFirst } from "../lib/chart-format";

const statusV = v.union(
  v.literal("scheduled"),
  v.literal("arrived"),
  v.literal("roomed"),
  v.literal("with_provider"),
  v.literal("completed"),
  v.literal("cancelled"),
  v.literal("no_show"),
);

function requireDate(date: string) {
  if (!isValidDate(date)) throw appError(ERROR_CODES.invalid, "Enter a valid date (YYYY-MM-DD).");
}

/** Providers, visit types and locations for booking forms (no patient data). */
export const config = memberQuery({
  permission: "schedule.view",
  args: {},
  returns: v.object({
    timezone: v.string(),
    today: v.string(),
    providers: v.array(v.object({ _id: v.id("members"), name: v.string(), title: v.union(v.string(), v.null()) })),
    types: v.array(v.object({ _id: v.id("appointmentTypes"), name: v.string(), durationMinutes: v.number(), color: v.string() })),
    locations: v.array(v.object({ _id: v.id("locations"), name: v.string() })),
  }),
  handler: async (ctx) => {
    const practice = await practiceOf(ctx.db, ctx.practiceId);
    const members = await ctx.db
      .query("members")
      .withIndex("by_practice_and_user", (q) => q.eq("practiceId", ctx.practiceId))
      .take(1000);
    return {
      timezone: practice.timezone,
      today: localDate(Date.now(), practice.timezone),
      providers: members
        .filter((m) => m.role === "physician" && m.status === "active")
        .map((m) => ({ _id: m._id, name: m.name, title: m.title ?? null }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      types: (await ctx.db.query("appointmentTypes").withIndex("by_practice", (q) => q.eq("practiceId", ctx.practiceId)).take(50)).map((t) => ({
        _id: t._id,
        name: t.name,
        durationMinutes: t.durationMinutes,
        color: t.color,
      })),
      locations: (await ctx.db.query("locations").withIndex("by_practice", (q) => q.eq("practiceId", ctx.practiceId)).take(50)).map((l) => ({
        _id: l._id,
        name: l.name,
      })),
    };
  },
});

/** Opens a day's schedule (it lists patients): audited, and grants access for a few minutes. */
export const openDay = memberMutation({
  permission: "schedule.view",
  args: { date: v.string() },
  returns: v.object({ scopeKey: v.string(), expiresAt: v.number() }),
  handler: async (ctx, { date }) => {
    requireDate(date);
    await ctx.rateLimit("grantMember", "grantPractice");
    const grant = await ctx.grant({ kind: "schedule", date }, "operations", { verb: "schedule.view", category: "schedule" });
    return { scopeKey: grant.scopeKey, expiresAt: grant.expiresAt };
  },
});

/** One day, every provider: working hours and appointments (patient name, visit type, status; no clinical content). */
export const day = scheduleQuery({
  permission: "schedule.view",
  args: {},
  returns: v.object({
    date: v.string(),
    timezone: v.string(),
    providers: v.array(
      v.object({ _id: v.id("members"), name: v.string(), blocks: v.array(v.object({ start: v.number(), end: v.number() })) }),
    ),
    appointments: v.array(
      v.object({
        _id: v.id("appointments"),
        providerId: v.id("members"),
        patientId: v.id("patients"),
        patientName: v.string(),
        typeName: v.string(),
        color: v.string(),
        start: v.number(),
        end: v.number(),
        status: statusV,
        statusChangedAt: v.number(),
        arrivedAt: v.union(v.number(), v.null()),
        seriesId: v.union(v.string(), v.null()),
        override: v.boolean(),
      }),
    ),
  }),
  handler: async (ctx, { date }) => {
    requireDate(date);
    const practice = await practiceOf(ctx.db, ctx.practiceId);
    const rows = await ctx.db
      .query("appointments")
      .withIndex("by_practice_and_date", (q) => q.eq("practiceId", ctx.practiceId).eq("date", date))
      .take(1000);
    const members = await ctx.db
      .query("members")
      .withIndex("by_practice_and_user", (q) => q.eq("practiceId", ctx.practiceId))
      .take(1000);
    const providers = [];
    for (const m of members.filter((x) => x.role === "physician" && x.status === "active").sort((a, b) => a.name.localeCompare(b.name))) {
      providers.push({ _id: m._id, name: m.name, blocks: await workingBlocks(ctx.db, m._id, date, practice.timezone) });
    }
    const types = new Map<string, { name: string; color: string }>();
    const patients = new Map<string, string>();
    const appointments = [];
    for (const a of rows) {
      if (!types.has(a.typeId)) {
        const t = await ctx.db.get("appointmentTypes", a.typeId);
        types.set(a.typeId, { name: t?.name ?? "Visit", color: t?.color ?? "#64748b" });
      }
      if (!patients.has(a.patientId)) {
        const p = await ctx.db.get("patients", a.patientId);
        patients.set(a.patientId, p === null ? "Unknown patient" : surnameFirst(p));
      }
      const type = types.get(a.typeId)!;
      appointments.push({
        _id: a._id,
        providerId: a.providerId,
        patientId: a.patientId,
        patientName: patients.get(a.patientId)!,
        typeName: type.name,
        color: type.color,
        start: a.start,
        end: a.end,
        status: a.status,
        statusChangedAt: a.statusChangedAt,
        arrivedAt: a.arrivedAt ?? null,
        seriesId: a.seriesId ?? null,
        override: a.overrideReason !== undefined,
      });
    }
    return { date, timezone: practice.timezone, providers, appointments };
  },
});

/** The next free slots for a visit type across the chosen providers (no patient data). */
export const findSlots = memberQuery({
  permission: "schedule.view",
  args: { typeId: v.id("appointmentTypes"), providerIds: v.array(v.id("members")), from: v.string(), days: v.optional(v.number()) },
  returns: v.array(v.object({ providerId: v.id("members"), start: v.number(), end: v.number(), date: v.string() })),
  handler: async (ctx, { typeId, providerIds, from, days }) => {
    requireDate(from);
    if (providerIds.length === 0 || providerIds.length > 20) throw appError(ERROR_CODES.invalid, "Choose 1 to 20 providers.");
    // NaN would slip through the clamp below and answer "no free time" instead of refusing.
    if (days !== undefined && !Number.isFinite(days)) throw appError(ERROR_CODES.invalid, "Search 1 to 14 days ahead.");
    const span = Math.min(Math.max(Math.floor(days ?? 7), 1), 14);
    const type = await ctx.db.get("appointmentTypes", typeId);
    if (type === null) throw appError(ERROR_CODES.notFound, "Visit type not found.");
    const practice = await practiceOf(ctx.db, ctx.practiceId);
    const out: { providerId: Id<"members">; start: number; end: number; date: string }[] = [];
    const durationMs = type.durationMinutes * 60_000;
    for (const providerId of providerIds) {
      const provider = await ctx.db.get("members", providerId);
      if (provider === null || provider.role !== "physician") throw appError(ERROR_CODES.notFound, "Provider not found.");
      let found = 0;
      for (let i = 0; i < span && found < 6; i++) {
        const date = addDays(from, i);
        const blocks = await workingBlocks(ctx.db, providerId, date, practice.timezone);
        if (blocks.length === 0) continue;
        const dayStart = zonedToUtc(date, "00:00", practice.timezone);
        const busy = (
          await ctx.db
            .query("appointments")
            .withIndex("by_provider_and_start", (q) =>
              q.eq("providerId", providerId).gt("start", dayStart - MAX_DURATION_MINUTES * 60_000).lt("start", dayStart + 36 * 3_600_000),
            )
            .take(300)
        ).filter((a) => holdsSlot(a.status));
        const starts = freeSlots({ blocks, busy, durationMs, stepMs: 10 * 60_000, notBefore: Date.now(), limit: 6 - found });
        for (const start of starts) out.push({ providerId, start, end: start + durationMs, date });
        found += starts.length;
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
});
