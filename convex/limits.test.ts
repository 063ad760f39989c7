/**
 * Rate limits on sensitive operations (per member and per practice), and the
 * MFA claim check for sessions from the production issuer.
 */
import { afterEach, describe, expect, test, vi } from "vitest";
import { api } from "./_generated/api";
import {
  FUNCTIONS,
  ISSUER,
  ROLES,
  callCase,
  emailOf,
  newTest,
  outcome,
  seedPractice,
  signedIn,
  snapshot,
  syntheticPatient,
  twoPractices,
  type TestConvex,
} from "./test.setup";

const T0 = Date.UTC(2030, 2, 3, 12, 0);

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

function freezeTime() {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(T0);
}

describe("rate limits", () => {
  test("hammering access.openChart as one member ends in RATE_LIMITED, 'Try again in N s', and the refused call writes nothing", async () => {
    freezeTime();
    const fx = await twoPractices();
    const nurse = await signedIn(fx.t, emailOf("nurse", "a"));
    let allowed = 0;
    let refused: Awaited<ReturnType<typeof outcome>> | undefined;
    for (let i = 0; i < 200 && refused === undefined; i++) {
      const r = await outcome(nurse.mutation(api.access.openChart, { patientId: fx.patient.a }));
      if (r.code === "OK") allowed++;
      else refused = r;
    }
    expect(refused?.code).toBe("RATE_LIMITED");
    // A burst is allowed (the chart list opens several charts quickly), but not an unbounded one.
    expect(allowed).toBeGreaterThanOrEqual(10);
    expect(allowed).toBeLessThan(200);
    const seconds = Number(/Try again in (\d+) s/.exec(refused?.message ?? "")?.[1]);
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(60);

    const before = await snapshot(fx.t);
    expect((await outcome(nurse.mutation(api.access.openChart, { patientId: fx.patient.a }))).code).toBe("RATE_LIMITED");
    expect(await snapshot(fx.t)).toEqual(before);
    expect(before.auditEvents).toHaveLength(allowed);

    // Another member is not affected, and the member may go on after the time the message named.
    const physician = await signedIn(fx.t, emailOf("physician", "a"));
    expect((await outcome(physician.mutation(api.access.openChart, { patientId: fx.patient.a }))).code).toBe("OK");
    vi.setSystemTime(T0 + (seconds - 1) * 1000 + 999);
    expect((await outcome(nurse.mutation(api.access.openChart, { patientId: fx.patient.a }))).code).toBe("RATE_LIMITED");
    vi.setSystemTime(T0 + seconds * 1000);
    expect((await outcome(nurse.mutation(api.access.openChart, { patientId: fx.patient.a }))).code).toBe("OK");
  });

  test("a whole practice is limited too, however many members share the load", async () => {
    freezeTime();
    const t = newTest();
    const roles = Array.from({ length: 14 }, () => "nurse" as const);
    const pid = await seedBigPractice(t, roles.length);
    const patient = await t.run((ctx) => ctx.db.query("patients").withIndex("by_practice_and_mrn", (q) => q.eq("practiceId", pid)).first());
    let allowed = 0;
    let refused: string | undefined;
    for (let n = 0; n < roles.length && refused === undefined; n++) {
      const nurse = await signedIn(t, `nurse${n}@big.test`);
      for (let i = 0; i < 25 && refused === undefined; i++) {
        const r = await outcome(nurse.mutation(api.access.openChart, { patientId: patient!._id }));
        if (r.code === "OK") allowed++;
        else refused = r.message;
      }
    }
    // No single member reached its own limit (25 each), so this is the practice's limit.
    expect(refused).toMatch(/Try again in \d+ s/);
    expect(allowed).toBeGreaterThan(25);
    expect(allowed).toBeLessThan(roles.length * 25);
  });

  test("viewer.signIn is limited per identity", async () => {
    freezeTime();
    const fx = await twoPractices();
    const codes: string[] = [];
    for (let i = 0; i < 40; i++) codes.push((await outcome(callCase(fx.t.withIdentity({ issuer: ISSUER, subject: "s", email: "x@x.test", emailVerified: true }), "viewer:signIn", {}))).code);
    expect(codes).toContain("RATE_LIMITED");
    expect(codes.indexOf("RATE_LIMITED")).toBeGreaterThan(0);
  });
});

async function seedBigPractice(t: TestConvex, nurses: number) {
  await seedPractice(t, "big", [], [syntheticPatient("big")]);
  const pid = await t.run(async (ctx) => (await ctx.db.query("practices").withIndex("by_slug", (q) => q.eq("slug", "big")).unique())!._id);
  await t.run(async (ctx) => {
    for (let n = 0; n < nurses; n++) {
      await ctx.db.insert("members", { practiceId: pid, email: `nurse${n}@big.test`, name: `Nurse ${n}`, role: "nurse", status: "active" });
    }
    // A recent visit, so the nurses have a care relationship with the patient.
    const patient = await ctx.db.query("patients").withIndex("by_practice_and_mrn", (q) => q.eq("practiceId", pid)).first();
    await ctx.db.insert("encounters", { practiceId: pid, patientId: patient!._id, startedAt: Date.now() - 86_400_000, type: "office", status: "closed" });
  });
  return pid;
}

describe("MFA for the production issuer", () => {
  const CLERK = "https://clerk.practice.test";

  /** A session from the production issuer for this member, with the given `fva` claim. */
  async function clerkSession(t: TestConvex, email: string, fva?: number[] | string) {
    const who = t.withIdentity({ issuer: CLERK, subject: `clerk-${email}`, email, emailVerified: true, ...(fva === undefined ? {} : { fva }) });
    await who.mutation(api.viewer.signIn, {});
    return who;
  }

  const withoutMfa: [string, number[] | string | undefined][] = [
    ["no fva claim", undefined],
    ["fva [5, -1] (no second factor)", [5, -1]],
    ["fva not a list", "5,2"],
    ["fva [5] (no second entry)", [5]],
  ];
  for (const [label, fva] of withoutMfa) {
    test(`${label}: every member function refuses with MFA_REQUIRED`, async () => {
      vi.stubEnv("CLERK_JWT_ISSUER_DOMAIN", `${CLERK}/`);
      for (const role of ROLES) {
        const fx = await twoPractices();
        const who = await clerkSession(fx.t, emailOf(role, "a"), fva);
        for (const [path, c] of Object.entries(FUNCTIONS)) {
          if (c.permission === null) continue;
          const r = await outcome(callCase(who, path, c.args(fx, "own")));
          expect(r.code, `${role} ${path}`).toBe("MFA_REQUIRED");
        }
        // Signing in and seeing who one is still work, so the app can say what to do.
        expect((await who.query(api.viewer.current, {}))?.active?.membership.role).toBe(role);
      }
    });
  }

  test("fva [5, 2] (second factor two minutes ago): member functions work", async () => {
    vi.stubEnv("CLERK_JWT_ISSUER_DOMAIN", CLERK);
    const fx = await twoPractices();
    const nurse = await clerkSession(fx.t, emailOf("nurse", "a"), [5, 2]);
    await nurse.mutation(api.access.openChart, { patientId: fx.patient.a });
    expect((await nurse.query(api.chart.demographics, { patientId: fx.patient.a })).patient._id).toBe(fx.patient.a);
    const admin = await clerkSession(fx.t, emailOf("practice_admin", "a"), [0, 0]);
    expect(await admin.query(api.members.list, {})).toHaveLength(ROLES.length);
  });

  test("identities from other issuers are unaffected, and without the setting nobody is asked", async () => {
    vi.stubEnv("CLERK_JWT_ISSUER_DOMAIN", CLERK);
    const fx = await twoPractices();
    const nurse = await signedIn(fx.t, emailOf("nurse", "a"));
    expect((await outcome(nurse.mutation(api.access.openChart, { patientId: fx.patient.a }))).code).toBe("OK");
    // An issuer that merely starts with the production one is another issuer.
    const lookalike = fx.t.withIdentity({ issuer: `${CLERK}.evil.test`, subject: "x", email: emailOf("physician", "a"), emailVerified: true });
    await lookalike.mutation(api.viewer.signIn, {});
    expect((await outcome(lookalike.mutation(api.access.openChart, { patientId: fx.patient.a }))).code).toBe("OK");
    vi.stubEnv("CLERK_JWT_ISSUER_DOMAIN", undefined);
    const clerkNoMfa = await clerkSession(fx.t, emailOf("front_desk", "a"));
    expect((await outcome(clerkNoMfa.mutation(api.access.openChart, { patientId: fx.patient.a }))).code).toBe("OK");
  });
});
