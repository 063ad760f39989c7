"use client";

import { useEffect, useId, useRef } from "react";
import dynamic from "next/dynamic";
import { useMutation } from "convex/react";
import { api } from "@/convex/_generated/api";
import type { Id } from "@/convex/_generated/dataModel";
import { formatTime, isoDateTime } from "@/lib/chart-format";
import { errorMessage } from "@/lib/client-errors";
import { SOAP_SECTION_MAX } from "@/lib/clinical/soap";
import { Callout } from "@/components/ui/alert";
import { Spinner } from "@/components/ui/button";
import { inputClass } from "@/components/ui/form-field";
import { useViewer } from "@/components/shell/viewer-context";
import { useChart } from "@/components/chart/chart-context";
import type { Note } from "@/components/chart/use-clinical";
import { SOAP_SECTIONS } from "./note-view";
import { useSoapAutosave, type SaveStatus } from "./use-autosave";
import { onDemand, standInButtonProps } from "@/components/ui/on-demand";
import { SignNoteButton, type SignNoteDialogProps } from "./sign-note-trigger";
import { AiPartCard, ReviewedAiLine, readyAi, unreviewedParts, useAiState, type AiPart } from "./ai-draft-panel";

// The sign dialog (Radix) loads when someone is about to sign; the page ships its trigger.
const SignNoteDialog = onDemand<SignNoteDialogProps>(
  () => import("./sign-note-dialog").then((m) => m.SignNoteDialog),
  (p) => <SignNoteButton {...standInButtonProps(p)} />,
);

// The drafting form loads after the editor itself (it is not needed to read or type a note).
const AiDraftPanel = dynamic(() => import("./ai-draft-form").then((m) => m.AiDraftPanel));

/**
 * The physician's SOAP editor for an open encounter: four labelled sections,
 * autosaved, then signed (after a confirmation) and locked.
 */
export function SoapEditor({ encounterId, draft, onSigned }: { encounterId: Id<"encounters">; draft: Note | null; onSigned: (at: number) => void }) {
  const chart = useChart();
  const viewer = useViewer();
  const autosave = useSoapAutosave({
    patientId: chart.patientId,
    encounterId,
    memberId: viewer.active.membership.memberId,
    serverDraft: draft === null ? null : { noteId: draft._id, fields: { subjective: draft.subjective, objective: draft.objective, assessment: draft.assessment, plan: draft.plan }, updatedAt: draft.updatedAt },
  });
  const baseId = useId();
  const aiState = useAiState(encounterId);
  const ai = readyAi(aiState);
  const reviewPart = useMutation(api.aiReview.reviewPart);
  const noteId = autosave.noteId;
  const unreviewed = unreviewedParts(ai, noteId);
  const partsOf = (key: string) => (ai?.parts ?? []).filter((p) => p.section === key && (noteId === null || p.noteId === noteId));

  async function onReview(part: AiPart, decision: "accept" | "edit" | "delete", text?: string): Promise<string | null> {
    // The editor's own text reaches the server first, so the merge starts from what is on screen.
    if (!(await autosave.flush())) return "Your latest text has not been saved yet, so the AI part was left as it is. Check your connection and try again.";
    try {
      const r = await reviewPart({ patientId: chart.patientId, partId: part._id, decision, text });
      if (r !== null) autosave.adopt(r, part.noteId);
      return null;
    } catch (err) {
      return errorMessage(err, "The review was not saved. Try again.");
    }
  }

  return (
    <>
    <AiDraftPanel encounterId={encounterId} noteId={noteId} state={aiState} beforeDraft={autosave.flush} />
    <section aria-labelledby={`${baseId}-heading`} className="flex flex-col rounded-xl border border-slate-200 bg-white shadow-sm" data-testid="soap-editor">
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-100 px-4 py-2.5">
        <div className="flex items-center gap-3">
          <h2 id={`${baseId}-heading`} className="text-sm font-semibold text-slate-900">
            SOAP note <span className="font-normal text-slate-500">· draft</span>
          </h2>
          <SaveIndicator status={autosave.status} onRetry={autosave.retry} />
        </div>
        <SignNoteDialog fields={autosave.fields} flush={autosave.flush} currentNoteId={autosave.currentNoteId} onSigned={onSigned} unreviewed={unreviewed.length} />
      </div>
      {autosave.restored ? (
        <div className="px-4 pt-3">
          <Callout tone="info">Restored text from this tab that had not reached the server yet. It is being saved now.</Callout>
        </div>
      ) : null}
      <div className="grid gap-x-5 gap-y-4 px-4 py-4 lg:grid-cols-2">
        {SOAP_SECTIONS.map((s) => {
          const id = `${baseId}-${s.key}`;
          const value = autosave.fields[s.key];
          const tooLong = value.length > SOAP_SECTION_MAX;
          return (
            <div key={s.key} className="flex flex-col gap-1.5">
              <label htmlFor={id} className="flex items-baseline justify-between gap-2 text-sm font-semibold text-slate-800">
                <span>
                  {s.label} <span className="text-xs font-normal text-slate-500">{s.hint}</span>
                </span>
                {value.length > SOAP_SECTION_MAX * 0.9 ? (
                  <span className={`text-xs font-normal tabular-nums ${tooLong ? "text-red-700" : "text-slate-500"}`}>
                    {value.length}/{SOAP_SECTION_MAX}
                  </span>
                ) : null}
              </label>
              <AutoGrowTextarea
                id={id}
                value={value}
                invalid={tooLong}
                onChange={(v) => autosave.update(s.key, v)}
              />
              {partsOf(s.key)
                .filter((p) => p.state === "pending" || p.state === "streaming")
                .map((p) => (
                  <AiPartCard key={p._id} part={p} onReview={onReview} />
                ))}
              <ReviewedAiLine parts={partsOf(s.key).filter((p) => p.state === "accepted" || p.state === "edited" || p.state === "deleted")} />
            </div>
          );
        })}
      </div>
    </section>
    </>
  );
}

function AutoGrowTextarea({ id, value, onChange, invalid }: { id: string; value: string; onChange: (v: string) => void; invalid: boolean }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (el === null) return;
    el.style.height = "auto";
    el.style.height = `${Math.min(Math.max(el.scrollHeight + 2, 112), 480)}px`;
  }, [value]);
  return (
    <textarea
      ref={ref}
      id={id}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      spellCheck
      aria-invalid={invalid || undefined}
      className={inputClass(invalid, "min-h-28 resize-y leading-relaxed")}
    />
  );
}

/** "Saving… / Saved at HH:MM / Offline — will retry", announced politely. */
export function SaveIndicator({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  let content: React.ReactNode;
  switch (status.kind) {
    case "pending":
    case "saving":
      content = (
        <span className="inline-flex items-center gap-1.5 text-slate-500">
          <Spinner className="h-3 w-3" />
          Saving…
        </span>
      );
      break;
    case "saved":
      content = (
        <span className="inline-flex items-center gap-1 text-emerald-700">
          <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="h-3.5 w-3.5">
            <path fillRule="evenodd" d="M16.704 4.153a.75.75 0 0 1 .143 1.052l-8 10.5a.75.75 0 0 1-1.127.075l-4.5-4.5a.75.75 0 0 1 1.06-1.06l3.894 3.893 7.48-9.817a.75.75 0 0 1 1.05-.143Z" clipRule="evenodd" />
          </svg>
          {status.at !== null ? (
            <>
              Saved at <time dateTime={isoDateTime(status.at)}>{formatTime(status.at)}</time>
            </>
          ) : (
            "No changes yet"
          )}
        </span>
      );
      break;
    case "offline":
      content = (
        <span className="inline-flex items-center gap-1 font-medium text-amber-800">
          <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="h-3.5 w-3.5">
            <path fillRule="evenodd" d="M8.485 2.495c.673-1.167 2.357-1.167 3.03 0l6.28 10.875c.673 1.167-.17 2.625-1.516 2.625H3.72c-1.347 0-2.189-1.458-1.515-2.625L8.485 2.495ZM10 5a.75.75 0 0 1 .75.75v3.5a.75.75 0 0 1-1.5 0v-3.5A.75.75 0 0 1 10 5Zm0 9a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z" clipRule="evenodd" />
          </svg>
          Offline — will retry. Your text is kept in this tab.
        </span>
      );
      break;
    case "error":
      content = (
        <span className="inline-flex flex-wrap items-center gap-2 font-medium text-red-700">
          Not saved: {status.message}
          <button type="button" onClick={onRetry} className="rounded px-1 underline hover:no-underline">
            Try again
          </button>
        </span>
      );
      break;
  }
  return (
    <p role="status" className="text-xs" data-testid="save-status" data-state={status.kind}>
      {content}
    </p>
  );
}

