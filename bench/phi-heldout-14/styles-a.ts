/**
 * Fourteenth corpus, styles A: privacy, interface and records-routing documents (audit reviews, API access logs,
 * chart-merge tickets, misdirected faxes, HIE ADT alerts, e-fax inbox index).
 */
import { fmtDate } from "./kit";
import * as L from "./lists";
import { address, age, dt, fac, hhmm, initials, isoTs, nm, other, ph, staff, type Note14, type Style } from "./note";

function btgPrivacyReview(n: Note14): void {
  const { b, c, pt } = n;
  const analyst = other(n);
  const emp = other(n);
  const hosp = c.hospital();
  b.t(c.pick(["PRIVACY OFFICE — BREAK-THE-GLASS REVIEW", "Privacy & Compliance | Emergency Access (BTG) Review", "BTG ACCESS INVESTIGATION SUMMARY"])).nl();
  b.t("Facility: ");
  fac(n, hosp);
  b.nl().t(c.pick(["Case #: ", "Investigation No. ", "Case ID "])).v(`PRV-${c.pick(["2025", "2026"])}-${c.digits(5)}`, "ID").nl();
  b.t("Opened: ");
  dt(n);
  b.t(" by ");
  nm(n, analyst, c.pick(["fl", "lf", "il"]));
  b.t(", Privacy Analyst").nl();
  b.t(`Alert source: ${c.pick(["FairWarning", "Protenus", "Imprivata FairWarning", "Epic BTG audit"])} rule ${c.int(3, 40)} "${c.pick(["Same last name", "Coworker", "Neighbor (address match)", "VIP flag"])}"`).nl();
  b.t("Patient: ");
  nm(n, pt, c.pick(["LF", "LFM", "lf"]));
  b.t(c.pick(["   MRN: ", " | MRN ", "  (MRN "])).v(n.mrn, "MRN").t(c.pick(["   DOB: ", " | DOB ", ")  DOB: "]));
  dt(n, n.dob);
  b.nl().t("Workforce member: ");
  nm(n, emp, c.pick(["lf", "LF", "fl"]));
  b.t(` (employee ID `).v(c.digits(6), "ID").t(`), ${c.pick(["4 West Med-Surg", "Patient Access", "Lab - Core", "ED Registration", "Environmental Services"])}, ${c.pick(["CNA", "PCT", "Registrar", "Phlebotomist", "RN"])}`).nl();
  b.t("Access: ");
  dt(n);
  b.t(` ${hhmm(c)} from WS-${c.letters(2)}-${c.digits(3)} (IP `).v(c.chance(0.8) ? c.ip4() : c.ip6(), "IP").t(")").nl();
  const bio = c.pick([["fingerprint", "FP"], ["palm vein", "PV"], ["face match", "FM"]] as const);
  b.t(`Authentication: badge tap + ${bio[0]} (template `).v(`${bio[1]}-${c.hex(10).toUpperCase()}`, "BIOMETRIC").t(")").nl();
  b.t(`Screens viewed: Chart Review > Notes (${c.int(2, 14)}), Results (${c.int(1, 9)}), Demographics`).nl();
  b.t('Reason entered: "').t(c.pick(["pt is my neighbor just checking on ", "checking on ", "family asked me to look at "]));
  b.v(n.pt.first.toLowerCase(), "NAME").t('"').nl();
  b.t("Relationship found: workforce member's mailing address on file matches the patient's (");
  b.v(n.addr.line1, "ADDRESS").t(", ").v(n.addr.city, "LOCATION").t(").").nl();
  b.t(`Finding: no treatment relationship. Sanction level ${c.int(1, 3)}. Employee interviewed `);
  dt(n, c.recent(), true);
  b.t("; patient letter mailed ");
  dt(n);
  b.t(` (4-factor risk assessment per 45 CFR 164.402). Employee re-trained on minimum necessary.`).nl();
}

function fhirApiAccessLog(n: Note14): void {
  const { b, c, pt } = n;
  const app = c.pick(["HealthWallet", "CareHub Personal", "MedBinder", "Pillbox+", "RecordRoam"]);
  const pid = c.uuid();
  const dom = c.pick(["fhir.larchmonthealth.org", "api.kettleriver-med.org", "ehr-fhir.twoRivers.health".toLowerCase()]);
  b.t(`# Patient Access API audit export (${c.pick(["SMART on FHIR", "FHIR R4", "21st Century Cures API"])}) — ${c.int(4, 9)} events`).nl();
  const lines = c.int(3, 5);
  const day0 = c.recent();
  const appId = c.hex(6);
  for (let i = 0; i < lines; i++) {
    const ev = i === 0 ? "authorize" : i === 1 ? "token.issue" : c.pick(["read Patient", "search Observation", "search MedicationRequest", "token.refresh"]);
    b.t(`{"ts":"`);
    isoTs(n, c.later(day0, i === 0 ? 0 : c.int(0, 9)));
    b.t(`","event":"${ev}","client_id":"app-${appId}","client_name":"${app}","patient":"`).v(`https://${dom}/R4/Patient/${pid}`, "URL").t('"');
    if (i === 0) {
      b.t(`,"display":"`);
      nm(n, pt, c.pick(["fl", "fml"]));
      b.t(`","birthDate":"`).v(fmtDate(n.dob, "iso"), "DATE").t(`","identifier":{"system":"urn:oid:2.16.840.1.113883.3.${c.int(100, 9999)}","value":"`).v(n.mrn, "MRN").t('"}');
    }
    if (i === 1) b.t(`,"user":"`).v(n.email, "EMAIL").t('"');
    b.t(`,"scope":"${c.pick(["patient/*.read", "patient/Observation.rs", "launch/patient openid fhirUser"])}","ip":"`).v(c.chance(0.7) ? c.ip4() : c.ip6(), "IP").t(`","status":${c.pick([200, 200, 201, 401])}}`).nl();
  }
  if (c.chance(0.6)) {
    const rep = other(n);
    b.t("// revoked at patient request by ");
    nm(n, rep, "il");
    b.t(" (HIM) on ");
    dt(n, c.recent(), true);
    b.t("; patient called from ");
    ph(n, n.phone);
    b.nl();
  }
}

function chartMergeTicket(n: Note14): void {
  const { b, c, pt } = n;
  const req = other(n);
  const wrongFirst = pt.first.length > 3 ? pt.first.slice(0, -1) + c.pick(["a", "e", "ie", "y"]) : `${pt.first}e`;
  const dob2 = c.later(n.dob, c.pick([1, -1, 30]));
  b.t(`${c.pick(["INC", "RITM", "HIM"])}${c.digits(7)} | Duplicate MRN / overlay suspected | Priority ${c.int(2, 4)}`).nl();
  b.t("Opened by: ");
  nm(n, req, c.pick(["fl", "lf"]));
  b.t(` (${c.pick(["Patient Access", "ED Registration", "Radiology scheduling"])}), ext ${c.int(2000, 7999)}`).nl();
  b.t("Record 1 (surviving): ");
  nm(n, pt, "LF");
  b.t("  MRN ").v(n.mrn, "MRN").t("  DOB ");
  dt(n, n.dob);
  b.t("  SSN xxx-xx-").v(c.digits(4), "SSN").nl();
  b.t("Record 2 (to merge):  ");
  b.v(pt.last.toUpperCase(), "NAME").t(", ").v(wrongFirst.toUpperCase(), "NAME").t("  MRN ").v(c.mrn(), "MRN").t("  DOB ");
  dt(n, dob2);
  b.t("  SSN none").nl();
  b.t("Created at: ");
  fac(n, c.hospital());
  b.t(" on ");
  dt(n);
  b.t(`, ${hhmm(c)}`).nl();
  b.t("Evidence: same home address ");
  address(n, n.addr);
  b.t(", same cell ");
  ph(n, n.phone);
  b.t(c.pick([", palm-vein enrolment ", ", PatientSecure palm id "])).v(`${c.digits(4)}-${c.hex(6).toUpperCase()}`, "BIOMETRIC").t(" matched record 1.").nl();
  b.t(`Action: merge 2 -> 1, ${c.int(1, 6)} encounters moved, results re-filed; allergies and ${c.pick(["insurance", "PCP", "pharmacy"])} re-verified. Closed by `);
  b.v(initials(req), "NAME").t(".").nl();
}

function misdirectedFax(n: Note14): void {
  const { b, c, pt } = n;
  const sender = other(n);
  const recip = other(n);
  const intended = c.phone();
  const digits = intended.replace(/\D/g, "").replace(/^1/, "");
  const actual = `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)}${(Number(digits[9]) + 1) % 10}`;
  b.t(c.pick(["Misdirected Fax — Incident Report", "INCIDENT: PHI SENT TO WRONG FAX NUMBER", "Privacy incident (fax) intake"])).nl();
  b.t("Reported by: ");
  staff(n, sender, [", MA", ", LPN", ", RN", " (front desk)"]);
  b.t(" on ");
  dt(n);
  b.nl().t("Sending site: ");
  fac(n, c.clinic());
  b.nl().t("Intended recipient: ");
  fac(n, c.pick([c.hospital(), c.snf(), c.hha()]));
  b.t(", fax ");
  ph(n, intended, "FAX");
  b.nl().t("Actually sent to: ");
  ph(n, actual, "FAX");
  b.t(" — answered by ");
  nm(n, recip, "fl");
  b.t(" at ");
  fac(n, c.pick(L.EMPLOYERS));
  b.t(", phone ");
  ph(n);
  b.nl().t(`Pages: ${c.int(2, 11)} (${c.pick(["referral + last 2 notes", "lab results", "discharge summary", "medication list"])})`).nl();
  b.t("PHI involved: name (");
  nm(n, pt, c.pick(["fl", "lf"]));
  b.t("), DOB ");
  dt(n, n.dob);
  b.t(", MRN ").v(n.mrn, "MRN").t(c.pick([", member ID ", ", insurance ID "])).v(c.member(), "HEALTH_PLAN").t(", acct ").v(c.acct(), "ACCOUNT").nl();
  b.t("Recipient attested destruction on ");
  dt(n, c.recent(), true);
  b.t(`. Low probability of compromise. Cover sheet form rev. 03/2021 (not changed).`).nl();
}

function hieAdtAlerts(n: Note14): void {
  const { b, c } = n;
  n.multi = true;
  b.t(`[  // ${c.pick(["HIE encounter notifications", "ADT alert feed", "Care-team roster alerts"])}, panel ${c.pick(["PCP-", "ACO-"])}${c.digits(4)}`).nl();
  const k = c.int(3, 5);
  for (let i = 0; i < k; i++) {
    const p = c.person();
    const a = c.chance(0.4) ? c.oldAge() : c.youngAge();
    const d = { ...c.dob(), y: 2026 - a };
    const ev = c.pick(["A01", "A03", "A04", "A08"]);
    b.t(`  {"event":"${ev}","sent":"`);
    isoTs(n);
    b.t(`","facility":"`);
    fac(n, c.hospital());
    b.t(`","patient":{"name":"`).name(p.last.toUpperCase(), "^", p.first.toUpperCase());
    b.t(`","dob":"`).v(fmtDate(d, c.chance(0.5) ? "compact" : "iso"), "DATE").t(`","mrn":"`).v(c.mrn(), "MRN").t('"');
    if (c.chance(0.6)) b.t(`,"phone":"`).v(c.phone().replace(/\D/g, "").slice(-10), "PHONE").t('"');
    if (c.chance(0.45)) {
      b.t(`,"age":`);
      age(n, a);
    }
    b.t(`},"dx":"${c.pick(["I50.23", "J18.9", "N17.9", "S72.001A", "F10.239"])}","attending":"`);
    const md = c.person();
    b.name(md.last.toUpperCase(), ", ", md.first.toUpperCase());
    b.t(`"}${i < k - 1 ? "," : ""}`).nl();
  }
  b.t("]").nl();
}

function efaxInboxIndex(n: Note14): void {
  const { b, c } = n;
  n.multi = true;
  const ma = c.person();
  b.t(`E-FAX INBOX — ${c.pick(["indexed", "pending match", "filed"])} — `);
  dt(n);
  b.nl().t("Rcvd   | From fax       | Sender                          | Pg | Matched patient        | DOB        | Doc type      | By").nl();
  const k = c.int(3, 6);
  for (let i = 0; i < k; i++) {
    const p = c.person();
    b.t(`${hhmm(c)}  | `);
    ph(n, c.phone(), "FAX");
    b.t(" | ");
    if (c.chance(0.2)) b.t(c.pick(["Quest Diagnostics", "Labcorp", "Humana PA dept"]));
    else fac(n, c.pick([c.hospital(), c.clinic(), c.snf()]));
    b.t(` | ${c.int(1, 24)}  | `);
    if (c.chance(0.15)) b.t("** NO MATCH **");
    else nm(n, p, c.pick(["LF", "lf", "LFM"]));
    b.t(" | ");
    dt(n, c.dob());
    b.t(` | ${c.pick(["Consult note", "Lab result", "Rx refill req", "PA approval", "Records req", "H&P"])} | `).v(initials(ma), "NAME").nl();
  }
  b.t("Unmatched faxes route to pool HIM-INDEX after 24 h.").nl();
}

export const STYLES_A: Record<string, Style> = {
  "btg-privacy-review": btgPrivacyReview,
  "fhir-api-access-log": fhirApiAccessLog,
  "chart-merge-ticket": chartMergeTicket,
  "misdirected-fax-incident": misdirectedFax,
  "hie-adt-alerts": hieAdtAlerts,
  "efax-inbox-index": efaxInboxIndex,
};
