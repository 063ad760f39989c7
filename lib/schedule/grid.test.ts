import { describe, expect, test } from "vitest";
import { clockOf, dropMinute, gridRange, layoutLanes, minuteOfDay, snap, weekOf } from "./grid";
import { formatClock, formatDateLong, formatDuration, formatMinuteOfDay, formatRange, formatTime, minutesBetween } from "./format";
import { zonedToUtc } from "./time";

const TZ = "America/Chicago";

describe("grid geometry", () => {
  test("minute of day on the practice's clock, clamped to the date", () => {
    expect(minuteOfDay(zonedToUtc("2026-05-12", "16:20", TZ), "2026-05-12", TZ)).toBe(16 * 60 + 20);
    expect(minuteOfDay(zonedToUtc("2026-05-11", "23:00", TZ), "2026-05-12", TZ)).toBe(0);
    expect(minuteOfDay(zonedToUtc("2026-05-13", "01:00", TZ), "2026-05-12", TZ)).toBe(24 * 60);
  });

  test("the visible range grows by whole hours to fit", () => {
    expect(gridRange([])).toEqual({ startMin: 420, endMin: 1080 });
    expect(gridRange([{ startMin: 6 * 60 + 30, endMin: 7 * 60 }, { startMin: 18 * 60 + 10, endMin: 18 * 60 + 40 }])).toEqual({
      startMin: 360,
      endMin: 1140,
    });
  });

  test("drops snap to 10 minutes and keep the visit inside the grid", () => {
    expect(snap(984)).toBe(980);
    expect(snap(986)).toBe(990);
    expect(clockOf(980)).toBe("16:20");
    const base = { grabOffsetY: 10, columnTop: 100, pxPerMinute: 2, startMin: 420, endMin: 1080, durationMin: 20 };
    // Pointer 1130 px down: block top at 1020 px → 510 minutes after 07:00 → 15:30.
    expect(dropMinute({ ...base, pointerY: 1130 })).toBe(930);
    expect(dropMinute({ ...base, pointerY: -500 })).toBe(420);
    expect(dropMinute({ ...base, pointerY: 99_999 })).toBe(1060);
  });

  test("overlapping items get side-by-side lanes; others keep the full width", () => {
    const items = [
      { id: "a", start: 0, end: 20 },
      { id: "b", start: 10, end: 30 },
      { id: "c", start: 20, end: 40 },
      { id: "d", start: 50, end: 60 },
    ];
    const out = Object.fromEntries(layoutLanes(items).map((l) => [l.item.id, [l.lane, l.lanes]]));
    expect(out).toEqual({ a: [0, 2], b: [1, 2], c: [0, 2], d: [0, 1] });
  });

  test("a week runs Monday to Sunday", () => {
    const w = weekOf("2026-05-13");
    expect(w[0]).toBe("2026-05-11");
    expect(w[6]).toBe("2026-05-17");
    expect(weekOf("2026-05-17")[0]).toBe("2026-05-11");
    expect(weekOf("2026-05-11")[0]).toBe("2026-05-11");
  });
});

describe("formatting", () => {
  test("times and dates read the way a front desk says them", () => {
    expect(formatTime(zonedToUtc("2026-05-12", "16:20", TZ), TZ)).toBe("4:20 PM");
    expect(formatClock("00:05")).toBe("12:05 AM");
    expect(formatClock("12:00")).toBe("12:00 PM");
    expect(formatMinuteOfDay(13 * 60, true)).toBe("1 PM");
    expect(formatDateLong("2026-05-12")).toBe("Tuesday, May 12, 2026");
    expect(formatRange("2026-05-11", "2026-05-17")).toBe("May 11 – 17, 2026");
    expect(formatRange("2026-04-27", "2026-05-03")).toBe("Apr 27 – May 3, 2026");
    expect(formatRange("2026-12-28", "2027-01-03")).toBe("Dec 28, 2026 – Jan 3, 2027");
  });

  test("waiting time", () => {
    expect(minutesBetween(0, 59_999)).toBe(0);
    expect(minutesBetween(0, 65 * 60_000)).toBe(65);
    expect(minutesBetween(10, 0)).toBe(0);
    expect(formatDuration(0)).toBe("under 1 min");
    expect(formatDuration(65)).toBe("1 h 5 min");
    expect(formatDuration(120)).toBe("2 h");
  });
});
