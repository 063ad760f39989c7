/**
 * Contact cards (vCard, RFC 6350) pasted into a note or exported by a portal: "N:Strong;Adaline;;;", "ADR;TYPE=home:
 * ;;Two Hillcrest Plaza;Millers Crossing;PA;50409;USA". A property's name (before the colon, with its parameters)
 * says what its value is; the structured values are split by ";" into fixed components (a name's family and given
 * names, an address's street, town, region and postal code). Other properties (TEL, EMAIL, BDAY, URL) have their own
 * rules; this reader adds the components no word rule would read.
 */
import { type Candidate, type PhiType } from "../types";

/** A property line: its name, its parameters, and the value to the line's end. */
const PROPERTY = /^([A-Za-z-]+)((?:;[^:\r\n]*)?):([^\r\n]*)$/gm;
/** The components of N (family; given; additional; prefix; suffix) that are names, by position. */
const NAME_PARTS = [0, 1, 2];
/** The components of ADR (post-office box; extended; street; locality; region; postal code; country), by position. */
const ADDRESS_PARTS: Record<number, PhiType> = { 0: "ADDRESS", 1: "ADDRESS", 2: "ADDRESS", 3: "LOCATION", 5: "ZIP" };
/** Extension properties holding a record number or a person ("X-MRN", "X-ABRELATEDNAMES"). */
const X_TYPES: Record<string, PhiType> = { "X-MRN": "MRN", "X-ABRELATEDNAMES": "NAME", "X-SPOUSE": "NAME", "X-ASSISTANT": "NAME", "X-MANAGER": "NAME" };

function pushPart(out: Candidate[], type: PhiType, value: string, at: number): void {
  const lead = value.length - value.trimStart().length;
  const v = value.trim();
  if (v === "" || (type === "ZIP" && !/^\d{5}(?:-?\d{4})?$/.test(v))) return;
  out.push({ start: at + lead, end: at + lead + v.length, type, priority: 62 });
}

export function detectVcard(text: string, out: Candidate[]): void {
  if (!text.includes("BEGIN:VCARD")) return;
  PROPERTY.lastIndex = 0;
  for (let m = PROPERTY.exec(text); m !== null; m = PROPERTY.exec(text)) {
    const name = m[1]!.toUpperCase();
    const value = m[3]!;
    const at = m.index + m[0].length - value.length;
    if (name === "N" || name === "ADR") {
      let pos = at;
      const parts = value.split(";");
      for (let k = 0; k < parts.length; k++) {
        const type = name === "N" ? (NAME_PARTS.includes(k) ? "NAME" : undefined) : ADDRESS_PARTS[k];
        if (type) pushPart(out, type, parts[k]!, pos);
        pos += parts[k]!.length + 1;
      }
    } else if (name === "FN" || name === "NICKNAME") pushPart(out, "NAME", value, at);
    else if (X_TYPES[name]) pushPart(out, X_TYPES[name]!, value, at);
  }
}
