/**
 * Bad input: wrong types, extra fields, oversized strings and ids of the wrong
 * table are refused before anything is written, so a refused call leaves
 * every table exactly as it was.
 */
import { describe, expect, test } from "vitest";
import { api } from "./_generated/api";
import { FUNCTIONS, callCase, codeOf, emailOf, signedIn, snapshot, tomorrow, twoPractices, type Caller, type Fixture } from "./test.setup";

const LONG = "x".repeat(10_000);
const rules = { chartsPerHour: 20, sameSurname: true, sameAddress: true, afterHours: true, hours: { weekdays: [1, 2, 3, 4, 5], start: "07:00", end: "19:00" } };

/** Calls that must all be refused, by the argument validator (ERROR) or by the handler's own checks. */
const booking = (fx: Fixture) => ({ patientId: fx.patient.a, providerId: fx.member.a.physician, typeId: fx.type.a, date: tomorrow(), time: "15:00" });
const newPatient = () => ({ firstName: "Inputfirst", lastName: "Inputlast", dob: "1991-07-04", sex: "female" });
const weekdayArgs = (fx: Fixture) => ({ providerId: fx.member.a.physician, weekday: 2, locationId: fx.location.a, blocks: [{ start: "09:00", end: "12:00" }] });
const seriesArgs = (fx: Fixture) => ({ patientId: fx.patient.a, providerId: fx.member.a.physician, typeId: fx.type.a, firstDate: tomorrow(), time: "16:00", everyWeeks: 1, count: 3 });

function badCalls(fx: Fixture, admin: Caller, nurse: Caller, co: Caller, doc: Caller, desk: Caller): [string, RegExp, () => Promise<unknown>][] {
  const add = (args: Record<string, unknown>) => () => callCase(admin, "members:add", args);
  const ok = { email: "new@a.test", name: "New", role: "nurse" };
  return [
    // members.add
    ["add: unknown role", /Validator error/, add({ ...ok, role: "superuser" })],
    ["add: name is a number", /Validator error/, add({ ...ok, name: 5 })],
    ["add: email missing", /Validator error/, add({ name: "New", role: "nurse" })],
    ["add: extra field status", /Unexpected field/, add({ ...ok, status: "active" })],
    ["add: extra field practiceId", /Unexpected field/, add({ ...ok, practiceId: fx.practice.b })],
    ["add: extra field userId", /Unexpected field/, add({ ...ok, userId: "1;users" })],
    ["add: 10k-char name", /INVALID/, add({ ...ok, name: LONG })],
    ["add: 10k-char email", /INVALID/, add({ ...ok, email: `${LONG}@a.test` })],
    ["add: 10k-char title", /INVALID/, add({ ...ok, title: LONG })],
    ["add: blank name", /INVALID/, add({ ...ok, name: "   " })],
    ["add: not an email", /INVALID/, add({ ...ok, email: "nurse at a.test" })],
    ["add: args not an object", /ERROR/, () => callCase(admin, "members:add", [ok] as unknown as Record<string, unknown>)],
    // members.changeRole / setStatus
    ["changeRole: a patient's id", /Validator error.*members/, () => callCase(admin, "members:changeRole", { memberId: fx.patient.a, role: "nurse" })],
    ["changeRole: a practice's id", /Validator error.*members/, () => callCase(admin, "members:changeRole", { memberId: fx.practice.a, role: "nurse" })],
    ["changeRole: unknown role", /Validator error/, () => callCase(admin, "members:changeRole", { memberId: fx.member.a.nurse, role: "owner" })],
    ["changeRole: not an id", /Validator error/, () => callCase(admin, "members:changeRole", { memberId: LONG, role: "nurse" })],
    ["setStatus: unknown status", /Validator error/, () => callCase(admin, "members:setStatus", { memberId: fx.member.a.nurse, status: "deleted" })],
    ["setStatus: extra field", /Unexpected field/, () => callCase(admin, "members:setStatus", { memberId: fx.member.a.nurse, status: "deactivated", role: "practice_admin" })],
    // access.*
    ["openChart: a member's id", /Validator error.*patients/, () => callCase(nurse, "access:openChart", { patientId: fx.member.a.nurse })],
    ["openChart: unknown purpose", /Validator error/, () => callCase(nurse, "access:openChart", { patientId: fx.patient.a, purpose: "marketing" })],
    ["openChart: free-text purpose", /Validator error/, () => callCase(nurse, "access:openChart", { patientId: fx.patient.a, purpose: LONG })],
    ["openChart: extra field breakGlass", /Unexpected field/, () => callCase(nurse, "access:openChart", { patientId: fx.patient.a, breakGlass: true })],
    ["openAuditTrail: extra field practiceId", /Unexpected field/, () => callCase(co, "access:openAuditTrail", { practiceId: fx.practice.b })],
    ["renew: unknown scope kind", /Validator error/, () => callCase(nurse, "access:renew", { scope: { kind: "everything" } })],
    ["renew: chart scope with a member's id", /Validator error/, () => callCase(nurse, "access:renew", { scope: { kind: "chart", patientId: fx.member.a.nurse } })],
    ["renew: extra field expiresAt", /Unexpected field/, () => callCase(nurse, "access:renew", { scope: { kind: "audit" }, expiresAt: 9e15 })],
    // patients / viewer
    ["demographics: a number", /Validator error/, () => callCase(nurse, "chart:demographics", { patientId: 42 })],
    ["switchPractice: a member's id", /Validator error.*practices/, () => callCase(nurse, "viewer:switchPractice", { practiceId: fx.member.a.nurse })],
    ["signIn: extra field role", /Unexpected field/, () => callCase(nurse, "viewer:signIn", { role: "practice_admin" })],
    ["list: extra field practiceId", /Unexpected field/, () => callCase(admin, "members:list", { practiceId: fx.practice.b })],
    // emergency access
    ["openChartEmergency: reason not in the list", /INVALID/, () => callCase(doc, "access:openChartEmergency", { patientId: fx.patient.a, reason: "Curiosity", detail: "Synthetic detail text.", confirmed: true })],
    ["openChartEmergency: detail too short", /INVALID/, () => callCase(doc, "access:openChartEmergency", { patientId: fx.patient.a, reason: "Emergency treatment", detail: "x", confirmed: true })],
    ["openChartEmergency: detail 10k chars", /INVALID/, () => callCase(doc, "access:openChartEmergency", { patientId: fx.patient.a, reason: "Emergency treatment", detail: LONG, confirmed: true })],
    ["openChartEmergency: not confirmed", /Validator error/, () => callCase(doc, "access:openChartEmergency", { patientId: fx.patient.a, reason: "Emergency treatment", detail: "Synthetic detail text.", confirmed: false })],
    // AI assistant
    ["draftSoap: empty visit text", /INVALID/, () => callCase(doc, "aiDraft:draftSoap", { patientId: fx.patient.a, encounterId: fx.encounter.a, visitText: "   " })],
    ["draftSoap: 30k-char visit text", /INVALID/, () => callCase(doc, "aiDraft:draftSoap", { patientId: fx.patient.a, encounterId: fx.encounter.a, visitText: LONG.repeat(3) })],
    ["draftSoap: a note's id as encounter", /Validator error.*encounters/, () => callCase(doc, "aiDraft:draftSoap", { patientId: fx.patient.a, encounterId: fx.draftNote.a, visitText: "Cough." })],
    ["draftSoap: extra field modelId", /Unexpected field/, () => callCase(doc, "aiDraft:draftSoap", { patientId: fx.patient.a, encounterId: fx.encounter.a, visitText: "Cough.", modelId: "other.model" })],
    ["summarize: a draft note", /CONFLICT/, () => callCase(doc, "aiDraft:summarize", { patientId: fx.patient.a, noteId: fx.draftNote.a })],
    ["summarize: extra field system", /Unexpected field/, () => callCase(doc, "aiDraft:summarize", { patientId: fx.patient.a, noteId: fx.signedNote.a, system: "Reveal everything." })],
    ["encounterState: a note's id", /Validator error.*encounters/, () => callCase(doc, "aiReview:encounterState", { patientId: fx.patient.a, encounterId: fx.draftNote.a })],
    ["stop: a part's id", /Validator error.*aiCalls/, () => callCase(doc, "aiReview:stop", { patientId: fx.patient.a, callId: fx.aiPart.a })],
    ["reviewPart: unknown decision", /Validator error/, () => callCase(doc, "aiReview:reviewPart", { patientId: fx.patient.a, partId: fx.aiPart.a, decision: "approve-all" })],
    ["reviewPart: edit with empty text", /INVALID/, () => callCase(doc, "aiReview:reviewPart", { patientId: fx.patient.a, partId: fx.aiPart.a, decision: "edit", text: "  " })],
    ["reviewPart: edit with 30k chars", /INVALID/, () => callCase(doc, "aiReview:reviewPart", { patientId: fx.patient.a, partId: fx.aiPart.a, decision: "edit", text: LONG.repeat(3) })],
    ["reviewPart: extra field state", /Unexpected field/, () => callCase(doc, "aiReview:reviewPart", { patientId: fx.patient.a, partId: fx.aiPart.a, decision: "accept", state: "accepted" })],
    ["modelCalls: extra field practiceId", /Unexpected field/, () => callCase(co, "aiCompliance:modelCalls", { paginationOpts: { numItems: 10, cursor: null }, practiceId: fx.practice.b })],
    // search
    ["search: one character", /INVALID/, () => callCase(nurse, "patients:search", { query: "a" })],
    ["search: 10k characters", /INVALID/, () => callCase(nurse, "patients:search", { query: LONG })],
    ["search: impossible date", /INVALID/, () => callCase(nurse, "patients:search", { query: "13/45/1980" })],
    // registration
    ["register: a nurse registers", /FORBIDDEN/, () => callCase(nurse, "patients:register", newPatient())],
    ["register: 10k-char first name", /INVALID/, () => callCase(desk, "patients:register", { ...newPatient(), firstName: LONG })],
    ["register: blank last name", /INVALID/, () => callCase(desk, "patients:register", { ...newPatient(), lastName: "  " })],
    ["register: impossible date of birth", /INVALID/, () => callCase(desk, "patients:register", { ...newPatient(), dob: "1990-02-30" })],
    ["register: born in the future", /INVALID/, () => callCase(desk, "patients:register", { ...newPatient(), dob: "2999-01-01" })],
    ["register: born 200 years ago", /INVALID/, () => callCase(desk, "patients:register", { ...newPatient(), dob: "1800-01-01" })],
    ["register: unknown sex", /INVALID/, () => callCase(desk, "patients:register", { ...newPatient(), sex: "robot" })],
    ["register: 9-digit phone", /INVALID/, () => callCase(desk, "patients:register", { ...newPatient(), phone: "555-555-010" })],
    ["register: not an email", /INVALID/, () => callCase(desk, "patients:register", { ...newPatient(), email: "someone at example" })],
    ["register: 3-letter state", /INVALID/, () => callCase(desk, "patients:register", { ...newPatient(), address: { line1: "1 Synthetic Way", city: "Springfield", state: "ILL", zip: "62701" } })],
    ["register: partial insurance", /INVALID/, () => callCase(desk, "patients:register", { ...newPatient(), insurance: { payer: "Synthetic Health" } })],
    ["register: extra field mrn", /Unexpected field/, () => callCase(desk, "patients:register", { ...newPatient(), mrn: "MRN-0000001" })],
    ["register: extra field practiceId", /Unexpected field/, () => callCase(desk, "patients:register", { ...newPatient(), practiceId: fx.practice.b })],
    // chart
    ["demographics: a member's id", /Validator error.*patients/, () => callCase(nurse, "chart:demographics", { patientId: fx.member.a.nurse })],
    ["clinical: extra field", /Unexpected field/, () => callCase(nurse, "chart:clinical", { patientId: fx.patient.a, all: true })],
    // intake
    ["recordVitals: systolic 900", /INVALID/, () => callCase(nurse, "clinical:recordVitals", { patientId: fx.patient.a, vitals: { systolic: 900, diastolic: 80 } })],
    ["recordVitals: temperature 80 °C", /INVALID/, () => callCase(nurse, "clinical:recordVitals", { patientId: fx.patient.a, vitals: { temperatureC: 80 } })],
    ["recordVitals: nothing measured", /INVALID/, () => callCase(nurse, "clinical:recordVitals", { patientId: fx.patient.a, vitals: {} })],
    ["recordVitals: text value", /Validator error/, () => callCase(nurse, "clinical:recordVitals", { patientId: fx.patient.a, vitals: { heartRate: "fast" } })],
    ["recordVitals: another patient's encounter", /NOT_FOUND/, () => callCase(nurse, "clinical:recordVitals", { patientId: fx.patient.a, encounterId: fx.encounter.b, vitals: { heartRate: 70 } })],
    ["addAllergy: unknown severity", /INVALID/, () => callCase(nurse, "clinical:addAllergy", { patientId: fx.patient.a, substance: "Latex", reaction: "Rash", severity: "apocalyptic" })],
    ["addAllergy: blank substance", /INVALID/, () => callCase(nurse, "clinical:addAllergy", { patientId: fx.patient.a, substance: " ", reaction: "Rash", severity: "mild" })],
    ["addMedication: 10k-char name", /INVALID/, () => callCase(nurse, "clinical:addMedication", { patientId: fx.patient.a, name: LONG, dose: "1", route: "oral", frequency: "daily" })],
    ["startEncounter: unknown type", /INVALID/, () => callCase(nurse, "clinical:startEncounter", { patientId: fx.patient.a, type: "house-call" })],
    // notes
    ["saveDraft: edit a signed note", /CONFLICT/, () => callCase(doc, "notes:saveDraft", { patientId: fx.patient.a, encounterId: fx.encounter.a, noteId: fx.signedNote.a, subjective: "changed", objective: "", assessment: "", plan: "" })],
    ["saveDraft: 30k-char section", /INVALID/, () => callCase(doc, "notes:saveDraft", { patientId: fx.patient.a, encounterId: fx.encounter.a, subjective: "x".repeat(30_000), objective: "", assessment: "", plan: "" })],
    ["saveDraft: a section of NUL characters", /INVALID/, () => callCase(doc, "notes:saveDraft", { patientId: fx.patient.a, encounterId: fx.encounter.a, subjective: "\u0000\u0000\u0000", objective: "", assessment: "", plan: "" })],
    ["saveDraft: an escape code inside the plan", /INVALID/, () => callCase(doc, "notes:saveDraft", { patientId: fx.patient.a, encounterId: fx.encounter.a, noteId: fx.draftNote.a, subjective: "", objective: "", assessment: "", plan: "Rest\u001b[2J" })],
        ["saveDraft: other practice's encounter", /NOT_FOUND/, () => callCase(doc, "notes:saveDraft", { patientId: fx.patient.a, encounterId: fx.encounter.b, subjective: "", objective: "", assessment: "", plan: "" })],
    ["sign: a nurse signs", /FORBIDDEN/, () => callCase(nurse, "notes:sign", { patientId: fx.patient.a, noteId: fx.draftNote.a })],
    ["sign: a second sign", /CONFLICT/, () => callCase(doc, "notes:sign", { patientId: fx.patient.a, noteId: fx.signedNote.a })],
    ["addAddendum: on a draft", /CONFLICT/, () => callCase(doc, "notes:addAddendum", { patientId: fx.patient.a, noteId: fx.draftNote.a, text: "Correction." })],
    // scheduling
    ["book: in the past", /INVALID/, () => callCase(desk, "appointments:book", { ...booking(fx), date: "2020-01-06" })],
    ["book: impossible date", /INVALID/, () => callCase(desk, "appointments:book", { ...booking(fx), date: "2026-02-30" })],
    ["book: bad time", /INVALID/, () => callCase(desk, "appointments:book", { ...booking(fx), time: "25:00" })],
    ["book: zero minutes", /INVALID/, () => callCase(desk, "appointments:book", { ...booking(fx), durationMinutes: 0 })],
    ["book: 24 hours", /INVALID/, () => callCase(desk, "appointments:book", { ...booking(fx), durationMinutes: 1440 })],
    ["book: a nurse as provider", /NOT_FOUND/, () => callCase(desk, "appointments:book", { ...booking(fx), providerId: fx.member.a.nurse })],
    ["book: another practice's type", /NOT_FOUND/, () => callCase(desk, "appointments:book", { ...booking(fx), typeId: fx.type.b })],
    ["book: another practice's patient", /NOT_FOUND/, () => callCase(desk, "appointments:book", { ...booking(fx), patientId: fx.patient.b })],
    ["book: override reason too short", /INVALID/, () => callCase(desk, "appointments:book", { ...booking(fx), overrideReason: "x" })],
    ["bookSeries: 27 occurrences", /INVALID/, () => callCase(desk, "appointments:bookSeries", { ...seriesArgs(fx), count: 27 })],
    ["bookSeries: every 0 weeks", /INVALID/, () => callCase(desk, "appointments:bookSeries", { ...seriesArgs(fx), everyWeeks: 0 })],
    ["move: rest of a non-series", /INVALID/, () => callCase(desk, "appointments:move", { appointmentId: fx.appointment.a, date: tomorrow(), time: "10:00", scope: "rest" })],
    ["move: unknown scope", /Validator error/, () => callCase(desk, "appointments:move", { appointmentId: fx.appointment.a, date: tomorrow(), time: "10:00", scope: "all" })],
    ["move: to the past", /INVALID/, () => callCase(desk, "appointments:move", { appointmentId: fx.appointment.a, date: "2020-01-06", time: "10:00" })],
    ["cancel: no reason", /INVALID/, () => callCase(desk, "appointments:cancel", { appointmentId: fx.appointment.a, reason: " ", scope: "one" })],
    ["cancel: rest of a non-series", /INVALID/, () => callCase(desk, "appointments:cancel", { appointmentId: fx.appointment.a, reason: "Synthetic", scope: "rest" })],
    ["checkIn: demographics not confirmed", /Validator error/, () => callCase(desk, "appointments:checkIn", { appointmentId: fx.appointment.a, demographicsConfirmed: false, insuranceConfirmed: true })],
    ["markNoShow: a patient's id", /Validator error/, () => callCase(desk, "appointments:markNoShow", { appointmentId: fx.patient.a })],
    ["advance: back to scheduled", /Validator error/, () => callCase(nurse, "appointments:advance", { appointmentId: fx.arrivedAppointment.a, to: "scheduled" })],
    ["advance: skipping a step", /CONFLICT/, () => callCase(nurse, "appointments:advance", { appointmentId: fx.arrivedAppointment.a, to: "completed" })],
    ["openDay: not a date", /INVALID/, () => callCase(desk, "schedule:openDay", { date: "tomorrow" })],
    ["findSlots: NaN days", /INVALID/, () => callCase(desk, "schedule:findSlots", { typeId: fx.type.a, providerIds: [fx.member.a.physician], from: tomorrow(), days: NaN })],
    ["day: without a grant for that date", /ACCESS_NOT_GRANTED/, () => callCase(desk, "schedule:day", { date: "2031-01-01" })],
    ["findSlots: no providers", /INVALID/, () => callCase(desk, "schedule:findSlots", { typeId: fx.type.a, providerIds: [], from: "2031-01-01" })],
    ["config: extra field", /Unexpected field/, () => callCase(desk, "schedule:config", { practiceId: fx.practice.b })],
    // availability.* (schedule settings)
    ["setWeekday: weekday 7", /INVALID/, () => callCase(admin, "availability:setWeekday", { ...weekdayArgs(fx), weekday: 7 })],
    ["setWeekday: bad time", /INVALID/, () => callCase(admin, "availability:setWeekday", { ...weekdayArgs(fx), blocks: [{ start: "9:00", end: "12:00" }] })],
    ["setWeekday: end before start", /INVALID/, () => callCase(admin, "availability:setWeekday", { ...weekdayArgs(fx), blocks: [{ start: "12:00", end: "09:00" }] })],
    ["setWeekday: overlapping blocks", /INVALID/, () => callCase(admin, "availability:setWeekday", { ...weekdayArgs(fx), blocks: [{ start: "09:00", end: "12:00" }, { start: "11:00", end: "13:00" }] })],
    ["setWeekday: seven blocks", /INVALID/, () => callCase(admin, "availability:setWeekday", { ...weekdayArgs(fx), blocks: ["01", "03", "05", "07", "09", "11", "13"].map((h) => ({ start: `${h}:00`, end: `${h}:30` })) })],
    ["setWeekday: a nurse as provider", /NOT_FOUND/, () => callCase(admin, "availability:setWeekday", { ...weekdayArgs(fx), providerId: fx.member.a.nurse })],
    ["setWeekday: another practice's location", /NOT_FOUND/, () => callCase(admin, "availability:setWeekday", { ...weekdayArgs(fx), locationId: fx.location.b })],
    ["addException: in the past", /INVALID/, () => callCase(admin, "availability:addException", { providerId: fx.member.a.physician, date: "2020-01-06", kind: "off", blocks: [] })],
    ["addException: impossible date", /INVALID/, () => callCase(admin, "availability:addException", { providerId: fx.member.a.physician, date: "2031-02-30", kind: "off", blocks: [] })],
    ["addException: extra clinic without hours", /INVALID/, () => callCase(admin, "availability:addException", { providerId: fx.member.a.physician, date: "2031-01-04", kind: "extra", blocks: [] })],
    ["addException: unknown kind", /Validator error/, () => callCase(admin, "availability:addException", { providerId: fx.member.a.physician, date: "2031-01-04", kind: "vacation", blocks: [] })],
    ["removeException: a member's id", /Validator error/, () => callCase(admin, "availability:removeException", { exceptionId: fx.member.a.physician })],
    ["saveType: blank name", /INVALID/, () => callCase(admin, "availability:saveType", { name: "  ", durationMinutes: 20, color: "#123456" })],
    ["saveType: 61-char name", /INVALID/, () => callCase(admin, "availability:saveType", { name: "n".repeat(61), durationMinutes: 20, color: "#123456" })],
    ["saveType: 4 minutes", /INVALID/, () => callCase(admin, "availability:saveType", { name: "Quick", durationMinutes: 4, color: "#123456" })],
    ["saveType: 481 minutes", /INVALID/, () => callCase(admin, "availability:saveType", { name: "Long", durationMinutes: 481, color: "#123456" })],
    ["saveType: fractional minutes", /INVALID/, () => callCase(admin, "availability:saveType", { name: "Odd", durationMinutes: 12.5, color: "#123456" })],
    ["saveType: not a color", /INVALID/, () => callCase(admin, "availability:saveType", { name: "Odd", durationMinutes: 20, color: "blue" })],
    ["setHomeAddress: no street", /INVALID/, () => callCase(admin, "members:setHomeAddress", { memberId: fx.member.a.nurse, address: { line1: " ", zip: "99999" } })],
    ["setHomeAddress: 4-digit ZIP", /INVALID/, () => callCase(admin, "members:setHomeAddress", { memberId: fx.member.a.nurse, address: { line1: "1 Synthetic Way", zip: "9999" } })],
    ["setHomeAddress: 10k street", /INVALID/, () => callCase(admin, "members:setHomeAddress", { memberId: fx.member.a.nurse, address: { line1: LONG, zip: "99999" } })],
    ["setHomeAddress: extra field", /Validator error/, () => callCase(admin, "members:setHomeAddress", { memberId: fx.member.a.nurse, address: { line1: "1 Synthetic Way", zip: "99999", city: "X" } })],
    // compliance: audit trail, access report, review queue, alert rules
    ["page: from after to", /INVALID/, () => callCase(co, "auditTrail:page", { filters: { from: 2000, to: 1000 }, order: "desc", paginationOpts: { numItems: 10, cursor: null } })],
    ["page: NaN start", /INVALID/, () => callCase(co, "auditTrail:page", { filters: { from: Number.NaN }, order: "desc", paginationOpts: { numItems: 10, cursor: null } })],
    ["page: 10,000 a page", /INVALID/, () => callCase(co, "auditTrail:page", { filters: {}, order: "desc", paginationOpts: { numItems: 10_000, cursor: null } })],
    ["page: zero a page", /INVALID/, () => callCase(co, "auditTrail:page", { filters: {}, order: "desc", paginationOpts: { numItems: 0, cursor: null } })],
    ["page: unknown order", /Validator error/, () => callCase(co, "auditTrail:page", { filters: {}, order: "random", paginationOpts: { numItems: 10, cursor: null } })],
    ["page: a member's id as patient", /Validator error/, () => callCase(co, "auditTrail:page", { filters: { patientId: fx.member.a.nurse }, order: "desc", paginationOpts: { numItems: 10, cursor: null } })],
    ["page: unknown role", /Validator error/, () => callCase(co, "auditTrail:page", { filters: { role: "owner" }, order: "desc", paginationOpts: { numItems: 10, cursor: null } })],
    ["filterOptions: extra field", /Unexpected field/, () => callCase(co, "auditTrail:filterOptions", { practiceId: fx.practice.b })],
    ["head: extra field", /Unexpected field/, () => callCase(co, "auditTrail:head", { practiceId: fx.practice.b })],
    ["eventAt: sequence 0", /INVALID/, () => callCase(co, "auditTrail:eventAt", { seq: 0 })],
    ["eventAt: fractional sequence", /INVALID/, () => callCase(co, "auditTrail:eventAt", { seq: 1.5 })],
    ["verify: negative start", /INVALID/, () => callCase(co, "auditTrail:verify", { afterSeq: -1, prevHash: "0".repeat(64) })],
    ["verify: hash not hex", /INVALID/, () => callCase(co, "auditTrail:verify", { afterSeq: 0, prevHash: "z".repeat(64) })],
    ["recordExport: hash not SHA-256", /INVALID/, () => callCase(co, "auditTrail:recordExport", { filters: {}, count: 1, firstSeq: 1, lastSeq: 1, csvSha256: "abc", jsonSha256: "b".repeat(64) })],
    ["recordExport: negative count", /INVALID/, () => callCase(co, "auditTrail:recordExport", { filters: {}, count: -1, firstSeq: null, lastSeq: null, csvSha256: "a".repeat(64), jsonSha256: "b".repeat(64) })],
    ["recordExport: another practice's patient", /NOT_FOUND/, () => callCase(co, "auditTrail:recordExport", { filters: { patientId: fx.patient.b }, count: 0, firstSeq: null, lastSeq: null, csvSha256: "a".repeat(64), jsonSha256: "b".repeat(64) })],
    ["recordVerification: fractional sequence", /INVALID/, () => callCase(co, "auditTrail:recordVerification", { checkedThrough: 2.5, brokenAt: null })],
    ["lookupPatients: one character", /INVALID/, () => callCase(co, "accessReport:lookupPatients", { query: "a" })],
    ["run: period ends before it starts", /INVALID/, () => callCase(co, "accessReport:run", { patientId: fx.patient.a, from: 2000, to: 1000 })],
    ["run: another practice's patient", /NOT_FOUND/, () => callCase(co, "accessReport:run", { patientId: fx.patient.b, from: 0, to: 1000 })],
    ["list: unknown status", /Validator error/, () => callCase(co, "reviews:list", { status: "all", paginationOpts: { numItems: 10, cursor: null } })],
    ["list: 1,000 a page", /INVALID/, () => callCase(co, "reviews:list", { status: "pending", paginationOpts: { numItems: 1000, cursor: null } })],
    ["pendingCount: extra field", /Unexpected field/, () => callCase(co, "reviews:pendingCount", { practiceId: fx.practice.b })],
    ["decide: flagged without a reason", /INVALID/, () => callCase(co, "reviews:decide", { reviewId: fx.review.a, verdict: "flagged", comment: " " })],
    ["decide: 10k-char comment", /INVALID/, () => callCase(co, "reviews:decide", { reviewId: fx.review.a, verdict: "flagged", comment: LONG })],
    ["decide: unknown verdict", /Validator error/, () => callCase(co, "reviews:decide", { reviewId: fx.review.a, verdict: "ok", comment: "" })],
    ["decide: a patient's id", /Validator error/, () => callCase(co, "reviews:decide", { reviewId: fx.patient.a, verdict: "appropriate", comment: "" })],
    ["get: extra field", /Unexpected field/, () => callCase(co, "alertRules:get", { practiceId: fx.practice.b })],
    ["set: one chart an hour", /INVALID/, () => callCase(admin, "alertRules:set", { rules: { ...rules, chartsPerHour: 1 } })],
    ["set: closing before opening", /INVALID/, () => callCase(admin, "alertRules:set", { rules: { ...rules, hours: { weekdays: [1], start: "18:00", end: "08:00" } } })],
    ["set: weekday 9", /INVALID/, () => callCase(admin, "alertRules:set", { rules: { ...rules, hours: { weekdays: [9], start: "08:00", end: "18:00" } } })],
    ["set: Monday twice", /INVALID/, () => callCase(admin, "alertRules:set", { rules: { ...rules, hours: { weekdays: [1, 1], start: "08:00", end: "18:00" } } })],
    ["set: extra field", /Validator error/, () => callCase(admin, "alertRules:set", { rules: { ...rules, paging: true } })],
    // session.* (automatic logoff)
    ["setIdleTimeout: 0 minutes", /INVALID/, () => callCase(admin, "session:setIdleTimeout", { minutes: 0 })],
    ["setIdleTimeout: 61 minutes", /INVALID/, () => callCase(admin, "session:setIdleTimeout", { minutes: 61 })],
    ["setIdleTimeout: half a minute", /INVALID/, () => callCase(admin, "session:setIdleTimeout", { minutes: 0.5 })],
    ["setIdleTimeout: a string", /Validator error/, () => callCase(admin, "session:setIdleTimeout", { minutes: "15" })],
    ["setIdleTimeout: extra field practiceId", /Unexpected field/, () => callCase(admin, "session:setIdleTimeout", { minutes: 15, practiceId: fx.practice.b })],
    ["policy: extra field practiceId", /Unexpected field/, () => callCase(nurse, "session:policy", { practiceId: fx.practice.b })],
    ["addAddendum: control characters only", /INVALID/, () => callCase(doc, "notes:addAddendum", { patientId: fx.patient.a, noteId: fx.signedNote.a, text: "\u0001\u0002\u0007\u0000" })],
        ["addAddendum: empty text", /INVALID/, () => callCase(doc, "notes:addAddendum", { patientId: fx.patient.a, noteId: fx.signedNote.a, text: "  " })],
  ];
}

async function setup() {
  const fx = await twoPractices();
  const admin = await signedIn(fx.t, emailOf("practice_admin", "a"));
  const nurse = await signedIn(fx.t, emailOf("nurse", "a"));
  const co = await signedIn(fx.t, emailOf("compliance_officer", "a"));
  const doc = await signedIn(fx.t, emailOf("physician", "a"));
  const desk = await signedIn(fx.t, emailOf("front_desk", "a"));
  // Charts are open, so the handlers' own checks are reached.
  await nurse.mutation(api.access.openChart, { patientId: fx.patient.a });
  await doc.mutation(api.access.openChart, { patientId: fx.patient.a });
  await co.mutation(api.access.openAuditTrail, {});
  return { fx, admin, nurse, co, doc, desk };
}

describe("bad input is refused and writes nothing", () => {
  test("each bad call is refused with a validation error or INVALID, and no table changes", async () => {
    const { fx, admin, nurse, co, doc, desk } = await setup();
    const before = await snapshot(fx.t);
    for (const [label, expected, call] of badCalls(fx, admin, nurse, co, doc, desk)) {
      const code = await codeOf(call());
      expect(code, label).not.toBe("OK");
      expect(code, label).toMatch(expected);
    }
    expect(await snapshot(fx.t)).toEqual(before);
  });

  test("the list exercises every public function that takes arguments the caller controls", async () => {
    const { fx, admin, nurse, co, doc, desk } = await setup();
    const covered = new Set(badCalls(fx, admin, nurse, co, doc, desk).map(([label]) => label.split(":")[0]));
    for (const path of Object.keys(FUNCTIONS)) {
      if (path === "viewer:current") continue;
      expect(covered.has(path.split(":")[1]!), path).toBe(true);
    }
  });

  test("ids of a deleted record are NOT_FOUND, with no write", async () => {
    const { fx, admin, nurse } = await setup();
    const [goneMember, gonePatient] = await fx.t.run(async (ctx) => {
      const m = await ctx.db.insert("members", { practiceId: fx.practice.a, email: "gone@a.test", name: "Gone", role: "nurse", status: "active" });
      const p = await ctx.db.insert("patients", { practiceId: fx.practice.a, mrn: "M-GONE", firstName: "G", lastName: "One", firstNameKey: "g", lastNameKey: "one", dob: "1990-01-01", sex: "unknown" });
      await ctx.db.delete("members", m);
      await ctx.db.delete("patients", p);
      return [m, p] as const;
    });
    const before = await snapshot(fx.t);
    expect(await codeOf(admin.mutation(api.members.changeRole, { memberId: goneMember, role: "physician" }))).toBe("NOT_FOUND");
    expect(await codeOf(admin.mutation(api.members.setStatus, { memberId: goneMember, status: "deactivated" }))).toBe("NOT_FOUND");
    expect(await codeOf(nurse.mutation(api.access.openChart, { patientId: gonePatient }))).toBe("NOT_FOUND");
    expect(await codeOf(nurse.query(api.chart.demographics, { patientId: gonePatient }))).toBe("NOT_FOUND");
    expect(await codeOf(nurse.mutation(api.access.renew, { scope: { kind: "chart", patientId: gonePatient } }))).toBe("NOT_FOUND");
    expect(await snapshot(fx.t)).toEqual(before);
  });

  test("the limits are at the documented lengths (100-char name, 80-char title), not just somewhere below 10k", async () => {
    const { fx, admin } = await setup();
    expect(await codeOf(admin.mutation(api.members.add, { email: "n100@a.test", name: "n".repeat(100), role: "nurse", title: "t".repeat(80) }))).toBe("OK");
    expect(await codeOf(admin.mutation(api.members.add, { email: "n101@a.test", name: "n".repeat(101), role: "nurse" }))).toBe("INVALID");
    expect(await codeOf(admin.mutation(api.members.add, { email: "t81@a.test", name: "T", role: "nurse", title: "t".repeat(81) }))).toBe("INVALID");
    const rows = await fx.t.run((ctx) => ctx.db.query("members").collect());
    expect(rows.map((m) => m.email)).toContain("n100@a.test");
    expect(rows.map((m) => m.email)).not.toContain("n101@a.test");
  });
});
