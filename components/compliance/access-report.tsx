"use client";

import { useId, useState, type FormEvent } from "react";
import { useMutation } from "convex/react";
import type { FunctionReturnType } from "convex/server";
import { api } from "@/convex/_generated/api";
import { toCsv } from "@/lib/audit/export";
import { toServerFilters, EMPTY_FILTERS } from "@/lib/audit/viewer-filters";
import { ACTION_LABELS, verbLabel } from "@/lib/audit/verbs";
import { formatDate, formatDateTime, formatIsoDate, isoDateTime } from "@/lib/chart-format";
import { errorMessage } from "@/lib/client-errors";
import { ROLE_LABELS } from "@/lib/roles";
import { Alert, Callout } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/form-field";
import { download, fileStamp } from "./download";
import { PatientChooser, type ChosenPatient } from "./patient-chooser";

type Report = FunctionReturnType<typeof api.accessReport.run>;

function isoDay(d: Date) {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/**
 * /compliance/access-report: everyone who viewed or changed one patient's
 * chart in a period (the accounting a patient may ask for), with model calls
 * made for that patient. Running it is recorded in the trail.
 */
export function AccessReport() {
  const run = useMutation(api.accessReport.run);
  const id = useId();
  const today = new Date();
  const yearAgo = new Date(today);
  yearAgo.setFullYear(today.getFullYear() - 1);
  const [patient, setPatient] = useState<ChosenPatient | null>(null);
  const [from, setFrom] = useState(isoDay(yearAgo));
  const [to, setTo] = useState(isoDay(today));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (patient === null) {
      setError("Choose the patient the report is for.");
      return;
    }
    const range = toServerFilters({ ...EMPTY_FILTERS, fromDate: from, toDate: to });
    if ("error" in range) {
      setError(range.error);
      return;
    }
    if (range.filters.from === undefined || range.filters.to === undefined) {
      setError("Choose both the start and the end of the period.");
      return;
    }
    setBusy(true);
    setError(null);
    run({ patientId: patient.id, from: range.filters.from, to: range.filters.to })
      .then(setReport)
      .catch((err: unknown) => setError(errorMessage(err)))
      .finally(() => setBusy(false));
  };

  return (
    <div className="flex flex-col gap-5">
      <section className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 print:hidden" aria-label="Report settings">
        {/* The patient finder is its own form: forms cannot nest. */}
        <div className="max-w-xl">
          <PatientChooser
            value={patient}
            onChange={(p) => {
              setPatient(p);
              setReport(null);
            }}
          />
        </div>
        <form onSubmit={submit} className="flex flex-wrap items-end gap-3" aria-label="Period">
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-from`} className="text-sm font-medium text-slate-700">
              From
            </label>
            <input id={`${id}-from`} type="date" value={from} onChange={(e) => setFrom(e.target.value)} className={inputClass(false)} required />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-to`} className="text-sm font-medium text-slate-700">
              To
            </label>
            <input id={`${id}-to`} type="date" value={to} onChange={(e) => setTo(e.target.value)} className={inputClass(false)} required />
          </div>
          <Button type="submit" variant="primary" busy={busy}>
            Run report
          </Button>
        </form>
        {error !== null ? <Alert>{error}</Alert> : null}
      </section>
      {report !== null ? <ReportView report={report} /> : null}
    </div>
  );
}

function ReportView({ report }: { report: Report }) {
  const s = report.summary;
  return (
    <section aria-labelledby="report-title" className="flex flex-col gap-3" data-testid="access-report">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="report-title" className="text-lg font-semibold text-slate-900">
            Access to the record of {report.patient.name}
          </h2>
          <p className="text-sm text-slate-600">
            {report.patient.mrn} · born {formatIsoDate(report.patient.dob)} · {formatDate(report.from)} to {formatDate(report.to)}
          </p>
        </div>
        <div className="flex gap-2 print:hidden">
          <Button onClick={() => window.print()}>Print</Button>
          <Button
            onClick={() => download(`access-report-${report.patient.mrn}-${fileStamp()}.csv`, toCsv(report.events), "text/csv")}
            disabled={report.events.length === 0}
          >
            Export CSV
          </Button>
        </div>
      </div>
      <p className="text-sm text-slate-700" data-testid="report-summary">
        {s.people} {s.people === 1 ? "person" : "people"} · {s.views} view{s.views === 1 ? "" : "s"} · {s.changes} change{s.changes === 1 ? "" : "s"} · {s.emergency}{" "}
        emergency access{s.emergency === 1 ? "" : "es"} · {s.modelCalls} model call{s.modelCalls === 1 ? "" : "s"}
      </p>
      {report.truncated ? (
        <Callout tone="warning" title="The report is cut short">
          This period holds more than {report.events.length.toLocaleString()} events. Run it again for a shorter period to see them all.
        </Callout>
      ) : null}
      {report.events.length === 0 ? (
        <Callout tone="info" title="No access in this period">
          Nobody opened or changed this chart between these dates.
        </Callout>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="min-w-full text-sm">
            <caption className="sr-only">Every access to this patient&apos;s record in the period, oldest first</caption>
            <thead className="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase">
              <tr>
                <th scope="col" className="px-3 py-2">
                  When
                </th>
                <th scope="col" className="px-3 py-2">
                  Who
                </th>
                <th scope="col" className="px-3 py-2">
                  Role
                </th>
                <th scope="col" className="px-3 py-2">
                  What
                </th>
                <th scope="col" className="px-3 py-2">
                  Purpose
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {report.events.map((e) => (
                <tr key={e._id}>
                  <td className="px-3 py-2 whitespace-nowrap">
                    <time dateTime={isoDateTime(e.at)}>{formatDateTime(e.at)}</time>
                  </td>
                  <td className="px-3 py-2">{e.actor.kind === "system" ? "System" : (e.actor.name ?? "Former member")}</td>
                  <td className="px-3 py-2">{e.actor.role !== null ? ROLE_LABELS[e.actor.role] : "—"}</td>
                  <td className="px-3 py-2">
                    {verbLabel(e.verb)} <span className="text-slate-500">({ACTION_LABELS[e.action].toLowerCase()})</span>
                    {e.emergency ? (
                      <Badge tone="danger" className="ml-2">
                        Emergency
                      </Badge>
                    ) : null}
                    {e.category === "ai" ? (
                      <Badge tone="info" className="ml-2">
                        Model call
                      </Badge>
                    ) : null}
                  </td>
                  <td className="px-3 py-2">{e.purpose ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
