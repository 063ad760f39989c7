import { describe, expect, test } from "vitest";
import { vitalsSchema } from "./vitals";

const messages = (input: unknown) => {
  const r = vitalsSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe("vitals", () => {
  test("accepts a normal set", () => {
    expect(messages({ systolic: 128, diastolic: 82, heartRate: 71, temperatureC: 36.8, spo2: 98 })).toEqual([]);
  });
  test("refuses impossible values with a message naming the measurement", () => {
    expect(messages({ systolic: 900, diastolic: 80 })).toEqual(["Systolic blood pressure must be at most 300 mmHg."]);
    expect(messages({ temperatureC: 80 })).toEqual(["Temperature must be at most 45 °C."]);
    expect(messages({ spo2: -1 })).toEqual(["Oxygen saturation must be at least 50 %."]);
    expect(messages({ heartRate: Number.NaN })).not.toEqual([]);
  });
  test("needs at least one value, both pressures together, systolic above diastolic", () => {
    expect(messages({})).toEqual(["Enter at least one measurement."]);
    expect(messages({ systolic: 120 })).toEqual(["Enter both systolic and diastolic pressure, or neither."]);
    expect(messages({ systolic: 80, diastolic: 120 })).toEqual(["Systolic pressure must be higher than diastolic."]);
  });
  test("refuses unknown fields", () => {
    expect(messages({ heartRate: 70, mood: 5 })).not.toEqual([]);
  });
});
