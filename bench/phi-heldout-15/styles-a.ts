/** Tribal, IHS and rural styles: RPMS encounter printout, CHR visit, community paramedicine, public-health nurse, e-consult, two rosters. */
import { fmtDate } from "./kit";
import * as L from "./lists";
import { address, age, clin, dt, hhmm, initials, nm, other, otherOf, ph, pickAge, staff, type Style } from "./note";

const U = (s: string) => s.toUpperCase();

const ihsPccEncounter: Style = (n) => {
  const { b, c, pt } = n;
  const f = c.facility();
  b.t(`*** CONFIDENTIAL PATIENT INFORMATION ***   ${hhmm(c)}\nPCC+ ENCOUNTER FORM${c.pick(["   ", "\t", "  -  "])}`).v(U(f), "FACILITY").nl();
  b.t("HRN: ").v(n.mrn, "MRN").t("   ").name(U(pt.last), ",", U(pt.first));
  if (pt.middle) b.t(" ").v(U(pt.middle[0]!), "NAME");
  const a = pickAge(n, 0.08);
  b.t("   DOB: ").v(fmtDate(n.dob, c.pick(["mdy", "MON", "mdy2"])), "DATE").t(`   SEX: ${pt.sex}   AGE: `); age(n, a); b.t(" YRS").nl();
  b.t("COMMUNITY: ").v(U(n.addr.city), "LOCATION").t(`   TRIBE: ${c.pick(["NAVAJO TRIBE OF AZ,NM,UT", "OGLALA SIOUX TRIBE", "BLACKFEET TRIBE", "ORUTSARARMIUT NATIVE COUNCIL", "CHEYENNE RIVER SIOUX"])}   ELIG: ${c.pick(["DIRECT/PRC", "DIRECT ONLY", "PRC"])}`).nl();
  b.t(c.pick(["TRIBAL ENROLLMENT #: ", "CENSUS #: ", "ENROLLMENT NO.: "])).v(c.id(c.pick(["", "NN", "OST-"])), "ID").t("   BLOOD QUANTUM: 4/4 (not verified)").nl();
  b.t("MEDICAID: ").v(c.medicaid(), "HEALTH_PLAN").t("   MEDICARE: ");
  if (c.chance(0.5)) b.v(c.mbi(), "HEALTH_PLAN"); else b.t("NONE");
  b.nl();
  b.t("MAILING ADDR: "); address(n, n.addr, ", ", true); b.t("   HOME PHONE: ").v(n.phone, "PHONE").nl();
  const pcp = other(n);
  b.t("DESG PCP: ").name(U(pcp.last), ",", U(pcp.first)).t(`   CLINIC: ${c.pick(["01 GENERAL", "06 DIABETIC", "28 FAMILY PRACTICE", "30 EMERGENCY MEDICINE"])}`).nl(2);
  b.t("VISIT DATE: ").v(fmtDate(c.recent(), c.pick(["mdy", "MON"])), "DATE").t(`@${hhmm(c, false)}   SVC CAT: A   PROVIDER: `).v(initials(pcp), "NAME").nl();
  b.t(`POV: ${c.pick(["E11.65 DM2 W HYPERGLYCEMIA", "I10 HTN", "J06.9 URI", "F10.20 ETOH DEP UNCOMP", "Z00.00 WELL ADULT"])}\nMEASUREMENTS: ${clin(n)}; ${clin(n)}\n`);
  b.t("PATIENT ED: DM-N (nutrition) G-U 10 min  ").v(initials(pcp), "NAME").nl();
  if (c.chance(0.6)) { const chr = other(n); b.t("REFER TO CHR: "); nm(n, chr, c.pick(["fl", "LF", "il"] as const)); b.t(" cell "); ph(n); b.nl(); }
  b.t(`HEALTH FACTORS: TOBACCO (SMOKELESS) CURRENT; ${c.pick(L.EPONYMS)}\n`);
};

const chrHomeVisit: Style = (n) => {
  const { b, c, pt } = n;
  const a = pickAge(n, 0.35);
  b.t(`${c.pick(["CHR Program", "Community Health Representative Program", "C.H.R. OUTREACH"])} - Home Visit Record\n`);
  b.t("Client: "); nm(n, pt, c.pick(["fl", "fml", "lf"] as const));
  if (pt.nick) b.t(' (goes by "').v(pt.nick, "NAME").t('")');
  b.t(", age "); age(n, a); b.t(c.pick([" y/o", " yrs", ""])).nl();
  b.t(c.pick(["Community: ", "Chapter: ", "Village: "])).v(n.addr.city, "LOCATION").t(c.pick(["", " chapter"])).nl();
  b.t(`Directions (no 911 address): from the ${c.pick(["chapter house", "trading post", "school bus turnaround", "IHS clinic"])} go ${c.int(1, 14)}.${c.int(0, 9)} mi ${c.pick(["north", "west", "S", "E"])} on `).v(c.road(), "ADDRESS");
  b.t(`, turn at the ${c.pick(["blue water tank", "windmill", "cattle guard", "red hogan", "church sign"])}, ${c.pick(["2nd", "3rd", "last"])} house ${c.pick(["w/ green roof", "by the sheep corral", "with the white truck"])}.\n`);
  const d = otherOf(n, "F");
  b.t("Household: lives with daughter "); nm(n, d, "fl"); b.t(" and grandson "); nm(n, otherOf(n, "M"), "f"); b.t(` (${c.int(9, 17)}). Hauls water ${c.pick(["weekly", "every Saturday", "2x/wk"])}; wood stove.\n`);
  b.t(`Today: ${clin(n)}. Glucose ${c.int(70, 390)} (meter). Meds checked: ${c.pick(L.DRUGS)}, ${c.pick(L.DRUGS)} - pill box filled for 2 wks.\n`);
  b.t(`Concerns: ${c.pick(["ran out of propane", "roads bad after rain, missed appt", "needs ride to dialysis", "grandson drinking"])}. Next clinic appt `).v(c.partialDate(c.recent()), "DATE").t(` with Dr. `).v(c.pick(L.SURNAMES), "NAME").t(".\n");
  const chr = other(n);
  b.t("CHR: "); nm(n, chr, c.pick(["fl", "il"] as const)); b.t(", CHR   cell "); ph(n); b.nl();
  b.t(`Tribal vehicle plate `).v(c.plate(), "VEHICLE").t(`   odometer ${c.int(20000, 190000)}   visit date `); dt(n); b.nl();
};

const communityParamedic: Style = (n) => {
  const { b, c, pt } = n;
  const a = pickAge(n, 0.15);
  b.t("COMMUNITY PARAMEDICINE / MIH VISIT   ").v(c.county(), "LOCATION").t(c.pick([" County EMS", " COUNTY AMBULANCE DISTRICT", " County Fire & EMS"])).nl().t("Enrollee: "); nm(n, pt, c.pick(["LF", "fl", "lfm"] as const)); b.t("   DOB ").v(n.c.fullDate(n.dob), "DATE").t("   Age "); age(n, a); b.nl();
  b.t("Home: "); address(n, n.addr); b.t("   Ph "); ph(n, n.phone); b.nl();
  b.t(`Referral: ${c.pick(["3 ED visits in 30 days", "post-discharge CHF", "COPD frequent caller", "falls x2"])} from `).v(c.facility(), "FACILITY").t(" d/c ").v(c.partialDate(c.recent()), "DATE").nl();
  const medic = other(n);
  b.t("Paramedic: "); nm(n, medic, "fl"); b.t(`, ${c.pick(["NRP", "CP-C", "FP-C", "Paramedic"])}  cert # `).v(c.license(), "LICENSE").nl();
  b.t(`Findings: ${clin(n)}; ${clin(n)}; lungs ${c.pick(["clear", "crackles bases", "diminished R"])}; home O2 concentrator s/n `).v(c.serial(), "DEVICE").t(` (${c.pick(["Inogen One G5", "EverFlo 5L", "Respironics SimplyGo"])})\n`);
  b.t(`Med rec: ${c.pick(L.DRUGS)} 20 mg, ${c.pick(L.DRUGS)} - found 3 expired bottles, disposed w/ patient consent.\n`);
  b.t(`Telehealth check-in with PCP via tablet: `).v(`https://${c.pick(["vv", "connect", "tele"])}.${c.pick(["hpems", "ruralcare", "mihlink"])}.org/room/${c.letters(6, "abcdefghjkmnpqrstuvwxyz23456789")}`, "URL").t(" from IP ").v(c.chance(0.7) ? c.ipv4() : c.ipv6(), "IP").nl();
  if (c.chance(0.6)) { const r = other(n); b.t("Caregiver present: "); nm(n, r, "fl"); b.t(" ("); b.t(c.pick(["son", "niece", "neighbor"])); b.t(") cell "); ph(n); b.nl(); }
  b.t("Medicaid ").v(c.medicaid(), "HEALTH_PLAN").t(` - billed under ${c.pick(["T1019", "A0998", "S0281"])} (no transport). Next visit `).v(c.partialDate(c.recent()), "DATE").nl();
};

const phnHomeVisit: Style = (n) => {
  const { b, c } = n;
  n.pt = c.personOf("F");
  n.email = c.email(n.pt);
  n.dob = { y: c.int(1986, 2008), m: c.int(1, 12), d: c.int(1, 28) };
  const pt = n.pt;
  const county = c.county();
  b.v(county, "LOCATION").t(c.pick([" County Health Department", " County Public Health", " COUNTY HEALTH DEPT."])).t(" - Public Health Nurse Home Visit\n");
  b.t(`Program: ${c.pick(["Nurse-Family Partnership", "Healthy Start", "MCH postpartum", "TB/LTBI follow-up"])}   Client #: `).v(c.id("PH"), "ID").nl();
  b.t("Client: "); nm(n, pt, c.pick(["fl", "lfm", "LF"] as const)); b.t("   DOB: ").v(c.fullDate(n.dob), "DATE").nl();
  b.t("Visit location: client's home, "); address(n, n.addr); b.nl();
  const baby = c.person();
  baby.last = pt.last;
  n.others.push(baby);
  b.t("Infant: ").name(baby.first, " ", baby.last).t("  born ").v(c.fullDate(c.recent()), "DATE").t(` at ${c.int(35, 41)}w${c.int(0, 6)}d, BW ${c.int(5, 9)} lb ${c.int(0, 15)} oz, at `).v(c.facility(), "FACILITY").nl();
  if (c.chance(0.7)) { const fob = otherOf(n, "M"); b.t("FOB: "); nm(n, fob, c.pick(["fl", "f"] as const)); b.t(c.pick([" - involved", " - incarcerated", " - works oilfield, home weekends"])).nl(); }
  b.t(`EPDS ${c.int(0, 24)}; breastfeeding ${c.pick(["exclusively", "partially", "no"])}; infant wt ${c.int(6, 11)} lb; ${clin(n)}\n`);
  b.t("WIC #: ").v(c.digits(9), "ID").t("   Medicaid: ").v(c.medicaid(), "HEALTH_PLAN").t("   client cell ").v(n.phone, "PHONE").nl();
  b.t("Safe sleep: pack-n-play provided (lot ").t(`${c.letters(2)}${c.digits(5)}`).t("). Next visit ").v(c.partialDate(c.recent()), "DATE").t(` at ${hhmm(c)}\n`);
  const nurse = other(n);
  b.t("PHN: "); staff(n, nurse, [", RN", ", BSN, RN", ", PHN"]); b.t("  ").v(`${nurse.first[0]!.toLowerCase()}${nurse.last.toLowerCase().replace(/[^a-z]/g, "")}@${county.toLowerCase().replace(/[^a-z]/g, "")}county.gov`, "EMAIL").nl();
};

const ruralEconsult: Style = (n) => {
  const { b, c, pt } = n;
  const spec = c.pick(["Dermatology", "Endocrinology", "Hepatology", "Cardiology", "Infectious Disease"]);
  b.t(`eConsult #`).v(c.id("EC"), "ID").t(` - ${spec}\nRequesting site: `).v(c.facility(), "FACILITY").t(", ").v(c.town(), "LOCATION").t(`, ${c.state()}   fax `).v(c.phone(), "FAX").nl();
  const req = other(n);
  b.t("Requesting clinician: "); staff(n, req, [", FNP-C", ", PA-C", ", MD", ", DO"]); b.nl();
  b.t("Patient: "); nm(n, pt, c.pick(["lf", "LF", "fl"] as const)); b.t(" | MRN ").v(n.mrn, "MRN").t(" | DOB ").v(c.fullDate(n.dob), "DATE").nl();
  b.t(`Question: ${c.pick(["A1c 11.2 despite Trulicity + Lantus 40u - add Jardiance?", "ALT 3x ULN, HBsAg neg, drinks 6/day", "new LBBB on ECG, asymptomatic", "rash x 6 wk, photos attached"])}. Patient lives ${c.int(60, 240)} mi from nearest specialist; ${clin(n)}.\n`);
  b.t("Photos: IMG_").t(c.digits(4)).t(".jpg (3)  uploaded ").v(c.partialDate(c.recent()), "DATE").nl();
  const sp = other(n);
  b.t("Reply (").v(fmtDate(c.recent(), "mdy1"), "DATE").t("): "); staff(n, sp, [", MD", ", MD, FACP"]);
  b.t(`: Reasonable to ${c.pick(["start", "hold", "continue"])} ${c.pick(L.DRUGS)}; repeat labs in 6 wk. Face-to-face visit ${c.pick(["not needed", "recommended"])}.\n`);
  b.t("Portal link for patient: ").v(`https://econsult.${c.pick(["unmhealth", "regionhub", "ruralecho"])}.org/p/${c.letters(8, "abcdefghjkmnpqrstuvwxyz0123456789")}`, "URL").nl();
  b.t("Coverage: ").v(c.member(), "HEALTH_PLAN").t(" (IHS PRC back-up)").nl();
};

const mobileUnitStopLog: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  b.t("MOBILE HEALTH UNIT - DAILY STOP LOG\nUnit ").t(`MHU-${c.int(1, 4)}`).t(" plate ").v(c.plate(), "VEHICLE").t("  date ").v(c.fullDate(c.recent()), "DATE").nl();
  b.t(`Stop: ${c.pick(["Chapter House lot", "Dollar General lot", "Fire Hall", "school gym"])}, `).v(c.town(), "LOCATION").nl();
  const driver = other(n);
  b.t("Driver: "); nm(n, driver, "fl"); b.t("   RN: "); nm(n, other(n), "il"); b.nl();
  const piped = c.chance(0.5);
  const sep = piped ? " | " : "\t";
  b.t(piped ? "#  | time  | patient | age | DOB | phone | reason\n" : "#\ttime\tpatient\tage\tdob\tphone\treason\n");
  const rows = c.int(3, 6);
  for (let i = 1; i <= rows; i++) {
    const p = c.person();
    const old = c.chance(0.15);
    const a = old ? c.oldAge() : c.youngAge();
    const dob = { y: 2026 - a, m: c.int(1, 12), d: c.int(1, 28) };
    b.t(`${i}${sep}${hhmm(c)}${sep}`); nm(n, p, c.pick(["LF", "lf", "fl", "lfi"] as const)); b.t(sep); age(n, a); b.t(sep).v(fmtDate(dob, c.pick(["mdy1", "mdy2", "mdy"])), "DATE").t(sep);
    if (c.chance(0.7)) ph(n); else b.t("no phone");
    b.t(`${sep}${c.pick(["BP check", "A1c POC", "flu shot", "wound check", "refill", "COVID test"])}\n`);
  }
  b.t(`Total seen ${rows}. Generator hours ${c.int(1000, 9000)}.\n`);
};

const elderMealRoster: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  b.t(`${c.pick(["Title VI Elder Nutrition", "Senior Center Home-Delivered Meals", "ELDERLY MEALS PROGRAM"])} - route ${c.int(1, 9)} - week of `).v(c.partialDate(c.recent()), "DATE").nl();
  b.t("Site: ").v(`${c.town()} Senior Center`, "FACILITY").t(" | cook: ").v(c.pick(L.GIVEN_F), "NAME").nl();
  const rows = c.int(3, 6);
  for (let i = 0; i < rows; i++) {
    const p = c.person();
    const a = c.chance(0.3) ? c.oldAge() : c.int(60, 89);
    b.t("- "); nm(n, p, c.pick(["fl", "lf", "LF", "fml"] as const)); b.t(" ("); age(n, a); b.t(") ");
    const r = c.int(0, 3);
    if (r === 0) { b.t("at ").v(c.street(), "ADDRESS").t(", ").v(c.town(), "LOCATION"); }
    else if (r === 1) { b.t("moved to granddaughter "); nm(n, c.personOf("F"), "f"); b.t("'s in ").v(c.town(), "LOCATION").t(" until ").v(c.partialDate(c.recent()), "DATE"); }
    else if (r === 2) { b.t("diet: renal, no salt; ph "); ph(n); }
    else { b.t(`hospitalized at `).v(c.facility(), "FACILITY").t(" since ").v(c.partialDate(c.recent()), "DATE"); }
    b.t(c.pick(["; frozen x5", "; hot meal", "; blue corn mush Fri", ""])).nl();
  }
  b.t(`Meals delivered ${c.int(20, 70)}; mileage ${c.int(40, 200)}.\n`);
};

export const STYLES_A: Record<string, Style> = {
  "ihs-pcc-encounter": ihsPccEncounter, "chr-home-visit": chrHomeVisit, "community-paramedic-visit": communityParamedic,
  "phn-home-visit": phnHomeVisit, "rural-econsult": ruralEconsult, "mobile-unit-stop-log": mobileUnitStopLog,
  "elder-meal-roster": elderMealRoster,
};
