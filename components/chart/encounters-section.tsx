"use client";

import Link from "next/link";
import { useState, type ReactNode } from "react";
import { formatDateTime, isoDateTime } from "@/lib/chart-format";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClass } from "@/components/ui/button";
import { EmptyLine, SectionCard } from "@/components/ui/card";
import { AddendaList, NoteStatusBadge, SignatureLine, SoapContent } from "@/components/notes/note-view";
import { useChart } from "./chart-context";
import type { Encounter } from "./use-clinical";

const PAGE = 8;

export function encounterTypeLabel(type: Encounter["type"]) {
  return type === "office" ? "Office visit" : "Telehealth";
}

/** Visits, newest first, each with its notes (signer, time, integrity) and addenda. */
export function EncountersSection({ encounters, action }: { encounters: Encounter[]; action?: ReactNode }) {
  const [shown, setShown] = useState(PAGE);
  return (
    <SectionCard id="encounters" testId="encounters" title="Encounters and notes" count={encounters.length} actions={action}>
      {encounters.length === 0 ? (
        <EmptyLine>No encounters yet.</EmptyLine>
      ) : (
        <>
          <ol className="divide-y divide-slate-100">
            {encounters.slice(0, shown).map((e) => (
              <EncounterItem key={e._id} encounter={e} />
            ))}
          </ol>
          {encounters.length > shown ? (
            <div className="border-t border-slate-100 px-4 py-2">
              <Button size="sm" variant="ghost" onClick={() => setShown((n) => n + PAGE)}>
                Show {Math.min(PAGE, encounters.length - shown)} older encounters
              </Button>
            </div>
          ) : null}
        </>
      )}
    </SectionCard>
  );
}

function EncounterItem({ encounter: e }: { encounter: Encounter }) {
  const chart = useChart();
  const href = `/patients/${chart.patientId}/encounters/${e._id}`;
  const draft = e.notes.find((n) => n.status === "draft");
  const signed = e.notes.filter((n) => n.status === "signed");
  const open = e.status === "open";
  let cta: ReactNode = null;
  if (open && chart.canWriteNotes && signed.length === 0) {
    cta = (
      <Link href={href} className={buttonClass("primary", "sm")}>
        {draft !== undefined ? "Continue note" : "Write note"}
      </Link>
    );
  } else {
    cta = (
      <Link href={href} className={buttonClass("secondary", "sm")}>
        Open<span className="sr-only"> encounter of {formatDateTime(e.startedAt)}</span>
      </Link>
    );
  }
  return (
    <li className="flex flex-col gap-2 px-4 py-3" data-testid="encounter" data-encounter-id={e._id}>
      <div className="flex items-start justify-between gap-3">
        <div className="flex min-w-0 flex-1 flex-col gap-0.5">
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <time dateTime={isoDateTime(e.startedAt)} className="font-semibold text-slate-900 tabular-nums">
              {formatDateTime(e.startedAt)}
            </time>
            <span className="text-slate-500">{encounterTypeLabel(e.type)}</span>
            {open ? <Badge tone="info">Open</Badge> : null}
          </p>
          <p className="text-sm text-slate-800">{e.chiefComplaint ?? <span className="text-slate-500">No chief complaint recorded</span>}</p>
          {e.provider !== null ? <p className="text-xs text-slate-500">{e.provider}</p> : null}
        </div>
        <div className="flex shrink-0 items-center gap-2 print:hidden">{cta}</div>
      </div>
      {e.notes.length === 0 ? (
        <p className="text-xs text-slate-500">No note yet.</p>
      ) : (
        e.notes.map((n) => (
          <details key={n._id} className="group rounded-lg border border-slate-200 bg-slate-50/60 open:bg-white" data-testid="encounter-note">
            <summary className="flex cursor-pointer list-none flex-wrap items-center gap-x-2 gap-y-1 rounded-lg px-3 py-2 text-sm marker:hidden [&::-webkit-details-marker]:hidden">
              <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="h-4 w-4 text-slate-400 transition-transform group-open:rotate-90">
                <path fillRule="evenodd" d="M8.22 5.22a.75.75 0 0 1 1.06 0l4.25 4.25a.75.75 0 0 1 0 1.06l-4.25 4.25a.75.75 0 0 1-1.06-1.06L11.94 10 8.22 6.28a.75.75 0 0 1 0-1.06Z" clipRule="evenodd" />
              </svg>
              <span className="font-medium text-slate-900">SOAP note</span>
              <NoteStatusBadge note={n} />
              <span className="min-w-0 flex-1 truncate text-slate-600">{n.assessment || n.subjective || "Empty draft"}</span>
              {n.addenda.length > 0 ? (
                <span className="text-xs text-slate-500">
                  {n.addenda.length} addend{n.addenda.length === 1 ? "um" : "a"}
                </span>
              ) : null}
            </summary>
            <div className="flex flex-col gap-3 border-t border-slate-200 px-3 py-3">
              <SoapContent note={n} />
              <SignatureLine note={n} />
              <AddendaList addenda={n.addenda} />
              {n.status === "signed" ? (
                <div className="print:hidden">
                  <Link href={`/patients/${chart.patientId}/notes/${n._id}/print`} className={buttonClass("ghost", "sm", "-ml-2")}>
                    Print view
                  </Link>
                </div>
              ) : null}
            </div>
          </details>
        ))
      )}
    </li>
  );
}
