/**
 * The synthetic corpus: notes in the styles practices write, each with gold
 * spans. Deterministic for a seed. Some notes are turned to ALL CAPS or all
 * lower case, as nursing and quick notes often are; half carry the
 * patient's record as `known`.
 */
import { type KnownIdentifiers, type Span } from "../types";
import { render } from "./builder";
import { NoteContext } from "./context";
import { Rng } from "./rng";
import { discharge, nursing, soap } from "./styles-a";
import { misc, phoneMessage, quick, referral } from "./styles-b";

export interface CorpusNote {
  id: string;
  style: string;
  text: string;
  spans: Span[];
  known?: KnownIdentifiers;
}

const STYLES = [
  { name: "nursing", fn: nursing, weight: 3 },
  { name: "soap", fn: soap, weight: 3 },
  { name: "discharge", fn: discharge, weight: 2 },
  { name: "phone", fn: phoneMessage, weight: 2 },
  { name: "referral", fn: referral, weight: 2 },
  { name: "misc", fn: misc, weight: 2 },
  { name: "quick", fn: quick, weight: 1 },
] as const;

function pickStyle(rng: Rng): (typeof STYLES)[number] {
  const total = STYLES.reduce((a, s) => a + s.weight, 0);
  let x = rng.next() * total;
  for (const s of STYLES) {
    x -= s.weight;
    if (x < 0) return s;
  }
  return STYLES[0];
}

function upperKnown(k: KnownIdentifiers): KnownIdentifiers {
  return k; // the record keeps its own spelling; notes may not
}

export function generateNote(seed: number, index: number): CorpusNote {
  const rng = new Rng(seed * 1_000_003 + index * 7919 + 17);
  const ctx = new NoteContext(rng);
  const style = pickStyle(rng);
  const rendered = render(style.fn(ctx));
  const spans = rendered.spans;
  let text = rendered.text;
  let styleName: string = style.name;
  const caseRoll = rng.next();
  if ((style.name === "nursing" && caseRoll < 0.45) || (style.name !== "nursing" && caseRoll < 0.08)) {
    text = text.toUpperCase();
    styleName += "/caps";
  } else if ((style.name === "quick" && caseRoll < 0.7) || caseRoll > 0.97) {
    text = text.toLowerCase();
    styleName += "/lower";
  }
  const note: CorpusNote = { id: `n${seed}-${index}`, style: styleName, text, spans };
  if (rng.chance(0.5)) note.known = upperKnown(ctx.known());
  return note;
}

export function generateCorpus(seed: number, count: number): CorpusNote[] {
  return Array.from({ length: count }, (_, i) => generateNote(seed, i));
}
