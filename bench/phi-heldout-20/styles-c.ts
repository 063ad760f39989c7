/** Long-term-care MAR notes, controlled-substance counts, waste, destruction and pick-up logs. */
import { fmtDate } from "./kit";
import * as L from "./lists";
import { age, ageWords, clin, fac, hhmm, initials, nm, other, pickOlderAge, relative, staff, town, type Style } from "./note";
import { MDS, RPH } from "./styles-a";

/** LTC eMAR PRN administration notes with follow-up effectiveness. */
const ltcPrnMarNotes: Style = (n) => {
  const { b, c } = n;
  const a = pickOlderAge(n, 0.6);
  fac(n, c.ltc()); b.t(" - PRN Administration Record").nl();
  b.t("Resident: "); nm(n, n.pt, c.pick(["LF", "lfm", "lf"])); b.t(`   Room ${c.int(100, 340)}-${c.pick(["A", "B"])}   Res# `).v(n.mrn, "MRN").nl();
  b.t("DOB ").v(fmtDate(n.dob, c.pick(["mdy", "mdyShort"])), "DATE").t("   Age ");
  age(n, a); b.t(`   Attending: `); staff(n, other(n), MDS); b.nl();
  b.t("Date       Time  Medication                 Reason              Result (1h)        By").nl();
  const nurses = [other(n), other(n)];
  for (let i = 0, k = c.int(3, 6); i < k; i++) {
    const d = c.recent();
    b.v(c.pick([fmtDate(d, "mdy"), `${d.m}/${d.d}`, fmtDate(d, "m/d/yy")]), "DATE").t(`  ${hhmm(c, false)}  `);
    b.t(`${c.pick(["acetaminophen 650 mg", "lorazepam 0.5 mg", "Norco 5/325", "Marinol 2.5 mg", "senna 8.6 mg x2", "oxycodone 2.5 mg"])}  ${c.pick(["pain 6/10", "agitation", "no BM x3d", "anxiety at sundown", "refused meals"])}  `);
    b.t(`${c.pick(["effective", "pain 2/10", "resting quietly", "ineffective - notified MD", "slept"])}  `);
    const who = c.pick(nurses);
    if (c.chance(0.5)) b.v(initials(who), "NAME"); else { b.v(who.first[0]!, "NAME").t(".").v(who.last, "NAME"); }
    b.t(c.pick([" LPN", " RN", ""])).nl();
  }
  b.t("Behavior note: ").t(c.pick(["res asked for her sister ", "resident calling out for ", "daughter visiting - "]));
  nm(n, other(n), c.pick(["f", "fl"])); b.t(`. ${c.pick(["Redirected", "Family aware", "Hospice RN notified"])}. ${clin(n)}.`).nl();
  b.t(`Printed ${hhmm(c)} by PointClick user `).t(c.letters(5).toLowerCase()).nl();
};

/** LTC controlled-drug proof-of-use (count) sheet. */
const narcoticProofOfUse: Style = (n) => {
  const { b, c } = n;
  const drug = c.pick(["oxycodone 5 mg tab", "morphine 20 mg/mL oral soln", "lorazepam 2 mg/mL conc", "tramadol 50 mg", "hydromorphone 2 mg"]);
  b.t("CONTROLLED DRUG RECORD - PROOF OF USE").nl();
  fac(n, c.ltc()); b.t(" | Pharmacy: ");
  fac(n, c.pharmacy()); b.t(" Rx# ").v(c.rxNum(), "ID").nl();
  b.t("Resident: "); nm(n, n.pt, c.pick(["LF", "lf"])); b.t("  Wing ").t(c.pick(["A", "B", "Memory Care"])).t("  Physician: "); nm(n, other(n), c.pick(["lf", "l"])); b.t("  DEA ").v(c.dea(n.pt), "LICENSE").nl();
  const q0 = c.int(20, 60);
  b.t(`Drug: ${drug}   Qty received: ${q0}   Date rec'd: `).v(c.fullDate(c.recent()), "DATE").t("   Card #").t(String(c.int(1, 9))).nl();
  b.t("DATE | TIME | QTY GIVEN | QTY LEFT | NURSE | WITNESS").nl();
  const nurses = [other(n), other(n), other(n)];
  let q = q0;
  for (let i = 0, k = c.int(4, 7); i < k; i++) {
    const g = c.pick([0.5, 1, 1, 2]); q = Math.max(0, q - g);
    b.v(c.partialDate(c.recent()), "DATE").t(` | ${hhmm(c)} | ${g} | ${q} | `);
    b.v(initials(c.pick(nurses)), "NAME"); b.t(" | "); if (c.chance(0.4)) b.v(initials(c.pick(nurses)), "NAME"); else b.t("-");
    b.nl();
  }
  b.t("Shift count discrepancy ").t(c.pick(["none", "1 tab - resolved (charted late)", "0.25 mL spill, witnessed"])).t(". DON: ");
  nm(n, other(n), c.pick(["fl", "fml"])); b.t(", RN").nl();
};

/** Hospital automated-dispensing-cabinet waste / discrepancy report. */
const adcWasteDiscrepancy: Style = (n) => {
  const { b, c } = n;
  b.t(c.pick(["ADC DISCREPANCY / WASTE REPORT", "Dispensing Cabinet Waste Record"])).t(" - ").t(c.pick(["Pyxis MedStation", "Omnicell XT"])).t(` station ${c.pick(["4W-MS01", "ED-NORTH-2", "PACU_A", "L&D-01"])}`).nl();
  fac(n, c.facility()); b.t("   Event #").v(`${c.digits(8)}`, "ID").nl();
  const rn = other(n), w = other(n);
  b.t("User: "); nm(n, rn, c.pick(["LF", "lf"])); b.t(" (emp ").v(`${c.digits(6)}`, "ID").t(") login by BioID template ").v(`BIO-${c.hex(10).toUpperCase()}`, "BIOMETRIC").nl();
  b.t("Patient: "); nm(n, n.pt, c.pick(["LF", "lfm"])); b.t("  MRN ").v(n.mrn, "MRN").t("  Acct ").v(c.account(), "ACCOUNT").t("  DOB ").v(fmtDate(n.dob, c.pick(["mdy", "dMonY"])), "DATE").nl();
  b.t(`Item: ${c.pick(["HYDROmorphone 1 mg/mL inj", "fentaNYL 100 mcg/2 mL", "midazolam 2 mg/2 mL", "morphine 4 mg/mL"])}  removed `).v(fmtDate(c.recent(), "mdyShort"), "DATE").t(` ${hhmm(c)}; given ${c.pick(["0.5", "0.25", "1", "50 mcg"])}; wasted ${c.pick(["0.5 mL", "0.75 mL", "50 mcg"])} into Cactus sink.`).nl();
  b.t("Witness: "); nm(n, w, c.pick(["fl", "LF"])); b.t(" RN, fingerprint ").v(`FP${c.digits(9)}`, "BIOMETRIC").t(c.pick(["", " (manual override)"])).nl();
  b.t(`Discrepancy: ${c.pick(["count 3 expected 4", "unresolved > 1 shift", "none"])}. Resolved by pharmacy `); nm(n, other(n), "il"); b.t(c.pick(RPH)).t(" on ").v(c.partialDate(c.recent()), "DATE").t(".").nl();
};

/** Several residents: LTC non-controlled and controlled drug destruction log with the consultant pharmacist. */
const csDestructionLog: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  b.t("MEDICATION DISPOSITION / DESTRUCTION LOG").nl(); fac(n, c.ltc()); b.t(", "); town(n); b.nl();
  b.t("Destroyed ").v(c.fullDate(c.recent()), "DATE").t(" by Rx Destroyer (charcoal) - reverse distributor not used").nl();
  b.t("Resident                 | Rx#        | Drug / strength          | Qty | Reason").nl();
  for (let i = 0, k = c.int(4, 8); i < k; i++) {
    const p = c.person();
    if (c.chance(0.5)) b.name(p.last, ", ", p.first); else b.name(p.last.toUpperCase(), " ", p.first[0]!);
    b.t(" | ").v(c.rxNum(), "ID").t(` | ${c.chance(0.3) ? c.pick(L.NAME_LIKE_DRUGS) : c.pick(L.DRUGS)} | ${c.int(1, 60)} | `);
    const r = c.int(0, 3);
    if (r === 0) b.t("expired ").v(c.partialDate(c.recent()), "DATE");
    else if (r === 1) b.t("d/c'd by MD");
    else if (r === 2) { b.t("resident died "); b.v(fmtDate(c.recent(), "mdyShort"), "DATE"); }
    else b.t("discharged, meds not sent");
    b.nl();
  }
  b.t("Consultant pharmacist: "); nm(n, c.person(), "fl"); b.t(c.pick(RPH)).t("  Lic ").v(c.stateLicense(), "LICENSE").nl();
  b.t("Nurse witness: "); nm(n, c.person(), "fl"); b.t(", RN   DEA registrant (facility pharmacy) ").v(`F${c.letters(1)}${c.digits(7)}`, "LICENSE").nl();
};

/** Consultant pharmacist monthly medication regimen review with the physician's response. */
const ltcConsultantMrr: Style = (n) => {
  const { b, c } = n;
  b.t("CONSULTANT PHARMACIST COMMUNICATION TO PHYSICIAN").nl();
  fac(n, c.ltc()); b.t(`   MRR month: ${c.pick(["Jan", "Apr", "Jul", "Oct", "May"])} review`).nl();
  b.t("Resident: "); nm(n, n.pt, c.pick(["lfm", "LF", "fl"])); b.t("  Rm ").t(String(c.int(100, 250))).t("  Age: ");
  const a = pickOlderAge(n, 0.5); if (a >= 90 && c.chance(0.3)) b.v(ageWords(a), "AGE"); else age(n, a); b.nl();
  b.t("To: "); const md = other(n); staff(n, md, MDS); b.nl(2);
  b.t(`Resident has received ${c.pick(["quetiapine 25 mg qHS", "lorazepam 0.5 mg BID", "mirtazapine 15 mg", "Ambien 5 mg"])} since `).v(c.partialDate(c.recent()), "DATE");
  b.t(`. Per CMS F758 (psychotropic GDR) and Beers criteria, consider ${c.pick(["dose reduction to 12.5 mg", "discontinuation", "trial off"])}. Falls x${c.int(1, 4)} this quarter. ${clin(n)}.`).nl(2);
  const agree = c.chance(0.6);
  b.t("Physician response: [").t(agree ? "x" : " ").t("] Agree  [").t(agree ? " " : "x").t(`] Disagree - rationale: ${c.pick(["GDR attempted, behaviors returned", "family declines", "see note"])}`).nl();
  b.t("Signed: "); nm(n, md, c.pick(["il", "fl"])); b.t("  Date: ").v(fmtDate(c.recent(), c.pick(["m/d/yy", "mdy"])), "DATE").nl();
  b.t("RPh: "); nm(n, other(n), "fl"); b.t(c.pick(RPH)).t(", CGP  cell ").v(c.phone(), "PHONE").nl();
};

/** Pharmacy controlled-substance pick-up ID check, with a drive-through plate capture. */
const opioidPickupIdLog: Style = (n) => {
  const { b, c } = n;
  const pu = c.chance(0.5) ? other(n) : n.pt;
  b.t("C-II PICKUP / ID VERIFICATION").nl();
  if (c.chance(0.5)) fac(n, c.pharmacy()); else b.t(c.chain());
  b.t(`  Reg ${c.int(1, 4)}  ${c.pick(["Drive-thru", "Counter"])}`).nl();
  b.t("Rx# ").v(c.rxNum(), "ID").t(` ${c.pick(["oxycodone 10 mg #60", "Adderall XR 20 mg #30", "Nucynta 50 mg #42", "methylphenidate ER 36 mg #30", "Belbuca 300 mcg #60"])}  filled `).v(c.fullDate(c.recent()), "DATE").nl();
  b.t("Patient: "); nm(n, n.pt, c.pick(["LF", "lf", "fl"])); b.t("  DOB ").v(fmtDate(n.dob, "mdy"), "DATE").nl();
  b.t("Picked up by: ");
  if (pu === n.pt) b.t("SELF"); else { nm(n, pu, c.pick(["fl", "LF"])); b.t(` (${c.pick(["spouse", "son", "daughter", "caregiver"])})`); }
  b.t("   ID: ").t(c.pick(["DL", "State ID", "DL"])).t(" ").v(c.pick([`${c.letters(1)}${c.digits(8)}`, `${c.digits(9)}`, `${c.letters(1)}${c.digits(3)}-${c.digits(4)}-${c.digits(4)}`]), "LICENSE").t(` (${c.state()}) exp `).v(fmtDate(c.after(c.recent(), 900), "mdy"), "DATE").nl();
  b.t("Lane camera plate: ").v(c.plate(), "VEHICLE").t(` ${c.state()}  ${c.pick(["gray sedan", "white pickup", "red SUV", "n/a"])}`).nl();
  b.t(`PDMP checked ${hhmm(c)}: MME ${c.int(20, 120)}, ${c.int(1, 3)} prescribers, ${c.int(1, 2)} pharmacies. `).t("Addr on file: ").v(n.addr.line1, "ADDRESS").t(", ").v(n.addr.city, "LOCATION").nl();
  b.t("Counseled / sig cap by "); nm(n, other(n), "il"); b.t(c.pick(RPH)).nl();
};

/** Hospice pharmacy provider's comfort-kit (e-kit) order form. */
const hospiceEkitOrder: Style = (n) => {
  const { b, c } = n;
  const a = pickOlderAge(n, 0.55);
  b.t("HOSPICE PHARMACY ORDER - COMFORT KIT").nl().t("Hospice: "); fac(n, `${c.pick(["Harbor Light", "Good Shepherd", "Bluestem", "Kettle Creek"])} Hospice`);
  b.t("  Provider # (PBM) ").t(c.digits(6)).t("  fax ").v(c.phone(), "FAX").nl();
  b.t("Patient: "); nm(n, n.pt, c.pick(["LF", "lf", "fml"])); b.t("  Hospice ID ").v(n.mrn, "MRN").t("  Age ");
  if (a >= 90 && c.chance(0.25)) b.v(ageWords(a), "AGE"); else age(n, a);
  b.t("  MBI ").v(c.mbi(), "HEALTH_PLAN").nl();
  b.t("Deliver to: ");
  if (c.chance(0.4)) { fac(n, c.ltc()); b.t(` Rm ${c.int(100, 320)}, `).v(c.town(), "LOCATION"); }
  else { b.v(n.addr.line1, "ADDRESS"); if (n.addr.unit) b.t(" ").v(n.addr.unit, "ADDRESS"); b.t(", ").v(n.addr.city, "LOCATION").t(` ${n.addr.state} `).v(n.addr.zip, "ZIP"); }
  b.nl().t("Dx: ").t(c.pick(["end-stage Parkinson disease", "CHF NYHA IV", "metastatic NSCLC", "Alzheimer FAST 7c"])).t(`  Admit to hospice `).v(c.fullDate(c.recent()), "DATE").nl();
  b.t("Kit: morphine conc 20 mg/mL 15 mL; lorazepam 2 mg/mL 30 mL; haloperidol 2 mg/mL; atropine 1% gtt; prochlorperazine 25 mg supp; senna-S").nl();
  b.t(`Delivery window: ${c.pick(["STAT (4 h)", "next day AM", "by 1800"])}. Family contact: `); const [rw, f] = relative(n); nm(n, f, c.pick(["fl", "f"])); b.t(" ").v(c.phone(), "PHONE").t(` (${rw}${c.pick(["", "/POA"])})`).nl();
  b.t("RN case manager: "); nm(n, other(n), "fl"); b.t(", RN cell ").v(c.phone(), "PHONE").nl();
  b.t("Hospice physician: "); staff(n, other(n), [", MD", ", DO"]); b.t("  NPI ").v(c.npi(), "LICENSE").t("  DEA ").v(`${c.pick(["B", "F"])}${c.letters(1)}${c.digits(7)}`, "LICENSE").nl();
  b.t("Order entered ").v(fmtDate(c.recent(), "mdy"), "DATE").t(` ${hhmm(c)} by `); nm(n, other(n), "il"); b.t(c.pick(RPH)).t(` - Rx# `).v(c.rxNum(), "ID").nl();
};

export const STYLES_C: Record<string, Style> = {
  "ltc-prn-mar-notes": ltcPrnMarNotes,
  "narcotic-proof-of-use": narcoticProofOfUse,
  "adc-waste-discrepancy": adcWasteDiscrepancy,
  "cs-destruction-log": csDestructionLog,
  "ltc-consultant-mrr": ltcConsultantMrr,
  "opioid-pickup-id-log": opioidPickupIdLog,
  "hospice-ekit-order": hospiceEkitOrder,
};
