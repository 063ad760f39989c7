import type { Metadata } from "next";
import { NotePrintView } from "@/components/notes/note-print-view";

export const metadata: Metadata = { title: "Print note" };

export default async function NotePrintPage({ params }: { params: Promise<{ noteId: string }> }) {
  const { noteId } = await params;
  return <NotePrintView noteId={noteId} />;
}
