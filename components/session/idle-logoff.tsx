"use client";

import { useState, type ReactNode } from "react";
import dynamic from "next/dynamic";
import { useQuery } from "convex/react";
import { api } from "@/convex/_generated/api";
import { idleLimitMs, warningLeadMs } from "@/lib/session/policy";
import { CenteredMessage } from "@/components/shell/centered-message";
import { lastActivityOf } from "./tab-channel";
import { useIdleSession } from "./use-idle-session";

// The warning's dialog (Radix) loads only when a warning is due, not with every page.
const IdleWarning = dynamic(() => import("./idle-warning").then((m) => m.IdleWarning));

/**
 * Automatic logoff (HIPAA §164.312(a)(2)(iii)). Wraps everything a signed-in
 * member sees: after the practice's idle limit the children are unmounted at
 * once, in every tab, and the session ends. A warning with "Stay signed in"
 * comes first.
 */
export function IdleLogoff({ children }: { children: ReactNode }) {
  const policy = useQuery(api.session.policy, {});
  if (policy === undefined) return <CenteredMessage title="Opening your workspace…" busy />;
  return (
    <IdleSession limitMs={idleLimitMs(policy.idleTimeoutMinutes)} sessionId={policy.sessionId}>
      {children}
    </IdleSession>
  );
}

function IdleSession({ limitMs, sessionId, children }: { limitMs: number; sessionId: string | null; children: ReactNode }) {
  const { phase, deadline, endReason, stay } = useIdleSession(limitMs, warningLeadMs(limitMs), sessionId);
  // A session left idle past its limit (a browser closed and reopened, a tab restored) shows nothing
  // from the first render on; the clock then ends it.
  const [staleAtStart] = useState(() => {
    const stored = lastActivityOf(sessionId);
    return stored !== null && Date.now() - stored >= limitMs;
  });

  // The same screen ends the session for a sign-out in another tab: it says which it was.
  if (phase === "expired" || staleAtStart) {
    return (
      <div data-testid="idle-signed-out">
        <CenteredMessage title="Signed out" busy>
          <p role="status" className="text-slate-600">
            {endReason === "signout" && !staleAtStart
              ? "You were signed out."
              : "You were signed out after a period of inactivity, to protect patient information."}
          </p>
        </CenteredMessage>
      </div>
    );
  }
  return (
    <>
      {children}
      {phase === "warning" ? <IdleWarning key={deadline} deadline={deadline} onStay={stay} /> : null}
    </>
  );
}
