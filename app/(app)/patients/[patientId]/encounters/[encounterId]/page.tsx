import type { Metadata } from "next";
import { EncounterScreen } from "@/components/notes/encounter-screen";

export const metadata: Metadata = { title: "Visit note" };

export default async function EncounterPage({ params }: { params: Promise<{ encounterId: string }> }) {
  const { encounterId } = await params;
  return <EncounterScreen encounterId={encounterId} />;
}
