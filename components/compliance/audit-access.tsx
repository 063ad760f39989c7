"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { useMutation } from "convex/react";
import { api } from "@/convex/_generated/api";
import { useGrantKeeper } from "@/components/access/use-grant-keeper";
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
/** The workspace keeps one grant (see useGrantKeeper). */
const AUDIT = "audit";

export function AuditAccessProvider({ children }: { children: ReactNode }) {
  const open = useMutation(api.access.openAuditTrail);
  const renew = useMutation(api.access.renew);
  const [access, setAccess] = useState<AuditAccess>({ status: "opening" });
  const accessRef = useRef(access);
  const set = useCallback((a: AuditAccess) => {
    accessRef.current = a;
    setAccess(a);
  }, []);

  const lapsed = useCallback(() => {
    if (accessRef.current.status === "open") set({ status: "closed" });
  }, [set]);

  // Renewed while the person works; its end takes the trail off the screen, even if the tab slept through it.
  const { opened } = useGrantKeeper({
    grants: access.status === "open" ? { [AUDIT]: access.expiresAt } : {},
    renew: () => renew({ scope: { kind: "audit" } }),
    onRenewed: (_key, renewedUntil) => {
      const cur = accessRef.current;
      if (cur.status === "open") set({ status: "open", expiresAt: Math.max(cur.expiresAt, renewedUntil) });
    },
    onExpired: lapsed,
  });

  /** Opens the trail (audited); the state says "opening" already. */
  const start = useCallback(() => {
    open({})
      .then((r) => {
        opened(AUDIT);
        set({ status: "open", expiresAt: r.expiresAt });
      })
      .catch((err: unknown) => set({ status: "error", message: errorMessage(err, "The audit trail could not be opened. Check your connection and try again.") }));
  }, [open, set, opened]);

  const reopen = useCallback(() => {
    set({ status: "opening" });
    start();
  }, [set, start]);

  useEffect(() => {
    start();
  }, [start]);

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
