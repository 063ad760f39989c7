"use client";

import { useEffect, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { ConvexError } from "convex/values";
import { useConvexAuth, useMutation, useQuery } from "convex/react";
import { api } from "@/convex/_generated/api";
import { ERROR_CODES, isAppErrorData } from "@/lib/errors";
import { clearBrowserStorage } from "@/components/session/browser-storage";
import { IdleLogoff } from "@/components/session/idle-logoff";
import { CenteredMessage } from "./centered-message";
import { SignOutButton } from "./sign-out-button";
import { ViewerContext } from "./viewer-context";

function messageOf(err: unknown): string {
  if (err instanceof ConvexError && isAppErrorData(err.data)) return err.data.message;
  return "Something went wrong while signing you in. Try again, or sign out and back in.";
}

/**
 * Renders children only for a signed-in member of a practice: links the
 * account on first sign-in, then provides the viewer to the page.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const router = useRouter();
  const { isLoading, isAuthenticated } = useConvexAuth();
  const signIn = useMutation(api.viewer.signIn);
  const [linked, setLinked] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const viewer = useQuery(api.viewer.current, isAuthenticated && linked ? {} : "skip");

  useEffect(() => {
    if (!isLoading && !isAuthenticated) {
      // The session ended (or never was): nothing of it stays in browser storage.
      void clearBrowserStorage();
      router.replace("/sign-in");
    }
  }, [isLoading, isAuthenticated, router]);

  useEffect(() => {
    if (!isAuthenticated || linked) return;
    signIn({})
      .then(() => setLinked(true))
      .catch((err: unknown) => {
        // Sign-in only refreshes the account and links new memberships; when it is merely
        // rate-limited, the account from the last sign-in still stands, so carry on with it.
        if (err instanceof ConvexError && isAppErrorData(err.data) && err.data.code === ERROR_CODES.rateLimited) setLinked(true);
        else setError(messageOf(err));
      });
  }, [isAuthenticated, linked, signIn]);

  if (error !== null) {
    return (
      <CenteredMessage title="We could not sign you in">
        <p role="alert" className="text-slate-600">{error}</p>
        <SignOutButton />
      </CenteredMessage>
    );
  }
  if (isLoading || !isAuthenticated || viewer === undefined) {
    return <CenteredMessage title="Opening your workspace…" busy />;
  }
  if (viewer === null || viewer.active === null) {
    return (
      <CenteredMessage title="No active practice membership">
        <p className="text-slate-600">
          You are signed in, but no practice lists you as an active member. Ask your practice admin to add you with this
          email address{viewer ? ` (${viewer.email})` : ""}.
        </p>
        <SignOutButton />
      </CenteredMessage>
    );
  }
  return (
    <ViewerContext.Provider value={{ ...viewer, active: viewer.active }}>
      <IdleLogoff>{children}</IdleLogoff>
    </ViewerContext.Provider>
  );
}
