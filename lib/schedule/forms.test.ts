import { describe, expect, test } from "vitest";
import { CONFLICT_MESSAGES } from "../../convex/model/schedule";
import { bookingSchema, cancelSchema, isHoursConflict, moveSchema, overrideSchema } from "./forms";

const booking = { patientId: "p1", typeId: "t1", providerId: "m1", date: "2026-05-12", time: "16:20", repeat: false, everyWeeks: 1, count: 6 };

describe("scheduling forms", () => {
  test("a booking needs a patient, a visit type, a provider and a valid date and time", () => {
    expect(bookingSchema.safeParse(booking).success).toBe(true);
    const r = bookingSchema.safeParse({ ...booking, patientId: "", typeId: "", providerId: "", date: "2026-02-30", time: "4:20" });
    expect(r.success).toBe(false);
    const messages = r.success ? [] : r.error.issues.map((i) => i.message);
    expect(messages).toEqual(
      expect.arrayContaining(["Find and choose the patient.", "Choose a visit type.", "Enter a date.", "Enter a time, such as 4:20 PM."]),
    );
  });

  test("a series has 2 to 26 visits, every 1 to 8 weeks", () => {
    expect(bookingSchema.safeParse({ ...booking, repeat: true, count: 26, everyWeeks: 8 }).success).toBe(true);
    expect(bookingSchema.safeParse({ ...booking, repeat: true, count: 27 }).success).toBe(false);
    expect(bookingSchema.safeParse({ ...booking, repeat: true, count: Number.NaN }).success).toBe(false);
    expect(bookingSchema.safeParse({ ...booking, repeat: true, everyWeeks: 9 }).success).toBe(false);
  });

  test("reasons are trimmed and bounded like the server's", () => {
    expect(overrideSchema.safeParse({ reason: "  ok  " }).success).toBe(false);
    expect(overrideSchema.parse({ reason: "  Provider agreed  " }).reason).toBe("Provider agreed");
    expect(cancelSchema.safeParse({ reason: "no", scope: "one" }).success).toBe(false);
    expect(cancelSchema.safeParse({ reason: "x".repeat(301), scope: "rest" }).success).toBe(false);
    expect(moveSchema.safeParse({ date: "2026-05-12", time: "09:00", providerId: "" }).success).toBe(false);
  });

  test("only the server's working-hours conflict offers an override", () => {
    expect(isHoursConflict("CONFLICT", CONFLICT_MESSAGES.hours)).toBe(true);
    expect(isHoursConflict("CONFLICT", CONFLICT_MESSAGES.provider)).toBe(false);
    expect(isHoursConflict("CONFLICT", CONFLICT_MESSAGES.patient)).toBe(false);
    expect(isHoursConflict("INVALID", "working hours")).toBe(false);
  });
});
