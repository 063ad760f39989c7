"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { ageLabel, formatDateTime, formatIsoDate, isoDateTime, patientName, SEX_LABELS } from "@/lib/chart-format";
import { errorMessage } from "@/lib/client-errors";
import { publicConfig } from "@/lib/public-config";
import { Alert, Callout } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { SkeletonRows } from "@/components/ui/card";
import { useViewer } from "@/components/shell/viewer-context";
import { useChart } from "@/components/chart/chart-context";
import { encounterTypeLabel } from "@/components/chart/encounters-section";
import { useClinical } from "@/components/chart/use-clinical";
import { useNow } from "@/components/chart/use-now";
import { AddendaList, SignatureLine, SoapContent } from "./note-view";

/**
 * /patients/[id]/notes/[noteId]/print: the note as a document. On paper the
 * shell, navigation and buttons disappear (print styles); the note, its
 * addenda and the signatures remain, with the patient's identifiers on top.
 */
export function NotePrintView({ noteId }: { noteId: string }) {
  const chart = useChart();
  if (!chart.canViewClinical) {
    return (
      <Callout tone="info" title="Notes are clinical content" className="max-w-2xl">
        Your role sees demographics, contacts and insurance only.
      </Callout>
    );
  }
  return <PrintableNote noteId={noteId} />;
}

function PrintableNote({ noteId }: { noteId: string }) {
  const chart = useChart();
  const viewer = useViewer();
  const clinical = useClinical();
  const printedAt = useNow(60_000);
  const back = (
    <Link href={`/patients/${chart.patientId}`} className={buttonClass("secondary", "sm")}>
      Back to chart
    </Link>
  );

  if (clinical.status === "loading") {
    return (
      <div className="rounded-xl border border-slate-200 bg-white" aria-busy="true">
        <p role="status" className="sr-only">
          Loading the note…
        </p>
        <SkeletonRows rows={5} />
      </div>
    );
  }
  if (clinical.status === "error") {
    return <Alert title="The note could not be loaded">{errorMessage(clinical.error, "Check your connection and try again.")}</Alert>;
  }
  const encounter = clinical.data.encounters.find((e) => e.notes.some((n) => n._id === noteId));
  const note = encounter?.notes.find((n) => n._id === noteId);
  if (encounter === undefined || note === undefined) {
    return (
      <Callout tone="warning" title="Note not found" action={back}>
        This note is not in this patient&apos;s chart.
      </Callout>
    );
  }
  const p = chart.patient;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2 print:hidden" data-testid="print-toolbar">
        <div className="flex gap-2">
          {back}
          <Link href={`/patients/${chart.patientId}/encounters/${encounter._id}`} className={buttonClass("ghost", "sm")}>
            Encounter
          </Link>
        </div>
        <Button variant="primary" size="sm" onClick={() => window.print()}>
          Print
        </Button>
      </div>

      <article
        data-testid="print-document"
        aria-label="Printable visit note"
        className="mx-auto flex w-full max-w-3xl flex-col gap-5 rounded-xl border border-slate-200 bg-white px-6 py-6 shadow-sm sm:px-10 sm:py-8 print:max-w-none print:rounded-none print:border-0 print:p-0 print:shadow-none"
      >
        <header className="flex flex-wrap items-start justify-between gap-3 border-b-2 border-slate-900 pb-3">
          <div>
            <p className="text-sm font-semibold text-slate-900">{viewer.active.membership.practiceName}</p>
            <h2 className="text-xl font-semibold text-slate-900">Visit note</h2>
          </div>
          <p className={`rounded px-2 py-1 text-xs font-semibold tracking-wide uppercase ${note.status === "signed" ? "bg-slate-100 text-slate-700" : "bg-amber-100 text-amber-900"}`}>
            {note.status === "signed" ? "Signed" : "Draft — not signed"}
          </p>
        </header>

        <dl className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-4">
          <Field label="Patient">{patientName(p)}</Field>
          <Field label="Date of birth">
            {formatIsoDate(p.dob)} ({ageLabel(p.dob)})
          </Field>
          <Field label="Sex">{SEX_LABELS[p.sex]}</Field>
          <Field label="MRN">
            <span className="font-mono">{p.mrn}</span>
          </Field>
          <Field label="Visit">
            <time dateTime={isoDateTime(encounter.startedAt)}>{formatDateTime(encounter.startedAt)}</time>
          </Field>
          <Field label="Type">{encounterTypeLabel(encounter.type)}</Field>
          <Field label="Provider">{encounter.provider ?? "—"}</Field>
          <Field label="Chief complaint">{encounter.chiefComplaint ?? "—"}</Field>
        </dl>

        <section aria-label="Note" className="border-t border-slate-200 pt-4">
          <SoapContent note={note} headingLevel={3} />
        </section>

        <section aria-label="Signature" className="border-t border-slate-200 pt-3">
          <SignatureLine note={note} />
        </section>

        <AddendaList addenda={note.addenda} />

        <footer className="mt-2 border-t border-slate-200 pt-2 text-[11px] leading-relaxed text-slate-500">
          Printed by {viewer.name} on <time dateTime={isoDateTime(printedAt)}>{formatDateTime(printedAt)}</time>. Confidential patient information: handle and
          dispose of it according to practice policy.
          {publicConfig.authProvider === "demo" ? " Synthetic demo data; not a real patient." : ""}
        </footer>
      </article>
    </div>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-[11px] font-semibold tracking-wide text-slate-500 uppercase">{label}</dt>
      <dd className="break-words text-slate-900">{children}</dd>
    </div>
  );
}
