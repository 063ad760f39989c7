/**
 * The durability promise end to end: a runtime process killed with SIGKILL
 * during a burst of mutations loses no acknowledged write, and clients that
 * reconnect to its successor neither lose nor duplicate their mutations.
 * Needs the real store (local/runtime/store), which is what `main.ts` uses.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { ConvexClient } from "convex/browser";
import { FIXTURE_DIR, freePort, httpClient, REAL_STORE_PRESENT, REPO_ROOT, wsClient } from "./test/harness.js";

const fn = (name: string) => name as never;
type Row = { _id: string; body: string };

function startChild(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "local/runtime/main.ts"], { cwd: REPO_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`runtime did not start:\n${out}`)), 30_000);
    const check = () => {
      if (out.includes("Convex URL")) {
        clearTimeout(timer);
        resolve({ child, output: () => out });
      }
    };
    child.stdout!.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`runtime exited with ${code}:\n${out}`));
    });
  });
}

describe.skipIf(!REAL_STORE_PRESENT)("kill -9 during a burst of mutations", () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let url: string;
  const children: ChildProcess[] = [];
  const clients: ConvexClient[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "local-convex-kill9-"));
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    env = {
      ...process.env,
      LOCAL_CONVEX_DIR: FIXTURE_DIR,
      LOCAL_CONVEX_DATA_DIR: path.join(dir, "data"),
      LOCAL_CONVEX_DATA_KEY: randomBytes(32).toString("base64"),
      LOCAL_CONVEX_ADMIN_KEY: "kill9-admin",
      LOCAL_CONVEX_PORT: String(port),
      LOCAL_CONVEX_SITE_PORT: "0",
    };
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
    await rm(dir, { recursive: true, force: true });
  });

  test("no acknowledged write is lost; replays are neither lost nor duplicated", { timeout: 120_000 }, async () => {
    const first = await startChild(env);
    children.push(first.child);

    const ws = [wsClient(url), wsClient(url), wsClient(url)];
    clients.push(...ws);
    const acked = new Map<string, string>(); // body -> id, acknowledged to the caller
    let killed = false;
    const ackedBeforeKill = new Set<string>();
    const note = (body: string, id: string) => {
      acked.set(body, id);
      if (!killed) ackedBeforeKill.add(body);
    };

    const wsCalls = ws.flatMap((c, i) =>
      Array.from({ length: 120 }, (_, j) => {
        const body = `ws-${i}-${j}`;
        return (c.mutation(fn("messages:send"), { body } as never) as Promise<string>).then((id) => note(body, id));
      }),
    );
    // HTTP callers have no replay: a call cut off by the kill is simply not acknowledged.
    const h = httpClient(url);
    const httpLoop = (async () => {
      for (let j = 0; !killed; j++) {
        const body = `http-${j}`;
        await h.mutation(fn("messages:send"), { body } as never).then((id) => note(body, id as string), () => undefined);
      }
    })();

    while (ackedBeforeKill.size < 60) await new Promise((r) => setTimeout(r, 5));
    first.child.kill("SIGKILL");
    killed = true;
    await new Promise((r) => first.child.once("exit", r));
    await httpLoop;
    expect(ackedBeforeKill.size).toBeGreaterThanOrEqual(60);

    const second = await startChild(env);
    children.push(second.child);
    await Promise.all(wsCalls); // every WebSocket mutation completes after reconnecting

    const rows = (await httpClient(url).query(fn("messages:list"), {} as never)) as Row[];
    const byBody = new Map<string, string[]>();
    for (const r of rows) byBody.set(r.body, [...(byBody.get(r.body) ?? []), r._id]);
    for (const [body, id] of acked) expect(byBody.get(body), body).toEqual([id]);
    for (const [body, ids] of byBody) expect(ids, `duplicate ${body}`).toHaveLength(1);
    expect(rows.filter((r) => r.body.startsWith("ws-"))).toHaveLength(360);

    second.child.kill("SIGTERM");
    expect(await new Promise((r) => second.child.once("exit", r))).toBe(0);
    // Nothing a function saw is printed by the runtime.
    expect(first.output() + second.output()).not.toMatch(/ws-\d|http-\d/);
  });
});
