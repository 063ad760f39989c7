/**
 * Compliance alert rules, as pure functions: which chart accesses go to the
 * review queue. The server (convex/model/alerts.ts) gathers the facts and
 * applies these in the access's own transaction.
 */
import { z } from "zod";
import { searchKey } from "../search";
import { TIME_RE, minutesOf, zonedParts } from "../schedule/time";

export interface AlertRules {
  chartsPerHour: number;
  sameSurname: boolean;
  sameAddress: boolean;
  afterHours: boolean;
  hours: { weekdays: number[]; start: string; end: string };
}

export const DEFAULT_ALERT_RULES: AlertRules = {
  chartsPerHour: 20,
  sameSurname: true,
  sameAddress: true,
  afterHours: true,
  hours: { weekdays: [1, 2, 3, 4, 5], start: "07:00", end: "19:00" },
};

export const CHARTS_PER_HOUR_RANGE = { min: 2, max: 500 } as const;

/** The settings form and the server validate the same shape. */
export const alertRulesSchema = z
  .object({
    chartsPerHour: z
      .number({ error: "Enter a number of charts." })
      .int("Enter a whole number of charts.")
      .min(CHARTS_PER_HOUR_RANGE.min, `Use at least ${CHARTS_PER_HOUR_RANGE.min} charts.`)
      .max(CHARTS_PER_HOUR_RANGE.max, `Use at most ${CHARTS_PER_HOUR_RANGE.max} charts.`),
    sameSurname: z.boolean(),
    sameAddress: z.boolean(),
    afterHours: z.boolean(),
    hours: z.object({
      weekdays: z
        .array(z.number().int().min(0).max(6))
        .max(7)
        .refine((d) => new Set(d).size === d.length, "Each weekday once."),
      start: z.string().regex(TIME_RE, "Use HH:MM, e.g. 07:00."),
      end: z.string().regex(TIME_RE, "Use HH:MM, e.g. 19:00."),
    }),
  })
  // Only compared once both are well-formed times (zod runs refinements even after a failed field).
  .refine((r) => !TIME_RE.test(r.hours.start) || !TIME_RE.test(r.hours.end) || minutesOf(r.hours.start) < minutesOf(r.hours.end), {
    message: "Opening time must be before closing time.",
    path: ["hours", "end"],
  });

/** True when `at` falls outside the practice's hours in its time zone. */
export function isAfterHours(hours: AlertRules["hours"], timeZone: string, at: number): boolean {
  const p = zonedParts(at, timeZone);
  const weekday = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
  if (!hours.weekdays.includes(weekday)) return true;
  const minutes = p.hour * 60 + p.minute;
  return minutes < minutesOf(hours.start) || minutes >= minutesOf(hours.end);
}

/** A member's surname: the last word of their name, compared as patients' name keys are. */
export function surnameKey(fullName: string): string | null {
  const words = fullName
    .replace(/\b(?:MD|DO|RN|NP|PA|PA-C|LPN|MA|PhD|Jr|Sr|II|III|IV)\b\.?/gi, " ")
    .replace(/[,.]+/g, " ")
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const last = words.at(-1);
  if (last === undefined) return null;
  const key = searchKey(last);
  return key.length >= 2 ? key : null;
}

export function sameSurname(memberName: string, patientLastNameKey: string): boolean {
  const key = surnameKey(memberName);
  return key !== null && key === patientLastNameKey;
}

/** Street lines compared without case, punctuation or the usual abbreviations' differences. */
export function streetKey(line1: string): string {
  const abbreviations: Record<string, string> = {
    street: "st", avenue: "ave", road: "rd", drive: "dr", lane: "ln", boulevard: "blvd", court: "ct",
    place: "pl", terrace: "ter", highway: "hwy", apartment: "apt", suite: "ste", north: "n", south: "s",
    east: "e", west: "w",
  };
  return line1
    .toLowerCase()
    .replace(/[.,#]/g, " ")
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => abbreviations[w] ?? w)
    .join(" ");
}

export function sameAddress(
  member: { line1: string; zip: string } | undefined,
  patient: { line1: string; zip: string } | undefined,
): boolean {
  if (member === undefined || patient === undefined) return false;
  const zip = (z: string) => z.replace(/\D/g, "").slice(0, 5);
  return zip(member.zip).length === 5 && zip(member.zip) === zip(patient.zip) && streetKey(member.line1) === streetKey(patient.line1);
}

export { REVIEW_KIND_LABELS } from "./review-kinds";
