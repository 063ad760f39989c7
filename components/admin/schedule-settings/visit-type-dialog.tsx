"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "convex/react";
import { api } from "@/convex/_generated/api";
import { errorMessage } from "@/lib/client-errors";
import { VISIT_TYPE_MAX_MINUTES, VISIT_TYPE_MIN_MINUTES } from "@/lib/schedule/availability-limits";
import { visitTypeSchema, type VisitTypeInput } from "@/lib/schedule/availability-schemas";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
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
  const [open, setOpen] = useState(defaultOpen);
  const [serverError, setServerError] = useState<string | null>(null);
  const defaults: VisitTypeInput = type !== undefined
    ? { name: type.name, durationMinutes: type.durationMinutes, color: type.color }
    : { name: "", durationMinutes: 20, color: "#1f9d8b" };
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<VisitTypeInput>({ resolver: zodResolver(visitTypeSchema), mode: "onTouched", defaultValues: defaults });

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      await save({ ...(type !== undefined ? { typeId: type._id } : {}), ...values });
      setOpen(false);
      onSaved(type !== undefined ? `Visit type ${values.name.trim()} was updated.` : `Visit type ${values.name.trim()} was added.`);
    } catch (err) {
      setServerError(errorMessage(err, "The visit type could not be saved. Check your connection and try again."));
    }
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (isSubmitting) return;
        if (next) {
          setServerError(null);
          reset(defaults);
        }
        setOpen(next);
      }}
    >
      <DialogTrigger asChild>
        <VisitTypeButton typeName={type?.name} />
      </DialogTrigger>
      <DialogContent
        testId="visit-type-dialog"
        title={type !== undefined ? `Edit ${type.name}` : "Add a visit type"}
        description="Booking uses the length for new appointments; appointments already booked keep their times."
        onInteractOutside={(e) => {
          if (isDirty || isSubmitting) e.preventDefault();
        }}
      >
        <form noValidate onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-4">
          {serverError !== null ? <Alert title="The visit type was not saved">{serverError}</Alert> : null}
          <fieldset disabled={isSubmitting} className="flex flex-col gap-4">
            <legend className="sr-only">Visit type</legend>
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
          </fieldset>
          <DialogFooter>
            <DialogClose asChild>
              <Button disabled={isSubmitting}>Cancel</Button>
            </DialogClose>
            <Button type="submit" variant="primary" busy={isSubmitting}>
              {isSubmitting ? "Saving…" : "Save visit type"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
