"use client";

import { navFor } from "@/lib/navigation";
import { ROLE_LABELS } from "@/lib/roles";
import { useViewer } from "@/components/shell/viewer-context";

function greeting(now: Date) {
  const h = now.getHours();
  return h < 12 ? "Good morning" : h < 18 ? "Good afternoon" : "Good evening";
}

export function HomeScreen() {
  const viewer = useViewer();
  const { membership, permissions } = viewer.active;
  const sections = navFor(permissions).filter((i) => i.key !== "home");
  const firstName = viewer.name.split(" ")[0] ?? viewer.name;
  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-6">
      <section aria-labelledby="welcome" className="flex flex-col gap-1">
        <h1 id="welcome" className="text-2xl font-semibold text-slate-900">
          {greeting(new Date())}, {firstName}
        </h1>
        <p className="text-slate-600">
          You are signed in as <strong data-testid="home-role">{ROLE_LABELS[membership.role]}</strong> at{" "}
          <strong data-testid="home-practice">{membership.practiceName}</strong>
          {membership.title !== null ? <span> ({membership.title})</span> : null}.
        </p>
      </section>
      <section aria-labelledby="sections-heading" className="flex flex-col gap-3">
        <h2 id="sections-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-500">
          What you can do here
        </h2>
        {sections.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">
            Your role has no sections yet. Ask your practice admin if you need more access.
          </p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {sections.map((s) => (
              <li key={s.key} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <div className="flex items-center justify-between">
                  <h3 className="font-semibold text-slate-900">{s.label}</h3>
                  {!s.available ? <span className="text-xs font-medium uppercase text-slate-500">Coming soon</span> : null}
                </div>
                <p className="mt-1 text-sm text-slate-600">{s.description}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="account-heading" className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-600">
        <h2 id="account-heading" className="mb-1 font-semibold text-slate-900">
          Your account
        </h2>
        <p>
          {viewer.email}: member of {viewer.memberships.length} practice{viewer.memberships.length === 1 ? "" : "s"}. Your
          access is checked on the server on every request, so a change by your practice admin applies at once.
        </p>
      </section>
    </div>
  );
}
