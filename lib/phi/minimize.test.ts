import { describe, expect, it } from "vitest";
import { minimize } from "./minimize";
import { rehydrate, createStreamRehydrator } from "./rehydrate";

describe("minimize", () => {
  it("numbers placeholders by type and reuses them for the same value", () => {
    const r = minimize("Dr. Lopez saw Ann Lee on 3/14/2024. Dr. Lopez called Ann Lee at 617-555-0199.");
    expect(r.text).toBe("Dr. [NAME_1] saw [NAME_2] on [DATE_1]. Dr. [NAME_1] called [NAME_2] at [PHONE_1].");
    expect(r.receipt).toEqual({ counts: { NAME: 4, DATE: 1, PHONE: 1 }, distinct: { NAME: 2, DATE: 1, PHONE: 1 }, total: 6 });
  });
  it("keeps no values in the receipt", () => {
    const r = minimize("Pt Jane Roe, MRN 12345678.");
    expect(JSON.stringify(r.receipt)).not.toMatch(/Jane|Roe|12345678/);
  });
  it("turns dates into offsets from an anchor", () => {
    const r = minimize("Admitted 03/11/2024, seen 3/14/2024, f/u April 2, 2024, DOB 1950-01-01.", { anchorDate: "2024-03-14" });
    expect(r.text).toBe(
      "Admitted [DATE_1 (3 days before visit)], seen [DATE_2 (day of visit)], f/u [DATE_3 (19 days after visit)], DOB [DATE_4 (about 74 years before visit)].",
    );
    expect(rehydrate(r.text, r.vault).text).toBe("Admitted 03/11/2024, seen 3/14/2024, f/u April 2, 2024, DOB 1950-01-01.");
  });
  it("never tells an age over 89 through a date's offset", () => {
    const at = (dob: string) => minimize(`DOB ${dob}.`, { anchorDate: "2024-03-14" }).text;
    expect(at("1934-03-15")).toBe("DOB [DATE_1 (about 89 years before visit)].");
    // 89.9 years would round to "about 90": it stays 89.
    expect(at("1934-04-20")).toBe("DOB [DATE_1 (about 89 years before visit)].");
    expect(at("1934-03-14")).toBe("DOB [DATE_1 (90+ years before visit)].");
    expect(at("1921-06-01")).toBe("DOB [DATE_1 (90+ years before visit)].");
  });
  it("removes a year of birth that tells an age over 89, and only that", () => {
    const m = (t: string) => minimize(t, { anchorDate: "2024-03-14" }).text;
    expect(m("Pt born 1931, lives alone.")).toBe("Pt born [DATE_1], lives alone.");
    expect(m("YOB: 1920. Widowed.")).toBe("YOB: [DATE_1]. Widowed.");
    expect(m("Year of birth 1934; HTN.")).toBe("Year of birth [DATE_1]; HTN.");
    // 89 or younger: a year alone is not an identifier.
    expect(m("Pt born 1935, lives alone.")).toBe("Pt born 1935, lives alone.");
    // Not a birth: a year of surgery stays.
    expect(m("CABG in 1931 per old records.")).toBe("CABG in 1931 per old records.");
    const r = minimize("born 1925", { anchorDate: "2024-03-14" });
    expect(rehydrate(r.text, r.vault).text).toBe("born 1925");
    expect(r.receipt.counts.DATE).toBe(1);
  });
  it("uses the anchor label", () => {
    expect(minimize("Surgery 3/10/2024.", { anchorDate: "2024-03-14", anchorLabel: "admission" }).text).toBe("Surgery [DATE_1 (4 days before admission)].");
  });
  it("aggregates ages over 89 into 90+", () => {
    const r = minimize("A 94 yo woman; her husband is 88 yo.");
    expect(r.text).toBe("A 90+ yo woman; her husband is 88 yo.");
    expect(r.receipt.counts.AGE).toBe(1);
  });
  it("can keep ages restorable", () => {
    const r = minimize("A 94 yo woman.", { ages: "placeholder" });
    expect(r.text).toBe("A [AGE_1 (90+)] yo woman.");
    expect(rehydrate(r.text, r.vault).text).toBe("A 94 yo woman.");
  });
  it("does not collide with placeholder-like text already in the note", () => {
    const text = "Template [NAME_1] left in by mistake; Dr. Lopez saw pt.";
    const r = minimize(text);
    expect(r.text).toBe("Template [NAME_1] left in by mistake; Dr. [NAME_2] saw pt.");
    const back = rehydrate(r.text, r.vault);
    expect(back.text).toBe(text);
    expect(back.unknownPlaceholders).toEqual(["[NAME_1]"]);
  });
  it("does not collide with a key in the note that only reads as a placeholder once an identifier next to it is replaced", () => {
    // (found by the round-trip property: "10.0.0.1" became "[IP_1]", after which the note's own "NAME_3" read as a
    // bare placeholder, and the name minimize had numbered 3 was restored there)
    const text = "Smith, John[NAME_1]10.0.0.1NAME_3Dr. Lopez";
    const m = minimize(text);
    expect(m.text).not.toContain("[NAME_3]");
    expect(rehydrate(m.text, m.vault).text).toBe(text);
  });
  it("keeps brackets around a value with it", () => {
    const text = "Signed [Dr. Lopez] and [[Ann Lee]]";
    const r = minimize(text);
    expect(rehydrate(r.text, r.vault).text).toBe(text);
  });
});

describe("rehydrate", () => {
  const { text, vault } = minimize("Dr. Lopez saw Ann Lee on 3/14/2024.");
  it("restores the original", () => {
    expect(text).toBe("Dr. [NAME_1] saw [NAME_2] on [DATE_1].");
    expect(rehydrate(text, vault)).toEqual({ text: "Dr. Lopez saw Ann Lee on 3/14/2024.", unknownPlaceholders: [] });
  });
  it.each([
    ["[name_2] is better", "Ann Lee is better"],
    ["[ NAME_2 ] is better", "Ann Lee is better"],
    ["[NAME 2] is better", "Ann Lee is better"],
    ["[Name-2] is better", "Ann Lee is better"],
    ["NAME_2 is better", "Ann Lee is better"],
    ["{NAME_2} is better", "Ann Lee is better"],
    ["{{NAME_2}} is better", "Ann Lee is better"],
    ["<NAME_2> is better", "Ann Lee is better"],
    ["[[NAME_2]] is better", "Ann Lee is better"],
    ["\\[NAME_2\\] is better", "Ann Lee is better"],
    ["[NAME_2]'s mother", "Ann Lee's mother"],
    ["[NAME_2's] mother", "Ann Lee's mother"],
    ["[NAME_2’s] mother", "Ann Lee’s mother"],
    ["on [DATE_1 (day of visit)]", "on 3/14/2024"],
    ["**[NAME_1]** agrees", "**Lopez** agrees"],
  ])("%s", (model, expected) => {
    expect(rehydrate(model, vault).text).toBe(expected);
  });
  it("reports unknown placeholders and never invents a value", () => {
    const r = rehydrate("[NAME_2] and [NAME_7] and [PHONE_1]", vault);
    expect(r.text).toBe("Ann Lee and [NAME_7] and [PHONE_1]");
    expect(r.unknownPlaceholders).toEqual(["[NAME_7]", "[PHONE_1]"]);
  });
  it("leaves ordinary bracketed text alone", () => {
    expect(rehydrate("[see note] (name 2) Name 2: x", vault).text).toBe("[see note] (name 2) Name 2: x");
  });
});

describe("createStreamRehydrator", () => {
  const { vault } = minimize("Dr. Lopez saw Ann Lee on 3/14/2024.");
  it("restores placeholders split across chunks", () => {
    const s = createStreamRehydrator(vault);
    const chunks = ["Seen by Dr. [NA", "ME_1] and [", "NAME_2", "'s] wife on [DATE", "_1 (day of vi", "sit)]. NAME_", "2 agrees."];
    const out = chunks.map((c) => s.push(c)).join("") + s.end();
    expect(out).toBe("Seen by Dr. Lopez and Ann Lee's wife on 3/14/2024. Ann Lee agrees.");
    expect(s.unknownPlaceholders).toEqual([]);
  });
  it("emits text that cannot be a placeholder without waiting", () => {
    const s = createStreamRehydrator(vault);
    expect(s.push("Hello there. ")).toBe("Hello there. ");
  });
});
