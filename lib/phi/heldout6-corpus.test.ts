/**
 * The sixth held-out corpus's generator (bench/phi-heldout-6/): gold spans are
 * exact, non-overlapping and deterministic; 2,000 notes cover every style and
 * every type the corpus uses. Lives under lib/ because vitest collects lib/**.
 */
import { describe, expect, it } from "vitest";
import { generateHeldout6, MULTI_PATIENT_STYLES, RECORD_SHARE, STYLE_NAMES } from "../../bench/phi-heldout-6/generate";
import { isPhiType, type PhiType } from "./types";

const notes = generateHeldout6(20261127, 2000);

const USED_TYPES: PhiType[] = ["NAME", "ADDRESS", "LOCATION", "ZIP", "FACILITY", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "BIOMETRIC", "ID"];

describe("sixth held-out PHI corpus generator", () => {
  it("puts each gold span exactly over the value inserted there, with a known type", () => {
    for (const n of notes) {
      expect(n.values.length).toBe(n.spans.length);
      n.spans.forEach((s, i) => {
        expect(isPhiType(s.type)).toBe(true);
        expect(s.end).toBeGreaterThan(s.start);
        expect(n.text.slice(s.start, s.end)).toBe(n.values[i]);
      });
    }
  });

  it("never overlaps gold spans, and gold spans carry no surrounding whitespace", () => {
    for (const n of notes) {
      const sorted = [...n.spans].sort((a, b) => a.start - b.start);
      for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.start).toBeGreaterThanOrEqual(sorted[i - 1]!.end);
      for (const s of n.spans) expect(n.text.slice(s.start, s.end).trim()).toBe(n.text.slice(s.start, s.end));
    }
  });

  it("is deterministic per seed and differs across seeds", () => {
    const a = generateHeldout6(7, 120);
    const b = generateHeldout6(7, 120);
    const c = generateHeldout6(8, 120);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.map((n) => n.text)).not.toEqual(c.map((n) => n.text));
  });

  it("covers every style (at least 20) and every type it claims to use", () => {
    expect(STYLE_NAMES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(notes.map((n) => n.style))).toEqual(new Set(STYLE_NAMES));
    const types = new Set(notes.flatMap((n) => n.spans.map((s) => s.type)));
    for (const t of USED_TYPES) expect(types.has(t), t).toBe(true);
    for (const style of STYLE_NAMES) {
      const spans = notes.filter((n) => n.style === style).flatMap((n) => n.spans);
      expect(spans.length, style).toBeGreaterThan(0);
    }
  });

  it("attaches a record to about three quarters of single-patient notes and never to multi-patient ones", () => {
    const multi = new Set<string>(MULTI_PATIENT_STYLES);
    for (const m of MULTI_PATIENT_STYLES) expect(STYLE_NAMES).toContain(m);
    const single = notes.filter((n) => !multi.has(n.style));
    expect(notes.filter((n) => multi.has(n.style) && n.known)).toHaveLength(0);
    const share = single.filter((n) => n.known).length / single.length;
    expect(share).toBeGreaterThan(RECORD_SHARE - 0.05);
    expect(share).toBeLessThan(RECORD_SHARE + 0.05);
  });

  it("never labels a year alone or an age under 90", () => {
    for (const n of notes) {
      for (const s of n.spans) {
        const v = n.text.slice(s.start, s.end);
        if (s.type === "DATE") expect(v, n.style).not.toMatch(/^\d{4}$/);
        if (s.type === "AGE") {
          const num = /^\d+$/.test(v) ? Number(v) : v.startsWith("ninety") || v.startsWith("one hundred") ? 90 : 0;
          expect(num, v).toBeGreaterThanOrEqual(90);
        }
      }
    }
  });
});
