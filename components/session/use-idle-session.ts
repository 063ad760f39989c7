"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { useConvex } from "convex/react";
import { ActivityThrottle } from "@/lib/session/activity-throttle";
import { IdleTimer, type IdlePhase } from "@/lib/session/idle-timer";
import { leaveSession } from "@/lib/session/leave-session";
import { startPendingSaves } from "@/lib/session/pending-saves";
import { clearBrowserStorage } from "./browser-storage";
import { signedOutUrl, useSessionEnd } from "./session-end";
import { lastActivityOf, openTabChannel, recordLastActivity, type LogoffReason, type TabChannel } from "./tab-channel";

/** What counts as the person being at the screen. */
const ACTIVITY_EVENTS = ["pointerdown", "pointermove", "keydown", "wheel", "touchstart", "scroll"] as const;
/** Other tabs hear about activity at most this often (and the last of it when the interval ends). */
const BROADCAST_EVERY_MS = 1_000;

export interface IdleSession {
  phase: IdlePhase;
  /** When the session ends unless someone is active (ms since epoch). */
  deadline: number;
  /** Once expired, why: the idle limit here or in another tab, or a sign-out in another tab. */
  endReason: LogoffReason | null;
  /** "Stay signed in": keeps the session in this tab and every other. */
  stay: () => void;
}

/**
 * Runs the practice's idle limit for this tab, in step with every other tab.
 * At the limit, in every tab at once: unsaved note text starts its save, the
 * page stops rendering anything from the session, the save gets up to
 * FLUSH_WAIT_MS to reach the server, browser storage is wiped, the
 * Convex client drops its credentials and closes (its cached query results
 * go with it; both within CLEANUP_WAIT_MS), and the identity provider's session is ended, which leaves the
 * page for the sign-in screen (a full page load: nothing of this one stays).
 */
export function useIdleSession(limitMs: number, warningMs: number, sessionId: string | null): IdleSession {
  const convex = useConvex();
  const endWithProvider = useSessionEnd();
  const [state, setState] = useState<{ phase: IdlePhase; deadline: number; endReason: LogoffReason | null }>({
    phase: "active",
    deadline: 0,
    endReason: null,
  });
  const timer = useRef<IdleTimer | null>(null);
  const channel = useRef<TabChannel | null>(null);
  const ending = useRef(false);
  const throttle = useRef<ActivityThrottle | null>(null);

  const end = useCallback(
    (reason: LogoffReason, tellOtherTabs: boolean) => {
      if (ending.current) return;
      ending.current = true;
      timer.current?.stop();
      throttle.current?.stop();
      // Unsaved note text (typed in the last second) starts its save while the editor is still mounted...
      const saving = startPendingSaves();
      // ...then PHI leaves the screen, synchronously, before any await.
      flushSync(() => setState((s) => ({ ...s, phase: "expired", endReason: reason })));
      if (tellOtherTabs) channel.current?.post({ type: "logoff", reason });
      // The save gets a short, bounded wait: storage (its fallback copy) and the client go only after, each
      // bounded too, so that nothing keeps this page from leaving.
      void leaveSession({
        saving,
        wipeStorage: clearBrowserStorage,
        closeClient: async () => {
          convex.clearAuth();
          await convex.close();
        },
        endWithProvider: () => endWithProvider(reason),
        fallback: () => window.location.replace(signedOutUrl(reason)),
      });
    },
    [convex, endWithProvider],
  );

  // One channel for the tab's lifetime: remote activity moves the clock, a remote logoff ends this tab too.
  useEffect(() => {
    const c = openTabChannel((m) => {
      if (m.type === "activity") timer.current?.remoteActivity(m.at);
      else end(m.reason, false);
    });
    channel.current = c;
    return () => {
      c.close();
      channel.current = null;
    };
  }, [end]);

  // The clock; rebuilt (keeping the last activity) when the practice changes its limit.
  useEffect(() => {
    const previous = timer.current;
    const onPhase = (phase: IdlePhase, deadline: number) => {
      if (phase === "expired") {
        // Possibly called while this effect runs: end right after, still before the browser paints.
        queueMicrotask(() => end("idle", true));
        return;
      }
      setState({ phase, deadline, endReason: null });
    };
    // A page load is not activity: a reload, a new tab or a reopened browser continues the session's clock.
    const stored = previous?.lastActivity ?? lastActivityOf(sessionId);
    const t = new IdleTimer({ limitMs, warningMs, lastActivity: stored ?? undefined, onPhase });
    previous?.stop();
    timer.current = t;
    if (stored === null) recordLastActivity(sessionId, t.lastActivity);
    if (t.phase !== "expired") setState({ phase: t.phase, deadline: t.deadline, endReason: null });
    return () => t.stop();
  }, [limitMs, warningMs, sessionId, end]);

  // Activity in this tab, and a re-check whenever the tab comes back (timers in hidden tabs run late).
  useEffect(() => {
    const th = new ActivityThrottle({
      everyMs: BROADCAST_EVERY_MS,
      send: (at) => {
        if (ending.current) return;
        recordLastActivity(sessionId, at);
        channel.current?.post({ type: "activity", at });
      },
    });
    throttle.current = th;
    const onActivity = () => {
      const t = timer.current;
      if (t === null || !t.activity()) return;
      th.activity(t.lastActivity);
    };
    const recheck = () => timer.current?.check();
    const options = { capture: true, passive: true } as const;
    for (const e of ACTIVITY_EVENTS) window.addEventListener(e, onActivity, options);
    document.addEventListener("visibilitychange", recheck);
    window.addEventListener("focus", recheck);
    window.addEventListener("pageshow", recheck);
    return () => {
      th.stop();
      if (throttle.current === th) throttle.current = null;
      for (const e of ACTIVITY_EVENTS) window.removeEventListener(e, onActivity, options);
      document.removeEventListener("visibilitychange", recheck);
      window.removeEventListener("focus", recheck);
      window.removeEventListener("pageshow", recheck);
    };
  }, [sessionId]);

  const stay = useCallback(() => {
    const t = timer.current;
    if (t === null || !t.stayActive()) return;
    throttle.current?.sentNow(t.lastActivity);
    recordLastActivity(sessionId, t.lastActivity);
    channel.current?.post({ type: "activity", at: t.lastActivity });
  }, [sessionId]);

  return { ...state, stay };
}
