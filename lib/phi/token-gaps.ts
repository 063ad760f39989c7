/** The kind of gap between two tokens (spaces, a comma, a period, a line break...), as bit flags. */

/** Gap after a token (to the next token). */
export const G_SPACE = 1 << 0; // 1-3 spaces/tabs only
export const G_BREAK = 1 << 1; // sentence-ish break: . ! ? : ; newline bullet or a digit
export const G_COMMA = 1 << 2; // "," then 0-2 spaces
export const G_DOT = 1 << 3; // "." then 0-2 spaces (initials)
export const G_HYPHEN = 1 << 4; // "-" alone
export const G_COLON = 1 << 5; // optional spaces, ":" or "=", optional spaces
export const G_NEWLINE = 1 << 6;
export const G_REL = 1 << 7; // spaces with at most one of , : ( - (or a ")" and one space)
export const G_POSS = 1 << 8; // "'s " or "' " then spaces (possessive before a head noun)
export const G_OPEN_PAREN = 1 << 9; // spaces with "(" , "," "-" or "–" (name before a relation)
export const G_PUNCT_AFTER = 1 << 10; // starts with , . ; : ) ( or end

export function gapKind(text: string, a: number, b: number): number {
  const len = b - a;
  if (len === 0) return 0;
  const q = text.charCodeAt(a);
  if ((q === 39 || q === 0x2019) && len >= 2) {
    const k = text.charCodeAt(a + 1) === 115 ? a + 2 : a + 1;
    let allSpace = k < b;
    for (let i = k; i < b; i++) if (text.charCodeAt(i) !== 32) allSpace = false;
    if (allSpace) return G_POSS;
  }
  let spaces = 0;
  let commas = 0;
  let dots = 0;
  let colons = 0;
  let opens = 0;
  let hyph = 0;
  let closes = 0;
  let other = 0;
  let brk = false;
  let nl = false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    // double quotes around a nickname are as a space ("Caller: \"Faith\" Kis", "Robert \u201cBob\u201d Smith")
    if (c === 32 || c === 9 || c === 34 || c === 0x201c || c === 0x201d) spaces++;
    else if (c === 44) commas++;
    else if (c === 46) {
      dots++;
      brk = true;
    } else if (c === 58 || c === 61) {
      colons++;
      brk = true;
    } else if (c === 40) opens++;
    else if (c === 41) closes++;
    else if (c === 45 || c === 0x2013) hyph++;
    else {
      other++;
      if (c === 10 || c === 13) nl = true;
      if (c === 10 || c === 13 || c === 33 || c === 63 || c === 59 || c === 0x2022 || c === 42 || c === 62 || c === 124 || (c >= 48 && c <= 57)) brk = true;
    }
  }
  let g = 0;
  if (brk) g |= G_BREAK;
  if (nl) g |= G_NEWLINE;
  const c0 = text.charCodeAt(a);
  let fp = a;
  while (fp < b && (text.charCodeAt(fp) === 32 || text.charCodeAt(fp) === 9)) fp++;
  const cp = fp < b ? text.charCodeAt(fp) : 10;
  if (cp === 44 || cp === 46 || cp === 59 || cp === 58 || cp === 41 || cp === 40 || cp === 10 || cp === 13) g |= G_PUNCT_AFTER;
  if (other > 0) return g;
  // (a closing bracket counts only for G_REL: a relation glossed in brackets before the name, "သမီး (daughter) Naw")
  const punct = commas + dots + colons + opens + hyph + closes;
  if (punct === 0 && spaces >= 1 && spaces <= 3) g |= G_SPACE;
  if (commas === 1 && punct === 1 && c0 === 44 && spaces <= 2) g |= G_COMMA;
  if (dots === 1 && punct === 1 && c0 === 46 && spaces <= 2) g |= G_DOT;
  if (hyph === 1 && punct === 1 && spaces === 0) g |= G_HYPHEN;
  if (colons === 1 && punct === 1 && spaces <= 4) g |= G_COLON;
  if (punct <= 1 && opens + commas + colons + hyph + closes === punct && spaces <= (closes > 0 ? 1 : 3)) g |= G_REL;
  if (punct === 1 && (opens === 1 || commas === 1 || hyph === 1) && spaces <= 3) g |= G_OPEN_PAREN;
  return g;
}

/** gapKind of every one- and two-character ASCII gap, filled on first use (gapKind reads only text[a, b)). */
const MEMO1 = new Int32Array(128).fill(-1);
const MEMO2 = new Int32Array(128 * 128).fill(-1);

/**
 * The gap kind the tokenizer records: gapKind, memoised for the short ASCII gaps that separate most words
 * (", ", ". ", ":\n"...); a single space between words is G_SPACE | G_REL.
 */
export function gapKindMemo(text: string, a: number, b: number): number {
  const len = b - a;
  if (len === 1) {
    const c = text.charCodeAt(a);
    if (c === 32) return G_SPACE | G_REL;
    if (c < 128) {
      const g = MEMO1[c]!;
      return g >= 0 ? g : (MEMO1[c] = gapKind(text, a, b));
    }
  } else if (len === 2) {
    const c0 = text.charCodeAt(a);
    const c1 = text.charCodeAt(a + 1);
    if (c0 < 128 && c1 < 128) {
      const i = (c0 << 7) | c1;
      const g = MEMO2[i]!;
      return g >= 0 ? g : (MEMO2[i] = gapKind(text, a, b));
    }
  }
  return gapKind(text, a, b);
}
