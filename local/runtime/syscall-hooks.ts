/**
 * Hooks on convex-test's syscall table (`global.Convex.*syscall` delegates to
 * the ConvexGlobal's functions):
 * - read tracking: which tables a query read, so a commit that wrote other
 *   tables does not re-run it (Convex tracks read sets for the same reason);
 * - `1.0/queryPage`: live pages pinned to their journal (pagination.ts).
 */
import type { ConvexGlobalInternal } from "./convex-test-internals.js";
import { callStorage, type CallContext } from "./modules.js";
import { pinPageToJournal } from "./pagination.js";
import type { RangeExpr } from "./read-set.js";

/** The table of a convex-test id (`<digits><table>`), or null. */
export function tableOfId(id: string): string | null {
  const m = /^\d+(.+)$/.exec(id);
  return m ? m[1]! : null;
}

function tableOfSource(source: { type?: string; tableName?: string; indexName?: string } | undefined): string | null {
  if (!source) return null;
  if (typeof source.tableName === "string") return source.tableName;
  if (typeof source.indexName === "string") return source.indexName.split(".")[0]!;
  return null;
}

/** Ops that read no table data themselves (nested calls track their own reads). */
const NO_TABLE_READ = new Set([
  "1.0/queryStreamNext",
  "1.0/queryCleanup",
  "1.0/db/normalizeId",
  "1.0/getFunctionMetadata",
  "1.0/getRequestMetadata",
  "1.0/getDeploymentMetadata",
  "1.0/getTransactionMetrics",
  "1.0/auditLog",
  "1.0/createFunctionHandle",
  "1.0/runUdf",
]);

function trackRead(call: CallContext | undefined, op: string, jsonArgs: string): void {
  if (call?.kind !== "query" || call.readTables === null) return;
  if (NO_TABLE_READ.has(op)) return;
  let table: string | null = null;
  const reads = call.reads;
  try {
    const args = JSON.parse(jsonArgs) as { query?: { source?: Parameters<typeof tableOfSource>[0] & { type?: string; range?: unknown } }; id?: string; table?: string };
    if (op === "1.0/queryStream" || op === "1.0/queryPage") {
      const source = args.query?.source;
      table = tableOfSource(source);
      if (table !== null && reads !== undefined) {
        if (source?.type === "IndexRange" && Array.isArray(source.range)) reads.range(table, source.range as RangeExpr[]);
        else reads.wholeTable(table);
      }
    } else if (op === "1.0/get" && typeof args.id === "string") {
      table = tableOfId(args.id);
      if (table !== null) reads?.id(table, args.id);
    } else if (op === "1.0/count" && typeof args.table === "string") {
      table = args.table;
      reads?.wholeTable(table);
    } else if (op === "1.0/storageGetUrl") {
      table = "_storage";
      reads?.wholeTable(table);
    }
  } catch {
    table = null;
  }
  // Anything not understood (e.g. getSnapshotTs) may depend on every commit.
  if (table === null) {
    call.readTables = null;
    reads?.everything();
  } else (call.readTables ??= new Set()).add(table);
}

export function installSyscallHooks(global: ConvexGlobalInternal): void {
  const originalSync = global.syscall;
  global.syscall = (op, jsonArgs) => {
    trackRead(callStorage.getStore(), op, jsonArgs);
    return originalSync(op, jsonArgs);
  };
  const originalAsync = global.asyncSyscall;
  global.asyncSyscall = (op, jsonArgs) => {
    const call = callStorage.getStore();
    trackRead(call, op, jsonArgs);
    if (op !== "1.0/queryPage") return originalAsync(op, jsonArgs);
    return pinPageToJournal(call, jsonArgs, (args) => originalAsync(op, args));
  };
}
