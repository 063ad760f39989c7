import { describe, expect, test } from "vitest";
import { navFor } from "./navigation";
import { permissionsOf } from "../convex/permissions";

const keys = (role: Parameters<typeof permissionsOf>[0]) => navFor(permissionsOf(role)).map((i) => i.key);

describe("role navigation", () => {
  test("front desk schedules and finds patients but sees no clinical or audit sections", () => {
    expect(keys("front_desk")).toEqual(["home", "schedule", "patients"]);
  });
  test("physicians get notes; nurses do not", () => {
    expect(keys("physician")).toContain("notes");
    expect(keys("nurse")).not.toContain("notes");
  });
  test("compliance officers see the roster and the audit trail, nothing clinical", () => {
    expect(keys("compliance_officer")).toEqual(["home", "members", "audit"]);
  });
  test("practice admins manage members and settings", () => {
    expect(keys("practice_admin")).toEqual(["home", "schedule", "members", "settings"]);
    const settings = navFor(permissionsOf("practice_admin")).find((i) => i.key === "settings");
    expect(settings).toMatchObject({ href: "/admin/schedule", available: true });
  });
});
