import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { patientName } from "../lib/chart-format";
import type { SeedPatient } from "../local/seed/generate";
import { BEDROCK_URL, E2E } from "./support/env";
import { person, recentPatient } from "./support/patients";
import { signInAs } from "./support/sign-in";

/*
 * The AI assistant, as a physician and a compliance officer use it: draft,
 * stop, draft again, edit, accept, a refused signature while AI text is
 * unreviewed, sign; then the compliance officer finds the call and its
 * receipt. Afterwards: nothing that left for the model (the local endpoint
 * recorded every request). The stack's output is checked at the end of the
 * run by zz-stack-output.spec.ts.
 */

const physician = person("Miles Brandt");
const compliance = person("Celia Marchetti");
const patient = recentPatient();
const root = path.resolve(import.meta.dirname, "..");

const [mm, dd, yyyy] = [patient.dob.slice(5, 7), patient.dob.slice(8, 10), patient.dob.slice(0, 4)];
const relative = patient.emergencyContact?.name ?? null;

/** Visit text that names the patient every way a clinician might. */
const VISIT_TEXT = [
  `${patient.firstName} ${patient.lastName} (DOB ${mm}/${dd}/${yyyy}, ${patient.mrn}) reports a dry cough for five days.`,
  relative !== null ? `Her contact ${relative} came along.` : "",
  patient.phone !== undefined ? `Best number ${patient.phone}.` : "",
  patient.email !== undefined ? `Email ${patient.email}.` : "",
  patient.address !== undefined ? `Lives at ${patient.address.line1}, ${patient.address.city}.` : "",
  "On exam lungs are clear and there is no wheezing.",
  "Likely viral bronchitis.",
  "Return if fever develops and continue fluids.",
]
  .filter((s) => s !== "")
  .join(" ");

/** Every identifier of a seeded patient, in the spellings a leak could take. */
function identifiersOf(p: SeedPatient): string[] {
  const ids = [p.firstName, p.lastName, p.mrn, p.dob, `${p.dob.slice(5, 7)}/${p.dob.slice(8, 10)}/${p.dob.slice(0, 4)}`];
  if (p.phone !== undefined) ids.push(p.phone, p.phone.replace(/\D/g, "").slice(-7));
  if (p.email !== undefined) ids.push(p.email);
  if (p.address !== undefined) ids.push(p.address.line1);
  if (p.emergencyContact !== undefined) ids.push(...p.emergencyContact.name.split(/\s+/).filter((w) => w.length > 2));
  return ids.filter((s) => s.length >= 3);
}

async function behaviour(patch: Record<string, unknown>) {
  const res = await fetch(`${BEDROCK_URL}/__local/behaviour`, { method: "POST", body: JSON.stringify(patch) });
  expect(res.ok).toBe(true);
}

/** Accessibility violations (axe) inside the given parts of the page. */
async function axeViolations(page: Page, selectors: string[]) {
  let builder = new AxeBuilder({ page });
  for (const s of selectors) builder = builder.include(s);
  const r = await builder.analyze();
  return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function openChart(page: Page) {
  await page.goto("/patients");
  await page.getByLabel("Search patients").fill(patient.mrn);
  await page.getByLabel("Search patients").press("Enter");
  await page.getByTestId("search-results").locator(`a[data-mrn="${patient.mrn}"]`).click();
  await expect(page.getByTestId("patient-name")).toHaveText(patientName(patient));
}

test.describe.serial("AI assistant", () => {
  test("a physician drafts with AI, stops and drafts again, edits and accepts, is refused signing with unreviewed text, then signs", async ({ page }) => {
    test.setTimeout(180_000);
    await signInAs(page, physician);
    await openChart(page);
    await page.getByRole("button", { name: "Start encounter" }).click();
    const start = page.getByRole("dialog", { name: "Start encounter" });
    await start.getByLabel("Chief complaint").fill("Cough");
    await start.getByRole("button", { name: "Start encounter" }).click();
    await expect(page).toHaveURL(/\/encounters\/[^/]+$/);

    const panel = page.getByTestId("ai-draft-panel");
    const editor = page.getByTestId("soap-editor");
    await panel.getByLabel("Visit notes or conversation transcript").fill(VISIT_TEXT);

    // A slow model: the draft streams in visibly, and Stop ends it with the partial text kept.
    await behaviour({ delayMs: 150, chunkSize: 6, failures: [] });
    await panel.getByRole("button", { name: "Draft with AI" }).click();
    await expect(panel.getByTestId("ai-progress")).toBeVisible();
    const subjective = editor.getByTestId("ai-part-subjective");
    await expect(subjective).toContainText(patient.firstName, { timeout: 20_000 });
    await page.screenshot({ path: path.join(root, "test-results", "ai-streaming.png"), fullPage: true });
    await panel.getByRole("button", { name: "Stop" }).click();
    await expect(panel.getByTestId("ai-outcome")).toContainText("Draft incomplete");
    await expect(panel.getByTestId("ai-outcome")).toContainText("Stopped. The partial draft is kept");
    await expect(editor.getByTestId("ai-part-plan")).toHaveCount(0);

    // Draft again at normal speed: the new draft replaces the unreviewed partial one.
    await behaviour({ delayMs: 5, chunkSize: 12 });
    await panel.getByRole("button", { name: "Draft again" }).click();
    await expect(panel.getByTestId("ai-outcome")).toContainText("Draft ready for review");
    for (const s of ["subjective", "objective", "assessment", "plan"]) {
      await expect(editor.getByTestId(`ai-part-${s}`)).toHaveAttribute("data-state", "pending");
    }
    // Identifiers were restored on the server: the physician reads the patient's real name.
    await expect(editor.getByTestId("ai-part-subjective")).toContainText(`${patient.firstName} ${patient.lastName}`);
    await expect(editor.getByTestId("ai-part-plan")).toContainText("local.soap-drafter-v1");

    await editor.getByRole("button", { name: "Accept the AI-drafted Subjective" }).click();
    await expect(editor.getByLabel(/^Subjective/)).toHaveValue(/reports a dry cough/);
    await editor.getByRole("button", { name: "Accept the AI-drafted Objective" }).click();
    await editor.getByRole("button", { name: "Edit the AI-drafted Assessment" }).click();
    await editor.getByLabel("Edit the AI-drafted Assessment text").fill("Acute viral bronchitis, no signs of pneumonia.");
    await editor.getByRole("button", { name: "Save and accept" }).click();
    await expect(editor.getByLabel(/^Assessment/)).toHaveValue("Acute viral bronchitis, no signs of pneumonia.");
    await page.screenshot({ path: path.join(root, "test-results", "ai-review.png"), fullPage: true });
    expect(await axeViolations(page, ['[data-testid="ai-draft-panel"]', '[data-testid^="ai-part-"]'])).toEqual([]);

    // The plan is still unreviewed: signing is refused.
    await editor.getByRole("button", { name: "Sign note…" }).click();
    const sign = page.getByRole("dialog", { name: "Sign this note?" });
    await expect(sign).toContainText("1 AI-drafted part has not been reviewed");
    await expect(sign.getByRole("button", { name: "Sign note", exact: true })).toBeDisabled();
    await sign.getByRole("button", { name: "Keep editing" }).click();

    await editor.getByRole("button", { name: "Accept the AI-drafted Plan" }).click();
    await expect(editor.getByLabel(/^Plan/)).toHaveValue(/Return if fever develops/);
    await expect(editor.getByTestId("save-status")).toContainText(/Saved at/);
    await editor.getByRole("button", { name: "Sign note…" }).click();
    await sign.getByRole("button", { name: "Sign note", exact: true }).click();
    const signed = page.getByTestId("signed-note");
    await expect(signed).toBeVisible();
    await expect(signed.getByTestId("ai-signature")).toContainText("4 of 4 AI-drafted parts used (3 accepted, 1 edited, 0 deleted)");
    await expect(signed.getByTestId("ai-signature")).toContainText(`reviewed by ${physician.name}`);

    // An after-visit summary in plain words, approved before it is shared.
    const avs = signed.getByTestId("after-visit-summary");
    await avs.getByRole("button", { name: "Write with AI" }).click();
    await expect(avs.getByTestId("ai-part-summary")).toHaveAttribute("data-state", "pending");
    await expect(avs.getByTestId("ai-part-summary")).toContainText("What happens next:");
    await avs.getByRole("button", { name: "Accept the AI-drafted After-visit summary" }).click();
    await expect(avs.getByTestId("approved-summary")).toContainText("Approved for sharing");
    await page.screenshot({ path: path.join(root, "test-results", "ai-signed.png"), fullPage: true });
  });

  test("the compliance officer finds the model calls with their receipts and the minimised text", async ({ page }) => {
    await signInAs(page, compliance);
    await page.goto("/compliance/model-calls");
    const calls = page.getByTestId("model-call");
    await expect(calls.first()).toBeVisible();
    const soap = calls.filter({ hasText: `SOAP draft by ${physician.name}` }).first();
    await expect(soap).toContainText("Complete");
    await expect(soap.getByTestId("receipt")).toContainText(/[1-9]\d* identifiers replaced/);
    await expect(soap.getByTestId("receipt")).toContainText("NAME ×");
    await soap.getByText("What left the practice (minimised text)").click();
    const sent = soap.getByTestId("sent-text");
    await expect(sent).toContainText("[NAME_");
    await expect(sent).toContainText("reports a dry cough");
    await expect(sent).not.toContainText(patient.lastName);
    await expect(sent).not.toContainText(patient.mrn);
    await expect(calls.filter({ hasText: "Stopped" }).first()).toBeVisible();
    await page.screenshot({ path: path.join(root, "test-results", "ai-compliance.png"), fullPage: true });
    expect(await axeViolations(page, ['[data-testid="model-calls"]'])).toEqual([]);
  });

  test("egress: no request the model endpoint received contains the patient's identifiers in any spelling", () => {
    const file = path.join(root, E2E.bedrockRecordFile);
    expect(existsSync(file)).toBe(true);
    const lines = readFileSync(file, "utf8").trim().split("\n").filter((l) => l !== "");
    expect(lines.length).toBeGreaterThanOrEqual(3);
    const requests = lines.map((l) => JSON.stringify((JSON.parse(l) as { request: unknown }).request).toLowerCase());
    expect(requests.some((r) => r.includes("reports a dry cough"))).toBe(true);
    for (const id of identifiersOf(patient)) {
      for (const r of requests) expect(r, id).not.toContain(id.toLowerCase());
    }
  });
});
