/**
 * Group commit: commits are appended to the store synchronously as convex-test
 * applies them; one flush at a time makes everything appended so far durable.
 * Callers wait for "durable up to ts" before acknowledging anything, and
 * subscriptions only ever run against durable data.
 */
import type { CommitWrites } from "./read-set.js";
import type { RuntimeStore, StoreState } from "./store-contract.js";

interface Waiter {
  ts: bigint;
  resolve: () => void;
  reject: (e: Error) => void;
}

export class Durability {
  private appendedTs: bigint;
  private durableTs: bigint;
  private waiters: Waiter[] = [];
  private flushing: Promise<void> | null = null;
  private snapshotting: Promise<void> | null = null;
  private listeners = new Set<(ts: bigint, commits: CommitWrites[]) => void>();
  /** Commits appended but not yet reported durable, with what they wrote. */
  private unreported: CommitWrites[] = [];
  private fatalListeners = new Set<(e: Error) => void>();
  fatal: Error | null = null;

  constructor(
    private readonly store: RuntimeStore,
    initialTs: bigint,
    private readonly captureState: () => StoreState,
    private readonly onSnapshotError: (e: unknown) => void = () => {},
  ) {
    this.appendedTs = initialTs;
    this.durableTs = initialTs;
  }

  get durable(): bigint {
    return this.durableTs;
  }

  /** A commit at `ts` reached the store (or needs no record: it wrote nothing). */
  committed(ts: bigint, tables: Set<string>, writes?: CommitWrites["writes"]): void {
    if (ts > this.appendedTs) this.appendedTs = ts;
    this.unreported.push({ ts, tables, writes });
    this.kick();
  }

  waitFor(ts: bigint): Promise<void> {
    if (this.fatal) return Promise.reject(this.fatal);
    if (ts <= this.durableTs) return Promise.resolve();
    const p = new Promise<void>((resolve, reject) => this.waiters.push({ ts, resolve, reject }));
    this.kick();
    return p;
  }

  /** Waits until everything appended so far is durable. */
  waitForAll(): Promise<void> {
    return this.waitFor(this.appendedTs);
  }

  onDurable(listener: (ts: bigint, commits: CommitWrites[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onFatal(listener: (e: Error) => void): () => void {
    this.fatalListeners.add(listener);
    return () => this.fatalListeners.delete(listener);
  }

  fail(e: unknown): void {
    if (this.fatal) return;
    this.fatal = e instanceof Error ? e : new Error(String(e));
    for (const w of this.waiters.splice(0)) w.reject(this.fatal);
    for (const l of this.fatalListeners) l(this.fatal);
  }

  /** Resolves when no flush is running (used on shutdown). */
  async idle(): Promise<void> {
    while (this.flushing || this.snapshotting) {
      await this.flushing?.catch(() => {});
      await this.snapshotting;
    }
  }

  private kick(): void {
    if (this.flushing || this.fatal) return;
    this.flushing = this.loop().finally(() => {
      this.flushing = null;
      if (!this.fatal && this.appendedTs > this.durableTs) this.kick();
    });
  }

  private async loop(): Promise<void> {
    try {
      while (this.appendedTs > this.durableTs) {
        const target = this.appendedTs;
        await this.store.flush();
        this.durableTs = target;
        const still: Waiter[] = [];
        for (const w of this.waiters) {
          if (w.ts <= target) w.resolve();
          else still.push(w);
        }
        this.waiters = still;
        const commits = this.unreported.filter((c) => c.ts <= target);
        this.unreported = this.unreported.filter((c) => c.ts > target);
        for (const l of this.listeners) {
          try {
            l(target, commits);
          } catch {
            // A broken listener must not stop durability for everyone else.
          }
        }
      }
    } catch (e) {
      this.fail(e);
      return;
    }
    this.snapshot();
  }

  /**
   * Not awaited by the flush loop: the store keeps appending and flushing while
   * it writes a snapshot. A failed snapshot is not fatal (the log still has
   * everything); a broken log surfaces from the next flush.
   */
  private snapshot(): void {
    if (this.snapshotting) return;
    let run: Promise<void>;
    try {
      run = this.store.maybeSnapshot(this.captureState);
    } catch (e) {
      run = Promise.reject(e);
    }
    this.snapshotting = run.catch(this.onSnapshotError).finally(() => {
      this.snapshotting = null;
    });
  }
}
