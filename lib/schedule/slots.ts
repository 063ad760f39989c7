export interface Interval {
  start: number;
  end: number;
}

/** True when two half-open intervals [start, end) share any instant. */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `inner` lies entirely inside one of `blocks`. */
export function within(inner: Interval, blocks: readonly Interval[]): boolean {
  return blocks.some((b) => b.start <= inner.start && inner.end <= b.end);
}

/**
 * Start times of free slots of `durationMs` inside the working `blocks`,
 * stepping by `stepMs` from each block's start, avoiding `busy` intervals and
 * anything before `notBefore`.
 */
export function freeSlots(opts: {
  blocks: readonly Interval[];
  busy: readonly Interval[];
  durationMs: number;
  stepMs: number;
  notBefore: number;
  limit: number;
}): number[] {
  const out: number[] = [];
  const blocks = [...opts.blocks].sort((a, b) => a.start - b.start);
  for (const block of blocks) {
    for (let s = block.start; s + opts.durationMs <= block.end; s += opts.stepMs) {
      if (s < opts.notBefore) continue;
      const slot = { start: s, end: s + opts.durationMs };
      if (opts.busy.some((b) => overlaps(b, slot))) continue;
      out.push(s);
      if (out.length >= opts.limit) return out;
    }
  }
  return out;
}
