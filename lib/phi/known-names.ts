/**
 * The record's names (the patient's and other people's) in a note: any case,
 * nicknames, last-name-first, initials ("J.S.", "JS", "J. Smith"). A record
 * name that is also a common word ("Hope", "Will") counts when written like a
 * name or next to another part of the name.
 */
import { type Candidate, type PersonName } from "./types";
import { nicknamesOf } from "./names/nicknames";
import { type Tokens } from "./tokens";
import * as tk from "./tokens";
// Bind once: module namespace/export getters are slow in hot loops.
const { apostropheFree, rawOf, wordFlags, F_BLOCK, F_COMMON, F_ENGLISH, F_FUNC, SHAPE_INITIAL, SHAPE_UPPER } = tk;
import { emitNameSpans } from "./names/emit";
import { ScratchBytes, ScratchInts } from "./scan";
import { lowerHash } from "./word-table";

const kwScratch = new ScratchInts();
const hitScratch = new ScratchBytes();

const P = 100;

interface NameInfo {
  /** Initials this spelling can combine with. */
  person: number;
}

function collectNames(people: PersonName[]): { words: Map<string, NameInfo>; initials: Map<string, number> } {
  const words = new Map<string, NameInfo>();
  const initials = new Map<string, number>();
  people.forEach((p, idx) => {
    const firsts = [p.firstName, ...(p.nicknames ?? []), ...nicknamesOf(p.firstName ?? "")];
    const parts = [...firsts, p.lastName, p.middleName].filter((x): x is string => !!x && x.trim().length > 1);
    for (const part of parts) {
      for (const w of part.toLowerCase().split(/[\s]+/)) {
        if (w.length > 1) words.set(w, { person: idx });
        // hyphenated and apostrophe names: also their parts / stripped form
        if (w.includes("-")) for (const h of w.split("-")) if (h.length > 2) words.set(h, { person: idx });
      }
    }
    const f = (p.firstName ?? "").trim()[0]?.toLowerCase();
    const l = (p.lastName ?? "").trim()[0]?.toLowerCase();
    const m = (p.middleName ?? "").trim()[0]?.toLowerCase();
    if (f && l) {
      initials.set(f + l, idx);
      if (m) initials.set(f + m + l, idx);
    }
  });
  return { words, initials };
}

export interface NamePlan {
  words: Map<string, NameInfo>;
  initials: Map<string, number>;
  /** lengthOk[n] = 1 when a name word has n or n - 1 characters (a token may carry an apostrophe). */
  lengthOk: Uint8Array;
  /** The entries of `words` by word length, for matching a token without lower-casing a copy of it. */
  byLength: (NameWord[] | undefined)[];
  /** Each person's first initial, lower-cased ("" when none). */
  firstInitials: string[];
  /**
   * A 256-bit filter of the (first, second) ASCII characters a name word can match a token with (lower-cased;
   * the second may be an apostrophe the match skips): most tokens are ruled out without a compare.
   */
  pairs: Int32Array;
  /** initialStart[c] = 1 when some record initials ("js", "jas") start with the ASCII letter c. */
  initialStart: Uint8Array;
  /** The lower-case hashes of the initials, to rule tokens out without lower-casing them. */
  initialLids: Set<number>;
  /** Person (index + 1) by the lower-case hash (word-table lowerHash) of each name word. */
  byLid: Map<number, number>;
  /** A 1,024-bit filter of byLid's keys: most tokens are ruled out without a map lookup. */
  lidBits: Int32Array;
}

interface NameWord {
  word: string;
  person: number;
}

/** Plans by value (first, last, middle names and nicknames of everyone), so a rebuilt record costs no rebuild. */
const namePlans = new Map<string, NamePlan>();

export function namePlan(people: PersonName[]): NamePlan {
  const key = JSON.stringify(people.map((p) => [p.firstName, p.lastName, p.middleName, p.nicknames]));
  let plan = namePlans.get(key);
  if (plan) return plan;
  const { words, initials } = collectNames(people);
  let max = 0;
  for (const w of words.keys()) max = Math.max(max, w.length);
  const lengthOk = new Uint8Array(max + 2);
  const byLength: (NameWord[] | undefined)[] = [];
  for (const [word, info] of words) {
    lengthOk[word.length] = lengthOk[word.length + 1] = 1;
    (byLength[word.length] ??= []).push({ word, person: info.person });
  }
  const firstInitials = people.map((p) => p?.firstName?.[0]?.toLowerCase() ?? "");
  const pairs = new Int32Array(8);
  const addPair = (a: number, b: number) => {
    const bit = pairBit(a, b);
    pairs[bit >>> 5]! |= 1 << (bit & 31);
  };
  for (const word of words.keys()) {
    const w0 = word.charCodeAt(0);
    const w1 = word.charCodeAt(1);
    if (w0 >= 128) continue; // an ASCII token never matches it
    addPair(w0, 39); // "O'Neil" for "oneil"
    if (w1 < 128) addPair(w0, w1);
  }
  const initialStart = new Uint8Array(128);
  for (const k of initials.keys()) if (k.charCodeAt(0) < 128) initialStart[k.charCodeAt(0)] = 1;
  const byLid = new Map<number, number>();
  // the first person a word belongs to, as words.get gives it
  for (const [word, info] of words) {
    const lid = lowerHash(word);
    if (!byLid.has(lid)) byLid.set(lid, info.person + 1);
  }
  const lidBits = new Int32Array(32);
  for (const lid of byLid.keys()) lidBits[(lid >>> 5) & 31]! |= 1 << (lid & 31);
  const initialLids = new Set([...initials.keys()].map(lowerHash));
  plan = { words, initials, lengthOk, byLength, firstInitials, pairs, initialStart, initialLids, byLid, lidBits };
  if (namePlans.size >= 256) namePlans.clear();
  namePlans.set(key, plan);
  return plan;
}

/**
 * The person (index + 1) whose name word text[s, e) is, compared case-insensitively, also with apostrophes
 * removed; 0 when none. Same result as looking up the lower-cased token (and then its apostrophe-free form)
 * in `plan.words`; a token outside ASCII takes exactly that path.
 */
export function nameWordAt(text: string, s: number, e: number, plan: NamePlan): number {
  if (e - s >= 2) {
    const c0 = text.charCodeAt(s);
    const c1 = text.charCodeAt(s + 1);
    if (c0 < 128 && c1 < 128 && c0 !== 39) {
      const bit = pairBit(foldAscii(c0), foldAscii(c1));
      if ((plan.pairs[bit >>> 5]! & (1 << (bit & 31))) === 0) return 0;
    }
  }
  let apostrophes = 0;
  for (let q = s; q < e; q++) {
    const c = text.charCodeAt(q);
    if (c >= 128) {
      const lw = text.slice(s, e).toLowerCase();
      const info = plan.words.get(lw) ?? plan.words.get(apostropheFree(lw));
      return info ? info.person + 1 : 0;
    }
    if (c === 39) apostrophes++;
  }
  const exact = matchFolded(text, s, e, plan.byLength[e - s], false);
  if (exact > 0 || apostrophes === 0) return exact;
  return matchFolded(text, s, e, plan.byLength[e - s - apostrophes], true);
}

/** Bit 0-255 of a pair of ASCII characters in NamePlan.pairs. */
function pairBit(a: number, b: number): number {
  return Math.imul((a << 7) | b, 0x9e3779b1) >>> 24;
}

/** An ASCII capital to its small letter; any other code unit as it is. */
function foldAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** The person (index + 1) of the first word in `bucket` equal to ASCII text[s, e) lower-cased (skipping ' when asked). */
function matchFolded(text: string, s: number, e: number, bucket: NameWord[] | undefined, skipApostrophes: boolean): number {
  if (!bucket) return 0;
  for (const { word, person } of bucket) {
    let q = 0;
    let k = s;
    for (; k < e; k++) {
      let c = text.charCodeAt(k);
      if (c === 39 && skipApostrophes) continue;
      if (c >= 65 && c <= 90) c += 32;
      if (c !== word.charCodeAt(q)) break;
      q++;
    }
    if (k === e && q === word.length) return person + 1;
  }
  return 0;
}

function lower(t: Tokens, text: string, i: number): string {
  return rawOf(t, text, i).toLowerCase();
}

/** The text between token i and the next one. */
function gapAt(t: Tokens, text: string, i: number): string {
  return text.slice(t.end[i]!, t.start[i + 1] ?? t.end[i]!);
}

export function nameSpans(text: string, t: Tokens, plan: NamePlan, out: Candidate[]): void {
  const { lengthOk, byLid, lidBits } = plan;
  // which tokens are one of the known name words (person index + 1), with a cheap length filter first
  const kw = kwScratch.take(t.n);
  let found = 0;
  for (let i = 0; i < t.n; i++) {
    const len = t.end[i]! - t.start[i]!;
    if (len >= lengthOk.length || !lengthOk[len]) continue;
    if (t.raw[i] !== "") {
      // the token's lower-case hashes, as words.get(lower-cased) ?? words.get(without apostrophes)
      const lid = t.lid[i]!;
      const lid2 = t.lid2[i]!;
      let person = (lidBits[(lid >>> 5) & 31]! & (1 << (lid & 31))) !== 0 ? byLid.get(lid) ?? 0 : 0;
      if (person === 0 && lid2 !== lid && (lidBits[(lid2 >>> 5) & 31]! & (1 << (lid2 & 31))) !== 0) person = byLid.get(lid2) ?? 0;
      kw[i] = person;
    } else kw[i] = nameWordAt(text, t.start[i]!, t.end[i]!, plan);
    found |= kw[i]!;
  }
  const hit = hitScratch.take(t.n);
  // no name word of the record in the note: only initials ("J.S.", "JS") can still be there
  if (found !== 0) matchWords(text, t, plan, kw, hit);
  matchInitials(text, t, plan, hit);
  emitNameSpans(text, t, hit, out, P);
}

/** Record name words as names: written like a name, next to another part of it, or after a title. */
function matchWords(text: string, t: Tokens, plan: NamePlan, kw: Int32Array, hit: Uint8Array): void {
  const { firstInitials } = plan;
  for (let i = 0; i < t.n; i++) {
    if (!kw[i]) continue;
    const fl = t.shape[i] === 0 && t.mode[i] === 0 ? wordFlags(rawOf(t, text, i)) : t.flags[i]!;
    const ambiguous = (fl & (F_COMMON | F_FUNC)) !== 0 || ((fl & F_BLOCK) !== 0 && (fl & F_ENGLISH) !== 0);
    // A record name that is also a common word ("Will", "Hope", "Brown") counts when written like a name.
    if (ambiguous && t.shape[i] === 0 && t.mode[i] === 0) continue;
    if (ambiguous && t.mode[i] === 2) continue;
    hit[i] = 1;
  }
  // two parts of the same person's name side by side ("grace long"), or an initial and a last name ("g. long")
  for (let i = 0; i + 1 < t.n; i++) {
    const b = kw[i + 1]! - 1;
    if (b < 0 || !(kw[i] || t.shape[i] === SHAPE_INITIAL) || !/^[ \t.,]{1,3}$/.test(gapAt(t, text, i))) continue;
    if ((kw[i]! - 1 === b && lower(t, text, i) !== lower(t, text, i + 1)) || (t.shape[i] === SHAPE_INITIAL && firstInitials[b] === lower(t, text, i))) {
      hit[i] = 1;
      hit[i + 1] = 1;
    }
  }
  // lower-case common-word names next to another part of the name: "will brown"
  for (let i = 0; i < t.n; i++) {
    if (hit[i] || !kw[i]) continue;
    const near = (i > 0 && hit[i - 1] && /^[ \t,]{1,3}$/.test(gapAt(t, text, i - 1))) || (i + 1 < t.n && hit[i + 1] && /^[ \t,]{1,3}$/.test(gapAt(t, text, i)));
    const titled = i > 0 && /^(?:dr|mr|mrs|ms|miss)$/.test(lower(t, text, i - 1));
    if (near || titled) hit[i] = 1;
  }
}

/**
 * text[a, b) is an optional `mark` character, then `min` to `max` spaces or tabs (what /^[mark]?[ \t]{min,max}$/ tests,
 * without building the string).
 */
function gapIs(text: string, a: number, b: number, mark: number, min: number, max: number): boolean {
  let p = a;
  if (p < b && text.charCodeAt(p) === mark) p++;
  const spaces = b - p;
  if (spaces < min || spaces > max) return false;
  for (; p < b; p++) {
    const c = text.charCodeAt(p);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Initials: "J. Smith", "J.S.", "JS", "J S". */
function matchInitials(text: string, t: Tokens, plan: NamePlan, hit: Uint8Array): void {
  const { initials } = plan;
  for (let i = 0; i < t.n; i++) {
    if (hit[i]) continue;
    if (t.shape[i] === SHAPE_INITIAL) {
      const nextHit = i + 1 < t.n && hit[i + 1] && gapIs(text, t.end[i]!, t.start[i + 1]!, 46, 0, 2);
      const prevHit = i > 0 && hit[i - 1] && gapIs(text, t.end[i - 1]!, t.start[i]!, 44, 1, 2);
      if (nextHit || prevHit) {
        hit[i] = 1;
        continue;
      }
      // dotted initials J.S. / J. S. / J.A.S. (only from a letter some record initials start with)
      const c0 = text.charCodeAt(t.start[i]!);
      if (c0 < 128 && plan.initialStart[foldAscii(c0)] === 0) continue;
      let j = i;
      let letters = "";
      for (;;) {
        letters += lower(t, text, j);
        if (letters.length < 3 && j + 1 < t.n && t.shape[j + 1] === SHAPE_INITIAL && /^\.[ \t]?$/.test(gapAt(t, text, j))) j++;
        else break;
      }
      if (letters.length >= 2 && initials.has(letters) && text.charCodeAt(t.end[j]!) === 46) {
        for (let k = i; k <= j; k++) hit[k] = 1;
        i = j;
      }
    } else if (
      t.shape[i] === SHAPE_UPPER &&
      t.end[i]! - t.start[i]! <= 3 &&
      (text.charCodeAt(t.start[i]!) >= 128 || plan.initialStart[foldAscii(text.charCodeAt(t.start[i]!))] === 1) &&
      (t.raw[i] !== "" ? plan.initialLids.has(t.lid[i]!) && initials.has(lower(t, text, i)) : initials.has(lower(t, text, i)))
    ) {
      const fl = t.flags[i]!;
      if (!(fl & (F_BLOCK | F_ENGLISH | F_FUNC))) hit[i] = 1;
    }
  }
}
