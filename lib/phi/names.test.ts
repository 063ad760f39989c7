import { describe, expect, it } from "vitest";
import { found, valuesOf } from "./test-helpers";

describe("names from context", () => {
  it("after titles and roles", () => {
    expect(valuesOf("Seen by Dr. Okonkwo-Reyes and RN Lopez; Mrs. Abernathy agrees.", "NAME")).toEqual(["Okonkwo-Reyes", "Lopez", "Abernathy"]);
  });
  it("before credentials", () => {
    expect(valuesOf("Jane Q. Doe, RN\nT. Nguyen, NP\nAdaeze Mensah MD", "NAME")).toEqual(["Jane Q. Doe", "T. Nguyen", "Adaeze Mensah"]);
  });
  it("after and before relation words", () => {
    expect(valuesOf("Daughter Hope at bedside. Priyanka (niece) called. Ray, pt's grandson, drove.", "NAME")).toEqual(["Hope", "Priyanka", "Ray"]);
  });
  it("after labels and cue verbs, in letters and sign-offs", () => {
    const text = "Patient: Ximena Suzuki\nCaller: Tadhg\nDear Dr. Lindqvist,\nI saw my patient, Kwame Asante, today. Spoke with Ingrid.\nSincerely,\nOluwaseun Adeyemi";
    expect(valuesOf(text, "NAME")).toEqual(["Ximena Suzuki", "Tadhg", "Lindqvist", "Kwame Asante", "Ingrid", "Oluwaseun Adeyemi"]);
  });
  it("'<Name> is a 45 yo' and '<Name> called'", () => {
    expect(valuesOf("Will is a 45 yo M. Rose called back.", "NAME")).toEqual(["Will", "Rose"]);
  });
  it("every later mention of a confirmed name", () => {
    expect(valuesOf("Dr. Tesfaye saw pt. Plan per Tesfaye.", "NAME")).toEqual(["Tesfaye", "Tesfaye"]);
  });
});

describe("names from dictionaries", () => {
  it("first + last, last-first, initial + last", () => {
    expect(valuesOf("Maria Gonzalez arrived. Guarantor Smith, Robert. J. Whitaker signed.", "NAME")).toEqual(["Maria Gonzalez", "Smith, Robert", "J. Whitaker"]);
  });
  it("a lone name that is not a word", () => {
    expect(valuesOf("Gonzalez reports less pain.", "NAME")).toEqual(["Gonzalez"]);
  });
  it("in ALL CAPS notes, with context", () => {
    expect(valuesOf("PT SEEN WITH DAUGHTER MARIA. DR KAPLAN AWARE. SON, WILL, AT BEDSIDE.", "NAME")).toEqual(["MARIA", "KAPLAN", "WILL"]);
  });
});

describe("words that are not names", () => {
  it.each([
    "Pt will call back tomorrow.",
    "May need a refill. Hope to wean O2.",
    "BP rose to 160 after walking.",
    "WILL RECHECK BMP IN AM. MAY DC TOMORROW.",
    "Foley catheter in place. Holter monitor placed.",
    "Hx Graves disease, Parkinson's, Crohn's and Bell's palsy.",
    "Started Eliquis; continue Lasix; Xarelto held.",
    "Brown sputum, frank blood, long-term use.",
    "Plan: follow up in 2 weeks.",
    "Mark on the shin; bill sent to insurance.",
    "Murphy sign negative. Homans sign negative.",
    "He is a 45 yo M.",
  ])("%s", (s) => {
    expect(found(s)).toEqual([]);
  });
});
