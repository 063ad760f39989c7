import type { PatientQuery } from "../../lib/search";
import type { Doc, Id } from "../_generated/dataModel";
import type { DatabaseReader } from "../_generated/server";

/**
 * Patients of a practice matching a parsed query (name prefix, date of birth
 * or MRN), sorted by name, at most `take` of them. The callers audit the lookup.
 */
export async function findPatients(
  db: DatabaseReader,
  practiceId: Id<"practices">,
  parsed: PatientQuery,
  take: number,
): Promise<Doc<"patients">[]> {
  const found = new Map<string, Doc<"patients">>();
  const prefix = (s: string) => [s, `${s}\uffff`] as const;
  if (parsed.kind === "mrn") {
    const p = await db
      .query("patients")
      .withIndex("by_practice_and_mrn", (q) => q.eq("practiceId", practiceId).eq("mrn", parsed.mrn))
      .first();
    if (p !== null) found.set(p._id, p);
  } else if (parsed.kind === "dob") {
    for (const p of await db
      .query("patients")
      .withIndex("by_practice_and_dob", (q) => q.eq("practiceId", practiceId).eq("dob", parsed.dob))
      .take(take)) {
      found.set(p._id, p);
    }
  } else {
    const [lo, hi] = prefix(parsed.last);
    const byLast = await db
      .query("patients")
      .withIndex("by_practice_and_last_name", (q) => q.eq("practiceId", practiceId).gte("lastNameKey", lo).lt("lastNameKey", hi))
      .take(200);
    for (const p of byLast) {
      if (parsed.first === undefined || p.firstNameKey.startsWith(parsed.first)) found.set(p._id, p);
    }
    if (parsed.either) {
      const byFirst = await db
        .query("patients")
        .withIndex("by_practice_and_first_name", (q) => q.eq("practiceId", practiceId).gte("firstNameKey", lo).lt("firstNameKey", hi))
        .take(take);
      for (const p of byFirst) found.set(p._id, p);
    }
  }
  return [...found.values()]
    .sort((a, b) => a.lastNameKey.localeCompare(b.lastNameKey) || a.firstNameKey.localeCompare(b.firstNameKey) || a.dob.localeCompare(b.dob))
    .slice(0, take);
}
