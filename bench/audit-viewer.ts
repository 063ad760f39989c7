/**
 * The compliance audit viewer on a large trail: for a page of 50 events
 * filtered by date range and each of member, patient, role, event, action,
 * outcome and emergency flag (and two combinations), the documents and bytes
 * read and the in-process latency, on the offline runtime's engine (ordered
 * indexes). Writes bench/results/audit-viewer.json.
 *
 *   node --import tsx bench/audit-viewer.ts [--audit 1000000] [--patients 20000]
 */
import { performance } from "node:perf_hooks";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { makeFunctionReference } from "convex/server";
import { CONVEX_LIMITS, takeMetrics } from "./metrics";
import { arg, benchEngine, root, seedPatients } from "./seed-practice";
import { planAuditQuery, type AuditFilters } from "../lib/audit/query-plan";

const AUDIT = arg("audit", 1_000_000);
const PATIENTS = arg("patients", 20_000);
const MEMBERS = 40;
const PAGE = 50;
const ITERATIONS = 15;
const VERBS = ["chart.open", "patient.search", "vitals.record", "note.draft", "note.sign", "appointment.book", "appointment.check_in", "schedule.view", "allergy.add", "medication.add"];
const ROLES = ["front_desk", "nurse", "physician", "practice_admin"] as const;
const ACTION_OF: Record<string, "read" | "create" | "update"> = { "chart.open": "read", "patient.search": "read", "schedule.view": "read", "note.draft": "update", "note.sign": "update" };
const DAY = 86_400_000;

/** A fixed-seed generator, so every run builds the same trail. */
let state = 20261122;
function rand(): number {
  state = (Math.imul(state, 1103515245) + 12345) >>> 0;
  return state >>> 8;
}

const FIELD_PATH: Record<string, string> = {
  patientId: "patientId",
  memberId: "actor.memberId",
  emergency: "emergency",
  verb: "verb",
  role: "actor.role",
  outcome: "outcome",
  action: "action",
};

function pct(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main() {
  process.env.AUDIT_HMAC_KEY ??= "c".repeat(64);
  const t = await benchEngine("runtime");
  const seedStart = performance.now();
  const now = Date.now();
  // The trail spans about a year: one event every `step` ms up to now.
  const step = Math.max(1, Math.floor((365 * DAY) / AUDIT));

  const ids = await t.run(async (ctx) => {
    const practiceId = await ctx.db.insert("practices", { name: "Bench Practice", slug: "bench", timezone: "America/Chicago", idleTimeoutMinutes: 15 });
    const members = [];
    for (let i = 0; i < MEMBERS; i++) {
      const role = ROLES[i % ROLES.length]!;
      members.push({ id: await ctx.db.insert("members", { practiceId, email: `m${i}@bench.example`, name: `Member ${i}`, role, status: "active" }), role });
    }
    await ctx.db.insert("members", { practiceId, email: "co@bench.example", name: "Officer", role: "compliance_officer", status: "active" });
    return { practiceId, members };
  });
  const patientIds = await seedPatients(t, ids.practiceId, PATIENTS, { batch: 5000, extra: () => ({ dob: "1970-01-01", sex: "unknown" }) });
  for (let start = 0; start < AUDIT; start += 10_000) {
    await t.run(async (ctx) => {
      for (let i = start; i < Math.min(start + 10_000, AUDIT); i++) {
        const m = ids.members[rand() % MEMBERS]!;
        const verb = VERBS[rand() % VERBS.length]!;
        await ctx.db.insert("auditEvents", {
          practiceId: ids.practiceId,
          seq: i + 1,
          at: now - (AUDIT - i) * step,
          actor: { kind: "member", memberId: m.id, role: m.role },
          action: ACTION_OF[verb] ?? "create",
          verb,
          category: "clinical",
          outcome: rand() % 100 === 0 ? "failure" : "success",
          patientId: verb === "schedule.view" || verb === "patient.search" ? undefined : (patientIds[rand() % patientIds.length] as never),
          details: {},
          emergency: rand() % 1000 === 0 ? true : undefined,
          prevHash: "0".repeat(64),
          hash: "0".repeat(64),
        });
      }
    });
  }
  const seedSeconds = (performance.now() - seedStart) / 1000;

  const co = t.withIdentity({ issuer: "https://bench.invalid", subject: "co", email: "co@bench.example", emailVerified: true, name: "Officer" });
  await co.mutation(makeFunctionReference<"mutation">("viewer:signIn"), {});
  await co.mutation(makeFunctionReference<"mutation">("access:openAuditTrail"), {});
  const page = makeFunctionReference<"query">("auditTrail:page");

  const member = ids.members[3]!;
  const patient = patientIds[42]!;
  const lastMonth = { from: now - 30 * DAY, to: now };
  const cases: [string, Record<string, unknown>][] = [
    ["date range only", lastMonth],
    ["date range + member", { ...lastMonth, memberId: member.id }],
    ["date range + patient", { from: now - 365 * DAY, to: now, patientId: patient }],
    ["date range + role", { ...lastMonth, role: "nurse" }],
    ["date range + event", { ...lastMonth, verb: "note.sign" }],
    ["date range + action", { ...lastMonth, action: "update" }],
    ["date range + outcome (1% failures)", { ...lastMonth, outcome: "failure" }],
    ["date range + emergency (0.1%)", { from: now - 365 * DAY, to: now, emergency: true }],
    ["member + event (combined)", { ...lastMonth, memberId: member.id, verb: "note.sign" }],
    ["role + outcome (combined)", { ...lastMonth, role: "nurse", outcome: "failure" }],
  ];
  const results = [];
  for (const [name, filters] of cases) {
    const times: number[] = [];
    let metrics = null;
    let rows = 0;
    let second = null;
    for (let i = 0; i < ITERATIONS; i++) {
      const start = performance.now();
      const r = (await co.query(page, { filters, order: "desc", paginationOpts: { numItems: PAGE, cursor: null } })) as { page: unknown[]; continueCursor: string; isDone: boolean };
      times.push(performance.now() - start);
      metrics = takeMetrics();
      rows = r.page.length;
      if (i === 0 && !r.isDone) {
        await co.query(page, { filters, order: "desc", paginationOpts: { numItems: PAGE, cursor: r.continueCursor } });
        second = takeMetrics();
      }
    }
    // convex-test counts only the rows a query returns; Convex counts every row the
    // index range yields, including those a residual filter drops. Count those here.
    const plan = planAuditQuery(filters as AuditFilters);
    const scanned = await t.run(async (ctx) => {
      const f = filters as Record<string, unknown>;
      const eq = plan.indexed === "none" ? null : [FIELD_PATH[plan.indexed]!, plan.indexed === "emergency" ? true : f[plan.indexed]] as const;
      const q = ctx.db.query("auditEvents").withIndex(plan.index as never, ((r: never) => {
        let b = (r as { eq(f: string, v: unknown): never }).eq("practiceId", ids.practiceId) as { eq(f: string, v: unknown): unknown; gte(f: string, v: unknown): unknown };
        if (eq !== null) b = b.eq(eq[0], eq[1]) as typeof b;
        return ((b.gte("at", f.from ?? 0) as { lte(f: string, v: unknown): unknown }).lte("at", f.to ?? 8.64e15)) as never;
      }) as never).order("desc");
      let seen = 0;
      let matched = 0;
      for await (const e of q) {
        seen++;
        const ok = plan.residual.every((k) => {
          const value = k === "memberId" ? e.actor.memberId : k === "role" ? e.actor.role : k === "emergency" ? e.emergency === true : (e as Record<string, unknown>)[k];
          return value === (k === "emergency" ? true : f[k]);
        });
        if (ok && ++matched >= PAGE) break;
      }
      return seen;
    });
    times.sort((a, b) => a - b);
    results.push({
      indexScanned: scanned,
      filter: name,
      rows,
      documentsRead: metrics!.documentsRead,
      documentsReadSecondPage: second?.documentsRead ?? null,
      bytesRead: metrics!.bytesRead,
      shareOfConvexLimit: +(metrics!.documentsRead / CONVEX_LIMITS.documentsRead).toFixed(4),
      p50Ms: +pct(times, 50).toFixed(2),
      p95Ms: +pct(times, 95).toFixed(2),
    });
    console.log(`${name.padEnd(38)} rows ${String(rows).padStart(3)}  index rows ${String(scanned).padStart(6)}  docs ${String(metrics!.documentsRead).padStart(5)}  p50 ${pct(times, 50).toFixed(2)} ms`);
  }

  const out = path.join(root, "bench/results/audit-viewer.json");
  let previous: { results?: { filter: string; documentsRead: number; p50Ms: number }[] } | null = null;
  try {
    previous = JSON.parse(await readFile(out, "utf8"));
  } catch {
    previous = null;
  }
  const regressions = [];
  for (const r of results) {
    const before = previous?.results?.find((p) => p.filter === r.filter);
    if (before === undefined) continue;
    if (r.documentsRead > before.documentsRead * 1.2) regressions.push(`${r.filter}: documents read ${before.documentsRead} → ${r.documentsRead}`);
    if (r.p50Ms > before.p50Ms * 1.2 && r.p50Ms - before.p50Ms > 1) regressions.push(`${r.filter}: p50 ${before.p50Ms} → ${r.p50Ms} ms`);
  }
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(
    out,
    JSON.stringify(
      {
        bench: "audit-viewer",
        at: new Date().toISOString(),
        machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? "unknown", memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
        dataset: { auditEvents: AUDIT, patients: PATIENTS, members: MEMBERS, pageSize: PAGE, seedSeconds: +seedSeconds.toFixed(1) },
        notes:
          "indexScanned is the rows the chosen index range yields until the page is full (what Convex counts as read, including rows a residual filter drops; convex-test's documentsRead counts only returned rows). documentsRead includes the door's own reads (identity, membership, grant: about 4) and one read per distinct member and patient on the page. Combined filters read the most selective index's range and filter the rest, so they read about pageSize / (share of the range that matches the other filters).",
        results,
        regressions,
      },
      null,
      2,
    ) + "\n",
  );
  if (regressions.length > 0) console.log(`Regressions over 20%:\n  ${regressions.join("\n  ")}`);
  console.log(`wrote ${path.relative(root, out)} (seeded ${AUDIT} events in ${seedSeconds.toFixed(0)} s)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
