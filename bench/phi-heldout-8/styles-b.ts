/**
 * Eighth held-out corpus, styles B: MRO verification worksheet, prenatal flowsheet, inpatient-rehab pre-admission
 * screen, NCPDP SCRIPT NewRx message, WIC medical referral, pre-anaesthesia evaluation.
 */
import { fmtDate } from "./kit";
import { address, age, box, childDob, dob, initials, nm, other, ph, pickAge, pn, rel, staff, type Style } from "./note";

const mro: Style = (n) => {
  const { b, c } = n;
  const der = c.person();
  const doc = c.person();
  b.t("MEDICAL REVIEW OFFICER — VERIFICATION WORKSHEET").nl();
  b.t("Specimen ID: ").v(c.digits(7), "ID").t("   Federal CCF: ").v(`${c.digits(4)}${c.digits(3)}`, "ID").t(`   ${c.pick(["DOT/FMCSA", "DOT/FAA", "Non-DOT", "DOT/FTA"])}`).nl();
  b.t("Donor: "); pn(n, n.pt, ["LF", "fl", "lf"]);
  b.t("   Donor ID: ");
  if (c.chance(0.5)) b.v(c.ssn(), "SSN"); else b.t("EMP ").v(c.digits(6), "ID");
  b.nl().t("Employer: ").v(c.employer(), "FACILITY").t("   DER: "); nm(n, der, "fl"); b.t(" "); ph(n); b.nl();
  b.t("Collection site: ").v(c.clinic(), "FACILITY").t(", ").v(c.city(), "LOCATION").t(`, ${c.state()}   Collector: `); nm(n, c.person(), c.pick(["fl", "il"])); b.nl();
  b.t("Collected ").v(c.fullDate(c.recent()), "DATE").t(`; received at ${c.lab()} `).v(c.partialDate(c.recent()), "DATE").t(". Donor identity: photo ID + right index print ").v(`FP${c.digits(9)}`, "BIOMETRIC").t(".").nl();
  const drug = c.pick(["amphetamine 1,240 ng/mL (cutoff 500)", "oxycodone 410 ng/mL (cutoff 100)", "hydrocodone 890 ng/mL (cutoff 300)", "morphine 2,600 ng/mL (cutoff 2000)", "benzodiazepine (oxazepam) 380 ng/mL"]);
  b.t(`Lab result: POSITIVE ${drug}. Validity: creatinine ${c.int(20, 180)} mg/dL, SG 1.0${c.int(5, 29)}.`).nl();
  b.t("Interview ").v(c.fullDate(c.recent()), "DATE").t(` at ${c.time()} by phone `); ph(n, n.phone); b.t(". Donor reports a prescription from Dr. "); nm(n, doc, "l");
  b.t(" at ").v(c.clinic(), "FACILITY").t(", filled ").v(c.partialDate(c.recent()), "DATE").t(" at ");
  if (c.chance(0.5)) b.v(c.pharmacy(), "FACILITY"); else b.t(c.chain());
  b.t(", Rx #").v(c.digits(7), "ID").t(". Verified with pharmacist "); nm(n, c.person(), c.pick(["fl", "f"])); b.t(", RPh.").nl();
  b.t(`Verified result: ${c.pick(["NEGATIVE (legitimate medical explanation)", "POSITIVE — no legitimate explanation", "CANCELLED — fatal flaw"])}. Safety concern letter: ${c.pick(["none", "issued"])}. Reported to DER `).v(c.partialDate(c.recent()), "DATE").t(".").nl();
  b.t("MRO: "); nm(n, c.person(), "fml"); b.t(", MD, MRO (MROCC ").v(c.digits(5), "LICENSE").t(")").nl();
};

const prenatal: Style = (n) => {
  const { b, c } = n;
  const fob = rel(n);
  b.t("PRENATAL RECORD — ").v(c.clinic(), "FACILITY").nl();
  b.t("Name: "); nm(n, n.pt, c.pick(["LF", "lf", "lfm"])); b.t(`   Age ${c.int(16, 44)}   G${c.int(1, 6)}P${c.int(0, 3)}0${c.int(0, 2)}${c.int(0, 3)}   MRN `).v(n.mrn, "MRN").nl();
  b.t("LMP ").v(c.fullDate(c.recent()), "DATE").t("   EDD ").v(c.fullDate(c.recent()), "DATE").t(` (by ${c.pick(["LMP", "8w US", "IVF transfer"])})   Blood type ${c.pick(["O pos", "A neg", "B pos", "AB pos", "O neg"])}`).nl();
  b.t("FOB: "); pn(n, fob.p, ["fl", "lf"]); b.t("  "); ph(n); b.t(`   Plans to deliver at `).v(c.hospital(), "FACILITY").nl();
  b.t("Coverage: Medicaid ").v(c.medicaid(), "HEALTH_PLAN").nl();
  b.t("Date   | GA     | Wt  | BP     | FH | FHR | Urine P/G | Edema | Prov").nl();
  let ga = c.int(8, 14);
  for (let i = 0; i < c.int(3, 6); i++) {
    b.v(c.chance(0.7) ? fmtDate(c.recent(), "md") : c.partialDate(c.recent()), "DATE").t(` | ${ga}w${c.int(0, 6)}d | ${c.int(120, 230)} | ${c.int(98, 142)}/${c.int(58, 92)} | ${ga > 20 ? ga + c.int(-2, 2) : "--"} | ${c.int(120, 165)} | ${c.pick(["neg/neg", "tr/neg", "neg/1+"])} | ${c.int(0, 2)} | `);
    if (c.chance(0.5)) initials(n, c.person()); else nm(n, c.person(), "l");
    b.nl();
    ga += c.int(2, 5);
  }
  b.t(`NIPT (${c.pick(["Natera Panorama", "Harmony", "MaterniT21"])}) low risk, accession `).v(`${c.letters(2)}${c.digits(8)}`, "ID").t(`. 1h GCT ${c.int(90, 170)}. Rubella immune. GBS `).v(fmtDate(c.recent(), "md"), "DATE").t(`: ${c.pick(["neg", "pos"])}.`).nl();
  b.t("Pediatrician: Dr. "); nm(n, c.person(), "l"); b.t(" at ").v(c.clinic(), "FACILITY").t(`. Tdap at 28w. Breastfeeding ${c.pick(["planned", "undecided"])}.`).nl();
};

const irfScreen: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.2);
  const cg = rel(n);
  const cm = c.person();
  b.t("INPATIENT REHABILITATION FACILITY — PRE-ADMISSION SCREENING").nl();
  b.t("IRF: ").v(c.facility(["Rehabilitation Hospital", "Rehab Institute", "Acute Rehab Unit"]), "FACILITY").t("   Screener: "); nm(n, c.person(), "fl"); b.t(", PT, Admissions Liaison").nl();
  b.t("Referring hospital: ").v(c.hospital(), "FACILITY").t("   Case manager: "); nm(n, cm, c.pick(["fl", "lf"])); b.t("  ph "); ph(n); b.t("  fax "); ph(n, c.phone(), "FAX"); b.nl();
  b.t("Patient: "); pn(n, n.pt); b.t("   DOB "); dob(n); b.t("   Age "); age(n, a); b.t("   Acute MRN ").v(n.mrn, "MRN").nl();
  b.t(`Impairment group ${c.pick(["01.2 (L body stroke)", "08.51 (unilat hip replacement)", "05.3 (BKA)", "02.22 (TBI)", "16 (debility)"])}; etiologic dx ${c.icd()}. Onset `).v(c.fullDate(c.recent()), "DATE").t("; acute admit ").v(c.partialDate(c.recent()), "DATE").t(".").nl();
  b.t(`Prior level of function: independent with ${c.pick(["cane", "no device", "rollator"])}; lives with ${cg.r} `); nm(n, cg.p, "f"); b.t(` in a ${c.pick(["one-story", "two-story", "split-level"])} home at `);
  b.v(n.addr.line1, "ADDRESS").t(", ").v(n.addr.city, "LOCATION").t(` (${c.int(0, 14)} steps to enter). Drove until ${c.year()}; retired from `).v(c.employer(), "FACILITY").t(".").nl();
  b.t(`Current: mod assist transfers, ambulates ${c.int(10, 150)} ft with RW; ${c.clin()} Able to tolerate 3 h/day, 5 days/week.`).nl();
  b.t(`Payer: ${c.payer()} member `).v(c.member(), "HEALTH_PLAN").t(", auth ").v(`${c.letters(1)}${c.digits(9)}`, "ID").t(` for ${c.int(7, 18)} days.`).nl();
  b.t(`Discharge goal: home with ${cg.r} `); pn(n, cg.p, ["fl", "f"]); b.t(" ("); ph(n); b.t(").").nl();
  b.t("Rehab physician review: Dr. "); nm(n, c.person(), "l"); b.t(" concurs, ").v(c.fullDate(c.recent()), "DATE").t(` ${c.time()}.`).nl();
};

const ncpdp: Style = (n) => {
  const { b, c } = n;
  const doc = c.person();
  const one = c.chance(0.4);
  const nl = () => (one ? b.t("") : b.nl());
  const tag = (t: string, write: () => void) => { b.t(`<${t}>`); write(); b.t(`</${t}>`); nl(); };
  const d = c.recent();
  const iso = fmtDate(d, "iso");
  b.t('<?xml version="1.0" encoding="UTF-8"?>'); nl();
  b.t('<Message DatatypesVersion="2018041" TransportVersion="2018041">'); nl();
  b.t("<Header><To Qualifier=\"P\">").t(c.digits(7)).t("</To><From Qualifier=\"C\">").v(c.digits(13), "ID").t("</From><MessageID>").v(c.hex(16), "ID").t("</MessageID><SentTime>").v(iso, "DATE").t(`T${String(c.int(0, 23)).padStart(2, "0")}:${c.int(10, 59)}:${c.int(10, 59)}</SentTime></Header>`); nl();
  b.t("<Body><NewRx>"); nl();
  b.t("<Patient><HumanPatient>"); nl();
  tag("Identification", () => { b.t("<MedicalRecordIdentificationNumberEHR>").v(n.mrn, "MRN").t("</MedicalRecordIdentificationNumberEHR>"); });
  tag("Name", () => { b.t("<LastName>").v(n.pt.last, "NAME").t("</LastName><FirstName>").v(n.pt.first, "NAME").t("</FirstName>"); if (n.pt.middle) b.t("<MiddleName>").v(n.pt.middle, "NAME").t("</MiddleName>"); });
  b.t(`<Gender>${c.pick(["F", "M"])}</Gender>`); nl();
  tag("DateOfBirth", () => { b.t("<Date>").v(fmtDate(n.dob, "iso"), "DATE").t("</Date>"); });
  tag("Address", () => {
    b.t("<AddressLine1>").v(n.addr.line1, "ADDRESS").t("</AddressLine1>");
    if (n.addr.unit) b.t("<AddressLine2>").v(n.addr.unit, "ADDRESS").t("</AddressLine2>");
    b.t("<City>").v(n.addr.city, "LOCATION").t(`</City><StateProvince>${n.addr.state}</StateProvince><PostalCode>`).v(n.addr.zip.replace("-", ""), "ZIP").t("</PostalCode><Country>US</Country>");
  });
  tag("CommunicationNumbers", () => { b.t("<PrimaryTelephone><Number>").v(n.phone.replace(/\D/g, "").replace(/^1(?=\d{10}$)/, ""), "PHONE").t("</Number></PrimaryTelephone>"); });
  b.t("</HumanPatient></Patient>"); nl();
  b.t("<Pharmacy><Identification><NCPDPID>").t(c.digits(7)).t("</NCPDPID><NPI>").v(c.npi(), "LICENSE").t("</NPI></Identification>");
  if (c.chance(0.5)) b.t("<BusinessName>").v(c.pharmacy(), "FACILITY").t("</BusinessName>");
  else b.t(`<BusinessName>${c.chain().replace("&", "&amp;")}</BusinessName>`);
  b.t("<Address><AddressLine1>").v(c.street(), "ADDRESS").t("</AddressLine1><City>").v(c.city(), "LOCATION").t(`</City><StateProvince>${c.state()}</StateProvince><PostalCode>`).v(c.zip().slice(0, 5), "ZIP").t("</PostalCode></Address></Pharmacy>"); nl();
  b.t("<Prescriber><NonVeterinarian><Identification><NPI>").v(c.npi(), "LICENSE").t("</NPI><DEANumber>").v(c.dea(), "LICENSE").t("</DEANumber></Identification>"); nl();
  b.t("<Name><LastName>").v(doc.last, "NAME").t("</LastName><FirstName>").v(doc.first, "NAME").t("</FirstName></Name><PracticeLocation><BusinessName>").v(c.clinic(), "FACILITY").t("</BusinessName></PracticeLocation>"); nl();
  b.t("<CommunicationNumbers><PrimaryTelephone><Number>").v(c.phone().replace(/\D/g, "").slice(-10), "PHONE").t("</Number></PrimaryTelephone><Fax><Number>").v(c.phone().replace(/\D/g, "").slice(-10), "FAX").t("</Number></Fax></CommunicationNumbers></NonVeterinarian></Prescriber>"); nl();
  const drug = c.drug();
  b.t(`<MedicationPrescribed><DrugDescription>${drug} ${c.pick(["5", "10", "20", "40", "100"])} mg tablet</DrugDescription><DrugCoded><ProductCode><Code>${c.digits(11)}</Code><Qualifier>ND</Qualifier></ProductCode></DrugCoded>`); nl();
  b.t(`<Quantity><Value>${c.pick(["30", "60", "90"])}</Value></Quantity><DaysSupply>${c.pick(["30", "90"])}</DaysSupply><WrittenDate><Date>`).v(iso, "DATE").t(`</Date></WrittenDate><Substitutions>0</Substitutions><NumberOfRefills>${c.int(0, 5)}</NumberOfRefills>`); nl();
  b.t(`<Diagnosis><Primary><Code>${c.icd().replace(".", "")}</Code><Qualifier>ABF</Qualifier></Primary></Diagnosis><Sig><SigText>Take 1 tablet by mouth ${c.pick(["daily", "twice daily", "at bedtime"])}</SigText></Sig></MedicationPrescribed>`); nl();
  b.t("</NewRx></Body></Message>");
};

const wic: Style = (n) => {
  const { b, c } = n;
  childDob(n, 4);
  const par = rel(n);
  const doc = c.person();
  b.t(`WIC MEDICAL DOCUMENTATION / REFERRAL FORM — ${c.pick(["Ohio", "Arkansas", "Texas", "Iowa", "Oregon"])} WIC Program`).nl();
  b.t("Participant: "); nm(n, n.pt, c.pick(["fl", "lf", "fml"])); b.t("   DOB "); dob(n);
  b.t(`   ${box(n, false)} Pregnant ${box(n, true)} Infant ${box(n, false)} Child`).nl();
  b.t("Parent/guardian: "); pn(n, par.p, ["fl", "lf"]); b.t("   Phone "); ph(n, n.phone); b.nl();
  b.t("Address: "); address(n, n.addr); b.nl();
  b.t("Local agency: ").v(c.county(), "LOCATION").t(" Health Department WIC Clinic").nl();
  b.t("Measurements on ").v(c.fullDate(c.recent()), "DATE").t(`: wt ${c.int(3, 14)}.${c.int(0, 9)} kg, length ${c.int(48, 92)} cm, Hgb ${c.int(9, 13)}.${c.int(0, 9)} g/dL.`).nl();
  b.t(`Formula: ${c.pick(["Similac Alimentum", "Nutramigen", "EleCare", "Neocate Infant", "Enfamil Gentlease"])} ${c.int(24, 32)} fl oz/day for ${c.int(1, 6)} months. Qualifying condition: ${c.pick(["cow's milk protein allergy", "GERD", "prematurity (34w)", "failure to thrive"])} (${c.icd()}).`).nl();
  b.t("Health care provider: "); staff(n, doc); b.t(", ").v(c.clinic(), "FACILITY").nl();
  b.v(c.street(), "ADDRESS").t(", ").v(c.city(), "LOCATION").t(`, ${c.state()} `).v(c.zip(), "ZIP").t("   Phone "); ph(n); b.t("   Fax "); ph(n, c.phone(), "FAX"); b.nl();
  b.t("NPI ").v(c.npi(), "LICENSE").t("   Signed ").v(c.fullDate(c.recent()), "DATE").nl();
};

const anesthesia: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.25);
  const fam = rel(n);
  b.t("PRE-ANESTHESIA EVALUATION — ").v(c.hospital(), "FACILITY").t(" Ambulatory Surgery").nl();
  b.t("Pt: "); nm(n, n.pt, c.pick(["LF", "lfm", "lf"])); b.t("   MRN ").v(n.mrn, "MRN").t(c.pick(["   FIN ", "   Enc# ", "   CSN "])).v(c.account(), "ACCOUNT").t("   Age "); age(n, a);
  b.t(`   Wt ${c.int(42, 140)} kg  Ht ${c.int(148, 195)} cm`).nl();
  b.t(`Procedure: ${c.pick(["L TKA", "R THA", "lap chole", "TURP", "cataract extraction OS", "ORIF R distal radius", "EGD/colonoscopy"])} with Dr. `); nm(n, c.person(), "l"); b.t(" on ").v(c.fullDate(c.recent()), "DATE").nl();
  b.t(`ASA ${c.pick(["II", "III", "IV"])}; Mallampati ${c.pick(["I", "II", "III"])}; TMD > 3 FB; mouth opening > 3 cm; Cormack-Lehane grade 1 on prior intubation (${c.year()}).`).nl();
  b.t(`NPO since ${c.time()}; last clear liquids ${c.time()}.`).nl();
  b.t("Hx: PONV after surgery at ").v(c.hospital(), "FACILITY").t(` in ${c.year()}. MH: none; ${c.pick(["brother", "father", "cousin"])} `); nm(n, other(n), "f");
  b.t(c.pick([" had a 'bad reaction' to anesthesia in ", " needed ICU after surgery in "])).v(c.city(), "LOCATION").t(".").nl();
  if (c.chance(0.5)) { b.t(`PPM ${c.pick(["Medtronic Azure XT DR", "Abbott Assurity MRI", "Boston Scientific Accolade"])} SN `).v(c.serial(), "DEVICE").t(`, last interrogation `).v(c.partialDate(c.recent()), "DATE").t("; magnet available.").nl(); }
  b.t(`Meds: ${c.drug()}, ${c.drug()}; hold ${c.pick(["Eliquis x48h", "Jardiance x3 days", "Ozempic x1 week", "Coumadin x5 days"])}. ${c.clin()}`).nl();
  b.t(`Plan: ${c.pick(["GA/LMA + adductor canal block", "spinal + MAC", "GETA", "MAC"])}. Risks discussed with pt and ${fam.r} `); pn(n, fam.p, ["fl", "f"]); b.t(", who agrees.").nl();
  b.t("Anesthesiologist: "); nm(n, c.person(), "fl"); b.t(", MD   CRNA: "); nm(n, c.person(), c.pick(["il", "fl"])); b.t(", CRNA").nl();
};


export const STYLES_B: Record<string, Style> = {
  "mro-verification": mro,
  "prenatal-flowsheet": prenatal,
  "irf-preadmission": irfScreen,
  "ncpdp-newrx": ncpdp,
  "wic-referral": wic,
  "anesthesia-preop": anesthesia,
};
