"use client";

import Link from "next/link";
import { ROLE_LABELS } from "@/lib/roles";
import { buttonClass } from "@/components/ui/button";
import { useViewer } from "@/components/shell/viewer-context";

/** What someone whose role may not see the roster gets instead of it. */
export function NoMemberAccess() {
  const viewer = useViewer();
  const { role, practiceName } = viewer.active.membership;
  return (
    <section
      aria-labelledby="no-access-heading"
      data-testid="members-no-access"
      className="mx-auto mt-6 flex max-w-lg flex-col items-center gap-3 rounded-xl border border-slate-200 bg-white px-6 py-10 text-center shadow-sm"
    >
      <span aria-hidden className="grid h-12 w-12 place-items-center rounded-full bg-slate-100 text-slate-500">
        <svg viewBox="0 0 20 20" fill="currentColor" className="h-6 w-6">
          <path fillRule="evenodd" d="M10 1a4.5 4.5 0 0 0-4.5 4.5V9H5a2 2 0 0 0-2 2v6a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6a2 2 0 0 0-2-2h-.5V5.5A4.5 4.5 0 0 0 10 1Zm3 8V5.5a3 3 0 1 0-6 0V9h6Z" clipRule="evenodd" />
        </svg>
      </span>
      <h1 id="no-access-heading" className="text-xl font-semibold text-slate-900">
        You don&apos;t have access to member administration
      </h1>
      <p className="text-sm leading-relaxed text-slate-600">
        Practice admins manage who can sign in to {practiceName}, and compliance officers can review the roster. You are
        signed in as <strong className="font-medium text-slate-800">{ROLE_LABELS[role]}</strong>. If you need this,
        ask your practice admin.
      </p>
      <Link href="/" className={buttonClass("secondary", "md", "mt-2")}>
        Back to home
      </Link>
    </section>
  );
}
