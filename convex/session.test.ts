/**
 * The practice's idle limit: every member reads it, only admins change it,
 * within 1 to 60 whole minutes, audited with old and new values, and only
 * for their own practice.
 */
import { describe, expect, test } from "vitest";
import { api, internal } from "./_generated/api";
import { ISSUER, ROLES, auditTrail, codeOf, emailOf, signedIn, twoPractices } from "./test.setup";

describe("session.policy", () => {
  test("every role reads its own practice's idle limit", async () => {
    const fx = await twoPractices();
    await fx.t.run((ctx) => ctx.db.patch("practices", fx.practice.b, { idleTimeoutMinutes: 7 }));
    for (const role of ROLES) {
      const who = await signedIn(fx.t, emailOf(role, "a"));
      expect(await who.query(api.session.policy, {}), role).toEqual({ idleTimeoutMinutes: 15, sessionId: null });
    }
    const other = await signedIn(fx.t, emailOf("nurse", "b"));
    expect(await other.query(api.session.policy, {})).toEqual({ idleTimeoutMinutes: 7, sessionId: null });
  });
});

test("names the caller's sign-in session from the token's sid claim", async () => {
  const fx = await twoPractices();
  await signedIn(fx.t, emailOf("nurse", "a"));
  const email = emailOf("nurse", "a");
  const withSid = fx.t.withIdentity({ issuer: ISSUER, subject: `sub-${email}`, email, emailVerified: true, name: email, sid: "sess_123" });
  expect(await withSid.query(api.session.policy, {})).toEqual({ idleTimeoutMinutes: 15, sessionId: "sess_123" });
});

describe("session.setIdleTimeout", () => {
  test("an admin changes it; members see the new value; the change is audited with old and new values", async () => {
    const fx = await twoPractices();
    const admin = await signedIn(fx.t, emailOf("practice_admin", "a"));
    const nurse = await signedIn(fx.t, emailOf("nurse", "a"));
    const before = (await auditTrail(fx.t, fx.practice.a)).length;
    await admin.mutation(api.session.setIdleTimeout, { minutes: 5 });
    expect(await nurse.query(api.session.policy, {})).toEqual({ idleTimeoutMinutes: 5, sessionId: null });
    const events = (await auditTrail(fx.t, fx.practice.a)).slice(before);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "update",
      verb: "settings.idle_timeout",
      category: "settings",
      outcome: "success",
      actor: { kind: "member", role: "practice_admin" },
      resource: { table: "practices", id: fx.practice.a },
      details: { oldIdleTimeoutMinutes: 15, idleTimeoutMinutes: 5 },
    });
    // The other practice is untouched.
    const otherNurse = await signedIn(fx.t, emailOf("nurse", "b"));
    expect(await otherNurse.query(api.session.policy, {})).toEqual({ idleTimeoutMinutes: 15, sessionId: null });
  });

  test("setting the same value writes nothing", async () => {
    const fx = await twoPractices();
    const admin = await signedIn(fx.t, emailOf("practice_admin", "a"));
    const before = (await auditTrail(fx.t, fx.practice.a)).length;
    await admin.mutation(api.session.setIdleTimeout, { minutes: 15 });
    expect(await auditTrail(fx.t, fx.practice.a)).toHaveLength(before);
  });

  test("bounds: 1 and 60 are accepted; 0, 61 and fractions are INVALID and change nothing", async () => {
    const fx = await twoPractices();
    const admin = await signedIn(fx.t, emailOf("practice_admin", "a"));
    await admin.mutation(api.session.setIdleTimeout, { minutes: 1 });
    expect(await admin.query(api.session.policy, {})).toEqual({ idleTimeoutMinutes: 1, sessionId: null });
    await admin.mutation(api.session.setIdleTimeout, { minutes: 60 });
    expect(await admin.query(api.session.policy, {})).toEqual({ idleTimeoutMinutes: 60, sessionId: null });
    for (const minutes of [0, 61, 14.5, -1]) {
      expect(await codeOf(admin.mutation(api.session.setIdleTimeout, { minutes })), String(minutes)).toBe("INVALID");
    }
    expect(await admin.query(api.session.policy, {})).toEqual({ idleTimeoutMinutes: 60, sessionId: null });
  });

  test("other roles are refused and nothing changes", async () => {
    const fx = await twoPractices();
    for (const role of ROLES.filter((r) => r !== "practice_admin")) {
      const who = await signedIn(fx.t, emailOf(role, "a"));
      expect(await codeOf(who.mutation(api.session.setIdleTimeout, { minutes: 3 })), role).toBe("FORBIDDEN");
    }
    const admin = await signedIn(fx.t, emailOf("practice_admin", "a"));
    expect(await admin.query(api.session.policy, {})).toEqual({ idleTimeoutMinutes: 15, sessionId: null });
  });
});

describe("session.setIdleLimitForTests (internal, admin key only)", () => {
  test("sets a limit in seconds for a practice, audited as a system change", async () => {
    const fx = await twoPractices();
    const slug = await fx.t.run(async (ctx) => (await ctx.db.get("practices", fx.practice.a))!.slug);
    await fx.t.mutation(internal.session.setIdleLimitForTests, { slug, seconds: 30 });
    const nurse = await signedIn(fx.t, emailOf("nurse", "a"));
    expect(await nurse.query(api.session.policy, {})).toEqual({ idleTimeoutMinutes: 0.5, sessionId: null });
    const last = (await auditTrail(fx.t, fx.practice.a)).at(-1);
    expect(last).toMatchObject({ actor: { kind: "system" }, verb: "settings.idle_timeout", details: { idleTimeoutMinutes: 0.5 } });
    expect(await codeOf(fx.t.mutation(internal.session.setIdleLimitForTests, { slug, seconds: 5 }))).toBe("INVALID");
  });
});
