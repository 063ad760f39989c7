import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { ConvexClient } from "convex/browser";
import { startTestRuntime, wsClient, type TestRuntime } from "./test/harness.js";

type Row = { _id: string; n: number };
type Paginated = { results: Row[]; status: string; loadMore: (n: number) => boolean };
const fn = (name: string) => name as never;

/** Live paginated subscription with a way to wait for a state. */
function paginate(c: ConvexClient, initialNumItems: number) {
  let latest: Paginated | undefined;
  const waiters: Array<{ pred: (p: Paginated) => boolean; resolve: (p: Paginated) => void }> = [];
  const unsubscribe = c.onPaginatedUpdate_experimental(fn("messages:byN"), {} as never, { initialNumItems }, (p: unknown) => {
    latest = p as Paginated;
    for (const w of waiters.splice(0)) {
      if (w.pred(latest)) w.resolve(latest);
      else waiters.push(w);
    }
  });
  return {
    unsubscribe,
    until(pred: (p: Paginated) => boolean, timeoutMs = 10_000): Promise<Paginated> {
      if (latest && pred(latest)) return Promise.resolve(latest);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`paginated state not reached; last: ${JSON.stringify(latest?.results.map((r) => r.n))} ${latest?.status}`)), timeoutMs);
        waiters.push({ pred, resolve: (p) => (clearTimeout(timer), resolve(p)) });
      });
    },
    get latest() {
      return latest;
    },
  };
}

const ns = (p: Paginated) => p.results.map((r) => r.n);

describe("live pagination with journals", () => {
  let rt: TestRuntime;
  let c: ConvexClient;
  beforeEach(async () => {
    rt = await startTestRuntime();
    c = wsClient(rt.url);
  });
  afterEach(async () => {
    await c.close();
    await rt.close();
  });

  test("pages neither overlap nor leave gaps while rows are inserted and deleted", async () => {
    const ids = new Map<number, string>();
    for (let n = 10; n <= 100; n += 10) ids.set(n, (await c.mutation(fn("messages:send"), { body: `m${n}`, n } as never)) as string);

    const p = paginate(c, 3);
    await p.until((s) => s.status === "CanLoadMore" && s.results.length === 3);
    while (p.latest!.status !== "Exhausted") {
      const before = p.latest!.results.length;
      p.latest!.loadMore(3);
      await p.until((s) => s.status !== "LoadingMore" && s.results.length > before);
    }
    expect(ns(p.latest!)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);

    const expected = new Set(ids.keys());
    const change = async (what: () => Promise<unknown>, apply: () => void) => {
      await what();
      apply();
      const want = [...expected].sort((a, b) => a - b);
      const got = await p.until((s) => JSON.stringify(ns(s)) === JSON.stringify(want) && s.status === "Exhausted");
      // Each row exactly once, in order: no overlap, no gap.
      expect(ns(got)).toEqual(want);
    };
    const insert = (n: number) => change(() => c.mutation(fn("messages:send"), { body: `m${n}`, n } as never).then((id) => ids.set(n, id as string)), () => expected.add(n));
    const remove = (n: number) => change(() => c.mutation(fn("messages:remove"), { id: ids.get(n) } as never), () => expected.delete(n));

    await insert(15); // inside page 1
    await insert(45); // inside page 2
    await remove(30); // the row page 1 ends at (its journal's end cursor)
    await remove(60); // the row page 2 ends at
    await insert(5); // before everything
    await insert(105); // after the last page
    await insert(31); // where the deleted end row was
    await remove(10);
    for (let n = 32; n < 40; n++) await insert(n); // grow one page past its split threshold
    expect(ns(p.latest!)).toEqual([...expected].sort((a, b) => a - b));
    p.unsubscribe();
  });

  test("a page ending at a deleted row is not reported as the last page", async () => {
    const ids: string[] = [];
    for (let n = 1; n <= 6; n++) ids.push((await c.mutation(fn("messages:send"), { body: `r${n}`, n } as never)) as string);
    const p = paginate(c, 3);
    await p.until((s) => s.results.length === 3 && s.status === "CanLoadMore");
    await c.mutation(fn("messages:remove"), { id: ids[2] } as never);
    const after = await p.until((s) => s.results.length === 2);
    expect(ns(after)).toEqual([1, 2]);
    expect(after.status).toBe("CanLoadMore");
    after.loadMore(3);
    const all = await p.until((s) => s.status === "Exhausted");
    expect(ns(all)).toEqual([1, 2, 4, 5, 6]);
  });
});
