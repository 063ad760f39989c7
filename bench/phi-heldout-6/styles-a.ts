/** Sixth held-out corpus styles: hospital-at-home, sane-form, cps-referral, refugee-screen, bariatric-preop. */
import { EMPLOYERS, SCHOOLS } from "./lists";
import { address, age, dt, nm, other, ph, pickAge, staff, wrapAt, type Style } from "./note";

const hospitalAtHome: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.3);
  b.t("HOSPITAL AT HOME - DAILY ACUTE VISIT NOTE").nl().t("Program: ").v(c.facility(), "FACILITY").t(" Acute Care at Home   Day ").t(String(c.int(1, 6))).t(" of episode").nl();
  b.t("Pt: "); nm(n, n.pt, c.pick(["lf", "fl", "LF"])); b.t("  ").t(c.chance(0.5) ? "Age " : ""); age(n, a); b.t(c.chance(0.5) ? "y" : " yo").t("  MRN ").v(n.mrn, "MRN").nl();
  b.t("Home: "); address(n, n.addr); b.nl().t("Gate/door code 4#17 (not PHI per program); dog in yard").nl();
  b.t("IVR voiceprint enrollment ").v(c.id("VP"), "BIOMETRIC").t(" (check-in by voice)").nl();
  b.t("Tablet kit serial ").v(c.serial(), "DEVICE").t("; BioIntelliSense patch ").t(c.lot()).t("; hub IP ").v(c.ipv4(), "IP").nl();
  b.t("Vitals (0800 virtual): ").t(c.vitals()).t("; ").t(c.lab()).t(", ").t(c.lab()).nl();
  b.t("Paramedic visit by "); staff(n, other(n), [", NRP", ", CCP", " FP-C"]); b.t(" at ").t(c.time()).t("; IV ceftriaxone 2 g given.").nl();
  b.t("Caregiver: "); const cg = other(n); nm(n, cg, "fl"); b.t(" (").t(c.pick(["wife", "son", "niece", "neighbor"])).t(") cell "); ph(n); b.nl();
  b.t("Admitted from ").v(c.facility(), "FACILITY").t(" ED on "); dt(n); b.t("; expected discharge "); dt(n, c.recent(), true); b.nl();
  b.t("Attending (virtual): "); staff(n, other(n)); b.t("  Command center ").v(c.tollFree(), "PHONE").nl();
};

const saneForm: Style = (n) => {
  const { b, c } = n;
  b.t("SEXUAL ASSAULT NURSE EXAMINER - MEDICAL FORENSIC EXAM (clinical record)").nl();
  b.t("Facility: ").v(c.facility(), "FACILITY").t("   Exam date: "); dt(n); b.t("  Time: ").t(c.time()).nl();
  b.t("Patient: "); nm(n, n.pt, c.pick(["LF", "lfm", "fml"])); b.t("   DOB: "); dt(n, n.dob); b.t("   MRN: ").v(n.mrn, "MRN").nl();
  b.t("Kit #: ").v(c.id("SAK-"), "ID").t("   Law enforcement case: ").v(`${c.int(24, 26)}-${c.digits(6)}`, "ID").t("   Agency: ").v(c.city(), "LOCATION").t(" PD").nl();
  b.t("Chain of custody").nl().t("| released by | received by | date | time |").nl().t("| ");
  staff(n, other(n), [", RN, SANE-A", ", BSN, SANE-P", ", RN"]); b.t(" | Det. "); nm(n, other(n), "fl"); b.t(" #").t(String(c.int(100, 999))).t(" | "); dt(n, c.recent(), c.chance(0.3)); b.t(" | ").t(c.time()).t(" |").nl();
  b.t("Advocate present: "); nm(n, other(n), c.pick(["fl", "f"])); b.t(" (").v(c.facility(), "FACILITY").t(" advocacy; crisis line 988)").nl();
  b.t("Photo-documentation: colposcope camera SN ").v(c.serial(), "DEVICE").t("; 14 images; TeleSANE session ").v(c.url("session/"), "URL").nl();
  b.t("Meds: ceftriaxone 500 mg IM, doxycycline 100 mg BID x7d, ulipristal 30 mg; HIV nPEP per CDC 2025.").nl();
  b.t("Follow-up: ").t(c.pick(["clinic", "SANE clinic"])).t(" on "); dt(n, c.recent(), true); b.t("; safe contact number "); ph(n, n.phone); b.nl();
};

const cpsReferral: Style = (n) => {
  const { b, c } = n;
  const w = wrapAt(b, c.int(64, 78));
  b.t("MANDATED REPORTER REFERRAL - CHILD PROTECTIVE SERVICES").nl();
  b.t("Intake #: ").v(c.id("CPS"), "ID").t("   Reported to: ").v(c.county(), "LOCATION").t(" DCFS hotline ").v(c.tollFree(), "PHONE").nl();
  b.t("Child: "); nm(n, n.pt, "fml"); b.t("   DOB "); dt(n, n.dob); b.t("   School: ").v(c.pick(SCHOOLS), "FACILITY").nl();
  b.t("Mother: "); const mom = other(n); nm(n, mom, "fl"); b.t("  Father/paramour: "); nm(n, other(n), c.pick(["fl", "lf"])); b.nl();
  b.t("Household address: "); address(n, n.addr); b.nl();
  b.t(w("Narrative: Child presented with a patterned bruise (TEN-4-FACESp positive) to the left ear. ")).t(w("Mother ")).v(mom.first, "NAME").t(w(" states the child fell at the home of grandmother ")).v(other(n).first, "NAME");
  b.t(w(" in ")).v(c.city(), "LOCATION").t(w(" on ")); dt(n, c.recent(), true); b.t(w(". Skeletal survey ordered per AAP 2015 guidance; CBC, LFTs, lipase pending. ")).nl();
  b.t("Reporter: "); staff(n, other(n), [", MD", ", LCSW", ", RN"]); b.t("  Ext ").t(String(c.int(2000, 7999))).t("   Worker assigned: "); const wk = other(n); nm(n, wk, "fl"); b.t(" ").v(c.email(wk), "EMAIL").nl();
};

const refugeeScreen: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.1);
  b.t("DOMESTIC REFUGEE HEALTH SCREENING").nl().t("Resettlement agency: ").t(c.pick(["IRC", "Lutheran Social Services", "USCRI", "Catholic Charities"])).t("  Case mgr: "); nm(n, other(n), "fl"); b.nl();
  b.t("Name: "); nm(n, n.pt, c.pick(["LF", "lf"])); b.t("  A-Number: ").v(`A${c.digits(9)}`, "ID").t("  I-94: ").v(c.num(11), "ID").t("  Age "); age(n, a); b.nl();
  b.t("Arrival: "); dt(n); b.t(" (").t(c.pick(["Kakuma", "Dadaab", "Nyarugusu", "Ban Vinai", "Przemyśl"])).t(" camp, not a US place)  Country: ").t(c.pick(["Somalia", "DR Congo", "Ukraine", "Afghanistan", "Thailand"])).nl();
  b.t("DHS IDENT fingerprint FIN: ").v(c.num(10), "BIOMETRIC").nl();
  b.t("Language: ").t(c.pick(["Somali", "Swahili", "Kinyarwanda", "Ukrainian", "Hmong", "Dari"])).t("; interpreter ID ").v(c.id("INT"), "ID").nl();
  b.t(c.pick(["Waxay ku nooshahay ", "Anaishi ", "Prozhyvaye v "])).v(c.city(), "LOCATION").t(c.pick([" la socota walaasheed ", " pamoja na dada yake ", " z sestroyu "])).v(other(n).first, "NAME").t(".").nl();
  b.t("Labs: QFT-Plus neg, Strongyloides IgG pos, ").t(c.lab()).t("; hep B sAg neg; presumptive albendazole given overseas ").t(String(c.int(2019, 2025))).nl();
  b.t("Address: "); address(n, n.addr, "\n"); b.nl().t("Phone (sponsor): "); ph(n); b.t("  Medicaid ID ").v(c.member(), "HEALTH_PLAN").nl();
};

const bariatricPreop: Style = (n) => {
  const { b, c } = n;
  b.t("BARIATRIC SURGERY PRE-OP CHECKLIST - ").v(c.facility(["Bariatric Center", "Weight Loss Institute"]), "FACILITY").nl();
  b.t("Patient "); nm(n, n.pt, c.pick(["fl", "lf", "FL"])); b.t("   MRN ").v(n.mrn, "MRN").t("   DOB "); dt(n, n.dob); b.nl();
  b.t("Hosp acct# ").v(c.account(), "ACCOUNT").t("   Case ").t(String(c.int(1, 40))).t(" of 2026 block").nl();
  b.t("[x] BMI 47.3 (Z68.41)   [x] 6-mo supervised diet (").t(c.pick(["3/6", "6/6"])).t(" visits)   [x] psych clearance by "); staff(n, other(n), [", PhD", ", PsyD"]); b.nl();
  b.t("[x] Sleep study AHI 34 (G47.33)   [ ] H. pylori breath test   [x] EGD "); dt(n, c.recent(), true); b.nl();
  b.t("[x] Nutrition class with "); nm(n, other(n), "f"); b.t(", RD, CSOWM on "); dt(n); b.nl();
  b.t("Insurance: ").t(c.pick(["Aetna", "Cigna", "Ambetter"])).t(" member ").v(c.member(), "HEALTH_PLAN").t(" group ").v(c.group(), "HEALTH_PLAN").t("  PA ref ").v(c.id("PA"), "ID").nl();
  b.t("Procedure: RYGB vs sleeve (CPT 43775), surgeon "); staff(n, other(n), [", MD, FACS", ", DO"]); b.t(", DOS "); dt(n); b.nl();
  b.t("Employer letter for leave: ").v(c.pick(EMPLOYERS), "FACILITY").t("   Support person: "); nm(n, other(n), "fl"); b.t(" "); ph(n); b.nl();
};

export const STYLES_A: Record<string, Style> = { "hospital-at-home": hospitalAtHome, "sane-form": saneForm, "cps-referral": cpsReferral, "refugee-screen": refugeeScreen, "bariatric-preop": bariatricPreop };
