/** School, camp and occupational styles: controlled-med count, screening roster, exclusion letter, camp infirmary log, DOT exam, OSHA 300 log, mine injury report. */
import { fmtDate, type D } from "./kit";
import * as L from "./lists";
import { addrBlock, address, age, clin, dt, hhmm, initials, nm, other, otherOf, ph, pickAge, staff, type Note15, type Style } from "./note";

const kidDob = (n: Note15, lo = 2008, hi = 2020): D => (n.dob = { y: n.c.int(lo, hi), m: n.c.int(1, 12), d: n.c.int(1, 28) });

const schoolMedCount: Style = (n) => {
  const { b, c, pt } = n;
  kidDob(n);
  const school = c.school();
  b.v(school, "FACILITY").t(" - Health Office\nCONTROLLED MEDICATION COUNT SHEET\n");
  b.t("Student: "); nm(n, pt, c.pick(["fl", "lf", "LF"] as const)); b.t("   DOB ").v(fmtDate(n.dob, c.pick(["mdy1", "mdy"])), "DATE").t("   Student ID ").v(c.digits(c.int(6, 9)), "ID").nl();
  const drug = c.pick(["methylphenidate 10 mg", "Adderall 5 mg", "Vyvanse 20 mg", "Focalin 5 mg", "clonidine 0.1 mg"]);
  b.t(`Medication: ${drug}   Rx# `).v(c.digits(7), "ID").t(" filled ").v(c.partialDate(c.recent()), "DATE").t(" at ").v(`${c.pick(L.SURNAMES)} Pharmacy`, "FACILITY").nl();
  let left = c.int(20, 60);
  b.t("Received from parent: "); const par = otherOf(n, c.chance(0.7) ? "F" : "M"); nm(n, par, "fl"); b.t(` - ${left} tabs counted`).nl();
  b.t(c.pick(["Date | Time | Given | Remaining | Nurse | Witness\n", "date     time   given  left  RN  wit\n"]));
  const nurse = other(n);
  const wit = other(n);
  const m = c.int(1, 12);
  for (let i = 0; i < c.int(3, 6); i++) {
    left--;
    b.v(`${m}/${c.int(1, 28)}`, "DATE").t(` | ${hhmm(c)} | 1 | ${left} | `).v(initials(nurse), "NAME").t(" | ").v(initials(wit), "NAME").nl();
  }
  b.t("Nurse: "); staff(n, nurse, [", RN", ", BSN, RN", ", LSN"]); b.t("  Witness: "); nm(n, wit, "fl"); b.t(c.pick([" (secretary)", " (principal)", ""])).nl();
  b.t("Parent cell ").v(n.phone, "PHONE").t(`. ${c.pick(["Count discrepancy none.", "1 tab dropped - wasted w/ witness."])}\n`);
};

const screeningRoster: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  const school = c.school();
  b.t(`${c.pick(["Vision & Hearing Screening Roster", "HEARING/VISION SCREEN - RESULTS", "Spinal & Vision Screening"])}\n`).v(school, "FACILITY").t(`   Grade ${c.pick(["K", "1", "3", "5", "7"])}   Teacher: ${c.pick(["Mrs. ", "Mr. ", "Ms. "])}`).v(c.pick(L.SURNAMES), "NAME").t("   Date: ").v(c.fullDate(c.recent()), "DATE").nl();
  b.t(c.pick(["Student | DOB | R | L | Hearing | Referral\n", "Student\tDOB\tR\tL\tHearing\tReferral\n"]));
  const sep = b.text.includes("\t") ? "\t" : " | ";
  for (let i = 0; i < c.int(4, 8); i++) {
    const p = c.person();
    nm(n, p, c.pick(["lf", "fl", "LF"] as const)); b.t(sep).v(fmtDate({ y: c.int(2011, 2020), m: c.int(1, 12), d: c.int(1, 28) }, c.pick(["mdy1", "mdy", "iso"])), "DATE");
    b.t(`${sep}20/${c.pick(["20", "25", "30", "40", "50"])}${sep}20/${c.pick(["20", "25", "30", "40", "70"])}${sep}${c.pick(["P", "P", "F 4000Hz L", "absent"])}${sep}`);
    if (c.chance(0.3)) { b.t("letter to "); nm(n, c.person(), "fl"); b.t(" "); ph(n); } else b.t("-");
    b.nl();
  }
  b.t("Screener: "); nm(n, other(n), "il"); b.t(` (Lions Club volunteer), ${c.pick(["Titmus V4", "Spot Vision Screener", "GSI 18 audiometer"])} #${c.int(1, 9)}\n`);
};

const exclusionLetter: Style = (n) => {
  const { b, c, pt } = n;
  kidDob(n, 2012, 2021);
  const school = c.school();
  b.v(school, "FACILITY").t("\n").v(c.street(), "ADDRESS").t(", ").v(c.town(), "LOCATION").t(` ${c.state()}\nPhone `).v(c.phone(), "PHONE").t("  Fax ").v(c.phone(), "FAX").nl(2);
  b.v(c.fullDate(c.recent()), "DATE").nl(2);
  const par = otherOf(n, c.chance(0.7) ? "F" : "M");
  b.t("To the parent/guardian of "); nm(n, pt, "fl"); b.nl(); nm(n, par, "fl"); b.nl(); addrBlock(n, n.addr, c.chance(0.25)); b.nl(2);
  const cond = c.pick(["head lice (live lice seen)", "suspected pertussis - household case", "impetigo", "fever 101.2 F and vomiting", "scabies"]);
  b.t(`Dear ${c.pick(["Parent/Guardian", "Mr./Ms. "])}`); if (!b.text.endsWith("Guardian")) b.v(par.last, "NAME"); b.t(",\n\n");
  b.t(`Your child was seen in the health office today for ${cond} and was sent home per district policy ${c.pick(["5141.22", "JHCC", "IHAM"])}. `);
  b.t("They may return on or after ").v(c.partialDate(c.recent()), "DATE").t(` ${c.pick(["with a note from a health care provider", "after first treatment (permethrin 1%)", "after 5 days of azithromycin"])}. Please check siblings (`);
  nm(n, other(n), "f"); b.t(`, grade ${c.int(1, 8)}).\n\n`);
  b.t(`Sincerely,\n`); staff(n, other(n), [", RN", ", BSN, RN, NCSN"]); b.t(", School Nurse\n").v(`${c.pick(["nurse", "health"])}.${c.pick(L.SURNAMES).toLowerCase().replace(/[^a-z]/g, "")}@${c.pick(["usd", "k12", "isd"])}${c.int(1, 499)}.org`, "EMAIL").nl();
};

const campInfirmaryLog: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  b.t(`${c.pick(["Infirmary Log", "HEALTH LODGE DAILY LOG", "Camp Health Center Treatment Log"])} - `).v(`Camp ${c.pick(["Wapiti", "Tall Pines", "Kiwanis", "Lake Owasso", "Bear Paw", "Sky Ranch"])}`, "FACILITY").t(" - ").v(c.partialDate(c.recent()), "DATE").nl();
  const hc = other(n);
  b.t("Health officer on duty: "); staff(n, hc, [", RN", ", EMT", ", WFR"]); b.nl();
  for (let i = 0; i < c.int(4, 7); i++) {
    const p = c.person();
    b.t(`${hhmm(c)}  ${c.pick(["Cabin Hawk", "Cabin 7", "Cedar", "CIT", "staff"])}  `); nm(n, p, c.pick(["fl", "lf", "f", "LF"] as const)); b.t(` (${c.int(7, 17)})  `);
    b.t(`${c.pick(["bee sting R hand - ice, Benadryl 25", "homesick, stomachache - rest", "splinter removed", "ankle sprain at ropes course - RICE", "fever 100.9 - isolated", "tick removed L axilla"])}`);
    if (c.chance(0.35)) { const rel = c.pick(["mom", "dad", "grandma"]); b.t(`; called ${rel} `); nm(n, c.personOf(rel === "dad" ? "M" : "F"), "f"); b.t(" "); ph(n); }
    b.t("  ").v(initials(hc), "NAME").nl();
  }
  b.t(`Meds pass done ${hhmm(c)}. EpiPen lot ${c.letters(2)}${c.digits(4)} exp 08/2027 checked.\n`);
};

const dotMcsaExam: Style = (n) => {
  const { b, c, pt } = n;
  b.t("MEDICAL EXAMINATION REPORT FORM (for Commercial Driver Medical Certification) - MCSA-5875\n");
  b.t("Driver: "); nm(n, pt, c.pick(["lfm", "LF", "fml"] as const)); const a = pickAge(n, 0);
  b.t("   DOB ").v(fmtDate(n.dob, c.pick(["mdy", "mdy1"])), "DATE").t("   Age "); age(n, a); b.nl();
  b.t("Address: "); address(n, n.addr); b.t("   Phone ").v(n.phone, "PHONE").t("   Email ").v(n.email, "EMAIL").nl();
  const st = c.state();
  b.t(`Driver's License/CDL: ${st} `).v(c.dl(), "LICENSE").t(`  Class ${c.pick(["A", "B"])}  CLP/CDL Applicant/Holder: [X]   Exam: ${c.pick(["[X] Recert", "[X] New", "[X] Follow-up"])}\n`);
  b.t(`Vision: R 20/${c.pick(["20", "25", "30", "40"])} L 20/${c.pick(["20", "25", "40"])}; horiz field 70/70; whispered voice ${c.int(5, 10)} ft; ${clin(n)}; urine SG 1.0${c.int(5, 30)} prot neg\n`);
  b.t(`Determination: ${c.pick(["Meets standards - 2 yr", "Meets standards - 1 yr (HTN)", "Meets standards with SPE", "Temporarily disqualified - sleep study"])}  Certificate expires `).v(fmtDate(c.recent(), c.pick(["mdy", "long"])), "DATE").nl();
  b.t("Employer: ").v(c.employer(), "FACILITY").t("  Med Card #").v(`${c.digits(6)}`, "ID").nl();
  const me = other(n);
  b.t("Medical Examiner: "); staff(n, me, [", DC", ", NP", ", PA-C", ", DO", ", MD"]); b.t("  National Registry # ").v(c.digits(10), "LICENSE").t("  State lic ").v(c.license(st), "LICENSE").nl();
  b.t("Exam date: "); dt(n); b.t(" at ").v(`${c.town()} Occupational Health`, "FACILITY").nl();
};

const osha300Log: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  const est = c.employer();
  b.t("OSHA's Form 300 - Log of Work-Related Injuries and Illnesses   Year 2026\nEstablishment: ").v(est, "FACILITY").t("   City: ").v(c.town(), "LOCATION").t(`   State: ${c.state()}\n`);
  b.t("(A) Case | (B) Employee | (C) Job title | (D) Date | (E) Where | (F) Description | Days away\n");
  for (let i = 1; i <= c.int(3, 6); i++) {
    const p = c.person();
    b.t(`${c.int(1, 40)} | `);
    if (c.chance(0.15)) b.t("Privacy Case"); else nm(n, p, c.pick(["fl", "lf", "LF"] as const));
    b.t(` | ${c.pick(["Haul truck driver", "Roof bolter", "Pen rider", "Welder", "Cook", "Lineman"])} | `).v(c.partialDate(c.recent()), "DATE");
    b.t(` | ${c.pick(["loading dock", "pit 3", "feed alley", "shop", "kitchen"])} | ${c.pick(["laceration L hand - knife", "fractured R wrist - fell from ladder", "heat exhaustion", "crush injury finger", "back strain lifting"])} | ${c.int(0, 45)}\n`);
  }
  b.t("Certified by: "); nm(n, other(n), "fl"); b.t(", Safety Manager  ").v(c.phone(), "PHONE").t("  ").v(c.fullDate(c.recent()), "DATE").nl();
};

const mineInjuryReport: Style = (n) => {
  const { b, c, pt } = n;
  b.t("MINE ACCIDENT, INJURY AND ILLNESS REPORT (MSHA Form 7000-1)\n");
  b.t(`Mine ID: ${c.int(15, 46)}-${c.digits(5)}   Mine name: `).v(c.pick([`${c.pick(L.STREETS)} No. ${c.int(1, 9)} Mine`, c.employer()]), "FACILITY").t("   County: ").v(c.county(), "LOCATION").nl();
  b.t("Injured: "); nm(n, pt, c.pick(["fml", "LF", "lfm"] as const)); b.t("   SSN ").v(c.ssn(), "SSN").t("   Age "); age(n, pickAge(n, 0)); b.t(`   Experience: ${c.int(1, 30)} yrs total\n`);
  b.t("Date of accident: ").v(fmtDate(c.recent(), c.pick(["mdy", "mdy1", "long"])), "DATE").t(` Time: ${hhmm(c)}   Shift start ${c.pick(["0600", "1400", "2200"])}\n`);
  b.t(`Occupation: ${c.pick(["roof bolter", "continuous miner operator", "shuttle car operator", "belt man"])}; ${c.pick(["pinned by shuttle car", "struck by falling rib rock", "hand caught in belt tail", "slipped on wet mandoor step"])}.\n`);
  b.t("Taken to ").v(c.facility(), "FACILITY").t(" by ").v(c.town(), "LOCATION").t(` Rescue Squad; ${clin(n)}\n`);
  b.t("Supervisor: "); nm(n, other(n), "fl"); b.t("   Witness: "); nm(n, other(n), c.pick(["fl", "l"] as const)); b.nl();
  b.t("WC claim # ").v(c.id("WC"), "ID").t("   Miner address: "); address(n, n.addr); b.nl();
  b.t("Prepared by: "); nm(n, other(n), "fl"); b.t("  ").v(c.phone(), "PHONE").t("  ").v(fmtDate(c.recent(), "mdy"), "DATE").nl();
};

export const STYLES_D: Record<string, Style> = {
  "school-med-count": schoolMedCount, "screening-roster": screeningRoster, "exclusion-letter": exclusionLetter,
  "camp-infirmary-log": campInfirmaryLog, "dot-mcsa-exam": dotMcsaExam, "osha-300-log": osha300Log, "mine-injury-report": mineInjuryReport,
};
