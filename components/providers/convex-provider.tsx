"use client";

import { useState, type ReactNode } from "react";
import dynamic from "next/dynamic";
import { ConvexProviderWithAuth, ConvexReactClient } from "convex/react";
import { publicConfig } from "@/lib/public-config";
import { useDemoAuth } from "./demo-auth";

const ClerkConvex = dynamic(() => import("./clerk/clerk-convex"));

/** One Convex client for the signed-in app, authenticated by the configured provider. */
export function AppConvexProvider({ children }: { children: ReactNode }) {
  const [client] = useState(() => new ConvexReactClient(publicConfig.convexUrl));
  if (publicConfig.authProvider === "clerk") return <ClerkConvex client={client}>{children}</ClerkConvex>;
  return (
    <ConvexProviderWithAuth client={client} useAuth={useDemoAuth}>
      {children}
    </ConvexProviderWithAuth>
  );
}
