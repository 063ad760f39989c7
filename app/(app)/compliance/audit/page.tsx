import type { Metadata } from "next";
import { AuditViewer } from "@/components/compliance/audit-viewer";

export const metadata: Metadata = { title: "Audit trail" };

export default function AuditTrailPage() {
  return <AuditViewer />;
}
