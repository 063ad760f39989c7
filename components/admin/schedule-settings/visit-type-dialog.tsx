"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "convex/react";
import { api } from "@/convex/_generated/api";
import { VISIT_TYPE_MAX_MINUTES, VISIT_TYPE_MIN_MINUTES } from "@/lib/schedule/availability-limits";
import { visitTypeSchema, type VisitTypeInput } from "@/lib/schedule/availability-schemas";
import { FormDialog } from "@/components/forms/form-dialog";
import { useFormDialog } from "@/components/forms/use-form-dialog";
import { FormField, inputClass } from "@/components/ui/form-field";
import { VisitTypeButton } from "./settings-triggers";
import type { SettingsVisitType } from "./use-settings-config";

/** Add or edit a visit type: loaded on demand (settings-triggers.tsx), with its schema and form. */
export function VisitTypeDialog({
  type,
  onSaved,
  defaultOpen = false,
}: {
  type?: SettingsVisitType;
  onSaved: (message: string) => void;
  defaultOpen?: boolean;
}) {
  const save = useMutation(api.availability.saveType);
  const defaults: VisitTypeInput = type !== undefined
    ? { name: type.name, durationMinutes: type.durationMinutes, color: type.color }
    : { name: "", durationMinutes: 20, color: "#1f9d8b" };
  const {
    form: {
      register,
      formState: { errors },
    },
    dialog,
  } = useFormDialog<VisitTypeInput>({
    form: { resolver: zodResolver(visitTypeSchema), mode: "onTouched", defaultValues: defaults },
    submit: (values) => save({ ...(type !== undefined ? { typeId: type._id } : {}), ...values }),
    onDone: (_id, values) => onSaved(type !== undefined ? `Visit type ${values.name.trim()} was updated.` : `Visit type ${values.name.trim()} was added.`),
    errorFallback: "The visit type could not be saved. Check your connection and try again.",
    defaultOpen,
  });

  return (
    <FormDialog
      {...dialog}
      trigger={<VisitTypeButton typeName={type?.name} />}
      testId="visit-type-dialog"
      title={type !== undefined ? `Edit ${type.name}` : "Add a visit type"}
      description="Booking uses the length for new appointments; appointments already booked keep their times."
      errorTitle="The visit type was not saved"
      legend="Visit type"
      submitLabel="Save visit type"
      submittingLabel="Saving…"
    >
      <FormField label="Name" error={errors.name?.message}>
        {(props) => <input {...props} {...register("name")} type="text" autoComplete="off" maxLength={60} className={inputClass(errors.name !== undefined)} />}
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Length (minutes)" error={errors.durationMinutes?.message} hint={`${VISIT_TYPE_MIN_MINUTES} to ${VISIT_TYPE_MAX_MINUTES}.`}>
          {(props) => (
            <input
              {...props}
              {...register("durationMinutes", { valueAsNumber: true })}
              type="number"
              inputMode="numeric"
              min={VISIT_TYPE_MIN_MINUTES}
              max={VISIT_TYPE_MAX_MINUTES}
              step={5}
              className={inputClass(errors.durationMinutes !== undefined)}
            />
          )}
        </FormField>
        <FormField label="Color" error={errors.color?.message}>
          {(props) => <input {...props} {...register("color")} type="color" className={inputClass(errors.color !== undefined, "h-10 p-1")} />}
        </FormField>
      </div>
    </FormDialog>
  );
}
