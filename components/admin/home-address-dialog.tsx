"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "convex/react";
import { api } from "@/convex/_generated/api";
import { errorMessage } from "@/lib/client-errors";
import { homeAddressSchema, type HomeAddress } from "@/lib/schemas/members";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormField, inputClass } from "@/components/ui/form-field";
import { HomeAddressButton } from "./member-triggers";
import type { MemberRow } from "./use-member-roster";

/**
 * A member's home address, used only to alert compliance when they open the
 * chart of a patient at the same address. Admins set or clear it; audited.
 */
export function HomeAddressDialog({
  member,
  onChanged,
  defaultOpen = false,
}: {
  member: MemberRow;
  onChanged: (message: string) => void;
  defaultOpen?: boolean;
}) {
  const save = useMutation(api.members.setHomeAddress);
  const [open, setOpen] = useState(defaultOpen);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<HomeAddress>({ resolver: zodResolver(homeAddressSchema), defaultValues: member.homeAddress ?? { line1: "", zip: "" } });
  const { register, handleSubmit, formState, reset } = form;

  const submit = async (address: HomeAddress | null) => {
    setError(null);
    try {
      await save({ memberId: member._id, address });
      setOpen(false);
      onChanged(address === null ? `${member.name}'s home address was removed.` : `${member.name}'s home address was saved.`);
    } catch (err) {
      setError(errorMessage(err, "The address was not saved. Check your connection and try again."));
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (formState.isSubmitting) return;
        if (next) {
          reset(member.homeAddress ?? { line1: "", zip: "" });
          setError(null);
        }
        setOpen(next);
      }}
    >
      <DialogTrigger asChild>
        <HomeAddressButton memberName={member.name} />
      </DialogTrigger>
      <DialogContent
        testId="home-address-dialog"
        title={`${member.name}'s home address`}
        description="Used only to alert your compliance officer when this person opens the chart of a patient who lives at the same address. It is not shown elsewhere and is not written to the audit trail."
      >
        <form className="flex flex-col gap-4" noValidate onSubmit={(e) => void handleSubmit((v) => submit(v))(e)}>
          {error !== null ? <Alert title="Not saved">{error}</Alert> : null}
          <FormField label="Street address" error={formState.errors.line1?.message}>
            {(p) => <input {...p} autoComplete="off" className={inputClass(p["aria-invalid"] === true)} {...register("line1")} />}
          </FormField>
          <div className="w-40">
            <FormField label="ZIP code" error={formState.errors.zip?.message}>
              {(p) => <input {...p} inputMode="numeric" autoComplete="off" className={inputClass(p["aria-invalid"] === true)} {...register("zip")} />}
            </FormField>
          </div>
          <DialogActions
            busy={formState.isSubmitting}
            before={
              member.homeAddress !== null ? (
                <Button variant="danger-outline" disabled={formState.isSubmitting} onClick={() => void submit(null)}>
                  Remove address
                </Button>
              ) : null
            }
          >
            Save address
          </DialogActions>
        </form>
      </DialogContent>
    </Dialog>
  );
}
