"use client";

import { useEffect, useRef, useState } from "react";
import { useMutation } from "convex/react";
import { api } from "@/convex/_generated/api";
import { errorMessage } from "@/lib/client-errors";
import { unsignableReason } from "@/lib/clinical/soap";
import { Alert, Callout } from "@/components/ui/alert";
import { Dialog, DialogActions, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { useViewer } from "@/components/shell/viewer-context";
import { useChart } from "@/components/chart/chart-context";
import { SignNoteButton, type SignNoteDialogProps } from "./sign-note-trigger";

/** Confirms and signs the note: saves the latest text first; refused while AI text is unreviewed. */
export function SignNoteDialog({ fields, flush, currentNoteId, onSigned, unreviewed, defaultOpen = false }: SignNoteDialogProps & { defaultOpen?: boolean }) {
  const chart = useChart();
  const viewer = useViewer();
  const sign = useMutation(api.notes.sign);
  const [open, setOpen] = useState(defaultOpen);
  const [phase, setPhase] = useState<"idle" | "saving" | "signing">("idle");
  const [error, setError] = useState<string | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const aiReason =
    unreviewed > 0
      ? `${unreviewed} AI-drafted ${unreviewed === 1 ? "part has" : "parts have"} not been reviewed. Accept, edit or delete each one before signing.`
      : null;
  const reason = aiReason ?? unsignableReason(fields);

  useEffect(() => {
    if (error !== null) alertRef.current?.focus();
  }, [error]);

  async function confirm() {
    setError(null);
    setPhase("saving");
    const saved = await flush();
    if (!saved) {
      setPhase("idle");
      setError("The latest text has not reached the server yet, so the note cannot be signed. Check your connection and try again.");
      return;
    }
    setPhase("signing");
    try {
      // After a successful flush the note exists (the content is not empty, or `reason` would block).
      const id = currentNoteId();
      if (id === null) throw new Error("no note");
      const r = await sign({ patientId: chart.patientId, noteId: id });
      setOpen(false);
      onSigned(r.signedAt);
    } catch (err) {
      setError(errorMessage(err, "The note was not signed. Check your connection and try again."));
    } finally {
      setPhase("idle");
    }
  }

  const busy = phase !== "idle";
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (busy) return;
        if (next) setError(null);
        setOpen(next);
      }}
    >
      <DialogTrigger asChild>
        <SignNoteButton />
      </DialogTrigger>
      <DialogContent
        testId="sign-dialog"
        title="Sign this note?"
        description={
          <>
            You sign as <strong className="font-semibold text-slate-900">{viewer.name}</strong>. A signed note is locked: it cannot be edited, and
            corrections are added as signed addenda. The signature covers the content, your name and the time.
          </>
        }
      >
        {reason !== null ? (
          <Callout tone="warning" title="Not ready to sign">
            {reason}
          </Callout>
        ) : null}
        {error !== null ? (
          <Alert ref={alertRef} title="The note was not signed">
            {error}
          </Alert>
        ) : null}
        <DialogActions busy={busy} cancelLabel="Keep editing" disabled={reason !== null} onAction={() => void confirm()}>
          {phase === "saving" ? "Saving…" : phase === "signing" ? "Signing…" : "Sign note"}
        </DialogActions>
      </DialogContent>
    </Dialog>
  );
}
