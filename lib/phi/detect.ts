/** detect(text, options) -> spans of identifiers, sorted, non-overlapping. */
import { type Candidate, type DetectOptions, type Span } from "./types";
import { scan } from "./scan";
import { tokenize } from "./tokens";
import { detectDates } from "./patterns/dates";
import { detectContacts } from "./patterns/contact";
import { detectIds } from "./patterns/ids";
import { detectAddresses } from "./patterns/addresses";
import { widenPlaces } from "./patterns/places";
import { detectFacilities } from "./patterns/facilities";
import { detectAges } from "./patterns/ages";
import { detectNames } from "./names/detect";
import { detectTableNames } from "./names/tables";
import { lawFirms } from "./names/legal";
import { detectHl7 } from "./patterns/hl7";
import { detectX12 } from "./patterns/x12";
import { detectCombBoxes } from "./patterns/comb-boxes";
import { detectCda } from "./patterns/cda";
import { detectZpl } from "./patterns/zpl";
import { detectJsonFields } from "./patterns/json-fields";
import { detectKnown } from "./known";
import { resolveSpans } from "./spans";

export function detectCandidates(text: string, options: DetectOptions = {}): Candidate[] {
  const out: Candidate[] = [];
  if (text.length === 0) return out;
  const sc = scan(text);
  const lines = sc.lines;
  const tokens = tokenize(text, sc);
  detectDates(text, tokens, out);
  detectContacts(text, tokens, out);
  detectIds(text, tokens, out);
  detectAddresses(text, lines, tokens, out);
  detectFacilities(text, lines, tokens, out);
  detectAges(text, tokens, out);
  detectNames(text, tokens, out);
  detectTableNames(text, out);
  lawFirms(text, out);
  detectHl7(text, out);
  detectX12(text, out);
  detectCombBoxes(text, out);
  detectCda(text, out);
  detectZpl(text, out);
  detectJsonFields(text, out);
  if (options.known) detectKnown(text, tokens, options.known, out);
  widenPlaces(text, out);
  return out;
}

export function detect(text: string, options: DetectOptions = {}): Span[] {
  return resolveSpans(text, detectCandidates(text, options), options.types);
}
