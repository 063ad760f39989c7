import { NextResponse } from "next/server";
import { DEMO_SESSION_COOKIE } from "@/lib/auth/demo-session";

export async function POST() {
  const response = new NextResponse(null, { status: 303, headers: { Location: "/sign-in?signedOut=1" } });
  response.cookies.delete(DEMO_SESSION_COOKIE);
  response.headers.set("Clear-Site-Data", '"cache", "storage"');
  return response;
}
