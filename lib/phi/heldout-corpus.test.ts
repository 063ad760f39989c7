/**
 * The held-out corpus generator (bench/phi-heldout/, written blind to this
 * detector): gold spans are exact, output is deterministic per seed, and the
 * corpus covers every style and every identifier type. Lives here because
 * vitest only collects lib/**, convex/** and local/**.
 */
import { describe, expect, it } from "vitest";
import { generateHeldout, HELDOUT_STYLES } from "../../bench/phi-heldout/generate";
import { context, mask, shape } from "../../bench/phi-heldout/shape";
import { PHI_TYPES, isPhiType } from "./types";

const SEED = 20261122;
const notes = generateHeldout(SEED, 2000);

describe("held-out PHI corpus", () => {
  it("has at least 2,000 notes, every style and every identifier type", () => {
    expect(notes.length).toBeGreaterThanOrEqual(2000);
    const styles = new Set(notes.map((n) => n.style));
    expect([...styles].sort()).toEqual(HELDOUT_STYLES.map((s) => s.name).sort());
    expect(styles.size).toBeGreaterThanOrEqual(18);
    const types = new Set(notes.flatMap((n) => n.spans.map((s) => s.type)));
    for (const t of PHI_TYPES) expect(types.has(t), t).toBe(true);
  });

  it("records every span exactly where its value was inserted", () => {
    for (const n of notes) {
      expect(n.values.length).toBe(n.spans.length);
      let prevEnd = 0;
      n.spans.forEach((s, i) => {
        expect(isPhiType(s.type)).toBe(true);
        expect(s.start).toBeGreaterThanOrEqual(prevEnd);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(n.text.length);
        expect(n.text.slice(s.start, s.end), `${n.id} span ${i}`).toBe(n.values[i]);
        expect(n.values[i]!.trim()).toBe(n.values[i]);
        prevEnd = s.end;
      });
    }
  });

  it("is deterministic per seed and differs between seeds", () => {
    const a = generateHeldout(7, 120);
    const b = generateHeldout(7, 120);
    expect(b).toEqual(a);
    expect(generateHeldout(SEED, 50)).toEqual(notes.slice(0, 50));
    const c = generateHeldout(8, 120);
    expect(c.map((n) => n.text)).not.toEqual(a.map((n) => n.text));
  });

  it("passes the patient's record on most notes, spelled differently from the note", () => {
    const withRecord = notes.filter((n) => n.known?.patient);
    expect(withRecord.length / notes.length).toBeGreaterThan(0.75);
    expect(withRecord.length).toBeLessThan(notes.length);
    // The record's spelling of the DOB and phone is often not the note's.
    const dobElsewhere = withRecord.filter((n) => n.known!.patient!.dob && !n.text.includes(n.known!.patient!.dob!));
    const phoneElsewhere = withRecord.filter((n) => n.known!.patient!.phone && !n.text.includes(n.known!.patient!.phone!));
    expect(dobElsewhere.length).toBeGreaterThan(withRecord.length / 4);
    expect(phoneElsewhere.length).toBeGreaterThan(withRecord.length / 4);
    expect(withRecord.some((n) => n.known!.otherPeople?.length)).toBe(true);
  });

  it("includes over-89 ages, names in lower case and ALL CAPS, and clinical distractors", () => {
    const ages = notes.flatMap((n) => n.spans.filter((s) => s.type === "AGE").map((s) => n.text.slice(s.start, s.end)));
    expect(ages.some((a) => /^\d+$/.test(a) && Number(a) >= 90)).toBe(true);
    expect(ages.some((a) => /^[a-z -]+$/.test(a))).toBe(true);
    const names = notes.flatMap((n) => n.spans.filter((s) => s.type === "NAME").map((s) => n.text.slice(s.start, s.end)));
    expect(names.some((x) => /^[a-z]+$/.test(x))).toBe(true);
    expect(names.some((x) => /^[A-Z]{3,}$/.test(x))).toBe(true);
    expect(names.some((x) => x.includes("'"))).toBe(true);
    const all = notes.map((n) => n.text).join("\n");
    for (const d of [/BP \d+\/\d+/, /\b[A-Z]\d\d\.\d+\b/, /Parkinson|Crohn|Hashimoto/, /1\/2 tab/, /\b99\d{3}\b/]) expect(all).toMatch(d);
  });

  it("masks values and context for reports without raw letters or digits", () => {
    expect(shape("O'Neil-Smith 555-1234")).toBe("A'Aa-Aa 999-9999");
    expect(shape("GARCIA")).toBe("AA");
    expect(mask("Dr. Li 2/3")).toBe("Aa. Aa 9/9");
    const n = notes[0]!;
    const s = n.spans[0]!;
    const masked = context(n.text, s.start, s.end, 20, false);
    expect(masked).not.toMatch(/[b-zB-Z0-8]/);
    expect(context(n.text, s.start, s.end, 20, true)).toContain(n.values[0]);
  });
});
