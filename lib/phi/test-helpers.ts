/** Shared helpers for the PHI tests. */
import { detect } from "./detect";
import { type DetectOptions, type PhiType } from "./types";

/** "TYPE:value" for every span, for readable assertions. */
export function found(text: string, options: DetectOptions = {}): string[] {
  return detect(text, options).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
}

/** Values of one type. */
export function valuesOf(text: string, type: PhiType, options: DetectOptions = {}): string[] {
  return detect(text, options)
    .filter((s) => s.type === type)
    .map((s) => text.slice(s.start, s.end));
}

/** True when every character of `value` (first occurrence) is covered by some span. */
export function covered(text: string, value: string, options: DetectOptions = {}): boolean {
  const at = text.indexOf(value);
  if (at < 0) throw new Error(`"${value}" not in text`);
  const spans = detect(text, options);
  for (let i = at; i < at + value.length; i++) if (!spans.some((s) => s.start <= i && i < s.end)) return false;
  return true;
}
