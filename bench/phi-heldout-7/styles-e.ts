/**
 * Reports and logs around a visit: an animal-bite report to animal control (the animal's name is not PHI), a
 * belongings inventory, a reportable-disease case report with household contacts, a lab specimen-rejection
 * notice with mismatched identifiers, a controlled-substance agreement and a billing-office phone note.
 */
import { type Person } from "./kit";
import { address, age, df, dt, nm, other, ph, ptName, staff, v, wrapAt, type Note, type Style } from "./note";
import { PETS } from "./styles-c";

function animalBite(n: Note): void {
  const { b, c } = n;
  const county = c.county();
  b.t(`${c.pick(["ANIMAL BITE REPORT", "Report of Animal Bite / Rabies Exposure", "Animal Exposure Report"])} — to `); v(n, county, "LOCATION"); b.t(" Animal Services").nl();
  b.t("Case #: "); v(n, `AB-${c.int(24, 26)}-${c.digits(5)}`, "ID"); b.t("   Reported: "); df(n, c.recent(), c.pick(["mdy", "mdy1"] as const)); b.t(` ${c.time()}`).nl();
  b.t("VICTIM").nl().t("  Name: "); ptName(n, ["fl", "lf"]); b.t("   DOB: "); df(n, n.dob, "mdy"); b.nl();
  b.t("  Address: "); address(n, n.addr); b.t("   Phone: "); v(n, n.phone, "PHONE"); b.nl();
  b.t("  Date of bite: "); df(n, c.recent(), c.pick(["mdy", "abbr", "long"] as const)); b.t(`   Site: ${c.pick(["R hand, 2 punctures", "L calf, laceration 3 cm", "face (cheek), superficial", "R forearm, Level 3 Dunbar"])}`).nl();
  b.t("  Where: ");
  if (c.chance(0.5)) { b.t("victim's yard"); } else { b.t(c.pick(["dog park on ", "sidewalk on ", "trailhead off "])); v(n, c.road(), "ADDRESS"); b.t(", "); v(n, c.city(), "LOCATION"); }
  b.nl();
  const pet = c.pick(PETS);
  const species = c.pick(["dog", "dog", "cat", "bat (no animal available)", "raccoon"]);
  b.t("ANIMAL").nl().t(`  Species: ${species}`);
  if (species === "dog" || species === "cat") {
    b.t(`   Name: ${pet}   Breed: ${c.pick(["pit mix", "shepherd mix", "chihuahua", "DSH", "heeler"])}   Rabies vacc: ${c.pick(["current (3-yr, 2024)", "unknown", "expired 2023"])}   Tag #`); v(n, `${c.int(2024, 2026)}-${c.digits(4)}`, "ID"); b.nl();
    const own = other(n);
    b.t("  Owner: "); nm(n, own, "fl"); b.t("   Owner address: ");
    if (c.chance(0.5)) b.t("same as victim"); else address(n, { line1: c.street(), city: c.city(), state: n.addr.state, zip: c.zip() });
    b.t("   Owner phone: "); ph(n); b.nl();
    b.t(`  Plan: 10-day home observation of ${pet}${c.pick(["", " by owner", "; owner agrees"])}.`).nl();
  } else b.t("   Not captured. Exposure assessed as high risk.").nl();
  b.t(`TREATMENT: wound irrigation; ${c.pick(["Tdap given", "Td up to date"])}; ${c.pick(["amox-clav 875 mg BID x5d", "no abx"])}; rabies PEP ${c.pick(["started: HRIG 20 IU/kg + vaccine day 0 (days 3, 7, 14 scheduled)", "not indicated if animal healthy at 10 days"])}`).nl();
  b.t("Reporting clinician: "); staff(n, other(n), [", MD", ", PA-C", ", NP", ", RN"]); b.t(", "); v(n, c.clinic(), "FACILITY"); b.t("  "); ph(n); b.t("  fax "); ph(n, c.phone(), "FAX"); b.nl();
}

function belongings(n: Note): void {
  const { b, c } = n;
  b.t(c.pick(["PATIENT BELONGINGS / VALUABLES INVENTORY", "Belongings Inventory (ED → Inpatient)", "Valuables Envelope Log"])).t("  Envelope #"); v(n, c.digits(6), "ID"); b.nl();
  b.t("Patient: "); ptName(n, ["LF", "lf", "fl"]); b.t("   MRN: "); v(n, n.mrn, "MRN"); b.t("   Date: "); df(n, c.recent(), c.pick(["mdy", "mdyy"] as const)); b.t(` ${c.time()}`).nl();
  const items: (() => void)[] = [
    () => { b.t(`Wallet (brown leather): ${n.addr.state} driver's license #`); v(n, c.dl(), "LICENSE"); b.t(", Medicare card "); v(n, c.mbi(), "HEALTH_PLAN"); b.t(`, cash $${c.int(0, 180)}.${c.pick(["00", "25", "50"])}`); },
    () => { b.t(`${c.pick(["Visa", "debit", "Discover"])} card ending `); v(n, c.digits(4), "ACCOUNT"); b.t(`; ${c.payer()} card member `); v(n, c.member(), "HEALTH_PLAN"); },
    () => { b.t(`Cell phone ${c.pick(["iPhone 13, cracked screen", "Samsung Galaxy A15", "flip phone (TracFone)"])}, IMEI `); v(n, c.imei(), "DEVICE"); b.t(c.pick([", charger", ", no charger", ""])); },
    () => { b.t("Hearing aids L/R — serials "); v(n, c.serial(), "DEVICE"); b.t(" / "); v(n, c.serial(), "DEVICE"); b.t(" — in case"); },
    () => { b.t(`Car keys (${c.pick(["Ford", "Honda", "Chevy"])}); vehicle left in ${c.pick(["ED lot B", "visitor garage L2", "tow lot"])}, plate `); v(n, c.plate(), "VEHICLE"); },
    () => { b.t(`Dentures ${c.pick(["upper", "upper + lower partial"])} in labeled cup; glasses; ${c.pick(["cane", "walker", "rosary", "wedding ring (yellow metal) on patient"])}`); },
    () => { b.t(`Medications from home: ${c.drug()}, ${c.drug()} — sent to pharmacy`); },
    () => { b.t("Checkbook, acct "); v(n, c.digits(c.int(8, 12)), "ACCOUNT"); b.t(` (${c.pick(["Greer County Bank", "credit union", "First Bexley Bank"])})`); },
  ];
  const order = c.shuffle([...items.keys()]).slice(0, c.int(4, 6));
  order.forEach((i, k) => { b.t(`${k + 1}. `); items[i]!(); b.nl(); });
  b.t(`Clothing: ${c.pick(["jeans, flannel shirt, boots", "cut off in trauma bay, discarded", "nightgown, slippers"])}`).nl();
  b.t("Witnessed by: "); nm(n, other(n), c.pick(["fl", "il"] as const)); b.t(" RN and "); nm(n, other(n), c.pick(["fl", "il"] as const)); b.t(c.pick([" (security)", " PCT", " RN"])).nl();
  if (c.chance(0.6)) {
    const r = other(n);
    b.t("Released to: "); nm(n, r, "fl"); b.t(` (${c.pick(["wife", "husband", "son", "daughter", "friend"])}) on `); dt(n, c.recent(), c.chance(0.4)); b.t(" — ID checked: DL "); v(n, c.dl(), "LICENSE"); b.nl();
  }
}

function reportable(n: Note): void {
  const { b, c } = n;
  const county = c.county();
  const disease = c.pick(["Pertussis", "Salmonellosis", "Hepatitis A", "Measles (suspect)", "Lyme disease", "Legionellosis", "Varicella"]);
  b.t("CONFIDENTIAL MORBIDITY REPORT — "); v(n, county, "LOCATION"); b.t(" Health Department, Epidemiology").nl();
  b.t(`Disease: ${disease}   (CDC ${c.pick(["2020", "2022", "2017"])} case definition)   Case ID: `); v(n, `${c.letters(2)}${c.int(24, 26)}-${c.digits(6)}`, "ID"); b.nl();
  b.t("Patient: "); ptName(n, ["LF", "lf", "fl"]); b.t("   DOB: "); df(n, n.dob, c.pick(["mdy", "mdy1"] as const)); b.t(`   Sex: ${c.pick(["F", "M"])}   Race/Eth: ${c.pick(["Hispanic", "Black", "White", "Asian", "AI/AN", "unk"])}`).nl();
  b.t("Address: "); address(n, n.addr); b.t("   Phone: "); v(n, n.phone, "PHONE"); b.nl();
  b.t("Onset: "); df(n, c.recent(), c.pick(["mdy", "md", "monthd"] as const)); b.t("   Specimen collected: "); df(n, c.recent(), c.pick(["mdy", "md"] as const));
  b.t(`   Result: ${c.pick(["PCR positive", "culture: Salmonella Typhimurium", "IgM reactive", "urine antigen positive"])} (${c.lab()})`).nl();
  b.t("Occupation / school / daycare: ");
  if (c.chance(0.7)) v(n, c.chance(0.5) ? c.employer() : `${c.pick(["Little Sprouts", "Tamarack", "Sunny Days", "Kestrel Ridge"])} ${c.pick(["Child Care", "Elementary", "Montessori", "Middle School"])}`, "FACILITY");
  else b.t("retired");
  b.nl();
  b.t("Hospitalized: "); if (c.chance(0.4)) { b.t("yes, "); v(n, c.hospital(), "FACILITY"); b.t(" admitted "); dt(n, c.recent(), true); } else b.t("no"); b.nl();
  b.t("Household / close contacts:").nl().t("  name | age | relation | prophylaxis").nl();
  for (let i = 0; i < c.int(1, 4); i++) {
    const p: Person = other(n);
    const a = c.chance(0.15) ? c.oldAge() : c.int(1, 70);
    b.t("  "); nm(n, p, c.pick(["fl", "f"] as const)); b.t(" | "); age(n, a); b.t(` | ${c.pick(["mother", "brother", "grandmother", "classmate", "partner", "roommate"])} | ${c.pick(["azithromycin 5d", "IG given", "none (immune)", "monitoring"])}`).nl();
  }
  b.t(`Travel in the incubation period: ${c.pick(["none", "Oaxaca, Mexico", "camping at a state park", "cruise (Caribbean)"])}`).nl();
  b.t("Reported by: "); staff(n, other(n), [", MD", ", RN, infection preventionist", ", NP"]); b.t(", "); ph(n); b.t("  Date: "); df(n, c.recent(), "mdy"); b.nl();
}

function specimenReject(n: Note): void {
  const { b, c } = n;
  const misspell = (s: string) => (s.length > 3 ? (c.chance(0.5) ? s.slice(0, -1) + s.slice(-1).repeat(2) : s.slice(0, 2) + s[3] + s[2] + s.slice(4)) : s + "e");
  const inHouse = c.chance(0.5);
  b.t("SPECIMEN REJECTION NOTICE — "); if (inHouse) { v(n, c.hospital(), "FACILITY"); b.t(" Laboratory"); } else b.t(c.lab()); b.nl();
  b.t("Received: "); df(n, c.recent(), c.pick(["mdy", "DMONY"] as const)); b.t(` ${c.time()}   Accession: `); v(n, `${c.pick(["L", "C", "26"])}${c.digits(7)}`, "ID"); b.nl();
  b.t(`Reason: ${c.pick(["identifiers on tube do not match requisition", "unlabeled tube", "hemolyzed, K 7.9", "QNS", "received > 8 h after collection, unspun"])}`).nl();
  b.t("Tube label: "); compName(n, n.pt); b.t("  DOB "); df(n, n.dob, "mdy"); b.nl();
  b.t("Requisition: ");
  const bad = { ...n.pt, first: misspell(n.pt.first) };
  if (c.chance(0.5)) { compName(n, bad); b.t("  DOB "); df(n, { ...n.dob, d: n.dob.d === 28 ? 27 : n.dob.d + 1 }, "mdy"); }
  else { compName(n, n.pt); b.t("  DOB "); df(n, n.dob, "mdy"); }
  b.t("  MRN "); v(n, n.mrn, "MRN"); b.nl();
  b.t(`Tests: ${c.pick(["BMP, Mg", "CBC w diff", "PT/INR", "lipid panel, A1c", "type & screen"])}   Collected by: `); v(n, c.letters(c.int(2, 3)), "NAME"); b.t(` (${c.pick(["phlebotomy", "RN", "MA"])})`).nl();
  b.t("Action: recollect requested; called "); nm(n, other(n), c.pick(["fl", "f"] as const)); b.t(` ${c.pick(["RN", "MA", "LPN"])} at `); ph(n); b.t(" on "); dt(n, c.recent(), true); b.t(` at ${c.time()}, read-back done.`).nl();
  b.t("Ordering: "); staff(n, other(n)); b.t(", "); v(n, c.clinic(), "FACILITY"); b.nl();
  b.t(`Lab tech: `); nm(n, other(n), "il"); b.t(`, MLS(ASCP)   CAP # ${c.digits(7)}   CLIA ${c.digits(2)}D${c.digits(7)}`).nl();
}

function compName(n: Note, p: Person): void {
  n.b.v(p.last.toUpperCase(), "NAME").t(", ").v(p.first.toUpperCase(), "NAME");
}

function opioidAgreement(n: Note): void {
  const { b, c } = n;
  const indep = c.chance(0.5);
  b.t(c.pick(["CONTROLLED SUBSTANCE TREATMENT AGREEMENT", "Opioid Treatment Agreement & Informed Consent", "Patient-Provider Agreement: Long-term Opioid Therapy"])).nl();
  b.t("Clinic: "); v(n, c.clinic(), "FACILITY"); b.nl(2);
  const sav = b.noise; b.noise = wrapAt(b, 92);
  b.t("I, "); ptName(n, ["fl", "fml"]); b.t(", born "); df(n, n.dob, c.pick(["mdy", "long"] as const));
  b.t(`, agree to the following while taking ${c.pick(["oxycodone 5 mg q6h prn", "hydrocodone-APAP 10/325 TID", "buprenorphine patch 10 mcg/h", "tramadol 50 mg BID"])}: `);
  b.t("I will get these medicines only from "); staff(n, other(n), [", MD", ", DO", ", NP"]); b.t(" (DEA "); v(n, c.dea(), "LICENSE"); b.t(") or a covering partner. ");
  b.t("I will fill them at one pharmacy only: ");
  if (indep) { v(n, `${c.pick(["Bexley", "Pelham Ford", "Hartsgrove", "Vireo"])} ${c.pick(["Pharmacy", "Drug", "Apothecary"])}`, "FACILITY"); b.t(", "); v(n, c.street(), "ADDRESS"); b.t(", "); v(n, c.city(), "LOCATION"); }
  else b.t(`${c.chain()} store #${c.int(1000, 19999)}`);
  b.t(", phone "); ph(n); b.t(". I agree to random urine drug screens and pill counts, and I know the state PDMP will be checked. ");
  b.t(`I will keep naloxone (Narcan 4 mg) at home and my ${c.pick(["wife", "husband", "daughter", "roommate", "son"])} `); const h = other(n); nm(n, h, c.pick(["fl", "f"] as const));
  b.t(" knows how to use it. Early refills will not be given for lost or stolen medicine. My pain goal is to walk 20 minutes and return to work at ");
  if (c.chance(0.5)) v(n, c.employer(), "FACILITY"); else b.t("my job");
  b.t(".");
  b.noise = sav; b.nl(2);
  b.t("PDMP reviewed "); df(n, c.recent(), "mdy"); b.t(` — report #`); v(n, c.digits(9), "ID"); b.t(`; MME ${c.int(15, 90)}/day; UDS ${c.pick(["consistent", "positive for THC (discussed)", "pending"])}`).nl();
  b.t("Patient signature: ______   Date "); df(n, c.recent(), c.pick(["mdy1", "mdy"] as const)); b.nl();
  b.t("Witness: "); nm(n, other(n), "fl"); b.t(c.pick([", CMA", ", RN", ", LPN"])).t("   Provider: "); staff(n, other(n), [", MD", ", DO"]); b.nl();
}

function billingCall(n: Note): void {
  const { b, c } = n;
  const guar: Person = c.chance(0.5) ? n.pt : other(n);
  b.t(`${c.pick(["Billing phone note", "PATIENT ACCOUNTS — call log", "Business office contact"])}   `); df(n, c.recent(), c.pick(["mdy", "mdy1"] as const)); b.t(` ${c.time()}   by `); nm(n, other(n), c.pick(["f", "fl"] as const)); b.nl();
  b.t("Acct #: "); v(n, c.account(), "ACCOUNT"); b.t("   Pt: "); nm(n, n.pt, c.pick(["lf", "LF"] as const)); b.t("   DOB "); df(n, n.dob, "mdy"); b.nl();
  b.t("Caller: "); if (guar === n.pt) b.t("patient (guarantor)"); else { nm(n, guar, "fl"); b.t(` (${c.pick(["husband", "wife", "mother", "father"])}, guarantor)`); }
  b.t("; verified DOB and address ("); v(n, n.addr.line1, "ADDRESS"); b.t(").").nl();
  b.t(`Re: statement dated `); dt(n, c.recent(), c.chance(0.3)); b.t(`, balance $${c.int(40, 2400)}.${c.digits(2)} after ${c.payer()} paid; DOS `); df(n, c.recent(), "mdy"); b.t(".").nl();
  b.t(`Caller ${c.pick(["disputes the facility fee", "says secondary was never billed", "asks for itemized bill", "lost job, asks for payment plan"])}. `);
  if (c.chance(0.5)) { b.t("Secondary: Medicaid "); v(n, c.medicaid(), "HEALTH_PLAN"); b.t(" — rebilled. "); }
  else { b.t(`${c.payer()} member `); v(n, c.member(), "HEALTH_PLAN"); b.t(" subscriber "); nm(n, guar, "fl"); b.t(". "); }
  b.nl();
  b.t(`Payment: $${c.int(25, 300)}.00 by card ending `); v(n, c.digits(4), "ACCOUNT"); b.t(", confirmation "); v(n, `${c.letters(2)}${c.digits(8)}`, "ID");
  b.t(c.pick(["; receipt e-mailed to ", "; receipt to "])); v(n, c.email(guar), "EMAIL"); b.t(".").nl();
  b.t(`Plan: $${c.pick([25, 50, 75, 100])}/mo starting `); dt(n, c.recent(), true); b.t(`; hold from collections 60 days. Financial assistance app mailed (household of ${c.int(1, 6)}).`).nl();
  if (c.chance(0.4)) { b.t("Call back at "); ph(n); b.t(" after 5 pm."); b.nl(); }
}

export const STYLES_E: Record<string, Style> = {
  "animal-bite-report": animalBite,
  "belongings-inventory": belongings,
  "reportable-disease": reportable,
  "specimen-reject": specimenReject,
  "opioid-agreement": opioidAgreement,
  "billing-call-note": billingCall,
};

