"use client";

import { createContext, useContext } from "react";
import type { FunctionReturnType } from "convex/server";
import type { api } from "@/convex/_generated/api";
import type { Id } from "@/convex/_generated/dataModel";

export type ScheduleConfig = FunctionReturnType<typeof api.schedule.config>;
export type Provider = ScheduleConfig["providers"][number];
export type VisitType = ScheduleConfig["types"][number];

export interface ScheduleContextValue {
  config: ScheduleConfig;
  timezone: string;
  /** Today on the practice's calendar (recomputed as the clock passes midnight). */
  today: string;
  canManage: boolean;
  canAdvance: boolean;
  /** May open the patient's record (demographics) from an appointment. */
  canOpenRecord: boolean;
  providerName: (id: Id<"members"> | string) => string;
  typeByName: (name: string) => VisitType | undefined;
}

export const ScheduleContext = createContext<ScheduleContextValue | null>(null);

export function useSchedule(): ScheduleContextValue {
  const v = useContext(ScheduleContext);
  if (v === null) throw new Error("useSchedule outside ScheduleLayout");
  return v;
}
