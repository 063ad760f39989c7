"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useAction, useMutation } from "convex/react";
import { api } from "@/convex/_generated/api";
import type { Id } from "@/convex/_generated/dataModel";
import { errorMessage } from "@/lib/client-errors";
import type { AiOutcome } from "@/lib/ai/outcomes";
import { SECTION_HEADINGS, SOAP_KEYS } from "@/lib/ai/prompt";
import { Alert, Callout } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { inputClass } from "@/components/ui/form-field";
import { useChart } from "@/components/chart/chart-context";

import { SparkIcon, readyAi, type AiPart, type AiState } from "./ai-draft-panel";

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

