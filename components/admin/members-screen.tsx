"use client";

import { useState } from "react";
import type { Id } from "@/convex/_generated/dataModel";
import { ROLE_LABELS } from "@/lib/roles";
import { Callout, StatusMessage } from "@/components/ui/alert";
import { useViewer } from "@/components/shell/viewer-context";
import { AddMemberDialog } from "./member-triggers";
import { MemberRoster } from "./member-roster";
import { NoMemberAccess } from "./no-member-access";

/**
 * /admin/members. Practice admins manage the roster; compliance officers see
 * it read-only; everyone else gets a no-access state. The screen only decides
 * what to show: every read and change is authorized by the server.
 */
export function MembersScreen() {
  const viewer = useViewer();
  const { permissions, membership } = viewer.active;
  if (!permissions.includes("members.view")) return <NoMemberAccess />;
  // Keyed by practice so switching practice starts from a clean screen.
  return (
    <MembersAdmin
      key={membership.practiceId}
      practiceName={membership.practiceName}
      canManage={permissions.includes("members.manage")}
    />
  );
}

function MembersAdmin({ practiceName, canManage }: { practiceName: string; canManage: boolean }) {
  const [notice, setNotice] = useState<string | null>(null);
  const [highlightId, setHighlightId] = useState<Id<"members"> | null>(null);
  // Remounting the roster resubscribes to the query: the "Try again" of its error state.
  const [attempt, setAttempt] = useState(0);

  const addMember = canManage ? (
    <AddMemberDialog
      practiceName={practiceName}
      onAdded={(added) => {
        setHighlightId(added.memberId);
        setNotice(
          `${added.name} was added as ${ROLE_LABELS[added.role]}. The membership links to their account the first time they sign in with ${added.email}.`,
        );
      }}
    />
  ) : null;

  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-5">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="flex max-w-2xl flex-col gap-1">
          <h1 className="text-2xl font-semibold text-slate-900">Members</h1>
          <p className="text-sm text-slate-600">
            {canManage
              ? "Who can sign in to this practice and what their role lets them do. Changes apply immediately, including on screens people already have open."
              : "Who can sign in to this practice and what their role lets them do."}
          </p>
        </div>
        {addMember}
      </header>

      {!canManage ? (
        <Callout tone="info" title="View only" className="max-w-3xl">
          You can review who has access. Only a practice admin can add members, change roles or deactivate access.
        </Callout>
      ) : null}

      <StatusMessage
        testId="members-notice"
        message={notice}
        onDismiss={() => {
          setNotice(null);
          setHighlightId(null);
        }}
      />

      <MemberRoster
        key={attempt}
        practiceName={practiceName}
        canManage={canManage}
        highlightId={highlightId}
        onChanged={(message) => {
          setHighlightId(null);
          setNotice(message);
        }}
        onRetry={() => setAttempt((a) => a + 1)}
      />
    </div>
  );
}
