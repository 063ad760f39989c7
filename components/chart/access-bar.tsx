"use client";

import { useId } from "react";
import { formatTime, isoDateTime, minutesLeft } from "@/lib/chart-format";
import type { Purpose } from "./chart-context";
import { useNow } from "./use-now";

const PURPOSES: { value: Purpose; label: string }[] = [
  { value: "treatment", label: "Treatment" },
  { value: "payment", label: "Payment" },
  { value: "operations", label: "Operations" },
];

/** Why the chart is open and until when; changing the purpose re-opens it (audited). */
export function AccessBar({
  expiresAt,
  purpose,
  onPurposeChange,
  error,
}: {
  expiresAt: number;
  purpose: Purpose;
  onPurposeChange: (p: Purpose) => void;
  error: string | null;
}) {
  const now = useNow();
  const left = minutesLeft(expiresAt, now);
  const soon = left <= 2;
  const selectId = useId();
  return (
    <div
      data-testid="access-bar"
      className="flex flex-wrap items-center gap-x-4 gap-y-1.5 rounded-lg border border-slate-200 bg-white px-3 py-1.5 text-xs text-slate-600"
    >
      <span className="inline-flex items-center gap-1.5 font-medium text-slate-700">
        <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="h-3.5 w-3.5 text-brand-600">
          <path fillRule="evenodd" d="M10 1a4.5 4.5 0 0 0-4.5 4.5V9H5a2 2 0 0 0-2 2v6a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6a2 2 0 0 0-2-2h-.5V5.5A4.5 4.5 0 0 0 10 1Zm3 8V5.5a3 3 0 1 0-6 0V9h6Z" clipRule="evenodd" />
        </svg>
        Chart access recorded
      </span>
      <span className="inline-flex items-center gap-1.5">
        <label htmlFor={selectId}>Purpose</label>
        <select
          id={selectId}
          value={purpose}
          onChange={(e) => onPurposeChange(e.target.value as Purpose)}
          className="rounded border border-slate-300 bg-white py-0.5 pr-6 pl-1.5 text-xs font-medium text-slate-800"
        >
          {PURPOSES.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      </span>
      <span className={soon ? "font-medium text-amber-800" : ""} data-testid="access-expiry">
        Open until <time dateTime={isoDateTime(expiresAt)}>{formatTime(expiresAt)}</time>
        {soon ? " · closes soon without activity" : " · extended while you work"}
      </span>
      {error !== null ? (
        <span role="alert" className="font-medium text-red-700">
          {error}
        </span>
      ) : null}
    </div>
  );
}

/** Persistent while emergency access is in use: read-only, when it ends, and that it will be reviewed. */
export function EmergencyBanner({ expiresAt }: { expiresAt: number }) {
  const now = useNow();
  return (
    <div
      role="status"
      data-testid="emergency-banner"
      className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-lg border border-red-300 bg-red-50 px-4 py-2.5 text-sm text-red-950 print:block print:border-black print:bg-white"
    >
      <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="h-5 w-5 shrink-0 text-red-600">
        <path fillRule="evenodd" d="M8.485 2.495c.673-1.167 2.357-1.167 3.03 0l6.28 10.875c.673 1.167-.17 2.625-1.516 2.625H3.72c-1.347 0-2.189-1.458-1.515-2.625L8.485 2.495ZM10 5a.75.75 0 0 1 .75.75v3.5a.75.75 0 0 1-1.5 0v-3.5A.75.75 0 0 1 10 5Zm0 9a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z" clipRule="evenodd" />
      </svg>
      <p className="font-semibold">
        Emergency access — read-only, expires at <time dateTime={isoDateTime(expiresAt)}>{formatTime(expiresAt)}</time>, will be reviewed
      </p>
      <p className="text-red-900/80">
        {minutesLeft(expiresAt, now)} min left. Your reason is on record for the compliance officer; nothing can be added or changed.
      </p>
    </div>
  );
}
