"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { useState } from "react";
import { errorMessage } from "@/lib/client-errors";
import { Alert, StatusMessage } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { SectionCard, SkeletonRows, EmptyLine } from "@/components/ui/card";
import { inputClass } from "@/components/ui/form-field";
import { WhenNear } from "@/components/ui/when-near";
import { useViewer } from "@/components/shell/viewer-context";
import { ExceptionsCard } from "./exceptions-card";
import { VisitTypesCard } from "./visit-types-card";
import { WeeklyHoursCard } from "./weekly-hours-card";
import { useSettingsConfig } from "./use-settings-config";

// The practice-wide settings forms (react-hook-form, zod) sit below the fold: they load when scrolled near.
const AlertRulesCard = dynamic(() => import("./alert-rules-card").then((m) => m.AlertRulesCard), { loading: () => <CardLoading title="Compliance alerts" /> });
const IdleTimeoutCard = dynamic(() => import("./idle-timeout-card").then((m) => m.IdleTimeoutCard), { loading: () => <CardLoading title="Automatic sign-out" /> });

function CardLoading({ title }: { title: string }) {
  return (
    <SectionCard id={`loading-${title.replace(/\W+/g, "-").toLowerCase()}`} title={title}>
      <SkeletonRows rows={3} />
    </SectionCard>
  );
}

/**
 * /admin/schedule. Practice admins set each provider's weekly hours, days off
 * and extra clinics, and the practice's visit types. The server authorizes
 * every read and change; this screen only decides what to show.
 */
export function ScheduleSettingsScreen() {
  const viewer = useViewer();
  if (!viewer.active.permissions.includes("settings.manage")) return <NoSettingsAccess />;
  return <ScheduleSettings key={viewer.active.membership.practiceId} />;
}

function NoSettingsAccess() {
  return (
    <section
      aria-labelledby="no-settings-heading"
      data-testid="schedule-settings-no-access"
      className="mx-auto mt-6 flex max-w-lg flex-col items-center gap-3 rounded-xl border border-slate-200 bg-white px-6 py-10 text-center shadow-sm"
    >
      <h1 id="no-settings-heading" className="text-xl font-semibold text-slate-900">
        You don&apos;t have access to schedule settings
      </h1>
      <p className="text-sm leading-relaxed text-slate-600">Only a practice admin can change working hours and visit types.</p>
      <Link href="/" className={buttonClass("secondary", "md", "mt-2")}>
        Back to home
      </Link>
    </section>
  );
}

function ScheduleSettings() {
  const [attempt, setAttempt] = useState(0);
  return <ScheduleSettingsBody key={attempt} onRetry={() => setAttempt((a) => a + 1)} />;
}

function ScheduleSettingsBody({ onRetry }: { onRetry: () => void }) {
  const state = useSettingsConfig();
  const [providerId, setProviderId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const header = (
    <header className="flex max-w-2xl flex-col gap-1">
      <h1 className="text-2xl font-semibold text-slate-900">Schedule settings</h1>
      <p className="text-sm text-slate-600">
        Working hours, days off and extra clinics for each provider, the practice&apos;s visit types, and automatic
        sign-out. Booking uses these immediately; appointments already booked are not moved.
      </p>
    </header>
  );

  if (state.status === "loading") {
    return (
      <div className="mx-auto flex max-w-6xl flex-col gap-5">
        {header}
        <p role="status" className="sr-only">
          Loading schedule settings…
        </p>
        <SectionCard id="settings-loading" title="Loading…">
          <SkeletonRows rows={5} />
        </SectionCard>
      </div>
    );
  }
  if (state.status === "error") {
    return (
      <div className="mx-auto flex max-w-6xl flex-col gap-5">
        {header}
        <Alert
          title="Schedule settings could not be loaded"
          action={
            <Button size="sm" onClick={onRetry}>
              Try again
            </Button>
          }
        >
          {errorMessage(state.error, "Check your connection and try again.")}
        </Alert>
      </div>
    );
  }

  const { config } = state;
  const provider = config.providers.find((p) => p._id === providerId) ?? config.providers[0] ?? null;

  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-5" data-testid="schedule-settings">
      {header}
      <StatusMessage testId="schedule-settings-notice" message={notice} onDismiss={() => setNotice(null)} />

      {provider === null ? (
        <SectionCard id="settings-providers" title="Providers">
          <EmptyLine>
            There are no active physicians in this practice yet. Add one on the <Link href="/admin/members" className="font-medium text-brand-700 underline">Members</Link> page to set their hours.
          </EmptyLine>
        </SectionCard>
      ) : (
        <>
          <div className="flex max-w-sm flex-col gap-1.5">
            <label htmlFor="settings-provider" className="text-sm font-medium text-slate-800">
              Provider
            </label>
            <select
              id="settings-provider"
              value={provider._id}
              onChange={(e) => setProviderId(e.target.value)}
              className={inputClass(false, "pr-8")}
            >
              {config.providers.map((p) => (
                <option key={p._id} value={p._id}>
                  {p.title !== null ? `${p.name}, ${p.title}` : p.name}
                </option>
              ))}
            </select>
          </div>
          {config.locations.length === 0 ? (
            <Alert tone="warning" title="No locations">
              This practice has no locations, so working hours cannot be set yet.
            </Alert>
          ) : null}
          <WeeklyHoursCard key={`hours-${provider._id}`} provider={provider} locations={config.locations} onSaved={setNotice} />
          <ExceptionsCard
            key={`exceptions-${provider._id}`}
            provider={provider}
            locations={config.locations}
            today={config.today}
            onChanged={setNotice}
          />
        </>
      )}
      <VisitTypesCard types={config.types} onSaved={setNotice} />
      <WhenNear placeholder={<CardLoading title="Compliance alerts" />}>
        <AlertRulesCard onSaved={setNotice} />
      </WhenNear>
      <WhenNear placeholder={<CardLoading title="Automatic sign-out" />}>
        <IdleTimeoutCard onSaved={setNotice} />
      </WhenNear>
    </div>
  );
}
