import type { ReactNode } from "react";

/**
 * A titled section of a screen: heading (with its level), an optional count
 * and actions on the right, then the body. Labels its region by the heading.
 */
export function SectionCard({
  id,
  title,
  count,
  actions,
  children,
  level = 2,
  className = "",
  bodyClassName = "",
  testId,
}: {
  id: string;
  title: ReactNode;
  count?: number;
  actions?: ReactNode;
  children: ReactNode;
  level?: 2 | 3;
  className?: string;
  bodyClassName?: string;
  testId?: string;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  const headingId = `${id}-heading`;
  return (
    <section
      aria-labelledby={headingId}
      data-testid={testId}
      className={`flex min-w-0 flex-col rounded-xl border border-slate-200 bg-white shadow-sm print:border-0 print:shadow-none ${className}`}
    >
      <div className="flex min-h-11 flex-wrap items-center justify-between gap-x-3 gap-y-1 border-b border-slate-100 px-4 py-2">
        <Heading id={headingId} className="flex items-center gap-2 text-sm font-semibold text-slate-900">
          {title}
          {count !== undefined ? (
            <span className="rounded-full bg-slate-100 px-1.5 py-0.5 text-[11px] font-semibold text-slate-600 tabular-nums">{count}</span>
          ) : null}
        </Heading>
        {actions !== undefined ? <div className="flex flex-wrap items-center gap-2 print:hidden">{actions}</div> : null}
      </div>
      <div className={`min-w-0 ${bodyClassName}`}>{children}</div>
    </section>
  );
}

/** The quiet "nothing here" line inside a card. */
export function EmptyLine({ children }: { children: ReactNode }) {
  return <p className="px-4 py-3 text-sm text-slate-500">{children}</p>;
}

/** Grey placeholder bars while a section loads; the caller says "Loading…" in a status region. */
export function SkeletonRows({ rows = 3 }: { rows?: number }) {
  return (
    <div aria-hidden className="flex flex-col gap-3 px-4 py-4">
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="flex animate-pulse flex-col gap-1.5 motion-reduce:animate-none">
          <div className="h-3 rounded bg-slate-200" style={{ width: `${[55, 40, 65, 35, 50][i % 5]}%` }} />
          <div className="h-2.5 w-1/3 rounded bg-slate-100" />
        </div>
      ))}
    </div>
  );
}
