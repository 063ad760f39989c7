import { describe, expect, test } from "vitest";
import { ageInYears, ageLabel, celsiusToFahrenheit, formatIsoDate, formatTime, formatYearMonth, minutesLeft, patientName, patientNameNatural } from "./chart-format";

describe("chart formatting", () => {
  test("names: last name first, middle name kept so namesakes differ", () => {
    expect(patientName({ firstName: "Avery", middleName: "Lee", lastName: "Ashdown" })).toBe("Ashdown, Avery Lee");
    expect(patientName({ firstName: "Avery", middleName: null, lastName: "Ashdown" })).toBe("Ashdown, Avery");
    expect(patientNameNatural({ firstName: "Avery", lastName: "Ashdown" })).toBe("Avery Ashdown");
  });

  test("age counts the birthday itself and not the day before", () => {
    const now = new Date(2026, 2, 7); // Mar 7, 2026
    expect(ageInYears("1984-03-07", now)).toBe(42);
    expect(ageInYears("1984-03-08", now)).toBe(41);
    expect(ageInYears("2030-01-01", now)).toBeNull();
    expect(ageInYears("not a date", now)).toBeNull();
  });

  test("young children are shown in months, infants in weeks", () => {
    const now = new Date(2026, 10, 21);
    expect(ageLabel("2000-01-01", now)).toBe("26 y");
    expect(ageLabel("2025-05-21", now)).toBe("18 mo");
    expect(ageLabel("2026-11-01", now)).toBe("2 wk");
  });

  test("dates are read without time-zone shifts", () => {
    expect(formatIsoDate("1984-03-07")).toBe("Mar 7, 1984");
    expect(formatYearMonth("2019-11")).toBe("Nov 2019");
    expect(formatYearMonth("2019")).toBe("2019");
    expect(formatTime(new Date(2026, 0, 1, 9, 5).getTime())).toBe("09:05");
  });

  test("small conversions", () => {
    expect(celsiusToFahrenheit(37)).toBe(98.6);
    expect(minutesLeft(1_000 + 61_000, 1_000)).toBe(2);
    expect(minutesLeft(0, 1_000)).toBe(0);
  });
});
