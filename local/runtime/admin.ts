/**
 * Admin-key access (what `npx convex run` and the dashboard use): may call
 * internal functions, optionally acting as a given user identity.
 */
import { timingSafeEqual } from "node:crypto";
import type { JSONValue } from "convex/values";
import type { Identity } from "./engine.js";

function sameKey(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Fills in the fields every identity has, like `t.withIdentity` does. */
function actingAs(attrs: unknown): Identity | null {
  if (attrs === undefined || attrs === null || typeof attrs !== "object") return null;
  const a = attrs as Record<string, JSONValue>;
  const subject = typeof a.subject === "string" ? a.subject : "admin-impersonated";
  const issuer = typeof a.issuer === "string" ? a.issuer : "https://local-convex.invalid";
  const tokenIdentifier = typeof a.tokenIdentifier === "string" ? a.tokenIdentifier : `${issuer}|${subject}`;
  return { ...a, subject, issuer, tokenIdentifier };
}

/**
 * `value` is the admin key, or (HTTP clients' `setAdminAuth(key, identity)`)
 * `key:base64(JSON identity)`. Returns null when the key is wrong or unset.
 */
export function checkAdminAuth(value: string, adminKey: string | null, impersonating?: unknown): { identity: Identity | null } | null {
  if (!adminKey) return null;
  if (sameKey(value, adminKey)) return { identity: actingAs(impersonating) };
  const prefix = `${adminKey}:`;
  if (value.length > prefix.length && sameKey(value.slice(0, prefix.length), prefix)) {
    try {
      const json = Buffer.from(value.slice(prefix.length), "base64").toString("utf8");
      return { identity: actingAs(JSON.parse(json)) };
    } catch {
      return null;
    }
  }
  return null;
}
