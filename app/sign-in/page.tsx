import type { Metadata } from "next";
import { publicConfig } from "@/lib/public-config";
import { DemoSignIn } from "@/components/sign-in/demo-sign-in";
import { ClerkSignIn } from "@/components/sign-in/clerk-sign-in";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const error = typeof params.error === "string" ? params.error : undefined;
  const signedOut = params.signedOut === "1";
  const idle = params.reason === "idle";
  return (
    <main className="mx-auto flex max-w-5xl flex-col gap-8 px-4 py-10 sm:px-6">
      <header className="flex flex-col gap-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Practice</p>
        <h1 className="text-3xl font-semibold text-slate-900">Sign in</h1>
      </header>
      {signedOut ? (
        <p role="status" data-testid="signed-out-notice" className="rounded-md border border-slate-200 bg-white px-4 py-3 text-sm text-slate-700">
          {idle
            ? "You were signed out because the app was idle, to protect patient information. Sign in again to continue."
            : "You have been signed out."}
        </p>
      ) : null}
      {publicConfig.authProvider === "clerk" ? <ClerkSignIn /> : <DemoSignIn error={error} />}
    </main>
  );
}
