import { expect, test, type Page } from "@playwright/test";
import { ConvexError } from "convex/values";
import { api } from "../convex/_generated/api";
import type { Id } from "../convex/_generated/dataModel";
import { patientName } from "../lib/chart-format";
import { clientAs } from "./support/backend";
import { person, recentPatient } from "./support/patients";
import { signInAs } from "./support/sign-in";

/*
 * A physician writes, signs and amends a SOAP note; the front desk opens the
 * same chart and gets demographics only. Each run starts its own encounter.
 */

const physician = person("Miles Brandt");
const frontDesk = person("Dana Whitfield");
const patient = recentPatient();

/** Unsaved note text kept in this tab (see components/notes/draft-storage.ts). */
async function pendingDrafts(page: Page): Promise<string[]> {
  return await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith("practice.pendingNote.")));
}

async function openChart(page: Page) {
  await page.goto("/patients");
  await page.getByLabel("Search patients").fill(patient.mrn);
  await page.getByLabel("Search patients").press("Enter");
  await page.getByTestId("search-results").locator(`a[data-mrn="${patient.mrn}"]`).click();
  await expect(page.getByTestId("patient-name")).toHaveText(patientName(patient));
}

test("a physician starts an encounter, writes a SOAP note that survives a reload, signs it, adds an addendum and prints it", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, physician);
  await openChart(page);
  await expect(page.getByTestId("clinical-sections")).toBeVisible();

  const complaint = `Cough and wheeze ${Date.now().toString(36)}`;
  await page.getByRole("button", { name: "Start encounter" }).click();
  const start = page.getByRole("dialog", { name: "Start encounter" });
  await start.getByLabel("Chief complaint").fill(complaint);
  await start.getByRole("button", { name: "Start encounter" }).click();

  // Physicians go straight to the note.
  await expect(page).toHaveURL(/\/encounters\/[^/]+$/);
  await expect(page.getByTestId("encounter-header")).toContainText(complaint);
  const editor = page.getByTestId("soap-editor");
  await expect(editor).toBeVisible();
  const status = editor.getByTestId("save-status");

  await editor.getByLabel(/^Subjective/).fill("Dry cough for 7 days, worse at night. No fever.");
  await editor.getByLabel(/^Objective/).fill("Scattered expiratory wheeze, SpO2 97% on room air.");
  await expect(status).toContainText(/Saved at \d\d:\d\d/);

  // Signing needs an assessment and a plan; the dialog says so and will not sign.
  await editor.getByRole("button", { name: "Sign note…" }).click();
  const sign = page.getByRole("dialog", { name: "Sign this note?" });
  await expect(sign).toContainText("A signed note needs an assessment and a plan.");
  await expect(sign.getByRole("button", { name: "Sign note", exact: true })).toBeDisabled();
  await sign.getByRole("button", { name: "Keep editing" }).click();

  // The connection drops: the text stays, the editor says it will retry, and saves when back.
  await page.context().setOffline(true);
  await editor.getByLabel(/^Assessment/).fill("Acute bronchitis with reactive airway component.");
  await expect(status).toHaveText(/Offline — will retry/);
  await expect.poll(() => pendingDrafts(page)).toHaveLength(1);
  await page.context().setOffline(false);
  await expect(status).toContainText(/Saved at \d\d:\d\d/);
  // Reload mid-draft: the plan is typed and the page reloads before the autosave runs.
  await editor.getByLabel(/^Plan/).fill("Albuterol inhaler as needed; return if fever or shortness of breath.");
  await page.reload();
  await expect(editor.getByLabel(/^Subjective/)).toHaveValue("Dry cough for 7 days, worse at night. No fever.");
  await expect(editor.getByLabel(/^Assessment/)).toHaveValue("Acute bronchitis with reactive airway component.");
  await expect(editor.getByLabel(/^Plan/)).toHaveValue("Albuterol inhaler as needed; return if fever or shortness of breath.");
  await expect(status).toContainText(/Saved at \d\d:\d\d/);

  // Sign, after a confirmation.
  await editor.getByRole("button", { name: "Sign note…" }).click();
  await expect(sign).toContainText(`You sign as ${physician.name}`);
  await sign.getByRole("button", { name: "Sign note", exact: true }).click();
  await expect(sign).toBeHidden();
  const signed = page.getByTestId("signed-note");
  await expect(signed).toBeVisible();
  await expect(page.getByTestId("encounter-notice")).toContainText("Note signed");
  // Read-only from now on.
  await expect(page.getByTestId("soap-editor")).toHaveCount(0);
  await expect(signed.getByRole("textbox")).toHaveCount(0);
  await expect(signed.getByTestId("note-plan")).toHaveText("Albuterol inhaler as needed; return if fever or shortness of breath.");
  await expect(signed.getByTestId("signature-line")).toContainText(`Electronically signed by ${physician.name}`);
  await expect(signed.getByTestId("signature-line").getByTestId("integrity-badge")).toHaveText("Integrity verified");
  // Nothing unsaved is left behind in the tab.
  expect(await pendingDrafts(page)).toEqual([]);

  // A signed addendum beneath it.
  await signed.getByRole("button", { name: "Add addendum" }).click();
  const addendum = signed.getByTestId("addendum-form");
  await addendum.getByRole("button", { name: "Sign and add addendum" }).click();
  await expect(addendum.getByText("Enter the addendum.")).toBeVisible();
  await addendum.getByLabel("Addendum").fill("Chest X-ray reviewed: no consolidation. Plan unchanged.");
  await addendum.getByRole("button", { name: "Sign and add addendum" }).click();
  await expect(signed.getByTestId("addendum-form")).toHaveCount(0);
  const added = signed.getByTestId("addendum").last();
  await expect(added).toContainText("Chest X-ray reviewed: no consolidation. Plan unchanged.");
  await expect(added).toContainText(`signed by ${physician.name}`);
  await expect(added.getByTestId("integrity-badge")).toHaveText("Integrity verified");

  // Print view: the note, addenda and signatures, without the app around them on paper.
  await signed.getByRole("link", { name: "Print view" }).click();
  await expect(page).toHaveURL(/\/notes\/[^/]+\/print$/);
  const doc = page.getByTestId("print-document");
  await expect(doc).toContainText(patient.mrn);
  await expect(doc).toContainText(complaint);
  await expect(doc).toContainText("Acute bronchitis with reactive airway component.");
  await expect(doc).toContainText("Chest X-ray reviewed: no consolidation.");
  await expect(doc).toContainText(`Electronically signed by ${physician.name}`);
  await page.evaluate(() => {
    window.print = () => {
      (window as unknown as { printed: boolean }).printed = true;
    };
  });
  await page.getByRole("button", { name: "Print" }).click();
  expect(await page.evaluate(() => (window as unknown as { printed?: boolean }).printed)).toBe(true);
  await page.emulateMedia({ media: "print" });
  await expect(doc).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeHidden();
  await expect(page.getByTestId("print-toolbar")).toBeHidden();
  await expect(page.getByTestId("patient-header")).toBeHidden();
  await page.emulateMedia({ media: "screen" });
});

test("the front desk opens the same chart and gets no clinical content", async ({ page }) => {
  // Every query the page subscribes to goes over the WebSocket: record them.
  const sent: string[] = [];
  page.on("websocket", (ws) => {
    ws.on("framesent", (frame) => {
      if (typeof frame.payload === "string") sent.push(frame.payload);
    });
  });
  await signInAs(page, frontDesk);
  await openChart(page);
  const patientId = page.url().split("/").pop() as Id<"patients">;

  await expect(page.getByTestId("demographics")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Insurance" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Emergency contact" })).toBeVisible();
  await expect(page.getByText("Clinical information (allergies, problems, medications, vitals and notes) is shown only to clinical staff.")).toBeVisible();
  await expect(page.getByTestId("clinical-sections")).toHaveCount(0);
  for (const heading of [/^Allergies/, /^Medications/, /^Vitals/, /^Encounters/]) {
    await expect(page.getByRole("heading", { name: heading })).toHaveCount(0);
  }
  await expect(page.getByRole("button", { name: "Record vitals" })).toHaveCount(0);

  // A visit URL shows no note either, and still asks for nothing clinical.
  await page.goto(`/patients/${patientId}/encounters/unknown`);
  await expect(page.getByText("Visit notes are clinical content")).toBeVisible();

  expect(sent.some((f) => f.includes("chart:demographics"))).toBe(true);
  expect(sent.filter((f) => f.includes("chart:clinical"))).toEqual([]);

  // And the server refuses it anyway, with a live grant in hand.
  const asDesk = clientAs(frontDesk);
  const demo = await asDesk.query(api.chart.demographics, { patientId });
  expect(demo.patient.mrn).toBe(patient.mrn);
  const refused = await asDesk.query(api.chart.clinical, { patientId }).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(ConvexError);
  expect((refused as ConvexError<{ code: string }>).data.code).toBe("FORBIDDEN");
});
