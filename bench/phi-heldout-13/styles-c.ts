/**
 * Sleep and hearing styles of the thirteenth held-out corpus: MSLT/MWT report, home sleep test device log,
 * oral-appliance therapy note, cochlear-implant mapping, VNG report, hearing-aid repair ticket, and the sleep
 * lab's night register (several patients).
 */
import * as L from "./lists";
import { address, age, clin, dt, fac, initials, nm, other, ph, pickAge, staff, type Note13, type Style } from "./note";

function sleepLab(n: Note13): string {
  const c = n.c;
  return c.pick([`${c.pick(L.FAC_STEMS)} Sleep Disorders Center`, `${c.town()} Sleep Lab`, `Center for Sleep Medicine at ${c.hospital()}`, `${c.pick(L.FAC_STEMS)} Sleep & Neurodiagnostics`]);
}

const msltReport: Style = (n) => {
  const { b, c } = n;
  b.v(sleepLab(n), "FACILITY");
  b.t(c.pick(["\nMULTIPLE SLEEP LATENCY TEST (MSLT)\n", "\nMSLT / MWT REPORT\n", "\nDaytime nap study — MSLT\n"]));
  b.t("Name: ");
  nm(n, n.pt, c.pick(["LF", "lf", "fl"]));
  b.t("   DOB: ").v(c.fullDate(n.dob), "DATE");
  b.t("   Study #").v(`${c.pick(["SL", "MS", ""])}${c.digits(2)}-${c.digits(4)}`, "ID");
  b.t("\nPreceding PSG: ");
  const d = c.recent();
  dt(n, c.after(d, -1));
  b.t(` (TST ${c.int(360, 470)} min, AHI ${c.int(0, 4)}.${c.int(0, 9)})   MSLT date: `);
  dt(n, d);
  b.t(`\nUDS ${c.pick(["negative", "positive for THC — see comment"])}; actigraphy 14 d; ${c.pick(L.EPONYMS)}\n\n`);
  b.t("Nap  lights out  latency(min)  SOREMP\n");
  let sore = 0;
  for (let i = 0; i < 5; i++) {
    const s = c.chance(0.35);
    if (s) sore++;
    b.t(`${i + 1}    ${8 + 2 * i}:${c.pick(["00", "02", "05"])}       ${c.int(1, 20)}.${c.pick(["0", "5"])}          ${s ? "yes" : "no"}\n`);
  }
  b.t(`\nMean sleep latency ${c.int(2, 15)}.${c.int(0, 9)} min, ${sore} SOREMPs. Impression: ${c.pick(["consistent with narcolepsy type 2", "idiopathic hypersomnia", "normal"])}. Consider ${c.pick(["Wakix", "Xywav", "Sunosi", "Lumryz", "Provigil"])}.\n`);
  b.t("Technologist: ");
  nm(n, other(n), c.pick(["fl", "il"]));
  b.t(", RPSGT #").v(c.digits(6), "LICENSE");
  b.t("\nInterpreting physician: ");
  staff(n, other(n), [", MD, D.ABSM", ", DO", ", MD"]);
  b.t("\ncc: ");
  staff(n, other(n));
  b.t(c.pick([" via fax ", " | fax: "]));
  ph(n, c.phone(), "FAX");
  b.nl();
};

const hsatDeviceLog: Style = (n) => {
  const { b, c } = n;
  b.t(c.pick(["Home Sleep Apnea Test — device checkout\n", "HSAT DISPATCH / RETURN LOG\n", "WatchPAT mail-out record\n"]));
  b.t("Patient ");
  nm(n, n.pt, c.pick(["lf", "LF", "fl"]));
  b.t("  MRN ").v(n.mrn, "MRN").t("  DOB ").v(c.fullDate(n.dob), "DATE");
  b.t(`\nDevice: ${c.pick(["WatchPAT ONE (disposable)", "Alice NightOne", "ApneaLink Air", "NOX T3s"])}  S/N `).v(c.serial(), "DEVICE");
  b.t(`\nSTOP-BANG ${c.int(3, 8)}; Epworth ${c.int(4, 22)}; neck ${c.int(14, 19)} in\n`);
  const out = c.recent();
  if (c.chance(0.5)) {
    b.t("Mailed ");
    dt(n, out);
    b.t(` via ${c.pick(["UPS", "FedEx", "USPS Priority"])} tracking `).v(c.pick([`1Z${c.letters(6, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ")}${c.digits(10)}`, `9400${c.digits(18)}`, `${c.digits(12)}`]), "ID");
    b.t(" to ");
    address(n, n.addr, ", ", c.chance(0.3));
  } else {
    b.t("Picked up in clinic ");
    dt(n, out);
    b.t(" by ");
    nm(n, c.chance(0.6) ? n.pt : other(n), "fl");
    b.t(" (ID checked: DL ").v(`${c.letters(1)}${c.digits(c.int(7, 12))}`, "LICENSE").t(")");
  }
  b.t("\nReturned ");
  dt(n, c.after(out, c.int(2, 9)), c.chance(0.5));
  b.t(` — ${c.pick(["2 nights valid", "1 night, oximeter off 3 h", "not worn, re-sent", "data OK"])}; downloaded to `).v(c.ip(), "IP");
  b.t("\nReminder calls to ");
  ph(n, n.phone);
  b.t(` (${c.pick(["no answer", "spoke with pt", "left VM"])}); e-mail `).v(n.email, "EMAIL");
  b.t(`\nPayer: ${c.pick(L.PAYERS)}  auth `).v(`${c.letters(1)}${c.digits(9)}`, "ID");
  b.t("  staff ").v(initials(c.person()), "NAME").nl();
};

const oralApplianceOsa: Style = (n) => {
  const { b, c } = n;
  b.v(`${c.pick(L.SURNAMES)} ${c.pick(["Dental Sleep Medicine", "Family Dentistry", "TMJ & Sleep Therapy Centre"])}`, "FACILITY");
  b.t(c.pick(["\nOral Appliance Therapy — titration note\n", "\nMAD delivery & titration\n"]));
  b.t("Pt: ");
  nm(n, n.pt, c.pick(["fl", "lf", "fml"]));
  b.t("   DOB ").v(c.fullDate(n.dob), "DATE").t("   Chart ").v(n.mrn, "MRN");
  b.t("\nReferred by ");
  staff(n, other(n), [", MD", ", DO"]);
  b.t(" (sleep medicine) after PSG ");
  dt(n, c.recent(), c.chance(0.5));
  b.t(`: AHI ${c.int(5, 40)}, nadir SpO2 ${c.int(75, 90)}%, CPAP-intolerant\n`);
  b.t(`Appliance: ${c.pick(["SomnoMed Avant", "ProSomnus EVO", "Dorsal (Panthera)", "TAP 3 Elite"])}  lab case `).v(`${c.letters(2)}${c.digits(7)}`, "ID");
  b.t("\nDelivered ");
  const d = c.recent();
  dt(n, d);
  b.t(`; baseline protrusion ${c.int(3, 7)} mm of ${c.int(8, 13)} mm max\n`);
  for (let i = 1, k = c.int(2, 4); i <= k; i++) {
    b.t("  ").v(c.mdShort(c.after(d, i * 14)), "DATE").t(`  +${c.int(1, 3)}.${c.pick(["0", "5"])} mm, ${c.pick(["TMJ sore AM", "bed partner reports less snoring", "no change", "dry mouth"])}\n`);
  }
  b.t("Bed partner ");
  nm(n, other(n), c.pick(["f", "fl"]));
  b.t(` says snoring ${c.pick(["gone", "softer", "same"])}. ${clin(n)}\nMedical: `);
  b.t(`${c.pick(L.PAYERS)} ID `).v(c.member(), "HEALTH_PLAN").t(`  E0486  `);
  b.t("\nDDS: ");
  nm(n, other(n), c.pick(["fl", "fml"]));
  b.t(", DDS  lic ").v(c.stateLic(), "LICENSE").t("  NPI ").v(c.npi(), "LICENSE").nl();
};

const cochlearMapping: Style = (n) => {
  const { b, c } = n;
  b.v(`${c.pick(L.FAC_STEMS)} ${c.pick(["Hearing & Balance Center", "Audiology", "Cochlear Implant Program"])}`, "FACILITY");
  b.t("\nCOCHLEAR IMPLANT PROGRAMMING\nPatient: ");
  nm(n, n.pt, c.pick(["lf", "fl", "LF"]));
  const a = pickAge(n, 0.2);
  b.t("  Age ");
  age(n, a);
  b.t("  MRN ").v(n.mrn, "MRN");
  const ear = c.pick(["Right", "Left", "Bilateral"]);
  b.t(`\nEar: ${ear}   Implant: ${c.pick(["Cochlear CI632", "Advanced Bionics HiRes Ultra 3D", "MED-EL Synchrony 2"])}  S/N `).v(c.serial(), "DEVICE");
  b.t("\nSurgery ");
  dt(n, c.date(2018, 2026), c.chance(0.3));
  b.t(" at ").v(c.hospital(), "FACILITY").t(" — surgeon ");
  staff(n, other(n), [", MD", ", MD, FACS"]);
  b.t(`\nProcessor: ${c.pick(["Nucleus 8", "Naida CI M90", "Sonnet 2", "Kanso 2"])}  S/N `).v(c.serial(), "DEVICE");
  b.t("\nActivation ");
  dt(n, c.recent(), true);
  b.t(`   Session today: `);
  dt(n, c.recent());
  b.t(`\nMAPs: P1 ${c.pick(["ACE", "HiRes Optima-S", "FS4-p"])} ${c.int(900, 1800)} pps  P2 +${c.int(2, 6)} CL  P3 noise; T/C levels adjusted e${c.int(1, 22)}–e${c.int(1, 22)}\n`);
  b.t(`AzBio quiet ${c.int(10, 95)}%, CNC words ${c.int(10, 90)}%; ${c.pick(["Weber midline", "Rinne AC>BC", "tinnitus 4/10"])}.\n`);
  b.t("Accompanied by ");
  const r = other(n);
  nm(n, r, c.pick(["fl", "f"]));
  b.t(` (${c.pick(["wife", "daughter", "son", "mother"])}), ${c.pick(["remote check via app", "streaming set up"])}: `).v(c.email(r), "EMAIL");
  b.t("\nAudiologist: ");
  nm(n, other(n), c.pick(["fl", "il"]));
  b.t(", Au.D., CCC-A  lic ").v(c.stateLic(), "LICENSE").nl();
};

const vngReport: Style = (n) => {
  const { b, c } = n;
  b.v(`${c.pick(L.FAC_STEMS)} ${c.pick(["ENT Associates", "Otolaryngology", "Balance Center"])}`, "FACILITY");
  b.t(c.pick(["\nVIDEONYSTAGMOGRAPHY (VNG) REPORT\n", "\nVNG / vestibular battery\n"]));
  b.t("Name ");
  nm(n, n.pt, c.pick(["LF", "lf", "fl"]));
  const a = pickAge(n, 0.25);
  b.t("   Age ");
  age(n, a);
  b.t("   DOB ").v(c.fullDate(n.dob), "DATE").t("\nTest date ");
  dt(n);
  b.t("   Referring ");
  staff(n, other(n));
  b.t(`\nSystem: ${c.pick(["Interacoustics VisualEyes 525", "Micromedical Spectrum", "Synapsys"])}, goggles S/N `).v(c.serial(), "DEVICE");
  b.t(`\nOculomotor: saccades WNL, smooth pursuit ${c.pick(["gain reduced", "WNL"])}, OKN symmetric\n`);
  b.t(`Positional: ${c.pick(["Dix-Hallpike R: upbeating torsional, 18 s", "Dix-Hallpike negative bilaterally", "supine roll: geotropic"])}\n`);
  b.t(`Calorics: UW ${c.int(5, 60)}% ${c.pick(["R", "L"])}, DP ${c.int(1, 30)}%; fixation index normal\n`);
  b.t(`vHIT gains ${c.int(6, 10) / 10} / ${c.int(6, 10) / 10}; ${c.pick(["Fukuda stepping test", "Romberg positive", "DHI 46/100"])}. ${clin(n)}\n`);
  b.t(`Impression: ${c.pick(["R BPPV posterior canal — Epley performed", "L peripheral hypofunction", "central signs, MRI advised", "normal study"])}.\n`);
  b.t("Driver today: ");
  nm(n, other(n), c.pick(["f", "fl"]));
  b.t(" ");
  ph(n);
  b.t("\nPerformed by ");
  nm(n, other(n), c.pick(["fl", "il"]));
  b.t(", Au.D.  NPI ").v(c.npi(), "LICENSE").nl();
};

const hearingAidRepair: Style = (n) => {
  const { b, c } = n;
  b.v(`${c.pick(["Sound Choice", "Clear Tone", "Hometown"])} Hearing ${c.pick(["Center", "Aids", "& Audiology"])} of ${c.town()}`, "FACILITY");
  b.t(c.pick(["\nREPAIR / WARRANTY TICKET\n", "\nHearing aid repair authorization\n"]));
  b.t("Customer: ");
  nm(n, n.pt, c.pick(["fl", "LF", "lf"]));
  const a = pickAge(n, 0.35);
  b.t(` (${c.pick(["age ", ""])}`);
  age(n, a);
  b.t(")\n");
  address(n, n.addr);
  b.t("\nPh ");
  ph(n, n.phone);
  if (c.chance(0.6)) b.t(c.pick(["   Acct# ", "  account ", "\nCustomer acct: "])).v(c.account(), "ACCOUNT");
  b.t(`\nManufacturer: ${c.pick(["Phonak", "Oticon", "ReSound", "Starkey", "Signia", "Widex"])}   RA# `).v(`${c.pick(["RA", "R"])}${c.digits(8)}`, "ID");
  for (const side of c.pick([["L"], ["R"], ["L", "R"]])) {
    b.t(`\n${side}: ${c.pick(["Lumity L90-R", "Intent 1", "Omnia 9", "Genesis AI 24", "Pure C&G 7IX"])}  S/N `).v(c.serial(), "DEVICE");
    b.t(`  ${c.pick(["dead", "intermittent", "feedback", "receiver blocked with wax", "cracked shell"])}`);
  }
  b.t("\nPurchased ");
  dt(n, c.date(2020, 2025), c.chance(0.5));
  b.t(` — warranty through ${c.pick(["2027", "12/2027", "Dec 2026"])} (L&D ${c.pick(["used", "1 claim left"])})\n`);
  b.t("Loaner S/N ").v(c.serial(), "DEVICE").t(" issued ");
  dt(n, c.recent(), true);
  b.t(`; deposit $${c.int(50, 300)}\nPickup by `);
  nm(n, other(n), c.pick(["fl", "f"]));
  b.t(` (${c.pick(["daughter", "son", "neighbor", "caregiver"])}). Insurance: ${c.pick(L.PAYERS)} `).v(c.member(), "HEALTH_PLAN");
  b.t("\nHIS: ");
  nm(n, other(n), "fl");
  b.t(" lic# ").v(c.stateLic(), "LICENSE").nl();
};

const psgNightRegister: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  b.v(sleepLab(n), "FACILITY");
  b.t(" — overnight schedule  ");
  const d = c.recent();
  dt(n, d);
  b.t(c.pick([" (night of)\n", "\n"]));
  b.t("Techs: ");
  nm(n, c.person(), "fl");
  b.t(" / ");
  nm(n, c.person(), c.pick(["fl", "f"]));
  b.t("\n\nBed | patient | DOB / age | study | MRN | notes\n");
  for (let i = 1, k = c.int(4, 6); i <= k; i++) {
    const p = c.person();
    b.t(`${i} | `);
    nm(n, p, c.pick(["LF", "lf", "lfi"]));
    b.t(" | ");
    const a = c.chance(0.12) ? c.oldAge() : c.youngAge();
    if (c.chance(0.5)) { b.v(c.fullDate({ ...c.dob(), y: 2026 - a }), "DATE"); b.t(" / "); }
    age(n, a);
    b.t(`${c.pick(["y", " yo", "Y"])} | ${c.pick(["PSG", "split", "CPAP titration", "BPAP ST titration", "PSG + MSLT", "ASV titration"])} | `).v(c.mrn(), "MRN").t(" | ");
    const nt = c.int(0, 4);
    if (nt === 0) { b.t("wife "); nm(n, c.person(), "f"); b.t(" staying, cot"); }
    else if (nt === 1) { b.t("transport from "); fac(n, `${c.pick(L.FAC_STEMS)} ${c.pick(["Nursing Center", "Assisted Living", "Care Center"])}`); }
    else if (nt === 2) { b.t("call if late "); ph(n); }
    else if (nt === 3) b.t(`${c.pick(["wheelchair", "O2 2L", "trach", "autism — weighted blanket"])}`);
    else { b.t("needs interpreter (Spanish); auth "); b.v(`${c.letters(1)}${c.digits(9)}`, "ID"); }
    b.nl();
  }
  b.t(`\nCPAP loaner S/N `).v(c.serial(), "DEVICE").t(` in bed 2 closet. ${clin(n)}\n`);
};

export const STYLES_C: Record<string, Style> = {
  "mslt-report": msltReport,
  "hsat-device-log": hsatDeviceLog,
  "oral-appliance-osa": oralApplianceOsa,
  "cochlear-mapping": cochlearMapping,
  "vng-report": vngReport,
  "hearing-aid-repair-ticket": hearingAidRepair,
  "psg-night-register": psgNightRegister,
};
