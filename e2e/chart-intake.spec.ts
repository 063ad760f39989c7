import { expect, test } from "@playwright/test";
import { internal } from "../convex/_generated/api";
import { patientName } from "../lib/chart-format";
import { adminMutation } from "./support/backend";
import { person, recentPatient, searchTermFor } from "./support/patients";
import { signInAs } from "./support/sign-in";

/*
 * A nurse finds a patient seen recently, opens the chart and does intake.
 * Other journeys use the same seeded patient: this one only adds to the chart.
 */

const nurse = person("Noel Ashby");
const patient = recentPatient();

// The default idle limit again after the test that raises it.
test.afterAll(async () => {
  await adminMutation(internal.session.setIdleLimitForTests, { slug: "maple-grove", seconds: 15 * 60 });
});

test("a nurse finds a recently seen patient, records vitals and an allergy", async ({ page }) => {
  await signInAs(page, nurse);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Patients" }).click();
  await expect(page).toHaveURL(/\/patients$/);
  await expect(page).toHaveTitle("Patients · Practice");
  const search = page.getByLabel("Search patients");
  await expect(search).toBeFocused();

  // The server's validation message is shown on the field.
  await search.fill("J");
  await search.press("Enter");
  await expect(page.getByRole("search").getByRole("alert")).toContainText("Type at least 2 characters");
  await expect(search).toHaveAttribute("aria-invalid", "true");

  // Last name alone: namesakes are told apart by DOB, sex and MRN.
  await search.fill(patient.lastName);
  await search.press("Enter");
  const results = page.getByTestId("search-results");
  await expect(results).toBeVisible();
  const row = results.locator(`a[data-mrn="${patient.mrn}"]`);
  await expect(row).toContainText(patientName(patient));
  await expect(row).toContainText(patient.mrn);
  await expect(row).toHaveAccessibleName(new RegExp(`born .*${patient.dob.slice(0, 4)}.*${patient.mrn}`, "i"));

  // "Last, First" narrows to this patient; the list is keyboard-operable.
  await search.fill(searchTermFor(patient));
  await search.press("Enter");
  await expect(page.getByTestId("search-status")).toHaveText("1 patient found.");
  await search.press("ArrowDown");
  await expect(results.locator(`a[data-mrn="${patient.mrn}"]`)).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/patients\/[^/]+$/);
  await expect(page.getByTestId("patient-name")).toHaveText(patientName(patient));
  await expect(page.getByTestId("patient-mrn")).toHaveText(patient.mrn);
  await expect(page.getByTestId("access-expiry")).toContainText(/Open until \d\d:\d\d/);
  await expect(page.getByTestId("clinical-sections")).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Allergies/ })).toBeVisible();
  await expect(page.getByTestId("encounters").getByTestId("encounter").first()).toBeVisible();
  // Nurses do intake; they do not write notes.
  await expect(page.getByRole("link", { name: /Write note|Continue note/ })).toHaveCount(0);

  // Vitals: an impossible value is refused on its field, with the unit.
  const recordVitals = page.getByRole("button", { name: "Record vitals" });
  await recordVitals.click();
  const vitals = page.getByRole("dialog", { name: "Record vitals" });
  await vitals.getByLabel("Systolic (mmHg)").fill("900");
  await vitals.getByLabel("Diastolic (mmHg)").fill("80");
  await vitals.getByRole("button", { name: "Save vitals" }).click();
  await expect(vitals.getByText("Systolic blood pressure must be at most 300 mmHg.")).toBeVisible();
  await expect(vitals.getByLabel("Systolic (mmHg)")).toHaveAttribute("aria-invalid", "true");
  await vitals.getByLabel("Systolic (mmHg)").fill("128");
  await vitals.getByLabel("Diastolic (mmHg)").fill("82");
  await vitals.getByLabel("Heart rate (/min)").fill("72");
  await vitals.getByLabel("Temperature (°C)").fill("36.9");
  await expect(vitals.getByText("= 98.4 °F")).toBeVisible();
  await vitals.getByLabel("Weight (kg)").fill("68.5");
  await vitals.getByRole("button", { name: "Save vitals" }).click();
  await expect(vitals).toBeHidden();
  await expect(recordVitals).toBeFocused();
  await expect(page.getByTestId("chart-notice")).toContainText("Vitals recorded.");
  await expect(page.getByTestId("latest-vitals")).toContainText("128/82");
  await expect(page.getByTestId("latest-vitals")).toContainText("72");
  // The trend has a text alternative and a table.
  await expect(page.getByTestId("vitals-chart")).toHaveAccessibleName(/Blood pressure trend/);
  await page.getByTestId("vitals").getByText("Table", { exact: true }).click();
  await expect(page.getByTestId("vitals-table").locator("tbody tr").first()).toContainText("128/82");

  // Allergy: the shared schema's messages first, then the server saves it.
  await page.getByRole("button", { name: "Add allergy" }).click();
  const allergy = page.getByRole("dialog", { name: "Add allergy" });
  await allergy.getByRole("button", { name: "Add allergy" }).click();
  await expect(allergy.getByText("Enter the substance.")).toBeVisible();
  await expect(allergy.getByText("Choose a severity.")).toBeVisible();
  await allergy.getByLabel("Substance").fill("Amoxicillin");
  await allergy.getByLabel("Reaction").fill("Generalized rash");
  await allergy.getByLabel("Moderate").check();
  await allergy.getByRole("button", { name: "Add allergy" }).click();
  await expect(allergy).toBeHidden();
  await expect(page.getByTestId("chart-notice")).toContainText("Allergy to Amoxicillin added.");
  await expect(page.getByTestId("allergies").getByTestId("allergy").filter({ hasText: "Amoxicillin" }).first()).toContainText("Generalized rash");

  // Back to the results without searching again (kept in memory, never in the URL).
  await page.getByRole("link", { name: "Patients", exact: true }).first().click();
  await expect(page).toHaveURL(/\/patients$/);
  await expect(page.getByTestId("search-results").locator(`a[data-mrn="${patient.mrn}"]`)).toBeVisible();
});

test("when chart access lapses the chart closes and offers to open it again", async ({ page }) => {
  // Automatic logoff would end the whole session at the same 15 minutes: give it 30 here, so the
  // grant's own expiry is what the test sees.
  await adminMutation(internal.session.setIdleLimitForTests, { slug: "maple-grove", seconds: 30 * 60 });
  // The browser's clock runs normally until it is moved forward past the grant's end.
  await page.clock.install();
  await signInAs(page, nurse);
  await page.goto("/patients");
  await page.getByLabel("Search patients").fill(patient.mrn);
  await page.getByLabel("Search patients").press("Enter");
  await page.getByTestId("search-results").locator(`a[data-mrn="${patient.mrn}"]`).click();
  await expect(page.getByTestId("clinical-sections")).toBeVisible();
  await expect(page.getByTestId("access-expiry")).toContainText("extended while you work");

  // No activity for longer than the grant (15 minutes by default): nothing of the chart stays on screen.
  await page.clock.fastForward("16:00");
  const closed = page.getByTestId("chart-expired");
  await expect(closed).toBeVisible();
  await expect(closed).toContainText("Access to this chart has ended");
  await expect(page.getByTestId("patient-name")).toHaveCount(0);
  await expect(page.getByTestId("clinical-sections")).toHaveCount(0);
  await expect(page.getByText(patient.mrn)).toHaveCount(0);
  await expect(closed.getByRole("button", { name: "Open the chart again" })).toBeVisible();
  await closed.getByRole("link", { name: "Back to patients" }).click();
  await expect(page).toHaveURL(/\/patients$/);
});
