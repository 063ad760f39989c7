"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { useQuery } from "convex/react";
import { api } from "@/convex/_generated/api";
import { idleLimitMs, warningLeadMs } from "@/lib/session/policy";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { Button } from "@/components/ui/button";
import { CenteredMessage } from "@/components/shell/centered-message";
import { lastActivityOf } from "./tab-channel";
import { useIdleSession } from "./use-idle-session";

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
  const { phase, deadline, stay } = useIdleSession(limitMs, warningLeadMs(limitMs), sessionId);
  // A session left idle past its limit (a browser closed and reopened, a tab restored) shows nothing
  // from the first render on; the clock then ends it.
  const [staleAtStart] = useState(() => {
    const stored = lastActivityOf(sessionId);
    return stored !== null && Date.now() - stored >= limitMs;
  });

  if (phase === "expired" || staleAtStart) {
    return (
      <div data-testid="idle-signed-out">
        <CenteredMessage title="Signed out" busy>
          <p role="status" className="text-slate-600">
            You were signed out after a period of inactivity, to protect patient information.
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

function secondsLeft(deadline: number) {
  return Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
}

function IdleWarning({ deadline, onStay }: { deadline: number; onStay: () => void }) {
  const [left, setLeft] = useState(() => secondsLeft(deadline));
  const stayButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const id = setInterval(() => setLeft(secondsLeft(deadline)), 1000);
    return () => clearInterval(id);
  }, [deadline]);
  return (
    <Dialog open onOpenChange={(open) => (open ? undefined : onStay())}>
      <DialogContent
        testId="idle-warning"
        title="Are you still there?"
        description={
          <>
            <p role="alert">
              For patient privacy you will be signed out soon because this screen has been idle. Choose “Stay signed in” to
              keep working.
            </p>
            <p className="mt-2 font-medium text-slate-800" aria-hidden>
              Signing out in <span data-testid="idle-countdown">{formatLeft(left)}</span>
            </p>
          </>
        }
        onOpenAutoFocus={(e) => {
          e.preventDefault();
          stayButton.current?.focus();
        }}
      >
        <div className="flex justify-end">
          <Button ref={stayButton} variant="primary" onClick={onStay}>
            Stay signed in
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}

function formatLeft(seconds: number) {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m > 0 ? `${m}:${String(s).padStart(2, "0")}` : `${s} s`;
}
