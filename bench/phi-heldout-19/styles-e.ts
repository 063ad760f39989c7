/**
 * Several patients per note (no record): the SPD loaner-tray receiving log, a failed-biological-indicator
 * look-back, a block-release e-mail, the OR status board as JSON, a surgery wait-list CSV and a PACU census board.
 */
import { fmtDate, type D } from "./kit";
import * as L from "./lists";
import { age, fac, hhmm, initials, isoTs, nm, type Note19, type Style } from "./note";

/** A patient age for a board: 90+ in about one in eight. */
function boardAge(n: Note19): number {
  return n.c.chance(0.13) ? n.c.oldAge() : n.c.int(18, 89);
}

const loanerTrayLog: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  const week = c.recent();
  b.t("STERILE PROCESSING - LOANER INSTRUMENT RECEIVING LOG").nl();
  fac(n, c.hospital()); b.t("  week of ").v(c.partialDate(week), "DATE").nl(2);
  b.t("rcvd   vendor           set                      trays  rep / courier              case (pt - surgeon - DOS)            rcvd by\n");
  for (let i = 0; i < c.int(3, 6); i++) {
    const d0: D = c.shift(week, c.int(0, 6));
    const rep = c.person();
    const pt = c.person();
    const sur = c.person();
    b.v(`${d0.m}/${d0.d}`, "DATE").t(`  ${c.pick(L.VENDORS).padEnd(16)} ${c.pick(["knee revision", "small frag", "distal radius plate", "MIS spine", "shoulder arthroplasty", "foot & ankle"]).padEnd(24)} ${c.int(1, 9)}      `);
    if (c.chance(0.6)) { nm(n, rep, c.pick(["fl", "il"] as const)); b.t(" (rep)"); }
    else { b.t("courier van "); b.v(c.plate(), "VEHICLE"); }
    b.t("   ");
    nm(n, pt, c.pick(["LF", "lfi"] as const)); b.t(" - "); nm(n, sur, "l"); b.t(" - ").v(c.partialDate(c.shift(d0, c.int(1, 3))), "DATE");
    b.t("   ").v(initials(c.person()), "NAME").t(` ${hhmm(c, false)}\n`);
  }
  b.t("\nAll loaners must arrive 24 h before the case for decontamination and sterilization (IFU cycle 4 min 270F).\n");
  if (c.chance(0.5)) { b.t("Late arrival: "); nm(n, c.person(), "fl"); b.t(` (${c.pick(L.VENDORS)}) dropped at ${hhmm(c)}, flash sterilization NOT permitted - charge nurse aware.\n`); }
};

const biFailureLookback: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  const day = c.recent();
  const ip = c.person();
  b.t("FAILED BIOLOGICAL INDICATOR - PATIENT LOOK-BACK").nl();
  b.t(`Sterilizer: ${c.pick(["STERIS Amsco V-PRO maX", "Getinge GSS67H", "STERIS Amsco 400"])}  serial `).v(c.serial(), "DEVICE").t(`  load ${c.int(1, 9)}  cycle ${c.int(100, 999)}\n`);
  b.t("Positive BI read ").v(fmtDate(day, c.pick(["mdy", "m/d/yyyy", "abbr"] as const)), "DATE").t(` ${hhmm(c)}; last negative BI `).v(c.partialDate(c.shift(day, -1)), "DATE").t(".\n");
  b.t("Trays from recalled loads were used on:\n\n");
  b.t("MRN        | Patient                | DOS     | Procedure                  | Surgeon\n");
  for (let i = 0; i < c.int(3, 6); i++) {
    const pt = c.person();
    b.v(c.mrn(), "MRN").t(" | "); nm(n, pt, c.pick(["LF", "lf", "lfi"] as const)); b.t(" | ").v(c.partialDate(c.shift(day, -c.int(0, 2))), "DATE").t(` | ${c.pick(L.PROCEDURES)} | `); nm(n, c.person(), "l"); b.nl();
  }
  b.t("\nSurgeons notified by "); nm(n, ip, "fl"); b.t(", IP, on ").v(c.partialDate(c.shift(day, 1)), "DATE").t(". Risk assessment: low (BI likely false positive, chemical indicators passed). No patient notification unless culture confirms.\n");
};

const blockReleaseEmail: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  const coord = c.person();
  const sur = c.person();
  const day = c.recent();
  const hosp = c.pick(["lakeshorehealth.org", "mercycrossing.org", "threeriversmc.org", "prairiestar.org"]);
  b.t("From: "); nm(n, coord, "fl"); b.t(" <").v(c.workEmail(coord, hosp), "EMAIL").t(">\nTo: ").v(c.workEmail(sur, c.pick(["pvortho.org", "sabrsurg.com"])), "EMAIL").t("\nSubject: Block release - ").v(fmtDate(day, c.pick(["m/d/yyyy", "abbr", "long"] as const)), "DATE").t(` - OR ${c.int(1, 12)}\n\n`);
  b.t("Dr. "); nm(n, sur, "l"); b.t(`,\n\nYour block on `).v(c.partialDate(day), "DATE").t(` (0730-1530) is ${c.int(35, 70)}% booked. Per policy it auto-releases at T-72h (`).v(c.partialDate(c.shift(day, -3)), "DATE").t(` at noon). Currently on:\n\n`);
  for (let i = 0; i < c.int(2, 4); i++) {
    const pt = c.person();
    b.t(`  ${c.int(7, 15)}:${c.pick(["00", "15", "30", "45"])}  `); nm(n, pt, c.pick(["LF", "lf", "fl"] as const)); b.t(", "); age(n, boardAge(n)); b.t(c.pick(["y", " yo", ""])).t(", MRN ").v(c.mrn(), "MRN").t(`, ${c.pick(L.PROCEDURES)}${c.chance(0.3) ? " - auth pending" : ""}\n`);
  }
  b.t(`\nBlock utilization last quarter: ${c.int(48, 96)}% (target 75%). Reply by `).v(c.partialDate(c.shift(day, -4)), "DATE").t(" if you want to keep the afternoon.\n\nThanks,\n"); nm(n, coord, "f"); b.t("\nPerioperative Services | ").v(c.phone(), "PHONE").nl();
};

const orStatusBoardJson: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  const day = c.recent();
  b.t('{\n  "board": "').t(c.pick(["Main OR", "ASC", "Heart OR", "L&D OR"])).t('",\n  "facility": "'); fac(n, c.hospital()); b.t('",\n  "date": "').v(fmtDate(day, "iso"), "DATE").t('",\n  "client": "').v(c.ipv4(), "IP").t('",\n  "cases": [\n');
  const k = c.int(2, 4);
  for (let i = 0; i < k; i++) {
    const pt = c.person();
    const sur = c.person();
    b.t(`    { "room": "OR ${c.int(1, 20)}", "status": "${c.pick(["Pre-op", "In Room", "Procedure Start", "Closing", "PACU", "Phase II"])}", "patient": "`);
    if (c.chance(0.5)) nm(n, pt, "LF"); else nm(n, pt, "fl");
    b.t('", "age": ').t("");
    const a = boardAge(n);
    age(n, a); b.t(`, "sex": "${pt.sex}", "mrn": "`).v(c.mrn(), "MRN").t('", "surgeon": "'); nm(n, sur, c.pick(["lf", "l"] as const)); b.t(`", "proc": "${c.pick(L.PROCEDURES)}", "inRoom": "`);
    isoTs(n, day); b.t('", "familyContact": "');
    nm(n, c.person(), "f"); b.t(" ").v(c.phone().replace(/\D/g, "").slice(-10), "PHONE").t(`", "pager": ${c.int(1, 80)} }${i < k - 1 ? "," : ""}\n`);
  }
  b.t("  ]\n}\n");
};

const surgeryWaitlistCsv: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  b.t("mrn,last_name,first_name,dob,phone,procedure,surgeon,auth_no,requested_date,notes\n");
  for (let i = 0; i < c.int(3, 6); i++) {
    const pt = c.person();
    b.v(c.mrn(), "MRN").t(",");
    if (/[ ,']/.test(pt.last)) b.t('"').v(pt.last, "NAME").t('"'); else b.v(pt.last, "NAME");
    b.t(",").v(pt.first, "NAME").t(",").v(fmtDate(c.dob(), c.pick(["mdy", "iso", "m/d/yyyy"] as const)), "DATE").t(",").v(c.phone().replace(/\D/g, "").slice(-10), "PHONE").t(`,"${c.pick(L.PROCEDURES)}",`);
    nm(n, c.person(), "l"); b.t(",");
    if (c.chance(0.6)) b.v(`${c.letters(2)}${c.digits(8)}`, "ID");
    b.t(",").v(fmtDate(c.recent(), c.pick(["iso", "mdy"] as const)), "DATE").t(",");
    const note = c.int(0, 3);
    if (note === 0) { b.t('"pt asks for date after '); b.v(c.partialDate(c.recent()), "DATE"); b.t(' (grandson wedding)"'); }
    else if (note === 1) { b.t('"call daughter '); nm(n, c.personOf("F"), "f"); b.t(' first"'); }
    else if (note === 2) b.t('"needs cardiac clearance; A1c 8.1"');
    b.nl();
  }
};

const pacuCensusBoard: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  const day = c.recent();
  b.t("PACU CENSUS  ").v(fmtDate(day, c.pick(["mdy", "ddMONyyyy", "abbr"] as const)), "DATE").t(`  ${hhmm(c)}   charge RN `); nm(n, c.person(), "fl"); b.nl();
  b.t("BAY  PATIENT                  AGE/SEX  SURGEON        ANES   IN    ALDRETE  FAMILY\n");
  for (let i = 0; i < c.int(3, 6); i++) {
    const pt = c.person();
    b.t(`${String(c.int(1, 24)).padStart(2, "0")}   `);
    const start = b.text.length;
    nm(n, pt, c.pick(["LF", "lfi", "lf"] as const));
    b.t(" ".repeat(Math.max(1, 25 - (b.text.length - start))));
    age(n, boardAge(n)); b.t(`${pt.sex}      `);
    nm(n, c.person(), "l"); b.t(`  ${c.pick(["GA", "MAC", "SAB", "GA+blk"])}   ${hhmm(c, false)}  ${c.int(6, 10)}        `);
    if (c.chance(0.6)) { nm(n, c.person(), "f"); b.t(" ").v(c.phone(), "PHONE"); } else b.t("--");
    b.nl();
  }
  b.t(`\nHolds: ${c.int(0, 4)} awaiting floor beds. ${c.pick(["Isolation bay 12 closed.", "Two travelers on today.", "Phase II at capacity."])}\n`);
};

export const STYLES_E: Record<string, Style> = {
  "loaner-tray-log": loanerTrayLog,
  "bi-failure-lookback": biFailureLookback,
  "block-release-email": blockReleaseEmail,
  "or-status-board-json": orStatusBoardJson,
  "surgery-waitlist-csv": surgeryWaitlistCsv,
  "pacu-census-board": pacuCensusBoard,
};
