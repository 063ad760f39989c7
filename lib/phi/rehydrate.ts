/**
 * rehydrate(modelText, vault) -> { text, unknownPlaceholders }: puts the
 * values back, whatever the model did to the placeholders (case, spacing,
 * brackets, possessives); a placeholder the vault does not know is left as it
 * is and reported, never filled in. createStreamRehydrator does the same for
 * text arriving in chunks, holding back only what could still be the start
 * of a placeholder.
 */
import { findPlaceholders } from "./placeholders";
import { type Vault } from "./vault";

export interface RehydrateResult {
  text: string;
  unknownPlaceholders: string[];
}

export function rehydrate(modelText: string, vault: Vault): RehydrateResult {
  const found = findPlaceholders(modelText);
  if (found.length === 0) return { text: modelText, unknownPlaceholders: [] };
  const parts: string[] = [];
  const unknown: string[] = [];
  let pos = 0;
  for (const p of found) {
    const entry = vault.entries[p.key];
    if (!entry) {
      unknown.push(modelText.slice(p.start, p.end));
      continue;
    }
    let end = p.end;
    // a bare placeholder only takes its annotation along when it is ours
    if (!p.bracketed && p.annotation && p.annotation.slice(2, -1) !== entry.annotation) end -= p.annotation.length;
    parts.push(modelText.slice(pos, p.start), entry.value);
    if (p.possessive) parts.push(p.possessive);
    pos = end;
  }
  parts.push(modelText.slice(pos));
  return { text: parts.join(""), unknownPlaceholders: unknown };
}

export interface StreamRehydrator {
  /** Feed a chunk; returns the text that is now safe to show. */
  push(chunk: string): string;
  /** Flush what is held back. */
  end(): string;
  /** Unknown placeholders seen so far. */
  readonly unknownPlaceholders: string[];
}

const OPENERS = new Set(["[", "{", "<", "(", "\\"]);
const CLOSERS = new Set(["]", "}", ">", ")"]);
const HOLD_LIMIT = 120;

/** Index from which the buffer must be held back. */
function holdFrom(buf: string): number {
  const floor = Math.max(0, buf.length - HOLD_LIMIT);
  let cut = buf.length;
  // an opener not yet closed
  let depth = 0;
  for (let i = buf.length - 1; i >= floor; i--) {
    const c = buf[i]!;
    if (c === "\n") break;
    if (CLOSERS.has(c)) depth++;
    else if (OPENERS.has(c)) {
      if (depth === 0) cut = i;
      else depth--;
    }
  }
  // a trailing word that may grow into NAME_12 or be followed by an annotation
  const tail = /[A-Za-z0-9_'’ -]{0,40}$/.exec(buf.slice(Math.max(0, buf.length - 40)));
  if (tail && tail[0].length > 0) {
    let start = buf.length - tail[0].length;
    // the 40-character window may begin inside a word, even inside a placeholder ("…ME_1 and "): hold the whole
    // word, and a placeholder type just before it ("HEALTH_PLAN 1", "name-2")
    while (start > 0 && /[A-Za-z0-9_]/.test(buf[start - 1]!)) start--;
    const before = /[A-Za-z_]{2,}[ _-]$/.exec(buf.slice(Math.max(0, start - 24), start));
    if (before) start -= before[0].length;
    if (/[A-Za-z0-9_]/.test(tail[0])) cut = Math.min(cut, start);
  }
  // a placeholder that ends the buffer may still get a second closing bracket
  if (cut === buf.length && /[\]}>]$/.test(buf)) {
    const ph = findPlaceholders(buf.slice(Math.max(0, buf.length - HOLD_LIMIT)));
    const last = ph[ph.length - 1];
    const offset = Math.max(0, buf.length - HOLD_LIMIT);
    if (last && last.end + offset === buf.length) cut = last.start + offset;
  }
  return cut;
}

export function createStreamRehydrator(vault: Vault): StreamRehydrator {
  let buf = "";
  const unknown: string[] = [];
  const run = (s: string): string => {
    const r = rehydrate(s, vault);
    unknown.push(...r.unknownPlaceholders);
    return r.text;
  };
  return {
    unknownPlaceholders: unknown,
    push(chunk: string): string {
      buf += chunk;
      const cut = holdFrom(buf);
      if (cut === 0) return "";
      const ready = buf.slice(0, cut);
      buf = buf.slice(cut);
      return run(ready);
    },
    end(): string {
      const rest = buf;
      buf = "";
      return run(rest);
    },
  };
}
