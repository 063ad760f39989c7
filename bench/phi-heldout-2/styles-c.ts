/** Styles 17-24: death/transfer, interpreter visits, guardianship, occupational health, dental, OCR'd fax, Spanish-English, intake form. */
import type { Style } from "./styles-a";

/** Death or inter-facility transfer summary, often for the very old. */
export const deathTransfer: Style = (c) => {
  const { r, p } = c;
  const b = c;
  const death = r.chance(0.5);
  b.t(death ? "DEATH SUMMARY\n" : "INTERFACILITY TRANSFER SUMMARY\n");
  b.t("Name: ").name(p, r.pick(["LF", "lfm"])).t("   Age: ").v(c.age90(), "AGE").t(r.pick(["", " yrs", "Y"])).t("   MRN ").mrn().nl();
  b.t("From: ").v(c.vals.facility(r.pick(["Nursing and Rehabilitation", "Skilled Nursing Facility", "Assisted Living"])), "FACILITY").t(`, Room ${r.int(100, 340)}\n`);
  if (death) {
    b.t("Pronounced ").date(undefined, r.pick(["mdy", "long"])).t(` at ${r.int(0, 23)}:${String(r.int(10, 59))} by `).doc(c.clinician(), r.pick(["flrn", "dr"])).t(". ");
    b.t(`Cause: ${r.pick(["cardiopulmonary arrest due to", "respiratory failure due to"])} ${r.pick(["aspiration pneumonia", "end-stage CHF", "advanced dementia"])}. `);
    b.t("Family notified: ").name(c.other(), "fl").t(r.pick([" (niece)", " (son)", " (great-granddaughter)"])).t(" at ").phone().t(". Funeral home: ").v(`${c.vals.us.person.lastName()} ${r.pick(["Funeral Home", "& Sons Mortuary", "Memorial Chapel"])}`, "FACILITY").t(". ");
    b.t("ME case # ").v(`${r.int(24, 26)}-${r.digits(5)}`, "ID").t(" declined.\n");
  } else {
    b.t("To: ").v(c.vals.facility(r.pick(["Medical Center", "Regional Hospital"])), "FACILITY").t(" ED via ").t(r.pick(["BLS", "ALS"])).t(`, unit ${r.int(10, 99)}. Reason: ${r.pick(["fall with L hip pain", "AMS, T 102.1", "GI bleed, Hgb 6.8"])}.\n`);
    b.t(`Baseline: oriented x${r.int(0, 3)}, `).v(`${r.pick(["ninety-one", "ninety-four", "ninety-six", "one hundred"])}`, "AGE").t(" years old per family, walker. Code status DNR. ");
    b.t("POA ").name(c.other(), r.pick(["fl", "lf"])).t(" ").phone().t(".\n");
  }
  b.t("Last vitals: ").t(c.clinLine(3, ", ")).t(". Meds: ").t(c.clinLine(2, ", ")).nl();
  b.t("Admitted here ").date(undefined, r.pick(["mdy", "monthYear"])).t("; DOB ").dob(r.pick(["mdy", "long"])).t(". Attending ").doc(c.clinician(), "dr").nl();
};

/** Interpreter-assisted visit. */
export const interpreterVisit: Style = (c) => {
  const { r, p } = c;
  const b = c;
  const lang = r.pick(["Spanish", "Vietnamese", "Somali", "Haitian Creole", "Arabic", "Hmong", "Amharic", "Burmese", "Nepali", "Dari"]);
  b.t(`Visit conducted with ${lang} interpreter `).name(c.clinician(), r.pick(["fl", "f"])).t(r.pick([", ID #", ", interpreter no. ", ", badge "])).v(r.digits(6), "ID").t(r.pick([" via video.", " in person.", " by phone (Language Line)."])).nl();
  b.t("Pt ").name(p, r.pick(["fl", "fml", "lf"])).t(", DOB ").dob(r.pick(["mdy", "dmy", "long"])).t(`, arrived from ${r.pick(["Guatemala", "Somalia", "Myanmar", "Afghanistan", "Ethiopia"])} in `).t(String(r.int(2005, 2025))).t(". ");
  b.t("Accompanied by ").name(c.other(), r.pick(["f", "fl"])).t(r.pick([" (husband), who prefers not to interpret", " (teen daughter; not used to interpret)", " (caseworker from refugee agency)"])).t(". ");
  b.t("Resettlement agency ").v(c.vals.facility("Health Center"), "FACILITY").t(" caseworker ").name(c.clinician(), "fl").t(" ").phone().t(". ");
  b.t(`CC: ${r.pick(["abd pain", "headache", "cough x 3 wks", "joint pain"])}. ${c.clinLine(3, ", ")}. PPD placed; read `).date(undefined, r.pick(["md", "mdLong"])).t(". ");
  b.t(`Teach-back done. Pt's son `).name(c.other("M"), "f").t(" will bring her on ").date(undefined, r.pick(["mdLong", "md", "abbrDot"])).t(".\n");
  b.t("Interpreter time 0").t(String(r.int(8, 9))).t(":").t(String(r.int(10, 59))).t("-").t(String(r.int(10, 11))).t(`:${r.int(10, 59)}. `).doc(c.clinician(), r.pick(["flmd", "ifl"])).nl();
};

/** Guardianship, court or legal correspondence. */
export const guardianship: Style = (c) => {
  const { r, p } = c;
  const b = c;
  const g = c.other();
  b.t(`IN THE ${r.pick(["PROBATE", "DISTRICT", "SURROGATE'S"])} COURT OF `).v(c.vals.county().toUpperCase(), "LOCATION").nl();
  b.t("In re the Guardianship of ").name(p, r.pick(["FL", "fml"])).t(", an incapacitated person. Case No. ").v(`${r.int(2024, 2026)}-GU-${r.digits(5)}`, "ID").nl(2);
  b.t("PHYSICIAN'S CERTIFICATE\n");
  b.t("I, ").doc(c.clinician(), "flmd").t(", examined the respondent on ").date(undefined, r.pick(["long", "longOrd", "mdy"])).t(" at ").v(c.vals.facility(), "FACILITY").t(". ");
  b.t(`MoCA ${r.int(4, 17)}/30. ${r.pick(["Alzheimer", "vascular", "Lewy body"])} dementia, ${c.clin()}. `);
  b.t("Proposed guardian: ").name(g, "fl").t(", residing at ").address(c.vals.place(), false).t(". ");
  b.t("Attorney ad litem: ").name(c.clinician(), "fl").t(", Bar No. ").v(c.vals.stateLicense(), "LICENSE").t(". Hearing set for ").date(undefined, r.pick(["long", "mdy"])).t(` at ${r.int(9, 15)}:${r.pick(["00", "30"])}.\n`);
  b.t("Sworn before me this ").v(c.vals.ord(r.int(1, 28)), "DATE").t(" day of ").v(`${r.pick(["March", "April", "June", "October", "November"])}, ${r.int(2025, 2026)}`, "DATE").t(". Notary ").name(c.clinician(), "fl").t(", commission ").v(`${r.digits(8)}`, "LICENSE").nl();
};

/** Occupational health: employer, badge, DOT exam. */
export const occHealth: Style = (c) => {
  const { r, p } = c;
  const b = c;
  const emp = c.vals.employer();
  b.v(c.vals.facility("Occupational Medicine"), "FACILITY").t(r.pick([" - Work Status Report\n", " | DOT PHYSICAL\n", " - Injury Visit\n"]));
  b.t("Employee: ").name(p, r.pick(["lf", "LF", "fl"])).t("   Employer: ").v(emp, "FACILITY").t("   Badge ").v(`${r.pick(["", "E", "T-"])}${r.digits(r.int(5, 7))}`, "ID").nl();
  b.t("Supervisor: ").name(c.other(), r.pick(["fl", "lf"])).t(" ").phone().t(r.pick(["", ` x${r.int(100, 999)}`])).nl();
  b.t("DOI ").date(undefined, r.pick(["mdy", "mdyShort"])).t(". WC claim ").v(c.vals.claim(), "ID").t(`. Mechanism: ${r.pick(["lifting box ~60 lb", "slipped on wet floor at loading dock 4", "forklift struck L foot", "repetitive scanning"])}.\n`);
  b.t(`Exam: ${c.clinLine(3, ", ")}. Audiogram: ${r.int(10, 40)} dB loss at 4 kHz. Vision ${r.int(20, 30)}/20 OU.\n`);
  if (r.chance(0.5)) b.t("CDL # ").v(c.vals.driverLicense(), "LICENSE").t(" exp ").t(`${r.int(1, 12)}/${r.int(2026, 2030)}`).t(". ");
  if (r.chance(0.35)) b.t("Timeclock biometric enrollment ID ").v(`BIO-${r.digits(8)}`, "BIOMETRIC").t(" (L index). ");
  b.t(`Restrictions: ${r.pick(["no lifting > 20 lb", "seated work only", "full duty"])} until `).date(undefined, r.pick(["mdy", "md"])).t(". Drug screen chain of custody ").v(r.digits(7), "ID").t(".\n");
  b.t("Provider: ").doc(c.clinician(), r.pick(["flmd", "ifl"])).t(" NRCME ").v(r.digits(10), "LICENSE").nl();
};

/** Dental progress note: tooth numbers and surfaces are distractors. */
export const dental: Style = (c) => {
  const { r, p } = c;
  const b = c;
  b.v(c.vals.facility(r.pick(["Dental Group", "Family Dentistry"])), "FACILITY").t(" - Progress note ").date(undefined, r.pick(["mdy", "mdyShort"])).nl();
  b.t("Pt: ").name(p, r.pick(["fl", "lf", "nick"])).t(" (chart ").v(`${r.digits(5)}`, "MRN").t(")  Ins: Delta Dental ").v(c.vals.memberId(), "HEALTH_PLAN").nl();
  b.t(`Proc: D${r.pick(["2392", "2740", "0120", "1110", "7140", "3330"])} #${r.int(1, 32)} ${r.pick(["MOD", "DO", "OL", "B"])}; 2 carps lido 2% 1:100k epi; ${r.pick(["Isolite", "rubber dam"])} isolation. BP ${r.int(100, 160)}/${r.int(60, 95)}.\n`);
  b.t(`Perio: probing 3-4 mm UL, BOP ${r.int(5, 40)}%. Tooth #${r.int(1, 32)} watch. `);
  b.t("Premed amoxicillin 2 g per ortho surgeon Dr. ").name(c.clinician(), "l").t(". ");
  b.t("Mom ").name(c.other("F"), r.pick(["f", "fl"])).t(" in op; consented.\n");
  b.t("NV: ").date(undefined, r.pick(["md", "abbrDot"])).t(" prophy. ").name(c.clinician(), r.pick(["fl", "f"])).t(", RDH / ").doc(c.clinician(), "dr").t(" DDS\n");
};

/** OCR'd fax: broken spacing, 0/O and 1/l swaps, hyphenated line breaks in non-identifier text only. */
export const ocrFax: Style = (c) => {
  const { r, p } = c;
  const b = c;
  c.b.noise = (s) => {
    let out = "";
    for (const ch of s) {
      const k = r.next();
      if (ch === "O" && k < 0.3) out += "0";
      else if (ch === "l" && k < 0.15) out += "1";
      else if (ch === "I" && k < 0.15) out += "l";
      else if (ch === " " && k < 0.1) out += "  ";
      else if (/[a-z]/.test(ch) && k < 0.012) out += `${ch}-\n`;
      else out += ch;
    }
    return out;
  };
  b.t(`FAX   ${r.pick(["Page 1 of 3", "PG 01/04", "p. 2"])}   FROM: `).phone(undefined, "FAX").t("   TO: ").phone(undefined, "FAX").t("   ").date(undefined, r.pick(["mdyShort", "mdy"])).t(` ${r.int(10, 23)}:${String(r.int(10, 59))}\n`);
  b.t("CONFIDENTIAL HEALTH INFORMATION. If received in error call ").phone().nl();
  b.v(c.vals.facility().toUpperCase(), "FACILITY").t(" REFERRAL / ORDER FORM\n");
  b.t("PATIENT NAME ").name(p, "LF").t("  DOB ").dob("mdy").t("  SEX ").t(p.sex).nl();
  b.t("ADDRESS ").address(p.home, false).nl();
  b.t("HOME PHONE ").phone(p.phone).t("  INS ID ").v(c.vals.memberId(), "HEALTH_PLAN").nl();
  b.t(`REASON FOR REFERRAL: ${r.pick(["Colonoscopy - hx polyps", "Sleep study - suspected OSA", "Cardiology eval - palpitations", "Ortho - chronic low back pain"])}. ${c.clinLine(2, ", ")}.\n`);
  b.t("REFERRING PROVIDER ").doc(c.clinician(), "flmd").t("  NPI ").v(c.vals.npi(), "LICENSE").nl();
  b.t("Please schedule within 2 weeks. Office contact ").name(c.clinician(), "f").t(" ").phone().nl();
};

/** Spanish-English mixed note (practices serving Spanish-speaking patients). */
export const spanishEnglish: Style = (c) => {
  const { r, p } = c;
  const b = c;
  b.t(r.pick(["Nota de visita / Visit note", "Seguimiento - follow up", "Llamada telefonica"])).t(" ").date(undefined, r.pick(["es", "esNum", "mdy"])).nl();
  b.t("Paciente: ").name(p, r.pick(["fl", "lfm", "fml"])).t(", fecha de nacimiento ").dob(r.pick(["es", "esNum", "mdy"])).t(". ");
  b.t(r.pick(["Viene con su hija ", "Acompañada por su esposo ", "La trae su nieta "])).name(c.other(), r.pick(["f", "fl"])).t(". ");
  b.t(r.pick(["Refiere dolor de cabeza desde el ", "Pt states she stopped metformin el ", "Se le acabó la insulina el "])).date(undefined, r.pick(["esShort", "md", "es"])).t(". ");
  b.t(`${c.clin()}. ${c.clin()}. `);
  b.t(r.pick(["Vive en ", "Lives in ", "Se mudó a "])).v(c.vals.city(), "LOCATION").t(r.pick([" con su familia. ", ", trabaja en el campo. ", ". "]));
  if (r.chance(0.5)) b.t("Dirección: ").address(p.home, false).t(". ");
  b.t("Tel. ").phone(p.phone).t(r.pick([" (cel)", " (casa)", ""])).t(". ");
  if (r.chance(0.4)) b.t("Correo: ").v(p.email, "EMAIL").t(". ");
  b.t(r.pick(["Cita de seguimiento el ", "RTC ", "Próxima cita "])).date(undefined, r.pick(["esShort", "md", "mdLong"])).t(" con Dra. ").name(c.clinician(), "l").t(".\n");
  b.t("Plan: ").t(r.pick(["continuar Lyrica 75 mg BID", "suspender Valium", "glucosa en ayunas < 130", "caminar 30 min diario"])).t(". Medicaid # ").v(c.vals.memberId(), "HEALTH_PLAN").t(".\n");
};

/** New-patient intake / registration form. */
export const intakeForm: Style = (c) => {
  const { r, p } = c;
  const b = c;
  b.t("NEW PATIENT REGISTRATION\n");
  b.t("Last name: ").v(p.last, "NAME").t("   First: ").v(p.first, "NAME").t("   MI: ").v(p.middle ? p.middle[0]! : "", "NAME").t(p.middle ? "" : "-").nl();
  if (p.nick) b.t("Preferred name: ").v(p.nick, "NAME").nl();
  b.t("DOB: ").dob(r.pick(["mdy", "spaced", "mdyLoose"])).t("   SSN: ").v(c.vals.ssn(), "SSN").t("   Driver's lic: ").v(c.vals.driverLicense(), "LICENSE").nl();
  b.t("Street: ").v(p.home.line1, "ADDRESS").t("  Apt: ").v(p.home.line2 ?? "", "ADDRESS").t(p.home.line2 ? "" : "n/a").t("  City: ").v(p.home.city, "LOCATION").t(`  State: ${p.home.stateAbbr}  Zip: `).v(p.home.zip, "ZIP").nl();
  b.t("County: ").v(p.home.county, "LOCATION").t("   Cell: ").phone(p.phone).t("   Email: ").v(p.email, "EMAIL").nl();
  b.t("Employer: ").v(c.vals.employer(), "FACILITY").t("   Work ph: ").phone().nl();
  b.t("Emergency contact: ").name(c.other(), "fl").t("  Relationship: ").t(r.pick(["spouse", "mother", "friend", "brother", "neighbor"])).t("  Phone: ").phone().nl();
  b.t("Primary ins: ").t(r.pick(["Aetna", "Medicaid", "Tricare", "Ambetter"])).t("  ID: ").v(c.vals.memberId(), "HEALTH_PLAN").t("  Subscriber: ").name(c.other(), "fl").t("  Sub DOB: ").date(c.vals.date(70, 20), "mdy").nl();
  b.t("Preferred pharmacy: ").t(r.pick(["CVS", "Walgreens", "Walmart"])).t(" on ").v(c.vals.street(), "ADDRESS").nl();
  b.t("Vehicle for parking permit: ").v(c.vals.plate(), "VEHICLE");
  if (r.chance(0.3)) b.t(" / VIN ").v(c.vals.vin(), "VEHICLE");
  b.nl();
  b.t(`How did you hear about us? ${r.pick(["friend", "Google", "insurance"])}. Signature on file `).date(undefined, "mdy").nl();
};
