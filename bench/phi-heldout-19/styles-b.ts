/**
 * The day of surgery: site marking and time-out, anaesthesia consent through an interpreter, the intra-operative
 * anaesthesia record, the OR nursing record with counts and implants, the PACU handoff, ASC discharge criteria and
 * an operative dictation with speech-recognition errors.
 */
import { fmtDate, monthName, ord } from "./kit";
import * as L from "./lists";
import { age, clin, kin, fac, her, hhmm, initials, nm, other, otherOf, ph, pickAge, ptHeader, staff, town, type Style } from "./note";

const box = (on: boolean) => (on ? "[x]" : "[ ]");

const siteMarkingChecklist: Style = (n) => {
  const { b, c, pt } = n;
  const surgeon = other(n);
  const circ = other(n);
  const anes = other(n);
  const scrub = other(n);
  const side = c.pick(["LEFT", "RIGHT", "Left", "Right"]);
  b.t(c.pick(["UNIVERSAL PROTOCOL / SITE MARKING & TIME-OUT", "Pre-Procedure Verification Checklist", "SURGICAL SAFETY CHECKLIST (sign-in / time-out / sign-out)"])).nl();
  fac(n, c.chance(0.5) ? c.hospital() : c.asc()); b.t("   Date: ").v(c.fullDate(c.recent()), "DATE").nl();
  ptHeader(n);
  b.t(`${box(true)} Patient states name and DOB: "`); nm(n, pt, "fl"); b.t(", ").v(c.fullDate(n.dob), "DATE").t('"\n');
  b.t(`${box(true)} Consent matches schedule: ${side.toLowerCase()} ${c.pick(["knee", "hip", "shoulder", "inguinal hernia", "wrist", "breast"])}\n`);
  b.t(`${box(true)} Site marked by surgeon with initials "`).v(initials(surgeon), "NAME").t(`" at ${hhmm(c)}; mark visible after prep\n`);
  const kid = other(n);
  b.t(`${box(c.chance(0.7))} Family present at marking: `); nm(n, kid, c.pick(["f", "fl"] as const)); b.t(` (${kin(n, kid, ["daughter", "niece", "partner"], ["son", "grandson", "partner"])})\n`);
  b.t(`${box(true)} Allergies: ${c.pick(["NKDA", "PCN (rash)", "sulfa, latex", "iodine contrast"])}   ${box(true)} Abx: Ancef 2 g at ${hhmm(c, false)}\n`);
  b.t(`${box(true)} Implants/equipment available: ${c.pick(L.VENDORS)} tray, ${c.pick(L.INSTRUMENT_EPONYMS)}\n`);
  b.t(`TIME-OUT ${hhmm(c)} - all in agreement. Laterality: ${side}.\n`);
  b.t("Surgeon: Dr. "); nm(n, surgeon, "l"); b.t("  Anesthesia: "); staff(n, anes, [", MD", ", CRNA", " CRNA"]); b.nl();
  b.t("Circulator: "); nm(n, circ, c.pick(["fl", "il"] as const)); b.t(" RN   Scrub: "); nm(n, scrub, c.pick(["fl", "f", "il"] as const)); b.t(c.pick([" CST", " ST", ""])).nl();
};

const anesthesiaConsentInterpreter: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.25);
  const interp = other(n);
  const witness = other(n);
  const anes = other(n);
  const dtx = c.recent();
  const lang = c.pick(["Spanish", "Vietnamese", "Somali", "Hmong", "Russian", "Haitian Creole", "Arabic", "Karen"]);
  b.t("CONSENT FOR ANESTHESIA SERVICES").nl();
  ptHeader(n);
  b.t(`Planned: ${c.pick(["general anesthesia", "spinal with sedation", "peripheral nerve block with MAC", "general, possible arterial line"])} for ${c.pick(L.PROCEDURES)}.\n`);
  b.t(`Risks discussed incl. sore throat, dental injury, PONV, awareness, nerve injury, aspiration, death. Questions answered.\n`);
  b.t(`Preferred language ${lang}; interpreted by `); nm(n, interp, "fl"); b.t(", interpreter ID ").v(`${c.int(100, 999)}${c.digits(3)}`, "ID").t(` via ${c.pick(["LanguageLine", "Cyracom", "Propio", "in-person staff interpreter"])}.\n`);
  if (a >= 90 || c.chance(0.4)) {
    const hcp = other(n);
    b.t("Patient is "); age(n, a, c.chance(0.5)); b.t(` and ${c.pick(["lacks capacity per attending", "hard of hearing, agrees with plan", "has dementia"])}; consent obtained by phone from `); nm(n, hcp, "fl");
    b.t(` (${kin(n, hcp, ["HCPOA", "daughter, HCPOA", "court-appointed guardian"], ["HCPOA", "son, HCPOA", "court-appointed guardian"])}) at `); ph(n); b.t(" on ").v(c.fullDate(dtx), "DATE").t(` ${hhmm(c, false)}, two-RN verification.\n`);
  } else b.t(`Patient, age ${a}, signed below on `).v(fmtDate(dtx, c.pick(["m/d/yyyy", "mdy", "abbr"] as const)), "DATE").t(".\n");
  b.t("Witness: "); nm(n, witness, c.pick(["fl", "il"] as const)); b.t(", RN\nAnesthesiologist: "); staff(n, anes, [", MD", ", DO"]); b.t(`   ASA ${c.pick(["II", "III", "IV"])}\n`);
};

const intraopAnesthesiaRecord: Style = (n) => {
  const { b, c, pt } = n;
  const a = pickAge(n, 0.12);
  const mda = other(n);
  const crna = other(n);
  const relief = other(n);
  const dos = c.recent();
  b.t(`INTRAOPERATIVE ANESTHESIA RECORD        DOS `).v(fmtDate(dos, c.pick(["mdy", "m/d/yy", "ddMONyyyy", "iso"] as const)), "DATE").t("\n");
  b.t("Pt: "); nm(n, pt, c.pick(["LF", "lf"] as const)); b.t("  MRN ").v(n.mrn, "MRN").t("  FIN ").v(c.fin(), "ACCOUNT");
  b.t("  Age "); age(n, a); b.t(pt.sex).nl();
  b.t(`Procedure: ${c.pick(L.PROCEDURES)}   ASA ${c.pick(["2", "3", "3E", "4"])}   Wt ${c.int(45, 150)} kg\n`);
  b.t("Attending: "); nm(n, mda, c.pick(["lf", "fl"] as const)); b.t(", MD   CRNA: "); nm(n, crna, c.pick(["il", "fl"] as const)); b.nl();
  b.t(`Machine: ${c.pick(["Draeger Perseus A500", "GE Aisys CS2", "Mindray A7"])} s/n `).v(c.serial(), "DEVICE").t(" - checkout passed\n");
  b.t("TIME   EVENT / DRUG                      BP       HR  SpO2 EtCO2\n");
  const t0 = c.int(7, 12) * 60 + c.int(0, 50);
  const ev = ["Anesthesia start", "Propofol 150 mg, fentanyl 100 mcg", "Rocuronium 50 mg; ETT 7.0 grade I (Cormack-Lehane 1)", "Incision", "Ancef 2 g redosed", "Decadron 4 mg, Zofran 4 mg", "Bridion 200 mg", "Extubated, to PACU"];
  let t = t0;
  ev.forEach((e, i) => {
    t += i === 0 ? 0 : c.int(4, 35);
    b.t(`${String(Math.floor(t / 60) % 24).padStart(2, "0")}${String(t % 60).padStart(2, "0")}   ${e.padEnd(34)} ${c.int(90, 160)}/${c.int(50, 90)}   ${c.int(55, 100)}  ${c.int(94, 100)}  ${c.int(30, 42)}\n`);
    if (i === 4) { b.t(`       Relief break: `); nm(n, relief, c.pick(["il", "fl", "l"] as const)); b.t(` CRNA ${hhmm(c, false)}-${hhmm(c, false)}, report given\n`); }
  });
  b.t(`EBL ${c.int(5, 600)} mL  UOP ${c.int(0, 800)} mL  LR ${c.int(500, 2500)} mL. ${clin(n)}.\n`);
  b.t("Signed "); nm(n, mda, "il"); b.t(" MD ").v(c.partialDate(dos), "DATE").t(` ${hhmm(c)}\n`);
};

const orNursingRecord: Style = (n) => {
  const { b, c } = n;
  const circ = other(n);
  const scrub = other(n);
  const relief = other(n);
  const surgeon = other(n);
  const dos = c.recent();
  b.t("PERIOPERATIVE NURSING RECORD - INTRAOP").nl();
  fac(n, c.chance(0.5) ? c.hospital() : c.asc()); b.t(`  OR ${c.int(1, 16)}  `).v(c.fullDate(dos), "DATE").nl();
  ptHeader(n);
  b.t("Surgeon: "); staff(n, surgeon, [", MD", ", DO"]); b.nl();
  b.t(`Position: ${c.pick(["supine, arms out", "lateral decubitus, left side up", "beach chair", "lithotomy", "prone on Jackson table"])}; ${c.pick(["Trendelenburg", "reverse Trendelenburg", "flat"])}. Safety strap. Pressure points padded.\n`);
  b.t(`ESU ${c.pick(["Valleylab FT10", "ConMed System 5000", "Erbe VIO 3"])} SN `).v(c.serial(), "DEVICE").t(`, return pad R thigh; skin intact post. Tourniquet ${c.pick(["250 mmHg x 62 min", "not used", "300 mmHg x 41 min"])}.\n`);
  b.t("COUNTS        sponge  sharps  instr   RN / scrub\n");
  for (const k of ["Initial", "Closing", "Final"]) {
    b.t(`${k.padEnd(14)}${c.pick(["correct", "correct", "corr."])}  ${"correct "}${"correct "}`);
    nm(n, c.chance(0.3) && k === "Final" ? relief : circ, "il"); b.t(" / "); nm(n, scrub, "il"); b.nl();
  }
  b.t("IMPLANTS\n");
  for (let i = 0; i < c.int(1, 3); i++) {
    b.t(`  ${c.pick(L.VENDORS)} ${c.pick(["tibial tray sz 5", "femoral comp sz 6 L", "poly insert 10 mm", "mesh 15x15 cm", "6.5 mm screw x 40"])} REF ${c.digits(4)}-${c.digits(2)}-${c.digits(3)} LOT ${c.letters(1)}${c.digits(6)} SN `).v(c.serial(), "DEVICE").nl();
  }
  b.t(`Specimen: ${c.pick(["gallbladder", "right thyroid lobe", "lipoma", "hernia sac"])} to path, formalin, labeled with 2 identifiers.\n`);
  const fam = other(n);
  b.t("Family update: "); nm(n, fam, c.pick(["f", "fl"] as const)); b.t(` (${kin(n, fam, ["wife", "mother", "daughter"], ["husband", "son", "father"])}) updated in family lounge by `); nm(n, circ, "f"); b.t(` RN at ${hhmm(c, false)}.\n`);
  b.t("Relief: "); nm(n, relief, "fl"); b.t(` RN ${hhmm(c)} to ${hhmm(c)}. Circulator `); nm(n, circ, "fl"); b.t(", RN\n");
};

const pacuHandoff: Style = (n) => {
  const { b, c, pt } = n;
  const a = pickAge(n, 0.15);
  const crna = other(n);
  const rn = other(n);
  const surgeon = other(n);
  const fam = otherOf(n, c.chance(0.5) ? "F" : "M");
  b.t(`PACU HANDOFF ${hhmm(c)} `).v(c.partialDate(c.recent()), "DATE").nl();
  b.t("Report from "); nm(n, crna, c.pick(["fl", "il"] as const)); b.t(" CRNA to "); nm(n, rn, c.pick(["f", "fl"] as const)); b.t(" RN at bay " + c.int(1, 24) + ".\n");
  b.t("I: "); nm(n, pt, c.pick(["fl", "f", "fml"] as const)); b.t(", "); age(n, a, c.chance(0.4)); b.t(c.pick([" yo", "-year-old", " y/o", " years"])).t(` ${pt.sex === "F" ? "woman" : "man"} s/p ${c.pick(L.PROCEDURES)} with Dr. `); nm(n, surgeon, "l"); b.t(".\n");
  b.t(`P: GA/ETT, ${c.pick(["uneventful", "difficult mask, easy tube", "brief hypotension on induction, neo x2"])}. Got ${c.pick(["Exparel", "Toradol 15", "dilaudid 0.5 x2", "Ofirmev 1 g"])}. ${c.pick(["Adductor canal block R", "TAP blocks bilat", "no block"])}.\n`);
  b.t(`A: ${clin(n)}. Drain: ${c.pick(["JP x1 to bulb, 20 mL serosang", "none", "Hemovac"])}.\n`);
  b.t("S: "); nm(n, fam, "f"); b.t(` (${fam.sex === "F" ? c.pick(["wife", "daughter", "sister"]) : c.pick(["husband", "son", "brother"])}) in surgical waiting, pager #${c.int(1, 60)}, cell `); ph(n); b.t(". ");
  b.t(`${c.pick(["Wants to be called before transfer.", "Will drive home.", "Lives 2 hrs away in "])}`);
  if (b.text.endsWith("in ")) { town(n); b.t("."); }
  b.t(`\nS: Admit to ${c.pick(["5 West", "obs", "ortho floor", "home from phase II"])}; call Dr. `); nm(n, surgeon, "l"); b.t(" for SBP < 90.\n");
};

const ascDischargeCriteria: Style = (n) => {
  const { b, c, pt } = n;
  const rn = other(n);
  const esc = other(n);
  const dtx = c.recent();
  b.t("PHASE II DISCHARGE - "); fac(n, c.asc()); b.nl();
  b.t("Pt: "); nm(n, pt, c.pick(["fl", "LF", "lf"] as const)); b.t("   DOS ").v(c.fullDate(dtx), "DATE").nl();
  b.t(`Modified Aldrete: activity 2, resp 2, circ 2, LOC 2, SpO2 ${c.int(1, 2)} = ${c.int(9, 10)}. PADSS ${c.int(9, 10)}. Pain ${c.int(0, 5)}/10. Voided: ${c.pick(["yes", "n/a", "yes 250 mL"])}.\n`);
  b.t("Instructions reviewed with pt and escort "); nm(n, esc, c.pick(["fl", "f"] as const)); b.t(` (${kin(n, esc, ["spouse", "friend", "neighbor", "sister"], ["spouse", "friend", "neighbor", "adult son"])}); verbalized understanding.\n`);
  b.t(`Discharged via wheelchair at ${hhmm(c, false)} to private vehicle (${c.pick(["silver", "white", "red", "black"])} ${c.pick(["Camry", "F-150", "Outback", "Civic", "Equinox"])}, plate `).v(c.plate(), "VEHICLE").t(c.pick([")", ` ${c.state()})`])).t(".\n");
  b.t("Escort phone: "); ph(n); b.t(". Next-day call number on file: ").v(n.phone, "PHONE").nl();
  b.t("Post-op visit ").v(c.partialDate(c.shift(dtx, c.int(7, 14))), "DATE").t(" at the "); fac(n, c.clinic()); b.t(" office.\n");
  b.t("D/C RN: "); staff(n, rn, [", RN", " RN", ", BSN"]); b.nl();
};

const SPOKEN = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
function spokenDay(d: number): string {
  if (d <= 20) return SPOKEN[d - 1]!;
  if (d < 30) return `twenty ${SPOKEN[d - 21]!}`;
  return d === 30 ? "thirtieth" : "thirty first";
}

const opDictationSrErrors: Style = (n) => {
  const { b, c, pt } = n;
  const a = pickAge(n, 0.12);
  const surgeon = other(n);
  const asst = other(n);
  const dos = c.recent();
  b.t("DD: ").v(fmtDate(dos, "mdy"), "DATE").t(` ${hhmm(c)}   DT: `).v(fmtDate(c.shift(dos, c.int(0, 2)), "mdy"), "DATE").t("   Job # ").v(`${c.digits(7)}`, "ID").t(" - DRAFT, NOT REVIEWED\n\n");
  b.t("operative report for ");
  nm(n, pt, "lc"); b.t(" medical record number ").v(n.mrn.replace(/-/g, "").split("").join(" "), "MRN").t("\n");
  b.t("date of surgery ").v(`${monthName(dos.m).toLowerCase()} ${spokenDay(dos.d)}`, "DATE").t(c.pick([" twenty twenty six", " 2026", ""])).t("\n");
  b.t("surgeon doctor "); nm(n, surgeon, c.pick(["lc", "l"] as const)); b.t(" assistant "); nm(n, asst, "lc"); b.t(c.pick([" p a c", " PA-C", " pea a see"])).t("\n\n");
  b.t(`preoperative diagnosis ${c.pick(["symptomatic call of the lithiasis", "right need osteo arthritis", "in guinea hernia", "carpal tunnel sin drum"])}\n`);
  b.t(`procedure ${c.pick(["laparoscopic call the cystectomy", "right total need arthroplasty", "open in guinea hernia repair with Lichtenstein mesh", "carpal tunnel release"])}\n\n`);
  b.t("indications the patient is a "); age(n, a, true); b.t(` year old ${pt.sex === "F" ? "female" : "male"} who was seen in clinic on `).v(`${monthName(c.recent().m).toLowerCase()} ${ord(c.int(1, 28))}`, "DATE");
  b.t(` with ${c.pick(["right upper quadrant pain after fatty meals", "knee pain failing injections", "a reducible bulge"])} new paragraph ${her(pt)} `);
  const rel = other(n);
  b.t(`${kin(n, rel, ["daughter", "wife"], ["son", "husband"])} `); nm(n, rel, "lc"); b.t(" was present for the consent discussion period\n\n");
  b.t(`description of procedure the patient was brought to the O.R. and placed ${c.pick(["supine", "in Trendelenburg", "in reverse trend of Lindbergh"])} comma ${c.pick(["a Kelly clamp", "the Mayo stand", "a Veress needle", "Allis clamps"])} was used period ${c.pick(["the crit of safety was obtained", "hemostasis with the Bovie", "the Foley was removed"])} period\n`);
  b.t(`the patient tolerated the procedure well and went to pack you in stable condition period EBL ${c.int(5, 300)} cc\n\n`);
  b.t("dictated by "); nm(n, surgeon, "lc"); b.t(" end of dictation\n");
};

export const STYLES_B: Record<string, Style> = {
  "site-marking-checklist": siteMarkingChecklist,
  "anesthesia-consent-interpreter": anesthesiaConsentInterpreter,
  "intraop-anesthesia-record": intraopAnesthesiaRecord,
  "or-nursing-record": orNursingRecord,
  "pacu-handoff": pacuHandoff,
  "asc-discharge-criteria": ascDischargeCriteria,
  "op-dictation-sr-errors": opDictationSrErrors,
};
