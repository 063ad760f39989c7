import { describe, expect, test } from "vitest";
import { niceTicks, scaleLinear } from "./charting";

describe("chart axes", () => {
  test("ticks are round and cover the data", () => {
    expect(niceTicks(72, 148, 4)).toEqual([60, 80, 100, 120, 140, 160]);
    expect(niceTicks(61.5, 64, 4)).toEqual([61, 62, 63, 64]);
    expect(niceTicks(36.4, 37.1, 4)).toEqual([36.4, 36.6, 36.8, 37, 37.2]);
    const t = niceTicks(58, 96);
    expect(t[0]).toBeLessThanOrEqual(58);
    expect(t[t.length - 1]).toBeGreaterThanOrEqual(96);
  });
  test("a single value still gets an axis", () => {
    const t = niceTicks(80, 80);
    expect(t.length).toBeGreaterThan(1);
    expect(t[0]).toBeLessThan(80);
  });
  test("scale maps the domain onto the range, inverted for SVG y", () => {
    const y = scaleLinear(0, 100, 200, 0);
    expect(y(0)).toBe(200);
    expect(y(50)).toBe(100);
    expect(scaleLinear(5, 5, 0, 10)(5)).toBe(5);
  });
});
