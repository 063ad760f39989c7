/**
 * The offline runtime as a process (as `npm run dev` runs it), measured through
 * the official clients with demo IdP tokens:
 * - mutation-to-subscriber latency with 50 connected clients: 50 nurses keep
 *   one patient's chart (`chart:clinical`) open live while another records
 *   vitals; time from the call until each of the 50 sees the new row;
 * - audited writes per second: `clinical:recordVitals` (a vitals row and an
 *   HMAC-chained audit event in one transaction, fsynced before the answer)
 *   from one client in sequence, and from 10 clients at once, without and
 *   with the 50 live charts open.
 * Writes bench/results/runtime-live.json and compares with the last run.
 *
 *   node --import tsx bench/runtime-live.ts      (BENCH_QUICK=1: 20 clients, fewer writes)
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { ConvexClient } from "convex/browser";
import { makeFunctionReference } from "convex/server";
import { OfflineBackend } from "../local/faults/backend";
import { faultPractice, staffEmail } from "../local/faults/fixture";

const QUICK = process.env.BENCH_QUICK === "1";
const SUBSCRIBERS = QUICK ? 20 : 50;
const LATENCY_WRITES = QUICK ? 20 : 60;
const SEQUENTIAL_WRITES = QUICK ? 100 : 300;
const CONCURRENT_CLIENTS = 10;
const CONCURRENT_WRITES = QUICK ? 30 : 100; // per client
const root = path.resolve(import.meta.dirname, "..");

type Args = Record<string, unknown>;
const signIn = makeFunctionReference<"mutation", Args, null>("viewer:signIn");
const search = makeFunctionReference<"mutation", Args, { results: { _id: string }[] }>("patients:search");
const openChart = makeFunctionReference<"mutation", Args, unknown>("access:openChart");
const clinical = makeFunctionReference<"query", Args, { vitals: { weightKg: number | null }[] }>("chart:clinical");
const recordVitals = makeFunctionReference<"mutation", Args, string>("clinical:recordVitals");

const round = (x: number) => Math.round(x * 100) / 100;
function stats(times: number[]) {
  const s = times.slice().sort((a, b) => a - b);
  const at = (q: number) => round(s[Math.min(s.length - 1, Math.floor(s.length * q))] ?? 0);
  return { samples: s.length, p50Ms: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99), maxMs: round(s.at(-1) ?? 0) };
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Each write carries a unique weight, so a subscriber can tell which write it sees. */
const weight = (n: number) => 40 + n / 100;

async function writesPerSecond(clients: ConvexClient[], patientId: string, perClient: number, firstMarker: number) {
  const t0 = performance.now();
  await Promise.all(
    clients.map(async (c, i) => {
      const pending = [];
      for (let j = 0; j < perClient; j++) pending.push(c.mutation(recordVitals, { patientId, vitals: { weightKg: weight(firstMarker + i * perClient + j) } }));
      await Promise.all(pending);
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  return { writes: clients.length * perClient, clients: clients.length, seconds: round(seconds), writesPerSecond: round((clients.length * perClient) / seconds) };
}

async function main() {
  const { practice, users } = faultPractice({ nurse: SUBSCRIBERS + CONCURRENT_CLIENTS }, 2);
  const backend = await OfflineBackend.create({ users, name: "bench-live" });
  const clients: ConvexClient[] = [];
  try {
    await backend.start();
    await backend.seedPractice(practice);
    for (let i = 1; i <= SUBSCRIBERS + CONCURRENT_CLIENTS; i++) clients.push(backend.client(`demo|${staffEmail("nurse", i)}`));
    await Promise.all(clients.map((c) => c.mutation(signIn, {})));
    const patients = (await clients[0]!.mutation(search, { query: "Faultlast" })).results.map((r) => r._id);
    const [watched, written] = patients as [string, string];
    await Promise.all(clients.map((c) => c.mutation(openChart, { patientId: watched })));
    const writers = clients.slice(SUBSCRIBERS);
    await Promise.all(writers.map((c) => c.mutation(openChart, { patientId: written })));

    // Audited writes per second, nobody watching.
    const sequentialT0 = performance.now();
    for (let j = 0; j < SEQUENTIAL_WRITES; j++) await writers[0]!.mutation(recordVitals, { patientId: written, vitals: { weightKg: weight(10_000 + j) } });
    const sequentialSeconds = (performance.now() - sequentialT0) / 1000;
    const sequential = { writes: SEQUENTIAL_WRITES, clients: 1, seconds: round(sequentialSeconds), writesPerSecond: round(SEQUENTIAL_WRITES / sequentialSeconds) };
    const concurrentQuiet = await writesPerSecond(writers, written, CONCURRENT_WRITES, 20_000);

    // 50 live charts of one patient; another nurse records vitals for that patient.
    const seen = new Map<number, number[]>(); // marker -> receive times
    const started = new Map<number, number>();
    let ready = 0;
    const subscribers = clients.slice(0, SUBSCRIBERS);
    const unsubscribe = subscribers.map((c) => {
      const known = new Set<number>();
      let first = true;
      return c.onUpdate(clinical, { patientId: watched }, (chart) => {
        const now = performance.now();
        if (first) {
          first = false;
          ready++;
        }
        for (const v of chart.vitals) {
          const marker = v.weightKg === null ? null : Math.round((v.weightKg - 40) * 100);
          if (marker === null || known.has(marker)) continue;
          known.add(marker);
          if (started.has(marker)) seen.set(marker, [...(seen.get(marker) ?? []), now - started.get(marker)!]);
        }
      });
    });
    while (ready < SUBSCRIBERS) await sleep(20);
    const acks: number[] = [];
    for (let n = 0; n < LATENCY_WRITES; n++) {
      const marker = 30_000 + n;
      const t0 = performance.now();
      started.set(marker, t0);
      await writers[0]!.mutation(recordVitals, { patientId: watched, vitals: { weightKg: weight(marker) } });
      acks.push(performance.now() - t0);
      const deadline = Date.now() + 10_000;
      while ((seen.get(marker)?.length ?? 0) < SUBSCRIBERS && Date.now() < deadline) await sleep(2);
      await sleep(50);
    }
    const delivered = [...seen.values()].flat();
    const missed = LATENCY_WRITES * SUBSCRIBERS - delivered.length;

    // Writes per second again, with the live charts re-running on every write to `vitals`.
    const concurrentWatched = await writesPerSecond(writers, written, CONCURRENT_WRITES, 40_000);
    unsubscribe.forEach((u) => u());

    const output = {
      kind: "runtime-live",
      at: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "unknown", memoryGiB: round(os.totalmem() / 2 ** 30), node: process.version, loadAverage: os.loadavg().map(round) },
      dataset: { quick: QUICK, subscribers: SUBSCRIBERS },
      subscriberUpdate: { ...stats(delivered), missed, writerAck: stats(acks) },
      auditedWrites: { sequential, concurrent: concurrentQuiet, concurrentWithLiveCharts: concurrentWatched },
    };
    const file = path.join(root, "bench/results/runtime-live.json");
    const recorded = await readFile(file, "utf8").then((s) => JSON.parse(s) as typeof output).catch(() => null);
    const previous = recorded !== null && JSON.stringify(recorded.dataset) === JSON.stringify(output.dataset) ? recorded : null;
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(output, null, 2) + "\n");

    const flag = (now: number, before: number | undefined, higherIsBetter = false) =>
      before === undefined ? "no comparable run" : (higherIsBetter ? now < before / 1.2 : now > before * 1.2) ? "REGRESSION >20%" : "ok";
    const u = output.subscriberUpdate;
    console.log(`mutation → ${SUBSCRIBERS} subscribers: p50 ${u.p50Ms} ms, p95 ${u.p95Ms} ms (${u.samples} deliveries, ${missed} missed; writer's own answer p50 ${u.writerAck.p50Ms} ms)  ${flag(u.p95Ms, previous?.subscriberUpdate.p95Ms)}`);
    for (const [name, w] of Object.entries(output.auditedWrites)) {
      const before = previous?.auditedWrites[name as keyof typeof output.auditedWrites].writesPerSecond;
      console.log(`audited writes, ${name}: ${w.writesPerSecond}/s (${w.writes} by ${w.clients} client(s) in ${w.seconds} s)  ${flag(w.writesPerSecond, before, true)}`);
    }
    if (missed > 0) process.exitCode = 1;
  } finally {
    await Promise.all(clients.map((c) => c.close()));
    await backend.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
