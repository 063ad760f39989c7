"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import { useMutation, useQuery } from "convex/react";
import { api } from "@/convex/_generated/api";
import { errorMessage } from "@/lib/client-errors";
import { MAX_IDLE_MINUTES, MIN_IDLE_MINUTES } from "@/lib/session/policy";
import { idleTimeoutMinutesSchema } from "@/lib/session/policy-schema";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SectionCard, SkeletonRows } from "@/components/ui/card";
import { FormField, inputClass } from "@/components/ui/form-field";

const formSchema = z.object({ minutes: idleTimeoutMinutesSchema });
type FormValues = z.infer<typeof formSchema>;

/** The practice's idle limit for automatic sign-out (practice admins). */
export function IdleTimeoutCard({ onSaved }: { onSaved: (message: string) => void }) {
  const policy = useQuery(api.session.policy, {});
  return (
    <SectionCard id="idle-timeout" title="Automatic sign-out" testId="idle-timeout-card">
      {policy === undefined ? (
        <div className="p-4">
          <SkeletonRows rows={1} />
        </div>
      ) : (
        <IdleTimeoutForm key={policy.idleTimeoutMinutes} current={policy.idleTimeoutMinutes} onSaved={onSaved} />
      )}
    </SectionCard>
  );
}

function IdleTimeoutForm({ current, onSaved }: { current: number; onSaved: (message: string) => void }) {
  const save = useMutation(api.session.setIdleTimeout);
  const [serverError, setServerError] = useState<string | null>(null);
  const whole = Number.isInteger(current) && current >= MIN_IDLE_MINUTES && current <= MAX_IDLE_MINUTES;
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting, isDirty },
  } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    mode: "onTouched",
    defaultValues: { minutes: whole ? current : 15 },
  });

  const onSubmit = handleSubmit(async ({ minutes }) => {
    setServerError(null);
    try {
      await save({ minutes });
      onSaved(`Automatic sign-out is now after ${minutes} minute${minutes === 1 ? "" : "s"} without activity.`);
    } catch (err) {
      setServerError(errorMessage(err, "The setting could not be saved. Check your connection and try again."));
    }
  });

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-4 p-4">
      <p className="max-w-2xl text-sm text-slate-600">
        When a person has not used the app for this long, patient information leaves their screen and they are signed out
        in every open tab. A warning comes a minute before.
      </p>
      {serverError !== null ? <Alert title="The setting was not saved">{serverError}</Alert> : null}
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-48">
          <FormField
            label="Sign out after (minutes)"
            hint={`${MIN_IDLE_MINUTES} to ${MAX_IDLE_MINUTES} minutes${whole ? "" : ` · now ${Math.round(current * 60)} seconds (set for testing)`}`}
            error={errors.minutes?.message}
          >
            {(field) => (
              <input
                {...field}
                {...register("minutes", { valueAsNumber: true })}
                type="number"
                inputMode="numeric"
                min={MIN_IDLE_MINUTES}
                max={MAX_IDLE_MINUTES}
                step={1}
                disabled={isSubmitting}
                className={inputClass(errors.minutes !== undefined)}
              />
            )}
          </FormField>
        </div>
        <Button type="submit" variant="primary" busy={isSubmitting} disabled={!isDirty && whole} className="mb-6">
          Save
        </Button>
      </div>
    </form>
  );
}
