import { describe, expect, it } from "vitest";
import { generateCorpus } from "./corpus/generate";
import { evaluate } from "./corpus/evaluate";
import { detect } from "./detect";

// A fixed-seed sample of the synthetic corpus: a regression in any detector fails `npm test`.
// Floors sit a little under the measured figures (docs/phi-minimiser.md) to absorb sampling noise.
describe("synthetic corpus (fixed seed)", () => {
  const notes = generateCorpus(424242, 400);
  const withRecord = evaluate(notes.map((n) => ({ text: n.text, gold: n.spans, predicted: detect(n.text, n.known ? { known: n.known } : {}) })));
  const alone = evaluate(notes.map((n) => ({ text: n.text, gold: n.spans, predicted: detect(n.text) })));

  it("covers every style", () => {
    const styles = new Set(notes.map((n) => n.style.split("/")[0]));
    expect([...styles].sort()).toEqual(["discharge", "misc", "nursing", "phone", "quick", "referral", "soap"]);
    expect(notes.some((n) => n.style.endsWith("/caps"))).toBe(true);
  });
  it("recall and precision with the patient's record", () => {
    expect(withRecord.overall.recall).toBeGreaterThanOrEqual(0.99);
    expect(withRecord.overall.precision).toBeGreaterThanOrEqual(0.97);
  });
  it("recall and precision of the detector alone", () => {
    expect(alone.overall.recall).toBeGreaterThanOrEqual(0.985);
    expect(alone.overall.precision).toBeGreaterThanOrEqual(0.97);
  });
  it("per type recall", () => {
    for (const [type, s] of Object.entries(withRecord.perType)) {
      if (s.gold >= 20) expect(s.recall, type).toBeGreaterThanOrEqual(0.97);
    }
  });
});
