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
import { searchKey } from "../lib/search";
import { addDays, localDate, zonedToUtc } from "../lib/schedule/time";
import { permissionsOf, type Permission } from "./permissions";

export const modules = import.meta.glob(["./**/*.ts", "./**/*.js", "!./**/*.test.ts", "!./**/*.d.ts", "!./test.setup.ts"]);

export const ISSUER = "https://idp.test";
export { ROLES };

export function newTest() {
  return convexTest(schema, modules);
}

export type TestConvex = ReturnType<typeof newTest>;
export type Caller = Pick<TestConvex, "query" | "mutation" | "action">;

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

/** Adds the search keys the schema requires to a synthetic patient. */
export function withKeys<T extends { firstName: string; lastName: string }>(p: T) {
  return { ...p, firstNameKey: searchKey(p.firstName), lastNameKey: searchKey(p.lastName) };
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
  /** A visit a week ago, a draft note on it, and a signed note (for addenda). */
  encounter: { a: Id<"encounters">; b: Id<"encounters"> };
  draftNote: { a: Id<"notes">; b: Id<"notes"> };
  signedNote: { a: Id<"notes">; b: Id<"notes"> };
  /** A visit type, a location, round-the-clock hours for the physician, and appointments tomorrow. */
  type: { a: Id<"appointmentTypes">; b: Id<"appointmentTypes"> };
  appointment: { a: Id<"appointments">; b: Id<"appointments"> };
  arrivedAppointment: { a: Id<"appointments">; b: Id<"appointments"> };
  /** The clinic location, and an extra clinic for the physician a month out (schedule settings). */
  location: { a: Id<"locations">; b: Id<"locations"> };
  exception: { a: Id<"scheduleExceptions">; b: Id<"scheduleExceptions"> };
  /** A pending compliance review item: an after-hours chart access by the nurse. */
  review: { a: Id<"complianceReviews">; b: Id<"complianceReviews"> };
  /** A finished model call (an after-visit summary of the signed note) and its part awaiting review. */
  aiCall: { a: Id<"aiCalls">; b: Id<"aiCalls"> };
  aiPart: { a: Id<"aiParts">; b: Id<"aiParts"> };
}

export const TZ = "America/Chicago";
/** Tomorrow in the fixture practices' time zone. */
export const tomorrow = () => localDate(Date.now() + 86_400_000, TZ);

export async function twoPractices(t: TestConvex = newTest()): Promise<Fixture> {
  const fx = {
    t,
    practice: {},
    member: { a: {}, b: {} },
    patient: {},
    encounter: {},
    draftNote: {},
    signedNote: {},
    type: {},
    appointment: {},
    arrivedAppointment: {},
    location: {},
    exception: {},
    review: {},
    aiCall: {},
    aiPart: {},
  } as Fixture;
  for (const slug of ["a", "b"] as const) {
    const pid = await seedPractice(t, slug, [...ROLES], [syntheticPatient(slug)]);
    fx.practice[slug] = pid;
    for (const role of ROLES) fx.member[slug][role] = (await memberByEmail(t, pid, emailOf(role, slug)))._id;
    const patient = await t.run((ctx) => ctx.db.query("patients").withIndex("by_practice_and_mrn", (q) => q.eq("practiceId", pid)).first());
    fx.patient[slug] = patient!._id;
    // A visit a week ago: every clinician of the practice has a care relationship with this patient.
    const physician = fx.member[slug].physician;
    await t.run(async (ctx) => {
      const patientId = patient!._id;
      const encounterId = await ctx.db.insert("encounters", { practiceId: pid, patientId, startedAt: Date.now() - 7 * 86_400_000, type: "office", status: "closed" });
      const soap = { subjective: "Synthetic cough.", objective: "Synthetic exam.", assessment: "Synthetic URI.", plan: "Synthetic rest." };
      const base = { practiceId: pid, patientId, encounterId, authorId: physician, updatedAt: Date.now(), ...soap };
      fx.encounter[slug] = encounterId;
      fx.draftNote[slug] = await ctx.db.insert("notes", { ...base, status: "draft" });
      fx.signedNote[slug] = await ctx.db.insert("notes", { ...base, status: "signed", signedBy: physician, signedAt: Date.now(), contentHash: "0".repeat(64) });
      const ai = { practiceId: pid, patientId, encounterId, noteId: fx.signedNote[slug], modelId: "local.soap-drafter-v1", promptHash: "0".repeat(64) };
      fx.aiCall[slug] = await ctx.db.insert("aiCalls", {
        ...ai,
        memberId: physician,
        kind: "summary",
        status: "complete",
        outcome: "complete",
        stopRequested: false,
        receipt: { counts: {}, total: 0 },
        startedAt: Date.now(),
      });
      fx.aiPart[slug] = await ctx.db.insert("aiParts", { ...ai, callId: fx.aiCall[slug], section: "summary", text: "Synthetic summary.", state: "pending", at: Date.now() });
      const locationId = await ctx.db.insert("locations", { practiceId: pid, name: `Clinic ${slug}` });
      fx.location[slug] = locationId;
      fx.exception[slug] = await ctx.db.insert("scheduleExceptions", { practiceId: pid, providerId: physician, date: addDays(tomorrow(), 30), kind: "extra", locationId, blocks: [{ start: "08:00", end: "09:00" }] });
      const typeId = await ctx.db.insert("appointmentTypes", { practiceId: pid, name: "Follow-up", durationMinutes: 20, color: "#1f9d8b" });
      fx.type[slug] = typeId;
      for (let weekday = 0; weekday < 7; weekday++) {
        await ctx.db.insert("availability", { practiceId: pid, providerId: physician, locationId, weekday, blocks: [{ start: "00:00", end: "23:59" }] });
      }
      const date = tomorrow();
      const appt = (time: string, status: "scheduled" | "arrived") => {
        const start = zonedToUtc(date, time, TZ);
        return ctx.db.insert("appointments", {
          practiceId: pid,
          patientId,
          providerId: physician,
          locationId,
          typeId,
          date,
          start,
          end: start + 20 * 60_000,
          status,
          statusChangedAt: Date.now(),
          bookedBy: physician,
        });
      };
      fx.appointment[slug] = await appt("09:00", "scheduled");
      fx.arrivedAppointment[slug] = await appt("08:00", "arrived");
      fx.review[slug] = await ctx.db.insert("complianceReviews", {
        practiceId: pid,
        kind: "after_hours",
        memberId: fx.member[slug].nurse,
        patientId,
        at: Date.now() - 3_600_000,
        auditSeq: 1,
        facts: {},
        status: "pending",
      });
    });
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
    vitals: await ctx.db.query("vitals").collect(),
    allergies: await ctx.db.query("allergies").collect(),
    medications: await ctx.db.query("medications").collect(),
    encounters: await ctx.db.query("encounters").collect(),
    notes: await ctx.db.query("notes").collect(),
    addenda: await ctx.db.query("addenda").collect(),
    emergencyAccess: await ctx.db.query("emergencyAccess").collect(),
    appointments: await ctx.db.query("appointments").collect(),
    availability: await ctx.db.query("availability").collect(),
    scheduleExceptions: await ctx.db.query("scheduleExceptions").collect(),
    appointmentTypes: await ctx.db.query("appointmentTypes").collect(),
    complianceReviews: await ctx.db.query("complianceReviews").collect(),
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
  kind: "query" | "mutation" | "action";
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
const openTrail = (_fx: Fixture, caller: Caller) => caller.mutation(api.access.openAuditTrail, {});
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
  "members:setHomeAddress": {
    kind: "mutation",
    permission: "members.manage",
    takesIds: true,
    args: (fx, where) => ({ memberId: fx.member[side(where)].nurse, address: { line1: "1 Synthetic Way", zip: "99999" } }),
  },
  "auditTrail:page": {
    kind: "query",
    permission: "audit.view",
    grant: { permission: "audit.view", open: openTrail },
    takesIds: true,
    args: (fx, where) => ({ filters: { patientId: fx.patient[side(where)] }, order: "desc", paginationOpts: { numItems: 10, cursor: null } }),
  },
  "auditTrail:filterOptions": { kind: "query", permission: "audit.view", grant: { permission: "audit.view", open: openTrail }, takesIds: false, args: () => ({}) },
  "auditTrail:head": { kind: "query", permission: "audit.view", grant: { permission: "audit.view", open: openTrail }, takesIds: false, args: () => ({}) },
  "auditTrail:eventAt": { kind: "query", permission: "audit.view", grant: { permission: "audit.view", open: openTrail }, takesIds: false, args: () => ({ seq: 1 }) },
  "auditTrail:verify": {
    kind: "query",
    permission: "audit.view",
    grant: { permission: "audit.view", open: openTrail },
    takesIds: false,
    args: () => ({ afterSeq: 0, prevHash: GENESIS_HASH }),
  },
  "auditTrail:recordExport": {
    kind: "mutation",
    permission: "audit.view",
    grant: { permission: "audit.view", open: openTrail },
    takesIds: true,
    args: (fx, where) => ({ filters: { patientId: fx.patient[side(where)] }, count: 0, firstSeq: null, lastSeq: null, csvSha256: "a".repeat(64), jsonSha256: "b".repeat(64) }),
  },
  "auditTrail:recordVerification": {
    kind: "mutation",
    permission: "audit.view",
    grant: { permission: "audit.view", open: openTrail },
    takesIds: false,
    args: () => ({ checkedThrough: 3, brokenAt: null }),
  },
  "accessReport:lookupPatients": {
    kind: "mutation",
    permission: "audit.view",
    grant: { permission: "audit.view", open: openTrail },
    takesIds: false,
    args: () => ({ query: "Testlast" }),
  },
  "accessReport:run": {
    kind: "mutation",
    permission: "audit.view",
    grant: { permission: "audit.view", open: openTrail },
    takesIds: true,
    args: (fx, where) => ({ patientId: fx.patient[side(where)], from: 0, to: Date.now() + 60_000 }),
  },
  "reviews:list": {
    kind: "query",
    permission: "audit.view",
    grant: { permission: "audit.view", open: openTrail },
    takesIds: false,
    args: () => ({ status: "pending", paginationOpts: { numItems: 10, cursor: null } }),
  },
  "reviews:pendingCount": { kind: "query", permission: "audit.view", grant: { permission: "audit.view", open: openTrail }, takesIds: false, args: () => ({}) },
  "reviews:decide": {
    kind: "mutation",
    permission: "audit.view",
    grant: { permission: "audit.view", open: openTrail },
    takesIds: true,
    args: (fx, where) => ({ reviewId: fx.review[side(where)], verdict: "appropriate", comment: "" }),
  },
  "alertRules:get": { kind: "query", permission: "practice.view", takesIds: false, args: () => ({}) },
  "alertRules:set": {
    kind: "mutation",
    permission: "settings.manage",
    takesIds: false,
    args: () => ({ rules: { chartsPerHour: 30, sameSurname: true, sameAddress: false, afterHours: true, hours: { weekdays: [1, 2, 3, 4, 5], start: "08:00", end: "18:00" } } }),
  },
  "access:renew": {
    kind: "mutation",
    // The door asks for practice.view; renewing a chart grant also needs the permission that opens one.
    permission: "demographics.view",
    grant: { permission: "demographics.view", open: openOwnChart },
    takesIds: true,
    args: (fx, where) => ({ scope: { kind: "chart", patientId: fx.patient[side(where)] } }),
  },
  "access:openChartEmergency": {
    kind: "mutation",
    permission: "clinical.view",
    takesIds: true,
    args: (fx, where) => ({ patientId: fx.patient[side(where)], reason: "Emergency treatment", detail: "Synthetic emergency, patient unresponsive.", confirmed: true }),
  },
  "patients:search": { kind: "mutation", permission: "patients.search", takesIds: false, args: () => ({ query: "Testlast" }) },
  "patients:register": {
    kind: "mutation",
    permission: "demographics.edit",
    takesIds: false,
    // A new (letters-only) name on every call, so a repeated call is not refused as a duplicate.
    args: (() => {
      let n = 0;
      return () => ({ firstName: "Regfirst", lastName: `Reglast${(n++).toString(26).replace(/\d/g, (d) => "qrstuvwxyz"[Number(d)]!)}`, dob: "1990-05-17", sex: "unknown" });
    })(),
  },
  "chart:demographics": {
    kind: "query",
    permission: "demographics.view",
    grant: { permission: "demographics.view", open: openOwnChart },
    takesIds: true,
    args: (fx, where) => ({ patientId: fx.patient[side(where)] }),
  },
  "chart:clinical": {
    kind: "query",
    permission: "clinical.view",
    grant: { permission: "demographics.view", open: openOwnChart },
    takesIds: true,
    args: (fx, where) => ({ patientId: fx.patient[side(where)] }),
  },
  "clinical:recordVitals": {
    kind: "mutation",
    permission: "clinical.intake",
    grant: { permission: "demographics.view", open: openOwnChart },
    takesIds: true,
    args: (fx, where) => ({ patientId: fx.patient[side(where)], vitals: { heartRate: 72, systolic: 122, diastolic: 78 } }),
  },
  "clinical:addAllergy": {
    kind: "mutation",
    permission: "clinical.intake",
    grant: { permission: "demographics.view", open: openOwnChart },
    takesIds: true,
    args: (fx, where) => ({ patientId: fx.patient[side(where)], substance: "Latex", reaction: "Rash", severity: "mild" }),
  },
  "clinical:addMedication": {
    kind: "mutation",
    permission: "clinical.intake",
    grant: { permission: "demographics.view", open: openOwnChart },
    takesIds: true,
    args: (fx, where) => ({ patientId: fx.patient[side(where)], name: "Synthetic-pril", dose: "10 mg", route: "oral", frequency: "daily" }),
  },
  "clinical:startEncounter": {
    kind: "mutation",
    permission: "clinical.intake",
    grant: { permission: "demographics.view", open: openOwnChart },
    takesIds: true,
    args: (fx, where) => ({ patientId: fx.patient[side(where)], type: "office", chiefComplaint: "Synthetic complaint" }),
  },
  "notes:saveDraft": {
    kind: "mutation",
    permission: "notes.write",
    grant: { permission: "demographics.view", open: openOwnChart },
    takesIds: true,
    args: (fx, where) => ({
      patientId: fx.patient[side(where)],
      encounterId: fx.encounter[side(where)],
      noteId: fx.draftNote[side(where)],
      subjective: "S",
      objective: "O",
      assessment: "A",
      plan: "P",
    }),
  },
  "notes:sign": {
    kind: "mutation",
    permission: "notes.sign",
    grant: { permission: "demographics.view", open: openOwnChart },
    takesIds: true,
    args: (fx, where) => ({ patientId: fx.patient[side(where)], noteId: fx.draftNote[side(where)] }),
  },
  "notes:addAddendum": {
    kind: "mutation",
    permission: "notes.sign",
    grant: { permission: "demographics.view", open: openOwnChart },
    takesIds: true,
    args: (fx, where) => ({ patientId: fx.patient[side(where)], noteId: fx.signedNote[side(where)], text: "Synthetic correction." }),
  },
  "aiDraft:draftSoap": {
    kind: "action",
    permission: "ai.draft",
    grant: { permission: "demographics.view", open: openOwnChart },
    takesIds: true,
    args: (fx, where) => ({ patientId: fx.patient[side(where)], encounterId: fx.encounter[side(where)], noteId: fx.draftNote[side(where)], visitText: "Synthetic cough for three days. Likely viral. Rest and fluids." }),
  },
  "aiDraft:summarize": {
    kind: "action",
    permission: "ai.draft",
    grant: { permission: "demographics.view", open: openOwnChart },
    takesIds: true,
    args: (fx, where) => ({ patientId: fx.patient[side(where)], noteId: fx.signedNote[side(where)] }),
  },
  "aiReview:encounterState": {
    kind: "query",
    permission: "clinical.view",
    grant: { permission: "demographics.view", open: openOwnChart },
    takesIds: true,
    args: (fx, where) => ({ patientId: fx.patient[side(where)], encounterId: fx.encounter[side(where)] }),
  },
  "aiReview:stop": {
    kind: "mutation",
    permission: "ai.draft",
    grant: { permission: "demographics.view", open: openOwnChart },
    takesIds: true,
    args: (fx, where) => ({ patientId: fx.patient[side(where)], callId: fx.aiCall[side(where)] }),
  },
  "aiReview:reviewPart": {
    kind: "mutation",
    permission: "notes.write",
    grant: { permission: "demographics.view", open: openOwnChart },
    takesIds: true,
    args: (fx, where) => ({ patientId: fx.patient[side(where)], partId: fx.aiPart[side(where)], decision: "accept" }),
  },
  "aiCompliance:modelCalls": {
    kind: "query",
    permission: "audit.view",
    grant: { permission: "audit.view", open: openTrail },
    takesIds: false,
    args: () => ({ paginationOpts: { numItems: 10, cursor: null } }),
  },
  "schedule:config": { kind: "query", permission: "schedule.view", takesIds: false, args: () => ({}) },
  "schedule:openDay": { kind: "mutation", permission: "schedule.view", takesIds: false, args: () => ({ date: tomorrow() }) },
  "schedule:day": {
    kind: "query",
    permission: "schedule.view",
    grant: { permission: "schedule.view", open: (_fx, caller) => caller.mutation(api.schedule.openDay, { date: tomorrow() }) },
    takesIds: false,
    args: () => ({ date: tomorrow() }),
  },
  "schedule:findSlots": {
    kind: "query",
    permission: "schedule.view",
    takesIds: true,
    args: (fx, where) => ({ typeId: fx.type[side(where)], providerIds: [fx.member[side(where)].physician], from: tomorrow() }),
  },
  "appointments:book": {
    kind: "mutation",
    permission: "schedule.manage",
    takesIds: true,
    args: (fx, where) => ({ patientId: fx.patient[side(where)], providerId: fx.member[side(where)].physician, typeId: fx.type[side(where)], date: tomorrow(), time: "11:00" }),
  },
  "appointments:bookSeries": {
    kind: "mutation",
    permission: "schedule.manage",
    takesIds: true,
    args: (fx, where) => ({
      patientId: fx.patient[side(where)],
      providerId: fx.member[side(where)].physician,
      typeId: fx.type[side(where)],
      firstDate: tomorrow(),
      time: "12:00",
      everyWeeks: 1,
      count: 3,
    }),
  },
  "appointments:move": {
    kind: "mutation",
    permission: "schedule.manage",
    takesIds: true,
    args: (fx, where) => ({ appointmentId: fx.appointment[side(where)], date: tomorrow(), time: "13:00" }),
  },
  "appointments:cancel": {
    kind: "mutation",
    permission: "schedule.manage",
    takesIds: true,
    args: (fx, where) => ({ appointmentId: fx.appointment[side(where)], reason: "Synthetic reason", scope: "one" }),
  },
  "appointments:checkIn": {
    kind: "mutation",
    permission: "schedule.manage",
    takesIds: true,
    args: (fx, where) => ({ appointmentId: fx.appointment[side(where)], demographicsConfirmed: true, insuranceConfirmed: true }),
  },
  "appointments:markNoShow": {
    kind: "mutation",
    permission: "schedule.manage",
    takesIds: true,
    args: (fx, where) => ({ appointmentId: fx.appointment[side(where)] }),
  },
  "availability:config": { kind: "query", permission: "settings.manage", takesIds: false, args: () => ({}) },
  "availability:setWeekday": {
    kind: "mutation",
    permission: "settings.manage",
    takesIds: true,
    args: (fx, where) => ({ providerId: fx.member[side(where)].physician, weekday: 3, locationId: fx.location[side(where)], blocks: [{ start: "09:00", end: "12:00" }] }),
  },
  "availability:addException": {
    kind: "mutation",
    permission: "settings.manage",
    takesIds: true,
    args: (fx, where) => ({ providerId: fx.member[side(where)].physician, date: addDays(tomorrow(), 7), kind: "off", blocks: [] }),
  },
  "availability:removeException": {
    kind: "mutation",
    permission: "settings.manage",
    takesIds: true,
    args: (fx, where) => ({ exceptionId: fx.exception[side(where)] }),
  },
  "availability:saveType": {
    kind: "mutation",
    permission: "settings.manage",
    takesIds: true,
    args: (fx, where) => ({ typeId: fx.type[side(where)], name: "Synthetic visit type", durationMinutes: 30, color: "#1f9d8b" }),
  },
  "session:policy": { kind: "query", permission: "practice.view", takesIds: false, args: () => ({}) },
  "session:setIdleTimeout": { kind: "mutation", permission: "settings.manage", takesIds: false, args: () => ({ minutes: 20 }) },
  "appointments:advance": {
    kind: "mutation",
    permission: "clinical.intake",
    takesIds: true,
    args: (fx, where) => ({ appointmentId: fx.arrivedAppointment[side(where)], to: "roomed" }),
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
  if (c.kind === "action") return caller.action(makeFunctionReference<"action", Record<string, unknown>>(path), args);
  return c.kind === "query"
    ? caller.query(makeFunctionReference<"query", Record<string, unknown>>(path), args)
    : caller.mutation(makeFunctionReference<"mutation", Record<string, unknown>>(path), args);
}
