/**
 * Genetics, laboratory, prior-authorisation and dialysis styles of the thirteenth held-out corpus: cascade
 * testing family letter, genetic test requisition, pedigree software export, prior-auth portal printout,
 * CMS-2728 ESRD evidence report, PD home-training log, and the haemodialysis shift roster (several patients).
 */
import * as L from "./lists";
import { address, age, clin, dt, fac, initials, nm, ocrNoise, other, ph, staff, type Style } from "./note";

const GENES = ["BRCA2 c.5946delT", "MLH1 c.350C>T", "LDLR c.1775G>A", "MYBPC3 c.2373dupG", "TTR p.Val142Ile", "CFTR F508del", "HBB c.20A>T", "SCN5A c.4850C>T", "PKD1 c.11537G>A", "APOL1 G1/G2"];

const cascadeLetter: Style = (n) => {
  const { b, c } = n;
  const gc = other(n);
  b.v(`${c.pick(L.FAC_STEMS)} Cancer Genetics Program`, "FACILITY").t("\n");
  dt(n);
  b.t("\n\nDear Family Member of ");
  const proband = other(n);
  nm(n, proband, c.pick(["fl", "f"]));
  b.t(",\n\nYour relative ");
  nm(n, proband, "f");
  b.t(` recently had genetic testing and was found to carry a change in the ${c.pick(GENES)} gene. This letter was given to `);
  nm(n, n.pt, c.pick(["fl", "f"]));
  b.t(` (${c.pick(["sister", "brother", "daughter", "son", "first cousin", "niece"])}) so that you can consider testing for this same change.\n\n`);
  b.t(`The laboratory, ${c.pick(L.LABS)}, offers family testing at no cost within 90 days of `);
  dt(n, c.recent(), c.chance(0.4));
  b.t(". Please give them the family ID ").v(`${c.pick(["FAM", "F", "FVT-"])}${c.digits(c.int(6, 8))}`, "ID").t(" and the proband's accession ").v(`${c.letters(2)}${c.digits(7)}`, "ID").t(".\n");
  b.t(`Testing is recommended for first-degree relatives starting at age ${c.pick(["18", "25", "30"])}. ${c.pick(["Lynch syndrome", "hereditary breast and ovarian cancer", "familial hypercholesterolemia", "hATTR amyloidosis"])} is not a diagnosis of cancer.\n\n`);
  b.t("Questions: call ");
  nm(n, gc, "fl");
  b.t(c.pick([", MS, CGC at ", ", MS, LCGC, "]));
  ph(n);
  b.t(" or e-mail ").v(c.staffEmail(gc, c.pick(["bluestemhealth.org", "tricountyhealth.org", "prairiestar.org"])), "EMAIL");
  b.t("\nSchedule online: ").v(`https://${c.pick(["genetics", "familytesting", "cascade"])}.${c.pick(["bluestemhealth", "mercyridge", "keystonemed"])}.org/${c.hex(8)}`, "URL");
  b.t(`\nProband DOB for the lab form: `).v(c.fullDate(c.dob()), "DATE").nl();
};

const geneticTestReq: Style = (n) => {
  const { b, c } = n;
  b.t(`${c.pick(L.LABS)} — ${c.pick(["Test Requisition Form", "CLINICAL GENETIC TESTING REQUISITION", "Hereditary cancer / cardio req"])}\n`);
  b.t("Kit barcode: ").v(`${c.letters(2)}${c.digits(9)}`, "ID");
  b.t(c.pick(["\n\n1 PATIENT\nLast: ", "\n\nPATIENT INFORMATION\nLast name "]));
  b.v(n.pt.last, "NAME").t(c.pick(["   First: ", "  First name "])).v(n.pt.first, "NAME");
  b.t("  MI: ");
  if (n.pt.middle) b.v(n.pt.middle[0]!, "NAME");
  b.t("\nDOB ").v(c.fullDate(n.dob), "DATE").t(`  Sex at birth ${c.pick(["F", "M"])}  MRN `).v(n.mrn, "MRN");
  b.t("\nAddress ");
  address(n, n.addr);
  b.t("\nPhone ");
  ph(n, n.phone);
  b.t("  Email ").v(n.email, "EMAIL");
  b.t(`\nAncestry: [${c.pick(["x", " "])}] Ashkenazi Jewish [${c.pick(["x", " "])}] African American [ ] Hispanic [ ] Other\n`);
  b.t("\n2 ORDERING PROVIDER\n");
  const dr = other(n);
  staff(n, dr, [", MD", ", NP", ", MS, CGC"]);
  b.t("  NPI ").v(c.npi(), "LICENSE").t("\n");
  fac(n);
  b.t("  fax ");
  ph(n, c.phone(), "FAX");
  b.t(`\n\n3 TEST: ${c.pick(["CancerNext-Expanded (77 genes)", "Common Hereditary Cancers Panel 48", "Invitae Cardio STAT", "Exome trio"])}  code ${c.int(10000, 99999)}\n`);
  b.t(`Specimen: ${c.pick(["blood (lavender, 2 tubes)", "saliva kit", "buccal swab"])}  collected `);
  dt(n);
  b.t("\n\n4 FAMILY HISTORY\n");
  for (let i = 0, k = c.int(2, 4); i < k; i++) {
    const rel = c.pick(["Mother", "Father", "Mat. aunt", "Pat. grandmother", "Sister", "Brother", "Mat. grandfather"]);
    b.t(`${rel}: ${c.pick(["breast ca", "ovarian ca", "colon ca", "prostate ca", "pancreatic ca", "SCD"])} dx ${c.int(28, 79)}`);
    if (c.chance(0.3)) { b.t(", died at "); age(n, c.chance(0.5) ? c.oldAge() : c.int(40, 89)); }
    if (c.chance(0.3)) { b.t(" — tested: "); nm(n, other(n), "fl"); b.t(` (${c.pick(GENES)})`); }
    b.nl();
  }
  b.t(`\n5 BILLING: [x] Insurance  ${c.pick(L.PAYERS)} member `).v(c.member(), "HEALTH_PLAN").t("  group ").v(c.group(), "HEALTH_PLAN");
  b.t("\nPolicyholder: ");
  nm(n, c.chance(0.5) ? n.pt : other(n), "fl");
  b.t(`  ${clin(n)}\nPatient signature on file `);
  dt(n, c.recent(), true);
  b.nl();
};

const pedigreeExport: Style = (n) => {
  const { b, c } = n;
  const fam = `${c.pick(["P", "FAM", "PED"])}${c.digits(5)}`;
  b.t(c.pick(["# Progeny export — individuals table\n", "Pedigree data (CSV)\n", "pedigree_individuals.tsv\n"]));
  b.t("# family: ").v(fam, "ID").t("  proband: ");
  nm(n, n.pt, "lf");
  b.t("  drawn ");
  dt(n);
  b.t(" by ");
  nm(n, other(n), "il");
  b.t(", CGC\n");
  const sep = c.pick([",", "\t", " | "]);
  b.t(["id", "gen-pos", "relation", "name", "dob", "deceased", "age@death", "dx", "age@dx"].join(sep) + "\n");
  const rows = c.int(5, 8);
  for (let i = 0; i < rows; i++) {
    const me = i === 0;
    const p = me ? n.pt : other(n);
    const rel = me ? "proband" : c.pick(["mother", "father", "sister", "brother", "MGM", "MGF", "PGM", "PGF", "maternal aunt", "son", "daughter"]);
    b.t(`${c.int(1, 40)}${sep}${c.pick(["I", "II", "III"])}-${c.int(1, 9)}${sep}${rel}${sep}`);
    if (c.chance(0.4) && !me) nm(n, p, "f");
    else { b.t('"'); nm(n, p, "lf"); b.t('"'); }
    b.t(sep);
    const dead = !me && c.chance(0.4);
    if (me) b.v(c.fullDate(n.dob), "DATE");
    else if (c.chance(0.5)) b.t(String(c.int(1920, 2010)));
    else b.v(c.fullDate(c.dob()), "DATE");
    b.t(`${sep}${dead ? "Y" : "N"}${sep}`);
    if (dead) {
      const a = c.chance(0.4) ? c.oldAge() : c.int(35, 89);
      age(n, a, c.chance(0.15));
    }
    const dx = c.pick(["", "breast ca", "colon ca", "MI", "CVA", "HCM", "ovarian ca", "dementia"]);
    b.t(`${sep}${dx}${sep}${dx ? c.int(30, 85) : ""}\n`);
  }
  b.t(`# legend: shaded = affected; arrow = proband; ${c.pick(GENES)} +/-; NSGC symbols\n`);
};

const paPortalPrintout: Style = (n) => {
  const { b, c } = n;
  const payer = c.pick(L.PAYERS);
  const host = c.pick(["availity.com", "covermymeds.com", "evicore.com", "carelonmedicalbenefitsmanagement.com", "myndview.com"]);
  const caseId = `${c.pick(["", "A", "PA-"])}${c.digits(c.int(8, 11))}`;
  const pd = c.recent();
  b.v(`${pd.m}/${pd.d}/${String(pd.y).slice(2)}`, "DATE").t(`, ${c.int(1, 12)}:${String(c.int(0, 59)).padStart(2, "0")} ${c.pick(["AM", "PM"])}    ${payer} | Authorization Request Summary\n\n`);
  b.t(`Case #: `).v(caseId, "ID").t(`     Status: ${c.pick(["PENDED – CLINICAL REVIEW", "APPROVED", "DENIED", "Submitted"])}\n`);
  b.t("Submitted: ");
  const d = c.recent();
  dt(n, d);
  b.t(`   Service type: ${c.pick(["Sleep study – in lab (95811)", "Hearing aids", "Outpatient dialysis access", "Genetic testing (81162)", "Home health – skilled nursing", "TMS (90867)"])}\n\n`);
  b.t("MEMBER\nName: ");
  nm(n, n.pt, c.pick(["LF", "FL", "fl", "lf"]));
  b.t("\nMember ID: ").v(c.member(), "HEALTH_PLAN").t("   DOB: ").v(c.fullDate(n.dob), "DATE");
  b.t("\nPhone: ");
  ph(n, n.phone);
  b.t("\n\nREQUESTING PROVIDER\n");
  const dr = other(n);
  staff(n, dr, [", MD", ", DO", ", NP"]);
  b.t("   NPI: ").v(c.npi(), "LICENSE").t(`   TIN: ${c.digits(2)}-${c.digits(7)}`);
  b.t("\nContact: ");
  nm(n, other(n), "fl");
  b.t("  ");
  ph(n);
  b.t("  Fax: ");
  ph(n, c.phone(), "FAX");
  b.t("\n\nSERVICING FACILITY\n");
  fac(n);
  b.t("\n");
  address(n, { line1: c.street(), city: c.town(), state: c.state(), zip: c.zip() });
  b.t("\n\nDates of service: ");
  dt(n, c.after(d, c.int(3, 20)));
  b.t(" - ");
  dt(n, c.after(d, c.int(30, 120)));
  b.t(`\nClinical questions: Q1 ${c.pick(["Yes", "No"])}  Q2 ${c.pick(["Epworth 16", "AHI 31", "PTA 55 dB", "Failed 4 antidepressants"])}  Q3 attached\n${clin(n)}\n\n`);
  b.t(`https://${host}/auth/case/`).v(caseId, "ID").t(`/summary?print=1`);
  b.t(`                                          1/${c.int(1, 3)}\n`);
  if (c.chance(0.5)) { b.t("Printed by ").v(`${n.others[0]!.first[0]!.toLowerCase()}${n.others[0]!.last.toLowerCase().replace(/[^a-z]/g, "")}@${c.pick(["bluestemhealth.org", "tricountyclinics.com"])}`, "EMAIL").nl(); }
};

const cms2728: Style = (n) => {
  const { b, c } = n;
  if (c.chance(0.35)) b.noise = ocrNoise(c);
  b.t("END STAGE RENAL DISEASE MEDICAL EVIDENCE REPORT (CMS-2728-U3)\nA. COMPLETE FOR ALL ESRD PATIENTS  [x] Initial  [ ] Re-entitlement\n");
  b.t("1. Name (Last, First, MI): ");
  nm(n, n.pt, c.pick(["LFM", "lfm", "LF"]));
  b.t("\n2. Medicare Beneficiary Identifier: ");
  if (c.chance(0.7)) b.v(c.mbi(), "HEALTH_PLAN");
  else b.t(c.pick(["applied", "pending", "N/A"]));
  b.t("\n3. Social Security Number: ").v(c.ssn(), "SSN");
  b.t("\n4. Date of Birth: ").v(`${String(n.dob.m).padStart(2, "0")}/${String(n.dob.d).padStart(2, "0")}/${n.dob.y}`, "DATE");
  b.t("\n5. Patient Mailing Address: ");
  address(n, n.addr, c.pick([", ", "\n   "]), c.chance(0.5));
  b.t("\n6. Phone: ");
  ph(n, n.phone);
  b.t(`\n7. Sex ${c.pick(["F", "M"])}   8. Ethnicity ${c.pick(["Not Hispanic", "Hispanic"])}   17. Primary cause ${c.pick(["E11.22", "I12.0", "N03.9", "Q61.2"])}\n`);
  b.t("18. Employment: ");
  if (c.chance(0.3)) b.t("Employed full time at ").v(c.pick(L.EMPLOYERS), "FACILITY");
  else b.t(c.pick(["Retired due to age", "Unemployed", "Medical leave"]));
  b.t(`\n19. Co-morbid: ${c.pick(["a, c, g, k", "b, h", "e, n, o"])}   Pre-ESRD nephrology care: ${c.pick(["> 12 months", "none"])}\n`);
  b.t(`20. Labs: Hgb ${c.int(7, 12)}.${c.int(0, 9)}  Alb ${c.int(2, 4)}.${c.int(0, 9)}  eGFR ${c.int(4, 14)}  Creat ${c.int(5, 12)}.${c.int(0, 9)} — drawn `);
  dt(n, c.recent(), c.chance(0.3));
  b.t("\n21. Name of dialysis facility: ");
  fac(n, `${c.pick(["DaVita", "Fresenius Kidney Care", "U.S. Renal Care", "Satellite Healthcare"])} ${c.town()}`);
  b.t(`   CCN ${c.digits(2)}-${c.digits(4)}\n`);
  b.t("22. Date regular chronic dialysis began: ");
  dt(n, c.recent());
  b.t(`   23. Modality ${c.pick(["HD in-center", "CAPD", "CCPD", "home HD"])}  access ${c.pick(["AVF", "AVG", "CVC"])}\n`);
  b.t("24. Patient informed of transplant options: yes; referred to ");
  fac(n, `${c.hospital()} Transplant Center`);
  b.t("\n25. Attending physician: ");
  const dr = other(n);
  nm(n, dr, c.pick(["fl", "LF", "fml"]));
  b.t("   NPI ").v(c.npi(), "LICENSE").t("   Signed ");
  dt(n);
  b.t(`\n${clin(n)}\n`);
};

const pdHomeTraining: Style = (n) => {
  const { b, c } = n;
  b.v(`${c.pick(["Home Dialysis Unit", "PD Training Center", "Home Program"])} — ${c.pick(L.FAC_STEMS)} Kidney Center`, "FACILITY");
  b.t(c.pick(["\nPERITONEAL DIALYSIS HOME TRAINING RECORD\n", "\nPD training checklist / home visit\n"]));
  b.t("Patient: ");
  nm(n, n.pt, c.pick(["lf", "fl", "LF"]));
  b.t("  MRN ").v(n.mrn, "MRN");
  b.t("\nCare partner: ");
  const cp = other(n);
  nm(n, cp, c.pick(["fl", "lf"]));
  b.t(` (${c.pick(["wife", "husband", "daughter", "grandson", "none — self-care"])}) `);
  ph(n);
  b.t(`\nCatheter placed `);
  dt(n, c.date(2025, 2026), c.chance(0.4));
  b.t(" by ");
  staff(n, other(n), [", MD"]);
  b.t(` (${c.pick(["Tenckhoff double-cuff swan-neck", "laparoscopic, omentopexy"])})\n`);
  b.t(`Cycler: ${c.pick(["Baxter Homechoice Claria", "Fresenius Liberty Select", "Baxter Amia"])} S/N `).v(c.serial(), "DEVICE");
  b.t("  modem ").v(c.digits(15), "DEVICE");
  b.t(`\nRx: ${c.int(4, 5)} exchanges, fill ${c.pick(["2000", "2500", "1800"])} mL, dwell ${c.pick(["1.5 h", "2 h"])}, last fill ${c.pick(["icodextrin", "none", "1.5%"])}. ${c.pick(L.EPONYMS)}\n\n`);
  b.t("Day  date   topic                              trainer  competent\n");
  const d = c.recent();
  const rn = other(n);
  for (let i = 1, k = c.int(4, 6); i <= k; i++) {
    b.t(`${i}    `).v(c.mdShort(c.after(d, i)), "DATE").t(`  ${c.pick(["hand hygiene, exit-site care", "manual exchange", "cycler setup", "peritonitis signs/effluent", "fluid balance/BP log", "supply ordering"]).padEnd(34)} `).v(initials(rn), "NAME").t(`       ${c.pick(["Y", "Y", "N-repeat"])}\n`);
  }
  b.t("\nHome visit ");
  dt(n, c.after(d, 10));
  b.t(": ");
  b.v(n.addr.line1, "ADDRESS").t(", ").v(n.addr.city, "LOCATION");
  b.t(`; storage for ${c.int(20, 60)} cases in ${c.pick(["garage", "spare bedroom", "shed"])}; supplies from ${c.pick(["Baxter", "Fresenius"])} acct `).v(c.account(), "ACCOUNT");
  b.t("\nRN: ");
  nm(n, rn, "fl");
  b.t(`, RN, CNN  ${clin(n)}\n`);
};

const hdShiftRoster: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  b.v(`${c.pick(["DaVita", "FKC", "Satellite"])} ${c.town()} ${c.pick(["Dialysis", "Kidney Center"])}`, "FACILITY");
  b.t(` — ${c.pick(["MWF", "TTS"])} ${c.pick(["1st", "2nd", "3rd"])} shift roster  `);
  dt(n);
  b.t("\nCharge RN ");
  nm(n, c.person(), "fl");
  b.t("\n\nStn  Patient                 EDW(kg)  Access     Transport / notes\n");
  for (let i = 1, k = c.int(6, 10); i <= k; i++) {
    b.t(`${String(i).padStart(2, "0")}   `);
    nm(n, c.person(), c.pick(["LF", "lf", "lfi"]));
    b.t(`   ${c.int(45, 130)}.${c.int(0, 9)}   ${c.pick(["L AVF", "R AVG", "R IJ CVC", "L BBAVF"])}   `);
    const t = c.int(0, 5);
    if (t === 0) { b.t("van "); b.v(c.plate(), "VEHICLE"); b.t(" pickup 5:15"); }
    else if (t === 1) { b.t("daughter "); nm(n, c.person(), "f"); b.t(" "); ph(n); }
    else if (t === 2) { b.t("from "); fac(n, `${c.pick(L.FAC_STEMS)} ${c.pick(["Nursing & Rehab", "Health Care Center", "Manor"])}`); b.t(` rm ${c.int(1, 40)}${c.pick(["", "A", "B"])}`); }
    else if (t === 3) { b.t("age "); age(n, c.oldAge()); b.t(", DNR, hospice aware"); }
    else if (t === 4) { b.t("MRN "); b.v(c.mrn(), "MRN"); b.t(" missed "); dt(n, c.recent(), true); }
    else b.t(`${c.pick(["Kt/V 1.2", "K 6.1 — 2K bath", "Mircera due", "Venofer x10"])}`);
    b.nl();
  }
  b.t(`\nMachines: ${c.pick(["2008T", "NxStage", "Phoenix"])}; stn 4 machine S/N `).v(c.serial(), "DEVICE").t(` out for repair. ${clin(n)}\n`);
};

export const STYLES_E: Record<string, Style> = {
  "cascade-testing-letter": cascadeLetter,
  "genetic-test-req": geneticTestReq,
  "pedigree-software-export": pedigreeExport,
  "pa-portal-printout": paPortalPrintout,
  "cms2728-esrd": cms2728,
  "pd-home-training": pdHomeTraining,
  "hd-shift-roster": hdShiftRoster,
};
