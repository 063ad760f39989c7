/**
 * Resolving candidate spans: overlapping candidates are merged into one span
 * (so every character any detector claimed stays covered) typed by the
 * highest-priority candidate; adjacent name parts are joined.
 */
import { type Candidate, type PhiType, type Span } from "./types";

/** Name parts split by a space, comma or hyphen ("Smith, John"), or by the dot after an initial ("J. Smith"). */
function joinable(text: string, a: number, b: number): boolean {
  const gap = text.slice(a, b);
  if (/^(?:[ \t]{1,2}|,[ \t]?|-)$/.test(gap)) return true;
  return /^\.?[ \t]?$/.test(gap) && /(?:^|[^A-Za-z])[A-Z]\.?$/.test(text.slice(Math.max(0, a - 3), a));
}

const byStartThenLongest = (a: Candidate, b: Candidate): number => a.start - b.start || b.end - a.end;

/**
 * Stable sort by start, longest first. The detectors each emit candidates in text order, so the list is a few
 * sorted runs: an insertion sort beats the built-in sort there; long lists take the built-in (also stable) sort.
 */
function sortCandidates(c: Candidate[]): void {
  if (c.length > 128) {
    c.sort(byStartThenLongest);
    return;
  }
  for (let i = 1; i < c.length; i++) {
    const x = c[i]!;
    let j = i - 1;
    while (j >= 0 && byStartThenLongest(c[j]!, x) > 0) {
      c[j + 1] = c[j]!;
      j--;
    }
    c[j + 1] = x;
  }
}

export function resolveSpans(text: string, candidates: Candidate[], only?: readonly PhiType[]): Span[] {
  let cands = candidates;
  if (only) {
    const keep = new Set(only);
    cands = cands.filter((c) => keep.has(c.type));
  }
  if (cands.length === 0) return [];
  sortCandidates(cands);
  const merged: Candidate[] = [];
  for (const c of cands) {
    if (!(c.end > c.start && c.start >= 0 && c.end <= text.length)) continue;
    const last = merged[merged.length - 1];
    if (last && c.start < last.end) {
      if (c.end > last.end) last.end = c.end;
      if (c.priority > last.priority) {
        last.priority = c.priority;
        last.type = c.type;
      }
      continue;
    }
    merged.push({ start: c.start, end: c.end, type: c.type, priority: c.priority });
  }
  // join name parts split by a space, comma or hyphen: "Smith, John"
  const out: Span[] = [];
  for (const s of merged) {
    const prev = out[out.length - 1];
    if (prev && prev.type === "NAME" && s.type === "NAME" && s.start - prev.end <= 2 && joinable(text, prev.end, s.start)) {
      prev.end = s.end;
      continue;
    }
    out.push({ start: s.start, end: s.end, type: s.type });
  }
  return out;
}
