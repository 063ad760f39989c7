import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { canonicalJson } from "../audit/chain";
import { noteContentHash, type SignedNoteContent } from "./note-hash";

const note: SignedNoteContent = {
  noteId: "n1",
  patientId: "p1",
  subjective: "Cough for 3 days.",
  objective: "T 37.9, lungs clear.",
  assessment: "Viral URI.",
  plan: "Fluids, rest; return if worse.",
  signedBy: "m1",
  signedAt: 1_790_000_000_000,
};

describe("note content hash", () => {
  test("is SHA-256 of the canonical content", () => {
    expect(noteContentHash(note)).toBe(createHash("sha256").update(canonicalJson(note)).digest("hex"));
  });
  test("changes when any signed field changes", () => {
    const base = noteContentHash(note);
    for (const key of Object.keys(note) as (keyof SignedNoteContent)[]) {
      const changed = { ...note, [key]: typeof note[key] === "number" ? (note[key] as number) + 1 : `${note[key]} ` };
      expect(noteContentHash(changed), key).not.toBe(base);
    }
  });
});
