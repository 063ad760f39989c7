/**
 * SIGKILL of the offline runtime (a real child process on the project's own
 * functions) during 1,000 concurrent audited writes from the official
 * WebSocket client, plus HTTP callers: after a restart every acknowledged
 * write is on disk exactly once, every WebSocket write (replayed by the
 * client) exactly once, each with exactly one audit event, and the practice's
 * audit chain verifies. What is on disk is read with the store itself, not
 * through any function.
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { ConvexClient, ConvexHttpClient } from "convex/browser";
import { makeFunctionReference } from "convex/server";
import { OfflineBackend, verifyAuditChain } from "./backend";
import { documentsOnDisk, faultPractice, recordVitals, staffEmail, vitalsByMarker, weightOf } from "./fixture";

const signIn = makeFunctionReference<"mutation", Record<string, never>, null>("viewer:signIn");
const current = makeFunctionReference<"query", Record<string, never>, { active: { membership: { practiceId: string } } | null } | null>("viewer:current");
const search = makeFunctionReference<"mutation", { query: string }, { results: { _id: string }[] }>("patients:search");
const openChart = makeFunctionReference<"mutation", { patientId: string }, unknown>("access:openChart");

const WS_NURSES = 10;
const WRITES_PER_NURSE = 100;
/** Each write carries a unique weight, so a duplicate or a loss is visible on disk. */

describe("kill -9 during 1,000 concurrent audited writes", () => {
  let backend: OfflineBackend;
  const clients: ConvexClient[] = [];

  beforeAll(async () => {
    const { practice, users } = faultPractice({ nurse: WS_NURSES + 1, compliance_officer: 1 });
    backend = await OfflineBackend.create({ users, name: "fault-kill9" });
    await backend.start();
    await backend.seedPractice(practice);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await backend?.close();
  });

  test("every acknowledged write is present once, none duplicated, the audit chain verifies", { timeout: 300_000 }, async () => {
    const nurses = Array.from({ length: WS_NURSES }, (_, i) => backend.client(`demo|${staffEmail("nurse", i + 1)}`));
    clients.push(...nurses);
    await Promise.all(nurses.map((c) => c.mutation(signIn, {})));
    const patientId = (await nurses[0]!.mutation(search, { query: "Faultlast" })).results[0]!._id;
    const practiceId = (await nurses[0]!.query(current, {}))!.active!.membership.practiceId;
    await Promise.all(nurses.map((c) => c.mutation(openChart, { patientId })));

    const acked = new Map<number, string>(); // marker -> vitals id, as acknowledged to the caller
    let killed = false;
    let ackedBeforeKill = 0;
    const note = (marker: number, id: string) => {
      acked.set(marker, id);
      if (!killed) ackedBeforeKill++;
    };
    const wsWrites = nurses.flatMap((c, i) =>
      Array.from({ length: WRITES_PER_NURSE }, (_, j) => {
        const marker = i * WRITES_PER_NURSE + j;
        return c.mutation(recordVitals, { patientId, vitals: { weightKg: weightOf(marker) } }).then((id) => note(marker, id));
      }),
    );
    // An HTTP caller has no replay: a call cut off by the kill is simply not acknowledged.
    const httpNurse: ConvexHttpClient = await backend.http(`demo|${staffEmail("nurse", WS_NURSES + 1)}`);
    await httpNurse.mutation(signIn, {});
    await httpNurse.mutation(openChart, { patientId });
    let httpAttempts = 0;
    const httpLoop = (async () => {
      for (let marker = 5_000; !killed; marker++) {
        httpAttempts++;
        await httpNurse.mutation(recordVitals, { patientId, vitals: { weightKg: weightOf(marker) } }).then(
          (id) => note(marker, id),
          () => undefined,
        );
      }
    })();

    while (ackedBeforeKill < 200) await new Promise((r) => setTimeout(r, 2));
    await backend.kill9();
    killed = true;
    await httpLoop;
    // The kill landed mid-burst: some writes were acknowledged, others were still in flight.
    expect(ackedBeforeKill).toBeGreaterThanOrEqual(200);
    expect(ackedBeforeKill).toBeLessThan(WS_NURSES * WRITES_PER_NURSE + httpAttempts);

    await backend.start();
    await Promise.all(wsWrites); // the clients reconnect, re-authenticate and replay what was unanswered
    expect(acked.size).toBeGreaterThanOrEqual(WS_NURSES * WRITES_PER_NURSE);

    const chain = await verifyAuditChain(backend.admin(), practiceId);
    expect(chain.broken).toBeNull();
    expect(await backend.stop()).toBe(0);

    const disk = await documentsOnDisk(backend);
    const { vitals, byMarker } = vitalsByMarker(disk, patientId);
    for (const [marker, ids] of byMarker) expect(ids, `write ${marker} duplicated`).toHaveLength(1);
    for (const [marker, id] of acked) expect(byMarker.get(marker), `acknowledged write ${marker}`).toEqual([id]);
    for (let m = 0; m < WS_NURSES * WRITES_PER_NURSE; m++) expect(byMarker.has(m), `WebSocket write ${m}`).toBe(true);

    // One audit event per write, pointing at it; the chain covers all of them.
    const events = (disk.get("auditEvents") ?? []).filter((e) => e.verb === "vitals.record");
    const resources = events.map((e) => (e.resource as { id: string }).id).sort();
    expect(resources).toEqual(vitals.map((v) => v._id).sort());
    const allEvents = (disk.get("auditEvents") ?? []).filter((e) => e.practiceId === practiceId);
    expect(chain.checked).toBe(allEvents.length);
    expect(chain.lastSeq).toBe(allEvents.length);

    // Nothing a function saw is printed by the runtime.
    expect(backend.output()).not.toMatch(/Faultlast|Faultfirst/);
  });
});
