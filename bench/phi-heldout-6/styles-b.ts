/** Sixth held-out corpus styles: concussion-rtp, cardiac-rehab, pft-report, bmt-donor-search, fertility-cycle. */
import { fmtDate } from "./kit";
import { LABS, SCHOOLS } from "./lists";
import { address, age, dt, nm, other, ph, pickAge, staff, wrapAt, type Style } from "./note";

const concussionRtp: Style = (n) => {
  const { b, c } = n;
  b.t("SPORTS CONCUSSION - RETURN TO PLAY PROGRESSION").nl();
  b.t("Athlete: "); nm(n, n.pt, c.pick(["fl", "lf", "fml"])); b.t("  (goes by ").v(n.pt.nick ?? n.pt.first, "NAME").t(")  DOB "); dt(n, n.dob); b.nl();
  b.t("School/team: ").v(c.pick(SCHOOLS), "FACILITY").t(" varsity ").t(c.pick(["football", "soccer", "wrestling", "lacrosse"])).t("  #").t(String(c.int(1, 99))).nl();
  b.t("Injury: "); dt(n, c.recent(), true); b.t(" vs ").v(c.city(), "LOCATION").t(" (away game); SCAT6 symptom score 22/132 -> 3/132; Maddocks 5/5; VOMS neg").nl();
  b.t("| stage | activity | date | cleared by |").nl();
  for (let s = 1; s <= c.int(3, 6); s++) {
    b.t(`| ${s} | ${["symptom-limited", "light aerobic", "sport-specific", "non-contact drills", "full contact", "game play"][s - 1]} | `); dt(n, c.recent(), true); b.t(" | ");
    if (c.chance(0.5)) { nm(n, other(n), "il"); b.t(", ATC"); } else b.t("ATC");
    b.t(" |").nl();
  }
  b.t("ImPACT baseline ").t(String(c.int(2023, 2025))).t(" / post-injury composite within RCI. Parent: "); nm(n, other(n), "fl"); b.t(" "); ph(n); b.nl();
  b.t("Signed: "); staff(n, other(n), [", MD, CAQSM", ", DO", ", PA-C"]); b.t("  Lic ").v(c.licence(), "LICENSE").nl();
};

const cardiacRehab: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.25);
  b.t("PHASE II CARDIAC REHAB SESSION LOG  ").v(c.facility(["Heart & Vascular Institute", "Cardiac Rehab Center", "Medical Center"]), "FACILITY").nl();
  b.t(c.chance(0.5) ? "Name: " : "Pt: "); nm(n, n.pt, c.pick(["LF", "lf", "lfi"])); b.t("   Age: "); age(n, a); b.t("   Dx: NSTEMI s/p PCI ("); dt(n, c.recent(), true); b.t(")").nl();
  b.t("Referring: "); staff(n, other(n)); b.t("   Session ").t(`${c.int(1, 36)}/36`).t("  THR 102-118 (Karvonen)").nl();
  b.t("date       modality   METs  RPE  HR   BP       staff").nl();
  for (let i = 0; i < c.int(2, 4); i++) {
    b.v(fmtDate(c.recent(), "mdyy"), "DATE").t(`   ${c.pick(["treadmill", "NuStep  ", "arm erg ", "bike    "])}   ${(2 + c.r.next() * 4).toFixed(1)}   ${c.int(11, 14)}   ${c.int(80, 125)}  ${c.int(100, 150)}/${c.int(60, 90)}   `);
    const s = other(n); b.v(`${s.first[0]}${s.last[0]}`.toUpperCase(), "NAME").nl();
  }
  b.t("Telemetry: Polar H10 strap (not PHI), ECG transmitter SN ").v(c.serial(), "DEVICE").nl();
  b.t("Spouse ").t(c.chance(0.5) ? "" : "attends; ").v(other(n).first, "NAME").t(" asks about driving. Next: "); dt(n, c.recent(), true); b.nl();
};

const pftReport: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.2);
  b.t("PULMONARY FUNCTION LABORATORY REPORT").nl().v(c.facility(), "FACILITY").t(" - ").t("Pulmonary Function Lab").nl();
  b.t("NAME: "); nm(n, n.pt, c.pick(["LF", "lfi"])); b.t("   ID: ").v(n.mrn, "MRN").t("   AGE: "); age(n, a); b.t("   SEX: ").t(c.pick(["M", "F"])).t("   HT 168 cm  WT 79 kg").nl();
  b.t("TEST DATE: ").v(fmtDate(c.recent(), c.pick(["mdy", "DMONY", "dmon"])), "DATE").t("   TECH: ").v(`${c.letters(2)}`, "NAME").t("   EQUIP: MGC Ultima CPX SN ").v(c.serial(), "DEVICE").nl();
  b.t("               PRED    PRE    %PRED   POST   %CHG").nl();
  b.t(`FVC (L)        ${(3 + c.r.next()).toFixed(2)}   ${(2 + c.r.next()).toFixed(2)}   ${c.int(55, 99)}      ${(2 + c.r.next()).toFixed(2)}   ${c.int(1, 15)}`).nl();
  b.t(`FEV1 (L)       ${(2.5 + c.r.next()).toFixed(2)}   ${(1.2 + c.r.next()).toFixed(2)}   ${c.int(40, 95)}      ${(1.3 + c.r.next()).toFixed(2)}   ${c.int(1, 15)}`).nl();
  b.t(`DLCO           ${c.int(20, 30)}      ${c.int(10, 25)}     ${c.int(40, 99)}`).nl().t("GLI-2012 race-neutral equations; ATS/ERS 2019 grade A.").nl();
  b.t("Interpretation: moderate obstruction with significant BD response. Read by "); staff(n, other(n), [", MD", " MD FCCP"]); b.t(" on "); dt(n); b.nl();
};

const bmtDonorSearch: Style = (n) => {
  const { b, c } = n;
  const w = wrapAt(b, 72);
  b.t("ALLOGENEIC HCT - UNRELATED DONOR SEARCH NOTE").nl().t("Recipient: "); nm(n, n.pt, c.pick(["fl", "lfm"])); b.t("  MRN ").v(n.mrn, "MRN").t("  NMDP RID ").v(`${c.digits(4)}-${c.digits(4)}-${c.int(0, 9)}`, "ID").nl();
  b.t("Dx: AML, CR1 (").t(c.icd()).t("); HLA A*02:01, B*44:02, C*05:01, DRB1*04:01, DQB1*03:01").nl();
  b.t(w("Siblings typed: ")).v(other(n).first, "NAME").t(w(" (haploidentical) and ")).v(other(n).first, "NAME").t(w(", a full match, who lives in ")).v(c.city(), "LOCATION").t(w(" and works at ")).v(c.facility(), "FACILITY").t(w(". ")).nl();
  b.t("Donor candidates (NMDP/WMDA): ").v(`${c.digits(4)}-${c.digits(4)}-${c.int(0, 9)}`, "ID").t(" 8/8, ").v(`${c.digits(4)}-${c.digits(4)}-${c.int(0, 9)}`, "ID").t(" 7/8 (DPB1 TCE permissive)").nl();
  b.t("CMV IgG pos; ").t(c.lab()).t("; PTCy/tacro/MMF planned. Target admit "); dt(n, c.recent(), true); b.nl();
  b.t("Search coordinator: "); const sc = other(n); nm(n, sc, "fl"); b.t(", BSN ").v(c.email(sc), "EMAIL").t("  fax ").v(c.phone(), "FAX").nl();
};

const fertilityCycle: Style = (n) => {
  const { b, c } = n;
  b.t("IVF CYCLE NOTE - ").v(c.facility(["Fertility Institute", "Center for Reproductive Medicine", "Fertility"]), "FACILITY").nl();
  b.t("Patient: "); nm(n, n.pt, c.pick(["fl", "lf"])); b.t("  DOB "); dt(n, n.dob); b.t("  Partner: "); nm(n, other(n), c.pick(["fl", "lf"])); b.t("  Couple ID ").v(c.id("CPL"), "ID").nl();
  b.t("LMP "); dt(n, c.recent(), true); b.t(", CD").t(String(c.int(2, 12))).t("; AMH 1.8, AFC 14; antagonist protocol, Gonal-f 225 IU + Menopur 75 IU").nl();
  b.t("Trigger "); dt(n, c.recent(), true); b.t(" 2130 (Ovidrel 250 mcg); retrieval "); dt(n); b.t(": 12 oocytes, 9 MII, 5 blasts (4AA, 4AB, 5BB)").nl();
  b.t("Embryology: witness ").v(c.letters(2), "NAME").t(" / ").v(c.letters(2), "NAME").t("; RI Witness tag ").v(c.serial(), "DEVICE").t("; cryo straws lot ").t(c.lot()).nl();
  b.t(c.pick(["Donor sperm bank vial ", "Donor egg ID "])).v(c.id("D"), "ID").t(". PGT-A sent to ").t(c.pick(LABS)).t(" req ").v(c.id(), "ID").nl();
  b.t("Billing acct ").v(c.account(), "ACCOUNT").t(" (IVF package, CPT 58970)").nl();
  b.t("Pt address on file: "); address(n, n.addr); b.nl().t("Portal: ").v(n.email, "EMAIL").t("   Nurse line "); ph(n); b.nl();
};

export const STYLES_B: Record<string, Style> = { "concussion-rtp": concussionRtp, "cardiac-rehab": cardiacRehab, "pft-report": pftReport, "bmt-donor-search": bmtDonorSearch, "fertility-cycle": fertilityCycle };
