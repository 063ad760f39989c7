"use client";

import { useState } from "react";
import { useMutation } from "convex/react";
import { api } from "@/convex/_generated/api";
import type { Id } from "@/convex/_generated/dataModel";
import { errorMessage } from "@/lib/client-errors";
import { WEEKDAY_LABELS, type Block } from "@/lib/schedule/availability-limits";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { SectionCard } from "@/components/ui/card";
import { inputClass } from "@/components/ui/form-field";
import { BlockInputs } from "./block-inputs";
import type { SettingsLocation, SettingsProvider } from "./use-settings-config";

/** Monday first, as a clinic's week reads. */
const ORDER = [1, 2, 3, 4, 5, 6, 0];

export function WeeklyHoursCard({
  provider,
  locations,
  onSaved,
}: {
  provider: SettingsProvider;
  locations: SettingsLocation[];
  onSaved: (message: string) => void;
}) {
  return (
    <SectionCard id="weekly-hours" title={`Weekly hours: ${provider.name}`} testId="weekly-hours">
      <p className="border-b border-slate-100 px-4 py-2 text-xs text-slate-500">
        Gaps between blocks are breaks. A day with no blocks is a day off every week. Save each day after changing it.
      </p>
      <ul className="divide-y divide-slate-100">
        {ORDER.map((weekday) => {
          const day = provider.weekly.find((w) => w.weekday === weekday) ?? { weekday, locationId: null, blocks: [] };
          return (
            <WeekdayRow
              key={`${weekday}-${JSON.stringify(day)}`}
              providerId={provider._id}
              weekday={weekday}
              initialBlocks={day.blocks}
              initialLocationId={day.locationId ?? locations[0]?._id ?? null}
              locations={locations}
              onSaved={onSaved}
              providerName={provider.name}
            />
          );
        })}
      </ul>
    </SectionCard>
  );
}

function WeekdayRow({
  providerId,
  providerName,
  weekday,
  initialBlocks,
  initialLocationId,
  locations,
  onSaved,
}: {
  providerId: Id<"members">;
  providerName: string;
  weekday: number;
  initialBlocks: Block[];
  initialLocationId: Id<"locations"> | null;
  locations: SettingsLocation[];
  onSaved: (message: string) => void;
}) {
  const setWeekday = useMutation(api.availability.setWeekday);
  const [blocks, setBlocks] = useState<Block[]>(initialBlocks);
  const [locationId, setLocationId] = useState<string>(initialLocationId ?? "");
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const label = WEEKDAY_LABELS[weekday]!;
  const dirty = JSON.stringify(blocks) !== JSON.stringify(initialBlocks) || locationId !== (initialLocationId ?? "");
  const errorId = `weekday-${weekday}-error`;

  const save = async () => {
    setError(null);
    // The schema loads with the first save, not with the page.
    const schemas = await import("@/lib/schedule/availability-schemas").catch(() => null);
    if (schemas === null) {
      setError("The hours could not be checked. Check your connection and try again.");
      return;
    }
    const { issuesText, weekdayHoursSchema } = schemas;
    const parsed = weekdayHoursSchema.safeParse({ weekday, locationId, blocks });
    if (!parsed.success) {
      setError(issuesText(parsed.error));
      return;
    }
    setSaving(true);
    try {
      await setWeekday({ providerId, weekday, locationId: parsed.data.locationId as Id<"locations">, blocks: parsed.data.blocks });
      onSaved(
        parsed.data.blocks.length === 0
          ? `${providerName} is now off every ${label}.`
          : `${providerName}'s ${label} hours were saved.`,
      );
    } catch (err) {
      setError(errorMessage(err, "The hours could not be saved. Check your connection and try again."));
    } finally {
      setSaving(false);
    }
  };

  return (
    <li className="grid gap-3 px-4 py-3 sm:grid-cols-[8rem_1fr_auto]" data-testid={`weekday-${weekday}`}>
      <div className="flex flex-col gap-1">
        <span className="text-sm font-medium text-slate-900">{label}</span>
        {blocks.length === 0 ? <Badge>Day off</Badge> : null}
      </div>
      <div className="flex flex-col gap-2" aria-describedby={error !== null ? errorId : undefined}>
        <BlockInputs label={label} blocks={blocks} onChange={setBlocks} disabled={saving} invalid={error !== null} />
        {locations.length > 1 ? (
          <label className="flex items-center gap-2 text-xs text-slate-600">
            Location
            <select
              value={locationId}
              disabled={saving}
              onChange={(e) => setLocationId(e.target.value)}
              className={inputClass(false, "w-auto py-1 pr-8")}
              aria-label={`${label} location`}
            >
              {locations.map((l) => (
                <option key={l._id} value={l._id}>
                  {l.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {error !== null ? (
          <p id={errorId} role="alert" className="text-xs font-medium text-red-700">
            {error}
          </p>
        ) : null}
      </div>
      <div className="flex items-start gap-2">
        {dirty && !saving ? (
          <Button
            size="sm"
            variant="ghost"
            onClick={() => {
              setBlocks(initialBlocks);
              setLocationId(initialLocationId ?? "");
              setError(null);
            }}
          >
            Undo
          </Button>
        ) : null}
        <Button size="sm" variant="primary" disabled={!dirty || locations.length === 0} busy={saving} onClick={() => void save()} aria-label={`Save ${label}`}>
          {saving ? "Saving…" : "Save"}
        </Button>
      </div>
    </li>
  );
}
