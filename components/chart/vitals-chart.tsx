"use client";

import { useEffect, useId, useRef, useState } from "react";
import { niceTicks, scaleLinear } from "@/lib/charting";
import { formatDate } from "@/lib/chart-format";
import type { VitalsRow } from "./use-clinical";

export type Metric = "bp" | "hr" | "weight";

interface Series {
  key: "systolic" | "diastolic" | "heartRate" | "weightKg";
  label: string;
  color: string;
  marker: "circle" | "square";
}

export const METRICS: Record<Metric, { label: string; unit: string; series: Series[] }> = {
  bp: {
    label: "Blood pressure",
    unit: "mmHg",
    series: [
      { key: "systolic", label: "Systolic", color: "#be123c", marker: "circle" },
      { key: "diastolic", label: "Diastolic", color: "#0369a1", marker: "square" },
    ],
  },
  hr: { label: "Heart rate", unit: "/min", series: [{ key: "heartRate", label: "Heart rate", color: "#6d28d9", marker: "circle" }] },
  weight: { label: "Weight", unit: "kg", series: [{ key: "weightKg", label: "Weight", color: "#12665c", marker: "circle" }] },
};

const HEIGHT = 200;
const M = { top: 12, right: 16, bottom: 26, left: 40 };

function shortDate(ms: number, spanDays: number) {
  const d = new Date(ms);
  const month = d.toLocaleString("en-US", { month: "short" });
  return spanDays > 300 ? `${month} ${d.getFullYear()}` : `${month} ${d.getDate()}`;
}

/** One sentence a screen reader can use instead of the picture. */
export function describeTrend(rows: VitalsRow[], metric: Metric): string {
  const m = METRICS[metric];
  const points = rows.filter((r) => m.series.every((s) => r[s.key] !== null));
  if (points.length === 0) return `No ${m.label.toLowerCase()} readings recorded.`;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const value = (r: VitalsRow) => m.series.map((s) => r[s.key]).join("/");
  const ranges = m.series
    .map((s) => {
      const vals = points.map((p) => p[s.key] as number);
      return `${s.label.toLowerCase()} ${Math.min(...vals)}–${Math.max(...vals)}`;
    })
    .join(", ");
  return `${m.label}, ${points.length} reading${points.length === 1 ? "" : "s"} from ${formatDate(first.takenAt)} to ${formatDate(last.takenAt)}. Latest ${value(last)} ${m.unit} on ${formatDate(last.takenAt)}. Range: ${ranges} ${m.unit}. The table view lists every reading.`;
}

/** A small line chart in inline SVG, sized to its container. */
export function VitalsChart({ rows, metric }: { rows: VitalsRow[]; metric: Metric }) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const titleId = useId();
  const descId = useId();
  const m = METRICS[metric];

  useEffect(() => {
    const el = ref.current;
    if (el === null) return;
    const ro = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const points = rows.filter((r) => m.series.some((s) => r[s.key] !== null));
  const values = points.flatMap((r) => m.series.map((s) => r[s.key]).filter((v): v is number => v !== null));
  const ticks = niceTicks(Math.min(...values), Math.max(...values), 4);
  const t0 = points[0]?.takenAt ?? 0;
  const t1 = points[points.length - 1]?.takenAt ?? 0;
  const spanDays = (t1 - t0) / 86_400_000;
  const innerW = Math.max(0, width - M.left - M.right);
  const x = scaleLinear(t0, t1, M.left, M.left + innerW);
  const y = scaleLinear(ticks[0] ?? 0, ticks[ticks.length - 1] ?? 1, HEIGHT - M.bottom, M.top);
  const xTickCount = Math.max(2, Math.min(points.length, Math.floor(innerW / 90)));
  const xTicks =
    points.length <= 1
      ? points.map((p) => p.takenAt)
      : Array.from({ length: xTickCount }, (_, i) => t0 + ((t1 - t0) * i) / (xTickCount - 1));

  return (
    <figure className="flex flex-col gap-2">
      <div ref={ref} className="w-full">
        {points.length === 0 ? (
          <p className="grid h-[120px] place-items-center rounded-lg bg-slate-50 text-sm text-slate-500">No {m.label.toLowerCase()} readings yet.</p>
        ) : width > 0 ? (
          <svg role="img" aria-labelledby={`${titleId} ${descId}`} width={width} height={HEIGHT} className="block overflow-visible" data-testid="vitals-chart">
            <title id={titleId}>{`${m.label} trend`}</title>
            <desc id={descId}>{describeTrend(rows, metric)}</desc>
            {ticks.map((t) => (
              <g key={t}>
                <line x1={M.left} x2={M.left + innerW} y1={y(t)} y2={y(t)} stroke="#e2e8f0" strokeWidth={1} />
                <text x={M.left - 6} y={y(t)} dy="0.32em" textAnchor="end" fontSize={11} fill="#64748b" className="tabular-nums">
                  {t}
                </text>
              </g>
            ))}
            {xTicks.map((t, i) => (
              <text
                key={`${t}-${i}`}
                x={x(t)}
                y={HEIGHT - 8}
                fontSize={11}
                fill="#64748b"
                textAnchor={xTicks.length === 1 ? "middle" : i === 0 ? "start" : i === xTicks.length - 1 ? "end" : "middle"}
              >
                {shortDate(t, spanDays)}
              </text>
            ))}
            {m.series.map((s) => {
              const pts = points.filter((p) => p[s.key] !== null).map((p) => ({ t: p.takenAt, v: p[s.key] as number }));
              const d = pts.map((p, i) => `${i === 0 ? "M" : "L"}${x(p.t).toFixed(1)},${y(p.v).toFixed(1)}`).join(" ");
              return (
                <g key={s.key}>
                  <path d={d} fill="none" stroke={s.color} strokeWidth={2} strokeLinejoin="round" strokeLinecap="round" />
                  {pts.map((p) =>
                    s.marker === "circle" ? (
                      <circle key={p.t} cx={x(p.t)} cy={y(p.v)} r={3.5} fill="white" stroke={s.color} strokeWidth={2}>
                        <title>{`${s.label} ${p.v} ${m.unit}, ${formatDate(p.t)}`}</title>
                      </circle>
                    ) : (
                      <rect key={p.t} x={x(p.t) - 3.5} y={y(p.v) - 3.5} width={7} height={7} fill="white" stroke={s.color} strokeWidth={2}>
                        <title>{`${s.label} ${p.v} ${m.unit}, ${formatDate(p.t)}`}</title>
                      </rect>
                    ),
                  )}
                </g>
              );
            })}
          </svg>
        ) : (
          <div style={{ height: HEIGHT }} />
        )}
      </div>
      <figcaption className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-600">
        {m.series.map((s) => (
          <span key={s.key} className="inline-flex items-center gap-1.5">
            <svg aria-hidden width="22" height="10" viewBox="0 0 22 10">
              <line x1="0" x2="22" y1="5" y2="5" stroke={s.color} strokeWidth="2" />
              {s.marker === "circle" ? (
                <circle cx="11" cy="5" r="3.5" fill="white" stroke={s.color} strokeWidth="2" />
              ) : (
                <rect x="7.5" y="1.5" width="7" height="7" fill="white" stroke={s.color} strokeWidth="2" />
              )}
            </svg>
            {s.label} ({m.unit})
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
