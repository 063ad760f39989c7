/** Corrections styles: jail receiving screen, sick-call slip, pill-line roster, off-site transport order, juvenile detention screen. */
import { fmtDate } from "./kit";
import * as L from "./lists";
import { address, clin, dt, hhmm, initials, nm, ocrNoise, other, otherOf, ph, staff, type Style } from "./note";

const U = (s: string) => s.toUpperCase();
const jail = (c: { pick<T>(xs: readonly T[]): T; town(): string; county(): string }) =>
  c.pick([`${c.county()} County Detention Center`, `${c.county()} County Jail`, `${c.town()} Regional Jail`, `${c.pick(L.FAC_STEMS)} Adult Detention Facility`]);

const jailIntakeScreen: Style = (n) => {
  const { b, c, pt } = n;
  const j = jail(c);
  b.v(U(j), "FACILITY").t(" - RECEIVING MEDICAL SCREENING\n");
  b.t("BOOKING #: ").v(`${c.pick(["", "B", "26-"])}${c.digits(c.int(6, 8))}`, "ID").t("   SO#: ").v(c.digits(6), "ID").t(`   HOUSING: ${c.pick(["INTAKE", "B-POD", "MED OBS", "2C-14"])}`).nl();
  b.t("INMATE: "); nm(n, pt, c.pick(["LFM", "LF"] as const)); b.t("   DOB: ").v(fmtDate(n.dob, c.pick(["mdy", "mdy1", "MON"])), "DATE").t(`   SEX: ${pt.sex}`).nl();
  b.t("ARRESTING AGENCY: ").v(c.town(), "LOCATION").t(c.pick([" PD", " POLICE DEPT", " Police Department"])).t(`   OFFICER: `); nm(n, other(n), "lfi"); b.t(` #${c.int(100, 999)}`).nl();
  b.t("LIVESCAN / AFIS: ").v(`${c.letters(2)}${c.digits(8)}`, "BIOMETRIC").t(`   CHARGE: ${c.pick(["DUI 2nd", "FTA", "POSS CS", "PROBATION VIOL", "DOMESTIC ASSAULT"])}`).nl();
  b.t("Last known address: "); address(n, n.addr, ", ", true); b.nl();
  b.t(`Screening (${hhmm(c)}): visible injury ${c.pick(["no", "abrasion L forearm"])}; ETOH last drink ${c.pick(["today", "2 days ago", "denies"])}; opioid use ${c.pick(["yes - fentanyl", "no"])}; CIWA ${c.int(0, 20)} / COWS ${c.int(0, 18)}; ${clin(n)}\n`);
  b.t(`Suicide screen: ${c.pick(["negative", "POSITIVE - MH notified, on 15-min checks"])}. Prior stays here: ${c.int(0, 9)}.\n`);
  b.t("Meds brought in: ").t(`${c.pick(L.DRUGS)} (bottle from `).v(`${c.pick(L.SURNAMES)} Drug`, "FACILITY").t(", Rx# ").v(c.digits(7), "ID").t(")\n");
  const ec = c.chance(0.5) ? otherOf(n, "F") : other(n);
  b.t("Emergency contact: "); nm(n, ec, c.pick(["LF", "fl"] as const)); b.t(` (${c.pick(["mother", "girlfriend", "aunt", "wife"])}) `); ph(n); b.nl();
  b.t("Screened by: "); staff(n, other(n), [", LPN", ", RN", ", EMT"]); b.t("  ").v(fmtDate(c.recent(), "mdy1"), "DATE").nl();
};

const sickCallSlip: Style = (n) => {
  const { b, c, pt } = n;
  if (c.chance(0.45)) b.noise = ocrNoise(c, 0.04);
  b.t("INMATE HEALTH SERVICES REQUEST (SICK CALL)\n").t("Name: ");
  nm(n, pt, c.pick(["fl", "lc", "LF"] as const)); b.t("   ID#: ").v(c.digits(c.int(5, 7)), "ID").t(`   Unit/Cell: ${c.pick(["C", "D", "F"])}-${c.int(1, 24)}`).nl();
  b.t("Date: ").v(c.partialDate(c.recent()), "DATE").nl();
  b.t("Request (in inmate's words): ");
  const r = c.int(0, 2);
  if (r === 0) b.t(`my tooth is killing me been 3 days cant eat. nurse `).v(c.pick(L.GIVEN_F).toLowerCase(), "NAME").t(" said put in a slip");
  else if (r === 1) { b.t("i need my seizure meds my mom "); nm(n, otherOf(n, "F"), "lc"); b.t(" can bring the bottle from ").v(c.town().toLowerCase(), "LOCATION"); }
  else b.t(`rash on my legs spreading to the whole pod, also need my ${c.pick(["inhaler", "glasses", "CPAP"])}`);
  b.t("\n").t("I understand a $").t(`${c.pick(["3", "5", "10"])}.00 copay will be charged to my trust account # `).v(c.digits(c.int(6, 8)), "ACCOUNT").nl();
  b.t("---- MEDICAL USE ONLY ----\nTriaged ").v(fmtDate(c.recent(), c.pick(["mdy1", "mdy2"])), "DATE").t(` ${hhmm(c)} by `).v(initials(other(n)), "NAME").t(`  Priority: ${c.pick(["routine", "urgent", "emergent"])}  ${clin(n)}\n`);
  b.t("Disposition: ").t(c.pick(["seen at nurse sick call, ", "scheduled with provider ", "referred to dentist "])).v(c.partialDate(c.recent()), "DATE").nl();
  b.t("Provider: "); staff(n, other(n), [", NP", ", PA-C", ", DO", ", DDS"]); b.nl();
};

const pillLineRoster: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  const j = jail(c);
  b.t(c.pick(["PILL LINE - ", "Med Pass Roster - "])).v(j, "FACILITY").t(`  ${c.pick(["AM", "PM", "HS"])} pass  `).v(c.fullDate(c.recent()), "DATE").nl();
  b.t(c.pick(["POD | BOOKING | NAME | DOB | MED | GIVEN\n", "pod  booking   name                 dob        med               given\n"]));
  const rows = c.int(4, 7);
  const nurses = [other(n), other(n)];
  for (let i = 0; i < rows; i++) {
    const p = c.person();
    b.t(`${c.pick(["A", "B", "C"])}${c.int(1, 30)} | `).v(c.digits(7), "ID").t(" | "); nm(n, p, c.pick(["LF", "lfi", "LFM"] as const)); b.t(" | ").v(fmtDate(c.dob(), c.pick(["mdy1", "mdy"])), "DATE");
    b.t(` | ${c.pick(["Suboxone 8 mg SL (crushed)", "Keppra 500", "Seroquel 100", "prazosin 2", "lisinopril 10", "Narcan standby"])} | `);
    const x = c.int(0, 3);
    if (x === 0) b.t("REFUSED - signed refusal");
    else if (x === 1) b.t("court - held");
    else b.v(initials(c.pick(nurses)), "NAME");
    b.nl();
  }
  b.t("Nurses: "); staff(n, nurses[0]!, [", LPN", ", RN"]); b.t(" / "); staff(n, nurses[1]!, [", LPN", ", CMA"]); b.t(`   Officer escort #${c.int(1000, 9999)}\n`);
};

const offsiteTransport: Style = (n) => {
  const { b, c, pt } = n;
  b.t("CONFIDENTIAL - DO NOT DISCLOSE DATE/TIME TO INMATE\nOFF-SITE MEDICAL TRANSPORT ORDER\n");
  b.t("From: ").v(jail(c), "FACILITY").t("  To: ").v(c.facility(), "FACILITY").t(", ").v(c.town(), "LOCATION").nl();
  b.t("Inmate: "); nm(n, pt, c.pick(["LF", "LFM", "fl"] as const)); b.t("   DOC/ID ").v(`${c.digits(6)}`, "ID").t("   DOB ").v(c.fullDate(n.dob), "DATE").nl();
  b.t("Appointment: ").v(c.fullDate(c.recent()), "DATE").t(` at ${hhmm(c)} - ${c.pick(["orthopedics f/u", "oncology infusion", "MRI brain", "dialysis access eval"])} with Dr. `).v(c.pick(L.SURNAMES), "NAME").nl();
  b.t(`Restraints: ${c.pick(["full (belly chain, leg irons)", "hand only - medical exception", "none - wheelchair"])}. Security level ${c.pick(["min", "med", "max"])}.\n`);
  b.t("Escort officers: "); nm(n, other(n), c.pick(["lfi", "il"] as const)); b.t(", "); nm(n, other(n), c.pick(["lfi", "il"] as const)); b.nl();
  b.t("Transport van plate ").v(c.plate(), "VEHICLE").t(c.chance(0.4) ? " VIN " : "").v(c.chance(0.4) ? c.vin() : "", "VEHICLE").nl();
  b.t("Records sent: last note, MAR, ").t(clin(n)).t(". Hospital scheduler fax ").v(c.phone(), "FAX").nl();
  b.t("Approved: "); staff(n, other(n), [", MD", ", DO"]); b.t(" (HSA)  ").v(fmtDate(c.recent(), "mdy"), "DATE").nl();
};

const juvenileDetentionScreen: Style = (n) => {
  const { b, c, pt } = n;
  n.dob = { y: c.int(2009, 2013), m: c.int(1, 12), d: c.int(1, 28) };
  b.v(c.pick([`${c.county()} County Juvenile Detention Center`, `${c.town()} Youth Services Center`]), "FACILITY").t(" - Health Screening (within 1 hr of admission)\n");
  b.t("Youth: "); nm(n, pt, c.pick(["fl", "LF", "lfm"] as const)); b.t("  DOB ").v(c.fullDate(n.dob), "DATE").t(`  Age ${2026 - n.dob.y}`).t("  Juvenile # ").v(c.id("J"), "ID").nl();
  const g = otherOf(n, c.chance(0.7) ? "F" : "M");
  b.t("Parent/guardian: "); nm(n, g, c.pick(["fl", "lf"] as const)); b.t(" ph "); ph(n, n.phone); b.t(" - notified ").v(c.partialDate(c.recent()), "DATE").nl();
  b.t("School: ").v(c.school(), "FACILITY").t(`, grade ${c.int(6, 12)}; IEP ${c.pick(["yes", "no", "unknown"])}\n`);
  b.t(`MAYSI-2: Alcohol/Drug ${c.int(0, 8)}, Angry-Irritable ${c.int(0, 9)}, Suicide Ideation ${c.int(0, 5)} (caution); ${clin(n)}\n`);
  b.t("Probation officer: "); nm(n, other(n), "fl"); b.t(" "); ph(n); b.t("  case ").v(`${c.digits(2)}-JV-${c.digits(4)}`, "ID").nl();
  b.t("Medicaid: ").v(c.medicaid(), "HEALTH_PLAN").t(`; meds: ${c.pick(["Concerta 36 mg", "Vyvanse 30", "albuterol prn", "none"])}; last seen at `).v(c.facility(), "FACILITY").nl();
  b.t("Nurse: "); staff(n, other(n), [", RN", ", LPN"]); b.t("  "); dt(n); b.nl();
};

export const STYLES_C: Record<string, Style> = {
  "jail-intake-screen": jailIntakeScreen, "sick-call-slip": sickCallSlip, "pill-line-roster": pillLineRoster,
  "offsite-transport-order": offsiteTransport, "juvenile-detention-screen": juvenileDetentionScreen,
};
