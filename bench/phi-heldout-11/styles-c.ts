/** Styles C: e-prescribing audit, X12 and NEMSIS exports, bottle labels, ambulance and mariner certificates. */
import { fmtDate, later, p2, type D } from "./kit";
import { CHAINS, DRUGS, EMPLOYERS, INDEP_PHARMACIES, PAYERS } from "./lists";
import { address, age, clin, initials, nm, other, ph, pickAge, staff, type Note11, type Style } from "./note";

const isoT = (n: Note11, x: D): void => {
  n.b.v(fmtDate(x, "iso"), "DATE").t(`T${p2(n.c.int(0, 23))}:${p2(n.c.int(0, 59))}:${p2(n.c.int(0, 59))}${n.c.pick(["-05:00", "-06:00", "Z", "-07:00"])}`);
};

/** EPCS audit trail filtered to one patient: prescriber DEA/NPI, hard-token serial, fingerprint template (BIOMETRIC), NCPDP id (not gold), IPs. */
const epcsAudit: Style = (n) => {
  const { b, c } = n;
  const dr = other(n);
  const reviewer = other(n);
  b.t(`EPCS AUDIT REPORT — ${c.pick(["Rcopia", "ePrescribe CS module", "Imprivata-integrated EHR"])} — filter: patient`).nl();
  b.t("Prescriber: "); nm(n, dr, "fml"); b.t(c.pick([", MD", ", DO", ", NP"])).t("   DEA ").v(c.dea(), "LICENSE").t("   NPI ").v(c.npi(), "LICENSE").nl();
  b.t("Identity proofing: IAL2 completed ").v(fmtDate({ ...c.recent(), y: c.int(2021, 2025) }, "mdy"), "DATE").t(" (remote, Experian)   Logical access approvers: ");
  nm(n, other(n), "il"); b.t(", "); nm(n, other(n), "il"); b.nl();
  b.t("Second factors: hard token SN ").v(`${c.letters(2)}${c.digits(8)}`, "DEVICE").t(" (OTP, FIPS 140-2 L1); fingerprint template ").v(`FP-${c.digits(4)}-${c.letters(4, "0123456789ABCDEF")}`, "BIOMETRIC").nl(2);
  b.t("Patient: "); nm(n, n.pt, c.pick(["LF", "lf"] as const)); b.t("  DOB ").v(fmtDate(n.dob, "mdy"), "DATE").t("  MRN ").v(n.mrn, "MRN").nl();
  b.t("TIMESTAMP                   | EVENT        | RX MESSAGE ID                    | DETAIL").nl();
  const d0 = c.recent();
  for (let i = 0; i < c.int(3, 5); i++) {
    isoT(n, later(d0, -i * c.int(0, 9)));
    const ev = c.int(0, 3);
    b.t(` | ${["SIGN_CS     ", "2FA_FAIL    ", "CANCELRX    ", "TRANSMIT_OK "][ev]} | `);
    if (ev === 1) b.t("—".padEnd(32)).t(` | biometric no match (score 31 < 40); retried from `).v(c.ipv4(), "IP");
    else {
      b.v(c.uuid().replace(/-/g, ""), "ID").t(` | ${c.pick(["oxycodone 5 mg #12 C-II", "Adderall XR 20 mg #30 C-II", "lorazepam 0.5 mg #20 C-IV", "Suboxone 8-2 mg #14 C-III"])} to `);
      if (c.chance(0.5)) b.v(c.pick(INDEP_PHARMACIES), "FACILITY").t(` (NCPDP ${c.digits(7)})`); else b.t(`${c.pick(CHAINS)} #${c.int(1000, 19999)} (NCPDP ${c.digits(7)})`);
    }
    b.nl();
  }
  b.t("PDMP checked: report ").v(`${c.letters(2)}${c.digits(9)}`, "ID").t(` — MME ${c.int(10, 90)}, ${c.int(1, 3)} prescribers.`).nl();
  b.t("Reviewed by "); nm(n, reviewer, "fl"); b.t(", Compliance, on ").v(fmtDate(c.recent(), "long"), "DATE").nl();
};

/** X12 271 eligibility response, ~-terminated: yymmdd ISA date, NM1*IL name, N3/N4, DMG*D8, plan dates, PCP with phone; payer id and benefits (not gold). */
const x12_271: Style = (n) => {
  const { b, c } = n;
  const pcp = other(n);
  const oneLine = c.chance(0.35);
  const E = () => { b.t("~"); if (!oneLine) b.nl(); };
  const U = (s: string) => s.toUpperCase();
  const d = c.recent();
  const hm = `${p2(c.int(0, 23))}${p2(c.int(0, 59))}`;
  const ctl = c.digits(9);
  b.t(`ISA*00*          *00*          *ZZ*${c.pick(["AVAILITY", "CHANGEHC", "WAYSTAR"]).padEnd(15)}*ZZ*${c.letters(6).padEnd(15)}*`).v(fmtDate(d, "compact").slice(2), "DATE").t(`*${hm}*^*00501*${ctl}*0*P*:`); E();
  b.t(`GS*HB*${c.letters(6)}*${c.letters(6)}*`).v(fmtDate(d, "compact"), "DATE").t(`*${hm}*${c.int(1, 9999)}*X*005010X279A1`); E();
  b.t(`ST*271*0001*005010X279A1`); E();
  b.t(`BHT*0022*11*${c.digits(10)}*`).v(fmtDate(d, "compact"), "DATE").t(`*${hm}`); E();
  b.t(`HL*1**20*1`); E();
  b.t(`NM1*PR*2*${U(c.pick(PAYERS))}*****PI*${c.digits(5)}`); E();
  b.t(`HL*2*1*21*1`); E();
  b.t("NM1*1P*2*").v(U(c.facility()), "FACILITY").t("*****XX*").v(c.npi(), "LICENSE"); E();
  b.t(`HL*3*2*22*0`); E();
  b.t(`TRN*2*${c.digits(12)}*9${c.digits(9)}`); E();
  b.t("NM1*IL*1*").v(U(n.pt.last), "NAME").t("*").v(U(n.pt.first), "NAME").t("*"); if (n.pt.middle) b.v(U(n.pt.middle[0]!), "NAME"); b.t("***MI*").v(c.member(), "HEALTH_PLAN"); E();
  b.t("REF*6P*").v(c.group(), "HEALTH_PLAN").t(`*${c.pick(["STATE EMPLOYEES PPO", "KESSLER TOOL AND DIE", "INDIVIDUAL MARKETPLACE"])}`); E();
  b.t("N3*").v(U(n.addr.line1), "ADDRESS"); if (n.addr.unit) b.t("*").v(U(n.addr.unit), "ADDRESS"); E();
  b.t("N4*").v(U(n.addr.city), "LOCATION").t(`*${n.addr.state}*`).v(n.addr.zip + (c.chance(0.4) ? c.digits(4) : ""), "ZIP"); E();
  b.t("DMG*D8*").v(fmtDate(n.dob, "compact"), "DATE").t(`*${c.pick(["F", "M"])}`); E();
  b.t("DTP*346*D8*").v(fmtDate({ y: d.y, m: 1, d: 1 }, "compact"), "DATE"); E();
  b.t(`EB*1*IND*30**${c.pick(["PPO GOLD 1500", "HMO SILVER", "MEDICARE ADVANTAGE"])}`); E();
  b.t(`EB*C*IND*30***23*${c.pick(["1500", "500", "3000"])}`); E();
  b.t(`EB*C*IND*30***29*${c.int(0, 2999)}.${p2(c.int(0, 99))}`); E();
  b.t(`EB*B*IND*98***27*${c.pick(["25", "40", "0"])}`); E();
  b.t(`LS*2120`); E();
  b.t("NM1*P3*1*").v(U(pcp.last), "NAME").t("*").v(U(pcp.first), "NAME").t("****XX*").v(c.npi(), "LICENSE"); E();
  b.t("PER*IC**TE*").v(c.phone().replace(/\D/g, "").replace(/^1(?=\d{10}$)/, ""), "PHONE"); E();
  b.t(`LE*2120`); E();
  b.t(`SE*${c.int(18, 24)}*0001`); E();
  b.t(`GE*1*${c.int(1, 9999)}`); E();
  b.t(`IEA*1*${ctl}`); b.t("~").nl();
};

/** NEMSIS 3.5 XML PCR: ePatient name/address/SSN/DOB/age (90+ gold), eTimes ISO with time outside, crew certs, destination, narrative. */
const nemsisXml: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.35);
  const medic = other(n);
  const emt = other(n);
  const wife = other(n);
  const x = (tag: string, v: string, type: Parameters<typeof b.v>[1]) => { b.t(`    <${tag}>`).v(v, type).t(`</${tag}>`).nl(); };
  const d = c.recent();
  b.t(`<PatientCareReport UUID="${c.uuid()}">`).nl();
  b.t("  <eRecord><eRecord.01>").v(`${c.int(2025, 2026)}${c.digits(6)}`, "ID").t("</eRecord.01></eRecord>").nl();
  b.t("  <eResponse><eResponse.03>").v(`${c.digits(2)}-${c.digits(6)}`, "ID").t(`</eResponse.03><eResponse.13>M${c.int(1, 40)}</eResponse.13><eResponse.14>Medic ${c.int(1, 40)}</eResponse.14></eResponse>`).nl();
  b.t("  <eTimes>").nl();
  const tz = `-0${c.int(5, 7)}:00`;
  let mins = c.int(0, 20 * 60);
  for (const t of ["eTimes.03", "eTimes.06", "eTimes.07", "eTimes.11"]) {
    b.t(`    <${t}>`).v(fmtDate(d, "iso"), "DATE").t(`T${p2(Math.floor(mins / 60))}:${p2(mins % 60)}:00${tz}</${t}>`).nl();
    mins += c.int(3, 40);
  }
  b.t("  </eTimes>").nl().t("  <ePatient>").nl();
  b.t("    <ePatient.PatientNameGroup><ePatient.02>").v(n.pt.last, "NAME").t("</ePatient.02><ePatient.03>").v(n.pt.first, "NAME").t("</ePatient.03>");
  if (n.pt.middle) b.t("<ePatient.04>").v(n.pt.middle[0]!, "NAME").t("</ePatient.04>"); b.t("</ePatient.PatientNameGroup>").nl();
  x("ePatient.05", n.addr.line1, "ADDRESS"); x("ePatient.06", n.addr.city, "LOCATION");
  b.t(`    <ePatient.08>${c.int(1, 56)}</ePatient.08>`).nl(); x("ePatient.09", n.addr.zip, "ZIP");
  if (c.chance(0.6)) x("ePatient.12", c.ssn().replace(/\D/g, ""), "SSN");
  b.t(`    <ePatient.13>${c.pick(["9906001", "9906003"])}</ePatient.13>`).nl();
  b.t("    <ePatient.AgeGroup><ePatient.15>"); age(n, a); b.t("</ePatient.15><ePatient.16>2516009</ePatient.16></ePatient.AgeGroup>").nl();
  x("ePatient.17", fmtDate(n.dob, "iso"), "DATE");
  b.t(`    <ePatient.PhoneNumberGroup><ePatient.18 PhoneNumberType="${c.pick(["9913003", "9913001"])}">`).v(`${n.phone.replace(/\D/g, "").replace(/^1(?=\d{10}$)/, "").replace(/^(\d{3})(\d{3})/, "$1-$2-")}`, "PHONE").t("</ePatient.18></ePatient.PhoneNumberGroup>").nl();
  b.t("  </ePatient>").nl();
  b.t("  <eScene><eScene.15>").v(c.chance(0.5) ? n.addr.line1 : c.street(), "ADDRESS").t("</eScene.15><eScene.17>").v(c.chance(0.5) ? n.addr.city : c.town(), "LOCATION").t(`</eScene.17><eScene.21>${c.int(1, 56)}${c.digits(3)}</eScene.21></eScene>`).nl();
  b.t("  <eCrew><eCrew.CrewGroup><eCrew.01>").v(`P${c.digits(6)}`, "LICENSE").t("</eCrew.01><eCrew.02>9925007</eCrew.02></eCrew.CrewGroup><eCrew.CrewGroup><eCrew.01>").v(`E${c.digits(6)}`, "LICENSE").t("</eCrew.01><eCrew.02>9925005</eCrew.02></eCrew.CrewGroup></eCrew>").nl();
  b.t(`  <eVitals><eVitals.06>${c.int(80, 190)}</eVitals.06><eVitals.07>${c.int(40, 110)}</eVitals.07><eVitals.10>${c.int(40, 140)}</eVitals.10><eVitals.12>${c.int(82, 100)}</eVitals.12><eVitals.23>${c.int(3, 15)}</eVitals.23></eVitals>`).nl();
  b.t("  <eDisposition><eDisposition.01>").v(c.facility(c.pick(["Medical Center", "Regional Hospital", "Community Hospital"])), "FACILITY").t(`</eDisposition.01><eDisposition.02>${c.digits(6)}</eDisposition.02><eDisposition.12>4212033</eDisposition.12></eDisposition>`).nl();
  b.t("  <eNarrative><eNarrative.01>Dispatched to a ").t(c.pick(["fall", "sick person", "breathing problem"])).t(". Pt found ").t(c.pick(["supine on kitchen floor", "sitting in recliner", "in bathroom"])).t(`. Wife `);
  nm(n, wife, "f"); b.t(` states pt was "${c.pick(["confused since lunch", "short of breath all night", "dizzy after his Lasix"])}". ${clin(n)}. Care transferred to `); nm(n, other(n), "il"); b.t(" RN. Crew: ");
  nm(n, medic, "fl"); b.t(" NRP, "); nm(n, emt, "fl"); b.t(" EMT.</eNarrative.01></eNarrative>").nl().t("</PatientCareReport>").nl();
};

/** Prescription bottle label scanned with OCR noise in literal text: pharmacy (independent gold, chain not), Rx#, fill date, refill-by date, NDC/exp (not gold). */
const rxLabel: Style = (n) => {
  const { b, c } = n;
  const dr = other(n);
  b.noise = (s) => s.replace(/O/g, () => (c.chance(0.3) ? "0" : "O")).replace(/l/g, () => (c.chance(0.2) ? "1" : "l")).replace(/ {2}/g, () => (c.chance(0.4) ? "   " : "  "));
  b.t("[Scanned medication label — patient brought bottle]").nl();
  if (c.chance(0.55)) { b.v(c.pick(INDEP_PHARMACIES).toUpperCase(), "FACILITY").nl().v(c.street(), "ADDRESS").t("  ").v(c.town(), "LOCATION").t(`, ${n.addr.state} `).v(c.zip(), "ZIP").t("  "); ph(n); }
  else { b.t(`${c.pick(CHAINS).toUpperCase()} #${c.int(1000, 19999)}`).nl().v(c.street(), "ADDRESS").t("  ").v(c.town(), "LOCATION").t(`, ${n.addr.state}  `); ph(n); }
  b.nl().t("Rx# ").v(`${c.int(1, 9)}${c.digits(6)}${c.chance(0.3) ? `-${c.digits(5)}` : ""}`, "ID").t("      DATE FILLED: ").v(fmtDate(c.recent(), c.pick(["mdy", "mdy2"] as const)), "DATE").nl();
  nm(n, n.pt, c.pick(["FL", "LF"] as const)); if (c.chance(0.4)) { b.t("   DOB ").v(fmtDate(n.dob, "mdy"), "DATE"); } b.nl();
  if (c.chance(0.35)) { address(n, n.addr, "  ", true); b.nl(); }
  b.t(`TAKE 1 TABLET BY MOUTH ${c.pick(["TWICE DAILY", "EVERY MORNING", "AT BEDTIME", "EVERY 8 HOURS AS NEEDED"])}`).nl();
  b.t(`${c.pick(DRUGS).toUpperCase()}  TAB   QTY: ${c.pick([30, 60, 90, 14])}   MFG: ${c.pick(["AUROBINDO", "TEVA", "BMS", "ZYDUS", "LUPIN"])}`).nl();
  b.t(`NDC ${c.digits(5)}-${c.digits(4)}-${c.digits(2)}   EXP ${p2(c.int(1, 12))}/${c.int(2027, 2029)}   LOT ${c.letters(2)}${c.digits(5)}`).nl();
  b.t(`REFILLS: ${c.int(0, 5)} BEFORE `).v(fmtDate(later(c.recent(), 365), "mdy2"), "DATE").t("     DR. ").v(dr.first[0]!.toUpperCase(), "NAME").t(" ").v(dr.last.toUpperCase(), "NAME").nl();
  b.t(`RPH: `).v(initials(other(n)), "NAME").t(`   ${c.pick(["CAUTION: Federal law prohibits the transfer of this drug", "May cause drowsiness", "Take with food"])}`).nl();
  b.noise = null;
  b.t(`Reconciled by `); nm(n, other(n), "il"); b.t(`, CMA. ${c.pick(PAYERS)} formulary tier 2.`).nl();
};

/** Physician certification statement for non-emergency ambulance: MBI, Medicaid, origin/destination facilities, transport date range, certifier NPI. */
const pcsCert: Style = (n) => {
  const { b, c } = n;
  const cert = other(n);
  const d0 = c.recent();
  b.t("PHYSICIAN CERTIFICATION STATEMENT (PCS) — NON-EMERGENCY AMBULANCE TRANSPORT").nl().t(`${c.pick(["METRO MEDIC AMBULANCE", "TRI-STATE EMS", "LIFECARE TRANSPORT"])}  Form PCS-2 (rev. 3/2024)`).nl(2);
  b.t("Patient Name: "); nm(n, n.pt, c.pick(["LFM", "fl"] as const)); b.t("   DOB: ").v(fmtDate(n.dob, "mdy"), "DATE").nl();
  b.t("Medicare (MBI): ").v(c.mbi(), "HEALTH_PLAN").t("   Medicaid #: ").v(c.medicaid(), "HEALTH_PLAN").nl();
  b.t("Origin: ").v(c.facility(c.pick(["Nursing & Rehabilitation", "Senior Living"])), "FACILITY").t(`, Rm ${c.int(100, 299)}, `).v(c.street(), "ADDRESS").t(", ").v(c.town(), "LOCATION").nl();
  b.t("Destination: ").v(`${c.pick(["Prairie", "Riverbend", c.town()])} Dialysis`, "FACILITY").t(` (MWF chair time 0600)`).nl();
  b.t("Transport date(s): ").v(fmtDate(d0, "mdy"), "DATE").t(" through ").v(fmtDate(later(d0, 59), "mdy"), "DATE").t(" (repetitive, 60 days)").nl();
  b.t(`Medical necessity: [X] bed-confined (unable to get up from bed without assistance, unable to ambulate, unable to sit in a chair/wheelchair)  [X] ${c.pick(["Stage 4 sacral pressure injury", "contractures, hip 90° flexion", "weight " + c.int(380, 520) + " lb, bariatric stretcher", "requires continuous O2 4 L/min"])}. ${clin(n)}.`).nl();
  b.t("Certifying: "); nm(n, cert, "fl"); b.t(c.pick([", RN, discharge planner", ", MD", ", NP", ", LPN, DON"])).t("   NPI ").v(c.npi(), "LICENSE").t("   Phone "); ph(n); b.nl();
  b.t("Signature on file.  Date signed: ").v(fmtDate(d0, "mdy1"), "DATE").nl();
};

/** CG-719K merchant mariner medical: Mariner Reference Number (LICENSE, not an MRN), TWIC card, employer, Ishihara/hearing (not gold), examiner. */
const mariner: Style = (n) => {
  const { b, c } = n;
  const ex = other(n);
  const a = pickAge(n, 0.02);
  const U = (s: string) => s.toUpperCase();
  b.t("DEPARTMENT OF HOMELAND SECURITY · U.S. COAST GUARD · CG-719K (Rev. 01/23) · MERCHANT MARINER CREDENTIAL MEDICAL EVALUATION REPORT").nl(2);
  b.t("SECTION I — APPLICANT").nl();
  b.t("1. Last Name: ").v(U(n.pt.last), "NAME").t("   First: ").v(U(n.pt.first), "NAME").t("   Middle: "); if (n.pt.middle) b.v(U(n.pt.middle), "NAME"); else b.t("NMN"); b.nl();
  b.t("2. Mariner Reference Number (MRN): ").v(c.digits(7), "LICENSE").t("   3. Date of Birth: ").v(fmtDate(n.dob, "mdy"), "DATE").t("   Age "); age(n, a); b.nl();
  b.t("4. TWIC Card No.: ").v(`${c.digits(4)} ${c.digits(4)} ${c.digits(4)} ${c.digits(4)}`, "ID").t("   5. SSN (last 4): ").v(c.digits(4), "SSN").nl();
  b.t("6. Mailing Address: "); address(n, n.addr); b.nl();
  b.t("7. Phone: "); ph(n, n.phone); b.t("   E-mail: ").v(n.email, "EMAIL").nl();
  b.t("8. Employer: ").v(c.pick([EMPLOYERS[1], EMPLOYERS[11], "Cumberland River Towing", "Sabine Pass Pilots", "Redfish Bay Ferry Co.", "Hatchet Lake Charters"]), "FACILITY").t(`   Position sought: ${c.pick(["Able Seaman — Unlimited", "Master 1600 GRT", "QMED — Oiler", "Tankerman-PIC", "OUPV/Six-pack"])}`).nl(2);
  b.t("SECTION II — VISION & HEARING").nl();
  b.t(`Corrected acuity OD 20/${c.pick([20, 25, 30])} OS 20/${c.pick([20, 25, 40])}; color vision Ishihara ${c.int(11, 14)}/14 (${c.pick(["pass", "Farnsworth Lantern pass"])}); hearing ${c.pick(["whisper 5 ft", "audiogram avg 28 dB"])}.`).nl();
  b.t(`SECTION III — CONDITIONS: ${c.pick(["HTN on lisinopril 10 mg", "OSA on CPAP (AHI 6 on treatment)", "T2DM on metformin, A1c 6.8%", "none"])}. ${clin(n)}.`).nl();
  b.t("SECTION IV — EXAMINER").nl().t("Exam date: ").v(fmtDate(c.recent(), "mdy"), "DATE").t("   Examiner: "); staff(n, ex, [", MD", ", DO", ", PA-C", ", NP"]);
  b.t("   License: ").v(c.licence(), "LICENSE").t(`   State: ${n.addr.state}`).nl();
  b.t("Office: ").v(c.facility(c.pick(["Occupational Health", "Urgent Care", "Family Clinic"])), "FACILITY").t(", "); address(n, { line1: c.street(), city: c.town(), state: n.addr.state, zip: c.zip() }); b.t("  Tel "); ph(n); b.nl();
};

export const STYLES_C: Record<string, (n: Note11) => void> = {
  "epcs-audit-log": epcsAudit,
  "x12-271-eligibility": x12_271,
  "nemsis-xml": nemsisXml,
  "rx-label-scan": rxLabel,
  "pcs-ambulance-cert": pcsCert,
  "cg719k-mariner": mariner,
};
