"use client";

import { useMemo, useRef, useState } from "react";
import dynamic from "next/dynamic";
import { api } from "@/convex/_generated/api";
import type { AuditFilterArgs } from "@/convex/auditTrail";
import { EMPTY_FILTERS, toServerFilters, type ViewerFilters } from "@/lib/audit/viewer-filters";
import { errorMessage } from "@/lib/client-errors";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { AuditExport } from "./audit-export";
import { AuditFilters } from "./audit-filters";
import { AuditTable, type Sort } from "./audit-table";
import type { AuditRow } from "./event-detail";
import type { ChosenPatient } from "./patient-chooser";
import { useAuditQuery } from "./use-audit-query";

export const PAGE_SIZE = 50;

// The detail dialog (Radix) loads when an event is first opened.
const EventDetail = dynamic(() => import("./event-detail").then((m) => m.EventDetail));

/**
 * /compliance/audit: the practice's trail, filtered on the server through
 * indexes and read a page at a time (a cursor per page, so a trail of
 * millions of events pages as fast as a short one).
 */
export function AuditViewer() {
  const [filters, setFilters] = useState<ViewerFilters>(EMPTY_FILTERS);
  const [patient, setPatient] = useState<ChosenPatient | null>(null);
  const [sort, setSort] = useState<Sort>({ key: "time", dir: "desc" });
  // Cursors of the pages before this one; the current page's cursor is the last.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [open, setOpen] = useState<AuditRow | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const options = useAuditQuery(api.auditTrail.filterOptions, {}).data;

  const server = useMemo(() => toServerFilters(filters), [filters]);
  const filterError = "error" in server ? server.error : null;
  const serverFilters = "filters" in server ? server.filters : null;
  const cursor = cursors.at(-1) ?? null;
  const [attempt, setAttempt] = useState(0);
  const page = useAuditQuery(
    api.auditTrail.page,
    serverFilters === null ? null : { filters: serverFilters as AuditFilterArgs, order: sort.dir, paginationOpts: { numItems: PAGE_SIZE, cursor } },
    attempt,
  );

  const restart = () => setCursors([null]);
  const rows = page.data?.page ?? [];
  const pageNumber = cursors.length;

  return (
    <div className="flex flex-col gap-4">
      <AuditFilters
        value={filters}
        onChange={(f) => {
          setFilters(f);
          restart();
        }}
        patient={patient}
        onPatientChange={setPatient}
        members={options?.members}
        error={filterError}
      />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <p className="text-sm text-slate-600" role="status" aria-live="polite" data-testid="audit-page-status">
          {page.data === undefined
            ? page.error === undefined
              ? "Loading events…"
              : ""
            : rows.length === 0
              ? pageNumber === 1
                ? "No events match these filters."
                : "No more events."
              : `Page ${pageNumber} · ${rows.length} event${rows.length === 1 ? "" : "s"}, ${sort.dir === "desc" ? "newest" : "oldest"} first`}
        </p>
        <AuditExport filters={serverFilters ?? {}} disabled={serverFilters === null} />
      </div>
      {page.error !== undefined ? (
        <Alert
          title="The events could not be loaded"
          action={
            <Button size="sm" onClick={() => setAttempt((n) => n + 1)}>
              Try again
            </Button>
          }
        >
          {errorMessage(page.error)}
        </Alert>
      ) : null}
      {rows.length > 0 ? (
        <AuditTable
          rows={rows}
          sort={sort}
          onSort={(s) => {
            setSort(s);
            restart();
          }}
          onOpen={(row) => {
            opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
            setOpen(row);
          }}
        />
      ) : page.data === undefined && page.error === undefined ? (
        <div className="h-40 animate-pulse rounded-lg border border-slate-200 bg-slate-50" aria-hidden />
      ) : null}
      <nav aria-label="Pages" className="flex items-center justify-between">
        <Button size="sm" disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
          Previous page
        </Button>
        <Button
          size="sm"
          disabled={page.data === undefined || page.data.isDone}
          onClick={() => page.data !== undefined && setCursors((c) => [...c, page.data!.continueCursor])}
        >
          Next page
        </Button>
      </nav>
      {open !== null ? <EventDetail event={open} onClose={() => setOpen(null)} returnFocus={() => opener.current} /> : null}
    </div>
  );
}
