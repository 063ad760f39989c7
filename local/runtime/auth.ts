/**
 * JWT verification against `convexDir/auth.config.ts`, as a Convex deployment
 * does it: OIDC providers (`domain` + `applicationID`, keys found through
 * `/.well-known/openid-configuration`) and `customJwt` providers (`issuer`,
 * `jwks`, `algorithm`, optional `applicationID`).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createLocalJWKSet, createRemoteJWKSet, decodeJwt, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";
import type { JSONValue } from "convex/values";
import type { Identity } from "./engine.js";

type OidcProvider = { domain: string; applicationID: string };
type CustomJwtProvider = { type: "customJwt"; issuer: string; jwks: string; algorithm: string; applicationID?: string };
type Provider = OidcProvider | CustomJwtProvider;

export class AuthError extends Error {}

export const INVALID_TOKEN_MESSAGE =
  "Could not verify OIDC token claim. Check that the token signature is valid and the token hasn't expired.";

/** OIDC claim → UserIdentity field, per `UserIdentity`'s documentation. */
const CLAIM_TO_FIELD: Record<string, string> = {
  name: "name",
  given_name: "givenName",
  family_name: "familyName",
  nickname: "nickname",
  preferred_username: "preferredUsername",
  profile: "profileUrl",
  picture: "pictureUrl",
  email: "email",
  email_verified: "emailVerified",
  gender: "gender",
  birthdate: "birthday",
  zoneinfo: "timezone",
  locale: "language",
  phone_number: "phoneNumber",
  phone_number_verified: "phoneNumberVerified",
  address: "address",
  updated_at: "updatedAt",
};
const NOT_PASSED_THROUGH = new Set(["iss", "sub", "aud", "exp", "iat", "nbf", "jti"]);

const stripSlash = (s: string) => s.replace(/\/+$/, "");

export function identityFromClaims(claims: JWTPayload): Identity {
  const issuer = String(claims.iss);
  const subject = String(claims.sub);
  const identity: Record<string, JSONValue> = { tokenIdentifier: `${issuer}|${subject}`, subject, issuer };
  for (const [claim, value] of Object.entries(claims)) {
    if (NOT_PASSED_THROUGH.has(claim) || value === undefined) continue;
    const field = CLAIM_TO_FIELD[claim];
    if (field === "address" && typeof value === "object") identity[field] = JSON.stringify(value);
    // UserIdentity.updatedAt is a string; OIDC's updated_at is seconds since epoch.
    else if (field === "updatedAt" && typeof value === "number") identity[field] = new Date(value * 1000).toISOString();
    else identity[field ?? claim] = value as JSONValue;
  }
  return identity as Identity;
}

export interface Verifier {
  /** Verifies a JWT and returns the identity, or throws AuthError. */
  verify(token: string): Promise<{ identity: Identity; expiresAt: number | null }>;
  readonly providerCount: number;
}

export async function loadAuthConfig(convexDir: string): Promise<Provider[]> {
  const file = ["auth.config.ts", "auth.config.js"].map((f) => path.join(convexDir, f)).find((f) => existsSync(f));
  if (!file) return [];
  const mod = (await import(pathToFileURL(file).href)) as { default?: { providers?: Provider[] } };
  return mod.default?.providers ?? [];
}

function dataUrlJwks(url: string): JWTVerifyGetKey {
  const comma = url.indexOf(",");
  const meta = url.slice(5, comma);
  const body = url.slice(comma + 1);
  const text = meta.endsWith(";base64") ? Buffer.from(body, "base64").toString("utf8") : decodeURIComponent(body);
  return createLocalJWKSet(JSON.parse(text) as Parameters<typeof createLocalJWKSet>[0]);
}

export function createVerifier(providers: Provider[], opts: { fetchImpl?: typeof fetch } = {}): Verifier {
  const fetchImpl = opts.fetchImpl ?? fetch;
  const keySets = new Map<Provider, Promise<JWTVerifyGetKey>>();

  function keysFor(p: Provider): Promise<JWTVerifyGetKey> {
    let keys = keySets.get(p);
    if (!keys) {
      keys = (async () => {
        if ("type" in p && p.type === "customJwt") {
          return p.jwks.startsWith("data:") ? dataUrlJwks(p.jwks) : createRemoteJWKSet(new URL(p.jwks));
        }
        const oidc = p as OidcProvider;
        const res = await fetchImpl(`${stripSlash(oidc.domain)}/.well-known/openid-configuration`);
        if (!res.ok) throw new Error(`OIDC discovery failed with HTTP ${res.status}`);
        const { jwks_uri } = (await res.json()) as { jwks_uri?: string };
        if (!jwks_uri) throw new Error("OIDC discovery document has no jwks_uri");
        return createRemoteJWKSet(new URL(jwks_uri));
      })();
      // A provider that is down now may be up on the next attempt.
      keys.catch(() => keySets.delete(p));
      keySets.set(p, keys);
    }
    return keys;
  }

  function issuerOf(p: Provider): string {
    return "type" in p && p.type === "customJwt" ? p.issuer : (p as OidcProvider).domain;
  }

  return {
    providerCount: providers.length,
    async verify(token) {
      let unverified: JWTPayload;
      try {
        unverified = decodeJwt(token);
      } catch {
        throw new AuthError("Could not parse JWT payload. Check that the token is a valid JWT format.");
      }
      const iss = typeof unverified.iss === "string" ? stripSlash(unverified.iss) : undefined;
      const auds = unverified.aud === undefined ? [] : Array.isArray(unverified.aud) ? unverified.aud : [unverified.aud];
      const candidates = providers.filter(
        (p) => stripSlash(issuerOf(p)) === iss && (p.applicationID === undefined || auds.includes(p.applicationID)),
      );
      if (candidates.length === 0) {
        throw new AuthError(
          `No auth provider found matching the given token. Check that your JWT's issuer and audience match one of your configured providers: [${providers
            .map((p) => `${issuerOf(p)}${p.applicationID ? ` (applicationID ${p.applicationID})` : ""}`)
            .join(", ")}]`,
        );
      }
      for (const p of candidates) {
        let keys: JWTVerifyGetKey;
        try {
          keys = await keysFor(p);
        } catch {
          throw new AuthError(`Could not fetch the signing keys of auth provider ${issuerOf(p)}`);
        }
        const issuer = stripSlash(issuerOf(p));
        try {
          const { payload } = await jwtVerify(token, keys, {
            issuer: [issuer, `${issuer}/`],
            audience: p.applicationID,
            algorithms: "type" in p && p.type === "customJwt" ? [p.algorithm] : undefined,
            requiredClaims: ["sub"],
          });
          return { identity: identityFromClaims(payload), expiresAt: typeof payload.exp === "number" ? payload.exp * 1000 : null };
        } catch {
          // Try the next matching provider; report the generic message below.
        }
      }
      throw new AuthError(INVALID_TOKEN_MESSAGE);
    },
  };
}

export async function loadVerifier(convexDir: string): Promise<Verifier> {
  return createVerifier(await loadAuthConfig(convexDir));
}
