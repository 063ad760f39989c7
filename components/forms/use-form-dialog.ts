"use client";

import { useCallback, useState, type FormEvent } from "react";
import { useForm, type DefaultValues, type FieldValues, type UseFormProps, type UseFormReturn } from "react-hook-form";
import { errorMessage } from "@/lib/client-errors";

/** What `<FormDialog>` needs from the hook: spread it as `{...dialog}`. */
export interface FormDialogState {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  serverError: string | null;
  submitting: boolean;
  dirty: boolean;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
}

export interface UseFormDialogOptions<TInput extends FieldValues, TOutput, TResult> {
  /** react-hook-form's options (resolver, mode…); `defaultValues` is also what each opening starts from. */
  form: UseFormProps<TInput, unknown, TOutput> & { defaultValues: DefaultValues<TInput> };
  /** Sends the checked values to the server; a throw shows in the dialog's alert and keeps what was typed. */
  submit: (values: TOutput) => Promise<TResult>;
  /** After a successful submit, once the dialog has closed. */
  onDone?: (result: TResult, values: TOutput) => void;
  /** The alert's text when the error carries no message of its own (a dropped connection). */
  errorFallback: string;
  /** What an opening starts from when it depends on the moment (default: `form.defaultValues`). */
  valuesOnOpen?: () => DefaultValues<TInput>;
  defaultOpen?: boolean;
}

/**
 * The scaffolding every form dialog shares: open state, a fresh form each
 * time it opens, the server's refusal kept for the alert, no closing while
 * the submit is under way, and closing once the server has accepted.
 *
 * @example
 * const { form, dialog } = useFormDialog({
 *   form: { resolver: zodResolver(allergySchema), mode: "onTouched", defaultValues: { substance: "" } },
 *   submit: (values) => add(values),
 *   onDone: (_id, values) => onDone(`Allergy to ${values.substance} added.`),
 *   errorFallback: "The allergy was not saved. Check your connection and try again.",
 * });
 * return <FormDialog {...dialog} title="Add allergy" …>{fields using form.register}</FormDialog>;
 */
export function useFormDialog<TInput extends FieldValues, TOutput = TInput, TResult = unknown>({
  form: formOptions,
  submit,
  onDone,
  errorFallback,
  valuesOnOpen,
  defaultOpen = false,
}: UseFormDialogOptions<TInput, TOutput, TResult>): {
  form: UseFormReturn<TInput, unknown, TOutput>;
  dialog: FormDialogState;
} {
  const [open, setOpen] = useState(defaultOpen);
  const [serverError, setServerError] = useState<string | null>(null);
  const form = useForm<TInput, unknown, TOutput>(formOptions);
  const { handleSubmit, reset } = form;
  const { isSubmitting, isDirty } = form.formState;
  const defaults = formOptions.defaultValues;

  const onOpenChange = useCallback(
    (next: boolean) => {
      if (isSubmitting) return;
      if (next) {
        setServerError(null);
        reset(valuesOnOpen !== undefined ? valuesOnOpen() : defaults);
      }
      setOpen(next);
    },
    [isSubmitting, reset, defaults, valuesOnOpen],
  );

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    void handleSubmit(async (values) => {
      setServerError(null);
      let result: TResult;
      try {
        result = await submit(values);
      } catch (err) {
        setServerError(errorMessage(err, errorFallback));
        return;
      }
      setOpen(false);
      onDone?.(result, values);
    })(e);
  };

  return {
    form,
    dialog: { open, onOpenChange, serverError, submitting: isSubmitting, dirty: isDirty, onSubmit },
  };
}
