/**
 * Scoring a detector against gold spans.
 * Recall: a gold identifier counts as found only when every one of its
 * characters is covered by some predicted span (of any type: what matters is
 * that it does not leave). Precision: a predicted span is correct when at
 * least half of its non-space characters lie inside gold spans.
 */
import { PHI_TYPES, type PhiType, type Span } from "../types";

export interface Scored {
  text: string;
  gold: Span[];
  predicted: Span[];
  id?: string;
}

export interface TypeScore {
  gold: number;
  found: number;
  predicted: number;
  correct: number;
  recall: number;
  precision: number;
}

export interface Example {
  id?: string;
  type: PhiType;
  value: string;
  context: string;
}

export interface Evaluation {
  perType: Partial<Record<PhiType, TypeScore>>;
  overall: TypeScore;
  misses: Example[];
  falsePositives: Example[];
}

function coverage(len: number, spans: Span[]): Uint8Array {
  const c = new Uint8Array(len);
  for (const s of spans) c.fill(1, Math.max(0, s.start), Math.min(len, s.end));
  return c;
}

function ctx(text: string, s: Span): string {
  return `${text.slice(Math.max(0, s.start - 30), s.start)}[[${text.slice(s.start, s.end)}]]${text.slice(s.end, s.end + 30)}`.replace(/\n/g, "⏎");
}

const empty = (): TypeScore => ({ gold: 0, found: 0, predicted: 0, correct: 0, recall: 1, precision: 1 });

export function evaluate(items: Scored[], keepExamples = 50): Evaluation {
  const perType: Partial<Record<PhiType, TypeScore>> = {};
  const overall = empty();
  const misses: Example[] = [];
  const falsePositives: Example[] = [];
  for (const it of items) {
    const pred = coverage(it.text.length, it.predicted);
    const gold = coverage(it.text.length, it.gold);
    for (const g of it.gold) {
      const s = (perType[g.type] ??= empty());
      s.gold++;
      overall.gold++;
      let ok = true;
      for (let i = g.start; i < g.end; i++) if (!pred[i]) { ok = false; break; }
      if (ok) {
        s.found++;
        overall.found++;
      } else if (misses.length < keepExamples) misses.push({ id: it.id, type: g.type, value: it.text.slice(g.start, g.end), context: ctx(it.text, g) });
    }
    for (const p of it.predicted) {
      const s = (perType[p.type] ??= empty());
      s.predicted++;
      overall.predicted++;
      let chars = 0;
      let inGold = 0;
      for (let i = p.start; i < p.end; i++) {
        const c = it.text.charCodeAt(i);
        if (c === 32 || c === 10 || c === 9) continue;
        chars++;
        if (gold[i]) inGold++;
      }
      if (chars === 0 || inGold * 2 >= chars) {
        s.correct++;
        overall.correct++;
      } else if (falsePositives.length < keepExamples) falsePositives.push({ id: it.id, type: p.type, value: it.text.slice(p.start, p.end), context: ctx(it.text, p) });
    }
  }
  const finish = (s: TypeScore) => {
    s.recall = s.gold === 0 ? 1 : s.found / s.gold;
    s.precision = s.predicted === 0 ? 1 : s.correct / s.predicted;
  };
  for (const t of PHI_TYPES) if (perType[t]) finish(perType[t]!);
  finish(overall);
  const ordered: Partial<Record<PhiType, TypeScore>> = {};
  for (const t of PHI_TYPES) if (perType[t]) ordered[t] = perType[t];
  return { perType: ordered, overall, misses, falsePositives };
}
