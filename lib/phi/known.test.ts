import { describe, expect, it } from "vitest";
import { covered, found, valuesOf } from "./test-helpers";
import { type KnownIdentifiers } from "./types";

const known: KnownIdentifiers = {
  patient: {
    firstName: "William",
    lastName: "Hope",
    middleName: "Andrew",
    dob: "1952-03-07",
    mrn: "00-481-552",
    phone: "(617) 555-0142",
    email: "w.hope52@example.com",
    address: { line1: "12 North Maple Street", city: "Mobile", state: "AL", zip: "36602" },
  },
  otherPeople: [{ firstName: "Rose", lastName: "Tran" }],
};

describe("known identifiers", () => {
  it("finds the patient's name in any case, order and form", () => {
    const text = "HOPE, WILLIAM A seen. Bill says Mr. hope is better. W.A.H. signed. william hope here. Hope to see him.";
    const names = valuesOf(text, "NAME", { known });
    expect(names).toContain("HOPE, WILLIAM A");
    expect(names).toContain("Bill");
    expect(names).toContain("hope");
    expect(names).toContain("W.A.H.");
    expect(names).toContain("william hope");
  });
  it("finds other people", () => {
    expect(valuesOf("rose tran called; TRAN agrees", "NAME", { known })).toEqual(["rose tran", "TRAN"]);
  });
  it("finds the DOB in any format", () => {
    for (const d of ["03/07/1952", "3/7/52", "1952-03-07", "03071952", "030752", "7.3.1952"]) {
      expect(covered(`DOB ${d}.`, d, { known })).toBe(true);
    }
  });
  it("finds the phone and MRN with or without separators", () => {
    for (const p of ["617-555-0142", "6175550142", "(617)555 0142", "555-0142"]) expect(covered(`call ${p} now`, p, { known })).toBe(true);
    for (const m of ["00-481-552", "00481552", "481552", "00 481 552"]) expect(covered(`chart ${m} reviewed`, m, { known })).toBe(true);
  });
  it("finds e-mail, street (abbreviated), city and ZIP", () => {
    const text = "Lives at 12 N. Maple St, Mobile, AL 36602; mail W.Hope52@Example.com";
    expect(found(text, { known })).toEqual(["ADDRESS:12 N. Maple St", "LOCATION:Mobile", "ZIP:36602", "EMAIL:W.Hope52@Example.com"]);
  });
  it("a record city that is a common word counts only when capitalised", () => {
    expect(found("mobile phone on file", { known })).toEqual([]);
  });
});
