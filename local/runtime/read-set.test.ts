/**
 * Read sets (read-set.ts) decide which live queries a commit re-runs. They may
 * re-run a query whose result did not change (a superset), never skip one
 * whose result did: checked on random data with random index-range queries,
 * scans, pagination and random writes (inserts, patches moving documents in
 * and out of ranges, replaces, deletes), against the query's fresh result.
 */
import { convexToJson } from "convex/values";
import { expect, test } from "vitest";
import { Engine, type CommitSummary, type QueryOutcome } from "./engine.js";
import { ReadSet } from "./read-set.js";
import { FIXTURE_DIR } from "./test/harness.js";
import { MemoryDisk, openMemoryStore } from "./test/memory-store.js";
import { Gen, rng, type Item } from "./test/items-gen.js";
import type { Op, QuerySpec } from "./test/fixture/convex/items.js";

const SEED = Number(process.env.READ_SET_SEED ?? 20251122);
const SCAN_ALL: QuerySpec = { index: null, range: [], order: null, filter: null, read: { kind: "collect" } };
const json = (o: QueryOutcome) => JSON.stringify(o.ok ? convexToJson(o.value) : { error: String(o.error) });

test("a commit re-runs every live query whose result it changes, and skips most others", async () => {
  const gen = new Gen(rng(SEED));
  const engine = await Engine.open({ convexDir: FIXTURE_DIR, store: openMemoryStore(new MemoryDisk()), crons: false });
  const commits: CommitSummary[] = [];
  engine.onDurableCommit((_ts, cs) => commits.push(...cs));
  const run = (spec: QuerySpec) => engine.runQuery("items:run", { spec } as never, null);
  await engine.runMutation("items:apply", { ops: Array.from({ length: 120 }, () => ({ op: "insert", doc: gen.doc() }) as Op) } as never, null);

  let changed = 0;
  let skipped = 0;
  for (let round = 0; round < 60; round++) {
    const all = await run(SCAN_ALL);
    const live = (all.ok ? all.value : []) as Item[];
    const specs = Array.from({ length: 30 }, () => gen.spec(live));
    const before = await Promise.all(specs.map(run));
    commits.length = 0;
    await engine.runMutation("items:apply", { ops: gen.ops(live.map((d) => d._id), 1 + gen.int(3)).ops } as never, null);
    const after = await Promise.all(specs.map(run));
    specs.forEach((spec, i) => {
      const b = before[i]!;
      const rerun = commits.some((c) => c.ts > b.snapshotTs && b.reads!.affectedBy(c));
      if (json(b) !== json(after[i]!)) {
        changed++;
        if (!rerun) expect.fail(`a commit changed this query's result but would not re-run it: ${JSON.stringify(spec, (_k, v: unknown) => (typeof v === "bigint" ? `${v}n` : v))}`);
      } else if (!rerun) skipped++;
    });
  }
  await engine.close();
  // Not vacuous: results did change, and many queries were rightly left alone.
  expect(changed).toBeGreaterThan(100);
  expect(skipped).toBeGreaterThan(300);
}, 120_000);

test("documents read by id, whole tables, unknown reads and commits without details", () => {
  const inRange = (doc: Record<string, unknown>, expr: { fieldPath: string; value: unknown }) => doc[expr.fieldPath] === expr.value;
  const commit = (table: string, id: string, before?: Record<string, unknown>, after?: Record<string, unknown>): CommitSummary => ({
    ts: 2n,
    tables: new Set([table]),
    writes: new Map([[table, [{ id, before, after }]]]),
  });
  const byId = new ReadSet(inRange);
  byId.id("patients", "1patients");
  expect(byId.affectedBy(commit("patients", "1patients", { a: 1 }, { a: 2 }))).toBe(true);
  expect(byId.affectedBy(commit("patients", "2patients", undefined, { a: 1 }))).toBe(false);
  expect(byId.affectedBy(commit("vitals", "1vitals", undefined, { a: 1 }))).toBe(false);
  expect(byId.affectedBy({ ts: 2n, tables: new Set(["patients"]) })).toBe(true); // no details: judged by table

  const ranged = new ReadSet(inRange);
  ranged.range("vitals", [{ type: "Eq", fieldPath: "patientId", value: "p1" }]);
  expect(ranged.affectedBy(commit("vitals", "9vitals", undefined, { patientId: "p2" }))).toBe(false);
  expect(ranged.affectedBy(commit("vitals", "9vitals", undefined, { patientId: "p1" }))).toBe(true); // enters
  expect(ranged.affectedBy(commit("vitals", "9vitals", { patientId: "p1" }, { patientId: "p2" }))).toBe(true); // leaves
  expect(ranged.affectedBy(commit("vitals", "9vitals", { patientId: "p1" }, undefined))).toBe(true); // deleted
  ranged.wholeTable("vitals");
  expect(ranged.affectedBy(commit("vitals", "9vitals", undefined, { patientId: "p2" }))).toBe(true);

  const unknown = new ReadSet(inRange);
  unknown.everything();
  expect(unknown.affectedBy(commit("ticks", "1ticks", undefined, {}))).toBe(true);
  expect(unknown.tableNames()).toBeNull();
});
