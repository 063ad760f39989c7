/**
 * The functions directory as convex-test sees it (a path → loader map) and as
 * clients see it (`dir/module:export` paths with a kind and a visibility).
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { ReadSet } from "./read-set.js";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

export type FunctionKind = "query" | "mutation" | "action";
export type Visibility = "public" | "internal";

export interface FunctionInfo {
  kind: FunctionKind;
  visibility: Visibility;
}

/** What one call into convex-test is doing; read by the engine's hooks. */
export interface CallContext {
  kind: "query" | "mutation" | "action" | "http" | "system";
  /** Queries: the commit ts the query's transaction saw. */
  snapshotTs?: bigint;
  /** Queries: end cursor pinned by the subscription's journal. */
  journalEndCursor?: string | null;
  /** Queries: the journal to hand back to the client. */
  newJournal?: string | null;
  /** Queries: tables read; null once something was read that can't be attributed. */
  readTables?: Set<string> | null;
  /** Queries: ids and index ranges read, per table (read-set.ts). */
  reads?: ReadSet;
  /** Mutations: the top-level handler's return value, captured before commit. */
  handlerClaimed?: boolean;
  hasResult?: boolean;
  result?: unknown;
  /** Mutations: set by the first top-level commit made on behalf of this call. */
  committed?: boolean;
  commitTs?: bigint;
  dedupKey?: string;
}

export const callStorage = new AsyncLocalStorage<CallContext>();

const wrapped = new WeakSet<object>();

/**
 * Wraps each mutation's handler so the top-level mutation's return value is
 * known at commit time: the de-duplication record for (sessionId, requestId)
 * must be written in the same commit as the mutation's writes, or a crash
 * between the two would let a replay run the mutation twice.
 */
function wrapModule(mod: Record<string, unknown>): Record<string, unknown> {
  for (const value of Object.values(mod)) {
    const fn = value as { isMutation?: boolean; _handler?: (...a: unknown[]) => unknown } | null;
    if (!fn || (typeof fn !== "function" && typeof fn !== "object")) continue;
    if (!fn.isMutation || typeof fn._handler !== "function" || wrapped.has(fn)) continue;
    wrapped.add(fn);
    const original = fn._handler;
    fn._handler = async function (this: unknown, ...args: unknown[]) {
      const call = callStorage.getStore();
      // Nested mutations (ctx.runMutation) start after the top-level handler.
      if (call?.kind !== "mutation" || call.handlerClaimed) return original.apply(this, args);
      call.handlerClaimed = true;
      const result = await original.apply(this, args);
      call.result = result;
      call.hasResult = true;
      return result;
    };
  }
  return mod;
}

const SKIP_DIRS = new Set(["node_modules", ".git"]);

async function walk(dir: string, out: string[]): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith(".")) await walk(full, out);
    } else if (/\.(ts|js|mts|mjs)$/.test(entry.name) && !/\.(test|spec)\.[mc]?[tj]s$/.test(entry.name) && !entry.name.endsWith(".d.ts")) {
      out.push(full);
    }
  }
}

export interface ModuleMap {
  /** Absolute path → loader, in the form `convexTest({ modules })` expects. */
  loaders: Record<string, () => Promise<unknown>>;
  /** Module names relative to convexDir without extension, e.g. `dir/messages`. */
  has(moduleName: string): boolean;
  load(moduleName: string): Promise<Record<string, unknown>>;
  fileOf(moduleName: string): string | undefined;
}

export async function buildModuleMap(convexDir: string): Promise<ModuleMap> {
  const root = path.resolve(convexDir);
  const files: string[] = [];
  await walk(root, files);
  if (!files.some((f) => f.includes(`${path.sep}_generated${path.sep}`))) {
    throw new Error(`local Convex runtime: ${root} has no _generated/ directory (run \`npx convex codegen\`).`);
  }
  const loaders: Record<string, () => Promise<unknown>> = {};
  const byName = new Map<string, string>();
  for (const file of files) {
    const load = () => import(pathToFileURL(file).href).then((m) => wrapModule(m as Record<string, unknown>));
    loaders[file] = load;
    const name = path.relative(root, file).replace(/\.[^.]+$/, "").split(path.sep).join("/");
    // Prefer .ts over a stale compiled .js of the same module.
    if (!byName.has(name) || file.endsWith(".ts")) byName.set(name, file);
  }
  return {
    loaders,
    has: (name) => byName.has(name),
    fileOf: (name) => byName.get(name),
    async load(name) {
      const file = byName.get(name);
      if (file === undefined) throw new Error(`no module ${name}`);
      return (await loaders[file]!()) as Record<string, unknown>;
    },
  };
}

/** `dir/mod.js:fn` → `dir/mod:fn`, `mod` → `mod:default`, as the client does. */
export function canonicalizeUdfPath(udfPath: string): string {
  const pieces = udfPath.split(":");
  let moduleName: string;
  let functionName: string;
  if (pieces.length === 1) {
    moduleName = pieces[0]!;
    functionName = "default";
  } else {
    moduleName = pieces.slice(0, -1).join(":");
    functionName = pieces[pieces.length - 1]!;
  }
  if (moduleName.endsWith(".js")) moduleName = moduleName.slice(0, -3);
  return `${moduleName}:${functionName}`;
}

/** The kind and visibility of an exported Convex function, or null. */
export async function describeFunction(modules: ModuleMap, udfPath: string): Promise<FunctionInfo | null> {
  const canonical = canonicalizeUdfPath(udfPath);
  const idx = canonical.lastIndexOf(":");
  const moduleName = canonical.slice(0, idx);
  const exportName = canonical.slice(idx + 1);
  if (moduleName.startsWith("_generated") || !modules.has(moduleName)) return null;
  const mod = await modules.load(moduleName);
  if (!Object.hasOwn(mod, exportName)) return null;
  const fn = mod[exportName] as Record<string, unknown> | null;
  if (!fn || (typeof fn !== "function" && typeof fn !== "object")) return null;
  const kind: FunctionKind | null = fn.isQuery ? "query" : fn.isMutation ? "mutation" : fn.isAction ? "action" : null;
  if (kind === null) return null;
  const visibility: Visibility = fn.isPublic === true ? "public" : "internal";
  return { kind, visibility };
}
