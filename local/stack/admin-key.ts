import { randomBytes } from "node:crypto";
import { loadOrCreateSecretFile, newAdminKey } from "../runtime/secret-file";

/** The local runtime's admin key (like a deployment's): lets the stack's own tools call internal functions. */
export function loadOrCreateAdminKey(file: string, envValue = process.env.LOCAL_CONVEX_ADMIN_KEY): Promise<string> {
  return loadOrCreateSecretFile(file, envValue, newAdminKey);
}

/** The audit chain's HMAC key for the offline deployment: 32 random bytes, hex, in a 0600 file. */
export function loadOrCreateAuditKey(file: string, envValue = process.env.AUDIT_HMAC_KEY): Promise<string> {
  return loadOrCreateSecretFile(file, envValue, () => randomBytes(32).toString("hex"));
}
