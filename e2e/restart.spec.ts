import { test } from "@playwright/test";
import { demoUsers } from "../local/seed/generate";
import { startStack, stopStack } from "./support/stack";
import { expectHome, signInAs } from "./support/sign-in";

test("data written before a restart of the whole stack is there after it", async ({ page }) => {
  test.setTimeout(300_000);
  const doctor = demoUsers().find((u) => u.practices.length > 1)!;
  const [first, second] = doctor.practices;
  await signInAs(page, doctor, first);
  await expectHome(page, doctor, first!);
  // A write: the practice this person works in is stored on the server.
  await page.getByLabel("Practice").selectOption({ label: second!.practiceName });
  await expectHome(page, doctor, second!);

  await stopStack();
  await startStack();

  await page.goto("/");
  await expectHome(page, doctor, second!);
  await page.getByLabel("Practice").selectOption({ label: first!.practiceName });
  await expectHome(page, doctor, first!);
});
