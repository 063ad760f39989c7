/** Note styles, part two: reports, headers, dictation, tables and lists. */
import type { Cast } from "./cast";
import * as C from "./clinical";
import type { Style } from "./style";
import * as V from "./values";

const oneOf = <T>(c: Cast, xs: readonly T[]) => c.r.pick(xs);

export const physicalTherapy: Style = {
  name: "physical-therapy",
  ages: [12, 94],
  write(b, c) {
    const { r } = c;
    b.p("FACILITY", c.fac("rehab")).t(`\nPT ${oneOf(c, ["Daily Note", "Re-evaluation", "Initial Evaluation", "Discharge Summary"])}  Visit ${r.int(1, 24)}/${r.int(12, 24)}\n`);
    b.t("Patient: ");
    c.name(b, c.pt, oneOf(c, ["full", "last-first"] as const));
    b.t("  DOS: ").visitDate(["us-short", "us-long", "iso"]).t("  Referring: ");
    c.doc(b, 0, "MD");
    b.t(`\nDx: ${oneOf(c, ["M17.11 primary OA R knee", "S83.511A ACL tear", "M54.50 LBP", "Z96.651 s/p R TKA"])}; DOI `).near(-120, -10, ["us-short", "us-long", "mon-d"]).t("; surgery ").near(-60, -5, ["us-short", "mon-d", "us-no-year"]).t(` at `).p("FACILITY", c.fac("hospital")).t("\n");
    b.t(`S: pain ${r.int(0, 10)}/10, ${oneOf(c, ["stairs difficult", "back at work as mail carrier", "walking dog 1 mile"])}.\nO: ${C.sign(r)}; ${C.sign(r)}. ${C.ratio(r)}. ${C.scale(r)}. MMT hip abd 4-/5, quad 4/5. AROM knee 5-${r.int(95, 130)} deg.\n`);
    b.t(`Tx: 97110 x2, 97140 x1, 97530 x1. HEP updated (access code `).p("ID", `${r.letters(4)}${r.digits(2)}${r.letters(1)}`).t(`).\nA: progressing toward goals; ${C.plan(r)}\nP: 2x/wk x 4 wk, re-eval `).near(20, 30, ["us-no-year", "mon-d"]).t(".\n");
    c.doc(b, 1, oneOf(c, ["PT, DPT", "DPT", "PTA"] as const));
    b.t("  Lic# ").p("LICENSE", V.stateLicense(r)).t("\n");
  },
};

export const radiologyReport: Style = {
  name: "radiology-report",
  ages: [1, 100],
  write(b, c) {
    const { r } = c;
    b.mode = r.chance(0.5) ? "upper" : "as-is";
    b.p("FACILITY", c.fac("lab")).t("\n").t(`EXAM: ${oneOf(c, ["CT ABDOMEN/PELVIS W CONTRAST", "XR CHEST 2 VIEWS", "MRI BRAIN W/WO", "US RENAL", "DEXA"])}\n`);
    b.t("PATIENT: ");
    c.name(b, c.pt, oneOf(c, ["caret", "upper-last-first", "caret"] as const));
    b.t("\nMRN: ").p("MRN", c.mrn.note).t("   ACC#: ").p("ID", V.accession(r)).t("\nDOB: ");
    b.p("DATE", oneOf(c, [V.formatDate(c.dob, "compact"), V.dobString(r, c.dob)])).t(`   SEX: ${c.pt.sex}   AGE: `);
    if (c.age >= 90) b.p("AGE", String(c.age).padStart(3, "0")).t("Y");
    else b.t(`${String(c.age).padStart(3, "0")}Y`);
    b.t("\nEXAM DATE: ").p("DATE", V.formatDate(c.visit, oneOf(c, ["iso", "compact", "us-long"] as const))).t(`T${String(r.int(0, 23)).padStart(2, "0")}:${r.int(10, 59)}:${r.int(10, 59)}\n`);
    b.t("ORDERING: ");
    c.doc(b, 0, "MD");
    b.t("  NPI ").p("LICENSE", V.npi(r)).t(`\nCLINICAL HISTORY: ${C.dx(r)}; ${oneOf(c, ["r/o PE", "abd pain", "fall", "hematuria"])}.\nCOMPARISON: `).near(-800, -60, ["us-long", "iso", "compact"]);
    b.t(`.\nFINDINGS: ${oneOf(c, ["No acute cardiopulmonary process.", "3 mm nonobstructing L renal stone.", "Mild degenerative change L4-5, L5-S1.", "Small pericardial effusion."])} Lines and tubes as before.\n`);
    if (r.chance(0.35)) b.t("Device: ").t(oneOf(c, ["Medtronic Azure", "Boston Scientific Accolade", "Abbott Assurity"])).t(" SN ").p("DEVICE", V.serial(r)).t(", MR conditional.\n");
    b.t("IMPRESSION: ").t(oneOf(c, ["No acute findings.", "Stable compared with prior.", "Recommend follow-up in 6-12 months per Fleischner."])).t("\nDictated by: ");
    c.doc(b, 1, "MD");
    b.t(" on ").visitDate(["us-long", "iso"]).t(` ${V.time(r)}\nWorkstation: `).p("IP", V.ipv4(r)).t("\n");
  },
};

export const labCallback: Style = {
  name: "lab-callback",
  ages: [18, 97],
  write(b, c) {
    const { r } = c;
    b.t(`Result note ${oneOf(c, ["", "- "])}`).visitDate(["us-short", "us-long", "mon-d"]).t("\n");
    b.t(`Called `);
    c.ptRef(b);
    b.t(" at ");
    c.phone(b);
    b.t(`, verified 2 identifiers (name, DOB `);
    c.dobPiece(b);
    b.t(`). Reviewed ${C.labs(r)} drawn `).near(-6, -1, ["us-no-year", "mon-d", "weekday-month-d"]).t(` (specimen `).p("ID", V.accession(r)).t(`).\n`);
    if (r.chance(0.5)) {
      b.t("No answer x2; LVM on ");
      const other = c.rel(oneOf(c, ["wife", "husband", "daughter"] as const));
      b.t(`${other.relation}'s phone `);
      c.phone(b, other.phone10);
      b.t(". Also sent portal msg to ").p("EMAIL", c.email).t(".\n");
    }
    b.t(`${C.plan(r)} Per `);
    c.doc(b, 0);
    b.t(`, start ${C.med(r)} and repeat in ${r.int(2, 12)} wks.\n`);
    b.t(`${oneOf(c, ["INR goal 2-3.", "K 5.9 -> sent to ED.", "A1c up from last year.", "TSH low, dose reduced to 75 mcg."])} `);
    c.doc(b, 1, oneOf(c, ["RN", "LPN", "MA"] as const));
    b.t("\n");
  },
};

export const dictation: Style = {
  name: "dictation",
  ages: [18, 99],
  write(b, c) {
    const { r } = c;
    b.mode = "lower";
    b.t("this is ");
    c.doc(b, 0, "MD");
    b.t(" dictating a clinic note on ");
    c.name(b, c.pt, "full");
    b.t(" date of birth ");
    b.p("DATE", r.chance(0.5) ? V.dictatedDate(c.dob, true) : V.dobString(r, c.dob));
    b.t(" medical record number ");
    b.p("MRN", r.chance(0.4) ? c.mrn.note.replace(/\D/g, "").split("").join(" ") : c.mrn.note);
    b.t(" date of service ");
    b.p("DATE", r.chance(0.5) ? V.dictatedDate(c.visit, r.chance(0.5)) : V.formatDate(c.visit, "us-short"));
    b.t(" the patient is a ");
    if (c.age >= 90) b.p("AGE", r.chance(0.5) ? V.words(c.age, " ") : String(c.age)).t(" year old");
    else b.t(`${V.words(c.age, " ")} year old`);
    b.t(` ${c.pt.sex === "F" ? "woman" : "man"} who comes in with ${oneOf(c, ["chest pressure", "knee pain", "cough", "memory complaints"])} um ${c.pt.sex === "F" ? "she" : "he"} uh states it started on `);
    b.p("DATE", V.dictatedDate(V.addDays(c.visit, -r.int(2, 20)), false)).t(" ");
    b.t(`period new paragraph past medical history ${C.dx(r)} comma ${C.med(r)} period her ${oneOf(c, ["daughter", "son", "husband"])} `);
    const rel = c.rel(oneOf(c, ["daughter", "son", "husband"] as const));
    c.name(b, rel.person, oneOf(c, ["first", "full"] as const));
    b.t(" is here with her ");
    if (r.chance(0.5)) b.t("they live at ").p("ADDRESS", c.addr.line1.toLowerCase()).t(" in ").p("LOCATION", c.addr.city).t(" ");
    b.t(`vitals ${C.vitals(r)} exam ${C.sign(r)} ${C.sign(r)} assessment and plan ${C.plan(r)} `);
    b.t("cc ");
    c.doc(b, 1, "MD");
    b.t(` end of dictation job number `).p("ID", V.encounterId(r)).t(" d: ").visitDate(["us-short"]).t(" t: ").near(0, 2, ["us-short"]).t("\n");
  },
};

export const ehrHeader: Style = {
  name: "ehr-header",
  ages: [0, 103],
  write(b, c) {
    const { r } = c;
    const sep = oneOf(c, ["  ", "\t", " | ", "    "]);
    b.t("Pt: ");
    c.name(b, c.pt, oneOf(c, ["upper-last-first", "last-first"] as const));
    b.t(`${sep}DOB: `);
    c.dobPiece(b);
    b.t(`${sep}Age: `);
    if (c.age >= 90) b.p("AGE", String(c.age)).t(oneOf(c, [" y", "y", " yrs", " Y"]));
    else b.t(`${c.age} y`);
    b.t(`${sep}Sex: ${c.pt.sex}\nMRN: `).p("MRN", c.mrn.note).t(`${sep}Acct#: `).p("ACCOUNT", V.account(r)).t(`${sep}CSN: `).p("ID", V.encounterId(r)).t("\n");
    b.t("PCP: ");
    c.doc(b, 0, "MD");
    b.t(`${sep}Ins: ${oneOf(c, ["BCBS PPO", "Medicare A/B", "MEDICAID", "Cigna HMO", "Self-pay"])}${sep}Member#: `).p("HEALTH_PLAN", V.healthPlan(r)).t("\n");
    b.t("Home: ");
    c.phone(b);
    b.t(`${sep}Email: `).p("EMAIL", c.email).t("\nAddr: ");
    c.address(b);
    b.t("\nSSN: ");
    if (r.chance(0.6)) b.p("SSN", V.ssn(r));
    else b.p("SSN", `${oneOf(c, ["xxx-xx-", "***-**-", "XXX-XX-"])}${r.int(1000, 9999)}`);
    b.t(`${sep}DL#: `).p("LICENSE", V.driversLicence(r)).t(`${sep}Lang: ${oneOf(c, ["English", "Spanish", "Vietnamese", "Polish", "Portuguese"])}\n`);
    if (r.chance(0.3)) b.t("Biometric ID: ").p("BIOMETRIC", V.biometric(r)).t(" (palm vein, registration kiosk)\n");
    b.t("Emergency contact: ");
    const ec = c.rel(oneOf(c, ["wife", "husband", "mother", "son", "daughter", "partner"] as const));
    c.name(b, ec.person, oneOf(c, ["upper-last-first", "full"] as const));
    b.t(` (${ec.relation.toUpperCase()}) `);
    c.phone(b, ec.phone10);
    b.t(`\nEncounter: `).visitDate(["us-long", "iso"]).t(` ${V.time(r)}${sep}Dept: ${oneOf(c, ["FM CLINIC", "CARDIOLOGY", "ONC INFUSION", "PEDS"])}${sep}Visit type: ${oneOf(c, ["F/U 20", "NEW PT 40", "AWV"])}\n`);
    b.t(`---\n${C.clinicalLine(r)}\n${C.clinicalLine(r)}\n`);
  },
};

export const tableLog: Style = {
  name: "table",
  ages: [18, 98],
  write(b, c) {
    const { r } = c;
    b.t("Patient: ");
    c.name(b, c.pt, "full");
    b.t("  MRN ").p("MRN", c.mrn.note).t("\n\n| Date | Time | Event | By |\n|---|---|---|---|\n");
    for (let i = 0, n = r.int(3, 6); i < n; i++) {
      b.t("| ").near(-40 + i * 5, -36 + i * 5, ["us-short", "us-long", "iso", "mon-d", "us-no-year"]).t(` | ${V.time(r)} | `);
      b.t(oneOf(c, [`${C.vitals(r)}`, C.med(r), C.labs(r), "Call to pt; no answer", C.scale(r), `${C.codes(r)}`]));
      b.t(" | ");
      c.doc(b, i, oneOf(c, ["RN", "MD", "LPN", "PA-C", "NP"] as const));
      b.t(" |\n");
    }
    b.t("\n| Medication | Dose | Sig | Prescriber |\n|---|---|---|---|\n");
    for (let i = 0, n = r.int(2, 4); i < n; i++) {
      b.t(`| ${oneOf(c, C.DRUGS)} | ${oneOf(c, ["5 mg", "10 mg", "1/2 tab", "88 mcg", "2.5 mg"])} | ${oneOf(c, ["1 PO daily", "BID", "qHS", "PRN"])} | `);
      c.doc(b, 0);
      b.t(" |\n");
    }
  },
};

export const bulletSummary: Style = {
  name: "bullet-list",
  ages: [18, 100],
  write(b, c) {
    const { r } = c;
    const bullet = oneOf(c, ["- ", "• ", "* ", "o "]);
    b.t("Social History / Care Team\n");
    b.t(bullet).t("Lives with ");
    const sp = c.rel(oneOf(c, ["wife", "husband", "partner"] as const));
    b.t(`${sp.relation} `);
    c.name(b, sp.person, oneOf(c, ["first", "full", "nick"] as const));
    b.t(" at ");
    c.address(b);
    b.t("\n").t(bullet).t("Emergency contact: ");
    const k = c.rel(oneOf(c, ["daughter", "son", "sister", "neighbor"] as const));
    c.name(b, k.person, oneOf(c, ["full", "last-first"] as const));
    b.t(` (${k.relation}), `);
    c.phone(b, k.phone10);
    b.t(", ").p("EMAIL", V.email(r, k.person.first, k.person.last)).t("\n");
    b.t(bullet).t(`Retired ${oneOf(c, ["school bus driver", "machinist", "nurse", "pastor"])}; former smoker, ${C.ratio(r)}\n`);
    if (c.age >= 90) {
      b.t(bullet).t("Age ");
      b.p("AGE", String(c.age)).t(`; ${oneOf(c, ["WWII veteran", "widowed 2009", "great-grandmother of 12"])}\n`);
    }
    b.t(bullet).t("Specialists: cardiology ");
    c.doc(b, 0, "MD");
    b.t("; nephrology ");
    c.doc(b, 1, "DO");
    b.t("\n").t(bullet).t("Dialysis M/W/F at ").p("FACILITY", c.fac("clinic")).t("\n");
    b.t(bullet).t("Last admission: ").p("FACILITY", c.fac("hospital")).t(" ").near(-200, -20, ["us-short", "month-yyyy", "mon-d"]).t(` to `).near(-19, -10, ["us-short", "mon-d", "us-no-year"]).t(` for ${C.dx(r)}\n`);
    b.t(bullet).t(`${C.med(r)}\n`).t(bullet).t(`${C.labs(r)}\n`);
    if (r.chance(0.4)) b.t(bullet).t("Drives a ").t(`${r.int(2001, 2020)} ${oneOf(c, ["Buick", "Subaru Outback", "Ford Ranger"])}, plate `).p("VEHICLE", V.plate(r)).t("; family concerned about driving\n");
  },
};

export const telehealth: Style = {
  name: "telehealth",
  ages: [5, 95],
  write(b, c) {
    const { r } = c;
    b.t("Telehealth Visit - synchronous audio/video\nDate/time: ").visitDate(["iso", "us-long", "month-d-yyyy"]).t(` ${V.time(r)} ${oneOf(c, ["CST", "EST", "PT"])}\n`);
    b.t("Platform: ").p("URL", V.url(r)).t("  Patient IP: ").p("IP", V.ipv4(r)).t("\n");
    b.t("Patient located at home (");
    c.address(b);
    b.t("); provider at ").p("FACILITY", c.fac("clinic")).t(".\nConsent obtained from ");
    c.name(b, c.pt, oneOf(c, ["full", "first", "title-last"] as const));
    b.t(". ");
    if (c.age < 18) {
      b.t("Guardian ");
      c.name(b, c.rel("guardian").person, "full");
      b.t(" present.");
    } else if (r.chance(0.5)) {
      b.t("Daughter ");
      c.name(b, c.rel("daughter").person, "first");
      b.t(" assisted with the camera.");
    }
    b.t(`\nCGM (Dexcom G7, transmitter `).p("DEVICE", V.serial(r)).t(`) shows TIR ${r.int(30, 90)}%, avg glucose ${r.int(100, 260)}. ${C.labs(r)}.\n`);
    b.t(`${C.scale(r)}. ${C.ratio(r)}. ${C.plan(r)}\nTotal time ${r.int(15, 45)} min. Follow-up `).near(30, 120, ["month-yyyy", "mon-d", "us-no-year", "month-dth-no-year"]).t(".\n");
    c.doc(b, 0);
    b.t("\n");
  },
};

export const socialWork: Style = {
  name: "social-work",
  ages: [0, 85],
  write(b, c) {
    const { r } = c;
    b.t("SOCIAL WORK NOTE  ").visitDate().t("\nReferral from ");
    c.doc(b, 0, "MD");
    b.t(" re: ");
    c.name(b, c.pt, oneOf(c, ["full", "initials", "last-first"] as const));
    b.t(`, ${c.age} yo.\n`);
    b.t(`${oneOf(c, ["Patient", "Family"])} currently ${oneOf(c, ["staying at", "discharged to", "living in a car outside"])} `).p("FACILITY", c.fac("shelter")).t(" in ").p("LOCATION", V.city(r)).t(". ");
    if (r.chance(0.5)) b.t(`Vehicle: ${oneOf(c, ["silver minivan", "'09 Civic", "pickup"])}, tag `).p("VEHICLE", V.plate(r)).t(". ");
    b.t("CPS case #").p("ID", V.caseNumber(r)).t(", caseworker ");
    const cw = c.rel("friend");
    c.name(b, cw.person, oneOf(c, ["full", "title-last"] as const));
    b.t(" ");
    c.phone(b, cw.phone10);
    b.t(`. Court date `).near(10, 60, ["us-short", "month-d-yyyy", "mon-d"]).t(" at the ").p("LOCATION", `${V.county()}`).t(" courthouse.\n");
    b.t("Medicaid #").p("HEALTH_PLAN", V.healthPlan(r)).t(" pending renewal; SSN on file ").p("SSN", V.ssn(r)).t(". Income: SSI.\n");
    b.t("Resources given: food pantry, 211. Probation officer ");
    c.name(b, c.rel("neighbor").person, oneOf(c, ["title-last", "full"] as const));
    b.t(` aware. ${C.plan(r)}\n`);
    c.doc(b, 1, oneOf(c, ["LCSW", "MSW"] as const));
    b.t("\n");
  },
};

export const dmeOrder: Style = {
  name: "dme-order",
  ages: [30, 99],
  write(b, c) {
    const { r } = c;
    b.t(`DME ORDER / CMN\nBeneficiary: `);
    c.name(b, c.pt, oneOf(c, ["upper-last-first", "full"] as const));
    b.t("   MBI: ").p("HEALTH_PLAN", V.healthPlan(r)).t("\nDOB ");
    c.dobPiece(b);
    b.t("   Ph ");
    c.phone(b);
    b.t("\nShip to: ");
    c.address(b);
    b.t(`\nItem: ${oneOf(c, ["E0601 CPAP", "K0001 standard wheelchair", "E1390 O2 concentrator", "E0143 walker", "A4253 test strips"])}  Qty 1  LON 99 mo\n`);
    b.t("Replaces unit serial ").p("DEVICE", V.serial(r)).t(`; ${C.dx(r)}; AHI ${r.int(5, 80)}; SpO2 ${r.int(80, 88)}% on RA at rest.\n`);
    b.t("Ordering practitioner: ");
    c.doc(b, 0, oneOf(c, ["MD", "DO", "NP"] as const));
    b.t("  NPI ").p("LICENSE", V.npi(r)).t("  Signed ").visitDate(["us-long", "us-short"]).t("\nSupplier: ").p("FACILITY", `${V.city(r)} Medical Supply`).t(" fax ").p("FAX", V.phone(r)).t("\n");
  },
};

export const STYLES_B: readonly Style[] = [physicalTherapy, radiologyReport, labCallback, dictation, ehrHeader, tableLog, bulletSummary, telehealth, socialWork, dmeOrder];
