/**
 * Finding patients. Reading a chart is in convex/chart.ts, under a live grant
 * from `access.openChart` (audited).
 */
import { v } from "convex/values";
import { ERROR_CODES } from "../lib/errors";
import { newPatientSchema } from "../lib/schemas/patient";
import { parsePatientQuery, searchKey } from "../lib/search";
import type { Id } from "./_generated/dataModel";
import type { DatabaseReader } from "./_generated/server";
import { appError, memberMutation } from "./functions";
import { findPatients } from "./model/patientLookup";

const searchResult = v.object({
  _id: v.id("patients"),
  firstName: v.string(),
  middleName: v.union(v.string(), v.null()),
  lastName: v.string(),
  dob: v.string(),
  mrn: v.string(),
  sex: v.union(v.literal("female"), v.literal("male"), v.literal("other"), v.literal("unknown")),
});

const SEARCH_LIMIT = 25;

/**
 * Finds patients of the practice by name, date of birth or MRN. A mutation so
 * that every search is audited: who searched and which patients came back,
 * never what was typed.
 */
export const search = memberMutation({
  permission: "patients.search",
  args: { query: v.string() },
  returns: v.object({ results: v.array(searchResult), truncated: v.boolean() }),
  handler: async (ctx, { query }) => {
    await ctx.rateLimit("searchMember");
    const parsed = parsePatientQuery(query);
    if (parsed === null) {
      throw appError(ERROR_CODES.invalid, "Type at least 2 characters: a name, a date of birth (YYYY-MM-DD or M/D/YYYY) or an MRN.");
    }
    const rows = await findPatients(ctx.db, ctx.practiceId, parsed, SEARCH_LIMIT + 1);
    const results = rows.slice(0, SEARCH_LIMIT).map((p) => ({
      _id: p._id,
      firstName: p.firstName,
      middleName: p.middleName ?? null,
      lastName: p.lastName,
      dob: p.dob,
      mrn: p.mrn,
      sex: p.sex,
    }));
    await ctx.audit({
      action: "read",
      verb: "patient.search",
      category: "demographics",
      details: { kind: parsed.kind, resultCount: results.length, patientIds: results.map((r) => r._id).join(",") },
    });
    return { results, truncated: rows.length > SEARCH_LIMIT };
  },
});

// ---- Registration. ----

const MRN_PREFIX = "MRN-";
const MRN_DIGITS = 7;
/** The first MRN a practice with no numbered MRNs gets. */
const FIRST_MRN_NUMBER = 1_000_001;

/**
 * The next free MRN of the practice: one more than its highest "MRN-<digits>".
 * MRNs of another shape (e.g. "MRN-A-0001") are skipped. Numbers are padded
 * to 7 digits so that index order is numeric order; the uniqueness check below
 * covers anything that breaks that.
 */
async function nextMrn(db: DatabaseReader, practiceId: Id<"practices">): Promise<string> {
  // Only MRNs starting with a digit: "MRN-0" <= mrn < "MRN-:" (":" follows "9").
  const highest = await db
    .query("patients")
    .withIndex("by_practice_and_mrn", (q) => q.eq("practiceId", practiceId).gte("mrn", `${MRN_PREFIX}0`).lt("mrn", `${MRN_PREFIX}:`))
    .order("desc")
    .take(50);
  let n = FIRST_MRN_NUMBER - 1;
  for (const p of highest) {
    const m = /^MRN-(\d{1,12})$/.exec(p.mrn);
    if (m !== null) n = Math.max(n, Number(m[1]));
  }
  for (let attempt = 0; attempt < 100; attempt++) {
    n += 1;
    const mrn = `${MRN_PREFIX}${String(n).padStart(MRN_DIGITS, "0")}`;
    const taken = await db
      .query("patients")
      .withIndex("by_practice_and_mrn", (q) => q.eq("practiceId", practiceId).eq("mrn", mrn))
      .first();
    if (taken === null) return mrn;
  }
  throw appError(ERROR_CODES.unavailable, "No medical record number could be assigned. Try again.");
}

const textArg = v.optional(v.string());

/**
 * Registers a new patient of the practice (front desk). Checked with the same
 * schema as the form; a patient with the same name and date of birth is a
 * likely duplicate and is refused, naming the existing MRN. The MRN is
 * assigned here. The audit event names the patient by id only.
 */
export const register = memberMutation({
  permission: "demographics.edit",
  args: {
    firstName: v.string(),
    middleName: textArg,
    lastName: v.string(),
    dob: v.string(),
    sex: v.string(),
    phone: textArg,
    email: textArg,
    address: v.optional(v.object({ line1: textArg, city: textArg, state: textArg, zip: textArg })),
    insurance: v.optional(v.object({ payer: textArg, memberNumber: textArg, groupNumber: textArg })),
    emergencyContact: v.optional(v.object({ name: textArg, relationship: textArg, phone: textArg })),
  },
  returns: v.object({ patientId: v.id("patients"), mrn: v.string() }),
  handler: async (ctx, args) => {
    await ctx.rateLimit("registerMember", "registerPractice");
    const parsed = newPatientSchema.safeParse(args);
    if (!parsed.success) {
      throw appError(ERROR_CODES.invalid, parsed.error.issues.map((i) => i.message).join(" "));
    }
    const p = parsed.data;
    const firstNameKey = searchKey(p.firstName);
    const lastNameKey = searchKey(p.lastName);
    const sameName = await ctx.db
      .query("patients")
      .withIndex("by_practice_and_last_name", (q) =>
        q.eq("practiceId", ctx.practiceId).eq("lastNameKey", lastNameKey).eq("firstNameKey", firstNameKey),
      )
      .take(200);
    const duplicate = sameName.find((row) => row.dob === p.dob);
    if (duplicate !== undefined) {
      throw appError(
        ERROR_CODES.conflict,
        `A patient with this name and date of birth is already registered (${duplicate.mrn}). Search for that MRN instead of registering again.`,
      );
    }
    const mrn = await nextMrn(ctx.db, ctx.practiceId);
    const patientId = await ctx.db.insert("patients", {
      practiceId: ctx.practiceId,
      mrn,
      firstName: p.firstName,
      middleName: p.middleName,
      lastName: p.lastName,
      firstNameKey,
      lastNameKey,
      dob: p.dob,
      sex: p.sex,
      phone: p.phone,
      email: p.email,
      address: p.address,
      insurance: p.insurance,
      emergencyContact: p.emergencyContact,
    });
    await ctx.audit({
      action: "create",
      verb: "patient.register",
      category: "demographics",
      patientId,
      resource: { table: "patients", id: patientId },
      // Which optional groups were given, never their contents.
      details: {
        patientId,
        hasInsurance: p.insurance !== undefined,
        hasAddress: p.address !== undefined,
        hasEmergencyContact: p.emergencyContact !== undefined,
      },
    });
    return { patientId, mrn };
  },
});
