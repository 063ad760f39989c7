/**
 * Booking, moving, cancelling and the patient flow. The server guarantees: no
 * two appointments of one provider overlap, one patient never has two
 * overlapping appointments, and outside working hours only with a stated,
 * audited override. Convex runs mutations serializably, so of two people
 * booking the same slot at once exactly one succeeds.
 */
import { v } from "convex/values";
import type { Infer } from "convex/values";
import { ERROR_CODES } from "../lib/errors";
import { seriesDates } from "../lib/schedule/series";
import { canTransition, type AppointmentStatus } from "../lib/schedule/status";
import { addDays, isValidDate, TIME_RE, zonedToUtc } from "../lib/schedule/time";
import type { Doc, Id } from "./_generated/dataModel";
import type { DatabaseReader, DatabaseWriter } from "./_generated/server";
import { appError, memberMutation, notFound } from "./functions";
import type { AuditInput } from "./model/audit";
import {
  bookableProvider,
  conflictOf,
  CONFLICT_MESSAGES,
  MAX_DURATION_MINUTES,
  MIN_DURATION_MINUTES,
  practiceOf,
  throwConflict,
  type ConflictReason,
} from "./model/schedule";

const bookingArgs = {
  patientId: v.id("patients"),
  providerId: v.id("members"),
  typeId: v.id("appointmentTypes"),
  locationId: v.optional(v.id("locations")),
  time: v.string(),
  durationMinutes: v.optional(v.number()),
  overrideReason: v.optional(v.string()),
};

type BookingArgs = Infer<ReturnType<typeof v.object<typeof bookingArgs>>>;

interface Resolved {
  practice: Doc<"practices">;
  patient: Doc<"patients">;
  locationId: Id<"locations">;
  durationMs: number;
  override: string | undefined;
}

/** Validates everything but the date; throws clear errors. */
async function resolve(db: DatabaseReader, practiceId: Id<"practices">, a: BookingArgs): Promise<Resolved> {
  const practice = await practiceOf(db, practiceId);
  const patient = await db.get("patients", a.patientId);
  if (patient === null) notFound("Patient");
  await bookableProvider(db, a.providerId);
  const type = await db.get("appointmentTypes", a.typeId);
  if (type === null) notFound("Visit type");
  if (!TIME_RE.test(a.time)) throw appError(ERROR_CODES.invalid, "Enter the time as HH:MM (24-hour).");
  const minutes = a.durationMinutes ?? type.durationMinutes;
  if (!Number.isInteger(minutes) || minutes < MIN_DURATION_MINUTES || minutes > MAX_DURATION_MINUTES) {
    throw appError(ERROR_CODES.invalid, `A visit lasts ${MIN_DURATION_MINUTES} to ${MAX_DURATION_MINUTES} minutes.`);
  }
  let locationId = a.locationId;
  if (locationId === undefined) {
    const first = await db.query("locations").withIndex("by_practice", (q) => q.eq("practiceId", practiceId)).first();
    if (first === null) throw appError(ERROR_CODES.invalid, "The practice has no location to book at.");
    locationId = first._id;
  } else if ((await db.get("locations", locationId)) === null) notFound("Location");
  const override = a.overrideReason?.trim();
  if (override !== undefined && (override.length < 5 || override.length > 300)) {
    throw appError(ERROR_CODES.invalid, "State the reason for booking outside working hours (5 to 300 characters).");
  }
  return { practice, patient, locationId, durationMs: minutes * 60_000, override: override || undefined };
}

function slotOf(r: Resolved, date: string, time: string) {
  if (!isValidDate(date)) throw appError(ERROR_CODES.invalid, "Enter a valid date (YYYY-MM-DD).");
  const start = zonedToUtc(date, time, r.practice.timezone);
  if (start < Date.now() - 5 * 60_000) throw appError(ERROR_CODES.invalid, "That time is in the past.");
  return { start, end: start + r.durationMs };
}

type BookerCtx = {
  db: DatabaseWriter;
  practiceId: Id<"practices">;
  member: Doc<"members">;
  audit: (input: AuditInput) => Promise<unknown>;
};

/** Writes one booked appointment and its audit event (the override's reason stays on the appointment). */
async function insertBooked(
  ctx: BookerCtx,
  args: { patientId: Id<"patients">; providerId: Id<"members">; typeId: Id<"appointmentTypes"> },
  r: Resolved,
  slot: { date: string; start: number; end: number; seriesId?: string },
): Promise<Id<"appointments">> {
  const appointmentId = await ctx.db.insert("appointments", {
    practiceId: ctx.practiceId,
    patientId: args.patientId,
    providerId: args.providerId,
    locationId: r.locationId,
    typeId: args.typeId,
    date: slot.date,
    start: slot.start,
    end: slot.end,
    status: "scheduled",
    seriesId: slot.seriesId,
    overrideReason: r.override,
    statusChangedAt: Date.now(),
    bookedBy: ctx.member._id,
  });
  await ctx.audit({
    action: "create",
    verb: "appointment.book",
    category: "schedule",
    patientId: args.patientId,
    resource: { table: "appointments", id: appointmentId },
    details: slot.seriesId === undefined ? { override: r.override !== undefined } : { override: r.override !== undefined, series: true },
  });
  return appointmentId;
}

const bookedV = v.object({ appointmentId: v.id("appointments"), start: v.number(), end: v.number() });

export const book = memberMutation({
  permission: "schedule.manage",
  args: { ...bookingArgs, date: v.string() },
  returns: bookedV,
  handler: async (ctx, args) => {
    const r = await resolve(ctx.db, ctx.practiceId, args);
    const { start, end } = slotOf(r, args.date, args.time);
    const reason = await conflictOf(ctx.db, {
      providerId: args.providerId,
      patientId: args.patientId,
      start,
      end,
      date: args.date,
      timeZone: r.practice.timezone,
      override: r.override !== undefined,
    });
    if (reason !== null) throwConflict(reason);
    const appointmentId = await insertBooked(ctx, args, r, { date: args.date, start, end });
    return { appointmentId, start, end };
  },
});

/**
 * Books a weekly series. Every occurrence is checked before anything is
 * written: with any conflict, nothing is booked and each conflicting date is
 * reported; the person can then skip those dates.
 */
export const bookSeries = memberMutation({
  permission: "schedule.manage",
  args: { ...bookingArgs, firstDate: v.string(), everyWeeks: v.number(), count: v.number(), skipDates: v.optional(v.array(v.string())) },
  returns: v.object({
    booked: v.array(bookedV),
    conflicts: v.array(v.object({ date: v.string(), reason: v.string(), message: v.string() })),
  }),
  handler: async (ctx, args) => {
    const r = await resolve(ctx.db, ctx.practiceId, args);
    let dates: string[];
    try {
      dates = seriesDates(args.firstDate, args.everyWeeks, args.count);
    } catch (e) {
      throw appError(ERROR_CODES.invalid, e instanceof Error ? e.message : "Invalid series.");
    }
    const skip = new Set(args.skipDates ?? []);
    const planned = dates.filter((d) => !skip.has(d)).map((date) => ({ date, ...slotOf(r, date, args.time) }));
    if (planned.length === 0) throw appError(ERROR_CODES.invalid, "Every date of the series is skipped.");
    const conflicts: { date: string; reason: ConflictReason; message: string }[] = [];
    for (const p of planned) {
      const reason = await conflictOf(ctx.db, {
        providerId: args.providerId,
        patientId: args.patientId,
        start: p.start,
        end: p.end,
        date: p.date,
        timeZone: r.practice.timezone,
        override: r.override !== undefined,
      });
      if (reason !== null) conflicts.push({ date: p.date, reason, message: CONFLICT_MESSAGES[reason] });
    }
    if (conflicts.length > 0) return { booked: [], conflicts };
    const seriesId = `series-${ctx.member._id}-${Date.now()}`;
    const booked = [];
    for (const p of planned) {
      const appointmentId = await insertBooked(ctx, args, r, { ...p, seriesId });
      booked.push({ appointmentId, start: p.start, end: p.end });
    }
    return { booked, conflicts: [] };
  },
});

/** Whole days from one local date to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

async function appointmentOf(db: DatabaseReader, id: Id<"appointments">) {
  const a = await db.get("appointments", id);
  if (a === null) notFound("Appointment");
  return a;
}

/**
 * Reschedules an appointment (drag in the calendar or the form), or it and the
 * later scheduled visits of its series by the same number of days, to the same
 * new time. Every moved visit is checked first; with any conflict nothing moves.
 */
export const move = memberMutation({
  permission: "schedule.manage",
  args: {
    appointmentId: v.id("appointments"),
    date: v.string(),
    time: v.string(),
    providerId: v.optional(v.id("members")),
    overrideReason: v.optional(v.string()),
    scope: v.optional(v.union(v.literal("one"), v.literal("rest"))),
  },
  returns: bookedV,
  handler: async (ctx, args) => {
    const a = await appointmentOf(ctx.db, args.appointmentId);
    if (a.status !== "scheduled") throw appError(ERROR_CODES.conflict, "Only a scheduled appointment can be moved.");
    const providerId = args.providerId ?? a.providerId;
    const r = await resolve(ctx.db, ctx.practiceId, {
      patientId: a.patientId,
      providerId,
      typeId: a.typeId,
      locationId: a.locationId,
      time: args.time,
      durationMinutes: Math.round((a.end - a.start) / 60_000),
      overrideReason: args.overrideReason,
    });
    if (!isValidDate(args.date)) throw appError(ERROR_CODES.invalid, "Enter a valid date (YYYY-MM-DD).");
    let targets = [a];
    if (args.scope === "rest") {
      if (a.seriesId === undefined) throw appError(ERROR_CODES.invalid, "This appointment is not part of a series.");
      const seriesId = a.seriesId;
      targets = (
        await ctx.db
          .query("appointments")
          .withIndex("by_series", (q) => q.eq("seriesId", seriesId).gte("start", a.start))
          .take(100)
      ).filter((x) => x.status === "scheduled");
    }
    const shiftDays = daysBetween(a.date, args.date);
    const planned = targets.map((t) => {
      const date = addDays(t.date, shiftDays);
      return { t, date, ...slotOf(r, date, args.time) };
    });
    const moving = new Set<string>(targets.map((t) => t._id));
    for (const p of planned) {
      const reason = await conflictOf(
        ctx.db,
        { providerId, patientId: a.patientId, start: p.start, end: p.end, date: p.date, timeZone: r.practice.timezone, override: r.override !== undefined },
        moving,
      );
      if (reason !== null) {
        throw appError(ERROR_CODES.conflict, planned.length > 1 ? `${p.date}: ${CONFLICT_MESSAGES[reason]} Nothing was moved.` : CONFLICT_MESSAGES[reason]);
      }
    }
    for (const p of planned) {
      await ctx.db.patch("appointments", p.t._id, { date: p.date, start: p.start, end: p.end, providerId, overrideReason: r.override, statusChangedAt: Date.now() });
      await ctx.audit({
        action: "update",
        verb: "appointment.move",
        category: "schedule",
        patientId: p.t.patientId,
        resource: { table: "appointments", id: p.t._id },
        details: { providerChanged: providerId !== p.t.providerId, override: r.override !== undefined, scope: args.scope ?? "one" },
      });
    }
    const first = planned[0]!;
    return { appointmentId: a._id, start: first.start, end: first.end };
  },
});

/** Cancels one appointment, or it and the rest of its series. The reason stays on the appointment. */
export const cancel = memberMutation({
  permission: "schedule.manage",
  args: { appointmentId: v.id("appointments"), reason: v.string(), scope: v.union(v.literal("one"), v.literal("rest")) },
  returns: v.object({ cancelled: v.number() }),
  handler: async (ctx, { appointmentId, reason, scope }) => {
    const text = reason.trim();
    if (text.length < 3 || text.length > 300) throw appError(ERROR_CODES.invalid, "Give a reason for cancelling (3 to 300 characters).");
    const a = await appointmentOf(ctx.db, appointmentId);
    if (a.status !== "scheduled") throw appError(ERROR_CODES.conflict, "Only a scheduled appointment can be cancelled.");
    let targets = [a];
    if (scope === "rest") {
      if (a.seriesId === undefined) throw appError(ERROR_CODES.invalid, "This appointment is not part of a series.");
      const seriesId = a.seriesId;
      targets = (
        await ctx.db
          .query("appointments")
          .withIndex("by_series", (q) => q.eq("seriesId", seriesId).gte("start", a.start))
          .take(100)
      ).filter((x) => x.status === "scheduled");
    }
    for (const t of targets) {
      await ctx.db.patch("appointments", t._id, { status: "cancelled", cancelReason: text, statusChangedAt: Date.now() });
      await ctx.audit({
        action: "update",
        verb: "appointment.cancel",
        category: "schedule",
        patientId: t.patientId,
        resource: { table: "appointments", id: t._id },
        details: { scope },
      });
    }
    return { cancelled: targets.length };
  },
});

async function transition(
  ctx: { db: DatabaseWriter },
  a: Doc<"appointments">,
  to: AppointmentStatus,
  extra: Partial<Doc<"appointments">> = {},
) {
  if (!canTransition(a.status, to)) {
    throw appError(ERROR_CODES.conflict, `An appointment that is ${a.status.replace("_", " ")} cannot become ${to.replace("_", " ")}.`);
  }
  await ctx.db.patch("appointments", a._id, { status: to, statusChangedAt: Date.now(), ...extra });
}

/**
 * Check-in: the front desk confirms demographics and insurance, the patient
 * is marked arrived, and the encounter the chart uses starts.
 */
export const checkIn = memberMutation({
  permission: "schedule.manage",
  args: { appointmentId: v.id("appointments"), demographicsConfirmed: v.literal(true), insuranceConfirmed: v.boolean() },
  returns: v.object({ encounterId: v.id("encounters") }),
  handler: async (ctx, { appointmentId, insuranceConfirmed }) => {
    const a = await appointmentOf(ctx.db, appointmentId);
    const type = await ctx.db.get("appointmentTypes", a.typeId);
    const encounterId = await ctx.startEncounterAtCheckIn({
      patientId: a.patientId,
      providerId: a.providerId,
      type: type?.name.toLowerCase().includes("tele") === true ? "telehealth" : "office",
    });
    await transition(ctx, a, "arrived", { arrivedAt: Date.now(), encounterId });
    await ctx.audit({
      action: "update",
      verb: "appointment.check_in",
      category: "schedule",
      patientId: a.patientId,
      resource: { table: "appointments", id: a._id },
      details: { encounterId, insuranceConfirmed },
    });
    return { encounterId };
  },
});

export const markNoShow = memberMutation({
  permission: "schedule.manage",
  args: { appointmentId: v.id("appointments") },
  returns: v.null(),
  handler: async (ctx, { appointmentId }) => {
    const a = await appointmentOf(ctx.db, appointmentId);
    await transition(ctx, a, "no_show");
    await ctx.audit({ action: "update", verb: "appointment.no_show", category: "schedule", patientId: a.patientId, resource: { table: "appointments", id: a._id } });
    return null;
  },
});

/** Roomed → with provider → completed: clinical staff move the visit along. */
export const advance = memberMutation({
  permission: "clinical.intake",
  args: { appointmentId: v.id("appointments"), to: v.union(v.literal("roomed"), v.literal("with_provider"), v.literal("completed")) },
  returns: v.null(),
  handler: async (ctx, { appointmentId, to }) => {
    const a = await appointmentOf(ctx.db, appointmentId);
    await transition(ctx, a, to);
    await ctx.audit({ action: "update", verb: `appointment.${to}`, category: "schedule", patientId: a.patientId, resource: { table: "appointments", id: a._id } });
    return null;
  },
});
