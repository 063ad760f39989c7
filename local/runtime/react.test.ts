/**
 * The official React bindings (ConvexReactClient, useQuery, usePaginatedQuery,
 * useMutation) against the runtime. There is no DOM library in this project, so
 * React renders into a stub container: components render nothing, and a probe
 * records what the hooks returned.
 */
import { createElement, useEffect, type ReactElement } from "react";
import { createRoot, type Root } from "react-dom/client";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ConvexProvider, ConvexReactClient, useMutation, usePaginatedQuery, useQuery } from "convex/react";
import { startTestRuntime, waitFor, type TestRuntime } from "./test/harness.js";

type Row = { _id: string; n: number };
interface Probe {
  list?: Row[];
  page?: { results: Row[]; status: string; loadMore: (n: number) => void };
  send?: (args: { body: string; n: number }) => Promise<unknown>;
  remove?: (args: { id: string }) => Promise<unknown>;
}

/** Just enough of a DOM for react-dom to mount components that render null. */
function renderHeadless(element: ReactElement): Root {
  const g = globalThis as Record<string, unknown>;
  g.navigator ??= { userAgent: "node" };
  g.window ??= { HTMLIFrameElement: class {}, document: { activeElement: null } };
  const container = { nodeType: 1, tagName: "DIV", nodeName: "DIV", namespaceURI: "http://www.w3.org/1999/xhtml", ownerDocument: null, textContent: "", addEventListener() {}, removeEventListener() {} };
  const root = createRoot(container as unknown as HTMLElement);
  root.render(element);
  return root;
}

describe("convex/react hooks", () => {
  let rt: TestRuntime;
  let client: ConvexReactClient;
  let root: Root;
  const probe: Probe = {};

  function App() {
    const list = useQuery("messages:list" as never, {} as never) as Row[] | undefined;
    const page = usePaginatedQuery("messages:byN" as never, {} as never, { initialNumItems: 2 });
    const send = useMutation("messages:send" as never);
    const remove = useMutation("messages:remove" as never);
    useEffect(() => {
      Object.assign(probe, { list, page, send, remove });
    });
    return null;
  }

  beforeAll(async () => {
    rt = await startTestRuntime();
    client = new ConvexReactClient(rt.url, { webSocketConstructor: WebSocket as unknown as typeof globalThis.WebSocket, logger: false, unsavedChangesWarning: false });
    for (let n = 1; n <= 5; n++) await client.mutation("messages:send" as never, { body: `r${n}`, n } as never);
    root = renderHeadless(createElement(ConvexProvider, { client }, createElement(App)));
  });
  afterAll(async () => {
    root.unmount();
    await client.close();
    await rt.close();
  });

  const ns = () => probe.page?.results.map((r) => r.n);

  test("useQuery and useMutation stay live", async () => {
    await waitFor(() => probe.list?.length, (n) => n === 5);
    await probe.send!({ body: "r6", n: 6 });
    await waitFor(() => probe.list?.length, (n) => n === 6);
  });

  test("usePaginatedQuery loads pages and keeps them contiguous under writes", async () => {
    await waitFor(() => probe.page?.status, (s) => s === "CanLoadMore");
    expect(ns()).toEqual([1, 2]);
    while (probe.page!.status !== "Exhausted") {
      const had = probe.page!.results.length;
      probe.page!.loadMore(2);
      await waitFor(() => probe.page, (p) => p!.results.length > had && p!.status !== "LoadingMore");
    }
    expect(ns()).toEqual([1, 2, 3, 4, 5, 6]);
    const byN = new Map(probe.list!.map((r) => [r.n, r._id]));
    await probe.remove!({ id: byN.get(2)! }); // the end of page 1
    await probe.send!({ body: "r2.5", n: 2.5 });
    await probe.send!({ body: "r0", n: 0 });
    await probe.remove!({ id: byN.get(4)! });
    await waitFor(ns, (v) => JSON.stringify(v) === JSON.stringify([0, 1, 2.5, 3, 5, 6]));
  });
});
