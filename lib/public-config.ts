/**
 * What the browser may know: inlined at build time from NEXT_PUBLIC_* variables.
 * Kept apart from `lib/env.ts` so that client code does not ship the zod
 * schemas that validate the server's environment at start-up.
 */
export const publicConfig = {
  convexUrl: process.env.NEXT_PUBLIC_CONVEX_URL ?? "",
  authProvider: process.env.NEXT_PUBLIC_AUTH_PROVIDER === "clerk" ? ("clerk" as const) : ("demo" as const),
  clerkPublishableKey: process.env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY ?? "",
};
