import { NextResponse, type NextRequest } from "next/server";
import { DEMO_SESSION_COOKIE } from "@/lib/auth/demo-session";
import { idpPost } from "@/lib/auth/demo-idp";

/**
 * Ends the demo session: the IdP stops issuing access tokens for it (so a
 * copy of the cookie is worthless), the cookie is cleared, and the browser is
 * told to drop this origin's storage and cache. Used by the sign-out button
 * and by idle logoff (`?reason=idle`).
 */
export async function POST(request: NextRequest) {
  const sessionToken = request.cookies.get(DEMO_SESSION_COOKIE)?.value;
  // Best effort: the cookie is cleared whatever the IdP answers.
  if (sessionToken !== undefined) await idpPost("/session/end", { sessionToken });
  const idle = request.nextUrl.searchParams.get("reason") === "idle";
  const location = idle ? "/sign-in?signedOut=1&reason=idle" : "/sign-in?signedOut=1";
  const response = new NextResponse(null, { status: 303, headers: { Location: location, "cache-control": "no-store" } });
  response.cookies.delete(DEMO_SESSION_COOKIE);
  response.headers.set("Clear-Site-Data", '"cache", "storage"');
  return response;
}
