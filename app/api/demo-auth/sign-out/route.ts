import { NextResponse, type NextRequest } from "next/server";
import { DEMO_SESSION_COOKIE } from "@/lib/auth/demo-session";

export async function POST(request: NextRequest) {
  const response = NextResponse.redirect(new URL("/sign-in?signedOut=1", request.url), 303);
  response.cookies.delete(DEMO_SESSION_COOKIE);
  response.headers.set("Clear-Site-Data", '"cache", "storage"');
  return response;
}
