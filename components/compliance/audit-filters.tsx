"use client";

import { useId } from "react";
import { ROLE_LABELS, ROLES } from "@/lib/roles";
import { ACTION_LABELS, OUTCOME_LABELS, VERB_LABELS } from "@/lib/audit/verbs";
import { EMPTY_FILTERS, activeFilterCount, type ViewerFilters } from "@/lib/audit/viewer-filters";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/form-field";
import { PatientChooser, type ChosenPatient } from "./patient-chooser";

const VERBS = Object.entries(VERB_LABELS).sort((a, b) => a[1].localeCompare(b[1]));

/** The audit viewer's filters. Every change applies at once and starts again from the first page. */
export function AuditFilters({
  value,
  onChange,
  patient,
  onPatientChange,
  members,
  error,
}: {
  value: ViewerFilters;
  onChange: (f: ViewerFilters) => void;
  patient: ChosenPatient | null;
  onPatientChange: (p: ChosenPatient | null) => void;
  members: { id: string; name: string; role: string; status: string }[] | undefined;
  error: string | null;
}) {
  const id = useId();
  const set = <K extends keyof ViewerFilters>(key: K, v: ViewerFilters[K]) => onChange({ ...value, [key]: v });
  const select = (key: "memberId" | "role" | "action" | "verb" | "outcome", label: string, options: [string, string][], any: string) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`${id}-${key}`} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      <select id={`${id}-${key}`} value={value[key]} onChange={(e) => set(key, e.target.value)} className={inputClass(false)}>
        <option value="">{any}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
  const count = activeFilterCount(value);
  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex items-center justify-between">
        <h2 id={`${id}-title`} className="text-sm font-semibold text-slate-900">
          Filters
        </h2>
        {count > 0 ? (
          <Button
            size="sm"
            variant="ghost"
            onClick={() => {
              onChange(EMPTY_FILTERS);
              onPatientChange(null);
            }}
          >
            Clear {count} filter{count === 1 ? "" : "s"}
          </Button>
        ) : null}
      </div>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-from`} className="text-sm font-medium text-slate-700">
            From
          </label>
          <input id={`${id}-from`} type="date" value={value.fromDate} onChange={(e) => set("fromDate", e.target.value)} className={inputClass(error !== null)} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-to`} className="text-sm font-medium text-slate-700">
            To
          </label>
          <input id={`${id}-to`} type="date" value={value.toDate} onChange={(e) => set("toDate", e.target.value)} className={inputClass(error !== null)} />
        </div>
        {select(
          "memberId",
          "Member",
          (members ?? []).map((m) => [m.id, `${m.name} (${ROLE_LABELS[m.role as keyof typeof ROLE_LABELS] ?? m.role})${m.status === "active" ? "" : ", deactivated"}`]),
          members === undefined ? "Loading members…" : "Anyone",
        )}
        {select("role", "Role", ROLES.map((r) => [r, ROLE_LABELS[r]]), "Any role")}
        {select("verb", "Event", VERBS, "Any event")}
        {select("action", "Action", Object.entries(ACTION_LABELS), "Any action")}
        {select("outcome", "Outcome", Object.entries(OUTCOME_LABELS), "Any outcome")}
        <div className="flex items-end pb-2">
          <label className="inline-flex items-center gap-2 text-sm font-medium text-slate-700">
            <input type="checkbox" checked={value.emergency} onChange={(e) => set("emergency", e.target.checked)} className="h-4 w-4 rounded border-slate-300" />
            Emergency access only
          </label>
        </div>
      </div>
      <div className="max-w-xl">
        <PatientChooser
          value={patient}
          onChange={(p) => {
            onPatientChange(p);
            onChange({ ...value, patientId: p?.id ?? "" });
          }}
        />
      </div>
      {error !== null ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </section>
  );
}
