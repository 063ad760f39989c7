"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";

/**
 * The frame every intake form shares: a trigger button, a dialog that will not
 * close on an outside click once something is typed, the server's refusal in
 * an alert (focused), and Cancel / submit.
 */
export function IntakeDialog({
  open,
  onOpenChange,
  trigger,
  title,
  description,
  testId,
  serverError,
  submitting,
  dirty,
  submitLabel,
  submittingLabel,
  onSubmit,
  children,
  size = "md",
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  trigger: ReactNode;
  title: string;
  description: ReactNode;
  testId: string;
  serverError: string | null;
  submitting: boolean;
  dirty: boolean;
  submitLabel: string;
  submittingLabel: string;
  onSubmit: (e: React.FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
  size?: "md" | "lg" | "xl";
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
        onInteractOutside={(e) => {
          if (dirty || submitting) e.preventDefault();
        }}
      >
        <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
          {serverError !== null ? (
            <Alert ref={alertRef} title="Not saved">
              {serverError}
            </Alert>
          ) : null}
          <fieldset disabled={submitting} className="flex flex-col gap-4">
            <legend className="sr-only">{title}</legend>
            {children}
          </fieldset>
          <DialogFooter>
            <DialogClose asChild>
              <Button disabled={submitting}>Cancel</Button>
            </DialogClose>
            <Button type="submit" variant="primary" busy={submitting}>
              {submitting ? submittingLabel : submitLabel}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
