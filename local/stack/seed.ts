import { ConvexHttpClient } from "convex/browser";
import { makeFunctionReference } from "convex/server";
import { generatePractices } from "../seed/generate";

const isEmpty = makeFunctionReference<"query", Record<string, never>, boolean>("seed:isEmpty");
const loadPractice = makeFunctionReference<"mutation", { practice: unknown }, "created" | "exists">("seed:loadPractice");
const loadPatients = makeFunctionReference<"mutation", { slug: string; patients: unknown[] }, number>("seed:loadPatients");
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
  }
  return "seeded";
}
