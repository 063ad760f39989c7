import type { ReactNode } from "react";
import { formatYearMonth } from "@/lib/chart-format";
import { Badge } from "@/components/ui/badge";
import { EmptyLine, SectionCard } from "@/components/ui/card";
import type { Clinical } from "./use-clinical";

const SEVERITY_TONE = { severe: "danger", moderate: "warning", mild: "neutral" } as const;

/** Allergies first and loud: the one list nobody should have to scroll for. */
export function AllergiesCard({ allergies, action }: { allergies: Clinical["allergies"]; action?: ReactNode }) {
  const active = allergies.filter((a) => a.status === "active");
  const order = { severe: 0, moderate: 1, mild: 2 } as Record<string, number>;
  const sorted = [...active].sort((a, b) => (order[a.severity] ?? 3) - (order[b.severity] ?? 3) || a.substance.localeCompare(b.substance));
  return (
    <SectionCard
      id="allergies"
      testId="allergies"
      title={
        <span className="inline-flex items-center gap-1.5">
          <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className={`h-4 w-4 ${sorted.length > 0 ? "text-red-600" : "text-slate-400"}`}>
            <path fillRule="evenodd" d="M8.485 2.495c.673-1.167 2.357-1.167 3.03 0l6.28 10.875c.673 1.167-.17 2.625-1.516 2.625H3.72c-1.347 0-2.189-1.458-1.515-2.625L8.485 2.495ZM10 5a.75.75 0 0 1 .75.75v3.5a.75.75 0 0 1-1.5 0v-3.5A.75.75 0 0 1 10 5Zm0 9a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z" clipRule="evenodd" />
          </svg>
          Allergies
        </span>
      }
      count={sorted.length}
      actions={action}
      className={sorted.length > 0 ? "border-red-200" : ""}
    >
      {sorted.length === 0 ? (
        <EmptyLine>No allergies recorded. Confirm with the patient; this is not the same as &ldquo;no known allergies&rdquo;.</EmptyLine>
      ) : (
        <ul className="flex flex-wrap gap-2 px-4 py-3">
          {sorted.map((a) => (
            <li
              key={a._id}
              data-testid="allergy"
              className={`flex items-center gap-2 rounded-lg px-2.5 py-1.5 text-sm ring-1 ring-inset ${
                a.severity === "severe" ? "bg-red-50 ring-red-200" : a.severity === "moderate" ? "bg-amber-50 ring-amber-200" : "bg-slate-50 ring-slate-200"
              }`}
            >
              <span className="font-semibold text-slate-900">{a.substance}</span>
              <span className="text-slate-600">{a.reaction}</span>
              <Badge tone={SEVERITY_TONE[a.severity as keyof typeof SEVERITY_TONE] ?? "neutral"} className="capitalize">
                {a.severity}
              </Badge>
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}

export function ProblemsCard({ problems }: { problems: Clinical["problems"] }) {
  const sorted = [...problems].sort((a, b) => (a.status === b.status ? a.description.localeCompare(b.description) : a.status === "active" ? -1 : 1));
  return (
    <SectionCard id="problems" testId="problems" title="Problems" count={problems.length}>
      {sorted.length === 0 ? (
        <EmptyLine>No problems on the list.</EmptyLine>
      ) : (
        <ul className="divide-y divide-slate-100">
          {sorted.map((p) => (
            <li key={p._id} className={`flex items-start justify-between gap-3 px-4 py-2 text-sm ${p.status !== "active" ? "text-slate-500" : ""}`}>
              <span className="min-w-0">
                <span className={p.status === "active" ? "font-medium text-slate-900" : ""}>{p.description}</span>
                <span className="block text-xs text-slate-500">
                  <span className="font-mono">{p.icd10}</span>
                  {p.onset !== null ? ` · since ${formatYearMonth(p.onset)}` : ""}
                </span>
              </span>
              {p.status !== "active" ? <Badge className="capitalize">{p.status}</Badge> : null}
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}

export function MedicationsCard({ medications, action }: { medications: Clinical["medications"]; action?: ReactNode }) {
  const sorted = [...medications].sort((a, b) => (a.status === b.status ? a.name.localeCompare(b.name) : a.status === "active" ? -1 : 1));
  return (
    <SectionCard id="medications" testId="medications" title="Medications" count={medications.length} actions={action}>
      {sorted.length === 0 ? (
        <EmptyLine>No medications recorded.</EmptyLine>
      ) : (
        <ul className="divide-y divide-slate-100">
          {sorted.map((m) => (
            <li key={m._id} data-testid="medication" className={`flex items-start justify-between gap-3 px-4 py-2 text-sm ${m.status !== "active" ? "text-slate-500" : ""}`}>
              <span className="min-w-0">
                <span className={m.status === "active" ? "font-medium text-slate-900" : "line-through decoration-slate-300"}>{m.name}</span>{" "}
                <span>{m.dose}</span>
                <span className="block text-xs text-slate-500">
                  {m.route} · {m.frequency}
                </span>
              </span>
              {m.status !== "active" ? <Badge className="capitalize">{m.status}</Badge> : null}
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}
