import type { Metadata } from "next";
import { Suspense } from "react";
import { CalendarScreen } from "@/components/schedule/calendar-screen";

export const metadata: Metadata = { title: "Schedule" };

export default function SchedulePage() {
  // The calendar reads its date and view from the URL.
  return (
    <Suspense>
      <CalendarScreen />
    </Suspense>
  );
}
