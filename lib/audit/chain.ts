import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, hexToBytes, utf8ToBytes } from "@noble/hashes/utils.js";

/** The chain starts from this "previous hash" in every practice. */
export const GENESIS_HASH = "0".repeat(64);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Deterministic JSON: object keys sorted, no whitespace, `undefined` fields
 * dropped. Two equal events always serialise to the same bytes.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalise(value));
}

function normalise(value: unknown): Json {
  if (value === null || typeof value === "boolean" || typeof value === "string") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error("canonicalJson: non-finite number");
    return value;
  }
  if (Array.isArray(value)) return value.map(normalise);
  if (typeof value === "object") {
    const out: Record<string, Json> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = normalise(v);
    }
    return out;
  }
  throw new Error(`canonicalJson: unsupported ${typeof value}`);
}

/**
 * Parses the audit key from the deployment's environment: 32+ bytes, given as
 * 64+ hex characters or as base64. Returns null when it is unusable.
 */
export function parseAuditKey(raw: string | undefined): Uint8Array | null {
  if (raw === undefined) return null;
  const value = raw.trim();
  // Anything that looks like hex is read as hex, so a short hex key is refused rather than
  // silently re-read as base64 of a different (and weaker) key.
  if (/^[0-9a-fA-F]+$/.test(value)) return value.length >= 64 && value.length % 2 === 0 ? hexToBytes(value) : null;
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) {
    const bytes = Uint8Array.from(atob(value.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
    return bytes.length >= 32 ? bytes : null;
  }
  return null;
}

/** `hash = HMAC-SHA256(key, prevHash || canonical(event))`, hex. */
export function chainHash(key: Uint8Array, prevHash: string, event: unknown): string {
  return bytesToHex(hmac(sha256, key, utf8ToBytes(prevHash + canonicalJson(event))));
}
