import { afterEach, beforeEach, describe, expect, test } from "vitest";
import WebSocket from "ws";
import { ConvexError } from "convex/values";
import type { ConvexClient } from "convex/browser";
import { httpClient, nextValue, startTestRuntime, wsClient, type TestRuntime } from "./test/harness.js";

type Msg = { _id: string; body: string; author: string | null; n: number | null };
const fn = (name: string) => name as never;
const args = (a: Record<string, unknown>) => a as never;

describe("sync protocol with the official ConvexClient", () => {
  let rt: TestRuntime;
  const clients: ConvexClient[] = [];
  const client = () => {
    const c = wsClient(rt.url);
    clients.push(c);
    return c;
  };
  beforeEach(async () => {
    rt = await startTestRuntime();
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await rt.close();
  });

  test("a subscription sees another client's mutation", async () => {
    const a = client();
    const b = client();
    expect(await a.query(fn("messages:list"), args({}))).toEqual([]);
    const seen = nextValue<Msg[]>(a, "messages:list", {}, (v) => v.length === 1);
    const id = await b.mutation(fn("messages:send"), args({ body: "hi" }));
    expect(typeof id).toBe("string");
    expect((await seen)[0]).toMatchObject({ _id: id, body: "hi" });
  });

  test("mutations resolve whether or not they wrote, with results visible right after", async () => {
    const a = client();
    expect(await a.mutation(fn("messages:noop"), args({}))).toBe("nothing written");
    await a.mutation(fn("messages:send"), args({ body: "x" }));
    expect(await a.query(fn("messages:count"), args({}))).toBe(1);
    expect(await httpClient(rt.url).query(fn("messages:count"), args({}))).toBe(1);
  });

  test("one client's mutations run in order; concurrent clients converge", async () => {
    const cs = [client(), client(), client()];
    await Promise.all(
      cs.flatMap((c, i) => Array.from({ length: 20 }, (_, j) => c.mutation(fn("messages:send"), args({ body: `${i}-${j}`, n: i * 100 + j })))),
    );
    const rows = await nextValue<Msg[]>(cs[0]!, "messages:list", {}, (v) => v.length === 60);
    for (let i = 0; i < 3; i++) {
      const mine = rows.filter((r) => r.body.startsWith(`${i}-`)).map((r) => r.n);
      expect(mine).toEqual([...mine].sort((x, y) => x! - y!));
    }
  });

  test("a commit re-runs only the subscriptions that read a table it wrote", async () => {
    const runs = new Map<string, number>();
    const original = rt.engine.runQuery.bind(rt.engine);
    rt.engine.runQuery = (path, ...rest) => {
      runs.set(path, (runs.get(path) ?? 0) + 1);
      return original(path, ...rest);
    };
    const a = client();
    await nextValue<Msg[]>(a, "messages:list", {}, () => true);
    const ticks = await nextValue<number>(a, "messages:tickCount", {}, () => true);
    const listRuns = runs.get("messages:list");
    // The fixture's cron writes `ticks` every second.
    expect(await nextValue<number>(a, "messages:tickCount", {}, (n) => n >= ticks + 2, 5000)).toBeGreaterThanOrEqual(ticks + 2);
    expect(runs.get("messages:list")).toBe(listRuns);
    await a.mutation(fn("messages:send"), args({ body: "y" }));
    expect(await nextValue<Msg[]>(a, "messages:list", {}, (v) => v.length === 1)).toHaveLength(1);
    expect(runs.get("messages:list")).toBeGreaterThan(listRuns!);
  });

  test("internal functions are not found by clients", async () => {
    const a = client();
    await expect(a.query(fn("messages:secretCount"), args({}))).rejects.toThrow(/Could not find public function for 'messages:secretCount'/);
    await expect(a.mutation(fn("messages:secretInsert"), args({ body: "x" }))).rejects.toThrow(/Could not find public function/);
    await expect(a.mutation(fn("nope:missing"), args({}))).rejects.toThrow(/Could not find public function for 'nope:missing'/);
    await expect(a.mutation(fn("messages:list"), args({}))).rejects.toThrow(/as Mutation, but it is defined as Query/);
  });

  test("ConvexError data reaches the client; plain errors leak no message or stack", async () => {
    const a = client();
    const refused = await a.mutation(fn("messages:refuse"), args({})).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ConvexError);
    expect((refused as ConvexError<{ code: string }>).data).toEqual({ code: "NOT_ALLOWED", message: "You may not do that" });

    const crashed = (await a.mutation(fn("messages:crash"), args({ body: "Jane Doe" })).catch((e: unknown) => e)) as Error;
    expect(crashed).toBeInstanceOf(Error);
    expect(crashed).not.toBeInstanceOf(ConvexError);
    expect(crashed.message).toMatch(/\[Request ID: [0-9a-f]+\] Server Error/);
    expect(crashed.message).not.toMatch(/Jane Doe|broken|messages\.ts|at handler/);
    // The failed mutation's insert was rolled back.
    expect(await a.query(fn("messages:count"), args({}))).toBe(0);

    const queryError = (await a.query(fn("messages:crashingQuery"), args({ body: "Jane Doe" })).catch((e: unknown) => e)) as Error;
    expect(queryError.message).toMatch(/Server Error/);
    expect(queryError.message).not.toMatch(/Jane Doe/);
    // Nothing the functions saw reaches the runtime's log either.
    expect(rt.logLines.join("\n")).not.toMatch(/Jane Doe|broken|cannot show/);
    expect(rt.logLines.some((l) => l.includes("messages:crash failed: Error"))).toBe(true);
  });

  test("actions call mutations and internal queries", async () => {
    const a = client();
    const result = (await a.action(fn("messages:sendViaAction"), args({ body: "from action" }))) as string;
    expect(result).toMatch(/^\w+\/1$/);
    await expect(a.action(fn("messages:list"), args({}))).rejects.toThrow(/as Action, but it is defined as Query/);
  });

  test("a replayed mutation (same session and request id) is answered without running again", async () => {
    const url = rt.url.replace("http", "ws") + "/api/1.48.0/sync";
    const sessionId = "00000000-0000-4000-8000-000000000001";
    const mutation = { type: "Mutation", requestId: 0, udfPath: "messages:send", args: [{ body: "once" }] };
    const exchange = async (connectionCount: number) => {
      const ws = new WebSocket(url);
      const responses: Array<Record<string, unknown>> = [];
      ws.on("message", (d) => {
        const m = JSON.parse(d.toString()) as Record<string, unknown>;
        if (m.type === "MutationResponse") responses.push(m);
      });
      await new Promise((r) => ws.once("open", r));
      ws.send(JSON.stringify({ type: "Connect", sessionId, connectionCount, lastCloseReason: null, clientTs: Date.now() }));
      ws.send(JSON.stringify(mutation));
      while (responses.length === 0) await new Promise((r) => setTimeout(r, 10));
      ws.close();
      return responses[0]!;
    };
    const first = await exchange(0);
    const replay = await exchange(1);
    expect(first.success).toBe(true);
    expect(replay).toEqual(first);
    expect(await httpClient(rt.url).query(fn("messages:count"), args({}))).toBe(1);
  });
});
