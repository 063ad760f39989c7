// Snapshot files: the whole database as a sequence of encrypted records
//   meta {t:"meta", nextDocId, lastCreationTime, lastCommitTs, documents}
//   docs {t:"docs", d:[[id, doc], ...]}   (chunks of ~1 MB, so no single JSON string gets huge)
//   end  {t:"end", records, documents}    (a snapshot cut at a record boundary is still caught)
import { join } from "node:path";
import { DataCorruptError } from "./errors";
import { encodeFrame, fileName, makeHeader, parseRecords, readHeader } from "./format";
import { writeFileAtomic } from "./fsutil";
import type { JSONValue, StoreState } from "./types";

const CHUNK_CHARS = 1024 * 1024;

export interface SnapshotContent {
  documents: Map<string, JSONValue>;
  nextDocId: number;
  lastCreationTime: number;
  lastCommitTs: string;
}

/**
 * Serializes synchronously: the engine keeps mutating its documents after
 * maybeSnapshot returns control, and the snapshot must match one exact commit.
 */
export function encodeSnapshot(state: StoreState): Buffer[] {
  const out: Buffer[] = [];
  const json = (v: unknown) => Buffer.from(JSON.stringify(v), "utf8");
  out.push(
    json({
      t: "meta",
      nextDocId: state.nextDocId,
      lastCreationTime: state.lastCreationTime,
      lastCommitTs: state.lastCommitTs,
      documents: state.documents.size,
    }),
  );
  let chunk: string[] = [];
  let chars = 0;
  const emit = () => {
    out.push(Buffer.from(`{"t":"docs","d":[${chunk.join(",")}]}`, "utf8"));
    chunk = [];
    chars = 0;
  };
  for (const [id, doc] of state.documents) {
    const entry = JSON.stringify([id, doc]);
    chunk.push(entry);
    chars += entry.length;
    if (chars >= CHUNK_CHARS) emit();
  }
  if (chunk.length > 0) emit();
  out.push(json({ t: "end", records: out.length + 1, documents: state.documents.size }));
  return out;
}

export async function writeSnapshot(dataDir: string, key: Buffer, gen: number, plains: Buffer[]): Promise<void> {
  const { header, ctx } = makeHeader(key, "snapshot", gen, 0);
  const frames = [header, ...plains.map((p, seq) => encodeFrame(ctx, seq, p))];
  await writeFileAtomic(dataDir, join(dataDir, fileName("snapshot", gen)), frames);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function decodeSnapshot(buf: Buffer, key: Buffer, gen: number, path: string, keySource: string): SnapshotContent {
  const ctx = readHeader(buf, key, "snapshot", gen, path, keySource);
  const parsed = parseRecords(buf, ctx, path);
  const bad = (detail: string) => new DataCorruptError(path, detail);
  if (parsed.tornBytes > 0) throw bad(`snapshot is truncated (${parsed.tornBytes} bytes of an incomplete record at the end)`);
  const records = parsed.records.map((r, i) => {
    try {
      return JSON.parse(r.toString("utf8")) as unknown;
    } catch {
      throw bad(`snapshot record ${i} is not valid JSON`);
    }
  });
  const meta = records[0];
  const end = records[records.length - 1];
  if (!isObject(meta) || meta.t !== "meta") throw bad("snapshot does not start with its metadata record");
  if (!isObject(end) || end.t !== "end" || records.length < 2) throw bad("snapshot is truncated (no end record)");
  if (end.records !== records.length) throw bad(`snapshot end record expects ${String(end.records)} records, found ${records.length}`);
  if (
    typeof meta.nextDocId !== "number" ||
    typeof meta.lastCreationTime !== "number" ||
    typeof meta.lastCommitTs !== "string" ||
    !/^\d+$/.test(meta.lastCommitTs)
  ) {
    throw bad("snapshot metadata has unexpected fields");
  }
  const documents = new Map<string, JSONValue>();
  for (let i = 1; i < records.length - 1; i++) {
    const rec = records[i];
    if (!isObject(rec) || rec.t !== "docs" || !Array.isArray(rec.d)) throw bad(`snapshot record ${i} is not a document chunk`);
    for (const entry of rec.d as unknown[]) {
      if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== "string") {
        throw bad(`snapshot record ${i} holds a malformed document entry`);
      }
      documents.set(entry[0], entry[1] as JSONValue);
    }
  }
  if (documents.size !== meta.documents || documents.size !== end.documents) {
    throw bad(`snapshot should hold ${String(meta.documents)} documents but holds ${documents.size}`);
  }
  return {
    documents,
    nextDocId: meta.nextDocId,
    lastCreationTime: meta.lastCreationTime,
    lastCommitTs: meta.lastCommitTs,
  };
}
