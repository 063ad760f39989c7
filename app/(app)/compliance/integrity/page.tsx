import type { Metadata } from "next";
import { IntegrityScreen } from "@/components/compliance/integrity-screen";

export const metadata: Metadata = { title: "Audit integrity" };

export default function IntegrityPage() {
  return <IntegrityScreen />;
}
