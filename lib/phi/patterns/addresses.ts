/**
 * Geography smaller than a state: street addresses and PO boxes, city/town
 * names where the text anchors them (", ST 12345", "X County", after a street
 * line; "lives in" and "City:" are in places.ts), and ZIP codes.
 */
import { type Candidate } from "../types";
import { type LineInfo, atTrigger } from "../text";
import { type Tokens } from "../tokens";
import * as tk from "../tokens";
// Bind once: module namespace/export getters are slow in hot loops.
const { wordFlags, F_COMMON, F_ENGLISH, F_NAME, F_COUNTY, F_FUNC, F_STATE, G_COMMA, G_NEWLINE, G_SPACE, SHAPE_LOWER, SHAPE_CAP, T_STREET, T_POBOX, T_ZIPLBL, T_ROAD } = tk;
import { AMBIGUOUS_STATE_ABBR, COUNTRIES, STATE_ABBR_SET, STATE_NAMES } from "./geo-lists";
import { STREET_SUFFIX } from "../token-words";
import { addressesAbroad } from "./addresses-abroad";
import { cityAfter } from "./towns-after-streets";
import { FUNCTION_WORDS, NOT_PLACE, detectPlacePhrases, modeAt, ok, trimPlace } from "./places";

/** Suffixes that are everyday words: in ALL CAPS or lower-case lines they need an address context (weakOk). */
const WEAK = new Set(`fall falls rest pass passage well wells light lights key keys station track ramp lock locks land wall trace path
  paths union unions mill mills club camp rapid rapids spring springs field fields ford fords fork forks oval course
  center centre centers port ports view views shore shores island isle green greens plain plains cape neck mission dam
  divide radial branch corner corners common bluff pine pines lodge forest prairie tunnel mall dale mount
  crest arc fort drives`.split(/\s+/));
/**
 * The street suffixes of token-words.ts (USPS Publication 28) as a prefix tree ("a(?:l(?:lee|ley|ly)|...)"): a flat
 * alternation of ~330 words is tried word by word at every split of the street name, the tree one letter at a time.
 * Longer continuations come before a word's end, so the longest suffix is tried first (the regex backtracks on \b).
 */
function trie(words: string[]): string {
  const first = new Map<string, string[]>();
  let end = false;
  for (const w of words) {
    if (w === "") end = true;
    else first.set(w[0]!, [...(first.get(w[0]!) ?? []), w.slice(1)]);
  }
  const alts = [...first.entries()].map(([c, rest]) => c + trie(rest));
  if (alts.length === 0) return "";
  if (alts.length === 1 && !end) return alts[0]!;
  return `(?:${alts.join("|")}${end ? "|" : ""})`;
}
const SUFFIX = trie([...STREET_SUFFIX].sort());
const UNIT = "(?:apt|apartment|unit|suite|ste|#|rm|room|bldg|building|fl|floor|lot|trlr|space|no)\\.?\\s?#?\\s?[A-Za-z0-9-]{1,6}\\b";
const STREET = new RegExp(
  `(?!0)\\d{1,6}[A-Za-z]?(?:-\\d{1,4}|-[A-Za-z](?![A-Za-z]))?(?:[ \\t]+1\\/2)?[ \\t]+(?:(?:[NSEW]|north|south|east|west|NE|NW|SE|SW)\\.?[ \\t]+)?((?:[A-Za-z0-9][A-Za-z0-9'.-]{0,24}[ \\t]+){0,3}[A-Za-z0-9][A-Za-z0-9'.-]{0,24})[ \\t]+(${SUFFIX})\\b\\.?(?:(?<=[Rr][Dd]|[Rr]oad|ROAD)[ \\t]+\\d{1,5}(?![\\w/%:]|[.,]\\d|[ \\t]+(?:miles?|mi|blocks?|km|minutes?|mins?|hours?|hrs?|days?|weeks?|doors?|houses?)\\b))?(?:[ \\t]+(?:N|S|E|W|NE|NW|SE|SW)\\b\\.?)?(?:,?[ \\t]{0,2}${UNIT})?`,
  "iy",
);
const UNIT_BEFORE = new RegExp(`(?:^|[^A-Za-z0-9#])(${UNIT}),?\\s{1,2}$`, "id");
const NUMBER_START = /(?<![A-Za-z0-9])\d{1,6}/g;
// "Route 9 near Exit 14", "County Road 12", "I-94 near mile marker 220"
const ROAD = new RegExp(
  `(?:(?:county|state|farm)\\s+(?:road|route|rd|hwy|highway)\\.?|route|rte|highway|hwy|interstate|I|US(?=[\\s-]\\d{1,3}\\b)|SR|CR|FM)[\\s-]\\d{1,4}[A-Z]?\\b(?![.,]\\d)(?:\\s+(?:near|at|by|past)\\s+(?:exit\\s+\\d{1,4}[A-Z]?|mile\\s+marker\\s+\\d{1,4}))?(?:,?\\s{0,2}${UNIT})?`,
  "iy",
);
/** Before a road written in lower case: where someone is on it, a house number ("29044 hwy 177") or a label's colon. */
const ON_ROAD_BEFORE = /(?:\b(?:on|off|along|near|at|by|past|lives|from|to|of)|\d|:)[ \t]+$/i;
/** A family tree's words: its generation marks ("I-4", "II-3") look like interstates. */
const PEDIGREE = /proband|pedigree|PROBAND|PEDIGREE|Proband|Pedigree/;
/** A table's cell starts here: a tab, a bar or a comma (after a row's number or a line's start). */
const CELL_BEFORE = /(?:^|\n|\t|\|[ ]?|,)(?:\d{1,3}(?:\t|[ ]?\|[ ]?|,))?$/;
/** A house number before a numbered road: "8308 Hwy 422", "43071 FM 781". */
// (Wisconsin's rural numbers carry their direction: "W1660 State Hwy 98")
const HOUSE_BEFORE = /(?:^|[^A-Za-z0-9#/.:-])([NSEW]?\d{1,6}[A-Za-z]?)\s{1,2}$/d;
// "PO Box 12", "POB 12", "Rural Route 2 Box 14", "R.R. 3 Box 206", "RR #2", "HC 1 Box 5", "HCR 18 Box 883" (highway
// contract), "Star Route 4 Box 9"
const RR_BEFORE = /(?:^|[^A-Za-z.])(r\.\s?r\.?\s*#?\s*\d{1,6},?\s+)$/i;
const PO_BOX =
  /(?:p\.?\s?o\.?\s?box|p\.?o\.?b\.?(?=\s*#?\s*\d)|post\s+office\s+box|(?:rural|star)\s+route|r\.\s?r\.?|rr\s*#|(?:rr|hcr?|h\.c\.)(?=\s*\d+,?\s+box\b))\s*#?\s*\d{1,6}(?:,?\s+box\s+#?\s*\d{1,6})?\b/iy;
/** A street line right before ", City": a house number, up to four capitalised words, a unit ("917 Friesen Fall"). */
const STREET_BEFORE_CITY = /(?:^|\n|,[ \t]|:[ \t]|\|[ \t]|\b[a-z]+[ \t])[ \t]*(\d{1,6}[A-Za-z]?(?:[ \t][NSEW]\.?)?(?:[ \t][A-Z0-9][A-Za-z0-9'’.-]*){1,4}(?:,?[ \t](?:Apt|Unit|Ste|Suite|Lot|Trlr|#)\.?[ \t]?#?[A-Za-z0-9-]{1,6})?)(,[ \t]{1,2})$/;
const STATE_NAME_RE = new RegExp(`(?:${STATE_NAMES.map((x) => x.replace(/ /g, "\\s+")).join("|")})\\b`, "iy");
const ZIP_AFTER = /\.?,?\s{1,2}(\d{5}(?:-\d{4})?)(?![\d-])/y;
const ZIP_LABEL = /(?:zip|zip\s*code|postal\s+code|zipcode)\s*[:#]?\s*(\d{5}(?:-\d{4})?)\b/iy;
/** City words before token `i` (exclusive): up to 3 tokens joined by spaces, no function words. */
/** Words before "ID" (or "NO") that make it an identifier's label rather than a state: "Payer ID 37517". */
const ID_OWNERS = new Set(["payer", "member", "patient", "pt", "tax", "employee", "provider", "group", "plan", "subscriber", "claim", "case", "student", "user", "login", "account", "customer", "order", "visit", "encounter", "record", "report", "badge", "device", "session", "transaction", "author", "job", "interpreter", "donor", "client", "participant", "study", "specimen", "staff", "operator", "agent", "clinician", "prescriber", "caller"]);
/** A word written in camel case ("LanguageLine", "CyraCom"): a company's name, never a town's. */
const CAMEL = /[a-z][A-Z]/;

function cityBefore(t: Tokens, i: number): number {
  let a = i;
  while (a > 0 && i - a < 3) {
    const k = a - 1;
    if (k < i - 1 && !(t.gap[k]! & G_SPACE)) break;
    if (t.flags[k]! & F_FUNC || FUNCTION_WORDS.has(t.raw[k]!.toLowerCase())) break;
    if (t.mode[k] === 0 && t.shape[k] === SHAPE_LOWER) break;
    a = k;
  }
  return a;
}


function streetMatch(text: string, lines: LineInfo, m: RegExpExecArray, out: Candidate[]): boolean {
  if (m.index > 0 && /[:./]/.test(text[m.index - 1]!)) return false; // 9:50, 1.5, 3/4
  const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
  if (/\b(?:dr|st)\.?$/i.test(m[0]) && /^\.?[ ]?[A-Z][a-z]/.test(tail)) return false; // "... Dr Wirta", "St. Mary"
  const name = m[1]!;
  // "Cv" (a cove) is a suffix written so; "CV" is the cardiovascular system ("2 L NC CV: RRR")
  if (/^cvs?$/i.test(m[2]!) && m[2]![1] === "V") return false;
  const mode = modeAt(lines, m.index);
  // the street name stays on one line and in one sentence ("400 ML THIS SHIFT.⏎1500 DR Daubney", "14 sec. cv")
  if (/\n/.test(m[0]) || /[A-Za-z]{3,}\.\s/.test(name + " ")) return false;
  const words = name.split(/\s+/);
  for (const w of words) {
    if (FUNCTION_WORDS.has(w.toLowerCase()) && w.toLowerCase() !== "north" && w.toLowerCase() !== "south" && !(mode === "mixed" && w === "A")) return false;
    if (!ok(mode, w)) return false;
  }
  if (mode === "mixed" && !ok(mode, m[2]!)) return false;
  if (mode !== "mixed" && WEAK.has(m[2]!.toLowerCase()) && !weakOk(text, m.index, m.index + m[0].length)) return false;
  if (/^\d+$/.test(name) && /\s(?:st|dr|pl|ct|way|run|point|walk)\b/i.test(m[0]) === false) return false;
  // the unit may come first: "Apt 4B, 123 Main St", "#12 45 Oak Ave"
  const from = Math.max(0, m.index - 24);
  const lead = m.index >= 2 ? UNIT_BEFORE.exec(text.slice(from, m.index)) : null;
  const start = lead ? from + lead.indices![1]![0] : m.index;
  out.push({ start, end: m.index + m[0].length, type: "ADDRESS", priority: 58 });
  cityAfter(text, mode, m.index + m[0].length, out);
  return true;
}

/**
 * An everyday-word suffix ("2 mechanical falls", "3 PILLOWS AT REST") in a caps or lower-case line is a street only
 * in an address context: a label or "at"/"live(s) on" before the number, or a comma, a line end or a unit after.
 */
function weakOk(text: string, start: number, end: number): boolean {
  if (/^(?:,|[ \t]*(?:\n|$)|\s+(?:apt|unit|suite|ste|#)\b)/i.test(text.slice(end, end + 8))) return true;
  return /(?:\b(?:at|on|address|addr|live|lives|lived)|:)\s*$/i.test(text.slice(Math.max(0, start - 12), start));
}

/** Street names written without a number after a place preposition: "lives off Old Mill Rd", "on Maple Ave". */
const NO_NUMBER_SUFFIX = new Set(["Street", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln", "Drive", "Highway", "Hwy", "Parkway", "Pkwy", "Pike", "Trail", "Turnpike"]);
const NO_NUMBER_CUE = new Set(["off", "on", "near", "along", "onto", "past", "down", "up", "at", "of"]);
/** Prepositions that put any street suffix after them ("the walgreens on Haag Ways", "on Roman Harbor"). */
const STREET_CUE = new Set(["off", "on", "along", "onto"]);
/**
 * The street's name words before its suffix (one to three): capitalised words, an ordinal ("N 1st Street") or a
 * compass letter, after a lower-case preposition.
 */
const NAME_BEFORE = /(?:^|[^A-Za-z0-9'’-])([a-z]+)[ \t]+(?:the[ \t]+)?((?:(?:[NSEW]\.?|\d{1,3}(?:st|nd|rd|th)|[A-Z][A-Za-z'’-]*)[ \t]+){1,3})$/;
/** The town after a street in mixed case: "... on N 1st Street in Boylefurt". */
const IN_TOWN_AFTER = /[ \t]+in[ \t]+((?:(?:Ft|St|Mt|Pt)\.[ ])?(?:[A-Z][a-z][A-Za-z'’-]*)(?:[ \t][A-Z][a-z][A-Za-z'’-]*){0,2})/y;

/** A street's name words after a comma (the cue "in" is then the town's): ", Bayou Teche " before "Road". */
const AFTER_COMMA = /,[ ]()((?:[A-Z][A-Za-z'’-]*[ ]){1,3})$/;

function streetWithoutNumber(text: string, t: Tokens, k: number, out: Candidate[]): void {
  if (t.mode[k] !== 0 || t.shape[k] !== SHAPE_CAP) return;
  const suffix = t.raw[k]!; // capitalised words keep their text in raw
  const common = NO_NUMBER_SUFFIX.has(suffix);
  const weak = !common && WEAK.has(suffix.toLowerCase());
  let end = t.end[k]!;
  if (text.charCodeAt(end) === 46 && /^(?:rd|ave|ln|blvd|hwy|pkwy)$/i.test(suffix)) end++;
  IN_TOWN_AFTER.lastIndex = end;
  const town = IN_TOWN_AFTER.exec(text);
  // ("Home, Bayou Teche Road in Duck Pond": after a comma, a street with a common suffix and its town after "in")
  const m = NAME_BEFORE.exec(text.slice(Math.max(0, t.start[k]! - 48), t.start[k]!)) ?? (common && town ? AFTER_COMMA.exec(text.slice(Math.max(0, t.start[k]! - 48), t.start[k]!)) : null);
  if (!m) return;
  const cue = m[1]!;
  // "at" only with the town after it ("the pharmacy at Kirlin Terrace in Mosesworth")
  if (!(common ? NO_NUMBER_CUE.has(cue) || (cue === "" && town) : STREET_CUE.has(cue) || (cue === "at" && town))) return;
  const words = m[2]!.trim().split(/[ \t]+/);
  // "the" between the cue and the name only after "near", and with a name that is no English word ("near the Possum
  // Kingdom Way gate"; not "the Blood Drive", "down the Main Street")
  if (/[ \t]the[ \t]/.test(m[0]) && (cue !== "near" || words.every((w) => (wordFlags(w) & F_COMMON) !== 0 || (wordFlags(w) & (F_ENGLISH | F_NAME)) === F_ENGLISH))) return;
  // the name needs a word that is no function word ("on the Ave" is not a street)
  if (words.every((w) => FUNCTION_WORDS.has(w.toLowerCase()) || /^[NSEW]\.?$/.test(w))) return;
  if (words.some((w) => FUNCTION_WORDS.has(w.toLowerCase()))) return;
  // an everyday-word suffix ("Rapids", "Common", "Fork") needs a proper name before it ("on Rodriguez Rapids")
  if (weak && !words.every((w) => /^(?:[NSEW]\.?|\d.*)$/.test(w) || !(wordFlags(w) & F_ENGLISH) || (wordFlags(w) & (F_NAME | F_COMMON)) === F_NAME)) return;
  const start = t.start[k]! - m[2]!.length;
  out.push({ start, end, type: "ADDRESS", priority: 57 });
  if (town && !NOT_PLACE.has(town[1]!.split(/[ \t]/)[0]!.toLowerCase())) {
    const s = town.index + town[0].length - town[1]!.length;
    out.push({ start: s, end: s + town[1]!.length, type: "LOCATION", priority: 48 });
  } else if (text.charCodeAt(end) === 44) {
    // and the town after it with a comma, as after a numbered street line ("near W Pine Street, New Bridgetland @ 01:17")
    cityAfter(text, "mixed", end, out);
  }
}


/** Street suffixes common enough that a crossing named with two of them is certain ("Elm St and Oak Ave"). */
const CROSS_SUFFIX = "(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|Circle|Cir|Place|Pl|Terrace|Ter|Highway|Hwy|Parkway|Pkwy|Trail|Trl|Pike)";
/** After a street's suffix: "at", "and", "&", "/" or "@", then the crossing street (one to three words and a suffix). */
const CROSSING = new RegExp(`\\.?[ ](?:at|and|&|/|@)[ ](?:the[ ])?((?:[A-Z0-9][A-Za-z0-9'’-]*[ ]){1,3}${CROSS_SUFFIX})\\b\\.?`, "y");
/** The first street's name before its suffix: one to three capitalised words (or an ordinal), opening it. */
const CROSS_NAME_BEFORE = /(?:^|[^A-Za-z0-9'’-])((?:(?:[NSEW]\.?|\d{1,3}(?:st|nd|rd|th)|[A-Z][A-Za-z'’-]*)[ ]){1,3})$/;

/**
 * An intersection, as a scene or an incident names the place: "Cesar Chavez Blvd at Bayou Teche Cir", "the corner of
 * Elm St and Oak Ave". Token k is the first street's suffix; both streets are taken, and a town after the second
 * ("…, Halfway"). Returns the end of the second street, or 0.
 */
function intersection(text: string, t: Tokens, k: number, out: Candidate[]): number {
  if (t.mode[k] !== 0 || t.shape[k] !== SHAPE_CAP || !new RegExp(`^${CROSS_SUFFIX}$`).test(t.raw[k]!)) return 0;
  CROSSING.lastIndex = t.end[k]!;
  const m = CROSSING.exec(text);
  if (!m) return 0;
  const before = CROSS_NAME_BEFORE.exec(text.slice(Math.max(0, t.start[k]! - 48), t.start[k]!));
  if (!before || before[1]!.trim().split(" ").some((w) => FUNCTION_WORDS.has(w.toLowerCase()))) return 0;
  const second = m[1]!.split(" ");
  if (second.slice(0, -1).some((w) => FUNCTION_WORDS.has(w.toLowerCase()))) return 0;
  out.push({ start: t.start[k]! - before[1]!.length, end: t.end[k]!, type: "ADDRESS", priority: 57 });
  const s = m.index + m[0].indexOf(m[1]!);
  const end = s + m[1]!.length;
  out.push({ start: s, end, type: "ADDRESS", priority: 57 });
  if (text.charCodeAt(end) === 44) cityAfter(text, "mixed", end, out);
  return end;
}

/** A grid address, as Utah and parts of Idaho write them: "1171 S 1400 E", "450 N 7800 S" (house, direction, road, direction). */
const GRID = /[ \t]+[NSEW][ \t]+\d{3,5}[ \t]+[NSEW](?![A-Za-z0-9])/y;

function gridAddresses(text: string, lines: LineInfo, t: Tokens, out: Candidate[]): void {
  const d = t.digits;
  for (let r = 0; r + 1 < t.nDigitRuns; r++) {
    const s = d[2 * r]!;
    const e = d[2 * r + 1]!;
    // a space and a compass letter, then the road's number (three digits or more) two characters on
    if (e - s > 6 || d[2 * r + 2]! !== e + 3 || text.charCodeAt(e) !== 32 || (s > 0 && /[\w/.:#-]/.test(text.charAt(s - 1)))) continue;
    GRID.lastIndex = e;
    const m = GRID.exec(text);
    if (!m) continue;
    const end = e + m[0].length;
    out.push({ start: s, end, type: "ADDRESS", priority: 58 });
    cityAfter(text, modeAt(lines, s), end, out);
    r++;
  }
}

export function detectAddresses(text: string, lines: LineInfo, t: Tokens, out: Candidate[]): void {
  let streetEnd = -1;
  if (t.nDigitRuns > 1) gridAddresses(text, lines, t, out);
  if (t.anyTrig & T_STREET) {
    const runs = t.digits;
    let r = 0;
    for (let q = 0; q < t.nTrig; q++) {
      const k = t.trigIdx[q]!;
      if (k === 0 || !(t.trig[k]! & T_STREET) || t.start[k]! < streetEnd) continue;
      // (eight characters for a house number, and five more for a half: "1523 1/2 Catalpa Ln")
      const from = Math.max(0, t.start[Math.max(0, k - 5)]! - 13);
      // a house number must start in the window: look at the digit runs (in text order, as the triggers are)
      while (r < t.nDigitRuns && runs[2 * r]! < from) r++;
      if (r >= t.nDigitRuns || runs[2 * r]! >= t.start[k]!) {
        const crossing = intersection(text, t, k, out);
        if (crossing > 0) streetEnd = crossing;
        else streetWithoutNumber(text, t, k, out);
        continue;
      }
      const window = text.slice(from, t.start[k]!);
      NUMBER_START.lastIndex = 0;
      let nm: RegExpExecArray | null;
      while ((nm = NUMBER_START.exec(window)) !== null) {
        STREET.lastIndex = from + nm.index;
        const m = STREET.exec(text);
        if (m && m.index + m[0].length >= t.end[k]! && streetMatch(text, lines, m, out)) {
          streetEnd = m.index + m[0].length;
          break;
        }
      }
      if (streetEnd < t.end[k]!) streetWithoutNumber(text, t, k, out);
    }
  }
  addressesAbroad(text, t, out);
  atTrigger(text, t, T_ROAD, ROAD, (m) => {
    if (/^(?:I|US|SR|CR|FM)/.test(m[0]) === false && !/^(?:county|state|farm|route|rte|highway|hwy|interstate)/i.test(m[0])) return;
    if (/^i/.test(m[0])) return; // lower-case "i 94" is too weak
    // a lower-case "route 2" is a delivery's or a bus's unless a place word or a house number stands before it ("lives
    // off route 9")
    if (/^(?:route|rte|highway|hwy)/.test(m[0]) && !ON_ROAD_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return;
    if (m[0].charCodeAt(0) === 73 && /\bforms?[ \t]$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) return; // "Form I-693"
    // a pedigree's generation mark in brackets, "(I-2)", "(II-3)", is no interstate
    if (m[0].charCodeAt(0) === 73 && m.index > 0 && text.charCodeAt(m.index - 1) === 40 && text.charCodeAt(m.index + m[0].length) === 41) return;
    // and so is one in a table's cell of its own, in a pedigree's export ("9\tI-4\tproband", "| I-3 | MGF |")
    if (m[0].charCodeAt(0) === 73 && PEDIGREE.test(text) && CELL_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) return;
    const from = Math.max(0, m.index - 9);
    const house = m.index > 1 ? HOUSE_BEFORE.exec(text.slice(from, m.index)) : null;
    const start = house ? from + house.indices![1]![0] : m.index;
    out.push({ start, end: m.index + m[0].length, type: "ADDRESS", priority: 56 });
    if (house) cityAfter(text, modeAt(lines, start), m.index + m[0].length, out);
  });
  atTrigger(text, t, T_POBOX, PO_BOX, (m) => {
    out.push({ start: m.index, end: m.index + m[0].length, type: "ADDRESS", priority: 58 });
    cityAfter(text, modeAt(lines, m.index), m.index + m[0].length, out);
  });
  // "R.R. 3 Box 206": the route is found from its "Box" (a one-letter "R" would make every "R knee" a trigger)
  if (t.anyTrig & T_POBOX) {
    for (let q = 0; q < t.nTrig; q++) {
      const k = t.trigIdx[q]!;
      if (!(t.trig[k]! & T_POBOX) || (text.charCodeAt(t.start[k]!) | 32) !== 98) continue;
      const from = Math.max(0, t.start[k]! - 14);
      const rr = RR_BEFORE.exec(text.slice(from, t.start[k]!));
      if (!rr) continue;
      PO_BOX.lastIndex = from + rr.index + rr[0].length - rr[1]!.length;
      const m = PO_BOX.exec(text);
      if (!m) continue;
      out.push({ start: m.index, end: m.index + m[0].length, type: "ADDRESS", priority: 58 });
      cityAfter(text, modeAt(lines, m.index), m.index + m[0].length, out);
    }
  }
  // "Springfield, IL 62704", "Fort Worth, Texas", "SPRINGFIELD IL 62704", "Cook County"
  for (let i = 1; i < t.n; i++) {
    const f = t.flags[i]!;
    if (f & F_COUNTY) {
      const a = cityBefore(t, i);
      if (a < i && t.gap[i - 1]! & G_SPACE && (t.mode[a] !== 0 || t.shape[a] !== SHAPE_LOWER)) {
        const c = COUNTRIES.has(t.raw[a]!.toLowerCase()) ? -1 : a;
        if (c >= 0) out.push({ start: t.start[c]!, end: t.end[i]!, type: "LOCATION", priority: 52 });
        // the town before its county: "own residence, Kessler Falls, Wyeth County"
        if (c > 1 && t.gap[c - 1]! & G_COMMA) {
          const b = cityBefore(t, c);
          let caps = b < c;
          for (let k = b; k < c && caps; k++) caps = t.shape[k] === SHAPE_CAP || (t.mode[k] !== 0 && t.shape[k] !== SHAPE_LOWER);
          if (caps && (b === 0 || t.gap[b - 1]! & (G_COMMA | G_NEWLINE) || text.charCodeAt(t.end[b - 1]!) === 58) && !STATE_NAMES.includes(text.slice(t.start[b]!, t.end[c - 1]!).toLowerCase())) {
            out.push({ start: t.start[b]!, end: t.end[c - 1]!, type: "LOCATION", priority: 50 });
          }
        }
      }
      continue;
    }
    if (!(f & F_STATE)) continue;
    const prevGap = t.gap[i - 1]!;
    // (a calendar export escapes its commas: "Three Forks\\, KS 37627")
    const comma = (prevGap & G_COMMA) !== 0 || (text.charCodeAt(t.end[i - 1]!) === 92 && text.charCodeAt(t.end[i - 1]! + 1) === 44);
    if (!comma && !(prevGap & G_SPACE)) continue;
    const raw = t.raw[i]!;
    let stateEnd: number;
    const isAbbr = raw.length === 2;
    if (isAbbr) {
      const up = raw.toUpperCase();
      if ((raw !== up && t.mode[i] !== 2) || !STATE_ABBR_SET.has(up)) continue;
      stateEnd = t.end[i]!;
    } else {
      STATE_NAME_RE.lastIndex = t.start[i]!;
      const sm = STATE_NAME_RE.exec(text);
      if (!sm) continue;
      stateEnd = t.start[i]! + sm[0].length;
    }
    ZIP_AFTER.lastIndex = stateEnd;
    const zm = ZIP_AFTER.exec(text);
    const zip = zm ? zm[1]! : undefined;
    if (isAbbr && (AMBIGUOUS_STATE_ABBR.has(raw.toUpperCase()) || raw !== raw.toUpperCase()) && !zip) continue;
    // "Payer ID 37517", "Member ID 88231": an id's label, not Idaho and a ZIP
    if (isAbbr && !comma && ID_OWNERS.has(t.raw[i - 1]!.toLowerCase())) continue;
    // "(LanguageLine, ID 32954)": a vendor's interpreter id, not a town in Idaho
    if (isAbbr && raw === "ID" && CAMEL.test(text.slice(t.start[i - 1]!, t.end[i - 1]!))) continue;
    if (!zip && !comma) continue;
    if (zip) {
      const zs = stateEnd + zm![0].length - zip.length;
      out.push({ start: zs, end: zs + zip.length, type: "ZIP", priority: 60 });
    }
    const a = cityBefore(t, i);
    if (a >= i) continue;
    const cityStart = t.start[a]!;
    const cityEnd = t.end[i - 1]!;
    const trimmed = trimPlace(text.slice(cityStart, cityEnd));
    if (!trimmed) continue;
    const mode = modeAt(lines, cityStart);
    if (trimmed[1].split(/\s+/).some((w) => !ok(mode, w))) continue;
    out.push({ start: cityStart + trimmed[0], end: cityStart + trimmed[0] + trimmed[1].length, type: "LOCATION", priority: 50 });
    // "917 Friesen Fall, Charlotte, VA 55416": before "City, ST ZIP", a house number and capitalised words are the
    // street, whatever its suffix ("Fall", "Center", "Land" are no street triggers)
    if (zip) {
      const lineBefore = text.slice(Math.max(0, cityStart - 64), cityStart + trimmed[0]);
      const sm = STREET_BEFORE_CITY.exec(lineBefore);
      // (the street's name is no common English word: "seen 2 Days, Boston" is no street)
      if (sm && !(wordFlags(sm[1]!.split(/[ \t]+/)[1] ?? "") & F_COMMON)) {
        const st = cityStart + trimmed[0] - lineBefore.length + sm.index + sm[0].length - sm[1]!.length - sm[2]!.length;
        out.push({ start: st, end: st + sm[1]!.length, type: "ADDRESS", priority: 54 });
      }
    }
  }
  atTrigger(text, t, T_ZIPLBL, ZIP_LABEL, (m) => {
    const zs = m.index + m[0].length - m[1]!.length;
    out.push({ start: zs, end: zs + m[1]!.length, type: "ZIP", priority: 60 });
  });
  detectPlacePhrases(text, lines, t, out);
}

