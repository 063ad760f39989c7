import { expect, type Page } from "@playwright/test";
import { demoSignInLabel } from "../../lib/demo-accounts";
import { ROLE_LABELS } from "../../lib/roles";
import type { DemoUser } from "../../local/seed/generate";

/** Signs in through the demo sign-in page, as a person would. */
export async function signInAs(page: Page, user: DemoUser, practice = user.practices[0]!) {
  await page.goto("/sign-in");
  await page
    .getByRole("button", { name: demoSignInLabel({ name: user.name, email: user.email, title: practice.title, role: practice.role, practiceName: practice.practiceName }), exact: true })
    .click();
  await expect(page.getByTestId("home-practice")).toBeVisible();
}

export async function expectHome(page: Page, user: DemoUser, practice: DemoUser["practices"][number]) {
  await expect(page.getByTestId("viewer-name")).toHaveText(user.name);
  await expect(page.getByTestId("home-role")).toHaveText(ROLE_LABELS[practice.role]);
  await expect(page.getByTestId("home-practice")).toHaveText(practice.practiceName);
}
