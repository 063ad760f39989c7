import type { Doc, Id } from "../_generated/dataModel";
import type { DatabaseReader } from "../_generated/server";
import { ERROR_CODES } from "../../lib/errors";
import { holdsSlot } from "../../lib/schedule/status";
import { overlaps, type Interval } from "../../lib/schedule/slots";
import { weekdayOf, zonedToUtc } from "../../lib/schedule/time";
import { appError, notFound } from "./errors";

/** No appointment is longer than this; conflict scans look back this far. */
export const MAX_DURATION_MINUTES = 480;
export const MIN_DURATION_MINUTES = 5;

export async function practiceOf(db: DatabaseReader, practiceId: Id<"practices">): Promise<Doc<"practices">> {
  const p = await db.get("practices", practiceId);
  if (p === null) notFound("Practice");
  return p;
}

/** A provider of this practice who can be booked: an active physician. */
export async function bookableProvider(db: DatabaseReader, providerId: Id<"members">): Promise<Doc<"members">> {
  const provider = await db.get("members", providerId);
  if (provider === null || provider.role !== "physician" || provider.status !== "active") notFound("Provider");
  return provider;
}

/** The provider's working time on a local date, as instants: weekly hours unless a day off; plus extra clinics. */
export async function workingBlocks(db: DatabaseReader, providerId: Id<"members">, date: string, timeZone: string): Promise<Interval[]> {
  const exceptions = await db
    .query("scheduleExceptions")
    .withIndex("by_provider_and_date", (q) => q.eq("providerId", providerId).eq("date", date))
    .take(10);
  const blocks: { start: string; end: string }[] = [];
  if (!exceptions.some((e) => e.kind === "off")) {
    const weekly = await db
      .query("availability")
      .withIndex("by_provider_and_weekday", (q) => q.eq("providerId", providerId).eq("weekday", weekdayOf(date)))
      .take(10);
    for (const w of weekly) blocks.push(...w.blocks);
  }
  for (const e of exceptions) if (e.kind === "extra") blocks.push(...e.blocks);
  return blocks.map((b) => ({ start: zonedToUtc(date, b.start, timeZone), end: zonedToUtc(date, b.end, timeZone) }));
}

async function busyOf(
  db: DatabaseReader,
  index: "by_provider_and_start" | "by_patient_and_start",
  field: Id<"members"> | Id<"patients">,
  slot: Interval,
  ignore: ReadonlySet<string>,
): Promise<Doc<"appointments">[]> {
  const lookBack = slot.start - MAX_DURATION_MINUTES * 60_000;
  const rows =
    index === "by_provider_and_start"
      ? await db
          .query("appointments")
          .withIndex("by_provider_and_start", (q) => q.eq("providerId", field as Id<"members">).gt("start", lookBack).lt("start", slot.end))
          .take(200)
      : await db
          .query("appointments")
          .withIndex("by_patient_and_start", (q) => q.eq("patientId", field as Id<"patients">).gt("start", lookBack).lt("start", slot.end))
          .take(200);
  return rows.filter((a) => holdsSlot(a.status) && !ignore.has(a._id) && overlaps(a, slot));
}

export type ConflictReason = "provider" | "patient" | "hours";

/** Why a slot cannot be booked, or null. Working hours are skipped when the booking states an override. */
export async function conflictOf(
  db: DatabaseReader,
  a: { providerId: Id<"members">; patientId: Id<"patients">; start: number; end: number; date: string; timeZone: string; override: boolean },
  ignore: ReadonlySet<string> = new Set(),
): Promise<ConflictReason | null> {
  const slot = { start: a.start, end: a.end };
  if ((await busyOf(db, "by_provider_and_start", a.providerId, slot, ignore)).length > 0) return "provider";
  if ((await busyOf(db, "by_patient_and_start", a.patientId, slot, ignore)).length > 0) return "patient";
  if (!a.override) {
    const blocks = await workingBlocks(db, a.providerId, a.date, a.timeZone);
    if (!blocks.some((b) => b.start <= slot.start && slot.end <= b.end)) return "hours";
  }
  return null;
}

export const CONFLICT_MESSAGES: Record<ConflictReason, string> = {
  provider: "The provider already has an appointment at that time.",
  patient: "The patient already has an appointment at that time.",
  hours: "That time is outside the provider's working hours. Book it with an override and a reason if it is intended.",
};

export function throwConflict(reason: ConflictReason): never {
  throw appError(ERROR_CODES.conflict, CONFLICT_MESSAGES[reason]);
}
