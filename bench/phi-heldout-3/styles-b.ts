/** Styles 9-16: records request letter, trial screening log, device check, oncology summary, pediatric growth note, sports physical, CHW home visit, POLST. */
import { address, newAddress, nm, other, staff, type Style } from "./note";

export const recordsRequest: Style = (n) => {
  const { b, c } = n;
  const prev = newAddress(n);
  b.v(c.facility(), "FACILITY").nl();
  b.v(c.street(), "ADDRESS").t(" | ").v(c.city(), "LOCATION").t(`, ${c.state()} `).v(c.zip(), "ZIP").t(" | Fax ").v(c.phone(), "FAX").nl(2);
  b.v(c.full(c.date(2026, 2026), 3), "DATE").nl(2);
  b.t("Medical Records Department").nl().v(c.facility(), "FACILITY").nl();
  address(n, { ...prev, unit: undefined }, "\n");
  b.nl(2).t("RE: Request for prior records - ");
  nm(n, n.pt, c.pick(["fml", "fl"] as const));
  b.t(", DOB ").v(c.full(n.dob, c.pick([1, 3])), "DATE");
  if (c.chance(0.5)) b.t(", SSN last four ").v(c.digits(4), "SSN");
  b.nl(2);
  b.t("Our mutual patient has transferred care to our practice. Please send records for dates of service ").v(c.monthYear(c.date(2019, 2022)), "DATE").t(" through ").v(c.full(c.date(2024, 2025)), "DATE").t(`, including office notes, labs, imaging and immunizations. A HIPAA-compliant authorization signed `).v(c.short(c.date(2026, 2026)), "DATE").t(" is enclosed. Under 45 CFR 164.524 there is no charge for continuity of care.").nl(2);
  b.t("Former name: ");
  nm(n, { first: n.pt.first, last: c.surname() }, "l");
  b.t(". Previous PCP: ");
  staff(n, other(n));
  b.t(".").nl(2);
  b.t("Sincerely,").nl();
  nm(n, other(n), "fl");
  b.t(`, ${c.pick(["RHIA", "Medical Records Specialist", "CMA"])}`).nl().t("Direct: ").v(c.phone(), "PHONE").t(" | ").v(c.email(other(n)), "EMAIL").nl();
};

export const trialScreening: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  b.t(`SCREENING & ENROLLMENT LOG   Protocol ${c.pick(["ONC-", "CV-", "DM-"])}${c.digits(3)}  (NCT0${c.digits(7)})  Sponsor: ${c.pick(["Genentech", "Novo Nordisk", "Boston Scientific", "Merck"])}`).nl();
  b.t("Site: ").v(c.facility(), "FACILITY").t("  PI: ");
  staff(n, other(n));
  b.nl();
  b.t("Scr # | Initials | MRN | Pre-screen date | Age | Eligible | Reason / notes").nl();
  for (let i = 0; i < c.int(3, 6); i++) {
    const p = c.person();
    b.v(`S${c.digits(3)}-${c.digits(3)}`, "ID").t(" | ").v(p.first[0]!, "NAME");
    if (p.middle) b.v(p.middle[0]!, "NAME");
    b.v(p.last[0]!, "NAME").t(" | ").v(c.mrn(), "MRN").t(" | ").v(c.full(c.date(2025, 2026), c.pick([1, 2])), "DATE").t(" | ");
    const age = c.chance(0.15) ? c.int(90, 96) : c.int(21, 84);
    if (age >= 90) b.v(String(age), "AGE"); else b.t(String(age));
    b.t(` | ${c.pick(["Y", "N", "Pending"])} | ${c.pick(["eGFR 38 < 45", "ECOG 2", "A1c 6.8% (range 7-10.5)", "consented", "declined - travel", `prior ${c.pick(["Keytruda", "Opdivo"])}`])}`);
    if (c.chance(0.3)) {
      b.t("; contact ");
      nm(n, p, "fl");
      b.t(" at ").v(c.phone(), "PHONE");
    }
    b.nl();
  }
  b.t("Coordinator: ");
  nm(n, other(n), "il");
  b.t(`, CCRP   Version ${c.int(2, 6)}.0`).nl();
};

export const deviceCheck: Style = (n) => {
  const { b, c } = n;
  const maker = c.pick(["Medtronic", "Abbott", "Boston Scientific", "Biotronik"]);
  const model = c.pick(["Azure XT DR MRI W1DR01", "Assurity MRI PM2272", "ACCOLADE L331", "Edora 8 DR-T", "Cobalt XT VR DVPA2D1", "Micra AV2 MC2AVR1"]);
  b.t(`DEVICE INTERROGATION REPORT (${c.pick(["in-clinic", "remote - CareLink", "remote - Merlin.net", "remote - LATITUDE"])})`).nl();
  b.t("Patient: ");
  nm(n, n.pt, c.pick(["LF", "lf", "fl"] as const));
  b.t("  DOB: ").v(c.full(n.dob), "DATE").t("  MRN: ").v(n.mrn, "MRN").nl();
  b.t(`Device: ${maker} ${model}  Serial: `).v(c.serial(), "DEVICE").t("  Implanted ").v(c.full(c.date(2015, 2024), c.pick([0, 2, 4])), "DATE").t(" at ").v(c.facility(), "FACILITY").nl();
  b.t(`RA lead ${c.pick(["5076-52", "3830-69", "LPA1200M"])} SN `).v(c.serial(), "DEVICE").t(`; RV lead ${c.pick(["5076-58", "6935M", "Tendril 2088TC"])} SN `).v(c.serial(), "DEVICE").nl();
  b.t(`Battery ${(2.9 + c.rng.next() * 0.3).toFixed(2)} V, longevity ${c.int(3, 12)} yrs. RV threshold ${(0.5 + c.rng.next()).toFixed(2)} V @ 0.4 ms, impedance ${c.int(380, 900)} ohms, R wave ${c.int(5, 20)} mV. AP ${c.int(1, 90)}%, VP ${c.int(0, 99)}%. Mode DDDR 60/130.`).nl();
  b.t(`Episodes: ${c.int(0, 9)} AT/AF, longest ${c.int(1, 300)} min on `).v(c.short(c.date(2026, 2026)), "DATE").t(`. ${c.pick(["Eliquis 5 mg BID continued.", "No VT/VF.", "Burden <1%."])} CPT ${c.pick(["93294", "93296", "93288"])}.`).nl();
  b.t("Reviewed by ");
  staff(n, other(n));
  b.t(` and ${maker} rep `);
  nm(n, other(n), "fl");
  b.t(". Next remote ").v(c.full(c.date(2026, 2026)), "DATE").nl();
};

export const oncSummary: Style = (n) => {
  const { b, c } = n;
  const dx = c.date(2022, 2025);
  b.t("TREATMENT SUMMARY AND SURVIVORSHIP CARE PLAN").nl();
  b.t("Name: ");
  nm(n, n.pt, c.pick(["fml", "fl"] as const));
  b.t("   DOB: ").v(c.full(n.dob), "DATE").t("   Phone: ").v(n.phone, "PHONE").nl();
  b.t(`Diagnosis: ${c.pick(["Adenocarcinoma of sigmoid colon, pT3N1aM0, stage IIIB (C18.7)", "Invasive ductal carcinoma L breast, ER+/PR+/HER2-, stage IIA", "Classical Hodgkin lymphoma, stage IIA", "NSCLC, adenocarcinoma, PD-L1 80%"])}. Dx date `).v(c.full(dx, c.pick([0, 3])), "DATE").t(". Path accession ").v(`${c.pick(["SP", "S"])}${String(dx.y).slice(2)}-${c.digits(5)}`, "ID").nl();
  b.t("Surgery: ").v(c.monthYear(dx), "DATE").t(` ${c.pick(["laparoscopic sigmoid colectomy", "lumpectomy + SLNB", "none"])} by `);
  staff(n, other(n));
  b.t(" at ").v(c.facility(), "FACILITY").t(".").nl();
  b.t(`Chemotherapy: ${c.pick(["FOLFOX x 12 cycles", "AC-T dose-dense", "ABVD x 4", "carboplatin/pemetrexed + pembrolizumab (Keytruda)"])}, `).v(c.full(c.date(2023, 2025), 2), "DATE").t(" to ").v(c.full(c.date(2024, 2025), 2), "DATE").t(`. Dose reduced cycle ${c.int(3, 8)} for neuropathy grade 2. Port placed (Bard PowerPort, model 1708000), port SN `).v(c.serial(), "DEVICE").t(".").nl();
  b.t(`Radiation: ${c.int(40, 60)} Gy in ${c.int(15, 30)} fx. Genetic testing: ${c.pick(["no pathogenic variants (Invitae)", "BRCA2 VUS", "Lynch negative"])}.`).nl();
  b.t("Care team: med onc ");
  staff(n, other(n));
  b.t("; nurse navigator ");
  nm(n, other(n), "fl");
  b.t(" ").v(c.phone(), "PHONE").t("; PCP ");
  staff(n, other(n));
  b.nl();
  b.t(`Surveillance: CEA q3mo x 2 yrs, CT CAP q6-12mo, colonoscopy 1 yr after surgery. ${c.clin()}.`).nl();
};

export const pedsGrowth: Style = (n) => {
  const { b, c } = n;
  n.dob = c.dob(0, 4);
  const mom = other(n);
  b.t(`${c.pick(["9", "12", "15", "18", "24", "30"])} MONTH WELL VISIT - growth & development`).nl();
  nm(n, n.pt, c.pick(["fl", "lf"] as const));
  b.t(", DOB ").v(c.full(n.dob, c.pick([0, 1])), "DATE").t(`, ${c.pick(["ex-34 wk preemie", "term", "ex-28 wk, NICU x 6 wks"])}. Here with `);
  b.t(c.pick(["mom ", "dad ", "foster mom ", "grandmother "]));
  nm(n, mom, c.pick(["fl", "f"] as const));
  b.t(".").nl();
  b.t(`Wt ${(7 + c.rng.next() * 8).toFixed(2)} kg (${c.int(3, 97)}th %ile), Lt ${(65 + c.rng.next() * 25).toFixed(1)} cm (${c.int(3, 97)}th %ile), HC ${(42 + c.rng.next() * 6).toFixed(1)} cm. WHO chart. ASQ-3: comm ${c.int(20, 60)}, gross motor ${c.int(20, 60)}. M-CHAT-R ${c.int(0, 5)}/20.`).nl();
  b.t(`Milestones: ${c.pick(["walks alone, 3-5 words", "pulls to stand, mama/dada", "runs, 2-word phrases"])}. Attends `).v(`${c.pick(["Little Sprouts", "Bright Horizons at", "Kiddie Academy of", "Tiny Tots"])} ${c.city()}`, "FACILITY").t(` daycare ${c.int(3, 5)} d/wk.`).nl();
  b.t(`Vaccines today: DTaP, Hib, PCV20 (lot ${c.rng.letters(2)}${c.digits(4)}), VIS given. Lead level ${c.int(1, 4)} mcg/dL. ${c.pick(["Fluoride varnish applied.", "Hgb 11.8."])}`).nl();
  if (c.chance(0.5)) {
    b.t("EI referral to ").v(`${c.county()} Early Intervention`, "FACILITY").t(", case # ").v(c.digits(8), "ID").t(", coordinator ");
    nm(n, other(n), "fl");
    b.t(".").nl();
  }
  b.t("Next WCC ").v(c.short(c.date(2026, 2026)), "DATE").t(". Mom's cell ").v(c.phone(), "PHONE").nl();
};

export const sportsPhysical: Style = (n) => {
  const { b, c } = n;
  n.dob = c.dob(10, 18);
  b.t("PREPARTICIPATION PHYSICAL EVALUATION - History & Physical Form").nl();
  b.t("Name: ");
  nm(n, n.pt, "fl");
  b.t("   Sex: ").t(c.pick(["M", "F"])).t("   DOB: ").v(c.full(n.dob, 1), "DATE").t(`   Grade: ${c.int(6, 12)}`).nl();
  b.t("School: ").v(c.school(), "FACILITY").t(`   Sport(s): ${c.pick(["football", "soccer, track", "wrestling", "volleyball", "cross country"])}`).nl();
  b.t("Parent/guardian: ");
  const par = other(n);
  nm(n, par, "fl");
  b.t("  Cell: ").v(c.phone(), "PHONE").t("  Email: ").v(c.email(par), "EMAIL").nl();
  b.t("Insurance: ").t(c.pick(["BCBS", "Aetna Better Health", "CHIP", "UnitedHealthcare"])).t("  Policy #: ").v(c.memberId(), "HEALTH_PLAN").nl();
  b.t(`Hx: concussion ${c.pick(["Y - ", "N"])}`);
  b.t(`; syncope w/ exercise N; FHx sudden death <50 N. Marfan screen neg. Tanner ${c.int(2, 5)}.`).nl();
  b.t(`Exam: Ht ${c.int(150, 190)} cm, Wt ${c.int(40, 95)} kg, BP ${c.int(100, 134)}/${c.int(58, 84)}, vision 20/${c.pick([20, 25, 30, 40])} OU. Murmur neg with Valsalva. Duck walk normal.`).nl();
  b.t("[x] Cleared for all sports without restriction").nl();
  b.t("Examiner: ");
  staff(n, other(n));
  b.t("  Date: ").v(c.full(c.date(2026, 2026), 1), "DATE").t("  License #: ").v(`${c.pick(["MD", "DO", "APRN"])}${c.digits(6)}`, "LICENSE").nl();
  b.t("Athletic trainer: ");
  nm(n, other(n), "fl");
  b.t(`, ATC. Emergency action plan per ${c.pick(["NFHS", "state athletic association"])}.`).nl();
};

export const chwVisit: Style = (n) => {
  const { b, c } = n;
  b.t("CHW HOME VISIT LOG  - ").v(c.facility(), "FACILITY").t(" community program").nl();
  b.t("Visit date: ").v(c.full(c.date(2026, 2026), c.pick([0, 7])), "DATE").t(`  Time in ${c.time()} out ${c.time()}  Visit ${c.int(1, 6)} of 6`).nl();
  b.t("Client: ");
  nm(n, n.pt, c.pick(["fl", "lf"] as const));
  b.t("  Address: ");
  address(n, n.addr);
  b.nl();
  b.t(`Directions: ${c.pick(["blue trailer behind", "2nd house past", "back unit off alley behind"])} the ${c.pick(["Dollar General", "church", "feed store"])} on `).v(c.us.location.street(), "ADDRESS").t(`, dog in yard.`).nl();
  b.t("Household: client, ");
  b.t(c.pick(["partner ", "adult son ", "niece "]));
  nm(n, other(n), "f");
  b.t(`, ${c.int(1, 4)} kids. Works at `).v(c.employer(), "FACILITY").t(" (nights).").nl();
  b.t("SDOH: food insecure (Hunger Vital Sign +), SNAP case # ").v(c.digits(9), "ID").t("; Medicaid ID ").v(c.memberId(), "HEALTH_PLAN").t(". Utility shutoff notice due ").v(c.short(c.date(2026, 2026)), "DATE").t(".").nl();
  b.t(`Health: ${c.vitals()}. Pill box filled. ${c.drug()}. ${c.clin()}.`).nl();
  b.t("Referred to food pantry at ").v(c.facility(), "FACILITY").t("; rides via ").t(c.pick(["Medicaid NEMT", "Uber Health"])).t(", confirmation ").v(c.rng.letters(3) + c.digits(6), "ID").t(".").nl();
  b.t("CHW: ");
  nm(n, other(n), "fl");
  b.t(`, cell `).v(c.phone(), "PHONE").nl();
};

export const polst: Style = (n) => {
  const { b, c } = n;
  const agent = other(n);
  const old = c.chance(0.35);
  if (old) n.dob = c.dob(90, 101);
  b.t("PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST)").nl();
  b.t("Patient Last Name: ").v(n.pt.last, "NAME").t("   First: ").v(n.pt.first, "NAME").t("   Middle Initial: ");
  if (n.pt.middle) b.v(n.pt.middle[0]!, "NAME");
  b.nl().t("Date of Birth: ").v(c.full(n.dob, 1), "DATE").t("   Gender: ").t(c.pick(["M", "F", "X"])).nl();
  b.t("A. CPR: [x] Attempt Resuscitation  [ ] DNR").nl().t("B. Medical Interventions: [x] Selective Treatment").nl().t("C. Artificially administered nutrition: [x] Trial period").nl();
  b.t("D. Discussed with: [x] Patient  [x] Legally recognized decision-maker: ");
  nm(n, agent, "fl");
  b.t(` (${c.pick(["daughter", "spouse", "health care agent", "son"])})  Phone `).v(c.phone(), "PHONE").nl();
  if (old) {
    b.t("Pt is ").v(String(2026 - n.dob.y), "AGE").t(` yo, capacity intact per ${c.pick(["MoCA 24/30", "SLUMS 22/30"])}.`).nl();
  }
  b.t("Physician/NP/PA: ");
  staff(n, other(n));
  b.t("  License #: ").v(`${c.rng.letters(2)}${c.digits(6)}`, "LICENSE").t("  Phone: ").v(c.phone(), "PHONE").t("  Date: ").v(c.full(c.date(2026, 2026), 1), "DATE").nl();
  b.t("Advance directive dated ").v(c.monthYear(c.date(2018, 2024)), "DATE").t(" on file; witnessed by ");
  nm(n, other(n), "fl");
  b.t(" and notarized (commission # ").v(c.digits(8), "LICENSE").t(", ").v(c.county(), "LOCATION").t(")").nl();
  b.t("SEND FORM WITH PERSON WHENEVER TRANSFERRED OR DISCHARGED.").nl();
};

export const STYLES_B: Record<string, Style> = { "records-request": recordsRequest, "trial-screening": trialScreening, "device-check": deviceCheck, "onc-summary": oncSummary, "peds-growth": pedsGrowth, "sports-physical": sportsPhysical, "chw-visit": chwVisit, polst };
