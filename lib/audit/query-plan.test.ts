import { describe, expect, test } from "vitest";
import { INDEX_FOR, SELECTIVITY_ORDER, checkRange, planAuditQuery } from "./query-plan";

describe("planAuditQuery", () => {
  test("a date range alone uses the time index", () => {
    expect(planAuditQuery({ from: 1, to: 2 })).toEqual({ indexed: "none", index: "by_practice_and_at", residual: [] });
    expect(planAuditQuery({ emergency: false, verb: "" })).toEqual({ indexed: "none", index: "by_practice_and_at", residual: [] });
  });

  test("any one filter is served by its own index", () => {
    const value = { patientId: "p", memberId: "m", emergency: true, verb: "chart.open", role: "nurse", outcome: "success", action: "read" } as const;
    for (const field of SELECTIVITY_ORDER) {
      expect(planAuditQuery({ [field]: value[field] })).toEqual({ indexed: field, index: INDEX_FOR[field], residual: [] });
    }
  });

  test("combined filters use the most selective index and filter the rest", () => {
    expect(planAuditQuery({ action: "read", role: "nurse", memberId: "m" })).toEqual({
      indexed: "memberId",
      index: "by_practice_member_and_at",
      residual: ["role", "action"],
    });
    expect(planAuditQuery({ verb: "chart.open", patientId: "p", emergency: true }).indexed).toBe("patientId");
  });

  test("a failed or denied outcome is rare and ranks above event, role and action; success ranks last", () => {
    expect(planAuditQuery({ role: "nurse", outcome: "failure" })).toMatchObject({ indexed: "outcome", residual: ["role"] });
    expect(planAuditQuery({ verb: "chart.open", outcome: "denied" })).toMatchObject({ indexed: "outcome", residual: ["verb"] });
    expect(planAuditQuery({ emergency: true, outcome: "denied" })).toMatchObject({ indexed: "emergency", residual: ["outcome"] });
    expect(planAuditQuery({ action: "read", outcome: "success" })).toMatchObject({ indexed: "action", residual: ["outcome"] });
  });
});

describe("checkRange", () => {
  test("refuses a reversed or non-finite range", () => {
    expect(checkRange({ from: 2, to: 1 })).toMatch(/after its end/);
    expect(checkRange({ from: Number.NaN })).toMatch(/start/);
    expect(checkRange({ to: Number.POSITIVE_INFINITY })).toMatch(/end/);
    expect(checkRange({ from: 1, to: 1 })).toBeNull();
    expect(checkRange({})).toBeNull();
  });
});
