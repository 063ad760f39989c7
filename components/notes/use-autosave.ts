"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useConvexConnectionState, useMutation } from "convex/react";
import { api } from "@/convex/_generated/api";
import type { Id } from "@/convex/_generated/dataModel";
import { appErrorOf } from "@/lib/client-errors";
import { registerPendingSave } from "@/lib/session/pending-saves";
import type { SoapDraft } from "@/lib/clinical/entries";
import { clearPendingDraft, loadPendingDraft, savePendingDraft } from "./draft-storage";

export const AUTOSAVE_DELAY_MS = 1000;
const RETRY_MS = [2000, 4000, 8000, 15000, 30000];
/** A save still unanswered after this long means the connection is gone, whatever the socket says. */
const STALLED_MS = 4000;

function subscribeOnline(cb: () => void) {
  window.addEventListener("online", cb);
  window.addEventListener("offline", cb);
  return () => {
    window.removeEventListener("online", cb);
    window.removeEventListener("offline", cb);
  };
}

/** The browser's own idea of being online (false as soon as the network goes). */
function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
}

export type SaveStatus =
  | { kind: "saved"; at: number | null }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "offline" }
  | { kind: "error"; message: string };

const same = (a: SoapDraft, b: SoapDraft) =>
  a.subjective === b.subjective && a.objective === b.objective && a.assessment === b.assessment && a.plan === b.plan;

const EMPTY: SoapDraft = { subjective: "", objective: "", assessment: "", plan: "" };

interface Options {
  patientId: Id<"patients">;
  encounterId: Id<"encounters">;
  memberId: string;
  /** The draft on the server when the editor opened, if any. */
  serverDraft: { noteId: Id<"notes">; fields: SoapDraft; updatedAt: number } | null;
}

/**
 * A SOAP draft that saves itself: ~1 s after the last keystroke, one save in
 * flight at a time (so the first save's note id is known before the next),
 * unsaved text kept in sessionStorage until the server has it, and retries
 * with backoff when the connection fails.
 */
export function useSoapAutosave({ patientId, encounterId, memberId, serverDraft }: Options) {
  const saveDraft = useMutation(api.notes.saveDraft);
  const connection = useConvexConnectionState();
  const online = useOnline();

  // What the editor started from: unsaved text in this tab wins over the server's copy.
  const [initial] = useState(() => {
    const pending = loadPendingDraft(memberId, encounterId);
    const server = serverDraft?.fields ?? EMPTY;
    const noteId = (serverDraft?.noteId ?? (pending?.noteId as Id<"notes"> | null | undefined) ?? null) as Id<"notes"> | null;
    if (pending !== null && !same(pending.fields, server)) {
      return { fields: pending.fields, saved: server, noteId, restored: true, savedAt: serverDraft?.updatedAt ?? null };
    }
    if (pending !== null) clearPendingDraft(memberId, encounterId);
    return { fields: server, saved: server, noteId, restored: false, savedAt: serverDraft?.updatedAt ?? null };
  });

  const [fields, setFields] = useState<SoapDraft>(initial.fields);
  const [status, setStatus] = useState<SaveStatus>(initial.restored ? { kind: "pending" } : { kind: "saved", at: initial.savedAt });
  const [noteId, setNoteId] = useState<Id<"notes"> | null>(initial.noteId);

  const fieldsRef = useRef(initial.fields);
  const savedRef = useRef(initial.saved);
  const noteIdRef = useRef<Id<"notes"> | null>(initial.noteId);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const attempt = useRef(0);
  const mounted = useRef(true);
  const scheduleRef = useRef<(ms: number) => void>(() => {});

  const persistLocally = useCallback(() => {
    if (same(fieldsRef.current, savedRef.current)) clearPendingDraft(memberId, encounterId);
    else savePendingDraft(memberId, encounterId, { noteId: noteIdRef.current, fields: fieldsRef.current, at: Date.now() });
  }, [memberId, encounterId]);

  /** Saves until the server has what is on screen. Resolves true when it does. */
  const run = useCallback(async (): Promise<boolean> => {
    while (!same(fieldsRef.current, savedRef.current)) {
      const snapshot = fieldsRef.current;
      if (mounted.current) setStatus({ kind: "saving" });
      try {
        const r = await saveDraft({ patientId, encounterId, noteId: noteIdRef.current ?? undefined, ...snapshot });
        noteIdRef.current = r.noteId;
        savedRef.current = snapshot;
        attempt.current = 0;
        persistLocally();
        if (mounted.current) {
          setNoteId(r.noteId);
          if (same(fieldsRef.current, snapshot)) setStatus({ kind: "saved", at: r.updatedAt });
        }
      } catch (err) {
        const app = appErrorOf(err);
        persistLocally();
        if (app !== null && app.code !== "RATE_LIMITED" && app.code !== "UNAVAILABLE") {
          // The server refused this text (too long, note signed elsewhere, access ended): say so, keep the text.
          if (mounted.current) setStatus({ kind: "error", message: app.message });
          return false;
        }
        // Network or a transient refusal: keep the text and try again later.
        if (mounted.current) {
          setStatus({ kind: "offline" });
          const delay = RETRY_MS[Math.min(attempt.current, RETRY_MS.length - 1)]!;
          attempt.current += 1;
          scheduleRef.current(delay);
        }
        return false;
      }
    }
    if (mounted.current) setStatus((s) => (s.kind === "saved" ? s : { kind: "saved", at: Date.now() }));
    return true;
  }, [saveDraft, patientId, encounterId, persistLocally]);

  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current !== null) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    while (inFlight.current !== null) await inFlight.current;
    const p = run().finally(() => {
      inFlight.current = null;
    });
    inFlight.current = p;
    return await p;
  }, [run]);

  const schedule = useCallback(
    (ms: number) => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        void flush();
      }, ms);
    },
    [flush],
  );
  useEffect(() => {
    scheduleRef.current = schedule;
  }, [schedule]);

  const update = useCallback(
    (key: keyof SoapDraft, value: string) => {
      const next = { ...fieldsRef.current, [key]: value };
      fieldsRef.current = next;
      setFields(next);
      persistLocally();
      setStatus((s) => (s.kind === "offline" ? s : { kind: "pending" }));
      schedule(AUTOSAVE_DELAY_MS);
    },
    [persistLocally, schedule],
  );

  // Text restored from this tab goes to the server straight away.
  useEffect(() => {
    if (initial.restored) schedule(0);
  }, [initial.restored, schedule]);

  // A session that ends (idle logoff) first saves what is unsaved or waits for the save under way.
  useEffect(
    () => registerPendingSave(() => (same(fieldsRef.current, savedRef.current) && inFlight.current === null ? null : flush())),
    [flush],
  );

  // Leaving the editor saves what is left; sessionStorage keeps it if that fails.
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      if (timer.current !== null) clearTimeout(timer.current);
      if (!same(fieldsRef.current, savedRef.current) && inFlight.current === null) void run();
    };
  }, [run]);

  // When the connection comes back, retry at once rather than waiting out the backoff.
  const connected = connection.isWebSocketConnected;
  useEffect(() => {
    if (connected && !same(fieldsRef.current, savedRef.current)) schedule(250);
  }, [connected, schedule]);

  // A save that hangs (the socket has not noticed the network is gone) counts as offline too.
  const [stalled, setStalled] = useState(false);
  useEffect(() => {
    if (status.kind !== "saving") return;
    const t = setTimeout(() => setStalled(true), STALLED_MS);
    return () => {
      clearTimeout(t);
      setStalled(false);
    };
  }, [status]);

  // When the network comes back, retry at once.
  useEffect(() => {
    if (online && !same(fieldsRef.current, savedRef.current)) scheduleRef.current(250);
  }, [online]);

  const waiting = status.kind === "saving" || status.kind === "pending";
  const disconnected = (!connected && connection.hasEverConnected) || !online || (status.kind === "saving" && stalled);
  const shown: SaveStatus = waiting && disconnected ? { kind: "offline" } : status;

  // Closing the tab while text is not on the server would lose it (sessionStorage ends with the tab).
  const unsafe = shown.kind === "offline" || shown.kind === "error";
  useEffect(() => {
    if (!unsafe) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [unsafe]);

  // A draft the server created meanwhile (the AI assistant starts one) becomes this editor's note.
  const serverNoteId = serverDraft?.noteId ?? null;
  useEffect(() => {
    if (noteIdRef.current === null && serverNoteId !== null) {
      noteIdRef.current = serverNoteId;
      setNoteId(serverNoteId);
    }
  }, [serverNoteId]);

  /**
   * Takes text the server wrote (an accepted AI part) as saved. Call after
   * `flush()` resolved, so there are no unsaved keystrokes to lose.
   */
  const adopt = useCallback(
    (server: SoapDraft & { updatedAt: number }, noteIdFromServer: Id<"notes">) => {
      const next = { subjective: server.subjective, objective: server.objective, assessment: server.assessment, plan: server.plan };
      noteIdRef.current = noteIdFromServer;
      fieldsRef.current = next;
      savedRef.current = next;
      persistLocally();
      if (mounted.current) {
        setNoteId(noteIdFromServer);
        setFields(next);
        setStatus({ kind: "saved", at: server.updatedAt });
      }
    },
    [persistLocally],
  );

  const currentNoteId = useCallback(() => noteIdRef.current, []);
  return { fields, update, adopt, status: shown, noteId, currentNoteId, flush, restored: initial.restored, retry: () => void flush() };
}
