/** Seventeenth corpus, styles D: transitions of care, death summary, case management and physician advisor. */
import * as L from "./lists";
import { address, age, ageIntro, clin, dt, drName, fac, hhmm, nm, ocrNoise, other, pickAge, ph, pr, ptRef, relative, relPhrase, staff, town, type Style } from "./note";
import { ptHeader, signed } from "./parts";

/** ICU transfer (step-down) note: ICU course in a paragraph, receiving team, lines and devices. */
const icuTransfer: Style = (n) => {
  const { b, c } = n;
  const p = pr(n);
  const a = pickAge(n, 0.3);
  const when = c.recent();
  b.t(c.pick(["ICU Transfer Note", "MICU TO FLOOR TRANSFER SUMMARY", "Transfer of Care Note (ICU -> Medicine)"])).nl();
  ptHeader(n, a);
  b.t("Admitted to ICU: "); dt(n, c.plus(when, -c.int(2, 12))); b.t("   Transfer date: "); dt(n, when); b.nl();
  b.t("Accepting: "); drName(n, other(n)); b.t(` (${c.pick(["Hospitalist B", "Teaching team 3", "Cardiology floor"])}), bed ${c.int(300, 899)}`).nl(2);
  b.t("ICU course: "); ptRef(n); b.t(" is "); ageIntro(n, a); b.t(` who was admitted from `); fac(n, c.chance(0.5) ? c.pick(L.SNF) : c.hospital()); b.t(` with ${c.pick(["septic shock from a UTI", "hypercapnic respiratory failure", "DKA", "UGIB requiring 4u PRBC"])}. `);
  b.t(`${p.Sub} was ${c.pick(["intubated", "on BiPAP", "on Levophed"])} from `); dt(n, c.plus(when, -c.int(4, 10)), true); b.t(" to "); dt(n, c.plus(when, -c.int(1, 3)), true); b.t(`. ${clin(n)}. `);
  b.t(c.pick(["ID (", "Nephrology (", "GI ("])); drName(n, other(n)); b.t(`) following. `);
  const r = relative(n);
  relPhrase(n, r); b.t(c.pick([" is the primary contact", " visits daily", " is HCPOA"])).t(" and asked to be called on transfer at "); ph(n); b.t(".").nl();
  b.t(`Lines: ${c.pick(["R IJ CVC placed 3 days ago - remove before transfer", "PICC L basilic", "PIV x2"])}; ${c.pick(["Foley catheter", "rectal tube", "no Foley"])}.`);
  if (c.chance(0.4)) { b.t(" Home ").t(c.pick(["CPAP", "insulin pump", "Omnipod", "wearable defibrillator (LifeVest)"])).t(" s/n ").v(c.serial(), "DEVICE").t(" at bedside."); }
  b.nl().t(`Code status: ${c.pick(["Full", "DNR", "DNR/DNI"])}.`).nl();
  signed(n, other(n), when);
};

/** Interfacility transfer summary sent with the patient: accepting hospital and doctor, transport, call number. */
const interfacility: Style = (n) => {
  const { b, c } = n;
  const p = pr(n);
  const a = pickAge(n, 0.25);
  const when = c.recent();
  const from = c.hospital();
  const to = c.hospital();
  if (c.chance(0.4)) { b.t(`[Fax received ${hhmm(c)} pg 1/${c.int(3, 9)}]`).nl(); b.noise = ocrNoise(c); }
  b.t(c.pick(["INTERFACILITY TRANSFER SUMMARY", "Transfer Summary - Outgoing", "Physician Transfer Summary"])).nl();
  fac(n, from.toUpperCase()); b.nl();
  ptHeader(n, a);
  b.t("Home address: "); address(n, n.addr, c.pick([", ", " "]), c.chance(0.3)); b.nl();
  b.t(`Insurance: ${c.pick(L.PAYERS)} member `).v(c.member(), "HEALTH_PLAN"); if (c.chance(0.5)) { b.t(" group ").v(`${c.digits(6)}`, "HEALTH_PLAN"); } b.nl();
  b.t("Transfer center call #").v(`TC${c.digits(8)}`, "ID").t(` at ${hhmm(c)} on `); dt(n, when); b.nl(2);
  ptRef(n); b.t(" is "); ageIntro(n, a); b.t(` who presented to our ED with ${c.pick(["a STEMI", "a large L MCA stroke, outside tPA window", "subdural hematoma", "necrotizing pancreatitis"])} and requires ${c.pick(["cath lab", "thrombectomy", "neurosurgery", "ICU level care not available here"])}. `);
  b.t("Accepted by "); drName(n, other(n)); b.t(" at "); fac(n, to); b.t(" in "); town(n, c.town(), c.state()); b.t(`. Report called to ${c.pick(["charge RN", "ICU RN"])} `); nm(n, other(n), c.pick(["fl", "f"])); b.t(" at "); ph(n); b.t(". ");
  b.t(`Transport by ${c.pick(["Air Evac Lifeteam", "LifeNet 3", "critical care ground (AMR)"])}, ETD ${hhmm(c)}. `);
  b.t("Records faxed to "); ph(n, c.phone(), "FAX"); b.t(" and sent on CD. ").nl();
  const r = relative(n);
  relPhrase(n, r); b.t(c.pick([" will drive separately", " is riding along", " was given directions"])).t("; cell "); ph(n); b.t(`. ${p.Sub} consents to transfer (EMTALA form signed).`).nl();
  b.t(`Last vitals: ${clin(n)}. Meds given: ${c.pick(L.DRUGS)}, ${c.pick(L.DRUGS)}.`).nl();
  signed(n, other(n), when);
  b.noise = null;
};

/** Nursing discharge note: teaching, who drove, belongings, home address, follow-up. */
const nursingDischarge: Style = (n) => {
  const { b, c } = n;
  const p = pr(n);
  const a = pickAge(n, 0.3);
  const when = c.recent();
  b.t(c.pick(["Nursing Discharge Note", "DISCHARGE - NURSING NARRATIVE", "RN Discharge Summary"])).nl();
  if (c.chance(0.5)) ptHeader(n, a);
  else { nm(n, n.pt, "LF"); b.t(` (${c.pick(["", "age "])}`); age(n, a); b.t(") Rm ").t(`${c.int(200, 699)}${c.pick(["A", "B", ""])}`).nl(); }
  b.t(`${hhmm(c, false)}: Discharge orders received from `); drName(n, other(n)); b.t(". ");
  b.t(`AVS reviewed with ${p.obj} and `); const r = relative(n); relPhrase(n, r); b.t(`; teach-back done for ${c.pick(["Lovenox injections", "Lasix and daily weights", "insulin sliding scale", "JP drain care"])}. `);
  b.t(`PIV removed, catheter intact. Belongings incl. ${c.pick(["hearing aids", "dentures (upper)", "cane", "wallet and phone"])} returned. `);
  b.t(c.pick(["Discharged via wheelchair to ", "Left unit ambulatory to "])).t(c.pick(["private vehicle driven by ", "car with "])); nm(n, r.p, "f"); b.t(` to home at `);
  address(n, n.addr, c.pick([", ", " in "]), false, c.chance(0.5)); b.t(". ");
  if (c.chance(0.45)) { b.t(`Home O2 via ${c.pick(["Apria", "Lincare", "AdaptHealth"])}, concentrator s/n `).v(c.serial(), "DEVICE").t(" delivered. "); }
  b.t("Home health: "); fac(n, c.pick(["Calder Home Health", "Amedisys of Wexley", "Tamarack VNA", "Bayada Home Health Care - Ostrander"])); b.t(" SOC "); dt(n, c.plus(when, c.int(1, 3)), true); b.t(". ");
  b.t("F/u with "); drName(n, other(n)); b.t(" "); dt(n, c.plus(when, c.int(4, 14)), c.chance(0.6)); b.t(` at ${c.pick(["9:30", "1:15 PM", "10:45 AM"])}. `);
  b.t("Pt's phone verified: "); ph(n, n.phone); if (c.chance(0.4)) { b.t("; portal e-mail "); b.v(n.email, "EMAIL"); } b.t(".").nl();
  b.t("-- "); nm(n, other(n), c.pick(["fl", "il"])); b.t(", RN  "); dt(n, when); b.nl();
};

/** Death (expiration) summary: hospital course, pronouncement, family present, autopsy, OPO, funeral home. */
const expiration: Style = (n) => {
  const { b, c } = n;
  const p = pr(n);
  const a = pickAge(n, 0.5);
  const when = c.recent();
  b.t(c.pick(["DEATH SUMMARY", "Expiration Summary", "DISCHARGE SUMMARY - EXPIRED"])).nl();
  ptHeader(n, a, c.hospital());
  b.t("Admission: "); dt(n, c.plus(when, -c.int(1, 20))); b.t("   Date of death: "); dt(n, when); b.t(` at ${hhmm(c)}`).nl();
  if (c.chance(0.4)) { b.t("SSN (for death certificate): ").v(c.chance(0.4) ? `XXX-XX-${c.digits(4)}` : c.ssn(), "SSN").nl(); }
  b.nl();
  ptRef(n); b.t(" was "); ageIntro(n, a); b.t(` from `); town(n, n.addr.city); b.t(` admitted with ${c.pick(["aspiration pneumonia", "intracranial hemorrhage", "cardiogenic shock", "COVID-19 pneumonia"])}. ${clin(n)}. `);
  b.t(`After a family meeting on `); dt(n, c.plus(when, -1), true); b.t(` ${p.pos} `);
  const r1 = relative(n);
  b.t(r1.rel).t(" "); nm(n, r1.p, c.pick(["f", "fl"])); b.t(` elected comfort measures. ${p.Sub} passed peacefully with `); relPhrase(n, r1, false);
  b.t(" and "); const r2 = relative(n); relPhrase(n, r2, false); b.t(" at the bedside.").nl();
  b.t("Pronounced by "); const pronouncer = other(n); staff(n, pronouncer, [", MD", ", DO", ", NP"]); b.t(c.chance(0.5) ? " (NPI " : " (lic ").v(c.chance(0.5) ? c.npi() : c.licence(), "LICENSE").t(`): no pulse, no respirations, pupils fixed.`).nl();
  b.t("OPO ").t(c.pick(["LifeShare", "Gift of Life", "the regional OPO"])).t(" notified, referral #").v(`${c.int(25, 26)}-${c.digits(6)}`, "ID").t(c.pick(["; not a candidate.", "; tissue only.", "; declined by family."])).nl();
  b.t(`Autopsy: ${c.pick(["declined", "requested by family", "ME case"])}`);
  if (c.chance(0.5)) { b.t(" - "); town(n, c.county()); b.t(" County ME notified, case ").v(`ME${c.int(25, 26)}-${c.digits(4)}`, "ID"); }
  b.t(". Body released to "); fac(n, `${c.pick(L.SURNAMES)}${c.pick([" Funeral Home", " & Sons Funeral Chapel", "-" + c.pick(L.SURNAMES) + " Mortuary"])}`); b.t(".").nl();
  signed(n, other(n), when);
};

/** Case manager's running notes of payer and facility calls: references, faxes, e-mails. */
const cmPayer: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.3);
  let when = c.recent();
  const payer = c.pick(L.PAYERS);
  b.t(c.pick(["Case Management Progress Note", "CM NOTE - Payer Communication", "Care Coordination Note"])).nl();
  ptHeader(n, a);
  b.t(`Payer: ${payer}  ID `).v(c.chance(0.4) ? c.mbi() : c.member(), "HEALTH_PLAN").nl();
  const cm = other(n);
  const lines = c.int(3, 5);
  for (let i = 0; i < lines; i++) {
    dt(n, when, c.chance(0.6)); b.t(` ${hhmm(c)} `);
    const k = c.int(0, 4);
    if (k === 0) { b.t(`Called ${payer} UM, spoke with `); nm(n, other(n), c.pick(["fl", "f"])); b.t(", ref #").v(`${c.letters(1)}${c.digits(9)}`, "ID").t(". Clinicals faxed to "); ph(n, c.phone(), "FAX"); b.t("."); }
    else if (k === 1) { b.t("Referral sent to "); fac(n, c.pick(L.SNF)); b.t(" via naviHealth; liaison "); nm(n, other(n), "fl"); b.t(" ("); b.v(c.email(c.person()).replace(/@.*/, `@${c.pick(["willowcrest", "pinescare", "heritageoaks"])}.com`), "EMAIL"); b.t(") to review."); }
    else if (k === 2) { b.t("Met with pt and "); relPhrase(n, relative(n)); b.t("; choice list given, they prefer "); fac(n, c.pick(L.SNF)); b.t(" in "); town(n); b.t("."); }
    else if (k === 3) { b.t("Auth approved, # ").v(`${c.digits(10)}`, "ID").t(", ").t(String(c.int(3, 14))).t(" days, next review "); dt(n, c.plus(when, c.int(3, 7)), true); b.t("."); }
    else { b.t("Medicaid application started; SSN ").v(c.chance(0.5) ? c.ssn() : `xxx-xx-${c.digits(4)}`, "SSN").t(" verified with pt; county caseworker "); nm(n, other(n), "fl"); b.t(" "); ph(n); b.t("."); }
    b.t(" -").v(`${cm.first[0]}${cm.last[0]}`.toUpperCase(), "NAME").nl();
    when = c.plus(when, c.int(0, 1));
  }
  nm(n, cm, "fl"); b.t(c.pick([", RN, CCM", ", LMSW", ", RN CM"])).t("  "); ph(n); b.nl();
};

/** Physician advisor secondary review / peer-to-peer record. */
const physicianAdvisor: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.3);
  const when = c.recent();
  const payer = c.pick(L.PAYERS);
  b.t(c.pick(["PHYSICIAN ADVISOR REVIEW", "Secondary Physician Review (Level of Care)", "Peer-to-Peer Documentation"])).nl();
  ptHeader(n, a);
  b.t(`Payer: ${payer}; member `).v(c.member(), "HEALTH_PLAN").t("; case ").v(`${c.pick(["UM", "A", "PA"])}${c.digits(8)}`, "ID").nl();
  b.t("Referred by UR RN "); nm(n, other(n), "fl"); b.t(" on "); dt(n, when, c.chance(0.5)); b.t(`: ${c.pick(["did not meet InterQual inpatient criteria", "observation vs inpatient", "continued stay denial"])}.`).nl();
  b.t("Review: "); ptRef(n); b.t(", "); ageIntro(n, a); b.t(`, ${c.pick(["with NSTEMI and CKD", "with pyelonephritis and AKI", "with syncope on Eliquis"])}. ${clin(n)}. Two-midnight expectation met.`).nl();
  b.t(`Peer-to-peer held ${hhmm(c)} `); dt(n, c.plus(when, 1)); b.t(` with ${payer} medical director `); drName(n, other(n)); b.t(" (call-back "); ph(n); b.t(", fax "); ph(n, c.phone(), "FAX"); b.t(`). Outcome: ${c.pick(["overturned, inpatient approved", "upheld; appeal to be filed", "approved for 3 days"])}.`).nl();
  b.t("Attending "); drName(n, other(n)); b.t(" informed.").nl();
  nm(n, other(n), "fl"); b.t(", MD, Physician Advisor  NPI ").v(c.npi(), "LICENSE").nl();
};

export const STYLES_D: Record<string, Style> = {
  "icu-transfer-note": icuTransfer,
  "interfacility-transfer-summary": interfacility,
  "nursing-discharge-note": nursingDischarge,
  "expiration-summary": expiration,
  "cm-payer-communication": cmPayer,
  "physician-advisor-review": physicianAdvisor,
};
