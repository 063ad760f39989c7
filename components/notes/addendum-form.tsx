"use client";

import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { useMutation } from "convex/react";
import { api } from "@/convex/_generated/api";
import type { Id } from "@/convex/_generated/dataModel";
import { errorMessage } from "@/lib/client-errors";
import { addendumSchema } from "@/lib/clinical/entries";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField, inputClass } from "@/components/ui/form-field";
import { useViewer } from "@/components/shell/viewer-context";
import { useChart } from "@/components/chart/chart-context";

type Input = z.input<typeof addendumSchema>;
type Output = z.output<typeof addendumSchema>;

/** A correction or late entry beneath a signed note; it is signed when added and never changes. */
export function AddendumForm({ noteId, onAdded }: { noteId: Id<"notes">; onAdded: (message: string) => void }) {
  const chart = useChart();
  const viewer = useViewer();
  const add = useMutation(api.notes.addAddendum);
  const [open, setOpen] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLTextAreaElement | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Input, unknown, Output>({ resolver: zodResolver(addendumSchema), mode: "onTouched", defaultValues: { text: "" } });
  const { ref: registerRef, ...textField } = register("text");

  useEffect(() => {
    if (serverError !== null) alertRef.current?.focus();
  }, [serverError]);
  useEffect(() => {
    if (open) textRef.current?.focus();
  }, [open]);

  const onSubmit = handleSubmit(async ({ text }) => {
    setServerError(null);
    try {
      await add({ patientId: chart.patientId, noteId, text });
      reset({ text: "" });
      setOpen(false);
      onAdded("Addendum signed and added beneath the note.");
    } catch (err) {
      setServerError(errorMessage(err, "The addendum was not added. Check your connection and try again."));
    }
  });

  if (!open) {
    return (
      <div className="print:hidden">
        <Button size="sm" onClick={() => setOpen(true)}>
          Add addendum
        </Button>
      </div>
    );
  }

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-slate-50 p-3 print:hidden" data-testid="addendum-form">
      {serverError !== null ? (
        <Alert ref={alertRef} title="The addendum was not added">
          {serverError}
        </Alert>
      ) : null}
      <FormField
        label="Addendum"
        error={errors.text?.message}
        hint={`Signed as ${viewer.name} when you add it. It cannot be changed afterwards.`}
      >
        {(props) => (
          <textarea
            {...props}
            {...textField}
            ref={(el) => {
              registerRef(el);
              textRef.current = el;
            }}
            rows={3}
            disabled={isSubmitting}
            className={inputClass(errors.text !== undefined, "resize-y bg-white")}
          />
        )}
      </FormField>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button
          disabled={isSubmitting}
          onClick={() => {
            reset({ text: "" });
            setServerError(null);
            setOpen(false);
          }}
        >
          Cancel
        </Button>
        <Button type="submit" variant="primary" busy={isSubmitting}>
          {isSubmitting ? "Signing…" : "Sign and add addendum"}
        </Button>
      </div>
    </form>
  );
}
