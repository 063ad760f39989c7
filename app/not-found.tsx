import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "Page not found" };

/** Any unknown address: says so, and offers the way back. */
export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-lg flex-col items-center justify-center gap-3 px-4 text-center">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Error 404</p>
      <h1 className="text-xl font-semibold text-slate-900">Page not found</h1>
      <p className="text-slate-600">There is nothing at this address. It may have been mistyped, or the page has moved.</p>
      <Link href="/" className={buttonClass("primary", "md", "mt-2")}>
        Go to home
      </Link>
    </main>
  );
}
