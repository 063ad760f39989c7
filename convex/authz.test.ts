/**
 * The authorization matrix: every public function × every role × {own
 * practice, another practice's ids, no identity, deactivated member}, with the
 * expected outcome derived from the permission the function needs and the
 * role → permission table. The list of functions comes from the code, so a new
 * public function without an entry in FUNCTIONS fails here.
 */
import { describe, expect, test } from "vitest";
import { api } from "./_generated/api";
import {
  FUNCTIONS,
  ROLES,
  callCase,
  emailOf,
  expectedOutcome,
  hasPermission,
  newTest,
  outcome,
  registeredFunctions,
  setStatusDirect,
  signedIn,
  twoPractices,
  type Where,
} from "./test.setup";
import type { Role } from "../lib/roles";
import { permissionsOf } from "./permissions";

describe("the table covers exactly the public functions", () => {
  test("every public function has an entry and every entry names a public function", async () => {
    const all = await registeredFunctions();
    const pub = [...all].filter(([, f]) => f.isPublic).map(([path]) => path);
    // Discovery is not vacuous: it sees the internal functions too, and keeps them out.
    expect(all.get("seed:loadPractice")?.isPublic).toBe(false);
    expect(all.get("auditChain:verifyBatch")?.isPublic).toBe(false);
    expect(pub.sort()).toEqual(Object.keys(FUNCTIONS).sort());
  });

  test("each entry has the function's kind, and says truly whether its arguments carry ids", async () => {
    const all = await registeredFunctions();
    for (const [path, c] of Object.entries(FUNCTIONS)) {
      const f = all.get(path);
      expect(f?.kind, path).toBe(c.kind);
      expect(f?.args.includes('"type":"id"'), `${path} takesIds`).toBe(c.takesIds);
    }
  });

  test("every public function validates its arguments and pins the shape of its result", async () => {
    for (const [path, f] of await registeredFunctions()) {
      if (!f.isPublic) continue;
      expect(JSON.parse(f.args), path).toMatchObject({ type: "object" });
      expect(f.returns, `${path} has a returns validator`).not.toBe("null");
      expect(f.args + f.returns, path).not.toContain('"type":"any"');
    }
  });

  test("every permission a function names is held by at least one role, and the table is deny-by-default", () => {
    for (const [path, c] of Object.entries(FUNCTIONS)) {
      if (c.permission === null) continue;
      expect(ROLES.some((r) => hasPermission(r, c.permission!)), path).toBe(true);
    }
    expect(permissionsOf("no_such_role" as Role)).toEqual([]);
  });
});

type Context = Where | "noGrant" | "deactivated";

/** One cell: a fresh database (so rate limits never carry over), the caller signed in as `role` of practice "a". */
async function cell(path: string, role: Role, context: Context) {
  const c = FUNCTIONS[path]!;
  const fx = await twoPractices(newTest());
  const caller = await signedIn(fx.t, emailOf(role, "a"));
  if (c.grant !== undefined && context !== "noGrant" && hasPermission(role, c.grant.permission)) {
    await c.grant.open(fx, caller);
  }
  if (context === "deactivated") await setStatusDirect(fx.t, fx.member.a[role], "deactivated");
  const result = await outcome(callCase(caller, path, c.args(fx, context === "other" ? "other" : "own")));
  return { fx, caller, result };
}

for (const [path, c] of Object.entries(FUNCTIONS)) {
  describe(path, () => {
    test("without an identity: NOT_SIGNED_IN", async () => {
      for (const where of c.takesIds ? (["own", "other"] as const) : (["own"] as const)) {
        const fx = await twoPractices(newTest());
        expect((await outcome(callCase(fx.t, path, c.args(fx, where)))).code, where).toBe("NOT_SIGNED_IN");
      }
    });

    for (const role of ROLES) {
      test(`${role}, own practice: ${expectedOutcome(c, role, "own")}`, async () => {
        const { result } = await cell(path, role, "own");
        expect(result.code, result.message).toBe(expectedOutcome(c, role, "own"));
      });

      if (c.takesIds) {
        test(`${role}, the other practice's ids: ${expectedOutcome(c, role, "other")}`, async () => {
          const { result } = await cell(path, role, "other");
          expect(result.code, result.message).toBe(expectedOutcome(c, role, "other"));
        });
      }

      if (c.grant !== undefined) {
        test(`${role}, own practice without the grant: ${expectedOutcome(c, role, "noGrant")}`, async () => {
          const { result } = await cell(path, role, "noGrant");
          expect(result.code, result.message).toBe(expectedOutcome(c, role, "noGrant"));
        });
      }

      const deactivated = c.deactivated?.code ?? "NO_MEMBERSHIP";
      test(`${role}, deactivated member: ${deactivated}`, async () => {
        const { result, caller } = await cell(path, role, "deactivated");
        expect(result.code, result.message).toBe(deactivated);
        await c.deactivated?.check?.(result.value, caller);
      });
    }
  });
}

describe("the matrix's successes are real", () => {
  test("a permitted cell really returns the data it is about", async () => {
    const { fx, result } = await cell("chart:demographics", "physician", "own");
    expect(result.value).toMatchObject({ patient: { _id: fx.patient.a, mrn: "MRN-A-0001" } });
    const viewer = await cell("viewer:current", "nurse", "own");
    expect(viewer.result.value).toMatchObject({ active: { membership: { role: "nurse", practiceId: viewer.fx.practice.a } } });
    const list = await cell("members:list", "compliance_officer", "own");
    expect((list.result.value as unknown[]).length).toBe(ROLES.length);
  });

  test("the role shown by viewer.current carries exactly that role's permissions", async () => {
    const fx = await twoPractices(newTest());
    for (const role of ROLES) {
      const me = await (await signedIn(fx.t, emailOf(role, "a"))).query(api.viewer.current, {});
      expect(me?.active?.permissions.sort(), role).toEqual(permissionsOf(role).sort());
    }
  });
});
