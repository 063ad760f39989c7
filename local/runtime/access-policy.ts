/**
 * Which browsers may talk to the runtime. It listens on loopback by default,
 * but any web page the user opens can still aim requests at 127.0.0.1:
 * - cross-origin pages: CORS and the WebSocket Origin check only admit
 *   localhost origins (the app's dev and e2e servers) unless configured "*";
 * - DNS rebinding (a foreign name resolving to 127.0.0.1 makes the page
 *   "same-origin"): on a loopback bind, the Host header must be a loopback name.
 */
import type { IncomingMessage } from "node:http";

export type CorsMode = "localhost" | "*";

const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;
const LOOPBACK_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;
const LOOPBACK_BIND = new Set(["127.0.0.1", "localhost", "::1"]);

export function originAllowed(origin: string | undefined, mode: CorsMode): boolean {
  // Node clients (ConvexClient with `ws`, ConvexHttpClient, Next.js servers) send none.
  if (origin === undefined) return true;
  return mode === "*" || LOCAL_ORIGIN.test(origin);
}

export function hostAllowed(req: IncomingMessage, bindHost: string): boolean {
  if (!LOOPBACK_BIND.has(bindHost)) return true;
  const host = req.headers.host;
  return host === undefined || LOOPBACK_HOST.test(host);
}
