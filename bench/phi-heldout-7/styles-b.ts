/**
 * Forms: a death-certificate worksheet, OASIS-like home-health items, a hospice certification of terminal
 * illness, a DMV driver medical report, a summer-camp health form and a comb-box registration form OCR'd with
 * its letters spaced out.
 */
import { fmtDate } from "./kit";
import { address, age, df, dt, nm, other, ph, pickAge, spaced, staff, v, wrapAt, type Note, type Style } from "./note";

const FOREIGN = ["Guanajuato, Mexico", "Hamburg, Germany", "Manila, Philippines", "Kingston, Jamaica", "Cork, Ireland", "Hue, Vietnam", "Jhapa, Nepal"];

function deathWorksheet(n: Note): void {
  const { b, c } = n;
  const a = pickAge(n, 0.55);
  const U = (s: string) => s.toUpperCase();
  b.t(c.pick(["CERTIFICATE OF DEATH — WORKSHEET (not the legal record)", "Death Certificate Worksheet / Funeral Home Copy", "DECEDENT INFORMATION WORKSHEET"])).nl();
  b.t("1. Decedent's legal name (incl. AKAs if any): ");
  b.name(U(n.pt.first), " "); if (n.pt.middle) b.name(U(n.pt.middle), " "); v(n, U(n.pt.last), "NAME");
  if (n.pt.nick) { b.t(' AKA "'); v(n, n.pt.nick, "NAME"); b.t('"'); }
  b.nl().t(`2. Sex: ${c.pick(["F", "M"])}    3. SSN: `); v(n, c.ssn(), "SSN"); b.nl();
  b.t("4a. Age — last birthday (years): "); age(n, a); b.t("    6. Date of birth: "); df(n, n.dob, c.pick(["mdy", "long", "mdy1"] as const)); b.nl();
  b.t("7. Birthplace (city and state or foreign country): ");
  if (c.chance(0.6)) { v(n, c.city(), "LOCATION"); b.t(`, ${c.state()}`); } else b.t(c.pick(FOREIGN));
  b.nl().t("8a–f. Residence: "); address(n, n.addr); b.t("   County: "); v(n, c.county(), "LOCATION"); b.t(`   Inside city limits? ${c.pick(["Yes", "No"])}`).nl();
  b.t(`10. Marital status at time of death: ${c.pick(["Married", "Widowed", "Divorced", "Never married"])}`).nl();
  const sp = other(n);
  b.t("11. Surviving spouse's name (if wife, give name prior to first marriage): "); if (c.chance(0.7)) nm(n, sp, "fml"); else b.t("N/A"); b.nl();
  const f = other(n), m = other(n);
  b.t("12. Father's name (First, Middle, Last): "); nm(n, f, "fml"); b.nl();
  b.t("13. Mother's name prior to first marriage: "); nm(n, m, "fl"); b.nl();
  const inf = other(n);
  b.t("14. Informant's name: "); nm(n, inf, "fl"); b.t(`   Relationship: ${c.pick(["daughter", "son", "niece", "spouse", "friend", "POA"])}   Mailing address: `);
  address(n, { line1: c.street(), city: c.city(), state: c.state(), zip: c.zip() }); b.nl();
  b.t("15. Place of death: ").t(c.pick(["Hospital inpatient", "Nursing home/LTC", "Decedent's home", "Hospice facility"])).t(" — Facility name: ");
  v(n, c.chance(0.5) ? c.hospital() : `${c.pick(["Bramblewood", "Sweetgrass", "Heron Bay", "Magnolia Bend"])} ${c.pick(["Hospice House", "Health & Rehab", "Senior Living"])}`, "FACILITY"); b.t(", "); v(n, c.city(), "LOCATION"); b.nl();
  b.t("24. Date pronounced dead: "); df(n, c.recent(), c.pick(["mdy", "long", "DMONY"] as const)); b.t(`   25. Time pronounced: ${c.time()}`).nl();
  b.t(`31. Method of disposition: ${c.pick(["Burial", "Cremation", "Entombment", "Donation"])}   32. Place of disposition: `);
  v(n, `${c.pick(["Oak Lawn", "Saint Casimir", "Restland", "Piñon Mesa", "Four Winds"])} ${c.pick(["Cemetery", "Memorial Gardens", "Crematory"])}`, "FACILITY"); b.t(", "); v(n, c.city(), "LOCATION"); b.t(`, ${c.state()}`).nl();
  const fd = other(n);
  b.t("34. Funeral facility: "); v(n, `${fd.last} ${c.pick(["Funeral Home", "& Sons Mortuary", "Funeral Chapel"])}`, "FACILITY"); b.t("   Director: "); nm(n, fd, "fl"); b.t(", FD Lic. #"); v(n, c.stateLicense(), "LICENSE"); b.nl();
  b.t(`Part I. a) ${c.pick(["Acute on chronic systolic heart failure", "Aspiration pneumonia", "Metastatic pancreatic adenocarcinoma", "Sepsis due to UTI"])}   interval: ${c.pick(["days", "weeks", "months", "4 years"])}`).nl();
  b.t(`        b) ${c.pick(["Ischemic cardiomyopathy", "Alzheimer dementia, severe (FAST 7d)", "Parkinson disease", "COPD"])}   interval: ${c.pick(["years", "10 years", "since 2015"])}`).nl();
  b.t(`Part II. ${c.clin()}; tobacco contributed: ${c.pick(["Probably", "No", "Unknown"])}   Manner: Natural`).nl();
  b.t("Certifier: "); staff(n, other(n), [", MD", ", DO", ", NP"]); b.t("  NPI "); v(n, c.npi(), "LICENSE"); b.t("  signed "); df(n, c.recent(), "mdy"); b.nl();
}

function oasis(n: Note): void {
  const { b, c } = n;
  const a = pickAge(n, 0.45);
  b.t(`OASIS-E ${c.pick(["Start of Care", "Resumption of Care", "Recertification"])} — ${c.pick(["Clinical Record Items", "Patient Tracking Sheet"])}`).nl();
  b.t(`(M0014) Branch State: ${n.addr.state}`).nl();
  b.t("(M0020) Patient ID Number: "); v(n, n.mrn, "MRN"); b.nl();
  b.t("(M0030) Start of Care Date: "); df(n, c.recent(), "mdy"); b.nl();
  b.t("(M0040) Patient Name:  First "); v(n, n.pt.first, "NAME"); b.t("  MI "); if (n.pt.middle) v(n, n.pt.middle[0]!, "NAME"); b.t("  Last "); v(n, n.pt.last, "NAME"); b.t("  Suffix ").t(c.pick(["", "Jr", "Sr", "III"])).nl();
  b.t(`(M0050) Patient State of Residence: ${n.addr.state}`).nl();
  b.t("(M0060) Patient ZIP Code: "); v(n, n.addr.zip, "ZIP"); b.nl();
  b.t("(M0063) Medicare Number: "); if (c.chance(0.85)) v(n, c.mbi(), "HEALTH_PLAN"); else b.t("NA – No Medicare"); b.nl();
  b.t("(M0064) Social Security Number: "); if (c.chance(0.75)) v(n, c.ssn(), "SSN"); else b.t("UK – Unknown or Not Available"); b.nl();
  b.t("(M0065) Medicaid Number: "); if (c.chance(0.4)) v(n, c.medicaid(), "HEALTH_PLAN"); else b.t("NA – No Medicaid"); b.nl();
  b.t("(M0066) Birth Date: "); df(n, n.dob, "mdy"); b.nl();
  b.t(`(M0069) Gender: ${c.pick(["1 – Male", "2 – Female"])}`).nl();
  b.t(`(M0080) Discipline of Person Completing Assessment: ${c.pick(["1 – RN", "2 – PT", "3 – SLP/ST", "4 – OT"])}`).nl();
  b.t("(M0090) Date Assessment Completed: "); df(n, c.recent(), "mdy"); b.nl();
  b.t("(M0102) Date of Physician-ordered Start of Care: "); if (c.chance(0.6)) df(n, c.recent(), "mdy"); else b.t("NA – No specific SOC date ordered"); b.nl();
  b.t("(M0104) Date of Referral: "); df(n, c.recent(), "mdy"); b.nl();
  b.t("(M1000) Inpatient facility discharged from in past 14 days: ").t(c.pick(["1 – Long-term nursing facility", "3 – Short-stay acute hospital", "2 – Skilled nursing facility"])).t(" — ");
  v(n, c.hospital(), "FACILITY"); b.nl();
  b.t("(M1005) Inpatient Discharge Date: "); df(n, c.recent(), "mdy"); b.nl();
  b.t(`(M1021) Primary Diagnosis: ${c.pick(["I50.32 Chronic diastolic HF", "J44.1 COPD w exacerbation", "S72.001D Fx R femoral neck, subseq", "E11.621 DM2 w foot ulcer"])}`).nl();
  b.t(`(M1033) Risk for Hospitalization: ${c.pick(["1, 2, 7", "3, 5", "2, 4, 8"])}   (M1800) Grooming: ${c.int(0, 3)}   (M1830) Bathing: ${c.int(0, 6)}   (GG0170C) ${c.int(1, 6)}`).nl();
  b.t("Clinician narrative: ");
  const sav = b.noise; b.noise = wrapAt(b, 90);
  b.t("Pt is a "); age(n, a, c.chance(0.3)); b.t(`-year-old ${c.pick(["woman", "man"])} seen at home, `); address(n, n.addr); b.t(", lives with ");
  const cg = other(n); b.t(c.pick(["daughter ", "son ", "granddaughter ", "caregiver "])); nm(n, cg, c.pick(["f", "fl"] as const));
  b.t(` who is present for visit. ${c.clin()}. Meds reconciled incl ${c.drug()}. Caregiver cell `); ph(n); b.t(". Next visit ");
  dt(n, c.recent(), true); b.t(".");
  b.noise = sav; b.nl();
  b.t("Electronically signed: "); staff(n, other(n), [", RN", ", PT, DPT", ", RN, COS-C"]); b.t(" "); df(n, c.recent(), "mdy"); b.nl();
}

function hospiceCti(n: Note): void {
  const { b, c } = n;
  const a = pickAge(n, 0.6);
  const hospice = `${c.pick(["Sweetgrass", "Lantern Hill", "Heron Bay", "Stillwater Glen", "Kestrel Point"])} ${c.pick(["Hospice", "Hospice & Palliative Care", "Hospice House"])}`;
  v(n, hospice, "FACILITY"); b.nl();
  b.t(`${c.pick(["CERTIFICATION OF TERMINAL ILLNESS", "Recertification of Terminal Illness (CTI)", "Hospice CTI / Physician Narrative"])}`).nl();
  b.t("Patient: "); nm(n, n.pt, c.pick(["lf", "fml", "LF"] as const)); b.t("   DOB: "); df(n, n.dob, c.pick(["mdy", "abbr"] as const)); b.t("   Age: "); age(n, a); b.nl();
  b.t("MR#: "); v(n, n.mrn, "MRN"); b.t("   Medicare: "); v(n, c.mbi(), "HEALTH_PLAN"); b.nl();
  const start = c.recent();
  b.t(`Benefit period: ${c.int(1, 6)}   From `); df(n, start, "mdy"); b.t(" to "); df(n, c.recent(), "mdy"); b.nl();
  b.t(`Terminal diagnosis: ${c.pick(["G30.1 Alzheimer disease, late onset", "I50.22 chronic systolic heart failure", "C34.90 lung cancer, metastatic", "J96.11 chronic respiratory failure w hypoxia", "G12.21 ALS"])}`).nl();
  b.t("Related: ").t(c.pick(["R63.4 abnormal weight loss; R62.7 adult failure to thrive", "E43 severe protein-calorie malnutrition", "L89.154 sacral pressure injury stage 4"])).nl();
  b.t("Narrative (attending, in own words): ");
  const sav = b.noise; b.noise = wrapAt(b, 84);
  b.t("I have reviewed the record and examined ");
  nm(n, n.pt, c.pick(["fl", "l"] as const)); b.t(` in person. Since ${c.pick(["admission", "the last certification"])} the patient has declined: FAST ${c.pick(["7a", "7c", "6e", "7d"])}, PPS ${c.pick(["30", "40", "20"])}%, weight down ${c.int(6, 22)} lb over ${c.int(2, 5)} months, MAC ${c.int(17, 23)} cm, ${c.pick(["now bedbound", "eats 2-3 bites per meal", "two falls this period", "O2 4 L continuous"])}. `);
  b.t("Lives with "); const cg = other(n); b.t(c.pick(["daughter ", "spouse ", "son ", "niece "])); nm(n, cg, "f"); b.t(" in ");
  v(n, n.addr.city, "LOCATION"); b.t(`, who wishes to continue comfort care at home. Prognosis 6 months or less if the illness runs its normal course. `);
  if (a >= 90 && c.chance(0.5)) { b.t("Family hopes to celebrate when the patient turns "); age(n, a + 1, true); b.t(". "); }
  b.noise = sav; b.nl();
  b.t("Face-to-face encounter: performed "); df(n, c.recent(), c.pick(["mdy", "long"] as const)); b.t(" by "); staff(n, other(n), [", NP", ", ACHPN", ", MD"]); b.t("; findings shared with the certifying physician.").nl();
  b.t("Attending physician of record: "); staff(n, other(n), [", MD", ", DO"]); b.t("  NPI "); v(n, c.npi(), "LICENSE"); b.t("  Phone "); ph(n); b.nl();
  b.t("Hospice medical director: "); staff(n, other(n), [", MD, HMDC", ", DO, FAAHPM"]); b.t("  Signed "); df(n, c.recent(), "mdy"); b.t(` ${c.time()}`).nl();
}

function dmvForm(n: Note): void {
  const { b, c } = n;
  const st = n.addr.state;
  b.t(`${c.pick(["DRIVER MEDICAL EVALUATION", "Medical Report for Driver Licensing", "Physician's Statement — Driver Fitness"])} (${st} DMV form DL-${c.int(50, 900)})`).nl();
  b.t("SECTION A — to be completed by the driver").nl();
  b.t("Name (Last, First, Middle): "); nm(n, n.pt, "lfm"); b.nl();
  b.t(`Driver's license / ID no.: `); v(n, c.dl(), "LICENSE"); b.t(`   State: ${st}   DOB: `); df(n, n.dob, c.pick(["mdy", "mdydash", "mdy1"] as const)); b.nl();
  b.t("Residence address: "); address(n, n.addr); b.nl();
  b.t("Phone: "); v(n, n.phone, "PHONE"); b.t("   E-mail: "); v(n, n.email, "EMAIL"); b.nl();
  b.t(`Vehicle normally driven: ${c.int(2004, 2024)} ${c.pick(["Honda CR-V", "Ford F-150", "Toyota Camry", "Chevy Malibu", "Subaru Outback"])}  plate `); v(n, c.plate(), "VEHICLE");
  if (c.chance(0.4)) { b.t("  VIN "); v(n, c.vin(), "VEHICLE"); }
  b.nl().t("SECTION B — physician").nl();
  b.t(`Condition(s): ${c.pick(["seizure disorder (focal impaired awareness)", "syncope, cardiac workup", "insulin-treated DM2 with hypoglycemia unawareness", "mild neurocognitive disorder", "obstructive sleep apnea"])}`).nl();
  b.t("Date of last episode: "); dt(n, c.recent(), c.chance(0.4)); b.t(`   Seizure-free for ${c.int(3, 30)} months   On ${c.drug()}`).nl();
  b.t(`Visual acuity: OD 20/${c.pick([20, 25, 30, 40])} OS 20/${c.pick([20, 25, 40, 50])} OU 20/${c.pick([20, 25, 30])}  fields ${c.pick(["full", "140° horizontal"])}`).nl();
  b.t(`Recommendation: ${c.pick(["may drive without restriction", "daylight only, 25-mile radius", "re-evaluate in 6 months", "should not drive"])}`).nl();
  if (c.chance(0.5)) { b.t(`Disabled parking placard: ${c.pick(["permanent", "temporary (6 mo)"])}, placard # `); v(n, `${c.pick(["P", "DP", "T"])}${c.digits(7)}`, "ID"); b.nl(); }
  b.t("Examining physician: "); staff(n, other(n), [", MD", ", DO"]); b.t("   License # "); v(n, c.stateLicense(), "LICENSE"); b.t("   Office: ");
  v(n, c.clinic(), "FACILITY"); b.t("  "); ph(n); b.t("   Exam date: "); df(n, c.recent(), "mdy"); b.nl();
}

function campForm(n: Note): void {
  const { b, c } = n;
  const a = c.int(7, 16);
  n.dob = { ...n.dob, y: 2026 - a };
  const camp = `${c.pick(["Camp ", "Camp ", ""])}${c.pick(["Sweetgrass", "Kestrel Lake", "Wahoo Pines", "Tamarack Ridge", "Loon Hollow", "Bluestem"])}${c.pick(["", " Bible Camp", " YMCA Camp", " Scout Reservation"])}`;
  b.t(`${c.pick(["CAMPER HEALTH FORM", "Camper Health History & Exam", "Health Form — Summer 2026"])} — `); v(n, camp, "FACILITY"); b.nl();
  b.t("Camper: "); nm(n, n.pt, "fl"); if (n.pt.nick) { b.t(' (goes by "'); v(n, n.pt.nick, "NAME"); b.t('")'); }
  b.t(`   Age ${a}   DOB `); df(n, n.dob, c.pick(["mdy", "mdy1", "abbr"] as const)); b.nl();
  b.t(`Session: ${c.pick(["2", "B", "Week 3"])}  `); df(n, c.recent(), c.pick(["monthd", "md", "mond"] as const)); b.t(" – "); df(n, c.recent(), c.pick(["monthd", "md", "mond"] as const));
  b.t(`   Cabin: ${c.pick(["Chickadee", "Cabin 7", "Osprey", "Lodge B", "Tent 12"])}`).nl();
  b.t("Home address: "); address(n, n.addr); b.nl();
  for (const label of ["Parent/Guardian 1", "Parent/Guardian 2"]) {
    if (label.endsWith("2") && c.chance(0.4)) break;
    const g = other(n);
    b.t(`${label}: `); nm(n, g, "fl"); b.t("  cell "); ph(n); if (c.chance(0.6)) { b.t("  email "); v(n, c.email(g), "EMAIL"); } b.nl();
  }
  if (c.chance(0.5)) { const e = other(n); b.t("Alternate emergency contact: "); nm(n, e, "fl"); b.t(` (${c.pick(["aunt", "grandma", "neighbor", "uncle"])}) `); ph(n); b.nl(); }
  b.t(`Insurance: ${c.payer()}   Member ID `); v(n, c.member(), "HEALTH_PLAN"); b.t("   Group "); v(n, c.group(), "HEALTH_PLAN"); b.nl();
  b.t("Primary care: "); staff(n, other(n), [", MD", ", DO", ", CPNP", ", FNP"]); b.t(", "); v(n, c.clinic(), "FACILITY"); b.t("  "); ph(n); b.nl();
  b.t(`Allergies: ${c.pick(["peanut (anaphylaxis) — EpiPen Jr x2, exp 08/2027", "bee stings", "amoxicillin (hives)", "NKDA"])}`).nl();
  b.t(`Medications at camp: ${c.pick(["methylphenidate ER 18 mg at 0800", "albuterol HFA 2 puffs prn", "cetirizine 10 mg qAM", "none"])}; OK to give ibuprofen 400 mg / acetaminophen 500 mg: ${c.pick(["yes", "no"])}`).nl();
  b.t("Last tetanus: "); if (c.chance(0.7)) dt(n, c.date(2018, 2025), c.chance(0.4)); else b.t(c.pick(["2021", "unsure", "up to date"])); b.nl();
  b.t(`Exam: Ht ${c.int(120, 175)} cm  Wt ${c.int(24, 70)} kg  BP ${c.int(96, 118)}/${c.int(58, 76)}  ${c.pick(["cleared for all activities incl. swimming", "no high ropes (recent clavicle fx)", "cleared; wears insulin pump — see plan"])}`).nl();
  b.t("Examiner signature: "); staff(n, other(n), [", MD", ", PA-C", ", NP"]); b.t("  Date: "); df(n, c.recent(), "mdy1"); b.nl();
}

function boxedOcr(n: Note): void {
  const { b, c } = n;
  const sp = (s: string) => spaced(s, c.pick([" ", " ", "  "]));
  b.t(c.pick(["P A T I E N T   R E G I S T R A T I O N", "NEW PATIENT INFORMATION  (please print one letter per box)", "PATIENT INFO SHEET  - scanned"])).nl();
  b.t(`[${c.pick(["x", "X", "v"])}] New  [ ] Update      pg 1/2`).nl();
  b.t("LAST NAME  |"); v(n, sp(n.pt.last.toUpperCase()), "NAME"); b.t("|").nl();
  b.t("FIRST NAME |"); v(n, sp(n.pt.first.toUpperCase()), "NAME"); b.t("|  M.I. |"); if (n.pt.middle) v(n, n.pt.middle[0]!.toUpperCase(), "NAME"); b.t("|").nl();
  const d = n.dob;
  b.t("DATE OF BIRTH (MM DD YYYY) |"); v(n, `${sp(String(d.m).padStart(2, "0"))} | ${sp(String(d.d).padStart(2, "0"))} | ${sp(String(d.y))}`, "DATE"); b.t("|").nl();
  b.t("SOC. SEC. NO. |"); v(n, sp(c.ssn().replace(/\D/g, "")), "SSN"); b.t("|").nl();
  b.t("STREET |"); v(n, n.addr.line1.toUpperCase(), "ADDRESS"); b.t("|  APT |"); if (n.addr.unit) v(n, n.addr.unit.toUpperCase(), "ADDRESS"); b.t("|").nl();
  b.t("CITY |"); v(n, n.addr.city.toUpperCase(), "LOCATION"); b.t(`|  ST |${n.addr.state}|  ZIP |`); v(n, sp(n.addr.zip.slice(0, 5)), "ZIP"); b.t("|").nl();
  const dg = n.phone.replace(/\D/g, "").replace(/^1(?=\d{10}$)/, "");
  b.t("HOME / CELL PHONE | "); v(n, `( ${sp(dg.slice(0, 3))} ) ${sp(dg.slice(3, 6))} - ${sp(dg.slice(6))}`, "PHONE"); b.t(" |").nl();
  b.t("E-MAIL |"); v(n, n.email.toUpperCase(), "EMAIL"); b.t("|").nl();
  b.t(`SEX  [${c.pick(["x", " "])}] F  [ ] M  [ ] X     MARITAL  [ ] S [x] M [ ] W`).nl();
  b.t(`INSURANCE CO. |${c.payer().toUpperCase()}|  ID # |`); v(n, sp(c.member()), "HEALTH_PLAN"); b.t("|").nl();
  const ec = other(n);
  b.t("EMERGENCY CONTACT |"); b.name(ec.first.toUpperCase(), " ", ec.last.toUpperCase()); b.t(`|  REL |${c.pick(["DAUGHTER", "SON", "WIFE", "FRIEND", "SISTER"])}|  PH |`); v(n, c.phone(), "PHONE"); b.t("|").nl();
  b.t("EMPLOYER |"); if (c.chance(0.6)) v(n, c.employer().toUpperCase(), "FACILITY"); else b.t(c.pick(["RETIRED", "DISABLED", "N/A"])); b.t("|").nl();
  b.t(`REFERRED BY [ ] friend [x] doctor: `); const r = other(n); b.t("DR "); v(n, r.last.toUpperCase(), "NAME"); b.nl();
  b.t("SIGNATURE  ").t(c.pick(["~~signature~~", "(illegible)", "[signed]"])).t("   DATE ");
  const sd = c.recent();
  v(n, c.chance(0.5) ? `${sp(String(sd.m).padStart(2, "0"))} / ${sp(String(sd.d).padStart(2, "0"))} / ${sp(String(sd.y).slice(2))}` : fmtDate(sd, "mdy1"), "DATE"); b.nl();
  b.t(`-- OCR confidence ${c.int(71, 97)}%  batch ${c.digits(5)}  page 1 of 2 --`).nl();
}

export const STYLES_B: Record<string, Style> = {
  "death-cert-worksheet": deathWorksheet,
  "oasis-items": oasis,
  "hospice-cti": hospiceCti,
  "dmv-medical-form": dmvForm,
  "camp-health-form": campForm,
  "comb-box-ocr": boxedOcr,
};
