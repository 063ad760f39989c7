/**
 * Scheduled functions across restarts, and crons.
 *
 * convex-test arms an in-memory timer per `ctx.scheduler.runAfter/runAt`; the
 * `_scheduled_functions` document is what survives a restart. On start we
 * re-arm every `pending` job, and mark `inProgress` ones `failed`: they may
 * have had effects already, and a scheduled function must never run twice.
 */
import { jsonToConvex, type JSONValue, type Value } from "convex/values";
import type { ConvexGlobalInternal, ConvexTestInternals, Doc } from "./convex-test-internals.js";
import { nextRun, type CronSchedule } from "./cron-schedule.js";
import type { Engine } from "./engine.js";
import { logFunctionError, newRequestId } from "./errors.js";
import type { Logger } from "./log.js";

const SCHEDULED_ID = /^\d+_scheduled_functions$/;
// setTimeout fires at once for delays above 2^31-1 ms: wait in steps instead.
const MAX_DELAY = 2_147_000_000;

interface CronJob {
  name: string;
  args: JSONValue[];
  schedule: CronSchedule;
}

export class Scheduling {
  private readonly timers = new Set<NodeJS.Timeout>();
  private stopped = false;

  constructor(
    private readonly engine: Engine,
    private readonly internals: ConvexTestInternals,
    private readonly global: ConvexGlobalInternal,
    private readonly log: Logger,
  ) {}

  async start(opts: { crons: boolean }): Promise<void> {
    await this.recoverScheduledFunctions();
    if (opts.crons) await this.startCrons();
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  private at(when: number, fn: () => void): void {
    if (this.stopped) return;
    const delay = Math.max(0, when - Date.now());
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (this.stopped) return;
      if (when - Date.now() > 0) this.at(when, fn);
      else fn();
    }, Math.min(delay, MAX_DELAY));
    this.timers.add(timer);
  }

  private async recoverScheduledFunctions(): Promise<void> {
    const jobs = Object.entries(this.engine.db._documents).filter(([id]) => SCHEDULED_ID.test(id));
    const interrupted = jobs.filter(([, job]) => stateOf(job) === "inProgress").map(([id]) => id);
    if (interrupted.length > 0) {
      await this.engine.runInTransaction((db) => {
        for (const id of interrupted) {
          db.patch("_scheduled_functions", id, { state: { kind: "failed" }, completedTime: Date.now() });
        }
      });
      this.log.warn(`${interrupted.length} scheduled function(s) were running when the runtime stopped; marked failed`);
    }
    let rearmed = 0;
    for (const [id, job] of jobs) {
      if (stateOf(job) !== "pending") continue;
      rearmed += 1;
      const name = String(job.name);
      const args = (job.args as Value[] | undefined)?.[0] ?? {};
      this.at(Number(job.scheduledTime ?? 0), () => {
        const run = this.internals.convexGlobalStorage.run(this.global, () =>
          this.internals.runScheduledFunction({
            db: this.engine.db,
            jobId: id,
            componentPath: "",
            functionPath: { componentPath: "", udfPath: name },
            args,
            name,
          }),
        );
        void run
          .catch((e: unknown) => logFunctionError(this.log, e, { kind: "scheduled function", path: name, requestId: newRequestId(), convexDir: this.engine.convexDir }))
          .finally(() => void this.engine.flush().catch(() => {}));
      });
    }
    if (rearmed > 0) this.log.info(`re-armed ${rearmed} pending scheduled function(s)`);
  }

  private async startCrons(): Promise<void> {
    if (!this.engine.modules.has("crons")) return;
    const mod = await this.engine.modules.load("crons");
    const crons = mod.default as { isCrons?: boolean; crons?: Record<string, CronJob> } | undefined;
    if (!crons?.isCrons || !crons.crons) {
      this.log.warn("crons.ts does not default-export cronJobs(); no crons scheduled");
      return;
    }
    for (const [id, job] of Object.entries(crons.crons)) {
      let first: number;
      try {
        first = nextRun(job.schedule, Date.now());
      } catch (e) {
        this.log.warn(`cron "${id}" not scheduled: ${(e as Error).message}`);
        continue;
      }
      this.scheduleCron(id, job, first);
    }
  }

  private scheduleCron(id: string, job: CronJob, when: number): void {
    this.at(when, () => {
      // The next run is computed after this one finishes, so runs never overlap.
      void this.engine
        .runSystem(job.name, jsonToConvex(job.args[0] ?? {}))
        .catch((e: unknown) => logFunctionError(this.log, e, { kind: `cron "${id}"`, path: job.name, requestId: newRequestId(), convexDir: this.engine.convexDir }))
        .finally(() => this.scheduleCron(id, job, nextRun(job.schedule, Math.max(when, Date.now()))));
    });
  }
}

function stateOf(job: Doc): string | undefined {
  return (job.state as { kind?: string } | undefined)?.kind;
}
