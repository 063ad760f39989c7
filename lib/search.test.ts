import { describe, expect, test } from "vitest";
import { parsePatientQuery, searchKey } from "./search";

describe("patient search input", () => {
  test("MRNs with or without prefix and separators", () => {
    expect(parsePatientQuery("MRN-1100042")).toEqual({ kind: "mrn", mrn: "MRN-1100042" });
    expect(parsePatientQuery("mrn 1100042")).toEqual({ kind: "mrn", mrn: "MRN-1100042" });
    expect(parsePatientQuery("1100042")).toEqual({ kind: "mrn", mrn: "MRN-1100042" });
    expect(parsePatientQuery("mrn-a-0001")).toEqual({ kind: "mrn", mrn: "MRN-A-0001" });
  });
  test("dates of birth in ISO and US forms; impossible dates refused", () => {
    expect(parsePatientQuery("1984-3-7")).toEqual({ kind: "dob", dob: "1984-03-07" });
    expect(parsePatientQuery("3/7/1984")).toEqual({ kind: "dob", dob: "1984-03-07" });
    expect(parsePatientQuery("13/7/1984")).toBeNull();
  });
  test("names: one word, last-comma-first, first last", () => {
    expect(parsePatientQuery("Ashdown")).toEqual({ kind: "name", last: "ashdown", either: true });
    expect(parsePatientQuery("Ashdown, Avery")).toEqual({ kind: "name", last: "ashdown", first: "avery", either: false });
    expect(parsePatientQuery("Avery Ashdown")).toEqual({ kind: "name", last: "ashdown", first: "avery", either: false });
  });
  test("too short or too long is no query", () => {
    expect(parsePatientQuery("a")).toBeNull();
    expect(parsePatientQuery("x".repeat(101))).toBeNull();
  });
  test("keys fold case and accents", () => {
    expect(searchKey("Zoë Ångström")).toBe("zoe angstrom");
  });
});
