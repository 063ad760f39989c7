/**
 * A small synthetic practice for the fault runs: staff of every role, and
 * patients each seen two days ago (so every clinician has a care relationship
 * and may open their charts without emergency access).
 */
import { makeFunctionReference } from "convex/server";
import { openStore } from "../runtime/store/index";
import type { DemoUser, SeedPractice } from "../seed/generate";
import type { Role } from "../../lib/roles";
import { demoUserFor, type OfflineBackend } from "./backend";

export const SLUG = "faults";

export function staffEmail(role: Role, n: number) {
  return `${role.replace("_", "-")}${n}@faults.example`;
}

export function faultPractice(staff: Partial<Record<Role, number>>, patients = 3): { practice: SeedPractice; users: DemoUser[] } {
  const members = Object.entries(staff).flatMap(([role, count]) =>
    Array.from({ length: count }, (_, i) => ({ email: staffEmail(role as Role, i + 1), name: `Synthetic ${role} ${i + 1}`, role: role as Role })),
  );
  const practice: SeedPractice = {
    name: "Fault Injection Clinic",
    slug: SLUG,
    timezone: "America/Chicago",
    members,
    patients: Array.from({ length: patients }, (_, i) => ({
      mrn: `MRN-FLT-${String(i + 1).padStart(5, "0")}`,
      firstName: "Faultfirst",
      lastName: `Faultlast${String.fromCharCode(97 + (i % 26))}`,
      dob: "1970-06-15",
      sex: "female" as const,
      clinical: {
        allergies: [],
        problems: [],
        medications: [],
        vitals: [],
        encounters: [
          {
            daysAgo: 2,
            type: "office" as const,
            chiefComplaint: "Synthetic follow-up",
            note: { subjective: "Synthetic.", objective: "Synthetic.", assessment: "Synthetic.", plan: "Synthetic.", addenda: [] },
          },
        ],
      },
    })),
  };
  return { practice, users: members.map((m) => demoUserFor(m, practice)) };
}

type Doc = Record<string, unknown> & { _id: string };

/**
 * The documents on disk, read with the store itself (not through any function):
 * the runtime must be stopped first. Returned by table.
 */
export async function documentsOnDisk(backend: OfflineBackend): Promise<Map<string, Doc[]>> {
  const store = await openStore({ dataDir: backend.dataDir, key: Buffer.from(backend.dataKey, "base64") });
  try {
    const byTable = new Map<string, Doc[]>();
    for (const [id, doc] of store.state.documents) {
      const table = id.replace(/^\d+/, "");
      byTable.set(table, [...(byTable.get(table) ?? []), { ...(doc as Record<string, unknown>), _id: id }]);
    }
    return byTable;
  } finally {
    await store.close();
  }
}

/** The nurse's vitals write the fault tests repeat; each carries a marker in its weight, so a row on disk tells which write it was. */
export const recordVitals = makeFunctionReference<"mutation", { patientId: string; vitals: { weightKg: number } }, string>("clinical:recordVitals");
export const weightOf = (marker: number) => 40 + marker / 100;

/** The patient's vitals rows on disk by the marker their weight carries (a marker with two ids was written twice). */
export function vitalsByMarker(disk: Map<string, Doc[]>, patientId: string): { vitals: Doc[]; byMarker: Map<number, string[]> } {
  const vitals = (disk.get("vitals") ?? []).filter((v) => v.patientId === patientId);
  const byMarker = new Map<number, string[]>();
  for (const v of vitals) {
    const marker = Math.round(((v.weightKg as number) - 40) * 100);
    byMarker.set(marker, [...(byMarker.get(marker) ?? []), v._id]);
  }
  return { vitals, byMarker };
}
