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
];

const RELATIVE_IMPORT = 'from "./transactionMetrics.js";';

// ---- Shapes of the internals we touch (only what the runtime uses). ----

export type ConvexValue = unknown;
export type Doc = Record<string, ConvexValue> & { _id: string; _creationTime: number };

export interface DatabaseFakeInternal {
  _documents: Record<string, Doc>;
  _nextDocId: number;
  _lastCreationTime: number;
  _writes: Array<Record<string, Doc | null>>;
  commit(commitTs?: bigint | null): void;
  get(table: string, id: string): Doc | null;
  patch(table: string, id: string, value: Record<string, unknown>): void;
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
  const metricsUrl = pathToFileURL(path.join(distDir, "transactionMetrics.js")).href;
  return (
    source.replace(RELATIVE_IMPORT, `from ${JSON.stringify(metricsUrl)};`) +
    "\nexport { convexGlobalStorage, runScheduledFunction };\n"
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
  for (const name of ["convexTest", "convexGlobalStorage", "runScheduledFunction"]) {
    if (mod[name] === undefined) refuse(name, pkg.version);
  }
  return {
    version: PINNED_CONVEX_TEST_VERSION,
    convexTest: mod.convexTest as ConvexTestInternals["convexTest"],
    convexGlobalStorage: mod.convexGlobalStorage as ConvexTestInternals["convexGlobalStorage"],
    runScheduledFunction: mod.runScheduledFunction as ConvexTestInternals["runScheduledFunction"],
  };
}
