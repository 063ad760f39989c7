/**
 * Load: simulated staff working a practice on the offline stack (the runtime
 * as a real process, signed in with the demo IdP's tokens, the official
 * WebSocket client per person, as the browser uses it). Front desk open the
 * day's schedule (and keep it open, live), search patients, find free time,
 * book and move appointments; nurses open charts from the day's schedule and
 * record vitals; physicians open charts and autosave note drafts; compliance
 * officers open the audit trail and the member list; admins read settings.
 * Each person waits 1–3 s between actions. Reports latency per operation
 * (p50 / p95 / p99 / max) to bench/results/load.json and fails (exit 1) on any
 * error: a refused or failed call counts, whatever its code.
 *
 *   npm run test:load                              # 50 staff for 2 minutes
 *   LOAD_USERS=10 LOAD_SECONDS=20 npm run test:load  # a quick run
 */
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { ConvexClient } from "convex/browser";
import { makeFunctionReference } from "convex/server";
import { OfflineBackend, demoUserFor } from "../local/faults/backend";
import { generatePractices, type SeedPractice } from "../local/seed/generate";
import { isAppErrorData } from "../lib/errors";
import type { Role } from "../lib/roles";
import { addDays, localDate, localTime, weekdayOf } from "../lib/schedule/time";

const USERS = Number(process.env.LOAD_USERS ?? 50);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 120);
/** LOAD_LIVE=0: nobody keeps the day's schedule open live (to see what the subscriptions cost). */
const LIVE = process.env.LOAD_LIVE !== "0";
const THINK_MS: [number, number] = [1000, 3000];
const TZ = "America/Chicago";
const SLUG = "load";
const root = path.resolve(import.meta.dirname, "..");

type Args = Record<string, unknown>;
const q = (name: string) => makeFunctionReference<"query", Args, unknown>(name);
const m = (name: string) => makeFunctionReference<"mutation", Args, unknown>(name);

/** 50 staff: 10 physicians, 15 nurses, 15 front desk, 5 compliance officers, 5 admins (scaled for other sizes). */
function staffMix(n: number): Role[] {
  const share: [Role, number][] = [["physician", 0.2], ["nurse", 0.3], ["front_desk", 0.3], ["compliance_officer", 0.1], ["practice_admin", 0.1]];
  const roles = share.flatMap(([role, s]) => Array<Role>(Math.max(1, Math.round(n * s))).fill(role));
  return roles.slice(0, Math.max(n, share.length));
}

function practice(roles: Role[]): SeedPractice {
  const members = roles.map((role, i) => ({ email: `${role.replace("_", "-")}${i + 1}@load.example`, name: `Synthetic Staff ${i + 1}`, role }));
  const physicians = members.filter((x) => x.role === "physician").map((x) => x.email);
  // The demo seed's synthetic patients (with clinical histories), under this practice's physicians.
  const patients = generatePractices()
    .flatMap((p) => p.patients)
    .map((p, i) => ({ ...p, assignedProviderEmail: physicians[i % physicians.length] }));
  return { name: "Load Test Family Practice", slug: SLUG, timezone: TZ, members, patients };
}

// ---- measurement ----

const latencies = new Map<string, number[]>();
const errors = new Map<string, Map<string, number>>();
let subscriptionUpdates = 0;

async function op<T>(name: string, call: () => Promise<T>): Promise<T | undefined> {
  const t0 = performance.now();
  try {
    const value = await call();
    const list = latencies.get(name) ?? [];
    list.push(performance.now() - t0);
    latencies.set(name, list);
    return value;
  } catch (e) {
    // Codes and messages only: the app's messages carry no patient data.
    const data = (e as { data?: unknown }).data;
    const key = isAppErrorData(data) ? `${data.code}: ${data.message}` : e instanceof Error ? e.message.slice(0, 160) : String(e);
    const byKey = errors.get(name) ?? new Map<string, number>();
    byKey.set(key, (byKey.get(key) ?? 0) + 1);
    errors.set(name, byKey);
    return undefined;
  }
}

function summary(times: number[]) {
  const s = times.slice().sort((a, b) => a - b);
  const at = (p: number) => round(s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? 0);
  return { count: s.length, p50Ms: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99), maxMs: round(s.at(-1) ?? 0) };
}
const round = (x: number) => Math.round(x * 10) / 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)]!;

// ---- people ----

interface Appt {
  _id: string;
  patientId: string;
  providerId: string;
  status: string;
}
interface Person {
  index: number;
  role: Role;
  client: ConvexClient;
  days: Set<string>;
  charts: Set<string>;
  today: Appt[];
  drafts: Map<string, string>; // encounterId -> noteId
  booked: { id: string; typeId: string }[];
  /** The day's schedule as the live subscription last delivered it. */
  live?: Appt[];
  config?: { providers: { _id: string }[]; types: { _id: string; durationMinutes: number }[] };
}

const today = () => localDate(Date.now(), TZ);
/** The clinic's working day: today, or the last weekday before it (the seed books Monday to Friday). */
function workday(): string {
  let d = today();
  while (weekdayOf(d) === 0 || weekdayOf(d) === 6) d = addDays(d, -1);
  return d;
}

async function openDay(p: Person, date: string): Promise<Appt[]> {
  // A screen with the day open live already has it: nothing to fetch.
  if (p.live !== undefined && date === workday()) return p.live;
  if (!p.days.has(date)) {
    await op("schedule.openDay", () => p.client.mutation(m("schedule:openDay"), { date }));
    p.days.add(date);
  }
  const day = (await op("schedule.day", () => p.client.query(q("schedule:day"), { date }))) as { appointments: Appt[] } | undefined;
  return day?.appointments ?? [];
}

async function openChart(p: Person, patientId: string, clinical: boolean) {
  if (!p.charts.has(patientId)) {
    const granted = await op("access.openChart", () => p.client.mutation(m("access:openChart"), { patientId }));
    if (granted === undefined) return undefined;
    p.charts.add(patientId);
  }
  await op("chart.demographics", () => p.client.query(q("chart:demographics"), { patientId }));
  if (!clinical) return undefined;
  return (await op("chart.clinical", () => p.client.query(q("chart:clinical"), { patientId }))) as { encounters: { _id: string }[] } | undefined;
}

const SEARCHES = ["Sm", "Joh", "Wil", "Br", "Gar", "Mar", "Lee", "Ng", "Ka", "Ro", "Ch", "Da"];
const search = (p: Person) => op("patients.search", () => p.client.mutation(m("patients:search"), { query: pick(SEARCHES) }));

/** Each desk books for its own physician in its own fortnight, so two desks never race for a slot. */
function deskWindow(p: Person, physicians: number, deskIndex: number) {
  const provider = p.config!.providers[deskIndex % physicians]!._id;
  const firstDay = 8 + Math.floor(deskIndex / physicians) * 14;
  return { provider, from: addDays(today(), firstDay + Math.floor(Math.random() * 10)) };
}

async function frontDesk(p: Person, deskIndex: number, desks: number, patients: string[]) {
  const physicians = p.config!.providers.length;
  const roll = Math.random();
  if (roll < 0.25) {
    await openDay(p, addDays(workday(), Math.floor(Math.random() * 7)));
  } else if (roll < 0.5) {
    await search(p);
  } else {
    const { provider, from } = deskWindow(p, physicians, deskIndex);
    const moving = roll >= 0.8 && p.booked.length > 0 ? pick(p.booked) : undefined;
    // A move looks for time that fits the visit being moved (its type's length).
    const type = moving !== undefined ? p.config!.types.find((t) => t._id === moving.typeId)! : pick(p.config!.types);
    const slots = (await op("schedule.findSlots", () => p.client.query(q("schedule:findSlots"), { typeId: type._id, providerIds: [provider], from, days: 3 }))) as
      | { start: number; date: string }[]
      | undefined;
    const slot = slots === undefined || slots.length === 0 ? undefined : pick(slots);
    if (slot === undefined) return;
    const time = localTime(slot.start, TZ);
    if (moving === undefined) {
      // Patients are split between desks, so no two desks book one patient at once.
      const patientId = pick(patients.filter((_, i) => i % desks === deskIndex));
      const booked = (await op("appointments.book", () =>
        p.client.mutation(m("appointments:book"), { patientId, providerId: provider, typeId: type._id, date: slot.date, time }),
      )) as { appointmentId: string } | undefined;
      if (booked !== undefined) p.booked.push({ id: booked.appointmentId, typeId: type._id });
    } else {
      await op("appointments.move", () => p.client.mutation(m("appointments:move"), { appointmentId: moving.id, date: slot.date, time }));
    }
  }
}

async function clinician(p: Person) {
  if (p.today.length === 0 || Math.random() < 0.15) p.today = (await openDay(p, workday())).filter((a) => a.status !== "cancelled");
  if (Math.random() < 0.15) return void (await search(p));
  if (p.today.length === 0) return;
  const appt = pick(p.today);
  const chart = await openChart(p, appt.patientId, true);
  if (p.role === "nurse") {
    await op("clinical.recordVitals", () =>
      p.client.mutation(m("clinical:recordVitals"), {
        patientId: appt.patientId,
        vitals: { heartRate: 60 + Math.floor(Math.random() * 40), systolic: 110 + Math.floor(Math.random() * 30), diastolic: 70 + Math.floor(Math.random() * 15) },
      }),
    );
  } else if (chart !== undefined && chart.encounters.length > 0) {
    const encounterId = chart.encounters[0]!._id;
    const noteId = p.drafts.get(encounterId);
    const saved = (await op("notes.saveDraft", () =>
      p.client.mutation(m("notes:saveDraft"), {
        patientId: appt.patientId,
        encounterId,
        ...(noteId !== undefined ? { noteId } : {}),
        subjective: "Synthetic follow-up; feels better.",
        objective: "Synthetic exam unremarkable.",
        assessment: "Synthetic condition, improving.",
        plan: `Synthetic plan ${Math.floor(Math.random() * 1000)}.`,
      }),
    )) as { noteId: string } | undefined;
    if (saved !== undefined) p.drafts.set(encounterId, saved.noteId);
  }
}

async function office(p: Person) {
  if (p.role === "compliance_officer") {
    if (Math.random() < 0.4) await op("access.openAuditTrail", () => p.client.mutation(m("access:openAuditTrail"), {}));
    else await op("members.list", () => p.client.query(q("members:list"), {}));
    return;
  }
  const roll = Math.random();
  if (roll < 0.3) await op("members.list", () => p.client.query(q("members:list"), {}));
  else if (roll < 0.55) await op("availability.config", () => p.client.query(q("availability:config"), {}));
  else if (roll < 0.8) await op("schedule.config", () => p.client.query(q("schedule:config"), {}));
  else await openDay(p, workday());
}

async function main() {
  const roles = staffMix(USERS);
  const seed = practice(roles);
  const backend = await OfflineBackend.create({ users: seed.members.map((x) => demoUserFor(x, seed)), name: "load" });
  const people: Person[] = [];
  try {
    await backend.start();
    const t0 = performance.now();
    await backend.seedPractice(seed);
    for (let day = -7; day <= 7; day += 3) {
      await backend.admin().mutation(makeFunctionReference<"mutation", Args, number>("seed:loadSchedule"), { slug: SLUG, fromDay: day, toDay: Math.min(day + 2, 7), perDay: 7 });
    }
    console.log(`seeded ${seed.patients.length} patients, ${seed.members.length} staff in ${Math.round(performance.now() - t0)} ms`);

    for (const [index, member] of seed.members.entries()) {
      const client = backend.client(`demo|${member.email}`);
      people.push({ index, role: member.role, client, days: new Set(), charts: new Set(), today: [], drafts: new Map(), booked: [] });
    }
    await Promise.all(people.map((p) => op("viewer.signIn", () => p.client.mutation(m("viewer:signIn"), {}))));
    const desks = people.filter((p) => p.role === "front_desk");
    for (const p of people.filter((x) => x.role === "front_desk" || x.role === "physician" || x.role === "nurse")) {
      p.config = (await op("schedule.config", () => p.client.query(q("schedule:config"), {}))) as Person["config"];
    }
    const patientIds = await patientsFromSchedule(people);
    // The day's schedule stays open, live, on every front desk and nurse screen.
    for (const p of people.filter((x) => LIVE && (x.role === "front_desk" || x.role === "nurse"))) {
      p.live = await openDay(p, workday());
      p.client.onUpdate(q("schedule:day"), { date: workday() }, (day) => {
        subscriptionUpdates++;
        p.live = (day as { appointments: Appt[] }).appointments;
      });
    }

    // Only the working period is measured (errors during set-up still count).
    latencies.clear();
    console.log(`${people.length} staff working for ${SECONDS} s…`);
    const deadline = Date.now() + SECONDS * 1000;
    let actions = 0;
    await Promise.all(
      people.map(async (p) => {
        await sleep(Math.random() * THINK_MS[1]);
        while (Date.now() < deadline) {
          if (p.role === "front_desk") await frontDesk(p, desks.indexOf(p), desks.length, patientIds);
          else if (p.role === "nurse" || p.role === "physician") await clinician(p);
          else await office(p);
          actions++;
          await sleep(THINK_MS[0] + Math.random() * (THINK_MS[1] - THINK_MS[0]));
        }
      }),
    );

    const operations = Object.fromEntries([...latencies.keys(), ...errors.keys()].sort().map((name) => [name, { ...summary(latencies.get(name) ?? []), errors: [...(errors.get(name)?.values() ?? [])].reduce((a, b) => a + b, 0) }]));
    const errorCount = [...errors.values()].flatMap((x) => [...x.values()]).reduce((a, b) => a + b, 0);
    const all = [...latencies.values()].flat();
    const result = {
      at: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "unknown", memoryGiB: round(os.totalmem() / 2 ** 30), node: process.version, loadAverage: os.loadavg().map(round) },
      config: { users: people.length, liveScheduleViews: people.filter((p) => p.live !== undefined).length, roles: Object.fromEntries(["physician", "nurse", "front_desk", "compliance_officer", "practice_admin"].map((r) => [r, roles.filter((x) => x === r).length])), seconds: SECONDS, thinkMs: THINK_MS, patients: seed.patients.length },
      totals: { actions, calls: all.length + errorCount, callsPerSecond: round((all.length + errorCount) / SECONDS), errors: errorCount, subscriptionUpdates, overall: summary(all) },
      operations,
      errorSamples: Object.fromEntries([...errors].map(([name, byKey]) => [name, Object.fromEntries(byKey)])),
    };
    await mkdir(path.join(root, "bench/results"), { recursive: true });
    await writeFile(path.join(root, "bench/results/load.json"), JSON.stringify(result, null, 2) + "\n");
    console.table(Object.fromEntries(Object.entries(operations).map(([k, v]) => [k, { count: v.count, p50: v.p50Ms, p95: v.p95Ms, p99: v.p99Ms, max: v.maxMs, errors: v.errors }])));
    console.log(`${result.totals.calls} calls (${result.totals.callsPerSecond}/s), ${subscriptionUpdates} live schedule updates, ${errorCount} errors; bench/results/load.json`);
    if (errorCount > 0) {
      console.error("Errors:", JSON.stringify(result.errorSamples, null, 2));
      process.exitCode = 1;
    }
  } finally {
    await Promise.all(people.map((p) => p.client.close()));
    await backend.close();
  }
}

/** Patients on the schedule around today (when no admin query lists them). */
async function patientsFromSchedule(people: Person[]): Promise<string[]> {
  const desk = people.find((p) => p.role === "front_desk")!;
  const ids = new Set<string>();
  for (let d = -7; d <= 7; d++) for (const a of await openDay(desk, addDays(today(), d))) ids.add(a.patientId);
  return [...ids];
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
