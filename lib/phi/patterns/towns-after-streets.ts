/**
 * The town written after a street line: after a comma in mixed or capital case ("12 Oak Ave, Hollins", "139 ELM ROAD,
 * COUNTRY CLUB"), after "in" ("... in fenwick", "6314 SW Sycamore Knoll Court in Friendship."), in a fixed-width
 * record's column before the state, and the ZIP after it with no state between. Called by the street rules in
 * addresses.ts once they have taken a street.
 */
import { type Candidate } from "../types";
import { STATE_ABBR_SET, STATE_NAMES } from "./geo-lists";
import { FUNCTION_WORDS, NOT_PLACE, isCountry } from "./places";

// (a full stop only closes a short word, "St.", "Mt.": "Ypsilanti. Phone" ends the town; a phone number may follow it,
// "Bemidji 830/901-2823", and "and", "of the" join its words, "Rough and Ready", "Lake of the Pines")
const CITY_WORD = "(?:[A-Z][a-z]?\\.|[A-Z][A-Za-z'’-]*)";
const CITY_MIXED = new RegExp(
  `\\\\?,[ \\t]{0,2}(${CITY_WORD}(?:[ \\t](?:${CITY_WORD}|'n'|de|del|la|du|and|of[ ]the|of))` +
    `{0,3})(?=[ \\t]*(?:\\n|$|[,;(|@\\\\]|\\.(?:\\s|$))|[ \\t]+\\d{5}(?:-\\d{4})?(?!\\d)|[ \\t]+(?:\\+?1[ .-]?)?\\(?\\d{3}\\)?[ ./-]?\\d{3}[ .-]?\\d{4}(?!\\d))`,
  "y",
);
const CITY_LOWER = /,?[ \t]+in[ \t]+([a-z][a-z'-]+(?:[ \t][a-z][a-z'-]+){0,2})/y;
const UNIT_WORD = /^(?:apt|apartment|unit|suite|ste|rm|room|bldg|building|fl|floor|lot|space|no|box|ph|phone|tel|fax|cell|home|work|po)$/i;
/** Words that end a lower-case place name dictated after an address ("... in coral springs vitals bp ..."). */
const LOWER_STOP = new Set(["vitals", "bp", "with", "and", "for", "since", "today", "now", "who", "where", "she", "he", "they", "her", "his", "their", "alone", "currently", "the", "a", "an", "is", "was", "are", "period", "comma", "new", "paragraph", "hr", "pulse", "temp"]);

/**
 * The city written after a street line: "12 Oak Ave, Hollins⏎", "139 ELM ROAD, COUNTRY CLUB⏎", "... in fenwick",
 * before a ZIP without a state ("PO Box 2987, North Martha 41205") or an "@" and a time; a calendar export's commas
 * come escaped ("8992 SW 16th Street\\, Three Forks\\, KS").
 */
export function cityAfter(text: string, mode: string, end: number, out: Candidate[]): void {
  if (mode === "lower") {
    CITY_LOWER.lastIndex = end;
    const m = CITY_LOWER.exec(text);
    if (!m) return;
    const words = m[1]!.split(/[ \t]/);
    let n = 0;
    while (n < words.length && !LOWER_STOP.has(words[n]!) && !FUNCTION_WORDS.has(words[n]!)) n++;
    if (n === 0) return;
    const value = words.slice(0, n).join(" ");
    if (isCountry(words) || STATE_NAMES.includes(value)) return;
    const s = m.index + m[0].length - m[1]!.length;
    out.push({ start: s, end: s + value.length, type: "LOCATION", priority: 48 });
    return;
  }
  // a fixed-width record's town column, between the street's and the state's: "7557 NURSE WAY      FRANKENSTEIN    CA49970"
  FIXED_CITY.lastIndex = end;
  const f = FIXED_CITY.exec(text);
  // (not a field's words: "SEE NOTE", "FOLLOW UP")
  if (f && STATE_ABBR_SET.has(f[2]!) && !isCountry(f[1]!.split(" ")) && !STATE_NAMES.includes(f[1]!.toLowerCase()) && !f[1]!.split(" ").some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || NOT_PLACE.has(w.toLowerCase()))) {
    const at = text.indexOf(f[1]!, f.index);
    out.push({ start: at, end: at + f[1]!.length, type: "LOCATION", priority: 48 });
    return;
  }
  CITY_MIXED.lastIndex = end;
  const m = CITY_MIXED.exec(text) ?? inTownAfter(text, end);
  if (!m) return;
  const value = m[1]!.replace(/[.]$/, "");
  const words = value.split(/[ \t]/);
  if (words.some((w, k) => (FUNCTION_WORDS.has(w.toLowerCase()) && !(k > 0 && /^(?:and|of|the)$/.test(w))) || UNIT_WORD.test(w))) return;
  if (isCountry(words) || STATE_NAMES.includes(value.toLowerCase()) || STATE_ABBR_SET.has(value)) return;
  if (mode === "mixed" && words.some((w) => w.length > 1 && w === w.toUpperCase() && /[A-Z]/.test(w))) return; // "Apt 4, PA-C"
  const s = m.index + m[0].length - m[1]!.length;
  out.push({ start: s, end: s + value.length, type: "LOCATION", priority: 48 });
  // and the ZIP after it, with no state between
  const zip = ZIP_AFTER_CITY.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 14));
  if (zip) {
    const z = m.index + m[0].length + zip[0].length - zip[1]!.length;
    out.push({ start: z, end: z + zip[1]!.length, type: "ZIP", priority: 48 });
  }
}
const ZIP_AFTER_CITY = /^[ \t]+(\d{5}(?:-\d{4})?)(?!\d)/;
/** A town in a fixed-width column: two spaces or more on each side, then a state's two letters (a ZIP may be glued on). */
const FIXED_CITY = /[ ]{2,}([A-Z][A-Z'’.-]*(?:[ ][A-Z][A-Z'’.-]*){0,3})[ ]{2,}([A-Z]{2})(?=\d{5}|[ ]{1,2}\d{5})/y;
/** "lives alone at 6314 SW Sycamore Knoll Court in Friendship.": the town after "in", before the sentence's end. */
const IN_CITY = new RegExp(`[ \\t]+in[ \\t]+(${CITY_WORD}(?:[ ](?:${CITY_WORD}|and|of[ ]the|of)){0,3})(?=[ \\t]*(?:\\n|$|[,;(]|\\.(?:\\s|$)))`, "y");
function inTownAfter(text: string, end: number): RegExpExecArray | null {
  IN_CITY.lastIndex = end;
  const m = IN_CITY.exec(text);
  return m && !NOT_PLACE.has(m[1]!.split(" ")[0]!.toLowerCase()) ? m : null;
}
