"use client";

import type { ReactNode } from "react";
import { ClerkProvider } from "@clerk/nextjs";
import { publicConfig } from "@/lib/env";

/** Clerk is mounted, and so initialised, only when it is the configured provider. */
export function IdentityProvider({ children }: { children: ReactNode }) {
  if (publicConfig.authProvider !== "clerk") return <>{children}</>;
  return (
    <ClerkProvider publishableKey={publicConfig.clerkPublishableKey} telemetry={false}>
      {children}
    </ClerkProvider>
  );
}
