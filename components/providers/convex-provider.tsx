"use client";

import { useState, type ReactNode } from "react";
import { ConvexProviderWithAuth, ConvexReactClient } from "convex/react";
import { ConvexProviderWithClerk } from "convex/react-clerk";
import { useAuth } from "@clerk/nextjs";
import { publicConfig } from "@/lib/env";
import { useDemoAuth } from "./demo-auth";

/** One Convex client for the signed-in app, authenticated by the configured provider. */
export function AppConvexProvider({ children }: { children: ReactNode }) {
  const [client] = useState(() => new ConvexReactClient(publicConfig.convexUrl));
  if (publicConfig.authProvider === "clerk") {
    return (
      <ConvexProviderWithClerk client={client} useAuth={useAuth}>
        {children}
      </ConvexProviderWithClerk>
    );
  }
  return (
    <ConvexProviderWithAuth client={client} useAuth={useDemoAuth}>
      {children}
    </ConvexProviderWithAuth>
  );
}
