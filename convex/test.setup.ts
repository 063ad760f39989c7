/// <reference types="vite/client" />
/**
 * Shared fixtures for the convex/ test suite: a fresh database per test, two
 * practices with one member per role, and the authorization table that
 * convex/authz.test.ts checks against every public function the code exports.
 * All patient data here is synthetic.
 */
import { convexTest } from "convex-test";
import { makeFunctionReference } from "convex/server";
import { expect } from "vitest";
import schema from "./schema";
import { api, internal } from "./_generated/api";
import type { Doc, Id, TableNames } from "./_generated/dataModel";
import { isAppErrorData } from "../lib/errors";
import { ROLES, type Role } from "../lib/roles";
import { GENESIS_HASH } from "../lib/audit/chain";
import { permissionsOf, type Permission } from "./permissions";

export const modules = import.meta.glob(["./**/*.ts", "./**/*.js", "!./**/*.test.ts", "!./**/*.d.ts", "!./test.setup.ts"]);

export const ISSUER = "https://idp.test";
export { ROLES };

export function newTest() {
  return convexTest(schema, modules);
}

export type TestConvex = ReturnType<typeof newTest>;
export type Caller = Pick<TestConvex, "query" | "mutation">;

/** A synthetic patient; `n` keeps MRNs unique within a practice. */
export function syntheticPatient(slug: string, n = 1) {
  return {
    mrn: `MRN-${slug.toUpperCase()}-${String(n).padStart(4, "0")}`,
    firstName: `Testfirst${slug}${n}`,
    lastName: `Testlast${slug}${n}`,
    dob: "1980-02-29",
    sex: "female" as const,
    phone: "(555) 555-0100",
  };
}

/** Seeds a practice with one member per given role; emails are `<role>@<slug>.test`. */
export async function seedPractice(
  t: TestConvex,
  slug: string,
  roles: Role[] = [...ROLES],
  patients: ReturnType<typeof syntheticPatient>[] = [],
) {
  await t.mutation(internal.seed.loadPractice, {
    practice: {
      name: `Practice ${slug}`,
      slug,
      timezone: "America/Chicago",
      members: roles.map((role) => ({ email: emailOf(role, slug), name: `${role} of ${slug}`, role })),
      patients,
    },
  });
  return await practiceId(t, slug);
}

export function emailOf(role: Role, slug = "a") {
  return `${role}@${slug}.test`;
}

/** An accessor signed in as the person with this email (verified, as the IdP vouches). */
export function as(t: TestConvex, email: string, emailVerified = true) {
  return t.withIdentity({ issuer: ISSUER, subject: `sub-${email}`, email, emailVerified, name: email });
}

/** Signs the person in (links their memberships) and returns their accessor. */
export async function signedIn(t: TestConvex, email: string): Promise<Caller> {
  const who = as(t, email);
  await who.mutation(api.viewer.signIn, {});
  return who;
}

export async function practiceId(t: TestConvex, slug: string): Promise<Id<"practices">> {
  const p = await t.run((ctx) => ctx.db.query("practices").withIndex("by_slug", (q) => q.eq("slug", slug)).unique());
  if (p === null) throw new Error(`no practice ${slug}`);
  return p._id;
}

export async function memberByEmail(t: TestConvex, practice: Id<"practices">, email: string): Promise<Doc<"members">> {
  const m = await t.run((ctx) =>
    ctx.db.query("members").withIndex("by_practice_and_email", (q) => q.eq("practiceId", practice).eq("email", email)).unique(),
  );
  if (m === null) throw new Error(`no member ${email}`);
  return m;
}

/** Practices "a" and "b", one member per role each, and one synthetic patient each. */
export interface Fixture {
  t: TestConvex;
  practice: { a: Id<"practices">; b: Id<"practices"> };
  member: { a: Record<Role, Id<"members">>; b: Record<Role, Id<"members">> };
  patient: { a: Id<"patients">; b: Id<"patients"> };
}

export async function twoPractices(t: TestConvex = newTest()): Promise<Fixture> {
  const fx = { t, practice: {}, member: { a: {}, b: {} }, patient: {} } as Fixture;
  for (const slug of ["a", "b"] as const) {
    const pid = await seedPractice(t, slug, [...ROLES], [syntheticPatient(slug)]);
    fx.practice[slug] = pid;
    for (const role of ROLES) fx.member[slug][role] = (await memberByEmail(t, pid, emailOf(role, slug)))._id;
    const patient = await t.run((ctx) => ctx.db.query("patients").withIndex("by_practice_and_mrn", (q) => q.eq("practiceId", pid)).first());
    fx.patient[slug] = patient!._id;
  }
  return fx;
}

/** What a call came to: "OK" with its value, or the ConvexError code (other errors as "ERROR: message"). */
export async function outcome(p: Promise<unknown>): Promise<{ code: string; value?: unknown; message?: string }> {
  try {
    return { code: "OK", value: await p };
  } catch (e) {
    const data = (e as { data?: unknown }).data;
    if (isAppErrorData(data)) return { code: data.code, message: data.message };
    return { code: `ERROR: ${e instanceof Error ? e.message : String(e)}` };
  }
}

export async function codeOf(p: Promise<unknown>): Promise<string> {
  return (await outcome(p)).code;
}

/** Sets a membership's status directly in the database (as another admin's earlier call would have). */
export async function setStatusDirect(t: TestConvex, memberId: Id<"members">, status: "active" | "deactivated") {
  await t.run((ctx) => ctx.db.patch("members", memberId, { status }));
}

export async function countRows(t: TestConvex, table: TableNames): Promise<number> {
  return await t.run(async (ctx) => (await ctx.db.query(table).collect()).length);
}

/** Row counts of every table a function could write, to prove a refused call wrote nothing. */
export async function snapshot(t: TestConvex) {
  return await t.run(async (ctx) => ({
    members: await ctx.db.query("members").collect(),
    users: await ctx.db.query("users").collect(),
    patients: await ctx.db.query("patients").collect(),
    practices: await ctx.db.query("practices").collect(),
    auditEvents: await ctx.db.query("auditEvents").collect(),
    accessGrants: await ctx.db.query("accessGrants").collect(),
  }));
}

export async function auditTrail(t: TestConvex, practice: Id<"practices">): Promise<Doc<"auditEvents">[]> {
  return await t.run((ctx) =>
    ctx.db.query("auditEvents").withIndex("by_practice_and_seq", (q) => q.eq("practiceId", practice)).collect(),
  );
}

/** Walks a practice's chain with `internal.auditChain.verifyBatch` in batches of `batchSize`. */
export async function verifyChain(t: TestConvex, practice: Id<"practices">, batchSize = 2) {
  let afterSeq = 0;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  for (let calls = 0; calls < 10_000; calls++) {
    const r = await t.query(internal.auditChain.verifyBatch, { practiceId: practice, afterSeq, prevHash, batchSize });
    checked += r.checked;
    if (r.broken !== null) return { checked, broken: r.broken };
    if (r.done) return { checked, broken: null, lastSeq: r.lastSeq };
    afterSeq = r.lastSeq;
    prevHash = r.lastHash;
  }
  throw new Error("verifier did not finish");
}

// ---- The authorization table. ----

export interface FunctionInfo {
  kind: "query" | "mutation" | "action";
  isPublic: boolean;
  args: string;
  returns: string;
}

/** Every registered function the modules under convex/ export, keyed "module:export". */
export async function registeredFunctions(): Promise<Map<string, FunctionInfo>> {
  const found = new Map<string, FunctionInfo>();
  for (const [file, load] of Object.entries(modules)) {
    if (file.startsWith("./_generated/")) continue;
    const mod = (await load()) as Record<string, unknown>;
    const path = file.replace(/^\.\//, "").replace(/\.(ts|js)$/, "");
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== "function") continue;
      const f = value as { isPublic?: boolean; isInternal?: boolean; isQuery?: boolean; isMutation?: boolean; isAction?: boolean; exportArgs?: () => string; exportReturns?: () => string };
      const kind = f.isQuery ? "query" : f.isMutation ? "mutation" : f.isAction ? "action" : null;
      if (kind === null || (f.isPublic !== true && f.isInternal !== true)) continue;
      found.set(`${path}:${name}`, { kind, isPublic: f.isPublic === true, args: f.exportArgs?.() ?? "", returns: f.exportReturns?.() ?? "null" });
    }
  }
  return found;
}

export type Where = "own" | "other";

export interface FunctionCase {
  kind: "query" | "mutation";
  /** The permission the function checks; null for signed-in functions that need no membership. */
  permission: Permission | null;
  /** For functions that read under an access grant: the audited call that opens it. */
  grant?: { permission: Permission; open: (fx: Fixture, caller: Caller) => Promise<unknown> };
  /** True when the arguments carry record ids (so "another practice's ids" applies). */
  takesIds: boolean;
  args: (fx: Fixture, where: Where) => Record<string, unknown>;
  /** What a deactivated member gets, when it is not NO_MEMBERSHIP (signed-in functions). */
  deactivated?: { code: string; check?: (value: unknown, caller: Caller) => Promise<void> | void };
}

const openOwnChart = (fx: Fixture, caller: Caller) => caller.mutation(api.access.openChart, { patientId: fx.patient.a });
const side = (where: Where) => (where === "own" ? "a" : "b");

/** function path → how to call it. Who may call it follows from `permission` and `permissionsOf`. */
export const FUNCTIONS: Record<string, FunctionCase> = {
  "viewer:signIn": {
    kind: "mutation",
    permission: null,
    takesIds: false,
    args: () => ({}),
    // Signing in still works; it links no inactive membership and leaves no active practice.
    deactivated: {
      code: "OK",
      check: async (_v, caller) => expect((await caller.query(api.viewer.current, {}))?.active ?? null).toBeNull(),
    },
  },
  "viewer:current": {
    kind: "query",
    permission: null,
    takesIds: false,
    args: () => ({}),
    deactivated: { code: "OK", check: (v) => expect(v).toMatchObject({ memberships: [], active: null }) },
  },
  "viewer:switchPractice": {
    kind: "mutation",
    permission: null,
    takesIds: true,
    args: (fx, where) => ({ practiceId: fx.practice[side(where)] }),
    // A practice one is no longer an active member of looks like any other: not found.
    deactivated: { code: "NOT_FOUND" },
  },
  "members:list": { kind: "query", permission: "members.view", takesIds: false, args: () => ({}) },
  "members:add": {
    kind: "mutation",
    permission: "members.manage",
    takesIds: false,
    args: () => ({ email: "new.person@a.test", name: "New Person", role: "nurse" }),
  },
  "members:changeRole": {
    kind: "mutation",
    permission: "members.manage",
    takesIds: true,
    args: (fx, where) => ({ memberId: fx.member[side(where)].nurse, role: "physician" }),
  },
  "members:setStatus": {
    kind: "mutation",
    permission: "members.manage",
    takesIds: true,
    args: (fx, where) => ({ memberId: fx.member[side(where)].nurse, status: "deactivated" }),
  },
  "access:openChart": {
    kind: "mutation",
    permission: "demographics.view",
    takesIds: true,
    args: (fx, where) => ({ patientId: fx.patient[side(where)], purpose: "treatment" }),
  },
  "access:openAuditTrail": { kind: "mutation", permission: "audit.view", takesIds: false, args: () => ({}) },
  "access:renew": {
    kind: "mutation",
    // The door asks for practice.view; renewing a chart grant also needs the permission that opens one.
    permission: "demographics.view",
    grant: { permission: "demographics.view", open: openOwnChart },
    takesIds: true,
    args: (fx, where) => ({ scope: { kind: "chart", patientId: fx.patient[side(where)] } }),
  },
  "patients:demographicsOf": {
    kind: "query",
    permission: "demographics.view",
    grant: { permission: "demographics.view", open: openOwnChart },
    takesIds: true,
    args: (fx, where) => ({ patientId: fx.patient[side(where)] }),
  },
};

export function hasPermission(role: Role, permission: Permission) {
  return permissionsOf(role).includes(permission);
}

/** The outcome the design requires for a member of practice "a" in this role. */
export function expectedOutcome(c: FunctionCase, role: Role, where: Where | "noGrant"): string {
  if (c.permission === null) return where === "other" ? "NOT_FOUND" : "OK";
  // The permission is checked before the record is looked up: no role learns whether an id exists.
  if (!hasPermission(role, c.permission)) return "FORBIDDEN";
  if (where === "other") return "NOT_FOUND";
  if (c.grant !== undefined && (where === "noGrant" || !hasPermission(role, c.grant.permission))) return "ACCESS_NOT_GRANTED";
  return "OK";
}

export function callCase(caller: Caller, path: string, args: Record<string, unknown>) {
  const c = FUNCTIONS[path];
  if (c === undefined) throw new Error(`no entry for ${path}`);
  return c.kind === "query"
    ? caller.query(makeFunctionReference<"query", Record<string, unknown>>(path), args)
    : caller.mutation(makeFunctionReference<"mutation", Record<string, unknown>>(path), args);
}
