/**
 * Next run time for the schedules `cronJobs()` produces, in UTC like Convex.
 * `cron` strings are the classic 5 fields (minute hour day-of-month month
 * day-of-week) with `*`, lists, ranges and steps.
 */

export type CronSchedule =
  | { type: "interval"; seconds?: number; minutes?: number; hours?: number }
  | { type: "hourly"; minuteUTC?: number }
  | { type: "daily"; hourUTC: number; minuteUTC?: number }
  | { type: "weekly"; dayOfWeek: string; hourUTC: number; minuteUTC?: number }
  | { type: "monthly"; day: number; hourUTC: number; minuteUTC?: number }
  | { type: "cron"; cron: string };

const DAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

interface CronFields {
  minute: Set<number>;
  hour: Set<number>;
  dom: Set<number>;
  month: Set<number>;
  dow: Set<number>;
  domStar: boolean;
  dowStar: boolean;
}

function parseField(field: string, min: number, max: number, name: string): Set<number> {
  const out = new Set<number>();
  for (const part of field.split(",")) {
    const m = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
    if (!m) throw new Error(`invalid cron ${name} field "${field}"`);
    let lo = min;
    let hi = max;
    if (m[1] !== "*") {
      lo = Number(m[2]);
      hi = m[3] !== undefined ? Number(m[3]) : m[4] !== undefined ? max : lo;
    }
    const step = m[4] !== undefined ? Number(m[4]) : 1;
    if (lo < min || hi > max || lo > hi || step < 1) throw new Error(`invalid cron ${name} field "${field}"`);
    for (let v = lo; v <= hi; v += step) out.add(v);
  }
  return out;
}

export function parseCron(expr: string): CronFields {
  const parts = expr.trim().split(/\s+/);
  if (parts.length !== 5) throw new Error(`cron "${expr}" must have 5 fields`);
  const [mi, h, dom, mo, dow] = parts as [string, string, string, string, string];
  const dowSet = parseField(dow, 0, 7, "day-of-week");
  if (dowSet.has(7)) dowSet.add(0); // 7 is Sunday too
  return {
    minute: parseField(mi, 0, 59, "minute"),
    hour: parseField(h, 0, 23, "hour"),
    dom: parseField(dom, 1, 31, "day-of-month"),
    month: parseField(mo, 1, 12, "month"),
    dow: dowSet,
    domStar: dom === "*",
    dowStar: dow === "*",
  };
}

function cronMatchesDay(f: CronFields, d: Date): boolean {
  const domOk = f.dom.has(d.getUTCDate());
  const dowOk = f.dow.has(d.getUTCDay());
  // Vixie cron: when both day fields are restricted, either may match.
  if (!f.domStar && !f.dowStar) return domOk || dowOk;
  return domOk && dowOk;
}

function nextCron(f: CronFields, after: number): number {
  const d = new Date(after);
  d.setUTCSeconds(0, 0);
  d.setUTCMinutes(d.getUTCMinutes() + 1);
  const limit = after + 5 * 366 * 24 * 3600 * 1000;
  while (d.getTime() <= limit) {
    if (!f.month.has(d.getUTCMonth() + 1) || !cronMatchesDay(f, d)) {
      d.setUTCDate(d.getUTCDate() + 1);
      d.setUTCHours(0, 0, 0, 0);
      continue;
    }
    if (!f.hour.has(d.getUTCHours())) {
      d.setUTCHours(d.getUTCHours() + 1, 0, 0, 0);
      continue;
    }
    if (!f.minute.has(d.getUTCMinutes())) {
      d.setUTCMinutes(d.getUTCMinutes() + 1, 0, 0);
      continue;
    }
    return d.getTime();
  }
  throw new Error("cron expression never fires");
}

/** The first run strictly after `after` (ms since epoch). */
export function nextRun(schedule: CronSchedule, after: number): number {
  switch (schedule.type) {
    case "interval": {
      const seconds = schedule.seconds ?? (schedule.minutes ?? 0) * 60 + (schedule.hours ?? 0) * 3600;
      if (!(seconds > 0)) throw new Error("interval must be positive");
      return after + seconds * 1000;
    }
    case "hourly":
      return nextCron(parseCron(`${schedule.minuteUTC ?? 0} * * * *`), after);
    case "daily":
      return nextCron(parseCron(`${schedule.minuteUTC ?? 0} ${schedule.hourUTC} * * *`), after);
    case "weekly": {
      const day = DAYS.indexOf(schedule.dayOfWeek);
      if (day < 0) throw new Error(`invalid day of week ${schedule.dayOfWeek}`);
      return nextCron(parseCron(`${schedule.minuteUTC ?? 0} ${schedule.hourUTC} * * ${day}`), after);
    }
    case "monthly":
      return nextCron(parseCron(`${schedule.minuteUTC ?? 0} ${schedule.hourUTC} ${schedule.day} * *`), after);
    case "cron":
      return nextCron(parseCron(schedule.cron), after);
  }
}
