import type { ReactNode } from "react";
import { ScheduleLayout } from "@/components/schedule/schedule-layout";

/** The calendar and the today board share the day grants and the practice's scheduling settings. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ScheduleLayout>{children}</ScheduleLayout>;
}
