import type { ReactNode } from "react";

/** Full-page state for loading, errors and empty states outside the shell. */
export function CenteredMessage({ title, children, busy = false }: { title: string; children?: ReactNode; busy?: boolean }) {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-lg flex-col items-center justify-center gap-3 px-4 text-center" aria-busy={busy}>
      {busy ? <span aria-hidden className="h-8 w-8 animate-spin rounded-full border-4 border-brand-200 border-t-brand-600" /> : null}
      <h1 className="text-xl font-semibold text-slate-900">{title}</h1>
      {children}
    </main>
  );
}
