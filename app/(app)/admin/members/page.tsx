import type { Metadata } from "next";
import { MembersScreen } from "@/components/admin/members-screen";

export const metadata: Metadata = { title: "Members" };

export default function MembersPage() {
  return <MembersScreen />;
}
