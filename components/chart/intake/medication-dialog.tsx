"use client";

import { useId } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { useMutation } from "convex/react";
import { api } from "@/convex/_generated/api";
import { medicationSchema } from "@/lib/clinical/entries";
import { FormDialog } from "@/components/forms/form-dialog";
import { useFormDialog } from "@/components/forms/use-form-dialog";
import { FormField, inputClass } from "@/components/ui/form-field";
import { useChart } from "../chart-context";
import { IntakeButton } from "./intake-triggers";

type Input = z.input<typeof medicationSchema>;
type Output = z.output<typeof medicationSchema>;

const ROUTES = ["oral", "sublingual", "inhaled", "topical", "subcutaneous", "intramuscular", "intravenous", "rectal", "ophthalmic", "nasal"];
const FREQUENCIES = ["once daily", "twice daily", "three times daily", "at bedtime", "every 4–6 h as needed", "once weekly"];
const EMPTY: Input = { name: "", dose: "", route: "", frequency: "" };

export function MedicationDialog({ onDone, defaultOpen = false }: { onDone: (message: string) => void; defaultOpen?: boolean }) {
  const chart = useChart();
  const add = useMutation(api.clinical.addMedication);
  const routesId = useId();
  const freqId = useId();
  const {
    form: {
      register,
      formState: { errors },
    },
    dialog,
  } = useFormDialog<Input, Output>({
    form: { resolver: zodResolver(medicationSchema), mode: "onTouched", defaultValues: EMPTY },
    submit: (values) => add({ patientId: chart.patientId, ...values }),
    onDone: (_id, values) => onDone(`${values.name} added to the medication list.`),
    errorFallback: "The medication was not saved. Check your connection and try again.",
    defaultOpen,
  });

  return (
    <FormDialog
      {...dialog}
      trigger={<IntakeButton label="Add medication" />}
      title="Add medication"
      description="A medication the patient takes now, as reported or prescribed."
      testId="medication-dialog"
      submitLabel="Add medication"
      submittingLabel="Adding…"
    >
      <FormField label="Medication" error={errors.name?.message} hint="Name and form, e.g. Lisinopril.">
        {(props) => <input {...props} {...register("name")} autoComplete="off" className={inputClass(errors.name !== undefined)} />}
      </FormField>
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField label="Dose" error={errors.dose?.message} hint="With units, e.g. 10 mg.">
          {(props) => <input {...props} {...register("dose")} autoComplete="off" className={inputClass(errors.dose !== undefined)} />}
        </FormField>
        <FormField label="Route" error={errors.route?.message}>
          {(props) => <input {...props} {...register("route")} list={routesId} autoComplete="off" className={inputClass(errors.route !== undefined)} />}
        </FormField>
        <FormField label="Frequency" error={errors.frequency?.message}>
          {(props) => <input {...props} {...register("frequency")} list={freqId} autoComplete="off" className={inputClass(errors.frequency !== undefined)} />}
        </FormField>
      </div>
      <datalist id={routesId}>
        {ROUTES.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      <datalist id={freqId}>
        {FREQUENCIES.map((f) => (
          <option key={f} value={f} />
        ))}
      </datalist>
    </FormDialog>
  );
}
