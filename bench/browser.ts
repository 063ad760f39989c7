/**
 * Front-end figures on the full offline stack in Chromium: time until each
 * main page is usable, and the JavaScript it loads (bytes on the wire, gzip),
 * against a 200 KB first-load budget. Uses the end-to-end build and stack
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
