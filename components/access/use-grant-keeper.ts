"use client";

import { useCallback, useEffect, useState } from "react";
import { errorCodeOf } from "@/lib/client-errors";
import { ERROR_CODES } from "@/lib/errors";
import { GrantKeeper, type GrantKeeperOptions } from "@/lib/access/grant-keeper";

const ACTIVITY_EVENTS = ["pointerdown", "keydown", "wheel", "touchstart"] as const;

export interface UseGrantKeeperOptions {
  /** The grants open now: key → when it ends (ms). Grants not listed are neither renewed nor closed. */
  grants: Readonly<Record<string, number>>;
  renew: GrantKeeperOptions["renew"];
  /** The server extended a grant; keep the later end (the grant may have closed meanwhile). */
  onRenewed: GrantKeeperOptions["onRenewed"];
  /** Its time ran out, or a renewal found it gone: take its data off the screen. */
  onExpired: GrantKeeperOptions["onExpired"];
  /** Read at each activity: whether that grant is kept open by working (e.g. only the dates on screen). */
  shouldRenew?: GrantKeeperOptions["shouldRenew"];
  /** Coming back to the tab counts as activity too. */
  renewOnReturn?: boolean;
}

/**
 * Keeps audited grants open while the person works and closes each at its end,
 * even when the tab slept through the moment (see `GrantKeeper`). Returns
 * `opened(key)`, to be called when a grant has just been opened (its first
 * renewal is then a full interval away).
 */
export function useGrantKeeper({ grants, renew, onRenewed, onExpired, shouldRenew, renewOnReturn = false }: UseGrantKeeperOptions): {
  opened: (key: string) => void;
} {
  const [keeper] = useState(() => new GrantKeeper({ renew, onRenewed, onExpired, shouldRenew, isNotGranted }));

  // The latest callbacks, before the effects below can call them.
  useEffect(() => {
    keeper.configure({ renew, onRenewed, onExpired, shouldRenew, isNotGranted });
  });

  const signature = Object.entries(grants)
    .map(([key, expiresAt]) => `${key}=${expiresAt}`)
    .join("|");
  useEffect(() => {
    keeper.track(parseSignature(signature));
  }, [keeper, signature]);
  useEffect(() => () => keeper.stop(), [keeper]);

  useEffect(() => {
    const onActivity = () => {
      if (document.visibilityState === "visible") keeper.activity();
    };
    const onVisible = () => {
      if (document.visibilityState !== "visible") return;
      keeper.check();
      if (renewOnReturn) keeper.activity();
    };
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, onActivity, { passive: true, capture: true });
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, onActivity, { capture: true });
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [keeper, renewOnReturn]);

  const opened = useCallback((key: string) => keeper.opened(key), [keeper]);
  return { opened };
}

function isNotGranted(err: unknown): boolean {
  return errorCodeOf(err) === ERROR_CODES.accessNotGranted;
}

function parseSignature(signature: string): Record<string, number> {
  const grants: Record<string, number> = {};
  if (signature === "") return grants;
  for (const part of signature.split("|")) {
    const at = part.lastIndexOf("=");
    grants[part.slice(0, at)] = Number(part.slice(at + 1));
  }
  return grants;
}
