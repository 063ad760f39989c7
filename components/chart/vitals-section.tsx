"use client";

import { useState, type ReactNode } from "react";
import { formatDateTime, isoDateTime } from "@/lib/chart-format";
import { SectionCard } from "@/components/ui/card";
import { Segmented } from "@/components/ui/segmented";
import type { VitalsRow } from "./use-clinical";
import { VitalsChart, type Metric } from "./vitals-chart";

const METRIC_OPTIONS = [
  { value: "bp", label: "BP" },
  { value: "hr", label: "Heart rate" },
  { value: "weight", label: "Weight" },
] as const;

const VIEW_OPTIONS = [
  { value: "chart", label: "Chart" },
  { value: "table", label: "Table" },
] as const;

const dash = (
  <>
    <span aria-hidden>—</span>
    <span className="sr-only">not measured</span>
  </>
);

function show(v: number | null, suffix = ""): ReactNode {
  return v === null ? dash : `${v}${suffix}`;
}

function Tile({ label, value, unit }: { label: string; value: ReactNode; unit: string }) {
  return (
    <div className="flex min-w-0 flex-col rounded-lg bg-slate-50 px-3 py-2 ring-1 ring-slate-200 ring-inset">
      <dt className="truncate text-[11px] font-semibold tracking-wide text-slate-500 uppercase">{label}</dt>
      <dd className="text-base font-semibold whitespace-nowrap text-slate-900 tabular-nums">
        {value} <span className="text-xs font-normal text-slate-500">{unit}</span>
      </dd>
    </div>
  );
}

/** Latest vitals at a glance, the trend as a chart, and every reading as a table. */
export function VitalsSection({ vitals, action }: { vitals: VitalsRow[]; action?: ReactNode }) {
  const [metric, setMetric] = useState<Metric>("bp");
  const [view, setView] = useState<"chart" | "table">("chart");
  const latest = vitals[vitals.length - 1];
  return (
    <SectionCard id="vitals" testId="vitals" title="Vitals" count={vitals.length} actions={action}>
      {latest === undefined ? (
        <p className="px-4 py-3 text-sm text-slate-500">No vitals recorded yet.</p>
      ) : (
        <div className="flex flex-col gap-3 px-4 py-3">
          <div className="flex flex-col gap-1.5">
            <p className="text-xs text-slate-500">
              Latest, <time dateTime={isoDateTime(latest.takenAt)}>{formatDateTime(latest.takenAt)}</time>
            </p>
            <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3" data-testid="latest-vitals">
              <Tile label="BP" value={latest.systolic !== null && latest.diastolic !== null ? `${latest.systolic}/${latest.diastolic}` : dash} unit="mmHg" />
              <Tile label="Heart rate" value={show(latest.heartRate)} unit="/min" />
              <Tile label="Temp" value={show(latest.temperatureC)} unit="°C" />
              <Tile label="SpO₂" value={show(latest.spo2)} unit="%" />
              <Tile label="Resp. rate" value={show(latest.respiratoryRate)} unit="/min" />
              <Tile label="Weight" value={show(latest.weightKg)} unit="kg" />
            </dl>
          </div>
          <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
            <Segmented legend="Measurement" options={METRIC_OPTIONS} value={metric} onChange={setMetric} />
            <Segmented legend="Show as" options={VIEW_OPTIONS} value={view} onChange={setView} />
          </div>
          {view === "chart" ? <VitalsChart rows={vitals} metric={metric} /> : <VitalsTable vitals={vitals} />}
        </div>
      )}
    </SectionCard>
  );
}

const TH = "px-2.5 py-1.5 text-left text-[11px] font-semibold tracking-wide whitespace-nowrap text-slate-500 uppercase";
const TD = "px-2.5 py-1.5 whitespace-nowrap tabular-nums";

export function VitalsTable({ vitals }: { vitals: VitalsRow[] }) {
  const rows = [...vitals].reverse();
  return (
    <div className="-mx-4 overflow-x-auto" tabIndex={0} role="region" aria-label="Vitals history table, scrolls sideways">
      <table className="w-full border-collapse text-sm" data-testid="vitals-table">
        <caption className="sr-only">Vitals history, newest first</caption>
        <thead className="border-y border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={`${TH} pl-4`}>Taken</th>
            <th scope="col" className={TH}>BP (mmHg)</th>
            <th scope="col" className={TH}>HR (/min)</th>
            <th scope="col" className={TH}>RR (/min)</th>
            <th scope="col" className={TH}>Temp (°C)</th>
            <th scope="col" className={TH}>SpO₂ (%)</th>
            <th scope="col" className={TH}>Weight (kg)</th>
            <th scope="col" className={TH}>Height (cm)</th>
            <th scope="col" className={`${TH} pr-4`}>Pain (/10)</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r._id}>
              <th scope="row" className={`${TD} pl-4 text-left font-normal text-slate-700`}>
                <time dateTime={isoDateTime(r.takenAt)}>{formatDateTime(r.takenAt)}</time>
              </th>
              <td className={TD}>{r.systolic !== null && r.diastolic !== null ? `${r.systolic}/${r.diastolic}` : dash}</td>
              <td className={TD}>{show(r.heartRate)}</td>
              <td className={TD}>{show(r.respiratoryRate)}</td>
              <td className={TD}>{show(r.temperatureC)}</td>
              <td className={TD}>{show(r.spo2)}</td>
              <td className={TD}>{show(r.weightKg)}</td>
              <td className={TD}>{show(r.heightCm)}</td>
              <td className={`${TD} pr-4`}>{show(r.painScore)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
