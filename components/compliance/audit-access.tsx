"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useMutation } from "convex/react";
import { api } from "@/convex/_generated/api";
import { errorCodeOf, errorMessage } from "@/lib/client-errors";
import { ERROR_CODES } from "@/lib/errors";

/**
 * The compliance workspace reads the audit trail under an audited grant
 * (`access.openAuditTrail`): opened when the workspace opens, renewed while
 * the person works (at most once a minute), and closed when it lapses, which
 * takes the trail off the screen until they open it again.
 */
export type AuditAccess =
  | { status: "opening" }
  | { status: "open"; expiresAt: number }
  | { status: "closed" }
  | { status: "error"; message: string };

interface AuditAccessValue {
  access: AuditAccess;
  reopen: () => void;
  /** A query said the grant is gone: take the trail off the screen. */
  lapsed: () => void;
}

const Ctx = createContext<AuditAccessValue | null>(null);
const RENEW_EVERY_MS = 60_000;
const ACTIVITY_EVENTS = ["pointerdown", "keydown", "wheel", "touchstart"] as const;

export function AuditAccessProvider({ children }: { children: ReactNode }) {
  const open = useMutation(api.access.openAuditTrail);
  const renew = useMutation(api.access.renew);
  const [access, setAccess] = useState<AuditAccess>({ status: "opening" });
  const accessRef = useRef(access);
  const lastRenew = useRef(0);
  const set = useCallback((a: AuditAccess) => {
    accessRef.current = a;
    setAccess(a);
  }, []);

  /** Opens the trail (audited); the state says "opening" already. */
  const start = useCallback(() => {
    open({})
      .then((r) => {
        lastRenew.current = Date.now();
        set({ status: "open", expiresAt: r.expiresAt });
      })
      .catch((err: unknown) => set({ status: "error", message: errorMessage(err, "The audit trail could not be opened. Check your connection and try again.") }));
  }, [open, set]);

  const reopen = useCallback(() => {
    set({ status: "opening" });
    start();
  }, [set, start]);

  const lapsed = useCallback(() => {
    if (accessRef.current.status === "open") set({ status: "closed" });
  }, [set]);

  useEffect(() => {
    start();
  }, [start]);

  // The grant's end takes the trail off the screen, even if the tab slept through it.
  useEffect(() => {
    if (access.status !== "open") return;
    const check = () => {
      if (accessRef.current.status === "open" && accessRef.current.expiresAt <= Date.now()) set({ status: "closed" });
    };
    const timer = setTimeout(check, Math.min(Math.max(0, access.expiresAt - Date.now()) + 250, 2 ** 31 - 1));
    const onVisible = () => document.visibilityState === "visible" && check();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [access, set]);

  useEffect(() => {
    const onActivity = () => {
      const a = accessRef.current;
      const now = Date.now();
      if (a.status !== "open" || a.expiresAt <= now || now - lastRenew.current < RENEW_EVERY_MS) return;
      lastRenew.current = now;
      renew({ scope: { kind: "audit" } })
        .then((r) => {
          const cur = accessRef.current;
          if (cur.status === "open") set({ status: "open", expiresAt: Math.max(cur.expiresAt, r.expiresAt) });
        })
        .catch((err: unknown) => {
          if (errorCodeOf(err) === ERROR_CODES.accessNotGranted) set({ status: "closed" });
          else lastRenew.current = 0;
        });
    };
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, onActivity, { passive: true, capture: true });
    return () => {
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, onActivity, { capture: true });
    };
  }, [renew, set]);

  const value = useMemo(() => ({ access, reopen, lapsed }), [access, reopen, lapsed]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useAuditAccess(): AuditAccessValue {
  const v = useContext(Ctx);
  if (v === null) throw new Error("useAuditAccess outside AuditAccessProvider");
  return v;
}

/** Lets a query's "access not granted" close the workspace, like the grant's own expiry. */
export function useLapseOn(error: unknown) {
  const { lapsed } = useAuditAccess();
  useEffect(() => {
    if (error !== undefined && error !== null && errorCodeOf(error) === ERROR_CODES.accessNotGranted) lapsed();
  }, [error, lapsed]);
}
