/**
 * The practice's compliance alert rules (lib/compliance/alerts.ts): what puts
 * a chart access in the review queue. Everyone may see them; admins change them.
 */
import { v } from "convex/values";
import { alertRulesSchema } from "../lib/compliance/alerts";
import { ERROR_CODES } from "../lib/errors";
import { appError, memberMutation, memberQuery, notFound } from "./functions";
import { alertRulesOf } from "./model/alerts";
import { alertRulesValidator } from "./schema";

export const get = memberQuery({
  permission: "practice.view",
  args: {},
  returns: alertRulesValidator,
  handler: async (ctx) => alertRulesOf(await ctx.db.get("practices", ctx.practiceId)),
});

export const set = memberMutation({
  permission: "settings.manage",
  args: { rules: alertRulesValidator },
  returns: v.null(),
  handler: async (ctx, { rules }) => {
    await ctx.rateLimit("settingsMember");
    const parsed = alertRulesSchema.safeParse(rules);
    if (!parsed.success) throw appError(ERROR_CODES.invalid, parsed.error.issues[0]?.message ?? "These alert rules are not valid.");
    const practice = await ctx.db.get("practices", ctx.practiceId);
    if (practice === null) notFound("Practice");
    const before = alertRulesOf(practice);
    const next = { ...parsed.data, hours: { ...parsed.data.hours, weekdays: [...parsed.data.hours.weekdays].sort() } };
    await ctx.db.patch("practices", ctx.practiceId, { alertRules: next });
    await ctx.audit({
      action: "update",
      verb: "settings.alert_rules",
      category: "settings",
      resource: { table: "practices", id: ctx.practiceId },
      details: {
        oldChartsPerHour: before.chartsPerHour,
        newChartsPerHour: next.chartsPerHour,
        oldRules: ruleCode(before),
        newRules: ruleCode(next),
        oldHours: `${before.hours.weekdays.join("")} ${before.hours.start}-${before.hours.end}`,
        newHours: `${next.hours.weekdays.join("")} ${next.hours.start}-${next.hours.end}`,
      },
    });
    return null;
  },
});

/** Which rules are on, e.g. "surname,address,hours". */
function ruleCode(r: { sameSurname: boolean; sameAddress: boolean; afterHours: boolean }) {
  return [r.sameSurname && "surname", r.sameAddress && "address", r.afterHours && "hours"].filter(Boolean).join(",") || "none";
}
