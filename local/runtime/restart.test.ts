import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, test } from "vitest";
import type { ConvexClient } from "convex/browser";
import type { RuntimeStore } from "./store-contract.js";
import { freePort, httpClient, nextValue, REAL_STORE_PRESENT, startTestRuntime, waitFor, wsClient, type TestRuntime } from "./test/harness.js";
import { MemoryDisk, openMemoryStore } from "./test/memory-store.js";

const fn = (name: string) => name as never;
const args = (a: Record<string, unknown>) => a as never;
type Row = { _id: string; body: string };

/** Opens stores on one "disk": the in-memory fake, and the real store when it exists. */
interface Backing {
  name: string;
  open(): Promise<RuntimeStore>;
  cleanup(): Promise<void>;
}

function memoryBacking(): Backing {
  const disk = new MemoryDisk();
  return { name: "memory", open: async () => openMemoryStore(disk, { snapshotEvery: 7 }), cleanup: async () => {} };
}

async function realBacking(): Promise<Backing> {
  const { openStore } = await import("./store/index.js");
  const dir = await mkdtemp(path.join(tmpdir(), "local-convex-restart-"));
  const key = randomBytes(32);
  return { name: "real", open: () => openStore({ dataDir: dir, key, snapshotEvery: 7 }), cleanup: () => rm(dir, { recursive: true, force: true }) };
}

const backings: Array<[string, () => Promise<Backing>]> = [["memory store", async () => memoryBacking()]];
if (REAL_STORE_PRESENT) backings.push(["real store", realBacking]);

describe.each(backings)("restarts (%s)", (_name, makeBacking) => {
  let backing: Backing;
  let rt: TestRuntime | null = null;
  const clients: ConvexClient[] = [];

  async function start(port?: number): Promise<TestRuntime> {
    rt = await startTestRuntime({ store: await backing.open(), port });
    return rt;
  }
  async function stop(): Promise<void> {
    if (!rt) return;
    await rt.close();
    await rt.store.close();
    rt = null;
  }
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await stop();
    await backing?.cleanup();
  });

  test("documents, ids and creation times survive a restart (across snapshots)", async () => {
    backing = await makeBacking();
    const first = await start();
    const h = httpClient(first.url);
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push((await h.mutation(fn("messages:send"), args({ body: `b${i}`, n: i }))) as string);
    await h.mutation(fn("messages:remove"), args({ id: ids[3] }));
    const before = (await h.query(fn("messages:list"), args({}))) as Row[];
    await stop();

    const second = await start();
    const h2 = httpClient(second.url);
    expect(await h2.query(fn("messages:list"), args({}))).toEqual(before);
    const next = (await h2.mutation(fn("messages:send"), args({ body: "after" }))) as string;
    expect(ids).not.toContain(next);
    const rows = (await h2.query(fn("messages:list"), args({}))) as Row[];
    expect(rows.at(-1)?._id).toBe(next); // creation order continues after the restored rows
  });

  test("clients reconnect to a restarted runtime with no lost and no duplicated mutation", async () => {
    backing = await makeBacking();
    const port = await freePort();
    await start(port);
    const c = wsClient(rt!.url);
    clients.push(c);
    await c.query(fn("messages:count"), args({}));
    const pending = Array.from({ length: 40 }, (_, i) => c.mutation(fn("messages:send"), args({ body: `burst-${i}` })) as Promise<string>);
    await Promise.race(pending);
    await stop(); // mid-burst: some answered, some committed but unanswered, some never run
    await start(port);
    const ids = await Promise.all(pending);
    const rows = await nextValue<Row[]>(c, "messages:list", {}, (v) => v.length >= 40);
    expect(rows).toHaveLength(40);
    expect(new Set(rows.map((r) => r.body)).size).toBe(40);
    expect(rows.map((r) => r._id).sort()).toEqual([...ids].sort());
  });

  test("a scheduled function pending at shutdown runs once after the restart", async () => {
    backing = await makeBacking();
    const first = await start();
    await httpClient(first.url).mutation(fn("messages:sendLater"), args({ body: "later", delayMs: 800 }));
    await stop();
    const second = await start();
    const h = httpClient(second.url);
    const rows = await waitFor(() => h.query(fn("messages:list"), args({})) as Promise<Row[]>, (r) => r.some((x) => x.body === "later"));
    await new Promise((r) => setTimeout(r, 1200)); // the old runtime's timer must not run it again
    expect(((await h.query(fn("messages:list"), args({}))) as Row[]).filter((x) => x.body === "later")).toHaveLength(1);
    expect(rows.filter((x) => x.body === "later")).toHaveLength(1);
    expect(await h.query(fn("messages:jobs"), args({}))).toEqual([{ name: "messages:secretInsert", state: "success" }]);
  });
});

test("a scheduled function that was running when the runtime died is marked failed, not re-run", async () => {
  const disk = new MemoryDisk();
  let rt = await startTestRuntime({ disk });
  await httpClient(rt.url).mutation(fn("messages:sendLater"), args({ body: "interrupted", delayMs: 60_000 }));
  await rt.close();
  // Simulate a crash mid-run: the job's last durable state is inProgress.
  const [id, job] = [...openMemoryStore(disk).state.documents].find(([k]) => k.endsWith("_scheduled_functions"))!;
  const last = disk.records.at(-1)!;
  disk.records.push({ ...last, ts: (BigInt(last.ts) + 1n).toString(), writes: [[id, { ...(job as object), state: { kind: "inProgress" } }]] });
  rt = await startTestRuntime({ disk });
  const h = httpClient(rt.url);
  expect(await h.query(fn("messages:jobs"), args({}))).toEqual([{ name: "messages:secretInsert", state: "failed" }]);
  expect(rt.logLines.some((l) => l.includes("marked failed"))).toBe(true);
  await rt.close();
});
