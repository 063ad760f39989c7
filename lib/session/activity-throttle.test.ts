import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ActivityThrottle } from "./activity-throttle";

describe("ActivityThrottle", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(1_000_000);
  });
  afterEach(() => vi.useRealTimers());

  const make = () => {
    const sent: number[] = [];
    const t = new ActivityThrottle({ everyMs: 1_000, send: (at) => sent.push(at) });
    return { t, sent };
  };

  it("sends the first activity at once and at most once per interval", () => {
    const { t, sent } = make();
    t.activity(Date.now());
    expect(sent).toEqual([1_000_000]);
    vi.advanceTimersByTime(300);
    t.activity(Date.now());
    vi.advanceTimersByTime(300);
    t.activity(Date.now());
    expect(sent).toEqual([1_000_000]);
  });

  it("sends the last activity of an interval when the interval ends (it is not lost)", () => {
    const { t, sent } = make();
    t.activity(Date.now());
    vi.advanceTimersByTime(400);
    t.activity(Date.now()); // 1_000_400
    vi.advanceTimersByTime(400);
    t.activity(Date.now()); // 1_000_800: the latest
    vi.advanceTimersByTime(199);
    expect(sent).toEqual([1_000_000]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([1_000_000, 1_000_800]);
    // nothing more without new activity
    vi.advanceTimersByTime(5_000);
    expect(sent).toEqual([1_000_000, 1_000_800]);
  });

  it("after a quiet interval, sends at once again", () => {
    const { t, sent } = make();
    t.activity(Date.now());
    vi.advanceTimersByTime(2_500);
    t.activity(Date.now());
    expect(sent).toEqual([1_000_000, 1_002_500]);
  });

  it("a send made outside it counts, and what it covered is not sent again", () => {
    const { t, sent } = make();
    t.activity(Date.now());
    vi.advanceTimersByTime(300);
    t.activity(Date.now()); // held: 1_000_300
    vi.advanceTimersByTime(100);
    t.sentNow(Date.now()); // "Stay signed in" at 1_000_400 covers it
    vi.advanceTimersByTime(2_000);
    expect(sent).toEqual([1_000_000]);
  });

  it("sends nothing after stop", () => {
    const { t, sent } = make();
    t.activity(Date.now());
    vi.advanceTimersByTime(500);
    t.activity(Date.now());
    t.stop();
    vi.advanceTimersByTime(5_000);
    expect(sent).toEqual([1_000_000]);
  });
});
