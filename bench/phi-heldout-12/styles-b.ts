/**
 * Twelfth held-out corpus, styles B: TB directly-observed-therapy log, Ryan White eligibility, prescription
 * transfer, coordination-of-benefits questionnaire, HIPAA authorisation, produce-prescription voucher.
 */
import { addDays, fmtDate, MON, p2 } from "./kit";
import * as L from "./lists";
import { address, age, clin, initials, nm, other, ph, pickAge, staff, town, type Style } from "./note";

const tbDotLog: Style = (n) => {
  const { b, c } = n;
  const county = c.county();
  const ow = [other(n), other(n)];
  b.v(county, "LOCATION").t(` County ${c.pick(["Health Department", "Public Health", "Health District"])} — TB Program\nDirectly Observed Therapy (DOT / VDOT) log\n\n`);
  b.t("Client: ");
  nm(n, n.pt, c.pick(["LF", "lf", "fl"]));
  b.t("   DOB ").v(c.fullDate(n.dob), "DATE").t("   TB case # ").v(`TB-${c.int(24, 26)}-${c.digits(4)}`, "ID").t("   Chart ").v(n.mrn, "MRN").nl();
  b.t(`Regimen: ${c.pick(["RIPE x 8 wk then RI x 18 wk", "3HP weekly x 12", "4R daily", "RIPE (HRZE) 5 d/wk"])}   Wt ${c.int(45, 110)} kg   ${c.pick(["AFB smear 2+ at dx", "culture-negative", "GeneXpert MTB detected, RIF not detected"])}\n`);
  b.t("Home: ");
  address(n, n.addr);
  b.t("   Cell ");
  ph(n, n.phone);
  b.t(`\nVDOT app: ${c.pick(["emocha", "SureAdhere", "Scene Health"])} — face-verification template `).v(`FT-${c.letters(2)}${c.digits(8)}`, "BIOMETRIC").t(", loaner phone IMEI ").v(c.digits(15), "DEVICE").nl();
  b.t("\nDate   | Dose # | Mode     | Observed by | Side effects / notes\n");
  let d = c.recent();
  for (let i = 0; i < c.int(5, 9); i++) {
    b.v(c.chance(0.7) ? `${d.m}/${d.d}` : `${p2(d.m)}/${p2(d.d)}/${String(d.y).slice(2)}`, "DATE").t(` | ${String(c.int(1, 60)).padEnd(6)} | ${c.pick(["VDOT    ", "in-person", "field   "])}| `).v(initials(c.pick(ow)), "NAME").t(`          | ${c.pick(["none", "nausea, took w/ food", "orange urine explained", "missed - called 2x", "at work site", "ALT 42"])}\n`);
    d = addDays(d, c.int(1, 7));
  }
  b.t("Session IP (last VDOT upload): ").v(c.ipv4(), "IP").nl();
  b.t("Household contacts: ");
  for (let i = 0; i < c.int(1, 3); i++) {
    const h = other(n);
    if (i) b.t("; ");
    nm(n, h, "f");
    b.t(" (");
    age(n, c.chance(0.15) ? c.oldAge() : c.int(1, 70));
    b.t(`, ${c.pick(["IGRA neg", "IGRA pos - LTBI tx", "CXR clear", "pending"])})`);
  }
  b.t("\nOutreach worker: ");
  nm(n, ow[0]!, "fl");
  b.t(", CHW   Nurse case manager: ");
  nm(n, ow[1]!, "fl");
  b.t(", RN  ");
  ph(n);
  b.nl();
};

/** Ryan White URN-style client code: letters of the names, birth date, sex digit. */
function urn(first: string, last: string, dob: { y: number; m: number; d: number }, sex: string): string {
  const f = first.replace(/[^A-Za-z]/g, "").toUpperCase().padEnd(3, "9");
  const l = last.replace(/[^A-Za-z]/g, "").toUpperCase().padEnd(3, "9");
  return `${f[0]}${f[2]}${l[0]}${l[2]}${p2(dob.m)}${p2(dob.d)}${String(dob.y).slice(2)}${sex}`;
}

const ryanWhite: Style = (n) => {
  const { b, c } = n;
  const cm = other(n);
  b.t(`RYAN WHITE PART ${c.pick(["A", "B", "C"])} — ELIGIBILITY & RECERTIFICATION\nAgency: `).v(c.clinic(), "FACILITY").t("   CAREWare client ID ").v(String(c.int(10000, 999999)), "ID").nl();
  b.t("URN: ").v(urn(n.pt.first, n.pt.last, n.dob, c.pick(["1", "2", "3"])), "ID").t("\nName: ");
  nm(n, n.pt, "lfm");
  b.t("   DOB: ").v(fmtDate(n.dob, "mdy"), "DATE").t("   SSN: ").v(c.ssn(), "SSN").nl();
  b.t("Proof of residency: lease for ");
  address(n, n.addr);
  b.t(` (${c.pick(["landlord letter", "utility bill", "lease"])} dated `).v(c.partialDate(c.recent()), "DATE").t(")\n");
  b.t(`Household size ${c.int(1, 6)}; income $${c.int(8, 60)},${c.digits(3)}/yr = ${c.int(60, 480)}% FPL (limit 500%).\n`);
  b.t("HIV dx: ").v(c.partialDate({ y: c.int(1995, 2025), m: c.int(1, 12), d: c.int(1, 28) }), "DATE").t(`; last VL <20 copies, CD4 ${c.int(180, 1100)} (${c.int(10, 45)}%). ${c.pick(["Biktarvy", "Dovato", "Cabenuva q2mo"])}.\n`);
  b.t("Insurance: ").t(c.pick(["ADAP", "Medicaid", "Marketplace via ADAP premium assist"])).t(" member # ").v(c.member(), "HEALTH_PLAN").nl();
  b.t("Emergency contact (aware of status: ").t(c.pick(["yes", "no - do not disclose"])).t("): ");
  nm(n, other(n), "fl");
  b.t(" ");
  ph(n);
  b.t("\nRecert due: ").v(c.fullDate(c.recent()), "DATE").t("   Medical case manager: ");
  nm(n, cm, c.pick(["fl", "il"]));
  b.t(", ").v(c.email(cm).replace(/@.*/, "@" + c.pick(["hopecenter.org", "rwclinic.org", "ctaids.org"])), "EMAIL").nl();
};

const rxTransfer: Style = (n) => {
  const { b, c } = n;
  const from = c.pharmacy();
  const to = c.pharmacy();
  const rph1 = other(n);
  const rph2 = other(n);
  const pres = other(n);
  b.t("PRESCRIPTION TRANSFER RECORD\nReceiving: ");
  if (to.chain) b.t(to.name); else b.v(to.name, "FACILITY");
  b.t("   Transferring: ");
  if (from.chain) b.t(from.name); else b.v(from.name, "FACILITY");
  b.t("\nTransferring pharmacy phone ");
  ph(n);
  b.t("  fax ").v(c.phone(), "FAX").t(`  NCPDP ${c.digits(7)}\n`);
  b.t("Patient: ");
  nm(n, n.pt, c.pick(["LF", "fl"]));
  b.t("  DOB ").v(c.fullDate(n.dob), "DATE").t("  Ph ");
  ph(n, n.phone);
  b.nl();
  for (let i = 0; i < c.int(1, 3); i++) {
    const drug = c.pick(L.DRUGS);
    b.t(`Rx: ${drug} ${c.pick(["0.35 mg", "10 mg", "20 mg", "50 mg", "1 mg"])} #${c.pick(["28", "30", "84", "90"])}  sig ${c.pick(["1 po qd", "1 po bid", "1 po qhs"])}   NDC ${c.digits(5)}-${c.digits(4)}-${c.digits(2)}\n`);
    b.t("  Orig Rx # ").v(c.digits(7), "ID").t("  written ").v(fmtDate(c.recent(), "mdy"), "DATE").t("  first fill ").v(fmtDate(c.recent(), "mdy"), "DATE").t("  last fill ").v(c.partialDate(c.recent()), "DATE").t(`  refills remaining ${c.int(0, 11)}  new Rx # `).v(c.digits(7), "ID").nl();
  }
  b.t("Prescriber: ");
  staff(n, pres, [", MD", ", NP", ", DO", ", CNM"]);
  b.t("  DEA ").v(c.dea(pres.last), "LICENSE").t("  NPI ").v(c.npi(), "LICENSE").nl();
  b.t("Transferred by ");
  nm(n, rph1, "fl");
  b.t(", RPh (lic ").v(c.stateLicense(), "LICENSE").t(") to ");
  nm(n, rph2, "il");
  b.t(`, PharmD on `).v(c.fullDate(c.recent()), "DATE").t(` ${p2(c.int(8, 20))}:${p2(c.int(0, 59))}. C-II not transferable; ${clin(n)}.\n`);
};

const cobQuestionnaire: Style = (n) => {
  const { b, c } = n;
  const sp = other(n);
  const yn = () => (c.chance(0.5) ? "[X] Yes [ ] No" : "[ ] Yes [X] No");
  b.t("COORDINATION OF BENEFITS QUESTIONNAIRE\n").v(c.facility("hosp"), "FACILITY").t(" Patient Financial Services · fax ").v(c.phone(), "FAX").t("\n\n");
  b.t("Patient name: ");
  nm(n, n.pt, "fml");
  b.t("    Date of birth: ").v(c.fullDate(n.dob), "DATE").t("    Acct # ").v(c.account(), "ACCOUNT").nl();
  b.t("1. Primary plan: ").t(c.pick(L.PAYERS)).t("  ID ").v(c.member(), "HEALTH_PLAN").t("  Group ").v(c.group(), "HEALTH_PLAN").nl();
  b.t("   Policyholder: ");
  nm(n, sp, "fl");
  b.t(` (${c.pick(["spouse", "self", "parent", "ex-spouse"])})  DOB `).v(c.fullDate(c.dob()), "DATE").t("  Employer: ").v(c.pick(L.EMPLOYERS), "FACILITY").nl();
  b.t(`2. Medicare?  ${yn()}   MBI `).v(c.mbi(), "HEALTH_PLAN").t("  Part A eff. ").v(c.partialDate(c.recent()), "DATE").nl();
  b.t(`3. Is this visit related to an accident? ${yn()}  Type: ${c.pick(["auto", "work", "slip and fall", "other"])}\n`);
  b.t("   Date of accident: ").v(c.fullDate(c.recent()), "DATE").t("  Where: ").v(c.town(), "LOCATION").t(", ").v(c.street(), "ADDRESS").nl();
  b.t(`   Auto carrier: ${c.pick(["State Farm", "Progressive", "GEICO", "Allstate"])}  Claim # `).v(`${c.digits(2)}-${c.digits(5)}${c.letters(1)}${c.digits(3)}`, "ID").t("  Vehicle VIN ").v(c.vin(), "VEHICLE").nl();
  if (c.chance(0.5)) {
    b.t("   Attorney: ");
    nm(n, other(n), "fl");
    b.t(", Esq. ");
    ph(n);
    b.nl();
  }
  b.t(`4. ESRD? ${yn()}  5. Black lung / VA / TRICARE? ${yn()}\n`);
  b.t("Signature: ");
  nm(n, c.chance(0.7) ? n.pt : sp, "fl");
  b.t("   Date: ").v(fmtDate(c.recent(), "mdy"), "DATE").t(`   (Form COB-02 rev 03/2019)\n`);
};

const hipaaAuthorization: Style = (n) => {
  const { b, c } = n;
  const rec = other(n);
  const a = pickAge(n, 0.15);
  b.t("AUTHORIZATION FOR USE AND DISCLOSURE OF PROTECTED HEALTH INFORMATION\n45 CFR 164.508\n\n");
  b.t("Patient: ");
  nm(n, n.pt, c.pick(["fl", "lfm", "FL"]));
  b.t("   DOB ").v(c.fullDate(n.dob), "DATE").t("   MRN ").v(n.mrn, "MRN").t("   Age ");
  age(n, a);
  b.t("\nI authorize: ").v(c.facility(c.chance(0.5) ? "hosp" : "clinic"), "FACILITY").nl();
  b.t("To release to: ");
  nm(n, rec, "fl");
  b.t(c.pick([`, ${c.pick(["paralegal", "claims adjuster", "case manager"])}, `, " at "]));
  b.v(other(n).last, "NAME").t(" & ").v(other(n).last, "NAME").t(c.pick([" LLP", ", PLLC", " Law Group"])).t(", ");
  address(n, { line1: c.street(), city: c.town(), state: c.state(), zip: c.zip() });
  b.t("\n  fax ").v(c.phone(), "FAX").t("  e-mail ").v(c.email(rec), "EMAIL").nl();
  b.t("Information: [X] records for dates of service ").v(fmtDate(c.recent(), "mdy"), "DATE").t(" through ").v(fmtDate(c.recent(), "mdy"), "DATE").nl();
  b.t("Specially protected (initial each): HIV ").v(initials(n.pt), "NAME").t("   Mental health ").v(initials(n.pt), "NAME").t("   SUD (42 CFR Part 2) ____\n");
  b.t(`Purpose: ${c.pick(["personal injury claim", "disability application", "at the request of the individual", "life insurance"])}\n`);
  b.t(c.chance(0.5) ? "Expires: " : "Expires on: ").v(c.fullDate({ y: 2027, m: c.int(1, 12), d: c.int(1, 28) }), "DATE").t(" or upon settlement, whichever first.\n");
  b.t("Signed electronically by ");
  nm(n, n.pt, "fl");
  b.t(" on ").v(`${fmtDate(c.recent(), "iso")}`, "DATE").t(`T${p2(c.int(0, 23))}:${p2(c.int(0, 59))}:${p2(c.int(0, 59))}Z from IP `).v(c.ipv4(), "IP").t("  envelope ").v(c.uuid().toUpperCase(), "ID").nl();
};

const produceRxVoucher: Style = (n) => {
  const { b, c } = n;
  const mkt = `${c.pick(L.TOWNS)} ${c.pick(["Farmers Market", "Growers' Market", "Mercado Campesino"])}`;
  b.t(`${c.pick(["Fresh Rx", "Produce Prescription Program", "Food Is Medicine"])} — enrollment & redemption\nReferred from: `).v(c.clinic(), "FACILITY").t(" by ");
  staff(n, other(n), [", MD", ", NP", ", RD", ", CDCES"]);
  b.t("\nParticipant: ");
  nm(n, n.pt, c.pick(["fl", "LF"]));
  b.t("  DOB ").v(c.fullDate(n.dob), "DATE").t("  Participant ID ").v(`FRX-${c.digits(6)}`, "ID").nl();
  b.t("Card # ").v(`6035 ${c.digits(4)} ${c.digits(4)} ${c.digits(4)}`, "ACCOUNT").t("  SNAP/EBT ending ").v(c.last4(), "ACCOUNT").t(`  ($${c.pick(["40", "60", "80"])}/month; dual-match up to $20)\n`);
  b.t("Household: ");
  for (let i = 0; i < c.int(1, 4); i++) {
    if (i) b.t(", ");
    nm(n, other(n), "f");
    b.t(" ");
    age(n, c.chance(0.12) ? c.oldAge() : c.int(2, 75));
  }
  b.t(`\nQualifying: ${c.pick(["A1c 8.9%", "BMI 36", "BP 152/94", "food insecurity (Hunger Vital Sign +)"])}; ${clin(n)}\n\nRedemptions\n`);
  let d = c.recent();
  for (let i = 0; i < c.int(2, 5); i++) {
    b.v(`${MON[d.m - 1]} ${d.d}`, "DATE").t(`  $${c.int(5, 40)}.00  `).v(mkt, "FACILITY").t(`  vendor stall ${c.int(1, 48)}\n`);
    d = addDays(d, c.int(5, 20));
  }
  b.t("Market address: ").v(c.street(), "ADDRESS").t(", ");
  town(n);
  b.t("\nText reminders to ");
  ph(n, n.phone);
  b.nl();
};

export const STYLES_B: Record<string, Style> = {
  "tb-dot-log": tbDotLog,
  "ryan-white-eligibility": ryanWhite,
  "rx-transfer-record": rxTransfer,
  "cob-questionnaire": cobQuestionnaire,
  "hipaa-authorization": hipaaAuthorization,
  "produce-rx-voucher": produceRxVoucher,
};
