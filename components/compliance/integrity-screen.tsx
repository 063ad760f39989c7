"use client";

import { useRef, useState, type ChangeEvent } from "react";
import { useConvex, useMutation } from "convex/react";
import { api } from "@/convex/_generated/api";
import { GENESIS_HASH } from "@/lib/audit/chain";
import { parseCheckpoint, type Checkpoint } from "@/lib/audit/export";
import { formatDateTime } from "@/lib/chart-format";
import { errorMessage } from "@/lib/client-errors";
import { Button } from "@/components/ui/button";
import { Alert, Callout } from "@/components/ui/alert";
import { useViewer } from "@/components/shell/viewer-context";
import { download, fileStamp } from "./download";

const BATCH = 1000;

type Run =
  | { status: "idle" }
  | { status: "running"; checked: number; total: number }
  | { status: "intact"; through: number; hash: string }
  | { status: "broken"; seq: number; problem: string; message: string; intactThrough: number }
  | { status: "error"; message: string };

type CheckpointResult = { status: "ok"; checkpoint: Checkpoint } | { status: "bad"; message: string } | null;

/**
 * /compliance/integrity: walks the whole chain in batches from its first event
 * and reports "intact up to event N" or the first broken link; checkpoints
 * (sequence number + hash) can be saved outside the system and checked later,
 * which is what shows that the newest events were deleted.
 */
export function IntegrityScreen() {
  const convex = useConvex();
  const recordVerification = useMutation(api.auditTrail.recordVerification);
  const viewer = useViewer();
  const [run, setRun] = useState<Run>({ status: "idle" });
  const [checkpoint, setCheckpoint] = useState<CheckpointResult>(null);
  const [busyCheckpoint, setBusyCheckpoint] = useState(false);
  const cancelled = useRef(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const verify = async () => {
    cancelled.current = false;
    try {
      const head = await convex.query(api.auditTrail.head, {});
      const total = head?.seq ?? 0;
      setRun({ status: "running", checked: 0, total });
      let afterSeq = 0;
      let prevHash = GENESIS_HASH;
      let checked = 0;
      for (;;) {
        if (cancelled.current) {
          setRun({ status: "idle" });
          return;
        }
        const r = await convex.query(api.auditTrail.verify, { afterSeq, prevHash, batchSize: BATCH });
        checked += r.checked;
        if (r.broken !== null) {
          setRun({ status: "broken", seq: r.broken.seq, problem: r.broken.problem, message: r.broken.message, intactThrough: r.lastSeq });
          await recordVerification({ checkedThrough: r.lastSeq, brokenAt: r.broken.seq }).catch(() => undefined);
          return;
        }
        setRun({ status: "running", checked, total: Math.max(total, r.lastSeq) });
        if (r.done) {
          setRun({ status: "intact", through: r.lastSeq, hash: r.lastHash });
          await recordVerification({ checkedThrough: r.lastSeq, brokenAt: null }).catch(() => undefined);
          return;
        }
        afterSeq = r.lastSeq;
        prevHash = r.lastHash;
      }
    } catch (err) {
      setRun({ status: "error", message: errorMessage(err, "The check stopped: the connection failed. Run it again.") });
    }
  };

  const saveCheckpoint = async () => {
    setBusyCheckpoint(true);
    try {
      const head = await convex.query(api.auditTrail.head, {});
      if (head === null) {
        setCheckpoint({ status: "bad", message: "The trail is empty: there is nothing to checkpoint yet." });
        return;
      }
      const cp: Checkpoint = {
        format: "practice-audit-checkpoint/1",
        practice: viewer.active.membership.practiceName,
        seq: head.seq,
        hash: head.hash,
        eventTime: new Date(head.at).toISOString(),
        takenAt: new Date().toISOString(),
      };
      download(`audit-checkpoint-${head.seq}-${fileStamp()}.json`, JSON.stringify(cp, null, 2) + "\n", "application/json");
    } catch (err) {
      setCheckpoint({ status: "bad", message: errorMessage(err) });
    } finally {
      setBusyCheckpoint(false);
    }
  };

  const checkFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (file === undefined) return;
    setBusyCheckpoint(true);
    try {
      const parsed = parseCheckpoint(await file.text());
      if (typeof parsed === "string") {
        setCheckpoint({ status: "bad", message: parsed });
        return;
      }
      const at = await convex.query(api.auditTrail.eventAt, { seq: parsed.seq });
      if (at.found === "none") {
        setCheckpoint({
          status: "bad",
          message: `Event ${parsed.seq} existed when this checkpoint was taken and is gone now: events at the end of the trail have been deleted.`,
        });
      } else if (at.found === "duplicate") {
        setCheckpoint({ status: "bad", message: `Two events now carry sequence number ${parsed.seq}: the trail has been altered.` });
      } else if (at.hash !== parsed.hash) {
        setCheckpoint({ status: "bad", message: `Event ${parsed.seq} no longer has the hash this checkpoint recorded: the trail up to it has been changed.` });
      } else {
        setCheckpoint({ status: "ok", checkpoint: parsed });
      }
    } catch (err) {
      setCheckpoint({ status: "bad", message: errorMessage(err) });
    } finally {
      setBusyCheckpoint(false);
    }
  };

  const pct = run.status === "running" && run.total > 0 ? Math.min(100, Math.round((run.checked / run.total) * 100)) : 0;
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <section aria-labelledby="verify-title" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="verify-title" className="text-lg font-semibold text-slate-900">
          Verify the audit trail
        </h2>
        <p className="text-sm text-slate-600">
          Recomputes every event&apos;s keyed hash and link from the first event to the newest. Any change, deletion, insertion or reordering inside the trail breaks
          a link and is reported here.
        </p>
        <div className="flex gap-2">
          <Button variant="primary" onClick={() => void verify()} busy={run.status === "running"}>
            {run.status === "running" ? "Verifying…" : "Verify integrity"}
          </Button>
          {run.status === "running" ? (
            <Button onClick={() => (cancelled.current = true)} aria-label="Stop verifying">
              Stop
            </Button>
          ) : null}
        </div>
        {run.status === "running" ? (
          <div className="flex flex-col gap-1">
            <div
              role="progressbar"
              aria-label="Events verified"
              aria-valuemin={0}
              aria-valuemax={run.total}
              aria-valuenow={run.checked}
              aria-valuetext={`${run.checked.toLocaleString()} of ${run.total.toLocaleString()} events`}
              className="h-2 overflow-hidden rounded-full bg-slate-100"
            >
              <div className="h-full bg-brand-600 transition-[width]" style={{ width: `${pct}%` }} />
            </div>
            <p className="text-xs text-slate-600">
              {run.checked.toLocaleString()} of {run.total.toLocaleString()} events
            </p>
          </div>
        ) : null}
        <div role="status" data-testid="verify-result">
          {run.status === "intact" ? (
            <Callout tone="success" title={run.through === 0 ? "The trail is empty" : `Intact up to event ${run.through.toLocaleString()}`}>
              Every event from the first to number {run.through.toLocaleString()} has its recorded hash and follows the one before. Save a checkpoint to detect
              later deletions at the end of the trail.
            </Callout>
          ) : null}
        </div>
        {run.status === "broken" ? (
          <Alert title={`Broken at event ${run.seq.toLocaleString()}: ${run.problem}`}>
            <p>{run.message}</p>
            <p className="mt-1">
              {run.intactThrough > 0 ? `Events 1 to ${run.intactThrough.toLocaleString()} are intact.` : "No event before it could be confirmed."} Keep this screen&apos;s
              result and contact your security officer; the check itself has been recorded.
            </p>
          </Alert>
        ) : null}
        {run.status === "error" ? <Alert title="The check did not finish">{run.message}</Alert> : null}
      </section>

      <section aria-labelledby="checkpoint-title" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="checkpoint-title" className="text-lg font-semibold text-slate-900">
          Checkpoints
        </h2>
        <p className="text-sm text-slate-600">
          A checkpoint is the newest event&apos;s number and hash. Keep it outside this system (for example, print it or store it with your compliance records). Checking
          it later proves the trail still reaches that event unchanged.
        </p>
        <div className="flex flex-wrap gap-2">
          <Button onClick={() => void saveCheckpoint()} busy={busyCheckpoint}>
            Save checkpoint
          </Button>
          <Button onClick={() => fileInput.current?.click()} disabled={busyCheckpoint}>
            Check a checkpoint file…
          </Button>
          <input ref={fileInput} type="file" accept="application/json,.json" className="sr-only" aria-label="Checkpoint file to check" onChange={(e) => void checkFile(e)} />
        </div>
        <div role="status" data-testid="checkpoint-result">
          {checkpoint?.status === "ok" ? (
            <Callout tone="success" title={`Checkpoint matches: event ${checkpoint.checkpoint.seq.toLocaleString()}`}>
              The trail still holds event {checkpoint.checkpoint.seq.toLocaleString()} with the hash recorded on {formatDateTime(Date.parse(checkpoint.checkpoint.takenAt))}.
            </Callout>
          ) : null}
        </div>
        {checkpoint?.status === "bad" ? <Alert title="Checkpoint does not match">{checkpoint.message}</Alert> : null}
      </section>
    </div>
  );
}
