/**
 * Front-end figures on the full offline stack in Chromium: time until each
 * main page is usable, and the JavaScript it loads (bytes on the wire, gzip),
 * against a 200 KB first-load budget. Router prefetches of other routes are
 * refused, so the figure is the page's own first-load JS. Uses the end-to-end build and stack
 * (`npm run build:e2e` first); writes bench/results/browser.json.
 *
 *   node --import tsx bench/browser.ts
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium, type Page, type Response } from "@playwright/test";
import { APP_URL } from "../e2e/support/env";
import { startStack, stopStack } from "../e2e/support/stack";
import { makeFunctionReference } from "convex/server";
import { api } from "../convex/_generated/api";
import type { Id } from "../convex/_generated/dataModel";
import { addDays, localDate, weekdayOf } from "../lib/schedule/time";
import { demoSignInLabel } from "../lib/demo-accounts";
import { demoUsers } from "../local/seed/generate";
import { clientAs } from "../e2e/support/backend";
import { person, recentPatient } from "../e2e/support/patients";

const root = path.resolve(import.meta.dirname, "..");
const RUNS = 5;
const JS_BUDGET_BYTES = 200 * 1024;

interface PageCase {
  name: string;
  user: string;
  path: (page: Page) => Promise<string>;
  ready: (page: Page) => Promise<unknown>;
}

const CASES: PageCase[] = [
  { name: "home", user: "Noel Ashby", path: async () => "/", ready: (p) => p.getByTestId("home-practice").waitFor() },
  {
    name: "members",
    user: "Omar Lindqvist",
    path: async () => "/admin/members",
    ready: (p) => p.getByRole("table").waitFor(),
  },
];

/** A seeded patient with a recent visit, found as the nurse would (an audited search by MRN). */
async function recentPatientPath(): Promise<string> {
  const nurse = clientAs(person("Noel Ashby"));
  const { results } = (await nurse.mutation(makeFunctionReference<"mutation">("patients:search"), { query: recentPatient().mrn })) as {
    results: { _id: string }[];
  };
  if (results[0] === undefined) throw new Error("bench: the seeded patient was not found");
  return `/patients/${results[0]._id}`;
}

/** The next weekday: seeded appointments exist on weekdays only. */
function nextWeekday(): string {
  for (let k = 1; ; k++) {
    const date = addDays(localDate(Date.now(), "America/Chicago"), k);
    const weekday = weekdayOf(date);
    if (weekday !== 0 && weekday !== 6) return date;
  }
}

CASES.push({
  name: "schedule day",
  user: "Dana Whitfield",
  path: async () => `/schedule?date=${nextWeekday()}`,
  // Usable when the day's appointments are on the grid.
  ready: (p) => p.getByRole("list", { name: /^Appointments,/ }).first().getByRole("button").first().waitFor(),
});

CASES.push({
  name: "chart",
  user: "Noel Ashby",
  path: recentPatientPath,
  ready: (p) => p.getByTestId("latest-vitals").waitFor(),
});

CASES.push(
  {
    name: "schedule board",
    user: "Dana Whitfield",
    path: async () => "/schedule/board",
    ready: (p) => p.getByRole("heading", { level: 1, name: "Today board" }).waitFor(),
  },
  {
    name: "patients",
    user: "Dana Whitfield",
    path: async () => "/patients",
    ready: (p) => p.getByLabel("Search patients").waitFor(),
  },
  {
    name: "schedule settings",
    user: "Omar Lindqvist",
    path: async () => "/admin/schedule",
    ready: (p) => p.getByTestId("schedule-settings").waitFor(),
  },
  {
    name: "note editor",
    user: "Miles Brandt",
    path: async () => (await physicianNote(false)).encounterPath,
    ready: (p) => p.getByTestId("soap-editor").waitFor(),
  },
  {
    // The first page of the audit trail (50 events, newest first) with who and which patient.
    name: "audit viewer",
    user: "Celia Marchetti",
    path: async () => "/compliance/audit",
    ready: (p) => p.getByTestId("audit-table").locator("tbody tr").nth(1).waitFor(),
  },
  {
    name: "note print",
    user: "Miles Brandt",
    path: async () => (await physicianNote(true)).printPath,
    ready: (p) => p.getByTestId("print-document").waitFor(),
  },
);

/**
 * An encounter of the seeded recent patient with a note by Miles Brandt (a draft, or signed),
 * made through the backend as he would (he has signed in in the browser by then).
 */
async function physicianNote(signed: boolean): Promise<{ encounterPath: string; printPath: string }> {
  const physician = clientAs(person("Miles Brandt"));
  const patientPath = await recentPatientPath();
  const patientId = patientPath.split("/").pop() as Id<"patients">;
  await physician.mutation(api.access.openChart, { patientId });
  const encounterId = await physician.mutation(api.clinical.startEncounter, { patientId, type: "office", chiefComplaint: "Benchmark visit" });
  const soap = { subjective: "Cough for a week.", objective: "Chest clear.", assessment: "Viral bronchitis.", plan: "Fluids and rest." };
  const { noteId } = await physician.mutation(api.notes.saveDraft, { patientId, encounterId, ...soap });
  if (signed) await physician.mutation(api.notes.sign, { patientId, noteId });
  return { encounterPath: `${patientPath}/encounters/${encounterId}`, printPath: `${patientPath}/notes/${noteId}/print` };
}

async function signIn(page: Page, name: string) {
  const user = demoUsers().find((u) => u.name === name);
  if (user === undefined) throw new Error(`no demo user ${name}`);
  const practice = user.practices[0]!;
  await page.goto(`${APP_URL}/sign-in`);
  const label = demoSignInLabel({ name: user.name, email: user.email, title: practice.title, role: practice.role, practiceName: practice.practiceName });
  await page.getByRole("button", { name: label, exact: true }).click();
  await page.getByTestId("home-practice").waitFor();
}

async function main() {
  if (!existsSync(path.join(root, ".next/BUILD_ID"))) throw new Error("Run `npm run build:e2e` first.");
  await stopStack();
  await rm(path.join(root, ".local-test-data"), { recursive: true, force: true });
  await startStack();
  const browser = await chromium.launch({
    executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const results: Record<string, { usableMs: { p50: number; max: number }; jsBytes: number; jsWithinBudget: boolean }> = {};
  try {
    for (const c of CASES) {
      const signInContext = await browser.newContext();
      const signInPage = await signInContext.newPage();
      await signIn(signInPage, c.user);
      const target = await c.path(signInPage);
      const state = await signInContext.storageState();
      await signInContext.close();
      const times: number[] = [];
      let jsBytes = 0;
      for (let run = 0; run < RUNS; run++) {
        // A fresh context per run: a cold HTTP cache, the same signed-in session.
        const context = await browser.newContext({ storageState: state });
        // Next prefetches the routes that visible links lead to (the navigation's Schedule,
        // Patients, …) and with them their code; that is not this page's first-load JS, and on a
        // slow machine it lands before the page is usable. Router prefetches are refused here.
        await context.route("**/*", (route) => (route.request().headers()["next-router-prefetch"] !== undefined ? route.abort() : route.continue()));
        const page = await context.newPage();
        const sizes: Promise<number>[] = [];
        page.on("response", (res: Response) => {
          if (res.request().resourceType() === "script") sizes.push(res.request().sizes().then((s) => s.responseBodySize, () => 0));
        });
        const t0 = Date.now();
        await page.goto(`${APP_URL}${target}`);
        await c.ready(page);
        times.push(Date.now() - t0);
        if (run === 0) jsBytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
        await context.close();
      }
      times.sort((a, b) => a - b);
      results[c.name] = { usableMs: { p50: times[Math.floor(times.length / 2)]!, max: times.at(-1)! }, jsBytes, jsWithinBudget: jsBytes <= JS_BUDGET_BYTES };
    }
  } finally {
    await browser.close();
    await stopStack();
  }
  const file = path.join(root, "bench/results/browser.json");
  const previous = await readFile(file, "utf8").then((s) => JSON.parse(s) as { results: typeof results }).catch(() => null);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(
    file,
    JSON.stringify({ kind: "browser", at: new Date().toISOString(), machine: { cpus: os.cpus().length, node: process.version }, results }, null, 2) + "\n",
  );
  console.log("page            usable p50 ms   max ms   JS KB (gzip)  budget  vs last");
  for (const [name, r] of Object.entries(results)) {
    const before = previous?.results[name];
    const flag = before === undefined ? "first run" : r.usableMs.p50 > before.usableMs.p50 * 1.2 && r.usableMs.p50 - before.usableMs.p50 > 50 ? "REGRESSION >20%" : "ok";
    console.log(
      `${name.padEnd(15)} ${String(r.usableMs.p50).padStart(13)} ${String(r.usableMs.max).padStart(8)} ${(r.jsBytes / 1024).toFixed(1).padStart(13)}  ${r.jsWithinBudget ? "ok" : "OVER"}    ${flag}`,
    );
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
