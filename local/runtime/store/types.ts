export type JSONValue = null | boolean | number | string | JSONValue[] | { [k: string]: JSONValue };

/** One committed top-level transaction. Documents are Convex JSON (convexToJson) already. */
export interface CommitRecord {
  /** Commit timestamp, bigint nanoseconds as a decimal string, strictly increasing. */
  ts: string;
  /** Engine id counter after this commit. */
  nextDocId: number;
  /** Engine creation-time watermark after this commit. */
  lastCreationTime: number;
  /** null = deleted */
  writes: Array<[id: string, doc: JSONValue | null]>;
}

export interface StoreState {
  documents: Map<string, JSONValue>;
  nextDocId: number;
  lastCreationTime: number;
  /** "0" for an empty database. */
  lastCommitTs: string;
  /** Commits replayed since the snapshot (informational). */
  commits: number;
}

export interface Store {
  /** What was recovered at open (snapshot + log replay). */
  readonly state: StoreState;
  /** Buffers synchronously, in order; never throws for I/O (I/O errors surface from flush). */
  append(rec: CommitRecord): void;
  /** Resolves when every record appended before the call is written and fsynced. */
  flush(): Promise<void>;
  /** If >= snapshotEvery commits since the last snapshot, writes a new snapshot and starts a new log. */
  maybeSnapshot(getState: () => StoreState): Promise<void>;
  /** Deletes all data files of this store; leaves the key alone. The store is closed afterwards. */
  wipe(): Promise<void>;
  /** Flushes, closes file handles. */
  close(): Promise<void>;
}
