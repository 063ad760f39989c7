import http from "node:http";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ConvexError } from "convex/values";
import { fetchMutation, fetchQuery } from "convex/nextjs";
import type { ConvexHttpClient } from "convex/browser";
import { ADMIN_KEY, httpClient, startTestRuntime, type TestRuntime } from "./test/harness.js";

const fn = (name: string) => name as never;
const args = (a: Record<string, unknown>) => a as never;
/** Methods the Convex CLI and dashboard use; marked internal in the client's types. */
type AdminHttpClient = ConvexHttpClient & {
  setAdminAuth(key: string, actingAs?: Record<string, unknown>): void;
  function(name: string, componentPath: string | undefined, args: never): Promise<unknown>;
};
const adminClient = (url: string) => httpClient(url) as AdminHttpClient;

describe("HTTP API with ConvexHttpClient and convex/nextjs", () => {
  let rt: TestRuntime;
  beforeAll(async () => {
    rt = await startTestRuntime();
  });
  afterAll(async () => {
    await rt.close();
  });

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${rt.url}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });

  test("query, mutation and action", async () => {
    const h = httpClient(rt.url);
    const id = await h.mutation(fn("messages:send"), args({ body: "over http" }));
    expect(await h.query(fn("messages:list"), args({}))).toContainEqual({ _id: id, body: "over http", author: null, n: null });
    expect(await h.action(fn("messages:sendViaAction"), args({ body: "via action" }))).toMatch(/\/2$/);
  });

  test("convex/nextjs fetchQuery and fetchMutation", async () => {
    const id = await fetchMutation(fn("messages:send"), args({ body: "next" }), { url: rt.url });
    const rows = (await fetchQuery(fn("messages:list"), args({}), { url: rt.url })) as Array<{ _id: string }>;
    expect(rows.map((r) => r._id)).toContain(id);
  });

  test("wire format: 200 success, 560 function error with errorData, no stack", async () => {
    const ok = await post("/api/query", { path: "messages:count", format: "convex_encoded_json", args: [{}] });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ status: "success", logLines: [] });

    const refused = await post("/api/mutation", { path: "messages:refuse", format: "convex_encoded_json", args: [{}] });
    expect(refused.status).toBe(560);
    const body = (await refused.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: "error", errorData: { code: "NOT_ALLOWED", message: "You may not do that" }, logLines: [] });

    const crashed = await post("/api/mutation", { path: "messages:crash", format: "convex_encoded_json", args: [{ body: "Jane Doe" }] });
    const text = await crashed.text();
    expect(crashed.status).toBe(560);
    expect(text).toMatch(/Server Error/);
    expect(text).not.toMatch(/Jane|broken|at handler|\.ts:/);

    const h = httpClient(rt.url);
    const e = await h.mutation(fn("messages:refuse"), args({})).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ConvexError);
  });

  test("/api/function runs any public function with unwrapped args", async () => {
    const res = await post("/api/function", { path: "messages:send", args: { body: "fn" }, format: "convex_encoded_json" });
    expect(res.status).toBe(200);
    const h = adminClient(rt.url);
    expect(await h.function("messages:count", undefined, args({}))).toBeGreaterThan(0);
  });

  test("internal functions: not found for users, callable with the admin key", async () => {
    const anon = httpClient(rt.url);
    await expect(anon.query(fn("messages:secretCount"), args({}))).rejects.toThrow(/Could not find public function for 'messages:secretCount'/);
    const admin = adminClient(rt.url);
    admin.setAdminAuth(ADMIN_KEY);
    expect(typeof (await admin.query(fn("messages:secretCount"), args({})))).toBe("number");
    await admin.mutation(fn("messages:secretInsert"), args({ body: "admin" }));
    admin.setAdminAuth(ADMIN_KEY, { subject: "acting-user", issuer: "https://i" });
    expect(await admin.query(fn("messages:whoami"), args({}))).toMatchObject({ subject: "acting-user", tokenIdentifier: "https://i|acting-user" });
    const wrong = adminClient(rt.url);
    wrong.setAdminAuth("not-the-key");
    await expect(wrong.query(fn("messages:count"), args({}))).rejects.toThrow(/admin key was invalid/);
  });

  test("malformed requests get 400 with a clear message", async () => {
    const cases: Array<[unknown, RegExp]> = [
      ["{not json", /must be JSON/],
      [{ args: [{}] }, /path/],
      [{ path: "messages:count", args: {} }, /one-element array/],
      [{ path: "messages:count", args: [[1]] }, /must be an object/],
      [{ path: "messages:count", format: "xml", args: [{}] }, /Unsupported format/],
    ];
    for (const [body, message] of cases) {
      const res = await post("/api/query", body);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { message: string }).message).toMatch(message);
    }
    expect((await fetch(`${rt.url}/api/nothing`, { method: "POST" })).status).toBe(404);
    expect((await fetch(`${rt.url}/api/query`)).status).toBe(405);
  });

  test("CORS for browsers on other localhost origins", async () => {
    const pre = await fetch(`${rt.url}/api/query`, {
      method: "OPTIONS",
      headers: { origin: "http://localhost:3000", "access-control-request-method": "POST", "access-control-request-headers": "content-type,authorization,convex-client" },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBe("http://localhost:3000");
    expect(pre.headers.get("access-control-allow-headers")).toMatch(/Authorization/);
    const foreign = await fetch(`${rt.url}/api/query`, { method: "OPTIONS", headers: { origin: "https://evil.example" } });
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
  });

  test("foreign pages cannot reach the runtime through WebSocket origins or DNS rebinding", async () => {
    const wsUrl = `${rt.url.replace("http", "ws")}/api/1.48.0/sync`;
    const status = (origin?: string) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(wsUrl, origin ? { origin } : {});
        ws.once("open", () => (ws.close(), resolve(101)));
        ws.once("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
        ws.once("error", () => resolve(-1));
      });
    expect(await status()).toBe(101);
    expect(await status("http://localhost:3000")).toBe(101);
    expect(await status("https://evil.example")).toBe(403);

    const rebound = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${rt.url}/api/query`, { method: "POST", headers: { host: "evil.example:3210", "content-type": "application/json" } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.end(JSON.stringify({ path: "messages:count", args: [{}] }));
    });
    expect(rebound).toBe(403);
  });

  test("health endpoints", async () => {
    expect((await fetch(`${rt.url}/version`)).status).toBe(200);
    expect(await (await fetch(`${rt.url}/instance_name`)).text()).toBe("local");
  });

  test("HTTP actions from convex/http.ts on the site port", async () => {
    const hello = await fetch(`${rt.siteUrl}/hello?name=clinic`);
    expect(hello.status).toBe(200);
    expect(hello.headers.get("x-fixture")).toBe("1");
    expect(await hello.text()).toBe("hello clinic");
    const created = await fetch(`${rt.siteUrl}/messages`, { method: "POST", body: JSON.stringify({ body: "from http action" }) });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const rows = (await httpClient(rt.url).query(fn("messages:list"), args({}))) as Array<{ _id: string }>;
    expect(rows.map((r) => r._id)).toContain(id);
    expect((await fetch(`${rt.siteUrl}/missing`)).status).toBe(404);
  });
});
