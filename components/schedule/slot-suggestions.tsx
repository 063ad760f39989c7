"use client";

import { useState } from "react";
import { useQuery_experimental } from "convex/react";
import { api } from "@/convex/_generated/api";
import type { Id } from "@/convex/_generated/dataModel";
import { errorMessage } from "@/lib/client-errors";
import { formatDateMedium, formatTime } from "@/lib/schedule/format";
import { addDays, localTime } from "@/lib/schedule/time";
import { Button, Spinner } from "@/components/ui/button";
import { useSchedule } from "./schedule-config";

export interface PickedSlot {
  date: string;
  time: string;
  providerId: Id<"members">;
}

/**
 * The next free times for a visit type, live: when someone books one, it
 * disappears here at once. Picking one fills in date, time and provider.
 */
export function SlotSuggestions({
  typeId,
  providerIds,
  from,
  selected,
  onPick,
  heading = "Next available",
  limit = 12,
}: {
  typeId: Id<"appointmentTypes"> | null;
  providerIds: readonly Id<"members">[];
  from: string;
  selected: PickedSlot | null;
  onPick: (slot: PickedSlot) => void;
  heading?: string;
  limit?: number;
}) {
  const { timezone, providerName, config } = useSchedule();
  const [weeks, setWeeks] = useState(0);
  const start = addDays(from, weeks * 7);
  const result = useQuery_experimental({
    query: api.schedule.findSlots,
    args: typeId !== null && providerIds.length > 0 ? { typeId, providerIds: [...providerIds], from: start, days: 7 } : "skip",
  });
  const many = config.providers.length > 1;

  let body;
  if (typeId === null) body = <p className="text-xs text-slate-500">Choose a visit type to see free times.</p>;
  else if (result.status === "pending")
    body = (
      <p className="flex items-center gap-2 text-xs text-slate-500">
        <Spinner className="h-3 w-3" /> Finding free times…
      </p>
    );
  else if (result.status === "error") body = <p className="text-xs text-red-700">{errorMessage(result.error, "Free times could not be loaded.")}</p>;
  else if (result.data.length === 0)
    body = <p className="text-xs text-slate-600">No free time in the 7 days from {formatDateMedium(start)}.</p>;
  else {
    const slots = result.data.slice(0, limit);
    const byDate = new Map<string, typeof slots>();
    for (const s of slots) byDate.set(s.date, [...(byDate.get(s.date) ?? []), s]);
    body = (
      <div className="flex flex-col gap-2">
        {[...byDate.entries()].map(([date, list]) => (
          <div key={date} className="flex flex-col gap-1">
            <p className="text-xs font-medium text-slate-600">{formatDateMedium(date)}</p>
            <ul className="flex flex-wrap gap-1.5">
              {list.map((s) => {
                const time = localTime(s.start, timezone);
                const isSelected = selected !== null && selected.date === s.date && selected.time === time && selected.providerId === s.providerId;
                const who = providerName(s.providerId);
                return (
                  <li key={`${s.providerId}-${s.start}`}>
                    <button
                      type="button"
                      aria-pressed={isSelected}
                      aria-label={`${formatDateMedium(s.date)}, ${formatTime(s.start, timezone)} with ${who}`}
                      onClick={() => onPick({ date: s.date, time, providerId: s.providerId })}
                      className={`rounded-md border px-2 py-1 text-xs font-medium tabular-nums ${
                        isSelected ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-700 hover:border-brand-500 hover:bg-brand-50"
                      }`}
                    >
                      {formatTime(s.start, timezone)}
                      {many ? <span className={isSelected ? "text-brand-50" : "text-slate-500"}> · {who.split(" ").slice(-1)[0]}</span> : null}
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
    );
  }

  return (
    <section aria-label={heading} className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-slate-50/70 p-3" data-testid="slot-suggestions">
      <div className="flex items-center justify-between gap-2">
        <h3 className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
          {heading}
          <span className="sr-only"> from {formatDateMedium(start)}</span>
        </h3>
        {typeId !== null ? (
          <div className="flex gap-1">
            <Button size="sm" variant="ghost" disabled={weeks === 0} onClick={() => setWeeks((w) => Math.max(0, w - 1))} className="!px-2 !py-0.5 text-xs">
              Earlier
            </Button>
            <Button size="sm" variant="ghost" disabled={weeks >= 8} onClick={() => setWeeks((w) => w + 1)} className="!px-2 !py-0.5 text-xs">
              Later
            </Button>
          </div>
        ) : null}
      </div>
      {body}
    </section>
  );
}
