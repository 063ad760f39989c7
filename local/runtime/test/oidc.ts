/**
 * A throwaway identity provider for tests: OIDC discovery + JWKS over HTTP,
 * and RS256 token signing (plus a second key pair for forged signatures).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from "jose";

export interface TestIdp {
  issuer: string;
  /** A `data:` URL holding the JWKS (for the customJwt provider). */
  jwksDataUrl: string;
  sign(claims: Record<string, unknown>, opts?: { issuer?: string; audience?: string; expiresIn?: string | number; forged?: boolean; subject?: string }): Promise<string>;
  close(): Promise<void>;
}

export async function startTestIdp(): Promise<TestIdp> {
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  const forger = await generateKeyPair("RS256");
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: "test-key", alg: "RS256", use: "sig" };
  const jwks = JSON.stringify({ keys: [jwk] });
  const server = http.createServer((req, res) => {
    if (req.url === "/.well-known/openid-configuration") {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks` }));
    } else if (req.url === "/jwks") {
      res.writeHead(200, { "content-type": "application/json" }).end(jwks);
    } else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    jwksDataUrl: `data:application/json;base64,${Buffer.from(jwks).toString("base64")}`,
    async sign(claims, opts = {}) {
      const key: CryptoKey = opts.forged ? forger.privateKey : privateKey;
      return new SignJWT({ ...claims })
        .setProtectedHeader({ alg: "RS256", kid: "test-key" })
        .setIssuer(opts.issuer ?? issuer)
        .setAudience(opts.audience ?? "convex")
        .setSubject(opts.subject ?? "user-1")
        .setIssuedAt()
        // A random jti keeps tokens minted in the same second distinct.
        .setJti(randomUUID())
        .setExpirationTime(opts.expiresIn ?? "1h")
        .sign(key);
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
