/**
 * The second held-out corpus generator (bench/phi-heldout-2/, written blind to
 * this detector): gold spans are exactly the inserted values, output is
 * deterministic per seed, 2,000 notes cover every style and every identifier
 * type the corpus uses, and gold spans never overlap. Lives here because vitest
 * only collects lib/**, convex/** and local/**.
 */
import { describe, expect, it } from "vitest";
import { generateHeldout2, STYLE_NAMES } from "../../bench/phi-heldout-2/generate";
import { context, mask, shape } from "../../bench/phi-heldout-2/shape";
import { isPhiType, type PhiType } from "./types";

const SEED = 20261123;
const notes = generateHeldout2(SEED, 2000);

/** Every type the corpus writes (BIOMETRIC is rare but present in 2,000 notes). */
const USED: PhiType[] = ["NAME", "ADDRESS", "LOCATION", "ZIP", "FACILITY", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "ID", "BIOMETRIC"];

describe("second held-out PHI corpus", () => {
  it("has 2,000 notes covering every style and every type it uses", () => {
    expect(notes).toHaveLength(2000);
    expect(STYLE_NAMES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(notes.map((n) => n.style))).toEqual(new Set(STYLE_NAMES));
    const types = new Set(notes.flatMap((n) => n.spans.map((s) => s.type)));
    expect([...types].sort()).toEqual([...USED].sort());
    for (const style of STYLE_NAMES) {
      const ofStyle = notes.filter((n) => n.style === style);
      expect(ofStyle.length).toBeGreaterThanOrEqual(80);
      expect(ofStyle.every((n) => n.spans.length >= 3), style).toBe(true);
    }
  });

  it("gold spans are exactly the inserted values, typed, trimmed and non-overlapping", () => {
    for (const n of notes) {
      expect(n.spans.length).toBe(n.values.length);
      let lastEnd = 0;
      n.spans.forEach((s, i) => {
        expect(isPhiType(s.type)).toBe(true);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.start, `${n.id} span ${i} overlaps the one before`).toBeGreaterThanOrEqual(lastEnd);
        expect(n.text.slice(s.start, s.end)).toBe(n.values[i]);
        expect(n.values[i]).toBe(n.values[i]!.trim());
        lastEnd = s.end;
      });
      expect(lastEnd).toBeLessThanOrEqual(n.text.length);
    }
  });

  it("is deterministic per seed and differs between seeds", () => {
    const again = generateHeldout2(SEED, 200);
    expect(again).toEqual(notes.slice(0, 200));
    const other = generateHeldout2(SEED + 1, 50);
    expect(other.map((n) => n.text)).not.toEqual(notes.slice(0, 50).map((n) => n.text));
  });

  it("attaches the patient's record to about 80% of single-patient notes, spelled unlike the note sometimes", () => {
    const single = notes.filter((n) => n.style !== "recall-list");
    const withRecord = single.filter((n) => n.known);
    expect(withRecord.length / single.length).toBeGreaterThan(0.7);
    expect(withRecord.length / single.length).toBeLessThan(0.9);
    expect(notes.filter((n) => n.style === "recall-list").every((n) => !n.known)).toBe(true);
    // Some records carry an upper-case name the note writes otherwise.
    expect(withRecord.some((n) => n.known!.patient!.lastName === n.known!.patient!.lastName.toUpperCase() && !n.text.includes(n.known!.patient!.lastName))).toBe(true);
  });

  it("never marks a year alone, an ICD-10 or CPT code as a date", () => {
    for (const n of notes) {
      for (const s of n.spans) {
        if (s.type !== "DATE") continue;
        const v = n.text.slice(s.start, s.end);
        expect(/^\d{4}$/.test(v) && !/^\d{8}$/.test(v), `${n.id}: ${mask(v)}`).toBe(false);
      }
    }
  });

  it("masks values for reports", () => {
    expect(mask("Ab 12-x")).toBe("Aa 99-a");
    expect(shape("Jonathan 1234567")).toBe("Aaaa+ 9999999");
    expect(context("call 555-1234 now", 5, 13, 4, false)).toBe("aaa [[999-9999]] aaa");
    expect(context("call 555-1234 now", 5, 13, 4, true)).toBe("all [[555-1234]] now");
  });
});
