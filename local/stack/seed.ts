import { ConvexHttpClient } from "convex/browser";
import { makeFunctionReference } from "convex/server";
import { generatePractices } from "../seed/generate";

const isEmpty = makeFunctionReference<"query", Record<string, never>, boolean>("seed:isEmpty");
const loadPractice = makeFunctionReference<"mutation", { practice: unknown }, "created" | "exists">("seed:loadPractice");
const loadPatients = makeFunctionReference<"mutation", { slug: string; patients: unknown[] }, number>("seed:loadPatients");
const loadSchedule = makeFunctionReference<"mutation", { slug: string; fromDay: number; toDay: number; perDay: number }, number>("seed:loadSchedule");
const BATCH = 20;

/** Seeds the synthetic practices into an empty database; leaves existing data alone. */
export async function seedIfEmpty(convexUrl: string, adminKey: string): Promise<"seeded" | "kept"> {
  const client = new ConvexHttpClient(convexUrl);
  // Admin auth reaches internal functions, as `npx convex run` does on a deployment.
  (client as unknown as { setAdminAuth(key: string): void }).setAdminAuth(adminKey);
  if (!(await client.query(isEmpty, {}))) return "kept";
  for (const { patients, ...practice } of generatePractices()) {
    await client.mutation(loadPractice, { practice: { ...practice, patients: [] } });
    for (let i = 0; i < patients.length; i += BATCH) {
      await client.mutation(loadPatients, { slug: practice.slug, patients: patients.slice(i, i + BATCH) });
    }
    // Two weeks either side of today, a few days at a time.
    for (let day = -7; day <= 7; day += 3) {
      await client.mutation(loadSchedule, { slug: practice.slug, fromDay: day, toDay: Math.min(day + 2, 7), perDay: 7 });
    }
  }
  return "seeded";
}
