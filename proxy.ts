import { NextResponse, type NextFetchEvent, type NextMiddleware, type NextRequest } from "next/server";
import { clerkMiddleware } from "@clerk/nextjs/server";
import { DEMO_SESSION_COOKIE } from "@/lib/auth/demo-session";

/**
 * Route gating for convenience only: it sends signed-out people to the sign-in
 * page. Authorization lives in the Convex functions.
 */
const PUBLIC_PATHS = ["/sign-in", "/api/demo-auth/"];

let clerk: NextMiddleware | null = null;

export default function proxy(request: NextRequest, event: NextFetchEvent) {
  if (process.env.NEXT_PUBLIC_AUTH_PROVIDER === "clerk") {
    clerk ??= clerkMiddleware() as NextMiddleware;
    return clerk(request, event);
  }
  const { pathname } = request.nextUrl;
  if (PUBLIC_PATHS.some((p) => pathname.startsWith(p))) return NextResponse.next();
  if (request.cookies.get(DEMO_SESSION_COOKIE) === undefined) {
    // Built from the Host the browser used: cookies are per host (localhost vs 127.0.0.1).
    const host = request.headers.get("host") ?? request.nextUrl.host;
    return NextResponse.redirect(new URL("/sign-in", `${request.nextUrl.protocol}//${host}`), 307);
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|css|js)$).*)"],
};
