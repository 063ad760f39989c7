/**
 * Registering a new patient: front desk only, checked with the shared schema,
 * likely duplicates refused, an MRN assigned by the server, audited without
 * PHI, and the new patient is found by search. All data is synthetic.
 */
import { describe, expect, test } from "vitest";
import { api } from "./_generated/api";
import { auditTrail, codeOf, emailOf, outcome, signedIn, snapshot, twoPractices, verifyChain, withKeys } from "./test.setup";

const newPatient = {
  firstName: "Rowan",
  middleName: "Quill",
  lastName: "Synthetica",
  dob: "1987-11-23",
  sex: "other",
  phone: "555.555.0142",
  email: "Rowan.Synthetica@Example.TEST",
  address: { line1: "12 Synthetic Lane", city: "Faketown", state: "il", zip: "60601" },
  insurance: { payer: "Synthetic Mutual", memberNumber: "SYN123456", groupNumber: "GRP-77" },
  emergencyContact: { name: "Jordan Synthetica", relationship: "Sibling", phone: "+1 (555) 555-0199" },
};

async function setup() {
  const fx = await twoPractices();
  const desk = await signedIn(fx.t, emailOf("front_desk", "a"));
  return { fx, desk };
}

describe("patients.register", () => {
  test("front desk registers a patient: normalised fields, search keys, server-assigned MRN", async () => {
    const { fx, desk } = await setup();
    const r = await desk.mutation(api.patients.register, newPatient);
    expect(r.mrn).toMatch(/^MRN-\d{7}$/);
    const row = await fx.t.run((ctx) => ctx.db.get("patients", r.patientId));
    expect(row).toMatchObject({
      practiceId: fx.practice.a,
      mrn: r.mrn,
      firstName: "Rowan",
      middleName: "Quill",
      lastName: "Synthetica",
      firstNameKey: "rowan",
      lastNameKey: "synthetica",
      dob: "1987-11-23",
      sex: "other",
      phone: "(555) 555-0142",
      email: "rowan.synthetica@example.test",
      address: { line1: "12 Synthetic Lane", city: "Faketown", state: "IL", zip: "60601" },
      insurance: { payer: "Synthetic Mutual", memberNumber: "SYN123456", groupNumber: "GRP-77" },
      emergencyContact: { name: "Jordan Synthetica", relationship: "Sibling", phone: "(555) 555-0199" },
    });
  });

  test("optional groups left blank are not stored", async () => {
    const { fx, desk } = await setup();
    const r = await desk.mutation(api.patients.register, {
      firstName: "Blake",
      lastName: "Minimal",
      dob: "2001-01-01",
      sex: "unknown",
      middleName: "",
      phone: "",
      email: "",
      address: { line1: "", city: "", state: "", zip: "" },
      insurance: { payer: "", memberNumber: "", groupNumber: "" },
    });
    const row = await fx.t.run((ctx) => ctx.db.get("patients", r.patientId));
    expect(row?.middleName).toBeUndefined();
    expect(row?.phone).toBeUndefined();
    expect(row?.email).toBeUndefined();
    expect(row?.address).toBeUndefined();
    expect(row?.insurance).toBeUndefined();
  });

  test("MRNs follow the practice's highest numbered MRN and skip other shapes", async () => {
    const { fx, desk } = await setup();
    await fx.t.run(async (ctx) => {
      for (const mrn of ["MRN-1100042", "MRN-1100007", "MRN-ZZZ-9999"]) {
        await ctx.db.insert("patients", { practiceId: fx.practice.a, mrn, ...withKeys({ firstName: "Seed", lastName: `Seeded${mrn.replace(/[^A-Z]/g, "")}` }), dob: "1970-01-01", sex: "unknown" });
      }
      // Another practice's higher number does not count.
      await ctx.db.insert("patients", { practiceId: fx.practice.b, mrn: "MRN-9999990", ...withKeys({ firstName: "Other", lastName: "Practice" }), dob: "1970-01-01", sex: "unknown" });
    });
    const first = await desk.mutation(api.patients.register, newPatient);
    expect(first.mrn).toBe("MRN-1100043");
    const second = await desk.mutation(api.patients.register, { ...newPatient, firstName: "Sage" });
    expect(second.mrn).toBe("MRN-1100044");
  });

  test("a practice with no numbered MRN starts at MRN-1000001", async () => {
    const { desk } = await setup();
    expect((await desk.mutation(api.patients.register, newPatient)).mrn).toBe("MRN-1000001");
  });

  test("a likely duplicate (same name, ignoring case and accents, and same DOB) is a CONFLICT naming the MRN", async () => {
    const { fx, desk } = await setup();
    const r = await desk.mutation(api.patients.register, newPatient);
    const before = await snapshot(fx.t);
    const again = await outcome(desk.mutation(api.patients.register, { ...newPatient, firstName: "RÓWAN", lastName: "synthetica", phone: "" }));
    expect(again.code).toBe("CONFLICT");
    expect(again.message).toContain(r.mrn);
    expect(await snapshot(fx.t)).toEqual(before);
    // Same name, another date of birth: a different person.
    expect(await codeOf(desk.mutation(api.patients.register, { ...newPatient, dob: "1987-11-24" }))).toBe("OK");
    // The same person in another practice is not a duplicate here.
    const deskB = await signedIn(fx.t, emailOf("front_desk", "b"));
    expect(await codeOf(deskB.mutation(api.patients.register, newPatient))).toBe("OK");
  });

  test("invalid input is INVALID with a clear message and writes nothing", async () => {
    const { fx, desk } = await setup();
    const before = await snapshot(fx.t);
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ firstName: "" }, /Enter the first name/],
      [{ lastName: "x".repeat(61) }, /too long \(60 characters at most\)/],
      [{ dob: "1987-13-01" }, /real date of birth/],
      [{ dob: "2999-01-01" }, /cannot be in the future/],
      [{ dob: "1850-06-01" }, /more than 130 years ago/],
      [{ phone: "555-0142" }, /10-digit US phone number/],
      [{ email: "nope" }, /valid email/],
      [{ address: { line1: "1 Way", city: "Town", state: "Illinois", zip: "60601" } }, /2-letter state/],
      [{ address: { line1: "1 Way", city: "Town", state: "IL", zip: "606" } }, /5-digit ZIP/],
      [{ insurance: { payer: "Synthetic Mutual", memberNumber: "", groupNumber: "" } }, /member number.*group number/],
      [{ emergencyContact: { name: "Jo", relationship: "", phone: "" } }, /relationship/],
    ];
    for (const [change, message] of cases) {
      const r = await outcome(desk.mutation(api.patients.register, { ...newPatient, ...change } as typeof newPatient));
      expect(r.code, JSON.stringify(change)).toBe("INVALID");
      expect(r.message, JSON.stringify(change)).toMatch(message);
    }
    expect(await snapshot(fx.t)).toEqual(before);
  });

  test("only roles with demographics.edit may register", async () => {
    const { fx } = await setup();
    for (const role of ["nurse", "physician", "practice_admin", "compliance_officer"] as const) {
      const who = await signedIn(fx.t, emailOf(role, "a"));
      expect(await codeOf(who.mutation(api.patients.register, newPatient)), role).toBe("FORBIDDEN");
    }
  });

  test("the registration is audited with the patient's id and no PHI", async () => {
    const { fx, desk } = await setup();
    const r = await desk.mutation(api.patients.register, newPatient);
    const events = (await auditTrail(fx.t, fx.practice.a)).filter((e) => e.verb === "patient.register");
    expect(events).toHaveLength(1);
    const e = events[0]!;
    expect(e).toMatchObject({ action: "create", category: "demographics", patientId: r.patientId });
    // Hashes and times are digits that can contain "555" by chance; they carry no PHI.
    const text = JSON.stringify(e, (k, v: unknown) => (["hash", "prevHash", "at", "_creationTime"].includes(k) ? undefined : v)).toLowerCase();
    for (const phi of ["rowan", "quill", "synthetica", "1987-11-23", r.mrn.toLowerCase(), "555", "example.test", "synthetic lane", "faketown", "60601", "syn123456", "synthetic mutual", "jordan"]) {
      expect(text, phi).not.toContain(phi);
    }
    expect((await verifyChain(fx.t, fx.practice.a)).broken).toBeNull();
  });

  test("a registered patient is found by name, date of birth and MRN", async () => {
    const { fx, desk } = await setup();
    const r = await desk.mutation(api.patients.register, newPatient);
    for (const query of ["Synthetica", "Synthetica, Rowan", "Rowan Synthetica", "1987-11-23", "11/23/1987", r.mrn]) {
      const found = await desk.mutation(api.patients.search, { query });
      expect(found.results.map((p) => p._id), query).toContain(r.patientId);
    }
    // Not by the other practice.
    const deskB = await signedIn(fx.t, emailOf("front_desk", "b"));
    expect((await deskB.mutation(api.patients.search, { query: "Synthetica" })).results).toEqual([]);
  });
});
