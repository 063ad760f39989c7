"use client";

import { useQuery_experimental } from "convex/react";
import type { FunctionReturnType } from "convex/server";
import { api } from "@/convex/_generated/api";

export type SettingsConfig = FunctionReturnType<typeof api.availability.config>;
export type SettingsProvider = SettingsConfig["providers"][number];
export type SettingsLocation = SettingsConfig["locations"][number];
export type SettingsVisitType = SettingsConfig["types"][number];

export type ConfigState =
  | { status: "loading" }
  | { status: "error"; error: Error }
  | { status: "ready"; config: SettingsConfig };

/** The schedule configuration, live; errors come back as a state the screen can show. */
export function useSettingsConfig(): ConfigState {
  const result = useQuery_experimental({ query: api.availability.config, args: {} });
  switch (result.status) {
    case "pending":
      return { status: "loading" };
    case "error":
      return { status: "error", error: result.error };
    case "success":
      return { status: "ready", config: result.data };
  }
}
