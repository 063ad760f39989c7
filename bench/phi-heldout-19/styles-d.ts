/**
 * Behind the OR door, one patient each: a case-cart pick list, a surgeon preference card pulled for a case, the
 * anaesthesia billing record, an IONM report, a controlled-substance waste record, a video-recording consent and a
 * device rep's case-coverage log.
 */
import { fmtDate } from "./kit";
import * as L from "./lists";
import { age, fac, kin, hhmm, initials, nm, other, ph, pickAge, staff, town, type Style } from "./note";

const caseCartPicklist: Style = (n) => {
  const { b, c, pt } = n;
  const surgeon = other(n);
  const picker = other(n);
  const rep = other(n);
  const dos = c.recent();
  const csv = c.chance(0.5);
  if (csv) {
    b.t("case_no,patient,mrn,dos,room,surgeon\n");
    b.v(`${c.digits(8)}`, "ID").t(',"'); nm(n, pt, "LF"); b.t('",').v(n.mrn, "MRN").t(",").v(fmtDate(dos, c.pick(["mdy", "iso"] as const)), "DATE").t(`,OR${c.int(1, 14)},"`); nm(n, surgeon, "LF"); b.t('"\n\n');
    b.t("item_no,description,qty,uom,picked\n");
  } else {
    b.t("CASE CART PICK LIST     Cart ").t(`${c.int(1, 60)}`).t("     Case ").v(`${c.digits(8)}`, "ID").nl();
    b.t("Patient: "); nm(n, pt, c.pick(["LF", "lf"] as const)); b.t("  MRN ").v(n.mrn, "MRN").t("  DOS ").v(c.fullDate(dos), "DATE").nl();
    b.t("Surgeon: "); nm(n, surgeon, "LF"); b.t(`   Proc: ${c.pick(L.PROCEDURES)}\n`);
    b.t("ITEM#     DESCRIPTION                         QTY  UOM  PICKED\n");
  }
  const items = ["GLOVE BIOGEL 7.5", "SUT VICRYL 2-0 CT-1", "SUT MONOCRYL 4-0 PS-2", "DRAPE U-SPLIT", "BLADE #10", "BLADE #15", "KELLY CLAMP TRAY", "MAYO STAND COVER", "FOLEY 16FR 10ML", "JP DRAIN 15FR ROUND", "TROCAR 5MM OPTICAL", "CHLORAPREP 26ML", "DERMABOND PRINEO", "BAIR HUGGER UPPER"];
  for (const it of c.shuffle([...items]).slice(0, c.int(5, 9))) {
    const code = `${c.int(100, 999)}${c.digits(3)}`;
    const q = String(c.int(1, 6));
    const who = c.chance(0.5) ? initials(picker) : "";
    if (csv) { b.t(`${code},"${it}",${q},EA,`); if (who) b.v(who, "NAME"); b.nl(); }
    else { b.t(`${code}    ${it.padEnd(36)}${q.padStart(3)}  EA   `); if (who) b.v(who, "NAME"); else b.t("--"); b.nl(); }
  }
  b.t(`\nLoaner: ${c.pick(L.VENDORS)} ${c.pick(["knee set (4 trays)", "small frag", "spine set"])} - rep `); nm(n, rep, "fl"); b.t(" ").v(c.phone(), "PHONE").t(" confirmed delivery ").v(c.partialDate(c.shift(dos, -1)), "DATE").nl();
  b.t("Picked by "); nm(n, picker, c.pick(["fl", "il"] as const)); b.t(`, SPD tech, ${hhmm(c)}\n`);
};

const preferenceCard: Style = (n) => {
  const { b, c, pt } = n;
  const surgeon = other(n);
  const editor = other(n);
  const dos = c.recent();
  const sep = c.pick([" | ", "\t", "  :  "]);
  b.t("SURGEON PREFERENCE CARD").nl();
  b.t(`Surgeon${sep}`); nm(n, surgeon, c.pick(["LF", "lf", "fl"] as const)); b.t(c.pick([", MD", " MD", ""])).nl();
  b.t(`Procedure${sep}${c.pick(L.PROCEDURES)}\n`);
  b.t(`Card #${sep}${c.int(1000, 9999)}   Last updated${sep}`).v(c.fullDate(c.date(2024, 2026)), "DATE").t(" by "); nm(n, editor, c.pick(["fl", "il"] as const)); b.t(" RN\n");
  b.t(`Pulled for${sep}`); nm(n, pt, c.pick(["LF", "lf"] as const)); b.t(`${sep}MRN `).v(n.mrn, "MRN").t(`${sep}DOS `).v(fmtDate(dos, c.pick(["mdy", "m/d/yy", "abbr"] as const)), "DATE").nl(2);
  const rows: [string, string][] = [
    ["Gloves", `${c.pick(["Biogel 7", "Biogel 7.5 + indicator", "Gammex 8"])}`], ["Position", c.pick(["supine, R arm tucked", "beach chair, Spider", "lithotomy, yellowfins", "lateral, bean bag"])],
    ["Prep", c.pick(["ChloraPrep x2", "Betadine scrub/paint", "DuraPrep"])], ["Instruments", `${c.pick(L.INSTRUMENT_EPONYMS)}, ${c.pick(L.INSTRUMENT_EPONYMS)}`],
    ["Suture", `${c.pick(["0 Vicryl CT-1", "2-0 PDS", "3-0 Monocryl"])}; skin ${c.pick(["staples", "Dermabond", "4-0 Monocryl SC"])}`], ["Meds", `${c.pick(["Marcaine 0.25% w/ epi 30 mL", "Exparel 20 mL + NS 40 mL", "TXA 1 g topical"])}`],
    ["Music", c.pick(["classic rock, low", "none", "country radio"])], ["Notes", c.pick(["likes the Mayo stand on the left", "no talking during time-out", "call rep 1 day ahead", "Foley after time-out"])],
  ];
  for (const [k, v] of rows) b.t(`${k.padEnd(12)}${sep}${v}\n`);
  if (c.chance(0.5)) { const fam = other(n);
    b.t("Case-specific note: pt's ").t(kin(n, fam, ["daughter ", "wife "], ["son ", "husband "])); nm(n, fam, "f"); b.t(" requests update by phone "); ph(n); b.nl(); }
};

const anesthesiaBillingRecord: Style = (n) => {
  const { b, c, pt } = n;
  const mda = other(n);
  const crna = other(n);
  const dos = c.recent();
  const medicare = c.chance(0.5);
  b.t("ANESTHESIA CHARGE TICKET").nl();
  b.t("Acct ").v(c.fin(), "ACCOUNT").t("   DOS ").v(fmtDate(dos, c.pick(["mdy", "m/d/yy", "mdy-sp"] as const)), "DATE").t("   Facility: "); fac(n, c.chance(0.5) ? c.hospital() : c.asc()); b.nl();
  b.t("Patient: "); nm(n, pt, "LFM"); b.t("   DOB ").v(fmtDate(n.dob, c.pick(["mdy", "mdy-sp", "m/d/yyyy"] as const)), "DATE").t("   SSN xxx-xx-").v(c.digits(4), "SSN").nl();
  b.t("Address: ").v(n.addr.line1.toUpperCase(), "ADDRESS").t(", ").v(n.addr.city.toUpperCase(), "LOCATION").t(` ${n.addr.state} `).v(n.addr.zip, "ZIP").nl();
  if (medicare) b.t("Primary: Medicare  MBI ").v(c.mbi(), "HEALTH_PLAN").nl();
  else b.t(`Primary: ${c.pick(L.PAYERS)}  ID `).v(c.member(), "HEALTH_PLAN").t("  Grp ").v(c.group(), "HEALTH_PLAN").nl();
  b.t(`ASA code ${c.pick(["01402", "00790", "01630", "00400", "00840"])}  base units ${c.int(3, 8)}  PS modifier P${c.int(1, 4)}  ${c.pick(["QK", "QX", "QZ", "AA"])}\n`);
  b.t(`Anes start ${hhmm(c, false)}  end ${hhmm(c, false)}  time units ${c.int(4, 20)}.${c.int(0, 9)}  Line: arterial 36620  Block: 64447\n`);
  b.t("Medical direction: "); nm(n, mda, "lf"); b.t(", MD  NPI ").v(c.npi(), "LICENSE").nl();
  b.t("CRNA: "); nm(n, crna, "lf"); b.t("  NPI ").v(c.npi(), "LICENSE");
  if (c.chance(0.4)) b.t("  lic ").v(c.stateLic(), "LICENSE");
  b.nl();
  b.t(`Dx: ${c.pick(L.ICD)}, ${c.pick(L.ICD)}   Coder initials `).v(initials(other(n)), "NAME").nl();
};

const ionmReport: Style = (n) => {
  const { b, c, pt } = n;
  const tech = other(n);
  const neuro = other(n);
  const surgeon = other(n);
  const dos = c.recent();
  b.t("INTRAOPERATIVE NEUROPHYSIOLOGIC MONITORING REPORT").nl();
  b.t("Patient: "); nm(n, pt, c.pick(["fl", "LF", "lfm"] as const)); b.t("   DOB: ").v(c.fullDate(n.dob), "DATE").t("   MRN: ").v(n.mrn, "MRN").nl();
  b.t("Date: ").v(c.fullDate(dos), "DATE").t("   Hospital: "); fac(n, c.hospital()); b.nl();
  b.t(`Procedure: ${c.pick(["ACDF C5-6", "L4-S1 TLIF", "thyroidectomy (RLN monitoring)", "posterior spinal fusion T4-L1", "carotid endarterectomy"])}   Surgeon: Dr. `); nm(n, surgeon, "l"); b.nl();
  b.t("Technologist: "); nm(n, tech, "fl"); b.t(", CNIM #").v(`${c.digits(5)}`, "LICENSE").nl();
  b.t("Interpreting physician (remote): "); staff(n, neuro, [", MD", ", DO"]); b.t(", logged in from ").v(c.chance(0.7) ? c.ipv4() : c.ipv6(), "IP").t(` at ${hhmm(c)}\n`);
  b.t(`Modalities: SSEP (median/ulnar, PTN), TcMEP, free-run EMG${c.chance(0.5) ? ", NIM EMG tube" : ""}. Baselines ${c.pick(["reproducible", "low-amplitude LE MEPs at baseline", "obtained after TIVA conversion"])}.\n`);
  b.t(`Events: ${c.pick(["none", "transient 60% drop in L TA MEP during rod placement, recovered after MAP raised to 85", "spontaneous EMG trains at L5 root during screw placement, surgeon notified"])}.\n`);
  b.t(`Anesthesia: TIVA (propofol/remifentanil), no NMB after intubation. Train-of-four 4/4.\n`);
  b.t("Signed "); nm(n, neuro, "il"); b.t(" ").v(c.partialDate(dos), "DATE").nl();
};

const anesthesiaWasteRecord: Style = (n) => {
  const { b, c, pt } = n;
  const crna = other(n);
  const wit = other(n);
  const dtx = c.recent();
  b.t(`${c.pick(["Omnicell", "Pyxis ES", "BD Pyxis Anesthesia Station"])} - CONTROLLED SUBSTANCE WASTE\n`);
  b.t("Station OR").t(`${c.int(1, 16)}-ANES   Txn `).v(c.digits(9), "ID").nl();
  b.t("Date/time: ").v(fmtDate(dtx, c.pick(["mdy", "m/d/yyyy", "iso"] as const)), "DATE").t(` ${hhmm(c)}\n`);
  b.t("Patient: "); nm(n, pt, "LF"); b.t("   MRN ").v(n.mrn, "MRN").t("   Encounter ").v(c.fin(), "ACCOUNT").nl();
  const [drug, given, wasted] = c.pick([["fentanyl 100 mcg/2 mL", "50 mcg", "50 mcg (1 mL)"], ["hydromorphone 2 mg/mL", "0.5 mg", "1.5 mg (0.75 mL)"], ["midazolam 2 mg/2 mL", "1 mg", "1 mg (1 mL)"], ["ketamine 50 mg/mL", "25 mg", "25 mg (0.5 mL)"], ["morphine 4 mg/mL", "2 mg", "2 mg (0.5 mL)"]] as const);
  b.t(`Item: ${drug}   Removed 1 vial   Given ${given}   Wasted ${wasted} into ${c.pick(["Cactus sink", "Rx Destroyer", "sharps"])}\n`);
  b.t("User: "); nm(n, crna, c.pick(["LF", "lf"] as const)); b.t(" CRNA (badge + fingerprint)\n");
  b.t("Witness: "); nm(n, wit, c.pick(["LF", "lf"] as const)); b.t(" RN - biometric template ").v(c.bio(), "BIOMETRIC").nl();
  b.t(`Discrepancy: ${c.pick(["none", "none", "resolved - count corrected by pharmacy"])}\n`);
};

const surgicalVideoConsent: Style = (n) => {
  const { b, c, pt } = n;
  const surgeon = other(n);
  const wit = other(n);
  const dtx = c.recent();
  const hosp = c.hospital();
  b.t("CONSENT TO PHOTOGRAPH / VIDEO-RECORD A PROCEDURE").nl(2);
  b.t("I, "); nm(n, pt, c.pick(["fml", "fl", "FL"] as const)); b.t(", born ").v(c.fullDate(n.dob), "DATE").t(", allow Dr. "); nm(n, surgeon, "fl");
  b.t(` and staff of `); fac(n, hosp); b.t(` to record video of my ${c.pick(L.PROCEDURES)} (robotic/laparoscopic camera) on `).v(c.fullDate(dtx), "DATE").t(".\n\n");
  b.t(`${c.pick(["[x]", "[X]", "(x)"])} for my medical record   ${c.pick(["[x]", "[ ]"])} for teaching (face and identifiers removed)   [ ] for publication\n\n`);
  b.t("A copy may be sent to me at ").v(n.email, "EMAIL").t(c.pick([". Secure link (expires ", ". Patient viewing link (valid until "])).v(c.partialDate(c.shift(dtx, 30)), "DATE").t("):\n");
  b.v(`https://${c.pick(["share", "video", "view"])}.${c.pick(["touchsurgery-example.com", "orvid.example.net", "caseview.example.org"])}/p/${c.letters(6, "abcdefghjkmnpqrstuvwxyz23456789")}${c.digits(3)}`, "URL").nl(2);
  b.t("Patient signature: /s/ "); nm(n, pt, "fl"); b.t("   Date ").v(fmtDate(dtx, "m/d/yyyy"), "DATE").nl();
  b.t("Witness: "); nm(n, wit, c.pick(["fl", "il"] as const)); b.t(", RN   Phone on file ").v(n.phone, "PHONE").nl();
};

const periopRepCaseLog: Style = (n) => {
  const { b, c, pt } = n;
  const a = pickAge(n, 0.12);
  const rep = other(n);
  const surgeon = other(n);
  const dos = c.recent();
  const vendor = c.pick(L.VENDORS);
  b.t(`${vendor} - Case Coverage Report\n`);
  b.t("Rep: "); nm(n, rep, "fl"); b.t("  Territory: "); town(n); b.t("   Vendor credential (Vendormate/Symplr) # ").v(`${c.letters(2)}${c.digits(7)}`, "ID").nl();
  b.t("Case date: ").v(fmtDate(dos, c.pick(["m/d/yyyy", "abbr", "iso"] as const)), "DATE").t("   Account: "); fac(n, c.chance(0.5) ? c.hospital() : c.asc()); b.nl();
  b.t("Surgeon: Dr. "); nm(n, surgeon, c.pick(["l", "fl"] as const)); b.t("   Patient: "); nm(n, pt, c.pick(["lf", "fl", "LF"] as const));
  b.t(", "); age(n, a); b.t(`${pt.sex}  MRN `).v(n.mrn, "MRN").nl();
  b.t(`Construct: ${c.pick(["Triathlon CR, cemented", "Persona PS", "Attune", "Taper-lock stem + G7 cup", "pedicle screws L4-5 x4, rods 5.5"])}\n`);
  b.t("Implants billed (REF / LOT not identifying; serial below):\n");
  for (let i = 0; i < c.int(1, 3); i++) b.t(`  REF ${c.digits(4)}-${c.digits(4)}  LOT ${c.digits(7)}  SN `).v(c.serial(), "DEVICE").nl();
  b.t(`Bill-only PO requested from ${c.pick(["materials mgmt", "the charge nurse"])}; sticker sheet signed by `); nm(n, other(n), "fl"); b.t(` RN at ${hhmm(c)}.\n`);
  b.t("Rep cell ").v(c.phone(), "PHONE").t(" / ").v(c.workEmail(rep, c.pick(["ortho-rep.example.com", "spine-devices.example.net"])), "EMAIL").nl();
};

export const STYLES_D: Record<string, Style> = {
  "case-cart-picklist": caseCartPicklist,
  "preference-card": preferenceCard,
  "anesthesia-billing-record": anesthesiaBillingRecord,
  "ionm-report": ionmReport,
  "anesthesia-waste-record": anesthesiaWasteRecord,
  "surgical-video-consent": surgicalVideoConsent,
  "periop-rep-case-log": periopRepCaseLog,
};
