/** More styles: athletic trainer injury report, school glucose log, EMS refusal, PACT Act exposure screen, jail re-entry plan, pesticide illness report. */
import { fmtDate } from "./kit";
import * as L from "./lists";
import { address, addrBlock, age, clin, hhmm, initials, isoTs, nm, other, otherOf, ph, pickAge, staff, type Style } from "./note";

const atInjuryReport: Style = (n) => {
  const { b, c, pt } = n;
  n.dob = { y: c.int(2007, 2012), m: c.int(1, 12), d: c.int(1, 28) };
  b.t(c.pick(["ATHLETIC TRAINING - INJURY REPORT\n", "Sports Medicine Injury Evaluation\n"])).v(c.school(), "FACILITY").t(` - ${c.pick(["Football", "Girls Basketball", "Wrestling", "Rodeo Club", "Cross Country", "Volleyball"])}\n`);
  b.t("Athlete: "); nm(n, pt, c.pick(["fl", "lf", "LF"] as const)); b.t(pt.nick ? ' ("' : "").v(pt.nick ?? "", "NAME").t(pt.nick ? '")' : "").t("  DOB ").v(c.fullDate(n.dob), "DATE").t(`  Grade ${c.int(7, 12)}  #${c.int(1, 99)}\n`);
  b.t("Date/time of injury: ").v(c.fullDate(c.recent()), "DATE").t(` ${hhmm(c)} at ${c.pick(["away game @ ", "practice, ", "tournament in "])}`).v(c.town(), "LOCATION").nl();
  b.t(`Mechanism: ${c.pick(["inversion, landed on opponent's foot", "heat illness, WBGT 89.6 - cold tub 12 min", "hit to R shoulder, tackle", "takedown, elbow hyperextended"])}. ${c.pick(L.EPONYMS)}; ${clin(n)}\n`);
  const par = otherOf(n, c.chance(0.6) ? "F" : "M");
  b.t("Parent notified: "); nm(n, par, c.pick(["fl", "f"] as const)); b.t(" "); ph(n, n.phone); b.t(" at ").t(hhmm(c)).nl();
  b.t("Referred to: ").v(c.facility(), "FACILITY").t(" - Dr. ").v(c.pick(L.SURNAMES), "NAME").t(`; return-to-play pending; insurance ${c.pick(["school secondary policy", "Medicaid", "Tricare"])} `).v(c.member(), "HEALTH_PLAN").nl();
  const atc = other(n);
  b.t("ATC: "); nm(n, atc, "fl"); b.t(", LAT, ATC  lic ").v(c.license(), "LICENSE").t("  ").v(`${atc.first.toLowerCase()}.${atc.last.toLowerCase().replace(/[^a-z]/g, "")}@${c.pick(["k12", "usd", "isd"])}${c.int(1, 400)}.org`, "EMAIL").nl();
};

const schoolGlucoseLog: Style = (n) => {
  const { b, c, pt } = n;
  n.dob = { y: c.int(2011, 2019), m: c.int(1, 12), d: c.int(1, 28) };
  b.t(c.pick(["Daily Diabetes Log - School Health Office\n", "STUDENT BG / INSULIN LOG\n"]));
  b.t("Student: "); nm(n, pt, c.pick(["fl", "lf"] as const)); b.t("  DOB ").v(fmtDate(n.dob, "mdy1"), "DATE").t("  School ").v(c.school(), "FACILITY").nl();
  b.t(`Pump: ${c.pick(["Omnipod 5", "Tandem t:slim X2", "MiniMed 780G"])} s/n `).v(c.serial(), "DEVICE").t(`  CGM: ${c.pick(["Dexcom G7", "Libre 3"])} (follow app shares to parent)\n`);
  b.t(`ICR 1:${c.int(8, 20)}  ISF 1:${c.int(30, 90)}  target ${c.pick(["120", "150"])}\n`);
  b.t("date | time | BG | carbs | units | by\n");
  const nurse = other(n);
  for (let i = 0; i < c.int(3, 6); i++) {
    b.v(c.partialDate(c.recent()).replace(/^(\w+) (\d+)$/, "$1 $2"), "DATE").t(` | ${hhmm(c)} | ${c.int(45, 380)} | ${c.int(0, 75)}g | ${c.int(0, 9)}.${c.int(0, 9)} | `);
    if (c.chance(0.8)) b.v(initials(nurse), "NAME"); else b.t("self");
    b.nl();
  }
  const mom = otherOf(n, "F");
  b.t("Low protocol: 15 g glucose tabs, recheck 15 min. Glucagon (Baqsimi) in office. Mom "); nm(n, mom, "f"); b.t(" cell ").v(n.phone, "PHONE").t("; endo clinic ").v(c.facility(), "FACILITY").t(" fax ").v(c.phone(), "FAX").nl();
  b.t("RN: "); staff(n, nurse, [", RN", ", BSN, RN"]); b.nl();
};

const emsRefusal: Style = (n) => {
  const { b, c, pt } = n;
  const a = pickAge(n, 0.2);
  b.t(`${c.pick(["REFUSAL OF TREATMENT AND/OR TRANSPORT", "Patient Refusal Form", "EMS RELEASE - AGAINST MEDICAL ADVICE"])}\nAgency: `).v(c.county(), "LOCATION").t(c.pick([" County EMS", " County Rescue"])).t(`  Unit ${c.pick(["Medic", "Rescue", "Amb"])} ${c.int(1, 40)}  Run #`).v(`${c.digits(2)}-${c.digits(5)}`, "ID").nl();
  b.t("Incident date: ").v(c.fullDate(c.recent()), "DATE").t(` Time: ${hhmm(c)}\nLocation: `).v(c.street(), "ADDRESS").t(", ").v(c.town(), "LOCATION").t(c.pick(["", " (ranch gate)", " (mile marker 41)"])).nl();
  b.t("Patient: "); nm(n, pt, c.pick(["LF", "fl", "lfm"] as const)); b.t("  Age "); age(n, a); b.t("  DOB ").v(c.fullDate(n.dob), "DATE").nl();
  b.t("Home: "); address(n, n.addr); b.t("  Ph ").v(n.phone, "PHONE").nl();
  b.t(`Assessment: A&Ox4, GCS 15, ${clin(n)}; BG ${c.int(60, 300)}. Risks explained incl. death; nearest ED ${c.int(20, 120)} min away.\n`);
  b.t(`Patient states: "${c.pick(["I have cattle to feed", "my wife will drive me tomorrow", "I'm not paying for another ambulance", "I just needed help up"])}"\n`);
  const w = other(n);
  b.t("Witness: "); nm(n, w, c.pick(["fl", "il"] as const)); b.t(c.pick([", Deputy", " (daughter)", " (neighbor)"])).t("   Paramedic: "); nm(n, other(n), "fl"); b.t(", NRP  lic ").v(c.license(), "LICENSE").nl();
  b.t("ePCR pushed ").v(fmtDate(c.recent(), "iso"), "DATE").t(` ${hhmm(c)}; tablet ${c.pick(["Toughbook", "iPad"])} asset `).v(c.serial(), "DEVICE").nl();
};

const pactExposureScreen: Style = (n) => {
  const { b, c, pt } = n;
  b.t(c.pick(["TOXIC EXPOSURE SCREENING (PACT Act)\n", "VA Toxic Exposure Screen - initial\n"]));
  b.t("Veteran: "); nm(n, pt, c.pick(["LF", "fl", "LFM"] as const)); b.t("  last4 ").v(c.digits(4), "SSN").t("  ICN ").v(`10${c.digits(8)}V${c.digits(6)}`, "ID").nl();
  b.t("Clinic: ").v(c.pick([`${c.town()} VA Clinic`, `${c.town()} CBOC`, `${c.pick(L.FAC_STEMS)} VA Medical Center`]), "FACILITY").t("  date ").v(c.fullDate(c.recent()), "DATE").nl();
  b.t(`1. Burn pits/airborne hazards? ${c.pick(["YES - Balad, Iraq", "YES - Bagram, Afghanistan", "NO"])}\n2. Agent Orange? ${c.pick(["YES - Thailand perimeter", "NO", "Unsure"])}\n3. Radiation? NO\n4. Contaminated water? ${c.pick(["YES - on-base water 1981-1983", "NO"])}\n5. Gulf War? ${c.pick(["YES", "NO"])}\n`);
  b.t("Service dates: ").v(c.partialDate({ y: c.int(1968, 2010), m: c.int(1, 12), d: c.int(1, 28) }), "DATE").t(" - ").v(c.partialDate({ y: c.int(1972, 2020), m: c.int(1, 12), d: c.int(1, 28) }), "DATE").nl();
  b.t(`Concerns: ${c.pick(["chronic sinusitis", "constrictive bronchiolitis", "bladder cancer hx", "none today"])}. Referred to Environmental Health Coordinator `); nm(n, other(n), "fl"); b.t(" ").v(c.phone(), "PHONE").nl();
  b.t("Airborne Hazards Registry confirmation ").v(c.id("AHOBPR-"), "ID").t(`; ${clin(n)}\n`);
  b.t("Screened by: "); staff(n, other(n), [", LPN", ", RN", ", MD"]); b.nl();
};

const reentryPlan: Style = (n) => {
  const { b, c, pt } = n;
  b.t("RE-ENTRY / RELEASE MEDICAL DISCHARGE PLAN\n").v(`${c.county()} County Detention Center`, "FACILITY").t("   Booking ").v(c.digits(8), "ID").nl();
  b.t("Name: "); nm(n, pt, c.pick(["LFM", "fl", "LF"] as const)); b.t("   DOB ").v(fmtDate(n.dob, c.pick(["mdy", "mdy1"])), "DATE").t("   Projected release ").v(c.partialDate(c.recent()), "DATE").nl();
  b.t("Release address: "); if (c.chance(0.5)) address(n, n.addr); else { b.t("shelter - "); b.v(`${c.town()} Rescue Mission`, "FACILITY"); } b.nl();
  b.t(`MOUD: ${c.pick(["buprenorphine 16 mg daily", "Sublocade 300 mg given", "naltrexone XR injection"])} - last dose `).v(c.partialDate(c.recent()), "DATE").t("; bridge Rx x14 days sent to ").v(`${c.pick(L.SURNAMES)} Family Pharmacy`, "FACILITY").t(" Rx# ").v(c.digits(7), "ID").nl();
  b.t("Community OBOT appt: ").v(c.facility(), "FACILITY").t(" with "); staff(n, other(n), [", NP", ", MD", ", PA-C"]); b.t(" on ").v(c.fullDate(c.recent()), "DATE").nl();
  b.t("Medicaid reinstated: ").v(c.medicaid(), "HEALTH_PLAN").t(`; Narcan kit x2 given; ${clin(n)}\n`);
  b.t("Ride: "); nm(n, other(n), "fl"); b.t(` (${c.pick(["sister", "sponsor", "mom", "peer navigator"])}) `); ph(n); b.nl();
  b.t("Peer recovery specialist e-mail: ").v(c.email(c.person()), "EMAIL").t("; phone for pt ").v(n.phone, "PHONE").nl();
  b.t("Plan by: "); staff(n, other(n), [", LCSW", ", RN", ", LPC"]); b.t(" ").v(fmtDate(c.recent(), "mdy1"), "DATE").nl();
};

const pesticideReport: Style = (n) => {
  const { b, c, pt } = n;
  b.t("PESTICIDE-RELATED ILLNESS REPORT (state surveillance)\n").t("Case #: ").v(c.id("PI-"), "ID").t("   Report date: "); isoTs(n); b.nl();
  b.t("Patient: "); nm(n, pt, c.pick(["fl", "lf", "LF"] as const)); b.t("  DOB ").v(c.fullDate(n.dob), "DATE").t("  Phone ").v(n.phone, "PHONE").nl();
  b.t("Address: "); addrBlock(n, n.addr, c.chance(0.3)); b.nl();
  b.t("Employer/farm: ").v(c.pick([c.employer(), `${c.pick(L.SURNAMES)} Ranch`, `${c.pick(L.SURNAMES)} Farms`]), "FACILITY").t("   County of exposure: ").v(c.county(), "LOCATION").nl();
  b.t(`Exposure: `).v(c.partialDate(c.recent()), "DATE").t(` ~${hhmm(c)}; ${c.pick(["drift from aerial application on adjacent wheat", "mixing/loading, splash to face", "re-entry before REI expired"])}; product ${c.pick(["chlorpyrifos 4E", "paraquat", "glyphosate 41%", "2,4-D amine"])}, EPA Reg. No. ${c.int(100, 99999)}-${c.int(1, 999)}.\n`);
  b.t("Applicator: "); nm(n, other(n), "fl"); b.t("  cert # ").v(c.license(), "LICENSE").t("  aircraft tail ").v(`N${c.int(100, 9999)}${c.letters(c.int(0, 2))}`, "VEHICLE").nl();
  b.t(`Symptoms: ${c.pick(["miosis, salivation, diarrhea", "eye irritation, headache", "rash to forearms"])}; ${clin(n)}; cholinesterase drawn at `).v(c.facility(), "FACILITY").nl();
  b.t("Reporter: "); staff(n, other(n)); b.t(" fax ").v(c.phone(), "FAX").nl();
};

export const STYLES_F: Record<string, Style> = {
  "at-injury-report": atInjuryReport, "school-glucose-log": schoolGlucoseLog, "ems-refusal-form": emsRefusal,
  "pact-exposure-screen": pactExposureScreen, "reentry-discharge-plan": reentryPlan, "pesticide-illness-report": pesticideReport,
};
