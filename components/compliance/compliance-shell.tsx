"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { api } from "@/convex/_generated/api";
import { formatTime, isoDateTime } from "@/lib/chart-format";
import { Button } from "@/components/ui/button";
import { Alert, Callout } from "@/components/ui/alert";
import { useViewer } from "@/components/shell/viewer-context";
import { AuditAccessProvider, useAuditAccess } from "./audit-access";
import { useAuditQuery } from "./use-audit-query";

export const COMPLIANCE_TABS = [
  { href: "/compliance/audit", label: "Audit trail" },
  { href: "/compliance/reviews", label: "Review queue" },
  { href: "/compliance/access-report", label: "Patient access report" },
  { href: "/compliance/integrity", label: "Integrity" },
  { href: "/compliance/model-calls", label: "Model calls" },
] as const;

/**
 * /compliance/*: for members whose role reads the audit trail. Opening the
 * workspace opens the trail (audited); every tab reads under that grant.
 */
export function ComplianceShell({ children }: { children: ReactNode }) {
  const viewer = useViewer();
  if (!viewer.active.permissions.includes("audit.view")) {
    return (
      <div className="mx-auto max-w-3xl">
        <h1 className="mb-3 text-2xl font-semibold text-slate-900">Compliance</h1>
        <Callout tone="info" title="Not available for your role">
          The audit trail, access reports and the review queue are for compliance officers. Ask your practice admin if you need access.
        </Callout>
      </div>
    );
  }
  return (
    <AuditAccessProvider key={viewer.active.membership.practiceId}>
      <Workspace>{children}</Workspace>
    </AuditAccessProvider>
  );
}

function Workspace({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const { access, reopen } = useAuditAccess();
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-4">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">Compliance</h1>
          <p className="text-sm text-slate-600">Who touched what, whether the record is intact, and what needs review.</p>
        </div>
        <AccessStatus />
      </header>
      <nav aria-label="Compliance" className="border-b border-slate-200 print:hidden">
        <ul className="-mb-px flex gap-1 overflow-x-auto">
          {COMPLIANCE_TABS.map((t) => {
            const current = pathname === t.href || pathname.startsWith(`${t.href}/`);
            return (
              <li key={t.href}>
                <Link
                  href={t.href}
                  aria-current={current ? "page" : undefined}
                  className={`inline-flex items-center gap-2 border-b-2 px-3 py-2 text-sm whitespace-nowrap ${
                    current ? "border-brand-600 font-semibold text-brand-700" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"
                  }`}
                >
                  {t.label}
                  {t.href === "/compliance/reviews" && access.status === "open" ? <PendingBadge /> : null}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {access.status === "open" ? (
        children
      ) : access.status === "opening" ? (
        <p role="status" className="py-10 text-center text-sm text-slate-600">
          Opening the audit trail…
        </p>
      ) : access.status === "closed" ? (
        <Callout
          tone="info"
          title="The audit trail was closed"
          action={
            <Button variant="primary" size="sm" onClick={reopen}>
              Open again
            </Button>
          }
        >
          Access ends after a period without activity. Opening it again is recorded.
        </Callout>
      ) : (
        <Alert
          title="The audit trail could not be opened"
          action={
            <Button size="sm" onClick={reopen}>
              Try again
            </Button>
          }
        >
          {access.message}
        </Alert>
      )}
    </div>
  );
}

function AccessStatus() {
  const { access } = useAuditAccess();
  if (access.status !== "open") return null;
  return (
    <p className="text-xs text-slate-600" data-testid="audit-access">
      Access recorded · open until <time dateTime={isoDateTime(access.expiresAt)}>{formatTime(access.expiresAt)}</time>, extended while you work
    </p>
  );
}

function PendingBadge() {
  const count = useAuditQuery(api.reviews.pendingCount, {}).data;
  if (count === undefined || count.count === 0) return null;
  const label = count.more ? "100+" : String(count.count);
  return (
    <span className="rounded-full bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900" aria-label={`${label} waiting`}>
      {label}
    </span>
  );
}
