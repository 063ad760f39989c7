"use client";

import type { ReactNode } from "react";
import { ClerkProvider } from "@clerk/nextjs";
import { publicConfig } from "@/lib/public-config";

export default function ClerkIdentity({ children }: { children: ReactNode }) {
  return (
    <ClerkProvider publishableKey={publicConfig.clerkPublishableKey} telemetry={false}>
      {children}
    </ClerkProvider>
  );
}
