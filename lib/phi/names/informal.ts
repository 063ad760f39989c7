/**
 * Names in informal messages (patient portal, texts), where capitals say little: a greeting ("hey Alek -", "dear dr
 * ristana linsey -"), a writer who introduces themselves ("its alexander thao the wife", "this is katherine
 * ngwazi."), a relative named in lower case before what is said about them ("my husband olavi d'amico birthday ...")
 * and a name alone on the line after "thank u so much" or "God bless,". Only words that read as a name count: a
 * census name that is no common word, or a word that is no English word at all.
 */
import * as tk from "../tokens";
import { type NameCtx, len, low, markRange } from "./context";
import { PARTICLES } from "./emit";
import { lowerHash } from "../word-table";
// Bind once: module namespace/export getters are slow in hot loops.
const { rawOf, wordFlags, F_BLOCK, F_COMMON, F_ENGLISH, F_FUNC, F_NAME, F_REL, F_STATE, F_TITLE, G_NEWLINE, SHAPE_CAP, SHAPE_INITIAL, SHAPE_LOWER, SHAPE_UPPER } = tk;

const GREETINGS = new Set(["hi", "hey", "hello", "dear", "hiya"]);
/** What a writer says about a relative right after naming them: "born", "birthday", "(dob", "has", "was"... */
const ABOUT = /^[ \t]*(?:\(?dob\b|\(|born\b|birthday\b|b-day\b|bday\b|has\b|had\b|was\b|is\b|got\b|ran\b|needs\b|fell\b)/i;
/** A line that ends a message before the writer's name. */
const SIGN_OFF = /(?:thank(?:s| you| u)(?: (?:so|very) much)?|\bty|god bless|blessings|sincerely|regards|best|take care)[ \t,.!]*$/i;

/** Token i reads as a name whatever its case: a census name that is no common word, or no English word. */
function nameish(c: NameCtx, i: number): boolean {
  if (i < 0 || i >= c.n || len(c, i) < 2) return false;
  const w = rawOf(c.t, c.text, i);
  if (PARTICLES.has(w.toLowerCase())) return true;
  // (a lower-case word in mixed-case text carries no dictionary flags from the tokenizer)
  const f = c.M[i] === 0 && c.S[i] === SHAPE_LOWER ? wordFlags(w) : c.F[i]!;
  if (f & (F_FUNC | F_TITLE | F_REL | F_STATE)) return false;
  if (f & F_NAME) return (f & (F_COMMON | F_BLOCK)) === 0;
  return (f & (F_ENGLISH | F_BLOCK)) === 0;
}

/** The end (exclusive) of a run of up to `max` name-like tokens from i joined by single spaces or hyphens. */
function run(c: NameCtx, i: number, max = 3): number {
  const { t, text } = c;
  let j = i;
  while (j < c.n && j - i < max && nameish(c, j) && (j === i || /^[ \t-]$/.test(text.slice(t.end[j - 1]!, t.start[j]!)))) j++;
  // a run that is nothing but particles is no name
  for (let k = i; k < j; k++) if (!PARTICLES.has(low(c, k))) return j;
  return i;
}

const GREETING_LIDS = new Set([...GREETINGS].map(lowerHash));
const THIS = lowerHash("this");
const IS = lowerHash("is");
const ITS = lowerHash("its");
const IT = lowerHash("it");
const IM = lowerHash("i'm");
const IM2 = lowerHash("im");
const POSSESSIVES = new Set(["my", "her", "his", "our", "their"].map(lowerHash));
/** A 1,024-bit filter of the words that open a greeting or a self-introduction: most tokens fail it at once. */
const OPENERS = new Int32Array(32);
for (const lid of [...GREETING_LIDS, THIS, ITS, IT, IM, IM2]) OPENERS[(lid >>> 5) & 31]! |= 1 << (lid & 31);

export function informalNames(c: NameCtx): void {
  const { t, text, n, G, M, S } = c;
  // (the words looked for are all in the tokenizer's small table, so they carry their lower-case hash in any case)
  for (let i = 0; i + 1 < n; i++) {
    if (M[i] === 1) continue; // not on all-caps lines
    const lid = t.lid[i]!;
    if (lid === 0) continue;
    if ((OPENERS[(lid >>> 5) & 31]! & (1 << (lid & 31))) === 0) {
      // "my husband olavi d'amico birthday July 14", "my mom ed powlowski born March 25"
      if (c.F[i]! & F_REL && i > 0 && POSSESSIVES.has(t.lid[i - 1]!)) {
        const e = run(c, i + 1);
        if (e > i + 1 && ABOUT.test(text.slice(t.end[e - 1]!, t.end[e - 1]! + 12))) markRange(c, i + 1, e, true);
      }
      continue;
    }
    const lineStart = i === 0 || (G[i - 1]! & G_NEWLINE) !== 0;
    // "hey Alek -", "dear dr ristana linsey -", "hi Dagmāra,"
    if (lineStart && GREETING_LIDS.has(lid)) {
      let j = i + 1;
      if (low(c, j) === "dr") j++;
      const e = run(c, j, 2);
      if (e > j && /^[ \t]*(?:[,!-]|\n|$)/.test(text.slice(t.end[e - 1]!, t.end[e - 1]! + 3))) markRange(c, j, e, false);
      continue;
    }
    // "this is katherine ngwazi.", "its alexander thao the wife", "It's Ilyas Biteye", "I'm Bo Day"
    let j = -1;
    if (lid === THIS && t.lid[i + 1] === IS) j = i + 2;
    else if (lid === ITS || lid === IM || lid === IM2) j = i + 1;
    else if (lid === IT && /^['’]s[ \t]/.test(text.slice(t.end[i]!, t.end[i]! + 3))) j = i + 1;
    if (j > 0 && j < n) {
      const e = run(c, j);
      if (e > j && S[j] !== SHAPE_INITIAL) markRange(c, j, e, true);
    }
  }
  chatSpeakers(c);
  mentions(c);
  // a name alone on the line after "thank u so much" / "God bless,": among the last five lines of the message (a
  // portal's footer may follow the name)
  let from = n;
  for (let lines = 0; from > 1 && lines < 5; ) if (G[--from - 1]! & G_NEWLINE) lines++;
  for (let i = Math.max(1, from); i < n; i++) {
    if (M[i] === 1 || !(G[i - 1]! & G_NEWLINE)) continue;
    const lineEnd = text.indexOf("\n", t.start[i]!);
    const e = run(c, i);
    if (e === i || t.end[e - 1]! !== (lineEnd < 0 ? text.length : lineEnd) - (text[lineEnd - 1] === "\r" ? 1 : 0)) continue;
    const prevLineEnd = text.lastIndexOf("\n", t.start[i]! - 1);
    const prevLine = text.slice(text.lastIndexOf("\n", prevLineEnd - 1) + 1, prevLineEnd);
    if (SIGN_OFF.test(prevLine)) markRange(c, i, e, true);
  }
}

/** A chat line's time stamp before its speaker: "09:05 ", "[8:22 PM] ", "14:03:11 - ", "[2/19/25, 6:41:37 AM] ". */
const STAMP = /(?:^|\n)[ \t]*\[?(?:\d{1,2}\/\d{1,2}\/\d{2,4},?[ ]+)?\d{1,2}:\d\d(?::\d\d)?(?:[ ]?[ap]\.?m\.?)?\]?[ \t]+(?:-[ \t]+)?$/i;

/**
 * The speakers of a chat log, whatever their case: "09:05 dr cornelissen: yes", "09:14 jaimy: says...". After "dr"
 * any one or two words before the colon; otherwise words that read as a name (see nameish).
 */
const AMPM = /^[ap]m$/i;
const DATED_STAMP = /\[\d{1,2}\/\d{1,2}\/\d{2,4},?[ ]+\d{1,2}:\d\d(?::\d\d)?(?:[ ]?[ap]\.?m\.?)?\][ \t]+$/i;
function chatSpeakers(c: NameCtx): void {
  const { t, text, n, G, S } = c;
  for (let i = 0; i < n; i++) {
    // the first word of its line, or the first after a stamp's "AM"/"PM"
    if (i > 0 && !(G[i - 1]! & G_NEWLINE) && !((i === 1 || G[i - 2]! & G_NEWLINE) && AMPM.test(text.slice(t.start[i - 1]!, t.end[i - 1]!)))) continue;
    const s = t.start[i]!;
    if (s === 0 || !stampBefore(text, s) || !STAMP.test(text.slice(Math.max(0, s - 32), s))) continue;
    const titled = low(c, i) === "dr" && i + 1 < n;
    const j = titled ? i + 1 : i;
    let e = j;
    if (titled) {
      while (e < n && e - j < 2 && (e === j || /^[ \t-]$/.test(text.slice(t.end[e - 1]!, t.start[e]!)))) e++;
    } else {
      e = run(c, j, 2);
      // after a chat export's bracketed date and time ("[2/19/25, 6:41:37 AM] Honor:", "Svetlana May:") the speaker's
      // slot takes any capitalised words, English words too
      if (DATED_STAMP.test(text.slice(Math.max(0, s - 32), s))) {
        let k = j;
        while (k < n && k - j < 3 && (S[k] === SHAPE_CAP || S[k] === SHAPE_UPPER) && (k === j || /^[ \t-]$/.test(text.slice(t.end[k - 1]!, t.start[k]!)))) k++;
        if (k > e) e = k;
      }
    }
    if (e > j && /^[ \t]*:/.test(text.slice(t.end[e - 1]!, t.end[e - 1]! + 3))) markRange(c, j, e, true);
  }
}

/** "@Honor can u pick up...": a capitalised word right after an "@" that opens a word (not an e-mail's) mentions a person. */
function mentions(c: NameCtx): void {
  const { t, text, n, S } = c;
  if (!text.includes("@")) return;
  for (let i = 0; i < n; i++) {
    const s = t.start[i]!;
    if (s < 1 || text.charCodeAt(s - 1) !== 64 || (S[i] !== SHAPE_CAP && S[i] !== SHAPE_UPPER)) continue;
    const b = s >= 2 ? text.charCodeAt(s - 2) : 32;
    if (b === 32 || b === 10 || b === 9 || b === 40 || s === 1) markRange(c, i, i + 1, true);
  }
}

/** A digit and a colon among the 12 characters before `s` on its line: the cheap test before the time-stamp pattern. */
function stampBefore(text: string, s: number): boolean {
  let digit = false;
  let colon = false;
  for (let p = s - 1, k = 0; p >= 0 && k < 12; p--, k++) {
    const ch = text.charCodeAt(p);
    if (ch === 10) break;
    if (ch >= 48 && ch <= 57) digit = true;
    else if (ch === 58) colon = true;
  }
  return digit && colon;
}
