/**
 * Eighth held-out corpus, styles A: poison-centre call record, telepsychiatry note with a location check, MDS 3.0
 * excerpt, research-consent note, allergen-immunotherapy injection log, self check-in kiosk summary.
 */
import { address, age, box, dob, initials, nm, ph, pickAge, pn, rel, staff, type Style } from "./note";

const poisonControl: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.12);
  const caller = rel(n);
  b.t(c.pick(["REGIONAL POISON CENTER — CASE RECORD", "Poison Center Call Record", "POISON CONTROL EXPOSURE CASE"])).nl();
  b.t("Case #: ").v(`${c.pick(["PC", "PCC", ""])}${String(n.c.recent().y).slice(2)}-${c.digits(7)}`, "ID").t("   Received: ").v(c.fullDate(c.recent()), "DATE").t(` ${c.time()}`).nl();
  b.t("Caller: ");
  if (c.chance(0.25)) { b.t("self ("); nm(n, n.pt, "fl"); b.t(")"); } else { pn(n, caller.p, ["fl", "f", "lf"]); b.t(` (${caller.r})`); }
  b.t("   Callback: "); ph(n, n.phone); b.nl();
  b.t("Patient: "); pn(n, n.pt); b.t(", age "); age(n, a); b.t(a < 3 ? ` (wt ${c.int(8, 16)} kg)` : "").nl();
  b.t("Exposure site: ").t(c.pick(["own residence", "grandparent's home", "other residence", "workplace"])).t(", ").v(c.city(), "LOCATION").t(", ").v(c.county(), "LOCATION").nl();
  const drug = c.drug();
  b.t(`Substance: ${drug} ${c.pick(["5", "10", "25", "50", "100", "500"])} mg tabs, est. ${c.int(2, 30)} tabs; also ${c.pick(["laundry detergent pod", "nicotine e-liquid 18 mg/mL", "lamp oil", "melatonin gummies", "button battery", "isopropyl alcohol 70%"])}`).nl();
  b.t(`Reason: ${c.pick(["unintentional - general", "therapeutic error (double dose)", "intentional - suspected suicidal", "unintentional - misuse"])}. Route: ingestion. Time since exposure ~${c.int(10, 240)} min.`).nl();
  b.t(`Sx: ${c.pick(["none at time of call", "vomited x1", "drowsy, arousable", "HR 124 per caller"])}. ${c.clin()}`).nl();
  b.t("Recommendation: ");
  if (c.chance(0.5)) b.t("observe at home, call back if symptoms. ");
  else { b.t("refer to "); b.v(c.hospital(), "FACILITY").t(" ED; called report to charge RN "); nm(n, c.person(), c.pick(["fl", "f"])); b.t(". "); }
  b.t("Poison Help line 1-800-222-1222 given. Tox consult per protocol (acetaminophen nomogram N/A).").nl();
  b.t("Follow-up call ").v(c.partialDate(c.recent()), "DATE").t(` @ ${c.time()}: ${c.pick(["asymptomatic, case closed", "no answer, LVM", "pt admitted to PICU", "improved, discharged from ED"])}.`).nl();
  b.t("SPI: "); nm(n, c.person(), "fl"); b.t(c.pick([", RN, CSPI", ", PharmD, CSPI", " CSPI"])).t("   Med tox: Dr. "); nm(n, c.person(), "l"); b.nl();
};

const telepsych: Style = (n) => {
  const { b, c } = n;
  const ec = rel(n);
  b.t("Telepsychiatry Follow-up — ").v(c.clinic(), "FACILITY").nl();
  b.t(`Modality: synchronous audio-video (${c.pick(["Doxy.me", "Zoom for Healthcare", "Microsoft Teams", "Epic Hello World"])}). Link: `).v(c.url("video"), "URL").nl();
  b.t("Identity verified by full name and DOB (").v(c.fullDate(n.dob), "DATE").t(").").nl();
  b.t("Patient location during visit: ");
  const r = c.int(0, 2);
  if (r === 0) { b.t("home, "); address(n, n.addr); }
  else if (r === 1) { b.t("parked car outside "); b.v(c.employer(), "FACILITY").t(" in ").v(c.city(), "LOCATION"); }
  else { b.t("a relative's home at "); b.v(c.street(), "ADDRESS").t(", ").v(c.city(), "LOCATION").t(`, ${c.state()}`); }
  b.t(` (state confirmed for licensure)`).nl();
  b.t("Emergency contact reachable: "); pn(n, ec.p, ["fl", "fml"]); b.t(` (${ec.r}) `); ph(n); b.nl();
  b.t("Provider location: clinic office, ").v(c.city(), "LOCATION").t(". Nearest ED: ").v(c.hospital(), "FACILITY").t(". Crisis line 988 reviewed.").nl();
  b.t(`Interval: ${c.pick(["sleep better on", "more anxious since starting", "stopped", "tolerating"])} ${c.drug()}; ${c.score()}; ${c.score()}. Denies SI/HI. Started new job ${c.pick(["in", "at"])} `).v(c.employer(), "FACILITY").t(` in ${c.year()}.`).nl();
  b.t("PDMP reviewed, report #").v(c.digits(9), "ID").t(". ");
  if (c.chance(0.4)) b.t("Platform log: patient device IP ").v(c.chance(0.8) ? c.ipv4() : c.ipv6(), "IP").t(". ");
  b.t("RTC ").v(c.partialDate(c.recent()), "DATE").t(" (video).").nl();
  staff(n, c.person(), [", MD", ", DO", ", PMHNP-BC"]); b.t(`  — licensed in ${c.state()}, lic. `).v(c.licence(c.pick(["", "MD.", "APRN"])), "LICENSE").nl();
};

const mds: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.45);
  b.t(`MDS 3.0 ${c.pick(["Admission (5-Day)", "Quarterly", "Significant Change", "Annual"])} Assessment — `).v(c.ltc(), "FACILITY").t(`   CCN ${c.digits(6)}`).nl();
  b.t("Section A  Identification Information").nl();
  b.t("A0500. Legal Name of Resident  A. First name: ").v(n.pt.first, "NAME").t("  B. Middle initial: ");
  if (n.pt.middle) b.v(n.pt.middle[0]!, "NAME"); else b.t("-");
  b.t("  C. Last name: ").v(n.pt.last, "NAME").t("  D. Suffix: ").nl();
  b.t(`A0600. A. Social Security Number: `).v(c.ssn(), "SSN").t("   B. Medicare number: ").v(c.mbi(), "HEALTH_PLAN").nl();
  b.t("A0700. Medicaid Number: ");
  if (c.chance(0.6)) b.v(c.medicaid(), "HEALTH_PLAN"); else b.t(c.pick(["+", "N"]));
  b.nl().t(`A0800. Gender: ${c.int(1, 2)}   A0900. Birth Date: `).v(c.chance(0.5) ? `${String(n.dob.m).padStart(2, "0")}-${String(n.dob.d).padStart(2, "0")}-${n.dob.y}` : c.fullDate(n.dob), "DATE").t("   (age ");
  age(n, a); b.t(")").nl();
  b.t("A1600. Entry Date: ").v(c.fullDate(c.recent()), "DATE").t(`   A1700. Type of Entry: 1. Admission`).nl();
  b.t(`A1800. Entered From: 03. Hospital (`).v(c.hospital(), "FACILITY").t(")").nl();
  b.t(`A1300. B. Room number: ${c.int(100, 340)}   C. Name by which resident prefers to be addressed: `).v(n.pt.nick ?? n.pt.first, "NAME").nl();
  b.t(`C0500. BIMS Summary Score: ${c.int(0, 15)}   D0160. Total Severity Score (PHQ-2 to 9): ${c.int(0, 27)}   J1800 Falls since admission: ${c.int(0, 2)}`).nl();
  b.t(`GG0130A Eating: 0${c.int(1, 6)}   GG0170I Walk 10 feet: 0${c.int(1, 6)}   I0020 Primary medical condition: ${c.icd()}`).nl();
  b.t("Z0400. Signature of persons completing: "); nm(n, c.person(), "fl"); b.t(c.pick([", RN, RAC-CT", ", LPN", ", MDS Coordinator"])).t("  Sections A, C, GG  Date ").v(c.fullDate(c.recent()), "DATE").nl();
  b.t("Z0500. B. Date RN Assessment Coordinator signed: ").v(c.fullDate(c.recent()), "DATE").nl();
};

const researchConsent: Style = (n) => {
  const { b, c } = n;
  const coord = c.person();
  b.t("RESEARCH CONSENT DOCUMENTATION").nl();
  b.t(`Study: ${c.pick(["SURMOUNT-OSA extension", "Home BP Telemonitoring in Rural Clinics", "CGM in Type 2 Diabetes (pragmatic)", "Deprescribing in Long-Term Care", "Low-dose CT outreach"])}   IRB #${c.int(2019, 2026)}-0${c.digits(3)}   NCT0${c.digits(7)}`).nl();
  b.t("Participant: "); pn(n, n.pt); b.t("   MRN ").v(n.mrn, "MRN").t("   Study ID: ").v(`${c.pick(["SITE", "S", "RC"])}${c.digits(2)}-${c.digits(4)}`, "ID").nl();
  b.t(`Consent form version ${c.int(1, 6)}.${c.int(0, 9)}, version date ${c.pick(["01/15/2026", "09/30/2025", "03/12/2025", "11/04/2025"])} (IRB-approved).`).nl();
  b.t("Consent obtained ").v(c.fullDate(c.recent()), "DATE").t(` at ${c.time()} in ${c.room()}, before any study procedures.`).nl();
  if (c.chance(0.35)) {
    const lar = rel(n);
    b.t("Participant lacks capacity (MoCA ").t(`${c.int(8, 17)}/30`).t("); consent signed by LAR "); pn(n, lar.p, ["fl", "fml"]); b.t(` (${lar.r}, HCPOA on file).`).nl();
  }
  if (c.chance(0.4)) {
    b.t(`${c.pick(["Spanish", "Vietnamese", "Arabic", "Somali", "Haitian Creole"])} short form used; interpreter `); nm(n, c.person(), "fl"); b.t(" (ID ").v(c.digits(6), "ID").t("); witness "); nm(n, c.person(), "fl"); b.t(".").nl();
  }
  b.t("Risks, benefits, alternatives and voluntariness discussed; teach-back done; HIPAA authorization signed. Copy given.").nl();
  b.t("Person obtaining consent: "); nm(n, coord, "fl"); b.t(c.pick([", CCRC", ", BSN, CCRP", ", MPH"])).t("  ").v(c.email(coord), "EMAIL").t("  ");
  ph(n); b.nl();
  b.t("Participant contact for visit reminders: "); b.v(n.email, "EMAIL").nl();
};

const immunotherapy: Style = (n) => {
  const { b, c } = n;
  const nurse = c.person();
  const nurse2 = c.person();
  b.t("ALLERGEN IMMUNOTHERAPY INJECTION RECORD — ").v(c.clinic(), "FACILITY").nl();
  b.t("Patient: "); nm(n, n.pt, c.pick(["LF", "lf"])); b.t("   DOB "); dob(n); b.t("   Chart # ").v(n.mrn, "MRN").nl();
  b.t(`Vial A: Oak, Birch, Timothy, Johnson, Bahia, Kochia   Vial B: D. farinae, D. pteronyssinus, Cat, Dog, German cockroach   Mix ${c.lot()}`).nl();
  b.t(`Maintenance vial exp ${c.pick(["09/2026", "12/2026", "03/2027"])}. Build-up: 1:1000 → 1:100 → 1:10 → 1:1 v/v.`).nl();
  b.t("Date      | Vial | Dilution | mL   | Arm | Wheal mm | By").nl();
  const dils = ["1:100", "1:10", "1:10", "1:1", "1:1"];
  for (let i = 0; i < c.int(3, 5); i++) {
    b.v(c.chance(0.5) ? c.partialDate(c.recent()) : c.fullDate(c.recent()), "DATE").t(` | ${c.pick(["A", "B"])}    | ${c.pick(dils)}     | 0.${c.pick(["05", "10", "20", "30", "40", "50"])} | ${c.pick(["L", "R"])}   | ${c.int(0, 25)}       | `);
    initials(n, c.chance(0.5) ? nurse : nurse2); b.nl();
  }
  b.t(`Peak flow ${c.int(250, 600)} pre-injection. Observed 30 min. ${c.pick(["No reaction.", "Large local reaction; hold dose.", "Mild pruritus, cetirizine given."])} EpiPen on person: ${c.pick(["Y", "N"])}.`).nl();
  b.t("Initials: "); initials(n, nurse); b.t(" = "); nm(n, nurse, "fl"); b.t(", LPN; "); initials(n, nurse2); b.t(" = "); nm(n, nurse2, "fl"); b.t(", RN").nl();
  b.t("Prescribing allergist: Dr. "); nm(n, c.person(), "l"); b.t(`. CPT 95117 x1, 95165 x${c.int(1, 30)}.`).nl();
};

const kiosk: Style = (n) => {
  const { b, c } = n;
  const r = rel(n);
  b.t(`SELF CHECK-IN SUMMARY — Kiosk K-${String(c.int(1, 12)).padStart(2, "0")} — `).v(c.clinic(), "FACILITY").t(" (").v(c.city(), "LOCATION").t(" location)").nl();
  b.t("Checked in: ").v(c.fullDate(c.recent()), "DATE").t(` ${c.time()}`).nl();
  b.t("Name entered: "); nm(n, n.pt, c.pick(["FL", "lc", "fl"])); b.nl();
  b.t("DOB entered: "); dob(n); b.nl();
  b.t("Photo ID: driver license ").v(c.dl(), "LICENSE").t(`  (${c.state()})  face-match ${c.int(80, 99)}% template `).v(`FT-${c.hex(10).toUpperCase()}`, "BIOMETRIC").nl();
  b.t(`Insurance card scanned: ${c.payer()} member `).v(c.member(), "HEALTH_PLAN").t(" group ").v(c.group(), "HEALTH_PLAN").nl();
  b.t(`Copay $${c.pick(["25", "30", "40", "50"])}.00 paid, card ending `).v(c.digits(4), "ACCOUNT").t(", auth ").v(c.digits(6), "ID").nl();
  b.t("Reason for visit (typed): ").t(c.pick(["bp check", "cough 2 wks", "need refill", "follow up labs", "rash on arm"])).t(` my ${r.r} `);
  nm(n, r.p, c.pick(["lc", "f"])); b.t(c.pick([" said to come in", " is driving me", " has the same thing"])).nl();
  b.t("Text updates to: "); ph(n, n.phone); b.t("   Email: ").v(n.email, "EMAIL").nl();
  b.t("Preferred pharmacy: ");
  if (c.chance(0.5)) { b.v(c.pharmacy(), "FACILITY").t(", ").v(c.street(), "ADDRESS"); } else b.t(`${c.chain()}, ${c.pick(["Hwy 65", "Main St", "the mall"])}`);
  b.nl();
  b.t(`Screeners: PHQ-2 = ${c.int(0, 6)}; falls in past year: ${c.pick(["no", "yes x1"])}; travel: none.  ${box(n, true)} consent to treat  ${box(n, c.chance(0.5))} portal invite`).nl();
  if (c.chance(0.5)) { b.t("Parking validated for plate ").v(c.plate(), "VEHICLE").nl(); }
  b.t("Session ").v(c.hex(12), "ID").t(" from ").v(c.ipv4(), "IP").t(". Checked by front desk "); nm(n, c.person(), c.pick(["f", "fl"])); b.nl();
  b.t("Last visit ").v(c.partialDate(c.recent()), "DATE").t(`; next recall ${c.pick(["annual", "6 mo"])}.`).nl();
};

export const STYLES_A: Record<string, Style> = {
  "poison-control-call": poisonControl,
  "telepsych-location": telepsych,
  "mds-excerpt": mds,
  "research-consent-note": researchConsent,
  "immunotherapy-shot-log": immunotherapy,
  "kiosk-checkin": kiosk,
};

