"use client";

import { createContext, useContext } from "react";
import type { LogoffReason } from "./tab-channel";

/** Where a person lands after the session ends, and what the sign-in page tells them. */
export function signedOutUrl(reason: LogoffReason): string {
  return reason === "idle" ? "/sign-in?signedOut=1&reason=idle" : "/sign-in?signedOut=1";
}

/**
 * Ends the session with the identity provider and leaves the page. Demo mode:
 * a form POST to our sign-out route, which clears the httpOnly cookie and ends
 * the session at the demo IdP, then redirects (a full page load, so nothing of
 * the old page stays in memory). Clerk mode replaces this with Clerk's signOut.
 */
export function demoSignOut(reason: LogoffReason): Promise<void> {
  const form = document.createElement("form");
  form.method = "post";
  form.action = reason === "idle" ? "/api/demo-auth/sign-out?reason=idle" : "/api/demo-auth/sign-out";
  form.style.display = "none";
  document.body.appendChild(form);
  form.submit();
  return Promise.resolve();
}

export const SessionEndContext = createContext<(reason: LogoffReason) => Promise<void>>(demoSignOut);

export function useSessionEnd() {
  return useContext(SessionEndContext);
}
