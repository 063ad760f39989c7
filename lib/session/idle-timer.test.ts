import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { IdleTimer, type IdlePhase } from "./idle-timer";
import { DEFAULT_IDLE_MINUTES, idleLimitMs, warningLeadMs } from "./policy";
import { idleTimeoutMinutesSchema } from "./policy-schema";

const MIN = 60_000;

function timer(limitMs = 15 * MIN, warningMs = MIN) {
  const phases: IdlePhase[] = [];
  const t = new IdleTimer({ limitMs, warningMs, onPhase: (p) => phases.push(p) });
  return { t, phases };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date("2030-03-04T09:00:00Z"));
});
afterEach(() => {
  vi.useRealTimers();
});

describe("IdleTimer", () => {
  test("warns a minute before the limit and expires at the limit", () => {
    const { t, phases } = timer();
    vi.advanceTimersByTime(14 * MIN - 1);
    expect(t.phase).toBe("active");
    vi.advanceTimersByTime(1);
    expect(phases).toEqual(["warning"]);
    vi.advanceTimersByTime(MIN - 1);
    expect(t.phase).toBe("warning");
    vi.advanceTimersByTime(1);
    expect(phases).toEqual(["warning", "expired"]);
  });

  test("activity before the warning moves the deadline", () => {
    const { t, phases } = timer();
    vi.advanceTimersByTime(10 * MIN);
    expect(t.activity()).toBe(true);
    vi.advanceTimersByTime(14 * MIN - 1);
    expect(phases).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(phases).toEqual(["warning"]);
  });

  test("a stream of activity keeps one timer and the warning comes a limit after the last of it", () => {
    const { t, phases } = timer();
    for (let i = 0; i < 100; i++) {
      vi.advanceTimersByTime(10_000);
      t.activity();
      expect(vi.getTimerCount()).toBe(1);
    }
    vi.advanceTimersByTime(14 * MIN - 1);
    expect(phases).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(phases).toEqual(["warning"]);
  });

  test("once warned, ordinary activity does not keep the session; staying signed in does", () => {
    const { t, phases } = timer();
    vi.advanceTimersByTime(14 * MIN + 5_000);
    expect(t.activity()).toBe(false);
    expect(t.phase).toBe("warning");
    expect(t.stayActive()).toBe(true);
    expect(phases).toEqual(["warning", "active"]);
    vi.advanceTimersByTime(15 * MIN);
    expect(phases).toEqual(["warning", "active", "warning", "expired"]);
  });

  test("activity in another tab counts, including during the warning", () => {
    const { t, phases } = timer();
    vi.advanceTimersByTime(14 * MIN + 30_000);
    expect(t.phase).toBe("warning");
    t.remoteActivity(Date.now());
    expect(phases).toEqual(["warning", "active"]);
    // Older news from another tab changes nothing.
    t.remoteActivity(Date.now() - 20 * MIN);
    vi.advanceTimersByTime(15 * MIN);
    expect(t.phase).toBe("expired");
  });

  test("a late timer (background tab, sleep) still expires on the next check, and nothing revives it", () => {
    const { t, phases } = timer();
    // The clock jumps without timers running, as when a laptop sleeps.
    vi.setSystemTime(Date.now() + 20 * MIN);
    expect(t.activity()).toBe(false);
    expect(phases).toEqual(["expired"]);
    expect(t.stayActive()).toBe(false);
    t.remoteActivity(Date.now());
    t.check();
    expect(t.phase).toBe("expired");
    expect(phases).toEqual(["expired"]);
  });

  test("expire() ends the session at once, once", () => {
    const { t, phases } = timer();
    t.expire();
    t.expire();
    expect(phases).toEqual(["expired"]);
  });

  test("stop() leaves no timer behind", () => {
    const { t, phases } = timer();
    t.stop();
    vi.advanceTimersByTime(60 * MIN);
    expect(phases).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });

  test("starts from a known last activity (a tab opened later joins the shared clock)", () => {
    const phases: IdlePhase[] = [];
    const t = new IdleTimer({ limitMs: 15 * MIN, warningMs: MIN, lastActivity: Date.now() - 14 * MIN, onPhase: (p) => phases.push(p) });
    expect(phases).toEqual(["warning"]);
    expect(t.deadline).toBe(Date.now() + MIN);
  });
});

describe("idle policy", () => {
  test("admins may set whole minutes from 1 to 60", () => {
    expect(idleTimeoutMinutesSchema.safeParse(1).success).toBe(true);
    expect(idleTimeoutMinutesSchema.safeParse(60).success).toBe(true);
    for (const bad of [0, 61, 2.5, -5, Number.NaN]) expect(idleTimeoutMinutesSchema.safeParse(bad).success, String(bad)).toBe(false);
  });

  test("the enforced limit falls back to the default for unusable values and never exceeds an hour", () => {
    expect(idleLimitMs(undefined)).toBe(DEFAULT_IDLE_MINUTES * MIN);
    expect(idleLimitMs(0)).toBe(DEFAULT_IDLE_MINUTES * MIN);
    expect(idleLimitMs(Number.NaN)).toBe(DEFAULT_IDLE_MINUTES * MIN);
    expect(idleLimitMs(5)).toBe(5 * MIN);
    expect(idleLimitMs(600)).toBe(60 * MIN);
    // Sub-minute limits (tests only) are kept, but not below 10 seconds.
    expect(idleLimitMs(0.5)).toBe(30_000);
    expect(idleLimitMs(0.01)).toBe(10_000);
  });

  test("the warning comes a minute ahead, or halfway for short limits", () => {
    expect(warningLeadMs(15 * MIN)).toBe(MIN);
    expect(warningLeadMs(MIN)).toBe(30_000);
    expect(warningLeadMs(30_000)).toBe(15_000);
  });
});
