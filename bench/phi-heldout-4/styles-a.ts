/** Styles A: pathology report, sleep study, dialysis run sheet, optometry Rx, genetic counselling, chaplain note. */
import { fmtDate } from "./kit";
import { address, age, newAddress, nm, other, pickAge, staff, wrapAt, type Note, type Style } from "./note";

function pathology(n: Note): void {
  const { b, c } = n;
  const a = pickAge(n, 0.12);
  const fac = c.facility(["Medical Center", "Hospital", "Pathology Associates", "Regional Laboratory"]);
  b.t("SURGICAL PATHOLOGY REPORT").t("          Accession #: ").v(`${c.pick(["S", "SP", "SC"])}${c.int(25, 26)}-${c.digits(c.int(4, 6))}`, "ID").nl();
  b.v(fac.toUpperCase(), "FACILITY").t(" - DEPARTMENT OF PATHOLOGY").nl(2);
  b.t("Patient: "); nm(n, n.pt, c.chance(0.5) ? "LF" : "lfm");
  b.t("   MRN: ").v(n.mrn, "MRN").t("   DOB: ").v(c.full(n.dob), "DATE").t(" (Age: "); age(n, a); b.t(")   Sex: ").t(n.pt.female ? "F" : "M").nl();
  const coll = c.recent();
  b.t("Collected: ").v(c.full(coll), "DATE").t(" ").t(c.time()).t("   Received: ").v(fmtDate(coll, "md"), "DATE").t(" ").t(c.time()).nl();
  b.t("Submitting physician: "); staff(n, other(n)); b.t("   Copy to: "); staff(n, other(n)); b.nl(2);
  b.t(`CLINICAL HISTORY: ${a >= 90 ? "Elderly" : "Adult"} patient, ${c.icd()}, screening colonoscopy; ${c.eponym()}.`).nl(2);
  b.t("SPECIMENS:  A. Colon, sigmoid, polyp, cold snare  B. Colon, ascending, biopsy").nl(2);
  b.noise = wrapAt(b, 66);
  b.t("GROSS DESCRIPTION: Received in two formalin-filled containers, each labeled with the patient's name (\"");
  nm(n, n.pt, "FL");
  b.t(`") and medical record number. Container A holds a tan polypoid fragment measuring ${c.int(2, 9)}.${c.int(0, 9)} x ${c.int(1, 6)}.${c.int(0, 9)} x 0.${c.int(2, 9)} cm, inked blue, bisected and entirely submitted in cassettes A1-A${c.int(2, 4)}. Container B holds three tan fragments, 0.2 to 0.4 cm, submitted in B1. Dictated by `);
  nm(n, other(n), "il");
  b.t(", PA(ASCP).").nl(2);
  b.noise = null;
  b.t(`DIAGNOSIS:  A. Tubular adenoma, no high-grade dysplasia.  B. Colonic mucosa, no diagnostic abnormality. ${c.pick(["Gleason pattern not applicable.", "MMR IHC on block A2: retained.", "CPT " + c.cpt() + " x2."])}`).nl(2);
  b.t("Electronically signed by "); staff(n, other(n), [", MD", " MD", ", DO"]); b.t(" on ").v(c.full(c.recent()), "DATE").t(" at ").t(c.time()).nl();
}

function sleepStudy(n: Note): void {
  const { b, c } = n;
  const lab = c.facility(["Sleep Center", "Sleep Diagnostics", "Sleep & Breathing Institute", "Sleep Lab"]);
  b.v(lab, "FACILITY").t(" | Attended Polysomnography (").t(c.pick(["95810", "95811"])).t(")").nl(2);
  b.t("Name: "); nm(n, n.pt, "fml"); b.t("    DOB: ").v(c.full(n.dob), "DATE").t("    MRN ").v(n.mrn, "MRN").nl();
  b.t("Study date: ").v(c.full(c.recent()), "DATE").t(" (lights out ").t(c.time()).t(")").nl();
  b.t("Referring: "); staff(n, other(n)); b.t(" (NPI ").v(c.npi(), "LICENSE").t(")").nl();
  b.t("Scored by: "); nm(n, other(n), "fl"); b.t(", RPSGT, BRPT #").v(c.digits(6), "LICENSE").nl(2);
  const partner = other(n);
  b.t("Indication: loud snoring and witnessed apneas reported by ").t(n.pt.female ? "husband " : "wife ");
  nm(n, partner, "f");
  b.t(`. Epworth ${c.int(4, 20)}/24. BMI ${c.int(24, 44)}.${c.int(0, 9)}, neck ${c.int(14, 19)}.5 in, Mallampati ${c.pick(["II", "III", "IV"])}.`).nl();
  b.t(`Results: TST ${c.int(250, 420)} min, SE ${c.int(60, 95)}%, AHI ${c.int(3, 60)}.${c.int(0, 9)}/h, RDI ${c.int(5, 65)}.${c.int(0, 9)}/h, ODI ${c.int(2, 50)}, SpO2 nadir ${c.int(70, 92)}%, PLMI ${c.int(0, 30)}.`).nl();
  b.t(`Impression: ${c.pick(["mild", "moderate", "severe"])} obstructive sleep apnea (G47.33).`).nl();
  b.t("Plan: CPAP ").t(`${c.int(5, 8)}-${c.int(12, 20)} cm H2O`).t(" via ").t(c.pick(["ResMed AirSense 11 AutoSet", "Philips DreamStation 2", "React Health Luna G3"])).t(", SN ").v(c.serial(), "DEVICE").t(".");
  if (c.chance(0.5)) b.t(" Home sleep test unit #").v(c.serial(), "DEVICE").t(" returned ").v(c.partial(c.recent()), "DATE").t(".");
  b.nl().t("Interpreting physician: "); staff(n, other(n), [", MD, D.ABSM", " MD", ", DO, FAASM"]); b.nl();
}

function dialysisRun(n: Note): void {
  const { b, c } = n;
  const unit = c.facility(["Kidney Center", "Dialysis", "Renal Care", "Home Dialysis Unit"]);
  b.t("HEMODIALYSIS TREATMENT RECORD  --  ").v(unit, "FACILITY").t(`   Chair ${c.int(1, 24)}  Shift ${c.int(1, 3)} (${c.pick(["MWF", "TTS"])})`).nl();
  b.t("Pt: "); nm(n, n.pt, c.chance(0.5) ? "lf" : "LF");
  b.t("  MRN ").v(n.mrn, "MRN").t("  DOB ").v(c.full(n.dob), "DATE").t("  Tx date ").v(c.full(c.recent()), "DATE").nl();
  b.t(`Dry wt ${c.int(50, 120)}.${c.int(0, 9)} kg   Pre wt ${c.int(52, 124)}.${c.int(0, 9)} kg   UF goal ${c.int(1, 4)}.${c.int(0, 9)} L   Bath 2K/2.5Ca   Qb ${c.pick([350, 400, 450])} Qd ${c.pick([500, 600, 800])}`).nl();
  b.t("Machine: Fresenius 2008T  serial ").v(c.serial(), "DEVICE").t("   Dialyzer Optiflux F180NR lot ").t(c.lot()).nl();
  b.t("Access: L forearm AVF, created ").v(c.pick([`${["Jan", "Apr", "Jul", "Oct"][c.int(0, 3)]} ${c.int(2015, 2024)}`, fmtDate(c.date(2015, 2024), "mdy")]), "DATE").t(" by Dr. ");
  nm(n, other(n), "l"); b.t(". Thrill/bruit present. Heparin 1000 units bolus.").nl(2);
  b.t("Time  | BP      | HR | Qb  | VP  | AP   | TMP | RN").nl();
  const rn = other(n);
  const ini = `${rn.first[0]}${rn.last[0]}`.toUpperCase();
  for (let i = 0; i < c.int(3, 5); i++) {
    b.t(`${String(6 + i).padStart(2, "0")}:${c.pick(["05", "35"])} | ${c.int(100, 180)}/${c.int(50, 95)}  | ${c.int(55, 110)} | ${c.pick([350, 400])} | ${c.int(120, 220)} | -${c.int(140, 240)} | ${c.int(20, 80)}  | `).v(ini, "NAME").nl();
  }
  b.t(`Kt/V ${c.int(11, 18) / 10} URR ${c.int(62, 78)}%. ${c.vitals()}.`).nl();
  if (c.chance(0.6)) { b.t("Transport home by wheelchair van, plate ").v(c.plate(), "VEHICLE").t(", driver "); nm(n, other(n), "f"); b.t(".").nl(); }
  b.t("Signed: "); nm(n, rn, "fl"); b.t(", RN, CHT   Next tx: ").v(c.partial(c.recent()), "DATE").nl();
}

function optometryRx(n: Note): void {
  const { b, c } = n;
  const office = newAddress(c);
  b.v(c.facility(["Family Eye Care", "Vision Center", "Optometry", "EyeCare Associates"]), "FACILITY").nl();
  address(n, office, "\n"); b.nl().t("Tel ").v(c.phone(), "PHONE").t("   Fax ").v(c.phone(), "FAX").nl(2);
  b.t("SPECTACLE PRESCRIPTION").nl().t("Patient: "); nm(n, n.pt, "fl"); b.t("     DOB: ").v(c.full(n.dob), "DATE").nl();
  const exam = c.recent();
  b.t("Exam date: ").v(c.full(exam), "DATE").t("     Expires: ").v(c.full({ ...exam, y: exam.y + c.int(1, 2) }), "DATE").nl(2);
  const sph = () => `${c.pick(["-", "+"])}${c.int(0, 6)}.${c.pick(["00", "25", "50", "75"])}`;
  b.t("      Sphere   Cyl     Axis   Add     Prism").nl();
  b.t(`OD    ${sph()}    -0.${c.pick(["25", "50", "75"])}   ${String(c.int(1, 180)).padStart(3, "0")}    +${c.int(1, 2)}.${c.pick(["00", "25", "50"])}   ${c.chance(0.3) ? "1.0 BI" : "--"}`).nl();
  b.t(`OS    ${sph()}    -0.${c.pick(["25", "50", "75"])}   ${String(c.int(1, 180)).padStart(3, "0")}    +${c.int(1, 2)}.${c.pick(["00", "25", "50"])}   --`).nl();
  b.t(`PD ${c.int(56, 70)}/${c.int(54, 66)}   BVD ${c.int(10, 14)} mm   VA cc 20/${c.pick([20, 25, 30])} OU   IOP ${c.int(11, 21)}/${c.int(11, 21)} (Goldmann)`).nl();
  b.t(`Dx: ${c.pick(["H52.13", "H52.4", "H52.223"])}; CPT 92015. Lens: ${c.pick(["Acuvue Oasys 8.4/14.0", "Dailies Total1", "Biofinity toric"])}.`).nl(2);
  b.t("Prescriber: "); nm(n, other(n), "fl"); b.t(", OD   Lic # ").v(c.stateLic(), "LICENSE").t("   NPI ").v(c.npi(), "LICENSE").nl();
}

function genetics(n: Note): void {
  const { b, c, pt } = n;
  b.noise = wrapAt(b, 72);
  b.t("GENETIC COUNSELING NOTE (hereditary cancer)").nl().t("Proband: "); nm(n, pt, "fl"); b.t(", DOB ").v(c.full(n.dob), "DATE").t(", MRN ").v(n.mrn, "MRN").nl();
  b.t("Referred by "); staff(n, other(n)); b.t(" for family history. Ancestry: Ashkenazi Jewish (maternal), Polish and Irish (paternal).").nl(2);
  const mom = other(n), gm = other(n), bro = other(n);
  b.t("Pedigree (three generations): mother (II-2) "); nm(n, mom, "f");
  b.t(`, breast cancer at ${c.int(38, 55)}, died at ${c.int(45, 70)}. Maternal grandmother (I-2) `); nm(n, gm, "fl");
  const g = c.int(86, 99);
  b.t(` had ovarian cancer at ${c.int(55, 75)} and lived to `); age(n, g); b.t(` in `).v(c.city(), "LOCATION").t(". Brother (III-3) "); nm(n, bro, "f");
  b.t(`, ${c.int(25, 50)}, tested negative for the familial variant at ${c.pick(["Ambry", "Invitae", "GeneDx"])} in `).v(`${["January", "March", "June", "October"][c.int(0, 3)]} ${c.int(2019, 2025)}`, "DATE").t(".");
  b.t(" Paternal side: father's first cousin with pancreatic cancer, age unknown.").nl(2);
  b.t(`Result: BRCA2 c.${c.int(100, 9000)}del${c.pick(["T", "A", "AG"])} (p.Ser${c.int(100, 3000)}fs), pathogenic. Lab accession `).v(`${c.letters(2)}${c.digits(7)}`, "ID").t(`, reported `).v(c.full(c.recent()), "DATE").t(". NCCN v2.2026 criteria met.").nl();
  b.t("Cascade testing letter given for relatives; sister ").t("in ").v(c.city(), "LOCATION").t(" can call ").v(c.phone(), "PHONE").t(".").nl();
  b.noise = null;
  b.t("Counselor: "); nm(n, other(n), "fl"); b.t(", MS, CGC").nl();
}

function chaplain(n: Note): void {
  const { b, c, pt } = n;
  const a = pickAge(n, 0.35);
  const dtr = other(n), spouse = other(n), priest = other(n);
  b.t("Spiritual Care Note").nl().t("Visit ").v(c.full(c.recent()), "DATE").t(", ").t(c.time()).t(", room ").t(String(c.int(100, 890))).nl(2);
  b.noise = wrapAt(b, 70);
  b.t("Visited "); nm(n, pt, c.chance(0.5) ? "fl" : "f"); b.t(` (`); age(n, a, a >= 20 && c.chance(0.3)); b.t(" years old) at the request of her daughter ");
  nm(n, dtr, "f"); b.t(". Pt is a lifelong member of ").v(c.pick(["St. Casimir Parish", "Bethel AME Church", "Grace Fellowship", "Masjid Al-Noor", "Temple Beth Shalom"]), "FACILITY").t(" in ").v(c.city(), "LOCATION");
  b.t(". Her pastor, Rev. "); nm(n, priest, "fl"); b.t(", will bring communion on Sunday the ").v(fmtDate(c.recent(), "th"), "DATE").t(".");
  b.t(" She spoke of her late husband "); nm(n, spouse, "f"); b.t(", who died ").v(c.full(c.date(1995, 2024)), "DATE").t(`, and of the farm off `).v(c.road(), "ADDRESS").t(".");
  b.t(` We read Psalm 23 and John 14:1-3; she asked for a prayer in Spanish ("Dios me cuida"). Anxiety ${c.int(2, 9)}/10 before, ${c.int(0, 5)}/10 after. Family meeting planned with Dr. `);
  nm(n, other(n), "l"); b.t(" and hospice liaison.").nl();
  b.noise = null;
  b.t("Chaplain "); nm(n, other(n), "fl"); b.t(", MDiv, BCC   pager ").v(c.phone(), "PHONE").nl();
}

export const STYLES_A: Record<string, Style> = {
  "pathology-report": pathology,
  "sleep-study": sleepStudy,
  "dialysis-run": dialysisRun,
  "optometry-rx": optometryRx,
  "genetic-pedigree": genetics,
  "chaplain-note": chaplain,
};
