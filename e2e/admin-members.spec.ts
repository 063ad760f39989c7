import { expect, test, type Locator, type Page } from "@playwright/test";
import { demoUsers, type DemoUser } from "../local/seed/generate";
import { ROLE_LABELS, type Role } from "../lib/roles";
import { signInAs } from "./support/sign-in";

/*
 * Member administration, against the full offline stack. Other journeys sign
 * in as the same seeded people, so this file adds its own member to change and
 * deactivate, and puts back anything it changes on a seeded one.
 */

function person(name: string): DemoUser {
  const user = demoUsers().find((u) => u.name === name);
  if (user === undefined) throw new Error(`no demo user ${name}`);
  return user;
}

const admin = person("Omar Lindqvist");
const nurse = person("Noel Ashby");
const complianceOfficer = person("Celia Marchetti");

async function openMembers(page: Page) {
  await page.goto("/admin/members");
  await expect(page.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();
  await expect(page.getByTestId("member-roster")).toBeVisible();
}

function row(page: Page, email: string) {
  return page.getByTestId("member-roster").locator(`tr[data-member-email="${email}"]`);
}

/** Text as shown at this width (narrow layouts repeat some cells inside the member cell, hidden when wide). */
function shown(scope: Locator, text: string) {
  return scope.getByText(text, { exact: true }).filter({ visible: true });
}

async function changeRole(page: Page, name: string, from: Role, to: Role) {
  const trigger = page.getByRole("button", { name: `Change role for ${name}` });
  await trigger.click();
  const dialog = page.getByRole("dialog", { name: `Change ${name}'s role` });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("New role").selectOption(to);
  await expect(dialog.getByTestId("role-change-preview")).toHaveText(new RegExp(`From\\s*${ROLE_LABELS[from]}\\s*to\\s*${ROLE_LABELS[to]}`));
  await dialog.getByRole("button", { name: "Change role" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("members-notice")).toContainText(`${name}'s role is now ${ROLE_LABELS[to]}`);
  // Focus goes back to where the person was.
  await expect(trigger).toBeFocused();
}

async function setStatus(page: Page, name: string, verb: "Deactivate" | "Reactivate") {
  await page.getByRole("button", { name: `${verb} ${name}` }).click();
  const dialog = page.getByRole("dialog", { name: `${verb} ${name}?` });
  await expect(dialog).toBeVisible();
  if (verb === "Deactivate") await expect(dialog).toContainText("loses access to Maple Grove Family Medicine immediately");
  await dialog.getByRole("button", { name: verb, exact: true }).click();
  await expect(dialog).toBeHidden();
  const next = verb === "Deactivate" ? "Reactivate" : "Deactivate";
  await expect(page.getByRole("button", { name: `${next} ${name}` })).toBeFocused();
}

test("a practice admin adds a member, changes their role and deactivates them", async ({ page }) => {
  await signInAs(page, admin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Members" }).click();
  await expect(page).toHaveURL(/\/admin\/members$/);
  await expect(page).toHaveTitle("Members · Practice");
  await openMembers(page);

  const roster = page.getByTestId("member-roster");
  await expect(roster.getByRole("columnheader", { name: "Member" })).toBeVisible();
  await expect(roster.locator("caption")).toContainText("Members of Maple Grove Family Medicine");
  // Their own row says "You" and offers no way to lock themselves out.
  const own = row(page, admin.email);
  await expect(shown(own, "You")).toBeVisible();
  await expect(own.getByRole("button")).toHaveCount(0);

  // The form checks fields with the shared schema before calling the server.
  const addButton = page.getByRole("button", { name: "Add member" });
  await addButton.click();
  const dialog = page.getByRole("dialog", { name: "Add a member" });
  await expect(dialog).toContainText("the first time they sign in with this email address");
  await dialog.getByRole("button", { name: "Add member" }).click();
  await expect(dialog.getByText("Enter a valid email address.")).toBeVisible();
  await expect(dialog.getByText("Enter the person's name.")).toBeVisible();
  await expect(dialog.getByText("Choose a role.")).toBeVisible();
  await expect(dialog.getByLabel("Work email")).toHaveAttribute("aria-invalid", "true");

  // The server refuses a duplicate email; its message is shown in an alert.
  await dialog.getByLabel("Work email").fill(nurse.email.toUpperCase());
  await dialog.getByLabel("Full name").fill(nurse.name);
  await dialog.getByLabel("Role").selectOption("nurse");
  await dialog.getByRole("button", { name: "Add member" }).click();
  await expect(dialog.getByRole("alert")).toContainText(`${nurse.email} is already a member of this practice.`);

  // A new person (unique per attempt, so a retry does not collide).
  const email = `jordan.pike.${Date.now().toString(36)}@maplegrove.example`;
  await dialog.getByLabel("Work email").fill(`  ${email}  `);
  await dialog.getByLabel("Full name").fill("Jordan Pike");
  await dialog.getByLabel("Role").selectOption("front_desk");
  await dialog.getByLabel("Job title").fill("Scheduler");
  await dialog.getByRole("button", { name: "Add member" }).click();
  await expect(dialog).toBeHidden();
  await expect(addButton).toBeFocused();
  await expect(page.getByTestId("members-notice")).toContainText(
    `Jordan Pike was added as Front desk. The membership links to their account the first time they sign in with ${email}.`,
  );
  const added = row(page, email);
  await expect(added).toContainText("Jordan Pike");
  await expect(added).toContainText("Scheduler");
  await expect(added).toContainText("Active");
  await expect(added).toContainText("Not signed in yet");

  // Change role: pick, see old → new, confirm. Cancelling changes nothing.
  await page.getByRole("button", { name: "Change role for Jordan Pike" }).click();
  await page.getByRole("dialog").getByLabel("New role").selectOption("physician");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(page.getByRole("button", { name: "Change role for Jordan Pike" })).toBeFocused();
  await expect(shown(added, "Front desk")).toBeVisible();

  await changeRole(page, "Jordan Pike", "front_desk", "physician");
  await expect(shown(added, "Physician")).toBeVisible();

  await setStatus(page, "Jordan Pike", "Deactivate");
  await expect(added).toContainText("Deactivated");
  await expect(page.getByTestId("members-notice")).toContainText("Jordan Pike is deactivated");
  await expect(roster.getByTestId("roster-summary")).toContainText("1 deactivated");
});

test.describe("a seeded member's live session", () => {
  // Other journeys sign in as this nurse: whatever happens here, put them back.
  test.afterEach(async ({ browser }) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await signInAs(page, admin);
      await openMembers(page);
      if (await page.getByRole("button", { name: `Reactivate ${nurse.name}` }).isVisible()) {
        await setStatus(page, nurse.name, "Reactivate");
      }
      if ((await shown(row(page, nurse.email), ROLE_LABELS.nurse).count()) === 0) {
        await page.getByRole("button", { name: `Change role for ${nurse.name}` }).click();
        const dialog = page.getByRole("dialog");
        await dialog.getByLabel("New role").selectOption("nurse");
        await dialog.getByRole("button", { name: "Change role" }).click();
        await expect(dialog).toBeHidden();
      }
      await expect(shown(row(page, nurse.email), "Active")).toBeVisible();
      await expect(shown(row(page, nurse.email), ROLE_LABELS.nurse)).toBeVisible();
    } finally {
      await context.close();
    }
  });

  test("follows a role change and a deactivation live, without a reload", async ({ browser }) => {
    const adminContext = await browser.newContext();
    const memberContext = await browser.newContext();
    try {
      const memberPage = await memberContext.newPage();
      await signInAs(memberPage, nurse);
      await expect(memberPage.getByTestId("home-role")).toHaveText("Nurse");
      // Survives only if the page is never reloaded.
      await memberPage.evaluate(() => {
        (window as unknown as { stillOpen: boolean }).stillOpen = true;
      });

      const adminPage = await adminContext.newPage();
      await signInAs(adminPage, admin);
      await openMembers(adminPage);
      await expect(shown(row(adminPage, nurse.email), "Not signed in yet")).toHaveCount(0);

      await changeRole(adminPage, nurse.name, "nurse", "front_desk");
      await expect(memberPage.getByTestId("home-role")).toHaveText("Front desk");
      await expect(memberPage.getByRole("banner")).toContainText("Front desk");

      await setStatus(adminPage, nurse.name, "Deactivate");
      await expect(memberPage.getByRole("heading", { name: "No active practice membership" })).toBeVisible();
      await expect(memberPage.getByTestId("home-role")).toHaveCount(0);

      await setStatus(adminPage, nurse.name, "Reactivate");
      await changeRole(adminPage, nurse.name, "front_desk", "nurse");
      await expect(memberPage.getByTestId("home-role")).toHaveText("Nurse");
      expect(await memberPage.evaluate(() => (window as unknown as { stillOpen?: boolean }).stillOpen)).toBe(true);
    } finally {
      await adminContext.close();
      await memberContext.close();
    }
  });
});

test("a compliance officer sees the roster read-only", async ({ page }) => {
  await signInAs(page, complianceOfficer);
  await openMembers(page);
  await expect(page.getByText("View only")).toBeVisible();
  await expect(shown(row(page, complianceOfficer.email), "You")).toBeVisible();
  await expect(shown(row(page, admin.email), "Practice admin")).toBeVisible();
  await expect(shown(row(page, nurse.email), "Nurse")).toBeVisible();
  await expect(page.getByRole("button", { name: "Add member" })).toHaveCount(0);
  await expect(page.getByTestId("member-roster").getByRole("button")).toHaveCount(0);
});

test("a nurse is told they have no access to member administration", async ({ page }) => {
  await signInAs(page, nurse);
  await expect(page.getByRole("navigation", { name: "Main" }).getByText("Members")).toHaveCount(0);
  await page.goto("/admin/members");
  await expect(page.getByRole("heading", { name: "You don't have access to member administration" })).toBeVisible();
  await expect(page.getByTestId("member-roster")).toHaveCount(0);
  await page.getByRole("link", { name: "Back to home" }).click();
  await expect(page.getByTestId("home-role")).toHaveText("Nurse");
});
