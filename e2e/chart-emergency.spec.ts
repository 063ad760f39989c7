import { expect, test } from "@playwright/test";
import { internal } from "../convex/_generated/api";
import type { Id } from "../convex/_generated/dataModel";
import { patientName } from "../lib/chart-format";
import { adminQuery } from "./support/backend";
import { patientWithoutCareRelationship, person } from "./support/patients";
import { signInAs } from "./support/sign-in";

/* Break-glass: a clinician with no care relationship opens a chart read-only, and it is flagged for review. */

const physician = person("Miles Brandt");
const patient = patientWithoutCareRelationship(physician.email);

test("a physician without a care relationship uses emergency access, read-only and flagged", async ({ page }) => {
  await signInAs(page, physician);
  await page.goto("/patients");
  await page.getByLabel("Search patients").fill(patient.mrn);
  await page.getByLabel("Search patients").press("Enter");
  await page.getByTestId("search-results").locator(`a[data-mrn="${patient.mrn}"]`).click();
  await expect(page).toHaveURL(/\/patients\/[^/]+$/);
  const patientId = page.url().split("/").pop() as Id<"patients">;

  const screen = page.getByTestId("emergency-access");
  await expect(screen).toBeVisible();
  await expect(screen).toContainText("You have no care relationship with this patient");
  await expect(screen).toContainText(patient.mrn);
  await expect(page.getByTestId("patient-header")).toHaveCount(0);
  await expect(page.getByTestId("clinical-sections")).toHaveCount(0);

  // Reason and description are required, as on the server.
  await screen.getByRole("button", { name: "Continue to emergency access" }).click();
  await expect(screen.getByText("Choose the reason for emergency access.")).toBeVisible();
  await expect(screen.getByText("Describe the emergency in at least 10 characters.")).toBeVisible();
  await screen.getByLabel("Reason").selectOption("Emergency treatment");
  const detail = "Unresponsive in the waiting room; need allergies and medications now.";
  await screen.getByLabel("What is happening").fill(detail);
  await screen.getByRole("button", { name: "Continue to emergency access" }).click();

  // The second, explicit confirmation.
  const confirm = page.getByRole("dialog", { name: "Open this chart with emergency access?" });
  await expect(confirm).toContainText("flagged and reviewed by your compliance officer");
  await expect(confirm).toContainText(detail);
  await confirm.getByRole("button", { name: "Go back" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByTestId("patient-header")).toHaveCount(0);
  await screen.getByRole("button", { name: "Continue to emergency access" }).click();
  await confirm.getByRole("button", { name: "Confirm emergency access" }).click();

  const banner = page.getByTestId("emergency-banner");
  await expect(banner).toContainText(/Emergency access — read-only, expires at \d\d:\d\d, will be reviewed/);
  await expect(page.getByTestId("patient-name")).toHaveText(patientName(patient));
  await expect(page.getByTestId("clinical-sections")).toBeVisible();
  // Read-only: no intake, no notes, no purpose to change.
  await expect(page.getByText("Read-only: intake and notes are not available during emergency access.")).toBeVisible();
  for (const name of ["Record vitals", "Add allergy", "Add medication", "Start encounter"]) {
    await expect(page.getByRole("button", { name })).toHaveCount(0);
  }
  await expect(page.getByTestId("access-bar")).toHaveCount(0);
  // The banner stays on the chart's other pages.
  await page.getByTestId("encounters").getByRole("link", { name: /^Open/ }).first().click();
  await expect(page).toHaveURL(/\/encounters\//);
  await expect(banner).toBeVisible();
  await expect(page.getByTestId("soap-editor")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add addendum" })).toHaveCount(0);

  // The access is in the audit trail, flagged for review; the free text is not.
  const events = await adminQuery(internal.auditChain.eventsForPatient, { patientId, limit: 20 });
  const flagged = events.find((e) => e.verb === "chart.emergency_open");
  expect(flagged).toMatchObject({ role: "physician", purpose: "emergency", details: { breakGlass: true, reviewRequired: true, reasonCode: 0 } });
  expect(JSON.stringify(events)).not.toContain("waiting room");
});
