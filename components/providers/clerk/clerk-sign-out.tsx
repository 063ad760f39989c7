"use client";

import { useClerk } from "@clerk/nextjs";
import { signedOutUrl } from "@/components/session/session-end";

export default function ClerkSignOut({ className, onSignOut }: { className: string; onSignOut?: () => void }) {
  const clerk = useClerk();
  return (
    <button
      type="button"
      className={className}
      onClick={() => {
        onSignOut?.();
        void clerk.signOut({ redirectUrl: signedOutUrl("signout") });
      }}
    >
      Sign out
    </button>
  );
}
