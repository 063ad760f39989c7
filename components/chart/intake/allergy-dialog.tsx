"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { useMutation } from "convex/react";
import { api } from "@/convex/_generated/api";
import { allergySchema } from "@/lib/clinical/entries";
import { FormDialog } from "@/components/forms/form-dialog";
import { useFormDialog } from "@/components/forms/use-form-dialog";
import { FormField, inputClass } from "@/components/ui/form-field";
import { useChart } from "../chart-context";
import { IntakeButton } from "./intake-triggers";

type Input = z.input<typeof allergySchema>;
type Output = z.output<typeof allergySchema>;

const SEVERITIES = [
  { value: "mild", label: "Mild" },
  { value: "moderate", label: "Moderate" },
  { value: "severe", label: "Severe" },
] as const;

export function AllergyDialog({ onDone, defaultOpen = false }: { onDone: (message: string) => void; defaultOpen?: boolean }) {
  const chart = useChart();
  const add = useMutation(api.clinical.addAllergy);
  const {
    form: {
      register,
      formState: { errors },
    },
    dialog,
  } = useFormDialog<Input, Output>({
    form: { resolver: zodResolver(allergySchema), mode: "onTouched", defaultValues: { substance: "", reaction: "" } },
    submit: (values) => add({ patientId: chart.patientId, ...values }),
    onDone: (_id, values) => onDone(`Allergy to ${values.substance} added.`),
    errorFallback: "The allergy was not saved. Check your connection and try again.",
    defaultOpen,
  });

  return (
    <FormDialog
      {...dialog}
      trigger={<IntakeButton label="Add allergy" />}
      title="Add allergy"
      description="Record the substance, what happens, and how severe it is."
      testId="allergy-dialog"
      submitLabel="Add allergy"
      submittingLabel="Adding…"
    >
      <FormField label="Substance" error={errors.substance?.message} hint="Drug, food or material, e.g. Penicillin.">
        {(props) => <input {...props} {...register("substance")} autoComplete="off" className={inputClass(errors.substance !== undefined)} />}
      </FormField>
      <FormField label="Reaction" error={errors.reaction?.message}>
        {(props) => <input {...props} {...register("reaction")} autoComplete="off" className={inputClass(errors.reaction !== undefined)} />}
      </FormField>
      <fieldset className="flex flex-col gap-1.5" aria-describedby={errors.severity ? "severity-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">Severity</legend>
        <div className="flex flex-wrap gap-2">
          {SEVERITIES.map((s) => (
            <label
              key={s.value}
              className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 py-1.5 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:font-medium"
            >
              <input type="radio" value={s.value} {...register("severity")} className="accent-brand-600" />
              {s.label}
            </label>
          ))}
        </div>
        {errors.severity?.message !== undefined ? (
          <p id="severity-error" className="text-xs font-medium text-red-700">
            {errors.severity.message}
          </p>
        ) : null}
      </fieldset>
    </FormDialog>
  );
}
