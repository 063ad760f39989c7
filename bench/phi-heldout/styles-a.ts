/** Note styles, part one: acute and outpatient communication. */
import type { Cast } from "./cast";
import * as C from "./clinical";
import type { Style } from "./style";
import * as V from "./values";

const oneOf = <T>(c: Cast, xs: readonly T[]) => c.r.pick(xs);

export const edTriage: Style = {
  name: "ed-triage",
  ages: [18, 101],
  write(b, c) {
    const { r } = c;
    b.mode = r.chance(0.6) ? "upper" : "as-is";
    b.t("ED TRIAGE  ").visitDate(["us-short", "us-long", "iso"]).t(` ${V.time(r)}\nARRIVAL: `);
    if (r.chance(0.5)) b.t(`EMS (Medic ${r.int(1, 40)}) from home - `).p("ADDRESS", c.addr.line1).t(", ").p("LOCATION", c.addr.city).t("\n");
    else b.t(`POV, driven by ${c.rel("daughter").relation} `).p("NAME", c.rel("daughter").person.first).t("\n");
    b.t("PT: ");
    c.name(b, c.pt, "upper-last-first");
    b.t("  ");
    c.agePiece(b);
    b.t(`\nCC: ${oneOf(c, ["fall at home", "CP x2h", "SOB", "abd pain", "syncope", "MVC", "AMS per family", "dog bite L hand"])}\n`);
    if (r.chance(0.35)) {
      b.t(`MVC: restrained driver, ${r.int(2005, 2022)} ${oneOf(c, ["Honda Civic", "Ford F-150", "Toyota Camry", "Chevy Malibu"])} plate `).p("VEHICLE", V.plate(r));
      if (r.chance(0.5)) b.t(", VIN ").p("VEHICLE", V.vin());
      b.t(`, airbags deployed. PD officer `).seq([["NAME", c.docs[2]!.last]]).t(` badge ${r.digits(4)} at bedside.\n`);
    }
    b.t(`${C.vitals(r)}\nGCS 15  ESI ${r.int(1, 5)}  ALLERGIES: ${oneOf(c, ["NKDA", "PCN (hives)", "sulfa", "latex"])}\nHX: ${C.dx(r)}, ${oneOf(c, ["HTN", "DM2", "CKD3", "AFib on Eliquis", "COPD"])}\n`);
    b.t("MEDS: ").t(C.med(r)).t("; ").t(C.med(r)).t("\n");
    b.t("PCP: ");
    c.doc(b, 0, "MD");
    b.t("  TRIAGE RN: ");
    c.doc(b, 1, "RN");
    b.t("\nCONTACT: ").t(`${c.rel("son").relation} `);
    c.name(b, c.rel("son").person, "full");
    b.t(" ");
    c.phone(b, c.rel("son").phone10);
    b.t("\n");
  },
};

export const telephone: Style = {
  name: "telephone",
  ages: [1, 95],
  write(b, c) {
    const { r } = c;
    b.t(oneOf(c, ["Telephone Encounter", "TELEPHONE ENCOUNTER", "Tel enc", "Phone note"])).t(" - ").visitDate().t(` @ ${V.time(r)}\n`);
    const caller = c.rel(oneOf(c, ["daughter", "wife", "husband", "mother", "son", "caregiver"] as const));
    b.t("Caller: ");
    c.name(b, caller.person, oneOf(c, ["full", "first", "nick-last"] as const));
    b.t(` (${caller.relation}) cb# `);
    c.phone(b, caller.phone10);
    b.t("\nRe: ");
    c.name(b, c.pt, "last-first");
    b.t(", DOB ");
    c.dobPiece(b);
    b.t(`\n${caller.relation === "caregiver" ? "Caregiver" : "Family"} reports `);
    c.ptRef(b);
    b.t(` has had ${oneOf(c, ["fever to 101.8", "worsening cough", "BLE swelling", "dizziness when standing", "poor PO intake"])} since `).near(-6, -1, ["mon-d", "us-no-year", "weekday-month-d", "month-dth-no-year"]);
    b.t(`. ${C.ratio(r)}. Current meds incl ${C.med(r)}.\n`);
    if (r.chance(0.4)) b.t("Pt's cell ").p("PHONE", V.phone(r, c.phone10)).t(" goes to VM, left msg to call back.\n");
    b.t(`Per `);
    c.doc(b, 0);
    b.t(`: ${C.plan(r)} Appt made for `).near(1, 9, ["mon-d", "us-no-year", "weekday-month-d", "the-dth-of-month"]).t(` at ${V.time(r)}.\n`);
    b.t("-- ");
    c.doc(b, 1, oneOf(c, ["RN", "LPN", "MA"] as const));
    b.t("\n");
  },
};

export const priorAuth: Style = {
  name: "prior-auth",
  ages: [18, 92],
  write(b, c) {
    const { r } = c;
    const clinic = c.fac("clinic");
    b.p("FACILITY", clinic).t("\n").address(V.address(r), "\n").t("\nPhone ").p("PHONE", V.phone(r)).t("  Fax ").p("FAX", V.phone(r)).t("\n\n");
    b.visitDate(["month-d-yyyy", "us-long", "d-month-yyyy"]).t(`\n\n${oneOf(c, ["Utilization Management", "Pharmacy Prior Authorization Dept.", "Appeals Unit"])}\n${oneOf(c, ["Aetna", "UnitedHealthcare", "Blue Cross Blue Shield of Illinois", "Humana Medicare Advantage", "Medicaid Managed Care"])}\nFax: `).p("FAX", V.phone(r)).t("\n\n");
    b.t("RE: Letter of medical necessity\nPatient: ");
    c.name(b, c.pt, "full");
    b.t("\nDate of birth: ");
    c.dobPiece(b);
    b.t("\nMember ID: ").p("HEALTH_PLAN", V.healthPlan(r)).t("   Group #: ").p("HEALTH_PLAN", V.groupNumber(r));
    if (r.chance(0.4)) b.t("\nMedicare MBI: ").p("HEALTH_PLAN", V.healthPlan(r));
    b.t("\nReference #: ").p("ID", V.caseNumber(r)).t("\n\nTo whom it may concern,\n\nI am writing on behalf of my patient, ");
    c.name(b, c.pt, oneOf(c, ["title-last", "full"] as const));
    b.t(", who has ").t(C.dx(r)).t(` (${C.codes(r)}). `);
    c.ptRef(b);
    b.t(` has failed ${C.med(r)} from `).near(-700, -400, ["month-yyyy", "mon-yy", "us-long"]).t(" to ").near(-300, -30, ["month-yyyy", "mon-yy", "us-long"]);
    b.t(` and ${C.med(r)}. Recent ${C.labs(r)}. I am requesting coverage of ${oneOf(c, ["Dupixent", "Humira", "Ozempic", "Aimovig", "a CPAP device (E0601)", "Jardiance"])}.\n\nSincerely,\n\n`);
    c.doc(b, 0, oneOf(c, ["MD", "DO", "NP"] as const));
    b.t("\nNPI ").p("LICENSE", V.npi(r)).t(r.chance(0.5) ? "  DEA " : "\nDEA# ").p("LICENSE", V.dea(r, c.docs[0]!.last)).t("\n");
  },
};

export const homeHealth: Style = {
  name: "home-health",
  ages: [55, 99],
  write(b, c) {
    const { r } = c;
    b.t("HOME HEALTH SKILLED NURSING VISIT\nVisit date: ").visitDate().t(`  Time in ${V.time(r)} / out ${V.time(r)}\nAgency: `).p("FACILITY", `${V.city(r)} Home Health`).t("\nClient: ");
    c.name(b, c.pt, oneOf(c, ["full", "last-first"] as const));
    b.t(" (");
    c.agePiece(b);
    b.t(")\nAddress: ");
    c.address(b);
    b.t(`\nDirections: ${oneOf(c, ["blue house past the Dollar General, 2nd driveway on the left", "trailer in back, dog on chain", "gate code given by family", "enter through garage"])}. `);
    if (r.chance(0.5)) b.t("Lives off ").p("ADDRESS", oneOf(c, ["Old Mill Rd", "County Road 12", "Route 9", "Hwy 61", "Pine Hollow Ln"])).t(" near ").p("LOCATION", V.city(r)).t(". ");
    b.t("\nCaregiver present: ");
    const cg = c.rel(oneOf(c, ["daughter", "wife", "niece", "caregiver"] as const));
    c.name(b, cg.person, oneOf(c, ["full", "first", "nick"] as const));
    b.t(`, ${cg.relation}, `);
    c.phone(b, cg.phone10);
    b.t(`.\nS: Client states "${oneOf(c, ["my legs are tired", "I'm doing alright", "the pills make me dizzy", "I haven't been out of this chair"])}".\nO: ${C.vitals(r)}. ${C.scale(r)}. ${C.ratio(r)}. Wound L heel 2.1 x 1.4 cm, no drainage.\n`);
    b.t(`Meds reconciled: ${C.med(r)}; ${C.med(r)}.\nA/P: ${C.plan(r)} Next visit `).near(2, 8, ["mon-d", "us-no-year", "weekday-month-d"]).t(".\n");
    if (r.chance(0.3)) b.t("Oxygen concentrator SN ").p("DEVICE", V.serial(r)).t(` at ${r.int(1, 4)} L/min.\n`);
    b.t("Electronically signed: ");
    c.doc(b, 1, oneOf(c, ["RN", "LPN", "BSN, RN"] as const));
    b.t("\n");
  },
};

export const pharmacyRefill: Style = {
  name: "pharmacy-refill",
  ages: [18, 96],
  write(b, c) {
    const { r } = c;
    b.t(`${oneOf(c, ["REFILL REQUEST", "Rx Refill Request", "eRx Renewal"])} rec'd `).visitDate(["us-short", "us-long", "iso", "dd-mon-yyyy"]).t(`\nFrom: ${oneOf(c, ["Walgreens", "CVS Pharmacy", "Rite Aid", "Kroger Pharmacy", "Walmart Pharmacy"])} #${r.int(1000, 19999)}, `);
    b.p("ADDRESS", V.address(r).line1).t(", ").p("LOCATION", V.city(r)).t("\nPh ").p("PHONE", V.phone(r)).t(" Fax ").p("FAX", V.phone(r)).t("\n");
    b.t("Patient: ");
    c.name(b, c.pt, oneOf(c, ["upper-last-first", "last-first", "full"] as const));
    b.t(r.chance(0.5) ? "  DOB: " : "  D.O.B. ");
    c.dobPiece(b);
    b.t("\nRx #").p("ID", V.rxNumber(r)).t(`  ${C.med(r)}  #${r.int(30, 90)} RF ${r.int(0, 5)}  ${C.ndc(r)}\nLast filled `).near(-95, -25, ["us-short", "us-long", "mon-d"]);
    b.t(`. Last OV `).near(-200, -40, ["us-short", "us-long", "month-yyyy"]).t(`. ${C.labs(r)}.\nPrescriber: `);
    c.doc(b, 0, "MD");
    b.t("  DEA ").p("LICENSE", V.dea(r, c.docs[0]!.last)).t("\n");
    b.t(`Approved x${r.int(1, 3)} refills per protocol; pt due for ${oneOf(c, ["A1c", "BMP", "lipid panel", "TSH"])}. `);
    c.doc(b, 1, oneOf(c, ["RN", "CMA", "PharmD"] as const));
    b.t("\n");
  },
};

export const careEmail: Style = {
  name: "care-email",
  ages: [2, 94],
  write(b, c) {
    const { r } = c;
    const dom = oneOf(c, ["riverbendhealth.org", "northsidemed.com", "hhsc.org", "valleycare.net"]);
    const from = c.docs[0]!;
    const to = c.docs[1]!;
    b.t("From: ").seq([["NAME", from.first], " ", ["NAME", from.last]]).t(" <").p("EMAIL", V.staffEmail(r, from.first, from.last, dom)).t(">\nTo: ");
    b.seq([["NAME", to.first], " ", ["NAME", to.last]]).t(" <").p("EMAIL", V.staffEmail(r, to.first, to.last, dom)).t(">\nSent: ");
    b.visitDate(["weekday-month-d", "month-d-yyyy"]).t(` ${V.time(r)}\nSubject: `);
    b.t("RE: ");
    c.name(b, c.pt, oneOf(c, ["last-first", "initials", "title-last"] as const));
    b.t(` - ${oneOf(c, ["discharge f/u", "SNF placement", "transport", "med rec"])}\n\nHi `).p("NAME", to.first).t(",\n\n");
    b.t("Quick update on ");
    c.name(b, c.pt, oneOf(c, ["first", "title-last", "full"] as const));
    b.t(` (MRN `).p("MRN", c.mrn.note).t(`): discharged from `).p("FACILITY", c.fac("hospital")).t(" on ").near(-5, -1, ["us-no-year", "mon-d", "us-short"]);
    b.t(`. ${C.dx(r)}, ${C.med(r)}. `);
    b.t("Family wants placement closer to ").p("LOCATION", V.city(r)).t(". ");
    const rel = c.rel(oneOf(c, ["son", "daughter"] as const));
    b.t(rel.relation === "son" ? "Son " : "Daughter ");
    c.name(b, rel.person, "first");
    b.t(" can be reached at ").p("EMAIL", V.email(r, rel.person.first, rel.person.last)).t(" or ");
    c.phone(b, rel.phone10);
    b.t(".\n");
    if (r.chance(0.4)) b.t("Portal link they sent: ").p("URL", V.url(r)).t("\n");
    b.t("\nThanks,\n").p("NAME", from.first).t("\n");
    b.p("NAME", from.first).t(" ").p("NAME", from.last).t(`, ${oneOf(c, ["RN Care Manager", "LCSW", "Transitions of Care RN"])}\n`).p("FACILITY", c.fac("clinic")).t(" | p ");
    b.p("PHONE", V.phone(r)).t(" | f ").p("FAX", V.phone(r)).t("\nCONFIDENTIALITY NOTICE: This e-mail may contain protected health information.\n");
  },
};

export const obstetric: Style = {
  name: "obstetric",
  ages: [16, 44],
  sex: "F",
  write(b, c) {
    const { r } = c;
    const lmp = V.addDays(c.visit, -r.int(40, 270));
    const edd = V.addDays(lmp, 280);
    b.t(`OB ${oneOf(c, ["Prenatal Visit", "PNV", "Return OB", "New OB intake"])} `).visitDate().t("\n");
    c.name(b, c.pt, oneOf(c, ["full", "last-first"] as const));
    b.t(", ");
    c.agePiece(b);
    b.t(` ${C.ratio(r).startsWith("G") ? C.ratio(r) : `G${r.int(1, 5)}P${r.int(0, 3)}0${r.int(0, 2)}${r.int(0, 3)}`} at ${r.int(8, 40)}w${r.int(0, 6)}d by `);
    b.t(oneOf(c, ["LMP ", "LMP of ", "dating US, LMP "])).date(lmp, ["us-short", "us-long", "month-d-yyyy", "iso"]).t(", EDD ").date(edd, ["us-short", "us-long", "month-d-yyyy", "mon-d"]).t("\n");
    b.t("FOB: ");
    const fob = c.rel(oneOf(c, ["partner", "husband", "boyfriend"] as const));
    c.name(b, fob.person, oneOf(c, ["full", "first"] as const));
    b.t(`, involved. Prior delivery at `).p("FACILITY", c.fac("hospital")).t(` ${r.int(2012, 2022)}, NSVD, Apgars ${r.int(6, 9)}/${r.int(8, 9)}.\n`);
    b.t(`FHT ${r.int(120, 160)} bpm, FH ${r.int(18, 40)} cm, BP ${r.int(98, 150)}/${r.int(56, 98)}, urine prot neg. ${C.labs(r)}. GBS ${oneOf(c, ["neg", "pos", "pending"])}. ${C.scale(r)}\n`);
    b.t(`Plan: glucola at 24-28 wk, Tdap, ${C.med(r)}. Delivering at `).p("FACILITY", c.fac("hospital")).t(". RTC 4 wks ").near(26, 30, ["us-no-year", "mon-d"]).t(".\n");
    c.doc(b, 0, oneOf(c, ["CNM", "MD", "DO", "WHNP"] as const));
    b.t("\n");
  },
};

export const wellChild: Style = {
  name: "well-child",
  ages: [0, 12],
  write(b, c) {
    const { r } = c;
    b.t(`Well Child Check - ${c.age < 2 ? `${r.int(2, 18)} month` : `${c.age} year`}\nDate: `).visitDate().t("\n");
    c.name(b, c.pt, "full");
    b.t(" DOB ");
    c.dobPiece(b);
    b.t(" accompanied by ");
    const mom = c.rel("mother");
    const dad = c.rel("father");
    b.t("mother ");
    c.name(b, mom.person, oneOf(c, ["full", "first"] as const));
    if (r.chance(0.6)) {
      b.t(" and father ");
      c.name(b, dad.person, oneOf(c, ["full", "first", "nick"] as const));
    }
    b.t(".\n");
    if (c.age >= 3) b.t("Attends ").p("FACILITY", c.fac("school")).t(`, ${oneOf(c, ["pre-K", "1st grade", "3rd grade", "5th grade", "kindergarten"])}; teacher `).seq([oneOf(c, ["Mrs. ", "Ms. ", "Mr. "]), ["NAME", c.docs[2]!.last]]).t(" reports good progress.\n");
    else b.t("In daycare at ").p("FACILITY", c.fac("school")).t(" 3 days/wk.\n");
    b.t(`Growth: wt ${r.int(5, 60)}th %ile, ht ${r.int(5, 95)}th %ile, HC ${r.int(10, 90)}th %ile. ${C.scale(r)}. ${oneOf(c, ["Sleeps 10-11 h", "Drinks 16-20 oz whole milk", "Screen time 2 h/day"])}.\n`);
    b.t(`Vaccines: DTaP #${r.int(1, 5)}, IPV, Hep B given R thigh, ${C.ratio(r)}. Lot ${r.letters(2)}${r.digits(4)}, VIS given.\n`);
    if (r.chance(0.4)) b.t("Sibling ").p("NAME", oneOf(c, [c.rel("sister").person.first, c.rel("brother").person.first])).t(` (${r.int(2, 14)} yo) also seen today.\n`);
    b.t(`Mom's cell `);
    c.phone(b, mom.phone10);
    b.t(`. ${C.plan(r)}\n`);
    c.doc(b, 0, oneOf(c, ["MD", "CPNP", "DO"] as const));
    b.t("\n");
  },
};

export const nursingHome: Style = {
  name: "nursing-home",
  ages: [84, 106],
  write(b, c) {
    const { r } = c;
    const fac = c.fac("nursing");
    b.p("FACILITY", fac).t(` - ${oneOf(c, ["Nursing Progress Note", "SNF Physician Visit", "Quarterly MDS review", "Change in Condition (SBAR)"])}\n`);
    b.t("Resident: ");
    c.name(b, c.pt, oneOf(c, ["last-first", "full", "upper-last-first"] as const));
    b.t(`   Room ${r.int(100, 399)}-${oneOf(c, ["A", "B", "W"])}   Adm `).near(-900, -30, ["us-short", "us-long", "dd-mon-yyyy"]).t("\n");
    b.t("Date: ").visitDate().t("\n\n");
    c.ptRef(b);
    b.t(" is a ");
    c.agePiece(b);
    b.t(` with ${C.dx(r)}, ${oneOf(c, ["CHF", "CKD stage 4", "s/p hip fx", "dysphagia on mech soft diet"])}. `);
    if (c.age >= 90 && r.chance(0.5)) b.t(`Celebrated ${c.pt.sex === "F" ? "her" : "his"} `).p("AGE", String(c.age)).t(`${V.ordinal(c.age).slice(-2)} birthday `).near(-20, -1, ["the-dth-of-month", "mon-d", "month-dth-no-year"]).t(". ");
    if (r.chance(0.4)) b.t(`Found on floor ${oneOf(c, ["next to bed", "in bathroom"])} on the `).near(-6, -1, ["dth"]).t(", no injury. ");
    b.t(`${C.vitals(r)}. ${C.scale(r)}. ${C.scale(r)}.\n`);
    b.t("POA: ");
    const poa = c.rel(oneOf(c, ["son", "daughter", "niece"] as const));
    c.name(b, poa.person, "full");
    b.t(` (${poa.relation}) `);
    c.phone(b, poa.phone10);
    b.t(`; notified of ${oneOf(c, ["fall without injury", "new cough", "weight loss 3 lb", "refusal of meds"])}.\n`);
    b.t(`Code status: ${oneOf(c, ["DNR/DNI", "Full code", "DNR, POLST on chart"])}. ${C.med(r)}; ${C.med(r)}.\n`);
    if (r.chance(0.3)) b.t("Transfer to ").p("FACILITY", c.fac("hospital")).t(" ED via ambulance.\n");
    c.doc(b, r.int(0, 1), oneOf(c, ["RN", "LPN", "MD", "NP"] as const));
    b.t("\n");
  },
};

export const psychIntake: Style = {
  name: "psych-intake",
  ages: [14, 78],
  write(b, c) {
    const { r } = c;
    b.t("Behavioral Health Intake Assessment\n");
    c.name(b, c.pt, "full");
    b.t(" | ").visitDate().t(" | clinician: ");
    c.doc(b, 0, oneOf(c, ["LCSW", "PhD", "PMHNP", "MD"] as const));
    b.t("\n\nHPI: ");
    c.ptRef(b);
    b.t(` is a ${c.age} yo referred by `);
    c.doc(b, 1, "MD");
    b.t(` for ${oneOf(c, ["depressed mood", "panic attacks", "SI without plan", "insomnia and irritability"])}. ${C.scale(r)}; ${C.scale(r)}.\n`);
    b.t("Social/family hx: born in ").p("LOCATION", V.city(r)).t(", raised by ");
    const mom = c.rel("grandmother");
    b.t("grandmother ");
    c.name(b, mom.person, oneOf(c, ["full", "first"] as const));
    b.t(" in ").p("LOCATION", V.county()).t(" after mother ");
    c.name(b, c.rel("mother").person, "first");
    b.t(` went to prison in ${r.int(1998, 2015)}. Stepfather `);
    c.name(b, c.rel("stepfather").person, oneOf(c, ["first", "nick", "full"] as const));
    b.t(` was ${oneOf(c, ["abusive", "a heavy drinker", "supportive"])}. Older sister `);
    c.name(b, c.rel("sister").person, "first");
    b.t(" lives in ").p("LOCATION", V.city(r)).t(`. Graduated from `).p("FACILITY", c.fac("school")).t(` ${r.int(1995, 2020)}; works nights at a warehouse. Moved to `).p("LOCATION", c.addr.city).t(" in ").p("DATE", V.formatDate(V.addDays(c.visit, -r.int(60, 900)), "month-yyyy")).t(".\n");
    b.t(`Substance use: ${oneOf(c, ["EtOH 6-8 beers/day", "cannabis daily", "denies", "meth, last use 2 wk ago"])}. AUDIT-C ${r.int(0, 12)}.\nPrior tx: inpatient at `).p("FACILITY", c.fac("rehab")).t(" ").near(-800, -200, ["month-yyyy", "mon-yy", "us-short"]).t(`; ${C.med(r)}.\n`);
    b.t(`Risk: ${oneOf(c, ["C-SSRS low", "C-SSRS moderate, safety plan made", "no access to firearms"])}. Crisis line and `).p("NAME", c.rel("friend").person.first).t(` (friend) as support.\nDx: ${oneOf(c, ["F32.1", "F41.0", "F43.10", "F33.2"])}. ${C.plan(r)}\n`);
  },
};

export const STYLES_A: readonly Style[] = [edTriage, telephone, priorAuth, homeHealth, pharmacyRefill, careEmail, obstetric, wellChild, nursingHome, psychIntake];
