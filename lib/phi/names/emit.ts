/** Marked name tokens to NAME candidates, shared by the name rules and the record's names. */
import { type Candidate } from "../types";
import { type Tokens } from "../tokens";
import * as tk from "../tokens";
import { lowerHash } from "../word-table";
// Bind once: module namespace/export getters are slow in hot loops.
const { rawOf, F_BLOCK, F_CRED, F_FUNC, F_NAME, F_REL, F_STATE, F_TITLE, F_ENGLISH, G_COLON, G_COMMA, G_DOT, G_HYPHEN, G_NEWLINE, G_SPACE, SHAPE_CAP, SHAPE_INITIAL, SHAPE_LOWER, SHAPE_UPPER } = tk;

/**
 * Surname particles: "van der Berg", "de la Cruz", "ten Brink", "bin Hamid", "St. Clair". Written in any case,
 * they belong to the name they stand in ("Kiara van Ginneken", "N. van Doorn", "DE BRUIJN, BO").
 */
export const PARTICLES: ReadonlySet<string> = new Set(
  "van von der den de del della dello dei degli dela delos la le las los lo da di du dos das ten ter te bin ibn al el ben abu bint zu st ste saint san santa".split(" "),
);

const PARTICLE_LIDS: ReadonlySet<number> = new Set([...PARTICLES].map(lowerHash));

export function isParticle(t: Tokens, text: string, k: number): boolean {
  const len = t.end[k]! - t.start[k]!;
  if (len < 2 || len > 6 || t.shape[k] === SHAPE_INITIAL) return false;
  // by the token's lower-case hash where the tokenizer kept its spelling
  return t.raw[k] !== "" ? PARTICLE_LIDS.has(t.lid[k]!) && PARTICLES.has(t.raw[k]!.toLowerCase()) : PARTICLES.has(rawOf(t, text, k).toLowerCase());
}

/** The gap after token k joins a particle to its neighbour: spaces, or "St." before the name. */
export function particleGap(t: Tokens, text: string, k: number): boolean {
  const g = t.gap[k]!;
  if (g & G_NEWLINE) return false;
  if (g & G_SPACE) return true;
  return (g & G_DOT) !== 0 && t.end[k]! - t.start[k]! <= 3 && /^st/i.test(rawOf(t, text, k));
}

/** A token that can end "van der ___": a capitalised word (any word in a caps line) that is not a role or state. */
function nameAfterParticles(t: Tokens, k: number): boolean {
  const f = t.flags[k]!;
  if (f & (F_FUNC | F_CRED | F_TITLE | F_REL) || (f & F_BLOCK && !(f & F_NAME))) return false;
  const s = t.shape[k];
  if (t.mode[k] !== 0) return s !== SHAPE_INITIAL && !(f & F_STATE) && (!(f & F_ENGLISH) || (f & F_NAME) !== 0);
  return s === SHAPE_CAP || s === SHAPE_UPPER;
}

/** The gap after token k is a single "^" (HL7 names: "PANDEY^HARITA^D"). */
function caretGap(t: Tokens, text: string, k: number): boolean {
  return t.start[k + 1]! - t.end[k]! === 1 && text.charCodeAt(t.end[k]!) === 94;
}

/** Mark the particles (and the name after them) next to marked name tokens, and the rest of an HL7 name. */
function markParticles(text: string, t: Tokens, mark: Uint8Array): void {
  const n = t.n;
  for (let i = 0; i < n; i++) {
    if (!mark[i]) continue;
    // "PANDEY^HARITA^D": the components after a marked one, and before it
    if (i + 1 < n && caretGap(t, text, i) && !mark[i + 1]) mark[i + 1] = 1;
    for (let p = i - 1; p >= 0 && caretGap(t, text, p) && !mark[p]; p--) mark[p] = 1;
    // a Spanish double surname joined by "y": "Lopez [y Ortega]" (a small "y" between capitalised words)
    if (i + 2 < n && !mark[i + 1] && t.end[i + 1]! - t.start[i + 1]! === 1 && text.charCodeAt(t.start[i + 1]!) === 121 && t.mode[i + 1] === 0 &&
      t.gap[i]! & G_SPACE && t.gap[i + 1]! & G_SPACE && !((t.gap[i]! | t.gap[i + 1]!) & G_NEWLINE) && t.shape[i + 2] === SHAPE_CAP && nameAfterParticles(t, i + 2)) {
      mark[i + 1] = mark[i + 2] = 1;
      i += 2;
      continue;
    }
    // forward: "Kiara [van Ginneken]", "Merijn [van de Berg]"
    let k = i + 1;
    if (k < n && !mark[k] && t.gap[i]! & G_SPACE && !(t.gap[i]! & G_NEWLINE)) {
      while (k < n && k - i <= 3 && isParticle(t, text, k) && particleGap(t, text, k)) k++;
      if (k > i + 1 && k < n && nameAfterParticles(t, k)) {
        for (let q = i + 1; q <= k; q++) mark[q] = 1;
        i = k;
        continue;
      }
    }
    // backward: "[N. van] Doorn", "[van] Doorn", "PT: [DE] BRUIJN"
    let p = i - 1;
    while (p >= 0 && i - p <= 3 && !mark[p] && isParticle(t, text, p) && particleGap(t, text, p)) p--;
    if (p + 1 === i) continue;
    const before = p >= 0 ? t.gap[p]! : G_NEWLINE;
    if (p >= 0 && (mark[p] || (t.shape[p] === SHAPE_INITIAL && before & (G_DOT | G_SPACE)))) {
      for (let q = p; q < i; q++) mark[q] = 1;
    } else if ((t.mode[p + 1] === 0 && (t.shape[p + 1] === SHAPE_LOWER || t.shape[p + 1] === SHAPE_CAP)) || p < 0 || before & (G_NEWLINE | G_COLON | G_COMMA)) {
      // a lower-case or capitalised particle before a surname; in capitals only at the start of a field
      for (let q = p + 1; q < i; q++) mark[q] = 1;
    }
  }
}

/** Join marked tokens into spans: "John A. Smith", "Smith, John", "Mary-Jane", "Kiara van Ginneken". */
export function emitNameSpans(text: string, t: Tokens, mark: Uint8Array, out: Candidate[], priority: number): void {
  markParticles(text, t, mark);
  let i = 0;
  while (i < t.n) {
    if (!mark[i]) {
      i++;
      continue;
    }
    const start = t.start[i]!;
    let j = i;
    while (j + 1 < t.n && mark[j + 1] && (t.gap[j]! & (G_SPACE | G_COMMA | G_HYPHEN) || (t.gap[j]! & G_DOT && (t.shape[j] === SHAPE_INITIAL || isParticle(t, text, j))) || caretGap(t, text, j)) && !(t.gap[j]! & G_NEWLINE)) j++;
    let end = t.end[j]!;
    if (t.shape[j] === SHAPE_INITIAL && text.charCodeAt(end) === 46) end++;
    out.push({ start, end, type: "NAME", priority });
    i = j + 1;
  }
}
