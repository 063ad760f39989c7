/**
 * Geography smaller than a state: street addresses and PO boxes, city/town
 * names where the text anchors them (", ST 12345", "lives in", "X County"),
 * and ZIP codes.
 */
import { type Candidate } from "../types";
import * as tx from "../text";
// Bind once: module namespace/export getters are slow in hot loops.
const { lineIndex } = tx;
type LineInfo = tx.LineInfo;
import { type Tokens } from "../tokens";
import * as tk from "../tokens";
// Bind once: module namespace/export getters are slow in hot loops.
const { F_COUNTY, F_FUNC, F_STATE, G_COMMA, G_SPACE, SHAPE_LOWER, T_STREET, T_POBOX, T_ZIPLBL, T_LIVES, T_TOWNOF, T_ROAD } = tk;
import { AMBIGUOUS_STATE_ABBR, COUNTRIES, STATE_ABBR, STATE_NAMES } from "./geo-lists";

const SUFFIX =
  "street|st|avenue|ave|av|road|rd|boulevard|blvd|drive|dr|lane|ln|way|court|ct|circle|cir|place|pl|terrace|terr|ter|parkway|pkwy|highway|hwy|route|rte|trail|trl|square|sq|loop|pike|alley|crescent|plaza|expressway|expy|freeway|fwy|turnpike|tpke|causeway|row|commons|heights|hts|crossing|xing|ridge|glen|grove|hollow|landing|manor|meadow|meadows|park|bend|cove|creek|estates|gardens|hill|hills|knoll|point|run|summit|vista|walk";
const UNIT = "(?:apt|apartment|unit|suite|ste|#|rm|room|bldg|building|fl|floor|lot|trlr|space|no)\\.?\\s?#?\\s?[A-Za-z0-9-]{1,6}\\b";
const STREET = new RegExp(
  `\\d{1,6}[A-Za-z]?(?:-\\d{1,4})?\\s+(?:(?:[NSEW]|north|south|east|west|NE|NW|SE|SW)\\.?\\s+)?((?:[A-Za-z0-9][A-Za-z0-9'.-]{0,24}\\s+){0,3}[A-Za-z0-9][A-Za-z0-9'.-]{0,24})\\s+(${SUFFIX})\\b\\.?(?:\\s+(?:N|S|E|W|NE|NW|SE|SW)\\b\\.?)?(?:,?\\s{0,2}${UNIT})?`,
  "iy",
);
const UNIT_BEFORE = new RegExp(`(?:^|[^A-Za-z0-9#])(${UNIT}),?\\s{1,2}$`, "id");
const NUMBER_START = /(?<![A-Za-z0-9])\d{1,6}/g;
// "Route 9 near Exit 14", "County Road 12", "I-94 near mile marker 220"
const ROAD = /(?:(?:county|state|farm)\s+(?:road|route|rd|hwy|highway)|route|rte|highway|hwy|interstate|I|US|SR|CR|FM)[\s-]\d{1,4}[A-Z]?\b(?:\s+(?:near|at|by|past)\s+(?:exit\s+\d{1,4}[A-Z]?|mile\s+marker\s+\d{1,4}))?/iy;
const PO_BOX = /(?:p\.?\s?o\.?\s?box|post\s+office\s+box|rural\s+route|rr\s*#)\s*#?\s*\d{1,6}(?:\s+box\s+\d{1,6})?\b/iy;
const STATE_ABBR_SET = new Set(STATE_ABBR);
const STATE_NAME_RE = new RegExp(`(?:${STATE_NAMES.map((x) => x.replace(/ /g, "\\s+")).join("|")})\\b`, "iy");
const ZIP_AFTER = /\.?,?\s{1,2}(\d{5}(?:-\d{4})?)(?![\d-])/y;
const ZIP_LABEL = /(?:zip|zip\s*code|postal\s+code|zipcode)\s*[:#]?\s*(\d{5}(?:-\d{4})?)\b/iy;
const LIVES_IN =
  /(?:lives|living|resides|residing|residence|resident|moved|moving|relocated|relocating|returned|visiting|visited|born|raised|grew\s+up|native|home|house|apartment|trip|travel(?:ed|ing|led|ling)?|vacation(?:ed|ing)?|drove|driving|flew|stays|staying|stayed)\s+(?:here\s+)?(?:in|to|from|at|of|near|outside(?:\s+of)?)\s+((?:[A-Z][A-Za-z.'-]{1,24}\s?){1,3})/iy;
const TOWN_OF = /(?:city|town|village|township|borough|county)\s+of\s+((?:[A-Z][A-Za-z.'-]{1,24}\s?){1,3})/iy;

const FUNCTION_WORDS = new Set([
  "in", "at", "from", "to", "of", "the", "near", "and", "or", "with", "by", "for", "on", "lives", "living", "resides",
  "moved", "pt", "patient", "she", "he", "they", "her", "his", "is", "was", "a", "an", "home", "house", "here",
  "apartment", "apt", "called", "seen", "visit", "then", "back", "currently", "now", "also", "downtown", "rural",
  "suburban", "outside", "am", "pm", "mo", "mos", "wk", "wks", "yr", "yrs", "hr", "hrs", "min", "mins", "will", "see",
  "seen", "paged", "called", "notified", "rounded", "per", "x", "q", "daily", "tabs", "tab", "mg", "times",
]);

function ok(mode: string, word: string): boolean {
  if (mode !== "mixed") return true;
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Trim leading function words from a captured place phrase; returns [offset, text]. */
function trimPlace(phrase: string): [number, string] | null {
  const words = phrase.split(/(\s+)/);
  let offset = 0;
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    if (/^\s*$/.test(w) || FUNCTION_WORDS.has(w.toLowerCase().replace(/[.,]/g, ""))) {
      offset += w.length;
      i++;
    } else break;
  }
  const rest = words.slice(i).join("").replace(/[\s.,;:]+$/, "");
  if (rest.length < 2) return null;
  const first = rest.split(/\s+/)[0]!.toLowerCase();
  if (COUNTRIES.has(first) || STATE_NAMES.includes(rest.toLowerCase())) return null;
  return [offset, rest];
}

/** City words before token `i` (exclusive): up to 3 tokens joined by spaces, no function words. */
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

function modeAt(lines: LineInfo, pos: number): string {
  return lines.modes[lineIndex(lines, pos)] ?? "mixed";
}

function streetMatch(text: string, lines: LineInfo, m: RegExpExecArray, out: Candidate[]): boolean {
  if (m.index > 0 && /[:./]/.test(text[m.index - 1]!)) return false; // 9:50, 1.5, 3/4
  const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
  if (/\b(?:dr|st)\.?$/i.test(m[0]) && /^\.?[ ]?[A-Z][a-z]/.test(tail)) return false; // "... Dr Wirta", "St. Mary"
  const name = m[1]!;
  const mode = modeAt(lines, m.index);
  const words = name.split(/\s+/);
  for (const w of words) {
    if (FUNCTION_WORDS.has(w.toLowerCase()) && w.toLowerCase() !== "north" && w.toLowerCase() !== "south") return false;
    if (!ok(mode, w)) return false;
  }
  if (mode === "mixed" && !ok(mode, m[2]!)) return false;
  if (/^\d+$/.test(name) && /\s(?:st|dr|pl|ct|way|run|point|walk)\b/i.test(m[0]) === false) return false;
  // the unit may come first: "Apt 4B, 123 Main St", "#12 45 Oak Ave"
  const from = Math.max(0, m.index - 24);
  const lead = m.index >= 2 ? UNIT_BEFORE.exec(text.slice(from, m.index)) : null;
  const start = lead ? from + lead.indices![1]![0] : m.index;
  out.push({ start, end: m.index + m[0].length, type: "ADDRESS", priority: 58 });
  return true;
}

function atTrigger(text: string, t: Tokens, bit: number, re: RegExp, fn: (m: RegExpExecArray) => void): void {
  if (!(t.anyTrig & bit)) return;
  for (let q = 0; q < t.nTrig; q++) {
    const k = t.trigIdx[q]!;
    if (!(t.trig[k]! & bit)) continue;
    re.lastIndex = t.start[k]!;
    const m = re.exec(text);
    if (m) fn(m);
  }
}

/** "lives in Ames", "town of Hudson": the leading capitalised run of the place phrase. */
function contextual(text: string, lines: LineInfo, m: RegExpExecArray, out: Candidate[]): void {
  const phrase = m[1]!;
  const phraseStart = m.index + m[0].length - phrase.length;
  const mode = modeAt(lines, phraseStart);
  const trimmed = trimPlace(phrase);
  if (!trimmed) return;
  const [off, place] = trimmed;
  if (mode !== "mixed") return; // without capitals there is no telling "lives in Ames" from "lives in fear"
  const words = place.split(/\s+/).filter((w) => ok(mode, w));
  if (words.length === 0) return;
  // keep the leading capitalised run only
  let len = 0;
  for (const w of place.split(/(\s+)/)) {
    if (/^\s+$/.test(w)) {
      len += w.length;
      continue;
    }
    if (!ok(mode, w) || FUNCTION_WORDS.has(w.toLowerCase())) break;
    len += w.length;
  }
  const value = place.slice(0, len).replace(/[\s.,]+$/, "");
  if (value.length < 2 || COUNTRIES.has(value.toLowerCase()) || STATE_NAMES.includes(value.toLowerCase())) return;
  out.push({ start: phraseStart + off, end: phraseStart + off + value.length, type: "LOCATION", priority: 35 });
}

export function detectAddresses(text: string, lines: LineInfo, t: Tokens, out: Candidate[]): void {
  let streetEnd = -1;
  if (t.anyTrig & T_STREET) {
    for (let q = 0; q < t.nTrig; q++) {
      const k = t.trigIdx[q]!;
      if (k === 0 || !(t.trig[k]! & T_STREET) || t.start[k]! < streetEnd) continue;
      const from = Math.max(0, t.start[Math.max(0, k - 5)]! - 8);
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
    }
  }
  atTrigger(text, t, T_ROAD, ROAD, (m) => {
    if (/^(?:I|US|SR|CR|FM)/.test(m[0]) === false && !/^(?:county|state|farm|route|rte|highway|hwy|interstate)/i.test(m[0])) return;
    if (/^i/.test(m[0])) return; // lower-case "i 94" is too weak
    out.push({ start: m.index, end: m.index + m[0].length, type: "ADDRESS", priority: 56 });
  });
  atTrigger(text, t, T_POBOX, PO_BOX, (m) => out.push({ start: m.index, end: m.index + m[0].length, type: "ADDRESS", priority: 58 }));
  // "Springfield, IL 62704", "Fort Worth, Texas", "SPRINGFIELD IL 62704", "Cook County"
  for (let i = 1; i < t.n; i++) {
    const f = t.flags[i]!;
    if (f & F_COUNTY) {
      const a = cityBefore(t, i);
      if (a < i && t.gap[i - 1]! & G_SPACE && (t.mode[a] !== 0 || t.shape[a] !== SHAPE_LOWER)) {
        const c = COUNTRIES.has(t.raw[a]!.toLowerCase()) ? -1 : a;
        if (c >= 0) out.push({ start: t.start[c]!, end: t.end[i]!, type: "LOCATION", priority: 52 });
      }
      continue;
    }
    if (!(f & F_STATE)) continue;
    const prevGap = t.gap[i - 1]!;
    const comma = (prevGap & G_COMMA) !== 0;
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
  }
  atTrigger(text, t, T_ZIPLBL, ZIP_LABEL, (m) => {
    const zs = m.index + m[0].length - m[1]!.length;
    out.push({ start: zs, end: zs + m[1]!.length, type: "ZIP", priority: 60 });
  });
  atTrigger(text, t, T_LIVES, LIVES_IN, (m) => contextual(text, lines, m, out));
  atTrigger(text, t, T_TOWNOF, TOWN_OF, (m) => contextual(text, lines, m, out));
}
