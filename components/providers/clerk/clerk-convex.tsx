"use client";

import { useCallback, type ReactNode } from "react";
import type { ConvexReactClient } from "convex/react";
import { ConvexProviderWithClerk } from "convex/react-clerk";
import { useAuth, useClerk } from "@clerk/nextjs";
import { SessionEndContext, signedOutUrl } from "@/components/session/session-end";
import type { LogoffReason } from "@/components/session/tab-channel";

export default function ClerkConvex({ client, children }: { client: ConvexReactClient; children: ReactNode }) {
  const clerk = useClerk();
  // Idle logoff ends the Clerk session (in every tab: Clerk syncs sign-out across tabs too).
  const end = useCallback((reason: LogoffReason) => clerk.signOut({ redirectUrl: signedOutUrl(reason) }), [clerk]);
  return (
    <SessionEndContext.Provider value={end}>
      <ConvexProviderWithClerk client={client} useAuth={useAuth}>
        {children}
      </ConvexProviderWithClerk>
    </SessionEndContext.Provider>
  );
}
