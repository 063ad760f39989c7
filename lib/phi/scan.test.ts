/**
 * The one-pass scan and the numeric patterns tried only at digit runs must
 * give exactly what the separate passes they replaced gave: line modes as
 * lineInfo computes them, the tokenizer's word boundaries, and for every
 * numeric pattern the matches of its global regex over the whole text.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { scan } from "./scan";
import { eachRunMatch, lineInfo, type RunPattern } from "./text";
import { EXIF_AT, ISO_AT, ISO_MONTH_AT, MONTH_DAY_NUMERIC_AT, MONTH_YEAR_NUMERIC_AT, NUMERIC_AT, NUMERIC_SPACED_AT } from "./patterns/dates";
import { INTL_PHONE_AT, IPV4_AT, LOCAL_PHONE_AT, NATIONAL_PHONE_AT, PHONE_AT } from "./patterns/contact";
import { SSN_AT, eachCodeRun } from "./patterns/ids";
import { NUMBER_AT } from "./patterns/ages";
import { digitNeedles, findRecordNumbers } from "./known-find";
import { type Candidate, type PhiType } from "./types";

// Text dense in what the scanners care about: digits, separators, brackets, letters of every case, newlines.
const PIECES = [
  "0", "1", "12", "123", "1234", "555", "0199", "617", "1617", "5550199", "6175550199", "2024", "19", "20", "92", "101", "125", "9", "-", "/", ".", ",", " ", "  ",
  "(", ")", "+", "+1 ", "x", "X", "*", "XXX-XX-", "ext ", "\n", "\t", "a", "Ab", "MRN", "o'", "’s", "-b", "É", "ß", "日",
  ":", "#", "_", "$", "%", "'", "e", "Dr", "MAY", "may", "\r\n", "🙂", " / ", " - ", ". ", "\u00a0", "\u2028", "\v", "1.", "10.", "255.", "ả", "Đặ", "ễ", "e\u0301", "Ş",
];
// Groups of digits joined by the separators numbers are written with: "1617-555-0199", "(617)555 0199", "3/14/52".
const digitGroups = fc
  .array(
    fc.tuple(
      fc.constantFrom("", " ", "-", ".", "/", "(", ")", "+", ") ", " (", ":", "x", " / ", " /", "/ ", " - ", " . ", "\n"),
      fc.oneof(fc.stringMatching(/^\d{1,11}$/), fc.constantFrom("1952", "2024", "03", "14", "1", "12", "192", "10", "1", "255")),
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((gs) => gs.map(([sep, d]) => sep + d).join(""));
// Dates with optional spaces around their separators ("3 / 14 / 1952"), often almost right.
const sepVariant = fc.constantFrom("/", "-", ".", " / ", "/ ", " /", " - ", " . ", "  /", ":");
const dateShapes = fc
  .tuple(fc.stringMatching(/^\d{1,3}$/), sepVariant, fc.stringMatching(/^\d{1,3}$/), sepVariant, fc.constantFrom("1952", "2024", "52", "1852", "0199", "19"))
  .map((xs) => xs.join(""));
const denseText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 }), digitGroups, dateShapes), { maxLength: 40 })
  .map((xs) => xs.join(""));

/** The tokenizer's word boundaries as tokens.ts computed them before the scan took them over. */
function referenceWords(text: string): Array<[number, number]> {
  const isLetter = (c: number) =>
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x36f) || (c >= 0x1e00 && c <= 0x1eff);
  const out: Array<[number, number]> = [];
  const L = text.length;
  let i = 0;
  while (i < L) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    i++;
    for (;;) {
      while (i < L && isLetter(text.charCodeAt(i))) i++;
      const c = text.charCodeAt(i);
      if ((c === 39 || c === 0x2019 || c === 45) && i + 1 < L && isLetter(text.charCodeAt(i + 1))) {
        i += 2;
        continue;
      }
      break;
    }
    let e = i;
    if (e - s > 3 && text.charCodeAt(e - 1) === 115 && (text.charCodeAt(e - 2) === 39 || text.charCodeAt(e - 2) === 0x2019)) e -= 2;
    out.push([s, e]);
  }
  return out;
}

function words(text: string): Array<[number, number]> {
  const sc = scan(text);
  return Array.from({ length: sc.n }, (_, k) => [sc.start[k]!, sc.end[k]!] as [number, number]);
}

function digitRuns(text: string): Array<[number, number]> {
  const sc = scan(text);
  return Array.from({ length: sc.nDigitRuns }, (_, r) => [sc.digits[2 * r]!, sc.digits[2 * r + 1]!] as [number, number]);
}

function globalMatches(re: RegExp, text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push([m.index, m[0]]);
  return out;
}

function runMatches(p: RunPattern, text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  eachRunMatch(p, text, scan(text), (m) => out.push([m.index, m[0]]));
  return out;
}

describe("scan", () => {
  it("gives the line starts and case modes lineInfo gives", () => {
    fc.assert(fc.property(denseText, (text) => {
      expect(scan(text).lines).toEqual(lineInfo(text));
    }), { numRuns: 2000 });
    for (const text of ["", "\n", "ALL CAPS NOTE\nok\nPT SEEN", "all lower case note here\nOK\nmore text here", "Mixed Case\nLINE"]) {
      expect(scan(text).lines).toEqual(lineInfo(text));
    }
  });
  it("gives the tokenizer's word boundaries", () => {
    fc.assert(fc.property(denseText, (text) => {
      expect(words(text)).toEqual(referenceWords(text));
    }), { numRuns: 2000 });
    expect(words("O'Brien's d’Arcy Mary-Jane Smith's x-")).toEqual(referenceWords("O'Brien's d’Arcy Mary-Jane Smith's x-"));
  });
  it("gives every maximal run of digits", () => {
    fc.assert(
      fc.property(denseText, (text) => {
        expect(digitRuns(text)).toEqual([...text.matchAll(/\d+/g)].map((m) => [m.index, m.index + m[0].length]));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("numeric patterns tried at digit runs", () => {
  const patterns: Record<string, RunPattern> = {
    NUMERIC_AT, EXIF_AT, ISO_AT, MONTH_DAY_NUMERIC_AT, MONTH_YEAR_NUMERIC_AT, ISO_MONTH_AT, NUMERIC_SPACED_AT, PHONE_AT, INTL_PHONE_AT, NATIONAL_PHONE_AT, LOCAL_PHONE_AT, IPV4_AT, SSN_AT, NUMBER_AT,
  };
  for (const [name, p] of Object.entries(patterns)) {
    it(`${name} finds what its global regex finds`, () => {
      fc.assert(fc.property(denseText, (text) => {
        expect(runMatches(p, text)).toEqual(globalMatches(p.global, text));
      }), { numRuns: 1500 });
    });
  }
  it("on the shapes each pattern is for", () => {
    const text = [
      "DOB 3/14/1952, 2024-03-14, 14.03.24, seen 4/2 - call +1 (617) 555-0199, 1-617-555-0199, 16175550199, 1617-555-0199,",
      "(617)555 0199 x12, 617.555.0199, 555-0199, SSN 078-05-1120, XXX-XX-1120, ***-**-1234, 10.0.0.1, 92 yo, age 101,",
      "00 481 552, (617) 555 0142, DateTimeOriginal: 2026:06:27 18:54:04",
    ].join("\n");
    for (const p of Object.values(patterns)) expect(runMatches(p, text)).toEqual(globalMatches(p.global, text));
    expect(runMatches(PHONE_AT, text).length).toBeGreaterThanOrEqual(7);
    expect(runMatches(SSN_AT, text).map((m) => m[1])).toEqual(["078-05-1120", "XXX-XX-1120", "***-**-1234"]);
  });
});

describe("record numbers", () => {
  /** Numbers written with separators, as the clusters were first defined. */
  const NUMERIC_CLUSTER = /\d+(?:(?:[ ]?[/.-][ ]?|[ ]|\)[ ]?|[ ]?\()\d+)*/g;
  /** The clusters as they were built from the matches of NUMERIC_CLUSTER: digits, their offsets, group bounds. */
  function clusters(text: string) {
    return globalMatches(NUMERIC_CLUSTER, text).map(([index, s]) => {
      const pos: number[] = [];
      const bounds = new Uint8Array(s.replace(/\D/g, "").length + 1);
      let digits = "";
      let prevDigit = false;
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 48 && c <= 57) {
          if (!prevDigit) bounds[digits.length]! |= 1;
          digits += s[i];
          pos.push(index + i);
          prevDigit = true;
        } else {
          if (prevDigit) bounds[digits.length]! |= 2;
          prevDigit = false;
        }
      }
      bounds[digits.length]! |= 2;
      return { digits, pos, bounds };
    });
  }
  /** How the record's numbers were found before: every occurrence of each needle inside a cluster, aligned to its groups. */
  function reference(text: string, needles: [string, PhiType, boolean][]): Candidate[] {
    const out: Candidate[] = [];
    for (const [needle, type, widen] of needles) {
      for (const c of clusters(text)) {
        for (let k = c.digits.indexOf(needle); k >= 0; k = c.digits.indexOf(needle, k + 1)) {
          const e = k + needle.length;
          if (!(c.bounds[k]! & 1) || !(c.bounds[e]! & 2)) continue;
          let start = c.pos[k]!;
          let end = c.pos[e - 1]! + 1;
          if (widen && text[start - 1] === "(") start--;
          if (widen && text[end] === ")") end++;
          out.push({ start, end, type, priority: 100 });
        }
      }
    }
    return out;
  }
  const key = (c: Candidate) => `${c.start}:${c.end}:${c.type}`;
  const found = (text: string, needles: [string, PhiType, boolean][]) => {
    const out: Candidate[] = [];
    const plan = digitNeedles(needles);
    if (plan) findRecordNumbers(text, scan(text), plan, out);
    return out;
  };
  const types: PhiType[] = ["DATE", "PHONE", "MRN", "ZIP"];
  it("are the needles found inside the clusters of NUMERIC_CLUSTER, aligned to their digit groups", () => {
    fc.assert(
      fc.property(denseText, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...types), fc.boolean()), { minLength: 1, maxLength: 6 }), (text, picks) => {
        // needles taken from the text's own digits (so that they match) and a few that do not
        const all = text.replace(/\D/g, "");
        const needles = picks.map(([a, b, type, widen]): [string, PhiType, boolean] => {
          const s = all.length > 0 ? a % all.length : 0;
          const n = 1 + (b % 11);
          return [all.slice(s, s + n) || String(b % 1000), type, widen];
        });
        const got = [...new Set(found(text, needles).map(key))];
        const want = [...new Set(reference(text, needles).map(key))];
        expect(got.sort()).toEqual(want.sort());
      }),
      { numRuns: 3000 },
    );
  });
  it("on the written shapes of a phone number and a date of birth; a tie takes the first needle's type first", () => {
    const text = "(617) 555-0142, 555 0142 and 3 / 14 / 1952; 6175550142x";
    const needles: [string, PhiType, boolean][] = [["3141952", "DATE", false], ["6175550142", "PHONE", true], ["5550142", "PHONE", false], ["5550142", "MRN", false]];
    const got = found(text, needles).map((c) => [text.slice(c.start, c.end), c.type]);
    expect(got).toEqual([
      ["(617) 555-0142", "PHONE"],
      ["555-0142", "PHONE"],
      ["555-0142", "MRN"],
      ["555 0142", "PHONE"],
      ["555 0142", "MRN"],
      ["3 / 14 / 1952", "DATE"],
      ["6175550142", "PHONE"],
    ]);
  });
});

describe("code runs", () => {
  /** Runs of [0-9A-Za-z-] with a digit, as the code scanner walked them before it started from digit runs. */
  function reference(text: string): number[][] {
    const isRunChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
    const out: number[][] = [];
    let i = 0;
    while (i < text.length) {
      if (!isRunChar(text.charCodeAt(i))) {
        i++;
        continue;
      }
      let s = i;
      let digits = 0;
      let letters = 0;
      let hyphens = 0;
      while (i < text.length && isRunChar(text.charCodeAt(i))) {
        const c = text.charCodeAt(i);
        if (c >= 48 && c <= 57) digits++;
        else if (c === 45) hyphens++;
        else letters++;
        i++;
      }
      if (digits === 0) continue;
      let e = i;
      while (s < e && text.charCodeAt(s) === 45) {
        s++;
        hyphens--;
      }
      while (e > s && text.charCodeAt(e - 1) === 45) {
        e--;
        hyphens--;
      }
      out.push([s, e, digits, letters, hyphens]);
    }
    return out;
  }
  it("are the runs a walk over every character finds", () => {
    fc.assert(
      fc.property(denseText, (text) => {
        const got: number[][] = [];
        eachCodeRun(text, scan(text), (...xs) => got.push(xs));
        expect(got).toEqual(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});
