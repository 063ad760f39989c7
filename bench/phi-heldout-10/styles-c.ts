/**
 * Tenth held-out corpus, styles C: a request to amend the record with the HIM reply, an ostomy supply order,
 * a mail-order pharmacy packing slip, a compounding worksheet, an OSHA hearing-conservation audiogram and a
 * clinical-trial serious adverse event form.
 */
import { fmtDate } from "./kit";
import { address, age, ageOf, anyDt, clin, dt, fac, initials, nm, pdt, person, staff, wrapAt, type Note10, type Style } from "./note";

function p0(n: Note10) {
  const p = n.c.person();
  n.others.push(p);
  return p;
}

const amendment: Style = (n) => {
  const { b, c } = n;
  const hosp = c.facility(c.pick(["hosp", "clinic"] as const));
  b.t("REQUEST TO AMEND PROTECTED HEALTH INFORMATION").nl();
  fac(n, hosp);
  b.t(" — Health Information Management").nl(2);
  b.t("Name: ");
  nm(n, n.pt, c.pick(["fl", "fml"] as const));
  b.t("   Date of birth: ");
  dt(n, n.dob);
  b.nl().t("Address: ");
  address(n, n.addr);
  b.nl().t("Phone: ").v(n.phone, "PHONE").t("   MRN (if known): ").v(n.mrn, "MRN").nl();
  b.t("Entry to be amended: ").t(c.pick(["progress note", "ED provider note", "discharge summary"])).t(" dated ");
  const entry = c.recent();
  dt(n, entry);
  b.t(", author ");
  const author = p0(n);
  staff(n, author);
  b.nl(2).t("What is incorrect and why (in patient's words):").nl();
  const w = wrapAt(b, c.int(66, 84));
  b.noise = w;
  const which = c.int(0, 2);
  b.t(["the note says i drink 6 beers a day. i said 6 a WEEK. ", "it lists my mother as deceased but she is alive and lives in ", "It says I refused the flu shot. I never refused, the nurse said they were out. "][which]!);
  b.noise = null;
  if (which === 1) { b.v(n.c.city(), "LOCATION").t(" with my sister "); person(n, "f"); b.t(". "); }
  b.noise = w;
  b.t("Also my name is spelled wrong in the header (it should be ");
  b.noise = null;
  nm(n, n.pt, "fl");
  b.noise = w;
  b.t(") and my old phone is still listed.").nl(2);
  b.noise = null;
  b.t("Signature: ");
  nm(n, n.pt, "il");
  b.t("   Date: ");
  dt(n, c.after(entry, c.int(5, 60)), c.pick(["mdy1", "mdyy"] as const));
  b.nl(2).t("---- HIM USE ONLY ----").nl();
  b.t("Received ");
  dt(n, c.after(entry, c.int(61, 70)), c.pick(["mdy", "dMy"] as const));
  b.t("  Tracking # ").v(`AMD-${c.digits(6)}`, "ID").t("  Reviewed by: ");
  person(n, c.pick(["fl", "lf"] as const));
  b.t(", RHIA").nl();
  b.t("Decision: ").t(c.pick(["ACCEPTED in part — addendum by author; demographic corrected.", "DENIED — entry accurate and complete as written (45 CFR 164.526(a)(2)(iv)). Statement of disagreement may be filed.", "ACCEPTED — addendum appended."])).nl();
  b.t("Response mailed ");
  pdt(n);
  b.t(" within 60 days per policy HIM-214.").nl();
};

const ostomyOrder: Style = (n) => {
  const { b, c } = n;
  const a = ageOf(n, 0.15);
  b.t("OSTOMY SUPPLY ORDER / DETAILED WRITTEN ORDER").nl();
  b.t("Supplier: ");
  fac(n, c.pick(["Shiloh Medical Supply", "Three Rivers Home Medical", "Prairie Rose Ostomy & Wound", "Bayou Home Health Supply"]));
  b.t("  Fax ").v(c.phone(), "FAX").t("  Order # ").v(`SO-${c.digits(7)}`, "ID").nl(2);
  b.t("Beneficiary: ");
  nm(n, n.pt, c.pick(["LF", "lf", "fl"] as const));
  b.t("  DOB ");
  dt(n, n.dob);
  b.t("  Age ");
  age(n, a);
  b.nl().t(c.chance(0.6) ? "MBI: " : "Member ID: ").v(c.chance(0.6) ? c.mbi() : c.member(), "HEALTH_PLAN").nl();
  b.t("Ship to: ");
  address(n, n.addr);
  b.t("  Ph ").v(n.phone, "PHONE").nl();
  b.t("Surgery: ").t(c.pick(["end colostomy", "ileostomy", "ileal conduit"])).t(" on ");
  anyDt(n, { y: c.int(2015, 2025), m: c.int(1, 12), d: c.int(1, 28) }, 0.5);
  b.t(" at ");
  fac(n, c.facility("hosp"));
  b.nl().t("Stoma 32 mm, round, budded 1 cm; peristomal skin intact.").nl(2);
  b.t("HCPCS   Description                         Qty/mo").nl();
  b.t("A4414   2-pc skin barrier w/ flange 1-3/4\"    10").nl().t("A4416   closed pouch w/ filter                60").nl().t("A4405   barrier paste, 2 oz                   1").nl().t("A4369   skin barrier liquid (wipes)           2 oz").nl();
  b.t("Length of need: 99 months (lifetime). Refills x12.").nl(2);
  b.t("WOC nurse: ");
  person(n, c.pick(["fl", "il"] as const));
  b.t(", BSN, RN, CWOCN").nl();
  b.t("Ordering practitioner: ");
  staff(n, p0(n));
  b.t("  NPI ").v(c.npi(), "LICENSE").t("  Date ");
  dt(n, c.recent(), c.pick(["mdy", "mdyy"] as const));
  b.nl();
};

const packingSlip: Style = (n) => {
  const { b, c } = n;
  const ship = c.recent();
  b.t(c.pick(["OptumRx", "Express Scripts", "CenterWell Pharmacy", "Amazon Pharmacy"])).t(" — Home Delivery   PACKING SLIP").nl();
  b.t("Order ").v(c.pick([`${c.digits(10)}`, `${c.int(100, 999)}-${c.digits(7)}-${c.digits(7)}`]), "ID").t("   Shipped ");
  dt(n, ship, c.pick(["mdy", "abbr", "mdyy"] as const));
  b.t(" via ").t(c.pick(["UPS", "USPS", "FedEx"])).t(" tracking ").v(c.pick([`1Z${c.letters(3, "0123456789ABCDEFGHJKLMNPRSTUVWXY")}${c.digits(13)}`, `94001${c.digits(17)}`, c.digits(12)]), "ID").nl(2);
  b.t("SHIP TO:").nl();
  nm(n, n.pt, c.pick(["FL", "fl"] as const));
  b.nl();
  address(n, n.addr, "\n");
  b.nl(2).t("Member ID ").v(c.member(), "HEALTH_PLAN").t("  Patient DOB ");
  dt(n, n.dob);
  b.nl(2).t("Rx #        Drug                              Qty  Days  Refills").nl();
  for (const drug of c.shuffle(["ATORVASTATIN 40MG TAB", "LEVOTHYROXINE 88MCG TAB", "METFORMIN ER 500MG TAB", "OZEMPIC 1MG/DOSE PEN", "ELIQUIS 5MG TAB", "TRULICITY 1.5MG/0.5ML"]).slice(0, c.int(1, 4))) {
    b.v(`${c.int(1, 9)}${c.digits(7)}`, "ID").t(`  ${drug!.padEnd(34)}${String(c.pick([30, 90, 180, 4])).padEnd(5)}${String(c.pick([90, 84, 28])).padEnd(6)}${c.int(0, 3)}`).nl();
  }
  b.nl().t("Prescriber: ");
  nm(n, p0(n), c.pick(["LF", "lf"] as const));
  b.t(c.pick([" MD", " DO", " NP"])).nl();
  b.t("Pharmacist: ");
  person(n, "il");
  b.t(", RPh   Cold pack enclosed: ").t(c.pick(["YES", "NO"])).t("   Next refill eligible ");
  pdt(n);
  b.nl().t("Questions? ").v(c.tollFree(), "PHONE").t(" (TTY 711)").nl();
};

const compounding: Style = (n) => {
  const { b, c } = n;
  b.t("COMPOUNDING RECORD — NON-STERILE (USP <795>)").nl();
  fac(n, c.pick(["Bayou Compounding Pharmacy", "Kettle Creek Apothecary", "Merriweather's Pharmacy", "Hollis Ferry Drug"]));
  b.t("  ").v(c.phone(), "PHONE").nl(2);
  b.t("Rx #: ").v(`${c.int(1, 9)}${c.digits(6)}`, "ID").t("   Compounding #: ").v(`C${c.int(25, 26)}${c.digits(5)}`, "ID").nl();
  b.t("Patient: ");
  nm(n, n.pt, c.pick(["LF", "lf", "fl"] as const));
  b.t("   DOB ");
  dt(n, n.dob);
  b.nl().t("Prescriber: ");
  const pr = p0(n);
  staff(n, pr);
  b.t("   DEA ").v(c.dea(pr.last), "LICENSE").nl();
  b.t("Formula: ").t(c.pick(["Gabapentin 10% / Ketoprofen 10% / Lidocaine 5% in PLO gel, 120 g", "Omeprazole 2 mg/mL susp in 8.4% NaHCO3, 150 mL", "Progesterone 100 mg caps #30", "Magic mouthwash 1:1:1, 240 mL"])).nl(2);
  b.t("Ingredient            Lot        Exp       Qty      Wt by  Ck by").nl();
  const tech = p0(n);
  const rph = p0(n);
  for (const ing of ["Gabapentin USP", "Lidocaine HCl", "PLO base"].slice(0, c.int(2, 3))) {
    b.t(`${ing.padEnd(22)}${c.letters(1)}${c.digits(5)}`.padEnd(33)).t(`${String(c.int(1, 12)).padStart(2, "0")}/${c.int(2027, 2029)}   ${c.int(2, 60)}.${c.int(0, 9)} g   `);
    b.v(initials(tech), "NAME").t("     ").v(initials(rph), "NAME").nl();
  }
  b.t("BUD: 30 days (stored 20-25 °C). Yield 120 g. Balance Mettler ML204 cal verified.").nl();
  b.t("Compounded ");
  dt(n, c.recent(), c.pick(["mdy", "iso", "dMy"] as const));
  b.t(" by ");
  nm(n, tech, "fl");
  b.t(", CPhT; verified by ");
  nm(n, rph, c.pick(["fl", "il"] as const));
  b.t(", PharmD (lic ").v(c.license("RPH"), "LICENSE").t(")").nl();
  b.t("Counseled patient's ").t(c.pick(["wife ", "son ", "caregiver "]));
  person(n, "f");
  b.t(" on application; ").t(c.pick(["delivered by driver", "picked up"])).t(".").nl();
};

const oshaAudiogram: Style = (n) => {
  const { b, c } = n;
  const emp = c.employer();
  b.t("HEARING CONSERVATION PROGRAM — ANNUAL AUDIOGRAM (29 CFR 1910.95)").nl();
  b.t("Employer: ");
  fac(n, emp);
  b.t("   Dept: ").t(c.pick(["Press line", "Boiler room", "Sawmill", "Hangar 2"])).nl();
  b.t("Employee: ");
  nm(n, n.pt, c.pick(["LF", "lfi", "fl"] as const));
  b.t("   Emp ID ").v(c.pick([c.digits(6), `${c.letters(1)}${c.digits(5)}`]), "ID");
  if (c.chance(0.6)) b.t("   SSN (last 4) ").v(c.digits(4), "SSN");
  else b.t("   SSN ").v(c.ssn(), "SSN");
  b.nl().t("DOB ");
  dt(n, n.dob);
  b.t("   Test date ");
  dt(n, c.recent(), c.pick(["mdy", "dMy", "iso"] as const));
  b.t("   Baseline ");
  anyDt(n, { y: c.int(2005, 2022), m: c.int(1, 12), d: c.int(1, 28) }, 0.3);
  b.nl().t("Quiet period 14 h; HPD: foam plugs NRR 33. TWA 88 dBA.").nl(2);
  b.t("Hz      500  1000  2000  3000  4000  6000  8000").nl();
  b.t(`R dB    ${[1, 2, 3, 4, 5, 6, 7].map(() => String(c.int(0, 14) * 5).padEnd(6)).join("")}`).nl();
  b.t(`L dB    ${[1, 2, 3, 4, 5, 6, 7].map(() => String(c.int(0, 14) * 5).padEnd(6)).join("")}`).nl();
  b.t("STS (avg 2k/3k/4k, age-corrected): ").t(c.pick(["none", "LEFT 11.7 dB — recordable, retest within 30 days", "RIGHT 10.0 dB"])).nl();
  b.t("Audiometer ").t(c.pick(["Benson CCA-200mini", "Tremetrics RA650", "MAICO MA 41"])).t(" s/n ").v(c.serial(), "DEVICE").t(" (cal 02/2026)").nl();
  b.t("Tester: ");
  person(n, "fl");
  b.t(", COHC #").v(c.pick([`${c.digits(5)}`, `C-${c.digits(6)}`]), "LICENSE").t("  Reviewed: ");
  staff(n, p0(n), [", AuD", ", MD", ", PLHCP"]);
  b.nl().t("Employee notified in writing ");
  pdt(n);
  b.nl();
};

const saeReport: Style = (n) => {
  const { b, c } = n;
  const a = ageOf(n, 0.3);
  const onset = c.recent();
  b.t("SERIOUS ADVERSE EVENT REPORT — INITIAL").nl();
  b.t("Protocol: ").t(c.pick(["ABC-2231-03", "NCT05512345", "HX-401 Phase 2b"])).t("   Site #: ").t(String(c.int(101, 499))).t("   Sponsor: ").t(c.pick(["Arcadia Therapeutics", "Novexa Bio", "Harbor Pharma"])).nl();
  b.t("Subject ID: ").v(`${c.int(101, 499)}-${c.digits(4)}`, "ID").t("   Initials: ").v(initials(n.pt), "NAME").t("   Age: ");
  age(n, a);
  b.t("   Sex: ").t(c.pick(["F", "M"])).nl();
  b.t("Site: ");
  fac(n, c.facility(c.pick(["hosp", "clinic"] as const)));
  b.t(", ");
  b.v(c.city(), "LOCATION").t(", ").t(c.state()).nl(2);
  b.t("Event term (MedDRA): ").t(c.pick(["Pneumonia", "Acute kidney injury", "Atrial fibrillation", "Syncope"])).nl();
  b.t("Onset: ");
  dt(n, onset, c.pick(["dMy", "dMonY", "iso"] as const));
  b.t("   Became serious: ");
  dt(n, c.after(onset, c.int(0, 3)), c.pick(["dMy", "dMonY"] as const));
  b.t("   Hospitalized at ");
  fac(n, c.facility("hosp"));
  b.t(" from ");
  pdt(n, c.after(onset, 1));
  b.t(" to ");
  pdt(n, c.after(onset, c.int(3, 9)));
  b.nl().t("Seriousness: [X] hospitalization  [ ] death  [ ] life-threatening").nl();
  b.t("Study drug: last dose ");
  dt(n, c.after(onset, -1), "dMy");
  b.t(", 200 mg PO; action taken: interrupted. Relatedness: possibly related. ");
  clin(n);
  b.t(".").nl();
  b.t("Medical history: ").t(c.pick(["Parkinson disease", "Crohn disease", "Sjogren syndrome", "Graves disease"])).t(" since ").t(String(c.int(1990, 2020))).t(".").nl(2);
  b.t("Reporter (PI): ");
  staff(n, p0(n));
  b.t("  ").v(c.phone(), "PHONE").nl();
  b.t("Study coordinator: ");
  const crc = p0(n);
  nm(n, crc, "fl");
  b.t(", CCRP  ").v(c.staffEmail(crc, c.domain()), "EMAIL").nl();
  b.t("Sent to safety fax ").v(c.tollFree(), "FAX").t(" on ");
  b.v(fmtDate(c.after(onset, 1), "dMy"), "DATE").t(" (within 24 h of awareness).").nl();
};

export const STYLES_C: Record<string, Style> = {
  "amendment-request": amendment,
  "ostomy-supply-order": ostomyOrder,
  "mail-order-packing-slip": packingSlip,
  "compounding-record": compounding,
  "osha-audiogram": oshaAudiogram,
  "sae-report": saeReport,
};
