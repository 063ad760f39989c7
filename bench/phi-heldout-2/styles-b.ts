/** Styles 9-16: med rec, problem list, immunisations, EOB/denial, excuse notes, DME/oxygen, recall lists, lab requisitions. */
import type { Style } from "./styles-a";

/** Medication reconciliation list with prescribers and pharmacy. */
export const medRec: Style = (c) => {
  const { r, p } = c;
  const b = c;
  b.t("MEDICATION RECONCILIATION\n").name(p, r.pick(["LF", "lf"])).t(" | ").dob("mdy").t(" | ").mrn().nl();
  b.t(`Source: pt list + pharmacy fill hx (${r.pick(["Walgreens", "CVS", "Rite Aid", "Kroger"])} #`).t(String(r.int(1000, 19999))).t(", ").v(c.vals.street(), "ADDRESS").t(", ").v(c.vals.city(), "LOCATION").t(" ").phone().t(")\n\n");
  b.t("Drug | Sig | Last fill | Prescriber\n");
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    b.t(`${c.drug()} | `).t(r.pick(["take 1 tab", "1/2 tab", "2 puffs", "10 units"])).t(" | ").date(undefined, r.pick(["md", "mdyShort", "mdy"])).t(" | ");
    b.doc(c.clinician(), r.pick(["dr", "lmd", "ifl"])).nl();
  }
  b.t("Rx # ").v(r.digits(7), "ID").t(" written for Valium 5 mg #30, refills 0, prescriber DEA ").v(c.vals.dea(), "LICENSE").t(". ");
  b.t("Discrepancy: pt stopped Lyrica ").date(undefined, r.pick(["monthYear", "md"])).t(" per ").name(c.other(), r.pick(["f", "fl"])).t(" (daughter, manages pillbox).\n");
  b.t(`Reviewed by `).name(c.clinician(), r.pick(["fl", "il"])).t(", PharmD ").date(undefined, "mdy").nl();
};

/** Problem list with onset and resolved dates; years alone are not PHI. */
export const problemList: Style = (c) => {
  const { r, p } = c;
  const b = c;
  b.t("ACTIVE PROBLEM LIST - ").name(p, r.pick(["fl", "LF"])).t(" (").mrn().t(")\n");
  const probs = ["Type 2 diabetes mellitus (E11.9)", "Essential hypertension (I10)", "Parkinson disease (G20)", "Crohn's disease of small intestine (K50.00)", "Major depressive disorder, recurrent (F33.1)", "CKD stage 3b (N18.32)", "Hashimoto thyroiditis (E06.3)", "Osteoarthritis R knee (M17.11)", "Atrial fibrillation (I48.91)", "Graves disease (E05.00)"];
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    b.t(`${i + 1}. ${r.pick(probs)} - onset `);
    if (r.chance(0.4)) b.t(String(r.int(1980, 2025)));
    else b.date(undefined, r.pick(["monthYear", "mdy", "monYr", "mdyLoose"]));
    if (r.chance(0.3)) b.t(" - resolved ").date(undefined, r.pick(["mdy", "iso"]));
    b.t(r.pick(["", " - managed by Dr. "]));
    if (b.text.endsWith("Dr. ")) b.name(c.clinician(), "l");
    b.nl();
  }
  b.t("Surgical hx: ").t(r.pick(["appy 1998", "CABG x3 2015", "TAH-BSO 2009", "L TKA 2021"])).t("; ").t(r.pick(["chole ", "tonsillectomy "])).date(undefined, r.pick(["monthYear", "mdy"])).t(" at ").v(c.vals.facility(), "FACILITY").nl();
  b.t("Updated ").date(undefined, "mdy").t(" by ").name(c.clinician(), r.pick(["fl", "il"])).nl();
};

/** Immunisation record: lot numbers and expiry dates are distractors. */
export const immunizationRecord: Style = (c) => {
  const { r, p } = c;
  const b = c;
  b.t("IMMUNIZATION RECORD\nName: ").name(p, r.pick(["lf", "fl", "LF"])).t("    Birthdate: ").dob(r.pick(["mdy", "long", "iso"])).nl();
  b.t("Parent/Guardian: ").name(c.other(), "fl").t("   School: ").v(c.vals.school(), "FACILITY").nl();
  b.t("Vaccine        | Date given | Mfr | Lot | Exp | Site | Given by\n");
  const vax = ["DTaP", "IPV", "MMR", "Varicella", "HepB", "Hib", "PCV20", "Tdap", "HPV9", "MenACWY", "Influenza", "COVID-19 2025-26", "RSV (nirsevimab)"];
  const n = r.int(3, 7);
  for (let i = 0; i < n; i++) {
    b.t(`${r.pick(vax).padEnd(14)} | `).date(undefined, r.pick(["mdy", "mdyShort"])).t(` | ${r.pick(["SKB", "MSD", "PMC", "PFR", "MOD"])} | ${r.letters(1)}${r.digits(4)}${r.letters(2)} | ${String(r.int(1, 12)).padStart(2, "0")}/${r.int(2026, 2028)} | ${r.pick(["LD", "RD", "LVL", "RVL"])} | `);
    b.name(c.clinician(), r.pick(["il", "fl", "l"])).t(r.pick([" RN", " MA", " LPN"])).nl();
  }
  b.t("VIS given. State registry ID ").v(r.digits(10), "ID").t(`. Next due at ${r.pick(["4-6 yrs", "11-12 yrs", "16 yrs"])}.\n`);
};

/** Insurance denial / explanation of benefits. */
export const insuranceEob: Style = (c) => {
  const { r, p } = c;
  const b = c;
  b.t(`${r.pick(["Blue Cross Blue Shield", "Aetna", "UnitedHealthcare", "Cigna", "Humana", "Molina Healthcare"])}\nEXPLANATION OF BENEFITS - THIS IS NOT A BILL\n`);
  b.t("Statement date: ").date(undefined, r.pick(["mdy", "long"])).nl();
  b.name(p, r.pick(["FL", "fml"])).nl();
  c.address(p.home, true);
  b.nl(2).t("Member ID: ").v(c.vals.memberId(), "HEALTH_PLAN").t("   Group #: ").v(c.vals.groupNo(), "HEALTH_PLAN").nl();
  b.t("Claim number: ").v(c.vals.claim(), "ID").t("   Patient account: ").v(c.vals.account(), "ACCOUNT").nl();
  b.t("Provider: ").doc(c.clinician(), "flmd").t(", NPI ").v(c.vals.npi(), "LICENSE").nl();
  b.t("Service dates: ").date(undefined, "mdy").t(" - ").date(undefined, "mdy").nl();
  b.t(`CPT 99214  billed $${r.int(120, 400)}.00  allowed $${r.int(60, 200)}.${r.int(10, 99)}  deductible $${r.int(0, 100)}.00  you owe $${r.int(0, 90)}.${r.int(10, 99)}\n`);
  b.t(`Remark ${r.pick(["CO-97", "PR-1", "CO-50", "N130"])}: ${r.pick(["not medically necessary", "benefit maximum reached", "prior authorization required"])}. `);
  b.t("To appeal, write to Appeals Unit, ").v(c.vals.place().line1, "ADDRESS").t(", ");
  const pl = c.vals.place();
  b.v(pl.city, "LOCATION").t(`, ${pl.stateAbbr} `).v(pl.zip, "ZIP").t(" within 180 days, or fax ").phone(undefined, "FAX").t(". Ref ").v(`${r.letters(2)}${r.digits(8)}`, "ID").t(".\n");
  b.t("Questions? ").phone().t(" (TTY 711) or ").v(c.vals.url(), "URL").nl();
};

/** Work or school excuse. */
export const excuseNote: Style = (c) => {
  const { r, p } = c;
  const b = c;
  const school = r.chance(0.5);
  b.v(c.vals.facility(r.pick(["Urgent Care", "Health Center", "Family Dentistry"])), "FACILITY").nl();
  b.v(c.vals.place().line1, "ADDRESS").t(" - ").phone().nl(2);
  b.t(r.pick(["To Whom It May Concern:", "To whom it may concern,", "Attn: HR"])).nl(2);
  b.name(p, r.pick(["fl", "fml", "FL"])).t(school ? " (grade " + r.int(1, 12) + ") " : " ");
  b.t(r.pick(["was seen in our office on ", "was evaluated today, ", "has been under my care since "])).date(undefined, r.pick(["mdy", "long", "mdLong"]));
  b.t(school ? " and may return to " : " and may return to work at ").v(school ? c.vals.school() : c.vals.employer(), "FACILITY");
  b.t(" on ").date(undefined, r.pick(["mdy", "long", "abbr", "mdLong"])).t(r.pick([" with no restrictions.", " with restrictions: no lifting > 10 lb x 2 wks.", ", excused from PE for 1 week."])).nl();
  if (!school && r.chance(0.5)) b.t("Employee ID: ").v(`${r.letters(1)}${r.digits(6)}`, "ID").nl();
  b.t("Please excuse absences ").date(undefined, "md").t(" through ").date(undefined, "md").t(".\n\n");
  b.doc(c.clinician(), r.pick(["flmd", "drfl"])).nl().t("Lic. ").v(c.vals.stateLicense(), "LICENSE").nl();
};

/** DME and home-oxygen vendor notes. */
export const dmeOxygen: Style = (c) => {
  const { r, p } = c;
  const b = c;
  const vendor = c.vals.facility("Oxygen & Medical Supply");
  b.v(vendor, "FACILITY").t(" - Delivery/Setup Ticket ").v(`${r.digits(6)}`, "ID").nl();
  b.t("Customer: ").name(p, r.pick(["LF", "lf", "fl"])).t("  Ph ").phone(p.phone).nl();
  b.t("Deliver to: ").address(p.home, false);
  b.t(r.pick([" - gate code 1234#, beware of dog", " (blue trailer behind church)", " - use side door", ""])).nl();
  b.t(`Equipment: ${r.pick(["Stationary concentrator 5 LPM", "Portable O2 concentrator", "CPAP w/ heated humidifier", "Hospital bed semi-electric"])} SN `).v(c.vals.serial(), "DEVICE");
  b.t(`; E-cylinders x${r.int(2, 12)}; ${c.clin()}.\n`);
  b.t(`Qualifying SpO2 ${r.int(82, 88)}% on RA at rest `).date(undefined, r.pick(["mdyShort", "mdy"])).t(". CMN signed by ").doc(c.clinician(), r.pick(["dr", "flmd"])).t(", NPI ").v(c.vals.npi(), "LICENSE").nl();
  b.t("Medicare MBI ").v(c.vals.memberId(), "HEALTH_PLAN").t(`  HCPCS E1390, E0431. `);
  b.t("Tech: ").name(c.clinician(), r.pick(["f", "fl"])).t(", truck ").v(c.vals.plate(), "VEHICLE").t(". Signed by ").name(c.other(), r.pick(["fl", "f"])).t(" (son).\n");
};

/** Scheduling / recall list: several patients in one note (no single record). */
export const recallList: Style = (c) => {
  const { r } = c;
  const b = c;
  c.singlePatient = false;
  b.t(`${r.pick(["DIABETIC EYE EXAM RECALL", "MAMMOGRAM OVERDUE", "NO-SHOW CALLBACK LIST", "Tomorrow's schedule"])} - printed `).date(undefined, "mdy").nl();
  const n = r.int(3, 6);
  for (let i = 0; i < n; i++) {
    const q = c.vals.patient();
    b.t(`${i + 1}) `).name(q, r.pick(["LF", "lf", "fl"])).t(r.pick(["  ", " | ", "\t"])).date(q.dob, r.pick(["mdy", "mdyShort"])).t(r.pick(["  ", " | ", "\t"]));
    b.v(c.vals.fmtPhone(q.phone), "PHONE").t(r.pick(["  ", " | ", "\t"]));
    if (r.chance(0.5)) b.t(`${r.int(7, 16)}:${r.pick(["00", "20", "40"])} `).t(r.pick(["f/u", "AWV", "new pt", "procedure"]));
    else b.t("last seen ").date(undefined, r.pick(["md", "monthYear"]));
    b.t(r.pick([" - LVM", " - no answer", " - sched", ` - ${c.clin()}`, " - mailbox full"]));
    if (r.chance(0.3)) b.t(", spoke w/ ").name(c.other(), "f");
    b.nl();
  }
  b.t("Caller: ").name(c.clinician(), r.pick(["f", "fl"])).nl();
};

/** Lab requisition form. */
export const labRequisition: Style = (c) => {
  const { r, p } = c;
  const b = c;
  b.t(`${r.pick(["Quest Diagnostics", "Labcorp", "Hospital Outreach Lab"])} REQUISITION  Req# `).v(`${r.letters(1)}${r.digits(8)}`, "ID").nl();
  b.t("Patient: ").name(p, "LF").t("  Sex: ").t(p.sex).t("  DOB: ").dob(r.pick(["mdy", "mdyShort"])).nl();
  b.t("Address: ").address(p.home, false).t("  Phone: ").phone(p.phone).nl();
  b.t("Bill to: ").t(r.pick(["Insurance", "Client", "Patient"])).t("  Policy #: ").v(c.vals.memberId(), "HEALTH_PLAN").t("  SSN: ").v(c.vals.ssn(), "SSN").nl();
  b.t("Ordering: ").doc(c.clinician(), "flmd").t("  NPI ").v(c.vals.npi(), "LICENSE").t("  Acct ").v(c.vals.account(), "ACCOUNT").nl();
  b.t(`Tests: CMP (80053), CBC w/diff (85025), A1c (83036), lipid (80061). Dx: ${c.clin()}.\n`);
  b.t("Collected ").date(undefined, r.pick(["mdy", "iso"])).t(` ${r.int(6, 11)}:${r.pick(["05", "32", "48"])} fasting ${r.pick(["Y", "N"])}. Specimen ID `).v(`${r.digits(3)}-${r.digits(3)}-${r.digits(4)}`, "ID").t(". Copy to: ").doc(c.clinician(), "drfl").nl();
};
