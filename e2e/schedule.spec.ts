import { expect, test, type Locator, type Page } from "@playwright/test";
import { demoUsers, generatePractices, type DemoUser, type SeedPatient } from "../local/seed/generate";
import { formatClock, formatDateLong, formatDateMedium } from "../lib/schedule/format";
import { addDays, localDate, localTime, weekdayOf } from "../lib/schedule/time";
import { signInAs } from "./support/sign-in";

/*
 * Scheduling at the front desk and the patient flow, against the full offline
 * stack. The seed books 08:30–14:20 on weekdays, so these journeys use the
 * free afternoon (14:40 onwards), their own patients, and dates at least two
 * days ahead; each journey cancels what it booked, except the visit it checks
 * in and completes today.
 */

const TZ = "America/Chicago";

function person(name: string): DemoUser {
  const user = demoUsers().find((u) => u.name === name);
  if (user === undefined) throw new Error(`no demo user ${name}`);
  return user;
}

const desk = person("Dana Whitfield");
const nurse = person("Noel Ashby");
const BRANDT = "Miles Brandt";
const OKONKWO = "Priya Okonkwo-Hale";

/*
 * Patients for these journeys: seen in the last 20 days (so a booking here
 * changes no one's care relationship, which other journeys rely on), with a
 * name no other patient has, taken from the back half of the seed and never
 * the one the chart journeys pick (the first recent patient with history).
 */
const schedulingPatients = (() => {
  const all = generatePractices()[0]!.patients;
  const seen = (p: SeedPatient, days: number) => (p.clinical?.encounters ?? []).some((e) => e.daysAgo <= days);
  const unique = (p: SeedPatient) => all.filter((q) => q.lastName === p.lastName && q.firstName === p.firstName).length === 1;
  const chartJourneys = all.find((p) => seen(p, 25) && (p.clinical?.encounters.length ?? 0) >= 2 && (p.clinical?.problems.length ?? 0) >= 1 && unique(p));
  return all
    .slice(Math.floor(all.length / 2))
    .filter((p) => p !== chartJourneys && seen(p, 20) && unique(p))
    .map((p) => ({ mrn: p.mrn, name: `${p.lastName}, ${p.firstName}` }));
})();

/** The n-th patient for these journeys, with the name as the schedule shows it ("Last, First"). */
function patient(n: number) {
  const p = schedulingPatients[n];
  if (p === undefined) throw new Error(`only ${schedulingPatients.length} patients for the scheduling journeys`);
  return p;
}

const today = () => localDate(Date.now(), TZ);

/**
 * The next weekday at least `ahead` days from today (the practice's calendar).
 * A retry moves four weeks on, clear of anything a failed attempt left behind.
 */
function weekdayAhead(ahead: number, retry: number): string {
  let d = addDays(today(), ahead);
  while (weekdayOf(d) === 0 || weekdayOf(d) === 6) d = addDays(d, 1);
  return addDays(d, 28 * retry);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** An appointment block by what its accessible name says: patient (what the block shows first), then date, start time, provider. */
function block(page: Page, opts: { date: string; time: string; patient: string; provider?: string }): Locator {
  const provider = opts.provider !== undefined ? ` with ${escape(opts.provider)}\\.` : "";
  return page.getByRole("button", {
    name: new RegExp(`^${escape(opts.patient)}, .*\\. ${escape(formatDateMedium(opts.date))}, ${escape(opts.time)} to [^.]*${provider}`),
  });
}

async function openDay(page: Page, date: string) {
  await page.goto(`/schedule?date=${date}`);
  await expect(page.getByRole("heading", { level: 1, name: "Schedule" })).toBeVisible();
  await expect(page.getByTestId("schedule-summary")).toContainText("Updates live", { timeout: 20_000 });
}

async function startBooking(page: Page, mrn: string) {
  await page.getByRole("button", { name: "Book appointment" }).click();
  const dialog = page.getByRole("dialog", { name: "Book an appointment" });
  await expect(dialog).toBeVisible();
  const search = dialog.getByRole("searchbox", { name: "Patient" });
  await search.fill(mrn);
  await search.press("Enter");
  const results = dialog.getByTestId("patient-results");
  await expect(results.getByRole("button")).toHaveCount(1);
  await results.getByRole("button").click();
  await expect(dialog.getByTestId("chosen-patient")).toContainText(mrn);
  return dialog;
}

async function fillWhen(dialog: Locator, opts: { type?: string; provider: string; date: string; time: string }) {
  await dialog.getByLabel("Visit type").selectOption({ label: opts.type ?? "Follow-up · 20 min" });
  await dialog.getByLabel("Provider").selectOption({ label: opts.provider });
  await dialog.getByLabel("Date").fill(opts.date);
  await dialog.getByLabel("Time").fill(opts.time);
}

async function cancelAppointment(page: Page, appointment: Locator, opts: { rest?: boolean } = {}) {
  await appointment.click();
  const dialog = page.getByTestId("appointment-dialog");
  await dialog.getByRole("button", { name: "Cancel appointment…" }).click();
  if (opts.rest === true) await dialog.getByLabel("This and every later visit in the series").check();
  await dialog.getByLabel("Reason").fill("Synthetic test clean-up");
  await dialog.getByRole("button", { name: opts.rest === true ? "Cancel the rest of the series" : "Cancel appointment" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("schedule-notice")).toContainText("Cancelled");
}

test("the front desk books, is refused a taken slot, and reschedules by drag and by form", async ({ page }, testInfo) => {
  const date = weekdayAhead(2, testInfo.retry);
  const first = patient(0);
  const second = patient(1);
  await signInAs(page, desk);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Schedule" }).click();
  await expect(page).toHaveTitle("Schedule · Practice");
  await openDay(page, date);
  // One column per provider, named for screen readers.
  await expect(page.getByRole("group", { name: `${BRANDT}, ${formatDateLong(date)}` })).toBeVisible();
  await expect(page.getByRole("group", { name: `${OKONKWO}, ${formatDateLong(date)}` })).toBeVisible();

  // Book: the form checks its fields first, then the server books.
  let dialog = await startBooking(page, first.mrn);
  await dialog.getByRole("button", { name: "Book appointment" }).click();
  await expect(dialog.getByText("Choose a visit type.")).toBeVisible();
  await fillWhen(dialog, { provider: BRANDT, date, time: "16:20" });
  await dialog.getByRole("button", { name: "Book appointment" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("schedule-notice")).toContainText(`Booked ${first.name}`);
  const booked = block(page, { date, time: "4:20 PM", patient: first.name, provider: BRANDT });
  await expect(booked).toBeVisible();
  await expect(booked).toHaveAccessibleName(/Follow-up\b.* with Miles Brandt\. Scheduled\.$/);

  // The same slot again, for someone else: refused, with fresh free times to pick from.
  dialog = await startBooking(page, second.mrn);
  await fillWhen(dialog, { provider: BRANDT, date, time: "16:20" });
  await dialog.getByRole("button", { name: "Book appointment" }).click();
  const refusal = dialog.getByRole("alert");
  await expect(refusal).toContainText("That time is taken");
  await expect(refusal).toContainText("The provider already has an appointment at that time.");
  await expect(refusal).toBeFocused();
  const fresh = dialog.getByTestId("slot-suggestions");
  await expect(fresh).toContainText("Next free times");
  await expect(fresh.getByRole("button").filter({ hasText: /AM|PM/ }).first()).toBeVisible();
  // 4:20 PM is not offered any more (it is taken).
  await expect(fresh.getByRole("button", { name: `${formatDateMedium(date)}, 4:20 PM with ${BRANDT}` })).toHaveCount(0);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();

  // Reschedule by dragging to the other provider, 20 minutes later (snaps to 10-minute steps).
  await booked.evaluate((el) => el.scrollIntoView({ block: "center", inline: "nearest" }));
  const from = (await booked.boundingBox())!;
  const column = (await page.locator(`[data-testid="schedule-column"][data-provider="${OKONKWO}"]`).boundingBox())!;
  const x0 = from.x + from.width / 2;
  const y0 = from.y + 8;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  await page.mouse.move(x0 + 8, y0 + 6, { steps: 2 });
  await page.mouse.move(column.x + column.width / 2, y0 + 20 * 2 + 3, { steps: 12 });
  await expect(page.getByTestId("schedule-drop-target")).toContainText("Move to 4:40 PM");
  await page.mouse.up();
  await expect(page.getByTestId("schedule-notice")).toContainText(`Moved ${first.name} to ${formatDateMedium(date)} at 4:40 PM with ${OKONKWO}`);
  const dragged = block(page, { date, time: "4:40 PM", patient: first.name, provider: OKONKWO });
  await expect(dragged).toBeVisible();
  await expect(booked).toHaveCount(0);
  // Focus follows the moved visit, so the keyboard carries on from it.
  await expect(dragged).toBeFocused();

  // Reschedule with the form: the keyboard way.
  await dragged.press("Enter");
  dialog = page.getByTestId("appointment-dialog");
  await expect(dialog).toHaveAccessibleName(first.name);
  await dialog.getByRole("button", { name: "Move…" }).click();
  await expect(dialog).toHaveAccessibleName(`Move ${first.name}'s appointment`);
  await dialog.getByLabel("New time").fill("15:00");
  await dialog.getByLabel("Provider").selectOption({ label: BRANDT });
  await dialog.getByRole("button", { name: "Move appointment" }).click();
  await expect(dialog).toBeHidden();
  const moved = block(page, { date, time: "3:00 PM", patient: first.name, provider: BRANDT });
  await expect(moved).toBeVisible();
  await expect(moved).toBeFocused();
  await expect(dragged).toHaveCount(0);

  // Arrow keys move between appointments in a column.
  await moved.press("ArrowUp");
  await expect(page.locator(":focus")).toHaveAttribute("data-appt", /.+/);
  await expect(moved).not.toBeFocused();

  await cancelAppointment(page, moved);
  await expect(moved).toHaveCount(0);
});

test("the front desk books a weekly series, sees the one conflicting date, and skips it", async ({ page }, testInfo) => {
  const first = weekdayAhead(2, testInfo.retry);
  const clash = addDays(first, 14);
  const blocker = patient(2);
  const regular = patient(3);
  await signInAs(page, desk);

  // Someone already has 2:40 PM with Dr Brandt two weeks after the series starts.
  await openDay(page, clash);
  let dialog = await startBooking(page, blocker.mrn);
  await fillWhen(dialog, { provider: BRANDT, date: clash, time: "14:40" });
  await dialog.getByRole("button", { name: "Book appointment" }).click();
  await expect(dialog).toBeHidden();
  const blocking = block(page, { date: clash, time: "2:40 PM", patient: blocker.name });
  await expect(blocking).toBeVisible();

  await openDay(page, first);
  dialog = await startBooking(page, regular.mrn);
  await fillWhen(dialog, { provider: BRANDT, date: first, time: "14:40" });
  await dialog.getByLabel("Repeat weekly").check();
  await dialog.getByLabel("Every").selectOption({ label: "week" });
  await dialog.getByLabel("Number of visits").fill("4");
  await expect(dialog.getByTestId("series-preview")).toContainText(`4 visits: ${formatDateMedium(first)} to ${formatDateMedium(addDays(first, 21))}`);
  await dialog.getByRole("button", { name: "Book 4 visits" }).click();

  const report = dialog.getByRole("alert");
  await expect(report).toContainText("1 date of 4 can't be booked");
  await expect(report).toContainText("Nothing is booked yet");
  await expect(dialog.getByTestId("series-conflicts").getByRole("listitem")).toHaveCount(1);
  await expect(dialog.getByTestId("series-conflicts")).toContainText(`${formatDateMedium(clash)}: The provider already has an appointment at that time.`);
  await dialog.getByRole("button", { name: "Skip 1 date and book 3 visits" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("schedule-notice")).toContainText(`Booked 3 visits for ${regular.name}`);
  await expect(page.getByTestId("schedule-notice")).toContainText(`skipped ${formatDateMedium(clash)}`);

  const firstVisit = block(page, { date: first, time: "2:40 PM", patient: regular.name, provider: BRANDT });
  await expect(firstVisit).toHaveAccessibleName(/Part of a series\.$/);

  // The week view shows Dr Brandt's week, each day opened on its own.
  await page.getByText("Week", { exact: true }).click();
  await expect(page).toHaveURL(/view=week/);
  await page.getByLabel("Provider").selectOption({ label: BRANDT });
  await expect(page.getByTestId("schedule-column")).toHaveCount(7);
  await expect(block(page, { date: first, time: "2:40 PM", patient: regular.name })).toBeVisible();
  await page.getByText("Day", { exact: true }).click();
  await expect(page).not.toHaveURL(/view=week/);

  // Clean up: the rest of the series, then the blocking visit.
  await cancelAppointment(page, firstVisit, { rest: true });
  await expect(page.getByTestId("schedule-notice")).toContainText("Cancelled 3 appointments");
  await openDay(page, clash);
  await cancelAppointment(page, blocking);
});

test("check-in shows up live on the nurse's board, and the visit moves through the flow", async ({ page, browser }, testInfo) => {
  const now = Date.now();
  const clock = localTime(now, TZ);
  const [h, m] = clock.split(":").map(Number) as [number, number];
  // A time today at least 20 minutes ahead, after the seeded visits (which end at 14:20); a retry
  // books half an hour later, clear of the visit a failed attempt may have left.
  const minutes = Math.max(Math.ceil((h * 60 + m + 20) / 10) * 10, 14 * 60 + 30) + 30 * testInfo.retry;
  test.skip(minutes > 23 * 60 + 30, "too close to midnight in the practice's time zone to book a visit today");
  const time = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  const date = today();
  const visitor = patient(4);

  // The nurse watches the board in another browser.
  const nurseContext = await browser.newContext();
  const board = await nurseContext.newPage();
  await signInAs(board, nurse);
  await board.goto("/schedule/board");
  await expect(board.getByRole("heading", { level: 1, name: "Today board" })).toBeVisible();
  await expect(board.getByTestId("board-summary")).toContainText("Updates live");

  // The front desk books the visit for today (with an override when it falls outside working hours).
  await signInAs(page, desk);
  await openDay(page, date);
  const dialog = await startBooking(page, visitor.mrn);
  await fillWhen(dialog, { provider: OKONKWO, date, time });
  await expect(dialog.getByRole("button", { name: /^Book (appointment|with override…)$/ })).toBeVisible();
  const overrideNeeded = dialog.getByRole("button", { name: "Book with override…" });
  if (await overrideNeeded.isVisible()) {
    await overrideNeeded.click();
    const override = page.getByRole("dialog", { name: "Book outside working hours?" });
    await override.getByRole("button", { name: "Book with override" }).click();
    await expect(override.getByText("State the reason (at least 5 characters).")).toBeVisible();
    await override.getByLabel("Reason for the override").fill("Synthetic late visit agreed with the provider");
    await override.getByRole("button", { name: "Book with override" }).click();
    await expect(override).toBeHidden();
  } else {
    await dialog.getByRole("button", { name: "Book appointment" }).click();
  }
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("schedule-notice")).toContainText(`Booked ${visitor.name}`);

  // It appears on the nurse's board without a reload.
  const visit = block(page, { date, time: formatClock(time), patient: visitor.name, provider: OKONKWO });
  await expect(visit).toBeVisible();
  const id = (await visit.getAttribute("data-appt"))!;
  const upcoming = board.locator(`[data-testid="board-upcoming-row"][data-appt="${id}"]`);
  await expect(upcoming).toContainText(visitor.name);

  // Check-in: demographics must be confirmed.
  await visit.click();
  const appointment = page.getByTestId("appointment-dialog");
  await appointment.getByRole("button", { name: "Check in…" }).click();
  await expect(appointment).toHaveAccessibleName(`Check in ${visitor.name}`);
  await appointment.getByRole("button", { name: "Check in", exact: true }).click();
  await expect(appointment.getByText("Confirm the patient's details before checking them in.")).toBeVisible();
  await appointment.getByLabel(/Demographics confirmed/).check();
  await appointment.getByLabel(/Insurance verified/).check();
  await appointment.getByRole("button", { name: "Check in", exact: true }).click();
  await expect(appointment).toBeHidden();
  await expect(page.getByTestId("schedule-notice")).toContainText(`${visitor.name} is checked in`);
  await expect(visit).toHaveAccessibleName(/Arrived\./);

  // The nurse's board updates live: waiting, with a minute count that ticks on its own.
  const card = (lane: string) => board.getByTestId(`board-lane-${lane}`).locator(`[data-testid="board-card"][data-appt="${id}"]`);
  await expect(card("arrived")).toContainText(visitor.name);
  await expect(card("arrived").getByTestId("board-wait")).toHaveText(/^Waiting (under 1 min|\d+ min)$/);
  await expect(upcoming).toHaveCount(0);

  // The nurse rooms the patient; the front desk's calendar follows.
  await card("arrived").getByRole("button", { name: `Room ${visitor.name}` }).click();
  await expect(card("roomed")).toBeVisible();
  await expect(card("roomed").getByRole("button", { name: `Start visit ${visitor.name}` })).toBeFocused();
  await expect(visit).toHaveAccessibleName(/Roomed\./);
  await card("roomed").getByRole("button", { name: `Start visit ${visitor.name}` }).click();
  await expect(card("with_provider")).toBeVisible();
  await card("with_provider").getByRole("button", { name: `Complete ${visitor.name}` }).click();
  await expect(board.locator(`[data-appt="${id}"]`)).toHaveCount(0);
  await expect(visit).toHaveAccessibleName(/Completed\./);

  // The front desk sees no way to move a visit along clinically.
  await visit.click();
  await expect(appointment.getByRole("button", { name: /Room|Start visit|Complete/ })).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(appointment).toBeHidden();
  await expect(visit).toBeFocused();

  await nurseContext.close();
});
