// Deterministic commits shared by the tests and the crash child process, so the
// parent can recompute exactly what the database must contain after commit n.
import type { CommitRecord, JSONValue, StoreState } from "../types";

const BODY = "x".repeat(1000);

export function commitFor(t: number): CommitRecord {
  const writes: Array<[string, JSONValue | null]> = [[`doc${t}`, { t, body: BODY, nested: { even: t % 2 === 0 } }]];
  if (t % 7 === 0) writes.push([`doc${t - 3}`, null]);
  return { ts: String(t), nextDocId: t + 1, lastCreationTime: t * 2, writes };
}

export function emptyState(): StoreState {
  return { documents: new Map(), nextDocId: 0, lastCreationTime: 0, lastCommitTs: "0", commits: 0 };
}

/** Applies a commit the way the engine would; returns the same state object. */
export function apply(state: StoreState, rec: CommitRecord): StoreState {
  for (const [id, doc] of rec.writes) {
    if (doc === null) state.documents.delete(id);
    else state.documents.set(id, doc);
  }
  state.nextDocId = rec.nextDocId;
  state.lastCreationTime = rec.lastCreationTime;
  state.lastCommitTs = rec.ts;
  state.commits++;
  return state;
}

export function expectedAfter(n: number): StoreState {
  const s = emptyState();
  for (let t = 1; t <= n; t++) apply(s, commitFor(t));
  return s;
}
