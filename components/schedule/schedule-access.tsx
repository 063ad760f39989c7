"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useMutation, useQueries } from "convex/react";
import type { FunctionReturnType } from "convex/server";
import { api } from "@/convex/_generated/api";
import { useGrantKeeper } from "@/components/access/use-grant-keeper";
import { errorCodeOf, errorMessage } from "@/lib/client-errors";
import { ERROR_CODES } from "@/lib/errors";

export type DayData = FunctionReturnType<typeof api.schedule.day>;
export type DayAppointment = DayData["appointments"][number];
export type DayProvider = DayData["providers"][number];

/**
 * A day's schedule lists patients, so each date is opened with an audited
 * grant (`schedule.openDay`) before its query runs. The grant is renewed while
 * the person works (at most once a minute per date on screen) and lapses after
 * the practice's idle time; then the day's data leaves the screen until the
 * person opens it again.
 */
type Grant =
  | { status: "opening" }
  | { status: "open"; expiresAt: number }
  | { status: "closed" }
  | { status: "error"; message: string };

export type DayState =
  | { status: "opening" }
  | { status: "loading" }
  | { status: "ready"; data: DayData }
  | { status: "closed" }
  | { status: "error"; message: string };

type RequestMode = "ensure" | "force";

interface AccessValue {
  grants: Record<string, Grant>;
  /** Opens the dates that are not open (or are closing); `force` opens them again even when open. */
  request: (dates: readonly string[], mode: RequestMode) => void;
  close: (date: string) => void;
  /** Marks dates as on screen (renewed on activity) until the returned function is called. */
  retain: (dates: readonly string[]) => () => void;
}

const AccessContext = createContext<AccessValue | null>(null);

export function ScheduleAccessProvider({ children }: { children: ReactNode }) {
  const openDay = useMutation(api.schedule.openDay);
  const renew = useMutation(api.access.renew);
  const [grants, setGrants] = useState<Record<string, Grant>>({});
  const grantsRef = useRef(grants);
  const inFlight = useRef(new Set<string>());
  const onScreen = useRef(new Map<string, number>());

  // Every change goes through here, so the ref always holds the latest grants for callbacks.
  const setGrant = useCallback((date: string, grant: Grant) => {
    const next = { ...grantsRef.current, [date]: grant };
    grantsRef.current = next;
    setGrants(next);
  }, []);

  const close = useCallback(
    (date: string) => {
      const g = grantsRef.current[date];
      if (g?.status === "open") setGrant(date, { status: "closed" });
    },
    [setGrant],
  );

  const retain = useCallback((dates: readonly string[]) => {
    for (const d of dates) onScreen.current.set(d, (onScreen.current.get(d) ?? 0) + 1);
    return () => {
      for (const d of dates) {
        const n = (onScreen.current.get(d) ?? 1) - 1;
        if (n <= 0) onScreen.current.delete(d);
        else onScreen.current.set(d, n);
      }
    };
  }, []);

  // Keep the days on screen open while the person works; a grant that ends takes its day
  // off the screen, even if the tab slept through the moment.
  const openGrants: Record<string, number> = {};
  for (const [date, g] of Object.entries(grants)) if (g.status === "open") openGrants[date] = g.expiresAt;
  const { opened } = useGrantKeeper({
    grants: openGrants,
    renew: (date) => renew({ scope: { kind: "schedule", date } }),
    onRenewed: (date, renewedUntil) => {
      const cur = grantsRef.current[date];
      if (cur?.status === "open") setGrant(date, { status: "open", expiresAt: Math.max(cur.expiresAt, renewedUntil) });
    },
    onExpired: close,
    shouldRenew: (date) => onScreen.current.has(date),
  });

  const request = useCallback(
    (dates: readonly string[], mode: RequestMode) => {
      for (const date of dates) {
        if (inFlight.current.has(date)) continue;
        const g = grantsRef.current[date];
        if (g !== undefined && mode !== "force") {
          if (g.status === "opening") continue;
          if (g.status === "open" && g.expiresAt > Date.now() + 5_000) continue;
        }
        inFlight.current.add(date);
        setGrant(date, { status: "opening" });
        openDay({ date })
          .then((r) => {
            opened(date);
            setGrant(date, { status: "open", expiresAt: r.expiresAt });
          })
          .catch((err: unknown) =>
            setGrant(date, { status: "error", message: errorMessage(err, "The schedule could not be opened. Check your connection and try again.") }),
          )
          .finally(() => inFlight.current.delete(date));
      }
    },
    [openDay, setGrant, opened],
  );

  const value = useMemo(() => ({ grants, request, close, retain }), [grants, request, close, retain]);
  return <AccessContext.Provider value={value}>{children}</AccessContext.Provider>;
}

function useAccess(): AccessValue {
  const v = useContext(AccessContext);
  if (v === null) throw new Error("useScheduleDays outside ScheduleAccessProvider");
  return v;
}

/**
 * The live schedule of each date: opens the dates (audited) when they come on
 * screen, then subscribes to them. Changes anyone makes arrive without a reload.
 */
export function useScheduleDays(dates: readonly string[]): { days: Record<string, DayState>; reopen: (dates: readonly string[]) => void } {
  const { grants, request, close, retain } = useAccess();
  const key = dates.join(",");

  useEffect(() => {
    const list = key === "" ? [] : key.split(",");
    const release = retain(list);
    // Coming to a date is a deliberate act: a date closed earlier (idle, error) opens again.
    request(list, "ensure");
    return release;
  }, [key, request, retain]);

  const queries = useMemo(() => {
    const q: Record<string, { query: typeof api.schedule.day; args: { date: string } }> = {};
    for (const date of key === "" ? [] : key.split(",")) {
      if (grants[date]?.status === "open") q[date] = { query: api.schedule.day, args: { date } };
    }
    return q;
  }, [key, grants]);
  const results = useQueries(queries) as Record<string, DayData | Error | undefined>;

  // The server says the grant is gone (expired or revoked): take the day off the screen.
  useEffect(() => {
    for (const [date, r] of Object.entries(results)) {
      if (r instanceof Error && errorCodeOf(r) === ERROR_CODES.accessNotGranted) close(date);
    }
  }, [results, close]);

  const days: Record<string, DayState> = {};
  for (const date of dates) {
    const g = grants[date];
    if (g === undefined || g.status === "opening") days[date] = { status: "opening" };
    else if (g.status === "closed") days[date] = { status: "closed" };
    else if (g.status === "error") days[date] = { status: "error", message: g.message };
    else {
      const r = results[date];
      if (r === undefined) days[date] = { status: "loading" };
      else if (r instanceof Error) {
        days[date] =
          errorCodeOf(r) === ERROR_CODES.accessNotGranted
            ? { status: "closed" }
            : { status: "error", message: errorMessage(r, "The schedule could not be loaded. Try again.") };
      } else days[date] = { status: "ready", data: r };
    }
  }
  const reopen = useCallback((d: readonly string[]) => request(d, "force"), [request]);
  return { days, reopen };
}
