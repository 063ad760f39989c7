"use client";

import { useMemo } from "react";
import { useQueries } from "convex/react";
import { getFunctionName, makeFunctionReference, type FunctionArgs, type FunctionReference, type FunctionReturnType } from "convex/server";
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
  // `api.x.y` is a fresh object on every access, so the query is keyed by its name.
  const name = getFunctionName(query);
  const queries = useMemo(
    () => (key === null ? {} : { [`q${attempt}`]: { query: makeFunctionReference<"query">(name), args: JSON.parse(key) as FunctionArgs<Q> } }),
    [name, key, attempt],
  );
  const result = useQueries(queries)[`q${attempt}`] as FunctionReturnType<Q> | Error | undefined;
  const error = result instanceof Error ? result : undefined;
  useLapseOn(error);
  return error !== undefined ? { data: undefined, error } : { data: result as FunctionReturnType<Q> | undefined, error: undefined };
}
