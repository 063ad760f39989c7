import type { FunctionReturnType } from "convex/server";
import type { api } from "@/convex/_generated/api";

export type SearchResponse = FunctionReturnType<typeof api.patients.search>;
export type PatientSummary = SearchResponse["results"][number];

interface LastSearch {
  practiceId: string;
  query: string;
  response: SearchResponse;
}

/**
 * The last search of this tab, in memory only: "back to results" works
 * without putting what was typed in the URL, history or storage. A reload or
 * sign-out (a full page load) forgets it.
 */
let last: LastSearch | null = null;

export function rememberSearch(practiceId: string, query: string, response: SearchResponse) {
  last = { practiceId, query, response };
}

export function lastSearch(practiceId: string): LastSearch | null {
  return last !== null && last.practiceId === practiceId ? last : null;
}

export function forgetSearch() {
  last = null;
}

/** A patient from the last results, to name the chart while access is being opened. */
export function recentPatient(practiceId: string, patientId: string): PatientSummary | null {
  return lastSearch(practiceId)?.response.results.find((r) => r._id === patientId) ?? null;
}
