/**
 * What the read benchmarks share: their command-line numbers, the engine
 * they run on (the offline runtime's: convex-test with ordered indexes, or
 * plain convex-test), and a practice's patients seeded in batches.
 *
 * @example
 * const t = await benchEngine("runtime");
 * const patientIds = await seedPatients(t, practiceId, 20_000, { batch: 5000, extra: () => ({ dob: "1970-01-01", sex: "unknown" }) });
 */
import path from "node:path";
import { convexTest } from "convex-test";
import { indexedConvexTest } from "../local/runtime/indexed-reads";
import { buildModuleMap } from "../local/runtime/modules";
import { searchKey } from "../lib/search";
import type { Doc, Id } from "../convex/_generated/dataModel";

export const root = path.resolve(import.meta.dirname, "..");

/** `--name N` on the command line, else `fallback`. */
export function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

export type BenchT = ReturnType<typeof convexTest>;

/** The app's schema and functions on the offline runtime's engine (`runtime`) or plain convex-test. */
export async function benchEngine(engine: "runtime" | "convex-test"): Promise<BenchT> {
  const schema = (await import("../convex/schema")).default;
  const modules = await buildModuleMap(path.join(root, "convex"));
  if (engine === "convex-test") return convexTest(schema, modules.loaders);
  return (await indexedConvexTest({ schema, modules: modules.loaders })).t as unknown as BenchT;
}

type PatientExtra = Pick<Doc<"patients">, "dob" | "sex"> & Partial<Pick<Doc<"patients">, "assignedProviderId">>;

/**
 * `count` synthetic patients ("Bench{i % 997} Patient{i}", MRN-{5,000,000 + i}),
 * `batch` to a transaction; `extra(i)` gives each one's date of birth, sex
 * and anything else the benchmark needs. Returns their ids in order.
 */
export async function seedPatients(
  t: BenchT,
  practiceId: Id<"practices">,
  count: number,
  { batch, extra }: { batch: number; extra: (i: number) => PatientExtra },
): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < count; start += batch) {
    const made = await t.run(async (ctx) => {
      const out = [];
      for (let i = start; i < Math.min(start + batch, count); i++) {
        const firstName = `Bench${i % 997}`;
        const lastName = `Patient${String(i).padStart(6, "0")}`;
        out.push(
          await ctx.db.insert("patients", {
            practiceId,
            mrn: `MRN-${5_000_000 + i}`,
            firstName,
            lastName,
            firstNameKey: searchKey(firstName),
            lastNameKey: searchKey(lastName),
            ...extra(i),
          }),
        );
      }
      return out;
    });
    ids.push(...made);
  }
  return ids;
}
