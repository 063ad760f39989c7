"use client";

import { useEffect, useRef, type ComponentProps, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Dialog, DialogActions, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import type { FormDialogState } from "./use-form-dialog";

type ContentProps = ComponentProps<typeof DialogContent>;

/**
 * The frame every form dialog shares (state from `useFormDialog`): a trigger,
 * a dialog that will not close on an outside click once something is typed
 * or while it is sending, the server's refusal in an alert that takes focus
 * (the disabled fieldset drops it), the fields, and Cancel / submit.
 */
export function FormDialog({
  open,
  onOpenChange,
  serverError,
  submitting,
  dirty,
  onSubmit,
  trigger,
  title,
  description,
  testId,
  size = "md",
  errorTitle = "Not saved",
  legend,
  submitLabel,
  submittingLabel,
  onCloseAutoFocus,
  containSubmit = false,
  children,
}: FormDialogState & {
  trigger: ReactNode;
  title: string;
  description: ReactNode;
  testId: string;
  size?: ContentProps["size"];
  /** The alert's title when the server refuses. */
  errorTitle?: string;
  /** The fieldset's name for screen readers (default: the title). */
  legend?: string;
  submitLabel: string;
  submittingLabel: string;
  onCloseAutoFocus?: ContentProps["onCloseAutoFocus"];
  /** The dialog may sit inside another form (booking): keep its submit from reaching that one. */
  containSubmit?: boolean;
  children: ReactNode;
}) {
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (serverError !== null) alertRef.current?.focus();
  }, [serverError]);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (submitting) return;
        onOpenChange(next);
      }}
    >
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent
        size={size}
        testId={testId}
        title={title}
        description={description}
        onCloseAutoFocus={onCloseAutoFocus}
        onInteractOutside={(e) => {
          // A click outside must not throw away what was typed.
          if (dirty || submitting) e.preventDefault();
        }}
      >
        <form
          noValidate
          onSubmit={(e) => {
            if (containSubmit) e.stopPropagation();
            onSubmit(e);
          }}
          className="flex flex-col gap-4"
        >
          {serverError !== null ? (
            <Alert ref={alertRef} title={errorTitle}>
              {serverError}
            </Alert>
          ) : null}
          <fieldset disabled={submitting} className="flex flex-col gap-4">
            <legend className="sr-only">{legend ?? title}</legend>
            {children}
          </fieldset>
          <DialogActions busy={submitting}>{submitting ? submittingLabel : submitLabel}</DialogActions>
        </form>
      </DialogContent>
    </Dialog>
  );
}
