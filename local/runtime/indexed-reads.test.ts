/**
 * Differential tests: queries served from the ordered indexes must return
 * exactly what convex-test's scan returns, on random data, across commits,
 * with pending writes in the querying transaction, and after a restart.
 *
 * Two checks run together: each query runs through the engine with the
 * indexes on and off (the results must be identical), and the engine runs in
 * verify mode, where every indexed startQuery / paginate is also answered by
 * convex-test's scan in the same transaction state (this is what covers
 * pending writes, including a nested mutation's).
 */
import { convexToJson } from "convex/values";
import { describe, expect, test } from "vitest";
import { loadConvexTestInternals, patchConvexTestSource, PINNED_CONVEX_TEST_VERSION } from "./convex-test-internals.js";
import { Engine, type QueryOutcome } from "./engine.js";
import { indexedConvexTest, type IndexMismatch } from "./indexed-reads.js";
import { buildModuleMap } from "./modules.js";
import type { RuntimeStore } from "./store-contract.js";
import { FIXTURE_DIR } from "./test/harness.js";
import { MemoryDisk, openMemoryStore } from "./test/memory-store.js";
import type { Op, QuerySpec, ReadSpec } from "./test/fixture/convex/items.js";
import { Gen, RANKS, rng, type Item } from "./test/items-gen.js";

/** Other seeds explore other data: `INDEXED_READS_SEED=n npx vitest run local/runtime/indexed-reads.test.ts`. */
const SEED = Number(process.env.INDEXED_READS_SEED ?? 20250601);

const SCAN_ALL: QuerySpec = { index: null, range: [], order: null, filter: null, read: { kind: "collect" } };

function outcomeJson(o: QueryOutcome): string {
  return o.ok ? JSON.stringify(convexToJson(o.value)) : `error: ${(o.error as Error).message}`;
}

class Harness {
  queries = 0;
  constructor(readonly engine: Engine) {}

  async live(): Promise<Item[]> {
    const o = await this.engine.runQuery("items:run", { spec: SCAN_ALL } as never, null);
    if (!o.ok) throw o.error;
    return o.value as Item[];
  }

  async apply(ops: Op[]): Promise<void> {
    await this.engine.runMutation("items:apply", { ops } as never, null);
  }

  /** Runs `spec` with the indexes on and off; the answers must be identical. */
  async both(spec: QuerySpec): Promise<string> {
    const indexes = this.engine.indexes!;
    indexes.enabled = true;
    const indexed = outcomeJson(await this.engine.runQuery("items:run", { spec } as never, null));
    indexes.enabled = false;
    const scanned = outcomeJson(await this.engine.runQuery("items:run", { spec } as never, null));
    indexes.enabled = true;
    this.queries += 2;
    expect(indexed, JSON.stringify(convexToJson(spec as never))).toBe(scanned);
    return indexed;
  }

  /** Pages through `spec` to the end with random page sizes, re-running some pages up to their end cursor. */
  async paginateThrough(gen: Gen, spec: QuerySpec): Promise<number> {
    let cursor: string | null = null;
    for (let pages = 1; pages <= 400; pages++) {
      const read: ReadSpec = { kind: "paginate", numItems: 1 + gen.int(7), cursor, ...(gen.chance(0.15) ? { maximumRowsRead: 1 + gen.int(5) } : {}) };
      const result = JSON.parse(await this.both({ ...spec, read })) as { error?: string; isDone: boolean; continueCursor: string };
      if (result.error !== undefined) return pages;
      if (gen.chance(0.2)) await this.both({ ...spec, read: { kind: "paginate", numItems: 1, cursor, endCursor: result.continueCursor } });
      if (result.isDone) return pages;
      cursor = result.continueCursor;
    }
    throw new Error("pagination did not end");
  }

  /** A mutation that writes and then queries its own pending writes (checked by verify mode). */
  async pendingRound(gen: Gen, live: Item[]): Promise<void> {
    // A later page, starting at a row this transaction rewrites (same key, or a new one).
    const paged = gen.spec(live, { kind: "paginate", numItems: 1 + gen.int(6), cursor: null });
    const first = JSON.parse(await this.both(paged)) as { error?: string; page?: Item[]; continueCursor?: string; isDone?: boolean };
    const cursor = first.error === undefined && !first.isDone ? first.continueCursor! : null;
    const atCursor = cursor !== null ? first.page?.at(-1)?._id : undefined;
    const { ops, alive } = gen.ops(live.map((d) => d._id).filter((id) => id !== atCursor), 15);
    if (atCursor !== undefined) ops.unshift({ op: "patch", id: atCursor, fields: gen.chance(0.5) ? {} : { rank: gen.pick(RANKS) } });
    const specs = Array.from({ length: 12 }, () => gen.spec(live));
    specs.push({ ...paged, read: { kind: "paginate", numItems: 1 + gen.int(10), cursor } });
    const nestedSpecs = Array.from({ length: 6 }, () => gen.spec(live));
    nestedSpecs.push({ ...paged, read: { kind: "paginate", numItems: 1 + gen.int(10), cursor } });
    const nested = { ops: gen.ops(alive, 8).ops, specs: nestedSpecs };
    await this.engine.runMutation("items:applyThenRun", { ops, specs, nested } as never, null);
    this.queries += specs.length * 2 + nestedSpecs.length;
  }
}

async function openEngine(store: RuntimeStore, mismatches: IndexMismatch[]): Promise<Engine> {
  return Engine.open({ convexDir: FIXTURE_DIR, store, crons: false, indexedReads: { verify: (m) => mismatches.push(m) } });
}

describe("indexed reads", () => {
  test("answer thousands of random queries exactly as convex-test's scan: commits, pending writes, pagination", async () => {
    const gen = new Gen(rng(SEED));
    const mismatches: IndexMismatch[] = [];
    const engine = await openEngine(openMemoryStore(new MemoryDisk()), mismatches);
    const h = new Harness(engine);
    await h.apply(Array.from({ length: 120 }, () => ({ op: "insert", doc: gen.doc() }) as Op));
    let pages = 0;
    for (let round = 0; round < 5; round++) {
      let live = await h.live();
      await h.apply(gen.ops(live.map((d) => d._id), 40).ops);
      live = await h.live();
      for (let i = 0; i < 200; i++) await h.both(gen.spec(live));
      for (let i = 0; i < 4; i++) pages += await h.paginateThrough(gen, gen.spec(live));
      for (let i = 0; i < 3; i++) await h.pendingRound(gen, await h.live());
    }
    await engine.close();
    expect(mismatches).toEqual([]);
    expect(h.queries).toBeGreaterThan(2500);
    expect(pages).toBeGreaterThan(50);
    const stats = engine.indexes!.stats;
    expect(stats.verified).toBeGreaterThan(1500);
    // Fallbacks are the deliberately invalid ranges only.
    expect(stats.fallbacks).toBeLessThan(stats.indexed / 10);
    expect(stats.rebuilds).toBe(1);
  }, 60_000);

  test("are rebuilt on restart from the store and stay exact", async () => {
    const gen = new Gen(rng(SEED + 1));
    const disk = new MemoryDisk();
    const mismatches: IndexMismatch[] = [];
    const store1 = openMemoryStore(disk, { snapshotEvery: 3 });
    const first = new Harness(await openEngine(store1, mismatches));
    for (let round = 0; round < 6; round++) {
      const live = await first.live();
      await first.apply(gen.ops(live.map((d) => d._id), round === 0 ? 120 : 30).ops);
    }
    const live = await first.live();
    const specs = Array.from({ length: 150 }, () => gen.spec(live));
    const before = [];
    for (const spec of specs) before.push(await first.both(spec));
    await first.engine.close();
    await store1.close();

    const second = new Harness(await openEngine(openMemoryStore(disk), mismatches));
    expect(await second.live()).toEqual(live);
    const after = [];
    for (const spec of specs) after.push(await second.both(spec));
    expect(after).toEqual(before);
    // And they keep in step with commits made after the restart.
    for (let round = 0; round < 3; round++) {
      const now = await second.live();
      await second.apply(gen.ops(now.map((d) => d._id), 30).ops);
      const next = await second.live();
      for (let i = 0; i < 60; i++) await second.both(gen.spec(next));
      await second.pendingRound(gen, next);
    }
    await second.engine.close();
    expect(mismatches).toEqual([]);
  }, 60_000);

  test("a query stream keeps the state it started at, across writes and a commit", async () => {
    const modules = await buildModuleMap(FIXTURE_DIR);
    const schema = (await modules.load("schema")).default;
    const run = async (indexed: boolean) => {
      const { t, reads } = await indexedConvexTest({ schema, modules: modules.loaders }, { indexed });
      const gen = new Gen(rng(5));
      await t.run(async (ctx) => {
        const db = (ctx as { db: { insert(table: string, doc: unknown): Promise<string> } }).db;
        for (let i = 0; i < 60; i++) await db.insert("items", { ...gen.doc(), group: gen.pick(["a", "b"]) });
      });
      type Ctx = { db: { query(t: string): AsyncIterable<Item> & { withIndex(...a: unknown[]): AsyncIterable<Item> & { order(o: string): AsyncIterable<Item> } }; insert(t: string, d: unknown): Promise<string>; patch(id: string, d: unknown): Promise<void>; delete(id: string): Promise<void> } };
      // Lazy iteration while the same mutation writes into the range.
      const seen = await t.run(async (ctx) => {
        const { db } = ctx as Ctx;
        const out: Array<[string, unknown]> = [];
        for await (const doc of db.query("items").withIndex("by_group_rank", (q: { eq(f: string, v: unknown): unknown }) => q.eq("group", "a")).order("desc")) {
          out.push([doc._id, doc.rank]);
          await db.insert("items", { group: "a", rank: 0.25, flag: true });
          await db.patch(doc._id, { rank: -100 });
          if (out.length >= 25) break;
        }
        return out;
      });
      // A stream left open when its transaction commits, read afterwards.
      let iterator: AsyncIterator<Item> | undefined;
      const head = await t.run(async (ctx) => {
        const { db } = ctx as Ctx;
        iterator = db.query("items")[Symbol.asyncIterator]();
        const firstRow = await iterator.next();
        for await (const doc of db.query("items").withIndex("by_group", (q: { eq(f: string, v: unknown): unknown }) => q.eq("group", "b"))) await db.delete(doc._id);
        await db.insert("items", { group: "c", rank: 1, flag: false });
        return (firstRow.value as Item)._id;
      });
      const tail = await t.run(async () => {
        const out: string[] = [];
        for (let r = await iterator!.next(); !r.done; r = await iterator!.next()) out.push((r.value as Item)._id);
        return out;
      });
      const after = await t.run(async (ctx) => (await (ctx as { db: { query(t: string): { collect(): Promise<Item[]> } } }).db.query("items").collect()).map((d) => d._id));
      return { seen, head, tail, after, indexed: reads?.stats.indexed ?? 0 };
    };
    const indexed = await run(true);
    const scanned = await run(false);
    expect(indexed.indexed).toBeGreaterThan(0);
    expect(indexed.tail.length).toBeGreaterThan(50);
    expect({ ...indexed, indexed: 0 }).toEqual({ ...scanned, indexed: 0 });
  });

  test("a replaced document map is reindexed before the next read", async () => {
    const modules = await buildModuleMap(FIXTURE_DIR);
    const schema = (await modules.load("schema")).default;
    const { t, db, reads } = await indexedConvexTest({ schema, modules: modules.loaders });
    const gen = new Gen(rng(9));
    const ids = await t.run(async (ctx) => {
      const out: string[] = [];
      for (let i = 0; i < 20; i++) out.push(await (ctx as { db: { insert(t: string, d: unknown): Promise<string> } }).db.insert("items", gen.doc()));
      return out;
    });
    const { [ids[3]!]: _dropped, ...rest } = db._documents;
    db._documents = rest;
    const list = () => t.run(async (ctx) => (await (ctx as { db: { query(t: string): { withIndex(i: string): { collect(): Promise<Item[]> } } } }).db.query("items").withIndex("by_group_rank").collect()).map((d) => d._id));
    const got = await list();
    expect(got).toHaveLength(19);
    expect(got).not.toContain(ids[3]);
    expect(reads!.stats.rebuilds).toBe(2);
  });

  test("a convex-test without the query internals it relies on refuses to start", async () => {
    await loadConvexTestInternals();
    const { createRequire } = await import("node:module");
    const { readFile } = await import("node:fs/promises");
    const path = await import("node:path");
    const entry = createRequire(import.meta.url).resolve("convex-test");
    const source = await readFile(entry, "utf8");
    const dist = path.dirname(entry);
    expect(patchConvexTestSource(source, PINNED_CONVEX_TEST_VERSION, dist)).toMatch(/export \{ evaluateFieldPath, evaluateFilter, evaluateRangeFilter, evaluateQueryValue, validateIndexRangeExpression, tableNameFromId \};/);
    const changed = source.replace('const limit = query.operators.filter((operator) => "limit" in operator)[0] ?? null;', "const limit = null;");
    expect(() => patchConvexTestSource(changed, PINNED_CONVEX_TEST_VERSION, dist)).toThrow(/missing internal: query operators: first limit\. The runtime refuses to start/);
    const renamed = source.replace("function evaluateRangeFilter(document, expr) {", "function rangeFilter(document, expr) {");
    expect(() => patchConvexTestSource(renamed, PINNED_CONVEX_TEST_VERSION, dist)).toThrow(/missing internal: evaluateRangeFilter/);
  });
});
