/** Styles E: several people in one note (no record): SNF census, race medical tent, home-health route, dosimetry report. */
import { fmtDate, later, p2, type Person } from "./kit";
import { PAYERS } from "./lists";
import { age, initials, nm, ph, type Note11, type Style } from "./note";

const person = (n: Note11): Person => n.c.person();

/** SNF midnight census: hall/room (not gold), `LAST, First (94)`, MRNs, payer day counts (not gold), admit `m/d`, hospital returned from. */
const snfCensus: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  const fac = c.facility(c.pick(["Nursing & Rehabilitation", "Senior Living", "Health Care Center"]));
  const d = c.recent();
  b.v(fac.toUpperCase(), "FACILITY").t(" — MIDNIGHT CENSUS — ").v(fmtDate(d, c.pick(["mdy", "dow", "long"] as const)), "DATE").nl();
  b.t("HALL | RM    | RESIDENT                     | AGE | MRN        | PAYER              | ADM   | NOTE").nl();
  const rows = c.int(5, 9);
  for (let i = 0; i < rows; i++) {
    const p = person(n);
    const a = c.chance(0.35) ? c.oldAge() : c.int(58, 89);
    b.t(`${c.pick(["A", "B", "C", "Memory"])}    | ${c.int(100, 240)}-${c.pick(["A", "B"])} | `);
    const start = b.text.length;
    nm(n, p, c.pick(["LF", "lf", "lfi"] as const));
    b.t(" ".repeat(Math.max(1, 28 - (b.text.length - start)))).t(" | ");
    age(n, a); b.t("  | ").v(c.digits(c.pick([5, 6, 7])), "MRN").t(`    | ${c.pick(["Medicare A day " + c.int(1, 100), "Medicaid", "Private pay", c.pick(PAYERS) + " (auth)", "Hospice (Medicare)"])}`.padEnd(21)).t(" | ");
    b.v(`${c.int(1, 12)}/${c.int(1, 28)}`, "DATE").t(" | ");
    const r = c.int(0, 4);
    if (r === 0) b.t("returned from ").v(c.facility(c.pick(["Regional Hospital", "Medical Center"])), "FACILITY").t(` ${c.time()}`);
    else if (r === 1) { b.t("LOA w/ daughter "); nm(n, person(n), "f"); b.t(", back by 2000"); }
    else if (r === 2) b.t(`isolation (C. diff), ${c.pick(["Braden 12", "Morse 55", "PHQ-9 4"])}`);
    else if (r === 3) { b.t("new admit, POA "); nm(n, person(n), "fl"); b.t(" "); ph(n); }
    else b.t(`DNR/POLST on chart; ${c.pick(["hospice aide MWF", "wander guard on", "NPO after MN for PEG"])}`);
    b.nl();
  }
  b.t(`Census ${c.int(60, 110)}/${c.int(110, 120)} beds · admissions ${c.int(0, 3)} · discharges ${c.int(0, 3)} (`);
  nm(n, person(n), "lfi"); b.t(" to ").v(c.facility("Senior Living"), "FACILITY").t(")").nl();
  b.t("Prepared by: "); nm(n, person(n), "il"); b.t(", ward clerk · verified ").v(initials(person(n)), "NAME").t(" RN, night supervisor").nl();
};

/** Marathon medical tent log: bib numbers (ID), names, ages (90+ rare), arrival times and sodium (not gold), ambulance `Medic 7` (not gold), destination hospital, staff initials. */
const raceTent: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  const race = `${c.pick(["Brindle Creek", "Harvest Moon", "River to Ridge", c.town()])} ${c.pick(["Marathon", "Half Marathon", "Turkey Trot 10K", "Ironman 70.3"])}`;
  b.t(`${race} — Medical Tent ${c.pick(["A (finish)", "B (mile 20)", "C (transition)"])} — Patient Log — `).v(fmtDate(c.recent(), c.pick(["mdy", "long", "iso"] as const)), "DATE").nl();
  b.t("Tent lead: "); nm(n, person(n), "fl"); b.t(", MD   Radio ch 4   Race HQ "); ph(n); b.nl();
  b.t("BIB   | NAME                       | AGE | IN    | COMPLAINT / FINDINGS                 | DISPO                          | BY").nl();
  for (let i = 0; i < c.int(5, 8); i++) {
    const p = person(n);
    b.v(String(c.int(1, 29999)), "ID").t(" | ");
    const s = b.text.length;
    nm(n, p, c.pick(["LF", "fl", "lf"] as const));
    b.t(" ".repeat(Math.max(1, 26 - (b.text.length - s)))).t(" | ");
    age(n, c.chance(0.05) ? c.oldAge() : c.int(19, 78)); b.t(`  | ${p2(c.int(7, 13))}:${p2(c.int(0, 59))} | `);
    b.t(c.pick([`EAH, Na ${c.int(118, 131)}, confused`, `heat, Tre ${c.int(104, 107)}.${c.int(0, 9)} F, ice tub`, "R calf cramp", `syncope at finish, BP ${c.int(70, 95)}/${c.int(40, 60)}`, `BG ${c.int(38, 60)}, glucose gel`, "blisters x3"]).padEnd(36)).t(" | ");
    const r = c.int(0, 3);
    if (r === 0) b.t(`Medic ${c.int(1, 20)} to `).v(c.facility(c.pick(["Medical Center", "Regional Hospital"])), "FACILITY");
    else if (r === 1) { b.t("released to "); nm(n, person(n), "f"); b.t(" (").v(c.phone(), "PHONE").t(")"); }
    else b.t("released, walked out");
    b.t(" | ").v(initials(person(n)), "NAME").nl();
  }
  b.t(`Totals: ${c.int(20, 140)} encounters, ${c.int(0, 6)} transports. Weather ${c.int(58, 91)} F, WBGT ${c.int(60, 84)}, flag ${c.pick(["green", "yellow", "red"])}.`).nl();
};

/** Home-health nurse route sheet: nurse's car plate, stops with patient names, ages, addresses and towns, gate codes and dogs (not gold), odometer (not gold). */
const hhRoute: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  const rn = person(n);
  b.v(c.facility(c.pick(["Home Health", "Home Care", "Visiting Nurses"])), "FACILITY").t(" — DAILY ROUTE — ").v(fmtDate(c.recent(), c.pick(["mdy1", "dow"] as const)), "DATE").nl();
  b.t("Clinician: "); nm(n, rn, "fl"); b.t(", RN   Vehicle: ").t(c.pick(["2019 Corolla", "2022 Equinox", "2016 F-150"])).t(" plate ").v(c.plate(), "VEHICLE").t(`   Odometer start ${c.int(20000, 180000)}`).nl(2);
  let hr = c.int(7, 9);
  for (let i = 1; i <= c.int(4, 6); i++) {
    const p = person(n);
    b.t(`${i}. ${p2(hr)}:${c.pick(["00", "30", "15", "45"])}  `);
    hr += c.int(1, 2);
    nm(n, p, c.pick(["LF", "fl", "lfi"] as const)); b.t(" ("); age(n, c.chance(0.3) ? c.oldAge() : c.int(45, 89)); b.t(")  ");
    b.v(c.street(), "ADDRESS").t(", ").v(c.town(), "LOCATION").t("  ").v(c.phone(), "PHONE").nl();
    b.t(`     ${c.pick(["SN wound care, wet-to-dry", "SN INR draw, CoaguChek", "SOC — OASIS", "recert, 60-day", "PICC dressing + Vanco 1 g", "Foley change 16Fr"])}; `);
    b.t(c.pick([`gate code ${c.digits(4)}#`, `dog "${c.pick(["Biscuit", "Duke", "Rosie", "Bear"])}" — call first`, "key in lockbox 2741", "park on road, long drive"]));
    if (c.chance(0.4)) { b.t("; daughter "); nm(n, person(n), "f"); b.t(" there until noon"); }
    b.nl();
  }
  b.t(`Odometer end ${c.int(20000, 180000)} · mileage ${c.int(40, 190)} mi · next OASIS due `).v(`${c.int(1, 12)}/${c.int(1, 28)}`, "DATE").nl();
};

/** Radiation dosimetry report: account number, period dates, participants with ids, DOBs, dosimeter serials (DEVICE), doses in mrem and `M` (not gold), RSO. */
const dosimetry: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  const d0 = c.recent();
  b.t(`${c.pick(["LANDAUER", "MIRION DOSIMETRY SERVICES"])} — OCCUPATIONAL EXPOSURE REPORT`).nl();
  b.t("Account: ").v(c.facility(c.pick(["Imaging", "Medical Center", "Surgery Center"])).toUpperCase(), "FACILITY").t("   Acct # ").v(c.digits(6), "ACCOUNT").t(`   Series ${c.letters(2)}   Wear period `).v(fmtDate({ ...d0, d: 1 }, "mdy"), "DATE").t(" – ").v(fmtDate({ ...d0, d: 28 }, "mdy"), "DATE").nl();
  b.t("PARTICIPANT                  PART #  DOB         DOSIMETER SN    LOC    DDE   LDE   SDE   YTD DDE").nl();
  for (let i = 0; i < c.int(4, 7); i++) {
    const p = person(n);
    const s = b.text.length;
    nm(n, p, c.pick(["LFM", "LF"] as const));
    b.t(" ".repeat(Math.max(1, 29 - (b.text.length - s)))).v(p2(c.int(0, 99)) + c.digits(3), "ID").t("   ").v(fmtDate({ y: c.int(1958, 2001), m: c.int(1, 12), d: c.int(1, 28) }, "mdy"), "DATE").t("  ").v(`${c.letters(2)}${c.digits(7)}`, "DEVICE");
    b.t(`    ${c.pick(["COLLAR", "WAIST ", "RING R", "CHEST "])} ${[c.pick(["M  ", String(c.int(1, 90)).padEnd(3)]), c.pick(["M  ", String(c.int(1, 120)).padEnd(3)]), c.pick(["M  ", String(c.int(1, 300)).padEnd(3)])].join("   ")}   ${c.int(0, 900)}`).nl();
  }
  b.t(`M = minimal (<1 mrem). Control badge ${c.letters(2)}${c.digits(7)}C unexposed. Investigation level I: 125 mrem/qtr (ALARA).`).nl();
  b.t("RSO: "); nm(n, person(n), "fl"); b.t(", MS, DABR   "); ph(n); b.t("   Received ").v(fmtDate(later(d0, 40), "mdy1"), "DATE").nl();
};

export const STYLES_E: Record<string, (n: Note11) => void> = {
  "snf-midnight-census": snfCensus,
  "race-medical-tent": raceTent,
  "hh-route-sheet": hhRoute,
  "dosimetry-report": dosimetry,
};
