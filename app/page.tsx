import { AppShell } from "@/components/shell/app-shell";
import { SessionGate } from "@/components/shell/session-gate";
import { HomeScreen } from "@/components/home/home-screen";

export default function HomePage() {
  return (
    <SessionGate>
      <AppShell>
        <HomeScreen />
      </AppShell>
    </SessionGate>
  );
}
