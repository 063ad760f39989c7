import { describe, expect, test } from "vitest";
import { addendumSchema, hasControlCharacters, soapDraftSchema } from "./entries";

const draft = (subjective: string) => ({ subjective, objective: "", assessment: "", plan: "" });

describe("note text refuses control characters", () => {
  test("NUL, escape, bell, DEL and C1 codes are refused; tab and line breaks are text", () => {
    for (const c of ["\u0000", "\u0001", "\u0007", "\u000b", "\u000c", "\u001b", "\u007f", "\u0085", "\u009f"]) {
      expect(hasControlCharacters(`a${c}b`), JSON.stringify(c)).toBe(true);
    }
    expect(hasControlCharacters("Line one\r\nLine two\tindented, 38.5 °C, naïve, 日本")).toBe(false);
  });

  test("a SOAP section made of NUL characters is refused with a message naming the section", () => {
    const r = soapDraftSchema.safeParse(draft("\u0000\u0000"));
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message).join(" ")).toMatch(/^Subjective contains control characters/);
    expect(soapDraftSchema.safeParse({ ...draft(""), plan: "Rest.\u001b" }).error?.issues[0]?.path).toEqual(["plan"]);
  });

  test("ordinary clinical text, empty sections and line breaks are accepted", () => {
    expect(soapDraftSchema.safeParse(draft("Cough for 3 days.\n\tNo fever.\r\n")).success).toBe(true);
    expect(soapDraftSchema.safeParse(draft("")).success).toBe(true);
  });

  test("an addendum of control characters is refused; a normal one passes", () => {
    expect(addendumSchema.safeParse({ text: "\u0001\u0002\u0000" }).success).toBe(false);
    expect(addendumSchema.safeParse({ text: "Corrected the dose.\nSee plan." }).success).toBe(true);
  });
});
