/**
 * Shapes for reporting misses without printing synthetic values: letters
 * become a/A (runs collapsed in value shapes), digits 9, other characters kept.
 */
export function shape(value: string): string {
  return value
    .replace(/\p{Lu}+\p{Ll}*/gu, (w) => (w.length > 1 && /\p{Ll}/u.test(w) ? "Aa" : w.length > 1 ? "AA" : "A"))
    .replace(/\p{Ll}+/gu, "a")
    .replace(/\d/g, "9")
    .replace(/\n/g, "⏎");
}

/** Character-by-character mask (lengths kept) for context. */
export function mask(text: string): string {
  return text.replace(/\p{Lu}/gu, "A").replace(/\p{Ll}/gu, "a").replace(/\d/g, "9").replace(/\n/g, "⏎").replace(/\t/g, "⇥");
}

/** ±`width` characters around [start, end), the span in [[ ]]; masked unless `raw`. */
export function context(text: string, start: number, end: number, width: number, raw: boolean): string {
  const f = raw ? (s: string) => s.replace(/\n/g, "⏎").replace(/\t/g, "⇥") : mask;
  return `${f(text.slice(Math.max(0, start - width), start))}[[${f(text.slice(start, end))}]]${f(text.slice(end, end + width))}`;
}
