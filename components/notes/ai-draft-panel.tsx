"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useAction, useMutation, useQuery_experimental } from "convex/react";
import type { FunctionReturnType } from "convex/server";
import { api } from "@/convex/_generated/api";
import type { Id } from "@/convex/_generated/dataModel";
import { formatTime, isoDateTime } from "@/lib/chart-format";
import { errorMessage } from "@/lib/client-errors";
import type { AiOutcome } from "@/lib/ai/outcomes";
import { SECTION_HEADINGS, SOAP_KEYS } from "@/lib/ai/prompt";
import { Alert, Callout } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button, Spinner } from "@/components/ui/button";
import { inputClass } from "@/components/ui/form-field";
import { useChart } from "@/components/chart/chart-context";

export type AiState = FunctionReturnType<typeof api.aiReview.encounterState>;
export type AiPart = AiState["parts"][number];
export type AiCall = AiState["calls"][number];

/**
 * The assistant's live state for one encounter: undefined while loading, or
 * an Error (the editor keeps working without the assistant's parts).
 */
export function useAiState(encounterId: Id<"encounters">): AiState | Error | undefined {
  const chart = useChart();
  const r = useQuery_experimental({ query: api.aiReview.encounterState, args: { patientId: chart.patientId, encounterId } });
  return r.status === "success" ? r.data : r.status === "error" ? r.error : undefined;
}

/** The state when it is usable, else undefined. */
export function readyAi(state: AiState | Error | undefined): AiState | undefined {
  return state instanceof Error ? undefined : state;
}

/** Parts a physician must still review (or that are still arriving). */
export function unreviewedParts(state: AiState | undefined, noteId: Id<"notes"> | null): AiPart[] {
  if (state === undefined) return [];
  return state.parts.filter((p) => p.section !== "summary" && (noteId === null || p.noteId === noteId) && (p.state === "pending" || p.state === "streaming"));
}

const VISIT_TEXT_MAX = 20_000;

/**
 * "Draft with AI": visit notes or a transcript in, a SOAP draft streamed into
 * the editor's sections, with progress and Stop. Identifiers are replaced on
 * the server before anything leaves the practice.
 */
export function AiDraftPanel({
  encounterId,
  noteId,
  state,
  beforeDraft,
}: {
  encounterId: Id<"encounters">;
  noteId: Id<"notes"> | null;
  state: AiState | Error | undefined;
  /** Saves the editor's text first, so the draft lands on the same note. */
  beforeDraft: () => Promise<boolean>;
}) {
  const chart = useChart();
  const draft = useAction(api.aiDraft.draftSoap);
  const stop = useMutation(api.aiReview.stop);
  const id = useId();
  const [text, setText] = useState("");
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<{ outcome: AiOutcome; message: string } | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  const ready = readyAi(state);
  const running = ready?.calls.find((c) => c.kind === "soap" && c.status === "running") ?? null;
  const busy = starting || running !== null;
  const runningParts = running === null ? [] : (ready?.parts.filter((p) => p.callId === running._id) ?? []);

  useEffect(() => {
    if (error !== null) errorRef.current?.focus();
  }, [error]);

  async function start() {
    setError(null);
    setResult(null);
    setStarting(true);
    try {
      await beforeDraft();
      const r = await draft({ patientId: chart.patientId, encounterId, noteId: noteId ?? undefined, visitText: text });
      setResult({ outcome: r.outcome, message: r.message });
    } catch (err) {
      setError(errorMessage(err, "The draft could not be started. Check your connection and try again."));
    } finally {
      setStarting(false);
    }
  }

  async function stopNow() {
    if (running === null) return;
    try {
      await stop({ patientId: chart.patientId, callId: running._id });
    } catch (err) {
      setError(errorMessage(err, "Stop did not reach the server. Try again."));
    }
  }

  const tooLong = text.length > VISIT_TEXT_MAX;
  return (
    <section aria-labelledby={`${id}-h`} className="flex flex-col gap-3 rounded-xl border border-violet-200 bg-violet-50/40 px-4 py-3" data-testid="ai-draft-panel">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${id}-h`} className="flex items-center gap-2 text-sm font-semibold text-slate-900">
          <SparkIcon /> Draft with AI
        </h2>
        <p className="text-xs text-slate-600">Names, dates and other identifiers are replaced before the text leaves the practice. You review every part.</p>
      </div>
      <label htmlFor={`${id}-text`} className="text-sm font-medium text-slate-800">
        Visit notes or conversation transcript
      </label>
      <textarea
        id={`${id}-text`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        disabled={busy}
        rows={4}
        aria-invalid={tooLong || undefined}
        aria-describedby={`${id}-hint`}
        className={inputClass(tooLong, "resize-y leading-relaxed")}
        placeholder="Paste or type what happened in the visit…"
      />
      <p id={`${id}-hint`} className={`text-xs ${tooLong ? "text-red-700" : "text-slate-600"}`}>
        {tooLong ? `Too long: ${text.length.toLocaleString()} of ${VISIT_TEXT_MAX.toLocaleString()} characters.` : "The draft appears in each section below, marked as AI text until you accept, edit or delete it."}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        {running === null ? (
          <Button variant="primary" size="sm" busy={starting} disabled={busy || text.trim() === "" || tooLong} onClick={() => void start()}>
            {result !== null && result.outcome !== "complete" ? "Draft again" : "Draft with AI"}
          </Button>
        ) : (
          <Button variant="danger-outline" size="sm" disabled={running.stopRequested} onClick={() => void stopNow()}>
            {running.stopRequested ? "Stopping…" : "Stop"}
          </Button>
        )}
        {running !== null ? <Progress parts={runningParts} /> : null}
      </div>
      {state instanceof Error ? (
        <Callout tone="warning" title="AI-drafted parts are not showing">
          {errorMessage(state, "They could not be loaded. Check your connection; they appear as soon as the app reconnects.")}
        </Callout>
      ) : null}
      {error !== null ? (
        <Alert ref={errorRef} title="No draft">
          {error}
        </Alert>
      ) : null}
      <div role="status" aria-live="polite" data-testid="ai-outcome">
        {result !== null && running === null ? (
          <Callout tone={result.outcome === "complete" ? "info" : "warning"} title={result.outcome === "complete" ? "Draft ready for review" : "Draft incomplete"}>
            {result.message}
          </Callout>
        ) : null}
      </div>
    </section>
  );
}

function Progress({ parts }: { parts: AiPart[] }) {
  const written = SOAP_KEYS.filter((k) => parts.some((p) => p.section === k && p.text.trim() !== ""));
  const current = written[written.length - 1];
  return (
    <p className="inline-flex flex-wrap items-center gap-2 text-sm text-slate-700" data-testid="ai-progress">
      <Spinner className="h-3.5 w-3.5" />
      <span>
        Drafting{current !== undefined ? ` ${SECTION_HEADINGS[current]}` : ""}… {written.length} of 4 sections started
      </span>
    </p>
  );
}

function SparkIcon() {
  return (
    <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="h-4 w-4 text-violet-600">
      <path d="M10 1.5a.75.75 0 0 1 .71.51l1.4 4.2 4.2 1.4a.75.75 0 0 1 0 1.42l-4.2 1.4-1.4 4.2a.75.75 0 0 1-1.42 0l-1.4-4.2-4.2-1.4a.75.75 0 0 1 0-1.42l4.2-1.4 1.4-4.2A.75.75 0 0 1 10 1.5Z" />
    </svg>
  );
}

/** Model, time, prompt hash and redaction count of an AI part. */
export function Provenance({ part }: { part: AiPart }) {
  return (
    <p className="text-xs text-slate-600">
      {part.modelId} · <time dateTime={isoDateTime(part.at)}>{formatTime(part.at)}</time> · prompt{" "}
      <code title={part.promptHash}>{part.promptHash.slice(0, 10)}</code> · {part.receiptTotal} identifier{part.receiptTotal === 1 ? "" : "s"} replaced
    </p>
  );
}

/**
 * One AI-drafted part, marked until reviewed: accept it as written, edit it,
 * or delete it. While it streams the text updates live.
 */
export function AiPartCard({
  part,
  onReview,
}: {
  part: AiPart;
  onReview: (part: AiPart, decision: "accept" | "edit" | "delete", text?: string) => Promise<string | null>;
}) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(part.text);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const label = part.section === "summary" ? "After-visit summary" : SECTION_HEADINGS[part.section];
  const streaming = part.state === "streaming";

  async function review(decision: "accept" | "edit" | "delete") {
    setBusy(true);
    setError(null);
    const problem = await onReview(part, decision, decision === "edit" ? value : undefined);
    setBusy(false);
    if (problem !== null) setError(problem);
    else setEditing(false);
  }

  return (
    <div
      role="group"
      aria-labelledby={`${id}-l`}
      className="flex flex-col gap-2 rounded-lg border border-dashed border-violet-300 bg-violet-50 px-3 py-2"
      data-testid={`ai-part-${part.section}`}
      data-state={part.state}
    >
      <div className="flex flex-wrap items-center gap-2">
        <span id={`${id}-l`} className="text-xs font-semibold text-violet-900">
          AI draft · {label}
        </span>
        <Badge tone={streaming ? "info" : "warning"}>{streaming ? "Writing…" : "Unreviewed"}</Badge>
      </div>
      {editing ? (
        <>
          <label htmlFor={`${id}-e`} className="sr-only">
            Edit the AI-drafted {label} text
          </label>
          <textarea id={`${id}-e`} value={value} onChange={(e) => setValue(e.target.value)} rows={4} className={inputClass(false, "resize-y leading-relaxed")} />
        </>
      ) : (
        <p className="text-sm leading-relaxed whitespace-pre-wrap text-slate-900" aria-busy={streaming || undefined}>
          {part.text === "" ? <span className="text-slate-600 italic">Waiting for text…</span> : part.text}
        </p>
      )}
      <Provenance part={part} />
      {error !== null ? <p className="text-sm font-medium text-red-700" role="alert">{error}</p> : null}
      {!streaming ? (
        <div className="flex flex-wrap gap-2">
          {editing ? (
            <>
              <Button size="sm" variant="primary" busy={busy} disabled={value.trim() === ""} onClick={() => void review("edit")}>
                Save and accept
              </Button>
              <Button size="sm" disabled={busy} onClick={() => setEditing(false)}>
                Cancel
              </Button>
            </>
          ) : (
            <>
              <Button size="sm" variant="primary" busy={busy} onClick={() => void review("accept")} aria-label={`Accept the AI-drafted ${label}`}>
                Accept
              </Button>
              <Button
                size="sm"
                disabled={busy}
                onClick={() => {
                  setValue(part.text);
                  setEditing(true);
                }}
                aria-label={`Edit the AI-drafted ${label}`}
              >
                Edit
              </Button>
              <Button size="sm" variant="ghost" disabled={busy} onClick={() => void review("delete")} aria-label={`Delete the AI-drafted ${label}`}>
                Delete
              </Button>
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}

/** Reviewed AI parts of a section, as a quiet line of provenance. */
export function ReviewedAiLine({ parts }: { parts: AiPart[] }) {
  if (parts.length === 0) return null;
  return (
    <ul className="flex flex-col gap-0.5 text-xs text-slate-600" data-testid="ai-reviewed">
      {parts.map((p) => (
        <li key={p._id}>
          AI draft {p.state} by {p.reviewedBy ?? "a clinician"}
          {p.reviewedAt !== null ? (
            <>
              {" "}
              at <time dateTime={isoDateTime(p.reviewedAt)}>{formatTime(p.reviewedAt)}</time>
            </>
          ) : null}{" "}
          · {p.modelId}
        </li>
      ))}
    </ul>
  );
}
