/**
 * Fourteenth corpus, styles E: post-acute and partner hand-offs, and multi-patient exports (home-health referral
 * acknowledgements, SNF referral responses, child-care medication authorisations, PCP attribution letters,
 * lab-interface error queues, portal activation CSVs).
 */
import { fmtDate } from "./kit";
import * as L from "./lists";
import { addrBlock, address, age, clin, dt, fac, hhmm, initials, nm, ocrNoise, other, otherOf, ph, pickAge, staff, type Note14, type Style } from "./note";

function hhReferralAck(n: Note14): void {
  const { b, c, pt } = n;
  const intake = other(n);
  const md = other(n);
  const rel = c.pick([["daughter", "F"], ["husband", "M"], ["neighbor", "F"], ["son-in-law", "M"], ["wife", "F"], ["son", "M"]] as const);
  const cg = otherOf(n, rel[1]);
  const a = pickAge(n, 0.35);
  const agency = c.hha();
  if (c.chance(0.4)) b.noise = ocrNoise(c);
  b.t(agency.toUpperCase()).t(" — REFERRAL ACKNOWLEDGEMENT").nl();
  b.t("Phone ");
  ph(n);
  b.t("   Fax ");
  ph(n, c.phone(), "FAX");
  b.nl().t("To: ");
  fac(n, c.pick([c.hospital(), c.clinic()]));
  b.t(" — attn case management, fax ");
  ph(n, c.phone(), "FAX");
  b.nl().t("Referral rec'd: ");
  dt(n);
  b.t(` ${hhmm(c)}   Agency ref #: `).v(`${c.digits(6)}`, "ID").nl().nl();
  b.t("Patient: ");
  nm(n, pt, c.pick(["lf", "LF", "fml"]));
  b.t(" (");
  age(n, a);
  b.t(`${c.pick(["y", " yrs", "yo"])}) DOB `);
  dt(n, n.dob);
  b.nl().t("Address: ");
  address(n, n.addr);
  b.nl().t("Primary payer: Medicare A, MBI ").v(c.mbi(), "HEALTH_PLAN").t(c.pick(["; secondary Medicaid ", "; supplement "])).v(c.chance(0.5) ? c.medicaid() : c.member(), "HEALTH_PLAN").nl();
  b.t(`Services accepted: SN, PT${c.chance(0.5) ? ", OT" : ""}${c.chance(0.3) ? ", HHA" : ""}. SOC planned `);
  dt(n, c.recent(), true);
  b.t(". Certifying physician Dr. ");
  nm(n, md, c.pick(["fl", "l"]));
  b.t(" (NPI ").v(c.npi(), "LICENSE").t(").").nl();
  b.t(`Caregiver: ${rel[0]} `);
  nm(n, cg, c.pick(["fl", "f"]));
  b.t(", ");
  ph(n);
  b.t(`. Key under mat. Last vitals: ${clin(n)}.`).nl();
  if (c.chance(0.5)) b.t(`Home O2: ${c.pick(["Inogen One G5", "EverFlo", "Perfecto2 V"])} concentrator serial `).v(c.serial(), "DEVICE").t(` at ${c.int(1, 4)} L/min`).nl();
  b.t("Intake: ");
  staff(n, intake, [", RN", " (intake coordinator)"]);
  b.nl();
  b.noise = null;
}

function snfReferralResponse(n: Note14): void {
  const { b, c, pt } = n;
  const adm = other(n);
  const cm = other(n);
  const a = pickAge(n, 0.4);
  const snf = c.snf();
  b.t(`${c.pick(["CarePort", "Aidin", "WellSky"])} referral response`).nl();
  b.t("Referral: ").v(`${c.digits(8)}`, "ID").t("   Sent by ");
  nm(n, cm, c.pick(["fl", "il"]));
  b.t(", RN CM, ");
  fac(n, c.hospital());
  b.nl().t("Patient: ");
  nm(n, pt, c.pick(["LF", "lf"]));
  b.t(", ");
  const words = c.chance(0.2);
  age(n, a, words);
  b.t(`${words ? " years old" : c.pick([" y/o", " yo", "y"])}   Hospital acct `).v(c.acct(), "ACCOUNT").nl();
  b.t("Provider: ");
  fac(n, snf);
  b.t(", ");
  address(n, { line1: c.bizStreet(), city: c.town(), state: n.addr.state, zip: c.zip() });
  b.nl();
  const ok = c.chance(0.6);
  b.t(`Response: ${ok ? "ACCEPTED" : "DECLINED"} `);
  if (ok) {
    b.t("— bed available ");
    dt(n, c.recent(), true);
    b.t(`, ${c.pick(["semi-private", "private", "memory care"])}; pending auth from ${c.pick(L.PAYERS)} (ref `).v(`${c.letters(1)}${c.digits(9)}`, "ID").t(")");
  } else b.t(`— ${c.pick(["no long-term Medicaid bed", "behavior needs exceed staffing", "dialysis chair not available", "out of network"])}`);
  b.nl().t("Responded by ");
  nm(n, adm, "fl");
  b.t(", Admissions, ");
  ph(n);
  b.t(" on ");
  dt(n);
  b.t(` ${hhmm(c)}`).nl();
  b.t("Family choice list signed by ");
  const hc = other(n);
  nm(n, hc, "fl");
  b.t(" (HCP).").nl();
}

function childcareMedAuth(n: Note14): void {
  const { b, c, pt } = n;
  const parent = other(n);
  const md = other(n);
  const staffer = other(n);
  n.dob = { y: c.int(2019, 2024), m: c.int(1, 12), d: c.int(1, 28) };
  const drug = c.pick(["amoxicillin 400 mg/5 mL, 6 mL by mouth twice daily", "albuterol HFA 2 puffs q4h prn with spacer", "EpiPen Jr 0.15 mg IM prn", "cetirizine 5 mg/5 mL, 5 mL daily", "hydrocortisone 1% cream bid"]);
  b.t(c.pick(["AUTHORIZATION TO ADMINISTER MEDICATION IN CHILD CARE", "Medication Permission Form (Child Care Licensing)", "Parent/Provider Medication Authorization"])).nl();
  b.t("Program: ");
  fac(n, c.pick(L.SCHOOLS.filter((s) => !/School$/.test(s))));
  b.t(`   Room: ${c.pick(["Toddlers", "Butterflies", "Pre-K 2", "Infants B"])}`).nl();
  b.t("Child's name: ");
  nm(n, pt, c.pick(["fl", "lf"]));
  b.t("   Date of birth: ");
  dt(n, n.dob);
  b.nl().t(`Medication / dose / route / time: ${drug}`).nl();
  const start = c.recent();
  b.t("Start date: ");
  dt(n, start, c.chance(0.5));
  b.t("   End date: ");
  const end = c.later(start, c.int(5, 14));
  b.v(c.pick([`${end.m}/${end.d}`, `${end.m}/${end.d}/${end.y}`]), "DATE");
  b.nl().t(`Reason: ${c.pick(["otitis media", "asthma", "peanut allergy", "eczema"])}. Possible side effects: ${c.pick(["diarrhea, rash", "jitteriness", "drowsiness"])}.`).nl();
  b.t("Parent/guardian: ");
  nm(n, parent, "fl");
  b.t("   Cell: ");
  ph(n, n.phone);
  b.t("   Work: ");
  ph(n);
  b.nl().t("Prescriber: ");
  staff(n, md, [", MD", ", CPNP", ", DO", ", PA-C"]);
  b.t(" at ");
  fac(n, c.clinic());
  b.t(", ");
  ph(n);
  b.nl().t("Pharmacy label attached: Rx ").v(c.digits(7), "ID").t(", filled ");
  const fill = c.later(start, -c.int(0, 2));
  b.v(c.pick([`${fill.m}/${fill.d}`, `${fill.m}/${fill.d}/${String(fill.y).slice(2)}`]), "DATE");
  b.nl().t("Received by: ");
  b.v(initials(staffer), "NAME").t(` (staff), ${hhmm(c)}; first dose observed. Weight ${c.int(9, 22)} kg.`).nl();
}

function pcpAttribution(n: Note14): void {
  const { b, c, pt } = n;
  const pcp = other(n);
  const prev = other(n);
  const payer = c.pick(L.PAYERS);
  b.t(payer).t(" — Primary Care Provider Assignment").nl().nl();
  dt(n);
  b.nl().nl();
  nm(n, pt, c.pick(["FL", "fl"]));
  b.nl();
  addrBlock(n, n.addr, c.chance(0.5));
  b.nl().nl().t("Member ID ").v(c.member(), "HEALTH_PLAN").t(c.chance(0.5) ? "   Subscriber ID " : "   Medicaid ID ").v(c.medicaid(), "HEALTH_PLAN").nl().nl();
  b.t("Dear ");
  nm(n, pt, "fl");
  b.t(",").nl().t("Starting ");
  dt(n, { y: 2026, m: c.int(1, 12), d: 1 }, c.chance(0.4));
  b.t(", your primary care provider (PCP) is:").nl().t("  Dr. ");
  nm(n, pcp, c.pick(["fl", "fml"]));
  b.nl().t("  ");
  fac(n, c.clinic());
  b.nl().t("  ");
  address(n, { line1: c.bizStreet(), city: c.town(), state: n.addr.state, zip: c.zip() });
  b.nl().t("  ");
  ph(n);
  b.nl().t("Your previous PCP was Dr. ");
  nm(n, prev, "fl");
  b.t(". To change, call ");
  ph(n, c.tollFree());
  b.t(" or visit ").v(`https://member.${payer.split(" ")[0]!.toLowerCase()}.com/pcp?mid=${c.digits(8)}`, "URL").t(".").nl();
  b.t("Your new ID card will arrive within 10 days. Keep your old card until then.").nl();
}

function interfaceErrorQueue(n: Note14): void {
  const { b, c } = n;
  n.multi = true;
  b.t(`Interface error queue — ${c.pick(["LAB_IN (ORU^R01)", "RAD_ORM_OUT", "ADT_HIE_OUT"])} — ${c.int(3, 40)} open`).nl();
  b.t("Msg ctrl ID | Rcvd | Error | PID-3 | PID-5 | PID-7 | Note").nl();
  const k = c.int(3, 6);
  for (let i = 0; i < k; i++) {
    const p = c.person();
    const d = c.dob();
    b.t(`${c.pick(["MSG", "Q"])}${c.digits(8)} | ${hhmm(c)} | ${c.pick(["AE: PID-3 not found", "AR: DOB mismatch", "AE: unknown ordering provider", "AR: duplicate ORC-2", "AE: OBX-5 too long"])} | `);
    b.v(c.mrn(), "MRN").t(" | ").name(p.last.toUpperCase(), "^", p.first.toUpperCase());
    if (p.middle && c.chance(0.5)) b.t("^").v(p.middle[0]!, "NAME");
    b.t(" | ").v(fmtDate(d, "compact"), "DATE").t(" | ");
    const r = c.int(0, 3);
    if (r === 0) {
      b.t("chart DOB is ");
      dt(n, c.later(d, 1));
      b.t(", called lab");
    } else if (r === 1) {
      b.t("ordering Dr. ");
      nm(n, c.person(), "l");
      b.t(" not in MFN; NPI ").v(c.npi(), "LICENSE");
    } else if (r === 2) {
      b.t("specimen ").v(`${c.letters(1)}${c.digits(9)}`, "ID").t(" resent");
    } else b.t("ok to resubmit");
    b.t(` — `).v(initials(c.person()), "NAME").nl();
  }
  b.t(`Queue owner: integration team (${c.pick(["Rhapsody", "Cloverleaf", "Mirth", "Bridges"])}).`).nl();
}

function portalActivationCsv(n: Note14): void {
  const { b, c } = n;
  n.multi = true;
  const csv = c.chance(0.6);
  b.t(csv ? "mrn,last_name,first_name,dob,email,mobile,activation_code,code_expires,status,proxy_for\n" : "MRN\tLast\tFirst\tDOB\tEmail\tMobile\tCode\tExpires\tStatus\tProxy for\n");
  const k = c.int(3, 6);
  for (let i = 0; i < k; i++) {
    const p = c.person();
    const sep = csv ? "," : "\t";
    b.v(c.mrn().replace(/ /g, ""), "MRN").t(sep);
    if (csv && p.last.includes(" ")) b.t('"').v(p.last, "NAME").t('"');
    else b.v(p.last, "NAME");
    b.t(sep).v(p.first, "NAME").t(sep);
    b.v(c.chance(0.5) ? fmtDate(c.dob(), "iso") : fmtDate(c.dob(), "mdy"), "DATE").t(sep);
    if (c.chance(0.8)) b.v(c.email(p), "EMAIL");
    b.t(sep);
    if (c.chance(0.7)) b.v(c.phone().replace(/\D/g, "").slice(-10), "PHONE");
    b.t(sep).v(`${c.letters(5, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")}-${c.letters(5, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")}`, "ID").t(sep);
    b.v(fmtDate(c.recent(), "iso"), "DATE").t(sep).t(c.pick(["sent", "activated", "expired", "bounced"])).t(sep);
    if (c.chance(0.25)) {
      const child = c.person();
      b.name(child.last, " ", child.first);
    }
    b.nl();
  }
}

export const STYLES_E: Record<string, Style> = {
  "hh-referral-ack": hhReferralAck,
  "snf-referral-response": snfReferralResponse,
  "childcare-med-authorization": childcareMedAuth,
  "pcp-attribution-letter": pcpAttribution,
  "interface-error-queue": interfaceErrorQueue,
  "portal-activation-csv": portalActivationCsv,
};
