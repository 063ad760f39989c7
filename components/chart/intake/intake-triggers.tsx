"use client";

import { forwardRef, type ComponentProps } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { onDemand, standInButtonProps } from "@/components/ui/on-demand";
import type { AllergyDialog as Allergy } from "./allergy-dialog";
import type { EncounterDialog as Encounter } from "./encounter-dialog";
import type { MedicationDialog as Medication } from "./medication-dialog";
import type { VitalsDialog as Vitals } from "./vitals-dialog";

/**
 * An intake trigger ("Record vitals", "Add allergy", …), shared by each intake
 * dialog and by the stand-in the chart ships until that dialog's form and
 * schema are loaded on demand.
 */
export const IntakeButton = forwardRef<HTMLButtonElement, ButtonProps & { label: string }>(function IntakeButton({ label, ...props }, ref) {
  return (
    <Button ref={ref} size="sm" {...props}>
      <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="-ml-0.5 h-4 w-4">
        <path d="M10.75 4.75a.75.75 0 0 0-1.5 0v4.5h-4.5a.75.75 0 0 0 0 1.5h4.5v4.5a.75.75 0 0 0 1.5 0v-4.5h4.5a.75.75 0 0 0 0-1.5h-4.5v-4.5Z" />
      </svg>
      {label}
    </Button>
  );
});

type PropsOf<C> = Omit<ComponentProps<C extends (props: infer P) => unknown ? (props: P) => null : never>, "defaultOpen">;

export const VitalsDialog = onDemand<PropsOf<typeof Vitals>>(
  () => import("./vitals-dialog").then((m) => m.VitalsDialog),
  (p) => <IntakeButton label="Record vitals" {...standInButtonProps(p)} />,
);
export const AllergyDialog = onDemand<PropsOf<typeof Allergy>>(
  () => import("./allergy-dialog").then((m) => m.AllergyDialog),
  (p) => <IntakeButton label="Add allergy" {...standInButtonProps(p)} />,
);
export const MedicationDialog = onDemand<PropsOf<typeof Medication>>(
  () => import("./medication-dialog").then((m) => m.MedicationDialog),
  (p) => <IntakeButton label="Add medication" {...standInButtonProps(p)} />,
);
export const EncounterDialog = onDemand<PropsOf<typeof Encounter>>(
  () => import("./encounter-dialog").then((m) => m.EncounterDialog),
  (p) => <IntakeButton label="Start encounter" variant="primary" {...standInButtonProps(p)} />,
);
