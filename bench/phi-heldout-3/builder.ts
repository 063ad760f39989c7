/**
 * Builds a note from literal text and identifier values, recording a gold span
 * for each value as it is appended, so offsets are exact by construction.
 * An optional `noise` function (OCR'd faxes) rewrites literal text only; values
 * are appended untouched.
 */
import type { PhiType, Span } from "../../lib/phi/types";

export class NoteBuilder {
  text = "";
  readonly spans: Span[] = [];
  /** The value inserted for each span, in the same order (for the generator's own test). */
  readonly values: string[] = [];
  noise: ((s: string) => string) | null = null;

  /** Literal, non-identifying text. */
  t(s: string): this {
    this.text += this.noise ? this.noise(s) : s;
    return this;
  }

  /** An identifier value: one gold span exactly over it. */
  v(value: string, type: PhiType): this {
    if (value.length === 0) return this;
    this.spans.push({ start: this.text.length, end: this.text.length + value.length, type });
    this.values.push(value);
    this.text += value;
    return this;
  }

  /** A line break (never noised). */
  nl(n = 1): this {
    this.text += "\n".repeat(n);
    return this;
  }

  /**
   * A name written as parts with literal glue between them: `parts` alternate
   * value, glue, value, ... (even indexes are NAME values, odd are literal).
   */
  name(...parts: string[]): this {
    parts.forEach((p, i) => (i % 2 === 0 ? this.v(p, "NAME") : this.t(p)));
    return this;
  }
}
