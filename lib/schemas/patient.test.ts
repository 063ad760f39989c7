import { describe, expect, test } from "vitest";
import { earliestDob, isCalendarDate, newPatientSchema, normalizeUsPhone } from "./patient";

const ok = { firstName: "Ana", lastName: "O'Neil-Smith", dob: "1990-02-03", sex: "female" };

function messages(input: Record<string, unknown>) {
  const r = newPatientSchema.safeParse({ ...ok, ...input });
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("newPatientSchema", () => {
  test("accepts the minimum and trims, turning blanks into nothing", () => {
    const r = newPatientSchema.parse({ ...ok, firstName: "  Ana ", middleName: " ", phone: "", email: "", address: { line1: "", city: "", state: "", zip: "" } });
    expect(r).toEqual({ firstName: "Ana", lastName: "O'Neil-Smith", dob: "1990-02-03", sex: "female" });
  });

  test("US phone formats normalise to (xxx) xxx-xxxx", () => {
    for (const p of ["5555550100", "555-555-0100", "(555) 555-0100", "555.555.0100", "+1 555 555 0100", "1-555-555-0100"]) {
      expect(normalizeUsPhone(p), p).toBe("(555) 555-0100");
    }
    for (const p of ["555-0100", "25555550100", "555-555-01OO", "+44 20 7946 0958"]) expect(normalizeUsPhone(p), p).toBeNull();
    expect(newPatientSchema.parse({ ...ok, phone: "555.555.0100" }).phone).toBe("(555) 555-0100");
  });

  test("one clear message per empty required field", () => {
    expect(messages({ firstName: "", dob: "" })).toEqual(["firstName: Enter the first name.", "dob: Enter the date of birth."]);
  });

  test("names: 1 to 60 characters, letters and name punctuation", () => {
    expect(messages({ lastName: "x".repeat(60) })).toEqual([]);
    expect(messages({ lastName: "x".repeat(61) })[0]).toMatch(/too long/);
    expect(messages({ firstName: "Ana2" })[0]).toMatch(/only letters/);
    expect(messages({ firstName: "José", lastName: "Núñez" })).toEqual([]);
  });

  test("date of birth: a real date, not in the future, not more than 130 years ago", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2023-02-29")).toBe(false);
    expect(messages({ dob: "03/02/1990" })[0]).toMatch(/real date/);
    expect(messages({ dob: "2999-01-01" })[0]).toMatch(/future/);
    expect(messages({ dob: earliestDob() })).toEqual([]);
    expect(messages({ dob: "1800-01-01" })[0]).toMatch(/130 years/);
  });

  test("sex is one of the listed values", () => {
    expect(messages({ sex: "x" })[0]).toMatch(/Choose the sex/);
  });

  test("email optional but valid, lower-cased", () => {
    expect(newPatientSchema.parse({ ...ok, email: " A@Example.TEST " }).email).toBe("a@example.test");
    expect(messages({ email: "a@" })[0]).toMatch(/valid email/);
  });

  test("a partly filled group names each missing field", () => {
    expect(messages({ address: { line1: "1 Way", city: "", state: "Ill", zip: "1234" } })).toEqual([
      "address.city: Enter the city.",
      "address.state: Enter the 2-letter state code, e.g. IL.",
      "address.zip: Enter the 5-digit ZIP code.",
    ]);
    expect(messages({ insurance: { payer: "P", memberNumber: "M" } })).toEqual(["insurance.groupNumber: Enter the group number."]);
    expect(newPatientSchema.parse({ ...ok, address: { line1: "1 Way", city: "Town", state: "il", zip: "60601" } }).address?.state).toBe("IL");
    expect(newPatientSchema.parse({ ...ok, emergencyContact: { name: "Jo", relationship: "Parent", phone: "555 555 0101" } }).emergencyContact?.phone).toBe("(555) 555-0101");
  });
});
