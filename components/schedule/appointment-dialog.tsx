"use client";

import Link from "next/link";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "convex/react";
import { api } from "@/convex/_generated/api";
import type { Id } from "@/convex/_generated/dataModel";
import { errorCodeOf, errorMessage } from "@/lib/client-errors";
import { cancelSchema, isHoursConflict, moveSchema, type CancelValues, type MoveValues } from "@/lib/schedule/forms";
import { formatClock, formatDateLong, formatDateMedium, formatDuration, formatTime, minutesBetween } from "@/lib/schedule/format";
import { STATUS_LABELS } from "@/lib/schedule/status";
import { localTime } from "@/lib/schedule/time";
import { Alert, Callout } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { DialogActions, DialogClose, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { FormField, inputClass } from "@/components/ui/form-field";
import { OverrideDialog } from "./override-dialog";
import type { DayAppointment } from "./schedule-access";
import { useSchedule } from "./schedule-config";
import { SlotSuggestions } from "./slot-suggestions";
import { STATUS_CHIP } from "./status-style";
import { OverrideIcon, SeriesIcon } from "./time-grid";
import { useNow } from "./use-now";

type Mode = "details" | "check-in" | "move" | "cancel" | "no-show";

export interface Moved {
  appointmentId: string;
  patientName: string;
  date: string;
  time: string;
  providerId: Id<"members">;
}

/**
 * One appointment: what it is, and what this person may do with it now.
 * Front desk: check in (today), move, cancel, mark no-show. Nurses and
 * physicians: room the patient, start and complete the visit. Everything
 * shown comes from the live day view, so it changes as others act.
 *
 * Render inside a controlled `<Dialog>`, keyed per appointment.
 */
export function AppointmentDialogContent({
  appointment: a,
  date,
  initialMode = "details",
  onDone,
  onMoved,
  onCloseAutoFocus,
}: {
  appointment: DayAppointment;
  date: string;
  initialMode?: Mode;
  onCloseAutoFocus: (event: Event) => void;
  onDone: (message: string) => void;
  onMoved: (m: Moved) => void;
}) {
  const [mode, setMode] = useState<Mode>(initialMode);
  const { providerName } = useSchedule();
  const body = useRef<HTMLDivElement>(null);
  const first = useRef(true);

  // Each step starts at its first field (the button that led here is gone).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    body.current?.querySelector<HTMLElement>("input:not([type=hidden]), textarea, select, [data-primary]")?.focus();
  }, [mode]);

  const titles: Record<Mode, string> = {
    details: a.patientName,
    "check-in": `Check in ${a.patientName}`,
    move: `Move ${a.patientName}'s appointment`,
    cancel: `Cancel ${a.patientName}'s appointment`,
    "no-show": `Mark ${a.patientName} as a no-show?`,
  };
  return (
    <DialogContent
      size="lg"
      testId="appointment-dialog"
      onCloseAutoFocus={onCloseAutoFocus}
      title={titles[mode]}
      description={<Summary appointment={a} date={date} providerName={providerName(a.providerId)} />}
    >
      <div ref={body} className="contents">
        {mode === "details" ? <Details appointment={a} date={date} onMode={setMode} onDone={onDone} /> : null}
        {mode === "check-in" ? <CheckIn appointment={a} onBack={() => setMode("details")} onDone={onDone} /> : null}
        {mode === "move" ? <Move appointment={a} date={date} onBack={() => setMode("details")} onMoved={onMoved} /> : null}
        {mode === "cancel" ? <Cancel appointment={a} onBack={() => setMode("details")} onDone={onDone} /> : null}
        {mode === "no-show" ? <NoShow appointment={a} onBack={() => setMode("details")} onDone={onDone} /> : null}
      </div>
    </DialogContent>
  );
}

function Summary({ appointment: a, date, providerName }: { appointment: DayAppointment; date: string; providerName: string }) {
  const { timezone } = useSchedule();
  return (
    <span className="flex flex-col gap-0.5">
      <span>
        {a.typeName} · {formatDateLong(date)}, {formatTime(a.start, timezone)} – {formatTime(a.end, timezone)}
      </span>
      <span>With {providerName}</span>
    </span>
  );
}

function StatusLine({ appointment: a }: { appointment: DayAppointment }) {
  const { timezone } = useSchedule();
  const now = useNow(15_000);
  const waiting = a.arrivedAt !== null && (a.status === "arrived" || a.status === "roomed" || a.status === "with_provider");
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${STATUS_CHIP[a.status]}`} data-testid="appointment-status">
        {STATUS_LABELS[a.status]}
      </span>
      {a.status !== "scheduled" ? (
        <span className="text-slate-600">
          since {formatTime(a.statusChangedAt, timezone)}
          {a.status === "arrived" ? ` (waiting ${formatDuration(minutesBetween(a.statusChangedAt, now))})` : ""}
        </span>
      ) : null}
      {waiting && a.arrivedAt !== null && a.status !== "arrived" ? (
        <span className="text-slate-600">
          · arrived {formatTime(a.arrivedAt, timezone)} ({formatDuration(minutesBetween(a.arrivedAt, now))} ago)
        </span>
      ) : null}
      {a.seriesId !== null ? (
        <span className="inline-flex items-center gap-1 text-slate-600">
          <SeriesIcon className="h-3.5 w-3.5" /> Part of a series
        </span>
      ) : null}
      {a.override ? (
        <span className="inline-flex items-center gap-1 text-amber-800">
          <OverrideIcon className="h-3.5 w-3.5" /> Booked outside working hours
        </span>
      ) : null}
    </div>
  );
}

function useAction(): [boolean, string | null, (fn: () => Promise<unknown>, fallback: string) => Promise<boolean>, React.RefObject<HTMLDivElement | null>] {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error !== null) ref.current?.focus();
  }, [error]);
  async function run(fn: () => Promise<unknown>, fallback: string) {
    setPending(true);
    setError(null);
    try {
      await fn();
      return true;
    } catch (err) {
      setError(errorMessage(err, fallback));
      return false;
    } finally {
      setPending(false);
    }
  }
  return [pending, error, run, ref];
}

function Details({
  appointment: a,
  date,
  onMode,
  onDone,
}: {
  appointment: DayAppointment;
  date: string;
  onMode: (m: Mode) => void;
  onDone: (message: string) => void;
}) {
  const { canManage, canAdvance, canOpenRecord, today } = useSchedule();
  const advance = useMutation(api.appointments.advance);
  const now = useNow(30_000);
  const [pending, error, run, alertRef] = useAction();
  const isToday = date === today;
  const started = now >= a.start;

  const next: { to: "roomed" | "with_provider" | "completed"; label: string; done: string } | null =
    a.status === "arrived"
      ? { to: "roomed", label: "Room patient", done: `${a.patientName} is roomed.` }
      : a.status === "roomed"
        ? { to: "with_provider", label: "Start visit", done: `${a.patientName} is with the provider.` }
        : a.status === "with_provider"
          ? { to: "completed", label: "Complete visit", done: `${a.patientName}'s visit is complete.` }
          : null;

  const actions: ReactNode[] = [];
  if (canManage && a.status === "scheduled") {
    actions.push(
      <Button key="cancel" variant="danger-outline" onClick={() => onMode("cancel")}>
        Cancel appointment…
      </Button>,
    );
    if (started) {
      actions.push(
        <Button key="no-show" onClick={() => onMode("no-show")}>
          Mark no-show…
        </Button>,
      );
    }
    actions.push(
      <Button key="move" onClick={() => onMode("move")}>
        Move…
      </Button>,
    );
    if (isToday) {
      actions.push(
        <Button key="check-in" variant="primary" onClick={() => onMode("check-in")}>
          Check in…
        </Button>,
      );
    }
  }
  if (canAdvance && next !== null) {
    actions.push(
      <Button
        key="advance"
        variant="primary"
        busy={pending}
        onClick={() =>
          void run(() => advance({ appointmentId: a._id, to: next.to }), "The status was not changed. Try again.").then((ok) => {
            if (ok) onDone(next.done);
          })
        }
      >
        {pending ? "Saving…" : next.label}
      </Button>,
    );
  }

  let note: string | null = null;
  if (canManage && a.status === "scheduled" && !isToday) note = "Check-in opens on the day of the visit.";
  if (canManage && a.status === "scheduled" && !started) note = `${note ?? ""} A no-show can be marked once the appointment time has passed.`.trim();
  if (!canManage && !canAdvance) note = "You can view the schedule. The front desk books and changes appointments.";
  if (canManage && !canAdvance && (a.status === "arrived" || a.status === "roomed" || a.status === "with_provider")) {
    note = "The care team moves the visit along from here.";
  }

  return (
    <>
      <StatusLine appointment={a} />
      {error !== null ? (
        <Alert ref={alertRef} title="Not changed">
          {error}
        </Alert>
      ) : null}
      {note !== null ? <p className="text-sm text-slate-600">{note}</p> : null}
      <DialogFooter>
        {canOpenRecord ? (
          <Link href={`/patients/${a.patientId}`} className={buttonClass("ghost", "md", "sm:mr-auto")}>
            Patient record
          </Link>
        ) : null}
        <DialogClose asChild>
          <Button disabled={pending}>Close</Button>
        </DialogClose>
        {actions}
      </DialogFooter>
    </>
  );
}

function CheckIn({ appointment: a, onBack, onDone }: { appointment: DayAppointment; onBack: () => void; onDone: (message: string) => void }) {
  const checkIn = useMutation(api.appointments.checkIn);
  const { timezone } = useSchedule();
  const [demographics, setDemographics] = useState(false);
  const [insurance, setInsurance] = useState(false);
  const [missing, setMissing] = useState(false);
  const [pending, error, run, alertRef] = useAction();
  const firstRef = useRef<HTMLInputElement>(null);

  async function submit() {
    if (!demographics) {
      setMissing(true);
      firstRef.current?.focus();
      return;
    }
    const ok = await run(() => checkIn({ appointmentId: a._id, demographicsConfirmed: true, insuranceConfirmed: insurance }), "The patient was not checked in. Try again.");
    if (ok) {
      onDone(
        `${a.patientName} is checked in (arrived ${formatTime(Date.now(), timezone)}).${insurance ? "" : " Insurance still needs checking."}`,
      );
    }
  }

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      className="flex flex-col gap-4"
    >
      {error !== null ? (
        <Alert ref={alertRef} title="Not checked in">
          {error}
        </Alert>
      ) : null}
      <fieldset disabled={pending} className="flex flex-col gap-3">
        <legend className="mb-1 text-sm text-slate-700">Confirm with the patient before checking them in:</legend>
        <label className="flex items-start gap-3 rounded-lg border border-slate-200 p-3 text-sm has-[:checked]:border-brand-300 has-[:checked]:bg-brand-50/50">
          <input
            ref={firstRef}
            type="checkbox"
            checked={demographics}
            onChange={(e) => {
              setDemographics(e.target.checked);
              if (e.target.checked) setMissing(false);
            }}
            aria-invalid={missing || undefined}
            aria-describedby={missing ? "checkin-demographics-error" : undefined}
            className="mt-0.5 h-4 w-4 rounded border-slate-300"
          />
          <span>
            <span className="font-medium text-slate-900">Demographics confirmed</span>
            <span className="block text-slate-600">Name, date of birth, address and phone are current. Required.</span>
          </span>
        </label>
        {missing ? (
          <p id="checkin-demographics-error" className="-mt-1 text-xs font-medium text-red-700">
            Confirm the patient&apos;s details before checking them in. If something changed, update the patient record first.
          </p>
        ) : null}
        <label className="flex items-start gap-3 rounded-lg border border-slate-200 p-3 text-sm has-[:checked]:border-brand-300 has-[:checked]:bg-brand-50/50">
          <input type="checkbox" checked={insurance} onChange={(e) => setInsurance(e.target.checked)} className="mt-0.5 h-4 w-4 rounded border-slate-300" />
          <span>
            <span className="font-medium text-slate-900">Insurance verified</span>
            <span className="block text-slate-600">Card seen and coverage current. If not, check in anyway and follow up.</span>
          </span>
        </label>
      </fieldset>
      <DialogActions busy={pending} cancelLabel="Back" onCancel={onBack}>
        {pending ? "Checking in…" : "Check in"}
      </DialogActions>
    </form>
  );
}

function Move({ appointment: a, date, onBack, onMoved }: { appointment: DayAppointment; date: string; onBack: () => void; onMoved: (m: Moved) => void }) {
  const move = useMutation(api.appointments.move);
  const { config, timezone, today, providerName, typeByName } = useSchedule();
  const [problem, setProblem] = useState<{ message: string; hours: boolean } | null>(null);
  const [overrideOpen, setOverrideOpen] = useState(false);
  const [wholeRest, setWholeRest] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const {
    register,
    handleSubmit,
    setValue,
    getValues,
    control,
    formState: { errors, isSubmitting },
  } = useForm<MoveValues>({
    resolver: zodResolver(moveSchema),
    mode: "onTouched",
    defaultValues: { date, time: localTime(a.start, timezone), providerId: a.providerId },
  });
  const v = useWatch({ control });
  const type = typeByName(a.typeName);

  useEffect(() => {
    if (problem !== null) alertRef.current?.focus();
  }, [problem]);

  async function attempt(values: MoveValues, overrideReason?: string): Promise<string | null> {
    setProblem(null);
    try {
      await move({
        appointmentId: a._id,
        date: values.date,
        time: values.time,
        providerId: values.providerId as Id<"members">,
        overrideReason,
        scope: wholeRest ? "rest" : "one",
      });
      onMoved({ appointmentId: a._id, patientName: a.patientName, date: values.date, time: values.time, providerId: values.providerId as Id<"members"> });
      return null;
    } catch (err) {
      const message = errorMessage(err, "The appointment was not moved. Try again.");
      if (overrideReason === undefined) setProblem({ message, hours: isHoursConflict(errorCodeOf(err), message) });
      return message;
    }
  }

  const submit = handleSubmit(async (values) => {
    await attempt(values);
  });

  const when = v.date && v.time ? `${formatDateMedium(v.date)} at ${formatClock(v.time)} with ${providerName(v.providerId ?? a.providerId)}` : "That time";

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="flex flex-col gap-4">
      <fieldset disabled={isSubmitting} className="flex flex-col gap-4">
        <legend className="sr-only">New time</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <FormField label="New date" error={errors.date?.message}>
            {(props) => <input {...props} {...register("date")} type="date" min={today} className={inputClass(errors.date !== undefined)} />}
          </FormField>
          <FormField label="New time" error={errors.time?.message}>
            {(props) => <input {...props} {...register("time")} type="time" step={600} className={inputClass(errors.time !== undefined)} />}
          </FormField>
          <FormField label="Provider" error={errors.providerId?.message}>
            {(props) => (
              <select {...props} {...register("providerId")} className={inputClass(errors.providerId !== undefined, "pr-8")}>
                {config.providers.map((p) => (
                  <option key={p._id} value={p._id}>
                    {p.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
        {a.seriesId !== null ? (
          <label className="flex items-start gap-2 text-sm text-slate-700">
            <input
              type="checkbox"
              checked={wholeRest}
              onChange={(e) => setWholeRest(e.target.checked)}
              className="mt-0.5 h-4 w-4 rounded border-slate-300"
            />
            <span>
              Also move the later visits of this series by the same number of days, to the same time. If any of them
              conflicts, nothing is moved.
            </span>
          </label>
        ) : null}
        {problem !== null ? (
          <Alert
            ref={alertRef}
            title={problem.hours ? "Outside working hours" : "Not moved"}
            action={
              problem.hours ? (
                <Button size="sm" onClick={() => setOverrideOpen(true)}>
                  Override…
                </Button>
              ) : undefined
            }
          >
            {problem.message}
          </Alert>
        ) : null}
        {type !== undefined ? (
          <SlotSuggestions
            typeId={type._id}
            providerIds={[(v.providerId ?? a.providerId) as Id<"members">]}
            from={v.date && v.date >= today ? v.date : today}
            heading="Free times"
            limit={8}
            selected={v.date && v.time && v.providerId ? { date: v.date, time: v.time, providerId: v.providerId as Id<"members"> } : null}
            onPick={(s) => {
              setValue("date", s.date, { shouldValidate: true });
              setValue("time", s.time, { shouldValidate: true });
              setValue("providerId", s.providerId, { shouldValidate: true });
              setProblem(null);
            }}
          />
        ) : null}
      </fieldset>
      <DialogActions busy={isSubmitting} cancelLabel="Back" onCancel={onBack}>
        {isSubmitting ? "Moving…" : "Move appointment"}
      </DialogActions>
      <OverrideDialog
        open={overrideOpen}
        onOpenChange={setOverrideOpen}
        verb="Move"
        what={when}
        onConfirm={async (reason) => {
          const parsed = moveSchema.safeParse(getValues());
          if (!parsed.success) return "Check the new date and time first.";
          const message = await attempt(parsed.data, reason);
          if (message === null) setOverrideOpen(false);
          return message;
        }}
      />
    </form>
  );
}

function Cancel({ appointment: a, onBack, onDone }: { appointment: DayAppointment; onBack: () => void; onDone: (message: string) => void }) {
  const cancel = useMutation(api.appointments.cancel);
  const [pending, error, run, alertRef] = useAction();
  const {
    register,
    handleSubmit,
    control,
    formState: { errors },
  } = useForm<CancelValues>({ resolver: zodResolver(cancelSchema), mode: "onTouched", defaultValues: { reason: "", scope: "one" } });
  const scope = useWatch({ control, name: "scope" });

  const submit = handleSubmit(async (values) => {
    let count = 0;
    const ok = await run(async () => {
      count = (await cancel({ appointmentId: a._id, reason: values.reason, scope: values.scope })).cancelled;
    }, "The appointment was not cancelled. Try again.");
    if (ok) onDone(count > 1 ? `Cancelled ${count} appointments of ${a.patientName}'s series.` : `Cancelled ${a.patientName}'s appointment.`);
  });

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="flex flex-col gap-4">
      {error !== null ? (
        <Alert ref={alertRef} title="Not cancelled">
          {error}
        </Alert>
      ) : null}
      <fieldset disabled={pending} className="flex flex-col gap-4">
        <legend className="sr-only">Cancellation</legend>
        {a.seriesId !== null ? (
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-1 text-sm font-medium text-slate-800">Which visits?</legend>
            <label className="flex items-center gap-2 text-sm text-slate-700">
              <input type="radio" value="one" {...register("scope")} className="h-4 w-4" /> Only this visit
            </label>
            <label className="flex items-center gap-2 text-sm text-slate-700">
              <input type="radio" value="rest" {...register("scope")} className="h-4 w-4" /> This and every later visit in the series
            </label>
          </fieldset>
        ) : null}
        <FormField label="Reason" error={errors.reason?.message} hint="For example: patient called to cancel. No clinical details.">
          {(props) => <textarea {...props} {...register("reason")} rows={2} className={inputClass(errors.reason !== undefined, "resize-y")} />}
        </FormField>
        <Callout tone="info">The slot becomes free for others at once. The cancellation and its reason are kept.</Callout>
      </fieldset>
      <DialogActions busy={pending} cancelLabel="Back" onCancel={onBack} variant="danger">
        {pending ? "Cancelling…" : scope === "rest" ? "Cancel the rest of the series" : "Cancel appointment"}
      </DialogActions>
    </form>
  );
}

function NoShow({ appointment: a, onBack, onDone }: { appointment: DayAppointment; onBack: () => void; onDone: (message: string) => void }) {
  const markNoShow = useMutation(api.appointments.markNoShow);
  const [pending, error, run, alertRef] = useAction();
  return (
    <>
      {error !== null ? (
        <Alert ref={alertRef} title="Not changed">
          {error}
        </Alert>
      ) : null}
      <p className="text-sm text-slate-700">The slot becomes free and the appointment is kept as a no-show. This cannot be undone.</p>
      <DialogFooter>
        <Button onClick={onBack} disabled={pending}>
          Back
        </Button>
        <Button
          data-primary
          variant="danger"
          busy={pending}
          onClick={() =>
            void run(() => markNoShow({ appointmentId: a._id }), "The appointment was not marked. Try again.").then((ok) => {
              if (ok) onDone(`${a.patientName} is marked as a no-show.`);
            })
          }
        >
          {pending ? "Saving…" : "Mark no-show"}
        </Button>
      </DialogFooter>
    </>
  );
}
