"use client";

import { forwardRef } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { onDemand, standInButtonProps } from "@/components/ui/on-demand";
import type { SettingsLocation, SettingsProvider, SettingsVisitType } from "./use-settings-config";

/*
 * The schedule settings' dialog triggers, shared by each dialog (its Radix
 * trigger) and by the stand-in the page ships until the dialog's form and
 * schema load on demand.
 */

export const AddExceptionButton = forwardRef<HTMLButtonElement, ButtonProps>(function AddExceptionButton(props, ref) {
  return (
    <Button ref={ref} size="sm" variant="primary" {...props}>
      Add exception
    </Button>
  );
});

/** "Edit" for a visit type (named for screen readers), or "Add visit type". */
export const VisitTypeButton = forwardRef<HTMLButtonElement, ButtonProps & { typeName: string | undefined }>(function VisitTypeButton({ typeName, ...props }, ref) {
  return typeName !== undefined ? (
    <Button ref={ref} size="sm" aria-label={`Edit visit type ${typeName}`} {...props}>
      Edit
    </Button>
  ) : (
    <Button ref={ref} size="sm" variant="primary" {...props}>
      Add visit type
    </Button>
  );
});

export const AddExceptionDialog = onDemand<{ provider: SettingsProvider; locations: SettingsLocation[]; today: string; onAdded: (message: string) => void }>(
  () => import("./exception-dialog").then((m) => m.AddExceptionDialog),
  (p) => <AddExceptionButton {...standInButtonProps(p)} />,
);

export const VisitTypeDialog = onDemand<{ type?: SettingsVisitType; onSaved: (message: string) => void }>(
  () => import("./visit-type-dialog").then((m) => m.VisitTypeDialog),
  (p) => <VisitTypeButton typeName={p.type?.name} {...standInButtonProps(p)} />,
);
