import { ChartOverview } from "@/components/chart/chart-overview";

export default function ChartPage() {
  return <ChartOverview />;
}
