"use client";

import type { ReactNode } from "react";
import dynamic from "next/dynamic";
import { publicConfig } from "@/lib/public-config";

// Clerk is mounted, and its code downloaded, only when it is the configured provider.
const ClerkIdentity = dynamic(() => import("./clerk/clerk-identity"));

export function IdentityProvider({ children }: { children: ReactNode }) {
  if (publicConfig.authProvider !== "clerk") return <>{children}</>;
  return <ClerkIdentity>{children}</ClerkIdentity>;
}
