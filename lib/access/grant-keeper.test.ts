import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { EXPIRY_GRACE_MS, GrantKeeper, RENEW_EVERY_MS, expiryDelay, type GrantKeeperOptions } from "./grant-keeper";

const MIN = 60_000;
const GONE = new Error("access not granted");

/** A keeper with recording callbacks; `answer` decides how each renewal ends. */
function keeper(overrides: Partial<GrantKeeperOptions> = {}, answer: (key: string) => Promise<{ expiresAt: number }> = () => Promise.resolve({ expiresAt: Date.now() + 15 * MIN })) {
  const renewed: [string, number][] = [];
  const expired: string[] = [];
  const renewCalls: string[] = [];
  const k = new GrantKeeper({
    renew: (key) => {
      renewCalls.push(key);
      return answer(key);
    },
    onRenewed: (key, at) => renewed.push([key, at]),
    onExpired: (key) => expired.push(key),
    isNotGranted: (err) => err === GONE,
    ...overrides,
  });
  return { k, renewed, expired, renewCalls };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date("2030-03-04T09:00:00Z"));
});
afterEach(() => {
  vi.useRealTimers();
});

describe("GrantKeeper expiry", () => {
  test("closes a grant just after its end, not before", () => {
    const { k, expired } = keeper();
    const end = Date.now() + 15 * MIN;
    k.track({ chart: end });
    vi.advanceTimersByTime(15 * MIN + EXPIRY_GRACE_MS - 1);
    expect(expired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(expired).toEqual(["chart"]);
    // Once closed it is not closed again.
    vi.advanceTimersByTime(60 * MIN);
    k.check();
    expect(expired).toEqual(["chart"]);
  });

  test("follows the earliest of several grants, then the next", () => {
    const { k, expired } = keeper();
    const now = Date.now();
    k.track({ "2030-03-05": now + 10 * MIN, "2030-03-04": now + 5 * MIN });
    vi.advanceTimersByTime(5 * MIN + EXPIRY_GRACE_MS);
    expect(expired).toEqual(["2030-03-04"]);
    vi.advanceTimersByTime(5 * MIN);
    expect(expired).toEqual(["2030-03-04", "2030-03-05"]);
  });

  test("a later end (a renewal in another tab) moves the check", () => {
    const { k, expired } = keeper();
    const now = Date.now();
    k.track({ audit: now + 5 * MIN });
    vi.advanceTimersByTime(4 * MIN);
    k.track({ audit: now + 20 * MIN });
    vi.advanceTimersByTime(2 * MIN);
    expect(expired).toEqual([]);
    vi.advanceTimersByTime(14 * MIN + EXPIRY_GRACE_MS);
    expect(expired).toEqual(["audit"]);
  });

  test("a tab that slept past the end closes the grant on check(), whatever the timer did", () => {
    const { k, expired } = keeper();
    k.track({ chart: Date.now() + MIN });
    // The clock jumps (a sleeping laptop) without the timer having fired.
    vi.setSystemTime(Date.now() + 2 * MIN);
    k.check();
    expect(expired).toEqual(["chart"]);
  });

  test("a grant no longer tracked is neither closed nor renewed; stop() forgets all", () => {
    const { k, expired, renewCalls } = keeper();
    k.track({ a: Date.now() + MIN, b: Date.now() + MIN });
    k.track({ b: Date.now() + MIN });
    k.stop();
    vi.advanceTimersByTime(10 * MIN);
    k.activity();
    expect(expired).toEqual([]);
    expect(renewCalls).toEqual([]);
  });

  test("the timer delay is capped to what setTimeout accepts", () => {
    expect(expiryDelay(1_000, 0)).toBe(1_000 + EXPIRY_GRACE_MS);
    expect(expiryDelay(0, 1_000)).toBe(EXPIRY_GRACE_MS);
    expect(expiryDelay(Number.MAX_SAFE_INTEGER, 0)).toBe(2 ** 31 - 1);
  });
});

describe("GrantKeeper renewal", () => {
  test("renews on activity at most once a minute after the opening", async () => {
    const { k, renewed, renewCalls } = keeper();
    k.opened("chart");
    k.track({ chart: Date.now() + 15 * MIN });
    vi.advanceTimersByTime(RENEW_EVERY_MS - 1);
    k.activity();
    expect(renewCalls).toEqual([]);
    vi.advanceTimersByTime(1);
    k.activity();
    k.activity();
    expect(renewCalls).toEqual(["chart"]);
    await vi.advanceTimersByTimeAsync(0);
    expect(renewed).toEqual([["chart", Date.now() + 15 * MIN]]);
    vi.advanceTimersByTime(RENEW_EVERY_MS - 1);
    k.activity();
    expect(renewCalls).toEqual(["chart"]);
    vi.advanceTimersByTime(1);
    k.activity();
    expect(renewCalls).toEqual(["chart", "chart"]);
  });

  test("without activity nothing is renewed and the grant ends", () => {
    const { k, expired, renewCalls } = keeper();
    k.opened("audit");
    k.track({ audit: Date.now() + 15 * MIN });
    vi.advanceTimersByTime(16 * MIN);
    expect(renewCalls).toEqual([]);
    expect(expired).toEqual(["audit"]);
  });

  test("never renews a grant whose time has run out", () => {
    const { k, renewCalls } = keeper();
    k.track({ chart: Date.now() + MIN });
    vi.setSystemTime(Date.now() + MIN);
    k.activity();
    expect(renewCalls).toEqual([]);
  });

  test("does not start a second renewal while one is under way", async () => {
    let settle: (v: { expiresAt: number }) => void = () => {};
    const { k, renewCalls, renewed } = keeper({}, () => new Promise((resolve) => (settle = resolve)));
    k.track({ chart: Date.now() + 15 * MIN });
    k.activity();
    vi.advanceTimersByTime(2 * MIN);
    k.activity();
    expect(renewCalls).toEqual(["chart"]);
    settle({ expiresAt: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(renewed).toEqual([["chart", 1]]);
  });

  test("a refusal (grant gone) closes the grant", async () => {
    const { k, expired } = keeper({}, () => Promise.reject(GONE));
    k.track({ "2030-03-04": Date.now() + 15 * MIN });
    k.activity();
    await vi.advanceTimersByTimeAsync(0);
    expect(expired).toEqual(["2030-03-04"]);
  });

  test("any other failure (offline) leaves the grant open and the next activity tries again", async () => {
    let fail = true;
    const { k, expired, renewCalls, renewed } = keeper({}, () => (fail ? Promise.reject(new Error("offline")) : Promise.resolve({ expiresAt: 42 })));
    k.opened("audit");
    k.track({ audit: Date.now() + 15 * MIN });
    vi.advanceTimersByTime(RENEW_EVERY_MS);
    k.activity();
    await vi.advanceTimersByTimeAsync(0);
    expect(expired).toEqual([]);
    fail = false;
    k.activity();
    await vi.advanceTimersByTimeAsync(0);
    expect(renewCalls).toEqual(["audit", "audit"]);
    expect(renewed).toEqual([["audit", 42]]);
  });

  test("shouldRenew picks the grants kept by working (e.g. the dates on screen)", () => {
    const onScreen = new Set(["2030-03-04"]);
    const { k, renewCalls } = keeper({ shouldRenew: (key) => onScreen.has(key) });
    k.track({ "2030-03-04": Date.now() + 15 * MIN, "2030-03-05": Date.now() + 15 * MIN });
    k.activity();
    expect(renewCalls).toEqual(["2030-03-04"]);
    onScreen.add("2030-03-05");
    k.activity();
    expect(renewCalls).toEqual(["2030-03-04", "2030-03-05"]);
  });

  test("configure swaps the callbacks and keeps the timing", () => {
    const { k, renewCalls } = keeper();
    k.opened("chart");
    k.track({ chart: Date.now() + 15 * MIN });
    const later: string[] = [];
    k.configure({
      renew: (key) => {
        later.push(key);
        return Promise.resolve({ expiresAt: 0 });
      },
      onRenewed: () => {},
      onExpired: () => {},
      isNotGranted: () => false,
    });
    k.activity();
    expect(later).toEqual([]);
    vi.advanceTimersByTime(RENEW_EVERY_MS);
    k.activity();
    expect(later).toEqual(["chart"]);
    expect(renewCalls).toEqual([]);
  });
});
