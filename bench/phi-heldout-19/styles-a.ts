/**
 * Before surgery: clearance letters and requests, pre-admission testing, the anaesthesia phone screen, the CIED
 * perioperative prescription, the anticoagulation bridging calendar and a scheduling e-mail thread.
 */
import { monthName, weekday } from "./kit";
import * as L from "./lists";
import {
  address, age, clin, kin, dt, fac, her, hhmm, nm, ocrNoise, other, otherOf, ph, pickAge, ptHeader, sal, she, staff, town,
  type Note19, type Style,
} from "./note";

function surgeryDate(n: Note19) {
  return n.c.recent();
}

const surgicalClearanceLetter: Style = (n) => {
  const { b, c, pt } = n;
  const a = pickAge(n, 0.15);
  const pcp = other(n);
  const surgeon = other(n);
  const clinic = c.clinic();
  fac(n, c.chance(0.3) ? clinic.toUpperCase() : clinic); b.nl();
  const cl = { line1: c.street(), city: c.town(), state: c.state(), zip: c.zip() };
  address(n, cl); b.nl().t("Tel ").v(c.phone(), "PHONE").t(c.pick(["   Fax ", " | fax: ", "\nFAX "])).v(c.phone(), "FAX").nl(2);
  const sx = surgeryDate(n);
  const seen = c.shift(sx, -c.int(6, 25));
  dt(n, c.shift(seen, c.int(0, 4))); b.nl(2);
  b.t("Dr. "); nm(n, surgeon, "fl"); b.nl(); fac(n, c.chance(0.5) ? c.asc() : c.hospital()); b.nl(2);
  b.t(c.pick(["RE: Preoperative medical evaluation - ", "Re: Surgical clearance for ", "RE: "])); nm(n, pt, c.pick(["fl", "fml", "LF"] as const));
  const paren = c.chance(0.5);
  b.t(paren ? " (DOB " : c.pick([", DOB: ", " - born "])).v(c.fullDate(n.dob), "DATE").t(paren ? ")" : "").nl(2);
  b.t("Dear Dr. "); nm(n, surgeon, "l"); b.t(",\n\n");
  b.t(`I saw ${sal(pt)} `); nm(n, pt, "l"); b.t(" in the office on ").v(c.partialDate(seen), "DATE");
  b.t(` ahead of the planned ${c.pick(L.PROCEDURES)} with you on `).v(c.fullDate(sx), "DATE").t(". ");
  b.t(`${she(pt)[0]!.toUpperCase()}${she(pt).slice(1)} is a${a >= 80 && a < 90 ? "n" : ""} `); age(n, a, c.chance(0.5)); b.t(`-year-old with ${c.pick(["HTN, HLD and stable CAD (stent 2018)", "T2DM, OSA on CPAP and CKD 3a", "AF on anticoagulation and HFpEF", "COPD (GOLD 2) and prior DVT"])}. `);
  b.t(`Exam today: BP ${c.int(104, 168)}/${c.int(58, 96)}, HR ${c.int(52, 98)}, ${c.pick(["lungs clear", "2/6 SEM at RUSB", "trace edema"])}. RCRI ${c.int(0, 3)}; ${c.pick(["can climb two flights of stairs", "walks a mile with the dog daily", "DASI estimated > 4 METs", "limited by knee pain but does yard work"])}. ECG: ${c.pick(["NSR, no acute change", "rate-controlled AF", "old RBBB"])}.\n\n`);
  const sp = otherOf(n, pt.sex === "F" ? "M" : "F");
  b.t(`${she(pt)[0]!.toUpperCase()}${she(pt).slice(1)} lives in `); town(n); b.t(` with ${her(pt)} ${pt.sex === "F" ? "husband" : "wife"} `); nm(n, sp, "f"); b.t(", who will stay with " + (pt.sex === "F" ? "her" : "him") + " after discharge. ");
  b.t(`Hold ${c.pick(["Eliquis", "Xarelto", "Jardiance", "Farxiga", "Ozempic", "Mounjaro"])} as per the attached protocol; continue ${c.pick(L.DRUGS)}.\n\n`);
  b.t(`From a medical standpoint ${she(pt)} is at ${c.pick(["acceptable", "low", "intermediate but acceptable"])} risk for the planned procedure. Please call with questions.\n\nSincerely,\n\n`);
  staff(n, pcp, [", MD", ", DO", ", MD FACP"]); b.nl().t("NPI ").v(c.npi(), "LICENSE").nl();
  if (c.chance(0.4)) { b.t("cc: "); fac(n, c.clinic()); b.nl(); }
};

const clearanceRequestFax: Style = (n) => {
  const { b, c, pt } = n;
  const ocr = c.chance(0.4);
  if (ocr) b.noise = ocrNoise(c);
  const surgeon = other(n);
  const sched = otherOf(n, "F");
  const cardio = other(n);
  const practice = `${c.pick(L.FAC_STEMS)} ${c.pick(["Orthopaedic Surgery", "General & Bariatric Surgery", "Urology", "Spine Center"])}`;
  b.t("*** SURGICAL CLEARANCE REQUEST ***").nl(2);
  b.t("TO: Dr. "); nm(n, cardio, c.pick(["fl", "l"] as const)); b.t("  / "); fac(n, c.clinic()); b.nl().t("FAX: ").v(c.phone(), "FAX").nl();
  b.t("FROM: "); fac(n, practice); b.t(" -- surgery scheduler "); nm(n, sched, c.pick(["fl", "f"] as const)); b.nl().t("PH: ").v(c.phone(), "PHONE");
  b.t(c.pick([" ext ", " x"])).t(String(c.int(200, 499))).t("   RETURN FAX: ").v(c.phone(), "FAX").nl(2);
  b.t("Patient: "); nm(n, pt, c.pick(["LF", "lf", "fl"] as const)); b.t("   DOB: ").v(c.fullDate(n.dob), "DATE").nl();
  b.t("Home/cell: "); ph(n, n.phone); b.nl();
  const sx = surgeryDate(n);
  b.t(`Procedure: ${c.pick(L.PROCEDURES)} (CPT ${c.pick(L.CPT)})   Anesthesia: ${c.pick(["general", "spinal + MAC", "regional block + GA"])}`).nl();
  b.t("Surgeon: Dr. "); nm(n, surgeon, "l"); b.t("   Date of surgery: ").v(c.fullDate(sx), "DATE").t(" at "); fac(n, c.chance(0.5) ? c.hospital() : c.asc()); b.nl(2);
  b.t("Please evaluate and fax clearance by ").v(c.partialDate(c.shift(sx, -c.int(3, 7))), "DATE").t(`. Patient takes ${c.pick(["Eliquis 5 mg BID", "Plavix 75 mg", "Brilinta 90 mg BID", "warfarin (INR goal 2-3)"])}; please advise on holding.`).nl();
  b.t("Last seen by your office: ").v(c.partialDate(c.recent()), "DATE").t(c.pick([" (per pt)", "", " ?"])).nl(2);
  b.t("[ ] Cleared    [ ] Cleared with recommendations    [ ] Not cleared - needs further testing\n\nSignature ______________________  Date ________\n");
  if (c.chance(0.5)) b.t(`\nPage 1 of ${c.int(2, 5)} -- CONFIDENTIAL health information. If received in error call `).v(c.phone(), "PHONE").t(".\n");
  b.noise = null;
};

const patNurseNote: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.1);
  const surgeon = other(n);
  const kid = otherOf(n, c.chance(0.5) ? "F" : "M");
  const hosp = c.hospital();
  const sx = surgeryDate(n);
  b.t(c.pick(["PRE-ADMISSION TESTING - RN NOTE", "PAT Nursing Assessment", "Pre-Admission Testing Visit"])).nl();
  ptHeader(n); b.nl();
  b.t("Pt seen in PAT at "); fac(n, hosp); b.t(" on ").v(c.fullDate(c.shift(sx, -c.int(2, 14))), "DATE").t(` for ${c.pick(L.PROCEDURES)} scheduled `).v(c.partialDate(sx), "DATE").t(" with Dr. "); nm(n, surgeon, "l"); b.t(". ");
  b.t("Age "); age(n, a); b.t(`. Accompanied by ${kid.sex === "F" ? "daughter" : "son"} `); nm(n, kid, c.pick(["f", "fl"] as const)); b.t(".\n");
  b.t(`Labs drawn: CBC, BMP, PT/INR, type & screen - blood bank armband # `).v(`${c.letters(1)}${c.digits(6)}`, "ID").t(` (valid 72 h). ECG done. ${clin(n)}.\n`);
  b.t(`CHG wash reviewed x2 nights, teach-back ok. NPO after midnight, clear liquids until ${c.pick(["0430", "04:30", "3 hrs before arrival", "0530"])}. `);
  b.t("Arrive ").v(c.partialDate(sx), "DATE").t(` at 0${c.int(5, 7)}${c.pick(["00", "15", "30", "45"])} to the main entrance, `).v(c.street(), "ADDRESS").t(".\n");
  b.t("Ride home: "); nm(n, kid, "f"); b.t(", cell "); ph(n); b.t(`. Lives at home `);
  if (c.chance(0.5)) { b.t("at "); address(n, n.addr); } else { b.t("in "); b.v(n.addr.city, "LOCATION"); }
  b.t(` with ${c.pick(["a cat", "spouse", "no one - daughter to stay 3 nights", "grandson"])}.\n`);
  b.t("Preferred pharmacy: "); if (c.chance(0.5)) { fac(n, c.pharmacy()); b.t(", "); town(n); } else b.t(`Walgreens #${c.int(1000, 19999)}`); b.nl();
  b.t("RN: "); staff(n, other(n), [", RN", " RN", ", BSN, RN"]); b.nl();
};

const preopPhoneScreen: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.15);
  const sx = surgeryDate(n);
  const hcp = other(n);
  b.t("Anesthesia pre-procedure telephone screen").nl();
  b.t("Call ").v(c.fullDate(c.shift(sx, -c.int(1, 6))), "DATE").t(` ${hhmm(c)} - outbound to `).v(n.phone, "PHONE").nl();
  b.t("Spoke with pt; 2 identifiers verified (name + DOB ").v(c.fullDate(n.dob), "DATE").t(").\n");
  b.t("Q: Age/ht/wt?  A: "); age(n, a); b.t(` y, ${c.int(58, 75)} in, ${c.int(98, 330)} lb, BMI ${c.int(19, 52)}\n`);
  if (c.chance(0.3)) b.t("Q: GLP-1 agonist?  A: none\n");
  else b.t(`Q: GLP-1 agonist?  A: ${c.pick(["Mounjaro weekly", "Ozempic 1 mg weekly", "Wegovy", "Zepbound"])} - last dose `).v(c.partialDate(c.shift(sx, -c.int(3, 9))), "DATE").t(". Instructed to hold one week prior.\n");
  b.t("Q: Sleep apnea?  A: ");
  if (c.chance(0.6)) b.t(`yes, ${c.pick(["ResMed AirSense 11", "Philips DreamStation 2", "ResMed AirMini"])} - bring machine (sn `).v(c.serial(), "DEVICE").t(")\n");
  else b.t(`no; STOP-BANG ${c.int(0, 8)}\n`);
  b.t("Q: Prior anesthesia problems?  A: ");
  b.t(`PONV after surgery at `); fac(n, c.hospital()); b.t(" in "); town(n); b.t(` in ${c.int(1990, 2023)}; ${c.pick(["mother had malignant hyperthermia scare", "no family hx MH", "hard to wake up per pt"])}.\n`);
  b.t("Q: HCPOA?  A: "); nm(n, hcp, "fl"); b.t(` (${kin(n, hcp, ["daughter-in-law", "niece", "friend", "partner"], ["son-in-law", "nephew", "friend", "partner"])}) `); ph(n); b.nl();
  b.t(`Meds reviewed: ${c.pick(L.DRUGS)}, ${c.pick(L.DRUGS)}, ${c.pick(L.DRUGS)}. Apfel ${c.int(0, 4)}.\n`);
  b.t("Screened by "); nm(n, other(n), "il"); b.t(c.pick([", RN", " RN", ", RN (PAT)"])).nl();
};

const ciedPeriopForm: Style = (n) => {
  const { b, c } = n;
  const rep = other(n);
  const ep = other(n);
  const vendor = c.pick(["Medtronic", "Boston Scientific", "Abbott", "Biotronik"]);
  const sx = surgeryDate(n);
  b.t("PERIOPERATIVE CIED PRESCRIPTION (device clinic to surgical team)").nl();
  ptHeader(n);
  b.t(`Device: ${vendor} ${c.pick(["Azure XT DR", "Accolade MRI", "Assurity MRI", "Evera MRI XT VR", "Edora 8 DR-T"])}  Serial: `).v(c.serial(), "DEVICE").t("  Implanted ").v(c.fullDate(c.date(2012, 2024)), "DATE").nl();
  b.t(`RA lead ${c.pick(["5076-52", "4470", "LPA1200M"])} SN `).v(c.serial(), "DEVICE").t(`   RV lead ${c.pick(["6935M-62", "7742", "LPA1200M"])} SN `).v(c.serial(), "DEVICE").nl();
  b.t(`Pacer dependent: ${c.pick(["YES", "No", "no - underlying rhythm 50s"])}. Last interrogation `).v(c.partialDate(c.recent()), "DATE").t(`: battery ${c.int(2, 11)} yrs.\n`);
  b.t(`Procedure: ${c.pick(L.PROCEDURES)} on `).v(c.fullDate(sx), "DATE").t(" at "); fac(n, c.hospital()); b.t(", monopolar above the umbilicus: " + c.pick(["yes", "no"]) + ".\n");
  b.t(`Recommendation: ${c.pick(["magnet over device for duration of cautery", "reprogram to DOO 80 by rep pre-op, restore in PACU", "suspend tachy therapies; external pads on"])}.\n`);
  b.t(`${vendor} rep `); nm(n, rep, "fl"); b.t(" will attend - cell "); ph(n); b.nl();
  b.t("EP: "); staff(n, ep, [", MD", ", MD FHRS"]); b.t("  Valid through ").v(c.fullDate(c.shift(sx, 30)), "DATE").nl();
};

const anticoagBridgingPlan: Style = (n) => {
  const { b, c, pt } = n;
  const pharm = other(n);
  const sx = surgeryDate(n);
  const clinic = `${c.pick(L.FAC_STEMS)} Anticoagulation Clinic`;
  fac(n, clinic); b.nl().t("Phone ").v(c.phone(), "PHONE").nl(2);
  b.t("Dear "); nm(n, pt, c.pick(["f", "fl"] as const)); b.t(",\n\n");
  b.t(`Your ${c.pick(L.PROCEDURES)} is on `); b.v(`${weekday(sx)}, ${monthName(sx.m)} ${sx.d}`, "DATE").t(". Here is your plan for warfarin and Lovenox:\n\n");
  const steps: [number, string][] = [[-6, "LAST dose of warfarin (Coumadin)"], [-4, "START Lovenox 1 mg/kg (100 mg) shot every 12 hours"], [-1, "Lovenox morning dose ONLY - no evening dose"], [0, "SURGERY - no Lovenox, no warfarin"], [1, "Restart warfarin usual dose in the evening if the surgeon okays"], [2, "Restart Lovenox 100 mg every 12 hours"]];
  for (const [off, what] of steps) {
    const x = c.shift(sx, off);
    const f = c.int(0, 2);
    if (f === 0) b.t("  ").v(`${weekday(x).slice(0, 3)} ${x.m}/${x.d}`, "DATE");
    else if (f === 1) b.t("  ").v(`${monthName(x.m)} ${x.d}`, "DATE");
    else b.t("  ").v(`${weekday(x)} ${x.m}/${x.d}`, "DATE");
    b.t(` - ${what}\n`);
  }
  b.t(`\nINR check on `).v(c.partialDate(c.shift(sx, 5)), "DATE").t(` at the ${c.pick(["Lab on 2nd floor", "clinic", "Labcorp draw site"])}. Goal INR 2.0-3.0 (mechanical valve: 2.5-3.5). Last INR ${c.int(1, 3)}.${c.int(0, 9)}.\n`);
  if (c.chance(0.5)) { b.t("Your helper "); nm(n, other(n), "f"); b.t(" was shown how to give the shot.\n"); }
  b.t("\nQuestions: call ");
  nm(n, pharm, "fl"); b.t(c.pick([", PharmD, CACP", ", RPh", " (clinical pharmacist)"])).t(" at ").v(c.phone(), "PHONE").nl();
};

const surgicalSchedulingEmail: Style = (n) => {
  const { b, c, pt } = n;
  const sched = other(n);
  const orSched = other(n);
  const surgeon = other(n);
  const sx = surgeryDate(n);
  const org = c.pick(["pvortho.org", "sabrsurg.com", "northfieldhealth.org", "bayviewsurgical.net"]);
  const hosp = c.pick(["lakeshorehealth.org", "mercycrossing.org", "threeriversmc.org"]);
  b.t("From: "); nm(n, sched, "fl"); b.t(" <").v(c.workEmail(sched, org), "EMAIL").t(">\nTo: OR Scheduling <").v(`${c.pick(["orscheduling", "surgical.scheduling", "periop-booking"])}@${hosp}`, "EMAIL").t(">\nSent: ");
  b.v(c.fullDate(c.shift(sx, -c.int(3, 21))), "DATE").t(` ${c.int(7, 17)}:${String(c.int(0, 59)).padStart(2, "0")}\n`);
  b.t("Subject: booking - "); nm(n, pt, c.pick(["LF", "lf", "l"] as const)); b.t(" - ").v(`${sx.m}/${sx.d}`, "DATE").t(" - Dr "); nm(n, surgeon, "l"); b.nl(2);
  b.t("Hi team,\n\nPlease book the following for Dr. "); nm(n, surgeon, "l"); b.t("'s block:\n\n");
  b.t("Name: "); nm(n, pt, "fml"); b.t("\nDOB: ").v(c.fullDate(n.dob), "DATE").t("\nMRN: ").v(n.mrn, "MRN").t("\nPhone: ").v(n.phone, "PHONE").nl();
  b.t(`Ins: ${c.pick(L.PAYERS)}, ID `).v(c.member(), "HEALTH_PLAN").t(", group ").v(c.group(), "HEALTH_PLAN").t(", auth ").v(`${c.letters(1)}${c.digits(9)}`, "ID").t(" approved thru ").v(c.partialDate(c.shift(sx, 60)), "DATE").nl();
  b.t(`Procedure: ${c.pick(L.PROCEDURES)}, CPT ${c.pick(L.CPT)}, ${c.pick(["90", "120", "150", "75"])} min, ${c.pick(["23-hr obs", "outpatient", "inpatient"])}\n`);
  b.t(`Needs: ${c.pick(L.VENDORS)} loaner set, C-arm, ${c.pick(["Bair Hugger", "fluoro", "cell saver"])}.\n`);
  const sp = other(n);
  b.t("Pt's ").t(kin(n, sp, ["wife", "partner", "daughter"], ["husband", "partner", "son"])).t(" "); nm(n, sp, "f"); b.t(" prefers calls at "); ph(n); b.t(".\n\nThanks,\n"); nm(n, sched, "f"); b.nl().v(c.phone(), "PHONE").t(" | fax ").v(c.phone(), "FAX").nl(2);
  b.t("---- reply ----\nFrom: "); nm(n, orSched, "fl"); b.t(" <").v(c.workEmail(orSched, hosp), "EMAIL").t(">\n");
  b.t("Booked ").v(c.partialDate(sx), "DATE").t(`, OR ${c.int(1, 14)}, ${c.pick(["0730 start", "2nd case", "to follow"])}. Case # `).v(`${c.int(10, 99)}-${c.digits(6)}`, "ID").t(". PAT will call "); nm(n, pt, "l"); b.t(". -"); nm(n, orSched, "f"); b.nl();
};

export const STYLES_A: Record<string, Style> = {
  "surgical-clearance-letter": surgicalClearanceLetter,
  "clearance-request-fax": clearanceRequestFax,
  "pat-nurse-note": patNurseNote,
  "preop-phone-screen": preopPhoneScreen,
  "cied-periop-form": ciedPeriopForm,
  "anticoag-bridging-plan": anticoagBridgingPlan,
  "surgical-scheduling-email": surgicalSchedulingEmail,
};
