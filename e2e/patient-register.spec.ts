import { expect, test, type Locator } from "@playwright/test";
import { person } from "./support/patients";
import { signInAs } from "./support/sign-in";

/*
 * Registering a new patient at the front desk, against the full offline stack.
 * The patient is synthetic and gets a last name unique to this run (letters
 * only, as names allow), so a re-run is not refused as a duplicate.
 */

const desk = person("Dana Whitfield");

function runTag(): string {
  return Date.now()
    .toString(26)
    .replace(/\d/g, (d) => "qrstuvwxyz"[Number(d)]!)
    .replace(/^./, (c) => c.toUpperCase());
}

async function fillRequired(dialog: Locator, p: { first: string; last: string; dob: string }) {
  await dialog.getByLabel("First name", { exact: true }).fill(p.first);
  await dialog.getByLabel("Last name", { exact: true }).fill(p.last);
  await dialog.getByLabel("Date of birth", { exact: true }).fill(p.dob);
  await dialog.getByLabel("Sex", { exact: true }).selectOption("female");
}

test("front desk registers a new patient and finds them by search", async ({ page }) => {
  const last = `Regtest${runTag()}`;
  const first = "Synthia";
  const dob = "1988-04-12";

  await signInAs(page, desk);
  await page.goto("/patients");
  await expect(page.getByRole("heading", { level: 1, name: "Patients" })).toBeVisible();

  const trigger = page.getByRole("button", { name: "Register new patient" });
  await trigger.click();
  const dialog = page.getByRole("dialog", { name: "Register new patient" });
  await expect(dialog).toBeVisible();

  // Field-level errors from the shared schema, before anything is sent.
  await dialog.getByRole("button", { name: "Register patient" }).click();
  await expect(dialog.getByLabel("First name", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(dialog).toContainText("Enter the first name.");
  await expect(dialog).toContainText("Enter the date of birth.");

  await fillRequired(dialog, { first, last, dob });
  // A partly filled insurance group needs every field.
  await dialog.getByLabel("Payer", { exact: true }).fill("Synthetic Mutual");
  await dialog.getByRole("button", { name: "Register patient" }).click();
  await expect(dialog).toContainText("Enter the member number.");
  await dialog.getByLabel("Payer", { exact: true }).fill("");

  await dialog.getByRole("button", { name: "Register patient" }).click();
  await expect(dialog).toBeHidden();
  const notice = page.getByTestId("register-notice");
  await expect(notice).toContainText(`${first} ${last} is registered with MRN MRN-`);
  const mrn = /MRN (MRN-\d+)/.exec((await notice.textContent()) ?? "")?.[1];
  expect(mrn).toBeDefined();

  // Found by name.
  const search = page.getByLabel("Search patients");
  await search.fill(last);
  await search.press("Enter");
  const row = page.getByTestId("search-results").locator(`a[data-mrn="${mrn}"]`);
  await expect(row).toBeVisible();
  await expect(row).toContainText(last);

  // Registering the same person again is refused, naming the existing MRN.
  await trigger.click();
  await expect(dialog).toBeVisible();
  await fillRequired(dialog, { first, last, dob });
  await dialog.getByRole("button", { name: "Register patient" }).click();
  await expect(dialog.getByRole("alert")).toContainText(mrn!);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
});
