import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { valuesOf } from "./test-helpers";
import { namePlan, nameWordAt } from "./known-names";
import { scan } from "./scan";
import { tokenize } from "./tokens";
import { type KnownIdentifiers } from "./types";

function record(): KnownIdentifiers {
  return {
    patient: {
      firstName: "Grace",
      lastName: "Okafor",
      dob: "1961-04-09",
      mrn: "A12-3456",
      phone: "617-555-0142",
      email: "g.okafor@example.com",
      address: { line1: "40 Elm Street", city: "Salem", state: "MA", zip: "01970" },
    },
    otherPeople: [{ firstName: "Tomasz", lastName: "Wiśniewski" }],
  };
}

describe("per-record plans", () => {
  it("a record object changed between calls is matched with its new values, never the old ones", () => {
    const k = record();
    const text = "Grace Okafor, DOB 4/9/1961, seen with Tomasz; Mrs. Abernathy-Quist called from Salem.";
    expect(valuesOf(text, "NAME", { known: k })).toContain("Grace Okafor");
    expect(valuesOf(text, "DATE", { known: k })).toEqual(["4/9/1961"]);
    k.patient!.lastName = "Abernathy-Quist";
    k.patient!.dob = "1961-04-10";
    k.patient!.address!.city = "Lynn";
    expect(valuesOf(text, "DATE", { known: k })).toEqual(["4/9/1961"]); // still a full date, from the pattern rules
    expect(valuesOf("code 04101961 ok", "DATE", { known: k })).toEqual(["04101961"]);
    expect(valuesOf("code 04091961 ok", "DATE", { known: k })).toEqual([]);
    expect(valuesOf("abernathy-quist here", "NAME", { known: k })).toEqual(["abernathy-quist"]);
    expect(valuesOf("okafor here", "NAME", { known: k })).toEqual([]);
    expect(valuesOf("moved to Lynn", "LOCATION", { known: k })).toEqual(["Lynn"]);
    k.patient!.nicknames = ["Gigi"];
    expect(valuesOf("gigi called", "NAME", { known: k })).toEqual(["gigi"]);
    k.patient!.nicknames.push("Bunny");
    expect(valuesOf("bunny called", "NAME", { known: k })).toEqual(["bunny"]);
    k.otherPeople = [];
    expect(valuesOf("tomasz called", "NAME", { known: k })).toEqual([]);
  });

  it("a rebuilt record with the same values gives the same spans as the original object", () => {
    const text = "GRACE OKAFOR 617.555.0142, mrn a123456, 40 elm st, g.okafor@example.com, Salem MA 01970; Wiśniewski";
    const a = valuesOf(text, "NAME", { known: record() });
    const k = record();
    expect(valuesOf(text, "NAME", { known: k })).toEqual(a);
    expect(valuesOf(text, "NAME", { known: k })).toEqual(a);
  });
});

describe("matching a token against the record's name words", () => {
  const letters = fc.constantFrom("a", "b", "o", "e", "A", "B", "O", "E", "'", "’", "-", "ś", "Ś", "ß", "İ", "K");
  const word = fc.array(letters, { minLength: 1, maxLength: 7 }).map((xs) => xs.join(""));
  it("equals a lookup of the lower-cased token, then of the token without apostrophes", () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), word, (names, token) => {
        const people = names.map((n, i) => ({ firstName: i % 2 ? "Zed" : n, lastName: n }));
        const plan = namePlan(people);
        const text = `x ${token} y`;
        const lw = token.toLowerCase();
        const info = plan.words.get(lw) ?? plan.words.get(lw.replace(/['’]/g, ""));
        expect(nameWordAt(text, 2, 2 + token.length, plan)).toBe(info ? info.person + 1 : 0);
      }),
      { numRuns: 3000 },
    );
  });
  it("a token's lower-case hashes give the person nameWordAt gives", () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), fc.array(word, { minLength: 1, maxLength: 12 }), fc.boolean(), (names, words, caps) => {
        const people = names.map((n, i) => ({ firstName: i % 2 ? "Zed" : n, lastName: n }));
        const plan = namePlan(people);
        // also the record's own names with an apostrophe put in, in either case
        const variants = names.map((n, i) => (n.length > 1 ? n.slice(0, 1) + (i % 2 ? "'" : "’") + n.slice(1) : n));
        const text = (caps ? "NOTE TEXT IN CAPS " : "Note text ") + [...words, ...variants, ...variants.map((v) => v.toUpperCase())].join(" ");
        const t = tokenize(text, scan(text));
        for (let i = 0; i < t.n; i++) {
          if (t.raw[i] === "") continue;
          const byLid = plan.byLid.get(t.lid[i]!) ?? plan.byLid.get(t.lid2[i]!) ?? 0;
          expect(byLid).toBe(nameWordAt(text, t.start[i]!, t.end[i]!, plan));
        }
      }),
      { numRuns: 3000 },
    );
  });
  it("finds a record name written with an apostrophe it does not have, in every case", () => {
    const plan = namePlan([{ firstName: "Oneil", lastName: "Dargan" }]);
    for (const text of ["SEEN BY O'NEIL AND D’ARGAN TODAY", "Seen by O'Neil and D’Argan today"]) {
      const t = tokenize(text, scan(text));
      const people = Array.from({ length: t.n }, (_, i) => plan.byLid.get(t.lid[i]!) ?? plan.byLid.get(t.lid2[i]!) ?? 0);
      expect(people).toEqual([0, 0, 1, 0, 1, 0]);
    }
  });
});
