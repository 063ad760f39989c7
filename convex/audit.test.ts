/**
 * The audit trail: each audited call writes exactly one complete event in the
 * same transaction, a refused call writes none, sequence numbers are per
 * practice and contiguous, events never carry PHI, nothing updates or deletes
 * them, and without the key nothing audited happens at all.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import { wrapDatabaseWriter } from "convex-helpers/server/rowLevelSecurity";
import { api, internal } from "./_generated/api";
import type { Doc, Id } from "./_generated/dataModel";
import { GENESIS_HASH, canonicalJson } from "../lib/audit/chain";
import { generatePractices } from "../local/seed/generate";
import type { Membership } from "./model/membership";
import { practiceRules } from "./model/rules";
import { auditTrail, codeOf, emailOf, newTest, practiceId, signedIn, snapshot, twoPractices, type Caller, type Fixture, outcome } from "./test.setup";
import { createHmac } from "node:crypto";

const KEY_HEX = "5e".repeat(32);
const NOW = Date.UTC(2030, 0, 15, 9, 30);

afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

/** Runs `call` and returns the events it added to the practice's trail. */
async function newEvents(fx: Fixture, call: () => Promise<unknown>, practice = fx.practice.a) {
  const before = await auditTrail(fx.t, practice);
  await call();
  const after = await auditTrail(fx.t, practice);
  expect(after.slice(0, before.length)).toEqual(before);
  return { added: after.slice(before.length), previous: before.at(-1) };
}

/** Every field the design requires, checked against an independent HMAC over the canonical event. */
function expectComplete(e: Doc<"auditEvents">, previous: Doc<"auditEvents"> | undefined, fx: Fixture, memberId: Id<"members">, role: string) {
  expect(e.practiceId).toBe(fx.practice.a);
  expect(e.seq).toBe((previous?.seq ?? 0) + 1);
  expect(e.at).toBe(NOW);
  expect(e.actor).toMatchObject({ kind: "member", memberId, role });
  expect(typeof e.actor.userId).toBe("string");
  expect(e.outcome).toBe("success");
  expect(e.prevHash).toBe(previous?.hash ?? GENESIS_HASH);
  const { _id, _creationTime, hash, ...fields } = e;
  const expected = createHmac("sha256", Buffer.from(KEY_HEX, "hex")).update(e.prevHash + canonicalJson(fields)).digest("hex");
  expect(hash).toBe(expected);
}

async function setup() {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
  const fx = await twoPractices();
  const as = async (role: Parameters<typeof emailOf>[0]): Promise<Caller> => signedIn(fx.t, emailOf(role, "a"));
  return { fx, as };
}

describe("one complete event per audited call", () => {
  test("access.openChart: read / chart.open, with patient, resource, purpose and the role's data category", async () => {
    const { fx, as } = await setup();
    for (const [role, category] of [["front_desk", "demographics"], ["nurse", "clinical"], ["physician", "clinical"]] as const) {
      const caller = await as(role);
      const { added, previous } = await newEvents(fx, () => caller.mutation(api.access.openChart, { patientId: fx.patient.a, purpose: "payment" }));
      expect(added).toHaveLength(1);
      const e = added[0]!;
      expectComplete(e, previous, fx, fx.member.a[role], role);
      expect(e).toMatchObject({ action: "read", verb: "chart.open", category, patientId: fx.patient.a, purpose: "payment" });
      expect(e.resource).toEqual({ table: "patients", id: fx.patient.a });
    }
    // Without a stated purpose, the purpose recorded is treatment.
    const { added } = await newEvents(fx, async () => (await as("nurse")).mutation(api.access.openChart, { patientId: fx.patient.a }));
    expect(added[0]?.purpose).toBe("treatment");
  });

  test("access.openAuditTrail: reading the trail is itself audited", async () => {
    const { fx, as } = await setup();
    const co = await as("compliance_officer");
    const { added, previous } = await newEvents(fx, () => co.mutation(api.access.openAuditTrail, {}));
    expect(added).toHaveLength(1);
    expectComplete(added[0]!, previous, fx, fx.member.a.compliance_officer, "compliance_officer");
    expect(added[0]).toMatchObject({ action: "read", verb: "audit.view", category: "audit", purpose: "operations" });
    expect(added[0]?.patientId).toBeUndefined();
  });

  test("members.add / changeRole / setStatus: old and new values, resource, no purpose", async () => {
    const { fx, as } = await setup();
    const admin = await as("practice_admin");
    let memberId: Id<"members"> | undefined;
    const add = await newEvents(fx, async () => {
      memberId = await admin.mutation(api.members.add, { email: "new@a.test", name: "New", role: "nurse" });
    });
    expect(add.added).toHaveLength(1);
    expectComplete(add.added[0]!, add.previous, fx, fx.member.a.practice_admin, "practice_admin");
    expect(add.added[0]).toMatchObject({ action: "create", verb: "member.add", category: "membership", resource: { table: "members", id: memberId } });
    expect(add.added[0]?.details).toEqual({ memberId, newRole: "nurse", newStatus: "active" });

    const steps = [
      [() => admin.mutation(api.members.changeRole, { memberId: memberId!, role: "physician" }), "member.role_change", { memberId, oldRole: "nurse", newRole: "physician" }],
      [() => admin.mutation(api.members.setStatus, { memberId: memberId!, status: "deactivated" }), "member.deactivate", { memberId, oldStatus: "active", newStatus: "deactivated" }],
      [() => admin.mutation(api.members.setStatus, { memberId: memberId!, status: "active" }), "member.reactivate", { memberId, oldStatus: "deactivated", newStatus: "active" }],
    ] as const;
    for (const [call, verb, details] of steps) {
      const { added, previous } = await newEvents(fx, call);
      expect(added, verb).toHaveLength(1);
      expectComplete(added[0]!, previous, fx, fx.member.a.practice_admin, "practice_admin");
      expect(added[0]).toMatchObject({ action: "update", verb, category: "membership", resource: { table: "members", id: memberId } });
      expect(added[0]?.details).toEqual(details);
      expect(added[0]?.purpose).toBeUndefined();
    }
    // The changes the events describe are the changes made.
    expect(await fx.t.run((ctx) => ctx.db.get("members", memberId!))).toMatchObject({ role: "physician", status: "active" });
  });

  test("a refused call writes no event (and no grant, and no change)", async () => {
    const { fx, as } = await setup();
    const admin = await as("practice_admin");
    const co = await as("compliance_officer");
    const nurse = await as("nurse");
    const refused: [string, () => Promise<unknown>][] = [
      ["FORBIDDEN", () => co.mutation(api.access.openChart, { patientId: fx.patient.a })],
      ["FORBIDDEN", () => nurse.mutation(api.access.openAuditTrail, {})],
      ["NOT_FOUND", () => nurse.mutation(api.access.openChart, { patientId: fx.patient.b })],
      ["FORBIDDEN", () => nurse.mutation(api.members.add, { email: "x@a.test", name: "X", role: "nurse" })],
      ["CONFLICT", () => admin.mutation(api.members.add, { email: emailOf("nurse", "a"), name: "Dup", role: "physician" })],
      ["INVALID", () => admin.mutation(api.members.add, { email: "not-an-email", name: "X", role: "nurse" })],
      ["FORBIDDEN", () => admin.mutation(api.members.setStatus, { memberId: fx.member.a.practice_admin, status: "deactivated" })],
      ["NOT_FOUND", () => admin.mutation(api.members.changeRole, { memberId: fx.member.b.nurse, role: "physician" })],
      ["ACCESS_NOT_GRANTED", () => nurse.mutation(api.access.renew, { scope: { kind: "chart", patientId: fx.patient.a } })],
    ];
    const before = await snapshot(fx.t);
    for (const [code, call] of refused) expect(await codeOf(call())).toBe(code);
    const after = await snapshot(fx.t);
    expect(after.auditEvents).toEqual(before.auditEvents);
    expect(after.accessGrants).toEqual(before.accessGrants);
    expect(after.members).toEqual(before.members);
    // A call that changes nothing records nothing either.
    const { added } = await newEvents(fx, () => admin.mutation(api.members.changeRole, { memberId: fx.member.a.nurse, role: "nurse" }));
    expect(added).toEqual([]);
  });
});

test("sequence numbers are per practice and contiguous, whatever the interleaving", async () => {
  const fx = await twoPractices();
  const a = await signedIn(fx.t, emailOf("physician", "a"));
  const b = await signedIn(fx.t, emailOf("physician", "b"));
  const bAdmin = await signedIn(fx.t, emailOf("practice_admin", "b"));
  for (let i = 0; i < 5; i++) {
    await a.mutation(api.access.openChart, { patientId: fx.patient.a });
    await b.mutation(api.access.openChart, { patientId: fx.patient.b });
    if (i % 2 === 0) await bAdmin.mutation(api.members.add, { email: `n${i}@b.test`, name: `N${i}`, role: "nurse" });
  }
  const trailA = await auditTrail(fx.t, fx.practice.a);
  const trailB = await auditTrail(fx.t, fx.practice.b);
  expect(trailA.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
  expect(trailB.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  for (const trail of [trailA, trailB]) {
    trail.forEach((e, i) => expect(e.prevHash).toBe(i === 0 ? GENESIS_HASH : trail[i - 1]!.hash));
  }
});

test("no PHI in audit events: no name, DOB, MRN, phone, email or street address of any patient", async () => {
  const t = newTest();
  const practices = generatePractices();
  for (const p of practices) await t.mutation(internal.seed.loadPractice, { practice: p });
  const seeded = practices[0]!;
  const pid = await practiceId(t, seeded.slug);
  const patients = await t.run((ctx) => ctx.db.query("patients").withIndex("by_practice_and_mrn", (q) => q.eq("practiceId", pid)).collect());
  let opened = 0;
  for (const role of ["front_desk", "nurse", "physician"] as const) {
    const who = await signedIn(t, seeded.members.find((m) => m.role === role)!.email);
    for (const p of patients.slice(0, 20)) {
      const routine = await outcome(who.mutation(api.access.openChart, { patientId: p._id, purpose: opened % 3 === 0 ? "payment" : "treatment" }));
      if (routine.code === "EMERGENCY_ACCESS_REQUIRED") {
        // The reviewer's free text names the patient; it must stay out of the audit trail.
        await who.mutation(api.access.openChartEmergency, {
          patientId: p._id,
          reason: "Emergency treatment",
          detail: `${p.firstName} ${p.lastName} (${p.dob}) collapsed at ${p.address?.line1 ?? "home"}`,
          confirmed: true,
        });
      } else {
        expect(routine.code).toBe("OK");
      }
      expect((await who.query(api.chart.demographics, { patientId: p._id })).patient.mrn).toBe(p.mrn);
      opened++;
    }
  }
  const admin = await signedIn(t, seeded.members.find((m) => m.role === "practice_admin")!.email);
  await admin.mutation(api.members.add, { email: "locum@maplegrove.example", name: "Locum Doctor", role: "physician" });
  await (await signedIn(t, seeded.members.find((m) => m.role === "compliance_officer")!.email)).mutation(api.access.openAuditTrail, {});

  const events = await auditTrail(t, pid);
  expect(events).toHaveLength(opened + 2);
  const text = JSON.stringify(events);
  // The events do identify the patients (by id), so this is the right text to search.
  expect(text).toContain(patients[0]!._id);
  for (const p of patients) {
    const identifiers = [p.firstName, p.middleName, p.lastName, `${p.firstName} ${p.lastName}`, p.dob, p.mrn, p.phone, p.email, p.address?.line1, p.address?.zip];
    for (const value of identifiers) {
      if (value === undefined || value.length < 3) continue;
      // Whole-token match: a ZIP code's digits also occur inside hashes, ids and timestamps.
      const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      const token = new RegExp(`(?<![0-9A-Za-z])${escaped}(?![0-9A-Za-z])`);
      expect(token.test(text), `an audit event contains a patient identifier (${p._id})`).toBe(false);
    }
  }
});

describe("append-only", () => {
  /**
   * Finds database writes (on any `db`, `ctx.db`, `rawDb`, ...) that target audit
   * events, or that do not name their table (so could target them unseen).
   */
  const dbWrites = (source: string) =>
    [...source.matchAll(/\b\w*[dD]b\s*\.\s*(patch|replace|delete)\s*\(\s*([^,)]*)/g)].map((m) => ({ call: m[0], table: m[2]!.trim() }));
  const findAuditWrites = (source: string) =>
    dbWrites(source).filter(({ table }) => !/^["'`]/.test(table) || /^["'`]auditEvents["'`]$/.test(table)).map((w) => w.call);

  test("the scan catches the forms it must (so it can fail)", () => {
    expect(findAuditWrites('await ctx.db.patch("auditEvents", id, { outcome: "denied" });')).toHaveLength(1);
    expect(findAuditWrites("await db.delete(\n  'auditEvents', e._id);")).toHaveLength(1);
    expect(findAuditWrites("await ctx.db.replace(eventId, doc);")).toHaveLength(1);
    expect(findAuditWrites('await ctx.db.patch("members", id, { role });')).toEqual([]);
    expect(findAuditWrites('domain.replace(/\\/+$/, "")')).toEqual([]);
  });

  test("no product code under convex/ patches, replaces or deletes audit events", () => {
    const dir = import.meta.dirname;
    const files: string[] = [];
    const walk = (d: string) => {
      for (const name of readdirSync(d)) {
        const full = path.join(d, name);
        if (statSync(full).isDirectory()) {
          if (name !== "_generated") walk(full);
        } else if (name.endsWith(".ts") && !name.endsWith(".test.ts") && name !== "test.setup.ts") files.push(full);
      }
    };
    walk(dir);
    expect(files.map((f) => path.relative(dir, f))).toContain("model/audit.ts");
    // The one exception is the end-to-end tamper hook, which refuses unless the deployment enables test hooks.
    const hook = "testing.ts";
    const hookSource = readFileSync(path.join(dir, hook), "utf8");
    expect(findAuditWrites(hookSource)).not.toEqual([]);
    expect(hookSource).toMatch(/if \(!testHooksEnabled\(\)\) throw/);
    for (const f of files.filter((f) => path.relative(dir, f) !== hook)) {
      expect(findAuditWrites(readFileSync(f, "utf8")), path.relative(dir, f)).toEqual([]);
    }
    // The scan does see the product's real writes (grants, members, users).
    const tables = new Set(files.flatMap((f) => dbWrites(readFileSync(f, "utf8")).map((w) => w.table)));
    expect([...tables]).toEqual(expect.arrayContaining(['"accessGrants"', '"members"', '"users"']));
  });

  test("through a member's scoped database, audit events cannot be patched, replaced, deleted or inserted", async () => {
    const fx = await twoPractices();
    await (await signedIn(fx.t, emailOf("nurse", "a"))).mutation(api.access.openChart, { patientId: fx.patient.a });
    await signedIn(fx.t, emailOf("compliance_officer", "a"));
    const before = await auditTrail(fx.t, fx.practice.a);
    await fx.t.run(async (ctx) => {
      // The compliance officer may read the trail, so refusals below are about writing, not reading.
      const member = (await ctx.db.get("members", fx.member.a.compliance_officer))!;
      const user = (await ctx.db.get("users", member.userId!))!;
      const m: Membership = { identity: { tokenIdentifier: user.tokenIdentifier, subject: "s", issuer: "i" }, user, member, practiceId: fx.practice.a };
      const db = wrapDatabaseWriter({}, ctx.db, practiceRules(m), { defaultPolicy: "deny" });
      const [e] = await db.query("auditEvents").collect();
      expect(e?._id).toBe(before[0]!._id);
      await expect(db.patch("auditEvents", e!._id, { outcome: "denied" })).rejects.toThrow(/write access not allowed/);
      const { _id, _creationTime, ...fields } = e!;
      await expect(db.replace("auditEvents", e!._id, { ...fields, verb: "x" })).rejects.toThrow(/write access not allowed/);
      await expect(db.delete("auditEvents", e!._id)).rejects.toThrow(/write access not allowed/);
      await expect(db.insert("auditEvents", { ...fields, seq: 99 })).rejects.toThrow(/insert access not allowed/);
    });
    expect(await auditTrail(fx.t, fx.practice.a)).toEqual(before);
  });
});

describe("without a usable AUDIT_HMAC_KEY, audited calls fail closed", () => {
  for (const [label, value] of [["missing", undefined], ["empty", ""], ["too short (16 bytes)", "5e".repeat(16)], ["not a key", "not a key!"]] as const) {
    test(`${label}: UNAVAILABLE, and nothing is written`, async () => {
      const fx = await twoPractices();
      const nurse = await signedIn(fx.t, emailOf("nurse", "a"));
      const admin = await signedIn(fx.t, emailOf("practice_admin", "a"));
      const co = await signedIn(fx.t, emailOf("compliance_officer", "a"));
      const before = await snapshot(fx.t);
      vi.stubEnv("AUDIT_HMAC_KEY", value);
      expect(await codeOf(nurse.mutation(api.access.openChart, { patientId: fx.patient.a }))).toBe("UNAVAILABLE");
      expect(await codeOf(co.mutation(api.access.openAuditTrail, {}))).toBe("UNAVAILABLE");
      expect(await codeOf(admin.mutation(api.members.add, { email: "n@a.test", name: "N", role: "nurse" }))).toBe("UNAVAILABLE");
      expect(await codeOf(admin.mutation(api.members.setStatus, { memberId: fx.member.a.nurse, status: "deactivated" }))).toBe("UNAVAILABLE");
      expect(await codeOf(admin.mutation(api.members.changeRole, { memberId: fx.member.a.nurse, role: "physician" }))).toBe("UNAVAILABLE");
      // Still no way to the data.
      expect(await codeOf(nurse.query(api.chart.demographics, { patientId: fx.patient.a }))).toBe("ACCESS_NOT_GRANTED");
      const after = await snapshot(fx.t);
      expect(after).toEqual(before);
    });
  }
});
