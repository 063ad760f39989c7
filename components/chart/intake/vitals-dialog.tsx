"use client";

import { useWatch, type Resolver, type ResolverResult } from "react-hook-form";
import { useMutation } from "convex/react";
import { api } from "@/convex/_generated/api";
import type { Id } from "@/convex/_generated/dataModel";
import { celsiusToFahrenheit, formatDateTime } from "@/lib/chart-format";
import { VITAL_LIMITS, type VitalName, type Vitals } from "@/lib/clinical/vitals";
import { EMPTY_VITALS_FORM, parseVitalsForm, type VitalsFormValues } from "@/lib/clinical/vitals-form";
import { FormDialog } from "@/components/forms/form-dialog";
import { useFormDialog } from "@/components/forms/use-form-dialog";
import { FormField, inputClass } from "@/components/ui/form-field";
import { useChart } from "../chart-context";
import type { Encounter } from "../use-clinical";
import { IntakeButton } from "./intake-triggers";

type FormValues = VitalsFormValues & { encounterId: string };

type FormOutput = { encounterId: string; vitals: Vitals };

const resolver: Resolver<FormValues, unknown, FormOutput> = async (values): Promise<ResolverResult<FormValues, FormOutput>> => {
  const r = parseVitalsForm(values);
  if (r.ok) return { values: { encounterId: values.encounterId, vitals: r.vitals }, errors: {} };
  const errors: Record<string, { type: string; message: string }> = {};
  for (const [key, message] of Object.entries(r.errors)) errors[key === "form" ? "root" : key] = { type: "validate", message };
  return { values: {}, errors };
};

const LABELS: Record<VitalName, string> = {
  systolic: "Systolic",
  diastolic: "Diastolic",
  heartRate: "Heart rate",
  respiratoryRate: "Respiratory rate",
  temperatureC: "Temperature",
  spo2: "SpO₂",
  weightKg: "Weight",
  heightCm: "Height",
  painScore: "Pain",
};

/** Record a set of vitals, checked with the server's plausibility limits; units on every field. */
export function VitalsDialog({ openEncounters, onDone, defaultOpen = false }: { openEncounters: Encounter[]; onDone: (message: string) => void; defaultOpen?: boolean }) {
  const chart = useChart();
  const record = useMutation(api.clinical.recordVitals);
  const {
    form: {
      register,
      control,
      formState: { errors },
    },
    dialog,
  } = useFormDialog<FormValues, FormOutput>({
    form: { resolver, mode: "onSubmit", reValidateMode: "onChange", defaultValues: { ...EMPTY_VITALS_FORM, encounterId: "" } },
    // File with a visit opened in the last 12 hours, if there is one; older open visits must be picked.
    valuesOnOpen: () => {
      const current = openEncounters.find((e) => Date.now() - e.startedAt < 12 * 3_600_000);
      return { ...EMPTY_VITALS_FORM, encounterId: current?._id ?? "" };
    },
    submit: (values) =>
      record({
        patientId: chart.patientId,
        encounterId: values.encounterId === "" ? undefined : (values.encounterId as Id<"encounters">),
        vitals: values.vitals,
      }),
    onDone: () => onDone("Vitals recorded."),
    errorFallback: "The vitals were not saved. Check your connection and try again.",
    defaultOpen,
  });
  const temperature = useWatch({ control, name: "temperatureC" });
  const tempNumber = Number((temperature ?? "").replace(",", "."));
  const tempHint =
    temperature && Number.isFinite(tempNumber) && tempNumber >= 30 && tempNumber <= 45 ? `= ${celsiusToFahrenheit(tempNumber)} °F` : "In °C";

  const field = (name: VitalName, opts: { hint?: string } = {}) => {
    const { unit, min, max } = VITAL_LIMITS[name];
    const error = errors[name]?.message;
    return (
      <FormField label={`${LABELS[name]} (${unit})`} error={error} hint={opts.hint ?? `${min}–${max}`}>
        {(props) => (
          <div className="relative">
            <input
              {...props}
              {...register(name)}
              inputMode="decimal"
              autoComplete="off"
              className={inputClass(error !== undefined, "pr-14 tabular-nums")}
            />
            <span aria-hidden className="pointer-events-none absolute inset-y-0 right-3 flex items-center text-xs text-slate-500">
              {unit}
            </span>
          </div>
        )}
      </FormField>
    );
  };

  return (
    <FormDialog
      {...dialog}
      trigger={<IntakeButton label="Record vitals" />}
      title="Record vitals"
      description="Fill in what was measured; leave the rest empty. Values are checked against plausible ranges to catch typing errors."
      testId="vitals-dialog"
      size="xl"
      submitLabel="Save vitals"
      submittingLabel="Saving…"
    >
      {errors.root?.message !== undefined ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm font-medium text-red-800">
          {errors.root.message}
        </p>
      ) : null}
      <div className="grid grid-cols-2 gap-x-4 gap-y-3 sm:grid-cols-3">
        {field("systolic")}
        {field("diastolic")}
        {field("heartRate")}
        {field("respiratoryRate")}
        {field("temperatureC", { hint: tempHint })}
        {field("spo2")}
        {field("weightKg")}
        {field("heightCm")}
        {field("painScore", { hint: "0 none – 10 worst" })}
      </div>
      {openEncounters.length > 0 ? (
        <FormField label="Visit" hint="Vitals taken during an open visit are filed with it.">
          {(props) => (
            <select {...props} {...register("encounterId")} className={inputClass(false, "pr-8")}>
              <option value="">Not linked to a visit</option>
              {openEncounters.map((e) => (
                <option key={e._id} value={e._id}>
                  {formatDateTime(e.startedAt)} · {e.chiefComplaint ?? (e.type === "office" ? "Office visit" : "Telehealth")}
                </option>
              ))}
            </select>
          )}
        </FormField>
      ) : null}
    </FormDialog>
  );
}
