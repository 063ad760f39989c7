"use client";

import { useQuery_experimental } from "convex/react";
import type { FunctionReturnType } from "convex/server";
import { api } from "@/convex/_generated/api";

export type MemberRow = FunctionReturnType<typeof api.members.list>[number];

export type RosterState =
  | { status: "loading" }
  | { status: "error"; error: Error }
  | { status: "ready"; members: MemberRow[] };

/**
 * The practice's roster, live. Errors come back as a state rather than being
 * thrown into the render, so the screen can show one a person can act on.
 */
export function useMemberRoster(): RosterState {
  const result = useQuery_experimental({ query: api.members.list, args: {} });
  switch (result.status) {
    case "pending":
      return { status: "loading" };
    case "error":
      return { status: "error", error: result.error };
    case "success":
      return { status: "ready", members: result.data };
  }
}
