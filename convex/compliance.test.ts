/**
 * The compliance workspace's server side: the filtered, paginated audit
 * viewer, chain verification and checkpoints, exports recorded with their
 * hashes, the patient access report, the review queue and the alert rules
 * that fill it. All data is synthetic.
 */
import { afterEach, describe, expect, test, vi } from "vitest";
import { api } from "./_generated/api";
import type { Doc, Id } from "./_generated/dataModel";
import { GENESIS_HASH } from "../lib/audit/chain";
import { DEFAULT_ALERT_RULES, type AlertRules } from "../lib/compliance/alerts";
import { appendAuditEvent } from "./model/audit";
import { auditTrail, codeOf, emailOf, signedIn, syntheticPatient, twoPractices, withKeys, type Caller, type Fixture } from "./test.setup";

afterEach(() => vi.useRealTimers());

/** Always-open hours, so the after-hours rule stays quiet unless a test wants it. */
const QUIET: AlertRules = { ...DEFAULT_ALERT_RULES, hours: { weekdays: [0, 1, 2, 3, 4, 5, 6], start: "00:00", end: "23:59" } };

async function setup(rules: AlertRules = QUIET) {
  const fx = await twoPractices();
  await fx.t.run(async (ctx) => {
    await ctx.db.patch("practices", fx.practice.a, { alertRules: rules });
    await ctx.db.patch("practices", fx.practice.b, { alertRules: rules });
    // The fixture's own queue item is not what these tests look at.
    for (const id of [fx.review.a, fx.review.b]) await ctx.db.delete("complianceReviews", id);
  });
  const as = (role: Parameters<typeof emailOf>[0], slug = "a") => signedIn(fx.t, emailOf(role, slug));
  const co = await as("compliance_officer");
  await co.mutation(api.access.openAuditTrail, {});
  return { fx, as, co };
}

async function addPatients(fx: Fixture, n: number): Promise<Id<"patients">[]> {
  return await fx.t.run(async (ctx) => {
    const ids: Id<"patients">[] = [];
    for (let i = 2; i < n + 2; i++) ids.push(await ctx.db.insert("patients", { practiceId: fx.practice.a, ...withKeys(syntheticPatient("a", i)) }));
    return ids;
  });
}

const page = (co: Caller, filters: Record<string, unknown>, numItems = 50, cursor: string | null = null, order: "asc" | "desc" = "desc") =>
  co.query(api.auditTrail.page, { filters, order, paginationOpts: { numItems, cursor } });

async function allPages(co: Caller, filters: Record<string, unknown>, numItems: number, order: "asc" | "desc" = "desc") {
  const rows = [];
  let cursor: string | null = null;
  for (let i = 0; i < 100; i++) {
    const r = await page(co, filters, numItems, cursor, order);
    rows.push(...r.page);
    if (r.isDone) return rows;
    cursor = r.continueCursor;
  }
  throw new Error("pagination did not end");
}

describe("audit viewer", () => {
  test("each filter returns exactly the matching events, newest first, with who and which patient", async () => {
    const { fx, as, co } = await setup();
    const desk = await as("front_desk");
    const nurse = await as("nurse");
    const [p2] = await addPatients(fx, 1);
    await desk.mutation(api.access.openChart, { patientId: fx.patient.a });
    await desk.mutation(api.access.openChart, { patientId: p2! });
    await nurse.mutation(api.access.openChartEmergency, { patientId: p2!, reason: "Emergency treatment", detail: "Synthetic emergency detail.", confirmed: true });
    const trail = await auditTrail(fx.t, fx.practice.a);

    const expectMatches = async (filters: Record<string, unknown>, keep: (e: Doc<"auditEvents">) => boolean) => {
      const rows = await allPages(co, filters, 2);
      const expected = trail.filter(keep).map((e) => e.seq).reverse();
      expect(rows.map((r) => r.seq), JSON.stringify(filters)).toEqual(expected);
      expect(expected.length, JSON.stringify(filters)).toBeGreaterThan(0);
      return rows;
    };
    const byPatient = await expectMatches({ patientId: p2 }, (e) => e.patientId === p2);
    expect(byPatient[0]!.patient).toEqual({ id: p2, name: "Testlasta2, Testfirsta2", mrn: "MRN-A-0002" });
    const byMember = await expectMatches({ memberId: fx.member.a.front_desk }, (e) => e.actor.memberId === fx.member.a.front_desk);
    expect(byMember[0]!.actor).toMatchObject({ name: expect.stringMatching(/\S/), role: "front_desk" });
    await expectMatches({ role: "nurse" }, (e) => e.actor.role === "nurse");
    await expectMatches({ verb: "chart.open" }, (e) => e.verb === "chart.open");
    await expectMatches({ action: "read" }, (e) => e.action === "read");
    await expectMatches({ outcome: "success" }, () => true);
    const emergency = await expectMatches({ emergency: true }, (e) => e.emergency === true);
    expect(emergency.map((r) => r.verb)).toEqual(["chart.emergency_open"]);
    // Combined: the patient index with the member as a residual filter.
    await expectMatches({ patientId: p2, memberId: fx.member.a.front_desk }, (e) => e.patientId === p2 && e.actor.memberId === fx.member.a.front_desk);
    await expectMatches({ patientId: p2, emergency: true, role: "nurse" }, (e) => e.patientId === p2 && e.emergency === true);
    expect((await page(co, { verb: "no.such.verb" })).page).toEqual([]);
  });

  test("a date range bounds every filter; oldest-first order walks the same events the other way", async () => {
    const { fx, as, co } = await setup();
    vi.useFakeTimers({ toFake: ["Date"] });
    const desk = await as("front_desk");
    const times = [Date.UTC(2030, 0, 1, 12), Date.UTC(2030, 0, 2, 12), Date.UTC(2030, 0, 3, 12)];
    for (const t of times) {
      vi.setSystemTime(t);
      await desk.mutation(api.access.openChart, { patientId: fx.patient.a });
    }
    vi.setSystemTime(times[2]! + 60_000);
    await co.mutation(api.access.openAuditTrail, {});
    const middle = { from: times[1]! - 1, to: times[1]! + 1 };
    for (const extra of [{}, { patientId: fx.patient.a }, { memberId: fx.member.a.front_desk }, { verb: "chart.open" }]) {
      const rows = await allPages(co, { ...middle, ...extra }, 10);
      expect(rows.map((r) => r.at), JSON.stringify(extra)).toEqual([times[1]]);
    }
    const asc = await allPages(co, { from: times[0], to: times[2], verb: "chart.open" }, 1, "asc");
    expect(asc.map((r) => r.at)).toEqual(times);
  });

  test("paging through many events returns each once, in order", async () => {
    const { fx, co } = await setup();
    await fx.t.run(async (ctx) => {
      for (let i = 0; i < 120; i++) {
        await appendAuditEvent(ctx.db, fx.practice.a, { kind: "system" }, { action: "execute", verb: "system.tick", category: "settings" });
      }
    });
    const rows = await allPages(co, { verb: "system.tick" }, 25);
    expect(rows).toHaveLength(120);
    const seqs = rows.map((r) => r.seq);
    expect([...seqs].sort((a, b) => b - a)).toEqual(seqs);
    expect(new Set(seqs).size).toBe(120);
    expect(rows[0]!.actor).toEqual({ kind: "system", memberId: null, name: null, role: null });
  });

  test("another practice's events never appear, whatever the filter", async () => {
    const { fx, as, co } = await setup();
    const deskB = await as("front_desk", "b");
    await deskB.mutation(api.access.openChart, { patientId: fx.patient.b });
    const rows = await allPages(co, { verb: "chart.open" }, 50);
    expect(rows).toEqual([]);
    expect(await codeOf(page(co, { memberId: fx.member.b.front_desk }))).toBe("NOT_FOUND");
  });

  test("without opening the trail, or after the grant expires, nothing is readable", async () => {
    const { fx, as } = await setup();
    const co2 = await as("compliance_officer");
    await fx.t.run(async (ctx) => {
      for (const g of await ctx.db.query("accessGrants").collect()) await ctx.db.patch("accessGrants", g._id, { expiresAt: Date.now() - 1 });
    });
    expect(await codeOf(page(co2, {}))).toBe("ACCESS_NOT_GRANTED");
    expect(await codeOf(co2.query(api.auditTrail.head, {}))).toBe("ACCESS_NOT_GRANTED");
  });
});

describe("integrity and checkpoints", () => {
  async function verifyAll(co: Caller, batchSize = 3) {
    let afterSeq = 0;
    let prevHash = GENESIS_HASH;
    for (let i = 0; i < 1000; i++) {
      const r = await co.query(api.auditTrail.verify, { afterSeq, prevHash, batchSize });
      if (r.broken !== null || r.done) return r;
      afterSeq = r.lastSeq;
      prevHash = r.lastHash;
    }
    throw new Error("did not finish");
  }

  test("an intact chain verifies to its head; a changed event is reported by number", async () => {
    const { fx, as, co } = await setup();
    const desk = await as("front_desk");
    for (let i = 0; i < 4; i++) await desk.mutation(api.access.openChart, { patientId: fx.patient.a });
    const head = await co.query(api.auditTrail.head, {});
    const ok = await verifyAll(co);
    expect(ok.broken).toBeNull();
    expect(ok.lastSeq).toBe(head!.seq);
    expect(ok.lastHash).toBe(head!.hash);

    const victim = (await auditTrail(fx.t, fx.practice.a))[2]!;
    await fx.t.run((ctx) => ctx.db.patch("auditEvents", victim._id, { purpose: "payment" }));
    const bad = await verifyAll(co);
    expect(bad.broken).toMatchObject({ seq: victim.seq, problem: "hash mismatch" });
    expect(bad.lastSeq).toBe(victim.seq - 1);
  });

  test("a checkpoint names an event and its hash; a deleted or duplicated event shows", async () => {
    const { fx, as, co } = await setup();
    const desk = await as("front_desk");
    await desk.mutation(api.access.openChart, { patientId: fx.patient.a });
    const head = (await co.query(api.auditTrail.head, {}))!;
    expect(await co.query(api.auditTrail.eventAt, { seq: head.seq })).toEqual({ found: "one", hash: head.hash });
    // Tail truncation: the newest event disappears. Only the checkpoint shows it.
    const newest = (await auditTrail(fx.t, fx.practice.a)).at(-1)!;
    await fx.t.run((ctx) => ctx.db.delete("auditEvents", newest._id));
    expect(await co.query(api.auditTrail.eventAt, { seq: newest.seq })).toEqual({ found: "none", hash: null });
    const first = (await auditTrail(fx.t, fx.practice.a))[0]!;
    await fx.t.run(async (ctx) => {
      const { _id, _creationTime, ...copy } = first;
      await ctx.db.insert("auditEvents", copy);
    });
    expect(await co.query(api.auditTrail.eventAt, { seq: first.seq })).toEqual({ found: "duplicate", hash: null });
  });

  test("exports and verifications are recorded with what they covered", async () => {
    const { fx, co } = await setup();
    const sha = "c".repeat(64);
    const { seq } = await co.mutation(api.auditTrail.recordExport, {
      filters: { patientId: fx.patient.a, from: 1000, to: 2000 },
      count: 7,
      firstSeq: 3,
      lastSeq: 9,
      csvSha256: sha,
      jsonSha256: "d".repeat(64),
    });
    const v = await co.mutation(api.auditTrail.recordVerification, { checkedThrough: seq, brokenAt: 4 });
    const trail = await auditTrail(fx.t, fx.practice.a);
    const exp = trail.find((e) => e.seq === seq)!;
    expect(exp).toMatchObject({ verb: "audit.export", category: "audit", patientId: fx.patient.a, actor: { role: "compliance_officer" } });
    expect(exp.details).toMatchObject({ count: 7, firstSeq: 3, lastSeq: 9, csvSha256: sha, from: 1000, to: 2000 });
    expect(trail.find((e) => e.seq === v.seq)).toMatchObject({ verb: "audit.verify", outcome: "failure", details: { checkedThrough: seq, brokenAt: 4 } });
  });
});

describe("patient access report", () => {
  test("lists who viewed or changed the chart in the period, with emergency and model calls, and is itself audited", async () => {
    const { fx, as, co } = await setup();
    const desk = await as("front_desk");
    const nurse = await as("nurse");
    const [other] = await addPatients(fx, 1);
    await desk.mutation(api.access.openChart, { patientId: fx.patient.a });
    await desk.mutation(api.access.openChart, { patientId: other! });
    await nurse.mutation(api.access.openChartEmergency, { patientId: fx.patient.a, reason: "Emergency treatment", detail: "Synthetic emergency detail.", confirmed: true });
    await fx.t.run((ctx) =>
      appendAuditEvent(ctx.db, fx.practice.a, { kind: "member", memberId: fx.member.a.physician, role: "physician" }, {
        action: "execute",
        verb: "ai.draft",
        category: "ai",
        patientId: fx.patient.a,
        details: { modelId: "local.soap-drafter", redactedNames: 2 },
      }),
    );
    const found = await co.mutation(api.accessReport.lookupPatients, { query: "MRN-A-0001" });
    expect(found.results.map((r) => r.id)).toEqual([fx.patient.a]);
    const report = await co.mutation(api.accessReport.run, { patientId: fx.patient.a, from: 0, to: Date.now() + 1000 });
    expect(report.patient).toMatchObject({ mrn: "MRN-A-0001", name: "Testlasta1, Testfirsta1" });
    expect(report.events.every((e) => e.patient?.id === fx.patient.a)).toBe(true);
    expect(report.events.map((e) => e.verb)).toEqual(["chart.open", "chart.emergency_open", "ai.draft"]);
    expect(report.events[1]).toMatchObject({ emergency: true, actor: { role: "nurse" }, purpose: "emergency" });
    expect(report.summary).toEqual({ people: 3, views: 2, changes: 0, emergency: 1, modelCalls: 1 });
    const trail = await auditTrail(fx.t, fx.practice.a);
    expect(trail.at(-1)).toMatchObject({ verb: "audit.access_report", patientId: fx.patient.a, details: { count: 3 } });
    expect(trail.at(-2)).toMatchObject({ verb: "patient.lookup", details: { resultCount: 1 } });
    // A period before any of it is empty.
    expect((await co.mutation(api.accessReport.run, { patientId: fx.patient.a, from: 0, to: 1000 })).events).toEqual([]);
  });
});

describe("review queue", () => {
  test("an emergency access waits for review with its reason; a decision is recorded once and audited", async () => {
    const { fx, as, co } = await setup();
    const nurse = await as("nurse");
    await nurse.mutation(api.access.openChartEmergency, { patientId: fx.patient.a, reason: "Emergency treatment", detail: "Synthetic emergency detail.", confirmed: true });
    const pending = await co.query(api.reviews.list, { status: "pending", paginationOpts: { numItems: 10, cursor: null } });
    expect(pending.page).toHaveLength(1);
    const item = pending.page[0]!;
    expect(item).toMatchObject({
      kind: "emergency_access",
      status: "pending",
      member: { id: fx.member.a.nurse, role: "nurse" },
      patient: { id: fx.patient.a, mrn: "MRN-A-0001" },
      emergency: { reason: "Emergency treatment", detail: "Synthetic emergency detail." },
      review: null,
    });
    expect(await co.query(api.reviews.pendingCount, {})).toEqual({ count: 1, more: false });

    await co.mutation(api.reviews.decide, { reviewId: item._id, verdict: "flagged", comment: "Synthetic: no emergency on record." });
    expect(await codeOf(co.mutation(api.reviews.decide, { reviewId: item._id, verdict: "appropriate", comment: "" }))).toBe("CONFLICT");
    expect((await co.query(api.reviews.list, { status: "pending", paginationOpts: { numItems: 10, cursor: null } })).page).toEqual([]);
    const flagged = await co.query(api.reviews.list, { status: "flagged", paginationOpts: { numItems: 10, cursor: null } });
    expect(flagged.page[0]!.review).toMatchObject({ comment: "Synthetic: no emergency on record.", by: expect.stringMatching(/\S/) });
    const last = (await auditTrail(fx.t, fx.practice.a)).at(-1)!;
    expect(last).toMatchObject({ verb: "review.decide", patientId: fx.patient.a, details: { verdict: "flagged", kind: "emergency_access" } });
    // The clinician's free text never enters the trail.
    expect(JSON.stringify(await auditTrail(fx.t, fx.practice.a))).not.toContain("Synthetic emergency detail");
  });

  test("nobody reviews their own access", async () => {
    const { fx, co } = await setup();
    const own = await fx.t.run((ctx) =>
      ctx.db.insert("complianceReviews", { practiceId: fx.practice.a, kind: "after_hours", memberId: fx.member.a.compliance_officer, at: Date.now(), auditSeq: 1, facts: {}, status: "pending" }),
    );
    expect(await codeOf(co.mutation(api.reviews.decide, { reviewId: own, verdict: "appropriate", comment: "" }))).toBe("FORBIDDEN");
  });
});

describe("alert rules", () => {
  const queued = (fx: Fixture) => fx.t.run((ctx) => ctx.db.query("complianceReviews").collect());

  test("more distinct charts in an hour than the threshold queues one item for the member", async () => {
    const { fx, as } = await setup({ ...QUIET, chartsPerHour: 2 });
    const desk = await as("front_desk");
    const ids = await addPatients(fx, 4);
    await desk.mutation(api.access.openChart, { patientId: ids[0]! });
    await desk.mutation(api.access.openChart, { patientId: ids[1]! });
    await desk.mutation(api.access.openChart, { patientId: ids[0]! }); // the same chart again is not a new one
    expect(await queued(fx)).toEqual([]);
    await desk.mutation(api.access.openChart, { patientId: ids[2]! });
    await desk.mutation(api.access.openChart, { patientId: ids[3]! });
    const items = await queued(fx);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: "chart_volume", memberId: fx.member.a.front_desk, status: "pending", facts: { charts: 3, threshold: 2 } });
  });

  test("a patient with the member's surname or home address is queued; turned off, it is not", async () => {
    const { fx, as } = await setup();
    await fx.t.run(async (ctx) => {
      await ctx.db.patch("members", fx.member.a.front_desk, { name: "Dana Testlasta1", homeAddress: { line1: "12 Synthetic Street", zip: "99999" } });
      await ctx.db.patch("patients", fx.patient.a, { address: { line1: "12 synthetic st.", city: "Testville", state: "TX", zip: "99999-1234" } });
    });
    const desk = await as("front_desk");
    await desk.mutation(api.access.openChart, { patientId: fx.patient.a });
    expect((await queued(fx)).map((i) => i.kind).sort()).toEqual(["same_address", "same_surname"]);
    // Re-opening the same chart the same day does not queue it again.
    await desk.mutation(api.access.openChart, { patientId: fx.patient.a });
    expect(await queued(fx)).toHaveLength(2);

    const off = await setup({ ...QUIET, sameSurname: false, sameAddress: false });
    await off.fx.t.run(async (ctx) => {
      await ctx.db.patch("members", off.fx.member.a.front_desk, { name: "Dana Testlasta1", homeAddress: { line1: "12 Synthetic Street", zip: "99999" } });
      await ctx.db.patch("patients", off.fx.patient.a, { address: { line1: "12 Synthetic Street", city: "Testville", state: "TX", zip: "99999" } });
    });
    await (await off.as("front_desk")).mutation(api.access.openChart, { patientId: off.fx.patient.a });
    expect(await queued(off.fx)).toEqual([]);
  });

  test("an admin records a member's home address (audited without it); the alert then fires", async () => {
    const { fx, as } = await setup();
    const admin = await as("practice_admin");
    await fx.t.run((ctx) => ctx.db.patch("patients", fx.patient.a, { address: { line1: "7 Synthetic Ave", city: "Testville", state: "TX", zip: "99998" } }));
    await admin.mutation(api.members.setHomeAddress, { memberId: fx.member.a.front_desk, address: { line1: "7 synthetic avenue", zip: "99998" } });
    const event = (await auditTrail(fx.t, fx.practice.a)).at(-1)!;
    expect(event).toMatchObject({ verb: "member.home_address", details: { onFile: true, hadOne: false } });
    expect(JSON.stringify(event)).not.toContain("synthetic avenue");
    expect((await admin.query(api.members.list, {})).find((m) => m._id === fx.member.a.front_desk)?.homeAddress).toEqual({ line1: "7 synthetic avenue", zip: "99998" });
    await (await as("front_desk")).mutation(api.access.openChart, { patientId: fx.patient.a });
    expect((await queued(fx)).map((i) => i.kind)).toEqual(["same_address"]);
    await admin.mutation(api.members.setHomeAddress, { memberId: fx.member.a.front_desk, address: null });
    expect((await admin.query(api.members.list, {})).find((m) => m._id === fx.member.a.front_desk)?.homeAddress).toBeNull();
  });

  test("access outside the practice's hours is queued", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    // A Sunday, 03:00 in Chicago (the fixture practice's zone).
    vi.setSystemTime(Date.UTC(2030, 0, 6, 9, 0));
    const { fx, as } = await setup(DEFAULT_ALERT_RULES);
    await (await as("front_desk")).mutation(api.access.openChart, { patientId: fx.patient.a });
    expect((await queued(fx)).map((i) => i.kind)).toEqual(["after_hours"]);
    // Tuesday 10:00 in Chicago: within hours, nothing more.
    vi.setSystemTime(Date.UTC(2030, 0, 8, 16, 0));
    const { fx: fx2, as: as2 } = await setup(DEFAULT_ALERT_RULES);
    await (await as2("front_desk")).mutation(api.access.openChart, { patientId: fx2.patient.a });
    expect(await queued(fx2)).toEqual([]);
  });

  test("admins change the rules (audited with old and new); others cannot", async () => {
    const { fx, as } = await setup(DEFAULT_ALERT_RULES);
    const admin = await as("practice_admin");
    expect(await admin.query(api.alertRules.get, {})).toEqual(DEFAULT_ALERT_RULES);
    const next = { ...DEFAULT_ALERT_RULES, chartsPerHour: 35, afterHours: false, hours: { weekdays: [5, 1], start: "08:00", end: "17:30" } };
    await admin.mutation(api.alertRules.set, { rules: next });
    expect(await admin.query(api.alertRules.get, {})).toEqual({ ...next, hours: { ...next.hours, weekdays: [1, 5] } });
    expect((await auditTrail(fx.t, fx.practice.a)).at(-1)).toMatchObject({
      verb: "settings.alert_rules",
      details: { oldChartsPerHour: 20, newChartsPerHour: 35, oldRules: "surname,address,hours", newRules: "surname,address", newHours: "15 08:00-17:30" },
    });
    expect(await codeOf((await as("compliance_officer")).mutation(api.alertRules.set, { rules: next }))).toBe("FORBIDDEN");
  });
});
