/**
 * Indexed reads for convex-test's DatabaseFake.
 *
 * convex-test answers every query, `withIndex` included, by scanning and
 * sorting its whole table. This keeps, per table, an ordered in-memory index
 * (ordered-index.ts) for `by_creation_time`, `by_id` and every schema index,
 * keyed as Convex keys them ([...index fields, _creationTime, _id] under
 * `compareValues`), and answers `startQuery` / `queryNext` / `paginate` from
 * an index range: O(log n + rows read) instead of O(n log n).
 *
 * Exactness: the results are those of convex-test's scan, document for
 * document (indexed-reads.test.ts checks thousands of random queries against
 * it):
 * - the committed documents come from the index range; the current
 *   transaction's pending writes (every `_writes` level, topmost wins) are
 *   overlaid: a pending id hides its committed version and, unless deleted and
 *   if it is in the range, is merged in at its own key;
 * - filters (every `filter` operator), then the first `limit` operator, apply
 *   to the range in order, as convex-test applies them; streams are lazy, and
 *   read exactly the rows convex-test would return, or, for `paginate`, read;
 * - `paginate` runs convex-test's own page loop (cursor, end cursor, page size,
 *   row and byte limits, split cursors) over the stream seeked past the cursor;
 * - the indexes change only when a top-level commit applies writes to
 *   `_documents`; streams still open then are first read to the end, so a
 *   stream sees the state of its `startQuery`, as convex-test's arrays do;
 * - anything else (search, an undeclared index, a range convex-test rejects,
 *   an unusual limit) runs convex-test's original code, errors included.
 * Read metrics are counted by convex-test's syscalls on the documents returned,
 * as before.
 */
import { compareValues, convexToJson, getDocumentSize, jsonToConvex, type Value } from "convex/values";
import {
  loadConvexTestInternals,
  type ConvexGlobalInternal,
  type DatabaseFakeInternal,
  type Doc,
  type PageResult,
  type PaginateArgs,
  type QueryInternals,
  type RangeExpr,
  type SerializedQuery,
  type TestAccessor,
} from "./convex-test-internals.js";
import { OrderedIndex, type Pos } from "./ordered-index.js";

/** A difference between the indexed path and convex-test's scan (verify mode). Ids and counts only. */
export interface IndexMismatch {
  kind: "query" | "paginate";
  source: string;
  detail: string;
}

export interface IndexedReadsOptions {
  /**
   * Test aid: also run convex-test's scan for every query served from an index
   * and report any difference. Slow (it is the scan).
   */
  verify?: (mismatch: IndexMismatch) => void;
}

export interface IndexedReadsStats {
  /** startQuery / paginate calls served from an index. */
  indexed: number;
  /** Calls handed to convex-test's scan (search, invalid ranges, …). */
  fallbacks: number;
  /** Full rebuilds from `_documents` (open, or `_documents` replaced). */
  rebuilds: number;
  /** Queries compared against the scan in verify mode. */
  verified: number;
}

type Getter = (doc: Doc) => unknown;
type Order = "asc" | "desc";

interface IndexState {
  fields: string[];
  getters: Getter[];
  list: OrderedIndex<Doc>;
}

interface TableState {
  byCreation: IndexState;
  indexes: Map<string, IndexState>;
}

interface Bound {
  values: unknown[];
  inclusive: boolean;
}

interface Plan {
  table: string;
  label: string;
  state: IndexState;
  order: Order;
  lower: Bound | null;
  upper: Bound | null;
  range: RangeExpr[];
  filters: unknown[];
  limit: number | null;
}

const BY_CREATION_FIELDS = ["_creationTime", "_id"];

/**
 * `compareValues`, with exact fast paths for two numbers and two strings
 * (UTF-16 order equals UTF-8 order below the surrogates).
 */
export function compareKeyValues(a: unknown, b: unknown): number {
  if (typeof a === "string" && typeof b === "string") {
    if (a === b) return 0;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const x = a.charCodeAt(i);
      const y = b.charCodeAt(i);
      if (x !== y) {
        if (x < 0xd800 && y < 0xd800) return x < y ? -1 : 1;
        return compareValues(a, b);
      }
    }
    if (n > 0 && (a.charCodeAt(n - 1) >= 0xd800 || b.charCodeAt(n - 1) >= 0xd800)) return compareValues(a, b);
    return a.length < b.length ? -1 : 1;
  }
  if (typeof a === "number" && typeof b === "number") {
    if (a < b) return -1;
    if (a > b) return 1;
  }
  return compareValues(a as Value, b as Value);
}

/** Lexicographic comparison of a document's key prefix with `values`. */
function comparePrefix(getters: Getter[], doc: Doc, values: readonly unknown[], n = values.length): number {
  for (let i = 0; i < n; i++) {
    const c = compareKeyValues(getters[i]!(doc), values[i]);
    if (c !== 0) return c;
  }
  return 0;
}

/** Documents in one direction of an index range, with the transaction's pending writes overlaid. */
class Stream {
  private committedHead: Doc | null | undefined;
  private overlayIndex = 0;
  private buffered: Doc | null | undefined;

  constructor(
    private readonly list: OrderedIndex<Doc>,
    /** asc: next position to read; desc: one past it. */
    private readonly pos: Pos,
    /** asc: exclusive end; desc: inclusive start. */
    private readonly stop: Pos,
    private readonly order: Order,
    private readonly hidden: Map<string, Doc | null> | null,
    /** Pending documents in the range, already in `order`. */
    private readonly overlay: Doc[],
    private readonly compare: (a: Doc, b: Doc) => number,
  ) {}

  private pullCommitted(): Doc | null {
    const { list, pos, stop, hidden } = this;
    if (this.order === "asc") {
      while (OrderedIndex.comparePos(pos, stop) < 0) {
        const doc = list.at(pos)!;
        list.advance(pos);
        if (hidden === null || !hidden.has(doc._id)) return doc;
      }
    } else {
      while (OrderedIndex.comparePos(pos, stop) > 0) {
        list.retreat(pos);
        const doc = list.at(pos)!;
        if (hidden === null || !hidden.has(doc._id)) return doc;
      }
    }
    return null;
  }

  private pull(): Doc | null {
    if (this.committedHead === undefined) this.committedHead = this.pullCommitted();
    const committed = this.committedHead;
    const pending = this.overlay[this.overlayIndex] ?? null;
    if (pending === null) {
      this.committedHead = undefined;
      return committed;
    }
    if (committed !== null) {
      const c = this.compare(committed, pending);
      if (this.order === "asc" ? c < 0 : c > 0) {
        this.committedHead = undefined;
        return committed;
      }
    }
    this.overlayIndex += 1;
    return pending;
  }

  next(): Doc | null {
    if (this.buffered !== undefined) {
      const doc = this.buffered;
      this.buffered = undefined;
      return doc;
    }
    return this.pull();
  }

  peek(): Doc | null {
    if (this.buffered === undefined) this.buffered = this.pull();
    return this.buffered;
  }
}

/** An open `startQuery`: the filtered, limited stream convex-test would have materialized. */
class QueryCursor {
  done = false;
  private rest: Doc[] | null = null;
  private restIndex = 0;

  constructor(
    /** Dropped once done: a finished cursor keeps no index alive. */
    private stream: Stream | null,
    private readonly filter: (doc: Doc) => boolean,
    private remaining: number | null,
  ) {}

  private finish(): null {
    this.done = true;
    this.stream = null;
    this.rest = this.rest === null ? null : [];
    return null;
  }

  next(): Doc | null {
    if (this.rest !== null) {
      const doc = this.rest[this.restIndex++] ?? null;
      return doc === null ? this.finish() : doc;
    }
    if (this.done || this.stream === null) return null;
    if (this.remaining === 0) return this.finish();
    for (let doc = this.stream.next(); doc !== null; doc = this.stream.next()) {
      if (this.filter(doc)) {
        if (this.remaining !== null) this.remaining -= 1;
        return doc;
      }
    }
    return this.finish();
  }

  /** Reads everything still to come, so the indexes may change under it. */
  drain(): Doc[] {
    if (this.rest !== null) return this.rest.slice(this.restIndex);
    const rest: Doc[] = [];
    for (let doc = this.next(); doc !== null; doc = this.next()) rest.push(doc);
    this.rest = rest;
    this.restIndex = 0;
    this.done = false;
    return rest;
  }
}

export class IndexedReads {
  /** When false every query runs convex-test's scan (the indexes are still maintained). */
  enabled = true;
  readonly stats: IndexedReadsStats = { indexed: 0, fallbacks: 0, rebuilds: 0, verified: 0 };
  private tables = new Map<string, TableState>();
  private documentsRef: object | null = null;
  private dirty = true;
  private readonly cursors = new Map<number, QueryCursor>();
  private readonly verify: IndexedReadsOptions["verify"];

  constructor(
    private readonly db: DatabaseFakeInternal,
    global: ConvexGlobalInternal,
    private readonly q: QueryInternals,
    opts: IndexedReadsOptions = {},
  ) {
    this.verify = opts.verify;
    this.rebuild();
    this.install(global);
  }

  // ---- maintenance ----

  private tableOf(id: string): string | null {
    return this.q.tableNameFromId(id);
  }

  private getters(fields: string[]): Getter[] {
    const { evaluateFieldPath } = this.q;
    return fields.map((field): Getter => {
      if (field.includes(".")) return (doc) => evaluateFieldPath(field, doc);
      // evaluateFieldPath, for a top-level field: pending values (commit
      // timestamps) resolve inside objects only.
      return (doc) => {
        const v = doc[field];
        return v !== null && typeof v === "object" ? evaluateFieldPath(field, doc) : v;
      };
    });
  }

  private newIndex(fields: string[]): IndexState {
    const getters = this.getters(fields);
    const n = getters.length;
    const compare = (a: Doc, b: Doc): number => {
      for (let i = 0; i < n; i++) {
        const g = getters[i]!;
        const c = compareKeyValues(g(a), g(b));
        if (c !== 0) return c;
      }
      return 0;
    };
    return { fields, getters, list: new OrderedIndex(compare) };
  }

  private schemaIndexes(table: string): Array<{ indexDescriptor: string; fields: string[] }> {
    return this.db._schema?.tables.get(table)?.indexes ?? [];
  }

  /** Rebuilds every index from `_documents`. */
  rebuild(): void {
    const documents = this.db._documents;
    const byTable = new Map<string, Doc[]>();
    for (const id in documents) {
      const table = this.tableOf(id);
      if (table === null) continue;
      let docs = byTable.get(table);
      if (docs === undefined) byTable.set(table, (docs = []));
      docs.push(documents[id]!);
    }
    this.tables = new Map();
    for (const [table, docs] of byTable) {
      const state = this.table(table);
      state.byCreation.list.reset(docs);
      for (const { indexDescriptor } of this.schemaIndexes(table)) this.index(table, indexDescriptor);
    }
    this.documentsRef = documents;
    this.dirty = false;
    this.stats.rebuilds += 1;
  }

  private ensureFresh(): void {
    if (this.dirty || this.db._documents !== this.documentsRef) this.rebuild();
  }

  private table(table: string): TableState {
    let state = this.tables.get(table);
    if (state === undefined) {
      state = { byCreation: this.newIndex(BY_CREATION_FIELDS), indexes: new Map() };
      this.tables.set(table, state);
    }
    return state;
  }

  /** The fields convex-test sorts an index by, or null for an index it would reject. */
  private indexFields(table: string, indexName: string | undefined): string[] | null {
    if (indexName === "by_creation_time") return BY_CREATION_FIELDS;
    if (indexName === "by_id") return ["_id"];
    const index = this.schemaIndexes(table).find(({ indexDescriptor }) => indexDescriptor === indexName);
    return index === undefined ? null : index.fields.concat(["_creationTime", "_id"]);
  }

  /** The index (built on first use), or null if convex-test would reject it. */
  private index(table: string, indexName: string | undefined): IndexState | null {
    const state = this.table(table);
    if (indexName === "by_creation_time") return state.byCreation;
    const existing = state.indexes.get(indexName!);
    if (existing !== undefined) return existing;
    const fields = this.indexFields(table, indexName);
    if (fields === null) return null;
    const index = this.newIndex(fields);
    index.list.reset(state.byCreation.list.toArray());
    state.indexes.set(indexName!, index);
    return index;
  }

  private apply(id: string, before: Doc | undefined, after: Doc | undefined): void {
    const table = this.tableOf(id);
    if (table === null) return;
    const state = this.table(table);
    for (const index of [state.byCreation, ...state.indexes.values()]) {
      const list = index.list;
      if (before !== undefined && after !== undefined && list.compare(before, after) === 0) {
        if (!list.replace(after)) this.dirty = true;
        continue;
      }
      if (before !== undefined && !list.delete(before)) this.dirty = true;
      if (after !== undefined) list.insert(after);
    }
  }

  // ---- the query path ----

  private plan(query: SerializedQuery): Plan | null {
    const source = query.source;
    let table: string;
    let state: IndexState | null;
    let range: RangeExpr[] = [];
    let label: string;
    if (source.type === "FullTableScan") {
      table = source.tableName;
      state = this.table(table).byCreation;
      label = `${table} (full table scan)`;
    } else if (source.type === "IndexRange") {
      const [tableName, indexName] = source.indexName.split(".");
      table = tableName!;
      state = this.index(table, indexName);
      if (state === null) return null;
      try {
        this.q.validateIndexRangeExpression(source, state.fields);
      } catch {
        return null;
      }
      range = source.range;
      label = `${table}.${indexName}`;
    } else {
      return null;
    }
    // As convex-test: anything but "asc" sorts descending.
    const order: Order = (source.order ?? "asc") === "asc" ? "asc" : "desc";
    const filters: unknown[] = [];
    let limit: number | null = null;
    let sawLimit = false;
    for (const op of query.operators) {
      if ("filter" in op) filters.push(op.filter);
      if ("limit" in op && !sawLimit) {
        sawLimit = true;
        limit = op.limit;
      }
    }
    // convex-test slices with the limit: anything but a count is left to it.
    if (sawLimit && !(typeof limit === "number" && Number.isInteger(limit) && limit >= 0)) return null;

    // A validated range: equalities on a prefix of the fields, then at most one
    // lower and one upper bound on the next field.
    const eq: unknown[] = [];
    let lower: Bound | null = null;
    let upper: Bound | null = null;
    for (const expr of range) {
      const value = this.q.evaluateQueryValue(expr.value);
      switch (expr.type) {
        case "Eq":
          eq.push(value);
          break;
        case "Gt":
        case "Gte":
          lower = { values: [...eq, value], inclusive: expr.type === "Gte" };
          break;
        case "Lt":
        case "Lte":
          upper = { values: [...eq, value], inclusive: expr.type === "Lte" };
          break;
        default:
          return null;
      }
    }
    if (eq.length > 0) {
      lower ??= { values: eq, inclusive: true };
      upper ??= { values: eq, inclusive: true };
    }
    return { table, label, state, order, lower, upper, range, filters, limit };
  }

  /** Pending writes to `table` in this transaction: id → topmost version (null: deleted). */
  private pending(table: string): Map<string, Doc | null> | null {
    let out: Map<string, Doc | null> | null = null;
    for (const level of this.db._writes) {
      for (const id in level) {
        if (!id.endsWith(table) || this.tableOf(id) !== table) continue;
        (out ??= new Map()).set(id, level[id]!);
      }
    }
    return out;
  }

  /**
   * The plan's documents in order, after `afterKeys` (a page cursor's key) if
   * given. A position is after the cursor when its key is greater (asc) or
   * smaller (desc), as convex-test's `_docIsAfterCursor` decides.
   */
  private stream(plan: Plan, afterKeys: unknown[] | null): Stream {
    const { state, order, lower, upper } = plan;
    const { list, getters } = state;
    // [lo, hi): the first key at or past the lower bound, the first key past the upper bound.
    let lo = list.begin();
    if (lower !== null) {
      const { values, inclusive } = lower;
      lo = list.firstWhere((d) => {
        const c = comparePrefix(getters, d, values);
        return inclusive ? c >= 0 : c > 0;
      });
    }
    let hi = list.end();
    if (upper !== null) {
      const { values, inclusive } = upper;
      hi = list.firstWhere((d) => {
        const c = comparePrefix(getters, d, values);
        return inclusive ? c > 0 : c >= 0;
      });
    }
    const n = state.fields.length;
    if (afterKeys !== null) {
      if (order === "asc") {
        const p = list.firstWhere((d) => comparePrefix(getters, d, afterKeys, n) > 0);
        if (OrderedIndex.comparePos(p, lo) > 0) lo = p;
      } else {
        const p = list.firstWhere((d) => comparePrefix(getters, d, afterKeys, n) >= 0);
        if (OrderedIndex.comparePos(p, hi) < 0) hi = p;
      }
    }
    if (OrderedIndex.comparePos(hi, lo) < 0) hi = lo;

    const hidden = this.pending(plan.table);
    const overlay: Doc[] = [];
    if (hidden !== null) {
      const { evaluateRangeFilter } = this.q;
      for (const doc of hidden.values()) {
        if (doc === null || !plan.range.every((expr) => evaluateRangeFilter(doc, expr))) continue;
        if (afterKeys !== null) {
          const c = comparePrefix(getters, doc, afterKeys, n);
          if (order === "asc" ? c <= 0 : c >= 0) continue;
        }
        overlay.push(doc);
      }
      overlay.sort(list.compare);
      if (order === "desc") overlay.reverse();
    }
    return order === "asc"
      ? new Stream(list, lo, hi, order, hidden, overlay, list.compare)
      : new Stream(list, hi, lo, order, hidden, overlay, list.compare);
  }

  private filterFn(filters: unknown[]): (doc: Doc) => boolean {
    const { evaluateFilter } = this.q;
    if (filters.length === 0) return () => true;
    return (doc) => filters.every((f) => evaluateFilter(doc, f));
  }

  private startQuery(original: (query: SerializedQuery) => number, query: SerializedQuery): number {
    if (!this.enabled) return original(query);
    this.ensureFresh();
    const plan = this.plan(query);
    if (plan === null) {
      this.stats.fallbacks += 1;
      return original(query);
    }
    this.stats.indexed += 1;
    const cursor = new QueryCursor(this.stream(plan, null), this.filterFn(plan.filters), plan.limit);
    if (this.verify) {
      this.stats.verified += 1;
      const got = cursor.drain();
      const want = this.db._evaluateQuery(query);
      const diff = diffDocs(got, want);
      if (diff !== null) this.verify({ kind: "query", source: plan.label, detail: diff });
    }
    if (this.cursors.size >= 256) {
      for (const [id, c] of this.cursors) if (c.done) this.cursors.delete(id);
    }
    const id = this.db._nextQueryId;
    this.db._nextQueryId += 1;
    this.cursors.set(id, cursor);
    return id;
  }

  private queryNext(original: (queryId: number) => { value: Doc | null; done: boolean }, queryId: number) {
    const cursor = this.cursors.get(queryId);
    if (cursor === undefined) return original(queryId);
    const value = cursor.next();
    return value === null ? { value: null, done: true } : { value, done: false };
  }

  private paginate(original: (args: PaginateArgs) => PageResult, args: PaginateArgs): PageResult {
    if (!this.enabled) return original(args);
    this.ensureFresh();
    const plan = this.plan(args.query);
    if (plan === null) {
      this.stats.fallbacks += 1;
      return original(args);
    }
    this.stats.indexed += 1;
    const result = this.paginatePlan(plan, args);
    if (this.verify) {
      this.stats.verified += 1;
      const want = original(args);
      const diff =
        diffDocs(result.page, want.page) ??
        (["isDone", "continueCursor", "splitCursor", "pageStatus"] as const)
          .filter((k) => result[k] !== want[k])
          .map((k) => `${k}: ${String(result[k])} vs ${String(want[k])}`)
          .join("; ");
      if (diff) this.verify({ kind: "paginate", source: plan.label, detail: diff });
    }
    return result;
  }

  /** convex-test's `paginate` loop, over the stream seeked past the cursor. */
  private paginatePlan(plan: Plan, args: PaginateArgs): PageResult {
    const { cursor, endCursor, pageSize, maximumRowsRead, maximumBytesRead } = args;
    // The index key always ends in _id: it is convex-test's cursor key.
    const { fields: cursorFields, getters } = plan.state;
    const sign = plan.order === "asc" ? 1 : -1;
    const parseCursor = (c: string | null | undefined): unknown[] | null => {
      if (!c) return null;
      return (JSON.parse(c) as Array<string | null>).map((k) => (k === null ? undefined : jsonToConvex(JSON.parse(k) as never)));
    };
    const encodeCursor = (doc: Doc): string =>
      JSON.stringify(getters.map((g) => g(doc)).map((k) => (k === undefined ? null : JSON.stringify(convexToJson(k as Value)))));
    const afterCursor = (doc: Doc, keys: unknown[]): number => sign * comparePrefix(getters, doc, keys, cursorFields.length);

    const cursorKeys = cursor !== "_end_cursor" ? parseCursor(cursor) : null;
    const hasEndBoundary = !!endCursor && endCursor !== "_end_cursor";
    const endCursorKeys = hasEndBoundary ? parseCursor(endCursor) : null;
    const page: Doc[] = [];
    let continueCursor = "_end_cursor";
    let splitCursor: string | null = null;
    let pageStatus: PageResult["pageStatus"] = null;
    // A cursor that is neither null nor a key (`_end_cursor`, ""): no row is after it.
    if (cursor !== null && cursorKeys === null) return { page, isDone: true, continueCursor, splitCursor, pageStatus };

    const filter = this.filterFn(plan.filters);
    const stream = this.stream(plan, cursorKeys);
    let rowsRead = 0;
    let bytesRead = 0;
    const readDocCursors: string[] = [];
    for (let doc = stream.next(); doc !== null; doc = stream.next()) {
      // endCursor: stop when we reach or pass this position (inclusive boundary)
      if (hasEndBoundary && endCursorKeys) {
        const cmp = afterCursor(doc, endCursorKeys);
        if (cmp >= 0) {
          if (cmp === 0) {
            rowsRead += 1;
            bytesRead += getDocumentSize(doc as Record<string, Value>);
            readDocCursors.push(encodeCursor(doc));
            if (filter(doc)) page.push(doc);
            continueCursor = encodeCursor(doc);
          }
          break;
        }
      }
      rowsRead += 1;
      bytesRead += getDocumentSize(doc as Record<string, Value>);
      readDocCursors.push(encodeCursor(doc));
      let hitLimit = false;
      if (maximumRowsRead && rowsRead >= maximumRowsRead) hitLimit = true;
      if (maximumBytesRead && bytesRead >= maximumBytesRead) hitLimit = true;
      if (filter(doc)) page.push(doc);
      if (hitLimit) {
        pageStatus = "SplitRequired";
        continueCursor = encodeCursor(doc);
        break;
      }
      if (!endCursor && page.length >= pageSize) {
        // The last row of the range leaves the page done.
        if (stream.peek() !== null) continueCursor = encodeCursor(doc);
        break;
      }
    }
    const isDone = continueCursor === "_end_cursor";
    if (pageStatus === "SplitRequired" && readDocCursors.length >= 2) {
      splitCursor = readDocCursors[Math.floor((readDocCursors.length - 1) / 2)]!;
    } else if (pageStatus === null && rowsRead > pageSize + 1 && readDocCursors.length >= 2) {
      pageStatus = "SplitRecommended";
      splitCursor = readDocCursors[Math.floor((readDocCursors.length - 1) / 2)]!;
    }
    return { page, isDone, continueCursor, splitCursor, pageStatus };
  }

  /** Called before a top-level commit changes `_documents`. */
  private beforeCommit(): void {
    for (const [id, cursor] of this.cursors) {
      if (cursor.done) this.cursors.delete(id);
      else cursor.drain();
    }
  }

  private install(global: ConvexGlobalInternal): void {
    const db = this.db;
    const startQuery = db.startQuery.bind(db);
    const queryNext = db.queryNext.bind(db);
    const paginate = db.paginate.bind(db);
    const commit = db.commit.bind(db);
    db.startQuery = (query) => this.startQuery(startQuery, query);
    db.queryNext = (queryId) => this.queryNext(queryNext, queryId);
    db.paginate = (args) => this.paginate(paginate, args);
    db.commit = (commitTs: bigint | null = null) => {
      // Only the outermost level's writes reach `_documents` (DatabaseFake.commit).
      const top = db._writes.length === 1 ? db._writes[0]! : null;
      const ids = top === null ? [] : Object.keys(top);
      if (ids.length === 0) return commit(commitTs);
      const fresh = !this.dirty && db._documents === this.documentsRef;
      const before = ids.map((id) => db._documents[id]);
      this.beforeCommit();
      try {
        commit(commitTs);
      } catch (e) {
        // Whatever was applied, the next read rebuilds from `_documents`.
        this.dirty = true;
        throw e;
      }
      if (!fresh || db._documents !== this.documentsRef) {
        this.dirty = true;
        return;
      }
      for (let i = 0; i < ids.length; i++) this.apply(ids[i]!, before[i], db._documents[ids[i]!]);
    };
    const syscall = global.syscall;
    global.syscall = (op, jsonArgs) => {
      if (op === "1.0/queryCleanup") {
        try {
          this.cursors.delete((JSON.parse(jsonArgs) as { queryId: number }).queryId);
        } catch {
          // convex-test reports malformed arguments itself.
        }
      }
      return syscall(op, jsonArgs);
    };
  }
}

function diffDocs(got: Doc[], want: Doc[]): string | null {
  const n = Math.max(got.length, want.length);
  for (let i = 0; i < n; i++) {
    if (got[i] !== want[i]) {
      return `${got.length} vs ${want.length} rows; first difference at ${i}: ${got[i]?._id ?? "none"} vs ${want[i]?._id ?? "none"}`;
    }
  }
  return null;
}

/**
 * A convex-test instance (from the runtime's patched copy) with indexed reads
 * installed: what the runtime's engine runs, without persistence. For benches
 * and tests.
 */
export async function indexedConvexTest(
  options: { schema?: unknown; modules: Record<string, () => Promise<unknown>> },
  opts: IndexedReadsOptions & { indexed?: boolean } = {},
): Promise<{ t: TestAccessor; db: DatabaseFakeInternal; reads: IndexedReads | null }> {
  const internals = await loadConvexTestInternals();
  const t = internals.convexTest(options);
  let global: ConvexGlobalInternal | undefined;
  await t.query(async () => {
    global = internals.convexGlobalStorage.getStore();
    return null;
  });
  const db = global?.components[""]?.db;
  if (!global || !db) throw new Error("indexed reads: could not reach convex-test's database");
  const reads = opts.indexed === false ? null : new IndexedReads(db, global, internals.query, opts);
  return { t, db, reads };
}
