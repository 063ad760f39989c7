/**
 * The detector on the held-out corpus (bench/phi-heldout/, written blind to lib/phi): a fixed-seed sample other
 * than the seed the misses were studied on (20261122), so a regression in generality fails `npm test`. Floors sit
 * under the measured figures on this sample (0.991 / 0.997 with records, 0.985 / 0.997 alone).
 *
 * The same for the second held-out corpus (bench/phi-heldout-2/, also written blind; misses studied on seed
 * 20261123): 0.987 / 0.990 with records, 0.979 / 0.992 alone on this sample; and the third (bench/phi-heldout-3/,
 * written blind in session 4; first run 0.883 / 0.929 with records, some misses then studied on seed 20261124):
 * 0.935 / 0.955 with records, 0.904 / 0.954 alone.
 */
import { describe, expect, it } from "vitest";
import { generateHeldout } from "../../bench/phi-heldout/generate";
import { generateHeldout2 } from "../../bench/phi-heldout-2/generate";
import { generateHeldout3 } from "../../bench/phi-heldout-3/generate";
import { evaluate } from "./corpus/evaluate";
import { detect } from "./detect";

describe("held-out corpus (fixed seed, not the one studied)", () => {
  const notes = generateHeldout(7, 400);
  const withRecord = evaluate(notes.map((n) => ({ text: n.text, gold: n.spans, predicted: detect(n.text, n.known ? { known: n.known } : {}) })));
  const alone = evaluate(notes.map((n) => ({ text: n.text, gold: n.spans, predicted: detect(n.text) })));

  it("recall and precision with the patient's record", () => {
    expect(withRecord.overall.recall).toBeGreaterThanOrEqual(0.985);
    expect(withRecord.overall.precision).toBeGreaterThanOrEqual(0.99);
  });
  it("recall and precision of the detector alone", () => {
    expect(alone.overall.recall).toBeGreaterThanOrEqual(0.975);
    expect(alone.overall.precision).toBeGreaterThanOrEqual(0.99);
  });
  it("per type recall with the record", () => {
    for (const [type, s] of Object.entries(withRecord.perType)) {
      if (s.gold >= 20) expect(s.recall, type).toBeGreaterThanOrEqual(type === "FACILITY" || type === "LOCATION" || type === "ADDRESS" ? 0.9 : 0.97);
    }
  });
});

describe("second held-out corpus (fixed seed, not the one studied)", () => {
  const notes = generateHeldout2(7, 480);
  const withRecord = evaluate(notes.map((n) => ({ text: n.text, gold: n.spans, predicted: detect(n.text, n.known ? { known: n.known } : {}) })));
  const alone = evaluate(notes.map((n) => ({ text: n.text, gold: n.spans, predicted: detect(n.text) })));

  it("recall and precision with the patient's record", () => {
    expect(withRecord.overall.recall).toBeGreaterThanOrEqual(0.98);
    expect(withRecord.overall.precision).toBeGreaterThanOrEqual(0.985);
  });
  it("recall and precision of the detector alone", () => {
    expect(alone.overall.recall).toBeGreaterThanOrEqual(0.97);
    expect(alone.overall.precision).toBeGreaterThanOrEqual(0.985);
  });
  it("per type recall with the record", () => {
    for (const [type, s] of Object.entries(withRecord.perType)) {
      if (s.gold >= 20) expect(s.recall, type).toBeGreaterThanOrEqual(type === "ADDRESS" || type === "LOCATION" ? 0.89 : 0.95);
    }
  });
});

describe("third held-out corpus (fixed seed, not the one studied)", () => {
  const notes = generateHeldout3(7, 480);
  const withRecord = evaluate(notes.map((n) => ({ text: n.text, gold: n.spans, predicted: detect(n.text, n.known ? { known: n.known } : {}) })));
  const alone = evaluate(notes.map((n) => ({ text: n.text, gold: n.spans, predicted: detect(n.text) })));

  it("recall and precision with the patient's record", () => {
    expect(withRecord.overall.recall).toBeGreaterThanOrEqual(0.925);
    expect(withRecord.overall.precision).toBeGreaterThanOrEqual(0.945);
  });
  it("recall and precision of the detector alone", () => {
    expect(alone.overall.recall).toBeGreaterThanOrEqual(0.895);
    expect(alone.overall.precision).toBeGreaterThanOrEqual(0.945);
  });
});
