import { ConvexError } from "convex/values";
import { ERROR_CODES, type ErrorCode } from "../../lib/errors";

/** An error the person can act on; the client shows `message`. */
export function appError(code: ErrorCode, message: string) {
  return new ConvexError({ code, message });
}

/** What every missing record, and every record of another practice, looks like. */
export function notFound(what = "Record"): never {
  throw appError(ERROR_CODES.notFound, `${what} not found.`);
}
