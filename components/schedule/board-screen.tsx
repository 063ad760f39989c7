"use client";

import Link from "next/link";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useMutation } from "convex/react";
import { api } from "@/convex/_generated/api";
import { errorMessage } from "@/lib/client-errors";
import { formatDateLong, formatDuration, formatTime, minutesBetween } from "@/lib/schedule/format";
import { STATUS_LABELS } from "@/lib/schedule/status";
import { Alert, StatusMessage } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { inputClass } from "@/components/ui/form-field";
import { useViewer } from "@/components/shell/viewer-context";
import { AppointmentDialogContent, Dialog } from "./schedule-dialogs";
import { useScheduleDays, type DayAppointment } from "./schedule-access";
import { useSchedule } from "./schedule-config";
import { STATUS_CHIP, STATUS_DOT } from "./status-style";
import { useNow } from "./use-now";
import { useReturnFocus } from "./use-return-focus";

type Lane = "arrived" | "roomed" | "with_provider";

const LANES: { status: Lane; title: string; empty: string; since: string }[] = [
  { status: "arrived", title: "Waiting room", empty: "No one is waiting.", since: "Waiting" },
  { status: "roomed", title: "Roomed", empty: "No patient is in a room.", since: "In room" },
  { status: "with_provider", title: "With provider", empty: "No visit in progress.", since: "With provider" },
];

const NEXT: Record<Lane, { to: "roomed" | "with_provider" | "completed"; label: string }> = {
  arrived: { to: "roomed", label: "Room" },
  roomed: { to: "with_provider", label: "Start visit" },
  with_provider: { to: "completed", label: "Complete" },
};

/** Minutes after which a wait is shown as long, and as very long. */
const LONG_WAIT = 15;
const VERY_LONG_WAIT = 30;

/**
 * /schedule/board: today's patient flow, live. Who is waiting and for how
 * long (the minutes tick on their own), who is roomed and who is with a
 * provider; nurses and physicians move visits along from here, the front desk
 * checks in arrivals from "Still to arrive".
 */
export function BoardScreen() {
  const { today, timezone, config, canManage, canAdvance } = useSchedule();
  const viewer = useViewer();
  const { days, reopen } = useScheduleDays([today]);
  const day = days[today] ?? { status: "opening" as const };
  const now = useNow(15_000);
  const selfIsProvider = config.providers.some((p) => p._id === viewer.active.membership.memberId);
  const [provider, setProvider] = useState<string>(selfIsProvider ? viewer.active.membership.memberId : "");
  const [notice, setNotice] = useState<string | null>(null);
  const [checkingIn, setCheckingIn] = useState<string | null>(null);
  const providerSelectId = useId();
  // After moving a visit along, its card is in the next lane: focus follows it (or the last lane when it is done).
  const focusAfterAdvance = useRef<string | null>(null);
  useEffect(() => {
    const id = focusAfterAdvance.current;
    if (id === null) return;
    const card = document.querySelector<HTMLElement>(`[data-testid="board-card"][data-appt="${id}"] button`);
    const target = card ?? document.querySelector<HTMLElement>('[data-testid="board-lane-with_provider"] h2');
    if (target !== null && (card !== null || !document.querySelector(`[data-appt="${id}"]`))) {
      focusAfterAdvance.current = null;
      target.focus();
    }
  });
  // After a check-in the row is gone: focus goes to the waiting room, where the patient now is.
  const returnFocus = useReturnFocus(checkingIn !== null, undefined, waitingRoomHeading);

  const appointments = day.status === "ready" ? day.data.appointments.filter((a) => provider === "" || a.providerId === provider) : [];

  const byLane = (status: Lane) =>
    appointments
      .filter((a) => a.status === status)
      .sort((a, b) => (a.arrivedAt ?? a.statusChangedAt) - (b.arrivedAt ?? b.statusChangedAt));
  const upcoming = appointments.filter((a) => a.status === "scheduled").sort((a, b) => a.start - b.start);
  const done = appointments.filter((a) => a.status === "completed").length;
  const noShows = appointments.filter((a) => a.status === "no_show").length;
  const checkInAppointment = checkingIn !== null ? (day.status === "ready" ? day.data.appointments.find((a) => a._id === checkingIn) : undefined) : undefined;

  let body: ReactNode;
  if (day.status === "opening" || day.status === "loading") {
    body = (
      <div className="flex flex-col gap-3" aria-busy="true">
        <div className="grid gap-4 lg:grid-cols-3">
          {LANES.map((l) => (
            <div key={l.status} aria-hidden className="h-48 animate-pulse rounded-xl border border-slate-200 bg-white motion-reduce:animate-none" />
          ))}
        </div>
      </div>
    );
  } else if (day.status === "closed") {
    body = (
      <div className="mx-auto flex max-w-md flex-col items-center gap-3 rounded-xl border border-slate-200 bg-white px-6 py-8 text-center shadow-sm" data-testid="board-closed">
        <p className="font-semibold text-slate-900">The board closed after a period without activity</p>
        <p className="text-sm text-slate-600">Patient names stay hidden until you open it again. Opening it is recorded in the audit trail.</p>
        <Button variant="primary" onClick={() => reopen([today])}>
          Open the board again
        </Button>
      </div>
    );
  } else if (day.status === "error") {
    body = (
      <Alert
        title="Today's board could not be opened"
        action={
          <Button size="sm" onClick={() => reopen([today])}>
            Try again
          </Button>
        }
      >
        {day.message}
      </Alert>
    );
  } else {
    body = (
      <>
        <div className="grid gap-4 lg:grid-cols-3">
          {LANES.map((lane) => (
            <LaneColumn
              key={lane.status}
              lane={lane}
              items={byLane(lane.status)}
              now={now}
              timezone={timezone}
              canAdvance={canAdvance}
              onDone={(message, id) => {
                setNotice(message);
                focusAfterAdvance.current = id;
              }}
            />
          ))}
        </div>
        <Upcoming items={upcoming} now={now} timezone={timezone} canManage={canManage} onCheckIn={(a) => setCheckingIn(a._id)} />
      </>
    );
  }

  const waiting = appointments.filter((a) => a.status === "arrived").length;
  const roomed = appointments.filter((a) => a.status === "roomed").length;
  const withProvider = appointments.filter((a) => a.status === "with_provider").length;

  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div className="flex flex-col gap-0.5">
          <h1 className="text-2xl font-semibold text-slate-900">Today board</h1>
          <p className="text-sm text-slate-600">
            <span className="font-medium text-slate-800">{formatDateLong(today)}</span> · {formatTime(now, timezone)}
          </p>
        </div>
        {config.providers.length > 1 ? (
          <div className="flex items-center gap-2">
            <label htmlFor={providerSelectId} className="text-sm text-slate-600">
              Provider
            </label>
            <select id={providerSelectId} value={provider} onChange={(e) => setProvider(e.target.value)} className={inputClass(false, "w-auto py-1.5 pr-8")}>
              <option value="">All providers</option>
              {config.providers.map((p) => (
                <option key={p._id} value={p._id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </header>

      <p role="status" className="flex items-start gap-2 text-xs text-slate-600" data-testid="board-summary">
        {day.status === "ready" ? (
          <>
            <span aria-hidden className="mt-1 h-2 w-2 shrink-0 rounded-full bg-emerald-500" />
            <span>
              {waiting} waiting · {roomed} roomed · {withProvider} with provider · {upcoming.length} still to arrive · {done} done
              {noShows > 0 ? ` · ${noShows} no-show` : ""}. <span className="text-slate-500">Updates live; waiting times count up on their own.</span>
            </span>
          </>
        ) : day.status === "opening" || day.status === "loading" ? (
          <>
            <Spinner className="h-3 w-3 text-brand-600" /> Opening today&apos;s board…
          </>
        ) : (
          ""
        )}
      </p>

      <StatusMessage testId="board-notice" message={notice} onDismiss={() => setNotice(null)} />

      {body}

      {checkInAppointment !== undefined ? (
        <Dialog
          open
          onOpenChange={(open) => {
            if (!open) setCheckingIn(null);
          }}
        >
          <AppointmentDialogContent
            key={checkInAppointment._id}
            appointment={checkInAppointment}
            date={today}
            initialMode="check-in"
            onCloseAutoFocus={returnFocus}
            onDone={(message) => {
              setCheckingIn(null);
              setNotice(message);
            }}
            onMoved={() => setCheckingIn(null)}
          />
        </Dialog>
      ) : null}
    </div>
  );
}

function waitingRoomHeading() {
  return document.querySelector<HTMLElement>('[data-testid="board-lane-arrived"] h2');
}

function waitTone(minutes: number): string {
  if (minutes >= VERY_LONG_WAIT) return "bg-red-50 text-red-800 ring-red-200";
  if (minutes >= LONG_WAIT) return "bg-amber-50 text-amber-900 ring-amber-200";
  return "bg-slate-50 text-slate-700 ring-slate-200";
}

function LaneColumn({
  lane,
  items,
  now,
  timezone,
  canAdvance,
  onDone,
}: {
  lane: (typeof LANES)[number];
  items: DayAppointment[];
  now: number;
  timezone: string;
  canAdvance: boolean;
  onDone: (message: string, appointmentId: string) => void;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="flex min-w-0 flex-col rounded-xl border border-slate-200 bg-white shadow-sm" data-testid={`board-lane-${lane.status}`}>
      <div className="flex items-center justify-between gap-2 border-b border-slate-100 px-4 py-2.5">
        <h2 id={headingId} tabIndex={-1} className="flex items-center gap-2 text-sm font-semibold text-slate-900 outline-none">
          <span aria-hidden className={`h-2 w-2 rounded-full ${STATUS_DOT[lane.status]}`} />
          {lane.title}
          <span className="rounded-full bg-slate-100 px-1.5 py-0.5 text-[11px] font-semibold text-slate-600 tabular-nums">{items.length}</span>
        </h2>
      </div>
      {items.length === 0 ? (
        <p className="px-4 py-6 text-center text-sm text-slate-500">{lane.empty}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {items.map((a) => (
            <BoardCard key={a._id} appointment={a} lane={lane} now={now} timezone={timezone} canAdvance={canAdvance} onDone={onDone} />
          ))}
        </ul>
      )}
    </section>
  );
}

function BoardCard({
  appointment: a,
  lane,
  now,
  timezone,
  canAdvance,
  onDone,
}: {
  appointment: DayAppointment;
  lane: (typeof LANES)[number];
  now: number;
  timezone: string;
  canAdvance: boolean;
  onDone: (message: string, appointmentId: string) => void;
}) {
  const { providerName } = useSchedule();
  const advance = useMutation(api.appointments.advance);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const inStep = minutesBetween(a.statusChangedAt, now);
  const sinceArrival = a.arrivedAt !== null ? minutesBetween(a.arrivedAt, now) : null;
  const shown = lane.status === "arrived" && sinceArrival !== null ? sinceArrival : inStep;
  const next = NEXT[lane.status];

  useEffect(() => {
    if (error !== null) errorRef.current?.focus();
  }, [error]);

  return (
    <li className="flex flex-col gap-2 px-4 py-3" data-testid="board-card" data-status={a.status} data-appt={a._id}>
      <div className="min-w-0">
        <p className="font-semibold [overflow-wrap:anywhere] text-slate-900">{a.patientName}</p>
        <p className="text-xs text-slate-600">
          {a.typeName} · {formatTime(a.start, timezone)} · {providerName(a.providerId)}
        </p>
        {lane.status !== "arrived" && sinceArrival !== null ? (
          <p className="text-xs text-slate-500">
            Arrived {formatTime(a.arrivedAt!, timezone)}, {formatDuration(sinceArrival)} ago
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span
          className={`rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap tabular-nums ring-1 ring-inset ${waitTone(lane.status === "arrived" ? shown : 0)}`}
          data-testid="board-wait"
        >
          {lane.since} {formatDuration(shown)}
        </span>
        {canAdvance ? (
          <Button
            size="sm"
            variant={lane.status === "with_provider" ? "secondary" : "primary"}
            busy={pending}
            onClick={() => {
              setPending(true);
              setError(null);
              advance({ appointmentId: a._id, to: next.to })
                .then(() => onDone(`${a.patientName}: ${STATUS_LABELS[next.to].toLowerCase()}.`, a._id))
                .catch((err: unknown) => setError(errorMessage(err, "The status was not changed. Try again.")))
                .finally(() => setPending(false));
            }}
          >
            {next.label}
            <span className="sr-only"> {a.patientName}</span>
          </Button>
        ) : null}
      </div>
      {error !== null ? (
        <p ref={errorRef} tabIndex={-1} role="alert" className="text-xs font-medium text-red-700 outline-none">
          {error}
        </p>
      ) : null}
    </li>
  );
}

function Upcoming({
  items,
  now,
  timezone,
  canManage,
  onCheckIn,
}: {
  items: DayAppointment[];
  now: number;
  timezone: string;
  canManage: boolean;
  onCheckIn: (a: DayAppointment) => void;
}) {
  const { providerName } = useSchedule();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-white shadow-sm" data-testid="board-upcoming">
      <div className="flex items-center justify-between gap-2 border-b border-slate-100 px-4 py-2.5">
        <h2 id={headingId} className="flex items-center gap-2 text-sm font-semibold text-slate-900">
          <span aria-hidden className={`h-2 w-2 rounded-full ${STATUS_DOT.scheduled}`} />
          Still to arrive
          <span className="rounded-full bg-slate-100 px-1.5 py-0.5 text-[11px] font-semibold text-slate-600 tabular-nums">{items.length}</span>
        </h2>
        <Link href="/schedule" className="text-xs font-medium text-brand-700 hover:underline">
          Open the calendar
        </Link>
      </div>
      {items.length === 0 ? (
        <p className="px-4 py-6 text-center text-sm text-slate-500">Everyone booked for today has arrived or is accounted for.</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {items.map((a) => {
            const late = now > a.start ? minutesBetween(a.start, now) : 0;
            return (
              <li key={a._id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-2.5" data-testid="board-upcoming-row" data-appt={a._id}>
                <div className="flex min-w-0 items-center gap-3">
                  <span className="w-16 shrink-0 text-sm font-semibold text-slate-900 tabular-nums">{formatTime(a.start, timezone)}</span>
                  <div className="min-w-0">
                    <p className="truncate text-sm font-medium text-slate-900">{a.patientName}</p>
                    <p className="truncate text-xs text-slate-600">
                      {a.typeName} · {providerName(a.providerId)}
                    </p>
                  </div>
                </div>
                <div className="flex items-center gap-2">
                  {late > 0 ? (
                    <span className={`rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${late >= LONG_WAIT ? STATUS_CHIP.no_show : STATUS_CHIP.with_provider}`}>
                      Late {formatDuration(late)}
                    </span>
                  ) : null}
                  {canManage ? (
                    <Button size="sm" onClick={() => onCheckIn(a)}>
                      Check in<span className="sr-only"> {a.patientName}</span>
                    </Button>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
