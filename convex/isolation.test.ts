/**
 * Practice isolation: a member of practice A never reads, lists or changes
 * practice B's rows, and B's records behave exactly like missing ones.
 */
import { describe, expect, test } from "vitest";
import { wrapDatabaseReader, wrapDatabaseWriter } from "convex-helpers/server/rowLevelSecurity";
import { api } from "./_generated/api";
import type { Id } from "./_generated/dataModel";
import { practiceRules } from "./model/rules";
import type { Membership } from "./model/membership";
import {
  FUNCTIONS,
  ROLES,
  callCase,
  codeOf,
  emailOf,
  hasPermission,
  outcome,
  signedIn,
  snapshot,
  twoPractices,
  type Fixture,
} from "./test.setup";

/** B's rows only, to compare before and after A's attempts. */
async function practiceBRows(fx: Fixture) {
  const all = await snapshot(fx.t);
  const b = fx.practice.b;
  return {
    members: all.members.filter((m) => m.practiceId === b),
    patients: all.patients.filter((p) => p.practiceId === b),
    practice: all.practices.find((p) => p._id === b),
    auditEvents: all.auditEvents.filter((e) => e.practiceId === b),
    accessGrants: all.accessGrants.filter((g) => g.practiceId === b),
  };
}

describe("B's ids, called as a member of A", () => {
  for (const [path, c] of Object.entries(FUNCTIONS)) {
    if (!c.takesIds) continue;
    test(`${path}: NOT_FOUND for every role that may call it, and nothing of B or in A's trail changes`, async () => {
      const fx = await twoPractices();
      const before = await practiceBRows(fx);
      let tried = 0;
      for (const role of ROLES) {
        if (c.permission !== null && !hasPermission(role, c.permission)) continue;
        const caller = await signedIn(fx.t, emailOf(role, "a"));
        // With the function's own grant open (for A), so the handler itself meets B's ids.
        if (c.grant !== undefined && hasPermission(role, c.grant.permission)) await c.grant.open(fx, caller);
        const eventsBefore = (await snapshot(fx.t)).auditEvents.length;
        const r = await outcome(callCase(caller, path, c.args(fx, "other")));
        expect((await snapshot(fx.t)).auditEvents.length, `${role}: A's trail unchanged`).toBe(eventsBefore);
        expect(r.code, `${role}: ${r.message}`).toBe("NOT_FOUND");
        // The message is the one a missing record gets: it does not say "forbidden" or name the other practice.
        expect(r.message).toMatch(/not found/i);
        expect(r.message).not.toMatch(/practice b|forbidden|another/i);
        tried++;
      }
      expect(tried).toBeGreaterThan(0);
      expect(await practiceBRows(fx)).toEqual(before);
    });
  }

  test("B's record and a deleted record of A give the same answer", async () => {
    const fx = await twoPractices();
    const nurse = await signedIn(fx.t, emailOf("nurse", "a"));
    const gone = await fx.t.run(async (ctx) => {
      const id = await ctx.db.insert("patients", { practiceId: fx.practice.a, mrn: "MRN-GONE", firstName: "X", lastName: "Y", firstNameKey: "x", lastNameKey: "y", dob: "2000-01-01", sex: "unknown" });
      await ctx.db.delete("patients", id);
      return id;
    });
    const missing = await outcome(nurse.mutation(api.access.openChart, { patientId: gone }));
    const other = await outcome(nurse.mutation(api.access.openChart, { patientId: fx.patient.b }));
    expect(other).toEqual(missing);
    expect(missing.code).toBe("NOT_FOUND");
  });
});

describe("lists", () => {
  test("members.list shows exactly A's members, even when a person belongs to both practices", async () => {
    const fx = await twoPractices();
    // The compliance officer of A is also a nurse in B (same email).
    await fx.t.run((ctx) => ctx.db.patch("members", fx.member.b.nurse, { email: emailOf("compliance_officer", "a") }));
    for (const role of ["compliance_officer", "practice_admin"] as const) {
      const rows = await (await signedIn(fx.t, emailOf(role, "a"))).query(api.members.list, {});
      expect(rows.map((r) => r._id).sort(), role).toEqual(Object.values(fx.member.a).sort());
      const bIds = new Set<string>(Object.values(fx.member.b));
      expect(rows.filter((r) => bIds.has(r._id))).toEqual([]);
    }
  });

  test("viewer.current lists only practices the person is an active member of", async () => {
    const fx = await twoPractices();
    const me = await (await signedIn(fx.t, emailOf("physician", "a"))).query(api.viewer.current, {});
    expect(me?.memberships.map((m) => m.practiceId)).toEqual([fx.practice.a]);
  });
});

describe("an admin of A cannot change B's members", () => {
  test("changeRole and setStatus on every member of B are NOT_FOUND and change nothing", async () => {
    const fx = await twoPractices();
    const admin = await signedIn(fx.t, emailOf("practice_admin", "a"));
    const before = await practiceBRows(fx);
    for (const memberId of Object.values(fx.member.b)) {
      expect(await codeOf(admin.mutation(api.members.changeRole, { memberId, role: "practice_admin" }))).toBe("NOT_FOUND");
      expect(await codeOf(admin.mutation(api.members.setStatus, { memberId, status: "deactivated" }))).toBe("NOT_FOUND");
    }
    expect(await practiceBRows(fx)).toEqual(before);
  });

  test("members.add writes into the caller's practice only (the client cannot name a practice)", async () => {
    const fx = await twoPractices();
    const admin = await signedIn(fx.t, emailOf("practice_admin", "a"));
    const id = await admin.mutation(api.members.add, { email: "someone@x.test", name: "Someone", role: "nurse" });
    const row = await fx.t.run((ctx) => ctx.db.get("members", id));
    expect(row?.practiceId).toBe(fx.practice.a);
    const smuggled = { email: "other@x.test", name: "Other", role: "nurse" as const, practiceId: fx.practice.b };
    expect(await codeOf(admin.mutation(api.members.add, smuggled))).toMatch(/^ERROR: .*Unexpected field/);
  });
});

describe("grants do not cross practices", () => {
  test("a grant row for B's patient, even forged into the database, does not reveal it", async () => {
    const fx = await twoPractices();
    const nurse = await signedIn(fx.t, emailOf("nurse", "a"));
    for (const practiceId of [fx.practice.a, fx.practice.b]) {
      await fx.t.run(async (ctx) => {
        const existing = await ctx.db.query("accessGrants").collect();
        for (const g of existing) await ctx.db.delete("accessGrants", g._id);
        await ctx.db.insert("accessGrants", {
          practiceId,
          memberId: fx.member.a.nurse,
          scopeKey: `chart:${fx.patient.b}`,
          scope: { kind: "chart", patientId: fx.patient.b },
          purpose: "treatment",
          grantedAt: Date.now(),
          expiresAt: Date.now() + 3_600_000,
          auditSeq: 1,
        });
      });
      expect(await codeOf(nurse.query(api.chart.demographics, { patientId: fx.patient.b }))).toBe("NOT_FOUND");
    }
  });

  test("a person in both practices cannot use A's grant after switching to B", async () => {
    const fx = await twoPractices();
    await fx.t.run((ctx) => ctx.db.patch("members", fx.member.b.physician, { email: emailOf("physician", "a") }));
    const doc = await signedIn(fx.t, emailOf("physician", "a"));
    await doc.mutation(api.access.openChart, { patientId: fx.patient.a });
    expect((await doc.query(api.chart.demographics, { patientId: fx.patient.a })).patient._id).toBe(fx.patient.a);
    await doc.mutation(api.viewer.switchPractice, { practiceId: fx.practice.b });
    expect(await codeOf(doc.query(api.chart.demographics, { patientId: fx.patient.a }))).toBe("NOT_FOUND");
    // In B they need B's own audited grant for B's patient.
    expect(await codeOf(doc.query(api.chart.demographics, { patientId: fx.patient.b }))).toBe("ACCESS_NOT_GRANTED");
  });
});

describe("the scoped database (row-level rules)", () => {
  async function membership(fx: Fixture, memberId: Id<"members">): Promise<Membership> {
    const user = await fx.t.run(async (ctx) => {
      const id = await ctx.db.insert("users", { tokenIdentifier: `tok-${memberId}`, email: "x@x.test", name: "x", lastSignInAt: 0 });
      await ctx.db.patch("members", memberId, { userId: id });
      return (await ctx.db.get("users", id))!;
    });
    const member = (await fx.t.run((ctx) => ctx.db.get("members", memberId)))!;
    return { identity: { tokenIdentifier: user.tokenIdentifier, subject: "s", issuer: "i" }, user, member, practiceId: member.practiceId };
  }

  test("reads of B's rows come back missing; queries return only A's rows", async () => {
    const fx = await twoPractices();
    const m = await membership(fx, fx.member.a.practice_admin);
    await fx.t.run(async (ctx) => {
      const db = wrapDatabaseReader({}, ctx.db, practiceRules(m), { defaultPolicy: "deny" });
      expect(await db.get("patients", fx.patient.b)).toBeNull();
      expect(await db.get("members", fx.member.b.nurse)).toBeNull();
      expect(await db.get("practices", fx.practice.b)).toBeNull();
      expect((await db.query("members").collect()).every((r) => r.practiceId === fx.practice.a)).toBe(true);
      expect((await db.query("patients").collect()).map((p) => p._id)).toEqual([fx.patient.a]);
      // Tables without rules (rate limits) are closed.
      expect(await db.query("rateLimits").collect()).toEqual([]);
    });
  });

  test("writes to B's rows are refused and leave them unchanged", async () => {
    const fx = await twoPractices();
    const m = await membership(fx, fx.member.a.practice_admin);
    const before = await practiceBRows(fx);
    await fx.t.run(async (ctx) => {
      const db = wrapDatabaseWriter({}, ctx.db, practiceRules(m), { defaultPolicy: "deny" });
      await expect(db.patch("patients", fx.patient.b, { firstName: "Changed" })).rejects.toThrow();
      await expect(db.patch("members", fx.member.b.nurse, { role: "practice_admin" })).rejects.toThrow();
      await expect(db.delete("members", fx.member.b.nurse)).rejects.toThrow();
      await expect(db.patch("practices", fx.practice.b, { name: "Mine now" })).rejects.toThrow();
      await expect(
        db.insert("members", { practiceId: fx.practice.b, email: "mole@x.test", name: "Mole", role: "practice_admin", status: "active" }),
      ).rejects.toThrow(/insert access not allowed/);
      await expect(
        db.insert("patients", { practiceId: fx.practice.b, mrn: "M", firstName: "F", lastName: "L", firstNameKey: "f", lastNameKey: "l", dob: "2000-01-01", sex: "unknown" }),
      ).rejects.toThrow(/insert access not allowed/);
    });
    expect(await practiceBRows(fx)).toEqual(before);
  });
});
