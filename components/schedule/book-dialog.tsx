"use client";

import { useEffect, useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "convex/react";
import { api } from "@/convex/_generated/api";
import type { Id } from "@/convex/_generated/dataModel";
import { errorCodeOf, errorMessage } from "@/lib/client-errors";
import { ERROR_CODES } from "@/lib/errors";
import { bookingSchema, isHoursConflict, type BookingValues } from "@/lib/schedule/forms";
import { formatClock, formatDateMedium, plural } from "@/lib/schedule/format";
import { MAX_SERIES, seriesDates } from "@/lib/schedule/series";
import { within, type Interval } from "@/lib/schedule/slots";
import { isValidDate, TIME_RE, zonedToUtc } from "@/lib/schedule/time";
import { Alert, Callout } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogActions, DialogContent } from "@/components/ui/dialog";
import { FormField, inputClass } from "@/components/ui/form-field";
import { OverrideDialog } from "./override-dialog";
import { PatientPicker, patientDisplayName, type PatientResult } from "./patient-picker";
import { useSchedule } from "./schedule-config";
import { SlotSuggestions } from "./slot-suggestions";

export interface BookPrefill {
  date: string;
  time?: string;
  providerId?: Id<"members">;
}

export interface Booked {
  appointmentIds: string[];
  date: string;
  time: string;
  providerId: Id<"members">;
  patientName: string;
  count: number;
  skipped: string[];
}

/** Working hours of a provider on a date, when the screen already has them (null: not known here). */
export type BlocksFor = (providerId: string, date: string) => readonly Interval[] | null;

type Outcome = { kind: "done" } | { kind: "series-conflicts" } | { kind: "error"; message: string };

type ServerProblem = { title: string; message: string; hours: boolean };

type SeriesProblem = {
  signature: string;
  total: number;
  skipped: string[];
  conflicts: { date: string; reason: string; message: string }[];
};

/**
 * "Book appointment": patient, visit type, provider, date and time (or one of
 * the next free times), optionally repeating weekly. The server decides:
 * a taken slot is refused with a clear message and fresh free times; outside
 * working hours needs an override with a reason; a series reports each
 * conflicting date, which the person can skip.
 *
 * Render inside a controlled `<Dialog>`, keyed so each opening starts fresh.
 */
export function BookDialogContent({
  prefill,
  blocksFor,
  onBooked,
  onCloseAutoFocus,
}: {
  prefill: BookPrefill;
  blocksFor: BlocksFor;
  onBooked: (b: Booked) => void;
  onCloseAutoFocus: (event: Event) => void;
}) {
  const { config, timezone, today, providerName } = useSchedule();
  const book = useMutation(api.appointments.book);
  const bookSeries = useMutation(api.appointments.bookSeries);
  const [patient, setPatient] = useState<PatientResult | null>(null);
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  const [series, setSeries] = useState<SeriesProblem | null>(null);
  const [overrideOpen, setOverrideOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [locationId, setLocationId] = useState<string>(config.locations[0]?._id ?? "");
  const alertRef = useRef<HTMLDivElement>(null);

  const {
    register,
    handleSubmit,
    setValue,
    getValues,
    control,
    formState: { errors, isDirty },
  } = useForm<BookingValues>({
    resolver: zodResolver(bookingSchema),
    mode: "onTouched",
    defaultValues: {
      patientId: "",
      typeId: config.types.length === 1 ? config.types[0]!._id : "",
      providerId: prefill.providerId ?? (config.providers.length === 1 ? config.providers[0]!._id : ""),
      date: prefill.date,
      time: prefill.time ?? "",
      repeat: false,
      everyWeeks: 1,
      count: 6,
    },
  });
  const values = useWatch({ control });
  const typeId = values.typeId ? (values.typeId as Id<"appointmentTypes">) : null;
  const type = config.types.find((t) => t._id === typeId);
  const providerId = values.providerId ?? "";
  const date = values.date ?? "";
  const time = values.time ?? "";
  const repeat = values.repeat === true;
  const everyWeeks = Number(values.everyWeeks);
  const count = Number(values.count);

  useEffect(() => {
    if (problem !== null || series !== null) alertRef.current?.focus();
  }, [problem, series]);

  // What the person would book, for the working-hours check and the series preview.
  const validWhen = isValidDate(date) && TIME_RE.test(time);
  const blocks = validWhen && providerId !== "" ? blocksFor(providerId, date) : null;
  const outsideHours =
    blocks !== null && type !== undefined && validWhen
      ? !within({ start: zonedToUtc(date, time, timezone), end: zonedToUtc(date, time, timezone) + type.durationMinutes * 60_000 }, blocks)
      : false;
  let planned: string[] = [];
  if (repeat && isValidDate(date)) {
    try {
      planned = seriesDates(date, everyWeeks, count);
    } catch {
      planned = [];
    }
  }
  const signature = JSON.stringify([patient?._id, typeId, providerId, date, time, repeat, everyWeeks, count, locationId]);
  const seriesNow = series !== null && series.signature === signature ? series : null;

  /** Books; the outcome says what the override dialog should do. */
  async function submitWith(v: BookingValues, overrideReason: string | undefined, skip: string[] = []): Promise<Outcome> {
    setProblem(null);
    setBusy(true);
    const common = {
      patientId: v.patientId as Id<"patients">,
      providerId: v.providerId as Id<"members">,
      typeId: v.typeId as Id<"appointmentTypes">,
      locationId: locationId !== "" ? (locationId as Id<"locations">) : undefined,
      time: v.time,
      overrideReason,
    };
    const name = patient !== null ? patientDisplayName(patient) : "The patient";
    try {
      if (!v.repeat) {
        const r = await book({ ...common, date: v.date });
        setSeries(null);
        onBooked({ appointmentIds: [r.appointmentId], date: v.date, time: v.time, providerId: common.providerId, patientName: name, count: 1, skipped: [] });
        return { kind: "done" };
      }
      const r = await bookSeries({ ...common, firstDate: v.date, everyWeeks: v.everyWeeks, count: v.count, skipDates: skip.length > 0 ? skip : undefined });
      if (r.conflicts.length > 0) {
        setSeries({ signature, total: v.count, skipped: skip, conflicts: r.conflicts });
        return { kind: "series-conflicts" };
      }
      setSeries(null);
      onBooked({
        appointmentIds: r.booked.map((b) => b.appointmentId),
        date: v.date,
        time: v.time,
        providerId: common.providerId,
        patientName: name,
        count: r.booked.length,
        skipped: skip,
      });
      return { kind: "done" };
    } catch (err) {
      const code = errorCodeOf(err);
      const message = errorMessage(err, "The appointment was not booked. Check your connection and try again.");
      const hours = isHoursConflict(code, message);
      if (overrideReason !== undefined) return { kind: "error", message };
      setProblem({
        title: hours ? "Outside working hours" : code === ERROR_CODES.conflict ? "That time is taken" : "Not booked",
        message,
        hours,
      });
      return { kind: "error", message };
    } finally {
      setBusy(false);
    }
  }

  const onSubmit = handleSubmit(async (v) => {
    if (outsideHours) {
      setOverrideOpen(true);
      return;
    }
    await submitWith(v, undefined, seriesNow?.skipped ?? []);
  });

  const pickSlot = (s: { date: string; time: string; providerId: Id<"members"> }) => {
    setValue("date", s.date, { shouldValidate: true, shouldDirty: true });
    setValue("time", s.time, { shouldValidate: true, shouldDirty: true });
    setValue("providerId", s.providerId, { shouldValidate: true, shouldDirty: true });
    setProblem(null);
  };

  const providerIds = providerId !== "" ? [providerId as Id<"members">] : config.providers.map((p) => p._id);
  const from = isValidDate(date) && date >= today ? date : today;
  const remaining = seriesNow !== null ? seriesNow.total - new Set([...seriesNow.skipped, ...seriesNow.conflicts.map((c) => c.date)]).size : 0;
  const whenText = validWhen ? `${formatDateMedium(date)} at ${formatClock(time)}${providerId !== "" ? ` with ${providerName(providerId)}` : ""}` : "That time";

  return (
    <DialogContent
      size="lg"
      testId="book-dialog"
      onCloseAutoFocus={onCloseAutoFocus}
      title="Book an appointment"
      description="Find the patient, choose the visit and a time. Free times update live as others book."
      onInteractOutside={(e) => {
        // A click outside must not throw away a booking in progress.
        if (isDirty || patient !== null || busy) e.preventDefault();
      }}
      onEscapeKeyDown={(e) => {
        if (busy) e.preventDefault();
      }}
    >
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-4">
        <PatientPicker
          value={patient}
          disabled={busy}
          error={errors.patientId?.message}
          onChange={(p) => {
            setPatient(p);
            setValue("patientId", p?._id ?? "", { shouldValidate: p !== null, shouldDirty: true });
          }}
        />
        <fieldset disabled={busy} className="flex flex-col gap-4">
          <legend className="sr-only">Visit</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField label="Visit type" error={errors.typeId?.message}>
              {(props) => (
                <select {...props} {...register("typeId")} className={inputClass(errors.typeId !== undefined, "pr-8")}>
                  <option value="" disabled>
                    Choose a visit type…
                  </option>
                  {config.types.map((t) => (
                    <option key={t._id} value={t._id}>
                      {t.name} · {t.durationMinutes} min
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField label="Provider" error={errors.providerId?.message}>
              {(props) => (
                <select {...props} {...register("providerId")} className={inputClass(errors.providerId !== undefined, "pr-8")}>
                  <option value="">Any provider</option>
                  {config.providers.map((p) => (
                    <option key={p._id} value={p._id}>
                      {p.name}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField label="Date" error={errors.date?.message}>
              {(props) => <input {...props} {...register("date")} type="date" min={today} className={inputClass(errors.date !== undefined)} />}
            </FormField>
            <FormField label="Time" error={errors.time?.message} hint={`Practice time (${timezone}).`}>
              {(props) => <input {...props} {...register("time")} type="time" step={600} className={inputClass(errors.time !== undefined)} />}
            </FormField>
          </div>
          {config.locations.length > 1 ? (
            <FormField label="Location">
              {(props) => (
                <select {...props} value={locationId} onChange={(e) => setLocationId(e.target.value)} className={inputClass(false, "pr-8")}>
                  {config.locations.map((l) => (
                    <option key={l._id} value={l._id}>
                      {l.name}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          ) : null}

          {outsideHours ? (
            <Callout tone="warning" title="Outside working hours">
              {whenText} is outside the provider&apos;s working hours. Pick a free time, or book it with an override and a reason.
            </Callout>
          ) : null}

          {problem !== null ? (
            <Alert
              ref={alertRef}
              title={problem.title}
              action={
                problem.hours ? (
                  <Button size="sm" onClick={() => setOverrideOpen(true)}>
                    Override…
                  </Button>
                ) : undefined
              }
            >
              <p>{problem.message}</p>
              {!problem.hours ? <p className="mt-1">Pick one of the next free times below, or choose another time.</p> : null}
            </Alert>
          ) : null}

          <SlotSuggestions
            key={`${typeId}-${providerIds.join(",")}-${from}`}
            typeId={typeId}
            providerIds={providerIds}
            from={from}
            heading={problem !== null && !problem.hours ? "Next free times" : "Next available"}
            selected={validWhen && providerId !== "" ? { date, time, providerId: providerId as Id<"members"> } : null}
            onPick={pickSlot}
          />

          <div className="flex flex-col gap-3 rounded-lg border border-slate-200 p-3">
            <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
              <input type="checkbox" {...register("repeat")} className="h-4 w-4 rounded border-slate-300 text-brand-600" />
              Repeat weekly
            </label>
            {repeat ? (
              <>
                <div className="grid gap-4 sm:grid-cols-2">
                  <FormField label="Every" error={errors.everyWeeks?.message}>
                    {(props) => (
                      <select {...props} {...register("everyWeeks", { valueAsNumber: true })} className={inputClass(errors.everyWeeks !== undefined, "pr-8")}>
                        {[1, 2, 3, 4, 5, 6, 7, 8].map((n) => (
                          <option key={n} value={n}>
                            {n === 1 ? "week" : `${n} weeks`}
                          </option>
                        ))}
                      </select>
                    )}
                  </FormField>
                  <FormField label="Number of visits" error={errors.count?.message} hint={`2 to ${MAX_SERIES}, including the first.`}>
                    {(props) => (
                      <input
                        {...props}
                        {...register("count", { valueAsNumber: true })}
                        type="number"
                        inputMode="numeric"
                        min={2}
                        max={MAX_SERIES}
                        className={inputClass(errors.count !== undefined)}
                      />
                    )}
                  </FormField>
                </div>
                {planned.length > 0 ? (
                  <p className="text-xs text-slate-600" data-testid="series-preview">
                    {plural(planned.length, "visit")}: {formatDateMedium(planned[0]!)} to {formatDateMedium(planned[planned.length - 1]!)}
                    {validWhen ? `, at ${formatClock(time)}` : ""}. Every date is checked before anything is booked.
                  </p>
                ) : null}
              </>
            ) : null}
          </div>

          {seriesNow !== null ? (
            <Alert
              ref={alertRef}
              tone="warning"
              title={`${plural(seriesNow.conflicts.length, "date")} of ${seriesNow.total} can't be booked`}
            >
              <p>Nothing is booked yet. These dates conflict:</p>
              <ul className="mt-1 list-disc pl-5" data-testid="series-conflicts">
                {seriesNow.conflicts.map((c) => (
                  <li key={c.date}>
                    <span className="font-medium">{formatDateMedium(c.date)}</span>: {c.message}
                  </li>
                ))}
              </ul>
              <div className="mt-3 flex flex-wrap gap-2">
                <Button
                  variant="primary"
                  size="sm"
                  busy={busy}
                  disabled={remaining < 1}
                  onClick={() => {
                    const skip = [...new Set([...seriesNow.skipped, ...seriesNow.conflicts.map((c) => c.date)])];
                    void submitWith(getValues(), undefined, skip);
                  }}
                >
                  {remaining < 1 ? "No dates left to book" : `Skip ${plural(seriesNow.conflicts.length, "date")} and book ${plural(remaining, "visit")}`}
                </Button>
                {seriesNow.conflicts.some((c) => c.reason === "hours") ? (
                  <Button size="sm" onClick={() => setOverrideOpen(true)}>
                    Book outside working hours…
                  </Button>
                ) : null}
              </div>
            </Alert>
          ) : null}
        </fieldset>

        <DialogActions busy={busy}>
          {busy ? "Booking…" : outsideHours ? "Book with override…" : repeat && planned.length > 0 ? `Book ${plural(planned.length, "visit")}` : "Book appointment"}
        </DialogActions>
      </form>
      <OverrideDialog
        open={overrideOpen}
        onOpenChange={setOverrideOpen}
        what={whenText}
        onConfirm={async (reason) => {
          const v = getValues();
          const parsed = bookingSchema.safeParse(v);
          if (!parsed.success) return "Check the booking form first.";
          const outcome = await submitWith(parsed.data, reason, seriesNow?.skipped ?? []);
          if (outcome.kind === "error") return outcome.message;
          // Booked, or the series has dates to review in the form.
          setOverrideOpen(false);
          return null;
        }}
      />
    </DialogContent>
  );
}
