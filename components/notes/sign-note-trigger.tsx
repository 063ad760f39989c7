"use client";

import { forwardRef } from "react";
import type { Id } from "@/convex/_generated/dataModel";
import type { unsignableReason } from "@/lib/clinical/soap";
import { Button, type ButtonProps } from "@/components/ui/button";

export interface SignNoteDialogProps {
  fields: Parameters<typeof unsignableReason>[0];
  flush: () => Promise<boolean>;
  currentNoteId: () => Id<"notes"> | null;
  onSigned: (at: number) => void;
  /** AI-drafted parts nobody reviewed yet: the server refuses to sign while any remain. */
  unreviewed: number;
}

/** The sign dialog's trigger, shared by the dialog and the light stand-in the page ships before it loads. */
export const SignNoteButton = forwardRef<HTMLButtonElement, ButtonProps>(function SignNoteButton(props, ref) {
  return (
    <Button ref={ref} variant="primary" size="sm" {...props}>
      Sign note…
    </Button>
  );
});
