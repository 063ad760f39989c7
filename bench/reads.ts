/**
 * Server reads per call on a large seeded practice, in-process on the same
 * engine as the offline runtime (convex-test): documents and bytes read per
 * call (as Convex counts them against its per-transaction limits) and
 * in-process latency. Writes bench/results/reads.json.
 *
 *   node --import tsx bench/reads.ts [--patients N] [--audit N] [--days N] [--engine runtime|convex-test]
 *
 * Default: 100,000 patients, a year of appointments for 10 providers, 1,000,000 audit
 * events (issue #9's size); BENCH_QUICK=1 seeds 20,000 patients and 100,000 events.
 *
 * `--engine runtime` (default) is the offline runtime's engine: convex-test with
 * its ordered indexes (local/runtime/indexed-reads.ts). `--engine convex-test`
 * is plain convex-test, which scans every table; it writes
 * bench/results/reads-convex-test.json.
 */
import { performance } from "node:perf_hooks";
import { writeFile, readFile, mkdir } from "node:fs/promises";
import path from "node:path";
import os from "node:os";
import { makeFunctionReference } from "convex/server";
import { CONVEX_LIMITS, takeMetrics, type ReadMetrics } from "./metrics";
import { addDays, localDate, weekdayOf, zonedToUtc } from "../lib/schedule/time";
import { arg, benchEngine, root, seedPatients } from "./seed-practice";

/** BENCH_QUICK=1: a smaller practice for a quick run (the default is the full size). */
const QUICK = process.env.BENCH_QUICK === "1";
const PATIENTS = arg("patients", QUICK ? 20_000 : 100_000);
const AUDIT = arg("audit", QUICK ? 100_000 : 1_000_000);
const DAYS = arg("days", 365);
const PROVIDERS = 10;
const TZ = "America/Chicago";
const ITERATIONS = 20;
const ENGINE_ARG = process.argv.includes("--engine") ? process.argv[process.argv.indexOf("--engine") + 1] : "runtime";
if (ENGINE_ARG !== "runtime" && ENGINE_ARG !== "convex-test") throw new Error(`--engine must be runtime or convex-test, not ${ENGINE_ARG}`);
const ENGINE: "runtime" | "convex-test" = ENGINE_ARG;

/** Budgets: documents read per call, far below Convex's 32,000 (the 10% line is 3,200). */
const BUDGETS: Record<string, number> = {
  "viewer:current": 20,
  "members:list": 200,
  "patients:search": 300,
  "chart:demographics": 10,
  "chart:clinical": 600,
  "schedule:config": 250,
  "schedule:day": 400,
  "schedule:findSlots": 400,
};

async function main() {
  process.env.AUDIT_HMAC_KEY ??= "b".repeat(64);
  const t = await benchEngine(ENGINE);
  const seedStart = performance.now();
  const now = Date.now();
  const today = localDate(now, TZ);

  const ids = await t.run(async (ctx) => {
    const practiceId = await ctx.db.insert("practices", { name: "Bench Practice", slug: "bench", timezone: TZ, idleTimeoutMinutes: 15 });
    const locationId = await ctx.db.insert("locations", { practiceId, name: "Main" });
    const typeId = await ctx.db.insert("appointmentTypes", { practiceId, name: "Follow-up", durationMinutes: 20, color: "#1f9d8b" });
    const providers = [];
    for (let i = 0; i < PROVIDERS; i++) {
      const id = await ctx.db.insert("members", { practiceId, email: `doc${i}@bench.example`, name: `Doctor ${i}`, role: "physician", status: "active" });
      providers.push(id);
      for (let weekday = 1; weekday <= 5; weekday++) {
        await ctx.db.insert("availability", { practiceId, providerId: id, locationId, weekday, blocks: [{ start: "08:00", end: "12:00" }, { start: "13:00", end: "17:00" }] });
      }
    }
    const desk = await ctx.db.insert("members", { practiceId, email: "desk@bench.example", name: "Desk", role: "front_desk", status: "active" });
    const nurse = await ctx.db.insert("members", { practiceId, email: "nurse@bench.example", name: "Nurse", role: "nurse", status: "active" });
    await ctx.db.insert("members", { practiceId, email: "admin@bench.example", name: "Admin", role: "practice_admin", status: "active" });
    return { practiceId, locationId, typeId, providers, desk, nurse };
  });

  const patientIds = await seedPatients(t, ids.practiceId, PATIENTS, {
    batch: 2000,
    extra: (i) => ({
      dob: `19${String(30 + (i % 70)).padStart(2, "0")}-0${1 + (i % 9)}-1${i % 9}`,
      sex: i % 2 === 0 ? "female" : "male",
      assignedProviderId: ids.providers[i % PROVIDERS],
    }),
  });
  const chartPatient = patientIds[0]!;

  // A year of appointments: 12 a day per provider on weekdays, half past, half ahead.
  let appointments = 0;
  for (let d = -Math.floor(DAYS / 2); d < Math.ceil(DAYS / 2); d += 7) {
    appointments += await t.run(async (ctx) => {
      let made = 0;
      for (let k = d; k < d + 7; k++) {
        const date = addDays(today, k);
        const wd = weekdayOf(date);
        if (wd === 0 || wd === 6) continue;
        for (const [pi, providerId] of ids.providers.entries()) {
          for (let s = 0; s < 12; s++) {
            const start = zonedToUtc(date, `${String(8 + Math.floor(s / 3)).padStart(2, "0")}:${String((s % 3) * 20).padStart(2, "0")}`, TZ);
            await ctx.db.insert("appointments", {
              practiceId: ids.practiceId,
              patientId: patientIds[(Math.abs(k) * 131 + pi * 12 + s) % patientIds.length] as never,
              providerId,
              locationId: ids.locationId,
              typeId: ids.typeId,
              date,
              start,
              end: start + 20 * 60_000,
              status: k < 0 ? "completed" : "scheduled",
              statusChangedAt: start,
              bookedBy: ids.desk,
            });
            made++;
          }
        }
      }
      return made;
    });
  }

  // Clinical history for the chart patient: a few years of visits.
  await t.run(async (ctx) => {
    for (let i = 0; i < 40; i++) {
      const startedAt = now - i * 30 * 86_400_000;
      const encounterId = await ctx.db.insert("encounters", { practiceId: ids.practiceId, patientId: chartPatient as never, startedAt, type: "office", status: "closed" });
      await ctx.db.insert("vitals", { practiceId: ids.practiceId, patientId: chartPatient as never, encounterId, takenAt: startedAt, systolic: 120 + (i % 15), diastolic: 80, heartRate: 70 });
      await ctx.db.insert("notes", {
        practiceId: ids.practiceId,
        patientId: chartPatient as never,
        encounterId,
        status: "draft",
        subjective: "Synthetic subjective text. ".repeat(10),
        objective: "Synthetic objective text. ".repeat(10),
        assessment: "Synthetic assessment.",
        plan: "Synthetic plan.",
        updatedAt: startedAt,
      });
    }
  });

  // A large audit trail (contents irrelevant to read counts; written directly).
  for (let start = 0; start < AUDIT; start += 5000) {
    await t.run(async (ctx) => {
      for (let i = start; i < Math.min(start + 5000, AUDIT); i++) {
        await ctx.db.insert("auditEvents", {
          practiceId: ids.practiceId,
          seq: i + 1,
          at: now - (AUDIT - i) * 1000,
          actor: { kind: "member", memberId: ids.nurse, role: "nurse" },
          action: "read",
          verb: "chart.open",
          category: "clinical",
          outcome: "success",
          patientId: patientIds[i % patientIds.length] as never,
          details: {},
          prevHash: "0".repeat(64),
          hash: "0".repeat(64),
        });
      }
    });
  }
  const seedSeconds = (performance.now() - seedStart) / 1000;

  const as = (email: string) => t.withIdentity({ issuer: "https://bench.invalid", subject: email, email, emailVerified: true, name: email });
  const desk = as("desk@bench.example");
  const nurse = as("nurse@bench.example");
  const admin = as("admin@bench.example");
  const signIn = makeFunctionReference<"mutation">("viewer:signIn");
  await desk.mutation(signIn, {});
  await admin.mutation(signIn, {});
  await nurse.mutation(signIn, {});
  await nurse.mutation(makeFunctionReference<"mutation">("access:openChart"), { patientId: chartPatient });
  const date = (() => {
    for (let k = 1; ; k++) {
      const d = addDays(today, k);
      if (weekdayOf(d) !== 0 && weekdayOf(d) !== 6) return d;
    }
  })();
  await desk.mutation(makeFunctionReference<"mutation">("schedule:openDay"), { date });

  const q = (p: string) => makeFunctionReference<"query">(p);
  const m = (p: string) => makeFunctionReference<"mutation">(p);
  const cases: [string, () => Promise<unknown>][] = [
    ["viewer:current", () => desk.query(q("viewer:current"), {})],
    ["members:list", () => admin.query(q("members:list"), {})],
    ["patients:search", () => desk.mutation(m("patients:search"), { query: "Patient0001" })],
    ["chart:demographics", () => nurse.query(q("chart:demographics"), { patientId: chartPatient })],
    ["chart:clinical", () => nurse.query(q("chart:clinical"), { patientId: chartPatient })],
    ["schedule:config", () => desk.query(q("schedule:config"), {})],
    ["schedule:day", () => desk.query(q("schedule:day"), { date })],
    ["schedule:findSlots", () => desk.query(q("schedule:findSlots"), { typeId: ids.typeId, providerIds: ids.providers.slice(0, 3), from: date, days: 3 })],
  ];

  const results: Record<string, ReadMetrics & { p50Ms: number; p95Ms: number; budgetDocs: number; withinBudget: boolean; shareOfLimit: number }> = {};
  for (const [name, call] of cases) {
    const times: number[] = [];
    let metrics: ReadMetrics | null = null;
    for (let i = 0; i < ITERATIONS; i++) {
      const t0 = performance.now();
      await call();
      times.push(performance.now() - t0);
      metrics = takeMetrics();
    }
    times.sort((a, b) => a - b);
    const budget = BUDGETS[name]!;
    results[name] = {
      ...metrics!,
      p50Ms: round(times[Math.floor(times.length * 0.5)]!),
      p95Ms: round(times[Math.floor(times.length * 0.95)]!),
      budgetDocs: budget,
      withinBudget: metrics!.documentsRead <= budget,
      shareOfLimit: round(Math.max(metrics!.documentsRead / CONVEX_LIMITS.documentsRead, metrics!.bytesRead / CONVEX_LIMITS.bytesRead)),
    };
  }

  const output = {
    kind: "reads",
    at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "unknown", memoryGiB: round(os.totalmem() / 2 ** 30), node: process.version },
    dataset: { engine: ENGINE, patients: PATIENTS, providers: PROVIDERS, appointments, auditEvents: AUDIT, seedSeconds: round(seedSeconds) },
    results,
  };
  const file = path.join(root, ENGINE === "runtime" ? "bench/results/reads.json" : "bench/results/reads-convex-test.json");
  const recorded = await readFile(file, "utf8").then((s) => JSON.parse(s) as typeof output).catch(() => null);
  // Only a run on the same dataset is comparable.
  const previous =
    recorded !== null && JSON.stringify({ ...recorded.dataset, seedSeconds: 0 }) === JSON.stringify({ ...output.dataset, seedSeconds: 0 }) ? recorded : null;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(output, null, 2) + "\n");

  console.log(`engine: ${ENGINE}; dataset: ${PATIENTS} patients, ${PROVIDERS} providers, ${appointments} appointments, ${AUDIT} audit events (seeded in ${round(seedSeconds)} s)`);
  console.log("function                 docs  bytes      p50 ms  p95 ms  budget  limit share  vs last");
  let failed = false;
  for (const [name, r] of Object.entries(results)) {
    const before = previous?.results[name as keyof typeof previous.results];
    const regressed = before !== undefined && r.p50Ms > before.p50Ms * 1.2 && r.p50Ms - before.p50Ms > 1;
    const moreReads = before !== undefined && r.documentsRead > before.documentsRead * 1.2;
    const flag = regressed || moreReads ? "REGRESSION >20%" : before ? "ok" : "no comparable run";
    if (!r.withinBudget || r.shareOfLimit >= 0.1) failed = true;
    console.log(
      `${name.padEnd(24)} ${String(r.documentsRead).padStart(5)} ${String(r.bytesRead).padStart(9)} ${String(r.p50Ms).padStart(8)} ${String(r.p95Ms).padStart(7)} ${String(r.budgetDocs).padStart(7)} ${String(r.shareOfLimit).padStart(12)}  ${flag}`,
    );
  }
  if (failed) {
    console.log("A function read more than its budget or 10% of Convex's limits.");
    process.exitCode = 1;
  }
}

function round(x: number) {
  return Math.round(x * 100) / 100;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
