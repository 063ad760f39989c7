/**
 * Error codes the server puts in `ConvexError({ code, message })`. The client
 * maps them to messages a person can act on; the server never sends stack traces.
 */
export const ERROR_CODES = {
  notSignedIn: "NOT_SIGNED_IN",
  noMembership: "NO_MEMBERSHIP",
  forbidden: "FORBIDDEN",
  notFound: "NOT_FOUND",
  invalid: "INVALID",
  conflict: "CONFLICT",
  unavailable: "UNAVAILABLE",
  accessNotGranted: "ACCESS_NOT_GRANTED",
  rateLimited: "RATE_LIMITED",
  mfaRequired: "MFA_REQUIRED",
  emergencyAccessRequired: "EMERGENCY_ACCESS_REQUIRED",
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

export interface AppErrorData {
  code: ErrorCode;
  message: string;
}

export function isAppErrorData(data: unknown): data is AppErrorData {
  return (
    typeof data === "object" &&
    data !== null &&
    typeof (data as { code?: unknown }).code === "string" &&
    typeof (data as { message?: unknown }).message === "string"
  );
}
