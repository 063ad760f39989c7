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
import { convexToJson, type Value } from "convex/values";
import { describe, expect, test } from "vitest";
import { loadConvexTestInternals, patchConvexTestSource, PINNED_CONVEX_TEST_VERSION } from "./convex-test-internals.js";
import { Engine, type QueryOutcome } from "./engine.js";
import { indexedConvexTest, type IndexMismatch } from "./indexed-reads.js";
import { buildModuleMap } from "./modules.js";
import type { RuntimeStore } from "./store-contract.js";
import { FIXTURE_DIR } from "./test/harness.js";
import { MemoryDisk, openMemoryStore } from "./test/memory-store.js";
import type { FilterSpec, Op, QuerySpec, RangeSpec, ReadSpec } from "./test/fixture/convex/items.js";

type Item = Record<string, Value> & { _id: string; _creationTime: number };

/** Deterministic PRNG (mulberry32). */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Other seeds explore other data: `INDEXED_READS_SEED=n npx vitest run local/runtime/indexed-reads.test.ts`. */
const SEED = Number(process.env.INDEXED_READS_SEED ?? 20250601);

const GROUPS = ["a", "b", "B", "ab", "", "é", "日本", "😀", "\ue000", "z"];
const RANKS = [-5, -1, -0, 0, 0.5, 1, 2, 3, 7, 10, 1e9, Infinity, -Infinity, NaN];
const TAGS: Array<Value | undefined> = [undefined, null, "x", "y", "", "é"];
const MIXED: Array<Value | undefined> = [undefined, null, 0, 1, -2.5, "a", "", "é", true, false, 1n, -3n, [1, 2], [1], []];
const LEVELS = [0, 1, 2, 3, -1];

/** The items table's indexes (fixture schema) as convex-test keys them. */
const INDEX_FIELDS: Record<string, string[]> = {
  by_group: ["group", "_creationTime", "_id"],
  by_group_rank: ["group", "rank", "_creationTime", "_id"],
  by_tag_rank: ["tag", "rank", "_creationTime", "_id"],
  by_mixed: ["mixed", "_creationTime", "_id"],
  by_level: ["meta.level", "_creationTime", "_id"],
  by_flag_group_rank: ["flag", "group", "rank", "_creationTime", "_id"],
  by_creation_time: ["_creationTime", "_id"],
  by_id: ["_id"],
};
const INDEX_NAMES = Object.keys(INDEX_FIELDS);

function fieldValue(doc: Item, path: string): Value | undefined {
  let v: unknown = doc;
  for (const p of path.split(".")) v = v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>)[p] : undefined;
  return v as Value | undefined;
}

/** `{ value }`, or nothing for undefined (a missing field). */
const valueSpec = (v: Value | undefined): { value?: Value } => (v === undefined ? {} : { value: v });

class Gen {
  constructor(readonly rand: () => number) {}
  int(n: number): number {
    return Math.floor(this.rand() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  chance(p: number): boolean {
    return this.rand() < p;
  }

  doc(): Record<string, Value> {
    const doc: Record<string, Value> = { group: this.pick(GROUPS), rank: this.pick(RANKS), flag: this.chance(0.5) };
    const tag = this.pick(TAGS);
    if (tag !== undefined) doc.tag = tag;
    const mixed = this.pick(MIXED);
    if (mixed !== undefined) doc.mixed = mixed;
    if (this.chance(0.7)) doc.meta = this.chance(0.5) ? { level: this.pick(LEVELS) } : { level: this.pick(LEVELS), note: this.pick(GROUPS) };
    return doc;
  }

  ops(live: string[], n: number): { ops: Op[]; alive: string[] } {
    const alive = live.slice();
    const ops: Op[] = [];
    for (let i = 0; i < n; i++) {
      const r = this.rand();
      if (r < 0.5 || alive.length === 0) {
        ops.push({ op: "insert", doc: this.doc() });
      } else if (r < 0.75) {
        const full = this.doc();
        const fields = Object.fromEntries(Object.entries(full).filter(() => this.chance(0.5)));
        const unset = ["tag", "mixed", "meta"].filter((k) => !(k in fields) && this.chance(0.3));
        ops.push({ op: "patch", id: this.pick(alive), fields, unset });
      } else if (r < 0.85) {
        ops.push({ op: "replace", id: this.pick(alive), doc: this.doc() });
      } else {
        const id = alive.splice(this.int(alive.length), 1)[0]!;
        ops.push({ op: "delete", id });
      }
    }
    return { ops, alive };
  }

  domainValue(field: string, docs: Item[]): Value | undefined {
    switch (field) {
      case "group":
        return this.pick(GROUPS);
      case "rank":
        return this.pick(RANKS);
      case "tag":
        return this.pick(TAGS);
      case "mixed":
        return this.pick(MIXED);
      case "meta.level":
        return this.chance(0.1) ? undefined : this.pick(LEVELS);
      case "flag":
        return this.chance(0.5);
      case "_creationTime":
        return docs.length === 0 ? 0 : this.pick(docs)._creationTime + this.pick([-0.0005, 0, 0.0005]);
      case "_id":
        return docs.length === 0 ? "0" : this.pick(docs)._id;
      default:
        return null;
    }
  }

  range(index: string, docs: Item[]): RangeSpec[] {
    const fields = INDEX_FIELDS[index]!;
    const proto = docs.length > 0 ? this.pick(docs) : null;
    const valueFor = (field: string) => (proto !== null && this.chance(0.75) ? fieldValue(proto, field) : this.domainValue(field, docs));
    const k = this.int(Math.min(fields.length, 4));
    const range: RangeSpec[] = fields.slice(0, k).map((field) => ({ op: "eq", field, ...valueSpec(valueFor(field)) }));
    if (k < fields.length) {
      const field = fields[k]!;
      const bounds: RangeSpec[] = [];
      if (this.chance(0.5)) bounds.push({ op: this.pick(["gt", "gte"] as const), field, ...valueSpec(valueFor(field)) });
      if (this.chance(0.5)) bounds.push({ op: this.pick(["lt", "lte"] as const), field, ...valueSpec(valueFor(field)) });
      if (this.chance(0.5)) bounds.reverse();
      range.push(...bounds);
    }
    // Now and then a range convex-test rejects: both paths must fail alike.
    if (this.chance(0.03)) range.push({ op: "eq", field: "nope", value: 1 });
    if (this.chance(0.02)) range.unshift({ op: "gt", field: fields[0]!, value: 0 });
    return range;
  }

  filter(docs: Item[], depth = 0): FilterSpec {
    const r = this.rand();
    if (depth < 2 && r < 0.15) return { op: this.pick(["and", "or"] as const), of: [this.filter(docs, depth + 1), this.filter(docs, depth + 1)] };
    if (depth < 2 && r < 0.2) return { op: "not", of: this.filter(docs, depth + 1) };
    const field = this.pick(["group", "rank", "flag", "tag", "mixed", "meta.level"]);
    return { op: this.pick(["eq", "neq", "gt", "gte", "lt", "lte"] as const), field, ...valueSpec(this.domainValue(field, docs)) };
  }

  read(): ReadSpec {
    const r = this.rand();
    if (r < 0.3) return { kind: "collect" };
    if (r < 0.6) return { kind: "take", n: this.int(13) };
    if (r < 0.7) return { kind: "first" };
    if (r < 0.8) return { kind: "unique" };
    return { kind: "iterate", stopAfter: this.int(9) };
  }

  spec(docs: Item[], read: ReadSpec = this.read()): QuerySpec {
    const scan = this.chance(0.1);
    const index = scan ? null : this.pick(INDEX_NAMES);
    return {
      index,
      range: index === null ? [] : this.range(index, docs),
      order: this.pick([null, "asc", "desc"] as const),
      filter: this.chance(0.3) ? this.filter(docs) : null,
      read,
    };
  }
}

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
