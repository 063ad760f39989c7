/** Styles: nurse-line voicemail, home-infusion delivery ticket, MAR export, school immunization letter, FMLA form, court evaluation letter. */
import { fmtDate } from "./kit";
import { DRUGS, EMPLOYERS, FACILITY_STEMS } from "./lists";
import { address, age, dt, newAddress, nm, other, ph, pickAge, staff, type Style } from "./note";

const REL = ["mom", "dad", "husband", "wife", "grandma", "son", "daughter", "aunt"];

const nurseVoicemail: Style = (n) => {
  const { b, c } = n;
  b.t("NURSE LINE VOICEMAIL (auto-transcribed) ").v(c.fullDate(), "DATE").t(` ${c.time()}`).nl();
  if (c.chance(0.3)) b.t("Caller verified by voiceprint, enrollment ").v(`VP-${c.digits(9)}`, "BIOMETRIC").nl();
  b.t("From: ").v(n.phone, "PHONE").t(c.pick(["", " (mobile)", " (home)", " WIRELESS CALLER"])).t(" | Mailbox 3 | confidence 0.8").t(String(c.int(1, 9))).nl(2);
  const caller = other(n);
  const rel = c.pick(REL);
  b.t("\"hi um this is ");
  nm(n, caller, "lc");
  b.t(` calling about my ${rel} `);
  nm(n, n.pt, c.pick(["fl", "lc", "f"]));
  b.t(" her date of birth is ").v(fmtDate(n.dob, c.pick(["Month dth, y", "mdy", "md-short"])).toLowerCase(), "DATE");
  b.t(` uh she's been on the ${c.pick(DRUGS)} since `).v(c.partialDate(), "DATE");
  b.t(` and her temp was 101.${c.int(0, 9)} this morning and BP like 15${c.int(0, 9)} over 9${c.int(0, 9)}`);
  if (c.chance(0.5)) { b.t(" dr "); b.v(other(n).last.toLowerCase(), "NAME"); b.t(" said to call if it went up"); }
  b.t(" you can call me back at ");
  ph(n);
  if (c.chance(0.4)) { b.t(" or my work number "); ph(n); }
  b.t(" thanks bye\"").nl(2);
  b.t("Triage RN: ");
  staff(n, other(n), [", RN", " RN", ", BSN, RN"]);
  b.t(" — returned call ").v(c.partialDate(), "DATE").t(` ${c.time()}, LVM x${c.int(1, 2)}. Per Schmitt-Thompson fever protocol, advised ED if >103.`).nl();
};

const infusionDelivery: Style = (n) => {
  const { b, c } = n;
  const pharm = `${c.pick(FACILITY_STEMS)} ${c.pick(["Infusion Pharmacy", "Home Infusion", "Specialty Rx"])}`;
  b.t("HOME INFUSION DELIVERY TICKET        Ticket# ").v(`DT-${c.digits(7)}`, "ID").nl();
  b.v(pharm, "FACILITY").t(" | ");
  address(n, newAddress(c));
  b.t(" | Ph ").v(c.phone(), "PHONE").t(" Fax ").v(c.phone(), "FAX").nl(2);
  b.t("Patient: ");
  nm(n, n.pt, "LF");
  b.t("   DOB: ").v(fmtDate(n.dob, c.pick(["mdy", "iso", "DD-MON-YYYY"])), "DATE").t("   MRN: ").v(n.mrn, "MRN").nl();
  b.t("Ship to: ");
  address(n, n.addr);
  b.t("  Cell ").v(n.phone, "PHONE").nl();
  b.t("Delivery date: ").v(c.fullDate(), "DATE").t(" Window 8a-12p   Route 14 / Stop 6").nl(2);
  b.t("Item                         | Qty | Lot      | Exp").nl();
  for (let i = 0; i < c.int(2, 4); i++) b.t(`${c.pick(DRUGS).padEnd(28)} | ${String(c.int(1, 28)).padStart(3)} | ${c.lot().padEnd(8)} | ${String(c.int(1, 12)).padStart(2, "0")}/2027`).nl();
  b.t(`Pump: ${c.pick(["Baxter Sapphire", "Smiths CADD-Solis VIP", "B. Braun Easypump II", "Moog CURLIN 6000"])} SN `).v(c.serial(), "DEVICE").t(` (asset tag ${c.int(100, 999)})`).nl();
  b.t("Driver: ");
  nm(n, other(n), c.pick(["fl", "il"]));
  b.t(" Van plate ").v(c.plate(), "VEHICLE").nl();
  b.t("Received by: ");
  nm(n, other(n), "fl");
  b.t(` (${c.pick(["spouse", "daughter", "neighbor", "self"])}) — cold chain 2-8 °C verified`).nl();
  b.t("First nursing visit ").v(c.partialDate(), "DATE").t(" with ");
  staff(n, other(n), [", RN", ", CRNI"]);
  b.nl();
};

const marExport: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.3);
  const d1 = c.recent();
  const d2 = { ...d1, d: d1.d + 1 };
  b.t("MEDICATION ADMINISTRATION RECORD — EXPORT   Printed ").v(fmtDate(d2, "mdy"), "DATE").t(` ${c.time()}`).nl();
  b.t("Patient: ");
  nm(n, n.pt, "lfm");
  b.t(" | MRN ").v(n.mrn, "MRN").t(` | Rm ${c.int(200, 699)}-${c.pick(["A", "B"])} | Age `);
  age(n, a);
  b.t(` | Wt ${c.int(41, 120)}.${c.int(0, 9)} kg | Allergies: ${c.pick(["PCN (hives)", "sulfa", "NKDA", "latex"])}`).nl();
  b.t("Wristband ").v(`WB${c.digits(8)}`, "ID").t("   Attending: Dr. ").v(other(n).last, "NAME").nl(2);
  const nurses = [other(n), other(n)];
  const ini = nurses.map((p) => `${p.first[0]}${p.last[0]}`.toUpperCase());
  b.t("| Medication | Sched | ").v(fmtDate(d1, "m/d"), "DATE").t(" 0900 | ").v(fmtDate(d1, "m/d"), "DATE").t(" 2100 | ").v(fmtDate(d2, "m/d"), "DATE").t(" 0900 |").nl();
  for (let i = 0; i < c.int(3, 5); i++) {
    b.t(`| ${c.pick(DRUGS)} | ${c.pick(["daily", "q12h", "BID"])} | `).v(ini[0]!, "NAME").t(" | ").v(ini[1]!, "NAME").t(" | ");
    if (c.chance(0.3)) b.t("HELD (SBP 88) |");
    else b.v(ini[c.int(0, 1)]!, "NAME").t(" |");
    b.nl();
  }
  b.nl().t("Initials legend: ");
  nurses.forEach((p, i) => {
    b.v(ini[i]!, "NAME").t(" = ");
    nm(n, p, "fl");
    b.t(i === 0 ? ", RN; " : ", LPN").t("");
  });
  b.nl().t(`PRN: acetaminophen 650 mg PO x1 for pain 6/10, reassessed 3/10 (BCMA scan override #${c.int(1, 9)}).`).nl();
};

const schoolImmunization: Style = (n) => {
  const { b, c } = n;
  n.dob = { ...n.dob, y: c.int(2009, 2021) };
  const clinic = c.facility(true);
  b.v(clinic, "FACILITY").nl();
  address(n, newAddress(c), "\n");
  b.nl().t("Tel ").v(c.phone(), "PHONE").t(" · Fax ").v(c.phone(), "FAX").nl(2);
  dt(n);
  b.nl(2).t("To: School Nurse, ").v(`${c.pick(["Whitman", "Cesar Chavez", "Lincoln", "Sacred Heart", "Riverside"])} ${c.pick(["Elementary School", "Middle School", "Academy"])}`, "FACILITY").nl();
  b.t("Re: ");
  nm(n, n.pt, "fl");
  b.t(" — DOB ").v(fmtDate(n.dob, c.pick(["mdy", "Mon d, y", "md-short"])), "DATE").t(" — Student ID ").v(c.digits(c.int(6, 9)), "ID").nl();
  b.t("State registry (IIS) ID: ").v(`${c.letters(2)}${c.digits(8)}`, "ID").nl(2);
  b.t("IMMUNIZATION FORECAST").nl().t("Vaccine      Dose   Given        Next due").nl();
  for (const v of ["Tdap", "MenACWY", "HPV-9", "Varicella", "MMR"].slice(0, c.int(3, 5))) {
    const of = c.int(2, 3);
    b.t(`${v.padEnd(12)} ${c.int(1, of)} of ${of}  `).v(c.fullDate(c.date(2014, 2025)), "DATE").t("   ");
    if (c.chance(0.3)) b.t("complete");
    else b.v(c.chance(0.5) ? fmtDate(c.date(2026, 2027), "mm/yyyy") : c.fullDate(c.date(2026, 2027)), "DATE");
    b.nl();
  }
  b.nl().t("Parent/guardian: ");
  nm(n, other(n), c.pick(["fl", "lf"]));
  b.t(", ").v(n.phone, "PHONE").nl();
  b.t("Per ACIP 2026 schedule; exclusion date per state law is day 30 of the school year.").nl().t("Signed: ");
  staff(n, other(n), [", FNP-C", ", MD", ", RN"]);
  b.nl();
};

const fmla: Style = (n) => {
  const { b, c } = n;
  b.t("CERTIFICATION OF HEALTH CARE PROVIDER FOR EMPLOYEE'S SERIOUS HEALTH CONDITION (FMLA) — Form WH-380-E").nl();
  b.t("SECTION I (employer): Employee name: ");
  nm(n, n.pt, "fml");
  b.t("   Employer: ").v(c.chance(0.5) ? c.pick(EMPLOYERS) : c.company(), "FACILITY").t("   Employee ID ").v(`E${c.digits(6)}`, "ID").t("   SSN ").v(c.ssn(), "SSN").nl();
  b.t("SECTION III (provider): Provider's name and business address: ");
  const doc = other(n);
  nm(n, doc, "fl");
  b.t(c.pick([", MD", ", DO", ", PA-C"])).t(", ");
  address(n, newAddress(c));
  b.nl().t("Type of practice: Family Medicine   Telephone: ");
  ph(n);
  b.t("   Fax: ").v(c.phone(), "FAX").nl(2);
  b.t("Part A (1) Approximate date condition commenced: ").v(c.fullDate(), "DATE").nl();
  b.t("Probable duration of condition: ").v(c.fullDate(), "DATE").t(" through ").v(c.partialDate(), "DATE").nl();
  if (c.chance(0.6)) { b.t("Inpatient care at ").v(c.facility(), "FACILITY").t(" from ").v(c.fullDate(), "DATE").t(" to ").v(c.fullDate(), "DATE").nl(); }
  b.t(`Part B: episodic flare-ups ${c.int(1, 3)} times per month lasting 1-2 days; follow-up every 3 months (2026).`).nl();
  b.t("Signature: ________  Date: ").v(c.fullDate(), "DATE").t("   NPI ").v(c.npi(), "LICENSE").nl();
};

const courtEval: Style = (n) => {
  const { b, c } = n;
  const clin = c.facility(false);
  b.v(`${clin} Forensic Services`, "FACILITY").nl();
  address(n, newAddress(c), "\n");
  b.nl().v(c.fullDate(), "DATE").nl(2).t("The Honorable ");
  const judge = other(n);
  nm(n, judge, "fl");
  b.nl().t("Circuit Court of ").v(c.county(), "LOCATION").nl();
  address(n, newAddress(c), "\n");
  b.nl(2).t("Re: State v. ");
  nm(n, n.pt, "LF");
  b.t(", Case No. ").v(`${c.int(20, 26)}-CF-${c.digits(5)}`, "ID").t(", DOB ").v(fmtDate(n.dob, "mdy"), "DATE").nl(2);
  b.t("Dear Judge ").v(judge.last, "NAME").t(":").nl();
  b.t("Pursuant to the order of ").v(c.fullDate(), "DATE").t(" for an evaluation of competency to proceed, I examined ");
  b.t(c.pick(["Mr. ", "Ms. ", "Mx. "])).v(n.pt.last, "NAME").t(" at ").v(`${c.city()} County Detention Center`, "FACILITY").t(" on ").v(c.partialDate(), "DATE");
  b.t(". Collateral sources: defense counsel ");
  nm(n, other(n), "fl");
  b.t(" (Bar No. ").v(c.digits(c.int(6, 7)), "LICENSE").t(") and records from ").v(c.facility(), "FACILITY").t(". Testing: MMPI-3, ECST-R, Dusky criteria reviewed.").nl();
  b.t("Sincerely,").nl();
  nm(n, other(n), "fml");
  b.t(", PsyD, ABPP — Licensed Psychologist #").v(c.licence(), "LICENSE").nl().t("cc: ADA ");
  nm(n, other(n), "il");
  b.nl();
};

export const STYLES_A: Record<string, Style> = {
  "nurse-voicemail": nurseVoicemail, "infusion-delivery": infusionDelivery, "mar-export": marExport,
  "school-imm-letter": schoolImmunization, "fmla-form": fmla, "court-eval-letter": courtEval,
};
