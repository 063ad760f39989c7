/** Sixth held-out corpus styles: opo-referral, newborn-hearing-log, cpap-compliance, carrier-screen-letter, rpm-digest (several patients). */
import { fmtDate } from "./kit";
import { DME_MAKERS, LABS } from "./lists";
import { address, age, dt, nm, other, ph, pickAge, staff, wrapAt, type Style } from "./note";

const opoReferral: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.15);
  b.t("ORGAN PROCUREMENT ORGANIZATION - DONOR REFERRAL CALL").nl();
  b.t("Referral #: ").v(c.id("OPO-"), "ID").t("   Called ").t(c.pick(["LifeShare", "Gift of Life", "OneLegacy"])).t(" at ").v(c.tollFree(), "PHONE").t(" ").t(c.time()).nl();
  b.t("Referring hospital: ").v(c.facility(), "FACILITY").t("  ICU bed 7 (not PHI)   Caller: "); staff(n, other(n), [", RN", ", RRT"]); b.t(" callback "); ph(n); b.nl();
  b.t("Pt: "); nm(n, n.pt, c.pick(["LF", "lf", "fl"])); b.t("  "); age(n, a); b.t(c.pick(["yo", " y", "Y"])).t("  ").t(c.pick(["M", "F"])).t("  Wt 81 kg  MRN ").v(n.mrn, "MRN").nl();
  b.t("Trigger: GCS 3T, loss of brainstem reflexes; vent-dependent; ").t(c.vitals()).nl();
  b.t("Cause: anoxic injury after ").t(c.pick(["MVC", "overdose", "cardiac arrest"])).t(" on "); dt(n, c.recent(), true); b.t("; UNOS DonorNet id ").v(c.letters(3) + c.digits(3), "ID").nl();
  b.t("Family: ").t(c.pick(["wife ", "mother ", "partner "])); nm(n, other(n), "fl"); b.t(" at bedside; not yet approached (designated-requestor only). Registry: ").t(c.pick(["registered donor", "not registered"])).nl();
  b.t("OPO coordinator: "); nm(n, other(n), "fl"); b.t(", CPTC  en route ETA 45 min").nl();
};

const newbornHearingLog: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  b.t("NEWBORN HEARING SCREEN LOG  ").v(c.facility(), "FACILITY").t(" Well Baby Nursery").nl();
  b.t("AABR unit: ").t(c.pick(["Natus ALGO 5", "Otometrics Accuscreen", "MAICO MB 11"])).t(" SN ").v(c.serial(), "DEVICE").nl();
  b.t("infant                  | MRN        | DOB        | R    | L    | screener").nl();
  for (let i = 0; i < c.int(3, 6); i++) {
    const mom = c.person();
    b.t(c.pick(["Baby Boy ", "Baby Girl ", "BG ", "BB "])).v(mom.last, "NAME").t(c.chance(0.3) ? " A" : "").t(" | ").v(c.mrn(), "MRN").t(" | ").v(fmtDate({ ...c.recent(), y: 2026 }, c.pick(["mdy", "mdyy"])), "DATE").t(` | ${c.pick(["PASS", "REFER"])} | ${c.pick(["PASS", "REFER"])} | `);
    b.v(c.letters(2), "NAME").nl();
  }
  b.t("Refer x2 -> outpatient rescreen; EHDI report id ").v(c.id("EHDI"), "ID").t("; audiologist "); staff(n, c.person(), [", AuD, CCC-A", ", AuD"]); b.nl();
  b.t("JCIH 2019: 1-3-6 goals. CMV saliva PCR for refer infants per state law.").nl();
};

const cpapCompliance: Style = (n) => {
  const { b, c } = n;
  const from = c.recent();
  b.t("PAP COMPLIANCE DOWNLOAD REPORT (").t(c.pick(["AirView", "Care Orchestrator", "EncoreAnywhere"])).t(")").nl();
  b.t("Patient: "); nm(n, n.pt, c.pick(["lf", "LF", "fl"])); b.t("   DOB: "); dt(n, n.dob); b.t("   Patient ID: ").v(n.mrn, "MRN").nl();
  b.t("Device: ").t(c.pick(DME_MAKERS)).t("   Serial: ").v(c.serial(), "DEVICE").t("   Modem: ").v(c.digits(15), "DEVICE").nl();
  b.t("Usage ").v(fmtDate(from, "mdy"), "DATE").t(" - ").v(fmtDate(c.recent(), "mdy"), "DATE").t(" (30 days): days used 27/30, >=4 h 25 (83.3%), avg 6 h 12 m").nl();
  b.t(`AHI 3.1, leak 95th 18.2 L/min, pressure 95th ${c.int(8, 14)}.4 cmH2O (min 5 max 15); CMS 90-day window`).nl();
  b.t("DME: ").v(c.facility(["Home Medical", "Respiratory Services"]), "FACILITY").t(" RT "); nm(n, other(n), "fl"); b.t(", RRT  fax ").v(c.phone(), "FAX").nl();
  b.t("Ordering: "); staff(n, other(n), [", MD", ", DO", ", NP"]); b.t(" NPI ").v(c.npi(), "LICENSE").t("; Medicare ").v(c.mbi(), "HEALTH_PLAN").nl();
  b.t(c.pick(["Obrigado pela paciência, ", "Shukran, ", "Asante, "])).v(n.pt.first, "NAME").t(" - next download "); dt(n, c.recent(), true); b.nl();
};

const carrierScreenLetter: Style = (n) => {
  const { b, c } = n;
  const w = wrapAt(b, c.int(68, 78));
  b.v(c.facility(["Genetics Center", "Maternal-Fetal Medicine", "Women's Health"]), "FACILITY").nl();
  b.v(c.street(), "ADDRESS").nl().v(c.city(), "LOCATION").t(", ").t(c.state()).t(" ").v(c.zip(), "ZIP").t("  T "); ph(n); b.t("  F ").v(c.phone(), "FAX").nl().nl();
  dt(n); b.nl().nl(); nm(n, n.pt, "fml"); b.nl(); address(n, n.addr, "\n"); b.nl().nl();
  b.t("Dear ").t(c.pick(["Ms. ", "Mx. ", ""])); nm(n, n.pt, c.pick(["l", "f"])); b.t(",").nl();
  b.t(w(`Your expanded carrier screening (${c.pick(LABS)} Foresight, 274 genes; accession `)).v(c.id("FS"), "ID").t(w(") collected on ")); dt(n, c.recent(), true); b.t(w(" found that you are a carrier of cystic fibrosis (CFTR c.1521_1523delCTT, F508del). This does not affect your health. ")).nl();
  b.t(w("We recommend testing your partner, ")); nm(n, other(n), "fl"); b.t(w(". A genetic counselor, ")); nm(n, other(n), "fl"); b.t(w(", MS, CGC, can see you both; book at ")).v(c.url("book/"), "URL").t(w(". ")).nl();
  b.t("Sincerely,").nl(); staff(n, other(n), [", MD", ", MD, FACMG"]); b.nl();
};

const rpmDigest: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  b.t("REMOTE PATIENT MONITORING - DAILY ALERT DIGEST ").v(fmtDate(c.recent(), c.pick(["long", "mdy"])), "DATE").nl().t("Program: ").v(c.facility(), "FACILITY").t(" RPM (CPT 99454/99457)").nl();
  for (let i = 0; i < c.int(3, 5); i++) {
    const p = c.person();
    const old = c.chance(0.2) ? c.oldAge() : c.int(45, 89);
    b.t(`[${c.pick(["HIGH", "MED", "LOW"])}] `); b.name(p.last.toUpperCase(), ", ", p.first); b.t(" (");
    if (old >= 90) b.v(String(old), "AGE"); else b.t(String(old));
    b.t(") MRN ").v(c.mrn(), "MRN").t(" - ").t(c.pick([`BP ${c.int(170, 210)}/${c.int(95, 120)} x2`, `wt +2.1 kg/48h`, `SpO2 86%`, `glucose 48 mg/dL`, "no transmission 72h"])).t("; cuff SN ").v(c.serial(), "DEVICE").nl();
    b.t("    action: ").t(c.pick(["called pt", "LVM", "spoke w/ daughter", "escalated to"])).t(" ");
    const s = c.person(); b.v(s.first, "NAME").t(c.pick([", RN", " (NP)", ""])).t(" at ").v(c.phone(), "PHONE").nl();
  }
  b.t("Gateway IPs flagged offline: ").v(c.ipv4(), "IP").t(", ").v(c.ipv4(), "IP").nl();
};

export const STYLES_E: Record<string, Style> = { "opo-referral": opoReferral, "newborn-hearing-log": newbornHearingLog, "cpap-compliance": cpapCompliance, "carrier-screen-letter": carrierScreenLetter, "rpm-digest": rpmDigest };
