import { describe, expect, test } from "vitest";
import { addDays, localDate, localTime, weekdayOf, zonedToUtc, isValidDate } from "./time";
import { freeSlots, overlaps, within } from "./slots";
import { seriesDates } from "./series";
import { canTransition, holdsSlot } from "./status";

const TZ = "America/Chicago";
const MIN = 60_000;

describe("time zones", () => {
  test("wall time in Chicago maps to the right instant, across DST", () => {
    expect(new Date(zonedToUtc("2026-07-01", "09:00", TZ)).toISOString()).toBe("2026-07-01T14:00:00.000Z");
    expect(new Date(zonedToUtc("2026-12-01", "09:00", TZ)).toISOString()).toBe("2026-12-01T15:00:00.000Z");
    // The day DST ends (1 Nov 2026): 09:00 is CST.
    expect(new Date(zonedToUtc("2026-11-01", "09:00", TZ)).toISOString()).toBe("2026-11-01T15:00:00.000Z");
    const ms = zonedToUtc("2026-03-09", "16:45", TZ);
    expect([localDate(ms, TZ), localTime(ms, TZ)]).toEqual(["2026-03-09", "16:45"]);
  });
  test("date helpers", () => {
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(weekdayOf("2026-11-23")).toBe(1);
    expect(isValidDate("2026-02-30")).toBe(false);
    expect(isValidDate("2026-02-28")).toBe(true);
  });
});

describe("slots", () => {
  const day = zonedToUtc("2026-11-23", "09:00", TZ);
  const blocks = [
    { start: day, end: day + 180 * MIN },
    { start: day + 240 * MIN, end: day + 480 * MIN },
  ];
  test("finds free starts inside working blocks, around busy time", () => {
    const busy = [{ start: day + 20 * MIN, end: day + 60 * MIN }];
    const starts = freeSlots({ blocks, busy, durationMs: 20 * MIN, stepMs: 10 * MIN, notBefore: 0, limit: 5 });
    expect(starts.map((s) => (s - day) / MIN)).toEqual([0, 60, 70, 80, 90]);
  });
  test("never offers a slot crossing a break or the end of the day, or in the past", () => {
    const starts = freeSlots({ blocks, busy: [], durationMs: 40 * MIN, stepMs: 20 * MIN, notBefore: day + 150 * MIN, limit: 100 });
    for (const s of starts) expect(within({ start: s, end: s + 40 * MIN }, blocks)).toBe(true);
    expect(starts[0]).toBe(day + 240 * MIN);
  });
  test("overlap is half-open: back-to-back is fine", () => {
    expect(overlaps({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(false);
    expect(overlaps({ start: 0, end: 11 }, { start: 10, end: 20 })).toBe(true);
  });
});

describe("series", () => {
  test("weekly and every N weeks, up to 26", () => {
    expect(seriesDates("2026-11-23", 2, 3)).toEqual(["2026-11-23", "2026-12-07", "2026-12-21"]);
    expect(seriesDates("2026-11-23", 1, 26)).toHaveLength(26);
    expect(() => seriesDates("2026-11-23", 1, 27)).toThrow(/2 to 26/);
    expect(() => seriesDates("2026-11-31", 1, 3)).toThrow(/valid first date/);
  });
});

describe("patient flow", () => {
  test("moves forward only; cancelled and no-show free the slot", () => {
    expect(canTransition("scheduled", "arrived")).toBe(true);
    expect(canTransition("arrived", "scheduled")).toBe(false);
    expect(canTransition("completed", "cancelled")).toBe(false);
    expect(canTransition("scheduled", "with_provider")).toBe(false);
    expect(holdsSlot("no_show")).toBe(false);
    expect(holdsSlot("arrived")).toBe(true);
  });
});
