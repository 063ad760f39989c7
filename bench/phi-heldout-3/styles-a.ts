/** Styles 1-8: EMS run sheet, school nurse log, jail health request, pharmacy counselling, phone triage, telemedicine transcript, SMS reminder thread, fax cover sheet. */
import { address, nm, other, staff, type Note, type Style } from "./note";

export const emsRun: Style = (n) => {
  const { b, c } = n;
  const inc = c.date();
  b.t(`${c.pick(["COUNTY EMS", "FIRE-RESCUE", "AMBULANCE SVC"])} PATIENT CARE REPORT   Unit ${c.pick(["M", "R", "A"])}${c.int(1, 40)}  Call type: ${c.pick(["Fall", "Chest pain", "SOB", "MVC", "AMS", "Syncope"])}`).nl();
  b.t("Incident #: ").v(`${inc.y}-${c.digits(6)}`, "ID").t("   Date: ").v(c.full(inc, c.pick([0, 1, 2])), "DATE").t(`  Disp ${c.time()}  On scene ${c.time()}  Transport ${c.time()}`).nl();
  b.t("Pt: ");
  nm(n, n.pt, c.pick(["LF", "lf", "lfm"] as const));
  const age = c.chance(0.3) ? c.int(90, 103) : c.int(18, 88);
  b.t("  Age: ");
  if (age >= 90) b.v(String(age), "AGE"); else b.t(String(age));
  b.t(`  Sex: ${c.pick(["M", "F"])}  DOB: `).v(c.full(n.dob, c.pick([0, 1])), "DATE").nl();
  b.t("Pickup loc: ");
  address(n, n.addr);
  b.t(`  (${c.pick(["residence", "private res", "sidewalk in front"])})`).nl();
  if (c.chance(0.4)) {
    b.t("MVC, pt was driver of vehicle plate ").v(c.plate(), "VEHICLE").t(` (${c.pick(["TN", "OH", "GA", "NM"])}), VIN `).v(c.us.vehicle.vin(), "VEHICLE").t(", airbag deployed.").nl();
  }
  b.t(`Narrative: Pt found ${c.pick(["supine on kitchen floor", "sitting in recliner", "in bathroom"])} by `);
  const rel = other(n);
  b.t(c.pick(["daughter ", "neighbor ", "son ", "home aide "]));
  nm(n, rel, "fl");
  b.t(" who can be reached at ").v(c.phone(), "PHONE").t(`. ${c.vitals()}. ${c.pick(["Cincinnati stroke scale negative.", "12-lead: sinus tach.", "Glasgow Coma Scale 14."])} ${c.clin()}.`).nl();
  b.t("Transported to ").v(c.facility(), "FACILITY").t(`, report given to `);
  staff(n, other(n));
  b.t(".").nl();
  b.t("Crew: ");
  staff(n, other(n));
  b.t(" / ");
  staff(n, other(n));
  b.t("  Cert # ").v(`P${c.digits(6)}`, "LICENSE").t(`   Billing: ${c.pick(["A0427", "A0429", "A0425"])} (HCPCS)`).nl();
};

export const schoolNurse: Style = (n) => {
  const { b, c } = n;
  n.dob = c.dob(5, 18);
  b.t("HEALTH OFFICE VISIT LOG  -  ").v(c.school(), "FACILITY").nl();
  b.t("Student: ");
  nm(n, n.pt, c.pick(["lf", "fl"] as const));
  b.t(`   Gr ${c.int(1, 12)}   HR teacher: ${c.pick(["Mr.", "Ms.", "Mrs."])} `);
  nm(n, other(n), "l");
  b.t("   DOB ").v(c.full(n.dob, c.pick([0, 1, 7])), "DATE").t("   Student ID ").v(c.digits(c.pick([6, 7, 9])), "ID").nl();
  for (let i = 0; i < c.int(2, 4); i++) {
    b.v(c.short(c.date(2025, 2026)), "DATE").t(` ${c.time()} - c/o ${c.pick(["HA", "stomachache", "itchy eyes", "asthma sx, used inhaler (Albuterol 2 puffs)", "fell at recess, abrasion L knee", "low BG"])}. ${c.vitals()}. `);
    if (c.chance(0.5)) {
      b.t(`Called ${c.pick(["mom", "dad", "grandma", "guardian"])} `);
      const par = other(n);
      nm(n, par, c.pick(["f", "fl"] as const));
      b.t(" @ ").v(c.phone(), "PHONE").t(`, ${c.pick(["picked up at 11:40", "RTC", "will bring inhaler tmrw", "no answer, LVM"])}.`);
    } else b.t("RTC.");
    b.nl();
  }
  b.t(`504 plan on file. ${c.pick(["Epi-pen (EpiPen Jr 0.15 mg) in office, exp 08/2027.", "Glucagon in office.", "Vision screen 20/30 OU."])}  Nurse: `);
  staff(n, other(n));
  b.nl();
};

export const jailHealth: Style = (n) => {
  const { b, c } = n;
  b.v(c.jail(), "FACILITY").t(" - INMATE HEALTH SERVICES REQUEST").nl();
  b.t("Name: ");
  nm(n, n.pt, "LF");
  b.t("   Booking #: ").v(`${c.pick(["B", "", "24-"])}${c.digits(7)}`, "ID").t(`   Housing: ${c.pick(["Pod", "Unit", "Block"])} ${c.pick(["A", "C", "D", "4"])}-${c.int(1, 48)}  Bunk ${c.pick(["L", "U"])}`).nl();
  b.t("DOB: ").v(c.full(n.dob, c.pick([0, 1, 5])), "DATE").t("   SO#/SID: ").v(c.digits(8), "ID").t(c.chance(0.5) ? "   Livescan print ID: " : "   AFIS biometric #: ").v(`${c.rng.letters(1)}${c.digits(9)}`, "BIOMETRIC").t("   Date submitted: ").v(c.full(c.date(2025, 2026), c.pick([0, 7])), "DATE").nl();
  b.t(`Request (inmate's words): ${c.pick(["i need my seizure meds", "tooth hurting 3 days cant eat", "need to see psych my meds ran out", "sugar been high", "rash on my arms"])}`);
  if (c.chance(0.5)) {
    b.t(". my PCP is ");
    staff(n, other(n));
    b.t(" at ").v(c.facility(), "FACILITY").t(" they have my records");
  }
  b.t(".").nl();
  b.t(`Triage RN: ${c.vitals()}. ${c.clin()}. Verified meds w/ outside pharmacy, phone `).v(c.phone(), "PHONE").t(".").nl();
  b.t(`Disposition: ${c.pick(["MD sick call", "Dental list", "Mental health referral", "Chronic care clinic"])}. Court date `).v(c.short(c.date(2026, 2026)), "DATE").t(", transport to ").v(c.county(), "LOCATION").t(" courthouse. Reviewed by ");
  staff(n, other(n));
  b.nl();
};

export const pharmacyCounsel: Style = (n) => {
  const { b, c } = n;
  const store = c.pick(["Walgreens", "CVS Pharmacy", "Kroger Pharmacy", "H-E-B Pharmacy", "independent"]);
  b.t(`${store === "independent" ? "" : store + " "}`);
  if (store === "independent") b.v(`${c.pick(["Main Street", "Hometown", "Bayou", "Family"])} Apothecary`, "FACILITY");
  else b.t(`#${c.int(1000, 19999)}`);
  b.t(" - ");
  b.v(c.street(), "ADDRESS").t(", ").v(c.city(), "LOCATION").nl();
  b.t("Patient counseling record").nl();
  b.t("Patient: ");
  nm(n, n.pt, c.pick(["fl", "lf", "fml"] as const));
  b.t("  DOB ").v(c.full(n.dob, c.pick([1, 0])), "DATE").t("  Ph ").v(c.phone(), "PHONE").nl();
  b.t("Rx# ").v(c.digits(7), "ID").t(` ${c.drug()}, NDC ${c.digits(5)}-${c.digits(3)}-${c.digits(2)}, qty ${c.int(14, 90)}, RF ${c.int(0, 5)}. Mfr: ${c.pick(["Novo Nordisk", "Eli Lilly", "Teva", "Pfizer", "Merck"])}.`).nl();
  b.t("Prescriber: ");
  staff(n, other(n));
  b.t("  DEA ").v(c.dea(), "LICENSE").t("  NPI ").v(c.npi(), "LICENSE").nl();
  b.t(`Counseled ${c.pick(["pt", "pt's wife", "caregiver"])} on ${c.pick(["injection technique, pen needle 32G", "GI sx, take with food", "bleeding risk, avoid NSAIDs", "hypoglycemia sx"])}. `);
  if (c.chance(0.5)) {
    b.t("Copay card ID ").v(`${c.digits(11)}`, "HEALTH_PLAN").t(" applied. ");
  }
  b.t(`Pt verbalized understanding. Pickup ${c.time()}. `);
  b.t("RPh ");
  nm(n, other(n), "fl");
  b.t(`, lic `).v(`RPH${c.digits(5)}`, "LICENSE").nl();
};

export const phoneTriage: Style = (n) => {
  const { b, c } = n;
  b.t(`NURSE TRIAGE CALL  Protocol: ${c.pick(["Fever - Pediatric", "Chest Pain", "Abdominal Pain - Adult", "Cough", "Headache"])} (Schmitt-Thompson)`).nl();
  b.t(`${c.time()} Call received from `);
  const caller = other(n);
  nm(n, caller, "fl");
  b.t(` (${c.pick(["mother", "husband", "self - no", "granddaughter", "caregiver"])}) re: `);
  nm(n, n.pt, c.pick(["fl", "fml"] as const));
  b.t(", DOB ").v(c.full(n.dob), "DATE").t(". Callback ").v(c.phone(), "PHONE");
  if (c.chance(0.3)) b.t(" or alt ").v(c.phone(), "PHONE");
  b.nl();
  b.t(`${c.time()} Identity verified (name/DOB). MRN `).v(n.mrn, "MRN").nl();
  b.t(`${c.time()} Sx started `).v(c.short(c.date()), "DATE").t(`, ${c.pick(["fever 102.4 F", "pain 7/10 RLQ", "cough, no SOB", "HA worst of life? no"])}. Red flags reviewed: none. ${c.clin()}.`).nl();
  b.t(`${c.time()} Disposition: ${c.pick(["See within 24 hrs", "Home care", "Go to ED now"])}. Appt made with `);
  staff(n, other(n));
  b.t(" on ").v(c.short(c.date(2026, 2026)), "DATE").t(` at ${c.time()} at `).v(c.facility(), "FACILITY").t(".").nl();
  b.t(`${c.time()} Caller agrees with plan. Triage RN: `);
  staff(n, other(n));
  b.nl();
};

export const teleTranscript: Style = (n) => {
  const { b, c } = n;
  const mom = other(n);
  const doc = other(n);
  b.t(`[Video visit transcript, auto-generated, ${c.pick(["Doxy.me", "Zoom for Healthcare", "Teams"])}] Session `).v(c.url(), "URL").nl();
  b.t("DR: Hi, this is Dr. ");
  nm(n, doc, "l");
  b.t(". Can you tell me the patient's full name and date of birth?").nl();
  b.t("MOM: Yes it's ");
  nm(n, n.pt, "fl");
  b.t(", born ").v(c.full(n.dob, c.pick([3, 0])), "DATE").t(".").nl();
  b.t("DR: Thanks. And you are?").nl();
  b.t("MOM: I'm her mom, ");
  nm(n, mom, c.pick(["fl", "f"] as const));
  b.t(". We're at my sister's in ").v(c.city(), "LOCATION").t(" this week.").nl();
  b.t(`PT: ${c.pick(["my ear hurts", "i threw up twice", "my throat is scratchy"])}`).nl();
  b.t(`DR: Okay. Any fever? ${c.pick(["Did you give Tylenol?", "How much Motrin, 200 mg?"])}`).nl();
  b.t(`MOM: ${c.pick(["101 last night", "like 100.8", "no fever"])}. Her teacher `);
  nm(n, other(n), c.pick(["l", "fl"] as const));
  b.t(" sent her home ").v(c.short(c.date(2026, 2026)), "DATE").t(".").nl();
  b.t(`DR: I'll send amoxicillin to the pharmacy. Is it still the one on `).v(c.us.location.street(), "ADDRESS").t("?").nl();
  b.t("MOM: yes. my cell is ").v(c.phone(), "PHONE").t(" if you need me").nl();
  b.t(`[End of transcript ${c.time()}; patient IP `).v(c.ip(), "IP").t("]").nl();
};

export const smsThread: Style = (n) => {
  const { b, c } = n;
  const clinic = c.facility();
  const d = c.date(2026, 2026);
  b.t(`SMS log  to `).v(n.phone, "PHONE").t(`  from short code ${c.int(20000, 99999)}`).nl();
  b.t("[out] Hi ");
  nm(n, n.pt, c.pick(["f", "fl"] as const));
  b.t(", this is ").v(clinic, "FACILITY").t(". Reminder: appt w/ ");
  staff(n, other(n));
  b.t(" on ").v(c.pick([c.short(d), c.full(d, 0)]), "DATE").t(` at ${c.time()}. Reply C to confirm, R to reschedule. Txt STOP to opt out`).nl();
  b.t(`[in] ${c.pick(["C", "c", "R", "Who is this"])}`).nl();
  if (c.chance(0.6)) {
    b.t(`[in] ${c.pick(["this is her son", "its his wife", "this is the daughter"])} `);
    nm(n, other(n), "f");
    b.t(" she cant make it can we do ").v(c.short(c.date(2026, 2026)), "DATE").nl();
  }
  b.t("[out] Complete your check-in: ").v(c.url(), "URL").t(" Code expires in 24 h.").nl();
  b.t(`[out] Your copay is $${c.int(10, 60)}. Parking garage level 2. Bring insurance card & photo ID.`).nl();
};

export const faxCover: Style = (n) => {
  const { b, c } = n;
  const from = other(n);
  const to = other(n);
  b.t("FAX COVER SHEET").nl(2);
  b.t("Date: ").v(c.full(c.date(2025, 2026), c.pick([0, 1, 3])), "DATE").t(`   Pages (incl. cover): ${c.int(2, 24)}`).nl();
  b.t("To: ");
  staff(n, to);
  b.t(" / ").v(c.facility(), "FACILITY").nl();
  b.t("Fax: ").v(c.phone(), "FAX").t("   Phone: ").v(c.phone(), "PHONE").nl();
  b.t("From: ");
  nm(n, from, "fl");
  b.t(`, ${c.pick(["Referral Coordinator", "Medical Records", "Care Manager"])}, `).v(c.facility(), "FACILITY").nl();
  b.t("Fax: ").v(c.phone(), "FAX").t("   Phone: ").v(c.phone(), "PHONE").t(" ext ").t(String(c.int(100, 999))).nl();
  b.t("Re: ");
  nm(n, n.pt, c.pick(["lf", "fl", "LF"] as const));
  b.t("   DOB ").v(c.full(n.dob), "DATE").nl();
  b.t(`[ ] Urgent  [x] For review  [ ] Please reply.  Enclosed: ${c.pick(["referral + last 2 office notes", "labs, imaging report", "signed order for review"])}, ${c.code()}.`).nl(2);
  b.t("CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in error, please notify the sender at the number above and destroy all copies.").nl();
};

export const STYLES_A: Record<string, Style> = { "ems-run": emsRun, "school-nurse": schoolNurse, "jail-health": jailHealth, "pharmacy-counsel": pharmacyCounsel, "phone-triage": phoneTriage, "tele-transcript": teleTranscript, "sms-thread": smsThread, "fax-cover": faxCover };

export type { Note };
