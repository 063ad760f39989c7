import { describe, expect, test } from "vitest";
import { EMPTY_FILTERS, activeFilterCount, toServerFilters } from "./viewer-filters";

describe("toServerFilters", () => {
  test("whole local days, and only the filters that are set", () => {
    const r = toServerFilters({ ...EMPTY_FILTERS, fromDate: "2030-03-01", toDate: "2030-03-02", role: "nurse", emergency: true });
    expect(r).toEqual({
      filters: { from: new Date(2030, 2, 1).getTime(), to: new Date(2030, 2, 3).getTime() - 1, role: "nurse", emergency: true },
    });
    expect(toServerFilters(EMPTY_FILTERS)).toEqual({ filters: {} });
  });

  test("a single day is from its start to its end", () => {
    const r = toServerFilters({ ...EMPTY_FILTERS, fromDate: "2030-03-01", toDate: "2030-03-01" });
    expect("filters" in r && r.filters.to! - r.filters.from!).toBe(new Date(2030, 2, 2).getTime() - new Date(2030, 2, 1).getTime() - 1);
  });

  test("explains bad or reversed dates", () => {
    expect(toServerFilters({ ...EMPTY_FILTERS, fromDate: "2030-02-30" })).toEqual({ error: "The start date is not a valid date." });
    expect(toServerFilters({ ...EMPTY_FILTERS, toDate: "soon" })).toEqual({ error: "The end date is not a valid date." });
    expect(toServerFilters({ ...EMPTY_FILTERS, fromDate: "2030-03-02", toDate: "2030-03-01" })).toEqual({ error: "The start date is after the end date." });
  });

  test("counts active filters", () => {
    expect(activeFilterCount(EMPTY_FILTERS)).toBe(0);
    expect(activeFilterCount({ ...EMPTY_FILTERS, verb: "chart.open", emergency: true })).toBe(2);
  });
});
