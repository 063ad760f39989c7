/**
 * Initials that sign a line: after a dash or a signature's label at the line's end ("called lab — JG", "ok to
 * resubmit - KH", "Signature JWB"), or the same initials closing two or more lines of a log after a field gap of two
 * spaces after words ("homesick, stomachache - rest  HBH"; not after a grid's numbers, "+1.75  MED"). Not a code
 * status, an acknowledgement or a clinical abbreviation ("Status — DNR", "x — ACK", "meds held  NPO").
 */
import * as tk from "../tokens";
import { type NameCtx, initialsAt, markRange } from "./context";
import { lineStartWithin } from "../text";

const { F_ENGLISH, SHAPE_UPPER } = tk;

/** A dash with spaces around it, or a signature's label, just before a line's closing initials. */
const SIGNED_BEFORE = /(?:[^\s—–-](?:[ \t]*(?:—|–)|[ \t]+--?)[ \t]*|\b(?:[Ss]ignature|SIGNATURE|[Ss]igned|SIGNED|[Ii]nitials|INITIALS)[ \t]*:?[ \t]+)$/;
/** A dash's signature needs a sentence before it on its line: two words ("called lab — JG"; not "Allergy — PCN"). */
const TWO_WORDS_BEFORE = /[A-Za-z]{2,}[^A-Za-z\n]+[A-Za-z]{2,}[^\n]*$/;
/** A field gap of two spaces or more after the line's text. */
const GAP_BEFORE = /[^\s][ \t]{2,}$/;
/**
 * What closes a line and is no one's initials: code status, "left AMA", "LM" (left a message), an acknowledgement, a
 * pharmacy's or a scheduler's status ("RTS" returned to stock, "PU" picked up, "CXL", "NS" no-show).
 */
const NOT_SIGNED =
  /^(?:DNR|DNI|AMA|LM|LVM|VM|OK|NA|NC|WNL|FYI|TBD|ACK|NAK|RTS|PU|CXL|NS|DC|IP|OP|PCN|OOB|BRP|VRE|CDI|ETT|ABG|BLE|SVT|PVC|SBA|CGA|MOD|IND|HEP|ST|SNF|ALF|HH|AMB|WC|RW|GT|FC|CAM|NRS|VAS|ADT|ORU|ORM|SIU|MDM|DFT|EOD|EOS|DBG|ERR|LOG|MSG|SENT|PT|OT|SLP|RT|ED|ER|OR|ICU|PACU|LTC|HHA|DME|PRN|STAT|ASAP|NKA|NKDA)$/;
/** Nothing but spaces before the line's end. */
const LINE_END = /^[ \t]*(?:\r?\n|$)/;

/** The line's text before `at`, up to 80 characters of it, without the dash and the spaces before `at`. */
function lineBefore(text: string, at: number): string {
  const start = lineStartWithin(text, at, 80);
  const a = start < 0 ? at - 80 : start;
  return text.slice(a, at).replace(/[ \t]*(?:—|–|--?)[ \t]*$/, "");
}

/** The line's field before the gap that ends at `at` has a letter in it. */
function wordsBefore(text: string, at: number): boolean {
  let q = at;
  while (q > 0 && (text.charCodeAt(q - 1) === 32 || text.charCodeAt(q - 1) === 9)) q--;
  for (; q > 0; q--) {
    const ch = text.charCodeAt(q - 1);
    if (ch === 10 || ((ch === 32 || ch === 9) && (text.charCodeAt(q - 2) === 32 || text.charCodeAt(q - 2) === 9))) return false;
    if ((ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122)) return true;
  }
  return false;
}

export function signedInitials(c: NameCtx): void {
  const { t, text, n, M, S, mark } = c;
  // initials closing a line after a field gap, by spelling: signed only when two or more lines close with them
  let gapped: Map<string, number[]> | null = null;
  for (let i = 1; i < n; i++) {
    if (S[i] !== SHAPE_UPPER || M[i] !== 0 || mark[i] || !LINE_END.test(text.slice(t.end[i]!, t.end[i]! + 3))) continue;
    const word = text.slice(t.start[i]!, t.end[i]!);
    if (NOT_SIGNED.test(word) || !initialsAt(c, i)) continue;
    const before = text.slice(Math.max(0, t.start[i]! - 14), t.start[i]!);
    if (SIGNED_BEFORE.test(before) && (/ignature|IGNATURE|igned|IGNED|nitials|NITIALS/.test(before) || TWO_WORDS_BEFORE.test(lineBefore(text, t.start[i]!)))) markRange(c, i, i + 1, false);
    // (not a grid's last column: the field before it has words, "tick removed - rest  HBH", not numbers, "+1.75  MED")
    else if (GAP_BEFORE.test(before) && !(c.F[i]! & F_ENGLISH) && wordsBefore(text, t.start[i]!)) {
      gapped ??= new Map();
      const at = gapped.get(word);
      if (at) at.push(i);
      else gapped.set(word, [i]);
    }
  }
  if (gapped) for (const at of gapped.values()) if (at.length >= 2) for (const k of at) markRange(c, k, k + 1, false);
}
