/** PDMP delegate logs and uploads, anticoagulation, sterile compounding and pharmacy immunisation. */
import { fmtDate } from "./kit";
import * as L from "./lists";
import { address, age, clin, fac, hhmm, initials, isoTs, nm, other, ph, pickAge, pickOlderAge, relative, staff, type Style } from "./note";
import { MDS, RPH } from "./styles-a";

/** Several patients: a PDMP delegate's query history for a month. */
const pmpDelegateQueryLog: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  b.t("Prescription Monitoring Program - Delegate Activity").nl();
  const del = c.person(), sup = c.person();
  b.t("Delegate: "); nm(n, del, "lf"); b.t(` (${c.pick(["MA", "LPN", "CPhT"])})  account `).v(c.workEmail(del, c.pick(["kettlecreekfm.org", "riverbendhealth.net"])), "EMAIL").nl();
  b.t("Supervising prescriber: "); nm(n, sup, "fl"); b.t(c.pick(MDS)).t("  DEA ").v(c.dea(sup), "LICENSE").nl();
  b.t("Request ID   | Searched           | Patient (last, first)     | DOB        | States   | Source IP").nl();
  for (let i = 0, k = c.int(4, 7); i < k; i++) {
    const p = c.person(), d = c.dob();
    b.v(`${c.int(1, 9)}${c.digits(8)}`, "ID").t(" | ");
    isoTs(n, c.recent()); b.t(" | ");
    if (c.chance(0.3)) b.name(p.last, ", ", p.first.slice(0, 3).trimEnd()).t("*"); else b.name(p.last, ", ", p.first);
    b.t(" | ").v(fmtDate(d, c.pick(["mdy", "iso"])), "DATE").t(` | ${c.pick(["OH", "OH,KY,IN", "TN", "NJ,NY,PA"])} | `).v(c.ipv4(), "IP").nl();
  }
  b.t("Report generated ").v(fmtDate(c.recent(), "long"), "DATE").t(`. Unsolicited alerts: ${c.int(0, 3)}.`).nl();
};

/** Several patients: an ASAP 4.2 dispensing upload file to the state PMP (segments end in `~`). */
const asapPmpUpload: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  const oneLine = c.chance(0.3);
  const end = oneLine ? "~" : "~\n";
  const today = c.recent();
  b.t(`TH*4.2*${c.digits(9)}*01**`).v(fmtDate(today, "compact"), "DATE").t(`*${hhmm(c, false)}*P**\\\\${end}`);
  b.t("IS*").t(c.digits(10)).t("*");
  fac(n, c.pharmacy().toUpperCase()); b.t(end);
  b.t(`PHA*${c.digits(10)}*${c.digits(7)}*`).v(`${c.pick(["B", "F"])}${c.letters(1)}${c.digits(7)}`, "LICENSE").t(end);
  for (let i = 0, k = c.int(2, 5); i < k; i++) {
    const p = c.person(), d = c.dob();
    const a = { line1: c.street(), city: c.town(), state: c.state(), zip: c.zip().slice(0, 5) };
    const ssn = c.chance(0.6);
    b.t("PAT*").t(c.pick(["01", "07"])).t("*").t(ssn ? "07" : "06").t("*");
    if (ssn) b.v(c.ssn().replace(/\D/g, ""), "SSN"); else b.v(`${c.letters(1)}${c.digits(8)}`, "LICENSE");
    b.t("***");
    b.name(p.last.toUpperCase(), "*", p.first.toUpperCase()); b.t("*"); if (p.middle) b.v(p.middle.toUpperCase(), "NAME"); b.t("***");
    b.v(a.line1.toUpperCase(), "ADDRESS").t("**").v(a.city.toUpperCase(), "LOCATION").t(`*${a.state}*`).v(a.zip, "ZIP").t("*").v(`${c.area()}${c.int(2, 9)}${c.digits(6)}`, "PHONE").t("*").v(fmtDate(d, "compact"), "DATE").t(`*${p.sex}${end}`);
    b.t("DSP*00*").v(c.rxNum(), "ID").t("*").v(fmtDate(c.recent(), "compact"), "DATE").t(`*0*`).v(fmtDate(c.recent(), "compact"), "DATE").t(`*1*01*${c.digits(11)}*${c.pick([30, 60, 90, 120])}*${c.pick([7, 15, 30])}*01*02**01${end}`);
    const md = c.person();
    b.t(`PRE*${c.digits(10)}*`).v(c.dea(md), "LICENSE").t("**");
    b.name(md.last.toUpperCase(), "*", md.first.toUpperCase()); b.t(end);
  }
  b.t(`TP*${c.int(7, 30)}${end}TT*${c.digits(6)}*${c.int(10, 40)}~`).nl();
};

/** Home INR self-testing service report to the anticoagulation clinic. */
const inrSelftestLog: Style = (n) => {
  const { b, c } = n;
  b.t(c.pick(["Patient Self-Testing INR Report", "HOME INR MONITORING - RESULTS SUMMARY"])).t(" | ").t(c.pick(["CoagCheck Connect IDTF", "INRdirect Services"])).nl();
  b.t("Patient: "); nm(n, n.pt, c.pick(["LF", "fl", "lfm"])); b.t("   DOB: ").v(c.fullDate(n.dob), "DATE").t("   Acct: ").v(c.account(), "ACCOUNT").nl();
  b.t("Meter: CoaguChek XS  S/N ").v(c.serial(), "DEVICE").t(`   Strips lot ${c.lot()} exp ${c.int(1, 12)}/${c.int(2026, 2028)}`).nl();
  b.t("Ordering: "); staff(n, other(n), MDS); b.t(" / "); fac(n, `${c.pick(L.FAC_STEMS)} Anticoagulation Clinic`); b.t("  fax ").v(c.phone(), "FAX").nl();
  b.t(`Indication ${c.pick(["mechanical MVR (goal 2.5-3.5)", "afib, CHA2DS2-VASc 5", "recurrent DVT", "LV thrombus"])}; ${c.pick(["Jantoven", "Coumadin", "warfarin"])} ${c.pick([2.5, 5, 7.5])} mg`).nl();
  b.t("Test date   INR   Called by     Action").nl();
  const st = other(n);
  for (let i = 0, k = c.int(3, 6); i < k; i++) {
    b.v(c.pick([fmtDate(c.recent(), "mdy"), fmtDate(c.recent(), "m/d/yy")]), "DATE").t(`  ${c.int(1, 4)}.${c.int(0, 9)}  `);
    if (c.chance(0.5)) b.v(initials(st), "NAME"); else b.t("auto (IVR)");
    b.t(`  ${c.pick(["no change", "hold 1 dose", "increase wk total 5%", "critical >4.5 - clinic paged", "retest in 3 d"])}`).nl();
  }
  b.t("Patient reports: ").t(c.pick(["bruising on arms", "eating more salad", "started Bactrim from urgent care", "no issues"])).t(". Caregiver ");
  nm(n, other(n), c.pick(["f", "fl"])); b.t(" tests for pt, cell ").v(c.phone(), "PHONE").t(".").nl();
  b.t("Next scheduled test: ").v(c.partialDate(c.recent()), "DATE").t(`  ${clin(n)}`).nl();
};

/** Anticoagulation clinic: warfarin to DOAC transition note. */
const doacTransitionNote: Style = (n) => {
  const { b, c } = n;
  fac(n, `${c.pick(L.FAC_STEMS)} ${c.pick(["Anticoagulation Clinic", "Coumadin Clinic", "Pharmacist Anticoag Service"])}`); b.nl().t("Warfarin -> DOAC transition").nl();
  b.t("Pt: "); nm(n, n.pt, c.pick(["fml", "LF", "lf"])); b.t(", ");
  const a = pickOlderAge(n, 0.35); age(n, a); b.t(c.pick([" yo ", "y ", " y/o "])).t(n.pt.sex).t("   MRN ").v(n.mrn, "MRN").nl();
  b.t(`CHA2DS2-VASc ${c.int(2, 7)}, HAS-BLED ${c.int(1, 4)}. Wt ${c.int(45, 120)} kg, SCr ${c.int(0, 2)}.${c.int(1, 9)}, CrCl ${c.int(22, 80)}.`).nl();
  b.t(`Last INR ${c.int(1, 3)}.${c.int(0, 9)} on `).v(c.partialDate(c.recent()), "DATE").t(". Stop warfarin; start ").t(c.pick(["Eliquis 5 mg BID", "Eliquis 2.5 mg BID (age/wt)", "Xarelto 15 mg daily with supper", "Xarelto 20 mg"])).t(" when INR < ").t(c.pick(["2.0", "2.5", "3.0"])).t(".").nl();
  b.t("Start date ").v(c.fullDate(c.recent()), "DATE").t(`; copay $${c.int(0, 140)} - ${c.pick(L.MAKERS)} free-trial card `).v(`${c.digits(4)} ${c.digits(4)} ${c.digits(3)}`, "ID").nl();
  b.t("Educated pt and "); const [rw, rel] = relative(n); nm(n, rel, c.pick(["f", "fl"])); b.t(` (${rw}); teach-back ok. No Brilinta/NSAIDs.`).nl();
  b.t("Discharge from clinic after f/u call ").v(c.partialDate(c.recent()), "DATE").t(". Cosign "); staff(n, other(n), MDS); b.nl();
  nm(n, other(n), c.pick(["fl", "il"])); b.t(c.pick(RPH)).t(" | ").v(c.phone(), "PHONE").nl();
};

/** Sterile compounding: parenteral nutrition order and bag label. */
const tpnCompoundingLabel: Style = (n) => {
  const { b, c } = n;
  b.t("PARENTERAL NUTRITION ORDER / LABEL").nl(); fac(n, c.facility()); b.t(" Pharmacy - IV Room").nl();
  b.t("Pt: "); nm(n, n.pt, c.pick(["LF", "LFM"])); b.t("  MRN: ").v(n.mrn, "MRN").t(`  Rm ${c.pick(["NICU-14", "SICU 6", "4E-411", "HOME"])}`).nl();
  if (c.chance(0.35)) { b.t("Home address: "); address(n, n.addr); b.nl(); }
  b.t("DOB: ").v(fmtDate(n.dob, c.pick(["mdy", "iso", "dMonY"])), "DATE").t(`  Dosing wt ${c.int(2, 95)}.${c.int(0, 9)} kg`).nl();
  b.t(`Dextrose 70% ${c.int(150, 400)} mL, Amino acids 15% ${c.int(300, 700)} mL, Lipid 20% ${c.int(100, 250)} mL, NaCl ${c.int(40, 120)} mEq, KPhos ${c.int(10, 30)} mmol, MVI, trace`).nl();
  b.t(`Rate ${c.int(40, 110)} mL/h x ${c.pick([12, 18, 24])} h. Volume ${c.int(1200, 2400)} mL. Osm ${c.int(900, 1800)}.`).nl();
  b.t("Compounded ").v(fmtDate(c.recent(), "mdy"), "DATE").t(` ${hhmm(c)}  BUD ${c.pick(["30 h", "9 days refrigerated", "24 h RT"])}  Batch ${c.letters(1)}${c.digits(5)}  ACD run ${c.digits(4)}`).nl();
  b.t("Prepared: "); nm(n, other(n), c.pick(["fl", "il"])); b.t(", CPhT   Verified: "); nm(n, other(n), c.pick(["fl", "il"])); b.t(c.pick(RPH)).nl();
  b.t("Ordered by "); staff(n, other(n), MDS); b.t("; nutrition support "); nm(n, other(n), "l"); b.t(", RD").nl();
  b.t("Home infusion delivery? ").t(c.pick(["N", "Y - courier"])).nl();
};

/** Pharmacy immunisation screening, consent and administration record. */
const pharmacyVaccineConsent: Style = (n) => {
  const { b, c } = n;
  const minor = c.chance(0.2);
  const a = minor ? c.int(7, 17) : pickAge(n, 0.2);
  if (minor) n.dob = { ...n.dob, y: 2026 - a };
  b.t("IMMUNIZATION SCREENING & CONSENT").nl();
  if (c.chance(0.5)) fac(n, c.pharmacy()); else b.t(c.chain());
  b.nl().t("Name: "); nm(n, n.pt, c.pick(["fl", "lfm", "LF"])); b.t("  DOB: ").v(fmtDate(n.dob, c.pick(["mdy", "mdyShort", "m/d/yy"])), "DATE").t("  Age: ");
  age(n, a); b.nl();
  b.t("Address: "); address(n, n.addr); b.t("  Phone: ").v(n.phone, "PHONE").nl();
  b.t("Insurance: ").t(c.pick(L.PAYERS)).t("  ID ").v(c.chance(0.5) ? c.mbi() : c.member(), "HEALTH_PLAN").nl();
  b.t("Screening: sick today N; allergy to eggs/latex N; Guillain-Barré N; pregnant N/A").nl();
  b.t(`Vaccine: ${c.pick(["Shingrix dose 2", "Arexvy (RSV)", "COVID-19 2025-26", "Fluzone High-Dose", "Tdap (Boostrix)", "PCV20 (Prevnar 20)"])}  Lot ${c.lot()}  Exp ${c.int(1, 12)}/${c.int(2026, 2028)}`).nl();
  b.t(`Site ${c.pick(["L deltoid", "R deltoid"])} IM  Dose 0.5 mL  VIS edition ${c.pick(["8/6/21", "01/31/2024", "10/15/19", "7/24/2023"])} given`).nl();
  if (minor) { b.t("Parent/guardian: "); nm(n, other(n), "fl"); b.t(" ").v(c.phone(), "PHONE").nl(); }
  b.t("Administered ").v(c.fullDate(c.recent()), "DATE").t(` ${hhmm(c)} by `); nm(n, other(n), "fl"); b.t(c.pick(RPH)).t("  lic ").v(c.stateLicense(), "LICENSE").nl();
  b.t("Reported to state IIS: msg id ").v(`${c.digits(12)}`, "ID").t(`  dose #2 due `).v(c.partialDate(c.recent()), "DATE").nl();
  if (c.chance(0.3)) { b.t("PCP notified: "); staff(n, other(n), MDS); b.t(" fax "); ph(n, c.phone(), "FAX"); b.nl(); }
};

export const STYLES_D: Record<string, Style> = {
  "pmp-delegate-query-log": pmpDelegateQueryLog,
  "asap-pmp-upload": asapPmpUpload,
  "inr-selftest-log": inrSelftestLog,
  "doac-transition-note": doacTransitionNote,
  "tpn-compounding-label": tpnCompoundingLabel,
  "pharmacy-vaccine-consent": pharmacyVaccineConsent,
};
