"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { navFor } from "@/lib/navigation";
import { RoleBadge } from "@/components/ui/role-badge";
import { PracticeSwitcher } from "./practice-switcher";
import { SignOutButton } from "./sign-out-button";
import { useViewer } from "./viewer-context";

export function AppShell({ children }: { children: ReactNode }) {
  const viewer = useViewer();
  const pathname = usePathname();
  const items = navFor(viewer.active.permissions);
  return (
    <div className="flex min-h-[calc(100vh-2rem)] flex-col">
      <header className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 bg-white px-4 py-3 sm:px-6 print:hidden">
        <div className="flex items-center gap-4">
          <span className="flex items-center gap-2 text-lg font-semibold text-brand-700">
            <span aria-hidden className="grid h-7 w-7 place-items-center rounded-md bg-brand-600 text-sm font-bold text-white">
              P
            </span>
            Practice
          </span>
          <PracticeSwitcher />
        </div>
        <div className="flex items-center gap-3">
          <div className="flex flex-col items-end leading-tight">
            <span className="text-sm font-medium text-slate-900" data-testid="viewer-name">
              {viewer.name}
            </span>
            <RoleBadge role={viewer.active.membership.role} />
          </div>
          <SignOutButton />
        </div>
      </header>
      <div className="flex flex-1 flex-col md:flex-row">
        <nav aria-label="Main" className="border-b border-slate-200 bg-white md:w-56 md:shrink-0 md:border-b-0 md:border-r print:hidden">
          <ul className="flex gap-1 overflow-x-auto p-2 md:flex-col">
            {items.map((item) => {
              // A section stays current on its sub-pages (a chart is under Patients).
              const section = item.section ?? item.href;
              const current = pathname === item.href || (section !== "/" && (pathname === section || pathname.startsWith(`${section}/`)));
              const base = "flex items-center justify-between gap-2 rounded-md px-3 py-2 text-sm whitespace-nowrap";
              return (
                <li key={item.key}>
                  {item.available ? (
                    <Link
                      href={item.href}
                      aria-current={current ? "page" : undefined}
                      className={`${base} ${current ? "bg-brand-50 font-semibold text-brand-700" : "text-slate-700 hover:bg-slate-100"}`}
                    >
                      {item.label}
                    </Link>
                  ) : (
                    <span aria-disabled="true" className={`${base} cursor-not-allowed text-slate-400`} title="Not available in this build yet">
                      <span>{item.label}</span>
                      <span className="rounded bg-slate-100 px-1.5 py-0.5 text-[10px] font-medium uppercase text-slate-500">Soon</span>
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </nav>
        <main className="min-w-0 flex-1 px-4 py-6 sm:px-8 print:p-0">{children}</main>
      </div>
    </div>
  );
}
