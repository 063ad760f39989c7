// Reads a data directory without modifying it. Valid directories are exactly the
// states the writer can leave behind at any crash point:
//   - nothing (fresh), or a log of generation B with no snapshot (initial log);
//   - snapshot S + log S (FLAG_FROM_SNAPSHOT), the newest snapshot being authoritative;
//   - plus header-only logs of newer generations (a snapshot interrupted before its rename),
//     files of older generations (a cleanup interrupted after the new snapshot was durable),
//     and *.tmp files (never authoritative).
// Anything else is reported as corruption rather than guessed at.
import { mkdir, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { DataCorruptError } from "./errors";
import { FLAG_FROM_SNAPSHOT, HEADER_BYTES, fileName, parseFileName, parseRecords, readHeader, type FileCtx } from "./format";
import { decodeSnapshot } from "./snapshot";
import type { CommitRecord, JSONValue, StoreState } from "./types";

export interface Recovered {
  state: StoreState;
  /** No data files at all: the caller creates the first log. */
  empty: boolean;
  /** Highest generation number of any file, including temp files, so new files never collide. */
  maxGen: number;
  base: { gen: number; path: string; ctx: FileCtx; recordCount: number; end: number; tornBytes: number } | null;
}

export async function recover(dataDir: string, key: Buffer, keySource: string): Promise<Recovered> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const files = (await readdir(dataDir)).map(parseFileName).filter((f) => f !== null);
  const maxGen = Math.max(0, ...files.map((f) => f.gen));
  const snaps = files.filter((f) => f.kind === "snapshot" && !f.tmp).map((f) => f.gen);
  const logs = files.filter((f) => f.kind === "log" && !f.tmp).map((f) => f.gen);
  const state: StoreState = { documents: new Map(), nextDocId: 0, lastCreationTime: 0, lastCommitTs: "0", commits: 0 };
  if (snaps.length === 0 && logs.length === 0) return { state, empty: true, maxGen, base: null };

  const pathOf = (kind: "log" | "snapshot", gen: number) => join(dataDir, fileName(kind, gen));
  const snapGen = snaps.length > 0 ? Math.max(...snaps) : null;
  const baseGen = snapGen ?? Math.min(...logs);
  const logPath = pathOf("log", baseGen);
  if (!logs.includes(baseGen)) {
    throw new DataCorruptError(logPath, `the commit log for snapshot generation ${baseGen} is missing`);
  }

  const logBuf = await readFile(logPath);
  const ctx = readHeader(logBuf, key, "log", baseGen, logPath, keySource);
  const fromSnapshot = (ctx.flags & FLAG_FROM_SNAPSHOT) !== 0;
  if (snapGen === null && fromSnapshot) {
    throw new DataCorruptError(pathOf("snapshot", baseGen), "the snapshot this commit log continues from is missing");
  }
  if (snapGen !== null && !fromSnapshot) {
    throw new DataCorruptError(logPath, "this commit log does not continue from a snapshot, yet a snapshot of its generation exists");
  }

  for (const gen of logs.filter((g) => g > baseGen)) await checkOrphanLog(pathOf("log", gen), key, gen, keySource);

  if (snapGen !== null) {
    const snapPath = pathOf("snapshot", snapGen);
    const snap = decodeSnapshot(await readFile(snapPath), key, snapGen, snapPath, keySource);
    state.documents = snap.documents;
    state.nextDocId = snap.nextDocId;
    state.lastCreationTime = snap.lastCreationTime;
    state.lastCommitTs = snap.lastCommitTs;
  }

  const parsed = parseRecords(logBuf, ctx, logPath);
  let lastTs = BigInt(state.lastCommitTs);
  parsed.records.forEach((plain, i) => {
    const rec = decodeCommit(plain, i, logPath);
    const ts = BigInt(rec.ts);
    if (ts <= lastTs) throw new DataCorruptError(logPath, `record ${i} has timestamp ${rec.ts}, not after ${lastTs}`);
    lastTs = ts;
    for (const [id, doc] of rec.writes) {
      if (doc === null) state.documents.delete(id);
      else state.documents.set(id, doc);
    }
    state.nextDocId = rec.nextDocId;
    state.lastCreationTime = rec.lastCreationTime;
    state.lastCommitTs = rec.ts;
  });
  state.commits = parsed.records.length;
  return {
    state,
    empty: false,
    maxGen,
    base: { gen: baseGen, path: logPath, ctx, recordCount: parsed.records.length, end: parsed.end, tornBytes: parsed.tornBytes },
  };
}

/** A newer log without a snapshot is only legitimate if nothing was ever written to it. */
async function checkOrphanLog(path: string, key: Buffer, gen: number, keySource: string): Promise<void> {
  const buf = await readFile(path);
  const ctx = readHeader(buf, key, "log", gen, path, keySource);
  if ((ctx.flags & FLAG_FROM_SNAPSHOT) === 0 || buf.length !== HEADER_BYTES) {
    throw new DataCorruptError(path, `the snapshot for generation ${gen} is missing, but this commit log depends on it`);
  }
}

export function decodeCommit(plain: Buffer, index: number, path: string): CommitRecord {
  const bad = () => new DataCorruptError(path, `record ${index} does not hold a valid commit`);
  let v: unknown;
  try {
    v = JSON.parse(plain.toString("utf8"));
  } catch {
    throw bad();
  }
  if (typeof v !== "object" || v === null) throw bad();
  const r = v as Record<string, unknown>;
  if (
    typeof r.ts !== "string" ||
    !/^\d+$/.test(r.ts) ||
    typeof r.nextDocId !== "number" ||
    typeof r.lastCreationTime !== "number" ||
    !Array.isArray(r.writes)
  ) {
    throw bad();
  }
  for (const w of r.writes as unknown[]) {
    if (!Array.isArray(w) || w.length !== 2 || typeof w[0] !== "string") throw bad();
  }
  return {
    ts: r.ts,
    nextDocId: r.nextDocId,
    lastCreationTime: r.lastCreationTime,
    writes: r.writes as Array<[string, JSONValue | null]>,
  };
}
