/**
 * How the schedule screens write dates, times and durations. Times are always
 * shown in the practice's time zone, never the browser's.
 */
import { DATE_RE, TIME_RE } from "./time";

const timeFormatters = new Map<string, Intl.DateTimeFormat>();

/** "4:20 PM" for an instant, on the practice's clock. */
export function formatTime(ms: number, timeZone: string): string {
  let f = timeFormatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", minute: "2-digit" });
    timeFormatters.set(timeZone, f);
  }
  return f.format(new Date(ms));
}

/** "4:20 PM" for a wall-clock "HH:MM". */
export function formatClock(time: string): string {
  const m = TIME_RE.exec(time);
  if (m === null) return time;
  const h = Number(m[1]);
  return `${h % 12 === 0 ? 12 : h % 12}:${m[2]} ${h < 12 ? "AM" : "PM"}`;
}

/** Minutes since midnight as "4:20 PM" (or "4 PM" with `compact`), for the grid's hour labels. */
export function formatMinuteOfDay(minutes: number, compact = false): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  const hour = h % 12 === 0 ? 12 : h % 12;
  const suffix = h < 12 ? "AM" : "PM";
  if (compact && m === 0) return `${hour} ${suffix}`;
  return `${hour}:${String(m).padStart(2, "0")} ${suffix}`;
}

function utcDate(date: string): Date | null {
  const m = DATE_RE.exec(date);
  if (m === null) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
}

const LONG = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", weekday: "long", month: "long", day: "numeric", year: "numeric" });
const MEDIUM = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", weekday: "short", month: "short", day: "numeric" });
const WEEKDAY = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", weekday: "short" });
const MONTH_DAY = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", month: "short", day: "numeric" });

/** "Tuesday, May 12, 2026" for a calendar date "YYYY-MM-DD". */
export function formatDateLong(date: string): string {
  const d = utcDate(date);
  return d === null ? date : LONG.format(d);
}

/** "Tue, May 12" for a calendar date. */
export function formatDateMedium(date: string): string {
  const d = utcDate(date);
  return d === null ? date : MEDIUM.format(d);
}

/** "Tue" and "May 12", for the week view's column headings. */
export function formatWeekdayParts(date: string): { weekday: string; monthDay: string } {
  const d = utcDate(date);
  return d === null ? { weekday: "", monthDay: date } : { weekday: WEEKDAY.format(d), monthDay: MONTH_DAY.format(d) };
}

/** "May 11 – 17, 2026" (or across months and years) for the week view's heading. */
export function formatRange(first: string, last: string): string {
  const a = utcDate(first);
  const b = utcDate(last);
  if (a === null || b === null) return `${first} – ${last}`;
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  const sameMonth = sameYear && a.getUTCMonth() === b.getUTCMonth();
  const year = b.getUTCFullYear();
  if (sameMonth) return `${MONTH_DAY.format(a)} – ${b.getUTCDate()}, ${year}`;
  if (sameYear) return `${MONTH_DAY.format(a)} – ${MONTH_DAY.format(b)}, ${year}`;
  return `${MONTH_DAY.format(a)}, ${a.getUTCFullYear()} – ${MONTH_DAY.format(b)}, ${year}`;
}

/** "5 min", "1 h", "1 h 5 min"; under a minute reads "under 1 min". */
export function formatDuration(minutes: number): string {
  const m = Math.max(0, Math.floor(minutes));
  if (m < 1) return "under 1 min";
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  return rest === 0 ? `${h} h` : `${h} h ${rest} min`;
}

/** Whole minutes from `since` to `now` (never negative). */
export function minutesBetween(since: number, now: number): number {
  return Math.max(0, Math.floor((now - since) / 60_000));
}

/** "2 visits" / "1 visit". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
