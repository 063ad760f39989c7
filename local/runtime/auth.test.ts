import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { ConvexClient } from "convex/browser";
import { identityFromClaims } from "./auth.js";
import { httpClient, nextValue, startTestRuntime, wsClient, type TestRuntime } from "./test/harness.js";
import { startTestIdp, type TestIdp } from "./test/oidc.js";

const fn = (name: string) => name as never;
const noArgs = {} as never;
type Who = { tokenIdentifier: string; subject: string; issuer: string; [k: string]: unknown } | null;

describe("auth against auth.config.ts providers", () => {
  let idp: TestIdp;
  let rt: TestRuntime;
  const clients: ConvexClient[] = [];
  const client = () => {
    const c = wsClient(rt.url);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    idp = await startTestIdp();
    // Read by the fixture's auth.config.ts when the runtime loads it.
    process.env.FIXTURE_OIDC_ISSUER = idp.issuer;
    process.env.FIXTURE_CUSTOM_JWKS = idp.jwksDataUrl;
    rt = await startTestRuntime();
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await rt.close();
    await idp.close();
  });

  /** setAuth with a token source; resolves with the first onChange value. */
  function signIn(c: ConvexClient, tokens: () => Promise<string | null>): Promise<boolean> {
    return new Promise((resolve) => c.setAuth(tokens, (ok) => resolve(ok)));
  }

  test("a valid OIDC token gives the identity Convex derives from its claims", async () => {
    const c = client();
    const token = await idp.sign({ email: "dr@example.test", name: "Dr A", given_name: "A", family_name: "Doc", email_verified: true, org_role: "physician" }, { subject: "user-7" });
    expect(await signIn(c, async () => token)).toBe(true);
    const who = await nextValue<Who>(c, "messages:whoami", {}, (v) => v !== null);
    expect(who).toEqual({
      tokenIdentifier: `${idp.issuer}|user-7`,
      subject: "user-7",
      issuer: idp.issuer,
      email: "dr@example.test",
      name: "Dr A",
      givenName: "A",
      familyName: "Doc",
      emailVerified: true,
      org_role: "physician",
    });
    // Mutations run as that identity too.
    const id = await c.mutation(fn("messages:send"), { body: "signed" } as never);
    const rows = (await c.query(fn("messages:list"), noArgs)) as Array<{ _id: string; author: string }>;
    expect(rows.find((r) => r._id === id)?.author).toBe("user-7");
  });

  test("customJwt providers (issuer, data: JWKS, algorithm, applicationID) work", async () => {
    const c = client();
    const token = await idp.sign({}, { issuer: "https://custom-issuer.test", audience: "custom-app", subject: "svc" });
    expect(await signIn(c, async () => token)).toBe(true);
    const who = await nextValue<Who>(c, "messages:whoami", {}, (v) => v !== null);
    expect(who?.tokenIdentifier).toBe("https://custom-issuer.test|svc");
  });

  const bad: Array<[string, () => Promise<string>]> = [
    ["wrong issuer", () => idp.sign({}, { issuer: "https://evil.test" })],
    ["wrong audience", () => idp.sign({}, { audience: "someone-else" })],
    ["bad signature", () => idp.sign({}, { forged: true })],
    ["expired", () => idp.sign({}, { expiresIn: Math.floor(Date.now() / 1000) - 60 })],
    ["not a JWT", async () => "not-a-jwt"],
  ];

  test.each(bad)("rejects a token with %s over WebSocket and HTTP", async (_label, make) => {
    const token = await make();
    const c = client();
    let fetches = 0;
    expect(
      await signIn(c, async () => {
        fetches += 1;
        return token;
      }),
    ).toBe(false);
    expect(fetches).toBeGreaterThanOrEqual(2); // the client retried with a fresh token
    expect(await c.query(fn("messages:whoami"), noArgs)).toBeNull();

    const h = httpClient(rt.url);
    h.setAuth(token);
    await expect(h.query(fn("messages:whoami"), noArgs)).rejects.toThrow(/Unauthenticated|Could not|No auth provider/);
  });

  test("HTTP clients authenticate with a bearer token", async () => {
    const h = httpClient(rt.url);
    h.setAuth(await idp.sign({ name: "H" }, { subject: "http-user" }));
    expect(((await h.query(fn("messages:whoami"), noArgs)) as Who)?.subject).toBe("http-user");
  });

  test("HTTP actions see the bearer token's identity; a bad token gets 401", async () => {
    const post = (token: string) =>
      fetch(`${rt.siteUrl}/messages`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: JSON.stringify({ body: "site" }) });
    const ok = await post(await idp.sign({}, { subject: "site-user" }));
    expect(ok.status).toBe(201);
    expect(((await ok.json()) as { subject: string }).subject).toBe("site-user");
    const bad = await post(await idp.sign({}, { forged: true }));
    expect(bad.status).toBe(401);
  });

  test("the client refreshes short-lived tokens and the server accepts each one", async () => {
    const c = client();
    let n = 0;
    const tokens = async () => {
      n += 1;
      // Lifetime 12 s with the client's 10 s leeway: a refresh every ~2 s.
      return idp.sign({ name: `gen-${n}` }, { subject: "refresher", expiresIn: "12s" });
    };
    expect(await signIn(c, tokens)).toBe(true);
    const who = await nextValue<Who>(c, "messages:whoami", {}, (v) => typeof v?.name === "string" && Number(String(v.name).slice(4)) >= 3, 15_000);
    expect(who?.subject).toBe("refresher");
    expect(n).toBeGreaterThanOrEqual(3);
  });

  test("claims map like Convex's UserIdentity", () => {
    expect(
      identityFromClaims({ iss: "https://i", sub: "s", aud: "a", exp: 1, iat: 1, picture: "p", phone_number: "1", updated_at: 0, nickname: "n", custom: { a: 1 } }),
    ).toEqual({ tokenIdentifier: "https://i|s", subject: "s", issuer: "https://i", pictureUrl: "p", phoneNumber: "1", updatedAt: "1970-01-01T00:00:00.000Z", nickname: "n", custom: { a: 1 } });
  });
});
