import { redirect } from "next/navigation";

export default function CompliancePage() {
  redirect("/compliance/audit");
}
