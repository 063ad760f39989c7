"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { overrideSchema, type OverrideValues } from "@/lib/schedule/forms";
import { Alert } from "@/components/ui/alert";
import { Dialog, DialogActions, DialogContent } from "@/components/ui/dialog";
import { FormField, inputClass } from "@/components/ui/form-field";
import { useReturnFocus } from "./use-return-focus";

/**
 * Booking or moving outside a provider's working hours: allowed, but only
 * with a stated reason, which the server records (the audit event notes that
 * an override was used; the reason stays on the appointment).
 */
export function OverrideDialog({
  open,
  onOpenChange,
  what,
  verb = "Book",
  onConfirm,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** e.g. "Wed, May 13 at 5:30 PM with Miles Brandt". */
  what: ReactNode;
  verb?: "Book" | "Move";
  /** Resolves with an error message to show here, or null when done (the caller closes the dialog). */
  onConfirm: (reason: string) => Promise<string | null>;
}) {
  const [error, setError] = useState<string | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<OverrideValues>({ resolver: zodResolver(overrideSchema), mode: "onTouched", defaultValues: { reason: "" } });

  const returnFocus = useReturnFocus(open);

  useEffect(() => {
    if (error !== null) alertRef.current?.focus();
  }, [error]);

  const submit = handleSubmit(async (values) => {
    setError(null);
    const message = await onConfirm(values.reason);
    if (message !== null) setError(message);
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (isSubmitting) return;
        if (next) {
          reset({ reason: "" });
          setError(null);
        }
        onOpenChange(next);
      }}
    >
      <DialogContent
        testId="override-dialog"
        onCloseAutoFocus={returnFocus}
        title={`${verb} outside working hours?`}
        description={
          <>
            {what} is outside the provider&apos;s working hours. You can still {verb === "Book" ? "book" : "move"} it there: say why, for example that the provider agreed
            to stay late. The reason is kept with the appointment.
          </>
        }
      >
        <form noValidate onSubmit={(e) => void submit(e)} className="flex flex-col gap-4">
          {error !== null ? (
            <Alert ref={alertRef} title={verb === "Book" ? "Not booked" : "Not moved"}>
              {error}
            </Alert>
          ) : null}
          <FormField label="Reason for the override" error={errors.reason?.message} hint="5 to 300 characters. No clinical details.">
            {(props) => <textarea {...props} {...register("reason")} rows={3} disabled={isSubmitting} className={inputClass(errors.reason !== undefined, "resize-y")} />}
          </FormField>
          <DialogActions busy={isSubmitting} cancelLabel="Back">
            {isSubmitting ? (verb === "Book" ? "Booking…" : "Moving…") : `${verb} with override`}
          </DialogActions>
        </form>
      </DialogContent>
    </Dialog>
  );
}
