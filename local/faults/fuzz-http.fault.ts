/**
 * The fuzz sample over the wire: bad arguments for every public function
 * (enumerated from the code, like convex/fuzz.test.ts, which runs the full
 * property in process) sent to the runtime process through its HTTP API with
 * real tokens. Every call is answered with an error (never a crash, a hang or
 * a 500), the runtime keeps serving, logs no internal error, and the data on
 * disk is exactly as before.
 */
import { readdir } from "node:fs/promises";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { convexToJson, type Value } from "convex/values";
import { makeFunctionReference } from "convex/server";
import { badArgs, defaultValue, nestedObjectSlots, setAt, type BadKind, type VJson } from "./bad-args";
import { OfflineBackend, REPO_ROOT } from "./backend";
import { documentsOnDisk, faultPractice, staffEmail } from "./fixture";
import type { Role } from "../../lib/roles";

const signIn = makeFunctionReference<"mutation", Record<string, never>, null>("viewer:signIn");
const current = makeFunctionReference<"query", Record<string, never>, { name: string } | null>("viewer:current");
/** Mutations of the arguments that no validator lets through, whatever the rest of the call holds. */
const VALIDATOR_KINDS = new Set<BadKind>(["wrongType", "missingField", "extraField", "malformedId", "notAnObject"]);
const PER_FUNCTION = 5;
const ROLES: Role[] = ["practice_admin", "physician", "nurse", "front_desk", "compliance_officer"];

interface PublicFunction {
  path: string;
  kind: "query" | "mutation" | "action";
  args: VJson;
}

/** Public functions exported by convex/*.ts, as the runtime registers them. */
async function publicFunctions(): Promise<PublicFunction[]> {
  const dir = path.join(REPO_ROOT, "convex");
  const out: PublicFunction[] = [];
  for (const file of (await readdir(dir)).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.endsWith(".d.ts") && f !== "test.setup.ts")) {
    const mod = (await import(path.join(dir, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      const f = value as { isPublic?: boolean; isQuery?: boolean; isMutation?: boolean; isAction?: boolean; exportArgs?: () => string };
      if (typeof value !== "function" || f.isPublic !== true) continue;
      const kind = f.isQuery ? "query" : f.isMutation ? "mutation" : f.isAction ? "action" : null;
      if (kind === null) continue;
      out.push({ path: `${file.replace(/\.ts$/, "")}:${name}`, kind, args: JSON.parse(f.exportArgs!()) as VJson });
    }
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

describe("bad arguments over HTTP against the runtime process", () => {
  let backend: OfflineBackend;
  const tokens = new Map<Role, string>();
  let idsByTable: Map<string, string[]>;
  let before: Awaited<ReturnType<typeof documentsOnDisk>>;

  beforeAll(async () => {
    const { practice, users } = faultPractice(Object.fromEntries(ROLES.map((r) => [r, 1])));
    backend = await OfflineBackend.create({ users, name: "fault-fuzz" });
    await backend.start();
    await backend.seedPractice(practice);
    for (const role of ROLES) {
      const subject = `demo|${staffEmail(role, 1)}`;
      await (await backend.http(subject)).mutation(signIn, {});
      tokens.set(role, await backend.token(subject));
    }
    expect(await backend.stop()).toBe(0);
    before = await documentsOnDisk(backend);
    idsByTable = new Map([...before].map(([table, docs]) => [table, docs.map((d) => d._id)]));
    await backend.start();
  });
  afterAll(async () => {
    await backend?.close();
  });

  test("every bad call is refused, the runtime keeps serving, nothing is written", { timeout: 300_000 }, async () => {
    const functions = await publicFunctions();
    expect(functions.length).toBeGreaterThan(30);
    const idFor = (table: string) => idsByTable.get(table)?.[0] ?? `${"1".repeat(32 - table.length)}${table}`;
    const idOfAnotherTable = (table: string) => (table === "patients" ? idFor("members") : idFor("patients"));
    const statuses = new Map<number, number>();
    let calls = 0;

    for (const [i, fn] of functions.entries()) {
      const base = defaultValue(fn.args, idFor) as Record<string, unknown>;
      const arb = badArgs(fn.args, base, { idOfAnotherTable }).filter((b) => VALIDATOR_KINDS.has(b.kind));
      const sample = [
        ...fc.sample(arb, { numRuns: PER_FUNCTION, seed: 9 + i }),
        { kind: "notAnObject" as const, args: null, what: "args = null" },
        // null where an object is expected, at every depth (convex-test's validator once threw a TypeError here).
        ...nestedObjectSlots(fn.args, base).map((p) => ({ kind: "wrongType" as const, args: setAt(base, p, null), what: `${p.join(".")} = null` })),
      ];
      const token = tokens.get(ROLES[i % ROLES.length]!)!;
      for (const bad of sample) {
        const res = await fetch(`${backend.url}/api/${fn.kind}`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "convex-client": "npm-1.48.0" },
          body: JSON.stringify({ path: fn.path, format: "convex_encoded_json", args: [bad.args === null ? null : convexToJson(bad.args as Value)] }),
          signal: AbortSignal.timeout(30_000),
        });
        const body = await res.text();
        calls++;
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        const where = `${fn.path} with ${bad.kind}: ${bad.what}`;
        // 560: the function (or its validator) refused the call; 400: the request itself is malformed.
        expect([400, 560], `${where} → ${res.status}`).toContain(res.status);
        if (res.status === 560) expect(JSON.parse(body), where).toMatchObject({ status: "error" });
      }
    }
    expect(calls).toBeGreaterThanOrEqual(functions.length * (PER_FUNCTION + 1));
    expect(calls).toBeGreaterThan(functions.length * (PER_FUNCTION + 1)); // some took object-valued fields

    // Still serving, to the official client, with the same data.
    const h = await backend.http(`demo|${staffEmail("nurse", 1)}`);
    expect(await h.query(current, {})).toMatchObject({ name: expect.any(String) as unknown });
    expect(backend.output()).not.toMatch(/TypeError|RangeError|ReferenceError|SyntaxError|stack|\n\s+at /);
    expect(await backend.stop()).toBe(0);
    expect(await documentsOnDisk(backend)).toEqual(before);
  });
});
