/**
 * Ninth held-out corpus, styles C: procedures and devices (hyperbaric treatment log, ECT record, LVAD clinic
 * check, air-medical transport record, prosthetic delivery note, midwife home-birth record).
 */
import { p2 } from "./kit";
import { address, age, dob, dt, fac, initials, nm, other, ph, pickAge, plus, rel, staff, type Note9, type Style } from "./note";

function hyperbaric(n: Note9): void {
  const { b, c } = n;
  const a = pickAge(n, 0.15);
  b.t("HYPERBARIC OXYGEN THERAPY — TREATMENT LOG\n");
  fac(n, c.hospital());
  b.t(` Wound & Hyperbaric Center   Chamber ${c.int(1, 4)}: ${c.pick(["Sechrist 3300H", "Perry Sigma 40", "ETC BaroMed"])} S/N `).v(c.serial(), "DEVICE");
  b.t("\nPatient: ");
  nm(n, n.pt, c.pick(["LF", "lf", "fl"] as const));
  b.t("  DOB ");
  dob(n);
  b.t("  Age ");
  age(n, a);
  b.t("  MRN ").v(n.mrn, "MRN");
  b.t(`\nIndication: ${c.pick(["diabetic foot ulcer, Wagner grade 3 (L97.412)", "delayed radiation injury, mandible (L59.8)", "compromised flap", "chronic refractory osteomyelitis"])}. Protocol: ${c.pick(["2.0", "2.4", "2.5"])} ATA x 90 min, two 5-min air breaks. Planned ${c.pick(["40", "30", "60"])} treatments.\n`);
  b.t("Supervising physician: ");
  staff(n, other(n), [", MD, UHM", ", DO", ", MD"]);
  b.t("\n\nTx#  Date        Pre-BG  TEED L/R  Tech  Notes\n");
  const techs = [other(n), other(n)];
  let d = c.recent();
  for (let i = 0; i < c.int(3, 6); i++) {
    const k = c.int(1, 39);
    b.t(`${String(k).padStart(2, " ")}   `);
    dt(n, d, c.chance(0.5));
    b.t(`   ${c.int(110, 290)}     ${c.int(0, 2)}/${c.int(0, 2)}       `);
    const t = c.pick(techs);
    if (c.chance(0.6)) b.v(initials(t), "NAME");
    else b.v(t.last, "NAME");
    b.t(`   ${c.pick(["tolerated", "ear pain, descent slowed", "claustrophobia — 0.5 mg lorazepam", "glucose 104 pre, juice given", "held: URI"])}\n`);
    d = plus(d, c.int(1, 3));
  }
  b.t(`\nSafety: grounding strap checked; 100% cotton gown; no ${c.pick(["hand warmers", "nicotine patch", "hearing aids", "fentanyl patch"])} in chamber. `);
  if (c.chance(0.5)) {
    b.t("Transport home by ");
    nm(n, rel(n), "fl");
    b.t(" (");
    ph(n);
    b.t(").");
  }
  b.t(`\nCHT on duty: `);
  nm(n, techs[0]!, "fl");
  b.t(", CHT  NBDHMT # ").v(c.digits(5), "LICENSE");
  b.nl();
}

function ect(n: Note9): void {
  const { b, c } = n;
  const a = pickAge(n, 0.15);
  b.t("ELECTROCONVULSIVE THERAPY — TREATMENT RECORD\n");
  fac(n, c.hospital());
  b.t(` — ${c.pick(["ECT Suite, 3 West", "PACU", "Behavioral Health Procedure Room"])}\nPatient: `);
  nm(n, n.pt, c.pick(["LF", "fl", "lfm"] as const));
  b.t("   MRN ").v(n.mrn, "MRN").t("   DOB ");
  dob(n);
  b.t(` (`);
  age(n, a);
  b.t(` y/o)\nDx: ${c.pick(["MDD, recurrent, severe with psychotic features (F33.3)", "catatonia (F06.1)", "bipolar I, current episode depressed (F31.4)"])}   Treatment # ${c.int(1, 12)} of index series (${c.pick(["M/W/F", "twice weekly"])})\n`);
  if (c.chance(0.4)) {
    b.t("Consent: by court-appointed guardian ");
    nm(n, rel(n), "fl");
    b.t(", order no. ").v(`${c.int(20, 26)}-PR-${c.digits(5)}`, "ID").t(" (").v(c.county(), "LOCATION").t(" Probate Court)\n");
  } else b.t("Consent: patient, voluntary; reviewed today.\n");
  b.t("Date: ");
  dt(n);
  b.t(`   Time in: ${c.time()}\n`);
  b.t(`Device: ${c.pick(["Thymatron System IV", "MECTA spECTrum 5000Q"])}  S/N `).v(c.serial(), "DEVICE");
  b.t(`\nElectrodes: ${c.pick(["RUL (d'Elia)", "bitemporal", "bifrontal"])}   Stimulus: ${c.int(20, 100)}% (${c.int(100, 504)} mC), pulse width ${c.pick(["0.3", "0.5", "1.0"])} ms\n`);
  b.t(`Seizure: motor ${c.int(15, 60)} s, EEG ${c.int(25, 90)} s, postictal suppression ${c.pick(["good", "fair", "poor"])}; peak HR ${c.int(100, 160)}\n`);
  b.t(`Anesthesia: methohexital ${c.int(50, 120)} mg, succinylcholine ${c.int(40, 100)} mg, ${c.pick(["labetalol 10 mg", "glycopyrrolate 0.2 mg", "ketamine 40 mg"])}\n`);
  b.t("Psychiatrist: ");
  staff(n, other(n), [", MD", ", DO"]);
  b.t("   Anesthesia: ");
  staff(n, other(n), [", MD", ", CRNA"]);
  b.t("   Recovery RN: ");
  nm(n, other(n), c.pick(["f", "il"] as const));
  b.t(`\nMoCA ${c.int(18, 30)}/30 pre-series; QIDS ${c.int(4, 24)}. Next treatment `);
  dt(n, plus(c.recent(), 2), true);
  b.t(`. ${c.clin()}\n`);
}

function lvad(n: Note9): void {
  const { b, c } = n;
  const a = pickAge(n, 0.08);
  b.t("MECHANICAL CIRCULATORY SUPPORT CLINIC — LVAD CHECK\nPatient: ");
  nm(n, n.pt, c.pick(["fl", "LF", "lf"] as const));
  b.t("   ");
  age(n, a);
  b.t(`${c.pick(["M", "F", " y.o."])}   MRN `).v(n.mrn, "MRN").t("   DOB ");
  dob(n);
  b.t(`\nDevice: ${c.pick(["HeartMate 3", "HeartWare HVAD"])}, ${c.pick(["destination therapy", "bridge to transplant"])}, implanted `);
  dt(n, { y: c.int(2018, 2025), m: c.int(1, 12), d: c.int(1, 28) });
  b.t(" at ");
  fac(n, c.hospital());
  b.t("\nPump S/N ").v(c.serial(), "DEVICE").t("   Controller S/N ").v(c.serial(), "DEVICE").t("   Backup controller S/N ").v(c.serial(), "DEVICE");
  b.t(`\nSpeed ${c.int(50, 62)}00 rpm  Flow ${c.int(3, 6)}.${c.int(0, 9)} L/min  PI ${c.int(2, 6)}.${c.int(0, 9)}  Power ${c.int(3, 6)}.${c.int(0, 9)} W  — ${c.pick(["no alarms", "2 low-flow advisories", "PI events x4"])} since last visit\n`);
  b.t(`MAP by Doppler ${c.int(68, 96)}; INR ${c.int(18, 32) / 10} (goal 2.0–3.0); LDH ${c.int(180, 620)}. Driveline exit site: ${c.pick(["healed, no drainage", "serous drainage, culture sent", "erythema 1 cm"])}.\n`);
  b.t("Caregiver (24/7 trained): ");
  const cg = rel(n);
  nm(n, cg, "fl");
  b.t(", ");
  ph(n);
  b.t("\nHome: ");
  address(n, n.addr);
  b.t(`\nUtility medical-priority registration with ${c.pick(["Ozark Electric Co-op", "Entergy", "Cimarron Electric", "Palouse Power"])}, account # `).v(c.account(), "ACCOUNT");
  b.t(`\nLocal EMS notified: `).v(c.county(), "LOCATION").t(` EMS (VAD go-bag, do not do chest compressions without VAD team).\n`);
  b.t("VAD coordinator: ");
  nm(n, other(n), "fl");
  b.t(`, RN, 24-h VAD line `);
  ph(n);
  b.t(` (pager ${c.int(1000, 9999)})\nNext visit: `);
  dt(n, plus(c.recent(), 30), true);
  b.t(` with `);
  staff(n, other(n), [", MD"]);
  b.nl();
}

function airMedical(n: Note9): void {
  const { b, c } = n;
  const a = pickAge(n, 0.2);
  const base = c.pick(["AirEvac", "LifeFlight", "Angel One", "MedStar", "Air Care"]);
  b.t(`${base} ${c.int(2, 91)} — FLIGHT PATIENT CARE RECORD\nDate: `);
  dt(n);
  b.t(`   Aircraft: ${c.pick(["Bell 407", "EC135", "Airbus H125", "King Air B200", "PC-12"])}  Tail `).v(`N${c.int(1, 999)}${c.letters(c.int(1, 2))}`, "VEHICLE");
  b.t(`   Flight # ${c.digits(2)}-${c.digits(5)}\nMission: ${c.pick(["interfacility", "scene"])}   Dispatch ${c.time()}  Lift ${c.time()}  At pt ${c.time()}  Depart ${c.time()}  Arrive ${c.time()}\n`);
  if (c.chance(0.45)) {
    b.t("Scene LZ: ").v(`${c.int(30, 47)}.${c.digits(4)} N, ${c.int(82, 121)}.${c.digits(4)} W`, "LOCATION").t(" — field off ");
    b.v(c.road(), "ADDRESS").t(", near ").v(c.city(), "LOCATION").t("; ground unit ").v(c.county(), "LOCATION").t(` Medic ${c.int(1, 30)}, plate `).v(c.plate(), "VEHICLE").nl();
  } else {
    b.t("Sending: ");
    fac(n, c.hospital());
    b.t(", ");
    b.v(c.city(), "LOCATION").t(`, ${c.state()}   Sending MD: `);
    staff(n, other(n), [", MD", ", DO"]);
    b.t("  callback ");
    ph(n);
    b.nl();
  }
  b.t("Receiving: ");
  fac(n, c.hospital());
  b.t(` ${c.pick(["ED", "CVICU", "Trauma Bay 2", "NICU"])}   Report to `);
  nm(n, other(n), c.pick(["fl", "f", "il"] as const));
  b.t(", RN\n\nPatient: ");
  nm(n, n.pt, c.pick(["LF", "lf"] as const));
  b.t("   Age ");
  age(n, a);
  b.t(`   Wt ${c.int(40, 160)} kg   DOB `);
  dob(n);
  b.t(`\nCC: ${c.pick(["STEMI, inferior", "TBI after rollover MVC", "septic shock", "aortic dissection type A", "GI bleed"])}. ${c.vitals()}; GCS ${c.int(3, 15)}. ${c.pick(["Intubated (7.5 ETT 23 at teeth)", "Norepi 8 mcg/min", "TXA 1 g given", "Heparin 4000 units bolus"])}.\n`);
  b.t("Crew: flight RN ");
  nm(n, other(n), "fl");
  b.t(", flight paramedic ");
  nm(n, other(n), "fl");
  b.t(`, pilot ${c.pick(["", "Capt. "])}`);
  nm(n, other(n), c.pick(["l", "fl"] as const));
  b.t("\nFamily: ");
  const f = rel(n);
  nm(n, f, "fl");
  b.t(` (${c.pick(["wife", "son", "daughter", "husband"])}) driving to receiving, `);
  ph(n);
  b.t("\nBilling: member ").v(c.member(), "HEALTH_PLAN").t(` (${c.payer()}); membership program # `).v(`${c.letters(2)}${c.digits(6)}`, "ACCOUNT").nl();
}

function prosthetic(n: Note9): void {
  const { b, c } = n;
  const clinic = `${c.pick(["Ozark", "Tidewater", "Sandhills", "Prairie Lakes", "Cimarron"])} ${c.pick(["Orthotics & Prosthetics", "Prosthetic Center", "O&P"])}`;
  b.v(clinic, "FACILITY").t(" — DELIVERY NOTE\nPatient: ");
  nm(n, n.pt, c.pick(["fl", "lf", "LF"] as const));
  b.t("  DOB ");
  dob(n);
  b.t("  Member ID ").v(c.member(), "HEALTH_PLAN").t(` (${c.payer()})\n`);
  const side = c.pick(["left", "right"]);
  b.t(`Amputation: ${side} ${c.pick(["transtibial", "transfemoral", "Syme", "partial foot"])}, `);
  dt(n, { y: c.int(2015, 2025), m: c.int(1, 12), d: c.int(1, 28) }, c.chance(0.5));
  b.t(" at ");
  fac(n, c.hospital());
  b.t(` (${c.pick(["PAD", "trauma — farm auger", "diabetic foot infection", "osteosarcoma"])}). K-level: K${c.int(1, 4)}.\n`);
  b.t("Referring physiatrist: ");
  staff(n, other(n), [", MD", ", DO"]);
  b.t(`\n\nDelivered today (`);
  dt(n);
  b.t(`):\n  ${c.pick(["L5301", "L5321", "L5856", "L5981"])} socket/base; ${c.pick(["L5673 silicone liner", "L5679", "L5647 suction"])}; ${c.pick(["L5987 foot", "L5980 foot", "L5973"])}\n`);
  b.t(`  Knee/ankle: ${c.pick(["Ottobock C-Leg 4", "Össur Rheo", "Proprio Foot", "Endolite Elan", "Fillauer AllPro"])}  S/N `).v(c.serial(), "DEVICE");
  b.t(`\n  Foot: ${c.pick(["Össur Pro-Flex XC", "Ottobock Triton", "College Park Trustep"])} size ${c.int(22, 30)}  S/N `).v(c.serial(), "DEVICE");
  b.t(`  (warranty through ${c.int(2027, 2031)})\n`);
  b.t(`Fit: ${c.int(3, 10)}-ply sock, pylon cut ${c.int(1, 9)} mm, gait ${c.pick(["symmetric with SPC", "mild vaulting", "independent without AD"])}; ${c.eponym()} incidental.\n`);
  b.t("Follow-up: ");
  dt(n, plus(c.recent(), 14), true);
  b.t(` at our `);
  b.v(c.city(), "LOCATION").t(" office, ");
  address(n, { line1: c.street(), city: c.city(), state: c.state(), zip: c.zip() });
  b.t("\nProsthetist: ");
  nm(n, other(n), c.pick(["fl", "fml"] as const));
  b.t(`, ${c.pick(["CPO", "CP", "CPO, LPO"])}  ABC # `).v(c.digits(6), "LICENSE");
  b.t(c.pick(["  NPI ", "  Lic. "])).v(c.chance(0.5) ? c.npi() : c.licence("PO"), "LICENSE").nl();
}

function homebirth(n: Note9): void {
  const { b, c } = n;
  n.dob = { ...n.dob, y: c.int(1985, 2006) };
  const born = c.recent();
  b.t("HOME BIRTH RECORD — ");
  b.v(`${c.pick(["Bluebonnet", "Wild Ginger", "Heartland", "River Birch"])} Midwifery`, "FACILITY").t("\nMother: ");
  nm(n, n.pt, c.pick(["fl", "fml", "lf"] as const));
  b.t("  DOB ");
  dob(n);
  b.t(`  G${c.int(2, 8)}P${c.int(1, 7)}\nPlace of birth: [x] planned home birth at `);
  address(n, n.addr);
  b.t(c.chance(0.5) ? " (parents' residence)" : " (grandmother's farm)");
  b.t("\nDate of birth: ");
  dt(n, born);
  b.t(`   Time: ${p2(c.int(0, 23))}:${p2(c.int(0, 59))}   Sex: ${c.pick(["F", "M"])}   ${c.pick(["water birth", "hands and knees", "semi-sitting"])}\n`);
  b.t("Infant name: ");
  const baby = { first: c.person().first, last: c.chance(0.7) ? n.pt.last : c.person().last };
  nm(n, baby, "fl");
  b.t(`\nApgars ${c.int(6, 9)}/${c.int(8, 10)}; weight ${c.int(6, 10)} lb ${c.int(0, 15)} oz; length ${c.int(18, 22)} in; EBL ${c.int(150, 600)} mL; ${c.pick(["intact perineum", "1st-degree tear, no repair", "2nd-degree tear, repaired"])}.\n`);
  b.t("Partner present: ");
  nm(n, rel(n), "fl");
  b.t(`. Erythromycin ${c.pick(["declined", "given"])}; vitamin K ${c.pick(["IM given", "oral series", "declined — form signed"])}.\n`);
  b.t("Newborn screen kit ").v(`${c.digits(9)}`, "ID").t(" collected ");
  dt(n, plus(born, 1), true);
  b.t(`; CCHD screen ${c.pick(["pass", "pass", "repeat"])}.\nBackup hospital: `);
  fac(n, c.hospital());
  b.t(` (not needed). Birth certificate filed with `).v(c.county(), "LOCATION").t(" registrar.\n");
  b.t("Midwife: ");
  nm(n, other(n), "fl");
  b.t(`, ${c.pick(["CPM", "LM, CPM", "CNM"])}  Lic. `).v(c.licence(c.pick(["LM", "CPM-", ""])), "LICENSE").t("  cell ");
  ph(n);
  b.t("\nBirth assistant: ");
  nm(n, other(n), c.pick(["f", "fl"] as const));
  b.nl();
}

export const STYLES_C: Record<string, Style> = {
  "hyperbaric-log": hyperbaric,
  "ect-record": ect,
  "lvad-check": lvad,
  "air-medical-transport": airMedical,
  "prosthetic-delivery": prosthetic,
  "homebirth-record": homebirth,
};
