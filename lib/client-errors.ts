import { ConvexError } from "convex/values";
import { ERROR_CODES, isAppErrorData, type AppErrorData, type ErrorCode } from "./errors";

/**
 * What the client shows when a Convex call fails. The server puts
 * `{ code, message }` in a ConvexError and writes `message` for a person; any
 * other failure (network, a bug) gets a generic message and never its text,
 * which may hold internals.
 */

/** Used when the server sent a code but an empty message. */
const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  [ERROR_CODES.notSignedIn]: "You are not signed in. Sign in and try again.",
  [ERROR_CODES.noMembership]: "You are not an active member of this practice.",
  [ERROR_CODES.forbidden]: "Your role does not allow this.",
  [ERROR_CODES.notFound]: "That record no longer exists.",
  [ERROR_CODES.invalid]: "Some of the details are not valid. Check them and try again.",
  [ERROR_CODES.conflict]: "That conflicts with a change someone else made. Check and try again.",
  [ERROR_CODES.unavailable]: "This is not available right now. Try again in a moment.",
  [ERROR_CODES.accessNotGranted]: "You need to open access to this record first.",
  [ERROR_CODES.rateLimited]: "Too many requests. Wait a moment and try again.",
  [ERROR_CODES.mfaRequired]: "Sign in again with two-step verification.",
  [ERROR_CODES.emergencyAccessRequired]: "You have no care relationship with this patient. Use emergency access if you must open the chart.",
};

export const GENERIC_ERROR_MESSAGE = "Something went wrong. Check your connection and try again.";

/** The `{ code, message }` the server sent, or null for any other failure. */
export function appErrorOf(err: unknown): AppErrorData | null {
  if (err instanceof ConvexError && isAppErrorData(err.data)) return err.data;
  return null;
}

/** The server's error code, or null when the failure did not come from the app. */
export function errorCodeOf(err: unknown): ErrorCode | null {
  return appErrorOf(err)?.code ?? null;
}

/** A message a person can act on, for any error a Convex call can reject with. */
export function errorMessage(err: unknown, fallback: string = GENERIC_ERROR_MESSAGE): string {
  const data = appErrorOf(err);
  if (data === null) return fallback;
  const message = data.message.trim();
  if (message !== "") return message;
  return DEFAULT_MESSAGES[data.code] ?? fallback;
}
