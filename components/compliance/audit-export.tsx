"use client";

import { useState } from "react";
import { useConvex, useMutation } from "convex/react";
import type { FunctionReturnType } from "convex/server";
import { api } from "@/convex/_generated/api";
import type { ServerFilters } from "@/lib/audit/viewer-filters";
import { errorMessage } from "@/lib/client-errors";
import { Button } from "@/components/ui/button";
import { useViewer } from "@/components/shell/viewer-context";
import type { AuditFilterArgs } from "@/convex/auditTrail";
import { download, fileStamp } from "./download";

/** An export holds at most this many events; more must be narrowed by date or filter. */
export const MAX_EXPORT = 50_000;
const BATCH = 500;

type State = { status: "idle" } | { status: "running"; read: number } | { status: "done"; count: number } | { status: "error"; message: string };

/**
 * Exports the filtered events as one ZIP: CSV, JSON and a manifest with each
 * file's SHA-256 and the chain hashes at both ends. The export is recorded
 * (with the hashes) before the file is saved; if that fails, nothing is saved.
 */
export function AuditExport({ filters, disabled }: { filters: ServerFilters; disabled: boolean }) {
  const convex = useConvex();
  const record = useMutation(api.auditTrail.recordExport);
  const viewer = useViewer();
  const [state, setState] = useState<State>({ status: "idle" });

  const run = async () => {
    setState({ status: "running", read: 0 });
    try {
      const events = [];
      let cursor: string | null = null;
      for (;;) {
        const page: FunctionReturnType<typeof api.auditTrail.page> = await convex.query(api.auditTrail.page, { filters: filters as AuditFilterArgs, order: "asc", paginationOpts: { numItems: BATCH, cursor } });
        events.push(...page.page);
        if (events.length > MAX_EXPORT) {
          setState({ status: "error", message: `More than ${MAX_EXPORT.toLocaleString()} events match. Narrow the date range or add a filter, then export again.` });
          return;
        }
        setState({ status: "running", read: events.length });
        if (page.isDone) break;
        cursor = page.continueCursor;
      }
      // The ZIP and hashing code loads only when someone exports.
      const [{ strToU8, zipSync }, { buildExport }] = await Promise.all([import("fflate"), import("@/lib/audit/export")]);
      const now = new Date();
      const bundle = buildExport(events, {
        practice: viewer.active.membership.practiceName,
        exportedBy: viewer.name,
        exportedAt: now,
        filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as Record<string, string | number | boolean>,
      });
      const [csvFile, jsonFile] = bundle.manifest.files;
      const bySeq = events.map((e) => e.seq);
      await record({
        filters: filters as AuditFilterArgs,
        count: events.length,
        firstSeq: bySeq.length === 0 ? null : Math.min(...bySeq),
        lastSeq: bySeq.length === 0 ? null : Math.max(...bySeq),
        csvSha256: csvFile!.sha256,
        jsonSha256: jsonFile!.sha256,
      });
      const zip = zipSync({
        "audit-events.csv": strToU8(bundle.csv),
        "audit-events.json": strToU8(bundle.json),
        "manifest.json": strToU8(JSON.stringify(bundle.manifest, null, 2) + "\n"),
      });
      download(`audit-export-${fileStamp(now)}.zip`, zip as Uint8Array<ArrayBuffer>, "application/zip");
      setState({ status: "done", count: events.length });
    } catch (err) {
      setState({ status: "error", message: errorMessage(err, "The export could not be completed. Nothing was saved. Try again.") });
    }
  };

  return (
    <div className="flex flex-col items-end gap-1">
      <Button onClick={() => void run()} busy={state.status === "running"} disabled={disabled}>
        Export CSV + JSON
      </Button>
      <p role="status" className="text-xs text-slate-600" data-testid="export-status">
        {state.status === "running"
          ? `Reading events… ${state.read.toLocaleString()}`
          : state.status === "done"
            ? `Exported ${state.count.toLocaleString()} event${state.count === 1 ? "" : "s"}, with a manifest of SHA-256 hashes. The export is recorded in the trail.`
            : ""}
      </p>
      {state.status === "error" ? (
        <p role="alert" className="max-w-sm text-right text-xs font-medium text-red-700">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
