"use client";

import { useMemo, useState } from "react";
import { formatDateTime, isoDateTime } from "@/lib/chart-format";
import { ROLE_LABELS } from "@/lib/roles";
import { OUTCOME_LABELS, verbLabel } from "@/lib/audit/verbs";
import { Badge } from "@/components/ui/badge";
import type { AuditRow } from "./event-detail";

export type SortKey = "time" | "member" | "role" | "event" | "patient" | "outcome";
export interface Sort {
  key: SortKey;
  dir: "asc" | "desc";
}

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: "time", label: "Time" },
  { key: "member", label: "Member" },
  { key: "role", label: "Role" },
  { key: "event", label: "Event" },
  { key: "patient", label: "Patient" },
  { key: "outcome", label: "Outcome" },
];

const text: Record<Exclude<SortKey, "time">, (r: AuditRow) => string> = {
  member: (r) => r.actor.name ?? (r.actor.kind === "system" ? "System" : ""),
  role: (r) => (r.actor.role !== null ? ROLE_LABELS[r.actor.role] : ""),
  event: (r) => verbLabel(r.verb),
  patient: (r) => r.patient?.name ?? "",
  outcome: (r) => r.outcome,
};

/**
 * One page of events. Time order covers the whole trail (the server pages in
 * that order); the other columns sort the page on screen, and say so.
 */
export function AuditTable({ rows, sort, onSort, onOpen }: { rows: AuditRow[]; sort: Sort; onSort: (s: Sort) => void; onOpen: (r: AuditRow) => void }) {
  const [pageSort, setPageSort] = useState<Sort | null>(null);
  const sorted = useMemo(() => {
    if (pageSort === null || pageSort.key === "time") return rows;
    const get = text[pageSort.key];
    const out = [...rows].sort((a, b) => get(a).localeCompare(get(b)) || b.seq - a.seq);
    return pageSort.dir === "asc" ? out : out.reverse();
  }, [rows, pageSort]);
  const active = pageSort ?? sort;
  const toggle = (key: SortKey) => {
    const dir = active.key === key && active.dir === "asc" ? "desc" : "asc";
    if (key === "time") {
      setPageSort(null);
      onSort({ key, dir: active.key === "time" ? (sort.dir === "asc" ? "desc" : "asc") : "desc" });
    } else setPageSort({ key, dir });
  };
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-sm" data-testid="audit-table">
        <caption className="sr-only">
          Audit events, sorted by {active.key} {active.dir === "asc" ? "ascending" : "descending"}
          {active.key !== "time" ? " within this page" : ""}. Choose an event number to see all its fields.
        </caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className="px-3 py-2">
              #
            </th>
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col" className="px-3 py-2" aria-sort={active.key === c.key ? (active.dir === "asc" ? "ascending" : "descending") : "none"}>
                <button type="button" onClick={() => toggle(c.key)} className="inline-flex items-center gap-1 uppercase hover:text-slate-900">
                  {c.label}
                  <span aria-hidden className={active.key === c.key ? "text-slate-900" : "text-slate-300"}>
                    {active.key === c.key && active.dir === "asc" ? "▲" : "▼"}
                  </span>
                  {c.key !== "time" ? <span className="sr-only">(sorts this page)</span> : null}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {sorted.map((r) => (
            <tr key={r._id} className={r.emergency ? "bg-red-50/60" : r.outcome !== "success" ? "bg-amber-50/60" : undefined}>
              <td className="px-3 py-2">
                <button type="button" onClick={() => onOpen(r)} className="font-mono text-xs font-medium text-brand-700 underline-offset-2 hover:underline" aria-label={`Event ${r.seq}, details`}>
                  {r.seq}
                </button>
              </td>
              <td className="px-3 py-2 whitespace-nowrap text-slate-700">
                <time dateTime={isoDateTime(r.at)}>{formatDateTime(r.at)}</time>
              </td>
              <td className="px-3 py-2 text-slate-900">{r.actor.kind === "system" ? <span className="text-slate-500">System</span> : (r.actor.name ?? "Former member")}</td>
              <td className="px-3 py-2 whitespace-nowrap text-slate-700">{r.actor.role !== null ? ROLE_LABELS[r.actor.role] : "—"}</td>
              <td className="px-3 py-2 text-slate-900">
                {verbLabel(r.verb)}
                {r.emergency ? (
                  <Badge tone="danger" className="ml-2">
                    Emergency
                  </Badge>
                ) : null}
              </td>
              <td className="px-3 py-2 text-slate-700">{r.patient !== null ? `${r.patient.name} · ${r.patient.mrn}` : "—"}</td>
              <td className="px-3 py-2 whitespace-nowrap text-slate-700">{OUTCOME_LABELS[r.outcome]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
