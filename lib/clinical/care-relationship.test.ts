import { describe, expect, test } from "vitest";
import { careRelationship } from "./care-relationship";

const now = Date.UTC(2026, 10, 21, 12);
const day = 86_400_000;

describe("care relationship", () => {
  test("the assigned provider always has one", () => {
    expect(careRelationship({ now, clinicianMemberId: "m1", assignedProviderId: "m1", contactTimes: [] })).toBe("assigned-provider");
  });
  test("a contact within 30 days either side counts; one day beyond does not", () => {
    const f = (t: number) => careRelationship({ now, clinicianMemberId: "m2", assignedProviderId: "m1", contactTimes: [t] });
    expect(f(now - 30 * day)).toBe("recent-or-upcoming-contact");
    expect(f(now + 30 * day)).toBe("recent-or-upcoming-contact");
    expect(f(now - 31 * day)).toBeNull();
    expect(f(now + 31 * day)).toBeNull();
  });
  test("no assignment and no contact means emergency access", () => {
    expect(careRelationship({ now, clinicianMemberId: "m2", assignedProviderId: null, contactTimes: [] })).toBeNull();
  });
});
