/**
 * Fuzzing every public function with fast-check: bad arguments generated from
 * the function's own argument validator and one valid call (wrong types,
 * missing and extra fields, huge strings, malformed and other-practice ids,
 * NaN / ±Infinity / -0 / 2^53 and other boundary numbers, arguments that are
 * not an object). The list of functions comes from the code, so a new public
 * function is fuzzed without anyone adding it here. Each call, made by a member
 * who may call the function (with the access grant it needs), must end in an
 * argument-validation error or one of the app's own ConvexError codes, never
 * an internal error, and a refused call must leave every table as it was.
 * Boundary numbers that may be in range (-0, 2^53, …) may also be accepted.
 *
 *   FUZZ_RUNS=500 npx vitest run convex/fuzz.test.ts   # a longer run (default 30 per function)
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ERROR_CODES, isAppErrorData } from "../lib/errors";
import { badArgs, type BadCall, type VJson } from "../local/faults/bad-args";
import {
  FUNCTIONS,
  ROLES,
  callCase,
  emailOf,
  hasPermission,
  newTest,
  registeredFunctions,
  signedIn,
  snapshot,
  twoPractices,
  type Fixture,
} from "./test.setup";

// eslint-disable-next-line @convex-dev/no-process-env -- a knob for longer local runs, not deployment configuration
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const APP_CODES = new Set<string>(Object.values(ERROR_CODES));
/** How convex-test (like Convex) words a call its argument validator refused. */
const VALIDATION = /Validator error|Unexpected field|Missing required field|ArgumentValidationError|not a valid|must be an object/i;

type Outcome = { kind: "ok" } | { kind: "app"; code: string } | { kind: "validation" } | { kind: "internal"; message: string };

async function classify(p: Promise<unknown>): Promise<Outcome> {
  try {
    await p;
    return { kind: "ok" };
  } catch (e) {
    const data = (e as { data?: unknown }).data;
    if (isAppErrorData(data) && APP_CODES.has(data.code)) return { kind: "app", code: data.code };
    const message = e instanceof Error ? e.message : String(e);
    if (VALIDATION.test(message)) return { kind: "validation" };
    // convex-test's validator trips over `null` where an object is expected (a TypeError from
    // inside validateValidator, before any app code runs); the offline runtime patches that into
    // a validation error (local/runtime/convex-test-internals.ts), and Convex reports one.
    if (e instanceof TypeError && /at validateValidator .*convex-test/.test(e.stack ?? "")) return { kind: "validation" };
    return { kind: "internal", message: `${(e as Error)?.constructor?.name}: ${message.slice(0, 300)}` };
  }
}

/** An id of some other table than `table`, from the fixture (shape-valid, wrong table). */
const idOfAnotherTable = (fx: Fixture) => (table: string) => (table === "patients" ? fx.member.a.nurse : fx.patient.a);

const publicFunctions = [...(await registeredFunctions())].filter(([, f]) => f.isPublic);

describe("every public function refuses bad arguments cleanly", () => {
  test("the list is the code's own (a new public function is fuzzed automatically)", () => {
    expect(publicFunctions.map(([p]) => p).sort()).toEqual(Object.keys(FUNCTIONS).sort());
    expect(publicFunctions.length).toBeGreaterThan(30);
  });

  test.each(publicFunctions.map(([path, info]) => [path, info.args] as const))("%s", { timeout: 120_000 }, async (path, argsJson) => {
    const c = FUNCTIONS[path];
    if (c === undefined) throw new Error(`${path} has no entry in FUNCTIONS (convex/test.setup.ts)`);
    const fx = await twoPractices(newTest());
    // A member allowed to make the call, holding the grant it reads under: only the arguments are wrong.
    const role = ROLES.find((r) => (c.permission === null || hasPermission(r, c.permission)) && (c.grant === undefined || hasPermission(r, c.grant.permission)))!;
    const caller = await signedIn(fx.t, emailOf(role, "a"));
    if (c.grant !== undefined) await c.grant.open(fx, caller);
    const base = c.args(fx, "own");
    const arb = badArgs(JSON.parse(argsJson) as VJson, base, { foreign: c.takesIds ? c.args(fx, "other") : undefined, idOfAnotherTable: idOfAnotherTable(fx) })
      // `null` arguments never reach a function: Convex's clients refuse them, and so does the
      // runtime's wire parser (local/runtime/sync-session.ts parseArgs; the HTTP sample in
      // local/faults/fuzz-http.fault.ts sends them). convex-test itself trips over them.
      .filter((bad) => bad.args !== null);

    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(arb, async (bad: BadCall) => {
        const before = await snapshot(fx.t);
        const outcome = await classify(callCase(caller, path, bad.args as Record<string, unknown>));
        const label = outcome.kind === "app" ? outcome.code : outcome.kind;
        seen.set(label, (seen.get(label) ?? 0) + 1);
        const where = `${path} with ${bad.kind}: ${bad.what}`;
        if (outcome.kind === "internal") expect.fail(`${where} ended in an internal error: ${outcome.message}`);
        if (bad.mustFail) expect(outcome.kind, `${where} was accepted`).not.toBe("ok");
        if (outcome.kind !== "ok") expect(await snapshot(fx.t), `${where} wrote something before it was refused`).toEqual(before);
      }),
      { numRuns: RUNS },
    );
    // Not vacuous: calls were refused, and none by anything but validation or the app's codes.
    expect([...seen.keys()].some((k) => k !== "ok"), path).toBe(true);
  });
});
