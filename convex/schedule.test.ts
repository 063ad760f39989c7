/**
 * Scheduling: conflict rules (provider, patient, working hours, audited
 * override), concurrent booking, series, move and cancel, check-in and the
 * patient flow, and the day view under a grant. All data synthetic.
 */
import { describe, expect, test } from "vitest";
import { api } from "./_generated/api";
import { addDays } from "../lib/schedule/time";
import { auditTrail, codeOf, emailOf, outcome, signedIn, tomorrow, twoPractices, withKeys, type Fixture } from "./test.setup";

async function desk(fx: Fixture) {
  return await signedIn(fx.t, emailOf("front_desk", "a"));
}

const args = (fx: Fixture, time: string, date = tomorrow()) => ({
  patientId: fx.patient.a,
  providerId: fx.member.a.physician,
  typeId: fx.type.a,
  date,
  time,
});

async function secondPatient(fx: Fixture) {
  return await fx.t.run((ctx) =>
    ctx.db.insert("patients", { practiceId: fx.practice.a, ...withKeys({ mrn: "MRN-7700002", firstName: "Synth", lastName: "Second", dob: "1990-05-05", sex: "male" as const }) }),
  );
}

describe("conflict rules", () => {
  test("a provider is never double-booked; back-to-back is fine", async () => {
    const fx = await twoPractices();
    const fd = await desk(fx);
    const other = await secondPatient(fx);
    // The fixture has 09:00–09:20 booked for patient a with this physician.
    const clash = await outcome(fd.mutation(api.appointments.book, { ...args(fx, "09:10"), patientId: other }));
    expect(clash).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/provider already has an appointment/) });
    expect(await codeOf(fd.mutation(api.appointments.book, { ...args(fx, "09:20"), patientId: other }))).toBe("OK");
  });

  test("a patient never has two overlapping appointments, even with different providers", async () => {
    const fx = await twoPractices();
    const fd = await desk(fx);
    const secondDoc = await fx.t.run(async (ctx) => {
      const id = await ctx.db.insert("members", { practiceId: fx.practice.a, email: "doc2@a.test", name: "Second Physician", role: "physician", status: "active" });
      const location = (await ctx.db.query("locations").first())!;
      for (let weekday = 0; weekday < 7; weekday++) {
        await ctx.db.insert("availability", { practiceId: fx.practice.a, providerId: id, locationId: location._id, weekday, blocks: [{ start: "00:00", end: "23:59" }] });
      }
      return id;
    });
    const r = await outcome(fd.mutation(api.appointments.book, { ...args(fx, "09:05"), providerId: secondDoc }));
    expect(r).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/patient already has an appointment/) });
  });

  test("outside working hours only with an override that states a reason, and the override is audited", async () => {
    const fx = await twoPractices();
    const fd = await desk(fx);
    await fx.t.run(async (ctx) => {
      for (const a of await ctx.db.query("availability").collect()) await ctx.db.patch("availability", a._id, { blocks: [{ start: "08:00", end: "12:00" }] });
    });
    expect((await outcome(fd.mutation(api.appointments.book, args(fx, "18:00")))).message).toMatch(/outside the provider's working hours/);
    const booked = await fd.mutation(api.appointments.book, { ...args(fx, "18:00"), overrideReason: "Synthetic late slot agreed with provider" });
    const event = (await auditTrail(fx.t, fx.practice.a)).find((e) => e.resource?.id === booked.appointmentId)!;
    expect(event).toMatchObject({ verb: "appointment.book", details: { override: true } });
    expect(JSON.stringify(event)).not.toContain("agreed with provider");
  });

  test("two people booking the same slot at once: exactly one succeeds", async () => {
    const fx = await twoPractices();
    const a = await desk(fx);
    const b = await signedIn(fx.t, emailOf("front_desk", "a"));
    const other = await secondPatient(fx);
    const results = await Promise.all([
      outcome(a.mutation(api.appointments.book, args(fx, "14:00"))),
      outcome(b.mutation(api.appointments.book, { ...args(fx, "14:00"), patientId: other })),
    ]);
    expect(results.map((r) => r.code).sort()).toEqual(["CONFLICT", "OK"]);
    const rows = await fx.t.run((ctx) => ctx.db.query("appointments").collect());
    expect(rows.filter((r) => r.practiceId === fx.practice.a && r.date === tomorrow() && r.status === "scheduled")).toHaveLength(2);
  });
});

describe("series", () => {
  test("checks every date first, reports the conflicting ones, books nothing; skipping them books the rest", async () => {
    const fx = await twoPractices();
    const fd = await desk(fx);
    const other = await secondPatient(fx);
    const week2 = addDays(tomorrow(), 7);
    await fd.mutation(api.appointments.book, { ...args(fx, "10:00", week2), patientId: other });
    const before = (await fx.t.run((ctx) => ctx.db.query("appointments").collect())).length;
    const series = { patientId: fx.patient.a, providerId: fx.member.a.physician, typeId: fx.type.a, firstDate: tomorrow(), time: "10:00", everyWeeks: 1, count: 4 };
    const first = await fd.mutation(api.appointments.bookSeries, series);
    expect(first.booked).toEqual([]);
    expect(first.conflicts).toEqual([{ date: week2, reason: "provider", message: expect.stringMatching(/provider/) }]);
    expect((await fx.t.run((ctx) => ctx.db.query("appointments").collect())).length).toBe(before);
    const second = await fd.mutation(api.appointments.bookSeries, { ...series, skipDates: [week2] });
    expect(second.booked).toHaveLength(3);

    // Move the rest of the series from the second visit: one day later, at 11:00; the first stays.
    const [first2, secondVisit] = second.booked;
    await fd.mutation(api.appointments.move, { appointmentId: secondVisit!.appointmentId, date: addDays(week2, 8), time: "11:00", scope: "rest" });
    const rows = await fx.t.run((ctx) => ctx.db.query("appointments").collect());
    const byId = new Map(rows.map((r) => [r._id, r]));
    expect(byId.get(first2!.appointmentId)!.date).toBe(tomorrow());
    const movedDates = second.booked.slice(1).map((b) => byId.get(b.appointmentId)!.date);
    expect(movedDates).toEqual([addDays(tomorrow(), 15), addDays(tomorrow(), 22)]);
    // A conflict for any later visit moves none of them.
    const blockerDay = addDays(tomorrow(), 29);
    await fd.mutation(api.appointments.book, { ...args(fx, "09:00", blockerDay), patientId: other });
    expect(await codeOf(fd.mutation(api.appointments.move, { appointmentId: secondVisit!.appointmentId, date: addDays(tomorrow(), 22), time: "09:00", scope: "rest" }))).toBe("CONFLICT");
    expect(second.booked.slice(1).map((b) => byId.get(b.appointmentId)!.date)).toEqual(movedDates);
    const after = await fx.t.run((ctx) => ctx.db.query("appointments").collect());
    expect(second.booked.slice(1).map((b) => after.find((r) => r._id === b.appointmentId)!.date)).toEqual(movedDates);

    // Cancel the rest of the series from the second occurrence.
    expect(await fd.mutation(api.appointments.cancel, { appointmentId: secondVisit!.appointmentId, reason: "Synthetic move away", scope: "rest" })).toEqual({ cancelled: 2 });
  });
});

describe("move, check-in and patient flow", () => {
  test("moving keeps the guarantees; check-in starts the encounter; the flow only moves forward", async () => {
    const fx = await twoPractices();
    const fd = await desk(fx);
    const moved = await fd.mutation(api.appointments.move, { appointmentId: fx.appointment.a, date: tomorrow(), time: "10:40" });
    expect(moved.end - moved.start).toBe(20 * 60_000);
    // Moving onto the arrived appointment's slot (08:00) clashes for provider and patient.
    expect(await codeOf(fd.mutation(api.appointments.move, { appointmentId: fx.appointment.a, date: tomorrow(), time: "08:05" }))).toBe("CONFLICT");

    const { encounterId } = await fd.mutation(api.appointments.checkIn, { appointmentId: fx.appointment.a, demographicsConfirmed: true, insuranceConfirmed: true });
    const encounter = await fx.t.run((ctx) => ctx.db.get("encounters", encounterId));
    expect(encounter).toMatchObject({ patientId: fx.patient.a, providerId: fx.member.a.physician, status: "open" });
    expect(await codeOf(fd.mutation(api.appointments.checkIn, { appointmentId: fx.appointment.a, demographicsConfirmed: true, insuranceConfirmed: true }))).toBe("CONFLICT");

    const nurse = await signedIn(fx.t, emailOf("nurse", "a"));
    await nurse.mutation(api.appointments.advance, { appointmentId: fx.appointment.a, to: "roomed" });
    expect(await codeOf(nurse.mutation(api.appointments.advance, { appointmentId: fx.appointment.a, to: "completed" }))).toBe("CONFLICT");
    await nurse.mutation(api.appointments.advance, { appointmentId: fx.appointment.a, to: "with_provider" });
    await nurse.mutation(api.appointments.advance, { appointmentId: fx.appointment.a, to: "completed" });
    const verbs = (await auditTrail(fx.t, fx.practice.a)).map((e) => e.verb);
    expect(verbs).toEqual(expect.arrayContaining(["appointment.move", "appointment.check_in", "appointment.roomed", "appointment.with_provider", "appointment.completed"]));
  });
});

describe("day view", () => {
  test("needs an audited grant for that date, and lists only that day's appointments", async () => {
    const fx = await twoPractices();
    const fd = await desk(fx);
    expect(await codeOf(fd.query(api.schedule.day, { date: tomorrow() }))).toBe("ACCESS_NOT_GRANTED");
    await fd.mutation(api.appointments.book, args(fx, "10:00", addDays(tomorrow(), 1)));
    await fd.mutation(api.schedule.openDay, { date: tomorrow() });
    const view = await fd.query(api.schedule.day, { date: tomorrow() });
    expect(view.appointments.map((a) => a.status).sort()).toEqual(["arrived", "scheduled"]);
    expect(view.appointments[0]).toMatchObject({ patientName: expect.stringContaining(","), typeName: "Follow-up" });
    expect(view.providers.map((p) => p._id)).toEqual([fx.member.a.physician]);
    expect((await auditTrail(fx.t, fx.practice.a)).some((e) => e.verb === "schedule.view")).toBe(true);
  });

  test("free slots skip booked time and respect the visit's length", async () => {
    const fx = await twoPractices();
    const fd = await desk(fx);
    const slots = await fd.query(api.schedule.findSlots, { typeId: fx.type.a, providerIds: [fx.member.a.physician], from: tomorrow(), days: 1 });
    const booked = await fx.t.run((ctx) => ctx.db.query("appointments").collect());
    for (const s of slots) {
      expect(s.end - s.start).toBe(20 * 60_000);
      for (const b of booked) expect(s.start < b.end && b.start < s.end).toBe(false);
    }
    expect(slots.length).toBeGreaterThan(0);
  });
});

describe("care relationship from the schedule", () => {
  test("an upcoming appointment lets clinicians open the chart routinely", async () => {
    const fx = await twoPractices();
    const other = await secondPatient(fx);
    const nurse = await signedIn(fx.t, emailOf("nurse", "a"));
    expect(await codeOf(nurse.mutation(api.access.openChart, { patientId: other }))).toBe("EMERGENCY_ACCESS_REQUIRED");
    await (await desk(fx)).mutation(api.appointments.book, { ...args(fx, "16:00"), patientId: other });
    expect(await codeOf(nurse.mutation(api.access.openChart, { patientId: other }))).toBe("OK");
  });
});
