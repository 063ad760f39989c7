"use client";

import { createContext, useContext } from "react";
import type { FunctionReturnType } from "convex/server";
import type { api } from "@/convex/_generated/api";
import type { Id } from "@/convex/_generated/dataModel";

export type Demographics = FunctionReturnType<typeof api.chart.demographics>;
export type ChartPatient = Demographics["patient"];
export type Purpose = "treatment" | "payment" | "operations";

export interface ChartAccessValue {
  patientId: Id<"patients">;
  patient: ChartPatient;
  /** When the current grant ends (ms). */
  expiresAt: number;
  /** Emergency ("break-glass") access: read-only, fixed 60 minutes, reviewed. */
  emergency: boolean;
  /** The role may see clinical content (`clinical.view`); front desk may not. */
  canViewClinical: boolean;
  /** Intake (vitals, allergies, medications, encounters): not during emergency access. */
  canIntake: boolean;
  /** Draft notes (physicians), not during emergency access. */
  canWriteNotes: boolean;
  /** Sign notes and addenda (physicians), not during emergency access. */
  canSign: boolean;
}

export const ChartAccessContext = createContext<ChartAccessValue | null>(null);

/** The open chart: only available inside the chart's access gate, so never without a live grant. */
export function useChart(): ChartAccessValue {
  const value = useContext(ChartAccessContext);
  if (value === null) throw new Error("useChart outside the chart access gate");
  return value;
}
