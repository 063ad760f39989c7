// Durable, encrypted storage for the local backend's in-memory database: an
// append-only commit log per generation, plus periodic snapshots that start a new
// generation. See format.ts for the byte layout and recovery.ts for which
// directory states are accepted.
import { copyFile, constants as fsConstants, open, readdir, unlink } from "node:fs/promises";
import { join } from "node:path";
import { DataCorruptError, StoreFailedError } from "./errors";
import { FLAG_FROM_SNAPSHOT, parseFileName } from "./format";
import { fsyncDir } from "./fsutil";
import { KEY_ENV_VAR } from "./keys";
import { LogWriter, createLogFile, deferred, openLogForAppend, type LogFile } from "./log";
import { recover } from "./recovery";
import { encodeSnapshot, writeSnapshot } from "./snapshot";
import type { CommitRecord, Store, StoreState } from "./types";

export type { CommitRecord, JSONValue, Store, StoreState } from "./types";
export { DataCorruptError, WrongKeyError, StoreFailedError, REPAIR_COMMAND, RESET_COMMAND } from "./errors";
export { loadOrCreateKey, KEY_ENV_VAR } from "./keys";

const DEFAULT_KEY_SOURCE = `${KEY_ENV_VAR} if it is set, otherwise the key file`;

export interface OpenStoreOptions {
  dataDir: string;
  key: Buffer;
  /** Commits between snapshots; default 5000. */
  snapshotEvery?: number;
  /** Where the key came from, for the WrongKeyError message (e.g. "the key file .local-data/key"). */
  keySource?: string;
}

export async function openStore(opts: OpenStoreOptions): Promise<Store> {
  const keySource = opts.keySource ?? DEFAULT_KEY_SOURCE;
  const rec = await recover(opts.dataDir, opts.key, keySource);
  let file: LogFile;
  let maxGen = rec.maxGen;
  if (rec.base === null) {
    file = await createLogFile(opts.dataDir, opts.key, ++maxGen, 0);
  } else {
    if (rec.base.tornBytes > 0) {
      throw new DataCorruptError(rec.base.path, `its last ${rec.base.tornBytes} bytes are an incomplete record`, { tornTail: true });
    }
    file = await openLogForAppend(rec.base.path, rec.base.ctx, rec.base.recordCount);
  }
  return new LocalStore(opts.dataDir, opts.key, opts.snapshotEvery ?? 5000, rec.state, file, maxGen);
}

class LocalStore implements Store {
  private readonly writer: LogWriter;
  private lastTs: bigint;
  private sinceSnapshot: number;
  private snapshotting: Promise<void> | null = null;
  private closed: string | null = null;

  constructor(
    private readonly dataDir: string,
    private readonly key: Buffer,
    private readonly snapshotEvery: number,
    readonly state: StoreState,
    file: LogFile,
    private maxGen: number,
  ) {
    this.writer = new LogWriter(file);
    this.lastTs = BigInt(state.lastCommitTs);
    this.sinceSnapshot = state.commits;
  }

  private checkUsable(): void {
    if (this.closed) throw new StoreFailedError(`The local database store was ${this.closed}`);
    if (this.writer.failed) throw this.writer.failed;
  }

  append(rec: CommitRecord): void {
    this.checkUsable();
    // A non-increasing ts is an engine bug; recovery would reject the log, so refuse it now.
    if (typeof rec.ts !== "string" || !/^\d+$/.test(rec.ts) || BigInt(rec.ts) <= this.lastTs) {
      throw new Error(`CommitRecord.ts must be a decimal string greater than ${this.lastTs}`);
    }
    // Serialized now: the caller may mutate its objects after append returns.
    const plain = Buffer.from(
      JSON.stringify({ ts: rec.ts, nextDocId: rec.nextDocId, lastCreationTime: rec.lastCreationTime, writes: rec.writes }),
      "utf8",
    );
    this.writer.append(plain);
    this.lastTs = BigInt(rec.ts);
    this.sinceSnapshot++;
  }

  flush(): Promise<void> {
    return this.writer.flush();
  }

  maybeSnapshot(getState: () => StoreState): Promise<void> {
    if (this.snapshotting) return this.snapshotting;
    if (this.closed || this.writer.failed || this.sinceSnapshot < this.snapshotEvery) return Promise.resolve();
    let plains: Buffer[];
    let stateTs: bigint;
    try {
      const state = getState();
      // The engine's clock also advances for commits that wrote nothing (never appended),
      // so the state may be ahead of the log, but never behind it.
      stateTs = /^\d+$/.test(state.lastCommitTs) ? BigInt(state.lastCommitTs) : -1n;
      if (stateTs < this.lastTs) {
        throw new Error(`maybeSnapshot: getState() is at commit ${state.lastCommitTs} but the last appended commit is ${this.lastTs}`);
      }
      plains = encodeSnapshot(state);
    } catch (e) {
      return Promise.reject(e);
    }
    this.lastTs = stateTs; // later appends must sort after the snapshot, or recovery would reject them
    const gen = ++this.maxGen;
    const counted = this.sinceSnapshot;
    this.sinceSnapshot = 0;
    const next = deferred<LogFile | null>();
    const switched = deferred<void>();
    // Rejected by the writer if it fails first; awaited only later, so mark it handled now.
    switched.promise.catch(() => undefined);
    this.writer.pushMarker({ next: next.promise, switched });
    const run = this.writeSnapshotGeneration(gen, plains, counted, next.resolve, switched.promise);
    this.snapshotting = run.finally(() => {
      this.snapshotting = null;
    });
    return this.snapshotting;
  }

  private async writeSnapshotGeneration(
    gen: number,
    plains: Buffer[],
    counted: number,
    resolveNext: (f: LogFile | null) => void,
    switched: Promise<void>,
  ): Promise<void> {
    // The new log exists before the snapshot is renamed into place, so a durable
    // snapshot always has its log; a header-only log without snapshot is harmless.
    let newLog: LogFile | null = null;
    try {
      newLog = await createLogFile(this.dataDir, this.key, gen, FLAG_FROM_SNAPSHOT);
      await writeSnapshot(this.dataDir, this.key, gen, plains);
    } catch (e) {
      await newLog?.fh.close().catch(() => undefined);
      // If the snapshot got renamed into place (say the directory fsync failed), a
      // restart may recover from it, so the old log must not receive more commits.
      if (await this.snapshotExists(gen)) {
        this.writer.fail("Writing a snapshot failed after it was placed; the local database stopped accepting commits", e);
      } else {
        this.sinceSnapshot += counted;
      }
      resolveNext(null);
      throw e;
    }
    resolveNext(newLog);
    await switched;
    // Old generations are ignored by recovery, so failing to delete them is not an error;
    // the next snapshot tries again.
    await this.removeOlderGenerations(gen).catch(() => undefined);
  }

  private async snapshotExists(gen: number): Promise<boolean> {
    const names = await readdir(this.dataDir).catch(() => null);
    if (names === null) return true; // unknown: assume the worst
    return names.some((n) => {
      const f = parseFileName(n);
      return f !== null && f.kind === "snapshot" && !f.tmp && f.gen === gen;
    });
  }

  /** Only called once the snapshot of `gen` is durable and the writer has moved to its log. */
  private async removeOlderGenerations(gen: number): Promise<void> {
    for (const name of await readdir(this.dataDir)) {
      const f = parseFileName(name);
      if (f !== null && f.gen < gen) await unlink(join(this.dataDir, name)).catch(() => undefined);
    }
    await fsyncDir(this.dataDir);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = "closed"; // refuse appends that the final flush might miss
    await this.snapshotting?.catch(() => undefined);
    try {
      if (!this.writer.failed) await this.writer.flush();
    } finally {
      await this.writer.closeFile().catch(() => undefined);
    }
  }

  async wipe(): Promise<void> {
    await this.snapshotting?.catch(() => undefined);
    this.closed = "wiped";
    this.writer.fail("The local database was wiped");
    await this.writer.closeFile().catch(() => undefined);
    await wipeDataDir(this.dataDir);
  }
}

/**
 * Deletes the store's data files (logs, snapshots, temp files) without opening
 * them, so `npm run reset` works even when the data is corrupt or the key is lost.
 * Leaves the key file, repair backups and unrelated files alone.
 */
export async function wipeDataDir(dataDir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dataDir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return;
    throw e;
  }
  // Snapshots first: a crash midway then leaves logs that no longer match, which
  // open reports as corrupt (re-run reset) instead of a silently older database.
  const ours = names.map((n) => ({ n, f: parseFileName(n) })).filter((x) => x.f !== null);
  ours.sort((a, b) => (a.f!.kind === b.f!.kind ? 0 : a.f!.kind === "snapshot" ? -1 : 1));
  for (const { n } of ours) await unlink(join(dataDir, n));
  await fsyncDir(dataDir);
}

/**
 * Explicit, user-invoked: if (and only if) the last record of the current log is
 * incomplete, copies the log to a timestamped backup and truncates the incomplete
 * tail. Any other damage throws DataCorruptError and changes nothing.
 */
export async function repairTornTail(opts: {
  dataDir: string;
  key: Buffer;
  keySource?: string;
}): Promise<{ truncatedBytes: number; backupPath: string }> {
  const rec = await recover(opts.dataDir, opts.key, opts.keySource ?? DEFAULT_KEY_SOURCE);
  if (rec.base === null || rec.base.tornBytes === 0) return { truncatedBytes: 0, backupPath: "" };
  const { path, end, tornBytes } = rec.base;
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const backupPath = `${path}.torn-${stamp}.bak`;
  await copyFile(path, backupPath, fsConstants.COPYFILE_EXCL);
  const backup = await open(backupPath, "r+");
  try {
    await backup.sync();
  } finally {
    await backup.close();
  }
  await fsyncDir(opts.dataDir);
  // The backup is durable before the original loses any byte.
  const fh = await open(path, "r+");
  try {
    await fh.truncate(end);
    await fh.sync();
  } finally {
    await fh.close();
  }
  return { truncatedBytes: tornBytes, backupPath };
}
