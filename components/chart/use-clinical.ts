"use client";

import { useQuery_experimental } from "convex/react";
import type { FunctionReturnType } from "convex/server";
import { api } from "@/convex/_generated/api";
import { useChart } from "./chart-context";

export type Clinical = FunctionReturnType<typeof api.chart.clinical>;
export type Encounter = Clinical["encounters"][number];
export type Note = Encounter["notes"][number];
export type VitalsRow = Clinical["vitals"][number];

export type ClinicalState = { status: "loading" } | { status: "error"; error: Error } | { status: "ready"; data: Clinical };

/**
 * The chart's clinical half. Only roles with `clinical.view` ever subscribe:
 * for anyone else the query is skipped, so the request is never sent.
 */
export function useClinical(): ClinicalState {
  const chart = useChart();
  const result = useQuery_experimental({
    query: api.chart.clinical,
    args: chart.canViewClinical ? { patientId: chart.patientId } : "skip",
  });
  switch (result.status) {
    case "pending":
      return { status: "loading" };
    case "error":
      return { status: "error", error: result.error };
    case "success":
      return { status: "ready", data: result.data };
  }
}
