"use client";

import { useEffect, useState } from "react";
import type { Id } from "@/convex/_generated/dataModel";
import { errorCodeOf, errorMessage } from "@/lib/client-errors";
import { ERROR_CODES } from "@/lib/errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { RoleBadge } from "@/components/ui/role-badge";
import { ChangeRoleDialog, HomeAddressDialog, MemberStatusDialog } from "./member-triggers";
import { MemberStatus } from "./member-status";
import { NoMemberAccess } from "./no-member-access";
import { useMemberRoster, type MemberRow } from "./use-member-roster";

interface RosterProps {
  practiceName: string;
  canManage: boolean;
  /** A member just added here, highlighted until the next change. */
  highlightId: Id<"members"> | null;
  onChanged: (message: string) => void;
  onRetry: () => void;
}

/*
 * One table at every width; columns fold into the member cell as the card gets
 * narrower (container queries), so nothing scrolls sideways on a phone:
 *   < 36rem: Member (with role, title, status) | Actions
 *   < 48rem: Member (with title) | Role | Status | Actions
 *   wider:   Member | Role | Title | Status | Actions
 */
const COL_WIDE = "hidden @3xl:table-cell";
const COL_MEDIUM = "hidden @xl:table-cell";
const TH = "px-4 py-2.5 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase";
const TD = "px-4 py-3 align-top";

export function MemberRoster({ practiceName, canManage, highlightId, onChanged, onRetry }: RosterProps) {
  const roster = useMemberRoster();

  if (roster.status === "loading") return <RosterSkeleton practiceName={practiceName} />;

  if (roster.status === "error") {
    const code = errorCodeOf(roster.error);
    if (code === ERROR_CODES.forbidden || code === ERROR_CODES.noMembership) return <NoMemberAccess />;
    return (
      <Alert
        title="The member list could not be loaded"
        action={
          <Button size="sm" onClick={onRetry}>
            Try again
          </Button>
        }
      >
        {errorMessage(roster.error, "Check your connection, then try again. If it keeps happening, reload the page.")}
      </Alert>
    );
  }

  const members = roster.members;
  if (members.length === 0) {
    return (
      <div className="flex flex-col items-center gap-3 rounded-xl border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
        <h2 className="text-base font-semibold text-slate-900">No members yet</h2>
        <p className="max-w-sm text-sm text-slate-600">
          {canManage
            ? "Use Add member to give the people who work here access. Each one is linked when they first sign in with the email you enter."
            : "Nobody is listed for this practice yet."}
        </p>
      </div>
    );
  }

  const active = members.filter((m) => m.status === "active").length;
  const deactivated = members.length - active;
  const pendingSignIn = members.filter((m) => !m.linked && m.status === "active").length;

  return (
    <div className="@container overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full border-collapse text-sm" data-testid="member-roster">
        <caption className="border-b border-slate-200 px-4 py-3 text-left">
          <span className="block font-semibold text-slate-900">Members of {practiceName}</span>
          <span className="mt-0.5 block text-xs font-normal text-slate-500" data-testid="roster-summary">
            {plural(members.length, "member")} · {active} active
            {deactivated > 0 ? ` · ${deactivated} deactivated` : ""}
            {pendingSignIn > 0 ? ` · ${pendingSignIn} not signed in yet` : ""}
          </span>
        </caption>
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={`${TH} @3xl:min-w-76`}>
              Member
            </th>
            <th scope="col" className={`${TH} ${COL_MEDIUM}`}>
              Role
            </th>
            <th scope="col" className={`${TH} ${COL_WIDE}`}>
              Title
            </th>
            <th scope="col" className={`${TH} ${COL_MEDIUM}`}>
              Status
            </th>
            {canManage ? (
              <th scope="col" className={`${TH} text-right`}>
                <span className="sr-only">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {members.map((m) => (
            <MemberRowView
              key={m._id}
              member={m}
              practiceName={practiceName}
              canManage={canManage}
              highlighted={m._id === highlightId}
              onChanged={onChanged}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MemberRowView({
  member: m,
  practiceName,
  canManage,
  highlighted,
  onChanged,
}: {
  member: MemberRow;
  practiceName: string;
  canManage: boolean;
  highlighted: boolean;
  onChanged: (message: string) => void;
}) {
  const deactivated = m.status === "deactivated";
  return (
    <tr
      data-testid="member-row"
      data-member-email={m.email}
      className={`${highlighted ? "bg-brand-50/70" : deactivated ? "bg-slate-50/70" : ""} transition-colors`}
    >
      <th scope="row" className={`${TD} text-left font-normal`}>
        <div className={`flex min-w-0 flex-col gap-0.5 ${deactivated ? "opacity-70" : ""}`}>
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-medium text-slate-900">{m.name}</span>
            {m.isSelf ? (
              <span className="rounded-full bg-brand-100 px-2 py-0.5 text-[11px] font-semibold text-brand-800">You</span>
            ) : null}
          </span>
          <Email address={m.email} />
          {m.title !== null ? <span className="text-slate-500 @3xl:hidden">{m.title}</span> : null}
          <span className="mt-1.5 flex flex-wrap items-start gap-2 @xl:hidden">
            <span className="whitespace-nowrap">
              <RoleBadge role={m.role} />
            </span>
            <MemberStatus member={m} />
          </span>
        </div>
      </th>
      <td className={`${TD} ${COL_MEDIUM} whitespace-nowrap`}>
        <RoleBadge role={m.role} />
      </td>
      <td className={`${TD} ${COL_WIDE} ${m.title === null ? "text-slate-500" : "text-slate-700"}`}>
        {m.title ?? (
          <>
            <span aria-hidden>—</span>
            <span className="sr-only">No title</span>
          </>
        )}
      </td>
      <td className={`${TD} ${COL_MEDIUM}`}>
        <MemberStatus member={m} />
      </td>
      {canManage ? (
        <td className={`${TD} text-right`}>
          {m.isSelf ? (
            <span className="inline-block max-w-40 text-xs text-slate-500">Another practice admin manages your access.</span>
          ) : (
            <div className="ml-auto flex w-28 flex-col gap-2 @lg:w-auto @lg:flex-row @lg:justify-end">
              <ChangeRoleDialog member={m} onChanged={onChanged} />
              <MemberStatusDialog member={m} practiceName={practiceName} onChanged={onChanged} />
              <HomeAddressDialog member={m} onChanged={onChanged} />
            </div>
          )}
        </td>
      ) : null}
    </tr>
  );
}

/** Breaks before the "@" when it must wrap, rather than mid-word. */
function Email({ address }: { address: string }) {
  const at = address.lastIndexOf("@");
  return (
    <span className="text-slate-500 [overflow-wrap:anywhere]">
      {at > 0 ? (
        <>
          {address.slice(0, at)}
          <wbr />
          {address.slice(at)}
        </>
      ) : (
        address
      )}
    </span>
  );
}

function plural(n: number, word: string) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Placeholder rows in the table's shape while the roster loads; says so to screen readers. */
function RosterSkeleton({ practiceName }: { practiceName: string }) {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setSlow(true), 8000);
    return () => clearTimeout(t);
  }, []);
  return (
    <div className="@container overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm" aria-busy="true">
      <div className="border-b border-slate-200 px-4 py-3">
        <p className="text-sm font-semibold text-slate-900">Members of {practiceName}</p>
        <p role="status" className="mt-0.5 text-xs text-slate-500">
          {slow ? "Still loading. Check your connection; the list appears as soon as the app reconnects." : "Loading members…"}
        </p>
      </div>
      <div aria-hidden className="divide-y divide-slate-100">
        <div className="h-9 bg-slate-50" />
        {[0, 1, 2, 3, 4].map((i) => (
          <div key={i} className="flex animate-pulse items-center gap-6 px-4 py-4 motion-reduce:animate-none">
            <div className="flex flex-1 flex-col gap-2">
              <div className="h-3 rounded bg-slate-200" style={{ width: `${[38, 30, 44, 34, 40][i]}%` }} />
              <div className="h-2.5 w-1/2 rounded bg-slate-100" />
            </div>
            <div className="hidden h-5 w-24 rounded-full bg-slate-100 @xl:block" />
            <div className="hidden h-3 w-28 rounded bg-slate-100 @3xl:block" />
            <div className="hidden h-5 w-16 rounded-full bg-slate-100 @xl:block" />
            <div className="h-7 w-20 rounded-md bg-slate-100" />
          </div>
        ))}
      </div>
    </div>
  );
}
