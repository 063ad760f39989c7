"use client";

import { useClerk } from "@clerk/nextjs";
import { publicConfig } from "@/lib/env";
import { clearAllPendingDrafts } from "@/components/notes/draft-storage";

const className =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50";

function ClerkSignOut() {
  const clerk = useClerk();
  return (
    <button
      type="button"
      className={className}
      onClick={() => {
        clearAllPendingDrafts();
        void clerk.signOut({ redirectUrl: "/sign-in?signedOut=1" });
      }}
    >
      Sign out
    </button>
  );
}

export function SignOutButton() {
  if (publicConfig.authProvider === "clerk") return <ClerkSignOut />;
  return (
    <form action="/api/demo-auth/sign-out" method="post" onSubmit={() => clearAllPendingDrafts()}>
      <button type="submit" className={className}>
        Sign out
      </button>
    </form>
  );
}
