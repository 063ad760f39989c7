/**
 * The held-out corpora's bench (bench/phi-heldout*.ts): recall and precision per type and overall, with and
 * without the patient's record, per note style, and the most frequent missed and false-positive SHAPES (letters
 * a/A, digits 9) with masked context. Raw synthetic values are printed only with --show (local debugging; never in
 * CI logs). Each corpus passes its generator, defaults and its own masking.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { detect } from "../lib/phi/detect";
import { evaluate, type Evaluation } from "../lib/phi/corpus/evaluate";
import type { Span } from "../lib/phi/types";
import type { HeldoutNote } from "./phi-heldout/generate";

export interface HeldoutCorpus {
  /** "Third held-out PHI corpus" */
  title: string;
  generate: (seed: number, count: number) => HeldoutNote[];
  /** Defaults for --notes, --seed and --json. */
  notes: number;
  seed: number;
  json: string;
  shape: (value: string) => string;
  context: (text: string, start: number, end: number, width: number, raw: boolean) => string;
  /** Print the table of missed shapes without any record too (it is in the JSON either way). */
  missesWithoutRecordTable: boolean;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

export function runHeldoutBench(corpus: HeldoutCorpus): void {
  const count = Number(arg("notes", String(corpus.notes)));
  const seed = Number(arg("seed", String(corpus.seed)));
  const out = arg("json", corpus.json);
  const show = process.argv.includes("--show");

  const notes = corpus.generate(seed, count);
    const { shape, context } = corpus;
  const withRecord = notes.map((n) => detect(n.text, n.known ? { known: n.known } : {}));
  const withoutRecord = notes.map((n) => detect(n.text));

  const score = (preds: Span[][], pick: (n: HeldoutNote) => boolean = () => true) =>
    evaluate(notes.flatMap((n, i) => (pick(n) ? [{ id: n.id, text: n.text, gold: n.spans, predicted: preds[i]! }] : [])), 0);

  const evalRecord = score(withRecord);
  const evalNone = score(withoutRecord);
  const evalRecordNotesOnly = score(withRecord, (n) => !!n.known);
  const styles = [...new Set(notes.map((n) => n.style))];
  const perStyle = Object.fromEntries(
    styles.map((s) => {
      const e = score(withRecord, (n) => n.style === s);
      const e0 = score(withoutRecord, (n) => n.style === s);
      return [s, { notes: notes.filter((n) => n.style === s).length, gold: e.overall.gold, recall: e.overall.recall, precision: e.overall.precision, recallWithoutRecord: e0.overall.recall, precisionWithoutRecord: e0.overall.precision }];
    }),
  );

  interface Hit {
    note: number;
    start: number;
    end: number;
    type: string;
    partial: boolean;
  }

  function coverage(len: number, spans: Span[]): Uint8Array {
    const c = new Uint8Array(len);
    for (const s of spans) c.fill(1, Math.max(0, s.start), Math.min(len, s.end));
    return c;
  }

  // Same rules as lib/phi/corpus/evaluate.ts, keeping every miss and false positive with its place.
  function misses(preds: Span[][]): { missed: Hit[]; fps: Hit[] } {
    const missed: Hit[] = [];
    const fps: Hit[] = [];
    notes.forEach((n, k) => {
      const pred = coverage(n.text.length, preds[k]!);
      const gold = coverage(n.text.length, n.spans);
      for (const g of n.spans) {
        let covered = 0;
        for (let i = g.start; i < g.end; i++) covered += pred[i]!;
        if (covered < g.end - g.start) missed.push({ note: k, start: g.start, end: g.end, type: g.type, partial: covered > 0 });
      }
      for (const p of preds[k]!) {
        let chars = 0;
        let inGold = 0;
        for (let i = p.start; i < p.end; i++) {
          const c = n.text.charCodeAt(i);
          if (c === 32 || c === 10 || c === 9) continue;
          chars++;
          inGold += gold[i]!;
        }
        if (chars > 0 && inGold * 2 < chars) fps.push({ note: k, start: p.start, end: p.end, type: p.type, partial: inGold > 0 });
      }
    });
    return { missed, fps };
  }

  interface ShapeRow {
    type: string;
    shape: string;
    count: number;
    partial: number;
    styles: string;
    context: string;
  }

  function topShapes(hits: Hit[], limit: number, raw: boolean): ShapeRow[] {
    const groups = new Map<string, { hits: Hit[]; styles: Map<string, number> }>();
    for (const h of hits) {
      const n = notes[h.note]!;
      const key = `${h.type}\u0000${shape(n.text.slice(h.start, h.end))}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { hits: [], styles: new Map() }));
      g.hits.push(h);
      g.styles.set(n.style, (g.styles.get(n.style) ?? 0) + 1);
    }
    return [...groups.entries()]
      .sort((a, b) => b[1].hits.length - a[1].hits.length)
      .slice(0, limit)
      .map(([key, g]) => {
        const h = g.hits[0]!;
        return {
          type: key.split("\u0000")[0]!,
          shape: key.split("\u0000")[1]!,
          count: g.hits.length,
          partial: g.hits.filter((x) => x.partial).length,
          styles: [...g.styles.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([s, c]) => `${s}:${c}`).join(" "),
          context: context(notes[h.note]!.text, h.start, h.end, 20, raw),
        };
      });
  }

  const rec = misses(withRecord);
  const none = misses(withoutRecord);
  const missShapes = topShapes(rec.missed, 40, false);
  const fpShapes = topShapes(rec.fps, 40, false);
  const missShapesNoRecord = topShapes(none.missed, 40, false);

  const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
  function table(label: string, e: Evaluation) {
    console.log(`\n${label}`);
    console.log("type          gold   found  recall    pred  correct precision");
    for (const [t, s] of Object.entries(e.perType)) {
      console.log(`${t.padEnd(12)} ${String(s.gold).padStart(5)} ${String(s.found).padStart(7)} ${pct(s.recall).padStart(8)} ${String(s.predicted).padStart(7)} ${String(s.correct).padStart(8)} ${pct(s.precision).padStart(9)}`);
    }
    const o = e.overall;
    console.log(`${"OVERALL".padEnd(12)} ${String(o.gold).padStart(5)} ${String(o.found).padStart(7)} ${pct(o.recall).padStart(8)} ${String(o.predicted).padStart(7)} ${String(o.correct).padStart(8)} ${pct(o.precision).padStart(9)}`);
  }

  function shapes(label: string, rows: ShapeRow[]) {
    console.log(`\n${label}`);
    console.log("  n  part  type        shape  |  styles  |  context (masked)");
    for (const r of rows) console.log(`${String(r.count).padStart(4)} ${String(r.partial).padStart(4)}  ${r.type.padEnd(11)} ${r.shape}  |  ${r.styles}  |  ${r.context}`);
  }

  console.log(`${corpus.title}: ${notes.length} notes, seed ${seed}, ${styles.length} styles, ${notes.filter((n) => n.known).length} with the patient's record`);
  table("With the patient's record (where the note has one)", evalRecord);
  table("Without any record", evalNone);
  console.log("\nPer style (with record): recall / precision; without record: recall / precision");
  for (const [s, v] of Object.entries(perStyle)) console.log(`  ${s.padEnd(18)} ${String(v.gold).padStart(6)} ids  ${pct(v.recall).padStart(8)} ${pct(v.precision).padStart(8)}   ${pct(v.recallWithoutRecord).padStart(8)} ${pct(v.precisionWithoutRecord).padStart(8)}`);
  shapes("Top 40 missed identifier shapes (with record); part = partly covered", missShapes);
  if (corpus.missesWithoutRecordTable) shapes("Top 40 missed identifier shapes (without any record)", missShapesNoRecord);
  shapes("Top 40 false-positive shapes (with record)", fpShapes);

  if (show) {
    // Local debugging only: raw synthetic values with ±40 characters, one per missed shape first, then the rest.
    console.log("\n--show: missed identifiers with raw synthetic values (do not paste into CI logs)");
    const seen = new Set<string>();
    const firstOfShape = rec.missed.filter((h) => {
      const k = `${h.type}${shape(notes[h.note]!.text.slice(h.start, h.end))}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    for (const h of firstOfShape.slice(0, Number(arg("show-count", "60")))) console.log(`${h.type.padEnd(11)} ${notes[h.note]!.style.padEnd(17)} ${context(notes[h.note]!.text, h.start, h.end, 40, true)}`);
    console.log("\n--show: false positives");
    for (const h of rec.fps.slice(0, 30)) console.log(`${h.type.padEnd(11)} ${notes[h.note]!.style.padEnd(17)} ${context(notes[h.note]!.text, h.start, h.end, 40, true)}`);
  }

  const strip = (e: Evaluation) => ({ perType: e.perType, overall: e.overall });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        notes: notes.length,
        seed,
        notesWithRecord: notes.filter((n) => n.known).length,
        withRecord: strip(evalRecord),
        withRecordNotesWithRecordOnly: strip(evalRecordNotesOnly),
        withoutRecord: strip(evalNone),
        perStyle,
        topMissedShapes: missShapes,
        topMissedShapesWithoutRecord: missShapesNoRecord,
        topFalsePositiveShapes: fpShapes,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nwrote ${out}`);
}
