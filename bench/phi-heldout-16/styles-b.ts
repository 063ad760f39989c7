/** Styles B: legal paper around care (directives, incapacity, copy invoices, legal holds, grievances, RCAs). */
import * as L from "./lists";
import { address, addrBlock, age, ageWords, clin, dt, fac, hhmm, money, newAddress, nm, other, ph, pickAge, staff, town, type Note16, type Style } from "./note";

const dob = (n: Note16) => n.b.v(n.c.fullDate(n.dob), "DATE");

/** Living-will execution page with two witnesses and a notary. */
const adWitness: Style = (n) => {
  const { b, c, pt } = n;
  b.t(c.pick(["ADVANCE DIRECTIVE FOR HEALTH CARE – EXECUTION PAGE", "Living Will Declaration – Signature and Witnesses"])).nl(2);
  const a = pickAge(n, 0.35);
  b.t("I, "); nm(n, pt, c.pick(["FL", "fml", "fl"] as const)); b.t(", born "); dob(n);
  if (c.chance(0.5)) { b.t(", now "); age(n, a, c.chance(0.4)); b.t(" years of age"); }
  b.t(", of "); town(n, n.addr.city, n.addr.state); b.t(", being of sound mind, willfully make this declaration.").nl();
  b.t("If I have a terminal condition or am permanently unconscious I do not want CPR, a ventilator or tube feeding. I ").t(c.pick(["do", "do not"])).t(" want antibiotics. Comfort care may include morphine even if it hastens death.").nl(2);
  const dd = c.int(1, 28);
  b.t("Signed this ").v(`${dd}${dd % 10 === 1 && dd !== 11 ? "st" : dd % 10 === 2 && dd !== 12 ? "nd" : dd % 10 === 3 && dd !== 13 ? "rd" : "th"} day of ${c.pick(["March", "June", "October", "January"])}`, "DATE").t(`, 20${c.pick(["25", "26"])}.`).nl(2);
  for (const w of ["Witness 1", "Witness 2"]) {
    const p = other(n);
    b.t(`${w}: `); nm(n, p, c.pick(["fl", "FL", "fml"] as const)); b.t("   Address: "); address(n, newAddress(c)); b.nl();
  }
  b.t("Neither witness is related to the declarant by blood or marriage, entitled to the estate, or an employee of ");
  fac(n, c.facility()); b.t(".").nl(2);
  b.t(`STATE OF ${c.pick(["OHIO", "PENNSYLVANIA", "MICHIGAN", "NORTH CAROLINA"])}, COUNTY OF `).v(c.county().toUpperCase(), "LOCATION").t(" ss.").nl();
  b.t("Notary Public: "); nm(n, other(n), "fl"); b.t("   Commission No. ").v(`${c.digits(4)}-${c.digits(5)}`, "LICENSE").t("   My commission expires ");
  dt(n, { y: c.int(2027, 2030), m: c.int(1, 12), d: c.int(1, 28) }); b.nl();
};

/** Psychiatric advance directive. */
const pad: Style = (n) => {
  const { b, c, pt } = n;
  b.t("PSYCHIATRIC ADVANCE DIRECTIVE (Declaration for Mental Health Treatment)").nl();
  b.t("Declarant: "); nm(n, pt, c.pick(["lfm", "fl", "LF"] as const)); b.t("   DOB "); dob(n); b.t("   MRN ").v(n.mrn, "MRN").nl();
  b.t("Phone: "); ph(n, n.phone); b.nl(2);
  b.t("A. Preferred facility if hospitalization is needed: "); fac(n, `${c.pick(L.FAC_STEMS)} Behavioral Health`); b.nl();
  b.t("B. Facility I do NOT want to go to: "); fac(n, c.facility()); b.t(" (past restraint experience, ").v(c.partialDate(c.recent()), "DATE").t(")").nl();
  b.t("C. Medications that helped: ").t(c.pick(["Latuda 40 mg", "lithium 300 mg BID", "Abilify 10 mg", "sertraline 100 mg"])).t("; do NOT give ").t(c.pick(["haloperidol (dystonia)", "Depakote (weight gain)", "olanzapine"])).nl();
  b.t("D. Agent: "); const ag = other(n); nm(n, ag, "fl"); b.t(c.pick([" (sister), ", " (partner), ", " (friend), "])); ph(n); b.t(", ").v(c.email(ag), "EMAIL").nl();
  b.t("   Alternate: "); nm(n, other(n), c.pick(["fl", "lf"] as const)); b.t(", "); ph(n); b.nl();
  b.t("E. Please call my peer specialist "); nm(n, other(n), "f"); b.t(` at the clubhouse. Dog "${c.pick(["Biscuit", "Judge", "Penny", "Duke"])}" needs care – neighbor at `);
  address(n, newAddress(c)); b.t(" has a key.").nl();
  b.t("Clinician attesting capacity: "); staff(n, other(n), [", MD", ", PMHNP-BC", ", DO"]); b.t("  Date: "); dt(n); b.nl();
};

/** Two physicians certify incapacity, activating the health-care power of attorney. */
const incapacity: Style = (n) => {
  const { b, c, pt } = n;
  const h = c.facility();
  fac(n, h); b.nl().t("PHYSICIAN CERTIFICATION OF INCAPACITY – ACTIVATION OF HEALTH CARE POWER OF ATTORNEY").nl(2);
  const a = pickAge(n, 0.5);
  b.t("Principal: "); nm(n, pt, c.pick(["LF", "fml", "lf"] as const)); b.t("  DOB: "); dob(n);
  b.t("  Age: "); age(n, a); b.t("  MRN: ").v(n.mrn, "MRN").nl();
  b.t("Residence: "); address(n, n.addr); b.nl();
  b.t("Agent named in the POA dated "); dt(n, c.recent()); b.t(": "); const ag = other(n); nm(n, ag, "fl"); b.t(", "); ph(n); b.nl(2);
  b.t(`Findings: ${c.pick(["MoCA 9/30", "SLUMS 11/30", "unable to repeat back risks/benefits", "delirium, CAM positive"])}; ${c.pick(L.EPONYMS)}; ${clin(n)}.`).nl();
  b.t("The principal lacks capacity to make health-care decisions. Expected to be ").t(c.pick(["permanent", "temporary; re-evaluate in 7 days"])).t(".").nl(2);
  for (let i = 0; i < 2; i++) {
    b.t(`${i === 0 ? "Attending" : "Second"} physician: `); const d = other(n); staff(n, d, [", MD", ", DO"]);
    b.t("  NPI ").v(c.npi(), "LICENSE").t("  Date/time: "); dt(n); b.t(` ${hhmm(c)}`).nl();
  }
  b.t("Copy given to agent; scanned to Media tab by "); nm(n, other(n), "il"); b.nl();
};

/** Release-of-information copy-service invoice to a law firm. */
const copyInvoice: Style = (n) => {
  const { b, c, pt } = n;
  b.t(c.pick(L.VENDORS.slice(4, 5).concat(["HealthPort-style Release Services", "ChartCopy Partners"]))).t(` – on behalf of `); fac(n, c.facility()); b.nl();
  b.t("INVOICE ").v(`${c.letters(2)}${c.digits(7)}`, "ID").t("   Invoice date "); dt(n); b.t("   Fed Tax ID 47-1234567").nl(2);
  b.t("Bill to: ");
  const f1 = c.pick(L.SURNAMES), f2 = c.pick(L.SURNAMES);
  b.v(f1, "NAME").t(" & ").v(f2, "NAME").t(c.pick([", LLP", " P.C.", ", Attorneys at Law"])).nl();
  b.t("Attn: "); nm(n, other(n), "fl"); b.t(", Esq.").nl(); addrBlock(n, newAddress(c), false, "     "); b.nl();
  b.t("Request ID ").v(`ROI-${c.digits(8)}`, "ID").t(`   Requester type: ${c.pick(["Attorney – authorization", "Attorney – subpoena"])}`).nl();
  b.t("Patient: "); nm(n, pt, c.pick(["LF", "lf", "fl"] as const)); b.t("   DOB "); dob(n); b.nl();
  b.t("Records: "); dt(n); b.t(" – "); dt(n); b.t(` (${c.pick(["billing + clinical", "imaging on CD", "ED records only"])})`).nl();
  const pg = c.int(12, 900);
  b.t(`Pages: ${pg}   Search/retrieval ${money(c, 15, 30)}   Per-page ${money(c, 0, 1)} x ${pg}   Postage ${money(c, 2, 14)}   TOTAL ${money(c, 30, 500)}`).nl();
  b.t("Fees per state statute (28 Pa. Code § 115.33 / Ohio R.C. 3701.741). Pay online at https://pay.example-roi.com (no login).").nl();
};

/** Legal hold notice to record custodians. */
const legalHold: Style = (n) => {
  const { b, c, pt } = n;
  b.t("PRIVILEGED & CONFIDENTIAL – ATTORNEY-CLIENT COMMUNICATION").nl().t("LEGAL HOLD NOTICE").nl(2);
  b.t("Matter: ").v(`LIT-${c.int(2024, 2026)}-${c.digits(4)}`, "ID").t(c.pick([" (potential professional liability claim)", " (notice of intent received)"])).nl();
  b.t("Issued: "); dt(n); b.t("   From: Office of General Counsel, "); fac(n, c.facility()); b.nl(2);
  b.t("To the custodians below:").nl();
  for (let i = 0, k = c.int(2, 4); i < k; i++) {
    const s = other(n); b.t("  - "); nm(n, s, c.pick(["fl", "lf"] as const)); b.t(c.pick([", RN", ", MD", ", Unit Manager", ", HIM Director", ""])).t(" <");
    b.v(`${s.first.toLowerCase().replace(/[^a-z]/g, "")}.${s.last.toLowerCase().replace(/[^a-z]/g, "")}@${c.pick(["mercyhill.org", "tworivershealth.org", "sandhillmed.org"])}`, "EMAIL").t(">").nl();
  }
  b.t("Preserve ALL records, e-mails, texts, pager logs, pump and monitor data concerning patient ");
  nm(n, pt, c.pick(["FL", "fl", "LF"] as const)); b.t(" (MRN ").v(n.mrn, "MRN").t(", DOB "); dob(n);
  b.t(") for the period "); dt(n, c.recent(), c.chance(0.3)); b.t(" to the present, including infusion pump ").v(c.serial(), "DEVICE").t(" and telemetry box ").v(c.serial(), "DEVICE").t(".").nl();
  b.t("Do not alter, annotate or delete. Acknowledge by "); dt(n); b.t(" to "); nm(n, other(n), "fl"); b.t(", Associate Counsel, "); ph(n); b.t(".").nl();
};

/** Hospital's written grievance resolution letter (CMS CoP § 482.13(a)(2)). */
const grievanceResponse: Style = (n) => {
  const { b, c, pt } = n;
  const h = c.facility();
  fac(n, h); b.t(" | Patient Experience & Advocacy").nl(); dt(n); b.nl(2);
  nm(n, pt, c.pick(["fl", "FL", "fml"] as const)); b.nl(); addrBlock(n, n.addr, c.chance(0.3)); b.nl(2);
  b.t("Grievance #: ").v(`GRV${c.digits(6)}`, "ID").t("   Received: "); dt(n); b.nl(2);
  b.t("Dear "); nm(n, pt, c.pick(["f", "l"] as const)); b.t(",").nl();
  b.t("Thank you for telling us about your ").t(c.pick(["mother's", "father's", "own", "husband's"])).t(" stay on ").t(c.pick(["4 West", "the CVICU", "Labor & Delivery", "the ED"])).t(" from ");
  dt(n, c.recent(), true); b.t(" to "); dt(n, c.recent(), true); b.t(". ");
  if (c.chance(0.5)) { b.t("You told "); nm(n, other(n), "fl"); b.t(", our advocate, that the call light was not answered and that a nurse, "); nm(n, other(n), "f"); b.t(", was rude. "); }
  b.t(`We reviewed the record, staffing and call-light data (average response ${c.int(2, 19)} minutes). `);
  b.t(`Actions: ${c.pick(["staff coaching", "a unit-wide huddle", "a change to rounding"])}. This completes our review under 42 CFR 482.13.`).nl();
  b.t("If you remain dissatisfied you may contact the state survey agency at ").v(`1-800-${c.digits(3)}-${c.digits(4)}`, "PHONE").t(" or the QIO.").nl();
  b.t("Sincerely,").nl(); const d = other(n); nm(n, d, "fl"); b.t(", Director, Patient Relations | "); ph(n); b.t(" | ").v(`${d.first[0]!.toLowerCase()}${d.last.toLowerCase().replace(/[^a-z]/g, "")}@${c.pick(["goodsam.org", "lakeshorehealth.com"])}`, "EMAIL").nl();
};

/** Sentinel-event root-cause analysis summary. */
const rca: Style = (n) => {
  const { b, c, pt } = n;
  b.t("ROOT CAUSE ANALYSIS – SUMMARY (Peer review privileged)").nl();
  b.t("Event #: ").v(`SE-${c.digits(5)}`, "ID").t("   Event date: "); dt(n); b.t(` ${hhmm(c)}   Location: ${c.pick(["6 North rm 612", "PACU bay 4", "ICU bed 9", "ED hall 3"])}`).nl();
  b.t("Facility: "); fac(n, c.facility()); b.nl();
  const a = pickAge(n, 0.45);
  b.t("Patient: "); nm(n, pt, c.pick(["lfi", "LF", "fl"] as const)); b.t(", "); age(n, a, c.chance(0.3)); b.t(c.pick(["-year-old ", " y/o ", " yo "])).t(pt.sex === "F" ? "female" : "male").t(", MRN ").v(n.mrn, "MRN").nl();
  b.t(`Event: ${c.pick(["ten-fold heparin bolus via smart pump", "fall with hip fracture", "retained sponge", "wrong-site block"])}; ${clin(n)}.`).nl();
  b.t("Pump/device: ").t(c.pick(["Alaris 8015", "Sigma Spectrum", "Hill-Rom bed P7500"])).t(" S/N ").v(c.serial(), "DEVICE").t(" (sequestered by Biomed)").nl();
  b.t("Team: facilitator "); nm(n, other(n), "fl"); b.t("; "); staff(n, other(n)); b.t("; pharmacist "); nm(n, other(n), "il"); b.t("; family liaison "); nm(n, other(n), "fl"); b.nl();
  b.t("Root causes: ").t(c.pick(["drug library override culture; no independent double check", "bed alarm off during shift change", "count sheet not reconciled"])).nl();
  b.t("Action plan: ").t(c.pick(["hard limits", "alarm audit", "time-out script"])).t(" – owner "); nm(n, other(n), "il"); b.t(", due "); dt(n, c.recent(), true); b.t(`; measure ${c.int(90, 100)}% compliance x ${c.int(3, 6)} months.`).nl();
  if (c.chance(0.4)) { b.t(`Disclosure to family by attending on `); dt(n); b.t(`; ${c.pick(["daughter", "son", "spouse"])} `); nm(n, other(n), "fl"); b.t(" present. ").t(ageWords(c.int(20, 89))).t(" minutes.").nl(); }
  b.t("Ref: TJC SE policy; billing hold on account ").v(c.acct(), "ACCOUNT").nl();
};

export const STYLES_B: Record<string, Style> = {
  "advance-directive-witness": adWitness,
  "psych-advance-directive": pad,
  "hcpoa-incapacity-cert": incapacity,
  "roi-copy-invoice": copyInvoice,
  "legal-hold-notice": legalHold,
  "grievance-resolution-letter": grievanceResponse,
  "sentinel-rca-summary": rca,
};
