"use client";

import { forwardRef } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";
import { onDemand, standInButtonProps } from "@/components/ui/on-demand";
import type { AddedMember } from "./add-member-dialog";
import type { MemberRow } from "./use-member-roster";

/*
 * The members screen's dialog triggers, shared by each dialog (as its Radix
 * trigger) and by the light stand-in the page ships before the dialog's code
 * (form, schema, Radix) is loaded on demand.
 */

export const AddMemberButton = forwardRef<HTMLButtonElement, ButtonProps>(function AddMemberButton(props, ref) {
  return (
    <Button ref={ref} variant="primary" {...props}>
      <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="-ml-0.5 h-4 w-4">
        <path d="M10.75 4.75a.75.75 0 0 0-1.5 0v4.5h-4.5a.75.75 0 0 0 0 1.5h4.5v4.5a.75.75 0 0 0 1.5 0v-4.5h4.5a.75.75 0 0 0 0-1.5h-4.5v-4.5Z" />
      </svg>
      Add member
    </Button>
  );
});

export const ChangeRoleButton = forwardRef<HTMLButtonElement, ButtonProps & { memberName: string }>(function ChangeRoleButton({ memberName, ...props }, ref) {
  return (
    <Button ref={ref} size="sm" className="w-full @lg:w-auto" {...props}>
      Change role<span className="sr-only"> for {memberName}</span>
    </Button>
  );
});

export const MemberStatusButton = forwardRef<HTMLButtonElement, ButtonProps & { member: Pick<MemberRow, "name" | "status"> }>(function MemberStatusButton(
  { member, ...props },
  ref,
) {
  const deactivating = member.status === "active";
  return (
    <Button ref={ref} size="sm" variant={deactivating ? "danger-outline" : "secondary"} className="w-full @lg:w-auto" {...props}>
      {deactivating ? "Deactivate" : "Reactivate"}
      <span className="sr-only"> {member.name}</span>
    </Button>
  );
});

export const HomeAddressButton = forwardRef<HTMLButtonElement, ButtonProps & { memberName: string }>(function HomeAddressButton({ memberName, ...props }, ref) {
  return (
    <Button ref={ref} size="sm" className="w-full @lg:w-auto" {...props}>
      Home address<span className="sr-only"> for {memberName}</span>
    </Button>
  );
});

export const AddMemberDialog = onDemand<{ practiceName: string; onAdded: (added: AddedMember) => void }>(
  () => import("./add-member-dialog").then((m) => m.AddMemberDialog),
  (p) => <AddMemberButton {...standInButtonProps(p)} />,
);

export const ChangeRoleDialog = onDemand<{ member: MemberRow; onChanged: (message: string) => void }>(
  () => import("./change-role-dialog").then((m) => m.ChangeRoleDialog),
  (p) => <ChangeRoleButton memberName={p.member.name} {...standInButtonProps(p)} />,
);

export const MemberStatusDialog = onDemand<{ member: MemberRow; practiceName: string; onChanged: (message: string) => void }>(
  () => import("./member-status-dialog").then((m) => m.MemberStatusDialog),
  (p) => <MemberStatusButton member={p.member} {...standInButtonProps(p)} />,
);

export const HomeAddressDialog = onDemand<{ member: MemberRow; onChanged: (message: string) => void }>(
  () => import("./home-address-dialog").then((m) => m.HomeAddressDialog),
  (p) => <HomeAddressButton memberName={p.member.name} {...standInButtonProps(p)} />,
);
