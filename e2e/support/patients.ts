import { demoUsers, generatePractices, type DemoUser, type SeedPatient } from "../../local/seed/generate";

/*
 * Patients for the chart journeys, picked from the deterministic seed (the
 * same data the offline stack loads), so the tests need no lookup.
 */

export function person(name: string): DemoUser {
  const user = demoUsers().find((u) => u.name === name);
  if (user === undefined) throw new Error(`no demo user ${name}`);
  return user;
}

function maple(): SeedPatient[] {
  const practice = generatePractices().find((p) => p.slug === "maple-grove");
  if (practice === undefined) throw new Error("no maple-grove practice");
  return practice.patients;
}

const recent = (p: SeedPatient) => (p.clinical?.encounters ?? []).some((e) => e.daysAgo <= 25);
const seenWithin = (p: SeedPatient, days: number) => (p.clinical?.encounters ?? []).some((e) => e.daysAgo <= days);

/** "Last, First" finds exactly this patient among namesakes only with the MRN; tests pick by MRN. */
export function searchTermFor(p: SeedPatient): string {
  return `${p.lastName}, ${p.firstName}`;
}

/**
 * A patient with a visit in the last 25 days (so any clinician has a care
 * relationship), some history to show, and a name shared by no other patient.
 */
export function recentPatient(): SeedPatient {
  const all = maple();
  const found = all.find(
    (p) =>
      recent(p) &&
      (p.clinical?.encounters.length ?? 0) >= 2 &&
      (p.clinical?.problems.length ?? 0) >= 1 &&
      all.filter((q) => q.lastName === p.lastName && q.firstName === p.firstName).length === 1,
  );
  if (found === undefined) throw new Error("no recent patient in the seed");
  return found;
}

/**
 * A patient with no visit (and so no seeded appointment) within 30 days whose
 * assigned provider is not `clinicianEmail`: opening the chart needs emergency
 * access. Taken from the end of the list, away from patients other journeys use.
 */
export function patientWithoutCareRelationship(clinicianEmail: string): SeedPatient {
  const found = [...maple()].reverse().find((p) => !seenWithin(p, 30) && p.assignedProviderEmail !== clinicianEmail);
  if (found === undefined) throw new Error("no patient without a care relationship in the seed");
  return found;
}
