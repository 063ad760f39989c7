"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import type { Id } from "@/convex/_generated/dataModel";
import { formatDateTime, formatTime, isoDateTime } from "@/lib/chart-format";
import { errorMessage } from "@/lib/client-errors";
import { Alert, Callout, StatusMessage } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { SkeletonRows } from "@/components/ui/card";
import { useChart } from "@/components/chart/chart-context";
import { encounterTypeLabel } from "@/components/chart/encounters-section";
import { useClinical, type Clinical, type Encounter, type Note } from "@/components/chart/use-clinical";
import { AddendaList, NoteStatusBadge, SignatureLine, SoapContent } from "./note-view";
import { SoapEditor } from "./soap-editor";

const AddendumForm = dynamic(() => import("./addendum-form").then((m) => m.AddendumForm));
// Shown only with a signed note: not part of a draft's first load.
const AfterVisitSummary = dynamic(() => import("./after-visit-summary").then((m) => m.AfterVisitSummary));
const AiSignatureLine = dynamic(() => import("./after-visit-summary").then((m) => m.AiSignatureLine));

/** /patients/[id]/encounters/[encounterId]: one visit and its note. */
export function EncounterScreen({ encounterId }: { encounterId: string }) {
  const chart = useChart();
  if (!chart.canViewClinical) {
    return (
      <Callout tone="info" title="Visit notes are clinical content" className="max-w-2xl">
        Your role sees demographics, contacts and insurance only.{" "}
        <Link href={`/patients/${chart.patientId}`} className="font-medium underline">
          Back to the chart
        </Link>
      </Callout>
    );
  }
  return <ClinicalEncounter encounterId={encounterId as Id<"encounters">} />;
}

function BackToChart() {
  const chart = useChart();
  return (
    <Link href={`/patients/${chart.patientId}`} className="inline-flex items-center gap-1 self-start rounded text-sm font-medium text-slate-600 hover:text-brand-700 print:hidden">
      <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="h-4 w-4">
        <path fillRule="evenodd" d="M11.78 5.22a.75.75 0 0 1 0 1.06L8.06 10l3.72 3.72a.75.75 0 1 1-1.06 1.06l-4.25-4.25a.75.75 0 0 1 0-1.06l4.25-4.25a.75.75 0 0 1 1.06 0Z" clipRule="evenodd" />
      </svg>
      Back to chart
    </Link>
  );
}

function ClinicalEncounter({ encounterId }: { encounterId: Id<"encounters"> }) {
  const chart = useChart();
  const clinical = useClinical();
  const [notice, setNotice] = useState<string | null>(null);
  const signedHeading = useRef<HTMLHeadingElement>(null);
  const [justSigned, setJustSigned] = useState(false);

  const encounter = clinical.status === "ready" ? (clinical.data.encounters.find((e) => e._id === encounterId) ?? null) : undefined;
  const signed = encounter?.notes.filter((n) => n.status === "signed") ?? [];

  useEffect(() => {
    if (justSigned && signed.length > 0) signedHeading.current?.focus();
  }, [justSigned, signed.length]);

  if (clinical.status === "loading") {
    return (
      <div className="flex flex-col gap-3">
        <BackToChart />
        <div className="rounded-xl border border-slate-200 bg-white" aria-busy="true">
          <p role="status" className="sr-only">
            Loading the encounter…
          </p>
          <SkeletonRows rows={4} />
        </div>
      </div>
    );
  }
  if (clinical.status === "error") {
    return (
      <div className="flex flex-col gap-3">
        <BackToChart />
        <Alert title="The encounter could not be loaded">{errorMessage(clinical.error, "Check your connection; it loads as soon as the app reconnects.")}</Alert>
      </div>
    );
  }
  if (encounter === null || encounter === undefined) {
    return (
      <div className="flex flex-col gap-3">
        <BackToChart />
        <Callout tone="warning" title="Encounter not found">
          This encounter is not in this patient&apos;s chart. Open it from the chart&apos;s list of encounters.
        </Callout>
      </div>
    );
  }

  const draft = encounter.notes.find((n) => n.status === "draft") ?? null;
  const canEdit = chart.canWriteNotes && encounter.status === "open" && signed.length === 0;

  return (
    <div className="flex flex-col gap-4">
      <BackToChart />
      <EncounterHeader encounter={encounter} allergies={clinical.data.allergies.filter((a) => a.status === "active")} />
      <StatusMessage testId="encounter-notice" message={notice} onDismiss={() => setNotice(null)} />
      {canEdit ? (
        <SoapEditor
          key={encounter._id}
          encounterId={encounter._id}
          draft={draft}
          onSigned={(at) => {
            setJustSigned(true);
            setNotice(`Note signed at ${formatTime(at)}. It is now locked; add an addendum for corrections.`);
          }}
        />
      ) : null}
      {signed.map((n) => (
        <SignedNoteCard key={n._id} note={n} encounterId={encounter._id} headingRef={signedHeading} onNotice={setNotice} />
      ))}
      {!canEdit && draft !== null ? <DraftReadOnly note={draft} /> : null}
      {!canEdit && encounter.notes.length === 0 ? (
        <Callout tone="info" title="No note yet">
          {chart.emergency
            ? "Notes cannot be written during emergency access."
            : chart.canWriteNotes
              ? "This encounter is closed."
              : "The physician writes and signs the note for this visit."}
        </Callout>
      ) : null}
    </div>
  );
}

function EncounterHeader({ encounter: e, allergies }: { encounter: Encounter; allergies: Clinical["allergies"] }) {
  return (
    <header className="flex flex-col gap-1 rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-sm" data-testid="encounter-header">
      <p className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Encounter</p>
      <h2 className="flex flex-wrap items-center gap-2 text-lg font-semibold text-slate-900">
        <time dateTime={isoDateTime(e.startedAt)}>{formatDateTime(e.startedAt)}</time>
        <span className="font-normal text-slate-500">· {encounterTypeLabel(e.type)}</span>
        {e.status === "open" ? <Badge tone="info">Open</Badge> : <Badge>Closed</Badge>}
      </h2>
      <p className="text-sm text-slate-800">
        <span className="text-slate-500">Chief complaint: </span>
        {e.chiefComplaint ?? <span className="text-slate-500">not recorded</span>}
      </p>
      {e.provider !== null ? <p className="text-xs text-slate-500">Provider: {e.provider}</p> : null}
      <p className="mt-1 flex flex-wrap items-center gap-1.5 text-sm" data-testid="encounter-allergies">
        <span className={`font-medium ${allergies.length > 0 ? "text-red-800" : "text-slate-500"}`}>Allergies:</span>
        {allergies.length === 0 ? (
          <span className="text-slate-500">none recorded</span>
        ) : (
          allergies.map((a) => (
            <Badge key={a._id} tone={a.severity === "severe" ? "danger" : a.severity === "moderate" ? "warning" : "neutral"}>
              {a.substance} · {a.severity}
            </Badge>
          ))
        )}
      </p>
    </header>
  );
}

function SignedNoteCard({
  note,
  encounterId,
  headingRef,
  onNotice,
}: {
  note: Note;
  encounterId: Id<"encounters">;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onNotice: (message: string) => void;
}) {
  const chart = useChart();
  return (
    <article aria-labelledby={`note-${note._id}`} className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white px-4 py-4 shadow-sm" data-testid="signed-note">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={`note-${note._id}`} ref={headingRef} tabIndex={-1} className="flex items-center gap-2 text-sm font-semibold text-slate-900 outline-none">
          SOAP note <NoteStatusBadge note={note} />
          <span className="text-xs font-normal text-slate-500">Read-only</span>
        </h2>
        <Link href={`/patients/${chart.patientId}/notes/${note._id}/print`} className={buttonClass("secondary", "sm", "print:hidden")}>
          <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="h-4 w-4">
            <path fillRule="evenodd" d="M5 2.75C5 1.784 5.784 1 6.75 1h6.5c.966 0 1.75.784 1.75 1.75v3.552c.377.046.752.097 1.126.153A2.212 2.212 0 0 1 18 8.653v4.097A2.25 2.25 0 0 1 15.75 15h-.241l.305 1.984A1.75 1.75 0 0 1 14.084 19H5.915a1.75 1.75 0 0 1-1.73-2.016L4.492 15H4.25A2.25 2.25 0 0 1 2 12.75V8.653c0-1.082.775-2.034 1.874-2.198.374-.056.75-.107 1.127-.153L5 6.25v-3.5Zm8.5 3.397a41.533 41.533 0 0 0-7 0V2.75a.25.25 0 0 1 .25-.25h6.5a.25.25 0 0 1 .25.25v3.397ZM6.608 12.5a.25.25 0 0 0-.247.212l-.693 4.5a.25.25 0 0 0 .247.288h8.17a.25.25 0 0 0 .246-.288l-.692-4.5a.25.25 0 0 0-.247-.212H6.608Z" clipRule="evenodd" />
          </svg>
          Print view
        </Link>
      </div>
      <SoapContent note={note} headingLevel={3} />
      <SignatureLine note={note} />
      <AiSignatureLine ai={note.ai} />
      <AddendaList addenda={note.addenda} />
      {chart.canSign ? <AddendumForm noteId={note._id} onAdded={onNotice} /> : null}
      {chart.canWriteNotes ? <AfterVisitSummary encounterId={encounterId} noteId={note._id} /> : null}
    </article>
  );
}

function DraftReadOnly({ note }: { note: Note }) {
  return (
    <article className="flex flex-col gap-3 rounded-xl border border-dashed border-slate-300 bg-white px-4 py-4" data-testid="draft-note">
      <h2 className="flex items-center gap-2 text-sm font-semibold text-slate-900">
        SOAP note <NoteStatusBadge note={note} />
      </h2>
      <SoapContent note={note} headingLevel={3} />
      <SignatureLine note={note} />
    </article>
  );
}
