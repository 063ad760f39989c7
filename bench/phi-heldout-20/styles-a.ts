/** Community and specialty pharmacy intake, refill requests and admission medication history. */
import { fmtDate } from "./kit";
import * as L from "./lists";
import { addrBlock, address, age, clin, fac, hhmm, initials, nm, ocrNoise, other, ph, pickAge, pickOlderAge, relative, staff, type Style } from "./note";

export const RPH = [", PharmD", ", RPh", ", PharmD, BCPS", " RPh", ", PharmD, BCACP", " R.Ph."] as const;
export const MDS = [", MD", ", DO", ", NP", ", PA-C", ", APRN", " MD"] as const;

/** Community pharmacy new-patient profile form. */
const pharmacyProfileIntake: Style = (n) => {
  const { b, c } = n;
  const ind = c.chance(0.6);
  if (ind) fac(n, c.pharmacy().toUpperCase());
  else b.t(c.chain().toUpperCase());
  b.t(" - NEW PATIENT PROFILE").nl(2);
  const lab = c.chance(0.5);
  if (lab) {
    b.t("Last Name: ").v(n.pt.last, "NAME").t("    First: ").v(n.pt.first, "NAME").t("    MI: ");
    if (n.pt.middle) b.v(n.pt.middle[0]!, "NAME"); else b.t("___");
    b.nl();
  } else { b.t("Patient name: "); nm(n, n.pt, c.pick(["lfm", "LF", "fml"])); b.nl(); }
  if (n.pt.nick && c.chance(0.6)) b.t("Preferred name: ").v(n.pt.nick, "NAME").nl();
  b.t("Date of birth: ").v(fmtDate(n.dob, c.pick(["mdy", "mdyShort", "m/d/yy", "long"])), "DATE").t(`   Sex: ${n.pt.sex}`).nl();
  b.t("Home address: "); address(n, n.addr, c.pick([", ", "  ", "\n              "])); b.nl();
  b.t(c.pick(["Cell: ", "Phone (mobile): ", "Best #: "])).v(n.phone, "PHONE").t("   Text reminders: ").t(c.pick(["YES", "no", "Y"])).nl();
  b.t("E-mail: ").v(n.email, "EMAIL").nl();
  if (c.chance(0.3)) b.t("SSN (optional): ").v(c.chance(0.5) ? c.ssn() : `XXX-XX-${c.digits(4)}`, "SSN").nl();
  b.t("Allergies: ").t(c.pick(["NKDA", "sulfa (rash), codeine (N/V)", "PCN - hives", "latex; Tessalon", "Bactrim, Coumadin?? (bruising)"])).nl();
  b.t("Conditions: ").t(c.pick(["HTN, DM2", "afib on Eliquis", "Parkinson disease", "asthma", "Crohn disease", "Graves disease, s/p RAI"])).nl();
  b.t(`Easy-open caps: ${c.pick(["Y", "N"])}   Large print: ${c.pick(["Y", "N"])}   Language: ${c.pick(["English", "Spanish", "Vietnamese", "English"])}`).nl();
  b.t("PRIMARY INS: ").t(c.pick(L.PAYERS)).t("  ID# ").v(c.member(), "HEALTH_PLAN").t("  Grp ").v(c.group(), "HEALTH_PLAN");
  b.t(`  BIN ${c.bin()} PCN ${c.pcn()}`).nl();
  if (c.chance(0.5)) { b.t("Medicare MBI: ").v(c.mbi(), "HEALTH_PLAN").nl(); }
  const [rw, ec] = relative(n);
  b.t("Emergency contact: "); nm(n, ec, c.pick(["fl", "lf", "f"])); b.t(` (${rw}) `).v(c.phone(), "PHONE").nl();
  b.t("Physicians: "); staff(n, other(n), MDS); b.t(" / "); nm(n, other(n), "l"); b.t(` (${c.pick(["cardiology", "neuro", "rheum"])})`).nl();
  b.t("NPP acknowledgement signed ").v(c.fullDate(c.recent()), "DATE").t(" - entered by ").v(initials(other(n)), "NAME").t(` ${c.pick(["CPhT", "tech", "intern"])}`).nl();
  if (ind) { b.t("Store phone "); ph(n, c.phone()); b.t(" fax "); ph(n, c.phone(), "FAX"); b.nl(); }
};

/** Specialty pharmacy referral intake with benefits investigation. */
const specialtyIntakeReferral: Style = (n) => {
  const { b, c } = n;
  const drug = c.pick(L.SPECIALTY_DRUGS);
  fac(n, `${c.pick(L.PHARMACY_STEMS)} Specialty Pharmacy`); b.t(" | Intake / Referral Summary").nl();
  b.t("Referral #").v(`SP-${c.digits(7)}`, "ID").t("   Received ").v(fmtDate(c.recent(), "mdy"), "DATE").t(` ${hhmm(c)}`).t(" via ").t(c.pick(["eRx", "fax", "portal"])).nl();
  b.t("Patient: "); nm(n, n.pt, c.pick(["LF", "lfm", "fl"])); b.t("  DOB ").v(c.fullDate(n.dob), "DATE").t("  MRN (clinic) ").v(n.mrn, "MRN").nl();
  b.t("Ship to: "); address(n, n.addr); b.t("   Ph ").v(n.phone, "PHONE").nl();
  b.t("Referring: "); const md = other(n); staff(n, md, MDS); b.t(", "); fac(n, c.clinic()); b.t("  NPI ").v(c.npi(), "LICENSE").nl();
  b.t("Clinic contact: "); nm(n, other(n), "fl"); b.t(" ").v(c.phone(), "PHONE").t(" ext ").t(String(c.int(100, 999))).t("  fax ").v(c.phone(), "FAX").nl();
  b.t(`Rx: ${drug} ${c.pick(["150 mg/mL pen", "40 mg/0.4 mL", "30 mg tab", "2 mg/0.75 mL"])}; ${c.pick(["loading wk 0, 4 then q12w", "q2wk", "BID", "weekly"])}`).nl();
  b.t(`Dx: ${c.pick(["L40.0 plaque psoriasis", "K50.90 Crohn disease", "M05.79 RA", "B20", "G35 MS"])}; prior ${c.pick(["methotrexate", "adalimumab", "apremilast", "topicals"])} failed.`).nl();
  b.t("TB test (QFT) neg on ").v(c.partialDate(c.recent()), "DATE").t(`; Hep B neg.`).nl();
  b.t("BENEFITS: ").t(c.pick(L.PBMS)).t(` BIN ${c.bin()} / PCN ${c.pcn()}  Member `).v(c.member(), "HEALTH_PLAN").t("  PA case ").v(`PA${c.digits(9)}`, "ID").t(" approved through ").v(fmtDate(c.after(c.recent(), 365), "mdy"), "DATE").nl();
  b.t(`Copay $${c.int(0, 4)}${c.pick(["00", "50", "25"])} -> ${c.pick(L.MAKERS)} copay card ID `).v(`${c.digits(11)}`, "ID").nl();
  b.t("First fill scheduled ").v(c.partialDate(c.recent()), "DATE").t("; welcome call by ");
  nm(n, other(n), c.pick(["fl", "il"])); b.t(`, CPhT (${c.pick(["patient care coordinator", "PCC", "intake"])}).`).nl();
  if (c.chance(0.5)) b.t(`Note: ${clin(n)}.`).nl();
};

/** Faxed refill authorisation request from an independent pharmacy, with the prescriber's handwritten reply. */
const refillAuthFax: Style = (n) => {
  const { b, c } = n;
  if (c.chance(0.5)) b.noise = ocrNoise(c, 0.04);
  const pharm = c.pharmacy();
  b.t("REFILL AUTHORIZATION REQUEST").nl().t("From: "); fac(n, pharm); b.nl();
  const pa = { line1: c.street(), city: c.town(), state: c.state(), zip: c.zip() };
  addrBlock(n, pa, c.chance(0.4));
  b.nl().t("Ph: ").v(c.phone(), "PHONE").t("   Fax: ").v(c.phone(), "FAX").nl();
  b.t("To: "); const md = other(n); staff(n, md, MDS); b.t("   Fax: ").v(c.phone(), "FAX").nl().t("Date sent: ").v(c.fullDate(c.recent()), "DATE").nl(2);
  b.t("Patient: "); nm(n, n.pt, c.pick(["LFM", "lf", "fl"])); b.t("   DOB: ").v(fmtDate(n.dob, c.pick(["mdy", "m/d/yy", "mdyShort"])), "DATE").nl();
  b.t("Patient phone: ").v(n.phone, "PHONE").nl();
  for (let i = 0, k = c.int(1, 3); i < k; i++) {
    b.t("Rx# ").v(c.rxNum(), "ID").t(`  ${c.pick(L.DRUGS)}  ${c.pick(["1 tab PO daily", "i po bid", "1 qhs", "take 1 every 8 hours as needed"])}  qty ${c.pick([30, 60, 90, 180])}`);
    b.t("  last filled ").v(c.partialDate(c.recent()), "DATE").t("  orig ").v(fmtDate(c.recent(), "m/d/yy"), "DATE").nl();
  }
  b.t("Prescriber DEA: ").v(c.dea(md), "LICENSE").t("  NPI: ").v(c.npi(), "LICENSE").nl(2);
  b.t("[ ] Approved  ___ refills    [ ] Denied    [ ] Pt must be seen").nl();
  b.t("PRESCRIBER RESPONSE (handwritten): ");
  b.t(c.pick(["ok x ", "approved x", "OK - "])).t(String(c.int(1, 5))).t(c.pick([" rf, needs labs ", " refills. f/u by ", " - appt "])).v(c.partialDate(c.recent()), "DATE").t(" ");
  nm(n, md, c.pick(["il", "l"])); b.nl().t("Pharmacist: "); nm(n, other(n), "fl"); b.t(c.pick(RPH)).t("  Lic ").v(c.stateLicense(), "LICENSE").nl();
  b.noise = null;
};

/** EHR renewal-request thread: the pharmacy's RxRenewal, staff notes and the patient's own message. */
const erxRenewalThread: Style = (n) => {
  const { b, c } = n;
  const pharm = c.chance(0.5) ? c.pharmacy() : "";
  const a = pickAge(n, 0.25);
  b.t("Rx Request  |  ").v(n.pt.last.toUpperCase(), "NAME").t(", ").v(n.pt.first, "NAME").t("  |  MRN ").v(n.mrn, "MRN").t("  |  ").v(fmtDate(n.dob, "mdy"), "DATE").t(" (");
  age(n, a); b.t(" y.o.)").nl();
  b.t("Pharmacy: ");
  if (pharm) fac(n, pharm); else b.t(c.chain());
  b.t(` (NCPDP ${c.digits(7)})  `).v(c.phone(), "PHONE").nl();
  b.t(`Requested: ${c.pick(L.DRUGS)}, #${c.pick([30, 90])}, RF ${c.int(0, 3)}. Last OV `).v(c.fullDate(c.recent()), "DATE").nl(2);
  const ma = other(n);
  b.t(hhmm(c)).t(" ").v(fmtDate(c.recent(), "mdyShort"), "DATE").t(" ");
  nm(n, ma, "FL"); b.t(", CMA: Pended to Dr. "); const md = other(n); nm(n, md, "l"); b.t(`; ${clin(n)}.`).nl();
  b.t("Patient message (MyChart) from IP ").v(c.chance(0.7) ? c.ipv4() : c.ipv6(), "IP").t(":").nl();
  const kid = other(n);
  b.t(c.pick(["hi dr ", "dr. ", "hello dr "])).v(md.last.toLowerCase(), "NAME").t(" its ").v(n.pt.first.toLowerCase(), "NAME").t(c.pick([" my ", " - my "])).t(c.pick(["daughter ", "son ", "granddaughter "])).v(kid.first.toLowerCase(), "NAME");
  b.t(c.pick([" picks up my meds at ", " gets my pills from "])).t(pharm ? "" : "the ");
  if (pharm) fac(n, pharm.toLowerCase()); else b.t("one on main st");
  b.t(c.pick([" and they said you denied it??", " they say its expired. "])).t(" can you call me at ").v(c.phone(), "PHONE").t(" thx").nl(2);
  b.t("Reply: "); nm(n, md, c.pick(["il", "fl"])); b.t(c.pick(MDS)).t(" - approved 90-day w/ 1 RF; needs BMP before ").v(c.partialDate(c.recent()), "DATE").t(". Appt booked ").v(c.fullDate(c.recent()), "DATE").t(` at ${hhmm(c)}.`).nl();
};

/** Several patients: the pharmacy IVR's refill-request log for one day. */
const ivrRefillLog: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  b.t("IVR REFILL REQUESTS - ");
  if (c.chance(0.5)) b.t(`store ${c.chain()}`); else fac(n, c.pharmacy());
  b.nl();
  b.t("Business date ").v(fmtDate(c.recent(), c.pick(["mdy", "iso", "dMonY"])), "DATE").nl();
  b.t("TIME   CALLER-ID       RX#        DOB-KEYED  NAME-ON-RX             PICKUP    STATUS").nl();
  for (let i = 0, k = c.int(4, 8); i < k; i++) {
    const p = c.person(), dob = c.dob();
    b.t(`${hhmm(c)}  `);
    if (c.chance(0.85)) b.v(`${c.area()}${c.int(2, 9)}${c.digits(6)}`, "PHONE"); else b.t("BLOCKED   ");
    b.t("  ").v(c.rxNum(), "ID").t("  ").v(`${String(dob.m).padStart(2, "0")}${String(dob.d).padStart(2, "0")}${dob.y}`, "DATE").t("  ");
    b.name(p.last.toUpperCase(), ",", p.first.toUpperCase().slice(0, c.chance(0.3) ? 5 : 30).trimEnd());
    b.t(`  ${c.pick(["WAITING", "DELIVERY", "DRIVE-THRU", "MAIL"])}  ${c.pick(["QUEUED", "TOO SOON", "NO RF - faxed MD", "PA NEEDED", "FILLED"])}`).nl();
  }
  b.t("Voicemail transcripts: ").t(c.pick(["caller said ", "msg: "])).t("\"this is ");
  const p = c.person(); b.v(p.first.toLowerCase(), "NAME").t(" ").v(p.last.toLowerCase(), "NAME").t(" calling for my ").t(c.pick(["mom ", "husband ", "dad "]));
  const q = c.person(); b.v(q.first.toLowerCase(), "NAME").t(" birthday ").v(`${c.monthName(c.int(1, 12)).toLowerCase()} ${c.int(1, 28)}`, "DATE").t(" call back ").v(c.phone(), "PHONE").t("\"").nl();
};

/** Admission best-possible medication history taken by a pharmacy technician. */
const bpmhInterview: Style = (n) => {
  const { b, c } = n;
  const a = pickOlderAge(n, 0.3);
  b.t(c.pick(["BEST POSSIBLE MEDICATION HISTORY (BPMH)", "Admission Medication History - Pharmacy", "Med Hx Interview"])).nl();
  fac(n, c.facility()); b.t(`  Unit ${c.pick(["4W", "5 North", "CCU", "MICU", "2E"])} Rm ${c.int(200, 699)}`).nl();
  b.t("Pt: "); nm(n, n.pt, c.pick(["LFM", "lf", "fml"])); b.t("  MRN ").v(n.mrn, "MRN").t("  FIN ").v(c.account(), "ACCOUNT").nl();
  b.t("DOB ").v(c.fullDate(n.dob), "DATE").t("  Age ");
  age(n, a); b.t("  Admit ").v(fmtDate(c.recent(), c.pick(["mdy", "m/d/yy"])), "DATE").nl();
  const [rw, rel] = relative(n);
  b.t("Sources: patient, ").t(c.pick(["pill bottles brought by ", "bag of meds from ", "phone call with "])).t(`${rw} `);
  nm(n, rel, c.pick(["f", "fl"])); b.t(" (").v(c.phone(), "PHONE").t("), fill history from ");
  if (c.chance(0.5)) { fac(n, c.pharmacy()); b.t(" ").v(c.phone(), "PHONE"); } else b.t(`${c.chain()} (Surescripts)`);
  b.t(", PCP ");
  staff(n, other(n), MDS); b.t(".").nl(2);
  b.t("Medication | Dose/Freq | Last dose | Taking? | Note").nl();
  for (let i = 0, k = c.int(3, 6); i < k; i++) {
    const d = c.chance(0.3) ? c.pick(L.NAME_LIKE_DRUGS) : c.pick(L.DRUGS);
    b.t(`${d} | ${c.pick(["1 daily", "BID", "q6h prn", "1/2 tab qd", "weekly Sun"])} | `);
    if (c.chance(0.6)) b.v(c.partialDate(c.recent()), "DATE").t(` ${hhmm(c)}`); else b.t(c.pick(["this AM", "yesterday", "unknown", "2 days ago"]));
    b.t(` | ${c.pick(["Y", "N", "not taking", "sometimes"])} | ${c.pick(["", "bottle says Dr. ", "filled at other pharmacy", "ran out"])}`);
    if (b.text.endsWith("Dr. ")) nm(n, other(n), "l");
    b.nl();
  }
  b.t(`Compliance: ${c.pick(["pill box filled weekly by ", "blister packs set up by ", "self-managed, checked by "])}`);
  nm(n, rel, "f"); b.t(`. ${clin(n)}.`).nl();
  b.t("Obtained by "); nm(n, other(n), c.pick(["fl", "il"])); b.t(", CPhT ").v(fmtDate(c.recent(), "mdy"), "DATE").t(` ${hhmm(c)}; verified `); nm(n, other(n), "il"); b.t(c.pick(RPH)).nl();
};

export const STYLES_A: Record<string, Style> = {
  "pharmacy-profile-intake": pharmacyProfileIntake,
  "specialty-intake-referral": specialtyIntakeReferral,
  "refill-auth-fax": refillAuthFax,
  "erx-renewal-thread": erxRenewalThread,
  "ivr-refill-log": ivrRefillLog,
  "bpmh-interview": bpmhInterview,
};
