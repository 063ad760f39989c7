import { describe, expect, it } from "vitest";
import { HARD_CASES } from "./corpus/hard-cases";
import { parseMarkup } from "./corpus/builder";
import { detect } from "./detect";

describe("hand-written hard cases", () => {
  it("has at least 150", () => {
    expect(HARD_CASES.length).toBeGreaterThanOrEqual(150);
  });
  it.each(HARD_CASES.map((c) => [c.replace(/\{\{[A-Z_]+:([^}]*)\}\}/g, "$1").slice(0, 70), c] as const))("%s", (_label, markup) => {
    const { text, spans } = parseMarkup(markup);
    const predicted = detect(text);
    // every identifier fully covered ...
    for (const g of spans) {
      const ok = [...Array(g.end - g.start).keys()].every((k) => predicted.some((p) => p.start <= g.start + k && g.start + k < p.end));
      expect(ok, `missed ${g.type} "${text.slice(g.start, g.end)}"`).toBe(true);
    }
    // ... and nothing else flagged
    for (const p of predicted) {
      const inGold = spans.some((g) => p.start < g.end && g.start < p.end);
      expect(inGold, `false positive ${p.type} "${text.slice(p.start, p.end)}"`).toBe(true);
    }
  });
});
