/**
 * Builds a note by concatenation and records each identifier's offsets as it
 * is inserted, so gold spans are exact by construction (and checked again by
 * lib/phi/heldout-corpus.test.ts).
 */
import type { PhiType, Span } from "../../lib/phi/types";

export type Case = "as-is" | "upper" | "lower";

export class NoteBuilder {
  private out = "";
  readonly spans: Span[] = [];
  /** The value inserted for each span, parallel to `spans`. */
  readonly values: string[] = [];
  /** Case applied to every piece from now on (ALL CAPS triage, lower-case dictation). */
  mode: Case = "as-is";

  private cased(s: string): string {
    return this.mode === "upper" ? s.toUpperCase() : this.mode === "lower" ? s.toLowerCase() : s;
  }

  /** Plain text (no identifier in it). */
  t(...pieces: string[]): this {
    for (const p of pieces) this.out += this.cased(p);
    return this;
  }

  /** One identifier of `type`; an empty value inserts nothing. */
  p(type: PhiType, value: string): this {
    const v = this.cased(value);
    if (!v) return this;
    this.spans.push({ start: this.out.length, end: this.out.length + v.length, type });
    this.values.push(v);
    this.out += v;
    return this;
  }

  /** Runs `f` with another case mode, then restores the current one. */
  withCase(mode: Case, f: () => void): this {
    const prev = this.mode;
    this.mode = mode;
    f();
    this.mode = prev;
    return this;
  }

  /** Pieces: strings are plain text, [type, value] pairs are identifiers. */
  seq(pieces: readonly Piece[]): this {
    for (const p of pieces) {
      if (typeof p === "string") this.t(p);
      else this.p(p[0], p[1]);
    }
    return this;
  }

  get length(): number {
    return this.out.length;
  }

  text(): string {
    return this.out;
  }
}

/** A piece of a rendered value: plain text or an identifier. */
export type Piece = string | readonly [PhiType, string];
