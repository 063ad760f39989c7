/** Obstetric styles of the eighteenth held-out corpus: intake, delivery, postpartum, pumps, logs and transfers. */
import { addDays, fmtDate, type D } from "./kit";
import { address, age, clin, elderAge, fac, hhmm, initials, kin, nm, ocrNoise, other, staff, typos, womanPatient, type Note18, type Style } from "./note";
import * as L from "./lists";

/** An EDD about five months ahead and the LMP it implies. */
function pregnancy(n: Note18): { lmp: D; edd: D } {
  const lmp = addDays(n.c.recent(), -n.c.int(30, 200));
  return { lmp, edd: addDays(lmp, 280) };
}

function pharmacy(n: Note18): void {
  const c = n.c;
  if (c.chance(0.5)) fac(n, `${c.pick(["Family", "Hometown", "Corner", "Main Street"])} Pharmacy of ${c.town()}`);
  else n.b.t(`${c.pick(["CVS", "Walgreens", "Kroger Pharmacy", "Walmart Pharmacy"])} #${c.int(100, 9999)}`);
}

export const STYLES_B: Record<string, Style> = {
  "new-ob-intake": (n) => {
    const { b, c } = n;
    womanPatient(n);
    const { lmp, edd } = pregnancy(n);
    const fob = other(n, "M");
    const gm = other(n, "F", true);
    b.t(c.pick(["NEW OB INTAKE", "New Obstetric Visit – Intake", "OB INITIAL VISIT"])).t(" — "); fac(n, c.facility("ob")); b.nl();
    b.t("Patient: "); nm(n, n.pt, c.pick(["lfm", "LFM", "fml"] as const)); b.t("  DOB: ").v(c.fullDate(n.dob), "DATE").t(`  Age: ${2026 - n.dob.y}  MRN: `).v(n.mrn, "MRN").nl();
    b.t(`LMP: `).v(c.fullDate(lmp), "DATE").t(` (${c.pick(["certain", "uncertain", "on OCP"])})   EDD by LMP: `).v(c.fullDate(edd), "DATE").t("   EDD by 8w US: ").v(c.fullDate(addDays(edd, c.int(-6, 6))), "DATE").t(" (final)").nl();
    b.t("OB history:").nl();
    const k = c.int(0, 3);
    for (let i = 0; i < k; i++) {
      const yr = c.int(2012, 2025);
      const outcome = c.pick(["SVD", "pLTCS", "SAB", "VBAC", "TAB"]);
      b.t(`  #${i + 1}  ${yr}  ${outcome}  `);
      if (/SVD|LTCS|VBAC/.test(outcome)) {
        const kid = kin(n, c.chance(0.5) ? "F" : "M");
        b.t(`${c.int(34, 41)} wk  ${c.int(5, 9)} lb ${c.int(0, 15)} oz  `); nm(n, kid, "f"); b.t(" at "); fac(n, c.facility("hosp")); b.nl();
      } else b.t(`${c.int(6, 12)} wk`).nl();
    }
    if (k === 0) b.t("  none (G1)").nl();
    b.t("FOB: "); nm(n, fob, c.pick(["fl", "lf"] as const)); b.t("  DOB ").v(c.fullDate(c.dob()), "DATE").t(`  blood type ${c.pick(["O+", "A+", "B+", "unknown"])}`).nl();
    b.t("Family hx: maternal grandmother "); nm(n, gm, "f"); b.t(", "); age(n, elderAge(n, 0.6)); b.t(`, ${c.pick(["Alzheimer's", "type 2 DM", "twins x2", "breast ca at 62"])}; ${c.pick(["Down syndrome in a cousin", "no NTDs", "sickle trait (FOB)"])}.`).nl();
    b.t("Insurance: ");
    if (c.chance(0.6)) { b.t("Medicaid (pregnancy) ").v(c.medicaid(), "HEALTH_PLAN").t(c.pick(["; SSN ", "  SS# ", "; SSN on file: "])).v(c.chance(0.3) ? c.digits(4) : c.ssn(), "SSN"); }
    else b.t(`${c.pick(["Anthem", "Aetna", "UHC", "Ambetter"])} member `).v(c.member(), "HEALTH_PLAN").t(" group ").v(c.group(), "HEALTH_PLAN");
    b.nl().t("Contact: ").v(n.phone, "PHONE").t(" / ").v(n.email, "EMAIL").t(" / "); address(n, n.addr); b.nl();
    b.t("Pharmacy: "); pharmacy(n); b.t(`. ${clin(n, "ob")}. Prenate 1 tab daily.`).nl();
  },

  "delivery-summary": (n) => {
    const { b, c } = n;
    womanPatient(n);
    const baby = kin(n, c.chance(0.5) ? "F" : "M");
    const sup = other(n);
    const del = c.recent();
    const hosp = c.facility("hosp");
    b.t(c.pick(["DELIVERY SUMMARY", "Labor & Delivery Summary", "L&D DELIVERY NOTE"])).t(" — "); fac(n, hosp); b.nl();
    b.t("Mother: "); nm(n, n.pt, c.pick(["LF", "lf", "fml"] as const)); b.t("  MRN ").v(n.mrn, "MRN").t("  Acct ").v(c.account(), "ACCOUNT").t(`  ${c.int(17, 43)} y/o G${c.int(1, 6)}P${c.int(1, 5)}`).nl();
    b.t("Delivery: ").v(c.fullDate(del), "DATE").t(` ${hhmm(c)}  GA ${c.int(34, 41)}w${c.int(0, 6)}d  ${c.pick(["NSVD", "pLTCS", "rLTCS", "VAVD", "VBAC"])}  EBL ${c.int(150, 1400)} mL`).nl();
    b.t("Delivering provider: "); staff(n, other(n), [", MD", ", DO", ", CNM"]); b.t("   Anesthesia: epidural by "); nm(n, other(n), "il"); b.t(", CRNA").nl();
    b.t(`Labor: ROM ${c.pick(["SROM", "AROM"])} clear; Pitocin augmentation; ${c.pick(["1st degree", "2nd degree", "intact", "3a"])} laceration; placenta ${c.pick(["spontaneous, intact", "manual extraction"])}. ${c.pick(["McRoberts x1 for shoulder dystocia", "no complications", "Cytotec 800 mcg PR for PPH"])}.`).nl();
    b.t("Infant: ");
    if (c.chance(0.5)) { nm(n, baby, "fl"); } else { b.t(`Baby ${baby.sex === "F" ? "Girl" : "Boy"} `).v(n.pt.last, "NAME"); }
    b.t(`, ${baby.sex}, ${c.int(2400, 4500)} g, Apgars ${c.int(5, 9)}/${c.int(7, 9)}, cord pH 7.${c.int(10, 35)}; infant MRN `).v(c.mrn(), "MRN").t("; footprint scan ID ").v(`FP${c.digits(9)}`, "BIOMETRIC").nl();
    b.t("Support person: "); nm(n, sup, "fl"); b.t(` (${c.pick(["FOB", "partner", "mother", "sister"])}), cell `).v(c.phone(), "PHONE").t(". Pediatrician: "); staff(n, other(n), [", MD", ", DO", ", CPNP"]); b.nl();
    b.t(`${clin(n, "ob")}. RhoGAM ${c.pick(["not indicated", "given"])}. Skin-to-skin in OR.`).nl();
  },

  "postpartum-office-visit": (n) => {
    const { b, c } = n;
    womanPatient(n);
    const del = addDays(c.recent(), -c.int(10, 60));
    const baby = kin(n, c.chance(0.5) ? "F" : "M");
    const partner = other(n);
    b.t(c.pick(["Postpartum Visit", "6-WEEK POSTPARTUM CHECK", "Comprehensive postpartum visit"])).t(" ").v(c.fullDate(c.recent()), "DATE").nl();
    b.t("Pt: "); nm(n, n.pt, c.pick(["fl", "lf", "fml"] as const)); b.t(", DOB ").v(c.fullDate(n.dob), "DATE").t(", MRN ").v(n.mrn, "MRN").nl();
    b.t("Delivered ").v(c.chance(0.5) ? c.partialDate(del) : c.fullDate(del), "DATE").t(" at "); fac(n, c.facility("hosp")); b.t(` by ${c.pick(["NSVD", "primary C/S", "repeat C/S"])}. Baby `); nm(n, baby, "f");
    b.t(` ${c.pick(["breastfeeding well", "formula (Similac)", "pumping and bottle"])}, sees `); staff(n, other(n), [", MD", ", CPNP", ", DO"]); b.t(".").nl();
    b.t(`EPDS ${c.int(0, 24)}; ${c.pick(["denies SI", "item 10 = 0"])}. ${clin(n, "ob")}. Incision healing.`).nl();
    b.t(`Contraception: ${c.pick(["Camila (norethindrone)", "Errin", "Heather", "Nexplanon today (lot not recorded here)", "Mirena placed", "Slynd", "Depo q12wk", "BTL done at C/S"])}.`).nl();
    b.t("Support: partner "); nm(n, partner, c.pick(["f", "fl"] as const)); b.t("; her mother helps days. Returns to work at "); fac(n, c.pick(L.EMPLOYERS).replace(/^the /, "")); b.t(" on ").v(c.partialDate(c.recent()), "DATE").t(" (FMLA papers faxed to ").v(c.phone(), "FAX").t(").").nl();
    b.t("Pap due ").v(c.partialDate(c.recent()), "DATE").t(`. Tdap ${c.pick(["given in pregnancy", "declined"])}. Next annual ${c.pick(["in 1 yr", "2027"])}.`).nl();
  },

  "breast-pump-order": (n) => {
    const { b, c } = n;
    womanPatient(n);
    const { edd } = pregnancy(n);
    const doc = other(n);
    b.t(c.pick(["BREAST PUMP ORDER – DETAILED WRITTEN ORDER", "Standard Written Order: Breast Pump", "ELECTRIC BREAST PUMP PRESCRIPTION"])).nl();
    b.t(`Supplier: ${c.pick(["Aeroflow Breastpumps", "Edgepark", "Byram Healthcare", "Lucina Health"])} — fax `).v(c.chance(0.4) ? `1-8${c.pick(["00", "44", "66", "88"])}-${c.int(200, 999)}-${c.digits(4)}` : c.phone(), "FAX").nl();
    b.t("Beneficiary: "); nm(n, n.pt, c.pick(["LFM", "fl", "lf"] as const)); b.t("  DOB ").v(c.fullDate(n.dob), "DATE").t("  Phone ").v(n.phone, "PHONE").nl();
    b.t("Ship to: "); address(n, n.addr, c.pick([", ", " "]), c.chance(0.3)); b.nl();
    b.t(`Payer: ${c.pick(["BCBS", "Cigna", "Medicaid MCO", "Tricare"])}  Member ID `).v(c.member(), "HEALTH_PLAN").t("  Group ").v(c.group(), "HEALTH_PLAN").nl();
    b.t("EDD / infant DOB: ").v(c.fullDate(edd), "DATE").t(`  Dx Z39.1 / O92.70  HCPCS E0603  Qty 1  Length of need: ${c.pick(["12 mo", "99 (lifetime)"])}`).nl();
    b.t(`Pump: ${c.pick(["Spectra S1 Plus", "Medela Pump In Style", "Motif Luna", "Elvie Stride"])}  Serial `).v(c.serial(), "DEVICE").t("  Shipped ").v(c.partialDate(c.recent()), "DATE").t(" tracking ").v(`1Z${c.letters(3, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ")}${c.digits(13)}`, "ID").nl();
    b.t("Ordering practitioner: "); staff(n, doc, [", MD", ", CNM", ", NP", ", DO"]); b.t("  NPI ").v(c.npi(), "LICENSE").t("  Signed ").v(c.fullDate(c.recent()), "DATE").nl();
  },

  "gdm-glucose-log": (n) => {
    const { b, c } = n;
    womanPatient(n);
    const doc = other(n);
    const mom = other(n, "F");
    b.noise = typos(c, 0.025);
    b.t(c.pick(["my sugar log", "blood sugar log for", "BS readings -", "glucose log"])).t(" ");
    nm(n, n.pt, "lc"); b.t(" dob ").v(c.typedDate(n.dob), "DATE").nl();
    let x = c.recent();
    b.t("week of ").v(c.typedDate(x), "DATE").nl();
    b.t(c.pick(["date | fasting | after bfast | after lunch | after dinner | notes", "day | fast | 1hr-b | 1hr-l | 1hr-d |"])).nl();
    for (let i = 0; i < c.int(3, 6); i++) {
      b.v(`${x.m}/${x.d}`, "DATE").t(` | ${c.int(70, 118)} | ${c.int(95, 170)} | ${c.int(95, 170)} | ${c.int(95, 170)} | `);
      if (c.chance(0.3)) { b.t("ate at "); nm(n, mom, "f"); b.t("s house"); }
      else b.t(c.pick(["", "forgot", "walked after", "pizza night", "sick", "work late"]));
      b.nl();
      x = addDays(x, 1);
    }
    b.t(`taking ${c.pick(["levemir 8 units at night", "metformin 500 twice a day", "nph 10u bedtime", "just diet"])}. meter is a contour next one serial `).v(c.serial(), "DEVICE").nl();
    b.t(c.pick(["sending to dr ", "for dr ", "pls forward to dr "])).v(doc.last.toLowerCase(), "NAME").t(" thx. my cell ").v(n.phone, "PHONE").nl();
    b.t("uploaded at ").v(`https://portal.${c.pick(["mybabycare", "womenshealthconnect", "obportal"])}.org/log/${c.hex(10)}`, "URL").nl();
  },

  "doula-services-agreement": (n) => {
    const { b, c } = n;
    womanPatient(n);
    const { edd } = pregnancy(n);
    const doula = other(n, "F");
    const backup = other(n, "F");
    const partner = other(n);
    b.t("BIRTH DOULA SERVICES AGREEMENT").nl(2);
    b.t("This agreement is between "); nm(n, doula, "fl"); b.t(`, ${c.pick(["CD(DONA)", "CLD", "BDT(DONA)"])} #`).v(`${c.digits(6)}`, "LICENSE").t(" (\"Doula\") and "); nm(n, n.pt, "fl"); b.t(" (\"Client\").").nl();
    b.t("Client address: "); address(n, n.addr); b.t("   Phone: ").v(n.phone, "PHONE").t("   E-mail: ").v(n.email, "EMAIL").nl();
    b.t("Partner/support: "); nm(n, partner, "fl"); b.t("   EDD: ").v(c.fullDate(edd), "DATE").nl();
    b.t("Planned birthplace: "); fac(n, c.facility("hosp")); b.t(". On-call period: ").v(c.fullDate(addDays(edd, -21)), "DATE").t(" through ").v(c.fullDate(addDays(edd, 14)), "DATE").t(" (37 to 42 weeks).").nl();
    b.t(`Fee: $${c.pick(["1,200", "950", "1,500", "800"])}; deposit $${c.pick(["300", "250"])} received `).v(c.partialDate(c.recent()), "DATE").t(" via Venmo @").v(`${doula.first.replace(/\s/g, "")}-${doula.last.replace(/[^A-Za-z]/g, "")}-${c.int(1, 99)}`, "ID").t(`. Includes ${c.int(2, 3)} prenatal visits, continuous labor support and ${c.int(1, 2)} postpartum visits.`).nl();
    b.t("Backup doula: "); nm(n, backup, "fl"); b.t(", ").v(c.phone(), "PHONE").t(". Medicaid doula benefit ID ").v(c.medicaid(), "HEALTH_PLAN").t(" (if billed).").nl();
    b.t("Signed: ").v(c.fullDate(c.recent()), "DATE").t(`   ${c.pick(["/s/", "e-signed"])} `); nm(n, n.pt, "fl"); b.t(" / "); nm(n, doula, "fl"); b.nl();
  },

  "antenatal-testing-log": (n) => {
    const { b, c } = n;
    womanPatient(n);
    const { edd } = pregnancy(n);
    const staffP = [other(n), other(n)];
    b.t(c.pick(["ANTENATAL TESTING LOG (NST/BPP)", "Fetal surveillance flowsheet", "MFM testing record"])).t(" — "); fac(n, c.facility("hosp")); b.nl();
    b.t("Name: "); nm(n, n.pt, c.pick(["LF", "lf", "fl"] as const)); b.t("  MRN ").v(n.mrn, "MRN").t("  EDD ").v(c.fullDate(edd), "DATE").t(`  Indication: ${c.pick(["A2GDM", "cHTN", "AMA (age 36)", "IUGR <10th %ile", "post-dates"])}, twice weekly`).nl();
    b.t("Date     GA       NST          AFI    BPP   by").nl();
    let x = addDays(edd, -c.int(30, 60));
    for (let i = 0; i < c.int(3, 6); i++) {
      const ga = 40 - Math.round((Date.UTC(edd.y, edd.m - 1, edd.d) - Date.UTC(x.y, x.m - 1, x.d)) / 86400000 / 7);
      b.v(c.chance(0.6) ? `${x.m}/${x.d}` : fmtDate(x, "mdy"), "DATE").t(`  ${ga}w${c.int(0, 6)}d  ${c.pick(["reactive  ", "NR -> BPP ", "reactive  "])}  ${c.int(5, 22)}.${c.int(0, 9)}  ${c.pick(["8/8", "10/10", "6/8"])}   `).v(initials(c.pick(staffP)), "NAME").nl();
      x = addDays(x, c.int(3, 4));
    }
    b.t(`Monitor: Corometrics 259cx serial `).v(c.serial(), "DEVICE").t(`. ${clin(n, "ob")}.`).nl();
    b.t("Reviewed: "); staff(n, other(n), [", MD", ", DO"]); b.t(" ").v(c.partialDate(c.recent()), "DATE").t(". Delivery plan: IOL at 39w (").v(c.partialDate(addDays(edd, -7)), "DATE").t(").").nl();
  },

  "maternal-transfer-fax": (n) => {
    const { b, c } = n;
    womanPatient(n);
    const { edd } = pregnancy(n);
    const hus = other(n, "M");
    const sendFax = c.phone();
    if (c.chance(0.6)) b.noise = ocrNoise(c, 0.04);
    const fd = c.recent();
    b.v(`${["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"][fd.m - 1]} ${String(fd.d).padStart(2, "0")} ${fd.y}`, "DATE").t(` ${hhmm(c)}  FROM: `).v(sendFax.replace(/\D/g, ""), "FAX").t("  TO: ").v(c.phone().replace(/\D/g, ""), "FAX").t(`  P.00${c.int(1, 3)}/00${c.int(4, 8)}`).nl(2);
    b.t("MATERNAL TRANSPORT REQUEST / TRANSFER FORM").nl();
    b.t("Sending facility: "); fac(n, c.facility("hosp")); b.t(", ").v(c.town(), "LOCATION").t("  Fax: ").v(sendFax, "FAX").nl();
    b.t("Receiving: Maternal-Fetal Medicine, "); fac(n, c.facility("hosp")); b.nl();
    b.t("Patient: "); nm(n, n.pt, c.pick(["LFM", "lf"] as const)); b.t("  DOB: ").v(c.fullDate(n.dob), "DATE").t(`  G${c.int(1, 5)}P${c.int(0, 3)}  GA ${c.int(23, 36)}w${c.int(0, 6)}d  EDD: `).v(c.fullDate(edd), "DATE").nl();
    b.t(`Reason: ${c.pick(["PPROM", "preeclampsia with severe features", "preterm labor, cx 4/80/-1", "placenta previa w/ bleeding", "twins, TTTS concern"])}. Mag 2 g/hr; BMZ #1 `).v(c.partialDate(c.recent()), "DATE").t(` ${hhmm(c, false)}. ${clin(n, "ob")}.`).nl();
    b.t("Accepting: "); staff(n, other(n), [", MD", ", DO"]); b.t(" via transfer center call ref ").v(`TC${c.digits(7)}`, "ID").nl();
    if (c.chance(0.5)) b.t(`Transport: ${c.pick(["ground ALS", "critical care ground"])} unit plate `).v(c.plate(), "VEHICLE");
    else b.t("Transport: rotor-wing, tail ").v(`N${c.int(100, 999)}${c.letters(2)}`, "VEHICLE");
    b.nl().t("Husband "); nm(n, hus, "fl"); b.t(" following by car, cell ").v(c.phone(), "PHONE").nl();
    b.t("Records: prenatal from "); fac(n, c.facility("ob")); b.t(" attached (").t(`${c.int(4, 12)} pages`).t(").").nl();
  },

  "ob-history-handwritten-ocr": (n) => {
    const { b, c } = n;
    womanPatient(n);
    const fob = other(n, "M");
    const mom = kin(n, "F");
    const ggp = other(n, c.chance(0.5) ? "F" : "M", true);
    b.noise = ocrNoise(c, 0.06);
    b.t("[scanned handwritten form — OCR]").nl();
    b.t("PREGNANCY HEALTH HISTORY  (please print)").nl();
    const up = c.chance(0.5);
    b.t("Name: ").v(up ? n.pt.first.toUpperCase() : n.pt.first, "NAME").t(" ").v(up ? n.pt.last.toUpperCase() : n.pt.last, "NAME").t("    Today: ").v(c.partialDate(c.recent()), "DATE").nl();
    b.t("Date of birth: ").v(`${n.dob.m}-${n.dob.d}-${String(n.dob.y).slice(c.chance(0.5) ? 2 : 0)}`, "DATE").t(`    Age: ${2026 - n.dob.y}`).nl();
    b.t("Address: ").v(n.addr.line1, "ADDRESS").t("  City: ").v(n.addr.city, "LOCATION").t("  Zip: ").v(n.addr.zip, "ZIP").nl();
    b.t("Baby's father: "); nm(n, fob, "fl"); b.t("   phone: ").v(c.phone(), "PHONE").nl();
    b.t("Emergency contact: my mom "); nm(n, mom, "f"); b.t(" ").v(c.phone(), "PHONE").nl();
    b.t("Other children (names + birthdays): ");
    for (let i = 0; i < c.int(1, 2); i++) { const kid = kin(n, c.chance(0.5) ? "F" : "M"); if (i) b.t(", "); nm(n, kid, "f"); b.t(" ").v(c.partialDate(c.childDob()), "DATE"); }
    b.nl().t("Family history: sugar (grandma), high BP, twins on dads side. Great-");
    b.t(ggp.sex === "F" ? "grandma " : "grandpa "); nm(n, ggp, "f"); b.t(" is "); age(n, elderAge(n, 0.7)); b.t(" and still drives!").nl();
    b.t("Where do you work? "); fac(n, c.pick(L.EMPLOYERS).replace(/^the /, "")); b.t("   Insurance #: ").v(c.medicaid(), "HEALTH_PLAN").nl();
    b.t("Signature: ____   reviewed by ").v(initials(other(n)), "NAME").nl();
  },
};

