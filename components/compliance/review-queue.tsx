"use client";

import { useId, useState } from "react";
import { useMutation } from "convex/react";
import type { FunctionReturnType } from "convex/server";
import { api } from "@/convex/_generated/api";
import { REVIEW_KIND_LABELS } from "@/lib/compliance/review-kinds";
import { formatDateTime, isoDateTime } from "@/lib/chart-format";
import { errorMessage } from "@/lib/client-errors";
import { ROLE_LABELS } from "@/lib/roles";
import { Alert, Callout, StatusMessage } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/form-field";
import { Segmented } from "@/components/ui/segmented";
import { useAuditQuery } from "./use-audit-query";

type Status = "pending" | "flagged" | "appropriate";
type Item = FunctionReturnType<typeof api.reviews.list>["page"][number];

const TABS: { value: Status; label: string }[] = [
  { value: "pending", label: "Waiting" },
  { value: "flagged", label: "Flagged" },
  { value: "appropriate", label: "Appropriate" },
];
const PAGE = 25;

/** What the alert rule saw, in words (facts are counts and codes). */
function factsText(item: Item): string | null {
  if (item.kind === "chart_volume") return `${String(item.facts.charts)} distinct charts within an hour (threshold ${String(item.facts.threshold)}).`;
  return null;
}

/**
 * /compliance/reviews: emergency accesses and accesses the alert rules picked
 * out, each waiting until a compliance officer marks it appropriate or flags
 * it with a comment. Decisions are recorded in the trail.
 */
export function ReviewQueue() {
  const [status, setStatus] = useState<Status>("pending");
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const list = useAuditQuery(api.reviews.list, { status, paginationOpts: { numItems: PAGE, cursor: cursors.at(-1) ?? null } }, attempt);
  const items = list.data?.page ?? [];
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Segmented
          legend="Show"
          options={TABS}
          value={status}
          onChange={(s) => {
            setStatus(s);
            setCursors([null]);
          }}
        />
        <p className="text-sm text-slate-600">Emergency access, many charts in an hour, a patient with the member&apos;s surname or address, access outside practice hours.</p>
      </div>
      <StatusMessage message={notice} onDismiss={() => setNotice(null)} testId="review-notice" />
      {list.error !== undefined ? (
        <Alert
          title="The queue could not be loaded"
          action={
            <Button size="sm" onClick={() => setAttempt((n) => n + 1)}>
              Try again
            </Button>
          }
        >
          {errorMessage(list.error)}
        </Alert>
      ) : list.data === undefined ? (
        <p role="status" className="py-8 text-center text-sm text-slate-600">
          Loading the queue…
        </p>
      ) : items.length === 0 ? (
        <Callout tone="info" title={status === "pending" ? "Nothing waits for review" : status === "flagged" ? "Nothing has been flagged" : "Nothing has been marked appropriate"}>
          {status === "pending" ? "New emergency accesses and alerts appear here as they happen." : "Decided items appear here, newest first."}
        </Callout>
      ) : (
        <ul className="flex flex-col gap-3" aria-label={`${TABS.find((t) => t.value === status)!.label} items`}>
          {items.map((item) => (
            <ReviewItem key={item._id} item={item} onDecided={setNotice} />
          ))}
        </ul>
      )}
      {cursors.length > 1 || (list.data !== undefined && !list.data.isDone) ? (
        <nav aria-label="Pages" className="flex justify-between">
          <Button size="sm" disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
            Previous page
          </Button>
          <Button size="sm" disabled={list.data === undefined || list.data.isDone} onClick={() => list.data && setCursors((c) => [...c, list.data!.continueCursor])}>
            Next page
          </Button>
        </nav>
      ) : null}
    </div>
  );
}

function ReviewItem({ item, onDecided }: { item: Item; onDecided: (message: string) => void }) {
  const decide = useMutation(api.reviews.decide);
  const [comment, setComment] = useState("");
  const [busy, setBusy] = useState<"appropriate" | "flagged" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const facts = factsText(item);
  const submit = (verdict: "appropriate" | "flagged") => {
    setBusy(verdict);
    setError(null);
    decide({ reviewId: item._id, verdict, comment })
      .then(() => onDecided(`${REVIEW_KIND_LABELS[item.kind]} by ${item.member.name} marked ${verdict === "flagged" ? "flagged" : "appropriate"}.`))
      .catch((err: unknown) => setError(errorMessage(err)))
      .finally(() => setBusy(null));
  };
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4" data-testid="review-item" aria-labelledby={`${id}-title`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="flex flex-col gap-0.5">
          <h3 id={`${id}-title`} className="font-semibold text-slate-900">
            {REVIEW_KIND_LABELS[item.kind]}
            {item.kind === "emergency_access" ? (
              <Badge tone="danger" className="ml-2">
                Break-glass
              </Badge>
            ) : null}
          </h3>
          <p className="text-sm text-slate-700">
            {item.member.name} ({ROLE_LABELS[item.member.role]}){item.patient !== null ? ` · ${item.patient.name} · ${item.patient.mrn}` : ""}
          </p>
        </div>
        <p className="text-xs text-slate-600">
          <time dateTime={isoDateTime(item.at)}>{formatDateTime(item.at)}</time> · audit event {item.auditSeq}
        </p>
      </div>
      {item.emergency !== null ? (
        <dl className="mt-2 grid grid-cols-[7rem_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="text-slate-600">Reason</dt>
          <dd className="text-slate-900">{item.emergency.reason}</dd>
          <dt className="text-slate-600">In their words</dt>
          <dd className="whitespace-pre-wrap text-slate-900">{item.emergency.detail}</dd>
        </dl>
      ) : null}
      {facts !== null ? <p className="mt-2 text-sm text-slate-700">{facts}</p> : null}
      {item.review !== null ? (
        <p className="mt-2 text-sm text-slate-700">
          {item.status === "flagged" ? "Flagged" : "Marked appropriate"} by {item.review.by} on {formatDateTime(item.review.at)}
          {item.review.comment !== "" ? `: “${item.review.comment}”` : "."}
        </p>
      ) : (
        <div className="mt-3 flex flex-col gap-2">
          <label htmlFor={`${id}-comment`} className="text-sm font-medium text-slate-700">
            Comment <span className="font-normal text-slate-500">(required to flag)</span>
          </label>
          <textarea
            id={`${id}-comment`}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            rows={2}
            maxLength={1000}
            className={inputClass(error !== null)}
            aria-describedby={error !== null ? `${id}-error` : undefined}
          />
          {error !== null ? (
            <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
              {error}
            </p>
          ) : null}
          <div className="flex gap-2">
            <Button variant="primary" size="sm" busy={busy === "appropriate"} disabled={busy !== null} onClick={() => submit("appropriate")}>
              Mark appropriate
            </Button>
            <Button variant="danger-outline" size="sm" busy={busy === "flagged"} disabled={busy !== null} onClick={() => submit("flagged")}>
              Flag
            </Button>
          </div>
        </div>
      )}
    </li>
  );
}
