/**
 * The persistence contract the engine is written against. `local/runtime/store`
 * implements it (encrypted append-only log + snapshots); tests may inject an
 * in-memory one. Declared structurally here so the engine does not depend on
 * the store's module.
 */
import type { JSONValue } from "convex/values";

export interface CommitRecord {
  /** Commit timestamp, u64 nanoseconds as a decimal string. */
  ts: string;
  nextDocId: number;
  lastCreationTime: number;
  /** Each written id with the document after the commit, or null if deleted. */
  writes: Array<[id: string, doc: JSONValue | null]>;
}

export interface StoreState {
  documents: Map<string, JSONValue>;
  nextDocId: number;
  lastCreationTime: number;
  lastCommitTs: string;
  commits: number;
}

export interface RuntimeStore {
  readonly state: StoreState;
  append(rec: CommitRecord): void;
  /** Resolves once every record appended before the call is durable. */
  flush(): Promise<void>;
  maybeSnapshot(getState: () => StoreState): Promise<void>;
  close(): Promise<void>;
}
