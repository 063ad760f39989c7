"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useMutation } from "convex/react";
import { api } from "@/convex/_generated/api";
import { errorMessage } from "@/lib/client-errors";
import { ROLE_LABELS, ROLES, isRole, type Role } from "@/lib/roles";
import { Alert, Callout } from "@/components/ui/alert";
import { Dialog, DialogActions, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { inputClass } from "@/components/ui/form-field";
import { RoleBadge } from "@/components/ui/role-badge";
import { ROLE_SUMMARIES } from "./role-info";
import { ChangeRoleButton } from "./member-triggers";
import type { MemberRow } from "./use-member-roster";

/** Pick a new role, see the change as old → new, confirm. */
export function ChangeRoleDialog({
  member,
  onChanged,
  defaultOpen = false,
}: {
  member: MemberRow;
  onChanged: (message: string) => void;
  defaultOpen?: boolean;
}) {
  const changeRole = useMutation(api.members.changeRole);
  const [open, setOpen] = useState(defaultOpen);
  const [role, setRole] = useState<Role>(member.role);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const selectId = useId();
  const changed = role !== member.role;

  useEffect(() => {
    if (error !== null) alertRef.current?.focus();
  }, [error]);

  async function confirm() {
    setPending(true);
    setError(null);
    try {
      await changeRole({ memberId: member._id, role });
      setOpen(false);
      onChanged(`${member.name}'s role is now ${ROLE_LABELS[role]}. Their open sessions have switched to the new role.`);
    } catch (err) {
      setError(errorMessage(err, "The role was not changed. Check your connection and try again."));
    } finally {
      setPending(false);
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (pending) return;
        if (next) {
          setRole(member.role);
          setError(null);
        }
        setOpen(next);
      }}
    >
      <DialogTrigger asChild>
        <ChangeRoleButton memberName={member.name} />
      </DialogTrigger>
      <DialogContent
        testId="change-role-dialog"
        title={`Change ${member.name}'s role`}
        description={
          member.status === "deactivated"
            ? `${member.name} is deactivated, so nothing changes for them until you reactivate them; they then have the new role.`
            : member.linked
              ? `The new role applies immediately: ${member.name}'s open sessions switch to it without signing out, and the server checks it on every request.`
              : `${member.name} has not signed in yet; they will have the new role when they do.`
        }
      >
        <form
          className="flex flex-col gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            if (changed && !pending) void confirm();
          }}
        >
          {error !== null ? (
            <Alert ref={alertRef} title="The role was not changed">
              {error}
            </Alert>
          ) : null}
          <div className="flex flex-col gap-1.5">
            <label htmlFor={selectId} className="text-sm font-medium text-slate-800">
              New role
            </label>
            <select
              id={selectId}
              value={role}
              disabled={pending}
              onChange={(e) => {
                if (isRole(e.target.value)) setRole(e.target.value);
                setError(null);
              }}
              className={inputClass(false, "pr-8")}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r]}
                  {r === member.role ? " (current)" : ""}
                </option>
              ))}
            </select>
            <p className="text-xs text-slate-500">{ROLE_SUMMARIES[role]}</p>
          </div>
          <div
            data-testid="role-change-preview"
            className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-slate-200 bg-slate-50 px-4 py-3 text-sm"
          >
            <span className="flex items-center gap-2">
              <span className="text-slate-500">From</span>
              <RoleBadge role={member.role} />
            </span>
            <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="h-4 w-4 text-slate-400">
              <path fillRule="evenodd" d="M3 10a.75.75 0 0 1 .75-.75h10.638L10.23 5.29a.75.75 0 1 1 1.04-1.08l5.5 5.25a.75.75 0 0 1 0 1.08l-5.5 5.25a.75.75 0 1 1-1.04-1.08l4.158-3.96H3.75A.75.75 0 0 1 3 10Z" clipRule="evenodd" />
            </svg>
            <span className="flex items-center gap-2">
              <span className="text-slate-500">to</span>
              {changed ? <RoleBadge role={role} /> : <span className="text-slate-500 italic">choose a different role</span>}
            </span>
          </div>
          {changed && member.role === "practice_admin" ? (
            <Callout tone="warning">{member.name} will no longer be able to manage members or practice settings.</Callout>
          ) : null}
          <DialogActions busy={pending} disabled={!changed}>
            {pending ? "Changing…" : "Change role"}
          </DialogActions>
        </form>
      </DialogContent>
    </Dialog>
  );
}
