"use client";

import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery } from "convex/react";
import { api } from "@/convex/_generated/api";
import { CHARTS_PER_HOUR_RANGE, alertRulesSchema, type AlertRules } from "@/lib/compliance/alerts";
import { errorMessage } from "@/lib/client-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SectionCard, SkeletonRows } from "@/components/ui/card";
import { FormField, inputClass } from "@/components/ui/form-field";

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;

/** The compliance alert rules: what puts a chart access in the review queue. Audited. */
export function AlertRulesCard({ onSaved }: { onSaved: (message: string) => void }) {
  const rules = useQuery(api.alertRules.get, {});
  return (
    <SectionCard id="alert-rules" title="Compliance alerts" testId="alert-rules">
      {rules === undefined ? <SkeletonRows rows={3} /> : <AlertRulesForm key={JSON.stringify(rules)} rules={rules} onSaved={onSaved} />}
    </SectionCard>
  );
}

function AlertRulesForm({ rules, onSaved }: { rules: AlertRules; onSaved: (message: string) => void }) {
  const save = useMutation(api.alertRules.set);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<AlertRules>({ resolver: zodResolver(alertRulesSchema), defaultValues: rules });
  const { register, handleSubmit, formState, setValue, control } = form;
  const weekdays = useWatch({ control, name: "hours.weekdays" });
  const submit = handleSubmit(async (values) => {
    setError(null);
    try {
      await save({ rules: values });
      onSaved("Compliance alert rules saved. They apply to the next chart opened.");
      form.reset(values);
    } catch (err) {
      setError(errorMessage(err));
    }
  });
  return (
    <form onSubmit={(e) => void submit(e)} className="flex flex-col gap-4 p-4" noValidate aria-label="Compliance alert rules">
      <p className="text-sm text-slate-600">
        Each rule puts a chart access in the compliance officers&apos; review queue. Emergency access is always reviewed.
      </p>
      <div className="max-w-xs">
        <FormField
          label="Alert when one person opens more than this many charts in an hour"
          hint={`${CHARTS_PER_HOUR_RANGE.min} to ${CHARTS_PER_HOUR_RANGE.max}`}
          error={formState.errors.chartsPerHour?.message}
        >
          {(p) => <input {...p} type="number" inputMode="numeric" className={inputClass(p["aria-invalid"] === true)} {...register("chartsPerHour", { valueAsNumber: true })} />}
        </FormField>
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-slate-800">Also alert when</legend>
        <label className="inline-flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" className="h-4 w-4 rounded border-slate-300" {...register("sameSurname")} />
          the patient has the member&apos;s surname
        </label>
        <label className="inline-flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" className="h-4 w-4 rounded border-slate-300" {...register("sameAddress")} />
          the patient lives at the member&apos;s home address (when the member&apos;s address is on file)
        </label>
        <label className="inline-flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" className="h-4 w-4 rounded border-slate-300" {...register("afterHours")} />
          a chart is opened outside the practice&apos;s hours
        </label>
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-slate-800">Practice hours</legend>
        <div className="flex flex-wrap gap-1.5" role="group" aria-label="Open on">
          {WEEKDAYS.map((label, day) => {
            const on = weekdays.includes(day);
            return (
              <button
                key={label}
                type="button"
                aria-pressed={on}
                onClick={() =>
                  setValue("hours.weekdays", on ? weekdays.filter((d) => d !== day) : [...weekdays, day].sort(), { shouldDirty: true, shouldValidate: true })
                }
                className={`rounded-md border px-2.5 py-1 text-xs font-medium ${on ? "border-brand-600 bg-brand-50 text-brand-800" : "border-slate-300 bg-white text-slate-600"}`}
              >
                {label}
              </button>
            );
          })}
        </div>
        <div className="flex flex-wrap gap-3">
          <div className="w-32">
            <FormField label="Opens" error={formState.errors.hours?.start?.message}>
              {(p) => <input {...p} type="time" className={inputClass(p["aria-invalid"] === true)} {...register("hours.start")} />}
            </FormField>
          </div>
          <div className="w-32">
            <FormField label="Closes" error={formState.errors.hours?.end?.message}>
              {(p) => <input {...p} type="time" className={inputClass(p["aria-invalid"] === true)} {...register("hours.end")} />}
            </FormField>
          </div>
        </div>
      </fieldset>
      {error !== null ? <Alert>{error}</Alert> : null}
      <div>
        <Button type="submit" variant="primary" busy={formState.isSubmitting} disabled={!formState.isDirty}>
          Save alert rules
        </Button>
      </div>
    </form>
  );
}
