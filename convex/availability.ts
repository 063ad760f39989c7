/**
 * Schedule configuration for practice admins: each provider's weekly hours,
 * days off and extra clinics, and the practice's visit types. Booking reads
 * these through `workingBlocks` (convex/model/schedule.ts). Every change is
 * audited (ids and counts only).
 */
import { v } from "convex/values";
import { ERROR_CODES } from "../lib/errors";
import {
  blocksSchema,
  exceptionSchema,
  issuesText,
  visitTypeSchema,
  weekdaySchema,
} from "../lib/schedule/availability-schemas";
import { localDate } from "../lib/schedule/time";
import type { Id } from "./_generated/dataModel";
import type { DatabaseReader } from "./_generated/server";
import { appError, memberMutation, memberQuery, notFound } from "./functions";
import { bookableProvider, practiceOf } from "./model/schedule";

const blockV = v.object({ start: v.string(), end: v.string() });

function invalid(message: string): never {
  throw appError(ERROR_CODES.invalid, message);
}

async function requireLocation(db: DatabaseReader, locationId: Id<"locations">) {
  const location = await db.get("locations", locationId);
  if (location === null) notFound("Location");
  return location;
}

/** Providers with their weekly hours and coming exceptions, visit types and locations. */
export const config = memberQuery({
  permission: "settings.manage",
  args: {},
  returns: v.object({
    timezone: v.string(),
    today: v.string(),
    providers: v.array(
      v.object({
        _id: v.id("members"),
        name: v.string(),
        title: v.union(v.string(), v.null()),
        weekly: v.array(
          v.object({ weekday: v.number(), locationId: v.union(v.id("locations"), v.null()), blocks: v.array(blockV) }),
        ),
        exceptions: v.array(
          v.object({
            _id: v.id("scheduleExceptions"),
            date: v.string(),
            kind: v.union(v.literal("off"), v.literal("extra")),
            locationId: v.union(v.id("locations"), v.null()),
            blocks: v.array(blockV),
          }),
        ),
      }),
    ),
    types: v.array(v.object({ _id: v.id("appointmentTypes"), name: v.string(), durationMinutes: v.number(), color: v.string() })),
    locations: v.array(v.object({ _id: v.id("locations"), name: v.string() })),
  }),
  handler: async (ctx) => {
    const practice = await practiceOf(ctx.db, ctx.practiceId);
    const today = localDate(Date.now(), practice.timezone);
    const members = await ctx.db
      .query("members")
      .withIndex("by_practice_and_user", (q) => q.eq("practiceId", ctx.practiceId))
      .take(1000);
    const physicians = members
      .filter((m) => m.role === "physician" && m.status === "active")
      .sort((a, b) => a.name.localeCompare(b.name));
    const providers = [];
    for (const m of physicians) {
      const weekly = [];
      for (let weekday = 0; weekday < 7; weekday++) {
        const rows = await ctx.db
          .query("availability")
          .withIndex("by_provider_and_weekday", (q) => q.eq("providerId", m._id).eq("weekday", weekday))
          .take(10);
        const blocks = rows.flatMap((r) => r.blocks).sort((a, b) => a.start.localeCompare(b.start));
        weekly.push({ weekday, locationId: rows[0]?.locationId ?? null, blocks });
      }
      const exceptions = await ctx.db
        .query("scheduleExceptions")
        .withIndex("by_provider_and_date", (q) => q.eq("providerId", m._id).gte("date", today))
        .take(200);
      providers.push({
        _id: m._id,
        name: m.name,
        title: m.title ?? null,
        weekly,
        exceptions: exceptions.map((e) => ({
          _id: e._id,
          date: e.date,
          kind: e.kind,
          locationId: e.locationId ?? null,
          blocks: e.blocks,
        })),
      });
    }
    const types = await ctx.db.query("appointmentTypes").withIndex("by_practice", (q) => q.eq("practiceId", ctx.practiceId)).take(50);
    const locations = await ctx.db.query("locations").withIndex("by_practice", (q) => q.eq("practiceId", ctx.practiceId)).take(50);
    return {
      timezone: practice.timezone,
      today,
      providers,
      types: types
        .map((t) => ({ _id: t._id, name: t.name, durationMinutes: t.durationMinutes, color: t.color }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      locations: locations.map((l) => ({ _id: l._id, name: l.name })).sort((a, b) => a.name.localeCompare(b.name)),
    };
  },
});

/** Replaces one weekday's hours for a provider. No blocks: that weekday is off every week. */
export const setWeekday = memberMutation({
  permission: "settings.manage",
  args: { providerId: v.id("members"), weekday: v.number(), locationId: v.id("locations"), blocks: v.array(blockV) },
  returns: v.null(),
  handler: async (ctx, { providerId, weekday, locationId, blocks }) => {
    await ctx.rateLimit("settingsMember");
    const day = weekdaySchema.safeParse(weekday);
    if (!day.success) invalid(issuesText(day.error));
    const parsed = blocksSchema.safeParse(blocks);
    if (!parsed.success) invalid(issuesText(parsed.error));
    await bookableProvider(ctx.db, providerId);
    await requireLocation(ctx.db, locationId);
    const existing = await ctx.db
      .query("availability")
      .withIndex("by_provider_and_weekday", (q) => q.eq("providerId", providerId).eq("weekday", weekday))
      .take(50);
    for (const row of existing) await ctx.db.delete("availability", row._id);
    let availabilityId: Id<"availability"> | null = null;
    if (parsed.data.length > 0) {
      availabilityId = await ctx.db.insert("availability", {
        practiceId: ctx.practiceId,
        providerId,
        locationId,
        weekday,
        blocks: parsed.data.map((b) => ({ start: b.start, end: b.end })),
      });
    }
    await ctx.audit({
      action: "update",
      verb: "availability.set",
      category: "settings",
      resource: { table: "members", id: providerId },
      details: { providerId, locationId, weekday, blockCount: parsed.data.length, availabilityId },
    });
    return null;
  },
});

/** Adds a day off or an extra clinic on a date from today on. */
export const addException = memberMutation({
  permission: "settings.manage",
  args: {
    providerId: v.id("members"),
    date: v.string(),
    kind: v.union(v.literal("off"), v.literal("extra")),
    blocks: v.array(blockV),
    locationId: v.optional(v.id("locations")),
  },
  returns: v.id("scheduleExceptions"),
  handler: async (ctx, args) => {
    await ctx.rateLimit("settingsMember");
    const practice = await practiceOf(ctx.db, ctx.practiceId);
    const parsed = exceptionSchema(localDate(Date.now(), practice.timezone)).safeParse(args);
    if (!parsed.success) invalid(issuesText(parsed.error));
    const { date, kind, blocks } = parsed.data;
    await bookableProvider(ctx.db, args.providerId);
    if (args.locationId !== undefined) await requireLocation(ctx.db, args.locationId);
    const sameDay = await ctx.db
      .query("scheduleExceptions")
      .withIndex("by_provider_and_date", (q) => q.eq("providerId", args.providerId).eq("date", date))
      .take(10);
    if (sameDay.some((e) => e.kind === kind && kind === "off")) {
      throw appError(ERROR_CODES.conflict, "That day is already a day off for this provider.");
    }
    if (sameDay.length >= 5) throw appError(ERROR_CODES.conflict, "That day already has the most exceptions allowed (5).");
    const exceptionId = await ctx.db.insert("scheduleExceptions", {
      practiceId: ctx.practiceId,
      providerId: args.providerId,
      date,
      kind,
      blocks: blocks.map((b) => ({ start: b.start, end: b.end })),
      ...(args.locationId !== undefined ? { locationId: args.locationId } : {}),
    });
    await ctx.audit({
      action: "create",
      verb: "availability.exception_add",
      category: "settings",
      resource: { table: "scheduleExceptions", id: exceptionId },
      details: { exceptionId, providerId: args.providerId, kind, blockCount: blocks.length, locationId: args.locationId ?? null },
    });
    return exceptionId;
  },
});

/** Removes a day off or an extra clinic. */
export const removeException = memberMutation({
  permission: "settings.manage",
  args: { exceptionId: v.id("scheduleExceptions") },
  returns: v.null(),
  handler: async (ctx, { exceptionId }) => {
    await ctx.rateLimit("settingsMember");
    const row = await ctx.db.get("scheduleExceptions", exceptionId);
    if (row === null) notFound("Exception");
    await ctx.db.delete("scheduleExceptions", exceptionId);
    await ctx.audit({
      action: "delete",
      verb: "availability.exception_remove",
      category: "settings",
      resource: { table: "scheduleExceptions", id: exceptionId },
      details: { exceptionId, providerId: row.providerId, kind: row.kind },
    });
    return null;
  },
});

/** Adds a visit type, or changes one (existing appointments keep their times). */
export const saveType = memberMutation({
  permission: "settings.manage",
  args: {
    typeId: v.optional(v.id("appointmentTypes")),
    name: v.string(),
    durationMinutes: v.number(),
    color: v.string(),
  },
  returns: v.id("appointmentTypes"),
  handler: async (ctx, { typeId, ...input }) => {
    await ctx.rateLimit("settingsMember");
    const parsed = visitTypeSchema.safeParse(input);
    if (!parsed.success) invalid(issuesText(parsed.error));
    const { name, durationMinutes } = parsed.data;
    const color = parsed.data.color.toLowerCase();
    const existing = typeId === undefined ? null : await ctx.db.get("appointmentTypes", typeId);
    if (typeId !== undefined && existing === null) notFound("Visit type");
    const all = await ctx.db.query("appointmentTypes").withIndex("by_practice", (q) => q.eq("practiceId", ctx.practiceId)).take(50);
    if (all.some((t) => t._id !== typeId && t.name.toLowerCase() === name.toLowerCase())) {
      throw appError(ERROR_CODES.conflict, `A visit type named ${name} already exists.`);
    }
    if (typeId !== undefined && existing !== null) {
      await ctx.db.patch("appointmentTypes", typeId, { name, durationMinutes, color });
      await ctx.audit({
        action: "update",
        verb: "visit_type.save",
        category: "settings",
        resource: { table: "appointmentTypes", id: typeId },
        details: { typeId, oldDurationMinutes: existing.durationMinutes, durationMinutes },
      });
      return typeId;
    }
    if (all.length >= 50) throw appError(ERROR_CODES.conflict, "A practice can have at most 50 visit types.");
    const newId = await ctx.db.insert("appointmentTypes", { practiceId: ctx.practiceId, name, durationMinutes, color });
    await ctx.audit({
      action: "create",
      verb: "visit_type.save",
      category: "settings",
      resource: { table: "appointmentTypes", id: newId },
      details: { typeId: newId, durationMinutes },
    });
    return newId;
  },
});
