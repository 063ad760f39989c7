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
import { ISO_AT, ISO_MONTH_AT, MONTH_DAY_NUMERIC_AT, MONTH_YEAR_NUMERIC_AT, NUMERIC_AT, NUMERIC_SPACED_AT } from "./patterns/dates";
import { INTL_PHONE_AT, IPV4_AT, LOCAL_PHONE_AT, NATIONAL_PHONE_AT, PHONE_AT } from "./patterns/contact";
import { SSN_AT, eachCodeRun } from "./patterns/ids";
import { NUMBER_AT } from "./patterns/ages";
import { clusters } from "./known-find";

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
    NUMERIC_AT, ISO_AT, MONTH_DAY_NUMERIC_AT, MONTH_YEAR_NUMERIC_AT, ISO_MONTH_AT, NUMERIC_SPACED_AT, PHONE_AT, INTL_PHONE_AT, NATIONAL_PHONE_AT, LOCAL_PHONE_AT, IPV4_AT, SSN_AT, NUMBER_AT,
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
      "00 481 552, (617) 555 0142",
    ].join("\n");
    for (const p of Object.values(patterns)) expect(runMatches(p, text)).toEqual(globalMatches(p.global, text));
    expect(runMatches(PHONE_AT, text).length).toBeGreaterThanOrEqual(7);
    expect(runMatches(SSN_AT, text).map((m) => m[1])).toEqual(["078-05-1120", "XXX-XX-1120", "***-**-1234"]);
  });
});

describe("numeric clusters", () => {
  /** Numbers written with separators, as the clusters were first defined. */
  const NUMERIC_CLUSTER = /\d+(?:(?:[ ]?[/.-][ ]?|[ ]|\)[ ]?|[ ]?\()\d+)*/g;
  /** The clusters as they were built from the matches of NUMERIC_CLUSTER. */
  function reference(text: string, minDigits: number) {
    return globalMatches(NUMERIC_CLUSTER, text).flatMap(([index, s]) => {
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
      return digits.length >= minDigits ? [{ start: index, digits, pos, bounds }] : [];
    });
  }
  it("are the matches of NUMERIC_CLUSTER with enough digits, with their digit positions and group bounds", () => {
    fc.assert(
      fc.property(denseText, fc.integer({ min: 1, max: 9 }), (text, minDigits) => {
        expect(clusters(text, scan(text), minDigits)).toEqual(reference(text, minDigits));
      }),
      { numRuns: 3000 },
    );
    expect(clusters("(617) 555-0142 and 3 / 14 / 1952", scan("(617) 555-0142 and 3 / 14 / 1952"), 1).map((c) => c.digits)).toEqual(["6175550142", "3141952"]);
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
