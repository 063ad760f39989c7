import { describe, expect, test } from "vitest";
import { DEFAULT_ALERT_RULES, alertRulesSchema, isAfterHours, sameAddress, sameSurname, streetKey, surnameKey } from "./alerts";

const hours = DEFAULT_ALERT_RULES.hours; // Mon–Fri 07:00–19:00

describe("isAfterHours", () => {
  test("uses the practice's own time zone and weekdays", () => {
    // Tuesday 2030-01-08 06:59 and 07:00 in Chicago (UTC-6).
    expect(isAfterHours(hours, "America/Chicago", Date.UTC(2030, 0, 8, 12, 59))).toBe(true);
    expect(isAfterHours(hours, "America/Chicago", Date.UTC(2030, 0, 8, 13, 0))).toBe(false);
    // 18:59 is open, 19:00 is closed.
    expect(isAfterHours(hours, "America/Chicago", Date.UTC(2030, 0, 9, 0, 59))).toBe(false);
    expect(isAfterHours(hours, "America/Chicago", Date.UTC(2030, 0, 9, 1, 0))).toBe(true);
    // The same instant is Wednesday 02:00 in Berlin: closed there.
    expect(isAfterHours(hours, "Europe/Berlin", Date.UTC(2030, 0, 9, 1, 0))).toBe(true);
    // Saturday noon in Chicago.
    expect(isAfterHours(hours, "America/Chicago", Date.UTC(2030, 0, 12, 18, 0))).toBe(true);
  });

  test("follows daylight saving time", () => {
    // 2030-07-09 is a Tuesday; Chicago is UTC-5 in summer, so 12:00 UTC is 07:00 local.
    expect(isAfterHours(hours, "America/Chicago", Date.UTC(2030, 6, 9, 12, 0))).toBe(false);
    expect(isAfterHours(hours, "America/Chicago", Date.UTC(2030, 6, 9, 11, 59))).toBe(true);
  });
});

describe("surname and address matching", () => {
  test("the member's surname is the last word of the name, without credentials", () => {
    expect(surnameKey("Dana Müller, MD")).toBe("muller");
    expect(surnameKey("Ana de la Cruz RN")).toBe("cruz");
    expect(surnameKey("  ")).toBeNull();
    expect(sameSurname("Dr. Sam Okafor", "okafor")).toBe(true);
    expect(sameSurname("Sam Okafor", "okafora")).toBe(false);
  });

  test("addresses match across case, punctuation and common abbreviations, and only in the same ZIP", () => {
    expect(streetKey("12 North Elm Street, Apt. 4")).toBe("12 n elm st apt 4");
    expect(sameAddress({ line1: "12 North Elm Street", zip: "60601" }, { line1: "12 N. Elm St", zip: "60601-1234" })).toBe(true);
    expect(sameAddress({ line1: "12 North Elm Street", zip: "60601" }, { line1: "12 N. Elm St", zip: "60602" })).toBe(false);
    expect(sameAddress({ line1: "12 North Elm Street", zip: "60601" }, { line1: "14 N. Elm St", zip: "60601" })).toBe(false);
    expect(sameAddress(undefined, { line1: "12 N. Elm St", zip: "60601" })).toBe(false);
    expect(sameAddress({ line1: "1 A St", zip: "" }, { line1: "1 A St", zip: "" })).toBe(false);
  });
});

describe("alertRulesSchema", () => {
  test("accepts the defaults and refuses what the server refuses", () => {
    expect(alertRulesSchema.safeParse(DEFAULT_ALERT_RULES).success).toBe(true);
    const bad = (patch: object) => alertRulesSchema.safeParse({ ...DEFAULT_ALERT_RULES, ...patch }).success;
    expect(bad({ chartsPerHour: 1 })).toBe(false);
    expect(bad({ chartsPerHour: 2.5 })).toBe(false);
    expect(bad({ chartsPerHour: 501 })).toBe(false);
    expect(bad({ hours: { weekdays: [1], start: "19:00", end: "07:00" } })).toBe(false);
    expect(bad({ hours: { weekdays: [7], start: "07:00", end: "19:00" } })).toBe(false);
    expect(bad({ hours: { weekdays: [1], start: "7:00", end: "19:00" } })).toBe(false);
    expect(bad({ hours: { weekdays: [], start: "07:00", end: "19:00" } })).toBe(true);
  });
});
