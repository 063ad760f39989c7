"use client";

import { useEffect, useRef, useState } from "react";
import { useMutation } from "convex/react";
import { api } from "@/convex/_generated/api";
import { errorMessage } from "@/lib/client-errors";
import { ROLE_LABELS } from "@/lib/roles";
import { Alert } from "@/components/ui/alert";
import { Dialog, DialogActions, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { MemberStatusButton } from "./member-triggers";
import type { MemberRow } from "./use-member-roster";

/** Deactivate or reactivate a member, after a confirmation that says what happens. */
export function MemberStatusDialog({
  member,
  practiceName,
  onChanged,
  defaultOpen = false,
}: {
  member: MemberRow;
  practiceName: string;
  onChanged: (message: string) => void;
  defaultOpen?: boolean;
}) {
  const setStatus = useMutation(api.members.setStatus);
  const [open, setOpen] = useState(defaultOpen);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const deactivating = member.status === "active";
  const verb = deactivating ? "Deactivate" : "Reactivate";

  useEffect(() => {
    if (error !== null) alertRef.current?.focus();
  }, [error]);

  async function confirm() {
    setPending(true);
    setError(null);
    try {
      await setStatus({ memberId: member._id, status: deactivating ? "deactivated" : "active" });
      setOpen(false);
      onChanged(
        deactivating
          ? `${member.name} is deactivated and no longer has access to ${practiceName}.`
          : `${member.name} is active again, as ${ROLE_LABELS[member.role]}.`,
      );
    } catch (err) {
      setError(errorMessage(err, `${member.name} was not ${deactivating ? "deactivated" : "reactivated"}. Try again.`));
    } finally {
      setPending(false);
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (pending) return;
        if (next) setError(null);
        setOpen(next);
      }}
    >
      <DialogTrigger asChild>
        <MemberStatusButton member={member} />
      </DialogTrigger>
      <DialogContent
        testId="member-status-dialog"
        title={`${verb} ${member.name}?`}
        description={
          deactivating ? (
            <>
              <strong className="font-semibold text-slate-900">{member.name} loses access to {practiceName} immediately.</strong>{" "}
              Any screen they have open stops showing practice data at once, and they cannot work in this practice until
              an admin reactivates them. Their membership and its audit history are kept.
            </>
          ) : (
            <>
              {member.name} gets access to {practiceName} again immediately, as {ROLE_LABELS[member.role]}. Change the role
              first if it should be different.
            </>
          )
        }
      >
        {error !== null ? (
          <Alert ref={alertRef} title={`${member.name} was not ${deactivating ? "deactivated" : "reactivated"}`}>
            {error}
          </Alert>
        ) : null}
        <DialogActions busy={pending} variant={deactivating ? "danger" : "primary"} onAction={() => void confirm()}>
          {pending ? (deactivating ? "Deactivating…" : "Reactivating…") : verb}
        </DialogActions>
      </DialogContent>
    </Dialog>
  );
}
