"use client";

import { useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { useMutation } from "convex/react";
import { api } from "@/convex/_generated/api";
import type { Id } from "@/convex/_generated/dataModel";
import { encounterSchema } from "@/lib/clinical/entries";
import { FormDialog } from "@/components/forms/form-dialog";
import { useFormDialog } from "@/components/forms/use-form-dialog";
import { FormField, inputClass } from "@/components/ui/form-field";
import { useChart } from "../chart-context";
import { IntakeButton } from "./intake-triggers";

type Input = z.input<typeof encounterSchema>;
type Output = z.output<typeof encounterSchema>;

export function EncounterDialog({ onStarted, defaultOpen = false }: { onStarted: (encounterId: Id<"encounters">, complaint: string | undefined) => void; defaultOpen?: boolean }) {
  const chart = useChart();
  const start = useMutation(api.clinical.startEncounter);
  const {
    form: {
      register,
      control,
      formState: { errors },
    },
    dialog,
  } = useFormDialog<Input, Output, Id<"encounters">>({
    form: { resolver: zodResolver(encounterSchema), mode: "onTouched", defaultValues: { type: "office", chiefComplaint: "" } },
    submit: (values) => start({ patientId: chart.patientId, type: values.type, chiefComplaint: values.chiefComplaint?.trim() || undefined }),
    onDone: (id, values) => onStarted(id, values.chiefComplaint?.trim() || undefined),
    errorFallback: "The visit was not started. Check your connection and try again.",
    defaultOpen,
  });
  const complaint = useWatch({ control, name: "chiefComplaint" }) ?? "";

  return (
    <FormDialog
      {...dialog}
      trigger={<IntakeButton label="Start encounter" variant="primary" />}
      title="Start encounter"
      description="Opens a visit for today. Vitals and the visit note are filed with it."
      testId="encounter-dialog"
      submitLabel="Start encounter"
      submittingLabel="Starting…"
    >
      <fieldset className="flex flex-col gap-1.5">
        <legend className="text-sm font-medium text-slate-800">Visit type</legend>
        <div className="flex flex-wrap gap-2">
          {(
            [
              ["office", "Office visit"],
              ["telehealth", "Telehealth"],
            ] as const
          ).map(([value, label]) => (
            <label
              key={value}
              className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 py-1.5 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:font-medium"
            >
              <input type="radio" value={value} {...register("type")} className="accent-brand-600" />
              {label}
            </label>
          ))}
        </div>
        {errors.type?.message !== undefined ? <p className="text-xs font-medium text-red-700">{errors.type.message}</p> : null}
      </fieldset>
      <FormField label="Chief complaint" optional error={errors.chiefComplaint?.message} hint={`The reason for the visit, in a few words. ${complaint.length}/300`}>
        {(props) => <textarea {...props} {...register("chiefComplaint")} rows={2} className={inputClass(errors.chiefComplaint !== undefined, "resize-y")} />}
      </FormField>
    </FormDialog>
  );
}
