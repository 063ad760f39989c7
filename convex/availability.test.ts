/**
 * Schedule settings: weekly hours, days off, extra clinics and visit types
 * change what booking offers and accepts; bad input is refused; every change
 * is audited with ids and counts only. All data synthetic.
 */
import { describe, expect, test } from "vitest";
import { api } from "./_generated/api";
import { addDays, weekdayOf } from "../lib/schedule/time";
import { auditTrail, codeOf, emailOf, outcome, signedIn, tomorrow, twoPractices, type Fixture } from "./test.setup";

async function actors(fx: Fixture) {
  return {
    admin: await signedIn(fx.t, emailOf("practice_admin", "a")),
    desk: await signedIn(fx.t, emailOf("front_desk", "a")),
  };
}

/** A date at least a week out, so "now" never cuts into its slots. */
const later = () => addDays(tomorrow(), 7);

const booking = (fx: Fixture, date: string, time: string) => ({
  patientId: fx.patient.a,
  providerId: fx.member.a.physician,
  typeId: fx.type.a,
  date,
  time,
});

describe("weekly hours", () => {
  test("new hours change the slots offered and what can be booked", async () => {
    const fx = await twoPractices();
    const { admin, desk } = await actors(fx);
    const date = later();
    await admin.mutation(api.availability.setWeekday, {
      providerId: fx.member.a.physician,
      weekday: weekdayOf(date),
      locationId: fx.location.a,
      blocks: [{ start: "09:00", end: "10:00" }],
    });
    const slots = await desk.query(api.schedule.findSlots, { typeId: fx.type.a, providerIds: [fx.member.a.physician], from: date, days: 1 });
    expect(slots.length).toBeGreaterThan(0);
    for (const s of slots) expect(s.date).toBe(date);
    // 20-minute visits every 10 minutes from 09:00 to 09:40: at most 5 starts, none after 09:40.
    expect(slots.length).toBeLessThanOrEqual(5);
    expect((await outcome(desk.mutation(api.appointments.book, booking(fx, date, "09:20")))).code).toBe("OK");
    const outside = await outcome(desk.mutation(api.appointments.book, booking(fx, date, "11:00")));
    expect(outside.code).toBe("CONFLICT");
    expect(outside.message).toMatch(/outside the provider's working hours/);

    const config = await admin.query(api.availability.config, {});
    const me = config.providers.find((p) => p._id === fx.member.a.physician)!;
    expect(me.weekly[weekdayOf(date)]).toEqual({ weekday: weekdayOf(date), locationId: fx.location.a, blocks: [{ start: "09:00", end: "10:00" }] });
  });

  test("no blocks makes the weekday a day off every week", async () => {
    const fx = await twoPractices();
    const { admin, desk } = await actors(fx);
    const date = later();
    await admin.mutation(api.availability.setWeekday, { providerId: fx.member.a.physician, weekday: weekdayOf(date), locationId: fx.location.a, blocks: [] });
    for (const d of [date, addDays(date, 7)]) {
      const r = await outcome(desk.mutation(api.appointments.book, booking(fx, d, "10:00")));
      expect(r.code, d).toBe("CONFLICT");
      expect(r.message).toMatch(/outside the provider's working hours/);
    }
    const slots = await desk.query(api.schedule.findSlots, { typeId: fx.type.a, providerIds: [fx.member.a.physician], from: date, days: 1 });
    expect(slots).toEqual([]);
    // The day after is untouched.
    expect(await codeOf(desk.mutation(api.appointments.book, booking(fx, addDays(date, 1), "10:00")))).toBe("OK");
  });

  test("invalid blocks are refused and change nothing", async () => {
    const fx = await twoPractices();
    const { admin } = await actors(fx);
    const base = { providerId: fx.member.a.physician, weekday: 1, locationId: fx.location.a };
    const bad = [
      [{ start: "09:00", end: "09:00" }],
      [{ start: "24:00", end: "25:00" }],
      [{ start: "13:00", end: "14:00" }, { start: "09:00", end: "10:00" }],
      [{ start: "09:00", end: "11:00" }, { start: "10:30", end: "12:00" }],
      Array.from({ length: 7 }, (_, i) => ({ start: `0${i + 1}:00`, end: `0${i + 1}:30` })),
    ];
    for (const blocks of bad) {
      expect(await codeOf(admin.mutation(api.availability.setWeekday, { ...base, blocks })), JSON.stringify(blocks)).toBe("INVALID");
    }
    // Touching blocks are fine.
    expect(await codeOf(admin.mutation(api.availability.setWeekday, { ...base, blocks: [{ start: "08:00", end: "12:00" }, { start: "12:00", end: "13:00" }] }))).toBe("OK");
    const config = await admin.query(api.availability.config, {});
    expect(config.providers.find((p) => p._id === fx.member.a.physician)!.weekly[1]!.blocks).toHaveLength(2);
  });

  test("only an active physician of the practice has hours", async () => {
    const fx = await twoPractices();
    const { admin } = await actors(fx);
    const base = { weekday: 1, locationId: fx.location.a, blocks: [{ start: "09:00", end: "10:00" }] };
    expect(await codeOf(admin.mutation(api.availability.setWeekday, { ...base, providerId: fx.member.a.nurse }))).toBe("NOT_FOUND");
    expect(await codeOf(admin.mutation(api.availability.setWeekday, { ...base, providerId: fx.member.b.physician }))).toBe("NOT_FOUND");
    await fx.t.run((ctx) => ctx.db.patch("members", fx.member.a.physician, { status: "deactivated" }));
    expect(await codeOf(admin.mutation(api.availability.setWeekday, { ...base, providerId: fx.member.a.physician }))).toBe("NOT_FOUND");
  });
});

describe("exceptions", () => {
  test("a day off makes booking outside working hours; removing it restores the day", async () => {
    const fx = await twoPractices();
    const { admin, desk } = await actors(fx);
    const date = later();
    const id = await admin.mutation(api.availability.addException, { providerId: fx.member.a.physician, date, kind: "off", blocks: [] });
    const r = await outcome(desk.mutation(api.appointments.book, booking(fx, date, "10:00")));
    expect(r.code).toBe("CONFLICT");
    expect(r.message).toMatch(/outside the provider's working hours/);
    expect(await desk.query(api.schedule.findSlots, { typeId: fx.type.a, providerIds: [fx.member.a.physician], from: date, days: 1 })).toEqual([]);
    await admin.mutation(api.availability.removeException, { exceptionId: id });
    expect(await codeOf(desk.mutation(api.appointments.book, booking(fx, date, "10:00")))).toBe("OK");
  });

  test("an extra clinic on a day without hours can be booked", async () => {
    const fx = await twoPractices();
    const { admin, desk } = await actors(fx);
    const date = later();
    await admin.mutation(api.availability.setWeekday, { providerId: fx.member.a.physician, weekday: weekdayOf(date), locationId: fx.location.a, blocks: [] });
    expect(await codeOf(desk.mutation(api.appointments.book, booking(fx, date, "14:00")))).toBe("CONFLICT");
    await admin.mutation(api.availability.addException, { providerId: fx.member.a.physician, date, kind: "extra", blocks: [{ start: "13:00", end: "16:00" }], locationId: fx.location.a });
    expect(await codeOf(desk.mutation(api.appointments.book, booking(fx, date, "14:00")))).toBe("OK");
    const config = await admin.query(api.availability.config, {});
    const ex = config.providers.find((p) => p._id === fx.member.a.physician)!.exceptions.find((e) => e.date === date);
    expect(ex).toMatchObject({ kind: "extra", blocks: [{ start: "13:00", end: "16:00" }], locationId: fx.location.a });
  });

  test("past dates, impossible dates and extra clinics without hours are refused", async () => {
    const fx = await twoPractices();
    const { admin } = await actors(fx);
    const p = fx.member.a.physician;
    expect(await codeOf(admin.mutation(api.availability.addException, { providerId: p, date: addDays(tomorrow(), -3), kind: "off", blocks: [] }))).toBe("INVALID");
    expect(await codeOf(admin.mutation(api.availability.addException, { providerId: p, date: "2031-13-01", kind: "off", blocks: [] }))).toBe("INVALID");
    expect(await codeOf(admin.mutation(api.availability.addException, { providerId: p, date: later(), kind: "extra", blocks: [] }))).toBe("INVALID");
    expect(await codeOf(admin.mutation(api.availability.addException, { providerId: p, date: later(), kind: "off", blocks: [{ start: "09:00", end: "10:00" }] }))).toBe("INVALID");
    expect(await codeOf(admin.mutation(api.availability.addException, { providerId: p, date: later(), kind: "off", blocks: [], locationId: fx.location.b }))).toBe("NOT_FOUND");
    expect(await codeOf(admin.mutation(api.availability.removeException, { exceptionId: fx.exception.b }))).toBe("NOT_FOUND");
  });

  test("the list shows exceptions from today on, not past ones", async () => {
    const fx = await twoPractices();
    const { admin } = await actors(fx);
    await fx.t.run((ctx) =>
      ctx.db.insert("scheduleExceptions", { practiceId: fx.practice.a, providerId: fx.member.a.physician, date: "2020-01-06", kind: "off", blocks: [] }),
    );
    const config = await admin.query(api.availability.config, {});
    const dates = config.providers.find((p) => p._id === fx.member.a.physician)!.exceptions.map((e) => e.date);
    expect(dates).not.toContain("2020-01-06");
    expect(dates).toContain(addDays(tomorrow(), 30));
  });
});

describe("visit types", () => {
  test("add and edit; the new duration is used for slots", async () => {
    const fx = await twoPractices();
    const { admin, desk } = await actors(fx);
    const id = await admin.mutation(api.availability.saveType, { name: " Extended consult ", durationMinutes: 45, color: "#3B82F6" });
    let types = (await admin.query(api.availability.config, {})).types;
    expect(types.find((t) => t._id === id)).toMatchObject({ name: "Extended consult", durationMinutes: 45, color: "#3b82f6" });
    await admin.mutation(api.availability.saveType, { typeId: id, name: "Extended consult", durationMinutes: 60, color: "#3b82f6" });
    types = (await admin.query(api.availability.config, {})).types;
    expect(types.find((t) => t._id === id)?.durationMinutes).toBe(60);
    const slots = await desk.query(api.schedule.findSlots, { typeId: id, providerIds: [fx.member.a.physician], from: later(), days: 1 });
    for (const s of slots) expect(s.end - s.start).toBe(60 * 60_000);
    expect(await codeOf(admin.mutation(api.availability.saveType, { name: "follow-up", durationMinutes: 20, color: "#000000" }))).toBe("CONFLICT");
    expect(await codeOf(admin.mutation(api.availability.saveType, { typeId: fx.type.b, name: "Mine", durationMinutes: 20, color: "#000000" }))).toBe("NOT_FOUND");
  });
});

describe("audit", () => {
  test("each change is one settings event with ids and counts only", async () => {
    const fx = await twoPractices();
    const { admin } = await actors(fx);
    const before = (await auditTrail(fx.t, fx.practice.a)).length;
    const p = fx.member.a.physician;
    await admin.mutation(api.availability.setWeekday, { providerId: p, weekday: 2, locationId: fx.location.a, blocks: [{ start: "09:00", end: "12:00" }, { start: "13:00", end: "17:00" }] });
    const ex = await admin.mutation(api.availability.addException, { providerId: p, date: later(), kind: "extra", blocks: [{ start: "08:00", end: "10:00" }] });
    await admin.mutation(api.availability.removeException, { exceptionId: ex });
    const typeId = await admin.mutation(api.availability.saveType, { name: "Synthetic consult", durationMinutes: 30, color: "#123456" });
    const events = (await auditTrail(fx.t, fx.practice.a)).slice(before);
    expect(events.map((e) => [e.verb, e.category, e.action, e.outcome])).toEqual([
      ["availability.set", "settings", "update", "success"],
      ["availability.exception_add", "settings", "create", "success"],
      ["availability.exception_remove", "settings", "delete", "success"],
      ["visit_type.save", "settings", "create", "success"],
    ]);
    expect(events[0]!.details).toMatchObject({ providerId: p, weekday: 2, blockCount: 2 });
    expect(events[1]!.details).toMatchObject({ exceptionId: ex, providerId: p, kind: "extra", blockCount: 1 });
    expect(events[3]!.details).toMatchObject({ typeId, durationMinutes: 30 });
    const text = JSON.stringify(events.map((e) => e.details));
    // No names, dates or times in the details.
    expect(text).not.toMatch(/Synthetic consult|\d{4}-\d{2}-\d{2}|\d{2}:\d{2}/);
  });

  test("a refused change writes no audit event", async () => {
    const fx = await twoPractices();
    const { admin } = await actors(fx);
    const before = (await auditTrail(fx.t, fx.practice.a)).length;
    await codeOf(admin.mutation(api.availability.saveType, { name: "", durationMinutes: 20, color: "#123456" }));
    await codeOf(admin.mutation(api.availability.setWeekday, { providerId: fx.member.a.physician, weekday: 9, locationId: fx.location.a, blocks: [] }));
    expect((await auditTrail(fx.t, fx.practice.a)).length).toBe(before);
  });
});
