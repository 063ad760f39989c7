/**
 * Label-printer code (ZPL) for wristbands and specimen labels: each printed field is "^FD<text>^FS", glued to the
 * commands around it, so no word rule sees "^FDGOODNIGHT,THEODORA,I^FS" as a name. A field that holds a name in
 * capitals, "LAST,FIRST" with a middle initial, after an optional label ("Att: MCKEE-ORTIZ, B"), is read here; the
 * other fields ("DOB: 08/06/1948", "MRN: 53598419") have their own labels, which the other rules read.
 */
import { type Candidate } from "../types";
import { pushGroups } from "../text";

/** Labels of a person on a label: "Att:", "PCP:", "Mother:" (as written, capitalised or in capitals). */
const PERSON_LABELS = "att attending adm admitting pcp md dr rn nurse pt patient name provider physician ordering ord mother mom father dad baby guardian"
  .split(" ")
  .flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()])
  .join("|");
/**
 * "^FD" + an optional person's label + "LAST, FIRST[, M]" + "^FS" (the parts in capitals, with spaces, hyphens,
 * apostrophes); after another label it is no name ("ALLERGY: SULFA, PCN").
 */
const NAME_FIELD = new RegExp(`\\^FD(?:(?:${PERSON_LABELS})\\.?:[ ]?(?:Dr\\.?[ ])?)?([A-Z][A-Z'’ -]*[A-Z]),[ ]?([A-Z][A-Z'’ -]*[A-Z]|[A-Z])(?:,[ ]?([A-Z]))?\\^FS`, "dg");

/** A ZPL command and its parameters ("^PW1218", "^FO40,30", "^BY2"), not a field's data ("^FD..."). */
const COMMAND = /\^(?!FD)[A-Z][A-Z0-9@][0-9A-Z,.]*/g;

/** Names in ZPL fields into `out`; the commands' ranges (syntax, no identifiers) go to `syntax` as start, end pairs. */
export function detectZpl(text: string, out: Candidate[], syntax: number[]): void {
  if (!text.includes("^FD")) return;
  pushGroups(NAME_FIELD, text, "NAME", 60, out);
  COMMAND.lastIndex = 0;
  for (let m = COMMAND.exec(text); m !== null; m = COMMAND.exec(text)) syntax.push(m.index, m.index + m[0].length);
}
