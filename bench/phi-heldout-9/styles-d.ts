/**
 * Ninth held-out corpus, styles D: partners' paperwork and exchange formats (life-insurance attending physician
 * statement, FDA MedWatch 3500, travel-assistance repatriation case, EVV visit log, Direct secure message with
 * attachment names, vCard contact export).
 */
import { compact, dayName, iso, MON, p2, type Person } from "./kit";
import { address, age, dob, dt, fac, nm, other, ph, pickAge, plus, rel, staff, type Note9, type Style } from "./note";

function lifeAps(n: Note9): void {
  const { b, c } = n;
  const insurer = c.pick(["Great Plains Mutual Life", "Heartland Fidelity Life", "Pioneer Benefit Assurance", "Old Cimarron Life & Annuity"]);
  b.t(`${insurer.toUpperCase()} — ATTENDING PHYSICIAN STATEMENT (APS)\nReturn to: Underwriting, fax `);
  ph(n, c.tollFree(), "FAX");
  b.t("   Case/Ref #: ").v(`${c.letters(2)}${c.digits(7)}`, "ID").t("   Policy/Application #: ").v(c.pick([`${c.digits(3)}-${c.digits(6)}`, `L${c.digits(9)}`, `${c.digits(10)}`]), "ID");
  b.t("\nUnderwriter: ");
  nm(n, other(n), c.pick(["fl", "il"] as const));
  b.t("\n\nProposed insured: ");
  nm(n, n.pt, c.pick(["fl", "LF", "lfm"] as const));
  b.t("   DOB: ");
  dob(n);
  b.t("   SSN (last 4): ").v(c.digits(4), "SSN");
  b.t("\nHIPAA authorization signed ");
  dt(n);
  b.t(" (copy attached).\n\n1. Date first consulted: ");
  dt(n, { y: c.int(2006, 2022), m: c.int(1, 12), d: c.int(1, 28) }, c.chance(0.5));
  b.t("   Date last seen: ");
  dt(n);
  b.t(`\n2. Diagnoses and onset:\n   a) ${c.pick(["Type 2 diabetes", "Hypertension", "Atrial fibrillation", "OSA on CPAP", "Prostate cancer, s/p RP"])} — onset `);
  dt(n, { y: c.int(2008, 2024), m: c.int(1, 12), d: c.int(1, 28) }, true);
  b.t(`\n   b) ${c.pick(["Hyperlipidemia", "Depression, in remission", "Gout", "Tobacco use, quit"])} — onset ${c.year()}\n`);
  b.t(`3. Most recent findings: ${c.vitals()}; A1c ${c.int(55, 95) / 10}%; LDL ${c.int(60, 190)}.\n`);
  b.t("4. Referred to: ");
  staff(n, other(n));
  b.t(", ");
  fac(n, c.clinic());
  b.t(" — ");
  dt(n, c.recent(), true);
  b.t(`\n5. Tobacco/alcohol/drug use: ${c.pick(["none", "1 ppd, quit " + c.year(), "2-3 beers/week"])}. Hazardous avocation: ${c.pick(["private pilot", "scuba", "none"])}.\n`);
  b.t("\nPhysician: ");
  staff(n, other(n), [", MD", ", DO"]);
  b.t("\nAddress: ");
  address(n, { line1: c.street(), city: c.city(), state: c.state(), zip: c.zip() });
  b.t("\nPhone ");
  ph(n);
  b.t("   Fax ");
  ph(n, c.phone(), "FAX");
  b.t(`\nAPS fee $${c.int(25, 150)}.00 — invoice # `).v(`${c.digits(5)}`, "ACCOUNT").t(" (payable to the practice, not the insured).\n");
}

function medwatch(n: Note9): void {
  const { b, c } = n;
  const a = pickAge(n, 0.3);
  b.t("MEDWATCH FORM FDA 3500 — Voluntary report\nA. PATIENT INFORMATION\n1. Patient identifier: ");
  const ini = `${n.pt.first[0]}${n.pt.middle ? n.pt.middle[0] : ""}${n.pt.last[0]}`.toUpperCase();
  b.v(c.chance(0.5) ? ini : ini.split("").join("."), "NAME").t(" (in confidence)\n2. Age: ");
  if (c.chance(0.6)) {
    age(n, a);
    b.t(" years");
  } else {
    b.t("Date of birth ");
    dob(n);
  }
  b.t(`   3. Sex: ${c.pick(["Female", "Male"])}   4. Weight: ${c.int(90, 280)} lb\n\nB. ADVERSE EVENT\n[x] ${c.pick(["Hospitalization", "Required intervention", "Other serious"])}\n3. Date of event: `);
  const ev = c.recent();
  dt(n, ev);
  b.t("   4. Date of this report: ");
  dt(n, plus(ev, c.int(2, 40)));
  b.t(`\n5. Describe event: Patient started ${c.dose()} on `);
  dt(n, plus(ev, -c.int(5, 60)), true);
  b.t(`. Presented to `);
  fac(n, c.hospital());
  b.t(` ED with ${c.pick(["angioedema", "hypoglycemia (BG 38)", "rash with mucosal involvement", "bradycardia 38 bpm", "pump occlusion with DKA"])}; admitted ${c.int(1, 6)} days. ${c.clin()}\n`);
  b.t(`6. Relevant tests: ${c.labs()}\n\nC. PRODUCT\n1. Name/strength/mfr: ${c.drug()} ${c.pick(["10 mg", "0.5 mg/0.5 mL pen", "100 units/mL"])}  NDC ${c.digits(5)}-${c.digits(3)}-${c.digits(2)}  Lot ${c.lot()}  Exp ${p2(c.int(1, 12))}/${c.int(2026, 2029)}\n`);
  if (c.chance(0.5)) {
    b.t(`D. SUSPECT MEDICAL DEVICE\nBrand: ${c.pick(["Omnipod 5", "t:slim X2", "MiniMed 780G", "Dexcom G7"])}  Model ${c.pick(["MM780", "1000096", "G7-RCV"])}  Serial # `).v(c.serial(), "DEVICE");
    b.t(`\nUDI: (01)${c.digits(14)}(17)${c.int(26, 29)}${p2(c.int(1, 12))}31(10)${c.lot()}(21)`).v(c.serial(), "DEVICE").t("\n");
  }
  b.t("\nE. REPORTER\nName: ");
  const r = other(n);
  nm(n, r, "fl");
  b.t(`, ${c.pick(["PharmD", "RN", "MD", "NP"])}\nAddress: `);
  fac(n, c.chance(0.5) ? c.pharmacy() : c.clinic());
  b.t(", ");
  address(n, { line1: c.street(), city: c.city(), state: c.state(), zip: c.zip() });
  b.t("\nPhone: ");
  ph(n);
  b.t("   Email: ").v(c.email(r), "EMAIL");
  b.t(`\nAlso reported to manufacturer: ${c.pick(["yes, mfr report # ", "no"])}`);
  if (b.text.endsWith("# ")) b.v(`${c.digits(7)}-${c.int(2024, 2026)}-${c.digits(5)}`, "ID");
  b.nl();
}

const ABROAD = [
  { country: "Mexico", city: "Cancún", hosp: ["Hospital Galenia", "Hospiten Cancún", "Hospital Amerimed"], cc: "+52 998" },
  { country: "Costa Rica", city: "Liberia", hosp: ["Hospital San Rafael Arcángel", "Clínica Santa Lucía"], cc: "+506" },
  { country: "Canada", city: "Banff", hosp: ["Mineral Springs Hospital", "Foothills Medical Centre"], cc: "+1 403" },
  { country: "Italy", city: "Florence", hosp: ["Ospedale Santa Maria Nuova", "Casa di Cura Villa Donatello"], cc: "+39 055" },
  { country: "Philippines", city: "Cebu City", hosp: ["Chong Hua Hospital", "Perpetual Succour Hospital"], cc: "+63 32" },
] as const;

function repatriation(n: Note9): void {
  const { b, c } = n;
  const k = c.int(0, ABROAD.length - 1);
  const place = ABROAD[k]!;
  const co = c.pick(["Global Rescue Partners", "AssistAmerica Travel", "SafeHarbor Assistance", "Meridian Travel Guard"]);
  b.t(`${co} — MEDICAL ASSISTANCE CASE NOTE\nCase #: `).v(`${c.letters(2)}-${c.int(24, 26)}-${c.digits(6)}`, "ID").t("   Policy #: ").v(c.pick([`TI${c.digits(9)}`, `${c.digits(4)}-${c.digits(6)}-${c.digits(2)}`]), "HEALTH_PLAN");
  b.t("\nInsured traveller: ");
  nm(n, n.pt, c.pick(["LF", "fl", "lf"] as const));
  b.t("   DOB ");
  dob(n);
  b.t("   Passport # ").v(`${c.pick(["5", "6", "A", "E"])}${c.digits(8)}`, "ID");
  b.t("\nUS home address: ");
  address(n, n.addr);
  b.t(`\n\n${c.pick(["Day 1", "Update", "Initial call"])} (`);
  dt(n);
  b.t(`, ${c.time()} EST): Call from insured's ${c.pick(["wife", "son", "travelling companion", "daughter"])} `);
  const r = rel(n);
  nm(n, r, "fl");
  b.t(" on WhatsApp ").v(`${place.cc} ${c.digits(3)} ${c.digits(4)}`, "PHONE").t(`. Insured admitted to `);
  b.v(c.pick(place.hosp), "FACILITY").t(`, ${place.city}, ${place.country}, after ${c.pick(["a fall on cruise excursion — hip fracture", "chest pain — NSTEMI", "syncope at the hotel pool", "pneumonia with hypoxia"])}.`);
  b.t("\nHotel where companion is staying: ");
  if (k === 0) {
    b.v(`Blvd. Kukulcán km ${c.int(3, 22)}.${c.int(1, 9)}`, "ADDRESS").t(", Zona Hotelera, C.P. ").v(`775${c.digits(2)}`, "ZIP").t(", Cancún, Q.R.");
  } else if (k === 2) {
    b.v(`${c.int(100, 999)} ${c.pick(["Banff Ave", "Caribou St", "Wolf St"])}`, "ADDRESS").t(", Banff, AB ").v(`T1L ${c.int(1, 9)}${c.letters(1, "ABCEGHJKLMNPRSTVXY")}${c.int(1, 9)}`, "ZIP");
  } else if (k === 3) {
    b.v(`Via ${c.pick(["dei Servi", "Ghibellina", "della Scala", "Faenza"])}, ${c.int(2, 120)}`, "ADDRESS").t(", ").v(`501${c.digits(2)}`, "ZIP").t(" Firenze FI");
  } else if (k === 4) {
    b.v(`${c.int(10, 400)} ${c.pick(["Osmeña Blvd", "Gorordo Ave", "F. Ramos St"])}`, "ADDRESS").t(", ").v(`Brgy. ${c.pick(["Lahug", "Kamputhaw", "Capitol Site"])}`, "ADDRESS").t(", Cebu City ").v(`60${c.digits(2)}`, "ZIP");
  } else b.t("beach hotel near the airport (name withheld by caller)");
  b.t(`\nTreating physician abroad: Dr. `).v(c.pick(["Ramírez Soto", "Bianchi", "Villanueva", "MacDonald", "Arias Mora"]), "NAME").t(" — English-speaking; records requested.\n");
  b.t(`Plan: ${c.pick(["air ambulance (Learjet 35) with nurse and paramedic", "commercial stretcher with medical escort", "business class seat + escort nurse"])} to `);
  fac(n, c.hospital());
  b.t(", accepting physician ");
  staff(n, other(n), [", MD"]);
  b.t(`. Escort nurse: `);
  nm(n, other(n), "fl");
  b.t(`, RN. Fit-to-fly expected `);
  dt(n, plus(c.recent(), 3), true);
  b.t(`.\nUS contact: `);
  nm(n, rel(n), "fl");
  b.t(" ");
  ph(n);
  b.t("   Case manager: ");
  nm(n, other(n), c.pick(["fl", "il"] as const));
  b.t(" ext. ").t(String(c.int(200, 899)));
  b.t(`\nOut-of-pocket receipts to `).v(`claims@${c.domain()}`, "EMAIL").t(`; exchange rate noted 1 USD = ${c.pick(["17.2 MXN", "510 CRC", "1.36 CAD", "0.92 EUR", "56.4 PHP"])}.\n`);
}

function evv(n: Note9): void {
  const { b, c } = n;
  const agency = `${c.pick(["Caring Hands", "Helping Hearts", "Heartland", "Home Instead of", "Comfort Keepers of"])} ${c.pick(["Home Care", "In-Home Services", c.city()])}`;
  b.t(`EVV VISIT DETAIL — ${c.pick(["HHAeXchange", "Sandata", "Tellus", "AuthentiCare"])} export\nProvider agency: `).v(agency, "FACILITY").t("  Provider Medicaid ID: ").v(c.digits(9), "ID");
  b.t("\nClient: ");
  nm(n, n.pt, c.pick(["LF", "lf", "fl"] as const));
  b.t("  Medicaid #: ").v(c.medicaid(), "HEALTH_PLAN").t("  DOB: ");
  dob(n);
  b.t("\nService address: ");
  address(n, n.addr);
  b.t(`\nService: ${c.pick(["T1019 Personal care", "S5125 Attendant care", "S5150 Respite", "T1019-U1 PCS"])}  Auth units ${c.int(20, 160)}/wk\n\n`);
  const cg = other(n);
  b.t("Caregiver: ");
  nm(n, cg, c.pick(["lf", "fl"] as const));
  b.t("  Employee ID ").v(`${c.digits(6)}`, "ID").nl();
  const d = c.recent();
  for (let i = 0; i < c.int(2, 4); i++) {
    const di = plus(d, i * c.int(1, 3));
    b.t("Visit ");
    b.v(c.chance(0.5) ? `${p2(di.m)}/${p2(di.d)}/${di.y}` : `${dayName(di).slice(0, 3)} ${MON[di.m - 1]} ${di.d}`, "DATE");
    b.t(`  in ${c.time()}  out ${c.time()}  `);
    const how = c.int(0, 2);
    if (how === 0) b.t("GPS ").v(`${c.int(30, 47)}.${c.digits(5)}, -${c.int(82, 118)}.${c.digits(5)}`, "LOCATION").t(` (${c.int(4, 80)} m from address)  device `).v(`${c.digits(15)}`, "DEVICE");
    else if (how === 1) b.t("IVR from client phone ").v(n.phone, "PHONE");
    else b.t("FOB token ").v(`${c.digits(6)}`, "DEVICE").t(c.pick([" (fixed device on fridge)", ""]));
    b.t(`  ${c.pick(["verified", "exception: late clock-out", "exception: GPS mismatch", "verified"])}\n`);
  }
  if (c.chance(0.45)) b.t("Caregiver identity: fingerprint template ").v(`FP-${c.hex(8).toUpperCase()}`, "BIOMETRIC").t(" matched at clock-in.\n");
  if (c.chance(0.4)) b.t("Mileage reimbursement: caregiver vehicle plate ").v(c.plate(), "VEHICLE").t(` — ${c.int(3, 40)} mi round trip to `).v(c.pharmacy(), "FACILITY").t(" for client's refills.\n");
  b.t("Exception note by coordinator ");
  nm(n, other(n), "fl");
  b.t(": ");
  b.t(c.pick(["client confirmed visit by phone; ", "client's daughter ", "signature captured on tablet; "]));
  if (b.text.endsWith("daughter ")) {
    nm(n, rel(n), "f");
    b.t(" confirmed caregiver was present; ");
  }
  b.t(`${c.clin()}\n`);
}

function directMessage(n: Note9): void {
  const { b, c } = n;
  const dr = other(n);
  const fromDom = `direct.${c.domain()}`;
  const toDom = `direct.${c.domain()}`;
  const sent = c.recent();
  b.t("Received: from hisp.").t(fromDom).t(" ([").v(c.ipv4(), "IP").t("])\n\tby mx.").t(toDom).t(" with ESMTPS; ");
  b.v(`${dayName(sent).slice(0, 3)}, ${sent.d} ${MON[sent.m - 1]} ${sent.y}`, "DATE").t(` ${p2(c.int(7, 18))}:${p2(c.int(0, 59))}:${p2(c.int(0, 59))} -0${c.int(5, 7)}00\n`);
  b.t("From: ");
  nm(n, dr, "fl");
  b.t(" <").v(`${dr.first[0]!.toLowerCase()}${dr.last.toLowerCase().replace(/[^a-z]/g, "")}@${fromDom}`, "EMAIL").t(">\nTo: ").v(`${c.pick(["referrals", "intake", "cardiology", "records"])}@${toDom}`, "EMAIL");
  b.t("\nSubject: Referral - ");
  b.v(n.pt.last.toUpperCase(), "NAME").t(", ").v(n.pt.first, "NAME").t(" DOB ").v(c.fullDate(n.dob), "DATE");
  b.t("\nX-Direct-Final-Destination-Delivery: true\nContent-Type: multipart/mixed\n\nAttachments:\n  ");
  const last = n.pt.last.toUpperCase().replace(/[^A-Z]/g, "");
  const first = n.pt.first.toUpperCase().replace(/[^A-Z]/g, "");
  b.v(last, "NAME").t("_").v(first, "NAME").t("_").v(compact(n.dob), "DATE").t("_CCD.xml (C-CDA R2.1, 212 KB)\n  referral_").v(n.mrn.replace(/\s/g, ""), "MRN").t(".pdf\n");
  if (c.chance(0.5)) b.t("  METADATA.XML (XDM)\n");
  b.t("\n");
  b.t(`${c.pick(["Hi team", "Dear colleagues", "Good morning"])},\nPlease see `);
  nm(n, n.pt, c.pick(["fl", "f"] as const));
  b.t(` for ${c.pick(["new-onset AF with RVR", "abnormal stress test", "Barrett esophagus surveillance", "memory decline, MoCA 19/30"])}. `);
  b.t(`${c.pick(["She", "He", "They"])} can be reached at `).v(n.phone, "PHONE").t(c.pick([" (cell)", "", " — prefers text"])).t(". ");
  if (c.chance(0.5)) {
    b.t("Husband/wife ");
    nm(n, rel(n), "f");
    b.t(" handles scheduling. ");
  }
  b.t(`${c.clin()} Prior auth ${c.pick(["not required", "pending"])}.\n`);
  if (c.chance(0.4)) b.t("Video consult link if preferred: ").v(`https://visit.${c.domain()}/r/${c.hex(6)}`, "URL").nl();
  b.t("\n-- \n");
  staff(n, dr, [", MD", ", DO", ", FNP-C"]);
  b.nl();
  fac(n, c.clinic());
  b.nl();
  address(n, { line1: c.street(), city: c.city(), state: c.state(), zip: c.zip() });
  b.t("\nP ");
  ph(n);
  b.t(" | F ");
  ph(n, c.phone(), "FAX");
  b.t(" | NPI ").v(c.npi(), "LICENSE");
  b.t("\nThis message contains PHI transmitted via DirectTrust-accredited HISP.\n");
}

function vcard(n: Note9): void {
  const { b, c } = n;
  const v4 = c.chance(0.5);
  const digits = n.phone.replace(/\D/g, "").slice(-10);
  const card = (p: Person, self: boolean, relType: string) => {
    b.t(`BEGIN:VCARD\nVERSION:${v4 ? "4.0" : "3.0"}\nN:`).v(p.last, "NAME").t(";").v(p.first, "NAME").t(";");
    if (p.middle) b.v(p.middle, "NAME");
    b.t(";;\nFN:").v(p.first, "NAME").t(" ").v(p.last, "NAME").nl();
    if (self) {
      b.t("BDAY:").v(v4 ? compact(n.dob) : iso(n.dob), "DATE").nl();
      b.t(`TEL;TYPE=${v4 ? "cell,voice" : "CELL"}:`).v(c.chance(0.5) ? `+1${digits}` : n.phone, "PHONE").nl();
      b.t("EMAIL;TYPE=home:").v(n.email, "EMAIL").nl();
      b.t("ADR;TYPE=home:;");
      if (n.addr.unit) b.v(n.addr.unit, "ADDRESS");
      b.t(";").v(n.addr.line1, "ADDRESS").t(";").v(n.addr.city, "LOCATION").t(`;${n.addr.state};`).v(n.addr.zip, "ZIP").t(";USA\n");
      b.t("X-MRN:").v(n.mrn, "MRN").nl();
      if (c.chance(0.4)) b.t("URL:").v(`https://portal.${c.domain()}/u/${c.hex(8)}`, "URL").nl();
    } else {
      b.t(`TEL;TYPE=${c.pick(["CELL", "HOME", "WORK"])}:`).v(c.phone(), "PHONE").nl();
      if (c.chance(0.5)) b.t("EMAIL:").v(c.email(p), "EMAIL").nl();
      if (c.chance(0.5)) {
        b.t("ADR;TYPE=home:;;").v(c.street(), "ADDRESS").t(";").v(c.city(), "LOCATION").t(`;${c.state()};`).v(c.zip(), "ZIP").t(";USA\n");
      }
      b.t(v4 ? `RELATED;TYPE=${relType}:` : `X-ABRELATEDNAMES;type=${relType}:`).v(n.pt.first, "NAME").t(" ").v(n.pt.last, "NAME").nl();
      b.t(`NOTE:Emergency contact #${relType === "spouse" ? 1 : 2}. ${c.pick(["Has HCPOA.", "Call after 5pm.", "Lives next door.", "Speaks Spanish only."])}\n`);
    }
    b.t("REV:").v(iso(c.recent()), "DATE").t(`T${p2(c.int(0, 23))}${p2(c.int(0, 59))}00Z\nEND:VCARD\n`);
  };
  b.t(`# Portal export: patient + emergency contacts (${c.pick(["contacts.vcf", "emergency_contacts.vcf"])})\n`);
  card(n.pt, true, "");
  for (const t of c.shuffle(["spouse", "child", "friend", "sibling"]).slice(0, c.int(1, 3))) card(rel(n), false, t);
}

export const STYLES_D: Record<string, Style> = {
  "life-insurance-aps": lifeAps,
  "medwatch-3500": medwatch,
  "repatriation-case": repatriation,
  "evv-visit-log": evv,
  "direct-message-referral": directMessage,
  "vcard-contacts": vcard,
};
