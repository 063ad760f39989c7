import type { Metadata } from "next";
import { ScheduleSettingsScreen } from "@/components/admin/schedule-settings/schedule-settings-screen";

export const metadata: Metadata = { title: "Schedule settings" };

export default function ScheduleSettingsPage() {
  return <ScheduleSettingsScreen />;
}
