"use client";

import { useId, useState, type FormEvent } from "react";
import { useMutation } from "convex/react";
import { api } from "@/convex/_generated/api";
import type { Id } from "@/convex/_generated/dataModel";
import { formatIsoDate } from "@/lib/chart-format";
import { errorMessage } from "@/lib/client-errors";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/form-field";

export interface ChosenPatient {
  id: Id<"patients">;
  name: string;
  mrn: string;
}

/**
 * Finds a patient by name, date of birth or MRN for a compliance task. Each
 * lookup is audited (`patient.lookup`), like any other patient search.
 */
export function PatientChooser({
  value,
  onChange,
  label = "Patient",
}: {
  value: ChosenPatient | null;
  onChange: (p: ChosenPatient | null) => void;
  label?: string;
}) {
  const lookup = useMutation(api.accessReport.lookupPatients);
  const [query, setQuery] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [results, setResults] = useState<{ id: Id<"patients">; name: string; mrn: string; dob: string }[] | null>(null);
  const [truncated, setTruncated] = useState(false);
  const id = useId();

  if (value !== null) {
    return (
      <div className="flex flex-col gap-1">
        <span className="text-sm font-medium text-slate-700">{label}</span>
        <div className="flex items-center gap-2 rounded-md border border-slate-300 bg-slate-50 px-3 py-1.5 text-sm" data-testid="chosen-patient">
          <span className="font-medium text-slate-900">{value.name}</span>
          <span className="text-slate-600">{value.mrn}</span>
          <Button size="sm" variant="ghost" className="ml-auto" onClick={() => onChange(null)} aria-label={`Clear patient ${value.name}`}>
            Clear
          </Button>
        </div>
      </div>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    lookup({ query })
      .then((r) => {
        setResults(r.results);
        setTruncated(r.truncated);
      })
      .catch((err: unknown) => setError(errorMessage(err)))
      .finally(() => setBusy(false));
  };

  return (
    <div className="flex flex-col gap-1">
      <form onSubmit={submit} className="flex flex-col gap-1" role="search" aria-label={`Find a patient for the ${label.toLowerCase()} filter`}>
        <label htmlFor={id} className="text-sm font-medium text-slate-700">
          {label}
        </label>
        <div className="flex gap-2">
          <input
            id={id}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="Name, date of birth or MRN"
            className={inputClass(error !== null, "min-w-0")}
            aria-describedby={error !== null ? `${id}-error` : undefined}
            aria-invalid={error !== null || undefined}
          />
          <Button type="submit" busy={busy}>
            Find
          </Button>
        </div>
      </form>
      {error !== null ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {results !== null ? (
        results.length === 0 ? (
          <p role="status" className="text-sm text-slate-600">
            No patient matches. Try the MRN or date of birth.
          </p>
        ) : (
          <ul className="mt-1 flex flex-col divide-y divide-slate-100 rounded-md border border-slate-200 bg-white" aria-label="Matching patients">
            {results.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  onClick={() => {
                    onChange({ id: p.id, name: p.name, mrn: p.mrn });
                    setResults(null);
                    setQuery("");
                  }}
                  className="flex w-full items-center gap-3 px-3 py-2 text-left text-sm hover:bg-slate-50"
                >
                  <span className="font-medium text-slate-900">{p.name}</span>
                  <span className="text-slate-600">{p.mrn}</span>
                  <span className="ml-auto text-slate-500">born {formatIsoDate(p.dob)}</span>
                </button>
              </li>
            ))}
            {truncated ? <li className="px-3 py-2 text-xs text-slate-500">More patients match: add more of the name, or use the MRN.</li> : null}
          </ul>
        )
      ) : null}
    </div>
  );
}
