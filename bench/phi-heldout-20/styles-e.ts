/** Mail-order and delivery, dispensing exports and queues, copay e-mail and pharmacist prescribing. */
import { fmtDate } from "./kit";
import * as L from "./lists";
import { address, clin, fac, hhmm, isoTs, nm, other, staff, type Style } from "./note";
import { MDS, RPH } from "./styles-a";

const p2 = (x: number) => String(x).padStart(2, "0");

/** Specialty cold-chain shipment exception notice to the patient and clinic. */
const coldChainDeliveryNotice: Style = (n) => {
  const { b, c } = n;
  const courier = c.pick(L.COURIERS);
  b.t("Subject: Delivery exception - your refrigerated medication").nl().t("From: ");
  const sp = c.pharmacy().replace(/ (Pharmacy|Drug|Drug Store|Apothecary|Compounding Pharmacy|Pharmacy & Gifts)$/, " Specialty Pharmacy");
  fac(n, sp); b.t(" <noreply@").t(c.pick(["specialtyrx-notify.com", "rxship.io"])).t(">").nl().t("To: ").v(n.email, "EMAIL").nl(2);
  b.t("Hello ").v(c.chance(0.6) ? n.pt.first : n.pt.first.toUpperCase(), "NAME").t(",").nl();
  b.t(`Your order #`).v(`${c.digits(9)}`, "ID").t(` (${c.pick(L.SPECIALTY_DRUGS)}, ${c.pick(["2 pens", "1 carton", "28 tablets"])}) shipped `).v(c.partialDate(c.recent()), "DATE").t(` with ${courier} tracking `).v(`1Z${c.letters(3, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ")}${c.digits(13)}`, "ID").t(".").nl();
  b.t("On ").v(c.fullDate(c.recent()), "DATE").t(` at ${hhmm(c)} the driver could not deliver to `);
  address(n, n.addr, ", ", c.chance(0.3)); b.t(`: ${c.pick(["no one home (signature required)", "gate code needed", "address not found", "temperature excursion - cooler read 11.2 C"])}.`).nl();
  b.t("Reschedule or pick up: ").v(`https://track.${courier.split(" ")[0]!.toLowerCase()}.com/r/${c.hex(16)}`, "URL").nl();
  b.t("Signature on file: "); nm(n, c.chance(0.5) ? n.pt : other(n), c.pick(["fl", "FL"])); b.nl();
  b.t("Questions? Call your care team at ").v(c.tollFree(), "PHONE").t(` (TTY 711), ${c.pick(["Mon-Fri 8-8", "24/7 pharmacist line"])}.`).nl();
  const cc = other(n);
  b.t("Internal: cc clinic nurse "); nm(n, cc, "fl"); b.t(" <").v(c.workEmail(cc, "bluestemrheum.org"), "EMAIL").t(">; replacement shipment approved by ");
  nm(n, other(n), "il"); b.t(c.pick(RPH)).nl();
};

/** Several patients: a dispensing-system export as CSV. */
const dispenseExportCsv: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  const q = c.chance(0.5) ? "\"" : "";
  b.t("rx_number,fill_date,patient_last,patient_first,dob,ndc,drug,qty,days_supply,prescriber,prescriber_npi,bin,pcn,member_id,copay").nl();
  for (let i = 0, k = c.int(4, 8); i < k; i++) {
    const p = c.person(), d = c.dob(), md = c.person();
    b.v(c.rxNum(), "ID").t(",").v(fmtDate(c.recent(), c.pick(["iso", "mdy"])), "DATE").t(`,${q}`).v(p.last, "NAME").t(`${q},${q}`).v(p.first, "NAME").t(`${q},`).v(fmtDate(d, c.pick(["iso", "mdy", "compact"])), "DATE");
    b.t(`,${c.ndc().replace(/-/g, "")},${q}${c.chance(0.3) ? c.pick(L.NAME_LIKE_DRUGS) : c.pick(L.DRUGS)}${q},${c.pick([30, 60, 90])},${c.pick([30, 90])},${q}`);
    b.name(md.last.toUpperCase(), ", ", md.first.toUpperCase()).t(`${q},`).v(c.npi(), "LICENSE").t(`,${c.bin()},${c.pcn()},`).v(c.member(), "HEALTH_PLAN").t(`,${c.int(0, 47)}.${c.pick(["00", "50", "99"])}`).nl();
  }
};

/** Several patients: a medication-synchronisation schedule in fixed-width columns. */
const medSyncFixedWidth: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  b.t("MEDSYNC APPOINTMENT LIST  ").t(`${c.chain().padEnd(24)} `).t("RUN ").v(fmtDate(c.recent(), "mdy"), "DATE").nl();
  b.t("PATIENT NAME             DOB        PHONE         SYNC  #RX  PKG      NOTE").nl();
  for (let i = 0, k = c.int(4, 8); i < k; i++) {
    const p = c.person(), d = c.dob();
    const nameLen = p.last.length + 2 + p.first.length;
    b.name(p.last.toUpperCase(), ", ", p.first.toUpperCase()).t(" ".repeat(Math.max(1, 25 - nameLen)));
    b.v(`${p2(d.m)}/${p2(d.d)}/${d.y}`, "DATE").t(" ").v(`${c.area()}${c.int(2, 9)}${c.digits(6)}`, "PHONE").t("    ").t(String(c.int(1, 28)).padStart(2, "0")).t("    ").t(String(c.int(2, 14)).padStart(2, " "));
    b.t(`   ${c.pick(["VIAL   ", "BLISTER", "STRIP  "])}  `);
    const r = c.int(0, 3);
    if (r === 0) { b.t("CALL DTR "); b.v(c.person().first.toUpperCase(), "NAME"); }
    else if (r === 1) { b.t("NEW RX DR "); b.v(c.person().last.toUpperCase(), "NAME"); }
    else if (r === 2) { b.t("HOLD TIL "); b.v(`${c.int(1, 12)}/${c.int(1, 28)}`, "DATE"); }
    else b.t(c.pick(["DEL", "PU", "ALL GOOD"]));
    b.nl();
  }
  b.t(`TOTAL PATIENTS ${c.int(40, 180)}   PRINTED ${hhmm(c)}`).nl();
};

/** Several patients: a claims-reject work queue exported as JSON. */
const durRejectQueueJson: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  b.t("[").nl();
  for (let i = 0, k = c.int(3, 6); i < k; i++) {
    const p = c.person(), d = c.dob();
    b.t(`  {"queue":"${c.pick(["THIRD_PARTY_REJECT", "DUR_REVIEW", "PA_REQUIRED"])}","rx":"`).v(c.rxNum(), "ID").t(`","received":"`); isoTs(n, c.recent());
    b.t(`","patient":{"last":"`).v(p.last, "NAME").t(`","first":"`).v(p.first, "NAME").t(`","dob":"`).v(fmtDate(d, "iso"), "DATE").t(`"},"cardholder_id":"`).v(c.member(), "HEALTH_PLAN");
    b.t(`","bin":"${c.bin()}","pcn":"${c.pcn()}","reject":["${c.pick(["75 - Prior Authorization Required", "88 - DUR Reject", "79 - Refill Too Soon", "MR - Product Not On Formulary", "76 - Plan Limitations Exceeded"])}"],"dur":{"reason":"${c.pick(["DD", "TD", "ER", "HD", "DA"])}","other_drug":"${c.pick(L.NAME_LIKE_DRUGS)}"},"assigned":"`);
    b.v(c.person().first.toLowerCase(), "NAME").t(`","notes":"`);
    if (c.chance(0.5)) { b.t("faxed Dr "); b.v(c.person().last, "NAME").t(" at "); b.v(c.phone(), "FAX"); } else b.t(c.pick(["override 1 - MD aware", "pt to pay cash", "called plan ref ", ""]));
    if (b.text.endsWith("ref ")) b.v(`${c.digits(10)}`, "ID");
    b.t(`"}${i < k - 1 ? "," : ""}`).nl();
  }
  b.t("]").nl();
};

/** Several patients: a pharmacy delivery driver's route sheet. */
const rxDeliveryRoute: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  const driver = c.person();
  b.t("DELIVERY ROUTE - ");
  fac(n, c.pharmacy()); b.t("  ").v(fmtDate(c.recent(), c.pick(["mdy", "weekday", "abbr"])), "DATE").nl();
  b.t("Driver: "); nm(n, driver, c.pick(["fl", "f"])); b.t("   Van plate ").v(c.plate(), "VEHICLE").t("   VIN ").v(c.vin(), "VEHICLE").t(`   Start odo ${c.int(20000, 190000)}`).nl();
  for (let i = 0, k = c.int(3, 6); i < k; i++) {
    const p = c.person(), line1 = c.street();
    const a = { line1, unit: !/Box/.test(line1) && c.chance(0.3) ? c.unit() : undefined, city: c.town(), state: c.state(), zip: c.zip() };
    b.t(`${i + 1}. `); b.name(p.last, ", ", p.first); b.t(" - "); address(n, a); b.nl();
    b.t(`   ${c.int(1, 5)} bags, ${c.pick(["1 fridge", "C-II sig req", "no C-II"])}, collect $${c.int(0, 40)}.00  ph `).v(c.phone(), "PHONE");
    const r = c.int(0, 2);
    if (r === 0) { b.t("  signed: "); b.v(c.person().first, "NAME").t(" ").v(p.last, "NAME"); b.t(` (${c.pick(["wife", "son", "aide"])})`); }
    else if (r === 1) b.t(`  gate code ${c.digits(4)}#, leave w/ front desk`);
    else b.t("  NOT HOME - returned to store");
    b.nl();
  }
  b.t(`End ${hhmm(c)}  miles ${c.int(12, 140)}`).nl();
};

/** E-mail thread between a specialty pharmacy and a clinic about copay foundation funding. */
const copayAssistanceEmail: Style = (n) => {
  const { b, c } = n;
  const a = other(n), bb = other(n);
  const dom = c.pick(["hometownspecialty.com", "okaforsrx.com", "prairiespecialty.net"]);
  b.t("From: "); nm(n, a, "fl"); b.t(" <").v(c.workEmail(a, dom), "EMAIL").t(">").nl();
  b.t("Sent: ").v(c.pick([fmtDate(c.recent(), "weekday"), fmtDate(c.recent(), "mdyShort")]), "DATE").t(` ${c.int(1, 12)}:${p2(c.int(0, 59))} ${c.pick(["AM", "PM"])}`).nl();
  b.t("To: "); nm(n, bb, "fl"); b.t(" <").v(c.workEmail(bb, c.pick(["kettlecreekgi.org", "mercyridgerheum.com"])), "EMAIL").t(">").nl();
  b.t("Subject: RE: ").v(n.pt.last.toUpperCase(), "NAME").t(", ").v(n.pt.first, "NAME").t(" - copay grant / DOB ").v(fmtDate(n.dob, c.pick(["mdy", "mdyShort"])), "DATE").nl(2);
  b.t("Hi "); nm(n, bb, "f"); b.t(",").nl();
  b.t(`Good news - ${c.pick(L.FOUNDATIONS)} approved a grant for `); nm(n, n.pt, c.pick(["f", "fl"]));
  b.t(`: grant ID `).v(`${c.letters(2)}${c.digits(7)}`, "ID").t(", valid ").v(c.partialDate(c.recent()), "DATE").t(" through ").v(c.partialDate(c.recent()), "DATE").t(`, cap $${c.int(2, 15)},000.`).nl();
  b.t("Medicare ID on the application was ").v(c.mbi(), "HEALTH_PLAN").t(`. ${c.pick(["Their Part D plan", "The PBM"])} (${c.pick(L.PBMS)}) processes as primary.`).nl();
  b.t("Patient uploaded income docs through the portal from ").v(c.ipv4(), "IP").t("; the case link is ").v(`https://portal.${dom}/cases/${c.uuid()}`, "URL").t(" .").nl();
  b.t(`First shipment ${c.pick(["goes out", "ships"])} `).v(c.partialDate(c.recent()), "DATE").t(" to "); address(n, n.addr); b.t(".").nl(2);
  b.t("Thanks,").nl(); nm(n, a, "fl"); b.t(", CPhT | Reimbursement Specialist | ").v(c.phone(), "PHONE").t(" | fax ").v(c.phone(), "FAX").nl();
};

/** Pharmacist-prescribed hormonal contraception under a statewide protocol. */
const pharmacistPrescribingNote: Style = (n) => {
  const { b, c } = n;
  n.pt = c.personOf("F");
  n.email = c.email(n.pt);
  n.dob = { y: c.int(1984, 2008), m: c.int(1, 12), d: c.int(1, 28) };
  if (c.chance(0.5)) fac(n, c.pharmacy()); else b.t(c.chain());
  b.t(" - Pharmacist Prescribing: Hormonal Contraception (statewide protocol)").nl();
  b.t("Patient: "); nm(n, n.pt, c.pick(["fl", "lfm", "LF"])); b.t("  DOB ").v(c.fullDate(n.dob), "DATE").t("  Age ").t(String(2026 - n.dob.y)).nl();
  b.t("Contact: ").v(n.phone, "PHONE").t(" / ").v(n.email, "EMAIL").nl();
  b.t(`Self-screening questionnaire completed ${c.pick(["on kiosk", "on paper", "online"])}. Smoker: N. Migraine with aura: N. BP ${c.int(98, 138)}/${c.int(58, 88)} (seated, 2nd reading).`).nl();
  b.t(`US MEC category 1. Prescribed: ${c.pick(["Camila 0.35 mg", "Errin 0.35 mg", "Sharobel", "Heather 0.35 mg", "Lyza", "Tilia Fe", "Opill (OTC advised)"])} x ${c.pick([3, 12])} months, start ${c.pick(["today (quick start)", "Sunday", "first day of menses"])}.`).nl();
  b.t("LMP ").v(c.partialDate(c.recent()), "DATE").t(`; ${clin(n)}.`).nl();
  b.t("Referral to PCP: ");
  if (c.chance(0.6)) { staff(n, other(n), MDS); b.t(", "); fac(n, c.clinic()); } else b.t("none - patient has no PCP, given list of FQHCs");
  b.nl().t("Rx# ").v(c.rxNum(), "ID").t("  Prescriber: "); const r = other(n); nm(n, r, "fl"); b.t(c.pick(RPH)).t("  NPI ").v(c.npi(), "LICENSE").nl();
  b.t("Visit billed to ").t(c.pick(L.PAYERS)).t(" member ").v(c.member(), "HEALTH_PLAN").t(" date ").v(fmtDate(c.recent(), "mdy"), "DATE").nl();
};

export const STYLES_E: Record<string, Style> = {
  "cold-chain-delivery-notice": coldChainDeliveryNotice,
  "dispense-export-csv": dispenseExportCsv,
  "med-sync-fixed-width": medSyncFixedWidth,
  "dur-reject-queue-json": durRejectQueueJson,
  "rx-delivery-route": rxDeliveryRoute,
  "copay-assistance-email": copayAssistanceEmail,
  "pharmacist-prescribing-note": pharmacistPrescribingNote,
};
