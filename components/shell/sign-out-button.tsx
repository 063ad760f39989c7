"use client";

import dynamic from "next/dynamic";
import { publicConfig } from "@/lib/public-config";
import { clearBrowserStorage } from "@/components/session/browser-storage";
import { announceLogoff } from "@/components/session/tab-channel";

// Loaded only in Clerk mode, so the demo build never downloads Clerk.
const ClerkSignOut = dynamic(() => import("@/components/providers/clerk/clerk-sign-out"));

const className =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50";

/** Every other tab ends its session too, and nothing stays behind in browser storage. */
function beforeSignOut() {
  announceLogoff("signout");
  void clearBrowserStorage();
}

export function SignOutButton() {
  if (publicConfig.authProvider === "clerk") return <ClerkSignOut className={className} onSignOut={beforeSignOut} />;
  return (
    <form action="/api/demo-auth/sign-out" method="post" onSubmit={beforeSignOut}>
      <button type="submit" className={className}>
        Sign out
      </button>
    </form>
  );
}
