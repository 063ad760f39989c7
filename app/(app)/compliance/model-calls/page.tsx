import type { Metadata } from "next";
import { ModelCallsScreen } from "@/components/compliance/model-calls-screen";

export const metadata: Metadata = { title: "Model calls" };

export default function ModelCallsPage() {
  return <ModelCallsScreen />;
}
