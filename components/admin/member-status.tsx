import type { MemberRow } from "./use-member-roster";

/** Active / Deactivated, and whether the person has signed in yet. */
export function MemberStatus({ member }: { member: Pick<MemberRow, "status" | "linked"> }) {
  const active = member.status === "active";
  return (
    <span className="flex flex-col items-start gap-1">
      <span
        className={`inline-flex items-center gap-1.5 rounded-full whitespace-nowrap px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${
          active ? "bg-emerald-50 text-emerald-800 ring-emerald-200" : "bg-slate-100 text-slate-600 ring-slate-300"
        }`}
      >
        <span aria-hidden className={`h-1.5 w-1.5 rounded-full ${active ? "bg-emerald-500" : "bg-slate-400"}`} />
        {active ? "Active" : "Deactivated"}
      </span>
      {!member.linked ? (
        <span className="inline-flex items-center gap-1 text-xs whitespace-nowrap text-slate-500">
          <svg aria-hidden viewBox="0 0 16 16" fill="currentColor" className="h-3.5 w-3.5">
            <path fillRule="evenodd" d="M1 8a7 7 0 1 1 14 0A7 7 0 0 1 1 8Zm7.75-4.25a.75.75 0 0 0-1.5 0V8c0 .414.336.75.75.75h3.25a.75.75 0 0 0 0-1.5h-2.5v-3.5Z" clipRule="evenodd" />
          </svg>
          Not signed in yet
        </span>
      ) : null}
    </span>
  );
}
