/**
 * One client connection speaking Convex's sync protocol.
 *
 * Versions: every Transition goes from the last version sent on this socket
 * (`startVersion`) to `{querySet, identity, ts}` (`endVersion`); the client
 * rejects anything else. `ts` is always a durable commit ts, and all results in
 * one Transition were computed at that same ts.
 *
 * Mutations resolve on the client only after their MutationResponse AND a
 * Transition with `ts >=` the mutation's ts, in that order; so every response is
 * followed by such a Transition (possibly empty).
 */
import { convexToJson, jsonToConvex, type JSONValue, type Value } from "convex/values";
import { AuthError, INVALID_TOKEN_MESSAGE, type Verifier } from "./auth.js";
import { checkAdminAuth } from "./admin.js";
import type { CommitSummary, Engine, Identity, QueryOutcome } from "./engine.js";
import type { ReadSet } from "./read-set.js";
import { ClientVisibleError, encodeTs, functionNotFound, logFunctionError, newRequestId, toClientError } from "./errors.js";
import type { Logger } from "./log.js";

export interface SessionDeps {
  engine: Engine;
  verifier: Verifier;
  adminKey: string | null;
  log: Logger;
  send(message: unknown): void;
  fatal(message: string): void;
}

interface Version {
  querySet: number;
  identity: number;
  ts: bigint;
}

interface LiveQuery {
  queryId: number;
  udfPath: string;
  args: Value | null;
  argsError?: string;
  journal: string | null;
  componentPath?: string;
  /** Latest computed result, not necessarily sent yet; `ts` is the commit it reflects. */
  cached?: { ts: bigint; identityVersion: number; key: string; modification: Record<string, unknown>; readTables: Set<string> | null; reads?: ReadSet };
  /** A commit after `cached.ts` wrote a table the result was read from. */
  stale?: boolean;
  sentKey?: string;
}

type ClientMessage = Record<string, unknown> & { type?: unknown };

type RoundResult = "done" | "retry" | "waitForCommit";

const MAX_TIMEOUT = 2_147_000_000;

export class SyncSession {
  private sessionId = "";
  private querySetVersion = 0;
  private identityVersion = 0;
  private identity: Identity | null = null;
  private isAdmin = false;
  private sent: Version = { querySet: 0, identity: 0, ts: 0n };
  private readonly queries = new Map<number, LiveQuery>();
  private readonly removed = new Set<number>();
  private roundRunning = false;
  private roundRequested = false;
  private inbound: Promise<void> = Promise.resolve();
  private mutations: Promise<void> = Promise.resolve();
  private expiry: NodeJS.Timeout | null = null;
  private closed = false;
  /** Commits reported during the current round, checked against results still being computed. */
  private recentCommits: CommitSummary[] = [];

  constructor(private readonly deps: SessionDeps) {}

  /** Messages are handled in order: a Mutation after Authenticate runs as the new identity. */
  receive(message: ClientMessage): void {
    this.inbound = this.inbound
      .then(() => this.handle(message))
      .catch(() => this.deps.fatal("Internal error while handling a message"));
  }

  close(): void {
    this.closed = true;
    if (this.expiry) clearTimeout(this.expiry);
  }

  /** Called after every durable flush with the commits it made durable. */
  onCommit(commits: CommitSummary[]): void {
    this.recentCommits.push(...commits);
    for (const q of this.queries.values()) {
      if (q.cached && !q.stale && invalidates(commits, q.cached.ts, q.cached.readTables, q.cached.reads)) q.stale = true;
    }
    this.requestRound();
  }

  private async handle(m: ClientMessage): Promise<void> {
    if (this.closed) return;
    switch (m.type) {
      case "Connect":
        this.sessionId = typeof m.sessionId === "string" ? m.sessionId : newRequestId();
        return;
      case "ModifyQuerySet":
        return this.modifyQuerySet(m);
      case "Authenticate":
        return this.authenticate(m);
      case "Mutation": {
        const identity = this.identity;
        const admin = this.isAdmin;
        // Convex runs one client's mutations in the order they were sent.
        this.mutations = this.mutations.then(() => this.mutation(m, identity, admin)).catch(() => this.deps.fatal("Internal error while running a mutation"));
        return;
      }
      case "Action":
        this.action(m, this.identity, this.isAdmin).catch(() => this.deps.fatal("Internal error while running an action"));
        return;
      case "Event":
        return;
      default:
        this.deps.fatal(`Unknown message type`);
    }
  }

  private modifyQuerySet(m: ClientMessage): void {
    if (m.baseVersion !== this.querySetVersion || typeof m.newVersion !== "number" || !Array.isArray(m.modifications)) {
      this.deps.fatal(`InvalidModifyQuerySet: base version ${String(m.baseVersion)} does not match ${this.querySetVersion}`);
      return;
    }
    for (const mod of m.modifications as ClientMessage[]) {
      const queryId = mod.queryId as number;
      if (mod.type === "Add") {
        const q: LiveQuery = {
          queryId,
          udfPath: String(mod.udfPath),
          args: null,
          journal: typeof mod.journal === "string" ? mod.journal : null,
          componentPath: typeof mod.componentPath === "string" ? mod.componentPath : undefined,
        };
        try {
          q.args = parseArgs(mod.args);
        } catch (e) {
          q.argsError = (e as Error).message;
        }
        this.queries.set(queryId, q);
        this.removed.delete(queryId);
      } else if (mod.type === "Remove") {
        this.queries.delete(queryId);
        this.removed.add(queryId);
      }
    }
    this.querySetVersion = m.newVersion;
    this.requestRound();
  }

  private async authenticate(m: ClientMessage): Promise<void> {
    const baseVersion = typeof m.baseVersion === "number" ? m.baseVersion : this.identityVersion;
    if (this.expiry) clearTimeout(this.expiry);
    this.expiry = null;
    const reject = (error: string) => {
      this.identity = null;
      this.isAdmin = false;
      this.deps.send({ type: "AuthError", error, baseVersion, authUpdateAttempted: true });
    };
    if (m.tokenType === "None") {
      this.identity = null;
      this.isAdmin = false;
    } else if (m.tokenType === "Admin") {
      const admin = checkAdminAuth(String(m.value ?? ""), this.deps.adminKey, m.impersonating);
      if (!admin) return reject("The provided admin key was invalid for this instance");
      this.identity = admin.identity;
      this.isAdmin = true;
    } else if (m.tokenType === "User") {
      try {
        const { identity, expiresAt } = await this.deps.verifier.verify(String(m.value ?? ""));
        if (this.closed) return;
        this.identity = identity;
        this.isAdmin = false;
        if (expiresAt !== null) this.armExpiry(expiresAt);
      } catch (e) {
        return reject(e instanceof AuthError ? e.message : INVALID_TOKEN_MESSAGE);
      }
    } else {
      return this.deps.fatal("Unknown token type");
    }
    this.identityVersion = baseVersion + 1;
    this.requestRound();
  }

  private armExpiry(expiresAt: number): void {
    this.expiry = setTimeout(() => {
      if (this.closed) return;
      // The identity is gone; the client fetches a fresh token and re-authenticates.
      this.identity = null;
      this.deps.send({ type: "AuthError", error: "Token expired", baseVersion: this.identityVersion - 1, authUpdateAttempted: false });
    }, Math.min(Math.max(0, expiresAt - Date.now()), MAX_TIMEOUT));
  }

  private async mutation(m: ClientMessage, identity: Identity | null, admin: boolean): Promise<void> {
    const requestId = newRequestId();
    const udfPath = String(m.udfPath);
    try {
      if (m.componentPath) throw functionNotFound(udfPath);
      const args = parseArgs(m.args);
      const out = await this.deps.engine.runMutation(udfPath, args, identity, {
        // Without a Connect there is no session to de-duplicate within.
        dedupKey: this.sessionId ? `${this.sessionId}:${String(m.requestId)}` : undefined,
        allowInternal: admin,
      });
      if (this.closed) return;
      this.deps.send({ type: "MutationResponse", requestId: m.requestId, success: true, result: convexToJson(out.value), ts: encodeTs(out.ts), logLines: [] });
      if (this.sent.ts >= out.ts) this.sendTransition([], this.sent);
      else this.requestRound();
    } catch (e) {
      logFunctionError(this.deps.log, e, { kind: "mutation", path: udfPath, requestId, convexDir: this.deps.engine.convexDir });
      const err = toClientError(e, requestId);
      this.deps.send({ type: "MutationResponse", requestId: m.requestId, success: false, result: err.errorMessage, logLines: [], ...(err.errorData !== undefined ? { errorData: err.errorData } : {}) });
    }
  }

  private async action(m: ClientMessage, identity: Identity | null, admin: boolean): Promise<void> {
    const requestId = newRequestId();
    const udfPath = String(m.udfPath);
    try {
      if (m.componentPath) throw functionNotFound(udfPath);
      const value = await this.deps.engine.runAction(udfPath, parseArgs(m.args), identity, { allowInternal: admin });
      this.deps.send({ type: "ActionResponse", requestId: m.requestId, success: true, result: convexToJson(value), logLines: [] });
    } catch (e) {
      logFunctionError(this.deps.log, e, { kind: "action", path: udfPath, requestId, convexDir: this.deps.engine.convexDir });
      const err = toClientError(e, requestId);
      this.deps.send({ type: "ActionResponse", requestId: m.requestId, success: false, result: err.errorMessage, logLines: [], ...(err.errorData !== undefined ? { errorData: err.errorData } : {}) });
    }
  }

  // ---- query rounds ----

  private requestRound(): void {
    if (this.closed) return;
    if (this.roundRunning) {
      this.roundRequested = true;
      return;
    }
    void this.runRounds();
  }

  private async runRounds(): Promise<void> {
    this.roundRunning = true;
    let retries = 0;
    try {
      do {
        this.roundRequested = false;
        const result = await this.round();
        // A commit landed mid-round: results disagree on their ts. Try again a
        // few times; beyond that the next durable commit requests a new round.
        if (result === "retry" && retries++ < 5) this.roundRequested = true;
        if (result === "done") retries = 0;
      } while (this.roundRequested && !this.closed);
    } catch {
      this.deps.fatal("Internal error while running queries");
    } finally {
      this.roundRunning = false;
    }
  }

  private async round(): Promise<RoundResult> {
    const { engine } = this.deps;
    const querySetVersion = this.querySetVersion;
    const identityVersion = this.identityVersion;
    const identity = this.identity;
    const admin = this.isAdmin;
    // Every query run from here on sees at least this commit.
    const floor = engine.durableTs;
    this.recentCommits = this.recentCommits.filter((c) => c.ts > floor);
    for (const q of [...this.queries.values()]) {
      const c = q.cached;
      if (c && c.identityVersion === identityVersion && !q.stale) continue;
      // Cleared before running: a commit landing meanwhile marks it stale again.
      q.stale = false;
      const outcome = await this.runQuery(q, identity, admin);
      if (this.closed) return "done";
      this.cache(q, outcome, identityVersion);
      if (invalidates(this.recentCommits, outcome.snapshotTs, outcome.readTables, outcome.reads)) q.stale = true;
    }
    if (querySetVersion !== this.querySetVersion || identityVersion !== this.identityVersion) return "retry";
    const live = [...this.queries.values()];
    // Nothing a non-stale result read changed after its ts: it also holds at the latest durable ts.
    for (const q of live) if (!q.stale && q.cached!.ts < engine.durableTs) q.cached!.ts = engine.durableTs;
    if (live.some((q) => q.stale)) return "retry";
    const stamps = new Set(live.map((q) => q.cached!.ts));
    // Results that saw a commit not yet durable wait for its flush (which requests a round).
    if ([...stamps].some((ts) => ts > engine.durableTs)) return "waitForCommit";
    if (stamps.size > 1) return "retry";
    const ts = live.length === 0 ? engine.durableTs : [...stamps][0]!;
    if (ts < this.sent.ts) return "retry";

    const modifications: Array<Record<string, unknown>> = [];
    for (const queryId of this.removed) modifications.push({ type: "QueryRemoved", queryId });
    this.removed.clear();
    for (const q of live) {
      if (q.cached!.key === q.sentKey) continue;
      modifications.push(q.cached!.modification);
      q.sentKey = q.cached!.key;
    }
    const end: Version = { querySet: querySetVersion, identity: identityVersion, ts };
    const unchanged = end.querySet === this.sent.querySet && end.identity === this.sent.identity && end.ts === this.sent.ts;
    if (modifications.length > 0 || !unchanged) this.sendTransition(modifications, end);
    return "done";
  }

  private async runQuery(q: LiveQuery, identity: Identity | null, admin: boolean): Promise<QueryOutcome> {
    const { engine } = this.deps;
    if (q.argsError !== undefined || q.componentPath) {
      const error = q.argsError !== undefined ? new ClientVisibleError(q.argsError) : functionNotFound(q.udfPath);
      return { ok: false, error, snapshotTs: engine.durableTs, journal: null, readTables: new Set() };
    }
    return engine.runQuery(q.udfPath, q.args as Value, identity, { journal: q.journal, allowInternal: admin });
  }

  private cache(q: LiveQuery, outcome: QueryOutcome, identityVersion: number): void {
    if (outcome.ok) {
      if (outcome.journal !== null) q.journal = outcome.journal;
      const value = convexToJson(outcome.value);
      q.cached = {
        ts: outcome.snapshotTs,
        identityVersion,
        readTables: outcome.readTables,
        reads: outcome.reads,
        key: JSON.stringify([value, q.journal]),
        modification: { type: "QueryUpdated", queryId: q.queryId, value, logLines: [], journal: q.journal },
      };
      return;
    }
    const requestId = newRequestId();
    const err = toClientError(outcome.error, requestId);
    // Request ids differ per run; an unchanged failure is not a new result.
    const key = JSON.stringify(["error", err.errorMessage.replace(requestId, ""), err.errorData ?? null]);
    if (key !== q.sentKey) logFunctionError(this.deps.log, outcome.error, { kind: "query", path: q.udfPath, requestId, convexDir: this.deps.engine.convexDir });
    q.cached = {
      ts: outcome.snapshotTs,
      identityVersion,
      readTables: outcome.readTables,
      reads: outcome.reads,
      key,
      modification: {
        type: "QueryFailed",
        queryId: q.queryId,
        errorMessage: err.errorMessage,
        logLines: [],
        journal: q.journal,
        ...(err.errorData !== undefined ? { errorData: err.errorData } : {}),
      },
    };
  }

  private sendTransition(modifications: Array<Record<string, unknown>>, end: Version): void {
    if (this.closed) return;
    this.deps.send({
      type: "Transition",
      startVersion: wireVersion(this.sent),
      endVersion: wireVersion(end),
      modifications,
    });
    this.sent = end;
  }
}

/**
 * Whether a commit after `ts` wrote something the result was read from: by
 * document and index range when the read set is known, else by table (null:
 * reads unknown).
 */
function invalidates(commits: CommitSummary[], ts: bigint, tables: Set<string> | null, reads?: ReadSet): boolean {
  if (reads !== undefined) return commits.some((c) => c.ts > ts && reads.affectedBy(c));
  return commits.some((c) => c.ts > ts && (tables === null || [...c.tables].some((t) => tables.has(t))));
}

function wireVersion(v: Version) {
  return { querySet: v.querySet, identity: v.identity, ts: encodeTs(v.ts) };
}

/** `args` on the wire: a one-element array holding the arguments object. */
export function parseArgs(args: unknown): Value {
  if (!Array.isArray(args) || args.length !== 1) throw new ClientVisibleError("Invalid arguments: expected a one-element array");
  const value = jsonToConvex(args[0] as JSONValue);
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new ClientVisibleError("Invalid arguments: the arguments to a Convex function must be an object");
  }
  return value;
}
