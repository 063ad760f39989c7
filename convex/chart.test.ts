/**
 * The chart: role projections, the care-relationship rule and emergency
 * access, intake writes, SOAP notes that sign, lock and take addenda, and
 * patient search. All data synthetic.
 */
import { describe, expect, test, vi } from "vitest";
import { api, internal } from "./_generated/api";
import { auditTrail, codeOf, emailOf, outcome, signedIn, twoPractices, withKeys, type Fixture } from "./test.setup";

async function open(fx: Fixture, role: "front_desk" | "nurse" | "physician") {
  const who = await signedIn(fx.t, emailOf(role, "a"));
  await who.mutation(api.access.openChart, { patientId: fx.patient.a });
  return who;
}

describe("minimum necessary", () => {
  test("front desk gets demographics and insurance, and the server refuses the clinical query", async () => {
    const fx = await twoPractices();
    const desk = await open(fx, "front_desk");
    const view = await desk.query(api.chart.demographics, { patientId: fx.patient.a });
    expect(Object.keys(view.patient).sort()).toEqual(
      ["_id", "address", "assignedProvider", "dob", "email", "emergencyContact", "firstName", "insurance", "lastName", "middleName", "mrn", "phone", "sex", "upcomingAppointments"].sort(),
    );
    expect(await codeOf(desk.query(api.chart.clinical, { patientId: fx.patient.a }))).toBe("FORBIDDEN");
    // Tomorrow's scheduled visit is listed; the arrived one (also tomorrow) too; cancelled ones are not.
    expect(view.patient.upcomingAppointments.map((a) => a.status).sort()).toEqual(["arrived", "scheduled"]);
    await fx.t.run((ctx) => ctx.db.patch("appointments", fx.appointment.a, { status: "cancelled" }));
    expect((await desk.query(api.chart.demographics, { patientId: fx.patient.a })).patient.upcomingAppointments.map((a) => a.status)).toEqual(["arrived"]);
  });

  test("a nurse reads the clinical chart", async () => {
    const fx = await twoPractices();
    const nurse = await open(fx, "nurse");
    const chart = await nurse.query(api.chart.clinical, { patientId: fx.patient.a });
    expect(chart.encounters).toHaveLength(1);
    expect(chart.encounters[0]!.notes.map((n) => n.status).sort()).toEqual(["draft", "signed"]);
  });
});

describe("care relationship and emergency access", () => {
  async function strangerPatient(fx: Fixture) {
    return await fx.t.run((ctx) =>
      ctx.db.insert("patients", { practiceId: fx.practice.a, ...withKeys({ mrn: "MRN-9900001", firstName: "Synthia", lastName: "Stranger", dob: "1970-01-01", sex: "female" as const }) }),
    );
  }

  test("without a visit in 30 days or an assignment, a clinician must use emergency access", async () => {
    const fx = await twoPractices();
    const patientId = await strangerPatient(fx);
    const nurse = await signedIn(fx.t, emailOf("nurse", "a"));
    expect(await codeOf(nurse.mutation(api.access.openChart, { patientId }))).toBe("EMERGENCY_ACCESS_REQUIRED");
    // Front desk needs no care relationship for demographics.
    const desk = await signedIn(fx.t, emailOf("front_desk", "a"));
    expect(await codeOf(desk.mutation(api.access.openChart, { patientId }))).toBe("OK");
  });

  test("emergency access: 60 minutes, read-only, not renewable, flagged, reason kept out of the audit trail", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const fx = await twoPractices();
      const patientId = await strangerPatient(fx);
      const nurse = await signedIn(fx.t, emailOf("nurse", "a"));
      const detail = "Synthia Stranger found unresponsive in the waiting room";
      const grant = await nurse.mutation(api.access.openChartEmergency, { patientId, reason: "Emergency treatment", detail, confirmed: true });
      expect(grant.expiresAt - Date.now()).toBe(60 * 60_000);
      expect((await nurse.query(api.chart.clinical, { patientId })).encounters).toEqual([]);
      expect(await codeOf(nurse.mutation(api.clinical.recordVitals, { patientId, vitals: { heartRate: 80 } }))).toBe("FORBIDDEN");
      expect(await codeOf(nurse.mutation(api.access.renew, { scope: { kind: "chart", patientId } }))).toBe("CONFLICT");

      const event = (await auditTrail(fx.t, fx.practice.a)).find((e) => e.verb === "chart.emergency_open")!;
      expect(event).toMatchObject({ purpose: "emergency", patientId, details: { breakGlass: true, reviewRequired: true, reasonCode: 0 } });
      expect(JSON.stringify(await auditTrail(fx.t, fx.practice.a))).not.toContain("Stranger");
      // Compliance tooling (internal, admin key) sees the flagged event for the patient, newest first.
      const forPatient = await fx.t.query(internal.auditChain.eventsForPatient, { patientId });
      expect(forPatient[0]).toMatchObject({ verb: "chart.emergency_open", role: "nurse", purpose: "emergency", details: { breakGlass: true, reviewRequired: true } });
      const kept = await fx.t.run((ctx) => ctx.db.query("emergencyAccess").collect());
      expect(kept).toMatchObject([{ patientId, reason: "Emergency treatment", detail, auditSeq: event.seq }]);

      vi.setSystemTime(Date.now() + 60 * 60_000);
      expect(await codeOf(nurse.query(api.chart.clinical, { patientId }))).toBe("ACCESS_NOT_GRANTED");
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("intake", () => {
  test("vitals, allergy, medication and encounter are recorded, each with one audit event", async () => {
    const fx = await twoPractices();
    const nurse = await open(fx, "nurse");
    const before = (await auditTrail(fx.t, fx.practice.a)).length;
    await nurse.mutation(api.clinical.recordVitals, { patientId: fx.patient.a, vitals: { systolic: 131, diastolic: 84, temperatureC: 37.1 } });
    await nurse.mutation(api.clinical.addAllergy, { patientId: fx.patient.a, substance: "Latex", reaction: "Hives", severity: "moderate" });
    await nurse.mutation(api.clinical.addMedication, { patientId: fx.patient.a, name: "Synthetic-statin", dose: "20 mg", route: "oral", frequency: "nightly" });
    await nurse.mutation(api.clinical.startEncounter, { patientId: fx.patient.a, type: "office", chiefComplaint: "Synthetic headache" });
    const events = (await auditTrail(fx.t, fx.practice.a)).slice(before);
    expect(events.map((e) => e.verb)).toEqual(["vitals.record", "allergy.add", "medication.add", "encounter.start"]);
    const chart = await nurse.query(api.chart.clinical, { patientId: fx.patient.a });
    expect(chart.vitals.at(-1)).toMatchObject({ systolic: 131, diastolic: 84, temperatureC: 37.1 });
    expect(chart.allergies.map((a) => a.substance)).toContain("Latex");
    expect(chart.encounters[0]!.chiefComplaint).toBe("Synthetic headache");
  });
});

describe("SOAP notes", () => {
  test("draft, sign, lock, addendum; the chart shows integrity and notices tampering", async () => {
    const fx = await twoPractices();
    const doc = await open(fx, "physician");
    const { noteId } = await doc.mutation(api.notes.saveDraft, {
      patientId: fx.patient.a,
      encounterId: fx.encounter.a,
      subjective: "Synthetic cough for 3 days.",
      objective: "",
      assessment: "",
      plan: "",
    });
    expect((await outcome(doc.mutation(api.notes.sign, { patientId: fx.patient.a, noteId }))).message).toMatch(/assessment and a plan/);
    await doc.mutation(api.notes.saveDraft, {
      patientId: fx.patient.a,
      encounterId: fx.encounter.a,
      noteId,
      subjective: "Synthetic cough for 3 days.",
      objective: "Lungs clear.",
      assessment: "Viral URI.",
      plan: "Fluids and rest.",
    });
    const { contentHash } = await doc.mutation(api.notes.sign, { patientId: fx.patient.a, noteId });
    expect(contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await codeOf(doc.mutation(api.notes.saveDraft, { patientId: fx.patient.a, encounterId: fx.encounter.a, noteId, subjective: "x", objective: "", assessment: "", plan: "" }))).toBe("CONFLICT");
    await doc.mutation(api.notes.addAddendum, { patientId: fx.patient.a, noteId, text: "First correction." });
    await doc.mutation(api.notes.addAddendum, { patientId: fx.patient.a, noteId, text: "Second correction." });

    const find = async () => (await doc.query(api.chart.clinical, { patientId: fx.patient.a })).encounters[0]!.notes.find((n) => n._id === noteId)!;
    const signed = await find();
    expect(signed).toMatchObject({ status: "signed", integrity: "intact", signedBy: "physician of a" });
    expect(signed.addenda.map((a) => [a.text, a.integrity])).toEqual([
      ["First correction.", "intact"],
      ["Second correction.", "intact"],
    ]);
    // Someone with database access changes the signed text: the chart says so.
    await fx.t.run((ctx) => ctx.db.patch("notes", noteId, { plan: "Antibiotics." }));
    expect((await find()).integrity).toBe("mismatch");
  });
});

describe("patient search", () => {
  test("by name, last-comma-first, date of birth and MRN; audited without the search text", async () => {
    const fx = await twoPractices();
    const desk = await signedIn(fx.t, emailOf("front_desk", "a"));
    const patient = await fx.t.run(async (ctx) => (await ctx.db.get("patients", fx.patient.a))!);
    for (const query of [patient.lastName.slice(0, 6), `${patient.lastName}, ${patient.firstName}`, patient.dob, patient.mrn]) {
      const { results } = await desk.mutation(api.patients.search, { query });
      expect(results.map((r) => r._id), query).toEqual([fx.patient.a]);
    }
    const { results: none } = await desk.mutation(api.patients.search, { query: "Nobody" });
    expect(none).toEqual([]);
    const searches = (await auditTrail(fx.t, fx.practice.a)).filter((e) => e.verb === "patient.search");
    expect(searches).toHaveLength(5);
    expect(searches[0]!.details).toMatchObject({ resultCount: 1, patientIds: fx.patient.a });
    expect(JSON.stringify(searches)).not.toContain(patient.lastName);
  });

  test("never returns another practice's patients", async () => {
    const fx = await twoPractices();
    const desk = await signedIn(fx.t, emailOf("front_desk", "a"));
    const other = await fx.t.run(async (ctx) => (await ctx.db.get("patients", fx.patient.b))!);
    expect((await desk.mutation(api.patients.search, { query: other.mrn })).results).toEqual([]);
    expect((await desk.mutation(api.patients.search, { query: other.lastName })).results).toEqual([]);
  });
});
