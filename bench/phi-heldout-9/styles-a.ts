/**
 * Ninth held-out corpus, styles A: government and registry forms (VA DBQ, FAA medical, I-693, DD 689 sick slip,
 * medical-cannabis certification, driver's-licence barcode scan).
 */
import { mdy, mmddyyyy } from "./kit";
import { address, age, dob, dt, fac, lv, nm, other, ph, pickAge, plus, rel, staff, type Note9, type Style } from "./note";

function vaDbq(n: Note9): void {
  const { b, c } = n;
  const a = pickAge(n, 0.35);
  const topic = c.pick(["Sleep Apnea", "Knee and Lower Leg Conditions", "Hearing Loss and Tinnitus", "PTSD (Review)", "Diabetes Mellitus", "Ischemic Heart Disease"]);
  b.t(`DISABILITY BENEFITS QUESTIONNAIRE — ${topic}\n`);
  b.t("Name of patient/Veteran: ");
  nm(n, n.pt, c.pick(["LF", "lfm", "FL"] as const));
  b.nl();
  if (c.chance(0.5)) lv(n, "Veteran's SSN: ", c.ssn(), "SSN");
  else b.t("VA File Number: C ").v(`${c.digits(2)} ${c.digits(3)} ${c.digits(3)}`, "ID").nl();
  if (c.chance(0.6)) lv(n, "DoD ID (EDIPI): ", c.digits(10), "ID");
  b.t("Date of birth: ");
  dob(n);
  b.t("    Claim no. ").v(`${c.int(600, 699)}${c.digits(6)}`, "ID").nl();
  b.t("Date of examination: ");
  dt(n);
  b.t("\nExam location: ");
  if (c.chance(0.5)) b.v(`${c.city()} VA Clinic`, "FACILITY");
  else fac(n, c.hospital());
  b.t(" (in person)\n\nSECTION I — EVIDENCE REVIEW\n[x] VA e-folder (VBMS)   [x] VA treatment records (CPRS)   [ ] Other: ");
  if (c.chance(0.6)) {
    b.t("private records from ");
    fac(n, c.clinic());
    b.t(" dated ");
    dt(n);
  }
  b.t(`\n\nSECTION II — MEDICAL HISTORY\nThe Veteran is a `);
  age(n, a, c.chance(0.2));
  b.t(`-year-old ${c.pick(["Korean War", "Vietnam-era", "Gulf War", "peacetime"])} veteran who served in the ${c.pick(["US Army", "US Navy", "USMC", "US Air Force"])} ${c.year()}–${c.year()} (DD-214 reviewed).`);
  if (c.chance(0.5)) b.t(" Service number ").v(`${c.pick(["RA", "US", "ER"])} ${c.digits(2)} ${c.digits(3)} ${c.digits(3)}`, "ID").t(" per DD-214.");
  b.t(" Accompanied by ");
  const sp = rel(n);
  b.t(c.pick(["spouse ", "daughter ", "son ", "caregiver "]));
  nm(n, sp, c.pick(["fl", "f"] as const));
  b.t(`, who reports ${c.pick(["loud snoring and witnessed apneas", "falls at night", "hearing difficulty at church", "nightmares 3-4x/week"])} since ${c.year()}. `);
  b.t(`Diagnostic code ${c.pick(["6847", "5260", "6100", "9411", "7913", "7005"])}; ${c.icd()}. ${c.clin()}\n`);
  b.t(`AHI ${c.int(5, 60)}/h on study of `);
  dt(n, c.recent(), true);
  b.t(`; CPAP ${c.pick(["ResMed AirSense 10", "DreamStation 2"])} prescribed.\n\nExaminer: `);
  const ex = other(n);
  staff(n, ex, [", MD", ", DO", ", NP", ", AuD", ", PhD"]);
  b.t("   NPI: ").v(c.npi(), "LICENSE").t("\nExaminer phone: ");
  ph(n);
  b.t("   Date signed: ");
  dt(n);
  b.nl();
}

function faaMedical(n: Note9): void {
  const { b, c } = n;
  b.t("FAA FORM 8500-8 — APPLICATION FOR AIRMAN MEDICAL CERTIFICATE\n");
  lv(n, "MedXPress Confirmation No.: ", c.letters(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "ID");
  lv(n, "Applicant ID: ", `A${c.digits(7)}`, "ID");
  b.t(`1. Application for: ${c.pick(["First", "Second", "Third"])} Class   2. Last Name: `).v(n.pt.last, "NAME");
  b.t("   First Name: ").v(n.pt.first, "NAME");
  b.t("   Middle Name: ");
  if (n.pt.middle) b.v(n.pt.middle, "NAME");
  else b.t("NMN");
  b.t("\n3. Address: ");
  address(n, n.addr, c.chance(0.5) ? ", " : "\n   ");
  b.t("   Country: USA\n4. Telephone: ").v(n.phone, "PHONE").t("   E-mail: ").v(n.email, "EMAIL");
  b.t("\n5. Date of Birth (MM/DD/YYYY): ").v(mdy(n.dob), "DATE");
  b.t(`   6. Hair: ${c.pick(["Brown", "Gray", "Black", "Blond", "Bald"])}   7. Eyes: ${c.pick(["Blue", "Brown", "Hazel", "Green"])}   Sex: ${c.pick(["M", "F"])}\n`);
  b.t(`8. Type of Airman Certificate(s) you hold: ${c.pick(["Private", "Commercial", "ATP", "Student", "Flight Instructor"])}   Certificate No.: `).v(c.chance(0.5) ? c.digits(7) : `${c.digits(4)}${c.letters(1)}${c.digits(3)}`, "LICENSE");
  b.t("\n10. Occupation: ").t(c.pick(["Pilot", "Crop duster", "Retired", "Farmer", "Engineer"])).t("   11. Employer: ");
  b.v(c.pick([c.employer(), `${c.pick(["Ag", "Air", "Sky"])} ${n.pt.last} Aviation`]), "FACILITY");
  b.t(`\n14. Total pilot time: ${c.int(40, 24000)} hrs   Past 6 months: ${c.int(0, 400)} hrs\n15. Date of last FAA medical application: `);
  dt(n, c.recent(), true);
  b.t(`   [ ] No prior application\n17.a Medications: ${c.dose()}\n18. Medical history: ${c.pick(["m. mental disorders — no", "n. substance dependence — no", "h. heart or vascular trouble — yes, stent " + c.year()])}\n`);
  b.t("19. Visits to health professionals within last 3 years: ");
  dt(n, c.recent(), true);
  b.t(" — ");
  staff(n, other(n));
  b.t(", ");
  fac(n, c.clinic());
  b.t(", ");
  b.v(c.city(), "LOCATION").t(`, ${c.state()} — annual physical.\n\nEXAMINATION (AME): distant vision 20/${c.pick(["20", "25", "30", "40"])} corrected; ${c.vitals()}.\n`);
  if (c.chance(0.4)) b.t("Special Issuance authorization ref. ").v(`SI-${c.digits(4)}-${c.digits(6)}`, "ID").t(` (BasicMed not applicable, Part 67).\n`);
  b.t("Aviation Medical Examiner: ");
  staff(n, other(n), [", MD", ", DO", " MD", ""]);
  b.t("   AME Serial No.: ").v(`${c.digits(5)}-${c.int(1, 9)}`, "LICENSE");
  b.t("\nDate of exam: ");
  dt(n);
  b.t(`   Certificate issued: ${c.pick(["Third", "Second", "First"])} Class — Limitations: ${c.pick(["must wear corrective lenses", "none", "not valid for night flying"])}\n`);
}

function i693(n: Note9): void {
  const { b, c } = n;
  b.t("Form I-693 — Report of Immigration Medical Examination and Vaccination Record\nPart 1. Applicant\n");
  b.t("A-Number: A").v(c.pick([`${c.digits(3)}-${c.digits(3)}-${c.digits(3)}`, c.digits(9), `${c.digits(3)} ${c.digits(3)} ${c.digits(3)}`]), "ID");
  b.t("   USCIS Online Account No.: ").v(c.digits(12), "ID").nl();
  b.t("Family Name (Last): ").v(n.pt.last.toUpperCase(), "NAME").t("   Given Name (First): ").v(n.pt.first.toUpperCase(), "NAME");
  if (n.pt.middle) b.t("   Middle: ").v(n.pt.middle.toUpperCase(), "NAME");
  b.t("\nDate of Birth (mm/dd/yyyy): ").v(mdy(n.dob), "DATE");
  b.t(`   City/Town of Birth: ${c.pick(["Guadalajara", "Manila", "Hanoi", "Port-au-Prince", "Lagos", "San Salvador", "Kabul", "Addis Ababa"])}   Country of Birth: ${c.pick(["Mexico", "Philippines", "Vietnam", "Haiti", "Nigeria", "El Salvador", "Afghanistan", "Ethiopia"])}\n`);
  b.t("Current U.S. Mailing Address: ");
  address(n, n.addr);
  b.t("\nDaytime Phone: ").v(n.phone, "PHONE").t("   E-mail: ").v(n.email, "EMAIL").nl();
  if (c.chance(0.5)) {
    b.t("Interpreter: ");
    nm(n, other(n), "fl");
    b.t(`, ${c.pick(["Spanish", "Tagalog", "Vietnamese", "Haitian Creole", "Dari", "Amharic"])}; interpreter ID `).v(`${c.digits(5)}`, "ID").nl();
  }
  b.t(`\nPart 5. Tuberculosis: IGRA (QuantiFERON-TB Gold Plus) collected `);
  dt(n);
  b.t(`, result ${c.pick(["negative", "positive — CXR ordered", "indeterminate"])}. Chest X-ray `);
  dt(n, c.recent(), true);
  b.t(`: no Class B findings.\nSyphilis RPR ${c.pick(["nonreactive", "nonreactive"])}; Gonorrhea NAAT negative. ${c.clin()}\n`);
  b.t("Vaccination record:\n");
  for (const vax of c.shuffle(["MMR", "Tdap", "Varicella", "Influenza", "COVID-19", "Hep B", "Pneumococcal"]).slice(0, c.int(2, 4))) {
    b.t(`  ${vax.padEnd(12)} `);
    dt(n);
    b.t(`  lot ${c.lot()}  ${c.pick(["given", "documented", "titer immune"])}\n`);
  }
  b.t("\nPart 8. Civil Surgeon: ");
  staff(n, other(n), [", MD", ", DO"]);
  b.t("\nPractice: ");
  fac(n, c.clinic());
  b.t(", ");
  address(n, { line1: c.street(), city: c.city(), state: c.state(), zip: c.zip() });
  b.t("\nMedical licence no. ").v(c.licence(c.pick(["", "MD", "DO-"])), "LICENSE").t("   Phone ");
  ph(n);
  b.t("   Date signed: ");
  dt(n);
  b.t("\n(Seal envelope; applicant must not open. See uscis.gov/i-693.)\n");
}

function dd689(n: Note9): void {
  const { b, c } = n;
  const rank = c.pick(["SPC", "SGT", "PFC", "SSG", "1LT", "CPL", "PV2", "SFC"]);
  b.t("INDIVIDUAL SICK SLIP (DD FORM 689)\nTO: Commander, ").t(`${c.pick(["HHC", "A Co", "B Btry", "C Trp"])} ${c.int(1, 4)}-${c.int(1, 509)} ${c.pick(["IN", "FA", "AV", "BSB", "CAV"])}`).t("\nDATE: ");
  dt(n);
  b.t("\n1. NAME (Last, First, MI): ");
  nm(n, n.pt, c.pick(["LF", "lf"] as const));
  if (n.pt.middle) b.t(" ").v(n.pt.middle[0]!, "NAME");
  b.t(`   GRADE: ${rank}\n2. DoD ID: `).v(c.digits(10), "ID");
  b.t("   SSN (last 4): XXX-XX-").v(c.digits(4), "SSN");
  b.t(`\n3. ORGANIZATION: ${c.pick(["2nd Bde", "1st Bn", "3rd Sqdn"])}, Fort ${c.pick(["Cavazos", "Liberty", "Johnson"])}, ${c.state()}\n`);
  b.t("4. UNIT COMMANDER'S SIGNATURE: ");
  nm(n, other(n), "FL");
  b.t(`, ${c.pick(["CPT", "1SG", "MAJ"])}\n\nMEDICAL OFFICER\nSeen at `);
  b.v(`${c.pick(["Cimarron", "Palouse", "Twin Buttes", "Red River"])} Army Health Clinic`, "FACILITY");
  b.t(` (TMC ${c.int(1, 12)}) at ${c.time()}. ${c.pick(["Ankle inversion injury during PT run", "URI symptoms x3 days", "Heat exhaustion during ruck march", "Low back strain lifting a generator"])}. ${c.clin()}\n`);
  b.t(`DISPOSITION: [${c.pick(["x", " "])}] Duty  [${c.pick(["x", " "])}] Quarters x ${c.int(24, 72)} hrs  [ ] Hospital  — Profile (DA 3349) through `);
  dt(n, plus(c.recent(), c.int(3, 30)), true);
  b.t("\nRemarks: Soldier's spouse ");
  nm(n, rel(n), "fl");
  b.t(" notified at ");
  ph(n);
  b.t("\nMEDICAL OFFICER: ");
  staff(n, other(n), [", PA-C", ", MD", " (68W)", ", DO"]);
  b.nl();
}

function cannabisCert(n: Note9): void {
  const { b, c } = n;
  const st = c.state();
  b.t(`MEDICAL MARIJUANA PROGRAM — PRACTITIONER CERTIFICATION (${st})\nPatient name: `);
  nm(n, n.pt, c.pick(["fml", "fl", "LF"] as const));
  b.t("\nPatient registry ID: ").v(c.pick([`MMJ-${c.digits(7)}`, `${c.letters(2)}${c.digits(8)}`, `P${c.digits(4)}-${c.digits(4)}`]), "ID");
  b.t("\nDriver's license / state ID #: ").v(c.dl(), "LICENSE").t(` (${st})`);
  b.t("\nDate of birth: ");
  dob(n);
  b.t("\nResidential address: ");
  address(n, n.addr);
  b.t("\nCounty of residence: ").v(c.county(), "LOCATION");
  b.t("\nPhone: ").v(n.phone, "PHONE").t("   Email: ").v(n.email, "EMAIL");
  b.t(`\n\nQualifying condition: ${c.pick(["chronic pain (> 6 months)", "PTSD", "intractable seizures", "cancer", "Crohn's disease", "terminal illness"])}; ${c.icd()}.\n`);
  b.t(`Recommended: THC:CBD ${c.pick(["1:1", "20:1", "1:20", "3:1"])} tincture, max ${c.pick(["2.5 oz", "28 g", "4 oz"])} per 30 days. Current meds: ${c.dose()}.\n`);
  if (c.chance(0.6)) {
    b.t("Designated caregiver: ");
    const cg = rel(n);
    nm(n, cg, "fl");
    b.t(", DOB ");
    dt(n, c.dob());
    b.t(", caregiver registry ID ").v(`C${c.digits(8)}`, "ID").nl();
  }
  if (c.chance(0.5)) {
    b.t("Preferred dispensary: ");
    b.v(`${c.pick(["Green Leaf", "Prairie Bloom", "Natural State", "Sweet Leaf", "High Plains"])} ${c.pick(["Dispensary", "Wellness", "Medicinals"])}`, "FACILITY");
    b.t(" of ").v(c.city(), "LOCATION").nl();
  }
  b.t("\nCertifying practitioner: ");
  staff(n, other(n), [", MD", ", DO", ", APRN"]);
  b.t("\nState licence #: ").v(c.licence(), "LICENSE").t("   DEA #: ").v(c.dea(), "LICENSE");
  b.t("\nCertification date: ");
  const d = c.recent();
  dt(n, d);
  b.t("   Expires: ");
  dt(n, plus(d, 365));
  b.t(`\nBona fide practitioner-patient relationship since ${c.year()}.\n`);
}

function aamvaScan(n: Note9): void {
  const { b, c } = n;
  const st = c.state();
  const issue = c.recent();
  const exp = { y: issue.y + c.int(4, 8), m: n.dob.m, d: n.dob.d };
  b.t(`ID SCAN — registration desk, ${c.pick(["Main Lobby", "Kiosk 2", "ED Registration", "Imaging Check-in"])}\nScanner: ${c.pick(["Honeywell Xenon 1952g", "Zebra DS8178", "Intelli-Check"])}   Parsed: AAMVA PDF417 v${c.int(8, 10)}\n`);
  b.t(`@\nANSI ${c.pick(["636014", "636021", "636045", "636009", "636020"])}${c.pick(["09", "10"])}0002DL00410278ZC03190008DL\n`);
  b.t("DAQ").v(c.dl(), "LICENSE").nl();
  b.t("DCS").v(n.pt.last.toUpperCase(), "NAME").nl();
  b.t("DAC").v(n.pt.first.toUpperCase(), "NAME").nl();
  b.t("DAD");
  if (n.pt.middle) b.v(n.pt.middle.toUpperCase(), "NAME");
  else b.t("NONE");
  b.nl().t("DBD").v(mmddyyyy(issue), "DATE").nl();
  b.t("DBB").v(mmddyyyy(n.dob), "DATE").nl();
  b.t("DBA").v(mmddyyyy(exp), "DATE").nl();
  b.t(`DBC${c.pick(["1", "2"])}\nDAY${c.pick(["BRO", "BLU", "GRN", "HAZ"])}\nDAU${String(c.int(58, 76)).padStart(3, "0")} IN\n`);
  b.t("DAG").v(n.addr.line1.toUpperCase(), "ADDRESS").nl();
  if (n.addr.unit) b.t("DAH").v(n.addr.unit.toUpperCase(), "ADDRESS").nl();
  b.t("DAI").v(n.addr.city.toUpperCase(), "LOCATION").nl();
  b.t(`DAJ${n.addr.state}\n`);
  const z = n.addr.zip.replace("-", "");
  b.t("DAK").v(z.length === 5 ? `${z}0000` : z, "ZIP").t("  \n");
  b.t("DCF").v(`${c.digits(4)}${c.letters(2)}${c.digits(6)}${c.letters(1)}`, "ID").nl();
  b.t("DCGUSA\nDDEN\nDDFN\nDDGN\nDCK").v(c.digits(14), "ID");
  b.t(`\nDDB${mmddyyyy({ y: c.int(2016, 2024), m: c.int(1, 12), d: c.int(1, 28) })}\n\n`);
  b.t("Registration clerk: ");
  nm(n, other(n), c.pick(["fl", "il"] as const));
  b.t(` — ID matched to patient; photo verified at ${c.time()}.`);
  if (c.chance(0.5)) {
    b.t(" Address on ID differs from chart; patient states new address is ");
    address(n, { line1: c.street(), city: c.city(), state: st, zip: c.zip() });
    b.t(".");
  } else b.t(" Address on ID matches chart.");
  b.t(`\nIIN and DDB (card revision date) are not patient identifiers. ${c.pick(["REAL ID compliant (gold star).", "Not REAL ID compliant.", ""])}\n`);
}

export const STYLES_A: Record<string, Style> = {
  "va-dbq": vaDbq,
  "faa-aviation-medical": faaMedical,
  "i693-civil-surgeon": i693,
  "dd689-sick-slip": dd689,
  "medical-cannabis-cert": cannabisCert,
  "aamva-scan": aamvaScan,
};
