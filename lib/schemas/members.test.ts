import { describe, expect, test } from "vitest";
import { newMemberSchema } from "./members";

describe("new member", () => {
  test("normalises email and drops an empty title", () => {
    expect(newMemberSchema.parse({ email: "  Ann.Lee@Clinic.Example ", name: " Ann Lee ", role: "nurse", title: "" })).toEqual({
      email: "ann.lee@clinic.example",
      name: "Ann Lee",
      role: "nurse",
      title: undefined,
    });
  });
  test("names what is wrong", () => {
    const r = newMemberSchema.safeParse({ email: "nope", name: "", role: "surgeon" });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => i.message);
    expect(messages).toEqual(expect.arrayContaining(["Enter a valid email address.", "Enter the person's name.", "Choose a role."]));
  });
  test("rejects oversized input", () => {
    expect(newMemberSchema.safeParse({ email: `${"a".repeat(250)}@x.example`, name: "A", role: "nurse" }).success).toBe(false);
    expect(newMemberSchema.safeParse({ email: "a@x.example", name: "A".repeat(101), role: "nurse" }).success).toBe(false);
  });
});
