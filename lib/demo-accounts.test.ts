import { describe, expect, test } from "vitest";
import { demoAccountSubtitle, demoSignInLabel } from "./demo-accounts";

describe("demo sign-in labels", () => {
  test("name what the button shows, in order, then the practice", () => {
    const nurse = { name: "Noel Ashby", email: "noel@example.test", title: "RN", role: "nurse" as const, practiceName: "Maple Grove" };
    expect(demoAccountSubtitle(nurse)).toBe("RN");
    expect(demoSignInLabel(nurse)).toBe("Sign in as Noel Ashby, RN, Nurse, Maple Grove");
  });

  test("a title that only repeats the role badge is shown and said once", () => {
    const desk = { name: "Dana Whitfield", email: "dana@example.test", title: "Front desk", role: "front_desk" as const, practiceName: "Maple Grove" };
    expect(demoAccountSubtitle(desk)).toBeNull();
    expect(demoSignInLabel(desk)).toBe("Sign in as Dana Whitfield, Front desk, Maple Grove");
  });

  test("without a title, the email stands in for it", () => {
    const admin = { name: "Ira Castellano", email: "ira@example.test", role: "practice_admin" as const, practiceName: "Riverside" };
    expect(demoSignInLabel(admin)).toBe("Sign in as Ira Castellano, ira@example.test, Practice admin, Riverside");
  });
});
