import { describe, expect, test } from "vitest";
import { api } from "./_generated/api";
import { as, newTest, seedPractice } from "./test.setup";

describe("viewer", () => {
  test("an anonymous caller is told to sign in", async () => {
    const t = newTest();
    await expect(t.query(api.viewer.current, {})).rejects.toThrow(/not signed in/i);
  });

  test("before first sign-in the viewer is unknown", async () => {
    const t = newTest();
    expect(await as(t, "nobody@x.test").query(api.viewer.current, {})).toBeNull();
  });

  test("sign-in links the membership an admin created for the verified email", async () => {
    const t = newTest();
    await seedPractice(t, "north");
    const nurse = as(t, "nurse@north.test");
    await nurse.mutation(api.viewer.signIn, {});
    const me = await nurse.query(api.viewer.current, {});
    expect(me?.active?.membership.role).toBe("nurse");
    expect(me?.active?.membership.practiceName).toBe("Practice north");
    expect(me?.active?.permissions).toContain("clinical.view");
    expect(me?.active?.permissions).not.toContain("notes.sign");
  });

  test("an unverified email links nothing", async () => {
    const t = newTest();
    await seedPractice(t, "north");
    await expect(as(t, "nurse@north.test", false).mutation(api.viewer.signIn, {})).rejects.toThrow(
      /did not confirm your email/,
    );
  });

  test("a person in two practices can switch, but not into a practice they do not belong to", async () => {
    const t = newTest();
    await seedPractice(t, "north", ["physician"]);
    await seedPractice(t, "south", ["physician"]);
    // The same person is a physician in both practices.
    await t.run(async (ctx) => {
      const south = await ctx.db.query("members").withIndex("by_email", (q) => q.eq("email", "physician@south.test")).unique();
      await ctx.db.patch("members", south!._id, { email: "physician@north.test" });
    });
    const doc = as(t, "physician@north.test");
    await doc.mutation(api.viewer.signIn, {});
    const me = await doc.query(api.viewer.current, {});
    expect(me?.memberships.map((m) => m.practiceName).sort()).toEqual(["Practice north", "Practice south"]);
    const other = me!.memberships.find((m) => m.practiceId !== me!.active!.membership.practiceId)!;
    await doc.mutation(api.viewer.switchPractice, { practiceId: other.practiceId });
    expect((await doc.query(api.viewer.current, {}))?.active?.membership.practiceId).toBe(other.practiceId);

    await seedPractice(t, "east", ["nurse"]);
    const east = await t.run(async (ctx) => ctx.db.query("practices").withIndex("by_slug", (q) => q.eq("slug", "east")).unique());
    await expect(doc.mutation(api.viewer.switchPractice, { practiceId: east!._id })).rejects.toThrow(/not found/i);
  });

  test("a deactivated member loses the practice on the next call", async () => {
    const t = newTest();
    await seedPractice(t, "north", ["nurse"]);
    const nurse = as(t, "nurse@north.test");
    await nurse.mutation(api.viewer.signIn, {});
    await t.run(async (ctx) => {
      const m = await ctx.db.query("members").withIndex("by_email", (q) => q.eq("email", "nurse@north.test")).unique();
      await ctx.db.patch("members", m!._id, { status: "deactivated" });
    });
    const me = await nurse.query(api.viewer.current, {});
    expect(me?.memberships).toEqual([]);
    expect(me?.active).toBeNull();
  });
});
