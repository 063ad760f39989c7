/**
 * minimize(text, options) -> { text, vault, receipt }: every identifier is
 * replaced by a typed, numbered placeholder ("[NAME_1]"); the same value gets
 * the same placeholder; dates can carry their offset from an anchor date
 * ("[DATE_1 (3 days before visit)]"); ages over 89 become "90+".
 */
import { PHI_TYPES, type DetectOptions, type PhiType, type Span } from "./types";
import { detect } from "./detect";
import { daysBetween, parseDate, type DateParts } from "./patterns/date-parts";
import { findPlaceholders, formatPlaceholder, keysAnywhere } from "./placeholders";
import { type Vault, VaultBuilder } from "./vault";

export interface MinimizeOptions extends DetectOptions {
  /** Anchor for relative dates: ISO yyyy-mm-dd (or any spelling parseDate reads). */
  anchorDate?: string;
  /** Word for the anchor in annotations (default "visit"). */
  anchorLabel?: string;
  /** "aggregate" (default): ages over 89 become the text "90+"; "placeholder": "[AGE_1 (90+)]", restorable. */
  ages?: "aggregate" | "placeholder";
  /** Spans to use instead of running detect (e.g. reviewed by a person). */
  spans?: Span[];
}

export interface Receipt {
  /** Identifiers replaced, by type (occurrences). */
  counts: Partial<Record<PhiType, number>>;
  /** Distinct values replaced, by type. */
  distinct: Partial<Record<PhiType, number>>;
  total: number;
}

export interface MinimizeResult {
  text: string;
  vault: Vault;
  receipt: Receipt;
}

const OPENERS: Record<string, string> = { "[": "]", "{": "}", "<": ">" };

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

export function relativeAnnotation(value: string, anchor: DateParts, label: string): string | undefined {
  const d = parseDate(value);
  if (!d) return undefined;
  if (d.y === undefined && anchor.y !== undefined) d.y = anchor.y;
  if (d.d === undefined) {
    if (d.y === undefined || anchor.y === undefined) return undefined;
    const months = (d.y - anchor.y) * 12 + (d.m - anchor.m);
    if (months === 0) return `same month as ${label}`;
    return `about ${plural(Math.abs(months), "month")} ${months < 0 ? "before" : "after"} ${label}`;
  }
  const days = daysBetween(anchor, d);
  if (days === null) return undefined;
  if (days === 0) return `day of ${label}`;
  const abs = Math.abs(days);
  const dir = days < 0 ? "before" : "after";
  if (abs < 60) return `${plural(abs, "day")} ${dir} ${label}`;
  if (abs < 730) return `about ${plural(Math.round(abs / 30.44), "month")} ${dir} ${label}`;
  // Safe Harbor aggregates ages over 89: a date of birth 93 years before the visit must not say so.
  if (Math.floor(abs / 365.25) >= 90) return `90+ years ${dir} ${label}`;
  return `about ${plural(Math.min(Math.round(abs / 365.25), 89), "year")} ${dir} ${label}`;
}

/** A year of birth written alone ("born 1931", "YOB: 1931"). */
const BIRTH_YEAR = /\b(?:born(?:\s+in)?|b\.|yob:?|year\s+of\s+birth:?|birth\s+year:?)\s*((?:18|19|20)\d{2})\b/gi;

/**
 * Safe Harbor also removes the year when it tells an age over 89. A year on its
 * own is not an identifier for anyone younger, so the detector leaves it; here,
 * with the reference year known (the anchor date's, else this year), a year of
 * birth 90 or more years back becomes a DATE span too.
 */
export function birthYearsOver89(text: string, referenceYear: number, taken: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(BIRTH_YEAR)) {
    const year = Number(m[1]);
    if (referenceYear - year < 90) continue;
    const end = m.index + m[0].length;
    const start = end - m[1]!.length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    out.push({ start, end, type: "DATE" });
  }
  return out;
}

export function minimize(text: string, options: MinimizeOptions = {}): MinimizeResult {
  const found = options.spans ?? detect(text, options);
  const referenceYear = (options.anchorDate ? parseDate(options.anchorDate)?.y : undefined) ?? new Date().getUTCFullYear();
  const spans = [...found, ...birthYearsOver89(text, referenceYear, found)];
  const reserved = new Set([...findPlaceholders(text).map((p) => p.key), ...keysAnywhere(text)]);
  const builder = new VaultBuilder(reserved);
  const counts: Partial<Record<PhiType, number>> = {};
  const distinct: Partial<Record<PhiType, number>> = {};
  const anchor = options.anchorDate ? parseDate(options.anchorDate) : null;
  const label = options.anchorLabel ?? "visit";
  const parts: string[] = [];
  let pos = 0;
  let total = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    let { start, end } = span;
    if (start < pos) continue;
    // a value wrapped in brackets takes its brackets along, so "[John]" never reads back as "[[NAME_1]]"
    while (start > pos && end < text.length && OPENERS[text[start - 1]!] === text[end]) {
      start--;
      end++;
    }
    const value = text.slice(start, end);
    parts.push(text.slice(pos, start));
    counts[span.type] = (counts[span.type] ?? 0) + 1;
    total++;
    if (span.type === "AGE" && (options.ages ?? "aggregate") === "aggregate") {
      parts.push("90+");
    } else {
      let annotation: string | undefined;
      if (span.type === "DATE" && anchor) annotation = relativeAnnotation(value, anchor, label);
      if (span.type === "AGE") annotation = "90+";
      const { key, isNew } = builder.keyFor(span.type, value, annotation);
      if (isNew) distinct[span.type] = (distinct[span.type] ?? 0) + 1;
      parts.push(formatPlaceholder(key, builder.vault.entries[key]!.annotation));
    }
    pos = end;
  }
  parts.push(text.slice(pos));
  const ordered: Partial<Record<PhiType, number>> = {};
  for (const t of PHI_TYPES) if (counts[t]) ordered[t] = counts[t];
  return { text: parts.join(""), vault: builder.vault, receipt: { counts: ordered, distinct, total } };
}
