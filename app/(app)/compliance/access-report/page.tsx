import type { Metadata } from "next";
import { AccessReport } from "@/components/compliance/access-report";

export const metadata: Metadata = { title: "Patient access report" };

export default function AccessReportPage() {
  return <AccessReport />;
}
