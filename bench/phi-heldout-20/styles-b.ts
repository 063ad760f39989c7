/** Hospital medication reconciliation, pharmacist consults, MTM, appeals and patient assistance. */
import { fmtDate } from "./kit";
import * as L from "./lists";
import { addrBlock, address, age, clin, fac, hhmm, nm, other, pickOlderAge, relative, staff, type Style } from "./note";
import { MDS, RPH } from "./styles-a";

/** Discharge medication changes with meds-to-beds delivery. */
const dischargeMedChanges: Style = (n) => {
  const { b, c } = n;
  fac(n, c.facility().toUpperCase()); b.nl().t("DISCHARGE MEDICATION RECONCILIATION").nl();
  b.t("Name: "); nm(n, n.pt, c.pick(["LF", "lfm", "fl"])); b.t("   DOB: ").v(c.fullDate(n.dob), "DATE").t("   MRN: ").v(n.mrn, "MRN").nl();
  b.t("Admitted ").v(c.partialDate(c.recent()), "DATE").t(" - Discharged ").v(c.fullDate(c.recent()), "DATE").t(" to ");
  if (c.chance(0.4)) { fac(n, c.ltc()); b.t(" (SNF)"); } else b.t("home");
  b.nl(2).t("START these medicines:").nl();
  b.t(`  * ${c.pick(L.NAME_LIKE_DRUGS)} ${c.pick(["5 mg twice daily", "10 mg daily", "2 puffs BID"])} - ${c.pick(["new for afib", "heart", "lungs", "sugar"])}`).nl();
  b.t("CHANGE how you take:").nl().t(`  * ${c.pick(L.DRUGS)}: now ${c.pick(["1/2 tab", "every other day", "at bedtime"])} (was daily)`).nl();
  b.t("STOP taking:").nl().t(`  * ${c.pick(["warfarin (Coumadin)", "ibuprofen", "glipizide", "Ambien", "metoprolol tartrate"])}`).nl(2);
  b.t("Meds to Beds: delivered to bedside ").v(fmtDate(c.recent(), "mdyShort"), "DATE").t(` ${hhmm(c)} by `);
  nm(n, other(n), c.pick(["fl", "il"])); b.t(`, CPhT; copay $${c.int(0, 95)}.${c.pick(["00", "40", "15"])} paid, card ending `).v(c.digits(4), "ACCOUNT").nl();
  b.t("Outpatient pharmacy: ");
  if (c.chance(0.6)) { const pn = c.pharmacy(); fac(n, pn); b.t(", "); address(n, { line1: c.street(), city: c.town(), state: c.state(), zip: c.zip() }); b.t(" ").v(c.phone(), "PHONE"); }
  else b.t(`${c.chain()}, ${c.pick(["Main & 3rd", "by the Kroger", "drive-thru"])}`);
  b.nl().t("Follow-up: "); staff(n, other(n), MDS); b.t(" on ").v(c.fullDate(c.recent()), "DATE").t("; INR/BMP ").v(c.partialDate(c.recent()), "DATE").nl();
  b.t("Reviewed with patient and "); const [rw, rel] = relative(n); b.t(`${rw} `); nm(n, rel, "f"); b.t(" by "); nm(n, other(n), "fl"); b.t(c.pick(RPH)).t(".").nl();
};

/** Pharmacist renal dose-adjustment intervention. */
const renalDoseIntervention: Style = (n) => {
  const { b, c } = n;
  b.t(c.pick(["Pharmacy Intervention - Renal Dosing", "PHARMACY RENAL DOSE ADJUSTMENT", "Clinical Pharmacist Note (renal)"])).nl();
  b.t("Intervention ID ").v(`INT-${c.digits(6)}`, "ID").t("  ").v(fmtDate(c.recent(), c.pick(["mdy", "iso"])), "DATE").t(` ${hhmm(c)}`).nl();
  b.t("Patient: "); nm(n, n.pt, c.pick(["LF", "lf"])); b.t(" (").v(n.mrn, "MRN").t("), ");
  const a = pickOlderAge(n, 0.45); const w = c.chance(0.25) && a >= 90;
  age(n, a, w); b.t(w ? " years old" : c.pick(["yo", " y/o", "-year-old", " yrs"])).t(` ${n.pt.sex}, wt ${c.int(38, 110)} kg, SCr ${c.int(0, 3)}.${c.int(1, 9)} -> est CrCl ${c.int(9, 48)} mL/min (Cockcroft-Gault).`).nl();
  b.t(`Order: ${c.pick(["enoxaparin 1 mg/kg q12h", "cefepime 2 g q8h", "gabapentin 600 mg TID", "famotidine 20 mg BID", "levofloxacin 750 mg q24h", "Eliquis 5 mg BID"])}.`).nl();
  b.t(`Recommendation: ${c.pick(["reduce to q24h", "decrease to 300 mg daily", "change to 2.5 mg BID (age >=80, SCr >=1.5)", "extend interval to q48h"])} per renal protocol; ${clin(n)}.`).nl();
  b.t("Discussed with "); staff(n, other(n), MDS); b.t(c.pick([" via secure chat", " by phone", " on rounds"])).t(" - ").t(c.pick(["accepted", "accepted, order modified", "declined (HD planned)"])).t(".").nl();
  b.t(c.pick(["Pager ", "pgr ", "Vocera x"])).t(String(c.int(1000, 9999))).t(".  ");
  nm(n, other(n), "fl"); b.t(c.pick(RPH)).nl();
};

/** Antimicrobial stewardship review with an IV-to-PO switch. */
const amsIvToPo: Style = (n) => {
  const { b, c } = n;
  b.t("ANTIMICROBIAL STEWARDSHIP REVIEW").nl();
  b.t("Pt ").v(n.pt.last.toUpperCase(), "NAME").t(", ").v(n.pt.first.toUpperCase(), "NAME").t("  MRN ").v(n.mrn, "MRN").t("  Loc ").t(c.pick(["5W-12", "ICU-3", "4S-21B"])).t("  ").v(fmtDate(c.recent(), "ddmonyyyy"), "DATE").nl();
  const bug = c.pick(["Morganella morganii", "Providencia stuartii", "Serratia marcescens", "Klebsiella oxytoca", "E. coli", "MSSA"]);
  b.t("Cx: urine ").v(c.partialDate(c.recent()), "DATE").t(` - ${bug} >100K, ${c.pick(["pan-S", "R to ampicillin", "ESBL neg"])}; blood `).v(c.partialDate(c.recent()), "DATE").t(" NGTD.").nl();
  b.t(`Abx: ${c.pick(["ceftriaxone 1 g IV q24h", "pip-tazo 3.375 g q8h", "cefazolin 2 g q8h"])} day ${c.int(2, 6)}. Afebrile x48h, tolerating PO.`).nl();
  b.t(`Rec: IV to PO ${c.pick(["cefpodoxime 200 mg BID", "TMP-SMX DS BID", "cephalexin 500 mg QID", "levofloxacin 500 mg daily"])} to complete ${c.int(5, 14)} days total (stop date `).v(c.partialDate(c.recent()), "DATE").t(").").nl();
  b.t("ID attending: "); staff(n, other(n), [", MD", ", DO"]); b.t(". Primary team "); nm(n, other(n), c.pick(["l", "il"])); b.t(" notified ").t(hhmm(c)).t(".").nl();
  if (c.chance(0.4)) { b.t(`Hx ${c.pick(L.EPONYMS)}; allergy PCN (childhood rash).`).nl(); }
  b.t("ASP pharmacist: "); nm(n, other(n), "fml"); b.t(c.pick(RPH)).t(" x").t(String(c.int(4000, 4999))).nl();
};

/** CMS standardized-format comprehensive medication review: cover letter, to-do list and medication list. */
const cmrPml: Style = (n) => {
  const { b, c } = n;
  const indep = c.chance(0.6);
  if (indep) fac(n, c.pharmacy()); else b.t(c.pick(L.PBMS) + " MTM Center");
  b.nl().v(fmtDate(c.recent(), "long"), "DATE").nl(2);
  nm(n, n.pt, c.pick(["fml", "FL", "fl"])); b.nl(); addrBlock(n, n.addr, c.chance(0.4)); b.nl(2);
  b.t("Dear ").t(c.pick(["Mr. ", "Ms. ", "Mrs. ", ""])); nm(n, n.pt, c.chance(0.5) ? "l" : "fl"); b.t(":").nl();
  b.t("Thank you for talking with me on ").v(c.fullDate(c.recent()), "DATE").t(" about your health and medications. Plan member ID ").v(c.member(), "HEALTH_PLAN").t(".").nl(2);
  b.t("YOUR RECOMMENDED TO-DO LIST").nl().t(`What we talked about: ${c.pick(["dizziness when standing", "blood sugar lows", "bleeding gums on Xarelto", "sleep (Ambien)"])}`).nl();
  b.t(`What I should do: ${c.pick(["check BP sitting and standing", "eat a snack before walking", "ask Dr. ", "use the pill box"])}`);
  if (b.text.endsWith("Dr. ")) { nm(n, other(n), "l"); b.t(" about lowering the dose"); }
  b.nl(2).t("MY MEDICATION LIST (age ");
  const a = pickOlderAge(n, 0.3); age(n, a, a >= 90 && c.chance(0.3)); b.t(")").nl();
  for (let i = 0, k = c.int(3, 5); i < k; i++) {
    b.t(`Medication: ${c.chance(0.3) ? c.pick(L.NAME_LIKE_DRUGS) : c.pick(L.DRUGS)} | How I use it: ${c.pick(["1 in the morning", "1 twice a day", "at bedtime"])} | Why: ${c.pick(["heart", "sugar", "thyroid", "mood", "pain"])} | Prescriber: `);
    if (c.chance(0.75)) { b.t("Dr. "); nm(n, other(n), "l"); } else b.t("self (OTC)");
    b.nl();
  }
  b.t("Allergies: ").t(c.pick(["sulfa", "none", "Jardiance (yeast infections)"])).nl();
  b.t("If you have questions, call me at ").v(c.phone(), "PHONE").t(" or e-mail ");
  const rph = other(n); b.v(c.workEmail(rph, c.pick(["mtmcenter.org", "hometownrx.com", "rxcare.net"])), "EMAIL").t(".").nl();
  nm(n, rph, "fl"); b.t(c.pick(RPH)).nl().t("Form CMS-10396 OMB 0938-1154").nl();
};

/** Prescriber's formulary / step-therapy exception request (letter of medical necessity). */
const formularyExceptionLetter: Style = (n) => {
  const { b, c } = n;
  const md = other(n);
  fac(n, c.clinic()); b.nl(); addrBlock(n, { line1: c.street(), city: c.town(), state: c.state(), zip: c.zip() }); b.nl();
  b.t("Tel ").v(c.phone(), "PHONE").t(" | Fax ").v(c.phone(), "FAX").nl(2);
  b.v(c.fullDate(c.recent()), "DATE").nl().t(`${c.pick(L.PBMS)}, Coverage Determinations & Appeals, fax `).v(c.tollFree(), "FAX").nl(2);
  b.t(c.pick(["RE: Step therapy exception request", "Re: Formulary exception / tier exception", "RE: EXPEDITED APPEAL - denial of coverage"])).nl();
  b.t("Patient: "); nm(n, n.pt, c.pick(["fml", "LF", "lf"])); b.t("   DOB: ").v(fmtDate(n.dob, c.pick(["mdy", "long", "mdyShort"])), "DATE").nl();
  b.t("Member ID: ").v(c.member(), "HEALTH_PLAN").t("   Case/Ref #: ").v(`${c.letters(2)}${c.digits(8)}`, "ID").t("   Denial dated ").v(c.fullDate(c.recent()), "DATE").nl(2);
  const drug = c.pick([...L.SPECIALTY_DRUGS, "Nucynta ER", "Austedo", "Lucemyra"]);
  b.t(`I am writing on behalf of my patient, `); nm(n, n.pt, c.pick(["fl", "l"])); b.t(`, to request coverage of ${drug}. `);
  b.t(`The plan requires trial of ${c.pick(["two preferred agents", "methotrexate", "tetrabenazine", "a TNF inhibitor"])}. The patient tried ${c.pick(["methotrexate 20 mg weekly", "Humira", "tetrabenazine 12.5 mg TID", "sertraline and Lexapro"])} from `);
  b.v(c.partialDate(c.recent()), "DATE").t(" to ").v(c.partialDate(c.recent()), "DATE").t(` with ${c.pick(["transaminitis (ALT 3x ULN)", "inadequate response", "severe depression", "injection-site reactions"])}. `);
  b.t(`Diagnosis ${c.pick(["L40.0", "G10", "M06.9", "K50.112"])}; ${clin(n)}.`).nl(2);
  b.t("Please call my nurse, "); nm(n, other(n), "fl"); b.t(", RN, at ").v(c.phone(), "PHONE").t(" with questions.").nl(2).t("Sincerely,").nl();
  staff(n, md, MDS); b.nl().t("NPI ").v(c.npi(), "LICENSE").t("  License ").v(`${c.state()}-${c.digits(5)}`, "LICENSE").nl();
};

/** Manufacturer patient-assistance programme application. */
const papApplication: Style = (n) => {
  const { b, c } = n;
  const maker = c.pick(L.MAKERS);
  b.t(`${maker} Patient Assistance Program - APPLICATION`).nl().t(`Fax completed form to `).v(c.tollFree(), "FAX").t(" | apply.").t(maker.toLowerCase().replace(/ /g, "")).t(".com").nl(2);
  b.t("SECTION 1 - PATIENT").nl();
  b.t("First: ").v(n.pt.first, "NAME").t("  Last: ").v(n.pt.last, "NAME").t("  DOB (MM/DD/YYYY): ").v(fmtDate(n.dob, "mdy"), "DATE").nl();
  b.t("SSN: ").v(c.ssn(), "SSN").t("  Phone: ").v(n.phone, "PHONE").t("  E-mail: ").v(n.email, "EMAIL").nl();
  b.t("Address: "); address(n, n.addr); b.nl();
  b.t(`Household size: ${c.int(1, 6)}   Annual household income: $${c.int(9, 61)},${c.int(100, 999)}   Proof: ${c.pick(["2025 1040", "SSA-1099", "pay stubs"])}`).nl();
  b.t("Insurance: ").t(c.pick(["Medicare Part D ", "none", "Medicaid pending "])).t(" MBI ").v(c.mbi(), "HEALTH_PLAN").t(`  LIS: ${c.pick(["denied", "applied", "n/a"])}`).nl();
  b.t("Patient signature: ").t(c.pick(["/s/ ", "(signed) "])); nm(n, n.pt, "fl"); b.t("   Date: ").v(fmtDate(c.recent(), c.pick(["mdy", "m/d/yy"])), "DATE").nl(2);
  b.t("SECTION 2 - PRESCRIBER").nl();
  const md = other(n); b.t("Name: "); nm(n, md, "fl"); b.t(c.pick(MDS)).t("   NPI: ").v(c.npi(), "LICENSE").t("   DEA: ").v(c.dea(md), "LICENSE").t("   State lic: ").v(c.stateLicense(), "LICENSE").nl();
  b.t("Practice: "); fac(n, c.clinic()); b.t("  Ship to office: "); const l1 = c.street();
  address(n, { line1: l1, unit: !/Box/.test(l1) && c.chance(0.5) ? c.unit() : undefined, city: c.town(), state: c.state(), zip: c.zip() }); b.nl();
  b.t("Office contact: "); nm(n, other(n), "fl"); b.t("  ").v(c.phone(), "PHONE").t("  Fax ").v(c.phone(), "FAX").nl();
  b.t(`Rx: ${c.pick(["Trelegy Ellipta 100/62.5/25 1 puff daily", "Jardiance 10 mg daily", "Eliquis 5 mg BID", "Breo 200/25"])} x 12 months. Dx ${c.pick(["J44.9", "E11.9", "I48.0"])}`).nl();
  b.t(`Program use only: ${c.pick(L.FOUNDATIONS)} referral? ${c.pick(["Y", "N"])}  Enrollment # `).v(`${c.letters(3)}-${c.digits(6)}`, "ID").nl();
};

export const STYLES_B: Record<string, Style> = {
  "discharge-med-changes": dischargeMedChanges,
  "renal-dose-intervention": renalDoseIntervention,
  "ams-iv-to-po": amsIvToPo,
  "cmr-pml": cmrPml,
  "formulary-exception-letter": formularyExceptionLetter,
  "pap-application": papApplication,
};
