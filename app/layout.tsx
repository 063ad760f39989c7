import type { Metadata } from "next";
import type { ReactNode } from "react";
import { IdentityProvider } from "@/components/providers/identity-provider";
import { DemoBanner } from "@/components/shell/demo-banner";
import { publicConfig } from "@/lib/public-config";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Practice", template: "%s · Practice" },
  description: "Scheduling, charts and audited clinical notes for medical practices.",
  robots: { index: false, follow: false },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        {publicConfig.authProvider === "demo" ? <DemoBanner /> : null}
        <IdentityProvider>{children}</IdentityProvider>
      </body>
    </html>
  );
}
