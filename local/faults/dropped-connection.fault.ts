/**
 * A client whose connection drops mid-mutation reconnects and replays it: the
 * mutation is applied exactly once, with one audit event, and the client gets
 * the result of that one application. Driven through the official
 * WebSocket client on the project's audited functions, with a proxy that cuts
 * the connection after the server committed but before the answer arrived,
 * before the request reached the server, and at random during a burst.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { ConvexClient } from "convex/browser";
import { makeFunctionReference } from "convex/server";
import WebSocket from "ws";
import { ConvexClient as Client } from "convex/browser";
import { OfflineBackend, verifyAuditChain } from "./backend";
import { documentsOnDisk, faultPractice, recordVitals, staffEmail, vitalsByMarker, weightOf } from "./fixture";
import { CuttingProxy } from "./proxy";

const signIn = makeFunctionReference<"mutation", Record<string, never>, null>("viewer:signIn");
const current = makeFunctionReference<"query", Record<string, never>, { active: { membership: { practiceId: string } } | null } | null>("viewer:current");
const search = makeFunctionReference<"mutation", { query: string }, { results: { _id: string }[] }>("patients:search");
const openChart = makeFunctionReference<"mutation", { patientId: string }, unknown>("access:openChart");
const quiet = { log() {}, warn() {}, error() {}, logVerbose() {} };

describe("a client that drops its connection mid-mutation", () => {
  let backend: OfflineBackend;
  let proxy: CuttingProxy;
  let nurse: ConvexClient;
  let patientId: string;
  let practiceId: string;
  const results = new Map<number, string>();

  beforeAll(async () => {
    const { practice, users } = faultPractice({ nurse: 1 });
    backend = await OfflineBackend.create({ users, name: "fault-drop" });
    await backend.start();
    await backend.seedPractice(practice);
    proxy = new CuttingProxy(backend.port);
    const url = await proxy.listen();
    nurse = new Client(url, { webSocketConstructor: WebSocket as unknown as typeof globalThis.WebSocket, logger: quiet, unsavedChangesWarning: false });
    nurse.setAuth(() => backend.token(`demo|${staffEmail("nurse", 1)}`));
    await nurse.mutation(signIn, {});
    patientId = (await nurse.mutation(search, { query: "Faultlast" })).results[0]!._id;
    practiceId = (await nurse.query(current, {}))!.active!.membership.practiceId;
    await nurse.mutation(openChart, { patientId });
  });
  afterAll(async () => {
    await nurse?.close();
    await proxy?.close();
    await backend?.close();
  });

  const record = async (marker: number) => {
    const id = await nurse.mutation(recordVitals, { patientId, vitals: { weightKg: weightOf(marker) } });
    results.set(marker, id);
    return id;
  };

  test("the answer is lost after the commit: the replay is answered, not run again", async () => {
    proxy.cutOnServer("MutationResponse");
    const cutsBefore = proxy.cuts;
    await record(1);
    expect(proxy.cuts).toBe(cutsBefore + 1);
  });

  test("the request is lost before it reached the server: the replay runs it once", async () => {
    proxy.cutOnClient();
    const cutsBefore = proxy.cuts;
    await record(2);
    expect(proxy.cuts).toBe(cutsBefore + 1);
  });

  test("connections cut at random during a burst of 200 mutations", { timeout: 120_000 }, async () => {
    const pending = Array.from({ length: 200 }, (_, i) => record(100 + i));
    let settled = false;
    const all = Promise.all(pending).finally(() => (settled = true));
    for (let round = 0; round < 8 && !settled; round++) {
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 150));
      proxy.cutAll();
    }
    await all;
    expect(proxy.cuts).toBeGreaterThan(2);
  });

  test("on disk: each mutation exactly once, with its audit event, as the client was told; the chain verifies", async () => {
    const chain = await verifyAuditChain(backend.admin(), practiceId);
    expect(chain.broken).toBeNull();
    expect(await backend.stop()).toBe(0);
    const disk = await documentsOnDisk(backend);
    const { vitals, byMarker } = vitalsByMarker(disk, patientId);
    expect(results.size).toBe(202);
    for (const [marker, id] of results) expect(byMarker.get(marker), `mutation ${marker}`).toEqual([id]);
    expect(vitals).toHaveLength(202);
    const events = (disk.get("auditEvents") ?? []).filter((e) => e.verb === "vitals.record");
    expect(events.map((e) => (e.resource as { id: string }).id).sort()).toEqual(vitals.map((v) => v._id).sort());
  });
});
