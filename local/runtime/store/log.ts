// The commit log writer: an in-order queue drained by a single loop, so every
// batch that accumulates while one write+fsync is in flight becomes the next group.
import { open, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import { StoreFailedError } from "./errors";
import { encodeFrame, fileName, makeHeader, type FileCtx } from "./format";
import { writeAll, writeFileAtomic } from "./fsutil";

export interface LogFile {
  path: string;
  fh: FileHandle;
  ctx: FileCtx;
  nextSeq: number;
}

/** Opens an existing, already validated log for appending after its `recordCount` records. */
export async function openLogForAppend(path: string, ctx: FileCtx, recordCount: number): Promise<LogFile> {
  // "a" never truncates, and O_APPEND keeps writes at the end we validated.
  const fh = await open(path, "a", 0o600);
  return { path, fh, ctx, nextSeq: recordCount };
}

/** Creates an empty log (header only) atomically, so a crash never leaves a log with a torn header. */
export async function createLogFile(dataDir: string, key: Buffer, gen: number, flags: number): Promise<LogFile> {
  const path = join(dataDir, fileName("log", gen));
  const { header, ctx } = makeHeader(key, "log", gen, flags);
  await writeFileAtomic(dataDir, path, [header]);
  return openLogForAppend(path, ctx, 0);
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (v: T) => void;
  reject: (e: unknown) => void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * Marks where a snapshot was taken. Records after it belong to the next generation,
 * so the writer must not write them until the snapshot's outcome is known: the new
 * log if the snapshot is durable, or null to keep using the current log.
 */
export interface SwitchMarker {
  next: Promise<LogFile | null>;
  switched: Deferred<void>;
}

type Item = { plain: Buffer } | { marker: SwitchMarker };

export class LogWriter {
  private queue: Item[] = [];
  private appended = 0;
  private durable = 0;
  private waiters: Array<{ target: number; d: Deferred<void> }> = [];
  private running = false;
  private failure: StoreFailedError | null = null;

  constructor(private file: LogFile) {}

  get failed(): StoreFailedError | null {
    return this.failure;
  }

  append(plain: Buffer): void {
    if (this.failure) throw this.failure;
    this.queue.push({ plain });
    this.appended++;
  }

  pushMarker(marker: SwitchMarker): void {
    if (this.failure) throw this.failure;
    this.queue.push({ marker });
    this.kick();
  }

  flush(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    const target = this.appended;
    if (this.durable >= target) return Promise.resolve();
    const d = deferred<void>();
    this.waiters.push({ target, d });
    this.kick();
    return d.promise;
  }

  /** Stops the store: pending and future operations reject with the same error. */
  fail(message: string, cause?: unknown): void {
    if (this.failure) return;
    this.failure = new StoreFailedError(message, cause);
    const err = this.failure;
    for (const w of this.waiters) w.d.reject(err);
    this.waiters = [];
    for (const item of this.queue) if ("marker" in item) item.marker.switched.reject(err);
    this.queue = [];
  }

  /** Closes the current log handle. Callers flush first; this never writes. */
  async closeFile(): Promise<void> {
    await this.file.fh.close();
  }

  private kick(): void {
    if (!this.running && this.queue.length > 0) void this.run();
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      while (this.queue.length > 0 && !this.failure) {
        const head = this.queue[0]!;
        if ("marker" in head) {
          const next = await head.marker.next;
          if (this.failure) return;
          this.queue.shift();
          if (next) {
            const old = this.file;
            this.file = next;
            // Everything for the old generation is fsynced and also covered by the snapshot.
            await old.fh.close().catch(() => undefined);
          }
          head.marker.switched.resolve();
          continue;
        }
        let n = 0;
        while (n < this.queue.length && "plain" in this.queue[n]!) n++;
        const batch = this.queue.splice(0, n) as Array<{ plain: Buffer }>;
        const file = this.file;
        const frames = batch.map((item) => encodeFrame(file.ctx, file.nextSeq++, item.plain));
        try {
          await writeAll(file.fh, frames.length === 1 ? frames[0]! : Buffer.concat(frames));
          await file.fh.sync();
        } catch (e) {
          // A partial write may have left a torn record; nothing in this batch was acknowledged.
          this.fail(`Writing the commit log ${file.path} failed; the local database stopped accepting commits`, e);
          return;
        }
        this.durable += n;
        this.settle();
      }
    } finally {
      this.running = false;
    }
  }

  private settle(): void {
    const still: typeof this.waiters = [];
    for (const w of this.waiters) {
      if (w.target <= this.durable) w.d.resolve();
      else still.push(w);
    }
    this.waiters = still;
  }
}
