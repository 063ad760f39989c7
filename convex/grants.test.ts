/**
 * Access grants: PHI is read only under a live grant that an audited call
 * opened, for this member, this patient, for the practice's grant lifetime.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { api } from "./_generated/api";
import { DEFAULT_GRANT_MINUTES } from "./model/grants";
import { auditTrail, codeOf, emailOf, syntheticPatient, signedIn, twoPractices, type Fixture } from "./test.setup";
import { withKeys } from "./test.setup";

const MINUTE = 60_000;
const T0 = Date.UTC(2030, 5, 1, 8, 0);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(T0);
});
afterEach(() => {
  vi.useRealTimers();
});

const at = (minutes: number) => vi.setSystemTime(T0 + minutes * MINUTE);

async function nurseOf(fx: Fixture) {
  return await signedIn(fx.t, emailOf("nurse", "a"));
}

describe("a chart grant", () => {
  test("no grant: ACCESS_NOT_GRANTED; after openChart: the patient's demographics", async () => {
    const fx = await twoPractices();
    const nurse = await nurseOf(fx);
    expect(await codeOf(nurse.query(api.chart.demographics, { patientId: fx.patient.a }))).toBe("ACCESS_NOT_GRANTED");
    const grant = await nurse.mutation(api.access.openChart, { patientId: fx.patient.a });
    expect(grant).toEqual({ scopeKey: `chart:${fx.patient.a}`, expiresAt: T0 + DEFAULT_GRANT_MINUTES * MINUTE });
    const p = syntheticPatient("a");
    expect((await nurse.query(api.chart.demographics, { patientId: fx.patient.a })).patient).toMatchObject({
      _id: fx.patient.a,
      mrn: p.mrn,
      firstName: p.firstName,
      middleName: null,
      lastName: p.lastName,
      dob: p.dob,
      sex: p.sex,
      phone: p.phone,
      email: null,
      address: null,
    });
  });

  test("expires after the default lifetime, to the millisecond", async () => {
    const fx = await twoPractices();
    const nurse = await nurseOf(fx);
    const { expiresAt } = await nurse.mutation(api.access.openChart, { patientId: fx.patient.a });
    vi.setSystemTime(expiresAt - 1);
    expect((await nurse.query(api.chart.demographics, { patientId: fx.patient.a })).patient._id).toBe(fx.patient.a);
    vi.setSystemTime(expiresAt);
    expect(await codeOf(nurse.query(api.chart.demographics, { patientId: fx.patient.a }))).toBe("ACCESS_NOT_GRANTED");
  });

  test("re-opening after expiry grants again, and is audited again", async () => {
    const fx = await twoPractices();
    const nurse = await nurseOf(fx);
    await nurse.mutation(api.access.openChart, { patientId: fx.patient.a });
    at(DEFAULT_GRANT_MINUTES + 1);
    expect(await codeOf(nurse.query(api.chart.demographics, { patientId: fx.patient.a }))).toBe("ACCESS_NOT_GRANTED");
    await nurse.mutation(api.access.openChart, { patientId: fx.patient.a });
    expect((await nurse.query(api.chart.demographics, { patientId: fx.patient.a })).patient._id).toBe(fx.patient.a);
    const events = await auditTrail(fx.t, fx.practice.a);
    expect(events.map((e) => [e.verb, e.at])).toEqual([["chart.open", T0], ["chart.open", T0 + (DEFAULT_GRANT_MINUTES + 1) * MINUTE]]);
    // One grant row per member and scope, pointing at the latest audit event.
    const grants = await fx.t.run((ctx) => ctx.db.query("accessGrants").collect());
    expect(grants).toHaveLength(1);
    expect(grants[0]?.auditSeq).toBe(2);
  });

  test("covers only the patient it was opened for", async () => {
    const fx = await twoPractices();
    const second = await fx.t.run((ctx) => ctx.db.insert("patients", { practiceId: fx.practice.a, ...withKeys(syntheticPatient("a", 2)) }));
    const nurse = await nurseOf(fx);
    await nurse.mutation(api.access.openChart, { patientId: fx.patient.a });
    expect(await codeOf(nurse.query(api.chart.demographics, { patientId: second }))).toBe("ACCESS_NOT_GRANTED");
  });

  test("a grant of member X does not serve member Y", async () => {
    const fx = await twoPractices();
    const nurse = await nurseOf(fx);
    const physician = await signedIn(fx.t, emailOf("physician", "a"));
    const frontDesk = await signedIn(fx.t, emailOf("front_desk", "a"));
    await nurse.mutation(api.access.openChart, { patientId: fx.patient.a });
    for (const other of [physician, frontDesk]) {
      expect(await codeOf(other.query(api.chart.demographics, { patientId: fx.patient.a }))).toBe("ACCESS_NOT_GRANTED");
      expect(await codeOf(other.mutation(api.access.renew, { scope: { kind: "chart", patientId: fx.patient.a } }))).toBe("ACCESS_NOT_GRANTED");
    }
    // Nor does it serve the same person through another identity (another subject at the same issuer).
    const impostor = fx.t.withIdentity({ issuer: "https://idp.test", subject: "someone-else", email: emailOf("nurse", "a"), emailVerified: true });
    await impostor.mutation(api.viewer.signIn, {});
    expect(await codeOf(impostor.query(api.chart.demographics, { patientId: fx.patient.a }))).toBe("NO_MEMBERSHIP");
  });
});

describe("access.renew", () => {
  test("extends a live grant by the lifetime from now; the chart stays readable past the first expiry", async () => {
    const fx = await twoPractices();
    const nurse = await nurseOf(fx);
    const scope = { kind: "chart" as const, patientId: fx.patient.a };
    const first = await nurse.mutation(api.access.openChart, { patientId: fx.patient.a });
    at(10);
    const renewed = await nurse.mutation(api.access.renew, { scope });
    expect(renewed).toEqual({ scopeKey: first.scopeKey, expiresAt: T0 + (10 + DEFAULT_GRANT_MINUTES) * MINUTE });
    vi.setSystemTime(first.expiresAt + MINUTE);
    expect((await nurse.query(api.chart.demographics, { patientId: fx.patient.a })).patient._id).toBe(fx.patient.a);
    vi.setSystemTime(renewed.expiresAt);
    expect(await codeOf(nurse.query(api.chart.demographics, { patientId: fx.patient.a }))).toBe("ACCESS_NOT_GRANTED");
  });

  test("refuses an expired grant and does not revive it", async () => {
    const fx = await twoPractices();
    const nurse = await nurseOf(fx);
    const scope = { kind: "chart" as const, patientId: fx.patient.a };
    const { expiresAt } = await nurse.mutation(api.access.openChart, { patientId: fx.patient.a });
    vi.setSystemTime(expiresAt);
    expect(await codeOf(nurse.mutation(api.access.renew, { scope }))).toBe("ACCESS_NOT_GRANTED");
    const grant = await fx.t.run((ctx) => ctx.db.query("accessGrants").unique());
    expect(grant?.expiresAt).toBe(expiresAt);
    expect(await codeOf(nurse.query(api.chart.demographics, { patientId: fx.patient.a }))).toBe("ACCESS_NOT_GRANTED");
  });

  test("renews the audit-trail grant of a compliance officer the same way", async () => {
    const fx = await twoPractices();
    const co = await signedIn(fx.t, emailOf("compliance_officer", "a"));
    expect(await codeOf(co.mutation(api.access.renew, { scope: { kind: "audit" } }))).toBe("ACCESS_NOT_GRANTED");
    await co.mutation(api.access.openAuditTrail, {});
    at(5);
    expect((await co.mutation(api.access.renew, { scope: { kind: "audit" } })).expiresAt).toBe(T0 + (5 + DEFAULT_GRANT_MINUTES) * MINUTE);
  });
});

describe("the practice's accessGrantMinutes", () => {
  test("sets the lifetime of new and renewed grants", async () => {
    const fx = await twoPractices();
    await fx.t.run((ctx) => ctx.db.patch("practices", fx.practice.a, { accessGrantMinutes: 3 }));
    const nurse = await nurseOf(fx);
    const { expiresAt } = await nurse.mutation(api.access.openChart, { patientId: fx.patient.a });
    expect(expiresAt).toBe(T0 + 3 * MINUTE);
    at(2);
    expect((await nurse.mutation(api.access.renew, { scope: { kind: "chart", patientId: fx.patient.a } })).expiresAt).toBe(T0 + 5 * MINUTE);
    at(5);
    expect(await codeOf(nurse.query(api.chart.demographics, { patientId: fx.patient.a }))).toBe("ACCESS_NOT_GRANTED");
    // Practice B keeps the default.
    const bNurse = await signedIn(fx.t, emailOf("nurse", "b"));
    expect((await bNurse.mutation(api.access.openChart, { patientId: fx.patient.b })).expiresAt).toBe(T0 + (5 + DEFAULT_GRANT_MINUTES) * MINUTE);
  });

  test("a longer setting is honoured too", async () => {
    const fx = await twoPractices();
    await fx.t.run((ctx) => ctx.db.patch("practices", fx.practice.a, { accessGrantMinutes: 60 }));
    const nurse = await nurseOf(fx);
    await nurse.mutation(api.access.openChart, { patientId: fx.patient.a });
    at(59);
    expect((await nurse.query(api.chart.demographics, { patientId: fx.patient.a })).patient._id).toBe(fx.patient.a);
    at(60);
    expect(await codeOf(nurse.query(api.chart.demographics, { patientId: fx.patient.a }))).toBe("ACCESS_NOT_GRANTED");
  });
});

describe("a live grant does not outlive the membership or the permission", () => {
  test("deactivated: NO_MEMBERSHIP; demoted to a role without demographics.view: FORBIDDEN", async () => {
    const fx = await twoPractices();
    const nurse = await nurseOf(fx);
    const physician = await signedIn(fx.t, emailOf("physician", "a"));
    const admin = await signedIn(fx.t, emailOf("practice_admin", "a"));
    await nurse.mutation(api.access.openChart, { patientId: fx.patient.a });
    await physician.mutation(api.access.openChart, { patientId: fx.patient.a });
    await admin.mutation(api.members.setStatus, { memberId: fx.member.a.nurse, status: "deactivated" });
    await admin.mutation(api.members.changeRole, { memberId: fx.member.a.physician, role: "compliance_officer" });
    expect(await codeOf(nurse.query(api.chart.demographics, { patientId: fx.patient.a }))).toBe("NO_MEMBERSHIP");
    expect(await codeOf(physician.query(api.chart.demographics, { patientId: fx.patient.a }))).toBe("FORBIDDEN");
    // Nor can the demoted member keep the grant alive for a later promotion.
    expect(await codeOf(physician.mutation(api.access.renew, { scope: { kind: "chart", patientId: fx.patient.a } }))).toBe("FORBIDDEN");
  });
});
