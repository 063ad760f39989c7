/** Styles C: allergy skin testing, stress echo, endoscopy, involuntary hold, VAERS draft, birth-certificate worksheet. */
import { fmtDate, type Person } from "./kit";
import { address, age, nm, other, pickAge, staff, wrapAt, type Note, type Style } from "./note";

function allergyTesting(n: Note): void {
  const { b, c, pt } = n;
  b.v(c.facility(["Allergy & Asthma", "Allergy Associates", "ENT & Allergy"]), "FACILITY").t(" - Skin Test Record").nl();
  b.t("Patient: "); nm(n, pt, "fl"); b.t("   DOB ").v(c.full(n.dob), "DATE").t("   MRN ").v(n.mrn, "MRN").t("   Tested ").v(c.full(c.recent()), "DATE").nl();
  b.t("Off antihistamines since ").v(c.partial(c.recent()), "DATE").t(". Placed by "); nm(n, other(n), "il"); b.t(", LPN; read by "); staff(n, other(n)); b.t(".").nl(2);
  b.t("Percutaneous (prick), read at 15 min. Histamine 6 mm / saline 0.").nl();
  b.t("Allergen               Lot        Exp       Wheal/Flare (mm)").nl();
  for (const al of c.shuffle(["Timothy grass", "Johnson grass", "Bermuda grass", "Russian thistle", "Lamb's quarters", "Short ragweed", "D. farinae", "Cat pelt (Fel d 1)", "Alternaria", "Mountain cedar", "Oak mix", "Mouse epithelia"]).slice(0, 7)) {
    b.t(`${al.padEnd(23)}${c.lot().padEnd(11)}${String(c.int(1, 12)).padStart(2, "0")}/${c.int(2026, 2028)}   ${c.int(0, 12)}/${c.int(0, 40)}`).nl();
  }
  b.nl().t(`Spirometry FEV1 ${c.int(60, 110)}% pred. Plan: SCIT build-up starting `).v(fmtDate(c.recent(), c.pick(["mon", "mdy", "monthth"])), "DATE");
  b.t(`; EpiPen 0.3 mg lot ${c.lot()} exp ${c.int(1, 12)}/${c.int(2026, 2028)} reviewed.`);
  if (c.chance(0.5)) { b.t(" Mother "); nm(n, other(n), "fl"); b.t(" present; call ").v(c.phone(), "PHONE").t(" with questions."); }
  b.nl();
}

function stressEcho(n: Note): void {
  const { b, c, pt } = n;
  const a = pickAge(n, 0.05);
  b.t("EXERCISE STRESS ECHOCARDIOGRAM").t("        Accession ").v(`ECH${c.digits(2)}-${c.digits(6)}`, "ID").nl();
  b.t("Name: "); nm(n, pt, "LF"); b.t("   MRN: ").v(n.mrn, "MRN").t("   DOB: ").v(fmtDate(n.dob, "mdy"), "DATE").t("   Age: "); age(n, a); b.nl();
  b.t("Study date: ").v(c.full(c.recent()), "DATE").t("   Location: ").v(c.facility(["Heart & Vascular", "Cardiology", "Heart Institute"]), "FACILITY").nl();
  b.t("Referring: "); staff(n, other(n)); b.t("   Sonographer: "); nm(n, other(n), "fl"); b.t(", RDCS   Reading: "); staff(n, other(n), [", MD, FACC", " MD", ", DO"]); b.nl(2);
  b.t(`Protocol: Bruce. Exercise time ${c.int(3, 12)}:${c.pick(["00", "15", "30", "45"])} min, ${c.int(4, 13)}.${c.int(0, 9)} METs, peak HR ${c.int(110, 175)} bpm (${c.int(78, 102)}% MPHR), peak BP ${c.int(140, 210)}/${c.int(60, 95)}.`).nl();
  b.t(`Duke treadmill score ${c.pick(["+5", "+2", "-3", "+7"])}. No ischemic ST changes. Rest LVEF ${c.int(45, 70)}%, WMSI 1.0. Station 2 (GE Case v6.73).`).nl();
  b.t(`Impression: no inducible ischemia. ${c.pick(["Continue Coreg 6.25 mg bid.", "Lipids per PCP.", "Consider CT coronary calcium."])}`).nl();
}

function endoscopy(n: Note): void {
  const { b, c, pt } = n;
  const center = c.facility(["Endoscopy Center", "Surgery Center", "Digestive Health", "GI Associates"]);
  b.v(center, "FACILITY").t(" - Procedure Report").nl();
  b.t("Patient Name: "); nm(n, pt, "lfm"); b.t("   Date of Birth: ").v(c.full(n.dob), "DATE").t("   MRN: ").v(n.mrn, "MRN").nl();
  b.t("Procedure Date: ").v(c.full(c.recent()), "DATE").t("   Case #: ").v(`${c.digits(8)}`, "ID").nl();
  b.t("Endoscopist: "); staff(n, other(n)); b.t("   Anesthesia: "); nm(n, other(n), "fl"); b.t(", CRNA   Nurse: "); nm(n, other(n), "il"); b.t(" RN").nl();
  b.t(`Scope: Olympus ${c.pick(["CF-HQ190L", "GIF-H190", "PCF-H190DL"])}  S/N `).v(c.digits(7), "DEVICE").nl(2);
  b.t(`Indication: Z12.11, ${c.pick(["family history of colon cancer in his father", "iron deficiency", "GERD refractory to PPI"])}. Propofol ${c.int(100, 400)} mg.`).nl();
  b.t(`Findings: ${c.eponym()}. A ${c.int(3, 15)} mm sessile polyp at ${c.int(15, 60)} cm (Paris 0-Is), cold snare, retrieved (jar 1). Boston Bowel Prep Scale ${c.int(6, 9)} (3-3-2). Cecal intubation ${c.time()}. Withdrawal 11 min.`).nl();
  b.t(`Recommendations: await pathology; repeat colonoscopy in ${c.pick(["3", "5", "7"])} years (${c.int(2028, 2033)}).`).nl();
  const esc = other(n);
  b.t("Discharged to escort "); nm(n, esc, "fl"); b.t(` (${c.pick(["husband", "wife", "son", "friend"])}), `).v(c.phone(), "PHONE").t(". Photos in Provation, image set ").v(`PV-${c.digits(6)}`, "ID").t(".").nl();
}

function involuntaryHold(n: Note): void {
  const { b, c, pt } = n;
  const city = c.city();
  b.t("APPLICATION FOR 72-HOUR DETENTION FOR EVALUATION AND TREATMENT (W&I Code 5150)").nl(2);
  b.t("Detained person: "); nm(n, pt, "LF"); if (pt.middle) b.t(" ").v(pt.middle[0]!, "NAME"); b.t("   DOB: ").v(fmtDate(n.dob, "mdy"), "DATE").nl();
  if (c.chance(0.3)) b.t("Address: unhoused, frequents the underpass at ").v(c.road(), "ADDRESS").nl();
  else { b.t("Address: "); address(n, n.addr); b.nl(); }
  b.t("Taken into custody on ").v(c.full(c.recent()), "DATE").t(" at ").t(c.time()).t(" at ").v(c.street(), "ADDRESS").t(", ").v(city, "LOCATION").t(", ").v(c.county(), "LOCATION").nl();
  b.t("By: Officer "); nm(n, other(n), "fl"); b.t(`, badge ${c.int(100, 9999)}, `).v(city, "LOCATION").t(" PD, incident # ").v(`${c.digits(2)}-${c.digits(6)}`, "ID").nl(2);
  b.noise = wrapAt(b, 74);
  b.t(`Circumstances: neighbor called after pt was seen on the roof; pt states in Polish "Nie chcę iść do szpitala, zostawcie mnie." C-SSRS positive, PHQ-9 ${c.int(15, 27)}. Pt's mother `);
  const mom: Person = other(n);
  nm(n, mom, "fl"); b.t(" notified at ").v(c.phone(), "PHONE").t(". Pt's car left at the scene, plate ").v(c.plate(), "VEHICLE").t(`, keys with officer. Advisement given in English at ${c.time()}.`).nl(2);
  b.noise = null;
  b.t("Designated facility: ").v(c.facility(["Behavioral Health", "Psychiatric Hospital", "Crisis Stabilization Unit"]), "FACILITY").nl();
  b.t("Signature: "); nm(n, other(n), "fl"); b.t(", LCSW   Lic. LCSW ").v(c.digits(5), "LICENSE").t("   Date ").v(fmtDate(c.recent(), "mdy"), "DATE").nl();
}

function vaers(n: Note): void {
  const { b, c, pt } = n;
  const a = pickAge(n, 0.2);
  const vax = c.recent();
  b.t("VAERS report (draft, to be submitted online)").nl();
  b.t("1. Patient name: "); nm(n, pt, "fl"); b.t("   2. Address: "); address(n, n.addr); b.nl();
  b.t("3. Phone: ").v(n.phone, "PHONE").t("   4. Email: ").v(n.email, "EMAIL").nl();
  b.t("5. DOB: ").v(fmtDate(n.dob, "mdy"), "DATE").t("   6. Age at vaccination: "); age(n, a); b.t(" yrs   7. Sex: ").t(pt.female ? "F" : "M").nl();
  b.t("8. Date/time of vaccination: ").v(fmtDate(vax, "mdy"), "DATE").t(" ").t(c.time()).t("   9. Date/time AE onset: ").v(fmtDate({ ...vax, d: Math.min(28, vax.d + 1) }, "mdy"), "DATE").t(" ").t(c.time()).nl();
  b.t("10. Vaccinated at: ").v(c.facility(["Pharmacy", "Senior Center", "Health Department", "Family Medicine"]), "FACILITY").t(", ").v(c.county(), "LOCATION").nl();
  b.t(`11. Vaccine: ${c.pick(["RSV (Arexvy)", "Zoster recombinant (Shingrix)", "COVID-19 2025-26 (Comirnaty)", "PCV20 (Prevnar 20)"])}, lot ${c.lot()}, dose ${c.int(1, 2)}, IM L deltoid.`).nl();
  b.t("12. Description: ").t(c.pick(["pt reports ", "per daughter, "])).t(`fever 38.9 C and a ${c.int(5, 15)} cm red warm area at the injection site by the next morning, seen in urgent care, no hospitalization. Recovered by day ${c.int(3, 7)}.`).nl();
  b.t("13. Reporter: "); nm(n, other(n), "fl"); b.t(", RN   ").v(c.phone(), "PHONE").t(c.ext()).nl();
  b.t("VAERS ID (after submission): ").v(String(c.int(2700000, 2999999)), "ID").t("-1");
  if (c.chance(0.5)) b.t("   submitted from ").v(c.ip(), "IP");
  b.nl();
}

function birthWorksheet(n: Note): void {
  const { b, c, pt } = n;
  const baby: Person = { ...c.person(), last: pt.last };
  const dad = other(n);
  n.others.push(baby);
  n.dob = c.date(1984, 2006);
  const born = c.recent();
  b.t("MOTHER'S WORKSHEET FOR CHILD'S BIRTH CERTIFICATE").nl(2).t("CHILD").nl();
  b.t("  Name (first, middle, last): "); nm(n, baby, "fl"); b.nl();
  b.t("  Date of birth: ").v(fmtDate(born, "mdy"), "DATE").t(`   Time: ${c.pick(["0342", "1718", "2205"])}   Sex: ${baby.female ? "F" : "M"}   Weight: ${c.int(2400, 4400)} g`).nl();
  b.t("  Facility: ").v(c.facility(["Women's Hospital", "Birth Center", "Medical Center"]), "FACILITY").t("   City: ").v(c.city(), "LOCATION").t("   County: ").v(c.county(), "LOCATION").nl();
  b.t("  Infant MRN: ").v(c.mrn(), "MRN").t("   Footprint ID: ").v(`FP${c.digits(8)}`, "BIOMETRIC").nl(2).t("MOTHER").nl();
  b.t("  Current legal name: "); nm(n, pt, "fml"); b.t("   Name before first marriage: "); b.v(pt.first, "NAME").t(" ").v(c.person().last, "NAME"); b.nl();
  b.t("  Date of birth: ").v(fmtDate(n.dob, "mdy"), "DATE").t(`   Birthplace: ${c.pick(["Poland", "Haiti", "Vietnam", "Texas", "Mexico", "Ohio"])}   SSN: `).v(c.ssn(), "SSN").nl();
  b.t("  Residence: "); address(n, n.addr); b.t("   MRN ").v(n.mrn, "MRN").nl(2).t("FATHER").nl();
  b.t("  Name: "); nm(n, dad, "fml"); b.t("   Date of birth: ").v(fmtDate(c.date(1975, 2005), "mdy"), "DATE").t("   SSN: ").v(c.ssn(), "SSN").nl(2);
  b.t(`PREGNANCY: G${c.int(1, 6)}P${c.int(0, 4)}${c.int(0, 1)}${c.int(0, 2)}${c.int(0, 4)}, LMP `).v(c.full(c.date(2025, 2025)), "DATE").t(", EDD ").v(fmtDate(c.recent(), c.pick(["mdy", "md", "mony"])), "DATE");
  b.t(`, ${c.int(34, 41)}+${c.int(0, 6)} wks, Apgars ${c.int(6, 9)}/${c.int(8, 9)}, GBS neg, Rh+. Prenatal visits: ${c.int(6, 14)}. Hep B vaccine lot ${c.lot()}.`).nl();
  b.t("Certifier: "); nm(n, other(n), "fl"); b.t(", CNM   License ").v(`CNM${c.digits(6)}`, "LICENSE").nl();
}

export const STYLES_C: Record<string, Style> = {
  "allergy-testing": allergyTesting,
  "stress-echo": stressEcho,
  endoscopy,
  "involuntary-hold": involuntaryHold,
  "vaers-report": vaers,
  "birth-worksheet": birthWorksheet,
};
