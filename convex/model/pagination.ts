import { ERROR_CODES } from "../../lib/errors";
import { appError } from "./errors";

/** What a client may send as `paginationOpts` (Convex's `paginationOptsValidator`). */
export interface PageOpts {
  cursor: string | null;
  endCursor?: string | null;
  id?: number;
  maximumRowsRead?: number;
  maximumBytesRead?: number;
}

/**
 * Pages with a cursor from an earlier page. A cursor that is not one (edited,
 * or from another query) is refused as invalid input, not an internal error.
 *
 * @example
 * const page = await paginateChecked(() => query.paginate(paginationOpts), paginationOpts);
 */
export async function paginateChecked<T>(run: () => Promise<T>, opts: PageOpts): Promise<T> {
  const cursors = [opts.cursor, opts.endCursor ?? null].filter((c): c is string => c !== null);
  const invalid = () => appError(ERROR_CODES.invalid, "This page position is not valid. Start again from the first page.");
  if (cursors.some((c) => c.length > 10_000)) throw invalid();
  if (opts.id !== undefined && !Number.isSafeInteger(opts.id)) throw appError(ERROR_CODES.invalid, "A page id is a whole number.");
  for (const limit of [opts.maximumRowsRead, opts.maximumBytesRead]) {
    if (limit !== undefined && !(Number.isSafeInteger(limit) && limit > 0)) throw appError(ERROR_CODES.invalid, "Page limits are positive whole numbers.");
  }
  try {
    return await run();
  } catch (err) {
    if (cursors.length === 0) throw err;
    throw invalid();
  }
}
