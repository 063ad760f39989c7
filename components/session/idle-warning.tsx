"use client";

import { useEffect, useRef, useState } from "react";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { Button } from "@/components/ui/button";

function secondsLeft(deadline: number) {
  return Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
}

export function IdleWarning({ deadline, onStay }: { deadline: number; onStay: () => void }) {
  const [left, setLeft] = useState(() => secondsLeft(deadline));
  const stayButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const id = setInterval(() => setLeft(secondsLeft(deadline)), 1000);
    return () => clearInterval(id);
  }, [deadline]);
  return (
    <Dialog open onOpenChange={(open) => (open ? undefined : onStay())}>
      <DialogContent
        testId="idle-warning"
        title="Are you still there?"
        description={
          <>
            <p role="alert">
              For patient privacy you will be signed out soon because this screen has been idle. Choose “Stay signed in” to
              keep working.
            </p>
            <p className="mt-2 font-medium text-slate-800" aria-hidden>
              Signing out in <span data-testid="idle-countdown">{formatLeft(left)}</span>
            </p>
          </>
        }
        onOpenAutoFocus={(e) => {
          e.preventDefault();
          stayButton.current?.focus();
        }}
      >
        <div className="flex justify-end">
          <Button ref={stayButton} variant="primary" onClick={onStay}>
            Stay signed in
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}

function formatLeft(seconds: number) {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m > 0 ? `${m}:${String(s).padStart(2, "0")}` : `${s} s`;
}
