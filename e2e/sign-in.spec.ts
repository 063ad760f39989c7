import { expect, test } from "@playwright/test";
import { demoUsers } from "../local/seed/generate";
import { navFor } from "../lib/navigation";
import { permissionsOf } from "../convex/permissions";
import { expectHome, signInAs } from "./support/sign-in";

test("the sign-in page says it is a demo and lists every role of both practices", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("note", { name: "Demo environment" })).toContainText("synthetic");
  await expect(page.getByRole("heading", { name: "This is a demo with synthetic data" })).toBeVisible();
  for (const practice of ["Maple Grove Family Medicine", "Riverside Internal Medicine"]) {
    const section = page.getByRole("region", { name: practice });
    for (const role of ["Front desk", "Nurse", "Physician", "Compliance officer", "Practice admin"]) {
      await expect(section.getByText(role, { exact: true }).first()).toBeVisible();
    }
  }
});

test("a signed-out visitor is sent to sign-in", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
});

for (const user of demoUsers()) {
  for (const practice of user.practices) {
    test(`${user.name} (${practice.role}, ${practice.slug}) sees their role's home and signs out`, async ({ page }) => {
      await signInAs(page, user, practice);
      if ((await page.getByTestId("home-practice").textContent()) !== practice.practiceName) {
        await page.getByLabel("Practice").selectOption({ label: practice.practiceName });
      }
      await expectHome(page, user, practice);
      await expect(page.getByRole("note", { name: "Demo environment" })).toBeVisible();

      const nav = page.getByRole("navigation", { name: "Main" });
      const expected = navFor(permissionsOf(practice.role)).map((i) => i.label);
      await expect(nav.getByRole("listitem")).toHaveCount(expected.length);
      for (const label of expected) await expect(nav.getByText(label, { exact: true })).toBeVisible();

      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL(/\/sign-in\?signedOut=1$/);
      await expect(page.getByRole("status")).toHaveText("You have been signed out.");
      await page.goto("/");
      await expect(page).toHaveURL(/\/sign-in$/);
    });
  }
}
