/** Seventeenth corpus, styles F: multi-patient hospital lists (census, bed board, cath schedule, RRT log, consult pager log). */
import type { Person } from "./kit";
import * as L from "./lists";
import { age, dt, fac, hhmm, nm, type Note17, type Style } from "./note";

function anyone(n: Note17): Person {
  return n.c.person();
}

/** Hospitalist census as a fixed-width text table. */
const census: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  const when = c.recent();
  const hosp = c.hospital();
  b.t("HOSPITALIST CENSUS - ").t(c.pick(["Team A", "Team 4", "Nocturnist", "Gold"])).t(" - ");
  fac(n, hosp); b.t(" - "); dt(n, when); b.nl();
  b.t("Rm    Patient                    Age  MRN          Adm     Dx                 Consults").nl();
  const rows = c.int(5, 9);
  for (let i = 0; i < rows; i++) {
    const p = anyone(n);
    const a = c.chance(0.2) ? c.oldAge() : c.youngAge();
    const pre = b.text.length;
    b.t(`${c.int(2, 7)}${c.pick(["N", "S", "W"])}${c.int(10, 60)}  `);
    nm(n, p, c.pick(["LF", "lfi", "lf"]));
    b.t(" ".repeat(Math.max(1, 33 - (b.text.length - pre))));
    age(n, a); b.t(`${p.sex}  `).v(c.mrn(), "MRN").t("  "); b.v(c.partialDate(c.plus(when, -c.int(0, 9))), "DATE");
    b.t(`  ${c.pick(["sepsis/UTI", "CHF exac", "COPD", "AKI", "cellulitis", "syncope", "GIB"])}`.padEnd(21));
    if (c.chance(0.5)) { b.t(`${c.pick(["renal", "cards", "GI", "ID"])}-`); nm(n, anyone(n), "l"); }
    b.nl();
  }
  b.t("Census: ").t(String(rows)).t(`  d/c today: ${c.int(0, 3)}  Signed out to `); nm(n, anyone(n), "il"); b.t(" at ").t(hhmm(c)).nl();
};

/** Bed board export as CSV with quoted names and facility of origin. */
const bedBoard: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  const when = c.recent();
  b.t("unit,bed,status,patient_name,mrn,dob,admit_dt,from,attending,isolation").nl();
  const rows = c.int(5, 9);
  for (let i = 0; i < rows; i++) {
    b.t(`${c.pick(["4W", "5E", "ICU", "PCU", "3N"])},${c.int(1, 40)}${c.pick(["A", "B", ""])},${c.pick(["occupied", "dirty", "pending d/c", "assigned"])},`);
    if (c.chance(0.15)) { b.t(",,,,,,").nl(); continue; }
    const p = anyone(n);
    const q = c.chance(0.5);
    b.t(q ? '"' : ""); nm(n, p, q ? c.pick(["LF", "lf", "lfm"]) : c.pick(["FL", "fl"])); b.t(q ? '"' : "").t(",").v(c.mrn().replace(/ /g, ""), "MRN").t(",");
    b.v(c.chance(0.5) ? `${c.dob().y}-${String(c.int(1, 12)).padStart(2, "0")}-${String(c.int(1, 28)).padStart(2, "0")}` : c.fullDate(c.dob()).replace(/,/g, ""), "DATE").t(",");
    const ad = c.plus(when, -c.int(0, 6));
    b.v(`${ad.m}/${ad.d}/${ad.y}`, "DATE").t(` ${hhmm(c)},`);
    const k = c.int(0, 3);
    if (k === 0) fac(n, c.pick(L.SNF));
    else if (k === 1) fac(n, c.hospital());
    else b.t(c.pick(["ED", "PACU", "direct admit", "home"]));
    b.t(",");
    nm(n, anyone(n), c.pick(["l", "il"] as const));
    b.t(`,${c.pick(["", "contact", "droplet", "C. diff"])}`).nl();
  }
};

/** Cath lab schedule with referring doctors and outside hospitals. */
const cathSchedule: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  const when = c.recent();
  b.t(c.pick(["CATH LAB SCHEDULE", "Cardiac Cath / EP Lab Schedule", "CVL Daily Board"])).t(" ");
  dt(n, when); b.t(c.pick([" | Lab 1 & 2", " - ", "  "])).nl();
  const rows = c.int(4, 8);
  const sep = c.pick([" | ", "\t", "  "]);
  b.t(["Time", "Lab", "Patient", "Age", "MRN", "Procedure", "Operator", "Referring/From"].join(sep)).nl();
  for (let i = 0; i < rows; i++) {
    const p = anyone(n);
    b.t(`${String(c.int(7, 16)).padStart(2, "0")}:${c.pick(["00", "15", "30", "45"])}${sep}${c.int(1, 3)}${sep}`);
    nm(n, p, c.pick(["LF", "lfi", "lf"])); b.t(sep); age(n, c.chance(0.15) ? c.oldAge() : c.youngAge()); b.t(sep).v(c.mrn(), "MRN").t(sep);
    b.t(c.pick(["LHC +/- PCI", "RHC", "TAVR", "PPM dual", "ICD gen change", "AF ablation", "Watchman"])).t(sep);
    nm(n, anyone(n), c.pick(["l", "il"])); b.t(sep);
    if (c.chance(0.5)) { b.t("Dr "); nm(n, anyone(n), "l"); b.t(" / "); }
    if (c.chance(0.6)) fac(n, c.hospital()); else b.t("inpt");
    b.nl();
  }
};

/** Rapid response monthly log (quality committee) as a pipe table. */
const rrtLog: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  const when = c.recent();
  b.t("RRT Activations - ").v(c.monthYear(when), "DATE").t(" - Quality & Patient Safety").nl();
  b.t("| Event | Date | Patient | MRN | Age | Unit | Caller | Trigger | Outcome |").nl().t("|---|---|---|---|---|---|---|---|---|").nl();
  for (let i = 0; i < c.int(5, 9); i++) {
    const p = anyone(n);
    b.t("| ").v(`RRT-${c.digits(5)}`, "ID").t(" | "); b.v(c.partialDate({ ...when, d: c.int(1, 28) }), "DATE"); b.t(" | ");
    nm(n, p, c.pick(["LF", "lfi", "lf", "fl"])); b.t(" | ").v(c.mrn(), "MRN").t(" | "); age(n, c.chance(0.2) ? c.oldAge() : c.youngAge()); b.t(` | ${c.pick(["4W", "5N", "Tele", "Ortho", "L&D"])} | `);
    nm(n, anyone(n), c.pick(["il", "f", "fl"])); b.t(` RN | ${c.pick(["HR>130", "SBP<90", "RR>28", "worried", "SpO2<88"])} | ${c.pick(["stayed", "ICU", "PCU", "code", "comfort"])} |`).nl();
  }
  b.t(`Total ${c.int(20, 70)} calls; rate ${c.int(10, 40)}.${c.int(0, 9)}/1000 pt-days.`).nl();
};

/** Consult service pager log: new consults with callback numbers. */
const consultPager: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  const when = c.recent();
  const svc = c.pick(L.CONSULT_SERVICES);
  b.t(`${svc.toUpperCase()} CONSULT PAGER LOG  `); dt(n, when); b.nl();
  for (let i = 0; i < c.int(4, 7); i++) {
    b.t(`${hhmm(c)}  `);
    const p = anyone(n);
    nm(n, p, c.pick(["LF", "lfi", "fl", "l"])); b.t(` rm ${c.int(200, 899)}  MRN `).v(c.mrn(), "MRN").t("  ");
    if (c.chance(0.3)) { b.t("age "); age(n, c.chance(0.4) ? c.oldAge() : c.youngAge()); b.t("  "); }
    b.t(c.pick(["q: ", "re: ", ""])).t(c.pick(["AKI", "new afib", "bacteremia", "elevated LFTs", "seizure", "hyperkalemia"])).t(" - from ");
    nm(n, anyone(n), c.pick(["il", "l", "fl"])); b.t(c.pick([" (hospitalist)", " (ED)", " (ortho)", ""])).t(" cb ");
    if (c.chance(0.5)) b.t(`x${c.int(2000, 7999)}`); else b.v(c.phone(), "PHONE");
    b.t(c.pick(["  seen", "  to see", "  curbside only", "  NEW"])).nl();
  }
  b.t("Fellow on call: "); nm(n, anyone(n), "fl"); b.t(", MD").nl();
};

export const STYLES_F: Record<string, Style> = {
  "hospitalist-census": census,
  "bed-board-csv": bedBoard,
  "cath-lab-schedule": cathSchedule,
  "rrt-monthly-log": rrtLog,
  "consult-pager-log": consultPager,
};
