/** Marked name tokens to NAME candidates, shared by the name rules and the record's names. */
import { type Candidate } from "../types";
import { type Tokens } from "../tokens";
import * as tk from "../tokens";
// Bind once: module namespace/export getters are slow in hot loops.
const { G_COMMA, G_DOT, G_HYPHEN, G_NEWLINE, G_SPACE, SHAPE_INITIAL } = tk;

/** Join marked tokens into spans: "John A. Smith", "Smith, John", "Mary-Jane". */
export function emitNameSpans(text: string, t: Tokens, mark: Uint8Array, out: Candidate[], priority: number): void {
  let i = 0;
  while (i < t.n) {
    if (!mark[i]) {
      i++;
      continue;
    }
    const start = t.start[i]!;
    let j = i;
    while (j + 1 < t.n && mark[j + 1] && (t.gap[j]! & (G_SPACE | G_COMMA | G_HYPHEN) || (t.gap[j]! & G_DOT && t.shape[j] === SHAPE_INITIAL)) && !(t.gap[j]! & G_NEWLINE)) j++;
    let end = t.end[j]!;
    if (t.shape[j] === SHAPE_INITIAL && text.charCodeAt(end) === 46) end++;
    out.push({ start, end, type: "NAME", priority });
    i = j + 1;
  }
}
