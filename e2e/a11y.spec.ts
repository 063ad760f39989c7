import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { api } from "../convex/_generated/api";
import type { Id } from "../convex/_generated/dataModel";
import { generatePractices } from "../local/seed/generate";
import { addDays, localDate, weekdayOf } from "../lib/schedule/time";
import { clientAs } from "./support/backend";
import { patientWithoutCareRelationship, person, recentPatient } from "./support/patients";
import { signInAs } from "./support/sign-in";

/*
 * Accessibility: axe-core on every main page, for every role that reaches it
 * (and the no-access state for the roles that do not), and on every dialog,
 * which is also driven by keyboard alone: it opens from its trigger, keeps
 * focus inside while tabbing, closes on Escape and hands focus back.
 *
 * A new page is one row in PAGES; a new dialog is one row in DIALOGS.
 * Serious and critical violations fail the test; the others are printed.
 */

type Who = "front desk" | "nurse" | "physician" | "compliance officer" | "practice admin" | "two practices" | "signed out";

const PEOPLE: Record<Exclude<Who, "signed out">, string> = {
  "front desk": "Dana Whitfield",
  nurse: "Noel Ashby",
  physician: "Miles Brandt",
  "compliance officer": "Celia Marchetti",
  "practice admin": "Omar Lindqvist",
  "two practices": "Priya Okonkwo-Hale",
};

/** Ids made once per run (see beforeAll), for the pages under a patient. */
interface Fixture {
  patientId: Id<"patients">;
  unrelatedPatientId: Id<"patients">;
  otherPracticePatientId: Id<"patients">;
  draftEncounterId: Id<"encounters">;
  signedEncounterId: Id<"encounters">;
  signedNoteId: Id<"notes">;
  weekday: string;
  /** A Sunday ahead: no visit is seeded then, so the day's grid is empty. */
  sunday: string;
}

interface PageRow {
  page: string;
  who: Who[];
  path: (f: Fixture) => string;
  /** Visible once the page has its content (or its no-access message). */
  ready: (page: Page) => Locator;
  /** Steps after load to reach the state under test (e.g. a search with results). */
  then?: (page: Page, f: Fixture) => Promise<void>;
}

const clinicians: Who[] = ["nurse", "physician"];
const scheduleRoles: Who[] = ["front desk", "nurse", "physician", "practice admin"];
const byTestId = (id: string) => (p: Page) => p.getByTestId(id);
const h1 = (name: string | RegExp) => (p: Page) => p.getByRole("heading", { level: 1, name });

const PAGES: PageRow[] = [
  { page: "sign-in", who: ["signed out"], path: () => "/sign-in", ready: h1("Sign in") },
  { page: "sign-in after sign-out", who: ["signed out"], path: () => "/sign-in?signedOut=1", ready: (p) => p.getByRole("status") },
  { page: "sign-in with an error", who: ["signed out"], path: () => "/sign-in?error=unknown", ready: h1("Sign in") },
  { page: "page not found", who: ["nurse"], path: () => "/no-such-page", ready: h1(/not found/i) },
  { page: "home", who: ["front desk", "nurse", "physician", "compliance officer", "practice admin", "two practices"], path: () => "/", ready: byTestId("home-practice") },
  { page: "schedule day", who: scheduleRoles, path: (f) => `/schedule?date=${f.weekday}`, ready: byTestId("schedule-grid") },
  { page: "schedule week", who: ["front desk"], path: (f) => `/schedule?date=${f.weekday}&view=week`, ready: byTestId("schedule-grid") },
  // an empty day: the grid still scrolls, so it must take the keyboard's focus itself
  { page: "schedule day without visits", who: ["front desk"], path: (f) => `/schedule?date=${f.sunday}`, ready: byTestId("schedule-grid") },
  { page: "schedule board", who: scheduleRoles, path: () => "/schedule/board", ready: h1(/board/i) },
  { page: "schedule, no access", who: ["compliance officer"], path: () => "/schedule", ready: byTestId("schedule-no-access") },
  {
    page: "patient search with results",
    who: ["front desk", ...clinicians],
    path: () => "/patients",
    ready: h1("Patients"),
    then: async (p) => {
      await p.getByLabel("Search patients").fill(recentPatient().lastName);
      await p.getByLabel("Search patients").press("Enter");
      await expect(p.getByTestId("search-results").getByRole("link").first()).toBeVisible();
    },
  },
  { page: "patient search, no access", who: ["compliance officer", "practice admin"], path: () => "/patients", ready: (p) => p.getByText("Patient search is not part of your role") },
  { page: "chart", who: ["front desk", ...clinicians], path: (f) => `/patients/${f.patientId}`, ready: byTestId("patient-header") },
  { page: "chart, no access", who: ["compliance officer", "practice admin"], path: (f) => `/patients/${f.patientId}`, ready: byTestId("chart-forbidden") },
  { page: "chart, emergency access needed", who: clinicians, path: (f) => `/patients/${f.unrelatedPatientId}`, ready: byTestId("emergency-access") },
  { page: "chart, another practice's patient", who: ["physician"], path: (f) => `/patients/${f.otherPracticePatientId}`, ready: byTestId("chart-not-found") },
  { page: "note editor", who: ["physician"], path: (f) => `/patients/${f.patientId}/encounters/${f.draftEncounterId}`, ready: byTestId("soap-editor") },
  { page: "encounter, signed note", who: clinicians, path: (f) => `/patients/${f.patientId}/encounters/${f.signedEncounterId}`, ready: byTestId("encounter-header") },
  { page: "note print", who: clinicians, path: (f) => `/patients/${f.patientId}/notes/${f.signedNoteId}/print`, ready: (p) => p.getByRole("button", { name: /print/i }) },
  { page: "admin members", who: ["practice admin", "compliance officer"], path: () => "/admin/members", ready: (p) => p.getByRole("table") },
  { page: "admin members, no access", who: ["front desk", "physician"], path: () => "/admin/members", ready: byTestId("members-no-access") },
  { page: "admin schedule settings", who: ["practice admin"], path: () => "/admin/schedule", ready: h1("Schedule settings") },
  { page: "admin schedule settings, no access", who: ["front desk", "compliance officer"], path: () => "/admin/schedule", ready: h1(/access/i) },
  { page: "compliance audit trail", who: ["compliance officer"], path: () => "/compliance/audit", ready: byTestId("audit-table") },
  { page: "compliance review queue", who: ["compliance officer"], path: () => "/compliance/reviews", ready: (p) => p.getByRole("radio", { name: "Waiting" }) },
  { page: "compliance access report", who: ["compliance officer"], path: () => "/compliance/access-report", ready: (p) => p.getByRole("button", { name: "Run report" }) },
  { page: "compliance integrity", who: ["compliance officer"], path: () => "/compliance/integrity", ready: (p) => p.getByRole("button", { name: "Verify integrity" }) },
  { page: "compliance model calls", who: ["compliance officer"], path: () => "/compliance/model-calls", ready: (p) => p.getByRole("heading", { name: "Model calls", level: 2 }) },
  { page: "compliance, no access", who: ["front desk", "physician", "practice admin"], path: () => "/compliance/audit", ready: (p) => p.getByText("Not available for your role") },
];

interface DialogRow {
  dialog: string;
  who: Exclude<Who, "signed out">;
  path: (f: Fixture) => string;
  ready: (page: Page) => Locator;
  /** The control that opens the dialog (focused, then activated with the keyboard). */
  trigger: (page: Page) => Locator;
  /** Steps before the trigger can be used. */
  before?: (page: Page) => Promise<void>;
  /** The dialog's accessible name, when it is not the row's label (it names the record). */
  name?: RegExp;
}

const DIALOGS: DialogRow[] = [
  {
    dialog: "Audit event details",
    who: "compliance officer",
    path: () => "/compliance/audit",
    ready: byTestId("audit-table"),
    trigger: (p) => p.getByRole("button", { name: /^Event \d+, details$/ }).first(),
    name: /^Event \d+: /,
  },
  {
    dialog: "Member home address",
    who: "practice admin",
    path: () => "/admin/members",
    ready: (p) => p.getByRole("table"),
    trigger: (p) => p.getByRole("button", { name: /^Home address for / }).first(),
    name: /'s home address$/,
  },
  { dialog: "Book an appointment", who: "front desk", path: (f) => `/schedule?date=${f.weekday}`, ready: byTestId("schedule-grid"), trigger: (p) => p.getByRole("button", { name: "Book appointment" }) },
  {
    dialog: "Appointment details",
    who: "front desk",
    path: (f) => `/schedule?date=${f.weekday}`,
    ready: byTestId("schedule-grid"),
    trigger: (p) => p.getByRole("list", { name: /^Appointments,/ }).first().getByRole("button").first(),
  },
  { dialog: "Register new patient", who: "front desk", path: () => "/patients", ready: h1("Patients"), trigger: (p) => p.getByRole("button", { name: "Register new patient" }) },
  { dialog: "Record vitals", who: "nurse", path: (f) => `/patients/${f.patientId}`, ready: byTestId("clinical-sections"), trigger: (p) => p.getByRole("button", { name: "Record vitals" }) },
  { dialog: "Add allergy", who: "nurse", path: (f) => `/patients/${f.patientId}`, ready: byTestId("clinical-sections"), trigger: (p) => p.getByRole("button", { name: "Add allergy" }) },
  { dialog: "Add medication", who: "nurse", path: (f) => `/patients/${f.patientId}`, ready: byTestId("clinical-sections"), trigger: (p) => p.getByRole("button", { name: "Add medication" }) },
  { dialog: "Start encounter", who: "physician", path: (f) => `/patients/${f.patientId}`, ready: byTestId("clinical-sections"), trigger: (p) => p.getByRole("button", { name: "Start encounter" }) },
  {
    dialog: "Open this chart with emergency access?",
    who: "physician",
    path: (f) => `/patients/${f.unrelatedPatientId}`,
    ready: byTestId("emergency-access"),
    before: async (p) => {
      const screen = p.getByTestId("emergency-access");
      await screen.getByLabel("Reason").selectOption("Emergency treatment");
      await screen.getByLabel("What is happening").fill("Collapsed at the front desk; need allergies now.");
    },
    trigger: (p) => p.getByRole("button", { name: "Continue to emergency access" }),
  },
  { dialog: "Sign this note?", who: "physician", path: (f) => `/patients/${f.patientId}/encounters/${f.draftEncounterId}`, ready: byTestId("soap-editor"), trigger: (p) => p.getByRole("button", { name: "Sign note…" }) },
  { dialog: "Add a member", who: "practice admin", path: () => "/admin/members", ready: (p) => p.getByRole("table"), trigger: (p) => p.getByRole("button", { name: "Add member" }) },
  { dialog: "Change Noel Ashby's role", who: "practice admin", path: () => "/admin/members", ready: (p) => p.getByRole("table"), trigger: (p) => p.getByRole("button", { name: "Change role for Noel Ashby" }) },
  { dialog: "Deactivate Noel Ashby?", who: "practice admin", path: () => "/admin/members", ready: (p) => p.getByRole("table"), trigger: (p) => p.getByRole("button", { name: "Deactivate Noel Ashby" }) },
  { dialog: "Add a day off or extra clinic", who: "practice admin", path: () => "/admin/schedule", ready: h1("Schedule settings"), trigger: (p) => p.getByRole("button", { name: "Add exception" }) },
  { dialog: "Add a visit type", who: "practice admin", path: () => "/admin/schedule", ready: h1("Schedule settings"), trigger: (p) => p.getByRole("button", { name: "Add visit type" }) },
];

/** The next weekday: seeded appointments exist on weekdays only. */
function nextWeekday(): string {
  for (let k = 1; ; k++) {
    const date = addDays(localDate(Date.now(), "America/Chicago"), k);
    const weekday = weekdayOf(date);
    if (weekday !== 0 && weekday !== 6) return date;
  }
}

/** The next Sunday (practice time): no visit is seeded on weekends. */
function nextSunday(): string {
  for (let k = 1; ; k++) {
    const date = addDays(localDate(Date.now(), "America/Chicago"), k);
    if (weekdayOf(date) === 0) return date;
  }
}

/** A backend client for a demo user, linked to their memberships as their first sign-in would. */
async function linkedClient(name: string) {
  const client = clientAs(person(name));
  await client.mutation(api.viewer.signIn, {});
  return client;
}

async function findPatient(name: string, mrn: string): Promise<Id<"patients">> {
  const { results } = await (await linkedClient(name)).mutation(api.patients.search, { query: mrn });
  const found = results[0];
  if (found === undefined) throw new Error(`a11y: seeded patient ${mrn} not found`);
  return found._id;
}

let fixture: Fixture;
const sessions = new Map<Who, Awaited<ReturnType<BrowserContext["storageState"]>>>();

/** One sign-in per person for the whole file; each test gets a fresh context with that session. */
async function pageAs(browser: Browser, who: Who): Promise<Page> {
  if (who === "signed out") return await (await browser.newContext()).newPage();
  let state = sessions.get(who);
  if (state === undefined) {
    const context = await browser.newContext();
    await signInAs(await context.newPage(), person(PEOPLE[who]));
    state = await context.storageState();
    sessions.set(who, state);
    await context.close();
  }
  return await (await browser.newContext({ storageState: state })).newPage();
}

/** Serious and critical violations fail; lesser ones are listed so they are not forgotten. */
async function expectNoSeriousViolations(page: Page, label: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
  const describe = (v: (typeof violations)[number]) => `${v.impact ?? "?"} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")}  ${n.failureSummary?.split("\n").join(" ") ?? ""}`).join("\n")}`;
  const blocking = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const minor = violations.filter((v) => !blocking.includes(v));
  if (minor.length > 0) console.log(`a11y (${label}), not failing:\n${minor.map(describe).join("\n")}`);
  expect(blocking.map(describe), `serious or critical axe violations on ${label}`).toEqual([]);
}

/** Waits for the content and for every loading region to finish. */
async function settle(page: Page, ready: Locator) {
  await expect(ready.first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

test.beforeAll(async () => {
  const physician = person("Miles Brandt");
  const client = await linkedClient(physician.name);
  const patientId = await findPatient("Noel Ashby", recentPatient().mrn);
  const unrelated = patientWithoutCareRelationship(physician.email);
  const unrelatedPatientId = await findPatient("Noel Ashby", unrelated.mrn);
  const riversideMrn = generatePractices().find((p) => p.slug === "riverside")?.patients[0]?.mrn;
  if (riversideMrn === undefined) throw new Error("a11y: no Riverside patient in the seed");
  const otherPracticePatientId = await findPatient("Hana Sorensen", riversideMrn);

  await client.mutation(api.access.openChart, { patientId });
  const soap = {
    subjective: "Sore throat for three days.",
    objective: "Pharynx mildly injected, no exudate.",
    assessment: "Viral pharyngitis.",
    plan: "Fluids, rest, return if worse.",
  };
  const draftEncounterId = await client.mutation(api.clinical.startEncounter, { patientId, type: "office", chiefComplaint: "Sore throat" });
  await client.mutation(api.notes.saveDraft, { patientId, encounterId: draftEncounterId, ...soap, plan: "" });
  const signedEncounterId = await client.mutation(api.clinical.startEncounter, { patientId, type: "office", chiefComplaint: "Sore throat" });
  const { noteId } = await client.mutation(api.notes.saveDraft, { patientId, encounterId: signedEncounterId, ...soap });
  await client.mutation(api.notes.sign, { patientId, noteId });
  await client.mutation(api.notes.addAddendum, { patientId, noteId, text: "Rapid strep test negative." });

  fixture = {
    patientId,
    unrelatedPatientId,
    otherPracticePatientId,
    draftEncounterId,
    signedEncounterId,
    signedNoteId: noteId,
    weekday: nextWeekday(),
    sunday: nextSunday(),
  };
});

test.describe("pages", () => {
  for (const row of PAGES) {
    for (const who of row.who) {
      test(`${row.page} as ${who}`, async ({ browser }) => {
        const page = await pageAs(browser, who);
        await page.goto(row.path(fixture));
        await settle(page, row.ready(page));
        if (row.then) await row.then(page, fixture);
        await expectNoSeriousViolations(page, `${row.page} as ${who}`);
        await page.context().close();
      });
    }
  }
});

test.describe("dialogs by keyboard", () => {
  for (const row of DIALOGS) {
    test(`${row.dialog} (${row.who})`, async ({ browser }) => {
      const page = await pageAs(browser, row.who);
      await page.goto(row.path(fixture));
      await settle(page, row.ready(page));
      if (row.before) await row.before(page);

      const trigger = row.trigger(page).first();
      await trigger.focus();
      await page.keyboard.press("Enter");
      const dialog = page.getByRole("dialog");
      await expect(dialog).toBeVisible();
      await expect(dialog).toHaveAccessibleName(row.name ?? (row.dialog === "Appointment details" ? /.+/ : row.dialog));
      await expect(dialog).toHaveAttribute("aria-describedby", /.+/);
      // Focus moves into the dialog, and Tab / Shift+Tab never leave it.
      await expect.poll(() => dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
      for (const key of [...Array<string>(12).fill("Tab"), ...Array<string>(12).fill("Shift+Tab")]) {
        await page.keyboard.press(key);
        expect(await dialog.evaluate((d) => d.contains(document.activeElement)), `focus left the dialog after ${key}`).toBe(true);
      }
      await expectNoSeriousViolations(page, `dialog "${row.dialog}"`);
      await page.keyboard.press("Escape");
      await expect(dialog).toBeHidden();
      await expect(trigger).toBeFocused();
      await page.context().close();
    });
  }
});
