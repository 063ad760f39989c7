"use client";

import { useId, useState } from "react";
import { useQuery_experimental } from "convex/react";
import type { FunctionReturnType } from "convex/server";
import { api } from "@/convex/_generated/api";
import type { Id } from "@/convex/_generated/dataModel";
import { formatTime, isoDateTime } from "@/lib/chart-format";
import { SECTION_HEADINGS } from "@/lib/ai/prompt";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
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

export function SparkIcon() {
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
