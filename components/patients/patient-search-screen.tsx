"use client";

import Link from "next/link";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useMutation } from "convex/react";
import { api } from "@/convex/_generated/api";
import { ageLabel, formatIsoDate, patientName, SEX_LABELS } from "@/lib/chart-format";
import { errorCodeOf, errorMessage } from "@/lib/client-errors";
import { ERROR_CODES } from "@/lib/errors";
import { Alert, Callout, StatusMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/form-field";
import { useViewer } from "@/components/shell/viewer-context";
import { RegisterPatientDialog } from "./register-patient-trigger";
import { lastSearch, rememberSearch, type PatientSummary, type SearchResponse } from "./search-store";

type State =
  | { status: "idle" }
  | { status: "searching"; query: string }
  | { status: "error"; query: string; message: string; invalid: boolean }
  | { status: "done"; query: string; response: SearchResponse };

/**
 * /patients. Every search is an audited server call, so it runs when the
 * person presses Enter (or the button), not on every keystroke.
 */
export function PatientSearchScreen() {
  const viewer = useViewer();
  const { permissions, membership } = viewer.active;
  if (!permissions.includes("patients.search")) return <NoSearchAccess />;
  return (
    <PatientSearch
      key={membership.practiceId}
      practiceId={membership.practiceId}
      practiceName={membership.practiceName}
      canRegister={permissions.includes("demographics.edit")}
    />
  );
}

function PatientSearch({ practiceId, practiceName, canRegister }: { practiceId: string; practiceName: string; canRegister: boolean }) {
  const [registered, setRegistered] = useState<string | null>(null);
  const search = useMutation(api.patients.search);
  const previous = lastSearch(practiceId);
  const [text, setText] = useState(previous?.query ?? "");
  const [state, setState] = useState<State>(previous ? { status: "done", query: previous.query, response: previous.response } : { status: "idle" });
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const hintId = useId();
  const errorId = useId();
  const latest = useRef(0);

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  async function run() {
    const query = text.trim();
    if (query === "") {
      setState({ status: "error", query, message: "Type a name, a date of birth or an MRN to search.", invalid: true });
      return;
    }
    const ticket = ++latest.current;
    setState({ status: "searching", query });
    try {
      const response = await search({ query });
      if (ticket !== latest.current) return;
      rememberSearch(practiceId, query, response);
      setState({ status: "done", query, response });
    } catch (err) {
      if (ticket !== latest.current) return;
      setState({
        status: "error",
        query,
        message: errorMessage(err, "The search did not run. Check your connection and try again."),
        invalid: errorCodeOf(err) === ERROR_CODES.invalid,
      });
    }
  }

  function focusResult(index: number) {
    const links = listRef.current?.querySelectorAll<HTMLAnchorElement>("a[data-result]");
    if (!links || links.length === 0) return;
    links[Math.max(0, Math.min(links.length - 1, index))]?.focus();
  }

  function onInputKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown" && state.status === "done" && state.response.results.length > 0) {
      e.preventDefault();
      focusResult(0);
    }
  }

  function onListKeyDown(e: KeyboardEvent<HTMLUListElement>) {
    const links = [...(listRef.current?.querySelectorAll<HTMLAnchorElement>("a[data-result]") ?? [])];
    const index = links.findIndex((l) => l === document.activeElement);
    if (index < 0) return;
    if (e.key === "ArrowDown") focusResult(index + 1);
    else if (e.key === "ArrowUp") {
      if (index === 0) inputRef.current?.focus();
      else focusResult(index - 1);
    } else if (e.key === "Home") focusResult(0);
    else if (e.key === "End") focusResult(links.length - 1);
    else if (e.key === "Escape") inputRef.current?.focus();
    else return;
    e.preventDefault();
  }

  const invalid = state.status === "error" && state.invalid;

  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-5">
      <header className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="flex flex-col gap-1">
          <h1 className="text-2xl font-semibold text-slate-900">Patients</h1>
          <p className="text-sm text-slate-600">
            Find a patient of {practiceName} and open the chart. Searches and chart openings are recorded in the audit trail.
          </p>
        </div>
        {canRegister ? (
          <RegisterPatientDialog
            onRegistered={(p) => setRegistered(`${p.firstName} ${p.lastName} is registered with MRN ${p.mrn}. Search by name, date of birth or MRN to open the chart.`)}
          />
        ) : null}
      </header>
      <StatusMessage message={registered} onDismiss={() => setRegistered(null)} testId="register-notice" />

      <form
        role="search"
        aria-label="Patients"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
        className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      >
        <label htmlFor="patient-search" className="text-sm font-medium text-slate-800">
          Search patients
        </label>
        <div className="flex flex-col gap-2 sm:flex-row">
          <div className="relative flex-1">
            <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="pointer-events-none absolute top-1/2 left-3 h-4 w-4 -translate-y-1/2 text-slate-400">
              <path fillRule="evenodd" d="M9 3.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11ZM2 9a7 7 0 1 1 12.452 4.391l3.328 3.329a.75.75 0 1 1-1.06 1.06l-3.329-3.328A7 7 0 0 1 2 9Z" clipRule="evenodd" />
            </svg>
            <input
              ref={inputRef}
              id="patient-search"
              type="search"
              value={text}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={onInputKeyDown}
              autoComplete="off"
              autoCorrect="off"
              autoCapitalize="none"
              spellCheck={false}
              enterKeyHint="search"
              placeholder="Ashdown, Avery · 3/7/1984 · MRN-1100042"
              aria-describedby={`${hintId}${invalid ? ` ${errorId}` : ""}`}
              aria-invalid={invalid || undefined}
              className={inputClass(invalid, "pl-9")}
            />
          </div>
          <Button type="submit" variant="primary" busy={state.status === "searching"} className="sm:w-28">
            {state.status === "searching" ? "Searching…" : "Search"}
          </Button>
        </div>
        <p id={hintId} className="text-xs text-slate-500">
          Last name, &ldquo;Last, First&rdquo;, &ldquo;First Last&rdquo;, date of birth (YYYY-MM-DD or M/D/YYYY) or MRN. Press Enter to
          search, then the arrow keys to move through the results.
        </p>
        {state.status === "error" && state.invalid ? (
          <p id={errorId} role="alert" className="flex items-center gap-1 text-xs font-medium text-red-700">
            <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="h-3.5 w-3.5 shrink-0">
              <path fillRule="evenodd" d="M18 10a8 8 0 1 1-16 0 8 8 0 0 1 16 0Zm-8-5a.75.75 0 0 1 .75.75v4.5a.75.75 0 0 1-1.5 0v-4.5A.75.75 0 0 1 10 5Zm0 10a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z" clipRule="evenodd" />
            </svg>
            {state.message}
          </p>
        ) : null}
      </form>

      <Results state={state} listRef={listRef} onListKeyDown={onListKeyDown} onRetry={() => void run()} />
    </div>
  );
}

function Results({
  state,
  listRef,
  onListKeyDown,
  onRetry,
}: {
  state: State;
  listRef: React.RefObject<HTMLUListElement | null>;
  onListKeyDown: (e: KeyboardEvent<HTMLUListElement>) => void;
  onRetry: () => void;
}) {
  const status =
    state.status === "searching"
      ? "Searching…"
      : state.status === "done"
        ? state.response.results.length === 0
          ? "No patients found."
          : `${state.response.results.length}${state.response.truncated ? "+" : ""} patient${state.response.results.length === 1 ? "" : "s"} found.`
        : "";

  return (
    <section aria-labelledby="results-heading" className="flex flex-col gap-3" aria-busy={state.status === "searching"}>
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="results-heading" className="text-sm font-semibold tracking-wide text-slate-500 uppercase">
          Results
        </h2>
        <p role="status" className="text-xs text-slate-500" data-testid="search-status">
          {status}
        </p>
      </div>

      {state.status === "idle" ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-10 text-center">
          <p className="text-sm font-medium text-slate-800">Search to find a patient</p>
          <p className="mx-auto mt-1 max-w-md text-sm text-slate-500">
            Results show name, date of birth and age, sex and MRN so that patients with similar names can be told apart.
          </p>
        </div>
      ) : null}

      {state.status === "searching" ? (
        <div aria-hidden className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
          {[0, 1, 2].map((i) => (
            <div key={i} className="flex animate-pulse items-center gap-4 border-b border-slate-100 px-4 py-3.5 last:border-0 motion-reduce:animate-none">
              <div className="h-8 w-8 rounded-full bg-slate-100" />
              <div className="flex flex-1 flex-col gap-1.5">
                <div className="h-3 w-1/3 rounded bg-slate-200" />
                <div className="h-2.5 w-1/2 rounded bg-slate-100" />
              </div>
            </div>
          ))}
        </div>
      ) : null}

      {state.status === "error" && !state.invalid ? (
        <Alert
          title="The search did not run"
          action={
            <Button size="sm" onClick={onRetry}>
              Try again
            </Button>
          }
        >
          {state.message}
        </Alert>
      ) : null}

      {state.status === "done" && state.response.results.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-10 text-center" data-testid="search-empty">
          <p className="text-sm font-medium text-slate-800">No patients match that search</p>
          <p className="mx-auto mt-1 max-w-md text-sm text-slate-500">
            Check the spelling, try the last name alone, or search by date of birth or MRN.
          </p>
        </div>
      ) : null}

      {state.status === "done" && state.response.results.length > 0 ? (
        <>
          <ul
            ref={listRef}
            aria-labelledby="results-heading"
            onKeyDown={onListKeyDown}
            data-testid="search-results"
            className="divide-y divide-slate-100 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm"
          >
            {state.response.results.map((p) => (
              <ResultRow key={p._id} patient={p} />
            ))}
          </ul>
          {state.response.truncated ? (
            <Callout tone="info">Showing the first 25 matches. Add a first name or a date of birth to narrow the search.</Callout>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function initials(p: PatientSummary) {
  return `${p.firstName[0] ?? ""}${p.lastName[0] ?? ""}`.toUpperCase();
}

function ResultRow({ patient: p }: { patient: PatientSummary }) {
  const name = patientName(p);
  const age = ageLabel(p.dob);
  const dob = formatIsoDate(p.dob);
  const sex = SEX_LABELS[p.sex];
  return (
    <li>
      <Link
        href={`/patients/${p._id}`}
        data-result
        data-mrn={p.mrn}
        className="group grid grid-cols-[auto_1fr_auto] items-center gap-x-3 gap-y-0.5 px-4 py-3 outline-offset-[-2px] hover:bg-slate-50 focus-visible:bg-brand-50/60"
      >
        <span aria-hidden className="col-start-1 row-span-2 row-start-1 grid h-9 w-9 place-items-center rounded-full bg-slate-100 text-xs font-semibold text-slate-600 group-hover:bg-white">
          {initials(p)}
        </span>
        {/* The link is named by what it shows, in reading order: name, born, sex, MRN (WCAG 2.5.3). */}
        <span className="col-start-2 row-start-1 min-w-0 font-medium break-words text-slate-900">{name}</span>
        <span className="col-start-2 row-start-2 flex flex-wrap gap-x-3 gap-y-0.5 text-sm text-slate-600">
          <span>
            <span className="text-slate-500">Born</span> <span className="tabular-nums">{dob}</span>
            {age ? <span className="text-slate-500"> · {age}</span> : null}
          </span>
          <span>{sex}</span>
          <span className="font-mono text-xs leading-5 text-slate-600 sm:hidden">{p.mrn}</span>
        </span>
        <span className="col-start-3 row-span-2 row-start-1 hidden font-mono text-xs text-slate-600 sm:block">{p.mrn}</span>
      </Link>
    </li>
  );
}

function NoSearchAccess() {
  return (
    <div className="mx-auto mt-6 flex max-w-lg flex-col gap-4">
      <h1 className="text-2xl font-semibold text-slate-900">Patients</h1>
      <Callout tone="info" title="Patient search is not part of your role">
        Front desk, nurses and physicians find patients and open charts. If you need this, ask your practice admin.
      </Callout>
    </div>
  );
}
