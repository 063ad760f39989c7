/** Styles 1-8: portal messages, SBAR, discharge summary, consult letter, op note, hospice, wound care, behavioural health. */
import type { Ctx } from "./kit";

export type Style = (c: Ctx) => void;

/** A patient or relative writing through the portal: informal, lower case, typos. */
export const portalMessage: Style = (c) => {
  const { r, p } = c;
  const b = c;
  const fromRelative = r.chance(0.45);
  const rel = fromRelative ? c.other() : null;
  b.t(`Subject: ${r.pick(["question about meds", "re: appt", "refill pls", "my moms test results", "need a note", "billing??", "Re: Re: follow up"])}\n`);
  b.t(`Sent: `).date(undefined, r.pick(["mdy", "mdyLoose", "long"])).t(` ${r.int(1, 12)}:${String(r.int(0, 59)).padStart(2, "0")} ${r.pick(["AM", "PM"])}\n\n`);
  b.t(r.pick(["hi ", "Hello ", "hey ", "Good morning ", "dear "]));
  const dr = c.clinician();
  if (r.chance(0.5)) b.t("dr ").name(dr, r.pick(["l", "l", "lower"]));
  else b.name(dr, "f");
  b.t(r.pick([",\n", " - ", "\n", "!! "]));
  if (rel) {
    b.t(r.pick(["this is ", "its ", "It's "])).name(rel, r.pick(["f", "fl", "lower"])).t(r.pick([" her daughter", " his son", " the wife", " ur patients husband", " her granddaughter"])).t(". ");
    b.t(r.pick(["my mom ", "my dad ", "my husband ", "my wife ", "grandma "])).name(p, r.pick(["f", "fl", "nick", "lower"]));
    b.t(r.pick([" (dob ", " birthday ", " born "])).dob(r.pick(["mdyShort", "mdy", "dash", "long"])).t(r.pick([") ", " "]));
  } else {
    b.t(r.pick(["its ", "this is ", "I'm "])).name(p, r.pick(["f", "fl", "lower", "nick"])).t(". ");
  }
  b.t(r.pick([
    "has been feeling realy dizzy since ", "ran out of her lyrica on ", "was at the er on ", "got a call from the pharmacy ", "has a rash again since ",
  ])).date(undefined, r.pick(["md", "mdLong", "mdOrd", "abbrDot"])).t(r.pick([" and ", ". ", "... "]));
  b.t(r.pick(["the pharmacy at ", "the walgreens on ", "the place on "])).v(c.vals.street(), "ADDRESS").t(" in ").v(c.vals.city(), "LOCATION").t(r.pick([" says they never got it. ", " is closed sundays. "]));
  b.t(`she takes ${c.clin()} and ${c.clin()}. `);
  if (r.chance(0.6)) b.t(r.pick(["pls call me at ", "my cell is ", "call back # ", "u can reach me @ "])).phone(rel ? undefined : p.phone).t(r.pick([" after 3", " anytime", "", " or text"])).t(". ");
  if (r.chance(0.4)) b.t("or email ").v(rel ? c.vals.email(rel) : p.email, "EMAIL").t(" ");
  if (r.chance(0.3)) b.t("she is going to stay w/ her sister ").name(c.other("F"), "f").t(" in ").v(c.vals.city(), "LOCATION").t(" until the ").v(c.vals.ord(r.int(1, 28)), "DATE").t(". ");
  b.t(r.pick(["thank u so much\n", "Thanks!!\n", "thx\n", "God bless,\n"]));
  if (rel) b.name(rel, r.pick(["f", "fl", "lower"]));
  else b.name(p, r.pick(["f", "fl", "nick"]));
  b.nl();
  if (r.chance(0.35)) b.t("\n--\nSent via patient portal from IP ").v(c.vals.ip(), "IP").t(r.pick([" (mobile app)", "", " [verified]"])).nl();
};

/** SBAR nurse handoff. */
export const sbar: Style = (c) => {
  const { r, p } = c;
  const b = c;
  b.t(`SBAR HANDOFF  ${r.pick(["4 West", "MICU", "PCU", "Ortho", "L&D"])}  Room ${r.int(200, 699)}-${r.pick(["A", "B"])}\n`);
  b.t("Pt: ").name(p, r.pick(["LF", "lf", "fl"])).t("  MRN ").mrn().t("  DOB ").dob(r.pick(["mdy", "mdyShort"])).t(`  ${r.int(22, 88)}${p.sex}\n`);
  b.t("S: ").t(r.pick(["increased SOB", "new onset confusion", "hypotension after HD", "uncontrolled pain", "fall without injury"])).t(` at ${r.int(1, 12)}${r.pick(["00", "30"])}. ${c.clin()}, ${c.clin()}.\n`);
  b.t("B: adm ").date(undefined, r.pick(["md", "mdy"])).t(` for ${r.pick(["CHF exacerbation", "CAP", "DKA", "hip fx s/p ORIF", "GI bleed"])}. PMH ${c.clin()}. `);
  b.t("Lives with ").name(c.other(), r.pick(["f", "fl"])).t(r.pick([" (spouse)", " (son)", " (partner)"])).t(" in ").v(c.vals.city(), "LOCATION").t(".\n");
  b.t(`A: ${c.clinLine(3, ", ")}. Foley in place. Babinski neg.\n`);
  b.t("R: ").t(r.pick(["recheck lytes in AM", "call rapid if MAP < 65", "PT/OT eval", "f/u echo"])).t("; ");
  b.t("Dr. ").name(c.clinician(), "l").t(" aware, callback ").phone(undefined).t(`. ${r.pick(["Daughter", "Wife", "Son"])} `).name(c.other(), "f").t(" wants update, ").phone().t(".\n");
  b.t("Given by ").name(c.clinician(), r.pick(["fl", "il"])).t(" RN to ").name(c.clinician(), r.pick(["f", "fl"])).t(` RN at ${String(r.int(6, 7)).padStart(2, "0")}45.\n`);
};

/** Discharge summary with a hospital-course narrative. */
export const dischargeSummary: Style = (c) => {
  const { r, p } = c;
  const b = c;
  const fac = c.vals.facility(r.pick(["Medical Center", "Hospital", "Regional Hospital"]));
  b.v(fac.toUpperCase(), "FACILITY").nl().t("DISCHARGE SUMMARY\n\n");
  b.t("Patient Name: ").name(p, r.pick(["LF", "lfm", "fl"])).t("\nMRN: ").mrn().t("    Account #: ").v(c.vals.account(), "ACCOUNT").nl();
  const adm = c.vals.date(2, 0);
  b.t("Admission Date: ").date(adm, "mdy").t("    Discharge Date: ").date(undefined, "mdy").nl();
  b.t("Attending: ").doc(c.clinician(), "flmd").t("\nPCP: ").doc(c.clinician(), "dr").nl(2);
  b.t(`Discharge Diagnoses:\n1. ${r.pick(["Sepsis due to UTI", "NSTEMI", "COPD exacerbation", "Acute on chronic HFrEF"])}\n2. ${c.clin()}\n\n`);
  b.t("HOSPITAL COURSE: ");
  b.name(p, r.pick(["tl", "f", "fl"])).t(` is a ${r.int(40, 88)}-year-old ${p.sex === "F" ? "woman" : "man"} with ${c.clin()} who presented to the ED on `).date(adm, r.pick(["mdLong", "md", "abbrDot"]));
  b.t(` from ${r.pick(["home", "her assisted living", "a rehab facility"])}`);
  if (r.chance(0.5)) b.t(" (").v(c.vals.facility("Assisted Living"), "FACILITY").t(")");
  b.t(` with ${r.pick(["fever and dysuria", "chest pressure", "worsening dyspnea", "confusion"])}. Initial ${c.clinLine(2, ", ")}. `);
  b.t("Cardiology (Dr. ").name(c.clinician(), "l").t(") was consulted on hospital day 2 and ").t(r.pick(["recommended cath", "started heparin gtt", "adjusted diuretics"])).t(". ");
  b.t("On ").date(undefined, r.pick(["md", "mdLong"])).t(` ${c.clin()}. Transitioned to ${c.clin()}. `);
  b.t("Case management arranged home health with ").v(c.vals.facility("Home Health"), "FACILITY").t(". ");
  b.t("Discussed with ").name(c.other(), r.pick(["fl", "f"])).t(" (HCPOA) by phone ").phone().t(".\n\n");
  b.t(`DISCHARGE MEDICATIONS: ${c.clin()}; ${c.clin()}; ${c.clin()}\n`);
  b.t("FOLLOW-UP: ").doc(c.clinician(), "dr").t(" in 1 week, ").date(undefined, r.pick(["md", "mdy"])).t(` at ${r.int(8, 11)}:${r.pick(["00", "15", "30"])} AM.\n`);
  b.t("Dictated by: ").doc(c.clinician(), "flmd").t("  D: ").date(undefined, "mdyShort").t("  T: ").date(undefined, "mdyShort").t("  Job# ").v(c.vals.r.digits(7), "ID").nl();
};

/** Consult letter back to the referring physician. */
export const consultLetter: Style = (c) => {
  const { r, p } = c;
  const b = c;
  const ref = c.clinician();
  b.v(c.vals.facility(r.pick(["Health Center", "Medical Center"])), "FACILITY").t(` - ${r.pick(["Rheumatology", "Endocrinology", "Neurology", "Gastroenterology"])}\n`);
  b.v(c.vals.place().line1, "ADDRESS").t(", ");
  const pl = c.vals.place();
  b.v(pl.city, "LOCATION").t(`, ${pl.stateAbbr} `).v(pl.zip, "ZIP").t("  Tel ").phone().t("  Fax ").phone(undefined, "FAX").nl(2);
  b.date(undefined, r.pick(["long", "longOrd"])).nl(2);
  b.doc(ref, "drfl").nl();
  const refPl = c.vals.place();
  c.address(refPl, true);
  b.nl(2).t("RE: ").name(p, r.pick(["fl", "fml"])).t("   DOB: ").dob(r.pick(["mdy", "long", "abbr"])).nl(2);
  b.t("Dear Dr. ").name(ref, "l").t(",\n\nThank you for referring ").name(p, "tl").t(` for evaluation of ${r.pick(["inflammatory arthritis", "thyroid nodule", "tremor", "chronic diarrhea"])}. `);
  b.t(`As you know, ${p.sex === "F" ? "she" : "he"} is a ${r.int(30, 85)} year old with ${c.clin()} and a family history notable for ${r.pick(["Crohn's in a brother", "Parkinson in her father", "lupus in her mother"])}. `);
  b.t(`Exam: ${c.clinLine(3, ", ")}. I reviewed the outside records from `).v(c.vals.facility(), "FACILITY").t(" dated ").date(undefined, r.pick(["mdy", "monthYear", "abbr"])).t(". ");
  b.t(`I recommend ${c.clin()} and will see ${p.sex === "F" ? "her" : "him"} again in ${r.int(2, 6)} months. `);
  b.t("Please don't hesitate to contact me directly at ").v(c.vals.email(c.clinician()), "EMAIL").t(".\n\nSincerely,\n\n").doc(c.clinician(), "flmd").nl();
  b.t("cc: ").name(p, r.pick(["fl", "il"])).t("; ").doc(c.clinician(), "drfl").nl();
};

/** Operative note: surgeon, assistant, anaesthesia, implants with lot numbers (distractors) and serials. */
export const operativeNote: Style = (c) => {
  const { r, p } = c;
  const b = c;
  b.t("OPERATIVE REPORT\n").t("PATIENT: ").name(p, "LF").t("  MR#: ").mrn().t("  DOS: ").date(undefined, r.pick(["mdy", "dmyDash"])).nl();
  b.t("LOCATION: ").v(c.vals.facility("Surgery Center"), "FACILITY").t(`, OR ${r.int(1, 12)}\n`);
  b.t("SURGEON: ").doc(c.clinician(), "flmd").t("\nASSISTANT: ").doc(c.clinician(), r.pick(["flmd", "flrn"])).t("\nANESTHESIA: ").t(r.pick(["General endotracheal", "MAC", "Spinal"])).t(" by ").doc(c.clinician(), r.pick(["flmd", "dr"])).nl();
  b.t(`PREOP DX: ${r.pick(["Right knee OA", "Cholelithiasis", "Left inguinal hernia", "Symptomatic bradycardia"])}\nPROCEDURE: ${r.pick(["Right TKA", "Lap chole", "Open hernia repair w/ mesh", "Dual chamber pacemaker placement"])} (CPT ${r.pick(["27447", "47562", "49505", "33208"])})\n`);
  b.t(`EBL ${r.int(5, 600)} mL. IVF ${r.int(500, 2500)} mL. UOP ${r.int(100, 900)} mL. Foley removed. Time out performed at ${r.int(7, 15)}:${String(r.int(10, 59))}.\n`);
  b.t(`IMPLANTS: ${r.pick(["Mesh 15x15 cm", "Tibial tray size 4", "Pacemaker generator"])}, lot ${r.letters(2)}${r.digits(5)}, ref ${r.digits(6)}; serial `).v(c.vals.serial(), "DEVICE").nl();
  b.t(`FINDINGS: ${c.clinLine(2, ", ")}. The patient was positioned supine, a Foley was placed, Mayo stand prepped. `);
  b.t(`Specimen to pathology, accession `).v(`S${String(r.int(24, 26))}-${r.digits(5)}`, "ID").t(". ");
  b.t("Family (").name(c.other(), r.pick(["fl", "f"])).t(") updated in the waiting room.\n");
  b.t("Electronically signed ").date(undefined, "mdy").t(` ${r.int(10, 23)}:${String(r.int(10, 59))}\n`);
};

/** Hospice / palliative visit: goals of care, family, chaplain, ages sometimes 90+. */
export const hospiceNote: Style = (c) => {
  const { r, p } = c;
  const b = c;
  const old = r.chance(0.6);
  b.v(c.vals.facility("Hospice"), "FACILITY").t(" - RN Visit Note\n");
  b.t("Patient: ").name(p, r.pick(["fl", "lf"])).t("   Benefit period 2 start ").date(undefined, "mdy").nl();
  b.t(old ? `${r.pick(["Pt is a ", "This "])}` : "Pt is a ");
  if (old) b.v(c.age90(), "AGE").t(r.pick(["-year-old", " y/o", " yo", " year old"]));
  else b.t(`${r.int(55, 89)} y/o`);
  b.t(` with ${r.pick(["end-stage COPD", "metastatic pancreatic CA", "Alzheimer dementia FAST 7c", "ESRD off dialysis"])}, PPS ${r.pick(["30%", "40%", "20%"])}. `);
  b.t("Seen at home, ").address(p.home, false).t(r.pick([", hospital bed in living room. ", ". "]));
  b.t(`${c.clinLine(2, ", ")}. Comfort kit in home: morphine 20 mg/mL, lorazepam 0.5 mg, Haldol.\n`);
  b.t("Family: ").name(c.other(), "fl").t(r.pick([" (daughter, primary caregiver)", " (wife)", " (son, POA)"])).t(" and grandson ").name(c.other("M"), "f").t(" present. ");
  b.t("Chaplain ").name(c.clinician(), r.pick(["fl", "f"])).t(" visited ").date(undefined, r.pick(["md", "mdLong"])).t(". ");
  b.t(`Pt's wish to be at home for ${p.sex === "F" ? "her" : "his"} `);
  if (old) {
    const n = r.int(91, 102);
    b.v(String(n), "AGE").t(`${c.vals.ord(n).slice(String(n).length)} birthday `);
  }
  else b.t("granddaughter's wedding ");
  b.t("on ").date(undefined, r.pick(["mdLong", "md", "mdOrd"])).t(". DNR/POLST on fridge.\n");
  b.t("Plan: ").t(r.pick(["increase visits to 3x/wk", "continuous care if symptoms escalate", "bereavement referral for family"])).t(". On-call ").phone().t(". Medical director ").doc(c.clinician(), "dr").t(" aware.\n");
};

/** Wound-care note: measurements are distractors, with the home-health agency and photos. */
export const woundCare: Style = (c) => {
  const { r, p } = c;
  const b = c;
  b.t("WOUND CARE NOTE  ").date(undefined, r.pick(["mdy", "iso"])).nl();
  b.t("Name: ").name(p, r.pick(["lf", "fl", "LF"])).t("  DOB: ").dob(r.pick(["mdy", "mdyShort", "iso"])).t("  MRN: ").mrn().nl();
  b.t(`Wound #1 ${r.pick(["sacrum", "L heel", "R lateral malleolus", "abd incision"])}: stage ${r.pick(["3", "4", "unstageable"])}, ${c.clin()}; ${c.clin()}. Braden ${r.int(9, 18)}.\n`);
  b.t("Wound #2: ").t(`${r.int(1, 4)}.${r.int(0, 9)} x ${r.int(1, 4)}.${r.int(0, 9)} cm, 100% granulation, ${r.pick(["scant", "moderate"])} serous drainage.\n`);
  b.t(`Debridement ${r.pick(["sharp", "selective"])} (CPT 97597). Applied ${r.pick(["Aquacel Ag", "Mepilex", "Santyl", "wound vac 125 mmHg"])}. `);
  if (r.chance(0.5)) b.t("NPWT unit serial ").v(c.vals.serial(), "DEVICE").t(". ");
  b.t("Photos uploaded ").date(undefined, r.pick(["md", "mdy"])).t(` at ${r.int(9, 16)}:${r.pick(["05", "40"])}.\n`);
  b.t("Home health: ").v(c.vals.facility("Home Health"), "FACILITY").t(", nurse ").name(c.clinician(), r.pick(["fl", "f"])).t(" ").phone().t(". ");
  b.t("Pt's husband ").name(c.other("M"), r.pick(["f", "fl"])).t(" does dressing changes. ");
  b.t("Next visit ").date(undefined, r.pick(["md", "abbrDot", "mdLong"])).t(". ").doc(c.clinician(), r.pick(["flrn", "ifl"])).t(", CWOCN\n");
};

/** Behavioural-health progress note with a family narrative. */
export const bhProgress: Style = (c) => {
  const { r, p } = c;
  const b = c;
  const mom = c.other("F");
  const sib = c.other();
  b.t(`Behavioral Health Progress Note - ${r.pick(["Individual therapy 53 min (90837)", "Med management (99214)", "Family session (90847)"])}\n`);
  b.t("Client: ").name(p, r.pick(["fl", "fml"])).t("   Session date: ").date(undefined, r.pick(["mdy", "long"])).nl();
  b.t(`PHQ-9 ${r.int(3, 24)}, GAD-7 ${r.int(2, 20)}, C-SSRS negative.\n`);
  b.t("Client reports ").t(r.pick(["ongoing conflict with", "grief after losing", "reconnecting with"])).t(" mother ").name(mom, r.pick(["f", "fl"])).t(", who moved to ").v(c.vals.city(), "LOCATION").t(" after the divorce in ").t(String(r.int(1995, 2020))).t(". ");
  b.t(`${r.pick(["Brother", "Sister", "Stepbrother"])} `).name(sib, "f").t(" was ").t(r.pick(["arrested", "hospitalized", "deployed"])).t(" around ").date(undefined, r.pick(["monthYear", "mdOrd", "monYr"])).t(", and client ").t(r.pick(["has been drinking more", "stopped sleeping", "feels responsible"])).t(". ");
  b.t("Works at ").v(c.vals.employer(), "FACILITY").t(r.pick([" (night shift)", "", " as a forklift driver"])).t(". ");
  b.t(`Partner `).name(c.other(), "f").t(" attended the last 10 min. ");
  b.t(`Continues ${c.clin()}. Denies SI/HI. Safety plan reviewed; crisis line 988.\n`);
  b.t("Plan: follow up ").date(undefined, r.pick(["md", "mdLong", "abbrDot"])).t(". Release signed for ").v(c.vals.facility("Behavioral Health"), "FACILITY").t(".\n");
  b.name(c.clinician(), "fl").t(r.pick([", LCSW", ", PhD", ", LPC", ", PMHNP-BC"])).nl();
};
