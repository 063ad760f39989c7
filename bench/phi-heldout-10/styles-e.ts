/**
 * Tenth held-out corpus, styles E: a two-column PDF handout flattened to text, an ASTM E1394 analyzer upload,
 * and four multi-patient styles that never carry a record (a fixed-width eligibility file, a critical-value
 * call log, a mass-casualty triage tag log, a pharmacy will-call return-to-stock list).
 */
import { fmtDate, type D, type Person } from "./kit";
import { age, clin, dt, fac, initials, nm, person, staff, type Note10, type Style } from "./note";

function p0(n: Note10) {
  const p = n.c.person();
  n.others.push(p);
  return p;
}
const ymd = (x: D) => fmtDate(x, "ymdNoPad");
const hms = (n: Note10) => `${String(n.c.int(0, 23)).padStart(2, "0")}${String(n.c.int(0, 59)).padStart(2, "0")}${String(n.c.int(0, 59)).padStart(2, "0")}`;

const pdtTwoColumn: Style = (n) => {
  const { b, c } = n;
  const clinic = c.facility("clinic");
  const doc = p0(n);
  const visit = c.recent();
  const header = (page: number) => {
    nm(n, n.pt, "LF");
    b.t("   DOB: ");
    dt(n, n.dob, "mdy");
    b.t("   MRN: ").v(n.mrn, "MRN").t(`   Page ${page} of 2`).nl();
  };
  header(1);
  b.t("AFTER VISIT SUMMARY").nl(2);
  const left = [
    "What you need to know about your new medi-", "cation: take it with food, at the same time ", "each day. Do not stop it suddenly. Call if you ",
    "have dizziness, black stools or unusual bleed-", "ing. Check your blood sugar before breakfast ", "and at bedtime and write the numbers down. ",
    "Bring the log to your next appoint-", "ment. Avoid grapefruit juice. ",
  ];
  const right: (() => void)[] = [
    () => { b.t("Your care team"); },
    () => { staff(n, doc); },
    () => { fac(n, clinic); },
    () => { b.v(c.street(), "ADDRESS"); },
    () => { b.v(c.city(), "LOCATION").t(", ").t(c.state()).t(" ").v(c.zip(), "ZIP"); },
    () => { b.t("Tel ").v(c.phone(), "PHONE"); },
    () => { b.t("Visit: "); dt(n, visit, c.pick(["long", "abbr", "mdy1"] as const)); },
    () => { b.t("Next: "); dt(n, c.after(visit, c.int(14, 120)), c.pick(["wkLong", "long", "mdy"] as const)); },
  ];
  left.forEach((l, i) => {
    b.t(l.padEnd(50));
    right[i]!();
    b.nl();
  });
  b.nl().t("Medications: ");
  clin(n);
  b.t("; ").t(c.pick(["Januvia 100 mg daily", "warfarin 5 mg M/W/F, 2.5 mg other days", "Xarelto 20 mg with supper"])).nl(2);
  b.t(c.pick(["Printed", "Generated"])).t(" ").t(c.time()).t(" by ");
  person(n, c.pick(["il", "fl"] as const));
  b.t(" — MyChart code: ").v(`${c.letters(5)}-${c.letters(5)}-${c.letters(5)}`, "ID").nl();
  b.t("\f");
  header(2);
  b.t("Your emergency contact on file: ");
  person(n, "fl");
  b.t(" (").t(c.pick(["spouse", "daughter", "son", "friend"])).t(") ").v(c.phone(), "PHONE").nl();
};

const astmUpload: Style = (n) => {
  const { b, c } = n;
  const d = c.recent();
  const analyzer = c.pick(["cobas pure^2.1.0", "ARCHITECT^c4000^3.2", "AU480^V6.01", "DxC 700 AU^1.4"]);
  b.t("1H|\\^&|||").t(analyzer).t("|||||LIS|TSDWN^REPLY|P|1|").v(ymd(d), "DATE").t(hms(n)).nl();
  const doc = p0(n);
  b.t("2P|1||").v(n.mrn, "MRN").t("||").v(n.pt.last.toUpperCase(), "NAME").t("^").v(n.pt.first.toUpperCase(), "NAME");
  if (n.pt.middle) b.t("^").v(n.pt.middle[0]!, "NAME");
  b.t("||").v(ymd(n.dob), "DATE").t(`|${c.pick(["M", "F"])}|||||`).v(doc.last.toUpperCase(), "NAME").t("^").v(doc.first[0]!, "NAME").t("||||||||||").t(c.pick(["4W", "ED", "OP-LAB", "ICU2"])).nl();
  const spec = `${c.int(25, 26)}${String(d.m).padStart(2, "0")}${c.digits(6)}`;
  b.t("3O|1|").v(spec, "ID").t("||^^^GLU\\^^^K\\^^^CREA\\^^^TROPT|R|").v(ymd(d), "DATE").t(hms(n)).t("|||||N||||SER").nl();
  const tech = p0(n);
  const tests: [string, string, string, string][] = [["GLU", String(c.int(60, 420)), "mg/dL", "70-99"], ["K", `${c.int(2, 6)}.${c.int(0, 9)}`, "mmol/L", "3.5-5.1"], ["CREA", `${c.int(0, 4)}.${c.int(10, 99)}`, "mg/dL", "0.60-1.20"], ["TROPT", String(c.int(3, 900)), "ng/L", "<19"]];
  tests.forEach(([t, v, u, r], i) => {
    b.t(`${(4 + i) % 8}R|${i + 1}|^^^${t}|${v}|${u}|${r}|${c.pick(["N", "H", "L", "HH"])}||F||`).v(initials(tech), "NAME").t("||").v(ymd(d), "DATE").t(hms(n)).nl();
  });
  b.t("0C|1|L|Critical called to ");
  person(n, c.pick(["il", "fl"] as const));
  b.t(" RN ").t(c.time()).t(" read back|G").nl();
  b.t("1L|1|N").nl();
};

// ---- multi-patient styles -------------------------------------------------

function rosterPerson(n: Note10): { p: Person; dob: D; mrn: string } {
  const p = n.c.person();
  return { p, dob: n.c.dob(), mrn: n.c.mrn() };
}

const fixedWidth: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  const pad = (s: string, w: number) => " ".repeat(Math.max(0, w - s.length));
  b.t(`HDR${c.pick(["BCBS", "MOLINA", "AMBTR"])}ELIG`).v(ymd(c.recent()), "DATE").t(`000${c.int(1, 9)}  V5010`).nl();
  const rows = c.int(4, 7);
  for (let i = 0; i < rows; i++) {
    const { p, dob } = rosterPerson(n);
    const fld = (v: string, w: number, type: Parameters<typeof b.v>[1]) => {
      const s = v.slice(0, w);
      b.v(s, type).t(pad(s, w));
    };
    b.t(c.pick(["D", "D", "T"]));
    fld(c.member(), 14, "HEALTH_PLAN");
    fld(p.last.toUpperCase(), 18, "NAME");
    fld(p.first.toUpperCase(), 12, "NAME");
    if (p.middle) fld(p.middle[0]!, 1, "NAME");
    else b.t(" ");
    fld(ymd(dob), 9, "DATE");
    b.t(c.pick(["M", "F"]));
    fld(c.ssn().replace(/\D/g, ""), 10, "SSN");
    fld(c.street().toUpperCase(), 30, "ADDRESS");
    fld(c.city().toUpperCase(), 20, "LOCATION");
    b.t(c.state());
    fld(c.zip5() + c.digits(4), 10, "ZIP");
    fld(`${c.areaCode()}${c.int(201, 989)}${c.digits(4)}`, 11, "PHONE");
    b.v(ymd(c.recent()), "DATE").t(c.pick(["00000000", "20261231"])).t(c.pick(["030", "021", "001"])).nl();
  }
  b.t(`TRL${String(rows).padStart(7, "0")}`).nl();
};

const criticalCalls: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  const d = c.recent();
  b.t("CRITICAL VALUE NOTIFICATION LOG — Core Lab — shift ").t(c.pick(["day", "evening", "night"])).t(" ");
  dt(n, d, c.pick(["mdy", "dMy", "abbr"] as const));
  b.nl(2).t("Time  | Patient                  | MRN        | Result             | Called to            | RB | Tech").nl();
  const techs = [p0(n), p0(n)];
  for (let i = 0; i < c.int(4, 7); i++) {
    const { p, mrn } = rosterPerson(n);
    b.t(`${c.time()} | `);
    nm(n, p, c.pick(["LF", "lfi", "lf"] as const));
    b.t(" | ").v(mrn, "MRN").t(" | ").t(c.pick(["K 6.9 mmol/L", "Hgb 5.8 g/dL", "Plt 12 K/uL", "Lactate 5.2", "Trop T 488 ng/L", "Na 118", "Glu 38 mg/dL", "INR 7.4"])).t(" | ");
    const to = c.person();
    if (c.chance(0.7)) { nm(n, to, "il"); b.t(c.pick([" RN", ", RN", " (charge)"])); }
    else { b.t("Dr. "); nm(n, to, "l"); }
    b.t(` | ${c.pick(["Y", "Y", "N*"])}  | `).v(initials(c.pick(techs)), "NAME").nl();
    if (c.chance(0.2)) {
      b.t("      * no answer on unit; paged ").t(String(c.int(1000, 9999))).t(", then called ");
      fac(n, c.facility("ltc"));
      b.t(" at ").v(c.phone(), "PHONE").nl();
    }
  }
};

const mciTags: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  const d = c.recent();
  b.t("MCI PATIENT TRACKING — Incident ").v(`${c.int(25, 26)}-${c.digits(6)}`, "ID").t(" — ").t(c.pick(["bus rollover", "church van vs. semi", "apartment fire", "senior center CO exposure"])).nl();
  b.t("Scene: ");
  b.v(c.road(), "ADDRESS").t(" at ").v(c.road(), "ADDRESS").t(", ");
  b.v(c.city(), "LOCATION").t(", ");
  b.v(c.county(), "LOCATION").t("  Date ");
  dt(n, d, c.pick(["mdy", "mdy1", "iso"] as const));
  b.nl().t("Vehicle involved: plate ").v(c.plate(), "VEHICLE").t(c.chance(0.5) ? " / VIN " : "");
  if (b.text.endsWith("VIN ")) b.v(c.vin(), "VEHICLE");
  b.nl(2).t("Tag #     Triage  Name / descriptor            Age   Dest                          Unit").nl();
  for (let i = 0; i < c.int(5, 8); i++) {
    b.v(c.pick([`${c.digits(7)}`, `MC${c.digits(5)}`, `T-${c.digits(6)}`]), "ID").t("  ").t(c.pick(["RED   ", "YELLOW", "GREEN ", "BLACK "])).t("  ");
    if (c.chance(0.3)) {
      const dec = c.int(2, 8);
      b.t(`Unknown ${c.pick(["Male", "Female"])} #${c.int(1, 9)} (~${dec}0s)   ~${dec}5`);
    } else {
      nm(n, c.person(), c.pick(["LF", "lf", "fl"] as const));
      b.t("   ");
      const a = c.chance(0.3) ? c.int(90, 101) : c.int(3, 88);
      if (a >= 90) b.v(String(a), "AGE");
      else b.t(String(a));
    }
    b.t("    ");
    fac(n, c.facility("hosp"));
    b.t(`   Medic ${c.int(1, 40)}`).nl();
  }
  b.t("Transport officer: ");
  person(n, c.pick(["fl", "il"] as const));
  b.t(" (").v(c.phone(), "PHONE").t("). Family reunification at ");
  fac(n, c.pick(["Ashgrove Community Center", "Mount Zion Missionary Baptist Church", "Coldwater Gap High School"]));
  b.t(".").nl();
};

const willCall: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  const indep = c.chance(0.5);
  b.t("WILL-CALL RETURN TO STOCK — ");
  if (indep) fac(n, c.pharmacy());
  else b.t(c.chain());
  b.t(" — run ");
  dt(n, c.recent(), c.pick(["mdy", "mdyy", "dMy"] as const));
  b.nl(2).t("Bin  Patient                 DOB          Rx#       Filled  Called          Action").nl();
  for (let i = 0; i < c.int(5, 8); i++) {
    const { p, dob } = rosterPerson(n);
    b.t(`${c.letters(1)}${c.int(1, 30)}`.padEnd(5));
    nm(n, p, c.pick(["LF", "lf"] as const));
    b.t("  ");
    dt(n, dob, c.pick(["mdy", "mdyy"] as const));
    b.t("  ").v(`${c.int(1, 9)}${c.digits(6)}`, "ID").t("  ");
    const f = c.recent();
    b.v(`${f.m}/${f.d}`, "DATE").t("  ");
    b.v(c.phone(), "PHONE").t(c.pick(["  RTS", "  RTS-reversed claim", "  hold (pt coming Fri)", "  RTS; call ", "  transfer out"]));
    if (b.text.endsWith("call ")) { nm(n, c.person(), "f"); }
    b.nl();
  }
  b.t("Reversed claims: ").t(String(c.int(1, 8))).t(". Pharmacist on duty: ");
  person(n, "il");
  b.t(", RPh. ");
  age(n, 40);
  b.t(" items >10 days.").nl();
};

export const STYLES_E: Record<string, Style> = {
  "pdf-two-column": pdtTwoColumn,
  "astm-lis-upload": astmUpload,
  "fixed-width-eligibility": fixedWidth,
  "critical-call-log": criticalCalls,
  "mci-triage-tags": mciTags,
  "will-call-rts": willCall,
};
