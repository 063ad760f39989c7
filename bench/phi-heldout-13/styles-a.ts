/**
 * Behavioural-health and substance-use styles of the thirteenth held-out corpus: ASAM intake, drug-court
 * compliance report, TMS session log, clozapine REMS ANC sheet, and the IOP group sign-in (several patients).
 */
import { type Person } from "./kit";
import * as L from "./lists";
import { address, age, clin, dt, fac, initials, nm, ocrNoise, other, ph, pharmacy, staff, streetName, type Note13, type Style } from "./note";

const SUBSTANCES = ["Alcohol", "Fentanyl", "Heroin", "Methamphetamine", "Cocaine (crack)", "Cannabis", "Xanax (non-Rx)", "Kratom", "Oxycodone (non-Rx)", "Nicotine vape"];
const ROUTES = ["oral", "smoked", "IV", "intranasal", "vaped", "smoked/IV"];

function program(n: Note13): string {
  const c = n.c;
  return c.pick([`${c.pick(L.FAC_STEMS)} Recovery Center`, `${c.town()} Treatment Services`, `New Dawn of ${c.town()}`, `${c.pick(L.FAC_STEMS)} Behavioral Health`, `Serenity House at ${c.pick(L.FAC_STEMS)}`]);
}

function clientLine(n: Note13, label = "Client"): void {
  const { b, c } = n;
  b.t(`${label}${c.pick([": ", ":  ", " name: ", " - "])}`);
  nm(n, n.pt, c.pick(["lf", "LF", "fl", "lfm", "LFM", "fml"]));
}

const sudAsamIntake: Style = (n) => {
  const { b, c } = n;
  if (c.chance(0.5)) b.v(program(n), "FACILITY");
  else b.t(c.pick(["Outpatient SUD Program", "Adult Addiction Services", "Bridge Clinic"]));
  b.t(c.pick(["\nASAM CRITERIA MULTIDIMENSIONAL ASSESSMENT\n", "\n== ASAM Level-of-Care Intake ==\n", "\nSUD intake / ASAM 4th ed.\n"]));
  clientLine(n);
  b.t(c.pick(["   DOB: ", "\nDOB ", " | D.O.B. "])).v(c.fullDate(n.dob), "DATE");
  b.t(c.pick(["   Client ID: ", "\nChart #", " | MRN "])).v(n.mrn, "MRN");
  b.t("\nIntake date: ");
  dt(n);
  b.t("\nReferral: ");
  const r = c.int(0, 3);
  if (r === 0) b.v(c.county(), "LOCATION").t(" County Drug Court");
  else if (r === 1) { b.t("PCP "); staff(n, other(n)); b.t(" at "); fac(n, c.clinic()); }
  else if (r === 2) b.t("self, after ED visit at ").v(c.hospital(), "FACILITY");
  else { b.t("mother ("); nm(n, other(n), "fl"); b.t(") called the access line"); }
  b.t("\n\nSubstance | age 1st use | last use | route | freq\n");
  for (let i = 0, k = c.int(2, 4); i < k; i++) {
    b.t(`${c.pick(SUBSTANCES)} | ${c.int(11, 40)} | `);
    if (c.chance(0.8)) b.v(c.partialDate(c.recent()), "DATE");
    else b.t("unknown");
    b.t(` | ${c.pick(ROUTES)} | ${c.pick(["daily", "2-3x/wk", "binge weekends", "1 g/day", "12 beers/day", "4-5 bags/day"])}\n`);
  }
  b.t(`\nD1 withdrawal: ${c.int(0, 4)} (${c.pick([`COWS ${c.int(2, 24)}`, `CIWA-Ar ${c.int(2, 30)}`])})  D2 biomedical: ${c.int(0, 4)}  D3 emotional: ${c.int(0, 4)}  D4 readiness: ${c.int(0, 4)}  D5 relapse: ${c.int(0, 4)}  D6 environment: ${c.int(0, 4)}\n`);
  b.t("Living situation: ");
  const home = c.int(0, 2);
  if (home === 0) { b.t("rents a room at "); b.v(n.addr.line1, "ADDRESS"); b.t(" in ").v(n.addr.city, "LOCATION"); }
  else if (home === 1) { b.t("with girlfriend "); nm(n, other(n), "f"); b.t(" and her kids; "); address(n, n.addr); }
  else { b.t("sober living house on "); b.v(streetName(c), "ADDRESS"); b.t(` since ${c.int(2019, 2025)}`); }
  b.t("\nWork: ");
  if (c.chance(0.6)) { b.t(c.pick(["forklift at ", "line cook at ", "CNA at ", "laid off from "])).v(c.pick(L.EMPLOYERS), "FACILITY"); }
  else b.t("unemployed, SSDI pending");
  b.t("\nPrior tx: detox at ").v(c.hospital(), "FACILITY").t(" ");
  dt(n, c.date(2019, 2025), true);
  b.t(`; residential ${c.int(2008, 2022)} (28 days)\n`);
  b.t("Emergency contact: ");
  const ec = other(n);
  nm(n, ec, c.pick(["fl", "lf", "f"]));
  b.t(` (${c.pick(["mom", "sister", "sponsor", "aunt", "grandmother"])}) `);
  ph(n);
  if (c.chance(0.6)) {
    b.t("\nPO: ");
    nm(n, other(n), c.pick(["fl", "il"]));
    b.t(", ").v(c.county(), "LOCATION").t(" County Adult Probation, ");
    ph(n);
  }
  b.t(`\nMedicaid ID `).v(c.medicaid(), "HEALTH_PLAN");
  if (c.chance(0.35)) {
    if (c.chance(0.4)) b.t("  SSN (last 4) ").v(c.digits(4), "SSN");
    else b.t(c.pick(["   SSN ", "  SS# "])).v(c.ssn(), "SSN");
  }
  b.t(`\nRecommendation: ASAM Level ${c.pick(["1.0", "2.1", "2.5", "3.5", "3.7"])}; MOUD ${c.pick(["Sublocade 300 mg", "Suboxone 8/2 mg BID", "Vivitrol 380 mg IM", "none"])}. ${clin(n)}\n`);
  const cl = other(n);
  nm(n, cl, c.pick(["fl", "fml"]));
  b.t(c.pick([", LCADC #", ", LADC lic ", ", CADC-II  license: ", ", LPC-S  #"])).v(c.stateLic(), "LICENSE");
  b.nl();
};

const drugCourtReport: Style = (n) => {
  const { b, c } = n;
  if (c.chance(0.35)) b.noise = ocrNoise(c);
  const county = c.county();
  b.t("IN THE ");
  b.v(county.toUpperCase(), "LOCATION").t(" COUNTY TREATMENT COURT\nProgress report to the Hon. ");
  nm(n, other(n), c.pick(["fl", "il", "l"]));
  b.t(c.pick(["\nParticipant: ", "\nRE: ", "\nDefendant / participant - "]));
  nm(n, n.pt, c.pick(["LF", "fl", "LFM", "lf"]));
  b.t(c.pick(["   Case No. ", "  Cause # ", "\nDocket: "])).v(`${c.pick(["CR", "DC", "TC"])}-${c.int(2023, 2026)}-${c.digits(5)}`, "ID");
  b.t("\nDOB ").v(c.fullDate(n.dob), "DATE").t(c.pick(["   Phase: ", "  | phase "])).t(`${c.int(1, 5)} of 5`);
  b.t("\nReporting period: ");
  const a = c.recent();
  dt(n, a, c.chance(0.5));
  b.t(" – ");
  dt(n, c.after(a, 14), c.chance(0.5));
  b.t("\n\nUDS results (observed):\n");
  for (let i = 0, k = c.int(2, 5); i < k; i++) {
    b.t("  ");
    b.v(c.mdShort(c.after(a, i * 3)), "DATE");
    b.t(`  ${c.pick(["NEG all", "NEG all", "POS BUP (prescribed)", "POS THC", "dilute, recollect", "NEG; EtG NEG", "POS FENT"])}  collector `).v(initials(c.person()), "NAME").nl();
  }
  if (c.chance(0.6)) {
    b.t(`Remote breath monitoring: ${c.pick(["Soberlink Cellular", "Soberlink", "BACtrack View"])} device `).v(c.serial(), "DEVICE");
    b.t(c.pick([", facial-recognition template ", "; face-match enrolment ID ", " (face ID ref "])).v(`${c.pick(["FT", "FR-", "bio_"])}${c.hex(c.int(10, 16))}`, "BIOMETRIC");
    b.t(`; ${c.int(0, 3)} missed tests, ${c.pick(["0.000 all", "one 0.021 at 7:02 AM, retest 0.000"])}\n`);
  }
  b.t(`Groups attended ${c.int(3, 9)}/${c.int(9, 10)}; individual ${c.int(1, 2)}/2; MRT step ${c.int(1, 12)}.\n`);
  b.t("Employment: ");
  if (c.chance(0.6)) b.v(c.pick(L.EMPLOYERS), "FACILITY").t(` (${c.int(20, 40)} h/wk)`);
  else b.t("job search log turned in");
  b.t("\nCase manager contact with ");
  nm(n, other(n), c.pick(["fl", "f"]));
  b.t(` (${c.pick(["wife", "landlord", "employer", "sponsor"])}) on `);
  dt(n, c.after(a, c.int(1, 13)), true);
  b.t(`.\nRecommend: ${c.pick(["phase advance", "continue phase", "sanction: 8 h community service", "incentive: fishbowl"])}. ${clin(n)}\n`);
  b.t("Submitted by ");
  staff(n, other(n), [", LCSW", ", CADC", ", MA, LPC"]);
  b.t(c.pick([" | fax to court ", "\nCourt coordinator fax: "]));
  ph(n, c.phone(), "FAX");
  b.nl();
};

const tmsSessionLog: Style = (n) => {
  const { b, c } = n;
  b.v(c.clinic().replace(/Clinic|Health Center|Medical Group|Primary Care|Community Health Center/, c.pick(["TMS & Ketamine Center", "Neuromodulation Clinic", "Psychiatry Associates"])), "FACILITY");
  b.t(` — rTMS treatment record\nPt: `);
  nm(n, n.pt, c.pick(["lf", "LF", "fl"]));
  b.t(c.pick(["   MRN ", "  ID# ", "\nMRN: "])).v(n.mrn, "MRN");
  b.t("   DOB ").v(c.fullDate(n.dob), "DATE");
  b.t(`\nDevice: ${c.pick(["NeuroStar Advanced Therapy", "BrainsWay Deep TMS H1", "Magstim Horizon", "MagVenture MagPro R30"])}  S/N `).v(c.serial(), "DEVICE");
  b.t(`  Coil `).v(`${c.letters(1)}${c.digits(2)}-${c.digits(5)}`, "DEVICE");
  b.t(`\nMT determined `);
  const start = c.recent();
  dt(n, start);
  b.t(` by `);
  staff(n, other(n), [", MD", ", PMHNP"]);
  b.t(`: ${c.int(48, 78)}% MSO; protocol ${c.pick(["10 Hz 3000 pulses", "iTBS 600 pulses", "1 Hz R-DLPFC"])} @ 120% MT\n\n`);
  b.t("Tx#  date       MT%  pulses  PHQ-9  tech\n");
  const tech = other(n);
  const tech2 = c.person();
  const t0 = c.int(1, 28);
  for (let i = 0, k = c.int(4, 7); i < k; i++) {
    const d = c.after(start, i + c.int(0, 2));
    b.t(`${String(t0 + i).padStart(2, "0")}   `).v(c.mdShort(d), "DATE").t(`  ${c.int(100, 120)}   ${c.pick(["3000", "600", "1800"])}   ${c.int(3, 25)}     `);
    b.v(initials(c.chance(0.7) ? tech : tech2), "NAME").nl();
  }
  b.t(`\nPatient reports ${c.pick(["headache 3/10 after tx 4", "scalp discomfort", "no AEs", "twitching of jaw"])}; driven by `);
  nm(n, other(n), c.pick(["f", "fl"]));
  b.t(` (${c.pick(["husband", "roommate", "son", "partner"])}). Prior trials: ${c.pick(L.DRUGS)}, ${c.pick(L.DRUGS)}.\n`);
  b.t("PA # ").v(`${c.letters(2)}${c.digits(8)}`, "ID").t(` approved ${c.int(30, 36)} tx; member `).v(c.member(), "HEALTH_PLAN").nl();
};

const clozapineRems: Style = (n) => {
  const { b, c } = n;
  b.t(c.pick(["Clozapine REMS — ANC monitoring\n", "CLOZAPINE ANC LOG / REMS PATIENT STATUS\n", "clozapine monitoring sheet\n"]));
  b.t("Patient: ");
  nm(n, n.pt, c.pick(["LF", "lf", "fml", "lfi"]));
  b.t("   DOB ").v(c.fullDate(n.dob), "DATE");
  b.t(c.pick(["\nREMS patient ID: ", "  REMS Pt ID ", "\nREMS #"])).v(`${c.digits(3)}${c.letters(1)}${c.digits(5)}`, "ID");
  b.t("\nPrescriber: ");
  const dr = other(n);
  staff(n, dr, [", MD", ", DO", ", PMHNP-BC"]);
  b.t("  DEA ").v(c.dea(dr), "LICENSE");
  b.t("\nDispensing pharmacy: ");
  pharmacy(n);
  b.t("\n\nDate        ANC (/µL)   status        drawn at\n");
  const a = c.recent();
  const lab = c.pick(["LabCorp PSC", "Quest PSC", "POC (PharmaSmart)", "clinic lab"]);
  for (let i = 0, k = c.int(3, 6); i < k; i++) {
    const d = c.after(a, i * c.pick([7, 14, 28]));
    b.v(c.chance(0.6) ? c.fullDate(d) : c.mdShort(d), "DATE");
    const anc = c.int(900, 4800);
    b.t(`   ${anc}      ${anc >= 1500 ? "normal" : "mild neutropenia"}   ${lab}\n`);
  }
  b.t(`\nMonitoring frequency: ${c.pick(["weekly", "q2 weeks", "monthly"])}; dose ${c.int(100, 600)} mg qHS; BEN ${c.pick(["no", "yes (Duffy-null)"])}. ${clin(n)}\n`);
  b.t("Group home: ");
  fac(n, `${c.pick(["Maple", "Cardinal", "Hope", "Sycamore"])} House ${c.pick(["Group Home", "Residential Care", "Supported Living"])}`);
  b.t(", staff ");
  nm(n, other(n), "fl");
  b.t(" ");
  ph(n);
  b.t("\n");
  if (c.chance(0.5)) { b.t("Guardian: "); nm(n, other(n), "fl"); b.t(", "); address(n, { ...n.addr, city: c.town() }); b.nl(); }
};

const IOP_STATUS = ["P", "P", "P", "A", "L", "Exc", "tele"];

const iopGroupSignIn: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  if (c.chance(0.3)) b.noise = ocrNoise(c);
  b.v(program(n), "FACILITY");
  b.t(` — ${c.pick(["IOP", "PHP", "DBT skills", "Relapse Prevention", "Seeking Safety"])} group sign-in\nGroup date: `);
  const d = c.recent();
  dt(n, d);
  b.t(`   ${c.pick(["9:00-12:00", "6:00-9:00 PM", "1:00-4:00"])}   Facilitator: `);
  staff(n, c.person(), [", LCSW", ", LPC", ", CADC", ", LMFT"]);
  b.t("\n\n#  client                     ID        DOB        in/out   status   signature/notes\n");
  for (let i = 0, k = c.int(5, 9); i < k; i++) {
    const p: Person = c.person();
    b.t(`${i + 1}. `);
    const f = c.int(0, 3);
    if (f === 0) { b.v(p.first, "NAME").t(" ").v(p.last[0]!, "NAME").t("."); }
    else nm(n, p, c.pick(["lf", "LF", "fl", "lfi", "lc"]));
    b.t("   ").v(c.mrn(), "MRN").t("   ");
    if (c.chance(0.6)) { const dob = c.dob(); b.v(c.chance(0.5) ? c.fullDate(dob) : `${dob.m}/${dob.d}/${String(dob.y).slice(2)}`, "DATE"); }
    else b.t("--");
    const st = c.pick(IOP_STATUS);
    b.t(`   ${st === "A" ? "--" : `${c.int(8, 18)}:${c.pick(["00", "05", "58", "12"])}`}   ${st}   `);
    const note = c.int(0, 5);
    if (note === 0) { b.t("ride w/ "); nm(n, c.person(), "f"); b.t(" "); ph(n); }
    else if (note === 1) b.t(`UDS ${c.pick(["neg", "pos THC", "refused"])}`);
    else if (note === 2) { b.t("court letter to PO "); nm(n, c.person(), "l"); }
    else if (note === 3) { b.t("age "); age(n, c.chance(0.15) ? c.oldAge() : c.youngAge()); b.t(" — family session w/ daughter "); nm(n, c.person(), "f"); }
    else if (note === 4) { b.t("step-down to OP on "); dt(n, c.after(d, c.int(3, 20)), true); }
    else b.t("/s/");
    b.nl();
  }
  b.t(`\nTopics: ${c.pick(["HALT", "urge surfing", "distress tolerance (TIPP)", "refusal skills", "12 steps: step 4"])}. Census ${c.int(5, 12)}. ${clin(n)}\n`);
};

export const STYLES_A: Record<string, Style> = {
  "sud-asam-intake": sudAsamIntake,
  "drug-court-report": drugCourtReport,
  "tms-session-log": tmsSessionLog,
  "clozapine-rems-anc": clozapineRems,
  "iop-group-sign-in": iopGroupSignIn,
};
