/**
 * ASTM E1394 (LIS2-A2) records, as a laboratory instrument uploads them and a chart's interface log shows them:
 * "H|\^&|||cobas^2.1|...", "P|1||5041782||WU^SIONE^C||19900602|M|...", "R|1|^^^GLU|321|mg/dL|...|F||EA||2026...".
 * The header declares the delimiters; the patient record holds the ids, the name (FAMILY^GIVEN^MIDDLE), the birth
 * date, the address, the phone and the attending physician; an order its specimen id and times; a result the
 * operator's initials and times. Fields are read as hl7.ts reads them (its `readFields`), by the standard's numbering
 * (the record's type letter is field 1). A frame number may stand before the type ("2P|1|...").
 */
import { type Candidate } from "../types";
import { type Kind, readFields } from "./hl7";

const FIELDS: Record<string, Record<number, Kind>> = {
  H: { 14: "ts" },
  P: { 3: { id: "MRN" }, 4: { id: "MRN" }, 5: { id: "ID" }, 6: "xpn", 7: "xpn", 8: "ts", 11: "xad", 13: "xtn", 14: "xpn", 15: "xpn" },
  O: { 3: { id: "ID" }, 4: { id: "ID" }, 7: "ts", 8: "ts", 18: "ts", 23: "ts" },
  R: { 11: "xpn", 12: "ts", 13: "ts" },
};

/** A record at a line start: an optional frame number, the record's letter, "|". */
const RECORD = /^[0-7]?([HPORCLQM])\|/;

export function detectAstm(text: string, out: Candidate[]): void {
  const h = text.indexOf("|\\^&");
  if (h < 1) return;
  const sep = 94; // "^", as "\^&" declares: field "|", repeat "\", component "^", escape "&"
  for (let lineStart = text.lastIndexOf("\n", h) + 1; lineStart < text.length; ) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    const m = RECORD.exec(text.slice(lineStart, lineStart + 3));
    const fields = m ? FIELDS[m[1]!] : undefined;
    // field n (n >= 2) starts after the (n-1)-th "|"; repeats are split at "\"
    if (fields) readFields(text, lineStart + m![0].length, lineEnd, 2, fields, 92, sep, out);
    lineStart = lineEnd + 1;
    while (lineStart < text.length && (text.charCodeAt(lineStart) === 10 || text.charCodeAt(lineStart) === 13)) lineStart++;
  }
}
