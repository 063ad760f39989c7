/**
 * Query journals for live pagination.
 *
 * The first run of a paginated query reads `numItems` rows and ends at some
 * `continueCursor`; the next page starts there. If later runs read `numItems`
 * rows again, an insert makes page 1 grow into page 2 (overlap) and a delete
 * makes it shrink away from it (gap). Convex avoids both by recording the
 * page's end cursor in the query's journal and re-running the page up to that
 * cursor. We do the same: the journal is `{"endCursor": "<cursor>"}`, opaque to
 * the client, which sends it back when it re-subscribes.
 */
import { CommitTsPlaceholder } from "convex/values";
import type { CallContext } from "./modules.js";

interface PageArgs {
  endCursor?: string | null;
  [k: string]: unknown;
}

interface PageResult {
  continueCursor: string;
  isDone: boolean;
  [k: string]: unknown;
}

export async function pinPageToJournal(
  call: CallContext | undefined,
  jsonArgs: string,
  run: (jsonArgs: string) => Promise<string>,
): Promise<string> {
  const args = JSON.parse(jsonArgs) as PageArgs;
  const pinned = call?.kind === "query" && (args.endCursor ?? null) === null && call.journalEndCursor ? call.journalEndCursor : null;
  const endCursor = pinned ?? args.endCursor ?? null;
  const raw = await run(pinned === null ? jsonArgs : JSON.stringify({ ...args, endCursor }));
  const result = JSON.parse(raw) as PageResult;
  if (endCursor !== null) {
    // A page with an end bound ends exactly there. convex-test would report
    // `isDone` (and lose the bound) when the row at the end cursor is deleted.
    if (result.continueCursor !== endCursor && result.pageStatus !== "SplitRequired") {
      result.continueCursor = endCursor;
      result.isDone = endCursor === "_end_cursor";
    }
  }
  if (call?.kind === "query") call.newJournal = JSON.stringify({ endCursor: result.continueCursor });
  return JSON.stringify(result);
}

/** Resolves `CommitTsPlaceholder`s in a mutation result to the commit ts. */
export function substituteCommitTs(value: unknown, ts: bigint): unknown {
  if (value instanceof CommitTsPlaceholder) return ts;
  if (Array.isArray(value)) return value.map((v) => substituteCommitTs(v, ts));
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substituteCommitTs(v, ts)]));
  }
  return value;
}

/** The end cursor a subscription's journal pins, or null for none / unreadable. */
export function parseJournal(journal: string | null | undefined): string | null {
  if (!journal) return null;
  try {
    const parsed = JSON.parse(journal) as { endCursor?: unknown };
    return typeof parsed.endCursor === "string" ? parsed.endCursor : null;
  } catch {
    return null;
  }
}
