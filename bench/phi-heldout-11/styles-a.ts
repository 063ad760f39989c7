/** Styles A: court, immigration, privacy-office and protective-services paperwork. */
import { fmtDate, later, monthDay, monthYear } from "./kit";
import { CHAINS, EMPLOYERS, EPONYMS, INDEP_PHARMACIES, PAYERS } from "./lists";
import { address, age, clin, dt, initials, nm, other, ph, pickAge, staff, type Note11, type Style } from "./note";

/** Physician's statement for a jury-duty excuse: `<County> County Superior Court` (county gold), juror number, age 90+. */
const jurorExcusal: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.45);
  const doc = other(n);
  const summons = c.recent();
  if (c.chance(0.5)) b.v(c.county().toUpperCase(), "LOCATION").t(" COUNTY SUPERIOR COURT — JURY SERVICES");
  else b.t("CIRCUIT COURT OF ").v(c.county().toUpperCase(), "LOCATION").t(" COUNTY · OFFICE OF THE JURY COMMISSIONER");
  b.nl().t("PHYSICIAN'S STATEMENT IN SUPPORT OF REQUEST FOR EXCUSE FROM JURY SERVICE").nl().t(`(Code Civ. Proc. § 204; Rule 2.1008(d))   Form JURY-${c.int(100, 140)} Rev. 07/2024`).nl(2);
  b.t("Juror Name: "); nm(n, n.pt, c.pick(["LFM", "LF", "fl"] as const));
  b.t(c.pick(["     Juror Participant #: ", "   Juror ID No.: ", "\tBadge/Juror #: "])).v(c.digits(c.pick([7, 9])), "ID").nl();
  b.t("Summons Date: ").v(fmtDate(summons, "mdy"), "DATE").t(`   Report Date: `).v(fmtDate(later(summons, c.int(20, 40)), "mdy"), "DATE").t(`   Group No. ${c.int(1, 40)}  Panel ${c.int(100, 999)}`).nl();
  b.t("Date of Birth: ").v(fmtDate(n.dob, c.pick(["mdy", "mdy1", "long"] as const)), "DATE").t("   Daytime Phone: "); ph(n, n.phone); b.nl();
  b.t("Address: "); address(n, n.addr); b.nl(2);
  b.t("TO BE COMPLETED BY THE LICENSED PHYSICIAN").nl();
  b.t("I have treated the above-named juror since ");
  if (c.chance(0.5)) b.t(`${c.int(1998, 2022)}`); else b.v(monthYear({ ...c.recent(), y: c.int(2008, 2024) }), "DATE");
  b.t(`. The juror is `); age(n, a); b.t(` years of age and has ${c.pick(EPONYMS)} with ${c.pick(["orthostatic hypotension", "urinary urgency", "fluctuating cognition", "hearing loss (PTA 55 dB)", "oxygen dependence at 2 L/min"])}; ${clin(n)}.`).nl();
  b.t(c.pick(["[X] Permanent  [ ] Temporary", "[ ] Permanent  [X] Temporary — unable to serve until "]));
  if (b.text.endsWith("until ")) dt(n, later(summons, c.int(90, 200)));
  b.nl(2).t("Physician: "); staff(n, doc, [", MD", ", DO"]); b.t("   License No. ").v(c.licence(c.pick(["A", "G", "MD", ""])), "LICENSE").t("   NPI ").v(c.npi(), "LICENSE").nl();
  b.t("Practice: ").v(c.facility(c.pick(["Family Clinic", "Internal Medicine", "Neurology Associates"])), "FACILITY").t(", "); address(n, { line1: c.street(), city: c.town(), state: n.addr.state, zip: c.zip() }); b.nl();
  b.t("Tel "); ph(n); b.t("   Fax ").v(c.phone(), "FAX").nl();
  b.t("Signed ").v(fmtDate(c.recent(), "mdy1"), "DATE").t(c.pick([" under penalty of perjury.", ".  Return to Jury Services, Room 110, by mail or fax."])).nl();
};

/** USCIS N-648 disability exception: A-Number, online account and receipt numbers, form edition (not gold), interpreter. */
const n648Waiver: Style = (n) => {
  const { b, c } = n;
  const doc = other(n);
  const interp = other(n);
  const U = (s: string) => s.toUpperCase();
  b.t("Form N-648, Medical Certification for Disability Exceptions   Edition 01/20/25   OMB No. 1615-0060").nl();
  b.t(c.pick(["Receipt Number (Form N-400): ", "N-400 Receipt #: "])).v(`${c.pick(["IOE", "NBC", "MSC"])}${c.digits(10)}`, "ID").nl(2);
  b.t("Part 1. Information About the Applicant").nl();
  b.t("1.a. Family Name (Last Name)  ").v(U(n.pt.last), "NAME").nl();
  b.t("1.b. Given Name (First Name)  ").v(U(n.pt.first), "NAME").nl();
  b.t("1.c. Middle Name  "); if (n.pt.middle) b.v(U(n.pt.middle), "NAME"); else b.t("N/A"); b.nl();
  b.t("2. Alien Registration Number (A-Number) ► A").v(c.chance(0.5) ? c.digits(9) : `${c.digits(3)}-${c.digits(3)}-${c.digits(3)}`, "ID").nl();
  b.t("3. USCIS Online Account Number (if any) ► ").v(c.digits(12), "ID").nl();
  b.t("4. Date of Birth (mm/dd/yyyy) ► ").v(fmtDate(n.dob, "mdy"), "DATE").t(`   Country of Birth ► ${c.pick(["Laos", "Somalia", "Guatemala", "Viet Nam", "Bhutan", "Haiti", "Iraq"])}`).nl();
  b.t("5. Mailing Address: "); address(n, n.addr); b.nl();
  b.t("6. Daytime Telephone ► "); ph(n, n.phone); b.t("   Email ► ").v(n.email, "EMAIL").nl(2);
  b.t("Part 2. Information About the Medical Professional").nl();
  b.t("Name: "); nm(n, doc, "fml"); b.t(c.pick([", MD", ", DO", ", PhD (licensed clinical psychologist)"])).t("   License Number: ").v(c.licence(), "LICENSE").t(` State: ${n.addr.state}`).nl();
  b.t("Practice: ").v(c.facility(c.pick(["Family Clinic", "Health Center", "Refugee Health Clinic"])), "FACILITY").t("  Tel: "); ph(n); b.t("  Fax: ").v(c.phone(), "FAX").nl(2);
  b.t("Part 3. Diagnosis").nl();
  b.t(`ICD-10-CM ${c.pick(["F03.90", "F01.50", "F43.10", "F70", "G30.1"])}; DSM-5-TR criteria met. MMSE ${c.int(9, 21)}/30, MoCA ${c.int(5, 18)}/30. Onset approximately `).v(monthYear({ ...c.recent(), y: c.int(2012, 2023) }), "DATE").t(".").nl();
  b.t(`Applicant ${c.pick(["cannot retain the civics questions", "is unable to learn English", "cannot write a dictated sentence"])} despite ${c.int(2, 5)} years of classes.`).nl();
  b.t("Part 4. I examined the applicant in person on ").v(fmtDate(c.recent(), c.pick(["mdy", "long"] as const)), "DATE").t(" with interpreter ");
  nm(n, interp, "fl"); b.t(" (ID ").v(`${c.letters(2)}${c.digits(5)}`, "ID").t(`; ${c.pick(["Hmong", "Somali", "K'iche'", "Vietnamese", "Nepali", "Haitian Creole", "Arabic"])}).`).nl();
  b.t("Part 5. Signature of Medical Professional: /s/ "); nm(n, doc, "fl"); b.t("   Date: ").v(fmtDate(c.recent(), "mdy"), "DATE").nl();
};

/** HIPAA breach notification letter: address block, incident dates, reference and activation codes, enrolment URL, deadline. */
const breachNotice: Style = (n) => {
  const { b, c } = n;
  const officer = other(n);
  const fac = c.facility();
  const up = c.chance(0.4);
  b.v(up ? fac.toUpperCase() : fac, "FACILITY").nl().t("Privacy Office · ").v(c.street(), "ADDRESS").t(" · ").v(c.town(), "LOCATION").t(`, ${n.addr.state} `).v(c.zip(), "ZIP").nl(2);
  dt(n); b.nl(2);
  b.t(c.pick(["", "Parent or Guardian of\n", "To the Estate of\n"]));
  nm(n, n.pt, up ? "FL" : "fml"); b.nl(); address(n, n.addr, "\n", up); b.nl(2);
  b.t("Re: Notice of Data Security Incident").nl().t("Reference Code: ").v(`${c.letters(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")}-${c.letters(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")}-${c.letters(2)}`, "ID").nl(2);
  const hon = c.pick(["Mr. ", "Ms. ", ""]);
  b.t("Dear ").t(hon);
  nm(n, n.pt, hon ? "l" : "fl");
  b.t(":").nl(2);
  const found = c.recent();
  b.t("We are writing to tell you about an incident that may have involved some of your information. On ").v(fmtDate(found, "long"), "DATE");
  b.t(", we learned that an unauthorized party gained access to one employee e-mail account between ").v(monthDay(later(found, -30)), "DATE").t(" and ").v(fmtDate(later(found, -6), "long"), "DATE").t(".").nl();
  b.t("The information involved may have included your name, date of birth, medical record number (").v(n.mrn, "MRN").t("), health plan member ID ending in ").v(c.digits(4), "HEALTH_PLAN").t(`, and treatment information such as ${c.pick(["diagnosis codes", "lab results", "medication lists"])}. Your Social Security number was ${c.pick(["not involved", "involved only for patients seen before 2012"])}.`).nl(2);
  b.t(`We are offering 24 months of credit monitoring through ${c.pick(["Experian IdentityWorks", "Kroll", "IDX", "Equifax Complete"])} at no cost. Enroll at `);
  b.v(`https://${c.pick(["enroll.idheadquarters.com/", "response.idx.us/", "secure.identityworks-enroll.com/"])}${c.letters(6).toLowerCase()}`, "URL").t(" using activation code ").v(c.letters(9, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "ID").t(" by ");
  dt(n, later(found, c.int(80, 120))); b.t(".").nl();
  b.t("If you have questions, call our dedicated line at ").v(c.tollFree(), "PHONE").t(`, Monday through Friday, 9:00 a.m. to 9:00 p.m. Eastern (Engagement # `).v(`B${c.digits(6)}`, "ID").t(").").nl(2);
  b.t("Sincerely,").nl(2); nm(n, officer, "fl"); b.nl().t(c.pick(["Chief Privacy Officer", "Privacy and Compliance Director", "HIPAA Privacy Officer"])).nl();
};

/** Accounting of disclosures (45 CFR 164.528, not gold) as a pipe table: health department, police, law firm, a facility. */
const disclosureAccounting: Style = (n) => {
  const { b, c } = n;
  const him = other(n);
  b.t("ACCOUNTING OF DISCLOSURES OF PROTECTED HEALTH INFORMATION (45 CFR 164.528)").nl();
  b.t("Patient: "); nm(n, n.pt, c.pick(["lf", "LF", "lfm"] as const)); b.t("   MRN: ").v(n.mrn, "MRN").t("   DOB: ").v(fmtDate(n.dob, c.pick(["mdy", "iso"] as const)), "DATE").nl();
  b.t("Request received: ").v(fmtDate(c.recent(), "mdy1"), "DATE").t("   Period covered: ").v(fmtDate({ ...c.recent(), y: 2020 }, "mdy1"), "DATE").t(" – ").v(fmtDate(c.recent(), "mdy1"), "DATE").nl(2);
  b.t("| Date | Recipient | Purpose | Description |").nl().t("|---|---|---|---|").nl();
  const rows = c.int(3, 5);
  for (let i = 0; i < rows; i++) {
    b.t("| ").v(fmtDate(c.recent(), c.pick(["mdy1", "mdy2", "iso"] as const)), "DATE").t(" | ");
    const r = c.int(0, 5);
    if (r === 0) b.v(c.county(), "LOCATION").t(" County Health Department | Public health reporting | ").t(c.pick(["Tuberculosis case report", "Lead level ≥ 3.5 µg/dL", "Hepatitis C positive RNA"]));
    else if (r === 1) { const det = other(n); b.t("Det. "); nm(n, det, "fl"); b.t(", ").v(c.town(), "LOCATION").t(` Police Department | Law enforcement, subpoena SP-${c.int(24, 26)}-`).t(c.digits(4)).t(" | ED record of the visit"); }
    else if (r === 2) { b.v(c.surname(), "NAME").t(" & ").v(c.surname(), "NAME").t(" LLP, "); b.v(c.street(), "ADDRESS").t(" | Court order, Case No. ").v(`${c.int(2023, 2026)}-CV-${c.digits(5)}`, "ID").t(" | Records 2021–2024"); }
    else if (r === 3) b.t("Social Security Administration / DDS | Disability determination | Progress notes, imaging");
    else if (r === 4) b.v(c.facility(), "FACILITY").t(" | Transfer of care (not accounted; TPO) | CCD");
    else b.v(c.county(), "LOCATION").t(` County Coroner | Decedent identification | Dental chart (request #${c.digits(5)})`);
    b.t(" |").nl();
  }
  b.nl().t("Prepared by: "); nm(n, him, c.pick(["fl", "il"] as const)); b.t(`, RHIT, Health Information Management, ext. ${c.int(2000, 7999)}`).nl();
  b.t("Mailed to the patient at "); address(n, n.addr); b.t(" on ").v(c.partialDate(c.recent()), "DATE").t(".").nl();
};

/** Adult Protective Services intake: county, intake number, victim 90+, perpetrator and their car, bank account last four. */
const apsIntake: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.55);
  const rep = other(n);
  const ap = other(n);
  const worker = other(n);
  const neighbour = other(n);
  const rel = c.pick(["grandson", "son", "nephew", "daughter-in-law", "boyfriend of granddaughter"]);
  b.t("ADULT PROTECTIVE SERVICES — INTAKE REPORT").nl().t("Intake #: ").v(`APS-${c.int(2025, 2026)}-${c.digits(6)}`, "ID").t("   Received: ").v(fmtDate(c.recent(), "mdy"), "DATE").t(` ${c.time()}   County: `).v(c.county(), "LOCATION").nl(2);
  b.t("REPORTER: "); nm(n, rep, "fl"); b.t(`, ${c.pick(["RN case manager", "MSW", "home health aide", "bank teller"])}, `).v(c.facility(), "FACILITY").t("  Ph: "); ph(n); b.nl();
  b.t("ALLEGED VICTIM (AV): "); nm(n, n.pt, c.pick(["LF", "lf", "fl"] as const)); b.t("  Age: "); age(n, a); b.t("  DOB: ").v(fmtDate(n.dob, "mdy1"), "DATE").nl();
  b.t("  Address: "); address(n, n.addr); b.t("  Phone: "); ph(n, n.phone); b.nl();
  b.t("  Medicaid #: ").v(c.medicaid(), "HEALTH_PLAN").t(`  Lives: ${c.pick(["alone", "with AP", "with spouse (bedbound)"])}`).nl();
  b.t(`ALLEGED PERPETRATOR (AP): `); nm(n, ap, c.pick(["fl", "LF"] as const)); b.t(` (${rel}), approx. ${c.int(19, 55)} y/o, drives a ${c.pick(["gray Silverado", "black Charger", "white Altima"])}, plate `).v(c.plate(), "VEHICLE").nl(2);
  b.t("ALLEGATIONS: [X] Financial exploitation  [").t(c.pick(["X", " "])).t("] Neglect  [ ] Physical abuse").nl();
  b.t(`Narrative: reporter states AP "moved in around `).v(c.partialDate(c.recent()), "DATE").t(`" and since then AV's checks at ${c.pick(["First Federal", "Regions", "Farmers State Bank", "a credit union"])} (acct ending `).v(c.digits(4), "ACCOUNT").t(`) bounced. ${c.pick(["AV missed 3 dialysis runs", "pill box found empty x5 days", "AV found on floor, Wt down 14 lb"])}. ${clin(n)}. Neighbor `);
  nm(n, neighbour, "fl"); b.t(" (").v(c.phone(), "PHONE").t(`) brings meals. AV says "${c.pick(["he takes my card to the store", "she's a good girl she just needs money", "i don't want him in trouble"])}".`).nl();
  b.t("PCP: "); staff(n, other(n)); b.nl();
  b.t(`SCREENING: Accepted — Priority ${c.int(1, 3)} (${c.pick(["24 hr", "5 day", "immediate"])}). Assigned: `); nm(n, worker, "fl"); b.t(", APS Specialist II").nl();
};

/** Discharge against medical advice: FIN, room (not gold), patient's quoted reason with a daughter and an employer, pharmacy. */
const amaDischarge: Style = (n) => {
  const { b, c } = n;
  const fac = c.facility(c.pick(["Medical Center", "Regional Hospital", "Community Hospital"]));
  const md = other(n);
  const rn = other(n);
  const kid = other(n);
  b.v(fac.toUpperCase(), "FACILITY").nl().t("DISCHARGE AGAINST MEDICAL ADVICE / RELEASE OF RESPONSIBILITY").nl(2);
  b.t("Patient: "); nm(n, n.pt, "LFM"); b.t("   MRN: ").v(n.mrn, "MRN").t("   FIN: ").v(c.account(), "ACCOUNT").nl();
  b.t("DOB: ").v(fmtDate(n.dob, c.pick(["mdy", "dmonY"] as const)), "DATE").t(`   Admitted: `).v(fmtDate(c.recent(), "mdy1"), "DATE").t(`   Unit/Rm: ${c.pick(["4W", "3N", "PCU", "ICU"])}-${c.int(301, 640)}${c.pick(["A", "B", ""])}`).nl(2);
  b.t("I, "); nm(n, n.pt, "fl"); b.t(", am leaving "); b.v(fac, "FACILITY"); b.t(" against the advice of Dr. "); nm(n, md, "l");
  b.t(`. The risks have been explained to me, including ${c.pick(["worsening infection, amputation and death", "heart attack, arrhythmia and death", "stroke, seizure and death"])}. Current ${clin(n)}.`).nl();
  b.t(`Patient's stated reason: "`);
  const kf = kid.first.toLowerCase();
  b.t(`my ${c.pick(["kid", "youngest", "grandbaby"])} `).v(c.chance(0.5) ? kid.first : kf, "NAME").t(` has no ride and i have to be at work at `).v(c.pick(EMPLOYERS), "FACILITY").t(` ${c.pick(["monday", "tomorrow", "by 6"])}"`).nl();
  b.t("Leaving with: "); nm(n, other(n), "fl"); b.t(` (${c.pick(["spouse", "brother", "friend"])}), cell `); ph(n); b.nl();
  b.t("Prescriptions sent to: ");
  if (c.chance(0.5)) { b.v(c.pick(INDEP_PHARMACIES), "FACILITY").t(", ").v(c.town(), "LOCATION"); } else b.t(`${c.pick(CHAINS)} #${c.int(1000, 19999)}`);
  b.t(`   (${c.pick(["Bactrim DS", "Keflex 500 mg", "Plavix 75 mg", "Eliquis 5 mg"])}; ${c.pick(PAYERS)} copay)`).nl();
  b.t("Follow-up: ").v(c.facility("Family Clinic"), "FACILITY").t(" on ").v(c.dayDate(c.recent()), "DATE").t(c.pick([" at 9:40 AM", " 1400", ""])).nl();
  b.t(`Patient signature: ${c.pick(["[refused to sign]", "/s/ ", "X"])}`); if (b.text.endsWith("/s/ ")) b.v(initials(n.pt), "NAME"); b.nl();
  b.t("Witness: "); nm(n, rn, c.pick(["fl", "il"] as const)); b.t(", RN   Date/Time: ").v(fmtDate(c.recent(), "mdy"), "DATE").t(` ${c.time()}`).nl();
};

export const STYLES_A: Record<string, (n: Note11) => void> = {
  "juror-excusal": jurorExcusal,
  "n648-waiver": n648Waiver,
  "breach-notice-letter": breachNotice,
  "disclosure-accounting": disclosureAccounting,
  "aps-intake-report": apsIntake,
  "ama-discharge": amaDischarge,
};
