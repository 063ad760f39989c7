"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useCallback, useMemo, useState, type ReactNode } from "react";
import { useQuery_experimental } from "convex/react";
import { api } from "@/convex/_generated/api";
import { errorCodeOf, errorMessage } from "@/lib/client-errors";
import { ERROR_CODES } from "@/lib/errors";
import { ROLE_LABELS } from "@/lib/roles";
import { localDate } from "@/lib/schedule/time";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { useViewer } from "@/components/shell/viewer-context";
import { ScheduleAccessProvider } from "./schedule-access";
import { ScheduleContext, type ScheduleConfig, type ScheduleContextValue } from "./schedule-config";
import { useNow } from "./use-now";

/**
 * Everything under /schedule: the role check, the practice's scheduling
 * configuration, the audited day grants (kept while moving between the
 * calendar and the board), and the tabs between them.
 */
export function ScheduleLayout({ children }: { children: ReactNode }) {
  const viewer = useViewer();
  const { permissions, membership } = viewer.active;
  if (!permissions.includes("schedule.view")) return <NoScheduleAccess />;
  // Keyed by practice: a practice switch starts from closed days (grants belong to one practice).
  return (
    <ScheduleAccessProvider key={membership.practiceId}>
      <ConfigGate
        key={membership.practiceId}
        canManage={permissions.includes("schedule.manage")}
        canAdvance={permissions.includes("clinical.intake")}
        canOpenRecord={permissions.includes("demographics.view")}
      >
        {children}
      </ConfigGate>
    </ScheduleAccessProvider>
  );
}

interface Abilities {
  canManage: boolean;
  canAdvance: boolean;
  canOpenRecord: boolean;
}

function ConfigGate({ children, ...abilities }: Abilities & { children: ReactNode }) {
  const [attempt, setAttempt] = useState(0);
  return (
    <ConfigLoader key={attempt} abilities={abilities} onRetry={() => setAttempt((a) => a + 1)}>
      {children}
    </ConfigLoader>
  );
}

function ConfigLoader({ children, abilities, onRetry }: { children: ReactNode; abilities: Abilities; onRetry: () => void }) {
  const result = useQuery_experimental({ query: api.schedule.config, args: {} });
  if (result.status === "pending") {
    return (
      <Frame>
        <div className="flex flex-col gap-4" aria-busy="true">
          <p role="status" className="text-sm text-slate-600">
            Loading the schedule…
          </p>
          <div aria-hidden className="h-[60vh] animate-pulse rounded-xl border border-slate-200 bg-white motion-reduce:animate-none" />
        </div>
      </Frame>
    );
  }
  if (result.status === "error") {
    if (errorCodeOf(result.error) === ERROR_CODES.forbidden) return <NoScheduleAccess />;
    return (
      <Frame>
        <Alert
          title="The schedule could not be loaded"
          action={
            <Button size="sm" onClick={onRetry}>
              Try again
            </Button>
          }
        >
          {errorMessage(result.error, "Check your connection, then try again.")}
        </Alert>
      </Frame>
    );
  }
  return (
    <Ready config={result.data} abilities={abilities}>
      {children}
    </Ready>
  );
}

function Ready({ config, abilities, children }: { config: ScheduleConfig; abilities: Abilities; children: ReactNode }) {
  const { canManage, canAdvance, canOpenRecord } = abilities;
  const now = useNow(60_000);
  const today = localDate(now, config.timezone);
  const providerName = useCallback(
    (id: string) => config.providers.find((p) => p._id === id)?.name ?? "Former provider",
    [config.providers],
  );
  const typeByName = useCallback((name: string) => config.types.find((t) => t.name === name), [config.types]);
  const value = useMemo<ScheduleContextValue>(
    () => ({ config, timezone: config.timezone, today, canManage, canAdvance, canOpenRecord, providerName, typeByName }),
    [config, today, canManage, canAdvance, canOpenRecord, providerName, typeByName],
  );
  return (
    <ScheduleContext.Provider value={value}>
      <Frame>{children}</Frame>
    </ScheduleContext.Provider>
  );
}

const TABS = [
  { href: "/schedule", label: "Calendar" },
  { href: "/schedule/board", label: "Today board" },
] as const;

function Frame({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  return (
    <div className="mx-auto flex w-full max-w-[96rem] flex-col gap-4">
      <nav aria-label="Schedule views" className="-mt-2 border-b border-slate-200">
        <ul className="flex gap-4">
          {TABS.map((t) => {
            const current = pathname === t.href;
            return (
              <li key={t.href}>
                <Link
                  href={t.href}
                  aria-current={current ? "page" : undefined}
                  className={`-mb-px inline-flex border-b-2 px-1 pt-1 pb-2 text-sm font-medium ${
                    current ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"
                  }`}
                >
                  {t.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {children}
    </div>
  );
}

function NoScheduleAccess() {
  const viewer = useViewer();
  const { role, practiceName } = viewer.active.membership;
  return (
    <section
      aria-labelledby="no-schedule-heading"
      data-testid="schedule-no-access"
      className="mx-auto mt-6 flex max-w-lg flex-col items-center gap-3 rounded-xl border border-slate-200 bg-white px-6 py-10 text-center shadow-sm"
    >
      <h1 id="no-schedule-heading" className="text-xl font-semibold text-slate-900">
        You don&apos;t have access to the schedule
      </h1>
      <p className="text-sm leading-relaxed text-slate-600">
        The front desk, nurses, physicians and practice admins of {practiceName} use the schedule. You are signed in as{" "}
        <strong className="font-medium text-slate-800">{ROLE_LABELS[role]}</strong>. If you need it, ask your practice admin.
      </p>
      <Link href="/" className={buttonClass("secondary", "md", "mt-2")}>
        Back to home
      </Link>
    </section>
  );
}
