"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from "react";
import { useMutation } from "convex/react";
import { api } from "@/convex/_generated/api";
import { errorCodeOf, errorMessage } from "@/lib/client-errors";
import { isHoursConflict } from "@/lib/schedule/conflicts";
import { formatClock, formatDateLong, formatDateMedium, formatRange, formatWeekdayParts, plural } from "@/lib/schedule/format";
import { weekOf } from "@/lib/schedule/grid";
import { APPOINTMENT_STATUSES, STATUS_LABELS, type AppointmentStatus } from "@/lib/schedule/status";
import { addDays, isValidDate, localTime } from "@/lib/schedule/time";
import { Alert, StatusMessage } from "@/components/ui/alert";
import { Button, Spinner } from "@/components/ui/button";
import { inputClass } from "@/components/ui/form-field";
import type { Moved } from "./appointment-dialog";
import type { BlocksFor, BookPrefill, Booked } from "./book-dialog";
import { AppointmentDialogContent, Dialog, OverrideDialog, BookDialogContent } from "./schedule-dialogs";
import { useScheduleDays, type DayAppointment, type DayState } from "./schedule-access";
import { useSchedule } from "./schedule-config";
import { OverrideIcon, SeriesIcon, TimeGrid, type GridColumn, type PendingMove, type SlotChoice } from "./time-grid";
import { STATUS_DOT } from "./status-style";
import { useNow } from "./use-now";
import { ViewSwitch } from "./view-switch";
import { useReturnFocus } from "./use-return-focus";

type View = "day" | "week";

interface Notice {
  text: string;
  undo?: () => void;
}

interface DropRequest {
  appointment: DayAppointment;
  fromDate: string;
  to: SlotChoice;
  pending: PendingMove;
}

/**
 * /schedule. Day view: one column per provider. Week view: one provider,
 * Monday to Sunday. The date, view and provider live in the URL, so a reload
 * or a shared link shows the same calendar.
 */
export function CalendarScreen() {
  const s = useSchedule();
  const { config, today, timezone, canManage, providerName } = s;
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const now = useNow(30_000);

  const paramDate = params.get("date");
  const date = paramDate !== null && isValidDate(paramDate) ? paramDate : today;
  const view: View = params.get("view") === "week" ? "week" : "day";
  const paramProvider = params.get("provider");
  const weekProvider = config.providers.find((p) => p._id === paramProvider) ?? config.providers[0];

  const go = useCallback(
    (patch: { date?: string; view?: View; provider?: string }) => {
      const next = new URLSearchParams(params.toString());
      if (patch.date !== undefined) {
        if (patch.date === today) next.delete("date");
        else next.set("date", patch.date);
      }
      if (patch.view !== undefined) {
        if (patch.view === "day") next.delete("view");
        else next.set("view", patch.view);
      }
      if (patch.provider !== undefined) next.set("provider", patch.provider);
      const qs = next.toString();
      router.replace(qs === "" ? pathname : `${pathname}?${qs}`, { scroll: false });
    },
    [params, pathname, router, today],
  );

  const dates = useMemo(() => (view === "day" ? [date] : weekOf(date)), [view, date]);
  const { days, reopen } = useScheduleDays(dates);

  const [showCancelled, setShowCancelled] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [moveError, setMoveError] = useState<string | null>(null);
  const [highlightId, setHighlightId] = useState<string | null>(null);
  // An appointment to focus once it is on screen (after a move it is a new button).
  const focusTarget = useRef<string | null>(null);
  const setFocusId = (id: string) => {
    focusTarget.current = id;
  };
  const [bookPrefill, setBookPrefill] = useState<(BookPrefill & { key: number }) | null>(null);
  const [selected, setSelected] = useState<{ id: string; date: string } | null>(null);
  const [pendingMove, setPendingMove] = useState<PendingMove | null>(null);
  const [overrideFor, setOverrideFor] = useState<DropRequest | null>(null);
  const move = useMutation(api.appointments.move);
  const bookButton = useRef<HTMLButtonElement>(null);
  const moveErrorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (moveError !== null) moveErrorRef.current?.focus();
  }, [moveError]);

  // Closing a dialog puts focus back on the appointment (wherever it is now) or the Book button.
  const selectedId = selected?.id ?? null;
  const appointmentButton = useCallback(
    () => (selectedId !== null ? document.querySelector<HTMLElement>(`[data-appt="${selectedId}"]`) : null),
    [selectedId],
  );
  const bookButtonEl = useCallback(() => bookButton.current, []);
  const appointmentReturnFocus = useReturnFocus(selected !== null, appointmentButton, bookButtonEl);
  const bookReturnFocus = useReturnFocus(bookPrefill !== null, undefined, bookButtonEl);

  useEffect(() => {
    const id = focusTarget.current;
    if (id === null) return;
    const el = document.querySelector<HTMLElement>(`[data-appt="${id}"]`);
    if (el !== null) {
      focusTarget.current = null;
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: "nearest", inline: "nearest" });
    }
  });

  // A highlight fades after a while.
  useEffect(() => {
    if (highlightId === null) return;
    const t = setTimeout(() => setHighlightId(null), 6000);
    return () => clearTimeout(t);
  }, [highlightId]);

  const blocksFor: BlocksFor = useCallback(
    (providerId, d) => {
      const st = days[d];
      if (st?.status !== "ready") return null;
      return st.data.providers.find((p) => p._id === providerId)?.blocks ?? [];
    },
    [days],
  );

  // The selected appointment, live.
  let selectedAppointment: { appointment: DayAppointment; date: string } | null = null;
  if (selected !== null) {
    for (const d of [selected.date, ...dates]) {
      const st = days[d];
      const a = st?.status === "ready" ? st.data.appointments.find((x) => x._id === selected.id) : undefined;
      if (a !== undefined) {
        selectedAppointment = { appointment: a, date: d };
        break;
      }
    }
  }

  const columns: GridColumn[] = useMemo(() => {
    if (view === "day") {
      const st = days[date] ?? { status: "opening" };
      const data = st.status === "ready" ? st.data : null;
      const providers = data?.providers ?? config.providers.map((p) => ({ _id: p._id, name: p.name, blocks: [] }));
      return providers.map((p) => {
        const info = config.providers.find((x) => x._id === p._id);
        const appts = data?.appointments.filter((a) => a.providerId === p._id) ?? [];
        const booked = appts.filter((a) => a.status !== "cancelled").length;
        return {
          key: `${date}:${p._id}`,
          date,
          providerId: p._id,
          providerName: p.name,
          label: `${p.name}, ${formatDateLong(date)}`,
          isToday: date === today,
          state: st.status,
          message: st.status === "error" ? st.message : undefined,
          blocks: p.blocks,
          appointments: appts,
          heading: (
            <div className="flex min-w-0 flex-col">
              <span className="truncate text-sm font-semibold text-slate-900">{p.name}</span>
              <span className="truncate text-xs text-slate-500">
                {info?.title ?? "Provider"}
                {data !== null ? ` · ${p.blocks.length === 0 ? "Not working" : plural(booked, "visit")}` : ""}
              </span>
            </div>
          ),
        };
      });
    }
    if (weekProvider === undefined) return [];
    return dates.map((d) => {
      const st = days[d] ?? { status: "opening" as const };
      const data = st.status === "ready" ? st.data : null;
      const blocks = data?.providers.find((p) => p._id === weekProvider._id)?.blocks ?? [];
      const appts = data?.appointments.filter((a) => a.providerId === weekProvider._id) ?? [];
      const { weekday, monthDay } = formatWeekdayParts(d);
      const booked = appts.filter((a) => a.status !== "cancelled").length;
      return {
        key: `${d}:${weekProvider._id}`,
        date: d,
        providerId: weekProvider._id,
        providerName: weekProvider.name,
        label: `${weekProvider.name}, ${formatDateLong(d)}`,
        isToday: d === today,
        state: st.status,
        message: st.status === "error" ? st.message : undefined,
        blocks,
        appointments: appts,
        onReopen: () => reopen([d]),
        heading: (
          <button
            type="button"
            onClick={() => go({ date: d, view: "day" })}
            className="flex w-full min-w-0 flex-col rounded text-left hover:text-brand-700"
          >
            {/* Named by what it shows (WCAG 2.5.3), after what it does. */}
            <span className="sr-only">Open the day view: </span>
            <span className="flex items-baseline justify-between gap-1">
              <span className={`text-xs font-medium uppercase ${d === today ? "text-brand-700" : "text-slate-500"}`}>{weekday}</span>
              {data !== null ? (
                <span className="truncate text-[11px] text-slate-500">{blocks.length === 0 ? "Off" : plural(booked, "visit")}</span>
              ) : null}
            </span>
            <span className={`text-sm font-semibold whitespace-nowrap ${d === today ? "text-brand-700" : "text-slate-900"}`}>{monthDay}</span>
          </button>
        ),
      };
    });
  }, [view, days, date, dates, config.providers, today, weekProvider, reopen, go]);

  function openBooking(prefill: BookPrefill) {
    setNotice(null);
    setBookPrefill({ ...prefill, key: Date.now() });
  }

  function onBooked(b: Booked) {
    setBookPrefill(null);
    const when = `${formatDateMedium(b.date)} at ${formatClock(b.time)} with ${providerName(b.providerId)}`;
    setNotice({
      text:
        b.count === 1
          ? `Booked ${b.patientName} on ${when}.`
          : `Booked ${plural(b.count, "visit")} for ${b.patientName}, from ${when}${b.skipped.length > 0 ? `; skipped ${b.skipped.map(formatDateMedium).join(", ")}` : ""}.`,
    });
    setHighlightId(b.appointmentIds[0] ?? null);
    if (!dates.includes(b.date)) go({ date: b.date });
  }

  async function runMove(req: DropRequest, overrideReason?: string): Promise<string | null> {
    const { appointment: a, to } = req;
    setMoveError(null);
    setPendingMove(req.pending);
    try {
      await move({ appointmentId: a._id, date: to.date, time: to.time, providerId: to.providerId, overrideReason });
      const back = { date: req.fromDate, time: localTime(a.start, timezone), providerId: a.providerId };
      setNotice({
        text: `Moved ${a.patientName} to ${formatDateMedium(to.date)} at ${formatClock(to.time)} with ${providerName(to.providerId)}.`,
        undo: () => {
          setNotice(null);
          move({ appointmentId: a._id, ...back })
            .then(() => {
              setNotice({ text: `Moved ${a.patientName} back to ${formatClock(back.time)}.` });
              setFocusId(a._id);
            })
            .catch((err: unknown) => setMoveError(errorMessage(err, "The move was not undone. Try again.")));
        },
      });
      setHighlightId(a._id);
      setFocusId(a._id);
      return null;
    } catch (err) {
      const message = errorMessage(err, "The appointment was not moved. Try again.");
      if (overrideReason !== undefined) return message;
      if (isHoursConflict(errorCodeOf(err), message)) setOverrideFor(req);
      else setMoveError(message);
      return message;
    } finally {
      setPendingMove(null);
    }
  }

  function onDrop(a: DayAppointment, from: GridColumn, to: SlotChoice & { column: GridColumn; minute: number }) {
    setNotice(null);
    const durationMin = Math.round((a.end - a.start) / 60_000);
    const req: DropRequest = {
      appointment: a,
      fromDate: from.date,
      to: { date: to.date, time: to.time, providerId: to.providerId },
      pending: { appointmentId: a._id, columnKey: to.column.key, minute: to.minute, durationMin },
    };
    void runMove(req);
  }

  const heading = view === "day" ? formatDateLong(date) : formatRange(dates[0]!, dates[6]!);
  const step = view === "day" ? 1 : 7;
  const unit = view === "day" ? "day" : "week";

  // The overall state, said once for screen readers and shown calmly.
  const states = dates.map((d) => days[d] ?? ({ status: "opening" } as DayState));
  const opening = states.some((st) => st.status === "opening" || st.status === "loading");
  const dayState = view === "day" ? states[0]! : null;
  const readyAppointments = states.flatMap((st) => (st.status === "ready" ? st.data.appointments : []));
  const relevant = view === "day" ? readyAppointments : readyAppointments.filter((a) => a.providerId === weekProvider?._id);
  const cancelledCount = relevant.filter((a) => a.status === "cancelled").length;

  let overlay: ReactNode | undefined;
  if (dayState !== null && dayState.status !== "ready") {
    overlay =
      dayState.status === "opening" || dayState.status === "loading" ? (
        <div className="flex items-center justify-center gap-3 rounded-xl bg-white/95 px-5 py-4 text-sm text-slate-700 shadow-lg ring-1 ring-slate-200">
          <Spinner className="h-4 w-4 text-brand-600" />
          Opening the schedule for {formatDateMedium(date)}…
        </div>
      ) : dayState.status === "closed" ? (
        <div className="flex flex-col items-center gap-3 rounded-xl bg-white px-5 py-5 text-center shadow-lg ring-1 ring-slate-200" data-testid="schedule-closed">
          <p className="text-sm font-semibold text-slate-900">This schedule closed after a period without activity</p>
          <p className="text-sm text-slate-600">Patient names stay hidden until you open it again. Opening it is recorded in the audit trail.</p>
          <Button variant="primary" onClick={() => reopen([date])}>
            Open the schedule again
          </Button>
        </div>
      ) : (
        <Alert
          title="The schedule could not be opened"
          action={
            <Button size="sm" onClick={() => reopen([date])}>
              Try again
            </Button>
          }
        >
          {dayState.message}
        </Alert>
      );
  }

  const summary = opening
    ? `Opening the schedule for ${heading}…`
    : dayState?.status === "closed"
      ? "The schedule is closed."
      : `${heading}: ${plural(relevant.filter((a) => a.status !== "cancelled").length, "appointment")}${
          cancelledCount > 0 ? `, ${cancelledCount} cancelled` : ""
        }.`;

  const counts = new Map<AppointmentStatus, number>();
  for (const a of relevant) counts.set(a.status, (counts.get(a.status) ?? 0) + 1);

  const dateInputId = useId();
  const providerSelectId = useId();

  return (
    <div className="flex flex-col gap-4">
      <header className="flex items-end justify-between gap-3">
        <div className="flex min-w-0 flex-col gap-0.5">
          <h1 className="text-2xl font-semibold text-slate-900">Schedule</h1>
          <p className="text-sm text-slate-600" data-testid="schedule-heading">
            <span className="font-medium text-slate-800">{heading}</span>
            {view === "week" && weekProvider !== undefined ? <span> · {weekProvider.name}</span> : null}
            {dates.includes(today) ? (
              <span className="ml-2 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700 ring-1 ring-brand-200 ring-inset">
                {view === "day" ? "Today" : "This week"}
              </span>
            ) : null}
          </p>
        </div>
        {canManage ? (
          <Button ref={bookButton} variant="primary" className="shrink-0" onClick={() => openBooking({ date: date < today ? today : date })}>
            <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="-ml-0.5 h-4 w-4">
              <path d="M10.75 4.75a.75.75 0 0 0-1.5 0v4.5h-4.5a.75.75 0 0 0 0 1.5h4.5v4.5a.75.75 0 0 0 1.5 0v-4.5h4.5a.75.75 0 0 0 0-1.5h-4.5v-4.5Z" />
            </svg>
            <span>
              Book<span className="max-sm:sr-only"> appointment</span>
            </span>
          </Button>
        ) : null}
      </header>

      <div className="flex flex-wrap items-center gap-x-4 gap-y-2" role="group" aria-label="Calendar controls">
        <div className="flex items-center gap-1">
          <Button size="sm" aria-label={`Previous ${unit}`} onClick={() => go({ date: addDays(date, -step) })}>
            <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="h-4 w-4">
              <path fillRule="evenodd" d="M11.78 5.22a.75.75 0 0 1 0 1.06L8.06 10l3.72 3.72a.75.75 0 1 1-1.06 1.06l-4.25-4.25a.75.75 0 0 1 0-1.06l4.25-4.25a.75.75 0 0 1 1.06 0Z" clipRule="evenodd" />
            </svg>
          </Button>
          <Button size="sm" onClick={() => go({ date: today })} disabled={dates.includes(today)}>
            Today
          </Button>
          <Button size="sm" aria-label={`Next ${unit}`} onClick={() => go({ date: addDays(date, step) })}>
            <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="h-4 w-4">
              <path fillRule="evenodd" d="M8.22 5.22a.75.75 0 0 1 1.06 0l4.25 4.25a.75.75 0 0 1 0 1.06l-4.25 4.25a.75.75 0 0 1-1.06-1.06L11.94 10 8.22 6.28a.75.75 0 0 1 0-1.06Z" clipRule="evenodd" />
            </svg>
          </Button>
        </div>
        <div className="flex items-center gap-2">
          <label htmlFor={dateInputId} className="text-sm whitespace-nowrap text-slate-600">
            Go to date
          </label>
          <input
            id={dateInputId}
            type="date"
            value={date}
            onChange={(e) => {
              if (isValidDate(e.target.value)) go({ date: e.target.value });
            }}
            className={inputClass(false, "w-auto py-1")}
          />
        </div>
        <ViewSwitch<View>
          legend="View"
          options={[
            { value: "day", label: "Day" },
            { value: "week", label: "Week" },
          ]}
          value={view}
          onChange={(v) => go({ view: v })}
        />
        {view === "week" && config.providers.length > 0 ? (
          <div className="flex items-center gap-2">
            <label htmlFor={providerSelectId} className="text-sm text-slate-600">
              Provider
            </label>
            <select
              id={providerSelectId}
              value={weekProvider?._id ?? ""}
              onChange={(e) => go({ provider: e.target.value })}
              className={inputClass(false, "w-auto py-1 pr-8")}
            >
              {config.providers.map((p) => (
                <option key={p._id} value={p._id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <label className="flex items-center gap-2 text-sm text-slate-600">
          <input type="checkbox" checked={showCancelled} onChange={(e) => setShowCancelled(e.target.checked)} className="h-4 w-4 rounded border-slate-300" />
          Show cancelled{cancelledCount > 0 ? ` (${cancelledCount})` : ""}
        </label>
      </div>

      <StatusMessage
        testId="schedule-notice"
        message={
          notice === null ? null : (
            <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <span>{notice.text}</span>
              {notice.undo !== undefined ? (
                <button type="button" onClick={notice.undo} className="font-semibold underline underline-offset-2 hover:no-underline">
                  Undo
                </button>
              ) : null}
            </span>
          )
        }
        onDismiss={() => setNotice(null)}
      />
      {moveError !== null ? (
        <Alert
          ref={moveErrorRef}
          title="Not moved"
          action={
            <Button size="sm" variant="ghost" onClick={() => setMoveError(null)}>
              Dismiss
            </Button>
          }
        >
          {moveError}
        </Alert>
      ) : null}

      <div className="flex flex-wrap items-center justify-between gap-2 text-xs text-slate-600">
        <p role="status" aria-live="polite" data-testid="schedule-summary" className="flex items-start gap-2">
          {opening ? <Spinner className="mt-0.5 h-3 w-3 shrink-0 text-brand-600" /> : <span aria-hidden className={`mt-1 h-2 w-2 shrink-0 rounded-full ${dayState?.status === "closed" ? "bg-slate-400" : "bg-emerald-500"}`} />}
          <span>
            {summary}
            {!opening && dayState?.status !== "closed" ? <span className="text-slate-500"> Updates live.</span> : null}
          </span>
        </p>
        {!opening && relevant.length > 0 ? (
          <ul className="flex flex-wrap gap-x-3 gap-y-1" aria-label="Appointments by status">
            {APPOINTMENT_STATUSES.filter((st) => (counts.get(st) ?? 0) > 0).map((st) => (
              <li key={st} className="flex items-center gap-1.5">
                <span aria-hidden className={`h-2 w-2 rounded-full ${STATUS_DOT[st]}`} />
                {STATUS_LABELS[st]} {counts.get(st)}
              </li>
            ))}
          </ul>
        ) : null}
      </div>

      {view === "day" && dayState?.status === "ready" && dayState.data.appointments.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-3 text-sm text-slate-600" data-testid="schedule-empty">
          {dayState.data.providers.every((p) => p.blocks.length === 0)
            ? `No provider works on ${formatDateMedium(date)}, and nothing is booked.`
            : `Nothing is booked on ${formatDateMedium(date)} yet.`}
          {canManage ? " Click free time in a provider's column, or use Book appointment." : ""}
        </p>
      ) : null}

      {columns.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-sm text-slate-600">
          No providers are set up for this practice yet.
        </p>
      ) : (
        <TimeGrid
          label={view === "day" ? `Schedule for ${formatDateLong(date)}` : `${weekProvider?.name ?? ""}'s week, ${heading}`}
          columns={columns}
          timezone={timezone}
          now={now}
          showCancelled={showCancelled}
          canManage={canManage}
          highlightId={highlightId}
          pendingMove={pendingMove}
          minColumnWidth={view === "day" ? 140 : 120}
          scrollKey={`${view}:${dates[0]}`}
          overlay={overlay}
          onOpen={(a, col) => setSelected({ id: a._id, date: col.date })}
          onBookAt={(slot) => openBooking(slot)}
          onDrop={onDrop}
        />
      )}

      <Legend canManage={canManage} />

      {bookPrefill !== null ? (
        <Dialog
          open
          onOpenChange={(open) => {
            if (!open) setBookPrefill(null);
          }}
        >
          <BookDialogContent key={bookPrefill.key} prefill={bookPrefill} blocksFor={blocksFor} onBooked={onBooked} onCloseAutoFocus={bookReturnFocus} />
        </Dialog>
      ) : null}

      {selected !== null && selectedAppointment !== null ? (
        <Dialog
          open
          onOpenChange={(open) => {
            if (!open) setSelected(null);
          }}
        >
          <AppointmentDialogContent
            key={selectedAppointment.appointment._id}
            appointment={selectedAppointment.appointment}
            date={selectedAppointment.date}
            onCloseAutoFocus={appointmentReturnFocus}
            onDone={(message) => {
              setSelected(null);
              setNotice({ text: message });
            }}
            onMoved={(m: Moved) => {
              setSelected(null);
              setNotice({ text: `Moved ${m.patientName} to ${formatDateMedium(m.date)} at ${formatClock(m.time)} with ${providerName(m.providerId)}.` });
              setHighlightId(m.appointmentId);
              setFocusId(m.appointmentId);
              if (!dates.includes(m.date)) go({ date: m.date });
            }}
          />
        </Dialog>
      ) : null}

      {overrideFor !== null ? (
        <OverrideDialog
          open
          onOpenChange={(open) => {
            if (!open) setOverrideFor(null);
          }}
          verb="Move"
          what={`${formatDateMedium(overrideFor.to.date)} at ${formatClock(overrideFor.to.time)} with ${providerName(overrideFor.to.providerId)}`}
          onConfirm={async (reason) => {
            const message = await runMove(overrideFor, reason);
            if (message === null) setOverrideFor(null);
            return message;
          }}
        />
      ) : null}
    </div>
  );
}

function Legend({ canManage }: { canManage: boolean }) {
  return (
    <div className="flex flex-col gap-2 text-xs text-slate-600 sm:flex-row sm:flex-wrap sm:items-center sm:justify-between">
      <ul className="flex flex-wrap items-center gap-x-4 gap-y-1" aria-label="Legend">
        <li className="flex items-center gap-1.5">
          <span aria-hidden className="h-3 w-5 rounded-sm border border-slate-200 bg-white" /> Working hours
        </li>
        <li className="flex items-center gap-1.5">
          <span
            aria-hidden
            className="h-3 w-5 rounded-sm border border-slate-200"
            style={{ backgroundImage: "repeating-linear-gradient(135deg, rgb(226 232 240) 0 3px, rgb(248 250 252) 3px 6px)" }}
          />
          Outside working hours
        </li>
        <li className="flex items-center gap-1.5">
          <SeriesIcon /> Part of a series
        </li>
        <li className="flex items-center gap-1.5">
          <OverrideIcon /> Booked outside working hours
        </li>
      </ul>
      <p>
        {canManage ? "Drag a visit to move it (10-minute steps), or open it to use the form. " : ""}
        Arrow keys move between appointments; Enter opens one.
      </p>
    </div>
  );
}
