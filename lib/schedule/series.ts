import { addDays, isValidDate } from "./time";

export const MAX_SERIES = 26;

/** The dates of a weekly series: every `everyWeeks` weeks, `count` occurrences from `first`. */
export function seriesDates(first: string, everyWeeks: number, count: number): string[] {
  if (!isValidDate(first)) throw new Error("Enter a valid first date.");
  if (!Number.isInteger(everyWeeks) || everyWeeks < 1 || everyWeeks > 8) throw new Error("Repeat every 1 to 8 weeks.");
  if (!Number.isInteger(count) || count < 2 || count > MAX_SERIES) throw new Error(`A series has 2 to ${MAX_SERIES} occurrences.`);
  return Array.from({ length: count }, (_, i) => addDays(first, i * 7 * everyWeeks));
}
