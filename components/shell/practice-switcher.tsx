"use client";

import { useId, useState } from "react";
import { useMutation } from "convex/react";
import { api } from "@/convex/_generated/api";
import type { Id } from "@/convex/_generated/dataModel";
import { useViewer } from "./viewer-context";

/** Shown only to people who work in more than one practice. */
export function PracticeSwitcher() {
  const viewer = useViewer();
  const switchPractice = useMutation(api.viewer.switchPractice);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  if (viewer.memberships.length < 2) {
    return <span className="text-sm font-medium text-slate-700">{viewer.active.membership.practiceName}</span>;
  }
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="sr-only">
        Practice
      </label>
      <select
        id={id}
        value={viewer.active.membership.practiceId}
        disabled={pending}
        onChange={(e) => {
          setPending(true);
          setError(null);
          switchPractice({ practiceId: e.target.value as Id<"practices"> })
            .catch(() => setError("Could not switch practice. Try again."))
            .finally(() => setPending(false));
        }}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm font-medium text-slate-800"
      >
        {viewer.memberships.map((m) => (
          <option key={m.practiceId} value={m.practiceId}>
            {m.practiceName}
          </option>
        ))}
      </select>
      {error !== null ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </div>
  );
}
