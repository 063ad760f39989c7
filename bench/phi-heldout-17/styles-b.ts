/** Seventeenth corpus, styles B: bedside procedures, cath lab, brief op note, delivery, trauma, rapid response. */
import * as L from "./lists";
import { age, ageIntro, clin, dt, drName, fac, hhmm, nm, other, otherOf, pickAge, ph, pr, ptRef, relative, relPhrase, staff, town, type Style } from "./note";
import { ptHeader, signed } from "./parts";

/** Bedside procedure note (central line, thoracentesis, paracentesis, LP) with consent by a surrogate. */
const bedsideProcedure: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.3);
  const when = c.recent();
  const proc = c.pick(["Right IJ triple-lumen CVC", "Left thoracentesis", "Diagnostic/therapeutic paracentesis", "Lumbar puncture", "Arterial line, L radial", "Bedside bronchoscopy"]);
  b.t("PROCEDURE NOTE: ").t(proc).nl();
  ptHeader(n, a);
  b.t("Date/time: "); dt(n, when); b.t(` ${hhmm(c)}`).nl();
  b.t("Operator: "); staff(n, other(n)); b.t(c.chance(0.5) ? "; supervised by " : "; assisted by "); staff(n, other(n)); b.nl();
  b.t("Consent: ");
  if (c.chance(0.55)) { b.t("obtained by phone from "); const r = relative(n); relPhrase(n, r); b.t(` (${c.pick(["HCPOA", "surrogate", "legal guardian"])}) at `); ph(n); b.t(", witnessed by "); nm(n, other(n), c.pick(["fl", "il"])); b.t(" RN. "); }
  else { b.t("patient signed after discussion of risks incl. bleeding, infection, pneumothorax. "); }
  b.t("Universal protocol time-out performed at ").t(hhmm(c)).t(".").nl();
  b.t(`Description: ${c.pick(["Prepped with chlorhexidine, draped in sterile fashion", "Site marked under ultrasound", "Seldinger technique used"])}. ${c.pick(["Trendelenburg positioning.", "Allen test normal.", "1% lidocaine 5 mL."])} ${c.pick(["Removed 1.4 L straw-colored fluid", "Opening pressure 18 cm H2O", "Good blood return from all ports", "Removed 6 L ascites; albumin 25 g x2"])}. ${clin(n)}.`).nl();
  b.t(`EBL minimal. Complications: none. ${c.pick(["CXR: no PTX, tip at cavoatrial junction.", "Samples to lab: cell count, culture, cytology.", "Sterile dressing applied."])}`).nl();
  if (c.chance(0.4)) { b.t("Specimen accession ").v(`${c.pick(["FL", "CY", "MB"])}${c.int(25, 26)}-${c.digits(5)}`, "ID").t(".").nl(); }
  signed(n, other(n), when);
};

/** Cardiac catheterisation report: operators, referring doctor and clinic, closure device, implanted device serial. */
const cathLab: Style = (n) => {
  const { b, c } = n;
  const p = pr(n);
  const a = pickAge(n, 0.25);
  const when = c.recent();
  const hosp = c.hospital();
  b.t(c.pick(["CARDIAC CATHETERIZATION REPORT", "Cath Lab Procedure Report", "Left Heart Cath / PCI"])).nl();
  fac(n, hosp); b.t(" Cardiovascular Lab").nl();
  ptHeader(n, a);
  b.t("Procedure date: "); dt(n, when); b.t(` Case #`).v(`CL${c.int(25, 26)}${c.digits(5)}`, "ID").nl();
  const op = other(n);
  b.t("Primary operator: "); staff(n, op, [", MD", ", MD, FACC", ", DO"]); b.t("  Fellow: "); nm(n, other(n), "il"); b.t(", MD").nl();
  b.t("Referring: "); drName(n, other(n)); b.t(" of "); fac(n, c.pick(L.CLINICS)); b.t(", "); town(n); b.nl();
  b.t(`Indication: ${c.pick(["NSTEMI", "positive stress test", "inferior STEMI, code STEMI from ED", "cardiogenic shock"])}. `);
  ptRef(n); b.t(" is "); ageIntro(n, a); b.t(` transferred from `); fac(n, c.hospital()); b.t(` in `); town(n); b.t(` by ${c.pick(["Air Evac Lifeteam", "AMR", "ground ALS"])}.`).nl();
  b.t(`Findings: LM normal. LAD 90% mid; RCA 100% prox, ${c.pick(["TIMI 0", "TIMI 1", "left-to-right collaterals"])}. LVEDP ${c.int(8, 32)} mmHg. ${clin(n)}.`).nl();
  b.t(`Intervention: ${c.pick(["Synergy XD 3.0 x 24 mm", "Xience Skypoint 2.75 x 18", "Onyx Frontier 3.5 x 15"])} (lot ${c.letters(2)}${c.digits(6)}). Heparin ${c.int(4, 9)}000 units; Brilinta 180 mg load. Closure: ${c.pick(["Angio-Seal 6F", "TR band", "Perclose x2"])}.`).nl();
  if (c.chance(0.6)) { b.t(`Temporary pacer / Impella CP placed, console s/n `).v(c.serial(), "DEVICE").t("; pump s/n ").v(c.serial(), "DEVICE").t(".").nl(); }
  b.t(`Plan: DAPT x12 months. Discussed findings with ${p.pos} `); const r = relative(n); b.t(r.rel).t(" "); nm(n, r.p, "fl"); b.t(" in the family lounge.").nl();
  staff(n, op, [", MD"]); b.t("  NPI ").v(c.npi(), "LICENSE").nl();
};

/** Brief operative note written right after the case. */
const briefOp: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.2);
  const when = c.recent();
  b.t(c.pick(["Brief Op Note", "BRIEF OPERATIVE NOTE", "Immediate Post-Op Note"])).nl();
  if (c.chance(0.6)) ptHeader(n, a);
  else { nm(n, n.pt, "lf"); b.t(" / ").v(n.mrn, "MRN").t(" / "); age(n, a); b.t(` ${n.pt.sex}`).nl(); }
  b.t("Date: "); dt(n, when, c.chance(0.3)); b.nl();
  const proc = c.pick(["Laparoscopic cholecystectomy", "Ex-lap, Graham patch", "Hemiarthroplasty, left hip", "Open inguinal hernia repair (Lichtenstein)", "Sigmoid colectomy, Hartmann", "I&D R thigh abscess", "Kocher incision, open CCY"]);
  b.t(`Pre-op dx: ${c.pick(["acute cholecystitis", "perforated ulcer", "L femoral neck fx", "incarcerated hernia", "perforated diverticulitis"])}`).nl().t("Procedure: ").t(proc).nl();
  b.t("Surgeon: "); staff(n, other(n), [", MD", ", DO", ", MD FACS"]); b.nl().t("Assistant: "); staff(n, other(n), [", PA-C", ", MD (PGY-4)", ", RNFA"]); b.nl();
  b.t("Anesthesia: ").t(c.pick(["GETA", "spinal", "MAC"])).t(" - "); nm(n, other(n), c.pick(["fl", "il"])); b.t(c.pick([", CRNA", ", MD"])).nl();
  b.t(`EBL: ${c.int(5, 900)} mL  IVF: ${c.int(500, 3000)} mL  UOP: ${c.int(50, 800)} mL`).nl();
  b.t(`Findings: ${c.pick(["gangrenous GB", "1 cm pyloric perforation", "comminuted fx", "viable bowel"])}. Drains: ${c.pick(["19 Fr Blake", "Jackson-Pratt x1", "none"])}.`).nl();
  b.t(`Specimens: ${c.pick(["gallbladder", "femoral head", "sigmoid colon"])} to path, accession `).v(`S${c.int(25, 26)}-${c.digits(5)}`, "ID").nl();
  if (c.chance(0.4)) { b.t("Implants: stem s/n ").v(c.serial(), "DEVICE").t(`, REF ${c.digits(6)}-${c.int(10, 99)} (catalogue)`).nl(); }
  b.t("Dispo: PACU then ").t(c.pick(["floor", "SICU", "home"])).t(". Family ("); const r = relative(n); relPhrase(n, r, false); b.t(") updated in waiting area.").nl();
};

/** Vaginal delivery note: partner, infant's name, pediatrician, birth date and time. */
const deliveryNote: Style = (n) => {
  const { b, c } = n;
  n.pt = c.personOf("F");
  n.email = c.email(n.pt);
  const a = c.int(18, 44);
  n.dob = { ...n.dob, y: 2026 - a };
  const when = c.recent();
  b.t(c.pick(["DELIVERY NOTE", "Vaginal Delivery Note", "L&D Delivery Summary"])).nl();
  ptHeader(n, a);
  b.t(`${c.pick(["G2P1001", "G3P2002", "G1P0", "G5P3115"])} at ${c.int(34, 41)}w${c.int(0, 6)}d. `); nm(n, n.pt, c.pick(["f", "fl", "l"]));
  b.t(` delivered a viable ${c.pick(["female", "male"])} infant on `); dt(n, when); b.t(` at ${hhmm(c)}. Apgars ${c.int(6, 9)}/${c.int(8, 9)}, weight ${c.int(2100, 4400)} g.`).nl();
  const baby = c.person();
  baby.last = c.chance(0.6) ? n.pt.last : c.pick(L.SURNAMES);
  n.others.push(baby);
  b.t("Baby's name: "); nm(n, baby, c.pick(["fl", "f", "FL"])); b.t(". ");
  const fob = otherOf(n, "M");
  b.t(c.pick(["Father of baby ", "FOB ", "Partner "])); nm(n, fob, c.pick(["fl", "f"])); b.t(c.pick([" at bedside and cut the cord", " present", " on FaceTime"])).t(". ");
  if (c.chance(0.5)) { b.t("Doula "); nm(n, other(n), "fl"); b.t(" present. "); }
  b.nl();
  b.t(`${c.pick(["2nd degree laceration repaired with 3-0 Vicryl", "Intact perineum", "1st degree periurethral"])}. EBL ${c.int(150, 900)} mL; ${c.pick(["Pitocin 30 units", "TXA 1 g", "Methergine 0.2 mg IM"])}. Placenta delivered intact, 3VC.`).nl();
  b.t("Peds: "); drName(n, other(n)); b.t(" at "); fac(n, c.pick(["Lantern Hill Pediatrics", "Maplecrest Children's Clinic", "Kestrel Point Pediatrics"])); b.t(", first visit "); dt(n, c.plus(when, c.int(2, 5)), true); b.t(".").nl();
  b.t("Delivered by: "); staff(n, other(n), [", CNM", ", MD", ", DO"]); b.nl();
};

/** Trauma activation H&P: MVC on a named road, plates, trooper, unidentified patient matched by fingerprint. */
const traumaHp: Style = (n) => {
  const { b, c } = n;
  const p = pr(n);
  const a = pickAge(n, 0.1);
  const when = c.recent();
  b.t(c.pick(["TRAUMA ACTIVATION - LEVEL ", "Trauma H&P, Level "])).t(c.pick(["I", "II", "1", "2"])).nl();
  if (c.chance(0.3)) {
    b.t(`Arrived as "${c.pick(["Trauma", "Unknown", "Doe"])}, ${c.pick(["Zulu", "Tango", "Echo", "Quebec"])}" (alias MRN `).v(c.mrn(), "MRN").t("); identified ").t(c.pick(["by fingerprint match via State Patrol, template ", "via PatientSecure palm vein, id "])).v(`${c.letters(2)}${c.digits(9)}`, "BIOMETRIC").t(" as ");
    nm(n, n.pt, "fl"); b.t(", MRN ").v(n.mrn, "MRN").t(".").nl();
  } else ptHeader(n, a);
  b.t("Date: "); dt(n, when); b.t(` ${hhmm(c)}`).nl();
  b.t("HPI: "); ageIntro(n, a); b.t(` ${c.pick(["restrained driver", "unrestrained passenger", "motorcyclist, helmeted", "pedestrian struck"])} in a ${c.pick(["rollover", "head-on MVC", "T-bone", "single-vehicle MVC vs tree"])} on `).v(c.pick(L.ROADS), "ADDRESS").t(" near "); town(n); b.t(`, ${c.pick(["~45 mph", "highway speed", "prolonged extrication 25 min"])}. `);
  b.t(`Per ${c.pick(["Trooper", "Deputy", "Officer"])} `); nm(n, other(n), "l"); b.t(`, ${p.pos} vehicle (plate `).v(c.plate(), "VEHICLE");
  if (c.chance(0.5)) b.t(c.pick([", VIN ", "; VIN# "])).v(c.vin(), "VEHICLE");
  b.t(`) crossed the center line. GCS ${c.int(9, 15)} at scene per `).t(c.pick(["Medic 7", "Calder EMS 12", "LifeNet 3"])).t(".").nl();
  b.t(`Primary: A - patent. B - ${c.pick(["decreased BS L", "equal"])}. C - ${clin(n)}. D - GCS ${c.int(9, 15)}. E - ${c.pick(["seat-belt sign", "L femur deformity", "scalp lac 6 cm"])}.`).nl();
  b.t(`FAST ${c.pick(["negative", "positive RUQ"])}. ${clin(n)}. Tertiary survey by `); nm(n, other(n), "il"); b.t(", PA-C.").nl();
  b.t("Contacts: "); const r = relative(n); relPhrase(n, r, false); b.t(" notified by hospital police at "); ph(n); b.t(c.pick([" and en route from ", ", driving from "])); town(n); b.t(".").nl();
  b.t(`Imaging: pan-scan. Ortho (`); drName(n, other(n)); b.t(") and neurosurgery consulted.").nl();
  signed(n, other(n), when, [", MD", ", DO", ", MD FACS"]);
};

/** Rapid response team record in prose: who called, what was found, where the patient went. */
const rapidResponse: Style = (n) => {
  const { b, c } = n;
  const p = pr(n);
  const a = pickAge(n, 0.35);
  const when = c.recent();
  b.t(c.pick(["Rapid Response Team Note", "RAPID RESPONSE EVENT", "RRT/MET call documentation"])).nl();
  b.t("RRT event ").v(`RRT-${c.int(25, 26)}-${c.digits(4)}`, "ID").t("  Unit ").t(c.pick(["4W", "5N", "Tele 3", "Ortho 6"])).t(" Rm ").t(String(c.int(400, 699))).nl();
  ptHeader(n, a);
  b.t(`Called at ${hhmm(c)} on `); dt(n, when, c.chance(0.4)); b.t(" by primary RN "); nm(n, other(n), c.pick(["fl", "f", "il"])); b.t(` for ${c.pick(["acute mental status change", "SBP < 90", "RR 34", "new O2 requirement 6L", "staff worried"])}. `);
  ptRef(n); b.t(" is "); ageIntro(n, a); b.t(` admitted `); dt(n, c.plus(when, -c.int(1, 6)), true); b.t(` with ${c.pick(["pneumonia", "hip fracture", "cellulitis", "SBO"])}.`).nl();
  b.t(`Team: RRT RN `); nm(n, other(n), "fl"); b.t(", RT "); nm(n, other(n), c.pick(["f", "fl"])); b.t(", ICU resident "); drName(n, other(n)); b.t(".").nl();
  b.t(`Findings: ${clin(n)}; ${clin(n)}. ${c.pick(["Kussmaul breathing.", "Cheyne-Stokes respirations.", "Mottled knees."])}`).nl();
  b.t(`Interventions: ${c.pick(["NRB", "BiPAP", "2 L bolus", "narcan 0.4 mg IV"])}, ${c.pick(["ABG", "stat CXR", "blood cultures x2"])}.`).nl();
  b.t("Outcome: ").t(c.pick(["transferred to MICU bed ", "remained on unit, q1h vitals; bed ", "to step-down bed "])).t(String(c.int(1, 24))).t(". Attending "); drName(n, other(n)); b.t(" notified. ");
  const r = relative(n);
  b.t(`${p.Pos} `); b.t(r.rel).t(" "); nm(n, r.p, c.pick(["f", "fl"])); b.t(c.pick([" was at bedside", " was called at ", " updated at "]));
  if (!b.text.endsWith("bedside")) ph(n);
  b.t(".").nl();
};

export const STYLES_B: Record<string, Style> = {
  "bedside-procedure-note": bedsideProcedure,
  "cath-lab-report": cathLab,
  "brief-op-note": briefOp,
  "vaginal-delivery-note": deliveryNote,
  "trauma-activation-hp": traumaHp,
  "rapid-response-note": rapidResponse,
};
