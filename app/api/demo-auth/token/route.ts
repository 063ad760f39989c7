import { NextResponse, type NextRequest } from "next/server";
import { DEMO_SESSION_COOKIE } from "@/lib/auth/demo-session";
import { idpPost } from "@/lib/auth/demo-idp";

/** Exchanges the session cookie for a short-lived access token for Convex. */
export async function POST(request: NextRequest) {
  const sessionToken = request.cookies.get(DEMO_SESSION_COOKIE)?.value;
  const headers = { "cache-control": "no-store" };
  if (sessionToken === undefined) {
    return NextResponse.json({ error: "Not signed in." }, { status: 401, headers });
  }
  const { status, data } = await idpPost<{ token: string; expiresIn: number }>("/token", { sessionToken });
  if (status !== 200) {
    const response = NextResponse.json(data, { status: status === 503 ? 503 : 401, headers });
    if (status === 401) response.cookies.delete(DEMO_SESSION_COOKIE);
    return response;
  }
  return NextResponse.json(data, { headers });
}
