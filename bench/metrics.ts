/**
 * Captures convex-test's per-transaction read metrics (documents and bytes
 * read, as Convex counts them against its limits) for the last top-level
 * query or mutation. Bench-only: it wraps the pinned convex-test's tracker.
 */
import { TransactionMetricsTracker } from "convex-test/dist/transactionMetrics.js";

export interface ReadMetrics {
  documentsRead: number;
  bytesRead: number;
  documentsWritten: number;
  bytesWritten: number;
}

export const CONVEX_LIMITS = { documentsRead: 32_000, bytesRead: 16 * 1024 * 1024 } as const;

let last: ReadMetrics | null = null;

type Layer = { metrics: ReadMetrics };
type TrackerInternals = { _layers: Layer[]; commit(): void; rollback(): void };

const proto = TransactionMetricsTracker.prototype as unknown as TrackerInternals;
if (!Array.isArray((new TransactionMetricsTracker() as unknown as TrackerInternals)._layers)) {
  throw new Error("bench: convex-test's TransactionMetricsTracker no longer has _layers; update bench/metrics.ts");
}
for (const method of ["commit", "rollback"] as const) {
  const original = proto[method];
  proto[method] = function (this: TrackerInternals) {
    if (this._layers.length === 1) {
      const m = this._layers[0]!.metrics;
      last = { documentsRead: m.documentsRead, bytesRead: m.bytesRead, documentsWritten: m.documentsWritten, bytesWritten: m.bytesWritten };
    }
    original.call(this);
  };
}

export function takeMetrics(): ReadMetrics {
  if (last === null) throw new Error("bench: no transaction metrics were recorded");
  const m = last;
  last = null;
  return m;
}
