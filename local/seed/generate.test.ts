import { describe, expect, test } from "vitest";
import { demoUsers, generatePractices } from "./generate";
import { ROLES } from "../../lib/roles";

describe("synthetic practice generator", () => {
  test("is deterministic", () => {
    expect(JSON.stringify(generatePractices())).toBe(JSON.stringify(generatePractices()));
  });

  test("two practices, each with every role", () => {
    const practices = generatePractices();
    expect(practices).toHaveLength(2);
    for (const p of practices) {
      for (const role of ROLES) expect(p.members.some((m) => m.role === role), `${p.slug} ${role}`).toBe(true);
    }
  });

  test("MRNs are unique within a practice and data is plainly synthetic", () => {
    for (const p of generatePractices()) {
      expect(new Set(p.patients.map((x) => x.mrn)).size).toBe(p.patients.length);
      for (const x of p.patients) {
        expect(x.phone).toMatch(/555-01\d\d$/);
        if (x.email) expect(x.email).toMatch(/@mail\.example$/);
      }
      for (const m of p.members) expect(m.email).toMatch(/\.example$/);
    }
  });

  test("every demo user is a member of each practice listed for them", () => {
    const practices = generatePractices();
    for (const u of demoUsers()) {
      for (const up of u.practices) {
        const p = practices.find((x) => x.slug === up.slug);
        expect(p?.members.find((m) => m.email === u.email)?.role).toBe(up.role);
      }
    }
    expect(demoUsers().some((u) => u.practices.length > 1)).toBe(true);
  });
});
