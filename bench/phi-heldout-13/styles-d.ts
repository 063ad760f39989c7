/**
 * Eye-care styles of the thirteenth held-out corpus: Humphrey visual-field printout, retinal-camera diabetic
 * eye screen, contact-lens prescription, certification of legal blindness, and the cataract day worklist
 * (several patients).
 */
import * as L from "./lists";
import { address, age, clin, dt, fac, initials, nm, ocrNoise, other, ph, pickAge, staff, type Note13, type Style } from "./note";

function eyeClinic(n: Note13): string {
  const c = n.c;
  return c.pick([`${c.pick(L.FAC_STEMS)} Eye Associates`, `${c.town()} Vision Center`, `${c.pick(L.SURNAMES)} Eye Care`, `${c.pick(L.FAC_STEMS)} Retina Consultants`, `Eye Institute at ${c.hospital()}`]);
}

const hfaVisualField: Style = (n) => {
  const { b, c } = n;
  const sep = c.pick([": ", "  ", ":\t"]);
  b.t(`${c.pick(["Central 24-2 Threshold Test", "Central 10-2 Threshold Test", "Central 30-2 Threshold Test"])}\n`);
  b.t(`Eye${sep}${c.pick(["Right", "Left"])}\n`);
  b.t(`Patient${sep}`);
  nm(n, n.pt, c.pick(["LF", "lf", "fl"]));
  b.t(`\nPatient ID${sep}`).v(n.mrn, "MRN");
  const a = pickAge(n, 0.2);
  b.t(`\nDate of Birth${sep}`).v(c.fullDate(n.dob), "DATE");
  b.t(`   Age${sep}`);
  age(n, a);
  b.t(`\nFixation Monitor: Gaze/Blind Spot   Stimulus: III, White   Strategy: ${c.pick(["SITA Standard", "SITA Fast", "SITA Faster"])}\n`);
  b.t(`Fixation Losses: ${c.int(0, 6)}/${c.int(12, 18)}   False POS Errors: ${c.int(0, 15)}%   False NEG Errors: ${c.int(0, 12)}%\n`);
  b.t(`Test Duration: 0${c.int(3, 7)}:${String(c.int(0, 59)).padStart(2, "0")}   Fovea: ${c.int(30, 38)} dB\n`);
  b.t(`Pupil Diameter: ${c.int(2, 6)}.${c.int(0, 9)} mm   Visual Acuity: 20/${c.pick(["20", "25", "40", "70"])}   RX: ${c.pick(["+1.25 DS", "-2.50 DS -0.75 DC X 90", "+3.00 DS"])}\n`);
  b.t("Date: ");
  const d = c.recent();
  b.v(c.chance(0.5) ? `${String(d.m).padStart(2, "0")}-${String(d.d).padStart(2, "0")}-${d.y}` : c.fullDate(d), "DATE");
  b.t(`   Time: ${c.int(8, 16)}:${String(c.int(0, 59)).padStart(2, "0")} ${c.pick(["AM", "PM"])}\n`);
  b.t(`GHT: ${c.pick(["Outside normal limits", "Within normal limits", "Borderline"])}   VFI: ${c.int(40, 99)}%   MD: -${c.int(0, 20)}.${c.int(0, 99)} dB P < ${c.pick(["0.5", "1", "2"])}%   PSD: ${c.int(1, 12)}.${c.int(0, 99)} dB\n`);
  b.t(`${clin(n)}\n`);
  b.v(eyeClinic(n), "FACILITY").t(`   HFA ${c.pick(["II-i 750i", "3 860"])}  S/N `).v(`${c.int(750, 860)}-${c.digits(5)}`, "DEVICE");
  b.t("   Version ").t(`${c.int(4, 5)}.${c.int(0, 9)}`);
  b.t("\nReviewed: ");
  staff(n, other(n), [", MD", ", OD"]);
  b.t(" ");
  dt(n, c.after(d, c.int(0, 5)), true);
  b.nl();
};

const drRetinalScreen: Style = (n) => {
  const { b, c } = n;
  b.t(c.pick(["Diabetic Eye Exam (retinal imaging) — result\n", "AUTONOMOUS AI DIABETIC RETINOPATHY SCREENING\n", "Teleretinal screening report\n"]));
  b.t("Site: ");
  fac(n, c.clinic());
  b.t("   Operator: ");
  nm(n, other(n), c.pick(["fl", "il"]));
  b.t(c.pick([", MA", ", CMA", ", LPN"]));
  b.t("\nPatient: ");
  nm(n, n.pt, c.pick(["LF", "lf", "fml"]));
  b.t("  DOB ").v(c.fullDate(n.dob), "DATE").t("  MRN ").v(n.mrn, "MRN");
  b.t(`\nCamera: ${c.pick(["Topcon NW400", "Optomed Aurora", "Canon CR-2 AF", "Welch Allyn RetinaVue 700"])} S/N `).v(c.serial(), "DEVICE");
  b.t("\nCaptured ");
  const d = c.recent();
  dt(n, d);
  b.t(`  images: ${c.int(2, 4)} per eye, quality ${c.pick(["sufficient", "insufficient OS — dilated"])}\nExam ID `).v(c.uuid(), "ID");
  b.t(`\nAI output (${c.pick(["LumineticsCore", "EyeArt v2.2", "AEYE-DS"])}): ${c.pick(["more-than-mild DR detected — refer", "negative for mtmDR — rescreen 12 mo", "vision-threatening DR — urgent referral", "insufficient quality"])}\n`);
  b.t(`Last A1c ${c.int(6, 12)}.${c.int(0, 9)}% on `);
  dt(n, c.recent(), true);
  b.t(`; HEDIS EED ${c.pick(["closed", "open"])}; CPT ${c.pick(["92229", "92228", "92227"])}\n`);
  b.t("Referred to ");
  fac(n, eyeClinic(n));
  b.t(" — ");
  staff(n, other(n), [", MD", ", OD"]);
  b.t(" fax ");
  ph(n, c.phone(), "FAX");
  b.t("\nPatient portal link: ").v(`https://${c.pick(["mychart", "portal", "myhealth"])}.${c.pick(["bluestemhealth", "tricountyclinics", "sandhillmed"])}.org/dr/${c.hex(12)}`, "URL").nl();
};

const contactLensRx: Style = (n) => {
  const { b, c } = n;
  b.v(eyeClinic(n), "FACILITY");
  b.t("\n");
  address(n, { line1: c.street(), city: c.town(), state: c.state(), zip: c.zip() }, c.pick([", ", "\n"]));
  b.t(c.pick(["   Tel ", "\nPhone: "]));
  ph(n);
  b.t(c.pick(["\n\nCONTACT LENS PRESCRIPTION\n", "\n\nSoft Contact Lens Rx (FTC Contact Lens Rule)\n"]));
  b.t("Patient: ");
  nm(n, n.pt, c.pick(["fl", "lf", "fml"]));
  b.t("   DOB ").v(c.fullDate(n.dob), "DATE");
  b.t("\n      Brand                 BC    DIA    PWR     CYL    AXIS   ADD\n");
  const brand = c.pick(["Acuvue Oasys 1-Day", "Dailies Total1", "Biofinity Toric", "Air Optix plus HydraGlyde", "Precision1", "MyDay"]);
  for (const eye of ["OD", "OS"]) {
    b.t(`${eye}    ${brand.padEnd(22)}${c.pick(["8.4", "8.5", "8.6", "8.7"])}   ${c.pick(["14.0", "14.2", "14.5"])}   ${c.pick(["-", "+"])}${c.int(0, 8)}.${c.pick(["00", "25", "50", "75"])}   ${c.pick(["", "-0.75", "-1.25"])}   ${c.pick(["", "180", "090", "010"])}   ${c.pick(["", "MED", "HI"])}\n`);
  }
  b.t(`Wear: ${c.pick(["daily wear", "DW, replace 2 wk", "monthly, no overnight"])}. Solution: ${c.pick(["Clear Care", "Biotrue", "n/a"])}. ${clin(n)}\n`);
  b.t("Exam date ");
  const d = c.recent();
  dt(n, d);
  b.t("     Expiration date ");
  dt(n, { ...d, y: d.y + 1 });
  b.t("\nPrescriber: ");
  const dr = other(n);
  nm(n, dr, c.pick(["fl", "fml"]));
  b.t(", OD   License ").v(c.stateLic(), "LICENSE").t("   NPI ").v(c.npi(), "LICENSE");
  if (c.chance(0.5)) {
    b.t("\nVerification request from ");
    b.t(c.pick(["1-800 CONTACTS", "Warby Parker", "Costco Optical #", "LensDirect"]));
    if (b.text.endsWith("#")) b.t(String(c.int(100, 1300)));
    b.t(" rec'd ");
    dt(n, c.after(d, c.int(10, 200)), true);
    b.t(", ref ").v(`${c.letters(2)}${c.digits(8)}`, "ID");
  }
  b.nl();
};

const blindnessCert: Style = (n) => {
  const { b, c } = n;
  if (c.chance(0.35)) b.noise = ocrNoise(c);
  b.t(c.pick(["COMMISSION FOR THE BLIND — EYE REPORT / CERTIFICATION OF LEGAL BLINDNESS\n", "Services for the Blind & Visually Impaired — Eye Examination Report\n", "State Vocational Rehabilitation: report of eye examination\n"]));
  b.t("Applicant: ");
  nm(n, n.pt, c.pick(["LFM", "lf", "fl", "LF"]));
  b.t("   Case No. ").v(`${c.pick(["BVI", "VR", "SBVI"])}-${c.digits(6)}`, "ID");
  b.t("\nDate of birth ").v(c.fullDate(n.dob), "DATE").t("   SSN (last 4) ").v(c.digits(4), "SSN");
  b.t("\nResidence: ");
  address(n, n.addr, ", ");
  b.t("   County: ").v(c.county(), "LOCATION");
  b.t("\nCounselor: ");
  nm(n, other(n), c.pick(["fl", "il"]));
  b.t("  ");
  ph(n);
  b.t(`\n\n1. Best corrected acuity: OD 20/${c.pick(["200", "400", "CF 3 ft", "HM"])}  OS 20/${c.pick(["100", "200", "LP"])}\n`);
  b.t(`2. Visual field (Goldmann III4e): ${c.int(5, 40)} degrees widest diameter\n`);
  b.t(`3. Diagnosis: ${c.pick(["H35.3213 exudative AMD OU", "H40.1133 POAG severe OU", "H35.52 retinitis pigmentosa", "E11.3553 PDR with TRD"])}; onset `);
  dt(n, c.date(2010, 2025), true);
  b.t(`\n4. Prognosis: ${c.pick(["stable", "progressive", "guarded"])}; ${c.pick(L.DRUGS)} injections q${c.int(4, 12)}wk\n`);
  b.t(`5. Meets statutory blindness: ${c.pick(["YES", "NO", "Yes — field"])}   Low-vision referral to `);
  fac(n, `${c.pick(L.FAC_STEMS)} Low Vision Clinic`);
  b.t(`\n${clin(n)}\nExaminer: `);
  const dr = other(n);
  staff(n, dr, [", MD", ", OD", ", MD, FACS"]);
  b.t("  license ").v(c.stateLic(), "LICENSE");
  b.t("\nDate of exam ");
  dt(n);
  b.t("  Signature ");
  b.v(initials(dr), "NAME").nl();
};

const cataractWorklist: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  b.v(`${c.pick(L.FAC_STEMS)} ${c.pick(["Surgery Center", "Eye Surgery Center", "ASC"])}`, "FACILITY");
  b.t(" — OR 2 cataract list  ");
  const d = c.recent();
  dt(n, d);
  b.t("\nSurgeon ");
  staff(n, c.person(), [", MD"]);
  b.t("   Anesthesia ");
  nm(n, c.person(), "il");
  b.t(", CRNA\n\n");
  b.t("Time  Patient                     Age  MRN        Eye  IOL (model / power)        Ride\n");
  for (let i = 0, k = c.int(5, 9); i < k; i++) {
    b.t(`${7 + Math.floor(i / 2)}:${i % 2 ? "30" : "00"}  `);
    const p = c.person();
    nm(n, p, c.pick(["LF", "lf", "lfi"]));
    b.t("  ");
    age(n, c.chance(0.15) ? c.oldAge() : c.int(52, 89));
    b.t("  ").v(c.mrn(), "MRN");
    b.t(`  ${c.pick(["OD", "OS"])}  ${c.pick(["SN60WF", "ZCB00", "PanOptix TFNT00", "Vivity DFT015", "Tecnis Toric ZCT225", "enVista MX60"])} ${c.pick(["+", ""])}${c.int(14, 26)}.${c.pick(["0", "5"])} D  `);
    const r = c.int(0, 3);
    if (r === 0) { nm(n, c.person(), "f"); b.t(" "); ph(n); }
    else if (r === 1) b.t("MTM transport");
    else if (r === 2) { b.t("son "); nm(n, c.person(), "fl"); }
    else b.t(`${c.pick(["Flomax hx — IFIS risk", "Eliquis held", "pt 2nd eye"])}`);
    b.nl();
  }
  b.t(`\nLens lot and expiry on the implant log (not here). ${c.pick(L.EPONYMS)}. Post-op day 1 at `);
  fac(n, eyeClinic(n));
  b.t(" on ");
  dt(n, c.after(d, 1), true);
  b.nl();
};

export const STYLES_D: Record<string, Style> = {
  "hfa-visual-field": hfaVisualField,
  "dr-retinal-screen": drRetinalScreen,
  "contact-lens-rx": contactLensRx,
  "blindness-certification": blindnessCert,
  "cataract-day-worklist": cataractWorklist,
};
