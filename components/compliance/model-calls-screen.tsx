"use client";

import { useState } from "react";
import type { FunctionReturnType } from "convex/server";
import { api } from "@/convex/_generated/api";
import { formatDateTime, isoDateTime } from "@/lib/chart-format";
import { errorCodeOf, errorMessage } from "@/lib/client-errors";
import { ROLE_LABELS } from "@/lib/roles";
import { Alert, Callout } from "@/components/ui/alert";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { SkeletonRows } from "@/components/ui/card";
import { useAuditQuery } from "./use-audit-query";

type Page = FunctionReturnType<typeof api.aiCompliance.modelCalls>;
type ModelCall = Page["page"][number];

const PAGE_SIZE = 25;

const OUTCOME: Record<NonNullable<ModelCall["outcome"]>, { label: string; tone: BadgeTone }> = {
  complete: { label: "Complete", tone: "success" },
  stopped: { label: "Stopped", tone: "neutral" },
  throttled: { label: "Throttled", tone: "warning" },
  timeout: { label: "Timed out", tone: "warning" },
  model_error: { label: "Model error", tone: "danger" },
  failed: { label: "Failed", tone: "danger" },
};

/**
 * /compliance/model-calls: every call the AI assistant made to the model,
 * with its redaction receipt and the exact minimised text that left the
 * practice. Rendered inside ComplianceShell, which admits only roles with
 * `audit.view` and remounts the workspace per practice; read under its
 * audited audit-trail grant.
 */
export function ModelCallsScreen() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [attempt, setAttempt] = useState(0);
  const cursor = cursors[cursors.length - 1] ?? null;
  // The compliance workspace holds the audited audit-trail grant; this page reads under it.
  const calls = useAuditQuery(api.aiCompliance.modelCalls, { paginationOpts: { numItems: PAGE_SIZE, cursor } }, attempt);
  const data: Page | Error | undefined = calls.error !== undefined ? (calls.error as Error) : calls.data;
  const open = () => {
    setCursors([null]);
    setAttempt((n) => n + 1);
  };

  return (
    <div className="flex flex-col gap-5">
      <header className="flex max-w-3xl flex-col gap-1">
        <h2 className="text-lg font-semibold text-slate-900">Model calls</h2>
        <p className="text-sm text-slate-600">
          Each call the AI assistant made, with its redaction receipt (identifiers replaced, by type) and the exact minimised text that left the
          practice. Opening this page is recorded in the audit trail.
        </p>
      </header>
      {data === undefined ? (
        <div className="rounded-xl border border-slate-200 bg-white" aria-busy="true">
          <p role="status" className="sr-only">
            Loading model calls…
          </p>
          <SkeletonRows rows={4} />
        </div>
      ) : null}
      {data instanceof Error ? (
        <Alert
          title="Model calls could not be loaded"
          action={
            <Button size="sm" onClick={() => void open()}>
              {errorCodeOf(data) === "ACCESS_NOT_GRANTED" ? "Open again" : "Try again"}
            </Button>
          }
        >
          {errorMessage(data, "Check your connection and try again.")}
        </Alert>
      ) : null}
      {data !== undefined && !(data instanceof Error) ? (
        <>
          {data.page.length === 0 ? (
            <Callout tone="info" title={cursors.length > 1 ? "No older calls" : "No model calls yet"}>
              {cursors.length > 1 ? "This is the end of the list." : "When a physician drafts with the AI assistant, each call appears here with what was sent."}
            </Callout>
          ) : (
            <ol className="flex flex-col gap-3" aria-label="Model calls, newest first" data-testid="model-calls">
              {data.page.map((c) => (
                <ModelCallCard key={c._id} call={c} />
              ))}
            </ol>
          )}
          <nav aria-label="Pages" className="flex gap-2">
            {cursors.length > 1 ? (
              <Button size="sm" onClick={() => setCursors((cs) => cs.slice(0, -1))}>
                Newer calls
              </Button>
            ) : null}
            {!data.isDone ? (
              <Button size="sm" onClick={() => setCursors((cs) => [...cs, data.continueCursor])}>
                Older calls
              </Button>
            ) : null}
          </nav>
        </>
      ) : null}
    </div>
  );
}

function ModelCallCard({ call: c }: { call: ModelCall }) {
  const outcome = c.outcome === null ? { label: c.status === "running" ? "Running" : "Unknown", tone: "info" as BadgeTone } : OUTCOME[c.outcome];
  const counts = Object.entries(c.receipt.counts).sort(([a], [b]) => a.localeCompare(b));
  return (
    <li className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-sm" data-testid="model-call">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="flex flex-wrap items-center gap-2 text-sm font-semibold text-slate-900">
          <time dateTime={isoDateTime(c.startedAt)}>{formatDateTime(c.startedAt)}</time>
          <span className="font-normal text-slate-600">
            · {c.kind === "soap" ? "SOAP draft" : "After-visit summary"} by {c.member.name ?? "a former member"}
            {c.member.role !== null ? ` (${ROLE_LABELS[c.member.role]})` : ""}
          </span>
        </p>
        <Badge tone={outcome.tone}>{outcome.label}</Badge>
      </div>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-4">
        <Item label="Model">{c.modelId}</Item>
        <Item label="Tokens in / out">
          {c.inputTokens ?? "–"} / {c.outputTokens ?? "–"}
        </Item>
        <Item label="Audit event">{c.auditSeq !== null ? `#${c.auditSeq}` : "not yet written"}</Item>
        <Item label="Prompt hash">
          <code title={c.promptHash}>{c.promptHash.slice(0, 16)}…</code>
        </Item>
      </dl>
      <div className="flex flex-col gap-1" data-testid="receipt">
        <p className="text-sm font-medium text-slate-800">
          Redaction receipt: {c.receipt.total} identifier{c.receipt.total === 1 ? "" : "s"} replaced
        </p>
        {counts.length > 0 ? (
          <ul className="flex flex-wrap gap-1.5" aria-label="Identifiers replaced, by type">
            {counts.map(([type, n]) => (
              <li key={type}>
                <Badge>
                  {type} × {n}
                </Badge>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <details className="group rounded-lg border border-slate-200 bg-slate-50">
        <summary className="cursor-pointer rounded-lg px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100">What left the practice (minimised text)</summary>
        {c.sent === null ? (
          <p className="px-3 pb-3 text-sm text-slate-600">The text of this call was not stored.</p>
        ) : (
          <div className="flex flex-col gap-2 px-3 pb-3">
            <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">Instructions</p>
            <pre className="overflow-x-auto text-xs leading-relaxed whitespace-pre-wrap text-slate-800">{c.sent.system}</pre>
            <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">Message</p>
            <pre className="overflow-x-auto text-xs leading-relaxed whitespace-pre-wrap text-slate-800" data-testid="sent-text">
              {c.sent.user}
            </pre>
          </div>
        )}
      </details>
    </li>
  );
}

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col">
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}
