"use client";

import { forwardRef, type ComponentProps } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { onDemand, standInButtonProps } from "@/components/ui/on-demand";
import type { RegisterPatientDialog as RealDialog } from "./register-patient-dialog";

/** The "Register new patient" trigger, shared by the dialog and its stand-in on the search page. */
export const RegisterPatientButton = forwardRef<HTMLButtonElement, ButtonProps & { label: string }>(function RegisterPatientButton({ label, ...props }, ref) {
  return (
    <Button ref={ref} {...props}>
      {label}
    </Button>
  );
});

type Props = Omit<ComponentProps<typeof RealDialog>, "defaultOpen">;

/** The registration dialog, its form and schema loaded when someone is about to open it. */
export const RegisterPatientDialog = onDemand<Props>(
  () => import("./register-patient-dialog").then((m) => m.RegisterPatientDialog),
  (p) => (
    <RegisterPatientButton
      label={p.triggerLabel ?? "Register new patient"}
      variant={p.triggerVariant ?? "primary"}
      size={p.triggerSize}
      disabled={p.disabled}
      {...standInButtonProps(p)}
    />
  ),
);
