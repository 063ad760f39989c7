"use client";

import { useMemo } from "react";
import { useQueries } from "convex/react";
import type { FunctionArgs, FunctionReference, FunctionReturnType } from "convex/server";
import { useLapseOn } from "./audit-access";

/**
 * A query of the compliance workspace: its error comes back as a value (never
 * thrown into the error boundary), and "access not granted" closes the
 * workspace the way the grant's own expiry does. `attempt` re-subscribes after a failure.
 */
export function useAuditQuery<Q extends FunctionReference<"query">>(
  query: Q,
  args: FunctionArgs<Q> | null,
  attempt = 0,
): { data: FunctionReturnType<Q> | undefined; error: unknown } {
  const key = args === null ? null : JSON.stringify(args);
  const queries = useMemo(
    () => (key === null ? {} : { [`q${attempt}`]: { query, args: JSON.parse(key) as FunctionArgs<Q> } }),
    [query, key, attempt],
  );
  const result = useQueries(queries)[`q${attempt}`] as FunctionReturnType<Q> | Error | undefined;
  const error = result instanceof Error ? result : undefined;
  useLapseOn(error);
  return error !== undefined ? { data: undefined, error } : { data: result as FunctionReturnType<Q> | undefined, error: undefined };
}
