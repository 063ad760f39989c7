/**
 * The placeholder grammar: "[TYPE_N]" or "[TYPE_N (annotation)]", and the
 * tolerant recogniser used by rehydrate: any case, spaces inside, a space or
 * hyphen for the underscore, {..} <..> [[..]] {{..}} \[..\] brackets,
 * a possessive inside the brackets, or no brackets at all ("NAME_1").
 */
import { PHI_TYPES, type PhiType } from "./types";

const TYPE_ALT = [...PHI_TYPES]
  .sort((a, b) => b.length - a.length)
  .map((t) => t.replace(/_/g, "[ _-]?"))
  .join("|");

const OPEN_CLOSE: Record<string, string> = { "[[": "]]", "{{": "}}", "[": "]", "{": "}", "<": ">", "\\[": "\\]" };

// open, type, number, annotation, possessive, close   |   bare type, bare number, bare annotation
export const PLACEHOLDER_RE = new RegExp(
  `(\\[\\[|\\{\\{|\\\\\\[|\\[|\\{|<)[ \\t]{0,3}(${TYPE_ALT})[ \\t]{0,2}[ _-]?[ \\t]{0,2}(\\d{1,6})[ \\t]{0,3}(\\([^()\\[\\]{}<>\\n]{0,80}\\))?[ \\t]{0,2}(['’]s)?[ \\t]{0,3}(\\]\\]|\\}\\}|\\\\\\]|\\]|\\}|>)` +
    `|(?<![A-Za-z0-9_])(${TYPE_ALT.replace(/\[ _-\]\?/g, "_")})_(\\d{1,6})(?![0-9])( \\([^()\\[\\]{}<>\\n]{0,80}\\))?`,
  "gi",
);

export interface PlaceholderMatch {
  start: number;
  end: number;
  /** Canonical key, e.g. "NAME_1". */
  key: string;
  annotation?: string;
  possessive?: string;
  bracketed: boolean;
}

/** A placeholder's type and number anywhere, whatever stands before or after it ("10.0.0.1NAME_3", "xNAME 3"). */
const KEY_ANYWHERE = new RegExp(`(${TYPE_ALT})[ \\t]{0,2}[ _-]?[ \\t]{0,2}(\\d{1,6})`, "gi");

/**
 * Every key the text could be read as holding once identifiers around it are replaced: the recogniser only takes a
 * bare "NAME_3" that no letter or digit touches, and minimize may replace the "10.0.0.1" before it by "[IP_1]".
 * minimize reserves these keys, so that no placeholder it writes can be confused with the text's own.
 */
export function keysAnywhere(text: string): string[] {
  const out: string[] = [];
  KEY_ANYWHERE.lastIndex = 0;
  for (let m = KEY_ANYWHERE.exec(text); m !== null; m = KEY_ANYWHERE.exec(text)) {
    const type = canonicalType(m[1]!);
    if (type) out.push(`${type}_${Number(m[2])}`);
  }
  return out;
}

export function canonicalType(raw: string): PhiType | null {
  const t = raw.toUpperCase().replace(/[ -]/g, "_");
  for (const p of PHI_TYPES) if (p === t || p.replace(/_/g, "") === t.replace(/_/g, "")) return p;
  return null;
}

/** All placeholder-looking substrings, with balanced brackets only. */
export function findPlaceholders(text: string): PlaceholderMatch[] {
  const out: PlaceholderMatch[] = [];
  PLACEHOLDER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLACEHOLDER_RE.exec(text)) !== null) {
    if (m[1] !== undefined) {
      let open = m[1];
      const close = m[6]!;
      let start = m.index;
      let end = m.index + m[0].length;
      if (OPEN_CLOSE[open] !== close) {
        // "[[NAME_1]" -> the inner "[NAME_1]"; "[NAME_1]]" -> "[NAME_1]"; otherwise not a placeholder here
        if (open.length === 2 && OPEN_CLOSE[open[1]!] === close) {
          open = open[1]!;
          start += 1;
        } else if (close.length === 2 && OPEN_CLOSE[open] === close[1]) {
          end -= 1;
        } else if (open === "\\[" && close === "]") {
          start += 1;
        } else {
          PLACEHOLDER_RE.lastIndex = m.index + 1;
          continue;
        }
      }
      const type = canonicalType(m[2]!);
      if (!type) continue;
      const pm: PlaceholderMatch = { start, end, key: `${type}_${Number(m[3])}`, bracketed: true };
      PLACEHOLDER_RE.lastIndex = end;
      if (m[4]) pm.annotation = m[4];
      if (m[5]) pm.possessive = m[5];
      out.push(pm);
    } else {
      const type = canonicalType(m[7]!);
      if (!type) continue;
      const pm: PlaceholderMatch = { start: m.index, end: m.index + m[0].length, key: `${type}_${Number(m[8])}`, bracketed: false };
      if (m[9]) pm.annotation = m[9];
      out.push(pm);
    }
  }
  return out;
}

export function formatPlaceholder(key: string, annotation?: string): string {
  return annotation ? `[${key} (${annotation})]` : `[${key}]`;
}
