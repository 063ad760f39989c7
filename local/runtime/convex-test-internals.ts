/**
 * Loads convex-test's module-private internals (the database, the transaction
 * manager, the Convex global storage, the scheduled-function runner).
 *
 * convex-test does not export them, so we read its `dist/index.js`, check that
 * every piece of source we depend on is still there, append an `export { … }`
 * line, and import the patched copy. The copy lives in
 * `node_modules/.cache/local-convex/` so that its bare imports (`convex/server`,
 * `convex/values`) resolve from the project exactly like the original's.
 *
 * The version is pinned: a different convex-test may keep the same names with a
 * different meaning, so we refuse to start rather than guess.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { AsyncLocalStorage } from "node:async_hooks";

export const PINNED_CONVEX_TEST_VERSION = "0.0.60";

/** Source fragments the runtime relies on, with the internal each one proves. */
const REQUIRED_MARKERS: Array<[internal: string, marker: string]> = [
  ["DatabaseFake", "class DatabaseFake {"],
  ["DatabaseFake._documents", "_documents = {};"],
  ["DatabaseFake._nextDocId", "_nextDocId = 10000;"],
  ["DatabaseFake._lastCreationTime", "_lastCreationTime = 0;"],
  ["DatabaseFake._writes", "_writes = [];"],
  ["DatabaseFake.commit", "commit(commitTs = null) {"],
  ["TransactionManager", "class TransactionManager {"],
  ["TransactionManager._lastCommitTs", "_lastCommitTs = 0n;"],
  ["TransactionManager.begin", "async begin(isNested, transactionLimits) {"],
  ["convexGlobalStorage", "const convexGlobalStorage = new AsyncLocalStorage();"],
  ["convexGlobal.transactionManager", "transactionManager: new TransactionManager(limitsConfig),"],
  ["convexGlobal.syscall", "syscall: syscallImpl(),"],
  ["convexGlobal.asyncSyscall", "asyncSyscall: asyncSyscallImpl(),"],
  ["asyncSyscall 1.0/queryPage", 'case "1.0/queryPage": {'],
  ["runScheduledFunction", "async function runScheduledFunction({ db, jobId, componentPath, functionPath, args, name, }) {"],
  ["convexTest", "export function convexTest(schemaOrOptions, modules) {"],
  // Indexed reads (indexed-reads.ts) replace the query path and must reproduce
  // its semantics exactly: these fragments pin what they reproduce.
  ["DatabaseFake._nextQueryId", "_nextQueryId = 1;"],
  ["DatabaseFake._schema", "const indexes = this._schema?.tables.get(tableName)?.indexes;"],
  ["DatabaseFake.get (topmost pending write wins)", "for (let i = this._writes.length - 1; i >= 0; i--) {"],
  ["DatabaseFake.startQuery", "startQuery(query) {"],
  ["DatabaseFake.queryNext", "queryNext(queryId) {"],
  ["DatabaseFake.paginate", "paginate({ query, cursor, endCursor, pageSize, maximumRowsRead, maximumBytesRead, }) {"],
  ["DatabaseFake._evaluateQuery", "_evaluateQuery(query) {"],
  ["DatabaseFake._iterateDocs (table of an id)", "const isInTable = (id) => tableNameFromId(id) === tableName;"],
  ["query source: by_creation_time fields", 'fields = ["_creationTime", "_id"];'],
  ["query source: by_id fields", 'fields = ["_id"];'],
  ["query source: schema index fields", 'fields = index.fields.concat(["_creationTime", "_id"]);'],
  ["query source: full table scan order", 'fieldPathsToSortBy = ["_creationTime"];'],
  ["query source: table and index names", 'const [tableName, indexName] = source.indexName.split(".");'],
  ["query operators: every filter", '.filter((operator) => "filter" in operator)'],
  ["query operators: first limit", 'const limit = query.operators.filter((operator) => "limit" in operator)[0] ?? null;'],
  ["query sort", "v = compareValues(evaluateFieldPath(fp, a), evaluateFieldPath(fp, b));"],
  ["query limit", "results = results.slice(0, limit);"],
  ["paginate cursor fields", 'const cursorFields = fieldPathsToSortBy.includes("_id")'],
  ["paginate end boundary", 'const hasEndBoundary = !!endCursor && endCursor !== "_end_cursor";'],
  ["paginate split cursor", "const midIdx = Math.floor((readDocCursors.length - 1) / 2);"],
  ["evaluateFieldPath", "function evaluateFieldPath(fieldPath, document) {"],
  ["evaluateFilter", "function evaluateFilter(document, filter) {"],
  ["evaluateRangeFilter", "function evaluateRangeFilter(document, expr) {"],
  ["evaluateQueryValue", "function evaluateQueryValue(value) {"],
  ["validateIndexRangeExpression", "function validateIndexRangeExpression(source, fields) {"],
  ["tableNameFromId", "function tableNameFromId(id) {"],
  ["syscall 1.0/queryCleanup", 'case "1.0/queryCleanup": {'],
];

/** Module-private functions the patched copy exports (see QueryInternals). */
const QUERY_INTERNALS = [
  "evaluateFieldPath",
  "evaluateFilter",
  "evaluateRangeFilter",
  "evaluateQueryValue",
  "validateIndexRangeExpression",
  "tableNameFromId",
] as const;

const RELATIVE_IMPORT = 'from "./transactionMetrics.js";';

/**
 * convex-test's argument validator calls `Object.getPrototypeOf(null)` when an
 * object is expected and `null` arrives (`{ vitals: null }`), so the call failed
 * with a TypeError, i.e. an internal "Server Error", where Convex answers with a
 * validation error. Found by the fuzz sample in local/faults/fuzz-http.fault.ts.
 */
const NULL_OBJECT_CHECK = [
  '    const isObject = typeof value === "object";\n    const prototype = Object.getPrototypeOf(value);',
  '    const isObject = typeof value === "object" && value !== null;\n    const prototype = isObject ? Object.getPrototypeOf(value) : undefined;',
] as const;

// ---- Shapes of the internals we touch (only what the runtime uses). ----

export type ConvexValue = unknown;
export type Doc = Record<string, ConvexValue> & { _id: string; _creationTime: number };

export interface DatabaseFakeInternal {
  _documents: Record<string, Doc>;
  _nextDocId: number;
  _lastCreationTime: number;
  _writes: Array<Record<string, Doc | null>>;
  _nextQueryId: number;
  _schema: { tables: Map<string, { indexes?: Array<{ indexDescriptor: string; fields: string[] }> }> } | null;
  commit(commitTs?: bigint | null): void;
  get(table: string, id: string): Doc | null;
  patch(table: string, id: string, value: Record<string, unknown>): void;
  startQuery(query: SerializedQuery): number;
  queryNext(queryId: number): { value: Doc | null; done: boolean };
  paginate(args: PaginateArgs): PageResult;
  _evaluateQuery(query: SerializedQuery): Doc[];
}

// ---- Serialized queries, as convex/server sends them in syscalls. ----

export type RangeExpr = { type: "Eq" | "Gt" | "Gte" | "Lt" | "Lte"; fieldPath: string; value: unknown };

export type QuerySource =
  | { type: "FullTableScan"; tableName: string; order?: "asc" | "desc" | null }
  | { type: "IndexRange"; indexName: string; range: RangeExpr[]; order?: "asc" | "desc" | null }
  | { type: "Search"; indexName: string; filters: unknown[] };

export interface SerializedQuery {
  source: QuerySource;
  operators: Array<{ filter: unknown } | { limit: number }>;
}

export interface PaginateArgs {
  query: SerializedQuery;
  cursor: string | null;
  endCursor?: string | null;
  pageSize: number;
  maximumRowsRead?: number | null;
  maximumBytesRead?: number | null;
}

export interface PageResult {
  page: Doc[];
  isDone: boolean;
  continueCursor: string;
  splitCursor: string | null;
  pageStatus: "SplitRequired" | "SplitRecommended" | null;
}

/** convex-test's module-private query helpers (exported by the patched copy). */
export interface QueryInternals {
  evaluateFieldPath(fieldPath: string, doc: Doc): unknown;
  evaluateFilter(doc: Doc, filter: unknown): unknown;
  evaluateRangeFilter(doc: Doc, expr: RangeExpr): boolean;
  evaluateQueryValue(value: unknown): unknown;
  validateIndexRangeExpression(source: QuerySource, fields: string[]): void;
  tableNameFromId(id: string): string | null;
}

export interface TransactionManagerInternal {
  _lastCommitTs: bigint;
  begin(isNested: boolean, transactionLimits?: unknown): Promise<void>;
}

export interface ConvexGlobalInternal {
  components: Record<string, { db: DatabaseFakeInternal }>;
  transactionManager: TransactionManagerInternal;
  syscall: (op: string, jsonArgs: string) => string;
  asyncSyscall: (op: string, jsonArgs: string) => Promise<string>;
}

export interface TestAccessor {
  query(path: string | ((ctx: unknown) => unknown), args?: unknown): Promise<unknown>;
  mutation(path: string, args?: unknown): Promise<unknown>;
  action(path: string, args?: unknown): Promise<unknown>;
  run<T>(handler: (ctx: unknown) => Promise<T>): Promise<T>;
  fetch(path: string, init?: RequestInit): Promise<Response>;
  withIdentity(identity: Record<string, unknown>): TestAccessor;
}

export interface ConvexTestInternals {
  version: string;
  convexTest(options: { schema?: unknown; modules: Record<string, () => Promise<unknown>> }): TestAccessor;
  convexGlobalStorage: AsyncLocalStorage<ConvexGlobalInternal>;
  query: QueryInternals;
  runScheduledFunction(opts: {
    db: DatabaseFakeInternal;
    jobId: string;
    componentPath: string;
    functionPath: { componentPath: string; udfPath: string };
    args: unknown;
    name: string;
  }): Promise<void>;
}

export class ConvexTestInternalsError extends Error {}

function refuse(what: string, found?: string): never {
  throw new ConvexTestInternalsError(
    `local Convex runtime: convex-test ${PINNED_CONVEX_TEST_VERSION} is required, ` +
      (found !== undefined ? `found ${found}; ` : "") +
      `missing internal: ${what}. The runtime refuses to start (pin "convex-test": "${PINNED_CONVEX_TEST_VERSION}").`,
  );
}

/**
 * Checks the version and every source marker, then returns convex-test's
 * source with the internals exported and its relative import made absolute.
 */
export function patchConvexTestSource(source: string, version: string | undefined, distDir: string): string {
  if (version !== PINNED_CONVEX_TEST_VERSION) refuse("package version", version);
  for (const [internal, marker] of REQUIRED_MARKERS) {
    if (!source.includes(marker)) refuse(internal, version);
  }
  if (source.split(RELATIVE_IMPORT).length !== 2) refuse("./transactionMetrics.js import", version);
  if (source.split(NULL_OBJECT_CHECK[0]).length !== 2) refuse("isSimpleObject", version);
  const metricsUrl = pathToFileURL(path.join(distDir, "transactionMetrics.js")).href;
  return (
    source.replace(RELATIVE_IMPORT, `from ${JSON.stringify(metricsUrl)};`).replace(NULL_OBJECT_CHECK[0], NULL_OBJECT_CHECK[1]) +
    "\nexport { convexGlobalStorage, runScheduledFunction };\n" +
    `export { ${QUERY_INTERNALS.join(", ")} };\n`
  );
}

let loaded: Promise<ConvexTestInternals> | null = null;

/** Loads (once per process) and verifies the patched convex-test module. */
export function loadConvexTestInternals(): Promise<ConvexTestInternals> {
  loaded ??= load().catch((e: unknown) => {
    loaded = null;
    throw e;
  });
  return loaded;
}

async function load(): Promise<ConvexTestInternals> {
  const require = createRequire(import.meta.url);
  let entry: string;
  try {
    entry = require.resolve("convex-test");
  } catch {
    refuse("the convex-test package");
  }
  const distDir = path.dirname(entry);
  const packageDir = path.dirname(distDir);
  const pkg = JSON.parse(await readFile(path.join(packageDir, "package.json"), "utf8")) as {
    version?: string;
  };
  const source = patchConvexTestSource(await readFile(entry, "utf8"), pkg.version, distDir);

  // node_modules/convex-test/dist/index.js -> node_modules/.cache/local-convex/
  const nodeModules = path.dirname(packageDir);
  const cacheDir = path.join(nodeModules, ".cache", "local-convex");
  const target = path.join(cacheDir, "convex-test-internals.mjs");
  await mkdir(cacheDir, { recursive: true });
  const existing = await readFile(target, "utf8").catch(() => null);
  if (existing !== source) {
    // Atomic replace: several runtimes (tests, --watch children) may start at once.
    const tmp = `${target}.${process.pid}.${createHash("sha1").update(source).digest("hex").slice(0, 8)}.tmp`;
    await writeFile(tmp, source);
    await rename(tmp, target);
  }
  const mod = (await import(pathToFileURL(target).href)) as Record<string, unknown>;
  for (const name of ["convexTest", "convexGlobalStorage", "runScheduledFunction", ...QUERY_INTERNALS]) {
    if (mod[name] === undefined) refuse(name, pkg.version);
  }
  const query = Object.fromEntries(QUERY_INTERNALS.map((name) => [name, mod[name]])) as unknown as QueryInternals;
  return {
    version: PINNED_CONVEX_TEST_VERSION,
    convexTest: mod.convexTest as ConvexTestInternals["convexTest"],
    convexGlobalStorage: mod.convexGlobalStorage as ConvexTestInternals["convexGlobalStorage"],
    query,
    runScheduledFunction: mod.runScheduledFunction as ConvexTestInternals["runScheduledFunction"],
  };
}
