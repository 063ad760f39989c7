/**
 * Names the dictionaries give away once the context rules have run (names/detect.ts step 7): census first and last
 * name pairs ("John Smith", "John A. Smith"), "Smith, John", a given name and an initial signing a line ("Ava C."),
 * initials signed after a dash ("-- K.L."), "J. Smith" and "H. el Amrani", and a lone census name that is no English
 * word (or a very common name that is a rare word), in mixed case also a capitalised common-word name mid-sentence.
 */
import * as tk from "../tokens";
import { lowerHash } from "../word-table";
import { NAME_PARTS, initialParticlesSurname } from "./fields";
import { stateTail } from "./layout";
import { type NameCtx, colonAfter, continues, eponymHead, fieldStart, len, low, markRange, proper, sentStart, unknownWord } from "./context";

const { F_BLOCK, F_COMMON, F_CRED, F_ENGLISH, F_FIRST, F_FUNC, F_HIGH, F_LABEL, F_LAST, F_NAME, F_STATE, F_TITLE, F_TOP, G_BREAK, G_COLON, G_COMMA, G_DOT, G_NEWLINE, G_PUNCT_AFTER, G_SPACE, SHAPE_CAP, SHAPE_INITIAL, SHAPE_LOWER, SHAPE_UPPER } = tk;
const NAME_LID = lowerHash("name");
/** Chapter and verse after a book's name: " 14:1-3", " 4:9". */
const VERSE_AFTER = /^ \d{1,3}:(?:\d(?!\d)|\d{1,3}-\d)/;

export function dictionaryNames(c: NameCtx): void {
  const { text, t, n, F, S, M, G, mark } = c;
  for (let i = 0; i < n; i++) {
    if (mark[i]) continue;
    const fl = F[i]!;
    if (!(fl & F_NAME) && S[i] !== SHAPE_INITIAL) continue;
    if (!proper(c, i) || stateTail(c, i)) continue;
    const m0 = M[i] === 0;
    // pairs: John Smith, John A. Smith
    if (fl & F_FIRST && !(fl & F_FUNC && !(m0 && S[i] === SHAPE_CAP)) && !(fl & F_BLOCK && fl & F_ENGLISH && !m0)) {
      let j = i + 1;
      if (j + 1 < n && S[j] === SHAPE_INITIAL && G[i]! & G_SPACE && G[j]! & (G_DOT | G_SPACE)) j++;
      if (j < n && continues(c, j) && !eponymHead(c, j)) {
        const fj = F[j]!;
        const lastOk = m0 ? (fj & F_NAME) !== 0 || (S[j] === SHAPE_CAP && unknownWord(c, j)) : (fj & F_NAME) !== 0;
        const bothCommon = fl & F_COMMON && fj & F_COMMON;
        const blocked = (fl & F_BLOCK) !== 0 && (fj & F_BLOCK) !== 0;
        const strongEnough = m0 ? !bothCommon || !sentStart(c, i) : !bothCommon && ((fl | fj) & F_HIGH || !(fl & F_ENGLISH) || !(fj & F_ENGLISH));
        if (lastOk && !blocked && strongEnough && (m0 ? S[j] !== SHAPE_LOWER : !(fj & F_FUNC))) {
          let k = j + 1;
          while (k < n && k - i < 4 && continues(c, k) && F[k]! & F_LAST && !(F[k]! & F_COMMON)) k++;
          markRange(c, i, k, true);
          i = k - 1;
          continue;
        }
      }
    }
    // Ava C.  (signature)
    if ((fl & F_FIRST || ((unknownWord(c, i) || fl & F_LAST) && (G[i + 1]! & (G_NEWLINE | G_COMMA) || i + 2 >= n))) && !(fl & F_FUNC) && !(fl & F_BLOCK && !(G[i + 1]! & G_NEWLINE)) && i + 1 < n && G[i]! & G_SPACE && S[i + 1] === SHAPE_INITIAL && text.charCodeAt(t.end[i + 1]!) === 46 && (i + 2 >= n || G[i + 1]! & (G_BREAK | G_COMMA | G_PUNCT_AFTER)) && (m0 ? S[i] === SHAPE_CAP || S[i] === SHAPE_UPPER : true)) {
      markRange(c, i, i + 2, !(fl & F_COMMON));
      i++;
      continue;
    }
    // Smith, John
    if (fl & F_LAST && i + 1 < n && G[i]! & G_COMMA && F[i + 1]! & F_FIRST && proper(c, i + 1) && !(F[i + 1]! & (F_FUNC | F_BLOCK | F_STATE)) && !(fl & F_BLOCK)) {
      if (!((fl | F[i + 1]!) & F_COMMON) || m0) {
        let k = i + 2;
        while (k < n && k - i < 4 && continues(c, k) && (S[k] === SHAPE_INITIAL || F[k]! & F_FIRST)) k++;
        markRange(c, i, k, true);
        i = k - 1;
        continue;
      }
    }
    // "-- K.L." signed with initials at the start of a line
    if (S[i] === SHAPE_INITIAL && i + 1 < n && S[i + 1] === SHAPE_INITIAL && /^\.[ ]?$/.test(text.slice(t.end[i]!, t.start[i + 1]!)) &&
      /(?:^|\n)[ \t]*[-–—/]{1,3}[ \t]*$/.test(text.slice(Math.max(0, t.start[i]! - 8), t.start[i]!))) {
      let k = i + 1;
      if (k + 1 < n && S[k + 1] === SHAPE_INITIAL && /^\.[ ]?$/.test(text.slice(t.end[k]!, t.start[k + 1]!))) k++;
      if (text.charCodeAt(t.end[k]!) === 46 && /^\.[ \t]*(?:\n|,|$)/.test(text.slice(t.end[k]!, t.end[k]! + 3))) {
        markRange(c, i, k + 1, false);
        i = k;
        continue;
      }
    }
    // "H. el Amrani", "J. van der Berg": an initial, lower-case particles, a capitalised surname (fields.ts)
    if (S[i] === SHAPE_INITIAL && i + 2 < n && G[i]! & G_DOT && S[i + 1] === SHAPE_LOWER && !mark[i]) {
      const k = initialParticlesSurname(c, i);
      if (k > i) {
        i = k;
        continue;
      }
    }
    // J. Smith
    if (S[i] === SHAPE_INITIAL && i + 1 < n && G[i]! & G_DOT && !(i > 0 && /\/\s*$/.test(text.slice(t.end[i - 1]!, t.start[i]!))) && !/(?:\b(?:yo|y\/o|y\.o\.?|old|aged?|sex|gender)|\d)\s*$/i.test(text.slice(Math.max(0, t.start[i]! - 12), t.start[i]!)) && F[i + 1]! & F_LAST && proper(c, i + 1) && !(F[i + 1]! & (F_BLOCK | F_FUNC)) && !(G[i + 1]! & G_COLON) && (!m0 || S[i + 1] === SHAPE_CAP) &&
      // (not a form's "A. First name:", "C. Last name:")
      !(i + 2 < n && t.lid[i + 2] === NAME_LID && colonAfter(c, i + 2) && NAME_PARTS.has(low(c, i + 1)))) {
      markRange(c, i, i + 2, false);
      i++;
      continue;
    }
    // lone names (a state's name alone, "moved from Virginia", is a place a note may keep)
    if (!(fl & F_NAME) || fl & (F_BLOCK | F_FUNC | F_TITLE | F_CRED) || len(c, i) < 2 || eponymHead(c, i)) continue;
    if (fl & F_STATE && len(c, i) > 2) continue;
    // a verse: "John 14:1-3", "Mark 4:9" (a one-digit or ranged verse is no clock time)
    if (text.charCodeAt(t.end[i]!) === 32 && VERSE_AFTER.test(text.slice(t.end[i]!, t.end[i]! + 10))) continue;
    // a field label ("Lang: Spanish", "| Last: ..."), and a label word alone ("Client states")
    if (G[i]! & G_COLON && fieldStart(c, i)) continue;
    if (fl & F_LABEL && (G[i]! & G_COLON || i + 1 >= n || !(G[i]! & G_SPACE) || !(F[i + 1]! & F_NAME))) continue;
    if (m0) {
      const s = S[i];
      if (s === SHAPE_UPPER && (len(c, i) < 4 || fl & F_ENGLISH || !(fl & F_TOP))) continue;
      if (!(fl & F_ENGLISH) || (!(fl & F_COMMON) && fl & F_HIGH)) mark[i] = 1;
      else if (fl & F_COMMON && s === SHAPE_CAP && !sentStart(c, i) && i > 0 && S[i - 1] === SHAPE_LOWER && len(c, i - 1) > 1 && !(F[i - 1]! & F_FUNC && /^(?:the|a|an|of|for|to|in|on|at|by|and|or)$/.test(t.raw[i - 1]!)) && !(G[i]! & G_COLON) && !(i + 1 < n && G[i]! & G_SPACE && S[i + 1] === SHAPE_CAP && !(F[i + 1]! & F_NAME))) mark[i] = 1;
    } else if (len(c, i) >= 3 && fl & F_TOP && (!(fl & F_ENGLISH) || (!(fl & F_COMMON) && fl & F_HIGH))) {
      mark[i] = 1;
    }
  }
}
