"use client";

import { useId, useRef, useState, type KeyboardEvent } from "react";
import { useMutation } from "convex/react";
import type { FunctionReturnType } from "convex/server";
import { api } from "@/convex/_generated/api";
import { errorMessage } from "@/lib/client-errors";
import { Button, Spinner } from "@/components/ui/button";
import { inputClass } from "@/components/ui/form-field";
import { RegisterPatientDialog } from "@/components/patients/register-patient-dialog";
import { useViewer } from "@/components/shell/viewer-context";

export type PatientResult = FunctionReturnType<typeof api.patients.search>["results"][number];

export function patientDisplayName(p: Pick<PatientResult, "firstName" | "lastName" | "middleName">): string {
  return `${p.lastName}, ${p.firstName}${p.middleName !== null ? ` ${p.middleName.charAt(0)}.` : ""}`;
}

const DOB = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", month: "short", day: "numeric", year: "numeric" });
export function formatDob(dob: string): string {
  const d = new Date(`${dob}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? dob : DOB.format(d);
}

type State =
  | { status: "idle" }
  | { status: "searching" }
  | { status: "error"; message: string }
  | { status: "done"; results: PatientResult[]; truncated: boolean };

/**
 * Finds the patient to book. Each search is an audited server call, so it runs
 * on Enter or the Search button, not on every keystroke.
 */
export function PatientPicker({
  value,
  onChange,
  error,
  disabled = false,
}: {
  value: PatientResult | null;
  onChange: (p: PatientResult | null) => void;
  error?: string;
  disabled?: boolean;
}) {
  const search = useMutation(api.patients.search);
  const [text, setText] = useState("");
  const [state, setState] = useState<State>({ status: "idle" });
  const inputRef = useRef<HTMLInputElement>(null);
  const changeRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const latest = useRef(0);
  const canRegister = useViewer().active.permissions.includes("demographics.edit");

  async function run() {
    const q = text.trim();
    if (q.length < 2) {
      setState({ status: "error", message: "Type at least 2 characters: a name, a date of birth or an MRN." });
      return;
    }
    const ticket = ++latest.current;
    setState({ status: "searching" });
    try {
      const r = await search({ query: q });
      if (ticket !== latest.current) return;
      setState({ status: "done", results: r.results, truncated: r.truncated });
    } catch (err) {
      if (ticket !== latest.current) return;
      setState({ status: "error", message: errorMessage(err, "The search did not run. Check your connection and try again.") });
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "Enter") {
      // Enter searches; it never submits the booking form.
      e.preventDefault();
      void run();
    }
  }

  if (value !== null) {
    return (
      <div className="flex flex-col gap-1.5">
        <span className="text-sm font-medium text-slate-800">Patient</span>
        <div className="flex items-center justify-between gap-3 rounded-md border border-brand-200 bg-brand-50/60 px-3 py-2" data-testid="chosen-patient">
          <div className="min-w-0">
            <p className="truncate text-sm font-semibold text-slate-900">{patientDisplayName(value)}</p>
            <p className="text-xs text-slate-600">
              Born {formatDob(value.dob)} · {value.mrn}
            </p>
          </div>
          <Button
            ref={changeRef}
            size="sm"
            disabled={disabled}
            onClick={() => {
              onChange(null);
              requestAnimationFrame(() => inputRef.current?.focus());
            }}
          >
            Change<span className="sr-only"> patient</span>
          </Button>
        </div>
      </div>
    );
  }

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const shownError = state.status === "error" ? state.message : error;
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        Patient
      </label>
      <div className="flex gap-2">
        <input
          ref={inputRef}
          id={id}
          type="search"
          value={text}
          disabled={disabled}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          autoComplete="off"
          spellCheck={false}
          placeholder="Name, date of birth or MRN"
          aria-invalid={shownError !== undefined ? true : undefined}
          aria-describedby={`${hintId}${shownError !== undefined ? ` ${errorId}` : ""}`}
          className={inputClass(shownError !== undefined)}
        />
        <Button onClick={() => void run()} busy={state.status === "searching"} disabled={disabled}>
          Search
        </Button>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p id={hintId} className="text-xs text-slate-500">
          Press Enter to search. Searches are recorded in the audit trail.
        </p>
        {canRegister ? (
          <RegisterPatientDialog
            triggerVariant="secondary"
            triggerSize="sm"
            disabled={disabled}
            onRegistered={(p) => {
              // A new patient is chosen at once; this list (and the dialog's trigger) gives way to the
              // chosen patient, so focus goes to its "Change" button.
              onChange(p);
              setState({ status: "idle" });
              setText("");
              requestAnimationFrame(() => changeRef.current?.focus());
            }}
          />
        ) : null}
      </div>
      {shownError !== undefined ? (
        <p id={errorId} className="text-xs font-medium text-red-700">
          {shownError}
        </p>
      ) : null}
      <div role="status" className="sr-only">
        {state.status === "searching"
          ? "Searching…"
          : state.status === "done"
            ? `${state.results.length} patient${state.results.length === 1 ? "" : "s"} found.`
            : ""}
      </div>
      {state.status === "searching" ? (
        <p className="flex items-center gap-2 text-xs text-slate-500">
          <Spinner className="h-3 w-3" /> Searching…
        </p>
      ) : null}
      {state.status === "done" ? (
        state.results.length === 0 ? (
          <p className="rounded-md border border-dashed border-slate-300 px-3 py-2 text-sm text-slate-600">No patient matches “{text.trim()}”.</p>
        ) : (
          <ul aria-label="Matching patients" className="max-h-52 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200" data-testid="patient-results">
            {state.results.map((p) => (
              <li key={p._id}>
                <button
                  type="button"
                  onClick={() => {
                    onChange(p);
                    setState({ status: "idle" });
                    setText("");
                    requestAnimationFrame(() => changeRef.current?.focus());
                  }}
                  className="flex w-full items-center justify-between gap-3 px-3 py-2 text-left hover:bg-slate-50 focus-visible:bg-brand-50"
                >
                  <span className="min-w-0">
                    <span className="block truncate text-sm font-medium text-slate-900">{patientDisplayName(p)}</span>
                    <span className="block text-xs text-slate-500">
                      Born {formatDob(p.dob)} · {p.mrn}
                    </span>
                  </span>
                  <span className="shrink-0 text-xs font-medium text-brand-700">Choose</span>
                </button>
              </li>
            ))}
            {state.truncated ? <li className="px-3 py-2 text-xs text-slate-500">More patients match. Add a first name or the date of birth.</li> : null}
          </ul>
        )
      ) : null}
    </div>
  );
}
