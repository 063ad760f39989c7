import type { ReactNode } from "react";
import { ComplianceShell } from "@/components/compliance/compliance-shell";

export default function ComplianceLayout({ children }: { children: ReactNode }) {
  return <ComplianceShell>{children}</ComplianceShell>;
}
