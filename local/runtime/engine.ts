/**
 * Runs an unmodified Convex functions directory on convex-test, persisting
 * every top-level commit through a RuntimeStore and restoring from it.
 *
 * Hooks into convex-test (see convex-test-internals.ts):
 * - `db.commit` of the root component: a top-level commit (one pending write
 *   level) becomes a CommitRecord appended to the store;
 * - `db.startQuery` / `queryNext` / `paginate` (indexed-reads.ts): queries are
 *   served from ordered indexes kept in step with every commit;
 * - `transactionManager.begin`: records the commit ts a query's snapshot is at,
 *   so subscription results can be labelled with a timestamp;
 * - the syscall table (syscall-hooks.ts): read sets and pagination journals;
 * - mutation handlers (modules.ts): the result, so that the (sessionId,
 *   requestId) de-duplication record commits atomically with the writes.
 * convex-test serializes every top-level query and mutation on one lock.
 */
import path from "node:path";
import { convexToJson, jsonToConvex, type JSONValue, type Value } from "convex/values";
import {
  loadConvexTestInternals,
  type ConvexGlobalInternal,
  type ConvexTestInternals,
  type DatabaseFakeInternal,
  type TestAccessor,
  type TransactionManagerInternal,
} from "./convex-test-internals.js";
import { Durability } from "./durability.js";
import { IndexedReads, type IndexedReadsOptions } from "./indexed-reads.js";
import { ClientVisibleError, functionNotFound } from "./errors.js";
import { silentLogger, type Logger } from "./log.js";
import { buildModuleMap, callStorage, canonicalizeUdfPath, describeFunction, type CallContext, type FunctionInfo, type FunctionKind, type ModuleMap } from "./modules.js";
import { parseJournal, substituteCommitTs } from "./pagination.js";
import { ReadSet, type CommitWrites, type Doc, type RangeExpr, type WrittenDoc } from "./read-set.js";
import { Scheduling } from "./scheduling.js";
import type { RuntimeStore, StoreState } from "./store-contract.js";
import { installSyscallHooks, tableOfId } from "./syscall-hooks.js";

export type Identity = { tokenIdentifier: string; subject: string; issuer: string } & Record<string, JSONValue>;

export interface EngineOptions {
  convexDir: string;
  store: RuntimeStore;
  log?: Logger;
  /** How many recent (sessionId, requestId) mutation results to keep for replays. */
  dedupCapacity?: number;
  /** Run `crons.ts` jobs (default true). */
  crons?: boolean;
  /** Ordered in-memory indexes for queries (default on); `false` leaves convex-test's scans. */
  indexedReads?: false | IndexedReadsOptions;
}

export interface CallOptions {
  /** Admin calls (`npx convex run` style) may reach internal functions. */
  allowInternal?: boolean;
}

/**
 * `readTables`: what the result depends on; null means "assume everything".
 * `reads`: the same, per document and index range (absent: judge by table).
 */
export type QueryOutcome = { snapshotTs: bigint; readTables: Set<string> | null; reads?: ReadSet } & (
  | { ok: true; value: Value; journal: string | null }
  | { ok: false; error: unknown; journal: null }
);

/** What each durable commit wrote, for invalidating subscriptions. */
export type CommitSummary = CommitWrites;

export interface MutationOutcome {
  value: Value;
  ts: bigint;
}

/** Ids of persisted mutation results; never valid Convex document ids. */
const DEDUP_PREFIX = "_local_mutation_results:";

const KIND_NAMES: Record<FunctionKind, string> = { query: "Query", mutation: "Mutation", action: "Action" };

export class Engine {
  readonly convexDir: string;
  private readonly log: Logger;
  private readonly durability: Durability;
  private readonly scheduling: Scheduling;
  private readonly dedup = new Map<string, { promise: Promise<MutationOutcome> }>();
  /** Persisted dedup records still live in the store: id → doc. */
  private readonly persistedDedup = new Map<string, JSONValue>();
  private pendingDedupDeletes: string[] = [];
  private readonly dedupCapacity: number;
  private commits: number;
  private closed = false;
  /** The indexes queries are served from (indexed-reads.ts), or null when disabled. */
  readonly indexes: IndexedReads | null;

  private constructor(
    private readonly internals: ConvexTestInternals,
    readonly modules: ModuleMap,
    private readonly t: TestAccessor,
    private readonly global: ConvexGlobalInternal,
    private readonly store: RuntimeStore,
    opts: EngineOptions,
  ) {
    this.convexDir = path.resolve(opts.convexDir);
    this.log = opts.log ?? silentLogger;
    this.dedupCapacity = opts.dedupCapacity ?? 10_000;
    this.commits = store.state.commits;
    this.restore(store.state);
    // Built from the restored documents; installed under the commit hook below,
    // so a commit the engine refuses never reaches the indexes.
    this.indexes = opts.indexedReads === false ? null : new IndexedReads(this.db, global, internals.query, opts.indexedReads);
    this.durability = new Durability(
      store,
      this.tm._lastCommitTs,
      () => this.captureState(),
      (e) => this.log.warn(`snapshot failed (${(e as Error)?.constructor?.name ?? "error"}); the commit log still has every commit`),
    );
    this.durability.onFatal((e) => this.log.error(`persistence failed (${e.constructor.name}); refusing further calls`));
    this.scheduling = new Scheduling(this, internals, global, this.log);
    this.installHooks();
  }

  static async open(opts: EngineOptions): Promise<Engine> {
    const internals = await loadConvexTestInternals();
    const modules = await buildModuleMap(opts.convexDir);
    const schema = modules.has("schema") ? (await modules.load("schema")).default : undefined;
    const t = internals.convexTest({ schema, modules: modules.loaders });
    let global: ConvexGlobalInternal | undefined;
    await t.query(async () => {
      global = internals.convexGlobalStorage.getStore();
      return null;
    });
    if (!global?.components[""]?.db || !global.transactionManager) {
      throw new Error("local Convex runtime: could not reach convex-test's database; the runtime refuses to start.");
    }
    const engine = new Engine(internals, modules, t, global, opts.store, opts);
    await engine.scheduling.start({ crons: opts.crons ?? true });
    return engine;
  }

  get db(): DatabaseFakeInternal {
    return this.global.components[""]!.db;
  }

  private get tm(): TransactionManagerInternal {
    return this.global.transactionManager;
  }

  /** Latest durable commit ts: what subscriptions may be labelled with. */
  get durableTs(): bigint {
    return this.durability.durable;
  }

  onDurableCommit(listener: (ts: bigint, commits: CommitSummary[]) => void): () => void {
    return this.durability.onDurable(listener);
  }

  onFatal(listener: (e: Error) => void): () => void {
    return this.durability.onFatal(listener);
  }

  async describe(udfPath: string): Promise<FunctionInfo | null> {
    return describeFunction(this.modules, canonicalizeUdfPath(udfPath));
  }

  /** Public functions for everyone; internal ones only with `allowInternal`. */
  async resolve(udfPath: string, kind: FunctionKind | "any", opts: CallOptions = {}): Promise<FunctionInfo & { path: string }> {
    const canonical = canonicalizeUdfPath(udfPath);
    const info = await describeFunction(this.modules, canonical);
    if (!info || (info.visibility !== "public" && !opts.allowInternal)) throw functionNotFound(canonical);
    if (kind !== "any" && info.kind !== kind) {
      throw new ClientVisibleError(`Trying to execute ${canonical} as ${KIND_NAMES[kind]}, but it is defined as ${KIND_NAMES[info.kind]}.`);
    }
    return { ...info, path: canonical };
  }

  private accessor(identity: Identity | null): TestAccessor {
    return identity ? this.t.withIdentity(identity) : this.t;
  }

  private assertOpen(): void {
    if (this.durability.fatal) throw new Error("persistence failed");
    if (this.closed) throw new Error("runtime is shutting down");
  }

  async runQuery(
    udfPath: string,
    args: Value,
    identity: Identity | null,
    opts: CallOptions & { journal?: string | null; waitDurable?: boolean } = {},
  ): Promise<QueryOutcome> {
    const call: CallContext = { kind: "query", journalEndCursor: parseJournal(opts.journal), reads: new ReadSet(this.internals.query.evaluateRangeFilter as (doc: Doc, expr: RangeExpr) => boolean) };
    let outcome: QueryOutcome;
    try {
      this.assertOpen();
      const fn = await this.resolve(udfPath, "query", opts);
      const value = (await callStorage.run(call, () => this.accessor(identity).query(fn.path, args))) as Value;
      outcome = { ok: true, value, snapshotTs: call.snapshotTs ?? this.tm._lastCommitTs, journal: call.newJournal ?? null, readTables: readSet(call), reads: call.reads };
    } catch (error) {
      outcome = { ok: false, error, snapshotTs: call.snapshotTs ?? this.tm._lastCommitTs, journal: null, readTables: readSet(call), reads: call.reads };
    }
    // A one-off read must not show data that a crash could still take back.
    if (opts.waitDurable) await this.durability.waitFor(outcome.snapshotTs);
    return outcome;
  }

  /**
   * Resolves once the mutation's commit is durable. With `dedupKey`
   * (`sessionId:requestId`) a replay returns the first execution's outcome.
   */
  runMutation(
    udfPath: string,
    args: Value,
    identity: Identity | null,
    opts: CallOptions & { dedupKey?: string } = {},
  ): Promise<MutationOutcome> {
    const key = opts.dedupKey;
    if (key !== undefined) {
      const seen = this.dedup.get(key);
      if (seen) return seen.promise;
    }
    const promise = this.executeMutation(udfPath, args, identity, opts);
    if (key !== undefined) this.remember(key, promise);
    return promise;
  }

  private async executeMutation(udfPath: string, args: Value, identity: Identity | null, opts: CallOptions & { dedupKey?: string }): Promise<MutationOutcome> {
    this.assertOpen();
    const fn = await this.resolve(udfPath, "mutation", opts);
    const call: CallContext = { kind: "mutation", dedupKey: opts.dedupKey };
    try {
      const value = (await callStorage.run(call, () => this.accessor(identity).mutation(fn.path, args))) as Value;
      const ts = call.commitTs ?? this.tm._lastCommitTs;
      await this.durability.waitFor(ts);
      return { value, ts };
    } catch (e) {
      // convex-test validates `returns` after committing: keep that commit durable too.
      if (call.committed && call.commitTs !== undefined) await this.durability.waitFor(call.commitTs).catch(() => {});
      throw e;
    }
  }

  private remember(key: string, promise: Promise<MutationOutcome>): void {
    promise.catch(() => {});
    this.dedup.set(key, { promise });
    while (this.dedup.size > this.dedupCapacity) {
      const oldest = this.dedup.keys().next().value as string;
      this.dedup.delete(oldest);
      const id = DEDUP_PREFIX + oldest;
      if (this.persistedDedup.delete(id)) this.pendingDedupDeletes.push(id);
    }
  }

  async runAction(udfPath: string, args: Value, identity: Identity | null, opts: CallOptions = {}): Promise<Value> {
    this.assertOpen();
    const fn = await this.resolve(udfPath, "action", opts);
    try {
      return (await callStorage.run({ kind: "action" }, () => this.accessor(identity).action(fn.path, args))) as Value;
    } finally {
      // The action's own mutations must be durable before its answer is.
      await this.durability.waitForAll();
    }
  }

  /** Runs `convexDir/http.ts`'s router for `pathAndQuery` (starting with `/`). */
  async runHttpAction(pathAndQuery: string, init: RequestInit, identity: Identity | null): Promise<Response> {
    this.assertOpen();
    if (!this.modules.has("http")) return new Response("This deployment has no HTTP actions", { status: 404 });
    try {
      return await callStorage.run({ kind: "http" }, () => this.accessor(identity).fetch(pathAndQuery, init));
    } finally {
      await this.durability.waitForAll();
    }
  }

  /** Runs a function by kind with no identity and internal access (crons). */
  async runSystem(udfPath: string, args: Value): Promise<void> {
    const info = await this.resolve(udfPath, "any", { allowInternal: true });
    if (info.kind === "mutation") await this.runMutation(info.path, args, null, { allowInternal: true });
    else if (info.kind === "action") await this.runAction(info.path, args, null, { allowInternal: true });
    else throw new ClientVisibleError(`${info.path} is a query; crons run mutations and actions`);
  }

  /** A write transaction directly on the database fake (scheduled-job repair). */
  async runInTransaction(fn: (db: DatabaseFakeInternal) => void): Promise<void> {
    await callStorage.run({ kind: "system" }, () =>
      this.t.run(async () => {
        fn(this.db);
        return null;
      }),
    );
    await this.durability.waitForAll();
  }

  async flush(): Promise<void> {
    await this.durability.waitForAll();
  }

  /** Stops timers and makes everything committed so far durable. The store stays open. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.scheduling.stop();
    if (!this.durability.fatal) await this.durability.waitForAll().catch(() => {});
    await this.durability.idle();
  }

  // ---- persistence ----

  private restore(state: StoreState): void {
    const documents: DatabaseFakeInternal["_documents"] = {};
    for (const [id, doc] of state.documents) {
      if (id.startsWith(DEDUP_PREFIX)) {
        const rec = doc as { ts: string; result: JSONValue };
        this.persistedDedup.set(id, doc);
        const outcome = { value: jsonToConvex(rec.result), ts: BigInt(rec.ts) };
        this.dedup.set(id.slice(DEDUP_PREFIX.length), { promise: Promise.resolve(outcome) });
      } else {
        documents[id] = jsonToConvex(doc) as DatabaseFakeInternal["_documents"][string];
      }
    }
    this.db._documents = documents;
    this.db._nextDocId = Math.max(this.db._nextDocId, state.nextDocId);
    this.db._lastCreationTime = Math.max(this.db._lastCreationTime, state.lastCreationTime);
    this.tm._lastCommitTs = BigInt(state.lastCommitTs || "0");
  }

  private captureState(): StoreState {
    const documents = new Map<string, JSONValue>();
    for (const [id, doc] of Object.entries(this.db._documents)) documents.set(id, convexToJson(doc as Value));
    for (const [id, doc] of this.persistedDedup) documents.set(id, doc);
    return {
      documents,
      nextDocId: this.db._nextDocId,
      lastCreationTime: this.db._lastCreationTime,
      lastCommitTs: this.tm._lastCommitTs.toString(),
      commits: this.commits,
    };
  }

  private installHooks(): void {
    const db = this.db;
    const tm = this.tm;
    const originalCommit = db.commit.bind(db);
    db.commit = (commitTs: bigint | null = null) => {
      if (db._writes.length !== 1) return originalCommit(commitTs);
      // Refused before anything is applied: convex-test rolls the transaction back.
      if (this.closed || this.durability.fatal) throw new Error("runtime is shutting down");
      const ids = Object.keys(db._writes[0]!);
      const before = ids.map((id) => db._documents[id] as Doc | undefined);
      originalCommit(commitTs);
      this.recordCommit(ids, commitTs ?? tm._lastCommitTs, before);
    };

    const originalBegin = tm.begin.bind(tm);
    tm.begin = async (isNested: boolean, limits?: unknown) => {
      // After close, timers convex-test armed for scheduled functions may still
      // fire: leave them waiting forever instead of touching a closed store.
      if (this.closed && !isNested) return new Promise<void>(() => {});
      await originalBegin(isNested, limits);
      if (isNested) return;
      const call = callStorage.getStore();
      if (call?.kind === "query" && call.snapshotTs === undefined) call.snapshotTs = tm._lastCommitTs;
    };

    installSyscallHooks(this.global);
  }

  private recordCommit(ids: string[], ts: bigint, before: Array<Doc | undefined>): void {
    const db = this.db;
    const writes: Array<[string, JSONValue | null]> = ids.map((id) => {
      const doc = db._documents[id];
      return [id, doc === undefined ? null : convexToJson(doc as Value)];
    });
    const call = callStorage.getStore();
    // Scheduled functions inherit the scheduling mutation's async context: only
    // the first top-level commit belongs to the call itself.
    if (call?.kind === "mutation" && !call.committed) {
      call.committed = true;
      call.commitTs = ts;
      if (call.dedupKey !== undefined && call.hasResult && writes.length > 0 && this.dedup.has(call.dedupKey)) {
        try {
          const result = convexToJson(substituteCommitTs(call.result ?? null, ts) as Value);
          const id = DEDUP_PREFIX + call.dedupKey;
          const doc = { ts: ts.toString(), result };
          writes.push([id, doc]);
          this.persistedDedup.set(id, doc);
        } catch {
          // Unserializable result: the mutation fails anyway in convex/server.
        }
      }
    }
    if (writes.length > 0) {
      for (const id of this.pendingDedupDeletes.splice(0)) writes.push([id, null]);
      try {
        this.store.append({ ts: ts.toString(), nextDocId: db._nextDocId, lastCreationTime: db._lastCreationTime, writes });
        this.commits += 1;
      } catch (e) {
        this.durability.fail(e);
        return;
      }
    }
    // Commits that wrote nothing need no record but still get a durable ts,
    // which the client waits for before resolving the mutation.
    // What each document was and became, so a subscription re-runs only if it read one of them (read-set.ts).
    const tables = new Set<string>();
    const written = new Map<string, WrittenDoc[]>();
    ids.forEach((id, i) => {
      const table = tableOfId(id);
      if (table === null) return;
      tables.add(table);
      const list = written.get(table) ?? [];
      list.push({ id, before: before[i], after: db._documents[id] as Doc | undefined });
      written.set(table, list);
    });
    this.durability.committed(ts, tables, written);
  }
}

/** A query that read nothing trackable (e.g. only its identity) depends on no table. */
function readSet(call: CallContext): Set<string> | null {
  return call.readTables === undefined ? new Set() : call.readTables;
}
