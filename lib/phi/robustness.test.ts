import { describe, expect, it } from "vitest";
import { detect } from "./detect";
import { minimize } from "./minimize";
import { rehydrate, createStreamRehydrator } from "./rehydrate";

// Adversarial inputs for the regular expressions: these must finish (linear patterns, no
// catastrophic backtracking). Speed itself is measured by `npm run bench:phi`, not asserted here.
const N = 20_000;
const ADVERSARIAL: Record<string, string> = {
  digits: "1".repeat(N),
  "digit groups": "12-".repeat(N / 3),
  slashes: "1/".repeat(N / 2),
  dots: "1.".repeat(N / 2),
  letters: "a".repeat(N),
  "capital words": "Smith ".repeat(N / 6),
  "caps words": "DR ".repeat(N / 3),
  "e-mail-ish": "a.".repeat(N / 2) + "@",
  "at signs": "a@".repeat(N / 2),
  "url-ish": "http://" + "a.".repeat(N / 2),
  domains: "x.".repeat(N / 2) + "com",
  colons: "a:".repeat(N / 2),
  brackets: "[".repeat(N),
  "placeholder-ish": "[NAME_".repeat(N / 6),
  "open parens": "(".repeat(N),
  spaces: " ".repeat(N),
  newlines: "\n".repeat(N),
  "street-ish": "12 Oak ".repeat(N / 7),
  "dates-ish": "3/14 ".repeat(N / 5),
  unicode: "日本語🙂".repeat(N / 5),
  "json-ish": '{"city":["' + '","'.repeat(N / 3),
  "json objects": '{"organization":{'.repeat(N / 17) + '"display":"x"',
  "hl7-ish": "PID|" + "^|~".repeat(N / 3),
  "spaced table": "Patient  Age  By\n" + "Ann Lee  44  AB\n".repeat(N / 15),
  "x12-ish": "ISA*00~NM1*" + "IL*1*A*".repeat(N / 7) + "~",
  "x12 segments": "NM1*IL*1*DOE*JO~\n".repeat(N / 17),
  "comb boxes": "LAST NAME |" + "W ".repeat(N / 2) + "|",
  "many boxes": "CITY |W I L|".repeat(N / 12),
  "zpl-ish": "^FD" + "A,".repeat(N / 2) + "^FS",
  "cda-ish": '<id root="2.16.840.1.113883.4.1" extension="'.repeat(N / 48),
  "law-firm-ish": "Aa & ".repeat(N / 5) + "LLP",
  "declarant-ish": "I, " + "Ann ".repeat(N / 4),
};

describe("adversarial inputs finish", () => {
  it.each(Object.entries(ADVERSARIAL))("%s", (_name, text) => {
    const spans = detect(text);
    expect(Array.isArray(spans)).toBe(true);
    const m = minimize(text);
    expect(rehydrate(m.text, m.vault).text).toBe(text);
    const s = createStreamRehydrator(m.vault);
    expect(s.push(text) + s.end()).toBe(rehydrate(text, m.vault).text);
  });
  it("empty text", () => {
    expect(detect("")).toEqual([]);
    expect(minimize("")).toEqual({ text: "", vault: { version: 1, entries: {} }, receipt: { counts: {}, distinct: {}, total: 0 } });
  });
});
