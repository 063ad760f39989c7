/**
 * Values read off a scanned form whose boxes hold one character each: OCR writes them spaced out, "LAST NAME
 * |W I L S O N|", "DATE OF BIRTH |0 8 | 2 7 | 1 9 4 1|", "PHONE | ( 3 0 7 ) 5 9 2 - 1 8 6 1 |". No word rule sees a
 * name or a number there, so the spaced-out run is typed by the field's label before it on the line.
 */
import { type Candidate, type PhiType } from "../types";

/**
 * Three or more single letters or digits, each separated by one or two spaces, or by a "|", "/", "-", "(" or ")"
 * with one space around it at most: "W I L S O N", "0 8 | 2 7 | 1 9 4 1", "3 0 7 ) 5 9 2 - 1  8  6  1".
 */
const SPACED_RUN = /(?<![\p{L}\p{N}])[\p{L}\p{N}](?:(?:[ ]{1,2}|[ ]?[|/()-][ ]?)[\p{L}\p{N}](?![\p{L}\p{N}.])){2,}/gu;
/** A box holding three characters or more spaced out, "|W I L S O N|": the text (or the line) is a form read by OCR. */
export const COMB_BOX = /\|[ ]?[\p{L}\p{N}](?:[ ]{1,2}[\p{L}\p{N}]){2,}[ ]?\|/u;
/** A run needs two characters split by spaces alone ("1 9 4 1"), not only by separators ("12/3/4" is no comb). */
const SPACE_SPLIT = /[\p{L}\p{N}][ ]{1,2}[\p{L}\p{N}]/u;

/** The field's label (the text before the run on its line, back to a "|" that closes an earlier box) and its type. */
const LABELS: [RegExp, PhiType][] = [
  [/\b(?:soc|ssn|social)\b/i, "SSN"],
  [/\b(?:birth|dob|date|dos)\b/i, "DATE"],
  [/\b(?:phone|ph|cell|tel|telephone|fax|mobile)\b/i, "PHONE"],
  [/\bzip\b|\bpostal\b/i, "ZIP"],
  [/\be-?mail\b/i, "EMAIL"],
  [/\b(?:city|town)\b/i, "LOCATION"],
  [/\b(?:street|address|addr)\b/i, "ADDRESS"],
  [/\b(?:name|contact|guardian|parent|spouse|patient|signature|initials?|m\.?\s?i\.?)\b/i, "NAME"],
  [/(?:\b(?:id|no|number|member|policy|mrn|account|acct|group|license|licence)\b|#)/i, "ID"],
];

/** Where the label of a value at `start` can begin: its line's start, at most 80 characters back (a label is short). */
function labelFrom(text: string, start: number): number {
  return Math.max(text.lastIndexOf("\n", start - 1) + 1, start - 80);
}

/** The label of a run starting at `start` (`from` = labelFrom): the line's text before it, after the last "|" that closes a box or field gap. */
function labelBefore(text: string, from: number, start: number): string {
  let s = text.slice(from, start).replace(/[ \t|(]+$/, "");
  // an earlier box on the line ends at its closing "|": the label is what follows it
  const bar = s.lastIndexOf("|");
  if (bar >= 0) s = s.slice(bar + 1);
  // and an earlier field ends at a gap of two spaces or a tab: "SIGNATURE  (illegible)   DATE 1 0 / 2 8"
  const fields = s.trim().split(/[ ]{2,}|\t/);
  return fields[fields.length - 1]!;
}

/** A value spaced out in full: "W I L S O N". */
const SPACED_OUT = /^[\p{L}\p{N}](?:[ ]{1,2}[\p{L}\p{N}])+$/u;
/** A box of a form read by OCR: "|" + a value + "|" (the value is what the line's label before it names). */
const BOX = /\|[ ]?([^|\n]{2,60}?)[ ]?\|/g;
/** Labels of boxes whose whole value is an identifier when it is not spaced out: "CITY |FRIENDSHIP|", "EMPLOYER |PELHAM FORD DAIRY|". */
const BOX_LABELS: [RegExp, PhiType][] = [
  [/\b(?:city|town)\b/i, "LOCATION"],
  [/\b(?:employer|school)\b/i, "FACILITY"],
  [/\b(?:last|first|middle|patient|contact|guardian|parent|spouse)\b.*|\bname\b/i, "NAME"],
];
/** What a box holds when it holds no identifier. */
const NO_VALUE = /^(?:n\/?a|none|unknown|self|same|retired|unemployed|student|home|-+)$/i;

/** Boxes with a whole value under a label that names a place, an employer or a person. */
function wholeBoxes(text: string, out: Candidate[]): void {
  BOX.lastIndex = 0;
  for (let m = BOX.exec(text); m !== null; m = BOX.exec(text)) {
    const v = m[1]!.trim();
    BOX.lastIndex = m.index + m[0].length - 1; // the closing "|" may open the next box
    if (v.length < 2 || NO_VALUE.test(v) || !/\p{L}{2}/u.test(v) || SPACED_OUT.test(v) || /\d/.test(v)) continue;
    const label = labelBefore(text, labelFrom(text, m.index + 1), m.index + 1);
    const type = BOX_LABELS.find(([re]) => re.test(label))?.[1];
    if (!type) continue;
    const start = m.index + m[0].indexOf(v);
    out.push({ start, end: start + v.length, type, priority: 50 });
  }
}

export function detectCombBoxes(text: string, out: Candidate[]): void {
  if (!text.includes("|")) return;
  // a form with boxes read by OCR: its other boxes are read by label too
  if (COMB_BOX.test(text)) wholeBoxes(text, out);
  SPACED_RUN.lastIndex = 0;
  for (let m = SPACED_RUN.exec(text); m !== null; m = SPACED_RUN.exec(text)) {
    const run = m[0];
    if (!SPACE_SPLIT.test(run) || run.includes("\n")) continue;
    // inside a box (a "|" before the run on its line), or after a label in capitals ("DATE 1 0 / 2 8 / 2 5")
    const lineStart = labelFrom(text, m.index);
    const label = labelBefore(text, lineStart, m.index);
    if (label.length === 0 || label.length > 48) continue;
    if (text.lastIndexOf("|", m.index) < lineStart && (label !== label.toUpperCase() || !/[A-Z]{3}/.test(label))) continue;
    const type = LABELS.find(([re]) => re.test(label))?.[1];
    if (!type) continue;
    let start = m.index;
    let end = m.index + run.length;
    // a phone's bracket before the area code and after it: "( 3 0 7 ) 5 9 2"
    if (type === "PHONE") {
      const open = /\([ ]{0,2}$/.exec(text.slice(Math.max(lineStart, start - 3), start));
      if (open) start -= open[0].length;
    }
    while (end > start && text.charCodeAt(end - 1) === 32) end--;
    out.push({ start, end, type, priority: 60 });
  }
}

/**
 * A handprint form's fields as character recognition extracts them, one per line: "LAST NAME         [HERNANDE2]
 * conf 50%". The value in brackets is typed by its label whatever the recognition made of it ("[G62 5O4 9O0Z]" under
 * "HOME PHONE" is a phone); the labels themselves go to `syntax`, so that no name rule takes "FIRST NAME".
 */
const BRACKET_FIELD = /^[ \t]*([A-Z][A-Z .'/#&-]{1,30}?)[ \t]{2,}\[([^\]\n]{1,80})\]/gm;
/** Labels of such fields, in order: the first that matches types the value. */
const FIELD_LABELS: [RegExp, PhiType][] = [
  [/\b(?:employer|school)\b/i, "FACILITY"],
  [/\b(?:apt|unit|suite)\b/i, "ADDRESS"],
  [/\b(?:insurance|member|policy|group|subscriber)\b/i, "HEALTH_PLAN"],
  [/\b(?:mrn|chart)\b/i, "MRN"],
  ...LABELS,
];

/** What a signature's field holds when it holds no name. */
const NOT_SIGNED = /^(?:signed|illegible|on file|x|yes|no|declined|refused|unsigned)$/i;

/**
 * A value that fits its field's type: digits where a number or a date stands; in a name, letters (a digit misread
 * for a letter aside, "ROSAL1ND") and few words.
 */
function fits(type: PhiType, v: string): boolean {
  if (type === "NAME") {
    const digits = v.replace(/\D/g, "").length;
    return digits * 3 < v.replace(/[^\p{L}]/gu, "").length && v.split(/\s+/).length <= 4 && !/^(?:yes|no|y|n)\b/i.test(v);
  }
  if (type === "FACILITY" || type === "LOCATION" || type === "ADDRESS" || type === "EMAIL") return true;
  return /\d/.test(v);
}

export function bracketFields(text: string, out: Candidate[], syntax: number[]): void {
  if (!text.includes("  [") && !text.includes("\t[")) return;
  // a form's extract: three fields or more whose labels name what they hold (one bracketed line is a note's aside,
  // "MARIA GOMEZ  [daughter]")
  const fields: Array<[RegExpExecArray, PhiType | undefined]> = [];
  let typed = 0;
  BRACKET_FIELD.lastIndex = 0;
  for (let m = BRACKET_FIELD.exec(text); m !== null; m = BRACKET_FIELD.exec(text)) {
    const type = FIELD_LABELS.find(([re]) => re.test(m![1]!.trim()))?.[1];
    if (type) typed++;
    fields.push([m, type]);
  }
  if (typed < 3) return;
  for (const [m, type] of fields) {
    const label = m[1]!.trim();
    // (every field's label is the form's, whatever its value: "MEDS", "PHARMACY", "STATE")
    const at = m.index + m[0].indexOf(label);
    syntax.push(at, at + label.length);
    const v = m[2]!.trim();
    if (!type || v.length === 0 || NO_VALUE.test(v) || NOT_SIGNED.test(v) || !fits(type, v)) continue;
    const start = m.index + m[0].length - 1 - m[2]!.length + m[2]!.indexOf(v);
    out.push({ start, end: start + v.length, type, priority: 52 });
  }
}
