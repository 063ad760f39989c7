/**
 * Indexed reads of the offline runtime (local/runtime/indexed-reads.ts), in
 * process: the project's functions directory on the runtime's convex-test
 * engine with its ordered indexes, an audit trail of 10k / 100k / 1M events.
 * Measures a page of 50 audit events (`by_practice_and_seq`, desc, take 50 and
 * paginate 50) and a few other index reads, through a whole query function
 * (syscalls and value conversion included) and at the database level; the
 * same reads on convex-test's scan for comparison; index build (open) and
 * commit costs. Writes bench/results/runtime.json.
 *
 *   node --expose-gc --import tsx bench/runtime.ts [--sizes 10000,100000,1000000] [--iterations 200]
 *
 * (`--expose-gc` makes the index memory figure exact; without it, it includes garbage.)
 */
import { performance } from "node:perf_hooks";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { takeMetrics } from "./metrics";
import { indexedConvexTest } from "../local/runtime/indexed-reads";
import { buildModuleMap } from "../local/runtime/modules";

const root = path.resolve(import.meta.dirname, "..");
const argValue = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
/** BENCH_QUICK=1 stops at 100k rows. */
const SIZES = (argValue("sizes") ?? (process.env.BENCH_QUICK === "1" ? "10000,100000" : "10000,100000,1000000")).split(",").map(Number);
const ITERATIONS = Number(argValue("iterations") ?? 200);
/** The scan is slow: fewer runs, and none beyond this size. */
const SCAN_ITERATIONS = 5;
const SCAN_MAX_SIZE = Number(argValue("scan-max") ?? 1_000_000);
const PATIENTS = 20_000;
const TARGET_MS = 5;

type Ctx = { db: { query(table: string): Query; insert(table: string, doc: unknown): Promise<string> } };
type Range = { eq(field: string, value: unknown): Range; lt(field: string, value: unknown): Range };
type Query = {
  withIndex(name: string, range?: (q: Range) => Range): Query;
  order(order: "asc" | "desc"): Query;
  take(n: number): Promise<unknown[]>;
  first(): Promise<unknown>;
  paginate(opts: { numItems: number; cursor: string | null }): Promise<{ page: unknown[]; continueCursor: string }>;
};

function stats(times: number[]) {
  const sorted = times.slice().sort((a, b) => a - b);
  const at = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!);
  return { p50Ms: at(0.5), p95Ms: at(0.95), minMs: round(sorted[0]!), runs: sorted.length };
}

function round(x: number) {
  return Math.round(x * 1000) / 1000;
}

function idFor(n: number, table: string) {
  return String(n).padStart(32 - table.length, "0") + table;
}

async function main() {
  process.env.AUDIT_HMAC_KEY ??= "b".repeat(64);
  const schema = (await import("../convex/schema")).default;
  const modules = await buildModuleMap(path.join(root, "convex"));
  const { t, db, reads } = await indexedConvexTest({ schema, modules: modules.loaders });
  if (reads === null) throw new Error("bench: indexed reads are off");

  const practiceId = await t.run(async (ctx) =>
    (ctx as Ctx).db.insert("practices", { name: "Bench Practice", slug: "bench", timezone: "America/Chicago", idleTimeoutMinutes: 15 }),
  );
  const nurse = idFor(1, "members");
  const patient = (i: number) => idFor(100_000 + (i % PATIENTS), "patients");
  const now = Date.now();

  // Audit events written straight into the document map (seeding 1M rows
  // through functions takes minutes), then indexed as on open.
  let seeded = 0;
  const seedTo = (n: number) => {
    const docs = db._documents;
    for (let i = seeded; i < n; i++) {
      const _id = idFor(db._nextDocId++, "auditEvents");
      const _creationTime = (db._lastCreationTime = Math.max(now - (2_000_000 - i) * 1000, db._lastCreationTime + 0.001));
      docs[_id] = {
        _id,
        _creationTime,
        practiceId,
        seq: i + 1,
        at: _creationTime,
        actor: { kind: "member", memberId: nurse, role: "nurse" },
        action: "read",
        verb: "chart.open",
        category: "clinical",
        outcome: "success",
        patientId: patient(i),
        details: {},
        prevHash: "0".repeat(64),
        hash: "0".repeat(64),
      };
    }
    seeded = n;
  };

  const page50 = (ctx: Ctx) =>
    ctx.db.query("auditEvents").withIndex("by_practice_and_seq", (q) => q.eq("practiceId", practiceId)).order("desc").take(50);
  const cases: Array<[string, (ctx: Ctx, size: number) => Promise<unknown>]> = [
    ["auditPage.take50", (ctx) => page50(ctx)],
    [
      "auditPage.paginate50",
      (ctx) =>
        ctx.db.query("auditEvents").withIndex("by_practice_and_seq", (q) => q.eq("practiceId", practiceId)).order("desc").paginate({ numItems: 50, cursor: null }),
    ],
    [
      "auditPage.middle.take50",
      (ctx, size) =>
        ctx.db
          .query("auditEvents")
          .withIndex("by_practice_and_seq", (q) => q.eq("practiceId", practiceId).lt("seq", Math.floor(size / 2)))
          .order("desc")
          .take(50),
    ],
    ["auditLatest.first", (ctx) => ctx.db.query("auditEvents").withIndex("by_practice_and_seq", (q) => q.eq("practiceId", practiceId)).order("desc").first()],
    [
      "auditByPatient.take50",
      (ctx) => ctx.db.query("auditEvents").withIndex("by_practice_patient_and_at", (q) => q.eq("practiceId", practiceId).eq("patientId", patient(7))).order("desc").take(50),
    ],
  ];

  // The same page at the database level: no function call, no value conversion.
  const pageQuery = {
    source: { type: "IndexRange" as const, indexName: "auditEvents.by_practice_and_seq", range: [{ type: "Eq" as const, fieldPath: "practiceId", value: practiceId }], order: "desc" as const },
    operators: [{ limit: 50 }],
  };
  const dbPage = () => {
    const id = db.startQuery(pageQuery);
    let n = 0;
    while (!db.queryNext(id).done) n++;
    return n;
  };

  const results: Record<string, unknown> = {};
  for (const size of SIZES) {
    seedTo(size);
    // Index memory: the heap with every index built, minus the heap with none.
    const gc = (globalThis as { gc?: () => void }).gc;
    let indexHeapMiB: number | null = null;
    if (gc) {
      const heap = () => (gc(), gc(), process.memoryUsage().heapUsed);
      reads.rebuild();
      heap(); // settles what seeding left behind
      const withIndexes = heap();
      const docs = db._documents;
      db._documents = {};
      reads.rebuild();
      const without = heap();
      db._documents = docs;
      indexHeapMiB = (withIndexes - without) / 2 ** 20;
    }
    const t0 = performance.now();
    reads.rebuild();
    const buildMs = performance.now() - t0;

    const row: Record<string, unknown> = { auditEvents: size, indexBuildMs: round(buildMs), indexHeapMiB: indexHeapMiB === null ? null : round(indexHeapMiB) };
    for (const [name, run] of cases) {
      for (const [mode, enabled, iterations] of [["indexed", true, ITERATIONS], ["scan", false, size <= SCAN_MAX_SIZE ? SCAN_ITERATIONS : 0]] as const) {
        if (iterations === 0) continue;
        reads.enabled = enabled;
        const times: number[] = [];
        let documentsRead = 0;
        for (let i = 0; i < iterations + 2; i++) {
          const s = performance.now();
          await t.query(async (ctx) => run(ctx as Ctx, size));
          const elapsed = performance.now() - s;
          documentsRead = takeMetrics().documentsRead;
          if (i >= 2) times.push(elapsed); // two warm-up runs
        }
        row[`${name}.${mode}`] = { ...stats(times), documentsRead };
      }
      reads.enabled = true;
    }
    const dbTimes: number[] = [];
    for (let i = 0; i < ITERATIONS + 2; i++) {
      const s = performance.now();
      if (dbPage() !== 50) throw new Error("bench: short page");
      if (i >= 2) dbTimes.push(performance.now() - s);
    }
    row["auditPage.take50.dbLevel.indexed"] = stats(dbTimes);

    // A commit of 1,000 audit events, maintaining the indexes.
    const c0 = performance.now();
    await t.run(async (ctx) => {
      for (let i = 0; i < 1000; i++) {
        await (ctx as Ctx).db.insert("auditEvents", {
          practiceId,
          seq: size + 1_000_000 + i,
          at: now,
          actor: { kind: "member", memberId: nurse, role: "nurse" },
          action: "read",
          verb: "chart.open",
          category: "clinical",
          outcome: "success",
          patientId: patient(i),
          details: {},
          prevHash: "0".repeat(64),
          hash: "0".repeat(64),
        });
      }
    });
    row.commit1000InsertsMs = round(performance.now() - c0);
    takeMetrics();
    results[String(size)] = row;
    const take = row["auditPage.take50.indexed"] as { p50Ms: number };
    const pag = row["auditPage.paginate50.indexed"] as { p50Ms: number };
    const scan = row["auditPage.take50.scan"] as { p50Ms: number } | undefined;
    console.log(
      `${String(size).padStart(8)} events: index build ${round(buildMs)} ms; page of 50 take ${take.p50Ms} ms, paginate ${pag.p50Ms} ms (p50), db level ${stats(dbTimes).p50Ms} ms; scan ${scan ? `${scan.p50Ms} ms` : "not run"}; 1,000-insert commit ${row.commit1000InsertsMs} ms`,
    );
  }

  const largest = results[String(Math.max(...SIZES))] as Record<string, { p50Ms: number; p95Ms: number }>;
  const target = {
    what: `page of 50 audit events (by_practice_and_seq, desc) from ${Math.max(...SIZES)} rows, in-process, under ${TARGET_MS} ms`,
    take50P50Ms: largest["auditPage.take50.indexed"]!.p50Ms,
    paginate50P50Ms: largest["auditPage.paginate50.indexed"]!.p50Ms,
    met: largest["auditPage.take50.indexed"]!.p50Ms < TARGET_MS && largest["auditPage.paginate50.indexed"]!.p50Ms < TARGET_MS,
  };
  const output = {
    kind: "runtime-indexed-reads",
    at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "unknown", memoryGiB: round(os.totalmem() / 2 ** 30), node: process.version },
    notes: [
      "Times are in-process, through a whole query function (t.query) unless marked dbLevel; p50/p95 over the runs.",
      "`scan` is convex-test's original query path (indexes disabled) on the same data.",
      "indexBuildMs is a full rebuild from the document map, as on open (all indexes of the table: by_creation_time, by_practice_and_seq, by_practice_patient_and_at); indexHeapMiB is the heap with the indexes minus the heap without them (null unless run with --expose-gc).",
      "The documents are written straight into the document map (same shape as bench/reads.ts's audit events, shared hash strings); commit1000InsertsMs inserts 1,000 more through a function."
    ],
    target,
    results,
  };
  const file = path.join(root, "bench/results/runtime.json");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(output, null, 2) + "\n");
  console.log(`target (${target.what}): take ${target.take50P50Ms} ms, paginate ${target.paginate50P50Ms} ms -> ${target.met ? "met" : "NOT met"}`);
  if (!target.met) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
