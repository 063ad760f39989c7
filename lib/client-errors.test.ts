import { describe, expect, test } from "vitest";
import { ConvexError } from "convex/values";
import { appErrorOf, errorCodeOf, errorMessage, GENERIC_ERROR_MESSAGE } from "./client-errors";

describe("client error messages", () => {
  test("shows the server's message for an app error", () => {
    const err = new ConvexError({ code: "CONFLICT", message: "a@b.example is already a member of this practice." });
    expect(errorMessage(err)).toBe("a@b.example is already a member of this practice.");
    expect(errorCodeOf(err)).toBe("CONFLICT");
    expect(appErrorOf(err)).toEqual({ code: "CONFLICT", message: "a@b.example is already a member of this practice." });
  });

  test("falls back to a message for the code when the server sent none", () => {
    expect(errorMessage(new ConvexError({ code: "RATE_LIMITED", message: " " }))).toMatch(/Too many requests/);
  });

  test("never shows the text of other errors", () => {
    const err = new Error("[CONVEX M(members:add)] Server Error: internal detail");
    expect(errorMessage(err)).toBe(GENERIC_ERROR_MESSAGE);
    expect(errorMessage(err, "Could not add.")).toBe("Could not add.");
    expect(errorCodeOf(err)).toBeNull();
    expect(errorMessage(new ConvexError("plain string"))).toBe(GENERIC_ERROR_MESSAGE);
    expect(errorMessage(undefined)).toBe(GENERIC_ERROR_MESSAGE);
  });
});
