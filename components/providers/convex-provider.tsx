"use client";

import { useState, type ReactNode } from "react";
import { ConvexProviderWithAuth, ConvexReactClient } from "convex/react";
import { ConvexProviderWithClerk } from "convex/react-clerk";
import { ClerkProvider, useAuth } from "@clerk/nextjs";
import { publicConfig } from "@/lib/env";
import { useDemoAuth } from "./demo-auth";

/**
 * One Convex client for the app. Clerk is only mounted (and so only
 * initialised) when it is the configured identity provider.
 */
export function AppConvexProvider({ children }: { children: ReactNode }) {
  const [client] = useState(() => new ConvexReactClient(publicConfig.convexUrl));
  if (publicConfig.authProvider === "clerk") {
    return (
      <ClerkProvider publishableKey={publicConfig.clerkPublishableKey} telemetry={false}>
        <ConvexProviderWithClerk client={client} useAuth={useAuth}>
          {children}
        </ConvexProviderWithClerk>
      </ClerkProvider>
    );
  }
  return (
    <ConvexProviderWithAuth client={client} useAuth={useDemoAuth}>
      {children}
    </ConvexProviderWithAuth>
  );
}
