import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { unzipSync, strFromU8 } from "fflate";
import { api, internal } from "../convex/_generated/api";
import type { Id } from "../convex/_generated/dataModel";
import { adminClient, clientAs } from "./support/backend";
import { patientWithoutCareRelationship, person } from "./support/patients";
import { signInAs } from "./support/sign-in";

/* The compliance workspace: audit viewer, export, integrity, access report, review queue. */

const officer = person("Celia Marchetti");
const physician = person("Miles Brandt");
const frontDesk = person("Dana Whitfield");

async function patientIdByMrn(mrn: string): Promise<Id<"patients">> {
  const client = clientAs(physician);
  await client.mutation(api.viewer.signIn, {});
  const r = await client.mutation(api.patients.search, { query: mrn });
  const found = r.results.find((p) => p.mrn === mrn);
  if (found === undefined) throw new Error(`no patient ${mrn}`);
  return found._id;
}

async function openCompliance(page: Page, user = officer) {
  await signInAs(page, user);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compliance" }).click();
  await expect(page).toHaveURL(/\/compliance\/audit$/);
  await expect(page.getByTestId("audit-access")).toBeVisible();
}

test("a compliance officer filters the trail, opens an event, exports it with a manifest, and verifies the chain", async ({ page }) => {
  const patient = patientWithoutCareRelationship(physician.email);
  const patientId = await patientIdByMrn(patient.mrn);
  const detail = "Synthetic: collapsed in the lobby, checking allergies.";
  await clientAs(physician).mutation(api.access.openChartEmergency, { patientId, reason: "Emergency treatment", detail, confirmed: true });

  await openCompliance(page);
  const table = page.getByTestId("audit-table");
  await expect(table).toBeVisible();
  // Opening the trail is itself in the trail, at the top (newest first).
  await expect(table.locator("tbody tr").first()).toContainText("Audit trail opened");

  await page.getByLabel("Emergency access only").check();
  await expect(page.getByTestId("audit-page-status")).toContainText("Page 1");
  const rows = table.locator("tbody tr");
  await expect(rows.first()).toContainText("Emergency access to a chart");
  for (const row of await rows.all()) await expect(row).toContainText("Emergency");
  await expect(rows.first()).toContainText(patient.mrn);

  await page.getByLabel("Emergency access only").uncheck();
  await page.getByLabel("Member", { exact: true }).selectOption({ label: "Miles Brandt (Physician)" });
  await expect(rows.first()).toContainText("Miles Brandt");
  for (const row of await rows.all()) await expect(row).toContainText("Miles Brandt");

  // One event, every field, including its chain hashes.
  await rows.first().getByRole("button", { name: /^Event \d+, details$/ }).click();
  const dialog = page.getByTestId("event-detail");
  await expect(dialog).toContainText("Previous hash");
  await expect(dialog.getByText(/^[0-9a-f]{64}$/).first()).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  // Export: a ZIP of CSV, JSON and a manifest whose hashes match the files.
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV + JSON" }).click();
  const download = await downloadPromise;
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const manifest = JSON.parse(strFromU8(files["manifest.json"]!)) as { count: number; files: { name: string; sha256: string }[]; chain: { last: { hash: string } } };
  const json = JSON.parse(strFromU8(files["audit-events.json"]!)) as { events: { actor: { name: string } }[] };
  expect(manifest.count).toBe(json.events.length);
  expect(manifest.count).toBeGreaterThan(0);
  expect(json.events.every((e) => e.actor.name === "Miles Brandt")).toBe(true);
  for (const f of manifest.files) expect(createHash("sha256").update(files[f.name]!).digest("hex"), f.name).toBe(f.sha256);
  expect(strFromU8(files["audit-events.csv"]!).split("\r\n")[0]).toContain("seq,time_utc");
  await expect(page.getByTestId("export-status")).toContainText(`Exported ${manifest.count} event`);

  // The export is recorded.
  await page.getByRole("button", { name: /^Clear \d+ filter/ }).click();
  await page.getByLabel("Event", { exact: true }).selectOption({ label: "Audit trail exported" });
  await expect(rows.first()).toContainText("Celia Marchetti");

  // Integrity: intact.
  await page.getByRole("link", { name: "Integrity" }).click();
  await page.getByRole("button", { name: "Verify integrity" }).click();
  await expect(page.getByTestId("verify-result")).toContainText(/Intact up to event \d+/, { timeout: 30_000 });

  // The patient access report lists the emergency access.
  await page.getByRole("link", { name: "Patient access report" }).click();
  await expect(page.getByRole("button", { name: "Run report" })).toBeVisible();
  const find = page.getByLabel("Patient", { exact: true });
  await find.fill(patient.mrn);
  await expect(find).toHaveValue(patient.mrn);
  await find.press("Enter");
  await page.getByRole("list", { name: "Matching patients" }).getByRole("button").first().click();
  await expect(page.getByTestId("chosen-patient")).toContainText(patient.mrn);
  await page.getByRole("button", { name: "Run report" }).click();
  const report = page.getByTestId("access-report");
  await expect(report).toContainText(patient.mrn);
  await expect(report.locator("tbody tr").filter({ hasText: "Miles Brandt" }).filter({ hasText: "Emergency" })).not.toHaveCount(0);
  await expect(page.getByTestId("report-summary")).toContainText(/[1-9]\d* emergency access/);

  // The review queue: the emergency access waits, with the clinician's words.
  await page.getByRole("link", { name: /^Review queue/ }).click();
  const item = page.getByTestId("review-item").filter({ hasText: detail });
  await expect(item).toContainText("Miles Brandt");
  await expect(item).toContainText(patient.mrn);
  await item.getByRole("button", { name: "Flag" }).click();
  await expect(item.getByRole("alert")).toContainText("Say why you flag this access");
  await item.getByLabel(/Comment/).fill("Synthetic review: patient was in the ED that day.");
  await item.getByRole("button", { name: "Mark appropriate" }).click();
  await expect(page.getByTestId("review-notice")).toContainText("marked appropriate");
  await expect(item).toHaveCount(0);
  await page.getByText("Appropriate", { exact: true }).click();
  await expect(page.getByTestId("review-item").filter({ hasText: detail })).toContainText("Marked appropriate by Celia Marchetti");
});

test("a changed event is found by the integrity check; a saved checkpoint still matches until then", async ({ page }) => {
  const gwen = person("Gwen Adeyemi");
  await openCompliance(page, gwen);
  await page.getByRole("link", { name: "Integrity" }).click();

  // Save a checkpoint and check it straight back: it matches.
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("button", { name: "Save checkpoint" }).click();
  const checkpointPath = await (await downloadPromise).path();
  await page.getByLabel("Checkpoint file to check").setInputFiles(checkpointPath);
  await expect(page.getByTestId("checkpoint-result")).toContainText(/Checkpoint matches: event \d+/);

  // A few more events, then someone with database access quietly edits event 2 of this practice's trail.
  for (let i = 0; i < 3; i++) await clientAs(gwen).mutation(api.access.openAuditTrail, {});
  const me = await clientAs(gwen).query(api.viewer.current, {});
  const practiceId = me!.active!.membership.practiceId;
  await (adminClient() as unknown as { mutation(f: typeof internal.testing.tamperAuditEvent, a: { practiceId: Id<"practices">; seq: number }): Promise<null> }).mutation(
    internal.testing.tamperAuditEvent,
    { practiceId, seq: 2 },
  );
  await page.getByRole("button", { name: "Verify integrity" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Broken at event 2" });
  await expect(alert).toContainText("hash mismatch");
  await expect(alert).toContainText("Event 2 has been changed since it was written.");
  await expect(alert).toContainText("Events 1 to 1 are intact.");
});

test("other roles do not get the compliance workspace", async ({ page }) => {
  await signInAs(page, frontDesk);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compliance" })).toHaveCount(0);
  await page.goto("/compliance/audit");
  await expect(page.getByText("Not available for your role")).toBeVisible();
  await expect(page.getByTestId("audit-table")).toHaveCount(0);
});
