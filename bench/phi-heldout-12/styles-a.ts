/**
 * Twelfth held-out corpus, styles A: registry query response, EMTALA transfer certificate, restraint log,
 * surgical consent, 504 plan, utility medical certificate.
 */
import { addDays, fmtDate, p2, type D } from "./kit";
import * as L from "./lists";
import { address, age, clin, initials, nm, other, ph, pickAge, staff, town, type Note12, type Style } from "./note";

function childDob(n: Note12, maxYears: number): D {
  n.dob = { y: 2026 - n.c.int(0, maxYears), m: n.c.int(1, 12), d: n.c.int(1, 28) };
  return n.dob;
}

const VAX = [["DTaP-IPV-Hib-HepB", "146"], ["PCV20", "216"], ["MMR", "03"], ["Varicella", "21"], ["HepA", "83"], ["Tdap", "115"], ["HPV9", "165"], ["Flu IIV4 PF", "150"], ["COVID-19 (2025-26)", "313"], ["RSV mAb (nirsevimab)", "306"], ["MenACWY", "147"]];

const iisQueryResponse: Style = (n) => {
  const { b, c } = n;
  const kid = c.chance(0.75);
  const dob = kid ? childDob(n, 17) : n.dob;
  const mom = other(n);
  const st = c.pick(L.STATE_NAMES);
  b.t(`${st.toUpperCase()} IMMUNIZATION INFORMATION SYSTEM\nPatient Query Response (QBP^Q11 / RSP^K11)\n`);
  b.t("Query by: ").v(c.clinic(), "FACILITY").t(` (Org ID ${c.int(1000, 9999)}) user `);
  nm(n, other(n), "il");
  b.t("   Run: ").v(fmtDate(c.recent(), "mdy"), "DATE").t(` ${p2(c.int(7, 18))}:${p2(c.int(0, 59))}\n`);
  b.t(c.pick(["Match status: EXACT MATCH (confidence 0.98)\n", "Match status: 2 POSSIBLE MATCHES - best match shown\n", "Match status: MATCH WITH WARNING (address differs)\n"]));
  const cid = String(c.int(1000000, 99999999));
  b.t("Registry Client ID: ").v(cid, "ID").t("   Chart #: ").v(n.mrn, "MRN").nl();
  b.t("Name: ");
  nm(n, n.pt, c.chance(0.5) ? "LFM" : "lfm");
  b.t("   DOB: ").v(fmtDate(dob, c.chance(0.7) ? "mdy" : "iso"), "DATE").t(`   Sex: ${c.pick(["F", "M", "U"])}\n`);
  b.t("Mother's maiden name: ").v(mom.last.toUpperCase(), "NAME").t("   Mother's first name: ").v(mom.first.toUpperCase(), "NAME").nl();
  b.t("Address: ");
  address(n, n.addr, ", ", true);
  b.t("\nPhone: ");
  ph(n, n.phone);
  b.t(`\nVFC eligibility: ${c.pick(["V02 - Medicaid/CHIP", "V01 - Not VFC eligible", "V03 - Uninsured", "V04 - American Indian/Alaska Native"])}`);
  if (c.chance(0.6)) b.t("   Medicaid #: ").v(c.medicaid(), "HEALTH_PLAN");
  b.t("\n\nIMMUNIZATION HISTORY\nVaccine                 CVX  Date given   Lot       MVX  VIS date    Given at\n");
  let d = addDays(dob, c.int(0, 60));
  for (let i = 0; i < c.int(3, 7); i++) {
    const [v, cvx] = c.pick(VAX) as [string, string];
    b.t(`${v.padEnd(24)}${cvx.padEnd(5)}`).v(fmtDate(d, "mdy"), "DATE").t(`   ${c.lot().padEnd(10)}${c.pick(["SKB", "MSD", "PFR", "SAN", "SEQ"])}  ${p2(c.int(1, 12))}/${p2(c.int(1, 28))}/20${c.int(19, 24)}  `);
    if (c.chance(0.6)) b.v(c.clinic(), "FACILITY");
    else b.t(c.pick(["Historical record", "Pharmacy (chain) - see notes", "Out-of-state transfer"]));
    b.nl();
    d = addDays(d, c.int(30, 400));
  }
  b.t("\nFORECAST (ACIP schedule)\nVaccine      Status     Earliest      Recommended   Overdue\n");
  for (let i = 0; i < c.int(2, 3); i++) {
    const e = addDays(c.recent(), c.int(0, 60));
    b.t(`${c.pick(["HepA", "MMR", "Varicella", "MenB", "HPV9", "Tdap", "Influenza"]).padEnd(13)}${c.pick(["Due now   ", "Not yet   ", "Overdue   "])} `).v(fmtDate(e, "mdy"), "DATE").t("    ").v(fmtDate(addDays(e, 28), "mdy"), "DATE").t("    ").v(fmtDate(addDays(e, 120), "mdy"), "DATE").nl();
  }
  b.t("\nRecord link: ").v(`https://iis.${st.toLowerCase()}.gov/client/view?cid=${cid}`, "URL");
  b.t("\nNote: CVX codes, lots and VIS edition dates are product data. Contraindications: none recorded.\n");
};

const emtalaTransferCert: Style = (n) => {
  const { b, c } = n;
  if (c.chance(0.4)) b.noise = (s) => s.replace(/O/g, () => (c.chance(0.3) ? "0" : "O")).replace(/ l/g, " 1").replace(/ {2}/g, "   ");
  const send = c.facility("hosp");
  const recv = c.facility("hosp");
  b.t("MEMORANDUM OF TRANSFER - PHYSICIAN CERTIFICATION\n(EMTALA, 42 CFR 489.24)    Page 1 of 2\n\n");
  b.t("Sending facility: ").v(send, "FACILITY").t("  ");
  town(n);
  const a = pickAge(n, 0.2);
  b.t("\nPatient: ");
  nm(n, n.pt, c.pick(["LF", "lf", "LFM"]));
  b.t("   DOB ").v(c.fullDate(n.dob), "DATE").t("   MRN ").v(n.mrn, "MRN").t("   FIN ").v(c.account(), "ACCOUNT");
  b.t("   Age ");
  age(n, a);
  b.t("\nArrived ED: ").v(c.fullDate(c.recent()), "DATE").t(` at ${p2(c.int(0, 23))}${p2(c.int(0, 59))}   Triage ESI ${c.int(1, 3)}\n`);
  b.t(`Dx: ${c.pick(["STEMI inferior", "SAH, Hunt and Hess 3", "open tib-fib fx, Gustilo IIIA", "ruptured AAA", "DKA with cerebral edema", "preterm labor 29w3d"])}. ${clin(n)}.\n`);
  b.t("Receiving facility: ").v(recv, "FACILITY").t("\nAccepting physician: ");
  staff(n, other(n), [", MD", ", DO"]);
  b.t(` at ${p2(c.int(0, 23))}${p2(c.int(0, 59))}   Bed: ${c.pick(["CVICU 12", "NICU pod C", "4 West 18", "Trauma Bay 2"])}\n`);
  b.t("Nurse report given to ");
  nm(n, other(n), "fl");
  b.t(", RN at ");
  ph(n);
  b.t(`\nTransport: ${c.pick(["ALS ground", "CCT ground", "BLS ground"])}, ${c.pick(["Medic 7", "Unit 14", "Rescue 3"])}, plate `).v(c.plate(), "VEHICLE").nl();
  b.t("[X] Medical benefits outweigh increased risks. [ ] Patient requests transfer.\n");
  if (c.chance(0.5)) {
    const r = other(n);
    b.t(`Consent signed by ${c.pick(["daughter", "son", "wife", "husband", "mother"])} `);
    nm(n, r, "fl");
    b.t(", phone ");
    ph(n);
    b.nl();
  } else b.t("Consent signed by patient.\n");
  b.t("Records sent: CD with CT (accession ").v(`${c.letters(2)}${c.digits(8)}`, "ID").t(`), labs, EKG, MAR. Copy faxed to `).v(c.phone(), "FAX").nl();
  const doc = other(n);
  b.t("Certifying physician: ");
  nm(n, doc, "fml");
  b.t(", MD   NPI ").v(c.npi(), "LICENSE").t("   Date ").v(fmtDate(c.recent(), "mdy"), "DATE").nl();
  b.noise = null;
};

const restraintLog: Style = (n) => {
  const { b, c } = n;
  const rns = [other(n), other(n), other(n)];
  b.t(`${c.pick(["BEHAVIORAL HEALTH UNIT", "GERIATRIC PSYCH UNIT", "ED - SECURE ROOM"])} — RESTRAINT / SECLUSION FLOWSHEET\n`);
  b.t("Pt: ");
  nm(n, n.pt, "LF");
  b.t("  MRN ").v(n.mrn, "MRN").t("  Age ");
  age(n, pickAge(n, 0.3));
  b.t("  Unit: ").v(c.facility("hosp"), "FACILITY").nl();
  b.t("Order #").v(c.digits(7), "ID").t(`  Type: ${c.pick(["4-point locked", "seclusion", "2-point soft", "physical hold"])}  Start `).v(c.fullDate(c.recent()), "DATE").t(` ${p2(c.int(0, 23))}:${p2(c.int(0, 59))}\n`);
  b.t("Ordered by ");
  staff(n, other(n), [", MD", ", DO", ", PMHNP"]);
  b.t(". Face-to-face within 1 hour by ");
  nm(n, other(n), "il");
  b.t(", PMHNP.\n\nTime  | Code | Circ/skin | Fluids | Toilet | ROM | Staff\n");
  let h = c.int(0, 22);
  let m = 0;
  for (let i = 0; i < c.int(5, 9); i++) {
    b.t(`${p2(h)}${p2(m)}  | ${c.int(1, 9)}    | WNL       | ${c.pick(["offered", "refused", "240 mL", "--"]).padEnd(7)}| ${c.pick(["--", "yes", "no"]).padEnd(7)}| ${c.pick(["R", "L", "--"]).padEnd(4)}| `).v(initials(c.pick(rns)), "NAME").nl();
    m += 15;
    if (m === 60) { m = 0; h = (h + 1) % 24; }
  }
  b.t("Codes: 1 calm 2 yelling 3 striking 4 spitting 5 sleeping 6 crying 7 pacing 8 bargaining 9 other. Release criteria met x2 checks.\n");
  b.t("Guardian/family notified: ");
  const g = other(n);
  nm(n, g, c.chance(0.5) ? "fl" : "lf");
  b.t(` (${c.pick(["guardian", "mother", "HCPOA", "brother"])}) at `);
  ph(n);
  b.t(" on ").v(c.partialDate(c.recent()), "DATE").t(".\nDebrief with patient completed; ");
  nm(n, c.pick(rns), "f");
  b.t(` co-signed. ${c.pick(["Haldol 5 mg IM", "Zyprexa 10 mg IM", "Ativan 2 mg IM", "Geodon 20 mg IM"])} x1 ${c.pick(["given", "not given", "offered PO, accepted"])}.\n`);
};

const surgicalConsent: Style = (n) => {
  const { b, c } = n;
  const surg = other(n);
  const cap = c.chance(0.35);
  const ptAge = cap ? pickAge(n, 0.7) : 0;
  const proc = c.pick(["laparoscopic cholecystectomy", "right total knee arthroplasty", "cesarean section, repeat", "left carotid endarterectomy", "ORIF left hip (Garden III)", "TURP", "cataract extraction with IOL OD"]);
  b.t(`${c.chance(0.5) ? "INFORMED CONSENT FOR SURGERY / PROCEDURE" : "Consent to Operation, Anesthesia and Other Medical Services"}\n`);
  b.v(c.facility("hosp"), "FACILITY").t(" · Perioperative Services\n\nPatient: ");
  nm(n, n.pt, c.pick(["fml", "LF", "lfm"]));
  b.t("  DOB ").v(c.fullDate(n.dob), "DATE").t("  MRN ").v(n.mrn, "MRN").nl();
  b.t(`1. I authorize Dr. `);
  nm(n, surg, "fl");
  b.t(" and assistants, including ");
  nm(n, other(n), "fl");
  b.t(`, PA-C, and residents, to perform: ${proc}.\n2. Anesthesia: ${c.pick(["general", "spinal", "MAC with block", "regional"])}, by ${c.pick(["the anesthesia team", "a CRNA under supervision"])}.\n`);
  b.t(`3. Blood products: [${c.pick(["X", " "])}] consent  [${c.pick(["X", " "])}] refuse   (type & screen drawn).\n4. Tissue may be retained; implants per catalogue REF ${c.digits(6)}, lot ${c.lot()}.\n`);
  if (c.chance(0.5)) {
    b.t(`5. Interpreter (${c.pick(["Spanish", "Vietnamese", "Haitian Creole", "Arabic", "Somali"])}): `);
    nm(n, other(n), "fl");
    b.t(" ID# ").v(String(c.int(100000, 999999)), "ID").t(` via ${c.pick(["video remote", "phone (vendor line)", "in person"])}\n`);
  }
  if (cap) {
    b.t("Patient lacks capacity (age ");
    age(n, ptAge);
    b.t(`, dementia). Signed by ${c.pick(["daughter", "son", "niece"])}/HCPOA `);
    nm(n, other(n), "fl");
    b.t(", phone ");
    ph(n);
    b.nl();
  } else {
    b.t("Patient signature: /s/ ");
    nm(n, n.pt, "fl");
    b.nl();
  }
  b.t("Witness: ");
  nm(n, other(n), "fl");
  b.t(", RN   Date/time: ").v(fmtDate(c.recent(), "mdy"), "DATE").t(` ${p2(c.int(5, 20))}:${p2(c.int(0, 59))}\n`);
  b.t("Physician attestation: risks, benefits and alternatives discussed. ");
  staff(n, surg, [", MD", ", DO"]);
  b.t(`  ${c.pick(L.EPONYMS)}. ASA ${c.int(1, 4)}.\n`);
};

const section504Plan: Style = (n) => {
  const { b, c } = n;
  n.dob = { ...childDob(n, 12), y: 2026 - c.int(6, 17) };
  const par = other(n);
  const dist = c.town();
  b.t("Section 504 Individual Accommodation Plan\n").v(dist, "LOCATION").t(` ${c.pick(["Independent School District", "Unified School District", "Public Schools", "Area School District"])}\n\n`);
  b.t("Student: ");
  nm(n, n.pt, c.pick(["fl", "lf", "FL"]));
  if (n.pt.nick) b.t(' (goes by "').v(n.pt.nick, "NAME").t('")');
  b.t("   Student ID: ").v(String(c.int(100000, 9999999)), "ID").t(`   Grade: ${c.pick(["K", "2", "4", "6", "8", "10", "11"])}\n`);
  b.t("DOB: ").v(c.fullDate(n.dob), "DATE").t("   School: ").v(c.pick(L.SCHOOLS), "FACILITY").nl();
  b.t("Parent/guardian: ");
  nm(n, par, "fl");
  b.t("   Cell: ");
  ph(n, n.phone);
  b.t("   Email: ").v(n.email, "EMAIL").nl();
  b.t(`Disability: ${c.pick(["Type 1 diabetes (CGM: Dexcom G7, pump: Omnipod 5)", "epilepsy (VNS)", "ADHD, combined", "celiac disease", "asthma, moderate persistent"])}\n`);
  b.t("Physician: ");
  staff(n, other(n), [", MD", ", DO", ", NP"]);
  b.t(", ").v(c.clinic(), "FACILITY").t(", fax ").v(c.phone(), "FAX").nl();
  b.t("Accommodations:\n  - may carry supplies and snacks; unrestricted water and restroom\n  - glucose checks per DMMP; ratio 1:12, ISF 1:45, target 120 (not changed by staff)\n  - extended time 1.5x on tests; ").t(`${c.pick(["seat near door", "rest breaks", "nurse escort"])}\n`);
  b.t("504 coordinator: ");
  nm(n, other(n), "fl");
  b.t("   Teacher: ").t(c.pick(["Ms. ", "Mr. ", "Mrs. "])).v(other(n).last, "NAME").t("   Nurse: ");
  nm(n, other(n), "il");
  b.t(", RN\nMeeting date: ").v(c.fullDate(c.recent()), "DATE").t("   Annual review by: ").v(c.partialDate(c.recent()), "DATE").t("  (school year 2026-2027)\n");
};

const utilityMedicalCert: Style = (n) => {
  const { b, c } = n;
  const holder = c.chance(0.5) ? n.pt : other(n);
  const util = c.pick(["Duke Energy", "Entergy", "Xcel Energy", "El Paso Electric", "Georgia Power", "National Grid", "Consumers Energy", "Ameren"]);
  b.t(`${util} — Medical Certificate (Life-Support / Serious Illness)\nFax completed form to: `).v(c.tollFree(), "FAX").t("  (certificates are valid for 90 days)\n\n");
  b.t("Account holder: ");
  nm(n, holder, c.chance(0.5) ? "LF" : "fl");
  b.t("   Account #: ").v(`${c.digits(4)} ${c.digits(4)} ${c.digits(2)}`, "ACCOUNT").nl();
  b.t("Service address: ");
  address(n, n.addr);
  b.t("\nResident with condition: ");
  nm(n, n.pt, "fl");
  b.t("   DOB ").v(c.fullDate(n.dob), "DATE").t("   Phone ");
  ph(n, n.phone);
  b.nl();
  b.t(`Equipment requiring electricity:\n  [X] oxygen concentrator ${c.pick(["Inogen One G5", "EverFlo Q", "Perfecto2 V"])}, serial `).v(c.serial(), "DEVICE").nl();
  if (c.chance(0.6)) b.t(`  [X] home ventilator ${c.pick(["Trilogy Evo", "Astral 150", "VOCSN"])}, serial `).v(c.serial(), "DEVICE").nl();
  b.t(`  [ ] dialysis  [${c.pick(["X", " "])}] enteral pump  [ ] other\n`);
  b.t(`Condition: ${c.pick(["COPD GOLD 4 on 3 L continuous", "ALS, NIV 20 h/day", "CHF NYHA IV", "SMA type 2, cough assist"])}; ${clin(n)}.\n`);
  b.t("Certification period: ").v(fmtDate(c.recent(), "mdy"), "DATE").t(" to ").v(fmtDate(c.recent(), "mdy"), "DATE").nl();
  b.t("Certifying practitioner: ");
  nm(n, other(n), "fml");
  b.t(`, ${c.pick(["MD", "DO", "NP", "PA-C"])}   License `).v(c.stateLicense(), "LICENSE").t("   Phone ");
  ph(n);
  b.t("\nPractice: ").v(c.clinic(), "FACILITY").t(", ");
  address(n, { line1: c.street(), city: c.town(), state: c.state(), zip: c.zip() });
  b.t(`\nThis certificate does not relieve the customer of payment. Duke criteria and Wells score not applicable.\n`);
};

export const STYLES_A: Record<string, Style> = {
  "iis-query-response": iisQueryResponse,
  "emtala-transfer-cert": emtalaTransferCert,
  "restraint-seclusion-log": restraintLog,
  "surgical-consent": surgicalConsent,
  "section-504-plan": section504Plan,
  "utility-medical-cert": utilityMedicalCert,
};
