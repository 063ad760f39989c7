import { formatDateTime, isoDateTime } from "@/lib/chart-format";
import { Badge } from "@/components/ui/badge";
import type { Note } from "@/components/chart/use-clinical";

export const SOAP_SECTIONS = [
  { key: "subjective", label: "Subjective", hint: "History, symptoms in the patient's words" },
  { key: "objective", label: "Objective", hint: "Examination, vitals, results" },
  { key: "assessment", label: "Assessment", hint: "Diagnosis or differential" },
  { key: "plan", label: "Plan", hint: "Treatment, orders, follow-up" },
] as const;

export type SoapKey = (typeof SOAP_SECTIONS)[number]["key"];

const CHECK = "M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm3.857-9.809a.75.75 0 0 0-1.214-.882l-3.483 4.79-1.88-1.88a.75.75 0 1 0-1.06 1.061l2.5 2.5a.75.75 0 0 0 1.137-.089l4-5.5Z";
const WARN =
  "M8.485 2.495c.673-1.167 2.357-1.167 3.03 0l6.28 10.875c.673 1.167-.17 2.625-1.516 2.625H3.72c-1.347 0-2.189-1.458-1.515-2.625L8.485 2.495ZM10 5a.75.75 0 0 1 .75.75v3.5a.75.75 0 0 1-1.5 0v-3.5A.75.75 0 0 1 10 5Zm0 9a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z";

/** Whether the signed content still matches the hash stored at signing. */
export function IntegrityBadge({ integrity }: { integrity: "intact" | "mismatch" | null }) {
  if (integrity === null) return null;
  const intact = integrity === "intact";
  return (
    <Badge
      tone={intact ? "success" : "danger"}
      icon={
        <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="h-3.5 w-3.5">
          <path fillRule="evenodd" d={intact ? CHECK : WARN} clipRule="evenodd" />
        </svg>
      }
    >
      <span data-testid="integrity-badge">{intact ? "Integrity verified" : "Content changed since signing"}</span>
    </Badge>
  );
}

export function NoteStatusBadge({ note }: { note: Pick<Note, "status"> }) {
  return note.status === "signed" ? <Badge tone="brand">Signed</Badge> : <Badge tone="warning">Draft</Badge>;
}

/** The four SOAP sections, read-only. */
export function SoapContent({ note, headingLevel = 4 }: { note: Pick<Note, SoapKey>; headingLevel?: 3 | 4 }) {
  const H = headingLevel === 3 ? "h3" : "h4";
  return (
    <div className="grid gap-x-6 gap-y-3 sm:grid-cols-2 print:grid-cols-1">
      {SOAP_SECTIONS.map((s) => (
        <div key={s.key} className="min-w-0 break-inside-avoid">
          <H className="text-[11px] font-semibold tracking-wide text-slate-500 uppercase">{s.label}</H>
          {note[s.key].trim() === "" ? (
            <p className="text-sm text-slate-500 italic">Not documented</p>
          ) : (
            <p className="text-sm leading-relaxed whitespace-pre-wrap text-slate-900" data-testid={`note-${s.key}`}>
              {note[s.key]}
            </p>
          )}
        </div>
      ))}
    </div>
  );
}

/** "Signed by … at …" with the integrity badge. */
export function SignatureLine({ note }: { note: Pick<Note, "status" | "signedBy" | "signedAt" | "integrity" | "author" | "updatedAt"> }) {
  if (note.status !== "signed" || note.signedAt === null) {
    return (
      <p className="text-xs text-slate-500">
        Draft{note.author !== null ? ` by ${note.author}` : ""}, last saved <time dateTime={isoDateTime(note.updatedAt)}>{formatDateTime(note.updatedAt)}</time>. Not signed.
      </p>
    );
  }
  return (
    <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600" data-testid="signature-line">
      <span>
        Electronically signed by <span className="font-semibold text-slate-900">{note.signedBy ?? "unknown"}</span> on{" "}
        <time dateTime={isoDateTime(note.signedAt)}>{formatDateTime(note.signedAt)}</time>
      </span>
      <IntegrityBadge integrity={note.integrity} />
    </p>
  );
}

/** Signed addenda beneath a note, oldest first. */
export function AddendaList({ addenda }: { addenda: Note["addenda"] }) {
  if (addenda.length === 0) return null;
  const sorted = [...addenda].sort((a, b) => a.signedAt - b.signedAt);
  return (
    <section aria-label="Addenda" className="flex flex-col gap-2">
      <h4 className="text-[11px] font-semibold tracking-wide text-slate-500 uppercase">
        Addenda <span className="font-normal normal-case">({sorted.length})</span>
      </h4>
      <ol className="flex flex-col gap-2" data-testid="addenda">
        {sorted.map((a, i) => (
          <li key={a._id} className="break-inside-avoid rounded-lg border-l-4 border-brand-200 bg-slate-50 px-3 py-2 print:bg-white" data-testid="addendum">
            <p className="text-sm whitespace-pre-wrap text-slate-900">{a.text}</p>
            <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600">
              <span>
                Addendum {i + 1}, signed by <span className="font-semibold text-slate-900">{a.author ?? "unknown"}</span> on{" "}
                <time dateTime={isoDateTime(a.signedAt)}>{formatDateTime(a.signedAt)}</time>
              </span>
              <IntegrityBadge integrity={a.integrity} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
