import type { Metadata } from "next";
import { BoardScreen } from "@/components/schedule/board-screen";

export const metadata: Metadata = { title: "Today board" };

export default function BoardPage() {
  return <BoardScreen />;
}
