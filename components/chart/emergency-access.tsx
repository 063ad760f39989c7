"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { useMutation } from "convex/react";
import { api } from "@/convex/_generated/api";
import type { Id } from "@/convex/_generated/dataModel";
import { EMERGENCY_GRANT_MINUTES, EMERGENCY_REASONS } from "@/lib/clinical/care-relationship";
import { EMERGENCY_DETAIL_MAX, emergencyRequestSchema, type EmergencyRequest } from "@/lib/clinical/emergency";
import { ageLabel, formatIsoDate, patientName } from "@/lib/chart-format";
import { errorMessage } from "@/lib/client-errors";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { Dialog, DialogActions, DialogContent } from "@/components/ui/dialog";
import { FormField, inputClass } from "@/components/ui/form-field";
import type { PatientSummary } from "@/components/patients/search-store";

type FormInput = z.input<typeof emergencyRequestSchema>;

/**
 * Break-glass: for a clinician with no care relationship with the patient.
 * A reason from the list and a description, then a second, explicit
 * confirmation in a dialog that says exactly what happens.
 */
export function EmergencyAccessScreen({
  patientId,
  knownPatient,
  message,
  onGranted,
}: {
  patientId: Id<"patients">;
  knownPatient: PatientSummary | null;
  message: string;
  onGranted: (grant: { expiresAt: number }) => void;
}) {
  const openEmergency = useMutation(api.access.openChartEmergency);
  const [confirming, setConfirming] = useState<EmergencyRequest | null>(null);
  const [pending, setPending] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const continueRef = useRef<HTMLButtonElement>(null);
  const {
    register,
    handleSubmit,
    control,
    formState: { errors },
  } = useForm<FormInput, unknown, EmergencyRequest>({
    resolver: zodResolver(emergencyRequestSchema),
    mode: "onTouched",
    defaultValues: { detail: "" },
  });
  const detail = useWatch({ control, name: "detail" }) ?? "";

  useEffect(() => {
    if (serverError !== null) alertRef.current?.focus();
  }, [serverError]);

  async function confirm() {
    if (confirming === null) return;
    setPending(true);
    setServerError(null);
    try {
      const grant = await openEmergency({ patientId, reason: confirming.reason, detail: confirming.detail, confirmed: true });
      setConfirming(null);
      onGranted(grant);
    } catch (err) {
      setServerError(errorMessage(err, "Emergency access was not granted. Check your connection and try again."));
    } finally {
      setPending(false);
    }
  }

  return (
    <section
      aria-labelledby="emergency-heading"
      data-testid="emergency-access"
      className="mx-auto mt-2 flex w-full max-w-2xl flex-col overflow-hidden rounded-xl border border-amber-300 bg-white shadow-sm"
    >
      <div className="flex flex-col gap-2 border-b border-amber-200 bg-amber-50 px-5 py-4 sm:px-6">
        <p className="text-xs font-semibold tracking-wide text-amber-800 uppercase">No care relationship</p>
        <h1 id="emergency-heading" className="text-xl font-semibold text-slate-900">
          Emergency access to this chart
        </h1>
        {knownPatient !== null ? (
          <p className="text-sm text-slate-800">
            <span className="font-medium">{patientName(knownPatient)}</span> · DOB {formatIsoDate(knownPatient.dob)} ({ageLabel(knownPatient.dob)}) ·{" "}
            <span className="font-mono text-[13px]">{knownPatient.mrn}</span>
          </p>
        ) : null}
        <p className="text-sm leading-relaxed text-amber-950" role="alert">
          {message !== ""
            ? message
            : "You have no care relationship with this patient (no visit within 30 days and not their provider)."}
        </p>
      </div>

      <form
        noValidate
        onSubmit={(e) =>
          void handleSubmit((values) => {
            setServerError(null);
            setConfirming(values);
          })(e)
        }
        className="flex flex-col gap-4 px-5 py-5 sm:px-6"
      >
        <ul className="grid gap-2 text-sm text-slate-700 sm:grid-cols-3">
          {[
            ["Read-only", "Nothing can be added or changed."],
            [`${EMERGENCY_GRANT_MINUTES} minutes`, "Ends on time; it cannot be extended."],
            ["Reviewed", "Flagged for the compliance officer with your reason."],
          ].map(([title, text]) => (
            <li key={title} className="rounded-lg bg-slate-50 px-3 py-2 ring-1 ring-slate-200 ring-inset">
              <span className="block font-semibold text-slate-900">{title}</span>
              <span className="text-xs text-slate-600">{text}</span>
            </li>
          ))}
        </ul>

        <FormField label="Reason" error={errors.reason?.message}>
          {(props) => (
            <select {...props} {...register("reason")} defaultValue="" className={inputClass(errors.reason !== undefined, "pr-8")}>
              <option value="" disabled>
                Choose a reason…
              </option>
              {EMERGENCY_REASONS.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          )}
        </FormField>

        <FormField
          label="What is happening"
          error={errors.detail?.message}
          hint={`Kept for the reviewer with your name and the time. 10 to ${EMERGENCY_DETAIL_MAX} characters (${detail.trim().length} so far). Avoid details not needed to justify access.`}
        >
          {(props) => (
            <textarea {...props} {...register("detail")} rows={4} maxLength={EMERGENCY_DETAIL_MAX + 50} className={inputClass(errors.detail !== undefined, "resize-y")} />
          )}
        </FormField>

        <div className="flex flex-col-reverse gap-2 border-t border-slate-100 pt-4 sm:flex-row sm:justify-end">
          <Link href="/patients" className={buttonClass("secondary")}>
            Cancel
          </Link>
          <Button ref={continueRef} type="submit" variant="danger">
            Continue to emergency access
          </Button>
        </div>
      </form>

      <Dialog
        open={confirming !== null}
        onOpenChange={(next) => {
          if (pending) return;
          if (!next) setConfirming(null);
        }}
      >
        <DialogContent
          testId="emergency-confirm-dialog"
          title="Open this chart with emergency access?"
          onCloseAutoFocus={(e) => {
            // Opened from the form's submit, not a Radix trigger: going back returns to that button.
            e.preventDefault();
            continueRef.current?.focus();
          }}
          description={
            <>
              <strong className="font-semibold text-slate-900">This access is flagged and reviewed by your compliance officer.</strong> You will see
              the chart read-only for {EMERGENCY_GRANT_MINUTES} minutes. Your name, the time and your reason are recorded.
            </>
          }
        >
          {confirming !== null ? (
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 rounded-lg bg-slate-50 px-3 py-2 text-sm ring-1 ring-slate-200 ring-inset">
              <dt className="font-medium text-slate-600">Reason</dt>
              <dd className="text-slate-900">{confirming.reason}</dd>
              <dt className="font-medium text-slate-600">Details</dt>
              <dd className="break-words text-slate-900">{confirming.detail}</dd>
            </dl>
          ) : null}
          {serverError !== null ? (
            <Alert ref={alertRef} title="Emergency access was not granted">
              {serverError}
            </Alert>
          ) : null}
          <DialogActions busy={pending} cancelLabel="Go back" variant="danger" onAction={() => void confirm()}>
            {pending ? "Opening…" : "Confirm emergency access"}
          </DialogActions>
        </DialogContent>
      </Dialog>
    </section>
  );
}
