/**
 * HL7 v2 messages pasted into a note ("MSH|^~\&|...", "PID|1||...", "NK1|...", "PV1|..."): the identifiers sit in
 * known fields, split into components by "^" (the component separator MSH-2 declares). A patient's name is PID-5
 * FAMILY^GIVEN^MIDDLE, the address PID-11 STREET^OTHER^CITY^STATE^ZIP, a phone PID-13 with the area code and the
 * number in components 6 and 7, a clinician PV1-7 NPI^FAMILY^GIVEN... Reading the fields finds what prose rules
 * cannot ("KAHANANUI^SANA" has no context a name rule knows) and types it by what the field holds.
 */
import { type Candidate, type PhiType } from "../types";
import { dictionaries } from "../names/dictionaries";

/** What a field holds: a person's name (XPN), a clinician (XCN: id, family, given), an address (XAD), a phone (XTN), a date/time (TS), a facility's name, or an identifier of the given type (first component). */
type Structured = "xpn" | "xcn" | "xad" | "xtn" | "ts" | "fac";
export type Kind = Structured | { id: PhiType };

/** The fields read, per segment (1-based field numbers as the standard counts them; MSH-1 is the field separator). */
const FIELDS: Record<string, Record<number, Kind>> = {
  MSH: { 4: "fac", 6: "fac", 7: "ts", 10: { id: "ID" } },
  PID: { 3: { id: "MRN" }, 5: "xpn", 6: "xpn", 7: "ts", 9: "xpn", 11: "xad", 13: "xtn", 14: "xtn", 18: { id: "ACCOUNT" }, 19: { id: "SSN" }, 20: { id: "LICENSE" }, 29: "ts" },
  NK1: { 2: "xpn", 4: "xad", 5: "xtn", 6: "xtn", 30: "xpn" },
  PV1: { 7: "xcn", 8: "xcn", 9: "xcn", 17: "xcn", 19: { id: "ACCOUNT" }, 44: "ts", 45: "ts" },
  GT1: { 3: "xpn", 5: "xad", 6: "xtn", 7: "xtn", 8: "ts", 12: { id: "SSN" } },
  IN1: { 8: { id: "HEALTH_PLAN" }, 16: "xpn", 18: "ts", 19: "xad", 36: { id: "HEALTH_PLAN" }, 49: { id: "HEALTH_PLAN" } },
  IN2: { 2: { id: "SSN" }, 8: { id: "HEALTH_PLAN" } },
  ORC: { 9: "ts", 10: "xcn", 11: "xcn", 12: "xcn" },
  OBR: { 7: "ts", 8: "ts", 14: "ts", 16: "xcn", 22: "ts", 28: "xcn", 32: "xcn" },
  OBX: { 14: "ts", 16: "xcn" },
  EVN: { 2: "ts", 6: "ts" },
  PD1: { 3: "fac", 4: "xcn" },
  DG1: { 5: "ts" },
  AL1: { 6: "ts" },
  RXA: { 3: "ts", 4: "ts", 10: "xcn" },
};

const SEGMENT = /^([A-Z][A-Z0-9]{2})\|/;
const P = 66;

/** Component c (0-based) of the field text[a, b), split at `sep`: [start, end) trimmed, or null when empty. */
function component(text: string, a: number, b: number, sep: number, c: number): [number, number] | null {
  let s = a;
  for (let k = 0; k < c; k++) {
    while (s < b && text.charCodeAt(s) !== sep) s++;
    if (s >= b) return null;
    s++;
  }
  let e = s;
  while (e < b && text.charCodeAt(e) !== sep) e++;
  while (s < e && text.charCodeAt(s) === 32) s++;
  while (e > s && text.charCodeAt(e - 1) === 32) e--;
  return e > s ? [s, e] : null;
}

function push(out: Candidate[], r: [number, number] | null, type: PhiType): void {
  if (r) out.push({ start: r[0], end: r[1], type, priority: P });
}

/** Letters in text[s, e): a name part or a city, not a code ("MR", "USA" aside, which the callers skip). */
function hasLetters(text: string, r: [number, number] | null): boolean {
  if (!r) return false;
  for (let i = r[0]; i < r[1]; i++) {
    const c = text.charCodeAt(i) | 32;
    if ((c >= 97 && c <= 122) || c >= 0xc0) return true;
  }
  return false;
}

function digitsOnly(text: string, r: [number, number] | null): boolean {
  if (!r) return false;
  for (let i = r[0]; i < r[1]; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export function field(text: string, a: number, b: number, sep: number, kind: Kind, out: Candidate[]): void {
  if (typeof kind === "object") {
    // an identifier: the first component, when it holds a digit
    const r = component(text, a, b, sep, 0);
    if (r && /\d/.test(text.slice(r[0], r[1]))) push(out, r, kind.id);
    return;
  }
  switch (kind) {
    case "xpn": // FAMILY^GIVEN^MIDDLE (a repeat after "~" is read as well by the caller)
      for (let c = 0; c < 3; c++) {
        const r = component(text, a, b, sep, c);
        if (hasLetters(text, r)) push(out, r, "NAME");
      }
      return;
    case "xcn": {
      // ID^FAMILY^GIVEN^MIDDLE^SUFFIX^PREFIX^DEGREE: the id (an NPI) and the name parts
      const id = component(text, a, b, sep, 0);
      if (digitsOnly(text, id) && id![1] - id![0] >= 5) push(out, id, "LICENSE");
      for (let c = 1; c < 4; c++) {
        const r = component(text, a, b, sep, c);
        if (hasLetters(text, r)) push(out, r, "NAME");
      }
      return;
    }
    case "xad": {
      // STREET^OTHER^CITY^STATE^ZIP^COUNTRY
      push(out, component(text, a, b, sep, 0), "ADDRESS");
      push(out, component(text, a, b, sep, 1), "ADDRESS");
      const city = component(text, a, b, sep, 2);
      if (hasLetters(text, city)) push(out, city, "LOCATION");
      const zip = component(text, a, b, sep, 4);
      if (zip && /^\d{5}(?:-\d{4})?$/.test(text.slice(zip[0], zip[1]))) push(out, zip, "ZIP");
      return;
    }
    case "xtn": {
      // NUMBER^USE^TYPE^EMAIL^COUNTRY^AREA^LOCAL^EXT: the formatted number, the e-mail, the area code and number
      const whole = component(text, a, b, sep, 0);
      if (whole && /\d{3}/.test(text.slice(whole[0], whole[1]))) push(out, whole, "PHONE");
      const mail = component(text, a, b, sep, 3);
      if (mail && text.slice(mail[0], mail[1]).includes("@")) push(out, mail, "EMAIL");
      const area = component(text, a, b, sep, 5);
      const local = component(text, a, b, sep, 6);
      if (digitsOnly(text, area) && digitsOnly(text, local)) {
        push(out, area, "PHONE");
        push(out, local, "PHONE");
      }
      return;
    }
    case "ts": {
      // YYYYMMDD[HHMM[SS]]: the date part
      const r = component(text, a, b, sep, 0);
      if (r && r[1] - r[0] >= 8 && digitsOnly(text, [r[0], r[0] + 8])) push(out, [r[0], r[0] + 8], "DATE");
      return;
    }
    case "fac": {
      // a facility's name, not a short code ("RL", "LAB")
      const r = component(text, a, b, sep, 0);
      if (r && hasLetters(text, r) && text.slice(r[0], r[1]).includes(" ")) push(out, r, "FACILITY");
      return;
    }
  }
}

/**
 * The fields of one segment or record, text[a, lineEnd) split at "|", numbered from `first`: each one `fields` names
 * is read by its kind, its repeats (split at the char code `repeat`: HL7 "~", ASTM "\\") one by one. Shared with
 * astm.ts.
 */
export function readFields(text: string, a: number, lineEnd: number, first: number, fields: Record<number, Kind>, repeat: number, sep: number, out: Candidate[]): void {
  for (let n = first, p = a; p <= lineEnd; p++) {
    if (p < lineEnd && text.charCodeAt(p) !== 124) continue;
    const kind = fields[n];
    if (kind) {
      for (let s = a, q = a; q <= p; q++) {
        if (q < p && text.charCodeAt(q) !== repeat) continue;
        if (q > s) field(text, s, q, sep, kind, out);
        s = q + 1;
      }
    }
    n++;
    a = p + 1;
  }
}

/** A segment at a line start: the cheap test before the lines are walked. */
const ANY_SEGMENT = /(?:^|[\r\n])(?:MSH|PID|PD1|NK1|PV1|GT1|IN1|IN2|ORC|OBR|OBX|EVN|DG1|AL1|RXA)\|/;

// The last place inHl7Segment was asked about, and its line's start.
let lineText = "";
let lineAt = 0;
let lineStartAt = 0;

/** The line of `at` is an HL7 segment ("OBX|1|NM|..."): its "|" separate fields, not a table's cells. */
export function inHl7Segment(text: string, at: number): boolean {
  let s = at;
  // (asked in text order along one line, the walk back goes only to the last place asked: linear on a long line)
  const from = text === lineText && at >= lineAt ? lineAt : 0;
  while (s > from && text.charCodeAt(s - 1) !== 10 && text.charCodeAt(s - 1) !== 13) s--;
  if (s === from && from > 0 && text.charCodeAt(s - 1) !== 10 && text.charCodeAt(s - 1) !== 13) s = lineStartAt;
  lineText = text;
  lineAt = at;
  lineStartAt = s;
  return SEGMENT.test(text.slice(s, s + 4)) && FIELDS[text.slice(s, s + 3)] !== undefined;
}

export function detectHl7(text: string, out: Candidate[]): void {
  if (!text.includes("|") || !ANY_SEGMENT.test(text)) return;
  let sep = 94; // "^"
  for (let lineStart = 0; lineStart < text.length; ) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    const m = SEGMENT.exec(text.slice(lineStart, lineStart + 4));
    const fields = m ? FIELDS[m[1]!] : undefined;
    if (m && m[1] === "MSH") sep = text.charCodeAt(lineStart + 4) || 94;
    // field n starts after the n-th "|" (MSH: MSH-1 is the "|" itself, so MSH-2 is the first after "MSH|")
    if (fields) readFields(text, lineStart + 4, lineEnd, m![1] === "MSH" ? 2 : 1, fields, 126, sep, out);
    lineStart = lineEnd + 1;
  }
}

/**
 * A person's name in HL7's caret form outside a message, as an interface's error queue or a log quotes a field:
 * "FORD^ADNAN^P", "Fonoti^Odete" (surname, given name, middle initial). Each part must read as a name: no English word
 * that is no name ("ER^Emergency" is a code and its text).
 */
const CARET_NAME = /(?<![\p{L}\p{M}0-9^])(\p{Lu}[\p{L}\p{M}'’-]+)\^(\p{Lu}[\p{L}\p{M}'’-]+)(?:\^(\p{Lu}[\p{L}\p{M}'’-]*))?(?=[\^| \t\r\n,;)]|$)/dgu;

export function caretNames(text: string, out: Candidate[]): void {
  // (a whole HL7 message is read field by field; a ZPL label's "^FS" and "^FD" are its commands)
  if (!text.includes("^") || text.includes("MSH|") || text.includes("^FS") || text.includes("^XA")) return;
  const d = dictionaries();
  const unknown = (k: string) => !d.nonName.has(k) && !d.english.has(k);
  CARET_NAME.lastIndex = 0;
  for (let m = CARET_NAME.exec(text); m !== null; m = CARET_NAME.exec(text)) {
    const surname = m[1]!.toLowerCase();
    const given = m[2]!.toLowerCase();
    if (given.length < 3 || !(d.last.has(surname) || unknown(surname)) || !(d.first.has(given) || unknown(given)) || inHl7Segment(text, m.index)) continue;
    for (let g = 1; g <= 3; g++) {
      const r = m.indices![g];
      if (r) out.push({ start: r[0], end: r[1], type: "NAME", priority: 44 });
    }
  }
}
