"use client";

import type { ComponentProps } from "react";
import type { FieldError } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "convex/react";
import { api } from "@/convex/_generated/api";
import type { Id } from "@/convex/_generated/dataModel";
import { newPatientSchema, SEX_LABELS, SEX_VALUES, type NewPatient, type NewPatientInput, type Sex } from "@/lib/schemas/patient";
import type { Button } from "@/components/ui/button";
import type { DialogContent } from "@/components/ui/dialog";
import { FormDialog } from "@/components/forms/form-dialog";
import { useFormDialog } from "@/components/forms/use-form-dialog";
import { FormField, inputClass } from "@/components/ui/form-field";
import { RegisterPatientButton } from "./register-patient-trigger";

/** What the caller learns about the new patient (the shape a search result has). */
export interface RegisteredPatient {
  _id: Id<"patients">;
  mrn: string;
  firstName: string;
  middleName: string | null;
  lastName: string;
  dob: string;
  sex: Sex;
}

const EMPTY: NewPatientInput = {
  firstName: "",
  middleName: "",
  lastName: "",
  dob: "",
  sex: "" as Sex,
  phone: "",
  email: "",
  address: { line1: "", city: "", state: "", zip: "" },
  insurance: { payer: "", memberNumber: "", groupNumber: "" },
  emergencyContact: { name: "", relationship: "", phone: "" },
};

type DialogContentProps = ComponentProps<typeof DialogContent>;

/**
 * "Register new patient": a form in a dialog, checked in the browser with the
 * schema the server uses. The server assigns the MRN and refuses a likely
 * duplicate (same name and date of birth), naming the existing MRN; its
 * refusals show in an alert inside the dialog.
 */
export function RegisterPatientDialog({
  onRegistered,
  triggerLabel = "Register new patient",
  triggerVariant = "primary",
  triggerSize,
  disabled = false,
  onCloseAutoFocus,
  defaultOpen = false,
}: {
  onRegistered: (patient: RegisteredPatient) => void;
  triggerLabel?: string;
  triggerVariant?: ComponentProps<typeof Button>["variant"];
  triggerSize?: ComponentProps<typeof Button>["size"];
  disabled?: boolean;
  onCloseAutoFocus?: DialogContentProps["onCloseAutoFocus"];
  defaultOpen?: boolean;
}) {
  const registerPatient = useMutation(api.patients.register);
  const {
    form: {
      register,
      formState: { errors },
    },
    dialog,
  } = useFormDialog<NewPatientInput, NewPatient, { patientId: Id<"patients">; mrn: string }>({
    form: { resolver: zodResolver(newPatientSchema), mode: "onTouched", defaultValues: EMPTY },
    submit: (values) => registerPatient(values),
    onDone: ({ patientId, mrn }, values) =>
      onRegistered({
        _id: patientId,
        mrn,
        firstName: values.firstName,
        middleName: values.middleName ?? null,
        lastName: values.lastName,
        dob: values.dob,
        sex: values.sex,
      }),
    errorFallback: "The patient was not registered. Check your connection and try again.",
    defaultOpen,
  });

  const msg = (e: FieldError | undefined) => e?.message;
  const field = (invalid: boolean, extra = "") => inputClass(invalid, extra);

  return (
    <FormDialog
      {...dialog}
      trigger={<RegisterPatientButton label={triggerLabel} variant={triggerVariant} size={triggerSize} disabled={disabled} />}
      size="xl"
      testId="register-patient-dialog"
      title="Register new patient"
      description="Enter the patient's details as on their ID. The medical record number (MRN) is assigned when you register. Address, insurance and emergency contact can be added later."
      onCloseAutoFocus={onCloseAutoFocus}
      containSubmit
      errorTitle="The patient was not registered"
      legend="Patient"
      submitLabel="Register patient"
      submittingLabel="Registering…"
    >
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField label="First name" error={msg(errors.firstName)}>
          {(props) => <input {...props} {...register("firstName")} type="text" autoComplete="off" className={field(errors.firstName !== undefined)} />}
        </FormField>
        <FormField label="Middle name" optional error={msg(errors.middleName)}>
          {(props) => <input {...props} {...register("middleName")} type="text" autoComplete="off" className={field(errors.middleName !== undefined)} />}
        </FormField>
        <FormField label="Last name" error={msg(errors.lastName)}>
          {(props) => <input {...props} {...register("lastName")} type="text" autoComplete="off" className={field(errors.lastName !== undefined)} />}
        </FormField>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Date of birth" error={msg(errors.dob)}>
          {(props) => <input {...props} {...register("dob")} type="date" autoComplete="off" className={field(errors.dob !== undefined)} />}
        </FormField>
        <FormField label="Sex" error={msg(errors.sex)}>
          {(props) => (
            <select {...props} {...register("sex")} className={field(errors.sex !== undefined, "pr-8")}>
              <option value="" disabled>
                Choose…
              </option>
              {SEX_VALUES.map((s) => (
                <option key={s} value={s}>
                  {SEX_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Phone" optional error={msg(errors.phone)} hint="10-digit US number.">
          {(props) => <input {...props} {...register("phone")} type="tel" inputMode="tel" autoComplete="off" placeholder="(555) 555-0100" className={field(errors.phone !== undefined)} />}
        </FormField>
        <FormField label="Email" optional error={msg(errors.email)}>
          {(props) => (
            <input {...props} {...register("email")} type="email" inputMode="email" autoComplete="off" autoCapitalize="none" spellCheck={false} className={field(errors.email !== undefined)} />
          )}
        </FormField>
      </div>

      <fieldset className="flex flex-col gap-3 rounded-lg border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold text-slate-800">
          Address <span className="text-xs font-normal text-slate-500">(optional)</span>
        </legend>
        <FormField label="Street address" error={msg(errors.address?.line1)}>
          {(props) => <input {...props} {...register("address.line1")} type="text" autoComplete="off" className={field(errors.address?.line1 !== undefined)} />}
        </FormField>
        <div className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr]">
          <FormField label="City" error={msg(errors.address?.city)}>
            {(props) => <input {...props} {...register("address.city")} type="text" autoComplete="off" className={field(errors.address?.city !== undefined)} />}
          </FormField>
          <FormField label="State" error={msg(errors.address?.state)}>
            {(props) => (
              <input {...props} {...register("address.state")} type="text" maxLength={2} autoComplete="off" placeholder="IL" className={field(errors.address?.state !== undefined, "uppercase")} />
            )}
          </FormField>
          <FormField label="ZIP" error={msg(errors.address?.zip)}>
            {(props) => (
              <input {...props} {...register("address.zip")} type="text" inputMode="numeric" maxLength={5} autoComplete="off" className={field(errors.address?.zip !== undefined)} />
            )}
          </FormField>
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-3 rounded-lg border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold text-slate-800">
          Insurance <span className="text-xs font-normal text-slate-500">(optional)</span>
        </legend>
        <div className="grid gap-3 sm:grid-cols-3">
          <FormField label="Payer" error={msg(errors.insurance?.payer)}>
            {(props) => <input {...props} {...register("insurance.payer")} type="text" autoComplete="off" className={field(errors.insurance?.payer !== undefined)} />}
          </FormField>
          <FormField label="Member number" error={msg(errors.insurance?.memberNumber)}>
            {(props) => (
              <input {...props} {...register("insurance.memberNumber")} type="text" autoComplete="off" className={field(errors.insurance?.memberNumber !== undefined)} />
            )}
          </FormField>
          <FormField label="Group number" error={msg(errors.insurance?.groupNumber)}>
            {(props) => (
              <input {...props} {...register("insurance.groupNumber")} type="text" autoComplete="off" className={field(errors.insurance?.groupNumber !== undefined)} />
            )}
          </FormField>
        </div>
      </fieldset>

      <fieldset className="flex flex-col gap-3 rounded-lg border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold text-slate-800">
          Emergency contact <span className="text-xs font-normal text-slate-500">(optional)</span>
        </legend>
        <div className="grid gap-3 sm:grid-cols-3">
          <FormField label="Contact name" error={msg(errors.emergencyContact?.name)}>
            {(props) => (
              <input {...props} {...register("emergencyContact.name")} type="text" autoComplete="off" className={field(errors.emergencyContact?.name !== undefined)} />
            )}
          </FormField>
          <FormField label="Relationship" error={msg(errors.emergencyContact?.relationship)}>
            {(props) => (
              <input {...props} {...register("emergencyContact.relationship")} type="text" autoComplete="off" className={field(errors.emergencyContact?.relationship !== undefined)} />
            )}
          </FormField>
          <FormField label="Contact phone" error={msg(errors.emergencyContact?.phone)}>
            {(props) => (
              <input {...props} {...register("emergencyContact.phone")} type="tel" inputMode="tel" autoComplete="off" className={field(errors.emergencyContact?.phone !== undefined)} />
            )}
          </FormField>
        </div>
      </fieldset>
    </FormDialog>
  );
}
