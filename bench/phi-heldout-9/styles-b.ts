/**
 * Ninth held-out corpus, styles B: reports and machine messages (DEXA with prior comparison, obstetric ultrasound,
 * pharmacogenomics, radiation-oncology treatment summary, newborn-screening card, HL7 v2 SIU scheduling message).
 */
import { compact, MON, p2 } from "./kit";
import { address, age, dob, dt, fac, initials, nm, other, ph, pickAge, plus, rel, staff, type Note9, type Style } from "./note";

function letterhead(n: Note9, name: string): void {
  const { b, c } = n;
  b.v(c.chance(0.4) ? name.toUpperCase() : name, "FACILITY").nl();
  address(n, { line1: c.street(), city: c.city(), state: c.state(), zip: c.zip() }, c.chance(0.5) ? "\n" : ", ");
  b.t("\nTel ");
  ph(n);
  b.t(c.pick(["  Fax ", " | Fax: ", "   F: "]));
  ph(n, c.phone(), "FAX");
  b.t("\n\n");
}

function dexa(n: Note9): void {
  const { b, c } = n;
  const a = pickAge(n, 0.3);
  letterhead(n, `${c.pick(["Prairie Lakes", "Cumberland Plateau", "Three Rivers", "Kettle Moraine"])} Imaging`);
  b.t("BONE DENSITOMETRY (DXA) REPORT\nName: ");
  nm(n, n.pt, c.pick(["LF", "lf", "fl"] as const));
  b.t("   DOB: ");
  dob(n);
  b.t("   Age: ");
  age(n, a);
  b.t(`   Sex: F   Ethnicity: ${c.pick(["White", "Black", "Hispanic", "Asian"])}\nMRN: `).v(n.mrn, "MRN");
  b.t("   Accession: ").v(`${c.pick(["DX", "BD", "RAD"])}${c.digits(8)}`, "ID").t("   Exam date: ");
  dt(n);
  b.t("\nReferring: ");
  staff(n, other(n));
  b.t(`\nScanner: ${c.pick(["Hologic Horizon A", "GE Lunar iDXA", "Hologic Discovery W"])}  S/N `).v(c.serial(), "DEVICE");
  b.t(`  (QC phantom passed ${c.time()})\n\nCOMPARISON: `);
  if (c.chance(0.7)) {
    b.t("Prior study dated ");
    dt(n, c.recent());
    b.t(c.pick([" at ", " performed at ", ", outside images from "]));
    fac(n, c.hospital());
    b.t(c.pick([" (same scanner model).", ", cross-calibrated.", "; different vendor, comparison limited."]));
  } else b.t("None available.");
  const t1 = (-c.int(5, 38) / 10).toFixed(1);
  b.t(`\n\nRESULTS\nRegion        BMD (g/cm2)   T-score   Z-score   % change\nL1-L4         0.${c.int(620, 980)}         ${t1}      ${(-c.int(0, 20) / 10).toFixed(1)}      ${c.pick(["-2.1", "+0.8", "-4.6", "n/a"])}%\nTotal hip L   0.${c.int(560, 900)}         ${(-c.int(8, 34) / 10).toFixed(1)}      ${(-c.int(0, 15) / 10).toFixed(1)}      ${c.pick(["-1.3", "+1.1", "-3.0", "n/a"])}%\nFem neck L    0.${c.int(500, 820)}         ${(-c.int(10, 36) / 10).toFixed(1)}\n`);
  b.t(`FRAX 10-yr probability: major osteoporotic ${c.int(6, 38)}%, hip ${c.int(1, 14)}.${c.int(0, 9)}% (BMI ${c.int(17, 38)}, prior fracture ${c.pick(["yes", "no"])}, on ${c.pick(["Prolia", "Fosamax", "no therapy"])}).\n`);
  b.t(`IMPRESSION: ${Number(t1) <= -2.5 ? "Osteoporosis" : "Osteopenia (low bone mass)"} per WHO criteria. L3 excluded (${c.pick(["compression deformity", "aortic calcification"])}). Repeat in ${c.pick(["2 years", "1 year", "24 months"])}.\n\nTechnologist: `);
  nm(n, other(n), c.pick(["fl", "il"] as const));
  b.t(`, RT(R)(BD)  ARRT # `).v(c.digits(6), "LICENSE");
  b.t("\nInterpreted by: ");
  staff(n, other(n), [", MD", ", DO, CCD", ", MD, CCD"]);
  b.t("   Signed ");
  dt(n);
  b.nl();
}

function obUltrasound(n: Note9): void {
  const { b, c } = n;
  n.dob = { ...n.dob, y: c.int(1986, 2007) };
  letterhead(n, `${c.pick(["Maternal-Fetal Medicine of", "Perinatal Associates of"])} ${c.city()}`);
  b.t(`OBSTETRIC ULTRASOUND — ${c.pick(["Detailed anatomy (76811)", "Growth (76816)", "Standard (76805)"])}\nPatient: `);
  nm(n, n.pt, c.pick(["LF", "lf", "fml"] as const));
  b.t("   DOB ");
  dob(n);
  b.t("   MRN ").v(n.mrn, "MRN").t("   Acc# ").v(`US-${c.digits(2)}-${c.digits(6)}`, "ID").nl();
  const lmp = c.recent();
  b.t("Exam date: ");
  dt(n, plus(lmp, c.int(120, 220)));
  b.t(`   G${c.int(1, 6)}P${c.int(0, 4)}${c.int(0, 2)}${c.int(0, 3)}${c.int(0, 4)}\nLMP: `);
  dt(n, lmp);
  b.t("   EDD by LMP: ");
  dt(n, plus(lmp, 280));
  b.t("   EDD by US (CRL ").v(`${MON[lmp.m - 1]} ${plus(lmp, c.int(50, 90)).d}`, "DATE").t("): ");
  dt(n, plus(lmp, 280 + c.int(-6, 6)));
  const w = c.int(17, 34);
  b.t(`\nGA by today's US: ${w}w${c.int(0, 6)}d   Assigned GA: ${w}w${c.int(0, 6)}d\n\n`);
  b.t(`BIOMETRY  BPD ${c.int(38, 88)}.${c.int(0, 9)} mm  HC ${c.int(150, 320)} mm  AC ${c.int(120, 310)} mm  FL ${c.int(25, 68)}.${c.int(0, 9)} mm  HL ${c.int(24, 60)} mm\n`);
  b.t(`EFW ${c.int(250, 2600)} g (${c.int(3, 96)}%ile, Hadlock 4)  AFI ${c.int(8, 22)}.${c.int(0, 9)} cm  FHR ${c.int(128, 162)} bpm  Placenta ${c.pick(["anterior", "posterior", "fundal", "low-lying, 1.4 cm from os"])}\n`);
  b.t(`Cervix ${c.int(25, 45)} mm transvaginal. UtA PI ${c.int(6, 15) / 10}. ${c.pick(["No anomalies seen.", "Echogenic intracardiac focus (soft marker).", "Two-vessel cord."])}\n\n`);
  b.t("COMPARISON: ");
  if (c.chance(0.7)) {
    b.t(c.pick(["Prior exam ", "Outside US from "]));
    dt(n, plus(lmp, c.int(60, 110)), c.chance(0.4));
    b.t(c.pick(["; interval growth appropriate.", " at the referring office; concordant dating."]));
  } else b.t("none.");
  b.t("\nReferring OB: ");
  staff(n, other(n), [", MD", ", CNM", ", DO"]);
  b.t("\nSonographer: ");
  nm(n, other(n), "fl");
  b.t(", RDMS (ARDMS # ").v(c.digits(6), "LICENSE").t(")\nPerinatologist: ");
  staff(n, other(n), [", MD"]);
  if (c.chance(0.4)) {
    b.t("\nPatient's partner ");
    nm(n, rel(n), "f");
    b.t(" present; ");
    b.t(c.pick(["sex disclosed in sealed envelope.", "declined sex disclosure.", "images e-mailed to "]));
    if (b.text.endsWith("to ")) b.v(n.email, "EMAIL").t(".");
  }
  b.nl();
}

function pgx(n: Note9): void {
  const { b, c } = n;
  const lab = `${c.pick(["Driftless", "Ozark", "Sandhills", "Tidewater", "Palouse"])} ${c.pick(["Molecular Diagnostics", "Genomics Laboratory", "Precision Lab"])}`;
  b.v(lab, "FACILITY").t(`   CLIA ${c.digits(2)}D${c.digits(7)}   CAP ${c.digits(7)}\n`);
  b.t("PHARMACOGENOMIC TEST REPORT — Comprehensive PGx Panel (").t(`${c.int(12, 36)} genes`).t(")\n\n");
  b.t("Patient: ");
  nm(n, n.pt, c.pick(["fl", "LF", "lfm"] as const));
  b.t("   DOB: ");
  dob(n);
  b.t(`   Sex: ${c.pick(["Female", "Male"])}\n`);
  b.t("Accession: ").v(`PGX${c.digits(2)}-${c.digits(5)}`, "ID").t("   MRN: ").v(n.mrn, "MRN");
  b.t(`\nSpecimen: ${c.pick(["buccal swab", "whole blood EDTA", "saliva (Oragene)"])}   Collected: `);
  const col = c.recent();
  dt(n, col);
  b.t("   Received: ");
  dt(n, plus(col, c.int(1, 4)));
  b.t("   Reported: ");
  dt(n, plus(col, c.int(5, 14)));
  b.t("\nOrdering clinician: ");
  staff(n, other(n), [", MD", ", PharmD", ", NP", ", DO"]);
  b.t(" (NPI ").v(c.npi(), "LICENSE").t("), ");
  fac(n, c.clinic());
  b.t("\n\nGENE       GENOTYPE        PHENOTYPE\n");
  b.t(`CYP2C19    ${c.pick(["*1/*2", "*1/*17", "*2/*2", "*1/*1"])}           ${c.pick(["Intermediate Metabolizer", "Rapid Metabolizer", "Poor Metabolizer", "Normal Metabolizer"])}\n`);
  b.t(`CYP2D6     ${c.pick(["*4/*41", "*1/*1xN", "*1/*4", "*10/*10"])}          ${c.pick(["Intermediate Metabolizer", "Ultrarapid Metabolizer", "Normal Metabolizer"])} (activity score ${c.pick(["0.5", "1.0", "3.0", "1.25"])})\n`);
  b.t(`SLCO1B1    ${c.pick(["521TC", "521TT", "521CC"])}           ${c.pick(["Decreased function", "Normal function", "Poor function"])}  (rs4149056)\n`);
  b.t(`VKORC1     ${c.pick(["-1639G>A het", "-1639A/A", "-1639G/G"])}     rs9923231\n\n`);
  b.t(`Actionable: ${c.pick(["clopidogrel — consider prasugrel/ticagrelor (CPIC level A)", "codeine/tramadol — avoid (CPIC)", "simvastatin > 20 mg — consider alternative statin", "citalopram — consider 50% dose reduction"])}. Current meds reviewed: ${c.dose()}.\n`);
  b.t("View interactive report: ").v(`https://reports.${c.domain()}/pgx/${c.hex(10)}`, "URL");
  b.t("\nGenetic counselor: ");
  nm(n, other(n), "fl");
  b.t(", MS, CGC  ");
  ph(n);
  b.t("\nLaboratory director: ");
  staff(n, other(n), [", PhD, FACMG", ", MD, PhD"]);
  b.t(`\nLimitations: copy-number not assessed for ${c.pick(["CYP2D6 hybrids", "CYP2A6"])}. Test developed by the lab; not FDA cleared.\n`);
}

function radonc(n: Note9): void {
  const { b, c } = n;
  const a = pickAge(n, 0.25);
  b.t(`RADIATION ONCOLOGY — TREATMENT SUMMARY\n`);
  fac(n, c.hospital());
  b.t(" Cancer Center\n\nPatient: ");
  nm(n, n.pt, c.pick(["lf", "fl", "LF"] as const));
  b.t("   MRN: ").v(n.mrn, "MRN").t("   DOB: ");
  dob(n);
  b.t("   (");
  age(n, a);
  b.t(" y)\n");
  const site = c.pick(["prostate adenocarcinoma, unfavorable intermediate risk (C61)", "left breast IDC pT1cN0 (C50.912)", "NSCLC RUL stage IA2 (C34.11)", "glioblastoma (C71.1)", "rectal adenocarcinoma cT3N1 (C20)"]);
  b.t(`Diagnosis: ${site}\nReferring: `);
  staff(n, other(n));
  b.t(" of ");
  fac(n, c.clinic());
  b.t(", ");
  b.v(c.city(), "LOCATION").nl();
  const start = c.recent();
  b.t("Simulation (CT sim): ");
  dt(n, plus(start, -c.int(5, 14)));
  b.t(`; ${c.pick(["Vac-Lok bag", "thermoplastic mask", "breast board, arms up"])}; ${c.pick(["3 gold fiducials placed", "SpaceOAR hydrogel placed", "no fiducials"])}.\n`);
  b.t("Treatment course: ");
  dt(n, start);
  b.t(c.pick([" – ", " through ", " to "]));
  dt(n, plus(start, c.int(5, 50)));
  b.t(`\nPrescription: ${c.pick(["70 Gy in 28 fractions", "40.05 Gy in 15 fractions + 10 Gy boost", "54 Gy in 3 fractions (SBRT)", "60 Gy in 30 fractions with concurrent TMZ", "50.4 Gy in 28 fractions"])} on ${c.pick(["TrueBeam (Linac 2)", "Halcyon", "Varian Edge", "Elekta Versa HD"])}, ${c.pick(["VMAT", "IMRT", "3D-CRT"])}, daily CBCT.\n`);
  b.t(`Toxicity: ${c.pick(["grade 1 radiation dermatitis", "grade 2 urinary frequency (tamsulosin started)", "fatigue grade 1", "none"])}. ${c.clin()}\n`);
  if (c.chance(0.35)) {
    b.t(`Cardiac device: ${c.pick(["Medtronic Azure pacemaker", "Abbott Assurity", "Boston Scientific ICD"])} S/N `).v(c.serial(), "DEVICE");
    b.t(`; max dose to device ${c.int(0, 2)}.${c.int(0, 9)} Gy; interrogated by rep `);
    nm(n, other(n), "fl");
    b.t(" before fraction 1.\n");
  }
  b.t("Follow-up: PSA/imaging ");
  dt(n, plus(start, c.int(80, 120)), true);
  b.t(" with ");
  staff(n, other(n));
  b.t(`.\nTreatment team: physicist `);
  nm(n, other(n), "fl");
  b.t(", dosimetrist ");
  nm(n, other(n), c.pick(["fl", "il"] as const));
  b.t("\nRadiation oncologist: ");
  staff(n, other(n), [", MD", ", DO"]);
  b.t(" — dictated ");
  dt(n);
  b.nl();
}

function newbornScreen(n: Note9): void {
  const { b, c } = n;
  const born = c.recent();
  const mom = n.pt;
  const baby = { first: c.chance(0.4) ? c.person().first : "", last: c.chance(0.8) ? mom.last : c.person().last };
  b.t("NEWBORN SCREENING SPECIMEN — FILTER PAPER CARD\nKit No. ").v(`${c.digits(2)}${c.int(1, 9)}${c.digits(6)}`, "ID");
  b.t(c.pick(["   (1st screen)", "   (repeat — initial unsatisfactory)", "   (2nd screen)"])).t("\n");
  b.t("Baby's last name: ").v(baby.last.toUpperCase(), "NAME");
  b.t("   First: ");
  if (baby.first) b.v(baby.first.toUpperCase(), "NAME");
  else b.t(c.pick(["BABY BOY", "BABY GIRL", "BG", "BB", "TWIN A"]));
  b.t("\nBirth date: ").v(`${p2(born.m)}/${p2(born.d)}/${String(born.y).slice(2)}`, "DATE").t(`  Birth time: ${c.time()}   Collection date: `);
  b.v(`${p2(born.m)}/${p2(Math.min(28, born.d + 1))}/${String(born.y).slice(2)}`, "DATE").t(`  time ${c.time()}\n`);
  b.t(`Sex: ${c.pick(["M", "F"])}  Birth weight: ${c.int(900, 4600)} g  Gest. age: ${c.int(28, 41)} wks  Multiple birth: ${c.pick(["N", "Y - A", "Y - B"])}\n`);
  b.t(`Feeding: ${c.pick(["[x] breast", "[x] formula", "[x] TPN", "[x] lactose-free"])}   NICU: ${c.pick(["Y", "N"])}   Antibiotics: ${c.pick(["Y", "N"])}   Transfusion: `);
  if (c.chance(0.2)) b.t("Y  date ").v(`${born.m}/${born.d}`, "DATE");
  else b.t("N");
  b.t("\n\nMother's name: ");
  nm(n, mom, c.pick(["LF", "lf"] as const));
  b.t("   Mother's DOB: ");
  n.dob = { ...n.dob, y: c.int(1984, 2008) };
  dob(n);
  b.t("\nMother's ID/MRN: ").v(n.mrn, "MRN").t("   Medicaid: ").v(c.medicaid(), "HEALTH_PLAN");
  b.t("\nAddress: ");
  address(n, n.addr);
  b.t("\nPhone: ").v(n.phone, "PHONE").nl();
  b.t("Birth facility: ");
  fac(n, c.hospital());
  b.t(`   Facility code: ${c.digits(4)}\nPhysician for follow-up: `);
  staff(n, other(n), [", MD", ", DO", ", NP"]);
  b.t("   Phone: ");
  ph(n);
  b.t("\nCollected by: ");
  const rn = other(n);
  b.v(initials(rn), "NAME").t(" (");
  nm(n, rn, "il");
  b.t(`, RN)\nDo not touch circles. Dry ${c.int(3, 4)} hours horizontally. Ship within 24 h to state lab.\n`);
}

function hl7Siu(n: Note9): void {
  const { b, c } = n;
  const one = c.chance(0.3);
  const seg = one ? "\r" : "\n";
  const fac1 = c.clinic();
  const appt = c.recent();
  const dr = other(n);
  b.t(`MSH|^~\\&|${c.pick(["EPIC", "CERNER", "ATHENA", "NEXTGEN"])}|`).v(fac1, "FACILITY").t(`|RADIX|${c.pick(["SCHED", "RIS"])}|`).v(compact(c.recent()), "DATE").t(`${p2(c.int(0, 23))}${p2(c.int(0, 59))}||SIU^S12|${c.digits(9)}|P|2.5.1${seg}`);
  b.t("SCH|").v(`${c.digits(8)}`, "ID").t(`^${c.pick(["EPIC", "SCHED"])}||||||${c.pick(["FOLLOWUP", "NEWPT", "PROC"])}^${c.pick(["Follow up", "New patient", "Procedure"])}|${c.pick(["OFFICE", "TELE"])}|${c.pick(["20", "30", "40", "60"])}|min|^^^`).v(compact(appt), "DATE").t(`${p2(c.int(7, 17))}${c.pick(["00", "15", "30", "45"])}${seg}`);
  b.t("PID|1||").v(n.mrn.replace(/\s/g, ""), "MRN").t("^^^MRN^MR~").v(c.ssn().replace(/\D/g, ""), "SSN").t("^^^SSA^SS||");
  b.v(n.pt.last.toUpperCase(), "NAME").t("^").v(n.pt.first.toUpperCase(), "NAME").t("^");
  if (n.pt.middle) b.v(n.pt.middle[0]!.toUpperCase(), "NAME");
  b.t("||").v(compact(n.dob), "DATE").t(`|${c.pick(["F", "M"])}|||`);
  b.v(n.addr.line1, "ADDRESS").t("^");
  if (n.addr.unit) b.v(n.addr.unit, "ADDRESS");
  b.t("^").v(n.addr.city, "LOCATION").t(`^${n.addr.state}^`).v(n.addr.zip, "ZIP").t("^USA||");
  b.v(c.pick([`(${n.phone.replace(/\D/g, "").slice(-10, -7)})${n.phone.replace(/\D/g, "").slice(-7, -4)}-${n.phone.replace(/\D/g, "").slice(-4)}`, n.phone.replace(/\D/g, "").slice(-10)]), "PHONE").t("^PRN^PH~^NET^Internet^").v(n.email, "EMAIL").t(`|||||`).v(c.account(), "ACCOUNT").t(seg);
  b.t("PV1|1|O|").t(`${c.pick(["CARD", "ORTHO", "GI", "DERM"])}^^^`).v(fac1, "FACILITY").t("||||").v(c.npi(), "LICENSE").t("^").v(dr.last.toUpperCase(), "NAME").t("^").v(dr.first.toUpperCase(), "NAME").t(`^^^^MD${seg}`);
  b.t("IN1|1|").t(`${c.pick(["BCBS", "AETNA", "UHC", "MCR"])}|${c.digits(5)}|${c.payer()}|||`).v(c.group(), "HEALTH_PLAN").t("||||||||").v(n.pt.last.toUpperCase(), "NAME").t("^").v(n.pt.first.toUpperCase(), "NAME").t("|SEL|||||||||||||||||||").v(c.member(), "HEALTH_PLAN").t(seg);
  b.t("RGS|1|A").t(seg);
  b.t(`AIL|1|A|${c.pick(["EXAM", "PROC"])}${c.int(1, 12)}^^^`).v(fac1, "FACILITY").t("|||").v(compact(appt), "DATE").t(`${p2(c.int(7, 17))}00${seg}`);
  b.t("AIP|1|A|").v(c.npi(), "LICENSE").t("^").v(dr.last.toUpperCase(), "NAME").t("^").v(dr.first.toUpperCase(), "NAME").t(`|${c.pick(["ATT", "RES"])}${seg}`);
  b.t("NTE|1||");
  const nt = c.int(0, 2);
  if (nt === 0) {
    b.t("Pt's daughter ");
    nm(n, rel(n), "fl");
    b.t(" will drive; call ");
    ph(n);
    b.t(" if running late");
  } else if (nt === 1) {
    b.t("Bring outside films from ");
    fac(n, c.hospital());
    b.t(" dated ");
    dt(n, c.recent(), true);
  } else b.t(`Needs interpreter (${c.pick(["Spanish", "Marshallese", "Vietnamese"])}); ${c.dose()}`);
  b.t(seg);
}

export const STYLES_B: Record<string, Style> = {
  "dexa-report": dexa,
  "ob-ultrasound-report": obUltrasound,
  "pgx-report": pgx,
  "radonc-summary": radonc,
  "newborn-screen-card": newbornScreen,
  "hl7-siu": hl7Siu,
};
