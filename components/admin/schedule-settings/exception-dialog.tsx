"use client";

import { useState } from "react";
import { useMutation } from "convex/react";
import { api } from "@/convex/_generated/api";
import type { Id } from "@/convex/_generated/dataModel";
import { errorMessage } from "@/lib/client-errors";
import { EXCEPTION_KIND_LABELS, formatSettingsDate, type Block } from "@/lib/schedule/availability-limits";
import { exceptionSchema } from "@/lib/schedule/availability-schemas";
import { Alert } from "@/components/ui/alert";
import { Dialog, DialogActions, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormField, inputClass } from "@/components/ui/form-field";
import { BlockInputs } from "./block-inputs";
import { AddExceptionButton } from "./settings-triggers";
import type { SettingsLocation, SettingsProvider } from "./use-settings-config";

/** "Add exception": loaded on demand (settings-triggers.tsx), with its schema. */
type Kind = "off" | "extra";

export function AddExceptionDialog({
  provider,
  locations,
  today,
  onAdded,
  defaultOpen = false,
}: {
  provider: SettingsProvider;
  locations: SettingsLocation[];
  today: string;
  onAdded: (message: string) => void;
  defaultOpen?: boolean;
}) {
  const add = useMutation(api.availability.addException);
  const [open, setOpen] = useState(defaultOpen);
  const [date, setDate] = useState(today);
  const [kind, setKind] = useState<Kind>("off");
  const [blocks, setBlocks] = useState<Block[]>([{ start: "09:00", end: "12:00" }]);
  const [locationId, setLocationId] = useState<string>(locations[0]?._id ?? "");
  const [errors, setErrors] = useState<{ date?: string; kind?: string; blocks?: string }>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const reset = () => {
    setDate(today);
    setKind("off");
    setBlocks([{ start: "09:00", end: "12:00" }]);
    setLocationId(locations[0]?._id ?? "");
    setErrors({});
    setServerError(null);
  };

  const submit = async () => {
    setServerError(null);
    const payload = { date, kind, blocks: kind === "extra" ? blocks : [], locationId: kind === "extra" ? locationId : undefined };
    const parsed = exceptionSchema(today).safeParse(payload);
    if (!parsed.success) {
      const next: typeof errors = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0];
        if ((key === "date" || key === "kind" || key === "blocks") && next[key] === undefined) next[key] = issue.message;
      }
      setErrors(next);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await add({
        providerId: provider._id,
        date: parsed.data.date,
        kind: parsed.data.kind,
        blocks: parsed.data.blocks,
        ...(parsed.data.locationId !== undefined ? { locationId: parsed.data.locationId as Id<"locations"> } : {}),
      });
      setOpen(false);
      onAdded(`${EXCEPTION_KIND_LABELS[parsed.data.kind]} on ${formatSettingsDate(parsed.data.date)} was added for ${provider.name}.`);
      reset();
    } catch (err) {
      setServerError(errorMessage(err, "The exception could not be added. Check your connection and try again."));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (saving) return;
        if (next) reset();
        setOpen(next);
      }}
    >
      <DialogTrigger asChild>
        <AddExceptionButton />
      </DialogTrigger>
      <DialogContent
        size="lg"
        testId="add-exception-dialog"
        title="Add a day off or extra clinic"
        description={<>For {provider.name}, on one date. A day off replaces the weekly hours that day; an extra clinic adds hours.</>}
      >
        <form
          noValidate
          className="flex flex-col gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {serverError !== null ? <Alert title="The exception was not added">{serverError}</Alert> : null}
          <fieldset disabled={saving} className="flex flex-col gap-4">
            <legend className="sr-only">Exception</legend>
            <FormField label="Date" error={errors.date}>
              {(props) => (
                <input {...props} type="date" min={today} value={date} onChange={(e) => setDate(e.target.value)} className={inputClass(errors.date !== undefined)} />
              )}
            </FormField>
            <FormField label="Kind" error={errors.kind}>
              {(props) => (
                <select {...props} value={kind} onChange={(e) => setKind(e.target.value as Kind)} className={inputClass(errors.kind !== undefined, "pr-8")}>
                  <option value="off">{EXCEPTION_KIND_LABELS.off}</option>
                  <option value="extra">{EXCEPTION_KIND_LABELS.extra}</option>
                </select>
              )}
            </FormField>
            {kind === "extra" ? (
              <>
                <div className="flex flex-col gap-1.5">
                  <span className="text-sm font-medium text-slate-800">Hours</span>
                  <BlockInputs label="Extra clinic" blocks={blocks} onChange={setBlocks} disabled={saving} invalid={errors.blocks !== undefined} />
                  {errors.blocks !== undefined ? <p className="text-xs font-medium text-red-700">{errors.blocks}</p> : null}
                </div>
                {locations.length > 0 ? (
                  <FormField label="Location">
                    {(props) => (
                      <select {...props} value={locationId} onChange={(e) => setLocationId(e.target.value)} className={inputClass(false, "pr-8")}>
                        {locations.map((l) => (
                          <option key={l._id} value={l._id}>
                            {l.name}
                          </option>
                        ))}
                      </select>
                    )}
                  </FormField>
                ) : null}
              </>
            ) : null}
          </fieldset>
          <DialogActions busy={saving}>{saving ? "Adding…" : "Add exception"}</DialogActions>
        </form>
      </DialogContent>
    </Dialog>
  );
}
