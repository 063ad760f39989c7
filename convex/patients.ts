/**
 * Finding patients. Reading a chart is in convex/chart.ts, under a live grant
 * from `access.openChart` (audited).
 */
import { v } from "convex/values";
import { ERROR_CODES } from "../lib/errors";
import { parsePatientQuery } from "../lib/search";
import type { Doc } from "./_generated/dataModel";
import { appError, memberMutation } from "./functions";

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
    const found = new Map<string, Doc<"patients">>();
    const take = SEARCH_LIMIT + 1;
    const prefix = (s: string) => [s, `${s}\uffff`] as const;
    if (parsed.kind === "mrn") {
      const p = await ctx.db
        .query("patients")
        .withIndex("by_practice_and_mrn", (q) => q.eq("practiceId", ctx.practiceId).eq("mrn", parsed.mrn))
        .first();
      if (p !== null) found.set(p._id, p);
    } else if (parsed.kind === "dob") {
      for (const p of await ctx.db
        .query("patients")
        .withIndex("by_practice_and_dob", (q) => q.eq("practiceId", ctx.practiceId).eq("dob", parsed.dob))
        .take(take)) {
        found.set(p._id, p);
      }
    } else {
      const [lo, hi] = prefix(parsed.last);
      const byLast = await ctx.db
        .query("patients")
        .withIndex("by_practice_and_last_name", (q) => q.eq("practiceId", ctx.practiceId).gte("lastNameKey", lo).lt("lastNameKey", hi))
        .take(200);
      for (const p of byLast) {
        if (parsed.first === undefined || p.firstNameKey.startsWith(parsed.first)) found.set(p._id, p);
      }
      if (parsed.either) {
        const byFirst = await ctx.db
          .query("patients")
          .withIndex("by_practice_and_first_name", (q) => q.eq("practiceId", ctx.practiceId).gte("firstNameKey", lo).lt("firstNameKey", hi))
          .take(take);
        for (const p of byFirst) found.set(p._id, p);
      }
    }
    const rows = [...found.values()]
      .sort((a, b) => a.lastNameKey.localeCompare(b.lastNameKey) || a.firstNameKey.localeCompare(b.firstNameKey) || a.dob.localeCompare(b.dob))
      .slice(0, take);
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
