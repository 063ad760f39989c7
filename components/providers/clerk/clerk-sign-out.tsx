"use client";

import { useClerk } from "@clerk/nextjs";

export default function ClerkSignOut({ className, onSignOut }: { className: string; onSignOut?: () => void }) {
  const clerk = useClerk();
  return (
    <button
      type="button"
      className={className}
      onClick={() => {
        onSignOut?.();
        void clerk.signOut({ redirectUrl: "/sign-in?signedOut=1" });
      }}
    >
      Sign out
    </button>
  );
}
