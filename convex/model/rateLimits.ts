import { defineRateLimits } from "convex-helpers/server/rateLimit";
import { ERROR_CODES } from "../../lib/errors";
import type { DatabaseWriter } from "../_generated/server";
import { appError } from "./errors";

const MINUTE = 60_000;

/**
 * Limits on sensitive operations, each per member and per practice. Token
 * buckets: a burst up to `capacity`, then `rate` per `period`.
 */
const LIMITS = {
  // Every full page load re-runs sign-in (it links new memberships), so allow brisk navigation.
  signInMember: { kind: "token bucket", rate: 30, period: MINUTE, capacity: 30 },
  grantMember: { kind: "token bucket", rate: 60, period: MINUTE, capacity: 30 },
  grantPractice: { kind: "token bucket", rate: 1200, period: MINUTE, capacity: 300 },
  membersMember: { kind: "token bucket", rate: 30, period: MINUTE, capacity: 20 },
  settingsMember: { kind: "token bucket", rate: 60, period: MINUTE, capacity: 40 },
  searchMember: { kind: "token bucket", rate: 60, period: MINUTE, capacity: 30 },
  registerMember: { kind: "token bucket", rate: 20, period: MINUTE, capacity: 10 },
  registerPractice: { kind: "token bucket", rate: 120, period: MINUTE, capacity: 60 },
  reviewMember: { kind: "token bucket", rate: 120, period: MINUTE, capacity: 60 },
  exportMember: { kind: "token bucket", rate: 5, period: MINUTE, capacity: 5 },
  aiMember: { kind: "token bucket", rate: 10, period: MINUTE, capacity: 5 },
  aiPractice: { kind: "token bucket", rate: 120, period: MINUTE, capacity: 60 },
} as const;

const limits = defineRateLimits(LIMITS);

export type RateLimitName = keyof typeof LIMITS;

/** Consumes one token or throws a ConvexError saying when to try again. */
export async function enforceRateLimit(db: DatabaseWriter, name: RateLimitName, key: string) {
  const status = await limits.rateLimit({ db }, { name, key });
  if (!status.ok) {
    const seconds = Math.max(1, Math.ceil(((status.retryAt ?? Date.now() + 1000) - Date.now()) / 1000));
    throw appError(ERROR_CODES.rateLimited, `Too many requests. Try again in ${seconds} s.`);
  }
}
