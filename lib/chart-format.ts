/**
 * How the chart screens show people, dates and times. Pure functions, so the
 * same patient reads the same way on every screen (and in tests).
 */

export interface PersonName {
  firstName: string;
  middleName?: string | null;
  lastName: string;
}

/** "Ashdown, Avery Lee": last name first, as clinicians scan lists. */
export function patientName(p: PersonName): string {
  const given = [p.firstName, p.middleName ?? ""].filter((s) => s.trim() !== "").join(" ");
  return `${p.lastName}, ${given}`;
}

/** "Ashdown, Avery": last name and first name only, as lists and the audit trail show a patient. */
export function surnameFirst(p: { firstName: string; lastName: string }): string {
  return `${p.lastName}, ${p.firstName}`;
}

/** "Avery Lee Ashdown": for sentences. */
export function patientNameNatural(p: PersonName): string {
  return [p.firstName, p.middleName ?? "", p.lastName].filter((s) => s.trim() !== "").join(" ");
}

function parseIsoDate(iso: string): { y: number; m: number; d: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

/** Whole years between a date of birth ("YYYY-MM-DD") and `now`, in local time. */
export function ageInYears(dob: string, now: Date = new Date()): number | null {
  const b = parseIsoDate(dob);
  if (b === null) return null;
  let age = now.getFullYear() - b.y;
  const beforeBirthday = now.getMonth() + 1 < b.m || (now.getMonth() + 1 === b.m && now.getDate() < b.d);
  if (beforeBirthday) age -= 1;
  return age < 0 ? null : age;
}

/** "2 y", "14 mo" for small children, "5 wk" for infants: how clinicians write ages. */
export function ageLabel(dob: string, now: Date = new Date()): string {
  const b = parseIsoDate(dob);
  if (b === null) return "";
  const years = ageInYears(dob, now);
  if (years === null) return "";
  if (years >= 2) return `${years} y`;
  const birth = new Date(b.y, b.m - 1, b.d);
  const months = (now.getFullYear() - b.y) * 12 + (now.getMonth() - (b.m - 1)) - (now.getDate() < b.d ? 1 : 0);
  if (months >= 1) return `${months} mo`;
  const weeks = Math.max(0, Math.floor((now.getTime() - birth.getTime()) / (7 * 86_400_000)));
  return `${weeks} wk`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Mar 7, 1984" from "1984-03-07", without going through time zones. */
export function formatIsoDate(iso: string): string {
  const b = parseIsoDate(iso);
  if (b === null) return iso;
  return `${MONTHS[b.m - 1]} ${b.d}, ${b.y}`;
}

/** "Mar 2019" from "2019-03"; other shapes are returned as given. */
export function formatYearMonth(value: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  if (!match) return value;
  return `${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "14:05", local time, 24-hour. */
export function formatTime(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** "Nov 21, 2026", local time. */
export function formatDate(ms: number): string {
  const d = new Date(ms);
  return `${MONTHS[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()}`;
}

/** "Nov 21, 2026 14:05", local time. */
export function formatDateTime(ms: number): string {
  return `${formatDate(ms)} ${formatTime(ms)}`;
}

/** ISO 8601 for `<time dateTime>`. */
export function isoDateTime(ms: number): string {
  return new Date(ms).toISOString();
}

export const SEX_LABELS = { female: "Female", male: "Male", other: "Other", unknown: "Unknown" } as const;

/** One decimal, for °C → °F hints. */
export function celsiusToFahrenheit(c: number): number {
  return Math.round((c * 9) / 5 * 10 + 320) / 10;
}

/** Minutes left, rounded up, never below zero. */
export function minutesLeft(expiresAt: number, now: number): number {
  return Math.max(0, Math.ceil((expiresAt - now) / 60_000));
}
