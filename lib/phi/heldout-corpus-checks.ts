/**
 * The checks every held-out corpus generator from the third on passes (lib/phi/heldout{3,4,5,6}-corpus.test.ts): gold
 * spans are exactly the inserted values, typed, trimmed and non-overlapping; output is deterministic per seed and
 * differs across seeds; 2,000 notes cover every style and every type the corpus uses; about the corpus's share of
 * single-patient notes carries a record and no multi-patient note does; no year alone or age under 90 is gold.
 */
import { describe, expect, it } from "vitest";
import { isPhiType, PHI_TYPES, type KnownIdentifiers, type Span } from "./types";

interface HeldoutNote {
  style: string;
  text: string;
  spans: Span[];
  values: string[];
  known?: KnownIdentifiers;
}

export interface HeldoutCorpus {
  /** "third held-out PHI corpus" */
  title: string;
  generate: (seed: number, count: number) => HeldoutNote[];
  /** The seed the 2,000 notes are drawn with. */
  seed: number;
  styles: readonly string[];
  /** Styles that name several patients and never carry a record. */
  multiPatient: readonly string[];
  /** The share of single-patient notes that carry a record. */
  recordShare: number;
  /** Whether the corpus spells ages out ("ninety-one"); where it does not, every AGE span must be digits. */
  spelledAges: boolean;
}

export function heldoutCorpusChecks(corpus: HeldoutCorpus): void {
  const { generate, styles, recordShare } = corpus;
  const notes = generate(corpus.seed, 2000);

  describe(`${corpus.title} generator`, () => {
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
      const a = generate(7, 120);
      const b = generate(7, 120);
      const c = generate(8, 120);
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      expect(a.map((n) => n.text)).not.toEqual(c.map((n) => n.text));
    });

    it("covers every style (at least 20) and every type", () => {
      expect(styles.length).toBeGreaterThanOrEqual(20);
      expect(new Set(notes.map((n) => n.style))).toEqual(new Set(styles));
      const types = new Set(notes.flatMap((n) => n.spans.map((s) => s.type)));
      for (const t of PHI_TYPES) expect(types.has(t), t).toBe(true);
      for (const style of styles) {
        const spans = notes.filter((n) => n.style === style).flatMap((n) => n.spans);
        expect(spans.length, style).toBeGreaterThan(0);
      }
    });

    it("attaches a record to about its share of single-patient notes and never to multi-patient ones", () => {
      const multi = new Set<string>(corpus.multiPatient);
      for (const m of corpus.multiPatient) expect(styles).toContain(m);
      const single = notes.filter((n) => !multi.has(n.style));
      expect(notes.filter((n) => multi.has(n.style) && n.known)).toHaveLength(0);
      const share = single.filter((n) => n.known).length / single.length;
      expect(share).toBeGreaterThan(recordShare - 0.05);
      expect(share).toBeLessThan(recordShare + 0.05);
    });

    it("never labels a year alone or an age under 90", () => {
      for (const n of notes) {
        for (const s of n.spans) {
          const v = n.text.slice(s.start, s.end);
          if (s.type === "DATE") expect(v, n.style).not.toMatch(/^\d{4}$/);
          if (s.type === "AGE") {
            const spelled = corpus.spelledAges && (v.startsWith("ninety") || v.startsWith("one hundred"));
            const num = /^\d+$/.test(v) ? Number(v) : spelled ? 90 : 0;
            expect(num, v).toBeGreaterThanOrEqual(90);
          }
        }
      }
    });
  });
}
