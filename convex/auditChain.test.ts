/**
 * Tamper evidence: the verifier walks a practice's chain in batches and
 * reports the first broken link. Each tampering is done directly in the
 * database (as someone with database access, but without the key, could).
 */
import { afterEach, describe, expect, test, vi } from "vitest";
import { api, internal } from "./_generated/api";
import type { Doc } from "./_generated/dataModel";
import { GENESIS_HASH, chainHash } from "../lib/audit/chain";
import { chainedFields } from "./model/audit";
import { auditTrail, emailOf, signedIn, twoPractices, verifyChain, type Fixture } from "./test.setup";

afterEach(() => {
  vi.unstubAllEnvs();
});

/** Writes `n` events to practice A's chain (and a few to B's, interleaved). */
async function chainOf(n: number): Promise<{ fx: Fixture; events: Doc<"auditEvents">[] }> {
  const fx = await twoPractices();
  const nurse = await signedIn(fx.t, emailOf("nurse", "a"));
  const otherNurse = await signedIn(fx.t, emailOf("nurse", "b"));
  for (let i = 0; i < n; i++) {
    await nurse.mutation(api.access.openChart, { patientId: fx.patient.a, purpose: i % 2 === 0 ? "treatment" : "operations" });
    if (i % 3 === 0) await otherNurse.mutation(api.access.openChart, { patientId: fx.patient.b });
  }
  const events = await auditTrail(fx.t, fx.practice.a);
  expect(events.map((e) => e.seq)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
  return { fx, events };
}

const BATCH_SIZES = [1, 2, 3, 500];

describe("an intact chain", () => {
  test("verifies in every batch size, checking every event once", async () => {
    const { fx } = await chainOf(7);
    for (const batchSize of BATCH_SIZES) {
      expect(await verifyChain(fx.t, fx.practice.a, batchSize), `batch ${batchSize}`).toEqual({ checked: 7, broken: null, lastSeq: 7 });
    }
    const b = await auditTrail(fx.t, fx.practice.b);
    expect(await verifyChain(fx.t, fx.practice.b, 2)).toEqual({ checked: b.length, broken: null, lastSeq: b.length });
  });

  test("an empty chain verifies", async () => {
    const fx = await twoPractices();
    expect(await verifyChain(fx.t, fx.practice.a, 2)).toEqual({ checked: 0, broken: null, lastSeq: 0 });
  });

  test("each link is HMAC-SHA256(key, prevHash || canonical(event)) with the deployment's key", async () => {
    const { events } = await chainOf(3);
    const key = Uint8Array.from(Buffer.from("5e".repeat(32), "hex"));
    let prev = GENESIS_HASH;
    for (const e of events) {
      expect(e.prevHash).toBe(prev);
      expect(e.hash).toBe(chainHash(key, prev, chainedFields(e)));
      prev = e.hash;
    }
  });
});

describe("tampering is detected at the right event", () => {
  test("an edited event: hash mismatch at that event", async () => {
    for (const field of ["outcome", "actor", "purpose", "at"] as const) {
      const { fx, events } = await chainOf(6);
      const e = events[3]!;
      const edit = { outcome: { outcome: "denied" as const }, actor: { actor: { ...e.actor, role: "physician" as const } }, purpose: { purpose: "payment" }, at: { at: e.at - 1 } }[field];
      await fx.t.run((ctx) => ctx.db.patch("auditEvents", e._id, edit));
      for (const batchSize of BATCH_SIZES) {
        expect((await verifyChain(fx.t, fx.practice.a, batchSize)).broken, `${field}, batch ${batchSize}`).toMatchObject({ seq: 4, problem: "hash mismatch" });
      }
    }
  });

  test("an edited hash (to hide an edit) breaks the next link", async () => {
    const { fx, events } = await chainOf(6);
    await fx.t.run((ctx) => ctx.db.patch("auditEvents", events[2]!._id, { hash: "f".repeat(64) }));
    const r = await verifyChain(fx.t, fx.practice.a, 2);
    // Event 3 itself no longer matches its recorded hash.
    expect(r.broken).toMatchObject({ seq: 3, problem: "hash mismatch" });
  });

  test("a deleted event: sequence gap at the event after it (also the first and in every batch size)", async () => {
    for (const [index, seq] of [[2, 4], [0, 2], [5, 7]] as const) {
      const { fx, events } = await chainOf(7);
      await fx.t.run((ctx) => ctx.db.delete("auditEvents", events[index]!._id));
      for (const batchSize of BATCH_SIZES) {
        expect((await verifyChain(fx.t, fx.practice.a, batchSize)).broken, `deleted #${index + 1}, batch ${batchSize}`).toMatchObject({
          seq,
          problem: "sequence gap",
        });
      }
    }
  });

  test("an inserted event reusing a sequence number: duplicate sequence, whatever the batch boundaries", async () => {
    for (const at of [1, 2, 3, 4]) {
      const { fx, events } = await chainOf(6);
      const original = events[at - 1]!;
      const { _id, _creationTime, ...copy } = original;
      await fx.t.run((ctx) => ctx.db.insert("auditEvents", { ...copy, verb: "chart.forged", hash: "a".repeat(64) }));
      for (const batchSize of BATCH_SIZES) {
        expect((await verifyChain(fx.t, fx.practice.a, batchSize)).broken, `inserted at ${at}, batch ${batchSize}`).toMatchObject({
          seq: at,
          problem: "duplicate sequence",
        });
      }
    }
  });

  test("an event inserted before the first one (sequence 0) is not skipped", async () => {
    const { fx, events } = await chainOf(3);
    const { _id, _creationTime, ...copy } = events[0]!;
    await fx.t.run((ctx) => ctx.db.insert("auditEvents", { ...copy, seq: 0 }));
    for (const batchSize of BATCH_SIZES) {
      expect((await verifyChain(fx.t, fx.practice.a, batchSize)).broken).toMatchObject({ seq: 0 });
    }
  });

  test("an inserted event with renumbered successors: the forged event's hash does not verify", async () => {
    const { fx, events } = await chainOf(6);
    await fx.t.run(async (ctx) => {
      for (const e of [...events].reverse().slice(0, 4)) await ctx.db.patch("auditEvents", e._id, { seq: e.seq + 1 });
      const { _id, _creationTime, ...copy } = events[1]!;
      // Links correctly to event 2, but the forger has no key.
      const forgedKey = Uint8Array.from(Buffer.from("77".repeat(32), "hex"));
      const forged = { ...copy, seq: 3, verb: "chart.forged", prevHash: events[1]!.hash };
      await ctx.db.insert("auditEvents", { ...forged, hash: chainHash(forgedKey, forged.prevHash, chainedFields({ ...forged, hash: "" })) });
    });
    for (const batchSize of BATCH_SIZES) {
      expect((await verifyChain(fx.t, fx.practice.a, batchSize)).broken).toMatchObject({ seq: 3, problem: "hash mismatch" });
    }
  });

  test("two reordered events: broken link at the first of them", async () => {
    const { fx, events } = await chainOf(6);
    const [third, fourth] = [events[2]!, events[3]!];
    await fx.t.run(async (ctx) => {
      await ctx.db.patch("auditEvents", third._id, { seq: 4 });
      await ctx.db.patch("auditEvents", fourth._id, { seq: 3 });
    });
    for (const batchSize of BATCH_SIZES) {
      expect((await verifyChain(fx.t, fx.practice.a, batchSize)).broken).toMatchObject({ seq: 3, problem: "broken link" });
    }
  });

  test("tampering in practice B does not show up in A, and vice versa", async () => {
    const { fx } = await chainOf(6);
    const b = await auditTrail(fx.t, fx.practice.b);
    await fx.t.run((ctx) => ctx.db.patch("auditEvents", b[0]!._id, { purpose: "payment" }));
    expect((await verifyChain(fx.t, fx.practice.a, 2)).broken).toBeNull();
    expect((await verifyChain(fx.t, fx.practice.b, 2)).broken).toMatchObject({ seq: 1, problem: "hash mismatch" });
  });
});

describe("the key", () => {
  test("a chain written with one key fails verification under another", async () => {
    const { fx } = await chainOf(3);
    vi.stubEnv("AUDIT_HMAC_KEY", "6f".repeat(32));
    expect((await verifyChain(fx.t, fx.practice.a, 2)).broken).toMatchObject({ seq: 1, problem: "hash mismatch" });
    vi.unstubAllEnvs();
    expect((await verifyChain(fx.t, fx.practice.a, 2)).broken).toBeNull();
  });

  test("the verifier refuses to run without a usable key", async () => {
    const { fx } = await chainOf(1);
    vi.stubEnv("AUDIT_HMAC_KEY", undefined);
    const args = { practiceId: fx.practice.a, afterSeq: 0, prevHash: GENESIS_HASH };
    await expect(fx.t.query(internal.auditChain.verifyBatch, args)).rejects.toThrow(/AUDIT_HMAC_KEY/);
  });
});
