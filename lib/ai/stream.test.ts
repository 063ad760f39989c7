/**
 * Streamed drafts: placeholders split across chunks at every position, and
 * mangled by the model, come back as the original values; headings split
 * across chunks never show as text. Synthetic data only.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createStreamRehydrator, minimize, rehydrate } from "../phi";
import { splitSections, soapUserMessage, ageBand } from "./prompt";

const known = {
  patient: { firstName: "Orlaith", lastName: "Vandersloot", dob: "1971-08-02", mrn: "MRN-Q-0042", phone: "(555) 310-2288" },
  otherPeople: [{ firstName: "Bertrand", lastName: "Okafor" }],
};
const source =
  "Orlaith Vandersloot (MRN-Q-0042) came with her husband Bertrand Okafor. Call 555-310-2288. Likely sinusitis. Start saline rinses.";

function modelAnswer(minimised: string) {
  const [s1, s2, s3, s4] = minimised.split(/(?<=\.)\s+/);
  return `Subjective:\n${s1} ${s2}\n\nObjective:\n${s3 ?? ""}\n\nAssessment:\n${s4 ?? ""}\n\nPlan:\nFollow up.`;
}

function streamed(answer: string, cuts: number[], vault: ReturnType<typeof minimize>["vault"]) {
  const r = createStreamRehydrator(vault);
  let out = "";
  let pos = 0;
  const views: ReturnType<typeof splitSections>[] = [];
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    out += r.push(answer.slice(pos, cut));
    views.push(splitSections(out));
    pos = cut;
  }
  out += r.push(answer.slice(pos));
  out += r.end();
  return { out, views };
}

describe("streamed rehydration of a draft", () => {
  const min = minimize(source, { known });
  const answer = modelAnswer(min.text);
  const whole = rehydrate(answer, min.vault).text;

  it("the whole answer rehydrates to the identifiers", () => {
    expect(min.text).not.toContain("Vandersloot");
    expect(whole).toContain("Orlaith Vandersloot");
    expect(whole).toContain("Bertrand Okafor");
  });

  it("equals whole-text rehydration for any chunking, and no partial view shows a placeholder fragment or a heading", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: answer.length - 1 }), { maxLength: 40 }), (cuts) => {
        const { out, views } = streamed(answer, cuts, min.vault);
        expect(out).toBe(whole);
        for (const v of views) {
          for (const text of Object.values(v)) {
            expect(text).not.toMatch(/\[[A-Z]*_?\d*$/);
            expect(text).not.toMatch(/^(Subjective|Objective|Assessment|Plan):/m);
          }
        }
        expect(splitSections(out, true)).toEqual(splitSections(whole, true));
      }),
      { numRuns: 300 },
    );
  });

  it("placeholders the model mangled (case, spacing, brackets, possessive) still come back, even split", () => {
    const name = Object.entries(min.vault.entries).find(([, e]) => e.value === "Orlaith Vandersloot" || e.value.startsWith("Orlaith"))![0];
    const mangled = `Subjective:\n[${name.toLowerCase()}] and [ ${name} ] and ${name}'s cough and {${name}}.`;
    const expected = rehydrate(mangled, min.vault).text;
    expect(expected).not.toContain(name);
    expect(expected.toLowerCase()).not.toContain(name.toLowerCase());
    for (let cut = 1; cut < mangled.length; cut++) {
      expect(streamed(mangled, [cut], min.vault).out).toBe(expected);
    }
  });
});

describe("prompt pieces", () => {
  it("age bands are ten years wide and 90+ is one band", () => {
    const at = Date.UTC(2026, 5, 1);
    expect(ageBand("1971-08-02", at)).toBe("50-59");
    expect(ageBand("1930-01-01", at)).toBe("90+");
    expect(ageBand("2026-01-01", at)).toBe("under 1");
  });

  it("the user message carries only the minimum context fields and the visit text", () => {
    const m = soapUserMessage({ ageBand: "50-59", sex: "female", problems: [], medications: ["Lisinopril 10 mg oral daily"], allergies: [], vitals: null, chiefComplaint: null }, "Cough.");
    expect(m.split("\n")).toEqual([
      "<context>", "Age band: 50-59", "Sex: female", "Chief complaint: not recorded", "Problems: none recorded",
      "Medications: Lisinopril 10 mg oral daily", "Allergies: none recorded", "Vitals: none recorded", "</context>", "<visit_text>", "Cough.", "</visit_text>",
    ]);
  });
});
