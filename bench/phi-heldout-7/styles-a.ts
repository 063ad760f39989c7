/**
 * Machine formats: X12 837P claim segments, a C-CDA header in XML, a ZPL wristband label, an iCalendar export of
 * appointments (several patients), a tab-separated scheduling export with shuffled columns (several patients)
 * and an EHR access-audit log.
 */
import { fmtDate, type Person } from "./kit";
import { compName, df, nm, other, staff, v, type Note, type Style } from "./note";

const U = (s: string) => s.toUpperCase();

function edi837(n: Note): void {
  const { b, c } = n;
  const oneLine = c.chance(0.4);
  const seg = () => (oneLine ? b.t("~") : b.t("~").nl());
  const clinic = c.clinic();
  const dos = c.recent();
  b.t(`ISA*00*          *00*          *ZZ*${c.letters(6)}${c.digits(3)}      *ZZ*${c.pick(["CLEARINGHOUSE", "AVAILITY", "EMDEON"]).padEnd(15)}*`);
  v(n, fmtDate(c.recent(), "ymd8").slice(2), "DATE"); b.t(`*${String(c.int(0, 23)).padStart(2, "0")}${String(c.int(0, 59)).padStart(2, "0")}*^*00501*${c.digits(9)}*0*P*:`); seg();
  b.t(`ST*837*${c.digits(4)}*005010X222A1`); seg();
  b.t(`BHT*0019*00*${c.digits(7)}*`); df(n, c.recent(), "ymd8"); b.t(`*${c.int(10, 23)}${c.int(10, 59)}*CH`); seg();
  b.t("NM1*41*2*"); v(n, U(clinic), "FACILITY"); b.t(`*****46*${c.digits(5)}`); seg();
  const biller = other(n);
  b.t("PER*IC*"); nm(n, biller, c.pick(["FL", "LF"] as const)); b.t("*TE*"); v(n, c.tenDigits(), "PHONE"); b.t("*FX*"); v(n, c.tenDigits(), "FAX"); seg();
  b.t(`NM1*40*2*${U(c.payer())}*****46*${c.digits(5)}`); seg();
  b.t("HL*1**20*1"); seg();
  b.t("NM1*85*2*"); v(n, U(clinic), "FACILITY"); b.t("*****XX*"); v(n, c.npi(), "LICENSE"); seg();
  const office = { line1: c.street(), city: c.city(), state: c.state(), zip: c.zip().replace("-", "") };
  b.t("N3*"); v(n, U(office.line1), "ADDRESS"); seg();
  b.t("N4*"); v(n, U(office.city), "LOCATION"); b.t(`*${office.state}*`); v(n, office.zip, "ZIP"); seg();
  b.t("HL*2*1*22*0"); seg();
  b.t("SBR*P*18*"); v(n, c.group(), "HEALTH_PLAN"); b.t("******CI"); seg();
  b.t("NM1*IL*1*"); compName(n, n.pt, "*"); b.t("***MI*"); v(n, c.member(), "HEALTH_PLAN"); seg();
  b.t("N3*"); v(n, U(n.addr.line1), "ADDRESS"); if (n.addr.unit) { b.t("*"); v(n, U(n.addr.unit), "ADDRESS"); } seg();
  b.t("N4*"); v(n, U(n.addr.city), "LOCATION"); b.t(`*${n.addr.state}*`); v(n, n.addr.zip.replace("-", ""), "ZIP"); seg();
  b.t("DMG*D8*"); df(n, n.dob, "ymd8"); b.t(`*${c.pick(["F", "M", "U"])}`); seg();
  if (c.chance(0.4)) { b.t("REF*SY*"); v(n, c.ssn().replace(/\D/g, ""), "SSN"); seg(); }
  b.t(`NM1*PR*2*${U(c.payer())}*****PI*${c.digits(5)}`); seg();
  b.t("CLM*"); v(n, c.account(), "ACCOUNT"); b.t(`*${c.int(95, 480)}.${c.pick(["00", "50"])}***11:B:1*Y*A*Y*Y`); seg();
  if (c.chance(0.6)) { b.t("DTP*431*D8*"); df(n, c.recent(), "ymd8"); seg(); }
  b.t(`HI*ABK:${c.pick(["E1165", "I10", "M5416", "J449", "N184", "F329"])}*ABF:${c.pick(["Z794", "E785", "G4733", "R0602"])}`); seg();
  const doc = other(n);
  b.t("NM1*82*1*"); compName(n, doc, "*"); b.t("****XX*"); v(n, c.npi(), "LICENSE"); seg();
  b.t("LX*1"); seg();
  b.t(`SV1*HC:${c.pick(["99214:25", "99213", "G0439", "99397", "93000"])}*${c.int(60, 300)}*UN*1***1`); seg();
  b.t("DTP*472*D8*"); df(n, dos, "ymd8"); seg();
  b.t(`SE*${c.int(24, 40)}*${c.digits(4)}`); seg();
  b.t("IEA*1*").t(c.digits(9)); b.t("~").nl();
}

function ccda(n: Note): void {
  const { b, c } = n;
  const oid = `2.16.840.1.113883.3.${c.int(100, 9999)}.${c.int(1, 40)}`;
  b.t(`<ClinicalDocument xmlns="urn:hl7-org:v3">`).nl();
  b.t(`  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>`).nl();
  b.t(`  <id root="${oid}" extension="`); v(n, c.digits(10), "ID"); b.t(`"/>`).nl();
  b.t(`  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>`).nl();
  b.t(`  <effectiveTime value="`); v(n, `${fmtDate(c.recent(), "ymd8")}${c.int(10, 23)}${c.int(10, 59)}00-0${c.int(5, 8)}00`, "DATE"); b.t(`"/>`).nl();
  b.t(`  <recordTarget><patientRole>`).nl();
  b.t(`    <id root="${oid}" extension="`); v(n, n.mrn, "MRN"); b.t(`"/>`).nl();
  if (c.chance(0.5)) { b.t(`    <id root="2.16.840.1.113883.4.1" extension="`); v(n, c.ssn(), "SSN"); b.t(`"/>`).nl(); }
  b.t(`    <addr use="HP"><streetAddressLine>`); v(n, n.addr.line1, "ADDRESS"); b.t("</streetAddressLine>");
  if (n.addr.unit) { b.t("<streetAddressLine>"); v(n, n.addr.unit, "ADDRESS"); b.t("</streetAddressLine>"); }
  b.t("<city>"); v(n, n.addr.city, "LOCATION"); b.t(`</city><state>${n.addr.state}</state><postalCode>`); v(n, n.addr.zip, "ZIP"); b.t("</postalCode><country>US</country></addr>").nl();
  const d = c.tenDigits();
  b.t(`    <telecom use="${c.pick(["HP", "MC"])}" value="tel:`); v(n, c.pick([`+1-${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`, `+1${d}`, `(${d.slice(0, 3)})${d.slice(3, 6)}-${d.slice(6)}`]), "PHONE"); b.t(`"/>`).nl();
  if (c.chance(0.7)) { b.t(`    <telecom use="HP" value="mailto:`); v(n, n.email, "EMAIL"); b.t(`"/>`).nl(); }
  b.t(`    <patient>`).nl();
  b.t(`      <name use="L"><given>`); v(n, n.pt.first, "NAME"); b.t("</given>");
  if (n.pt.middle) { b.t("<given>"); v(n, n.pt.middle, "NAME"); b.t("</given>"); }
  b.t("<family>"); v(n, n.pt.last, "NAME"); b.t("</family></name>").nl();
  if (n.pt.nick) { b.t(`      <name use="P"><given>`); v(n, n.pt.nick, "NAME"); b.t("</given></name>").nl(); }
  b.t(`      <administrativeGenderCode code="${c.pick(["F", "M"])}" codeSystem="2.16.840.1.113883.5.1"/>`).nl();
  b.t(`      <birthTime value="`); df(n, n.dob, "ymd8"); b.t(`"/>`).nl();
  if (c.chance(0.5)) {
    const g = other(n);
    b.t(`      <guardian><code code="${c.pick(["DAU", "SON", "SPS", "MTH"])}"/><guardianPerson><name><given>`); v(n, g.first, "NAME"); b.t("</given><family>"); v(n, g.last, "NAME"); b.t("</family></name></guardianPerson></guardian>").nl();
  }
  b.t(`      <languageCommunication><languageCode code="${c.pick(["en", "es", "vi", "ne", "ar", "zh"])}"/></languageCommunication>`).nl();
  b.t(`    </patient>`).nl();
  b.t(`    <providerOrganization><id root="2.16.840.1.113883.4.6" extension="`); v(n, c.npi(), "LICENSE"); b.t(`"/><name>`); v(n, c.clinic(), "FACILITY"); b.t("</name></providerOrganization>").nl();
  b.t(`  </patientRole></recordTarget>`).nl();
  const doc = other(n);
  b.t(`  <author><time value="`); df(n, c.recent(), "ymd8"); b.t(`"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="`); v(n, c.npi(), "LICENSE"); b.t(`"/>`).nl();
  b.t(`    <assignedPerson><name><prefix>Dr.</prefix><given>`); v(n, doc.first, "NAME"); b.t("</given><family>"); v(n, doc.last, "NAME"); b.t("</family><suffix>MD</suffix></name></assignedPerson></assignedAuthor></author>").nl();
  b.t(`  <documentationOf><serviceEvent classCode="PCPR"><effectiveTime><low value="`); df(n, c.recent(), "ymd8"); b.t(`"/><high value="`); df(n, c.recent(), "ymd8"); b.t(`"/></effectiveTime></serviceEvent></documentationOf>`).nl();
  b.t(`  <!-- problem: ${c.clin()}; med: ${c.drug()} -->`).nl();
  b.t(`</ClinicalDocument>`).nl();
}

function zpl(n: Note): void {
  const { b, c } = n;
  const a = c.chance(0.3) ? c.oldAge() : c.youngAge();
  n.dob = { ...n.dob, y: 2026 - a };
  b.t("^XA").nl().t(`^CI28^PW${c.pick(["812", "1218"])}^LH0,0`).nl().t("^CF0,34").nl();
  b.t("^FO40,30^FD"); compName(n, n.pt, c.pick([", ", ","]), true); b.t("^FS").nl();
  b.t("^CF0,26").nl().t("^FO40,72^FDDOB: "); df(n, n.dob, c.pick(["mdy", "DMONY", "mdy1"] as const)); b.t("  ");
  b.t(c.pick(["Age: ", "AGE "])); if (a >= 90) v(n, String(a), "AGE"); else b.t(String(a)); b.t(`Y  Sex: ${c.pick(["F", "M", "X"])}^FS`).nl();
  b.t("^FO40,104^FDMRN: "); v(n, n.mrn, "MRN"); b.t(c.pick(["   FIN: ", "   Enc#: ", "  CSN "])); v(n, c.digits(c.pick([9, 10])), "ACCOUNT"); b.t("^FS").nl();
  b.t("^FO40,136^FDAdm: "); df(n, c.recent(), c.pick(["mdy", "mdyy", "iso"] as const)); b.t(`  ${c.pick(["Rm", "Bed", "Rm/Bed"])} ${c.int(200, 920)}-${c.pick(["A", "B", "1", "2"])}^FS`).nl();
  const doc = other(n);
  b.t("^FO40,168^FDAtt: "); if (c.chance(0.5)) { b.t("Dr. "); nm(n, doc, "l"); } else nm(n, doc, "lfi"); b.t("^FS").nl();
  b.t(`^FO40,200^FD${c.pick(["ALLERGY: PCN", "ALLERGY: SULFA, LATEX", "NKDA", "FALL RISK", "DNR/DNI"])}^FS`).nl();
  b.t("^FO560,30^BY2^BCN,70,N,N,N^FD"); v(n, n.mrn.replace(/\D/g, "") || n.mrn, "MRN"); b.t("^FS").nl();
  if (c.chance(0.4)) { b.t(`^FO560,120^BQN,2,4^FDMA,`); v(n, n.mrn, "MRN"); b.t("|"); df(n, n.dob, "ymd8"); b.t("^FS").nl(); }
  b.t(`^PQ${c.int(1, 3)},0,1,Y`).nl().t("^XZ").nl();
}

function ics(n: Note): void {
  const { b, c } = n;
  n.multi = true;
  const clinic = c.clinic();
  const dom = clinic.toLowerCase().replace(/[^a-z]/g, "").slice(0, 12);
  const tz = c.pick(["America/Chicago", "America/Denver", "America/New_York", "America/Phoenix", "America/Los_Angeles"]);
  b.t("BEGIN:VCALENDAR").nl().t("VERSION:2.0").nl().t("PRODID:-//");
  v(n, clinic, "FACILITY"); b.t("//Scheduling Export 4.2//EN").nl().t(`X-WR-TIMEZONE:${tz}`).nl();
  const office = { line1: c.street(), city: c.city(), state: c.state(), zip: c.zip() };
  const count = c.int(2, 4);
  for (let i = 0; i < count; i++) {
    const p = c.person();
    const doc = other(n);
    b.t("BEGIN:VEVENT").nl().t("UID:"); v(n, `${c.letters(4, "abcdef0123456789")}${c.digits(4)}-${c.digits(6)}@${c.pick(["sched", "ehr", "appts"])}.${dom}.org`, "ID"); b.nl();
    const d = c.recent();
    b.t(`DTSTART;TZID=${tz}:`); v(n, `${fmtDate(d, "ymd8")}T${String(c.int(7, 16)).padStart(2, "0")}${c.pick(["00", "15", "30", "45"])}00`, "DATE"); b.nl();
    b.t(`DURATION:PT${c.pick([15, 20, 30, 40, 60])}M`).nl();
    b.t(`SUMMARY:${c.pick(["F/U DM2", "New pt", "AWV", "Tele f/u", "Post-op check", "INR check", "Well child"])} - `);
    nm(n, p, c.pick(["lf", "fl"] as const)); b.nl();
    b.t("DESCRIPTION:DOB "); df(n, c.dob(), c.pick(["mdy1", "mdy", "iso"] as const)); b.t("\\nCell "); v(n, c.phone(), "PHONE");
    if (c.chance(0.5)) { b.t("\\nMRN "); v(n, c.mrn(), "MRN"); }
    if (c.chance(0.4)) { b.t(`\\nIns: ${c.payer()} `); v(n, c.member(), "HEALTH_PLAN"); }
    b.t(`\\n${c.pick(["needs interpreter", "wheelchair", "bring meds", "copay due", "ride booked"])}`).nl();
    if (c.chance(0.5)) {
      b.t("LOCATION:"); v(n, clinic, "FACILITY"); b.t(" - "); v(n, office.line1, "ADDRESS"); b.t("\\, "); v(n, office.city, "LOCATION"); b.t(`\\, ${office.state} `); v(n, office.zip, "ZIP"); b.nl();
    } else {
      b.t("LOCATION:Video visit").nl().t("URL:"); v(n, `https://${c.pick(["visit", "join", "care"])}.${dom}.org/v/${c.letters(6, "abcdefghjkmnpqrstuvwxyz23456789")}`, "URL"); b.nl();
    }
    b.t("ORGANIZER;CN="); if (c.chance(0.5)) b.t("Dr. "); nm(n, doc, "fl"); b.t(":mailto:");
    v(n, `${doc.first[0]!.toLowerCase()}${doc.last.toLowerCase().replace(/[^a-z]/g, "")}@${dom}.org`, "EMAIL"); b.nl();
    if (c.chance(0.6)) { b.t("ATTENDEE;ROLE=REQ-PARTICIPANT;CN="); nm(n, p, "fl"); b.t(":mailto:"); v(n, c.email(p), "EMAIL"); b.nl(); }
    b.t(`STATUS:${c.pick(["CONFIRMED", "TENTATIVE"])}`).nl().t("END:VEVENT").nl();
  }
  b.t("END:VCALENDAR").nl();
}

function tsvExport(n: Note): void {
  const { b, c } = n;
  n.multi = true;
  type Row = { p: Person; dob: string; phone: string; appt: string; doc: Person; member: string; zip: string; note: Person | null };
  const cols = c.shuffle(["Phone", "Patient", "DOB", "Appt", "Provider", "Type", "Ins", "Member ID", "Zip", "Notes"]);
  const dobForm = c.pick(["ymd8", "mdy1", "iso", "mdyy"] as const);
  const apptForm = c.pick(["mdy", "iso", "mdy1"] as const);
  b.t(`# export ${c.pick(["appt_list", "sched_dump", "recall_due"])}_${c.digits(6)}.tsv  generated by ${c.pick(["Front Desk", "Scheduler", "Report Builder"])}`).nl();
  b.t(cols.join("\t")).nl();
  const rows = c.int(3, 6);
  for (let i = 0; i < rows; i++) {
    const r: Row = { p: c.person(), dob: fmtDate(c.dob(), dobForm), phone: c.phone(), appt: fmtDate(c.recent(), apptForm), doc: other(n), member: c.member(), zip: c.zip(), note: c.chance(0.4) ? c.person() : null };
    cols.forEach((col, j) => {
      if (j) b.t("\t");
      switch (col) {
        case "Phone": v(n, r.phone, "PHONE"); break;
        case "Patient": b.name(r.p.last, " ", r.p.first); break;
        case "DOB": v(n, r.dob, "DATE"); break;
        case "Appt": v(n, r.appt, "DATE"); b.t(` ${c.time()}`); break;
        case "Provider": v(n, U(r.doc.last), "NAME"); b.t(c.pick([" MD", "", " NP", " PA"])); break;
        case "Type": b.t(c.pick(["EST 20", "NEW 40", "TELE", "AWV", "PROC", "NURSE"])); break;
        case "Ins": b.t(c.pick([c.payer(), "SELF", "MCR", "MCD"])); break;
        case "Member ID": v(n, r.member, "HEALTH_PLAN"); break;
        case "Zip": v(n, r.zip, "ZIP"); break;
        case "Notes":
          if (r.note) { b.t(c.pick(["LVM for ", "spoke w/ ", "ride w/ ", "call "])); b.t(c.pick(["dtr ", "son ", "wife ", "husband ", ""])); v(n, r.note.first, "NAME"); }
          else b.t(c.pick(["", "conf", "2nd reminder", "needs labs", "NO SHOW x2"]));
          break;
      }
    });
    b.nl();
  }
  b.t(`# ${rows} rows`).nl();
}

function auditLog(n: Note): void {
  const { b, c } = n;
  b.t(c.pick(["PRIVACY ACCESS REPORT", "Chart Access Audit", "EHR Access Log — Privacy Office"])).nl();
  b.t("Patient: "); nm(n, n.pt, c.pick(["LF", "lf"] as const)); b.t("   MRN: "); v(n, n.mrn, "MRN"); b.t("   DOB: "); df(n, n.dob, c.pick(["mdy", "iso"] as const)); b.nl();
  b.t("Requested by: "); staff(n, other(n), [", CHPC", ", Privacy Officer", " (Compliance)"]); b.t(" on "); df(n, c.recent(), "mdy"); b.t(` — reason: ${c.pick(["patient complaint", "random audit", "VIP flag", "employee-patient"])}`).nl();
  b.t("Date       Time      User                     Emp ID    Workstation       Action").nl();
  const rows = c.int(4, 7);
  const users: Person[] = Array.from({ length: c.int(2, 3) }, () => other(n));
  const ids = users.map(() => (c.chance(0.5) ? `E${c.digits(6)}` : c.digits(7)));
  for (let i = 0; i < rows; i++) {
    const k = c.int(0, users.length - 1);
    df(n, c.recent(), "mdy"); b.t(` ${String(c.int(0, 23)).padStart(2, "0")}:${String(c.int(0, 59)).padStart(2, "0")}:${String(c.int(0, 59)).padStart(2, "0")}  `);
    nm(n, users[k]!, "lf"); b.t("   "); v(n, ids[k]!, "ID"); b.t("   ");
    v(n, c.chance(0.8) ? c.ipv4() : c.ipv6(), "IP"); b.t("   ");
    b.t(c.pick(["Chart opened", "Viewed results", "Printed AVS", "Viewed notes", "Demographics viewed", "Break-the-glass", "Exported CCD"])).nl();
  }
  b.t("Authentication: ").t(c.pick(["badge tap + ", "", "Imprivata "]));
  b.t(c.pick(["fingerprint template ", "palm-vein template ", "face match id "])); v(n, `${c.pick(["FPT", "PV", "BIO"])}-${c.digits(8)}`, "BIOMETRIC");
  b.t(" for user "); v(n, ids[0]!, "ID"); b.nl();
  b.t(`Finding: ${c.pick(["access appropriate (treatment)", "no business need; referred to HR", "access by relative of patient; under review"])}. Ref `); v(n, `PRV-${c.year().slice(2)}-${c.digits(4)}`, "ID"); b.nl();
}

export const STYLES_A: Record<string, Style> = {
  "edi-837p": edi837,
  "ccda-xml": ccda,
  "zpl-wristband": zpl,
  "ics-calendar": ics,
  "tsv-appt-export": tsvExport,
  "ehr-access-audit": auditLog,
};
