/**
 * Membership administration: changes apply to the affected member's very next
 * call (the role is read from the database, never from the token), admins
 * cannot lock themselves or the practice out, and memberships added by email
 * link when that person signs in.
 */
import { describe, expect, test } from "vitest";
import { api } from "./_generated/api";
import { as, codeOf, emailOf, signedIn, twoPractices } from "./test.setup";

describe("add, changeRole, setStatus", () => {
  test("add creates an active, unlinked membership in the caller's practice, normalising the email", async () => {
    const fx = await twoPractices();
    const admin = await signedIn(fx.t, emailOf("practice_admin", "a"));
    const id = await admin.mutation(api.members.add, { email: "  New.Nurse@A.test ", name: " New Nurse ", role: "nurse", title: "RN" });
    const row = await fx.t.run((ctx) => ctx.db.get("members", id));
    expect(row).toMatchObject({ practiceId: fx.practice.a, email: "new.nurse@a.test", name: "New Nurse", role: "nurse", status: "active", title: "RN" });
    expect(row?.userId).toBeUndefined();
    const listed = (await admin.query(api.members.list, {})).find((m) => m._id === id);
    expect(listed).toMatchObject({ linked: false, isSelf: false, status: "active" });
  });

  test("a nurse demoted to front desk loses clinical.view on the very next call", async () => {
    const fx = await twoPractices();
    const admin = await signedIn(fx.t, emailOf("practice_admin", "a"));
    const nurse = await signedIn(fx.t, emailOf("nurse", "a"));
    expect((await nurse.query(api.viewer.current, {}))?.active?.permissions).toContain("clinical.view");
    await nurse.mutation(api.access.openChart, { patientId: fx.patient.a });
    await admin.mutation(api.members.changeRole, { memberId: fx.member.a.nurse, role: "front_desk" });
    // Same identity, same token: the new role applies at once.
    const me = await nurse.query(api.viewer.current, {});
    expect(me?.active?.membership.role).toBe("front_desk");
    expect(me?.active?.permissions).not.toContain("clinical.view");
    // The next chart access is recorded as a front-desk (demographics) access, not a clinical one.
    await nurse.mutation(api.access.openChart, { patientId: fx.patient.a });
    const events = await fx.t.run((ctx) => ctx.db.query("auditEvents").collect());
    const opens = events.filter((e) => e.verb === "chart.open");
    expect(opens.map((e) => [e.actor.role, e.category])).toEqual([["nurse", "clinical"], ["front_desk", "demographics"]]);
  });

  test("demoted to a role without demographics.view: the next chart call is FORBIDDEN", async () => {
    const fx = await twoPractices();
    const admin = await signedIn(fx.t, emailOf("practice_admin", "a"));
    const nurse = await signedIn(fx.t, emailOf("nurse", "a"));
    await nurse.mutation(api.access.openChart, { patientId: fx.patient.a });
    await admin.mutation(api.members.changeRole, { memberId: fx.member.a.nurse, role: "compliance_officer" });
    expect(await codeOf(nurse.query(api.chart.demographics, { patientId: fx.patient.a }))).toBe("FORBIDDEN");
    expect(await codeOf(nurse.mutation(api.access.openChart, { patientId: fx.patient.a }))).toBe("FORBIDDEN");
    // ...and gains what the new role holds.
    expect((await nurse.mutation(api.access.openAuditTrail, {})).scopeKey).toBe("audit");
  });

  test("a deactivated member's next call is NO_MEMBERSHIP though their identity is unchanged; reactivation restores it", async () => {
    const fx = await twoPractices();
    const admin = await signedIn(fx.t, emailOf("practice_admin", "a"));
    const co = await signedIn(fx.t, emailOf("compliance_officer", "a"));
    expect(await co.query(api.members.list, {})).toHaveLength(5);
    await admin.mutation(api.members.setStatus, { memberId: fx.member.a.compliance_officer, status: "deactivated" });
    expect(await codeOf(co.query(api.members.list, {}))).toBe("NO_MEMBERSHIP");
    expect(await codeOf(co.mutation(api.access.openAuditTrail, {}))).toBe("NO_MEMBERSHIP");
    // Signing in again does not bring it back.
    await co.mutation(api.viewer.signIn, {});
    expect(await codeOf(co.query(api.members.list, {}))).toBe("NO_MEMBERSHIP");
    await admin.mutation(api.members.setStatus, { memberId: fx.member.a.compliance_officer, status: "active" });
    await co.mutation(api.viewer.signIn, {});
    expect(await co.query(api.members.list, {})).toHaveLength(5);
  });

  test("a demoted admin loses members.manage at once", async () => {
    const fx = await twoPractices();
    const admin = await signedIn(fx.t, emailOf("practice_admin", "a"));
    const second = await fx.t.run((ctx) =>
      ctx.db.insert("members", { practiceId: fx.practice.a, email: "admin2@a.test", name: "Admin Two", role: "practice_admin", status: "active" }),
    );
    const admin2 = await signedIn(fx.t, "admin2@a.test");
    await admin.mutation(api.members.changeRole, { memberId: second, role: "nurse" });
    expect(await codeOf(admin2.mutation(api.members.setStatus, { memberId: fx.member.a.practice_admin, status: "deactivated" }))).toBe("FORBIDDEN");
    expect(await codeOf(admin2.mutation(api.members.add, { email: "x@a.test", name: "X", role: "practice_admin" }))).toBe("FORBIDDEN");
  });
});

describe("admins cannot lock themselves or the practice out", () => {
  test("an admin cannot deactivate, reactivate or change the role of themselves", async () => {
    const fx = await twoPractices();
    const admin = await signedIn(fx.t, emailOf("practice_admin", "a"));
    const self = fx.member.a.practice_admin;
    for (const role of ["nurse", "compliance_officer", "physician"] as const) {
      expect(await codeOf(admin.mutation(api.members.changeRole, { memberId: self, role }))).toBe("FORBIDDEN");
    }
    expect(await codeOf(admin.mutation(api.members.setStatus, { memberId: self, status: "deactivated" }))).toBe("FORBIDDEN");
    expect(await fx.t.run((ctx) => ctx.db.get("members", self))).toMatchObject({ role: "practice_admin", status: "active" });
  });

  test("the last active practice admin cannot be removed, whatever order two admins act in", async () => {
    const fx = await twoPractices();
    await fx.t.run((ctx) =>
      ctx.db.insert("members", { practiceId: fx.practice.a, email: "admin2@a.test", name: "Admin Two", role: "practice_admin", status: "active" }),
    );
    const admin1 = await signedIn(fx.t, emailOf("practice_admin", "a"));
    const admin2 = await signedIn(fx.t, "admin2@a.test");
    const list = await admin1.query(api.members.list, {});
    const id2 = list.find((m) => m.email === "admin2@a.test")!._id;
    // Each tries to remove the other; only the first succeeds.
    await admin1.mutation(api.members.setStatus, { memberId: id2, status: "deactivated" });
    expect(await codeOf(admin2.mutation(api.members.setStatus, { memberId: fx.member.a.practice_admin, status: "deactivated" }))).toBe("NO_MEMBERSHIP");
    expect(await codeOf(admin2.mutation(api.members.changeRole, { memberId: fx.member.a.practice_admin, role: "nurse" }))).toBe("NO_MEMBERSHIP");
    // The remaining admin cannot remove themselves either.
    expect(await codeOf(admin1.mutation(api.members.changeRole, { memberId: fx.member.a.practice_admin, role: "nurse" }))).toBe("FORBIDDEN");
    const admins = (await admin1.query(api.members.list, {})).filter((m) => m.role === "practice_admin" && m.status === "active");
    expect(admins.map((m) => m._id)).toEqual([fx.member.a.practice_admin]);
  });
});

describe("duplicates", () => {
  test("an email already in the practice is CONFLICT, whatever its case or spacing; another practice's is fine", async () => {
    const fx = await twoPractices();
    const admin = await signedIn(fx.t, emailOf("practice_admin", "a"));
    for (const email of [emailOf("nurse", "a"), ` ${emailOf("nurse", "a").toUpperCase()} `]) {
      expect(await codeOf(admin.mutation(api.members.add, { email, name: "Dup", role: "physician" }))).toBe("CONFLICT");
    }
    // A deactivated member's email is still taken: reactivate them instead.
    await admin.mutation(api.members.setStatus, { memberId: fx.member.a.nurse, status: "deactivated" });
    expect(await codeOf(admin.mutation(api.members.add, { email: emailOf("nurse", "a"), name: "Dup", role: "nurse" }))).toBe("CONFLICT");
    expect(await codeOf(admin.mutation(api.members.add, { email: emailOf("nurse", "b"), name: "Shared", role: "nurse" }))).toBe("OK");
    const rows = await fx.t.run((ctx) => ctx.db.query("members").collect());
    expect(rows.filter((m) => m.practiceId === fx.practice.a && m.email === emailOf("nurse", "a"))).toHaveLength(1);
  });
});

describe("linking by email at sign-in", () => {
  test("a membership added by email links when that person signs in with that verified email", async () => {
    const fx = await twoPractices();
    const admin = await signedIn(fx.t, emailOf("practice_admin", "a"));
    const id = await admin.mutation(api.members.add, { email: "Dr.New@Clinic.test", name: "Dr New", role: "physician" });
    const newcomer = as(fx.t, "dr.new@clinic.test");
    expect(await codeOf(newcomer.query(api.members.list, {}))).toBe("NO_MEMBERSHIP");
    await newcomer.mutation(api.viewer.signIn, {});
    const me = await newcomer.query(api.viewer.current, {});
    expect(me?.active?.membership).toMatchObject({ memberId: id, practiceId: fx.practice.a, role: "physician" });
    expect((await admin.query(api.members.list, {})).find((m) => m._id === id)?.linked).toBe(true);
    expect(await codeOf(newcomer.mutation(api.access.openChart, { patientId: fx.patient.a }))).toBe("OK");
  });

  test("an unverified email, or a different email, links nothing", async () => {
    const fx = await twoPractices();
    const admin = await signedIn(fx.t, emailOf("practice_admin", "a"));
    const id = await admin.mutation(api.members.add, { email: "pending@a.test", name: "Pending", role: "physician" });
    expect(await codeOf(as(fx.t, "pending@a.test", false).mutation(api.viewer.signIn, {}))).toBe("NOT_SIGNED_IN");
    await signedIn(fx.t, "someone.else@a.test");
    expect((await fx.t.run((ctx) => ctx.db.get("members", id)))?.userId).toBeUndefined();
  });

  test("once linked, the membership stays with the first person: a second identity with the same email gets nothing", async () => {
    const fx = await twoPractices();
    await signedIn(fx.t, emailOf("physician", "a"));
    const second = fx.t.withIdentity({ issuer: "https://other-idp.test", subject: "x", email: emailOf("physician", "a"), emailVerified: true });
    await second.mutation(api.viewer.signIn, {});
    expect((await second.query(api.viewer.current, {}))?.active ?? null).toBeNull();
    expect(await codeOf(second.query(api.members.list, {}))).toBe("NO_MEMBERSHIP");
  });
});
