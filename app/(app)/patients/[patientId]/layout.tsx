import type { Metadata } from "next";
import type { ReactNode } from "react";
import { ChartAccessGate } from "@/components/chart/chart-access-gate";

// The patient's name is never put in the title: it would show in history, tabs and screen shares.
export const metadata: Metadata = { title: "Chart" };

/** Everything under /patients/[id] shares one audited access grant, opened here. */
export default async function ChartLayout({ children, params }: { children: ReactNode; params: Promise<{ patientId: string }> }) {
  const { patientId } = await params;
  return <ChartAccessGate patientId={patientId}>{children}</ChartAccessGate>;
}
