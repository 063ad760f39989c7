import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { patchConvexTestSource, PINNED_CONVEX_TEST_VERSION } from "./convex-test-internals.js";
import { nextRun, parseCron } from "./cron-schedule.js";
import { Engine } from "./engine.js";
import type { CommitRecord, RuntimeStore } from "./store-contract.js";
import { FIXTURE_DIR, httpClient, nextValue, startTestRuntime, waitFor, wsClient } from "./test/harness.js";
import { emptyState } from "./test/memory-store.js";

const fn = (name: string) => name as never;
const args = (a: Record<string, unknown>) => a as never;

/** A store whose flushes complete only when the test says so. */
function gatedStore() {
  const appended: CommitRecord[] = [];
  let release: (() => void) | null = null;
  let fail: ((e: Error) => void) | null = null;
  const store: RuntimeStore = {
    state: emptyState(),
    append: (rec) => void appended.push(rec),
    flush: () =>
      new Promise<void>((resolve, reject) => {
        release = resolve;
        fail = reject;
      }),
    maybeSnapshot: async () => {},
    close: async () => {},
  };
  return {
    store,
    appended,
    release: () => release?.(),
    fail: (e: Error) => fail?.(e),
    get flushing() {
      return release !== null;
    },
  };
}

describe("convex-test internals", () => {
  test("the pinned version and source markers are checked before anything runs", async () => {
    const require = createRequire(import.meta.url);
    const entry = require.resolve("convex-test");
    const source = await readFile(entry, "utf8");
    const dist = path.dirname(entry);
    expect(patchConvexTestSource(source, PINNED_CONVEX_TEST_VERSION, dist)).toMatch(/export \{ convexGlobalStorage, runScheduledFunction \};/);
    expect(() => patchConvexTestSource(source, "0.0.61", dist)).toThrow(/convex-test 0\.0\.60 is required, found 0\.0\.61.*refuses to start/);
    const broken = source.replace("commit(commitTs = null) {", "commit(ts) {");
    expect(() => patchConvexTestSource(broken, PINNED_CONVEX_TEST_VERSION, dist)).toThrow(/missing internal: DatabaseFake\.commit\. The runtime refuses to start/);
  });
});

describe("durability", () => {
  test("a mutation resolves, and subscribers see it, only after its commit is flushed", async () => {
    const gate = gatedStore();
    const engine = await Engine.open({ convexDir: FIXTURE_DIR, store: gate.store, crons: false });
    const durable: bigint[] = [];
    engine.onDurableCommit((ts) => durable.push(ts));
    let resolved = false;
    const p = engine.runMutation("messages:send", { body: "x" }, null).then((r) => ((resolved = true), r));
    await waitFor(() => gate.flushing, (f) => f);
    expect(gate.appended).toHaveLength(1);
    expect(gate.appended[0]!.writes[0]![1]).toMatchObject({ body: "x" });
    await new Promise((r) => setTimeout(r, 50));
    expect(resolved).toBe(false);
    expect(durable).toEqual([]);
    gate.release();
    const { ts } = await p;
    expect(durable).toEqual([ts]);
    expect(engine.durableTs).toBe(ts);
    await engine.close();
  });

  test("a failed flush fails the mutation and stops the engine", async () => {
    const gate = gatedStore();
    const engine = await Engine.open({ convexDir: FIXTURE_DIR, store: gate.store, crons: false });
    const fatal: Error[] = [];
    engine.onFatal((e) => fatal.push(e));
    const p = engine.runMutation("messages:send", { body: "x" }, null);
    await waitFor(() => gate.flushing, (f) => f);
    gate.fail(new Error("disk full"));
    await expect(p).rejects.toThrow(/disk full/);
    expect(fatal).toHaveLength(1);
    await expect(engine.runMutation("messages:send", { body: "y" }, null)).rejects.toThrow(/persistence failed/);
    await engine.close();
  });
});

describe("scheduling", () => {
  test("crons from crons.ts run", async () => {
    const rt = await startTestRuntime();
    const c = wsClient(rt.url);
    expect(await nextValue<number>(c, "messages:tickCount", {}, (n) => n >= 2, 5000)).toBeGreaterThanOrEqual(2);
    await c.close();
    await rt.close();
  });

  test("scheduled functions run", async () => {
    const rt = await startTestRuntime();
    const h = httpClient(rt.url);
    await h.mutation(fn("messages:sendLater"), args({ body: "soon", delayMs: 50 }));
    await waitFor(() => h.query(fn("messages:list"), args({})) as Promise<Array<{ body: string }>>, (r) => r.some((x) => x.body === "soon"));
    expect(await waitFor(() => h.query(fn("messages:jobs"), args({})), (j) => JSON.stringify(j).includes("success"))).toEqual([
      { name: "messages:secretInsert", state: "success" },
    ]);
    await rt.close();
  });

  test("cron schedules compute the next run in UTC", () => {
    const t = Date.UTC(2025, 0, 31, 10, 7, 30); // Friday
    expect(nextRun({ type: "interval", seconds: 30 }, t)).toBe(t + 30_000);
    expect(nextRun({ type: "interval", hours: 2 }, t)).toBe(t + 7_200_000);
    expect(new Date(nextRun({ type: "hourly", minuteUTC: 5 }, t)).toISOString()).toBe("2025-01-31T11:05:00.000Z");
    expect(new Date(nextRun({ type: "daily", hourUTC: 3, minuteUTC: 15 }, t)).toISOString()).toBe("2025-02-01T03:15:00.000Z");
    expect(new Date(nextRun({ type: "weekly", dayOfWeek: "monday", hourUTC: 9 }, t)).toISOString()).toBe("2025-02-03T09:00:00.000Z");
    expect(new Date(nextRun({ type: "monthly", day: 31, hourUTC: 0 }, t)).toISOString()).toBe("2025-03-31T00:00:00.000Z");
    expect(new Date(nextRun({ type: "cron", cron: "*/15 9-17 * * 1-5" }, t)).toISOString()).toBe("2025-01-31T10:15:00.000Z");
    expect(new Date(nextRun({ type: "cron", cron: "0 0 1 1 *" }, t)).toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(() => parseCron("* * *")).toThrow(/5 fields/);
    expect(() => parseCron("61 * * * *")).toThrow(/minute/);
  });
});
