"use client";

import { useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { useMutation } from "convex/react";
import { api } from "@/convex/_generated/api";
import type { Id } from "@/convex/_generated/dataModel";
import { ROLE_LABELS, ROLES, isRole } from "@/lib/roles";
import { newMemberSchema, type NewMember } from "@/lib/schemas/members";
import { FormDialog } from "@/components/forms/form-dialog";
import { useFormDialog } from "@/components/forms/use-form-dialog";
import { FormField, inputClass } from "@/components/ui/form-field";
import { AddMemberButton } from "./member-triggers";
import { ROLE_SUMMARIES } from "./role-info";

type FormInput = z.input<typeof newMemberSchema>;

export interface AddedMember extends NewMember {
  memberId: Id<"members">;
}

/**
 * "Add member": a form in a dialog. Validated in the browser with the same
 * schema the server uses; the server's refusals (duplicate email, rate limit)
 * are shown in an alert inside the dialog.
 */
export function AddMemberDialog({
  practiceName,
  onAdded,
  defaultOpen = false,
}: {
  practiceName: string;
  onAdded: (added: AddedMember) => void;
  defaultOpen?: boolean;
}) {
  const add = useMutation(api.members.add);
  const {
    form: {
      register,
      control,
      formState: { errors },
    },
    dialog,
  } = useFormDialog<FormInput, NewMember, Id<"members">>({
    form: { resolver: zodResolver(newMemberSchema), mode: "onTouched", defaultValues: { email: "", name: "", title: "" } },
    submit: (values) => add({ email: values.email, name: values.name, role: values.role, title: values.title }),
    onDone: (memberId, values) => onAdded({ ...values, memberId }),
    errorFallback: "The member could not be added. Check your connection and try again.",
    defaultOpen,
  });
  const role = useWatch({ control, name: "role" }) as string | undefined;

  return (
    <FormDialog
      {...dialog}
      trigger={<AddMemberButton />}
      size="lg"
      testId="add-member-dialog"
      title="Add a member"
      description={
        <>
          Give someone access to {practiceName}. Their membership links to their account the first time they sign in
          with this email address; until then the roster shows them as <em>Not signed in yet</em>.
        </>
      }
      errorTitle="The member was not added"
      legend="New member"
      submitLabel="Add member"
      submittingLabel="Adding…"
    >
      <FormField label="Work email" error={errors.email?.message} hint="The address they will sign in with.">
        {(props) => (
          <input
            {...props}
            {...register("email")}
            type="email"
            inputMode="email"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            placeholder="name@practice.example"
            className={inputClass(errors.email !== undefined)}
          />
        )}
      </FormField>
      <FormField label="Full name" error={errors.name?.message}>
        {(props) => (
          <input
            {...props}
            {...register("name")}
            type="text"
            autoComplete="off"
            className={inputClass(errors.name !== undefined)}
          />
        )}
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          label="Role"
          error={errors.role?.message}
          hint={role !== undefined && isRole(role) ? ROLE_SUMMARIES[role] : "Decides what they can see and do."}
        >
          {(props) => (
            <select
              {...props}
              {...register("role")}
              defaultValue=""
              className={inputClass(errors.role !== undefined, "pr-8")}
            >
              <option value="" disabled>
                Choose a role…
              </option>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label="Job title" optional error={errors.title?.message} hint="Shown next to their name, e.g. RN.">
          {(props) => (
            <input
              {...props}
              {...register("title")}
              type="text"
              autoComplete="off"
              className={inputClass(errors.title !== undefined)}
            />
          )}
        </FormField>
      </div>
    </FormDialog>
  );
}
