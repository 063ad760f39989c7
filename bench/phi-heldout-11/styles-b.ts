/** Styles B: consent/refusal forms and device, imaging and implant records. */
import { fmtDate, p2, type D } from "./kit";
import { EMPLOYERS } from "./lists";
import { address, age, clin, initials, nm, other, ph, pickAge, staff, type Note11, type Style } from "./note";

/** Jehovah's Witness refusal of blood: initialled acceptable-products boxes, HLC elder, Kingdom Hall, agent. */
const bloodRefusal: Style = (n) => {
  const { b, c } = n;
  const elder = other(n);
  const agent = other(n);
  const md = other(n);
  const w = other(n);
  const fac = c.facility(c.pick(["Medical Center", "Regional Hospital", "Memorial Hospital"]));
  b.v(fac, "FACILITY").nl().t("REFUSAL OF BLOOD OR BLOOD COMPONENTS AND RELEASE").nl(2);
  b.t("Patient: "); nm(n, n.pt, c.pick(["LF", "lfm", "fl"] as const)); b.t("   MRN ").v(n.mrn, "MRN").t("   DOB ").v(fmtDate(n.dob, c.pick(["mdy", "long"] as const)), "DATE").nl(2);
  b.t("I, "); nm(n, n.pt, "fl"); b.t(`, refuse transfusion of whole blood, red cells, white cells, platelets and plasma for my ${c.pick(["total knee arthroplasty", "colectomy", "CABG", "hysterectomy", "hip fracture repair"])}, even if my physician believes it necessary to preserve my life.`).nl();
  b.t("Fractions and procedures (initial ACCEPT or REFUSE):").nl();
  const ini = initials(n.pt);
  for (const item of ["Albumin", "Cryoprecipitate", "Recombinant factor VIIa", "Cell salvage (Cell Saver, continuous circuit)", "Hemodilution", "Erythropoietin (Procrit 40,000 units)"]) {
    const acc = c.chance(0.6);
    b.t(`  ${item.padEnd(46)} ACCEPT [`); if (acc) b.v(ini, "NAME"); else b.t("  "); b.t("]  REFUSE ["); if (!acc) b.v(ini, "NAME"); else b.t("  "); b.t("]").nl();
  }
  b.t("Advance Medical Directive/Release card on file, dated ").v(fmtDate({ ...c.recent(), y: c.int(2015, 2025) }, c.pick(["mdy1", "long"] as const)), "DATE").t(`. Preop ${clin(n)}; Hgb ${c.int(8, 13)}.${c.int(0, 9)}, iron sucrose 200 mg IV x${c.int(2, 5)}.`).nl();
  b.t("Congregation: ").v(`${c.town()} Kingdom Hall of Jehovah's Witnesses`, "FACILITY").nl();
  b.t("Hospital Liaison Committee: Brother "); nm(n, elder, "fl"); b.t(", cell "); ph(n); b.nl();
  b.t("Health care agent (DPOA-HC): "); nm(n, agent, "fl"); b.t(` (${c.pick(["wife", "husband", "son", "sister"])}), `); ph(n); b.nl(2);
  b.t("Physician: "); staff(n, md, [", MD", ", DO"]); b.t("   Witness: "); nm(n, w, "fl"); b.t(", RN").nl();
  b.t("Date: ").v(fmtDate(c.recent(), c.pick(["mdy", "mdy1"] as const)), "DATE").t(` Time: ${c.time()}`).nl();
};

/** Apple Health export.xml excerpt: ExportDate and record dates (time outside), device names with the owner's first name, cuff Bluetooth id. */
const healthkitExport: Style = (n) => {
  const { b, c } = n;
  const uploader = c.chance(0.4) ? other(n) : null;
  const tz = `-0${c.int(5, 8)}00`;
  const ts = (x: D) => { b.v(fmtDate(x, "iso"), "DATE").t(` ${p2(c.int(0, 23))}:${p2(c.int(0, 59))}:${p2(c.int(0, 59))} ${tz}`); };
  const day = c.recent();
  b.t("Patient-uploaded Apple Health export (via portal) reviewed by "); staff(n, other(n)); b.t(". ");
  if (uploader) { b.t("Uploaded by "); nm(n, uploader, "fl"); b.t(` (${c.pick(["daughter", "son", "granddaughter"])}, proxy).`); }
  b.nl().t(`Excerpt (file export.xml, ${c.int(40, 380)} MB):`).nl();
  b.t('<?xml version="1.0" encoding="UTF-8"?>').nl().t('<HealthData locale="en_US">').nl();
  b.t(' <ExportDate value="'); ts(c.recent()); b.t('"/>').nl();
  b.t(' <Me HKCharacteristicTypeIdentifierDateOfBirth="').v(fmtDate(n.dob, "iso"), "DATE").t(`" HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSex${c.pick(["Female", "Male"])}" HKCharacteristicTypeIdentifierBloodType="HKBloodType${c.pick(["APositive", "ONegative", "NotSet"])}"/>`).nl();
  const owner = c.chance(0.5) ? n.pt.first : n.pt.nick ?? n.pt.first;
  const dev = c.pick(["Apple Watch", "iPhone"]);
  for (let i = 0; i < c.int(2, 3); i++) {
    const kind = c.pick([["HeartRate", "count/min", String(c.int(48, 131))], ["OxygenSaturation", "%", `0.${c.int(88, 99)}`], ["StepCount", "count", String(c.int(12, 2400))], ["WalkingSteadiness", "%", `0.${c.int(20, 90)}`]] as const);
    b.t(` <Record type="HKQuantityTypeIdentifier${kind[0]}" sourceName="`).v(owner, "NAME").t(`’s ${dev}" sourceVersion="${c.int(9, 11)}.${c.int(0, 5)}" unit="${kind[1]}" creationDate="`); ts(day); b.t('" startDate="'); ts(day); b.t(`" value="${kind[2]}"/>`).nl();
  }
  b.t(` <Record type="HKQuantityTypeIdentifierBloodPressureSystolic" sourceName="${c.pick(["OMRON connect", "Withings"])}" device="&lt;&lt;HKDevice: 0x${c.digits(4)}a${c.digits(3)}&gt;, name:${c.pick(["BP7450", "BPM Connect", "BP5250"])}, manufacturer:${c.pick(["OMRON HEALTHCARE Co., Ltd.", "Withings"])}, localIdentifier:`);
  b.v(Array.from({ length: 6 }, () => c.letters(2, "0123456789ABCDEF")).join(":"), "DEVICE").t(`&gt;" unit="mmHg" startDate="`); ts(day); b.t(`" value="${c.int(104, 182)}"/>`).nl();
  b.t(` <ClinicalRecord type="HKClinicalTypeIdentifierLabResultRecord" identifier="${c.letters(1)}${c.digits(8)}" sourceName="`).v(c.facility(), "FACILITY").t(`" fhirVersion="4.0.1" receivedDate="`); ts(c.recent()); b.t(`" resourceFilePath="/clinical-records/Observation-${c.uuid().toUpperCase()}.json"/>`).nl();
  b.t(' <Workout workoutActivityType="HKWorkoutActivityTypeWalking" duration="').t(`${c.int(8, 55)}.${c.digits(2)}" durationUnit="min" sourceName="`).v(owner, "NAME").t(`’s Apple Watch" startDate="`); ts(day); b.t('">').nl();
  b.t('  <WorkoutRoute sourceName="').v(owner, "NAME").t(`’s Apple Watch"><FileReference path="/workout-routes/route_`).v(fmtDate(day, "iso"), "DATE").t(`_${c.int(6, 11)}.${p2(c.int(0, 59))}am.gpx"/></WorkoutRoute>`).nl().t(" </Workout>").nl().t("</HealthData>").nl();
  b.t(`Assessment: walking steadiness LOW on ${c.int(3, 9)} of 14 days; ${clin(n)}. Fall risk counselling; ${c.pick(["PT referral", "home safety eval", "Hold Norvasc"])}.`).nl();
};

/** Personal emergency response (pendant) account and activation log: subscriber id, age 90+, pendant/base serials, responders, lockbox (not gold). */
const persLog: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.6);
  const r1 = other(n);
  const r2 = other(n);
  const vendor = c.pick(["GuardianCall Monitoring", "SafeHands Response", "LifeLine Central"]);
  b.t(`${vendor.toUpperCase()} — SUBSCRIBER PROFILE & EVENT HISTORY`).nl();
  b.t("Subscriber: "); nm(n, n.pt, c.pick(["LF", "fl", "lfm"] as const)); b.t("   Sub ID: ").v(`${c.digits(2)}-${c.digits(6)}`, "ID").t("   Age: "); age(n, a, c.chance(0.2)); b.nl();
  b.t("Premises: "); address(n, n.addr); b.t(`   Lockbox: ${c.digits(4)} (front rail)   Pets: ${c.pick(["1 dog (friendly)", "none", "2 cats"])}`).nl();
  b.t("Home phone: "); ph(n, n.phone); b.t(`   Equipment: ${c.pick(["Fall-Sense 4 pendant", "Wristband WB2", "MobileGo GPS"])} SN `).v(c.serial(), "DEVICE").t("  Base SN ").v(c.serial(), "DEVICE").nl();
  b.t("Physician: "); staff(n, other(n)); b.t("   Hospital preference: ").v(c.facility(c.pick(["Regional Hospital", "Medical Center"])), "FACILITY").nl();
  b.t("Responders: 1) "); nm(n, r1, "fl"); b.t(` (${c.pick(["daughter", "son", "niece"])}) `); ph(n); b.t("  2) "); nm(n, r2, "fl"); b.t(" (neighbor) "); ph(n); b.t("  3) ").v(c.town(), "LOCATION").t(" Fire/EMS").nl(2);
  b.t("DATE       TIME      EVENT             OPERATOR  NOTES").nl();
  const d0 = c.recent();
  for (let i = 0; i < c.int(3, 5); i++) {
    const d: D = { ...d0, d: Math.min(28, d0.d + i) };
    b.v(fmtDate(d, c.pick(["iso", "mdy"] as const)), "DATE").t(`  ${p2(c.int(0, 23))}:${p2(c.int(0, 59))}:${p2(c.int(0, 59))}  `);
    const ev = c.int(0, 3);
    if (ev === 0) { b.t(`FALL DETECTED     OP${c.int(100, 999)}     no voice response; dispatched `).v(c.town(), "LOCATION").t(` EMS; notified `); nm(n, r1, "f"); }
    else if (ev === 1) b.t(`BUTTON PRESS      OP${c.int(100, 999)}     subscriber "just testing it"; cancelled`);
    else if (ev === 2) b.t(`LOW BATTERY       SYS       pendant battery 12%; reminder call placed`);
    else { b.t(`BUTTON PRESS      OP${c.int(100, 999)}     sub states she slid off bed, not hurt; neighbor `); nm(n, r2, "l"); b.t(" assisted"); }
    b.nl();
  }
};

/** MRI safety screening: implant card model (not gold) and serial, implant date and hospital, welding employer, ARRT number, 1.5T/SAR (not gold). */
const mriScreen: Style = (n) => {
  const { b, c } = n;
  const tech = other(n);
  const a = pickAge(n, 0.25);
  b.v(c.facility("Imaging"), "FACILITY").t(" — MRI SAFETY SCREENING FORM").nl(2);
  b.t("Name: "); nm(n, n.pt, c.pick(["fl", "LF"] as const)); b.t("   DOB: ").v(fmtDate(n.dob, "mdy"), "DATE").t("   Age: "); age(n, a); b.t(`   Wt: ${c.int(98, 330)} lb   Ht: ${c.int(4, 6)}'${c.int(0, 11)}"`).nl();
  b.t(`Exam: MRI ${c.pick(["brain w/ and w/o", "L-spine w/o", "R knee w/o", "cardiac w/ gad"])}   Magnet: ${c.pick(["1.5T", "3T"])}   Ordering: `); staff(n, other(n)); b.nl(2);
  b.t("Have you ever had:").nl();
  const pm = c.chance(0.6);
  b.t(`[${pm ? "Y" : "N"}] Cardiac pacemaker / ICD`);
  if (pm) {
    b.t(` — card: ${c.pick(["Medtronic Azure XT DR MRI SureScan W1DR01", "Abbott Assurity MRI PM2272", "Boston Scientific ACCOLADE MRI L331"])}, SN `).v(`${c.letters(3)}${c.digits(6)}${c.letters(1)}`, "DEVICE").t(", implanted ").v(fmtDate({ ...c.recent(), y: c.int(2012, 2025) }, c.pick(["mdy1", "short"] as const)), "DATE").t(" at ").v(c.facility(c.pick(["Heart Institute", "Medical Center"])), "FACILITY");
    b.t(`; leads ${c.pick(["5076-52cm", "CapSureFix 5086MRI"])} SN `).v(`${c.letters(3)}${c.digits(7)}V`, "DEVICE");
  }
  b.nl().t(`[${c.pick(["N", "Y"])}] Cochlear implant   [N] Aneurysm clip   [N] Neurostimulator   [${c.pick(["N", "Y"])}] Insulin pump (remove)`).nl();
  b.t("[Y] Worked with metal (grinding/welding): ");
  if (c.chance(0.5)) b.t("welder at ").v(c.pick(EMPLOYERS), "FACILITY").t(" 1988–2004; orbit X-ray cleared ").v(fmtDate(c.recent(), "mdy1"), "DATE"); else b.t("denies");
  b.nl().t(`Tattoos/permanent eyeliner: ${c.pick(["none", "R forearm 2019", "eyeliner"])}. Claustrophobia: ${c.pick(["mild — Ativan 0.5 mg PO", "none"])}. eGFR ${c.int(22, 98)}. Normal Operating Mode; SAR ≤ 2.0 W/kg; B1+rms ≤ 2.8 µT.`).nl();
  b.t("Device programmed to MRI mode by rep "); nm(n, other(n), "fl"); b.t(" at ").t(c.time()).nl();
  b.t("Screened by: "); nm(n, tech, c.pick(["fl", "il"] as const)); b.t(", R.T.(R)(MR) ARRT ").v(c.digits(6), "LICENSE").t("   Date: ").v(fmtDate(c.recent(), "mdy"), "DATE").t(" Zone III").nl();
};

/** Outside imaging CD import: DICOM tags with outside PatientID, compact dates, study/series UIDs (ID) vs SOP class and transfer syntax UIDs (not gold), device serial. */
const pacsImport: Style = (n) => {
  const { b, c } = n;
  const son = other(n);
  const admin = other(n);
  const ref = other(n);
  const outside = c.facility(c.pick(["Medical Center", "Imaging", "Regional Hospital"]));
  const U = (s: string) => s.toUpperCase();
  b.t("OUTSIDE IMAGING IMPORT — PACS RECONCILIATION").nl();
  b.t("Media: CD (1 of 1) from ").v(outside, "FACILITY").t(", received ").v(fmtDate(c.recent(), "mdy1"), "DATE").t(", hand-carried by patient's son "); nm(n, son, "fl"); b.nl(2);
  b.t("Header on media:").nl();
  b.t("(0010,0010) PN [").v(U(n.pt.last), "NAME").t("^").v(U(n.pt.first), "NAME"); if (n.pt.middle) b.t("^").v(U(n.pt.middle[0]!), "NAME"); b.t("]").nl();
  b.t("(0010,0020) LO [").v(`${c.letters(1)}${c.digits(7)}`, "MRN").t("]   # outside PatientID").nl();
  b.t("(0010,0030) DA [").v(fmtDate(n.dob, "compact"), "DATE").t("]").nl();
  const sd = c.recent();
  b.t("(0008,0020) DA [").v(fmtDate(sd, "compact"), "DATE").t(`]   (0008,0030) TM [${p2(c.int(0, 23))}${p2(c.int(0, 59))}${p2(c.int(0, 59))}.000]`).nl();
  b.t("(0008,0050) SH [").v(`${c.letters(2)}${c.digits(8)}`, "ID").t("]   # AccessionNumber").nl();
  const [mod, desc] = c.pick([["CT", "CT HEAD WO CONTRAST"], ["MR", "MRI L SPINE WO"], ["CR", "CHEST 2 VIEWS"], ["CT", "CT ABD PELVIS W"], ["MR", "MRI BRAIN W WO"]] as const);
  b.t(`(0008,0060) CS [${mod}]   (0008,1030) LO [${desc}]`).nl();
  b.t("(0008,0080) LO [").v(U(outside), "FACILITY").t("]").nl();
  b.t("(0008,0090) PN [").v(U(ref.last), "NAME").t("^").v(U(ref.first), "NAME").t("]").nl();
  const [mfr, model] = mod === "MR" ? c.pick([["SIEMENS", "MAGNETOM Altea"], ["Philips", "Ingenia 1.5T"], ["GE MEDICAL SYSTEMS", "SIGNA Artist"]] as const) : mod === "CT" ? c.pick([["GE MEDICAL SYSTEMS", "Revolution EVO"], ["SIEMENS", "SOMATOM go.Up"], ["CANON_MEC", "Aquilion ONE"]] as const) : c.pick([["Carestream Health", "DRX-Evolution"], ["FUJIFILM Corporation", "FDR D-EVO II"]] as const);
  b.t(`(0008,0070) LO [${mfr}]   (0008,1090) LO [${model}]`).nl();
  b.t("(0018,1000) LO [").v(c.digits(c.pick([5, 6, 8])), "DEVICE").t("]   # DeviceSerialNumber").nl();
  const root = c.pick(["1.2.840.113619.2.55.3", "1.3.12.2.1107.5.1.4", "1.2.392.200036.9116.2.6"]);
  b.t("(0020,000D) UI [").v(`${root}.${c.digits(9)}.${c.int(100, 999)}.${c.digits(10)}.${c.int(1, 999)}`, "ID").t("]   # StudyInstanceUID").nl();
  b.t("(0020,000E) UI [").v(`${root}.${c.digits(9)}.${c.int(100, 999)}.${c.digits(10)}.${c.int(1000, 9999)}`, "ID").t("]").nl();
  b.t(`(0008,0016) UI [${c.pick(["1.2.840.10008.5.1.4.1.1.2", "1.2.840.10008.5.1.4.1.1.4", "1.2.840.10008.5.1.4.1.1.1"])}]   # SOPClassUID`).nl();
  b.t(`(0002,0010) UI [${c.pick(["1.2.840.10008.1.2.4.70", "1.2.840.10008.1.2.1", "1.2.840.10008.1.2.4.90"])}]   # TransferSyntaxUID`).nl(2);
  b.t("Reconciled to local: "); nm(n, n.pt, "lf"); b.t("  MRN ").v(n.mrn, "MRN").t("  DOB ").v(fmtDate(n.dob, "mdy"), "DATE").t(` — ${c.int(1, 6)} series, ${c.int(40, 1800)} images; prefetch rule PF-${c.int(1, 20)}.`).nl();
  b.t("Imported by "); nm(n, admin, "il"); b.t(" (PACS admin) from workstation ").v(c.ipv4(), "IP").t(" on ").v(fmtDate(c.recent(), "mdy"), "DATE").nl();
};

/** OR implant and tissue log: REF/LOT/expiry (not gold) vs serials and tissue ids (gold), GS1 UDI with only the (21) serial gold. */
const implantLog: Style = (n) => {
  const { b, c } = n;
  const surgeon = other(n);
  const circ = other(n);
  b.t("IMPLANT / EXPLANT / TISSUE LOG — ").v(c.facility(c.pick(["Surgery Center", "Medical Center"])), "FACILITY").t(` — OR ${c.int(1, 14)}`).nl();
  b.t("Patient: "); nm(n, n.pt, "LF"); b.t("  MRN ").v(n.mrn, "MRN").t("  DOB ").v(fmtDate(n.dob, "mdy"), "DATE").t("  Case # ").v(`${c.letters(2)}-${c.int(25, 26)}-${c.digits(5)}`, "ID").nl();
  b.t("DOS: ").v(fmtDate(c.recent(), c.pick(["mdy", "dmonY"] as const)), "DATE").t("  Surgeon: "); staff(n, surgeon, [", MD", ", DO"]); b.t("  Circulator: "); nm(n, circ, "il"); b.t(", RN").nl(2);
  b.t("ITEM                          MFR          REF/CAT#       LOT        SN / TISSUE ID       EXP      QTY").nl();
  const rows = c.int(3, 5);
  for (let i = 0; i < rows; i++) {
    const r = c.int(0, 3);
    const exp = `${c.int(2027, 2031)}-${p2(c.int(1, 12))}`;
    if (r === 0) { b.t(`${"Tibial baseplate sz " + c.int(2, 8)}`.padEnd(30)).t(`${"Stryker".padEnd(13)}${`${c.digits(4)}-B-${c.int(100, 800)}`.padEnd(15)}${`${c.digits(5)}${c.letters(1)}`.padEnd(11)}${"—".padEnd(21)}${exp}  1`); }
    else if (r === 1) { b.t("Femoral component".padEnd(30)).t(`${"Zimmer".padEnd(13)}${`42-${c.digits(4)}-${c.digits(3)}-0${c.int(1, 9)}`.padEnd(15)}${c.digits(8).padEnd(11)}SN `).v(c.digits(9), "DEVICE").t(`${" ".repeat(9)}${exp}  1`); }
    else if (r === 2) { b.t("Allograft femoral head".padEnd(30)).t(`${"MTF".padEnd(13)}${`FH-${c.int(40, 60)}`.padEnd(15)}${"n/a".padEnd(11)}`).v(`${c.digits(4)}-${c.digits(4)}-${c.digits(3)}`, "ID").t(`${" ".repeat(8)}${exp}  1`); }
    else { b.t("IPG neurostimulator".padEnd(30)).t(`${"Abbott".padEnd(13)}${"3662".padEnd(15)}${"—".padEnd(11)}SN `).v(`${c.int(10, 99)}${c.digits(5)}`, "DEVICE").t(`${" ".repeat(11)}${exp}  1`); }
    b.nl();
  }
  const lot = `${c.digits(5)}${c.letters(1)}`;
  b.t(`UDI scanned: (01)0088${c.digits(10)}(17)${c.int(27, 31)}${p2(c.int(1, 12))}30(10)${lot}(21)`).v(c.digits(9), "DEVICE").nl();
  b.t(`Tissue received from bank at ${c.time()}, stored 2–8 °C, temperature log initials `).v(initials(circ), "NAME").t(`. Rinsed in bacitracin 50,000 U/L. Implant card given to patient; registry submission `).v(`AJ${c.digits(8)}`, "ID").t(".").nl();
  b.t(`Explanted: ${c.pick(["none", "prior tibial insert (discarded)", "old IPG returned to manufacturer, RMA " + c.digits(7)])}. Sponge/needle count correct x2.`).nl();
};

export const STYLES_B: Record<string, (n: Note11) => void> = {
  "blood-refusal-form": bloodRefusal,
  "healthkit-export": healthkitExport,
  "pers-activation-log": persLog,
  "mri-safety-screen": mriScreen,
  "pacs-cd-import": pacsImport,
  "implant-tissue-log": implantLog,
};
