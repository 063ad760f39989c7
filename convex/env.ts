/**
 * The deployment's environment, read in one place. On Convex these are set with
 * `npx convex env set`; the offline runtime gets them from `npm run dev`.
 */
import { parseAuditKey } from "../lib/audit/chain";

/** The audit chain's HMAC key, kept outside the database. Null when not configured. */
export function auditKey(): Uint8Array | null {
  return parseAuditKey(process.env.AUDIT_HMAC_KEY);
}

/** Issuer whose sessions must show a completed second factor (Clerk in production). */
export function mfaRequiredIssuer(): string | null {
  const domain = process.env.CLERK_JWT_ISSUER_DOMAIN;
  return domain === undefined || domain === "" ? null : domain.replace(/\/+$/, "");
}

/**
 * End-to-end test hooks (convex/testing.ts): only when the deployment is
 * started with PRACTICE_TEST_HOOKS=1, which the Playwright stack does and
 * nothing else should.
 */
export function testHooksEnabled(): boolean {
  return process.env.PRACTICE_TEST_HOOKS === "1";
}
