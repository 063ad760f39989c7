import { expect, test } from "@playwright/test";
import { demoUsers, type DemoUser } from "../local/seed/generate";
import { addDays, localDate, weekdayOf } from "../lib/schedule/time";
import { signInAs } from "./support/sign-in";

/*
 * Schedule settings, against the full offline stack. The admin adds an extra
 * clinic on a weekend date for the first provider, sees it listed, and removes
 * it again, so no other journey sees the change.
 */

const TZ = "America/Chicago";

function person(name: string): DemoUser {
  const user = demoUsers().find((u) => u.name === name);
  if (user === undefined) throw new Error(`no demo user ${name}`);
  return user;
}

const admin = person("Omar Lindqvist");

/** A Saturday two to three weeks out: clear of other journeys' dates. */
function weekendDate(): string {
  let date = addDays(localDate(Date.now(), TZ), 14);
  while (weekdayOf(date) !== 6) date = addDays(date, 1);
  return date;
}

test("a practice admin adds an extra clinic on a weekend and removes it", async ({ page }) => {
  const date = weekendDate();
  await signInAs(page, admin);
  await page.getByRole("link", { name: "Settings" }).first().click();
  await expect(page).toHaveURL(/\/admin\/schedule$/);
  await expect(page.getByRole("heading", { level: 1, name: "Schedule settings" })).toBeVisible();
  await expect(page.getByTestId("weekly-hours")).toBeVisible();

  const exceptions = page.getByTestId("schedule-exceptions");
  const row = exceptions.locator(`[data-testid="schedule-exception"][data-date="${date}"][data-kind="extra"]`);
  await expect(row).toHaveCount(0);

  await exceptions.getByRole("button", { name: "Add exception" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a day off or extra clinic" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Date").fill(date);
  await dialog.getByLabel("Kind").selectOption("extra");
  await dialog.getByLabel("Extra clinic, block 1 start").fill("09:00");
  await dialog.getByLabel("Extra clinic, block 1 end").fill("12:00");
  await dialog.getByRole("button", { name: "Add exception" }).click();
  await expect(dialog).toBeHidden();

  await expect(row).toBeVisible();
  await expect(row).toContainText("Extra clinic");
  await expect(row).toContainText("09:00–12:00");
  await expect(page.getByTestId("schedule-settings-notice")).toContainText("Extra clinic");

  await row.getByRole("button", { name: /^Remove extra clinic on / }).click();
  await expect(row).toHaveCount(0);
  await expect(page.getByTestId("schedule-settings-notice")).toContainText("was removed");
});
