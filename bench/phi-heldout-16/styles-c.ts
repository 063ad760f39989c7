/** Styles C: staff files and research/telehealth administration (the record is the person the file is about). */
import * as L from "./lists";
import { address, age, clin, dt, fac, hhmm, initials, isoTs, money, newAddress, nm, other, ph, pickAge, staff, type Note16, type Style } from "./note";

const dob = (n: Note16) => n.b.v(n.c.fullDate(n.dob), "DATE");
/** Medical-staff office primary-source verification checklist (the record is the practitioner's). */
const credentialing: Style = (n) => {
  const { b, c, pt } = n;
  b.t("MEDICAL STAFF SERVICES – PRIMARY SOURCE VERIFICATION").nl();
  b.t("Practitioner: "); nm(n, pt, c.pick(["lfm", "fl", "LF"] as const)); b.t(c.pick([", MD", ", DO", ", CRNA", ", NP"])).nl();
  b.t("DOB: "); dob(n); b.t("   SSN (last 4): ").v(c.digits(4), "SSN").t("   CAQH ProView ID: ").v(c.digits(8), "ID").nl();
  b.t("Home: "); address(n, n.addr); b.t("   Cell: "); ph(n, n.phone); b.nl();
  b.t("E-mail: ").v(n.email, "EMAIL").nl(2);
  b.t("Item                 | Number            | Source                | Verified   | By").nl();
  const row = (item: string, val: string, src: string) => {
    b.t(item.padEnd(21)).t("| ").v(val, "LICENSE").t(" ".repeat(Math.max(1, 18 - val.length))).t(`| ${src.padEnd(22)}| `);
    dt(n, c.recent(), false); b.t(" | "); b.v(c.pick(["JT", "MKO", "RW", "LPS"]), "NAME").nl();
  };
  row("NPI", c.npi(), "NPPES");
  row("State license", c.license(n.addr.state), "State board website");
  row("DEA", c.dea(), "DEA Diversion");
  if (c.chance(0.6)) row("Board certification", `${c.digits(5)}`, "ABIM/ABFM");
  b.t("Hospital affiliation: "); fac(n, c.facility()); b.t(" (letter rec'd "); dt(n, c.recent(), true); b.t(")").nl();
  b.t("NPDB query ").v(`${c.digits(16)}`, "ID").t(": no reports. OIG/SAM exclusion: clear.").nl();
  b.t("Peer reference: "); staff(n, other(n), [", MD", ", DO"]); b.t(", "); ph(n); b.nl();
  b.t("Committee date: "); dt(n); b.t("   Reappointment due: "); dt(n, { y: 2028, m: c.int(1, 12), d: c.int(1, 28) }); b.nl();
};

/** Employee health clearance record (the record is the employee's). */
const staffClearance: Style = (n) => {
  const { b, c, pt } = n;
  fac(n, c.facility()); b.t(" – Employee Health Services").nl().t("PRE-PLACEMENT / ANNUAL CLEARANCE").nl();
  b.t("Employee: "); nm(n, pt, c.pick(["LF", "fl", "lfm"] as const)); b.t("   Emp ID: ").v(`${c.pick(["E", "", "00"])}${c.digits(6)}`, "ID").nl();
  b.t("DOB: "); dob(n); b.t(`   Dept: ${c.pick(["Environmental Services", "4 East Nursing", "Sterile Processing", "Pharmacy", "Registration"])}`).t("   Manager: "); nm(n, other(n), "fl"); b.nl();
  b.t("Personal phone: "); ph(n, n.phone); b.nl(2);
  b.t(`MMR IgG ${c.pick(["immune", "equivocal"])} (`); dt(n, c.recent(), true); b.t(`); varicella IgG immune; HBsAb ${c.int(8, 900)} mIU/mL; Tdap `); dt(n, c.recent(), true); b.nl();
  b.t("TB: IGRA ").t(c.pick(["negative", "negative", "indeterminate → repeat negative"])).t(" on "); dt(n); b.nl();
  b.t(`Respirator fit test: 3M ${c.pick(["1860", "1870+", "8210"])} size ${c.pick(["S", "R"])}, passed `); dt(n); b.t(", tester "); nm(n, other(n), "il"); b.nl();
  b.t(`Flu vaccine: ${c.pick(["declined – mask attestation", "given, lot UJ" + c.digits(4) + "AA"])}; ${c.pick(["Lyrica for neuropathy", "no restrictions", "lifting limit 25 lb"])}; ${clin(n)}.`).nl();
  b.t("Cleared for duty: ").t(c.pick(["YES", "YES with restrictions"])).t("  – "); staff(n, other(n), [", NP", ", RN, COHN-S", ", MD"]); b.nl();
};

/** Badge and biometric time-clock access report requested by HR/security (the record is the employee's). */
const badgeAudit: Style = (n) => {
  const { b, c, pt } = n;
  b.t("SECURITY – ACCESS CONTROL ACTIVITY REPORT").nl();
  b.t("Requested by: "); nm(n, other(n), "fl"); b.t(" (HR Business Partner)   Case: ").v(`HR-${c.digits(6)}`, "ID").nl();
  b.t("Cardholder: "); nm(n, pt, c.pick(["LF", "lf", "fl"] as const)); b.t("   Badge ").v(c.digits(c.pick([5, 6, 8])), "ID").t("   Emp# ").v(c.digits(6), "ID").nl();
  b.t("Hand-geometry template: ").v(`HG-${c.digits(4)}-${c.letters(4)}`, "BIOMETRIC");
  if (c.chance(0.5)) b.t("   Finger template: ").v(`FP${c.digits(10)}`, "BIOMETRIC");
  b.nl();
  b.t("Home address on file: "); address(n, n.addr); b.nl();
  b.t("Facility: "); fac(n, c.facility()); b.nl(2);
  const d = c.recent();
  for (let i = 0, k = c.int(3, 7); i < k; i++) {
    b.v(c.fullDate(d, c.pick(["mdy", "iso", "slash2"] as const)), "DATE").t(` ${hhmm(c)}:${String(c.int(0, 59)).padStart(2, "0")}  ${c.pick(["MED ROOM 5N", "PYXIS ANTE", "STAIR B L2", "TIME CLOCK #4", "ENTRY LOADING DOCK", "SUPPLY 3W"])}  ${c.pick(["GRANTED", "GRANTED", "DENIED – INVALID TIME", "GRANTED (bio)"])}`).nl();
  }
  b.t("Workstation logins from ").v(c.ip(), "IP").t(` (${c.pick(["WS-5N-07", "COW-12", "KIOSK3"])}).`).nl();
};

/** Research study visit log for one participant. */
const studyVisitLog: Style = (n) => {
  const { b, c, pt } = n;
  b.t(`Protocol ${c.pick(["ABX-301", "HF-REVEAL", "NCT0" + c.digits(7), "CARDIO-2026-02"])} | Sponsor ${c.pick(["Medivance", "Heliox Pharma", "NIH/NHLBI"])} | Site ${c.int(100, 999)}`).nl();
  b.t("Site: "); fac(n, c.facility()); b.t("   PI: "); staff(n, other(n), [", MD", ", DO", ", PhD"]); b.nl();
  b.t("Subject: ").v(`${c.int(100, 999)}-${c.digits(3)}`, "ID").t("   Screening #: ").v(`S${c.digits(4)}`, "ID").t("   Initials: ").v(initials(pt), "NAME").nl();
  b.t("Name (source only): "); nm(n, pt, c.pick(["fl", "LF"] as const)); b.t("   MRN ").v(n.mrn, "MRN").t("   Age at consent: "); age(n, pickAge(n, 0.25)); b.nl();
  b.t("Visit | Target      | Window   | Actual      | Coord | Notes").nl();
  const base = c.recent();
  ["Screening", "Baseline", "Week 4", "Week 12", "EOS"].slice(0, c.int(3, 5)).forEach((v) => {
    b.t(v.padEnd(10)).t("| "); b.v(c.fullDate({ ...base, d: c.int(1, 28) }, c.pick(["mdy", "dMonY", "iso"] as const)), "DATE").t(" | ±3d | ");
    b.v(c.partialDate({ ...base, d: c.int(1, 28) }), "DATE").t(" | "); b.v(c.pick(["KT", "AMR", "JL"]), "NAME").t(` | ${c.pick(["labs drawn", "ECG done, QTcF 428", "missed – rescheduled", "stipend paid " + money(c, 25, 100), "AE: headache grade 1", clin(n)])}`).nl();
  });
  b.t("Ride provided to "); address(n, n.addr); b.t("; caregiver "); nm(n, other(n), "fl"); b.t(" "); ph(n); b.nl();
  b.t("CTMS: ").v(`https://ctms.example.org/studies/${c.digits(4)}/subjects/${c.uuid()}`, "URL").nl();
};

/** e-consent completion certificate and audit trail. */
const econsent: Style = (n) => {
  const { b, c, pt } = n;
  b.t(`${c.pick(["DocuPledge eSign", "REDCap e-Consent Framework", "Part 11 eConsent"])} – Certificate of Completion`).nl();
  b.t("Envelope ID: ").v(c.uuid().toUpperCase(), "ID").t(`   Document: ${c.pick(["Main ICF v4.0", "Biobank consent v2", "Telehealth & recording consent v3.1"])}`).nl();
  b.t("Originator: "); nm(n, other(n), "fl"); b.t(" (study coordinator), "); fac(n, c.facility()); b.nl(2);
  const lar = c.chance(0.3);
  b.t("Signer: "); nm(n, lar ? other(n) : pt, c.pick(["fl", "fml"] as const)); b.t(lar ? " (LAR for " : ""); if (lar) { nm(n, pt, "fl"); b.t(")"); } b.nl();
  b.t("  E-mail: ").v(n.email, "EMAIL").t("   SMS: "); ph(n, n.phone); b.nl();
  b.t("  Sent:      "); isoTs(n); b.nl();
  b.t("  Viewed:    "); isoTs(n); b.t("  IP ").v(c.ip(), "IP").nl();
  b.t("  Signed:    "); isoTs(n); b.t("  IP ").v(c.ip(), "IP").t(`  Device: ${c.pick(["iPhone; iOS 18.2", "Windows NT 10.0; Chrome 131", "Android 14; Samsung SM-S921U"])}`).nl();
  b.t("  Identity check: ").t(c.pick(["KBA passed (3/3)", "SMS code", "staff-witnessed"])).t("; DOB entered "); dob(n); b.nl();
  b.t("Witness: "); nm(n, other(n), "il"); b.t(`   Hash SHA-256: ${c.letters(12, "0123456789abcdef")}…`).nl();
};

/** Telehealth consent log: several patients (no record). */
const telehealthConsentLog: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  b.t(`${c.pick(L.VENDORS.slice(7))} – consent & location attestation export`).nl().t("Clinic: "); fac(n, c.facility()); b.t("   Run: "); dt(n); b.nl();
  b.t("patient,dob,phone,consented_at,ip,located_in,session_url,clinician").nl();
  for (let i = 0, k = c.int(3, 7); i < k; i++) {
    const p = c.person();
    b.t('"'); nm(n, p, c.pick(["lf", "LF"] as const)); b.t('",');
    b.v(c.fullDate(c.dob(), c.pick(["iso", "mdy"] as const)), "DATE").t(",");
    b.v(c.digits(10), "PHONE").t(",");
    isoTs(n); b.t(",").v(c.ip(), "IP").t(`,${c.pick(["home", "work", "car (parked)", "other"])} – `).v(c.town(), "LOCATION").t(` ${c.state()},`);
    b.v(`https://visit.televisit.example/s/${c.letters(10, "abcdefghjkmnpqrstuvwxyz23456789")}`, "URL").t(",");
    const d = c.person(); nm(n, d, "il"); b.nl();
  }
};

/** Research participant stipend payment log: several patients (no record). */
const stipendLog: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  b.t(`PARTICIPANT PAYMENT LOG – ${c.pick(["TrialPay Cards LLC", "ClinCard-style reloadable"])}   Study ${c.pick(["IRB#2024-0113", "IRB 25-877"])}`).nl();
  b.t("Prepared by "); nm(n, c.person(), "fl"); b.t(" on "); dt(n); b.nl();
  b.t("Subj ID   | Name                 | Card #            | Visit    | Amt     | W-9 SSN   | 1099 address").nl();
  for (let i = 0, k = c.int(3, 6); i < k; i++) {
    const p = c.person();
    b.v(`${c.int(10, 99)}-${c.digits(4)}`, "ID").t(" | "); nm(n, p, c.pick(["lf", "fl", "LF"] as const)); b.t(" | ");
    b.v(`${c.digits(4)} ${c.digits(4)} ${c.digits(4)} ${c.digits(4)}`.replace(/^(\d{4} )\d{4} \d{4}/, c.chance(0.5) ? "$1XXXX XXXX" : "$&"), "ACCOUNT").t(" | ");
    b.v(c.partialDate(c.recent()), "DATE").t(` | ${money(c, 20, 150)} | `);
    if (c.chance(0.5)) b.v(c.ssn(), "SSN"); else b.t("n/a");
    b.t(" | "); address(n, newAddress(c)); b.nl();
  }
  b.t("Totals reconciled to card-funding invoice; >$600/yr flagged for 1099-MISC.").nl();
};

export const STYLES_C: Record<string, Style> = {
  "credentialing-psv": credentialing,
  "staff-health-clearance": staffClearance,
  "badge-access-report": badgeAudit,
  "study-visit-log": studyVisitLog,
  "econsent-certificate": econsent,
  "telehealth-consent-log": telehealthConsentLog,
  "stipend-payment-log": stipendLog,
};
