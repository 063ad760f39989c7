"use client";

import { useId, useState } from "react";
import { useAction, useMutation } from "convex/react";
import { api } from "@/convex/_generated/api";
import type { Id } from "@/convex/_generated/dataModel";
import { formatTime, isoDateTime } from "@/lib/chart-format";
import { errorMessage } from "@/lib/client-errors";
import { Callout } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useChart } from "@/components/chart/chart-context";
import type { Note } from "@/components/chart/use-clinical";
import { AiPartCard, Provenance, readyAi, useAiState, type AiPart } from "./ai-draft-panel";

/** What a signed note records about the AI assistant's share in it. */
export function AiSignatureLine({ ai }: { ai: Note["ai"] }) {
  if (ai === null) return null;
  const used = ai.accepted + ai.edited;
  const share = ai.totalCharacters === 0 ? 0 : Math.round((100 * Math.min(ai.aiCharacters, ai.totalCharacters)) / ai.totalCharacters);
  return (
    <p className="text-xs text-slate-600" data-testid="ai-signature">
      AI-assisted: {used} of {ai.parts} AI-drafted parts used ({ai.accepted} accepted, {ai.edited} edited, {ai.deleted} deleted), about {share}% of the
      note&apos;s text; reviewed by {ai.reviewers.length > 0 ? ai.reviewers.join(", ") : "the signer"}.
    </p>
  );
}

/**
 * A plain-language after-visit summary written from the signed note. It is
 * shared only after the physician approves it (as written or edited).
 */
export function AfterVisitSummary({ encounterId, noteId }: { encounterId: Id<"encounters">; noteId: Id<"notes"> }) {
  const chart = useChart();
  const id = useId();
  const aiState = useAiState(encounterId);
  const state = readyAi(aiState);
  const summarize = useAction(api.aiDraft.summarize);
  const reviewPart = useMutation(api.aiReview.reviewPart);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const parts = (state?.parts ?? []).filter((p) => p.section === "summary" && p.noteId === noteId);
  const approved = parts.filter((p) => p.state === "accepted" || p.state === "edited").sort((a, b) => (b.reviewedAt ?? 0) - (a.reviewedAt ?? 0))[0] ?? null;
  const open = parts.find((p) => p.state === "pending" || p.state === "streaming") ?? null;

  async function write() {
    setBusy(true);
    setMessage(null);
    try {
      const r = await summarize({ patientId: chart.patientId, noteId });
      if (r.outcome !== "complete") setMessage(r.message);
    } catch (err) {
      setMessage(errorMessage(err, "The summary could not be written. Try again."));
    } finally {
      setBusy(false);
    }
  }

  async function onReview(part: AiPart, decision: "accept" | "edit" | "delete", text?: string) {
    try {
      await reviewPart({ patientId: chart.patientId, partId: part._id, decision, text });
      return null;
    } catch (err) {
      return errorMessage(err, "The review was not saved. Try again.");
    }
  }

  return (
    <section aria-labelledby={`${id}-h`} className="flex flex-col gap-2 border-t border-slate-100 pt-3 print:hidden" data-testid="after-visit-summary">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={`${id}-h`} className="text-sm font-semibold text-slate-900">
          After-visit summary for the patient
        </h3>
        {open === null ? (
          <Button size="sm" busy={busy} disabled={busy} onClick={() => void write()}>
            {approved !== null ? "Write a new summary" : "Write with AI"}
          </Button>
        ) : null}
      </div>
      {aiState === undefined ? <p className="text-sm text-slate-600">Loading…</p> : null}
      {aiState instanceof Error ? <Callout tone="warning">{errorMessage(aiState, "The summary could not be loaded. Check your connection.")}</Callout> : null}
      {open !== null ? (
        <>
          <p className="text-xs text-slate-600">Plain-language draft from the signed note. Approve it (as written or edited) before it is shared.</p>
          <AiPartCard part={open} onReview={onReview} />
        </>
      ) : null}
      {approved !== null && open === null ? (
        <div className="flex flex-col gap-1 rounded-lg border border-emerald-200 bg-emerald-50/60 px-3 py-2" data-testid="approved-summary">
          <p className="flex flex-wrap items-center gap-2 text-xs font-semibold text-emerald-900">
            <Badge tone="success">Approved for sharing</Badge>
            by {approved.reviewedBy ?? "a clinician"}
            {approved.reviewedAt !== null ? (
              <>
                {" "}
                at <time dateTime={isoDateTime(approved.reviewedAt)}>{formatTime(approved.reviewedAt)}</time>
              </>
            ) : null}
          </p>
          <p className="text-sm leading-relaxed whitespace-pre-wrap text-slate-900">{approved.text}</p>
          <Provenance part={approved} />
        </div>
      ) : null}
      {state !== undefined && parts.length === 0 && !busy ? (
        <p className="text-sm text-slate-600">No summary yet. The assistant writes one from this signed note; you review it before it is shared.</p>
      ) : null}
      {message !== null ? <Callout tone="warning">{message}</Callout> : null}
    </section>
  );
}
