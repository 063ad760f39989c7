/** Masking for reports: letters become a/A, digits 9; nothing raw leaves unless asked. */
export function mask(s: string): string {
  return s.replace(/\p{Lu}/gu, "A").replace(/\p{Ll}/gu, "a").replace(/\p{Nd}/gu, "9");
}

/** A value's shape: masked, letter runs longer than 3 shortened (`Aaaa+`); digit counts kept. */
export function shape(s: string): string {
  return mask(s).replace(/a{4,}|A{4,}/g, (m) => `${m.slice(0, 3)}+`);
}

/** The value with `width` characters either side, masked unless `raw`; line breaks shown as ⏎. */
export function context(text: string, start: number, end: number, width: number, raw: boolean): string {
  const f = raw ? (s: string) => s : mask;
  const left = f(text.slice(Math.max(0, start - width), start));
  const right = f(text.slice(end, end + width));
  return `${left}[[${f(text.slice(start, end))}]]${right}`.replace(/\n/g, "⏎");
}
