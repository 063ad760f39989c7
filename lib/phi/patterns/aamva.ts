/**
 * A driver's licence or state ID card read from its PDF417 barcode (AAMVA DL/ID card design standard), as a scanner
 * pastes it: a header "ANSI <IIN><version>…DL…", then one data element per line, a three-letter element id glued to
 * its value ("DCSBEGAY", "DAG6162 CR 88 N", "DBB10101986"). No word rule sees a name or a street there. The elements
 * that identify the holder are typed by their id; the others (sex, eye colour, height, the card's revision date, the
 * issuer's number in the header) and every element id are the barcode's syntax.
 */
import { type Candidate, type PhiType } from "../types";

/** Element ids whose value identifies the holder, and its type. */
const ELEMENTS: Record<string, PhiType> = {
  DCS: "NAME", // family name
  DAC: "NAME", // first name
  DAD: "NAME", // middle name(s)
  DCT: "NAME", // given names (older versions)
  DAA: "NAME", // full name (older versions)
  DBN: "NAME", // alias family name
  DBG: "NAME", // alias given name
  DBS: "NAME", // alias suffix
  DAG: "ADDRESS", // street 1
  DAH: "ADDRESS", // street 2
  DAI: "LOCATION", // city
  DAK: "ZIP", // postal code
  DBB: "DATE", // date of birth
  DBA: "DATE", // expiry
  DBD: "DATE", // issue
  DAQ: "LICENSE", // customer id (the licence number)
  DCF: "ID", // document discriminator
  DCK: "ID", // inventory control number
};
/** Values that fill an element without saying anything ("DADNONE"). */
const EMPTY = /^(?:NONE|UNAVL|UNKNOWN|N\/A)$/;
/** An element line: the id, then its value to the line's end. */
const ELEMENT = /^(D[A-Z]{2})([^\r\n]*)$/gm;
/** The header's line ("ANSI 636009090002DL00410278ZC…"): the issuer's number and the file's layout. */
const HEADER = /^ANSI [0-9A-Z]+$/m;

export function detectAamva(text: string, out: Candidate[], syntax: number[]): void {
  if (!text.includes("ANSI ") || !text.includes("\nDAQ")) return;
  const h = HEADER.exec(text);
  if (h) syntax.push(h.index, h.index + h[0].length);
  ELEMENT.lastIndex = 0;
  for (let m = ELEMENT.exec(text); m !== null; m = ELEMENT.exec(text)) {
    const type = ELEMENTS[m[1]!];
    const raw = m[2]!;
    const value = raw.trim();
    const vs = m.index + 3 + (raw.length - raw.trimStart().length);
    if (!type || value === "" || EMPTY.test(value)) {
      syntax.push(m.index, m.index + m[0].length);
      continue;
    }
    syntax.push(m.index, m.index + 3);
    out.push({ start: vs, end: vs + value.length, type, priority: 66 });
  }
}
