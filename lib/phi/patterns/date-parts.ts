/**
 * Reading a date the detector found into its parts, for relative dates ("[DATE_1 (3 days before visit)]") and for
 * matching a record's birth date however a note writes it: the spellings detectDates (dates.ts) takes.
 */
import { validMonthDay } from "./dates-forms";

const MONTH_INDEX: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

export interface DateParts {
  y?: number;
  m: number;
  d?: number;
}

function fullYear(y: string): number {
  const n = Number(y.replace("'", ""));
  if (y.replace("'", "").length === 4) return n;
  return n <= 30 ? 2000 + n : 1900 + n;
}

/** Parse the spellings that detectDates finds. Ambiguous d/m orders read month first unless impossible. */
export function parseDate(raw: string): DateParts | null {
  const s = raw.trim().toLowerCase();
  let m = /^((?:19|20)\d\d)[/.-](\d{1,2})[/.-](\d{1,2})/.exec(s);
  if (m) return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  m = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/.exec(s);
  if (m) {
    let mo = Number(m[1]);
    let d = Number(m[2]);
    if (mo > 12 && d <= 12) [mo, d] = [d, mo];
    if (!validMonthDay(mo, d)) return null;
    return m[3] ? { y: fullYear(m[3]), m: mo, d } : { m: mo, d };
  }
  m = /^(\d{8})$/.exec(s);
  if (m) {
    const v = m[1]!;
    if (/^(?:19|20)/.test(v) && validMonthDay(Number(v.slice(4, 6)), Number(v.slice(6, 8))))
      return { y: Number(v.slice(0, 4)), m: Number(v.slice(4, 6)), d: Number(v.slice(6, 8)) };
    return { y: Number(v.slice(4, 8)), m: Number(v.slice(0, 2)), d: Number(v.slice(2, 4)) };
  }
  m = /^(\d{6})$/.exec(s);
  if (m) {
    const v = m[1]!;
    return { y: fullYear(v.slice(4, 6)), m: Number(v.slice(0, 2)), d: Number(v.slice(2, 4)) };
  }
  const words = s.replace(/[,.]/g, " ").replace(/-/g, " ").replace(/\bof\b/g, " ");
  const month = /([a-z]{3,9})/.exec(words);
  if (!month) return null;
  const mi = MONTH_INDEX[month[1]!.slice(0, 3)];
  if (!mi) return null;
  const nums = words.match(/'?\d+/g) ?? [];
  let d: number | undefined;
  let y: number | undefined;
  for (const n of nums) {
    const clean = n.replace("'", "");
    if (clean.length === 4 || n.startsWith("'")) y = fullYear(n);
    else if (d === undefined && Number(clean) >= 1 && Number(clean) <= 31) d = Number(clean);
    else y = fullYear(clean);
  }
  const out: DateParts = { m: mi };
  if (d !== undefined) out.d = d;
  if (y !== undefined) out.y = y;
  return out;
}

/** Whole days from a to b (UTC), or null if either lacks a day. */
export function daysBetween(a: DateParts, b: DateParts): number | null {
  if (a.d === undefined || b.d === undefined || a.y === undefined || b.y === undefined) return null;
  const ta = Date.UTC(a.y, a.m - 1, a.d);
  const tb = Date.UTC(b.y, b.m - 1, b.d);
  return Math.round((tb - ta) / 86_400_000);
}
