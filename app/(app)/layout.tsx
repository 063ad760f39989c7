import type { ReactNode } from "react";
import { AppConvexProvider } from "@/components/providers/convex-provider";
import { AppShell } from "@/components/shell/app-shell";
import { SessionGate } from "@/components/shell/session-gate";

/** Every signed-in screen: Convex connection, membership check, and the shell. */
export default function SignedInLayout({ children }: { children: ReactNode }) {
  return (
    <AppConvexProvider>
      <SessionGate>
        <AppShell>{children}</AppShell>
      </SessionGate>
    </AppConvexProvider>
  );
}
