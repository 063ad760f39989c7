/**
 * Geometry of the calendar grid: which minutes of the day it shows, where an
 * appointment sits, side-by-side lanes when appointments overlap (a cancelled
 * visit and the one booked into its slot), and snapping a dragged block.
 */
import { addDays, localDate, weekdayOf, zonedParts } from "./time";

/** The grid shows at least 07:00–18:00 and grows by whole hours to fit anything outside. */
export const GRID_START_MINUTES = 7 * 60;
export const GRID_END_MINUTES = 18 * 60;
export const SNAP_MINUTES = 10;

/** Minutes since local midnight of `date` for an instant; clamps to the day when the instant is on another date. */
export function minuteOfDay(ms: number, date: string, timeZone: string): number {
  const d = localDate(ms, timeZone);
  if (d < date) return 0;
  if (d > date) return 24 * 60;
  const p = zonedParts(ms, timeZone);
  return p.hour * 60 + p.minute;
}

/** The visible range of minutes: the default working day, widened by whole hours to include every interval. */
export function gridRange(intervals: readonly { startMin: number; endMin: number }[]): { startMin: number; endMin: number } {
  let startMin = GRID_START_MINUTES;
  let endMin = GRID_END_MINUTES;
  for (const i of intervals) {
    if (i.endMin <= i.startMin) continue;
    startMin = Math.min(startMin, Math.floor(i.startMin / 60) * 60);
    endMin = Math.max(endMin, Math.ceil(i.endMin / 60) * 60);
  }
  return { startMin: Math.max(0, startMin), endMin: Math.min(24 * 60, endMin) };
}

/** Rounds minutes to the nearest step (default 10). */
export function snap(minutes: number, step = SNAP_MINUTES): number {
  return Math.round(minutes / step) * step;
}

/** "HH:MM" for minutes since midnight. */
export function clockOf(minutes: number): string {
  const m = Math.max(0, Math.min(24 * 60 - 1, Math.round(minutes)));
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

/**
 * Where a drop lands: the top of the dragged block, snapped, kept inside the
 * visible grid so the whole visit fits.
 */
export function dropMinute(opts: { pointerY: number; grabOffsetY: number; columnTop: number; pxPerMinute: number; startMin: number; endMin: number; durationMin: number }): number {
  const raw = opts.startMin + (opts.pointerY - opts.grabOffsetY - opts.columnTop) / opts.pxPerMinute;
  const snapped = snap(raw);
  const latest = Math.floor((opts.endMin - opts.durationMin) / SNAP_MINUTES) * SNAP_MINUTES;
  return Math.max(opts.startMin, Math.min(latest, snapped));
}

export interface Laned<T> {
  item: T;
  lane: number;
  lanes: number;
}

/**
 * Side-by-side placement: overlapping items share a cluster and each gets the
 * first free lane; every item of a cluster knows how many lanes it has.
 */
export function layoutLanes<T extends { start: number; end: number }>(items: readonly T[]): Laned<T>[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Laned<T>[] = [];
  let cluster: Laned<T>[] = [];
  let laneEnds: number[] = [];
  let clusterEnd = -Infinity;
  const flush = () => {
    for (const c of cluster) c.lanes = laneEnds.length;
    out.push(...cluster);
    cluster = [];
    laneEnds = [];
  };
  for (const item of sorted) {
    if (item.start >= clusterEnd) {
      flush();
      clusterEnd = -Infinity;
    }
    let lane = laneEnds.findIndex((end) => end <= item.start);
    if (lane < 0) {
      lane = laneEnds.length;
      laneEnds.push(item.end);
    } else laneEnds[lane] = item.end;
    cluster.push({ item, lane, lanes: 0 });
    clusterEnd = Math.max(clusterEnd, item.end);
  }
  flush();
  return out;
}

/** The Monday-to-Sunday week that holds `date`. */
export function weekOf(date: string): string[] {
  const offset = (weekdayOf(date) + 6) % 7;
  const monday = addDays(date, -offset);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}
