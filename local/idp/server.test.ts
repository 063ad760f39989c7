import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createRemoteJWKSet, decodeJwt, jwtVerify } from "jose";
import { assertNotProduction, startIdp, type RunningIdp } from "./server";
import { loadOrCreateSigningKey } from "./keys";
import { demoUsers } from "../seed/generate";

let dir: string;
let idp: RunningIdp;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "idp-"));
  const key = await loadOrCreateSigningKey(path.join(dir, "keys", "idp.jwk.json"));
  idp = await startIdp({ host: "127.0.0.1", port: 0, key, users: demoUsers() });
});
afterAll(async () => {
  await idp.close();
  await rm(dir, { recursive: true, force: true });
});

const post = (p: string, body: unknown) =>
  fetch(`${idp.issuer}${p}`, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } });

describe("demo identity provider", () => {
  test("serves discovery and a JWKS that verifies its access tokens", async () => {
    const config = (await (await fetch(`${idp.issuer}/.well-known/openid-configuration`)).json()) as { issuer: string; jwks_uri: string };
    expect(config.issuer).toBe(idp.issuer);
    const user = demoUsers()[0]!;
    const res = await post("/session", { subject: user.subject });
    expect(res.status).toBe(200);
    const { sessionToken } = (await res.json()) as { sessionToken: string };
    const { token } = (await (await post("/token", { sessionToken })).json()) as { token: string };
    const { payload } = await jwtVerify(token, createRemoteJWKSet(new URL(config.jwks_uri)), { issuer: idp.issuer, audience: "convex" });
    expect(payload).toMatchObject({ sub: user.subject, email: user.email, email_verified: true });
    expect(payload.exp! - payload.iat!).toBeLessThanOrEqual(600);
    // A session token is not an access token.
    await expect(jwtVerify(sessionToken, createRemoteJWKSet(new URL(config.jwks_uri)), { issuer: idp.issuer, audience: "convex" })).rejects.toThrow();
  });

  test("refreshes access tokens from a session, each with its own jti", async () => {
    const { sessionToken } = (await (await post("/session", { subject: demoUsers()[1]!.subject })).json()) as { sessionToken: string };
    const a = (await (await post("/token", { sessionToken })).json()) as { token: string };
    const b = (await (await post("/token", { sessionToken })).json()) as { token: string };
    expect(decodeJwt(a.token).jti).not.toBe(decodeJwt(b.token).jti);
  });

  test("an ended session (sign-out, idle logoff) gets no more access tokens; other sessions are unaffected", async () => {
    const subject = demoUsers()[2]!.subject;
    const ended = (await (await post("/session", { subject })).json()) as { sessionToken: string };
    const other = (await (await post("/session", { subject })).json()) as { sessionToken: string };
    const first = (await (await post("/token", ended)).json()) as { token: string };
    // Access tokens name their session, so the app can tell a new sign-in from an old session.
    expect(decodeJwt(first.token).sid).toBe(decodeJwt(ended.sessionToken).jti);
    expect(decodeJwt(((await (await post("/token", other)).json()) as { token: string }).token).sid).toBe(decodeJwt(other.sessionToken).jti);
    expect((await post("/session/end", ended)).status).toBe(200);
    expect((await post("/token", ended)).status).toBe(401);
    expect((await post("/token", other)).status).toBe(200);
    expect((await post("/session/end", { sessionToken: "not.a.jwt" })).status).toBe(401);
  });

  test("rejects unknown users and forged sessions", async () => {
    expect((await post("/session", { subject: "demo|nobody@x.example" })).status).toBe(404);
    expect((await post("/token", { sessionToken: "not.a.jwt" })).status).toBe(401);
    expect((await post("/token", {})).status).toBe(400);
  });

  test("keeps its key private on disk and reuses it", async () => {
    const file = path.join(dir, "keys", "idp.jwk.json");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const first = await loadOrCreateSigningKey(file);
    const again = await loadOrCreateSigningKey(file);
    expect(again.kid).toBe(first.kid);
    expect(again.publicJwk.n).toBe(first.publicJwk.n);
  });

  test("refuses to start in production", () => {
    expect(() => assertNotProduction({ NODE_ENV: "production" })).toThrow(/refuses to start/);
    expect(() => assertNotProduction({ NODE_ENV: "development" })).not.toThrow();
  });
});
