/**
 * Building notes with gold spans: a note is a tree of pieces (plain strings
 * and tagged PHI values); render() flattens it and records where each PHI
 * value landed. Inline markup "{{TYPE:value}}" is also understood, for the
 * hand-written cases.
 */
import { type PhiType, type Span, isPhiType } from "../types";

export interface Phi {
  phi: PhiType;
  value: string;
}
export type Piece = string | number | Phi | Piece[] | null | undefined | false;

export function phi(type: PhiType, value: string): Phi {
  return { phi: type, value };
}

/** Tagged template: t`Seen by Dr. ${phi("NAME", "Ann Lee")}` */
export function t(strings: TemplateStringsArray, ...values: Piece[]): Piece[] {
  const out: Piece[] = [];
  strings.forEach((s, i) => {
    out.push(s);
    if (i < values.length) out.push(values[i]);
  });
  return out;
}

export interface Rendered {
  text: string;
  spans: Span[];
}

export function render(piece: Piece): Rendered {
  const parts: string[] = [];
  const spans: Span[] = [];
  let len = 0;
  const walk = (p: Piece): void => {
    if (p === null || p === undefined || p === false) return;
    if (typeof p === "string" || typeof p === "number") {
      const s = String(p);
      parts.push(s);
      len += s.length;
    } else if (Array.isArray(p)) {
      for (const q of p) walk(q);
    } else {
      parts.push(p.value);
      if (p.value.length > 0) spans.push({ start: len, end: len + p.value.length, type: p.phi });
      len += p.value.length;
    }
  };
  walk(piece);
  return { text: parts.join(""), spans };
}

/** Parse "{{TYPE:value}}" markup into text and gold spans. */
export function parseMarkup(src: string): Rendered {
  const pieces: Piece[] = [];
  const re = /\{\{([A-Z_]+):([^{}]*)\}\}/g;
  let pos = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src)) !== null) {
    pieces.push(src.slice(pos, m.index));
    const type = m[1]!;
    if (!isPhiType(type)) throw new Error(`unknown type in markup: ${type}`);
    pieces.push(phi(type, m[2]!));
    pos = m.index + m[0].length;
  }
  pieces.push(src.slice(pos));
  return render(pieces);
}
