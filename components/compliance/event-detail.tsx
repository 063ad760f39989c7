"use client";

import type { FunctionReturnType } from "convex/server";
import type { api } from "@/convex/_generated/api";
import { formatDateTime } from "@/lib/chart-format";
import { ROLE_LABELS } from "@/lib/roles";
import { ACTION_LABELS, OUTCOME_LABELS, verbLabel } from "@/lib/audit/verbs";
import { Dialog, DialogContent } from "@/components/ui/dialog";

export type AuditRow = FunctionReturnType<typeof api.auditTrail.page>["page"][number];

function Field({ label, children, mono = false }: { label: string; children: React.ReactNode; mono?: boolean }) {
  return (
    <div className="grid grid-cols-[9rem_1fr] gap-3 border-b border-slate-100 py-1.5 text-sm last:border-0">
      <dt className="font-medium text-slate-600">{label}</dt>
      <dd className={`min-w-0 text-slate-900 ${mono ? "font-mono text-xs break-all" : "break-words"}`}>{children}</dd>
    </div>
  );
}

/** Every field of one audit event, including its chain hashes. */
export function EventDetail({ event, onClose, returnFocus }: { event: AuditRow | null; onClose: () => void; returnFocus: () => HTMLElement | null }) {
  return (
    <Dialog open={event !== null} onOpenChange={(open) => !open && onClose()}>
      {event !== null ? (
        <DialogContent
          size="xl"
          testId="event-detail"
          // Opened from a row's button, not a Radix trigger: hand focus back to that button.
          onCloseAutoFocus={(e) => {
            const target = returnFocus();
            if (target !== null && target.isConnected) {
              e.preventDefault();
              target.focus();
            }
          }} title={`Event ${event.seq}: ${verbLabel(event.verb)}`} description="All fields of this audit event as stored.">
          <dl>
            <Field label="Sequence">{event.seq}</Field>
            <Field label="Time">
              {formatDateTime(event.at)} <span className="text-slate-500">({new Date(event.at).toISOString()})</span>
            </Field>
            <Field label="Who">
              {event.actor.kind === "system" ? "The system" : (event.actor.name ?? "Former member")}
              {event.actor.memberId !== null ? <span className="ml-2 font-mono text-xs text-slate-500">{event.actor.memberId}</span> : null}
            </Field>
            <Field label="Role">{event.actor.role !== null ? ROLE_LABELS[event.actor.role] : "—"}</Field>
            <Field label="Event">
              {verbLabel(event.verb)} <span className="font-mono text-xs text-slate-500">{event.verb}</span>
            </Field>
            <Field label="Action">{ACTION_LABELS[event.action]}</Field>
            <Field label="Category">{event.category}</Field>
            <Field label="Outcome">{OUTCOME_LABELS[event.outcome]}</Field>
            <Field label="Emergency access">{event.emergency ? "Yes" : "No"}</Field>
            <Field label="Patient">{event.patient !== null ? `${event.patient.name} · ${event.patient.mrn}` : "—"}</Field>
            <Field label="Purpose">{event.purpose ?? "—"}</Field>
            <Field label="Record" mono>
              {event.resource !== null ? `${event.resource.table}/${event.resource.id}` : "—"}
            </Field>
            <Field label="Details" mono>
              {Object.keys(event.details).length === 0 ? "—" : <pre className="whitespace-pre-wrap">{JSON.stringify(event.details, null, 2)}</pre>}
            </Field>
            <Field label="Previous hash" mono>
              {event.prevHash}
            </Field>
            <Field label="Hash" mono>
              {event.hash}
            </Field>
          </dl>
        </DialogContent>
      ) : null}
    </Dialog>
  );
}
