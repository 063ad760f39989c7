import { describe, expect, test } from "vitest";
import { EMPTY_VITALS_FORM, parseVitalsForm } from "./vitals-form";
import { emergencyRequestSchema } from "./emergency";

const form = (v: Partial<typeof EMPTY_VITALS_FORM>) => ({ ...EMPTY_VITALS_FORM, ...v });

describe("vitals form", () => {
  test("empty fields are not measured; numbers are read, decimal commas too", () => {
    expect(parseVitalsForm(form({ systolic: "128", diastolic: " 82 ", temperatureC: "36,8" }))).toEqual({
      ok: true,
      vitals: { systolic: 128, diastolic: 82, temperatureC: 36.8 },
    });
  });

  test("an impossible value is reported on its field, with the unit", () => {
    expect(parseVitalsForm(form({ systolic: "900", diastolic: "80" }))).toEqual({
      ok: false,
      errors: { systolic: "Systolic blood pressure must be at most 300 mmHg." },
    });
  });

  test("text that is not a number is refused on its field", () => {
    const r = parseVitalsForm(form({ heartRate: "7O" }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.heartRate).toBe("Heart rate must be a number.");
  });

  test("an empty form is a form-level error", () => {
    expect(parseVitalsForm(form({}))).toEqual({ ok: false, errors: { form: "Enter at least one measurement." } });
  });
});

describe("emergency request", () => {
  test("needs a listed reason and 10–500 characters of detail", () => {
    expect(emergencyRequestSchema.safeParse({ reason: "Emergency treatment", detail: "Unresponsive in waiting room" }).success).toBe(true);
    expect(emergencyRequestSchema.safeParse({ reason: "Curiosity", detail: "Unresponsive in waiting room" }).success).toBe(false);
    expect(emergencyRequestSchema.safeParse({ reason: "Emergency treatment", detail: "  short   " }).success).toBe(false);
    expect(emergencyRequestSchema.safeParse({ reason: "Emergency treatment", detail: "x".repeat(501) }).success).toBe(false);
  });
});
