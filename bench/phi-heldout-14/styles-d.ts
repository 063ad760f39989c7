/**
 * Fourteenth corpus, styles D: public-health, diagnostic and pharmacy documents sent between systems
 * (eICR reportability responses, CT dose SR header dumps, frozen-section call logs, Pap cytology reports,
 * certified translations of foreign records, pharmacy recall letters).
 */
import { fmtDate, MON } from "./kit";
import * as L from "./lists";
import { addrBlock, address, age, clin, dt, fac, hhmm, initials, nm, other, ph, pickAge, staff, type Note14, type Style } from "./note";

function eicrRr(n: Note14): void {
  const { b, c, pt } = n;
  const md = other(n);
  const epi = other(n);
  const county = c.county();
  const cond = c.pick(["Pertussis", "Lyme disease", "Hepatitis C, chronic", "Legionellosis", "Salmonellosis", "Varicella", "Carbapenem-resistant Enterobacterales"]);
  b.t("REPORTABILITY RESPONSE (RR) — eCR").nl();
  b.t("eICR document: urn:uuid:").v(c.uuid(), "ID").t("   received ");
  isoDate(n);
  b.nl().t(`Determination: Reportable — ${cond} (trigger RCTC v${c.int(2022, 2025)}-${c.int(1, 12)}-${c.int(1, 28)}, SNOMED ${c.digits(8)})`).nl();
  b.t("Route to: ").t(`${n.addr.state} Department of Public Health; `).v(county, "LOCATION").t(" County Health Department").nl().nl();
  b.t("Patient: ");
  nm(n, pt, c.pick(["fml", "LF", "lf"]));
  b.t(`  Sex: ${c.pick(["F", "M"])}  DOB: `);
  dt(n, n.dob);
  b.nl().t("Address: ");
  address(n, n.addr);
  b.t("   Phone: ");
  ph(n, n.phone);
  b.nl().t("Encounter: ");
  dt(n);
  b.t(" at ");
  fac(n, c.clinic());
  b.t(" (NPI ").v(c.npi(), "LICENSE").t("), clinician Dr. ");
  nm(n, md, c.pick(["l", "fl"]));
  b.nl().t(`Lab: ${c.pick(["PCR", "culture", "IgM EIA", "antibody w/ reflex RNA"])} collected `);
  dt(n, c.recent(), c.chance(0.5));
  b.t(`, ${c.pick(["Quest", "Labcorp", "state lab"])}. Other: ${clin(n)}`).nl();
  b.t("Public-health contact: ");
  nm(n, epi, "fl");
  b.t(", epidemiologist, ");
  ph(n);
  b.t(", ").v(c.staffEmail(epi, `${county.toLowerCase().replace(/ /g, "")}county.gov`), "EMAIL").nl();
  b.t("Jurisdiction case ID: ").v(`${c.pick(["CI", "MAVEN-", "ME"])}${c.digits(8)}`, "ID").t(`  Response due within ${c.pick(["24 h", "3 business days", "7 days"])}`).nl();
}

function isoDate(n: Note14): void {
  n.b.v(fmtDate(n.c.recent(), "iso"), "DATE").t(`T${hhmm(n.c)}:00${n.c.pick(["Z", "-05:00"])}`);
}

function ctDoseSr(n: Note14): void {
  const { b, c, pt } = n;
  const ref = other(n);
  const tech = other(n);
  const a = pickAge(n, 0.4);
  const study = c.recent();
  const T = (tag: string, vr: string) => b.t(`(${tag}) ${vr} [`);
  b.t(`# dcmdump — CT Radiation Dose SR (${c.pick(["sent to dose registry", "DIR export", "dose-monitoring import"])})`).nl();
  T("0008,0020", "DA");
  b.v(fmtDate(study, "compact"), "DATE").t("]  # StudyDate").nl();
  T("0008,0030", "TM");
  b.t(`${hhmm(c, false)}${String(c.int(0, 59)).padStart(2, "0")}]  # StudyTime`).nl();
  T("0008,0050", "SH");
  b.v(`${c.pick(["A", "CT", "ACC"])}${c.digits(8)}`, "ID").t("]  # AccessionNumber").nl();
  T("0008,0070", "LO");
  b.t(`${c.pick(["GE MEDICAL SYSTEMS", "SIEMENS", "TOSHIBA", "Philips"])}]  # Manufacturer`).nl();
  T("0008,0080", "LO");
  b.v(c.hospital().toUpperCase(), "FACILITY").t("]  # InstitutionName").nl();
  T("0008,0090", "PN");
  b.name(ref.last.toUpperCase(), "^", ref.first.toUpperCase()).t("]  # ReferringPhysicianName").nl();
  T("0008,1010", "SH");
  b.t(`CT${c.int(1, 4)}_${c.pick(["ED", "MAIN", "OP"])}]  # StationName`).nl();
  T("0008,1070", "PN");
  b.name(tech.last.toUpperCase(), "^", tech.first.toUpperCase()).t("]  # OperatorsName").nl();
  T("0008,1090", "LO");
  b.t(`${c.pick(["Revolution CT", "SOMATOM go.Top", "Aquilion ONE", "Incisive CT"])}]  # ManufacturerModelName`).nl();
  T("0010,0010", "PN");
  b.name(pt.last.toUpperCase(), "^", pt.first.toUpperCase());
  if (pt.middle) b.t("^").v(pt.middle.toUpperCase(), "NAME");
  b.t("]  # PatientName").nl();
  T("0010,0020", "LO");
  b.v(n.mrn, "MRN").t("]  # PatientID").nl();
  T("0010,0030", "DA");
  b.v(fmtDate(n.dob, "compact"), "DATE").t("]  # PatientBirthDate").nl();
  T("0010,1010", "AS");
  if (a >= 90) b.v(String(a).padStart(3, "0"), "AGE");
  else b.t(String(a).padStart(3, "0"));
  b.t("Y]  # PatientAge").nl();
  T("0018,1000", "LO");
  b.v(c.serial(), "DEVICE").t("]  # DeviceSerialNumber").nl();
  T("0020,000d", "UI");
  b.v(`1.2.840.113619.2.${c.int(55, 480)}.${c.digits(4)}.${c.digits(7)}.${c.digits(5)}`, "ID").t("]  # StudyInstanceUID").nl();
  T("0008,0016", "UI");
  b.t("1.2.840.10008.5.1.4.1.1.88.67]  # SOPClassUID (X-Ray Radiation Dose SR)").nl();
  b.t(`  > CTDIvol ${c.int(2, 60)}.${c.int(0, 9)} mGy; DLP ${c.int(80, 1900)}.${c.int(0, 9)} mGy·cm; phantom 32 cm; notification value 1000 mGy·cm`).nl();
  if (c.chance(0.5)) {
    b.t("  > Dose alert acknowledged by ");
    nm(n, tech, "il");
    b.t(` at ${hhmm(c)}; reason: ${c.pick(["bariatric protocol", "repeat for motion", "multiphase liver"])}`).nl();
  }
}

function frozenSection(n: Note14): void {
  const { b, c, pt } = n;
  const surg = other(n);
  const path = other(n);
  const circ = other(n);
  const a = pickAge(n, 0.3);
  b.t("SURGICAL PATHOLOGY — INTRAOPERATIVE CONSULTATION (FROZEN SECTION) LOG").nl();
  b.t("Case: ").v(`${c.pick(["S", "SP", "FS"])}${c.pick(["25", "26"])}-${c.digits(5)}`, "ID").t(`   Part ${c.pick(["A", "B", "C"])}   OR ${c.int(1, 14)}`).nl();
  b.t("Patient: ");
  nm(n, pt, c.pick(["LF", "lf", "LFM"]));
  b.t("   MRN ").v(n.mrn, "MRN").t("   FIN ").v(c.acct(), "ACCOUNT").t("   Age/Sex: ");
  age(n, a);
  b.t(`/${c.pick(["F", "M"])}`).nl();
  b.t("Date: ");
  dt(n);
  const h = c.int(7, 16);
  const m0 = c.int(0, 30);
  b.t(`   Received ${String(h).padStart(2, "0")}:${String(m0).padStart(2, "0")}   Called ${String(h).padStart(2, "0")}:${String(m0 + c.int(9, 29)).padStart(2, "0")}`).nl();
  b.t("Surgeon: Dr. ");
  nm(n, surg, c.pick(["l", "fl"]));
  b.t(`   Procedure: ${c.pick(["Whipple procedure", "partial mastectomy", "thyroid lobectomy", "wide local excision", "sentinel node biopsy"])}`).nl();
  b.t(`Specimen: ${c.pick(["pancreatic neck margin", "superior margin, stitch long", "left thyroid lobe", "sentinel node #1"])}, fresh`).nl();
  b.t(`Frozen dx: ${c.pick(["NEGATIVE for carcinoma", "POSITIVE — invasive ductal carcinoma at inked margin", "follicular lesion, defer to permanents", "ATYPICAL, defer"])}`).nl();
  b.t("Read by: ");
  staff(n, path, [", MD", ", DO"]);
  b.t("; called to Dr. ");
  nm(n, surg, "l");
  b.t(`, read back by circulator `);
  nm(n, circ, c.pick(["fl", "il"]));
  b.t(`, RN (OR ext ${c.int(2000, 7999)}).`).nl();
  b.t(`TAT under 20 min: ${c.pick(["yes", "no"])}. Anesthesia: ${c.pick(["ASA 2", "ASA 3", "ASA 4"])}. Permanent sections to follow.`).nl();
}

function papCytology(n: Note14): void {
  const { b, c } = n;
  const md = other(n);
  const ct = other(n);
  const path = other(n);
  n.dob = { ...n.dob, y: c.int(1962, 2003) };
  n.pt = { ...c.personOf("F"), ...(n.pt.middle ? { middle: n.pt.middle } : {}) };
  n.email = c.email(n.pt);
  const pt = n.pt;
  b.t("GYNECOLOGIC CYTOLOGY REPORT").nl();
  b.t("Accession: ").v(`${c.pick(["C", "GYN", "PAP"])}${c.pick(["25", "26"])}-${c.digits(6)}`, "ID").nl();
  b.t("Patient: ");
  nm(n, pt, c.pick(["LF", "lfm", "fl"]));
  b.t("   DOB: ");
  dt(n, n.dob);
  b.t("   MRN: ").v(n.mrn, "MRN").nl();
  b.t("Submitting: ");
  fac(n, `${c.pick(L.FAC_STEMS)} ${c.pick(["Women's Health", "OB/GYN", "Family Medicine", "Midwifery"])}`);
  b.t(" / ");
  staff(n, md, [", MD", ", CNM", ", NP", ", DO"]);
  const col = c.recent();
  b.nl().t("Collected: ");
  dt(n, col);
  b.t("   Received: ");
  const rec = c.later(col, c.int(1, 3));
  b.v(c.pick([`${rec.m}/${rec.d}`, `${MON[rec.m - 1]} ${rec.d}`]), "DATE");
  b.t("   LMP: ");
  dt(n, c.later(col, -c.int(5, 40)), c.chance(0.5));
  b.nl().t(`Clinical: G${c.int(0, 5)}P${c.int(0, 4)}, on ${c.pick(L.DRUGS.slice(0, 10))}, ${c.pick(["routine screen", "hx ASC-US", "post-coital bleeding"])}`).nl();
  b.t(`Specimen: ThinPrep; Satisfactory for evaluation; transformation zone ${c.pick(["present", "absent"])}`).nl();
  b.t(`Interpretation: ${c.pick(["NILM", "ASC-US", "LSIL", "ASC-H", "HSIL"])}. HPV 16 ${c.pick(["neg", "POS"])}, 18/45 ${c.pick(["neg", "POS"])}, other HR ${c.pick(["neg", "POS"])} (cobas).`).nl();
  b.t("Screened by: ");
  b.v(initials(ct), "NAME").t(" CT(ASCP)   Reviewed by: ");
  nm(n, path, "fml");
  b.t(", MD   Reported: ");
  dt(n, c.later(col, c.int(4, 12)));
  b.nl().t("Follow ASCCP 2019 risk-based guidelines.").nl();
}

function translationAffidavit(n: Note14): void {
  const { b, c, pt } = n;
  const tr = other(n);
  const notary = other(n);
  const foreignMd = other(n);
  const [lang, ...place] = c.pick([["Portuguese", "Hospital Dr. Agostinho Neto", "Praia"], ["Bosnian", "Klinički centar Univerziteta", "Sarajevo"], ["Tagalog", "Ilocos Training and Regional Medical Center", "San Fernando, La Union"], ["Polish", "Szpital Wojewódzki", "Rzeszów"], ["Romanian", "Spitalul Județean de Urgență", "Cluj-Napoca"]] as const);
  const county = c.county();
  b.t("CERTIFICATE OF TRANSLATION ACCURACY").nl().nl();
  b.t("I, ");
  nm(n, tr, c.pick(["fl", "fml"]));
  b.t(`, certify that I am competent to translate from ${lang} into English, and that the attached translation of a ${c.pick(["discharge summary", "vaccination record", "operative report", "medication list"])} issued by `);
  fac(n, place[0]);
  b.t(`, ${place[1]}, for `);
  nm(n, pt, c.pick(["fl", "FL"]));
  b.t(" (born ");
  dt(n, n.dob);
  b.t(`), is complete and accurate.`).nl().nl();
  const adm = { y: Math.min(2025, n.dob.y + c.int(20, 70)), m: c.int(1, 12), d: c.int(1, 28) };
  b.t("Excerpt (translated): \"Patient ");
  nm(n, pt, "lf");
  b.t(`, ${Math.max(1, adm.y - n.dob.y - 1)} years, admitted `);
  dt(n, adm);
  b.t(`, ${c.pick(["appendectomy", "NSTEMI, PCI to LAD", "pneumonia", "cholecystectomy"])}; attending Dr. `);
  nm(n, foreignMd, "fl");
  b.t(".\"").nl().nl();
  b.t("ATA certification no. ").v(c.digits(6), "LICENSE").t("   Job ").v(`TR-${c.digits(6)}`, "ID").t("   ").v(c.staffEmail(tr, "certifiedtranslate.com"), "EMAIL").nl();
  b.t(`State of ${n.addr.state}, County of `).v(county, "LOCATION").nl();
  b.t("Subscribed and sworn before me on ");
  dt(n);
  b.t(" by ");
  nm(n, notary, "fl");
  b.t(", Notary Public, commission ").v(`${c.pick(["", "NP-"])}${c.digits(7)}`, "LICENSE").t(" expires ");
  dt(n, { y: c.int(2027, 2030), m: c.int(1, 12), d: c.int(1, 28) });
  b.nl();
}

function drugRecallLetter(n: Note14): void {
  const { b, c, pt } = n;
  const rph = other(n);
  const pharm = c.pick(L.PHARMACIES);
  const pa = { line1: c.bizStreet(), city: c.town(), state: n.addr.state, zip: c.zip() };
  const drug = c.pick(["metformin ER 500 mg", "losartan 50 mg", "levothyroxine 75 mcg", "Junel 1/20", "buprenorphine-naloxone 8-2 mg film"]);
  fac(n, pharm.toUpperCase());
  b.nl();
  addrBlock(n, pa);
  b.t("  Tel ");
  ph(n);
  b.nl().nl();
  dt(n);
  b.nl().nl();
  nm(n, pt, c.pick(["fl", "FL", "fml"]));
  b.nl();
  addrBlock(n, n.addr, c.chance(0.3));
  b.nl().nl().t(`RE: Voluntary recall — ${drug}, lot ${c.letters(2)}${c.digits(5)}, exp ${String(c.int(1, 12)).padStart(2, "0")}/${c.int(2026, 2028)} (FDA class ${c.pick(["II", "III"])})`).nl().nl();
  b.t("Dear ");
  nm(n, pt, c.pick(["fl", "f"]));
  b.t(",").nl().t("Our records show you received Rx # ").v(c.digits(7), "ID").t(", filled ");
  dt(n, c.recent(), c.chance(0.4));
  b.t(`, from an affected lot. Do not stop taking it without talking to us; bring the bottle in and we will exchange it at no cost. Free delivery is available.`).nl().nl();
  b.t("Sincerely,").nl();
  nm(n, rph, "fl");
  b.t(", PharmD, RPh — Lic. ").v(`RPH${c.digits(5)}`, "LICENSE").nl();
  b.t("Questions: ");
  ph(n);
  b.nl();
}

export const STYLES_D: Record<string, Style> = {
  "eicr-rr-summary": eicrRr,
  "ct-dose-sr-dump": ctDoseSr,
  "frozen-section-log": frozenSection,
  "pap-cytology-report": papCytology,
  "translation-affidavit": translationAffidavit,
  "drug-recall-letter": drugRecallLetter,
};
