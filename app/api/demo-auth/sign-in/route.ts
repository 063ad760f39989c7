import { NextResponse, type NextRequest } from "next/server";
import { DEMO_SESSION_COOKIE } from "@/lib/auth/demo-session";
import { idpPost } from "@/lib/auth/demo-idp";

/** Signs a synthetic staff member in: the IdP issues a session token we keep in an httpOnly cookie. */
export async function POST(request: NextRequest) {
  const form = await request.formData().catch(() => null);
  const subject = form?.get("subject");
  const signInUrl = new URL("/sign-in", request.url);
  if (typeof subject !== "string" || subject === "") {
    signInUrl.searchParams.set("error", "missing");
    return NextResponse.redirect(signInUrl, 303);
  }
  const { status, data } = await idpPost<{ sessionToken: string; sessionExpiresIn: number }>("/session", { subject });
  if (status !== 200 || !("sessionToken" in data)) {
    signInUrl.searchParams.set("error", status === 503 ? "unreachable" : "unknown");
    return NextResponse.redirect(signInUrl, 303);
  }
  const response = NextResponse.redirect(new URL("/", request.url), 303);
  response.cookies.set(DEMO_SESSION_COOKIE, data.sessionToken, {
    httpOnly: true,
    sameSite: "lax",
    secure: request.nextUrl.protocol === "https:",
    path: "/",
    maxAge: data.sessionExpiresIn,
  });
  return response;
}
