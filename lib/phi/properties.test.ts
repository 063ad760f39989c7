import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { minimize } from "./minimize";
import { rehydrate, createStreamRehydrator } from "./rehydrate";
import { detect } from "./detect";
import { type Vault } from "./vault";
import { type KnownIdentifiers } from "./types";

// Fragments that look like what notes contain, placeholders and brackets included, so that the
// properties exercise the detectors and the placeholder grammar, not only random noise.
const FRAGMENTS = [
  "Dr. Lopez", "Ann Lee", "Mrs. Hope", "daughter Rose", "Smith, John", "J. Whitaker, RN", "3/14/2024", "March 3, 2024",
  "on 4/2", "(617) 555-0199", "Fax: 617-555-0123", "MRN 00123456", "SSN 078-05-1120", "a@b.co", "https://x.example.org/p",
  "10.0.0.1", "12 Main St", "Springfield, IL 62704", "St. Mary's Hospital", "[NAME_1]", "[DATE_2 (3 days before visit)]",
  "NAME_3", "{{PHONE_1}}", "[", "]", "{", "}", "<", ">", "(", ")", "'s", "’s", "\\[", "1/2 tab", "BP 120/80", "E11.9",
  " ", "\n", ", ", ". ", "will", "May", "ÄÖÜ", "日本", "🙂", "\u0130", "ß",
];
const noteText = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 }), fc.string({ unit: "binary", maxLength: 8 })), { maxLength: 30 }).map((xs) => xs.join(""));
const ageFragments = fc.constantFrom("92 yo", "aged 101", "a 95-year-old", "93 y/o F");

describe("round trip", () => {
  it("rehydrate(minimize(x).text, vault).text === x for arbitrary text", () => {
    fc.assert(
      fc.property(noteText, (x) => {
        // ages over 89 are aggregated to "90+" by default (not restorable by design); random text can read as one
        // ("90m" is a 90-year-old man), so they are kept as placeholders here
        const m = minimize(x, { ages: "placeholder" });
        expect(rehydrate(m.text, m.vault).text).toBe(x);
      }),
      { numRuns: 400 },
    );
  });
  it("by default, only ages over 89 change: each becomes 90+", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(noteText, ageFragments), { maxLength: 6 }).map((xs) => xs.join(" ")), (x) => {
        const m = minimize(x);
        let expected = "";
        let at = 0;
        for (const s of detect(x).filter((s) => s.type === "AGE")) {
          expected += x.slice(at, s.start) + "90+";
          at = s.end;
        }
        expect(rehydrate(m.text, m.vault).text).toBe(expected + x.slice(at));
      }),
      { numRuns: 200 },
    );
  });
  it("also with date offsets and restorable ages", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(noteText, ageFragments), { maxLength: 6 }).map((xs) => xs.join(" ")), (x) => {
        const m = minimize(x, { anchorDate: "2024-03-14", ages: "placeholder" });
        expect(rehydrate(m.text, m.vault).text).toBe(x);
      }),
      { numRuns: 200 },
    );
  });
  it("the same value always gets the same placeholder", () => {
    fc.assert(
      fc.property(noteText, (x) => {
        const m = minimize(`${x} Dr. Lopez ${x} Dr. Lopez`);
        const values = Object.values(m.vault.entries).map((e) => `${e.type}\u0000${e.value}`);
        expect(new Set(values).size).toBe(values.length);
      }),
      { numRuns: 100 },
    );
  });
});

// Synthetic patients. Names that are ordinary words are written where a name goes, in the
// forms notes use; a lone lower-case common word ("spoke with will") is a documented limit.
const firsts = ["William", "Maria", "Oluwaseun", "Hope", "Xiaoming", "Grace", "Jose", "Priyanka", "Bill"];
const lasts = ["Nguyen", "Brown", "Okafor", "Garcia-Lopez", "Whitaker", "O'Brien", "Kowalczyk", "Long"];
const patient = fc.record({
  first: fc.constantFrom(...firsts),
  last: fc.constantFrom(...lasts),
  y: fc.integer({ min: 1925, max: 2015 }),
  mo: fc.integer({ min: 1, max: 12 }),
  d: fc.integer({ min: 1, max: 28 }),
  mrn: fc.stringMatching(/^[0-9]{6,9}$/),
  area: fc.integer({ min: 201, max: 989 }),
  ex: fc.integer({ min: 200, max: 999 }),
  line: fc.integer({ min: 0, max: 9999 }),
});

describe("known identifiers never survive minimize", () => {
  it("in any of their spellings", () => {
    fc.assert(
      fc.property(patient, fc.integer({ min: 0, max: 3 }), (p, caseMode) => {
        const pad = (n: number, w = 2) => String(n).padStart(w, "0");
        const phone = `${p.area}${p.ex}${pad(p.line, 4)}`;
        const known: KnownIdentifiers = {
          patient: { firstName: p.first, lastName: p.last, dob: `${p.y}-${pad(p.mo)}-${pad(p.d)}`, mrn: p.mrn, phone },
        };
        const yy = String(p.y).slice(2);
        let note = [
          `Patient: ${p.last}, ${p.first}`,
          `DOB ${pad(p.mo)}/${pad(p.d)}/${p.y}; also written ${p.mo}-${p.d}-${yy} and ${pad(p.mo)}${pad(p.d)}${p.y}.`,
          `MRN ${p.mrn.slice(0, 3)}-${p.mrn.slice(3)} / ${p.mrn}.`,
          `Call (${p.area}) ${p.ex}-${pad(p.line, 4)} or ${phone}.`,
          `${p.first} ${p.last} was seen; Mr. ${p.last} and ${p.first[0]}. ${p.last} agree. ${p.first.toUpperCase()} ${p.last.toUpperCase()} signed.`,
        ].join("\n");
        if (caseMode === 1) note = note.toUpperCase();
        if (caseMode === 2) note = note.toLowerCase();
        const out = minimize(note, { known }).text;
        const words = (s: string) => s.toLowerCase().split(/[^a-z0-9']+/).filter(Boolean);
        const outWords = new Set(words(out));
        for (const part of [...words(p.first), ...words(p.last)]) expect(outWords.has(part), `${part} in ${out}`).toBe(false);
        const digits = out.replace(/\[[^\]]*\]/g, " ").replace(/\D+/g, " ");
        for (const v of [p.mrn, phone, `${pad(p.mo)}${pad(p.d)}${p.y}`]) expect(digits.includes(v), `${v} in ${out}`).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});

// Mangling placeholders the way models do.
const VAULT: Vault = {
  version: 1,
  entries: {
    NAME_1: { type: "NAME", value: "Ann Lee" },
    NAME_2: { type: "NAME", value: "Dr. Lopez" },
    DATE_1: { type: "DATE", value: "3/14/2024", annotation: "day of visit" },
    HEALTH_PLAN_1: { type: "HEALTH_PLAN", value: "XJH123" },
  },
};
const keys = Object.keys(VAULT.entries);
const mangled = fc.record({
  key: fc.constantFrom(...keys),
  lower: fc.boolean(),
  inner: fc.constantFrom("", " ", "  "),
  sep: fc.constantFrom("_", " ", "-"),
  brackets: fc.constantFrom("[]", "{}", "<>", "[[]]", "{{}}", "none"),
  possessive: fc.constantFrom("", "'s", "’s"),
  annotate: fc.boolean(),
});
type Mangled = { key: string; lower: boolean; inner: string; sep: string; brackets: string; possessive: string; annotate: boolean };

function render(m: Mangled): { model: string; expected: string } {
  const entry = VAULT.entries[m.key]!;
  const [type, n] = [m.key.slice(0, m.key.lastIndexOf("_")), m.key.slice(m.key.lastIndexOf("_") + 1)];
  let core = m.brackets === "none" ? `${type}_${n}` : `${type}${m.sep}${n}`;
  if (m.lower) core = core.toLowerCase();
  const note = m.annotate && entry.annotation && m.brackets !== "none" ? ` (${entry.annotation})` : "";
  if (m.brackets === "none") return { model: `${core}${m.possessive}`, expected: `${entry.value}${m.possessive}` };
  const half = m.brackets.length / 2;
  const [open, close] = [m.brackets.slice(0, half), m.brackets.slice(half)];
  return { model: `${open}${m.inner}${core}${note}${m.possessive}${m.inner}${close}`, expected: `${entry.value}${m.possessive}` };
}

const filler = fc.constantFrom(" and ", " saw ", ". ", "\n", ", then ", " (see chart) ", " — ");

describe("mangled placeholders", () => {
  it("are restored", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(mangled, filler), { minLength: 1, maxLength: 6 }), (parts) => {
        const model = parts.map(([m, f]) => render(m).model + f).join("");
        const expected = parts.map(([m, f]) => render(m).expected + f).join("");
        const r = rehydrate(model, VAULT);
        expect(r.text).toBe(expected);
        expect(r.unknownPlaceholders).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
  it("are restored when split across streamed chunks", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(mangled, filler), { minLength: 1, maxLength: 6 }), fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 12 }), (parts, cuts) => {
        const model = parts.map(([m, f]) => render(m).model + f).join("");
        const points = [...new Set(cuts.map((c) => c % (model.length + 1)))].sort((a, b) => a - b);
        const s = createStreamRehydrator(VAULT);
        let out = "";
        let prev = 0;
        for (const p of [...points, model.length]) {
          out += s.push(model.slice(prev, p));
          prev = p;
        }
        out += s.end();
        expect(out).toBe(rehydrate(model, VAULT).text);
      }),
      { numRuns: 400 },
    );
  });
  it("are restored when the held-back tail would start inside a placeholder (found by the property above)", () => {
    for (const model of ["NAME_1 and NAME_1 and HEALTH_PLAN_1's and ", "NAME_2 saw NAME_1, then HEALTH_PLAN 1 and ", "xx name-1 and DATE_1 and NAME_2 and NAME_1 — "]) {
      const s = createStreamRehydrator(VAULT);
      expect(s.push(model) + s.end()).toBe(rehydrate(model, VAULT).text);
    }
  });
  it("streaming equals one-shot rehydration for arbitrary text", () => {
    fc.assert(
      fc.property(noteText, fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 8 }), (model, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (model.length + 1)))].sort((a, b) => a - b);
        const s = createStreamRehydrator(VAULT);
        let out = "";
        let prev = 0;
        for (const p of [...points, model.length]) {
          out += s.push(model.slice(prev, p));
          prev = p;
        }
        expect(out + s.end()).toBe(rehydrate(model, VAULT).text);
      }),
      { numRuns: 300 },
    );
  });
});

describe("unknown placeholders", () => {
  it("are reported, never filled in", () => {
    fc.assert(
      fc.property(fc.constantFrom("NAME", "DATE", "PHONE", "MRN", "ID"), fc.integer({ min: 2, max: 999 }), (type, n) => {
        const key = `${type}_${n}`;
        fc.pre(!(key in VAULT.entries));
        const r = rehydrate(`x [${key}] y ${key.toLowerCase()} z`, VAULT);
        expect(r.text).toBe(`x [${key}] y ${key.toLowerCase()} z`);
        expect(r.unknownPlaceholders).toEqual([`[${key}]`, key.toLowerCase()]);
        for (const e of Object.values(VAULT.entries)) expect(r.text.includes(e.value)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
