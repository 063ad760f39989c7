import Link from "next/link";
import type { ReactNode } from "react";
import { ageLabel, formatIsoDate, patientName, SEX_LABELS } from "@/lib/chart-format";
import type { ChartPatient } from "./chart-context";

function Crumb() {
  return (
    <Link href="/patients" className="inline-flex items-center gap-1 self-start rounded text-sm font-medium text-slate-600 hover:text-brand-700 print:hidden">
      <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="h-4 w-4">
        <path fillRule="evenodd" d="M11.78 5.22a.75.75 0 0 1 0 1.06L8.06 10l3.72 3.72a.75.75 0 1 1-1.06 1.06l-4.25-4.25a.75.75 0 0 1 0-1.06l4.25-4.25a.75.75 0 0 1 1.06 0Z" clipRule="evenodd" />
      </svg>
      Patients
    </Link>
  );
}

/** Who this chart is about: the identifiers clinicians check before doing anything. */
export function PatientHeader({ patient: p }: { patient: ChartPatient }) {
  const age = ageLabel(p.dob);
  return (
    <header className="flex flex-col gap-2" data-testid="patient-header">
      <Crumb />
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2 rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-sm">
        <span aria-hidden className="grid h-11 w-11 shrink-0 place-items-center rounded-full bg-brand-50 text-sm font-semibold text-brand-700 ring-1 ring-brand-200">
          {`${p.firstName[0] ?? ""}${p.lastName[0] ?? ""}`.toUpperCase()}
        </span>
        <div className="flex min-w-0 flex-col">
          <h1 className="text-xl font-semibold text-slate-900" data-testid="patient-name">
            {patientName(p)}
          </h1>
          <p className="text-xs text-slate-500">Synthetic patient record</p>
        </div>
        <dl className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:flex sm:flex-wrap sm:items-center">
          <Fact label="DOB">
            <span className="tabular-nums">{formatIsoDate(p.dob)}</span>
            {age ? <span className="text-slate-500"> ({age})</span> : null}
          </Fact>
          <Fact label="Sex">{SEX_LABELS[p.sex]}</Fact>
          <Fact label="MRN">
            <span className="font-mono text-[13px]" data-testid="patient-mrn">
              {p.mrn}
            </span>
          </Fact>
          <Fact label="Provider">{p.assignedProvider ?? <span className="text-slate-500">None assigned</span>}</Fact>
        </dl>
      </div>
    </header>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col sm:flex-row sm:items-baseline sm:gap-1.5">
      <dt className="text-[11px] font-semibold tracking-wide text-slate-500 uppercase">{label}</dt>
      <dd className="truncate text-slate-900">{children}</dd>
    </div>
  );
}

/** The header's shape while the chart opens; says what is happening in a live region. */
export function PatientHeaderSkeleton({ label }: { label: string }) {
  return (
    <div className="flex flex-col gap-2" aria-busy="true">
      <Crumb />
      <div className="flex items-center gap-4 rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-sm">
        <span aria-hidden className="h-11 w-11 animate-pulse rounded-full bg-slate-100 motion-reduce:animate-none" />
        <div className="flex flex-1 flex-col gap-2">
          <span aria-hidden className="h-4 w-48 animate-pulse rounded bg-slate-200 motion-reduce:animate-none" />
          <p role="status" className="text-xs text-slate-500">
            {label}
          </p>
        </div>
      </div>
      <div aria-hidden className="grid gap-4 lg:grid-cols-3">
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-40 animate-pulse rounded-xl border border-slate-200 bg-white motion-reduce:animate-none" />
        ))}
      </div>
    </div>
  );
}

const ICONS = {
  lock: "M10 1a4.5 4.5 0 0 0-4.5 4.5V9H5a2 2 0 0 0-2 2v6a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6a2 2 0 0 0-2-2h-.5V5.5A4.5 4.5 0 0 0 10 1Zm3 8V5.5a3 3 0 1 0-6 0V9h6Z",
  search: "M9 3.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11ZM2 9a7 7 0 1 1 12.452 4.391l3.328 3.329a.75.75 0 1 1-1.06 1.06l-3.329-3.328A7 7 0 0 1 2 9Z",
} as const;

/** A centred panel for a closed, missing or refused chart. */
export function ChartStateMessage({
  title,
  icon,
  children,
  actions,
  testId,
}: {
  title: string;
  icon: keyof typeof ICONS;
  children: ReactNode;
  actions?: ReactNode;
  testId?: string;
}) {
  return (
    <section
      aria-labelledby={`${testId ?? "chart-state"}-heading`}
      data-testid={testId}
      className="mx-auto mt-4 flex w-full max-w-xl flex-col items-center gap-3 rounded-xl border border-slate-200 bg-white px-6 py-10 text-center shadow-sm"
    >
      <span aria-hidden className="grid h-12 w-12 place-items-center rounded-full bg-slate-100 text-slate-500">
        <svg viewBox="0 0 20 20" fill="currentColor" className="h-6 w-6">
          <path fillRule="evenodd" d={ICONS[icon]} clipRule="evenodd" />
        </svg>
      </span>
      <div role="alert" className="flex flex-col items-center gap-3">
        <h1 id={`${testId ?? "chart-state"}-heading`} className="text-xl font-semibold text-slate-900">
          {title}
        </h1>
        <p className="text-sm leading-relaxed text-slate-600">{children}</p>
      </div>
      {actions !== undefined ? <div className="mt-2 flex flex-wrap justify-center gap-2">{actions}</div> : null}
    </section>
  );
}
