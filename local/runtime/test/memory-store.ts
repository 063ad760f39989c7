/**
 * An in-memory RuntimeStore for tests. `MemoryDisk` plays the disk: a store
 * opened on the same disk after `close()` sees everything flushed before.
 * `crash()` drops what was appended but never flushed.
 */
import type { JSONValue } from "convex/values";
import type { CommitRecord, RuntimeStore, StoreState } from "../store-contract.js";

export class MemoryDisk {
  records: CommitRecord[] = [];
  snapshot: StoreState | null = null;
  flushes = 0;
}

export function emptyState(): StoreState {
  return { documents: new Map(), nextDocId: 10000, lastCreationTime: 0, lastCommitTs: "0", commits: 0 };
}

function apply(state: StoreState, rec: CommitRecord): void {
  for (const [id, doc] of rec.writes) {
    if (doc === null) state.documents.delete(id);
    else state.documents.set(id, structuredClone(doc) as JSONValue);
  }
  state.nextDocId = rec.nextDocId;
  state.lastCreationTime = rec.lastCreationTime;
  state.lastCommitTs = rec.ts;
  state.commits += 1;
}

export function openMemoryStore(disk: MemoryDisk, opts: { snapshotEvery?: number } = {}): RuntimeStore & { crash(): void } {
  const state = disk.snapshot ? { ...disk.snapshot, documents: new Map(disk.snapshot.documents) } : emptyState();
  for (const rec of disk.records.slice(state.commits)) apply(state, rec);
  let pending: CommitRecord[] = [];
  let closed = false;
  let sinceSnapshot = 0;
  return {
    state,
    append(rec) {
      if (closed) throw new Error("store closed");
      pending.push(structuredClone(rec));
    },
    async flush() {
      const batch = pending;
      pending = [];
      await new Promise((r) => setTimeout(r, 1));
      disk.records.push(...batch);
      disk.flushes += 1;
      sinceSnapshot += batch.length;
    },
    async maybeSnapshot(getState) {
      if (sinceSnapshot < (opts.snapshotEvery ?? 50)) return;
      sinceSnapshot = 0;
      // The state covers everything appended so far: make that durable first.
      const s = getState();
      const covered = disk.records.length + pending.length;
      await this.flush();
      disk.snapshot = { ...s, documents: new Map(s.documents), commits: covered };
    },
    async close() {
      closed = true;
    },
    crash() {
      closed = true;
      pending = [];
    },
  };
}
