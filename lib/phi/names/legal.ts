/**
 * Names in legal boilerplate: the person who declares in a certificate or an affidavit ("I, Cash J. Gebremedhin, am
 * the duly authorized custodian ..."), and the attorneys' surnames in a law firm's name ("Barakat & Peña LLP",
 * "Do & Holloway Law Group"). Neither has a word before it that any other name rule reads as a cue.
 */
import { type Candidate } from "../types";
import * as tk from "../tokens";
import { type NameCtx, markRange } from "./context";
import { pushGroups } from "../text";
// Bind once: module namespace/export getters are slow in hot loops.
const { G_BREAK, G_COMMA, G_NEWLINE, SHAPE_CAP, SHAPE_INITIAL, SHAPE_UPPER } = tk;

/** What follows the declarant's name and its comma: "am", "being", "the undersigned", "hereby", "do solemnly". */
const DECLARES = /^,[ \t]+(?:am|being|the|hereby|do|declare|certify|swear|residing|of\s+lawful)\b/i;

/** "I, <Name>, am ...": one to four capitalised words or initials between "I," and the comma before the verb. */
export function declarant(c: NameCtx): void {
  const { t, text, n, S, M, G } = c;
  if (!text.includes("I, ")) return;
  for (let i = 0; i + 1 < n; i++) {
    if (S[i] !== SHAPE_INITIAL || text.charCodeAt(t.start[i]!) !== 73 || !(G[i]! & G_COMMA)) continue;
    if (i > 0 && !(G[i - 1]! & (G_BREAK | G_NEWLINE))) continue;
    let k = i + 1;
    while (k < n && k - i <= 4 && M[k] === 0 && (S[k] === SHAPE_CAP || S[k] === SHAPE_UPPER || S[k] === SHAPE_INITIAL) && !(G[k]! & G_COMMA)) k++;
    if (k >= n || k - i > 4 || !(S[k] === SHAPE_CAP || S[k] === SHAPE_UPPER) || !DECLARES.test(text.slice(t.end[k]!, t.end[k]! + 24))) continue;
    markRange(c, i + 1, k + 1, true);
  }
}

/** Two or three surnames joined by "&" before a law firm's suffix: "Barakat & Peña LLP", "Le Blanc & Okonkwo Law Group". */
const LAW_FIRM = /(?<![\p{L}])((?:[A-Z][\p{L}'’-]+[ ]){0,1}[A-Z][\p{L}'’-]+)(?:,[ ]([A-Z][\p{L}'’-]+))?,?[ ]&[ ]([A-Z][\p{L}'’-]+),?[ ](?:Law[ ]Group|Law[ ]Offices?|Law[ ]Firm|LLP|PLLC|LLC|P\.?C\.|Attorneys)(?![\p{L}])/dgu;

export function lawFirms(text: string, out: Candidate[]): void {
  // (the cheap tests first: an "&" between words and a firm's suffix somewhere in the note)
  if (text.includes(" & ") && (text.includes("LL") || text.includes("Law") || text.includes("PC") || text.includes("P.C") || text.includes("Attorneys"))) {
    pushGroups(LAW_FIRM, text, "NAME", 40, out);
  }
}
