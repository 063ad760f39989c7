import { NextResponse, type NextRequest } from "next/server";
import { DEMO_SESSION_COOKIE } from "@/lib/auth/demo-session";
import { redirectTo } from "@/lib/http";
import { idpPost } from "@/lib/auth/demo-idp";

/** Signs a synthetic staff member in: the IdP issues a session token we keep in an httpOnly cookie. */
export async function POST(request: NextRequest) {
  const form = await request.formData().catch(() => null);
  const subject = form?.get("subject");
  if (typeof subject !== "string" || subject === "") return redirectTo("/sign-in?error=missing");
  const { status, data } = await idpPost<{ sessionToken: string; sessionExpiresIn: number }>("/session", { subject });
  if (status !== 200 || !("sessionToken" in data)) {
    return redirectTo(`/sign-in?error=${status === 503 ? "unreachable" : "unknown"}`);
  }
  const response = new NextResponse(null, { status: 303, headers: { Location: "/" } });
  response.cookies.set(DEMO_SESSION_COOKIE, data.sessionToken, {
    httpOnly: true,
    sameSite: "lax",
    secure: request.nextUrl.protocol === "https:",
    path: "/",
    maxAge: data.sessionExpiresIn,
  });
  return response;
}
