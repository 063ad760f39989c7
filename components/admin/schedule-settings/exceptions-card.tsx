"use client";

import { useState } from "react";
import { useMutation } from "convex/react";
import { api } from "@/convex/_generated/api";
import { errorMessage } from "@/lib/client-errors";
import { EXCEPTION_KIND_LABELS, formatSettingsDate as formatDate } from "@/lib/schedule/availability-limits";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyLine, SectionCard } from "@/components/ui/card";
import { AddExceptionDialog } from "./settings-triggers";
import type { SettingsLocation, SettingsProvider } from "./use-settings-config";

export function ExceptionsCard({
  provider,
  locations,
  today,
  onChanged,
}: {
  provider: SettingsProvider;
  locations: SettingsLocation[];
  today: string;
  onChanged: (message: string) => void;
}) {
  const remove = useMutation(api.availability.removeException);
  const [removing, setRemoving] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const locationName = (id: string | null) => locations.find((l) => l._id === id)?.name ?? null;

  return (
    <SectionCard
      id="schedule-exceptions"
      title="Days off and extra clinics"
      count={provider.exceptions.length}
      testId="schedule-exceptions"
      actions={<AddExceptionDialog provider={provider} locations={locations} today={today} onAdded={onChanged} />}
    >
      {error !== null ? (
        <div className="px-4 pt-3">
          <Alert title="The exception was not removed">{error}</Alert>
        </div>
      ) : null}
      {provider.exceptions.length === 0 ? (
        <EmptyLine>No days off or extra clinics from today on. {provider.name} works the weekly hours above.</EmptyLine>
      ) : (
        <ul className="divide-y divide-slate-100">
          {provider.exceptions.map((e) => {
            const what = `${EXCEPTION_KIND_LABELS[e.kind].toLowerCase()} on ${formatDate(e.date)}`;
            return (
              <li key={e._id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-2.5" data-testid="schedule-exception" data-date={e.date} data-kind={e.kind}>
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <span className="font-medium text-slate-900">{formatDate(e.date)}</span>
                  <Badge tone={e.kind === "off" ? "warning" : "brand"}>{EXCEPTION_KIND_LABELS[e.kind]}</Badge>
                  {e.blocks.length > 0 ? <span className="text-slate-600 tabular-nums">{e.blocks.map((b) => `${b.start}–${b.end}`).join(", ")}</span> : null}
                  {locationName(e.locationId) !== null ? <span className="text-slate-500">{locationName(e.locationId)}</span> : null}
                </div>
                <Button
                  size="sm"
                  variant="danger-outline"
                  busy={removing === e._id}
                  aria-label={`Remove ${what}`}
                  onClick={() => {
                    setError(null);
                    setRemoving(e._id);
                    remove({ exceptionId: e._id })
                      .then(() => onChanged(`The ${what} was removed.`))
                      .catch((err: unknown) => setError(errorMessage(err, "Check your connection and try again.")))
                      .finally(() => setRemoving(null));
                  }}
                >
                  Remove
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </SectionCard>
  );
}
