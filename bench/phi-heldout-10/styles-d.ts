/**
 * Tenth held-out corpus, styles D: a transient (travel) dialysis request, a peer recovery contact log, a
 * clinician's letter supporting a legal name change, an EAP referral, a handprinted intake form read by ICR
 * with character confusions in the values themselves, and an e-mail's raw HTML source.
 */
import { fmtDate, MONTHS } from "./kit";
import { address, age, ageOf, anyDt, clin, dt, fac, nm, pdt, person, staff, wrapAt, type Note10, type Style } from "./note";

function p0(n: Note10) {
  const p = n.c.person();
  n.others.push(p);
  return p;
}

const transientDialysis: Style = (n) => {
  const { b, c } = n;
  const a = ageOf(n, 0.12);
  const from = c.recent();
  const abroad = c.chance(0.3);
  b.t("TRANSIENT HEMODIALYSIS REQUEST").nl();
  b.t("Home unit: ");
  fac(n, `${c.pick(["Cedar Hollow", "Three Rivers", c.city()])} ${c.pick(["Dialysis", "Kidney Center", "Renal Care"])}`);
  b.t("  Ph ").v(c.phone(), "PHONE").t("  Fax ").v(c.phone(), "FAX").nl();
  b.t("Visiting unit: ");
  if (abroad) {
    fac(n, c.pick(["Lakeshore Dialysis Toronto East", "Clínica Renal del Caribe", "Harbour Kidney Care"]));
    b.t(", ");
    const addrs: [string, string, string][] = [["2250 Danforth Ave", "Toronto, ON", "M4C 1K6"], ["Av. Tulum 214, SM 5", "Cancún, Q. Roo", "C.P. 77500"], ["14 Quayside Rd", "Bristol", "BS1 4RN"]];
    const [l1, city, pc] = c.pick(addrs);
    b.v(l1, "ADDRESS").t(", ").t(city).t(pc.startsWith("C.P. ") ? " C.P. " : " ");
    b.v(pc.replace(/^C\.P\. /, ""), "ZIP");
  } else {
    fac(n, `${c.pick(["Gulf Breeze", "Bluebonnet", c.city()])} ${c.pick(["Dialysis", "Kidney Center"])}`);
    b.t(", ");
    address(n, { line1: c.street(), city: c.city(), state: c.state(), zip: c.zip() });
  }
  b.nl(2).t("Patient: ");
  nm(n, n.pt, c.pick(["LF", "lf", "fl"] as const));
  b.t("  DOB ");
  dt(n, n.dob);
  b.t(" (");
  age(n, a);
  b.t(")  MRN ").v(n.mrn, "MRN").nl();
  b.t("Medicare ").v(c.mbi(), "HEALTH_PLAN").t("  Secondary: ").t(c.payer()).t(" ").v(c.member(), "HEALTH_PLAN").nl();
  b.t("Travel dates: ");
  dt(n, from, c.pick(["mdy", "abbr", "dMonY"] as const));
  b.t(" – ");
  dt(n, c.after(from, c.int(5, 21)), c.pick(["mdy", "abbr", "dMonY"] as const));
  b.t("; MWF 2nd shift preferred").nl();
  b.t("Staying with ").t(c.pick(["daughter ", "brother ", "friend "]));
  person(n, "fl");
  b.t(", cell ").v(abroad ? c.intlPhone(c.pick(["44", "52"] as const)) : c.phone(), "PHONE").nl(2);
  b.t("ESRD onset ");
  anyDt(n, { y: c.int(2010, 2024), m: c.int(1, 12), d: c.int(1, 28) }, 0.5);
  b.t(" (CMS-2728 on file). Access: L brachiocephalic AVF, 15G needles. EDW 78.5 kg. Dialyzer Optiflux F180NR, Qb 400, Qd 600, 2K/2.5Ca bath.").nl();
  b.t("HBsAg neg, anti-HBs 48 (drawn ");
  pdt(n);
  b.t("). ");
  clin(n);
  b.t(".").nl();
  b.t("Nephrologist: ");
  staff(n, p0(n));
  b.t("  Social worker: ");
  person(n, "fl");
  b.t(", LMSW  ").v(c.staffEmail(n.others[n.others.length - 1]!, c.domain()), "EMAIL").nl();
};

const peerRecovery: Style = (n) => {
  const { b, c } = n;
  const peer = p0(n);
  b.t("Peer Recovery Support — Contact Log").nl();
  fac(n, `${c.pick(["Harbor Light", "New Dawn", "Second Wind", c.city()])} Recovery Community Center`);
  b.nl().t("Participant: ");
  nm(n, n.pt, c.pick(["fl", "lf"] as const));
  if (n.pt.nick) b.t(' "').v(n.pt.nick, "NAME").t('"');
  b.t("   ID ").v(`PRS-${c.digits(5)}`, "ID").t("   Recovery date: ");
  anyDt(n, { y: c.int(2019, 2025), m: c.int(1, 12), d: c.int(1, 28) }, 0.4);
  b.nl().t("Peer specialist: ");
  nm(n, peer, "fl");
  b.t(", CPRS #").v(c.pick([`${c.digits(5)}`, `PR-${c.digits(4)}`]), "LICENSE").nl(2);
  b.t("Date      Type     Notes").nl();
  for (let i = 0; i < c.int(3, 5); i++) {
    const d = c.recent();
    b.v(`${d.m}/${d.d}`, "DATE").t(`${" ".repeat(Math.max(1, 10 - `${d.m}/${d.d}`.length))}`);
    const kind = c.int(0, 4);
    if (kind === 0) { b.t("phone    15 min, cravings after fight w/ "); person(n, "f"); b.t("; talked through HALT"); }
    else if (kind === 1) { b.t("in-pers  met at "); fac(n, c.pick(["Mount Zion Missionary Baptist Church", "First United Methodist of Ashgrove", "Ashgrove Public Library"])); b.t(" (NA 7pm)"); }
    else if (kind === 2) { b.t("text     ride to MAT appt at "); fac(n, c.facility("clinic")); }
    else if (kind === 3) { b.t("in-pers  job app at "); fac(n, c.employer()); b.t("; sponsor "); person(n, "f"); b.t(" present"); }
    else { b.t("phone    housing: Oxford House on "); b.v(c.road(), "ADDRESS"); b.t(" has a bed"); }
    b.nl();
  }
  b.t("Goal: 90 meetings in 90 days (at 41/90). Narcan kit given. ");
  b.t("Cell ").v(n.phone, "PHONE").t(" (ok to text).").nl();
};

const nameChange: Style = (n) => {
  const { b, c } = n;
  const chosen = c.person();
  chosen.last = n.pt.last;
  b.t("");
  fac(n, c.pick(["Rainbow Health Collective", `${c.city()} Gender Health Program`, "Lakeshore Family Medicine", "Prism Integrated Care"]));
  b.nl();
  address(n, { line1: c.street(), city: c.city(), state: c.state(), zip: c.zip() });
  b.t(" · ").v(c.phone(), "PHONE").nl(2);
  dt(n, c.recent(), c.pick(["long", "dmy", "abbr"] as const));
  b.nl(2).t("To the ");
  b.v(c.county(), "LOCATION").t(c.pick([" Probate Court", " District Court", " Circuit Court"])).nl();
  b.t("Re: Petition for change of name and sex designation, Case No. ").v(`${c.int(24, 26)}-${c.pick(["PR", "CV", "NC"])}-${c.digits(5)}`, "ID").nl(2);
  const w = wrapAt(b, 80);
  b.noise = w;
  b.t("I am the primary care ").t(c.pick(["physician", "nurse practitioner"])).t(" of ");
  b.noise = null;
  nm(n, chosen, "fl");
  b.noise = w;
  b.t(" (legal name ");
  b.noise = null;
  nm(n, n.pt, "fml");
  b.noise = w;
  b.t(", date of birth ");
  b.noise = null;
  dt(n, n.dob, c.pick(["long", "mdy"] as const));
  b.noise = w;
  b.t("), whom I have treated since ").t(String(c.int(2015, 2024))).t(". ").t(c.pick(["She", "He", "They"])).t(" has received appropriate clinical treatment for gender transition, and the requested name is the name used in every part of ").t(c.pick(["her", "his", "their"])).t(" life, including at ");
  b.noise = null;
  fac(n, c.chance(0.5) ? c.employer() : c.school());
  b.noise = w;
  b.t(". Please contact my office with questions.").nl(2);
  b.noise = null;
  b.t("Respectfully,").nl();
  const doc = p0(n);
  staff(n, doc, [", MD", ", DNP, FNP-BC", ", DO"]);
  b.nl().t("License ").v(c.license(), "LICENSE").t(" · NPI ").v(c.npi(), "LICENSE").nl();
  b.t("cc: chart ").v(n.mrn, "MRN").nl();
  n.others.push(chosen);
};

const eapReferral: Style = (n) => {
  const { b, c } = n;
  b.t("EMPLOYEE ASSISTANCE PROGRAM — MANAGEMENT REFERRAL").nl();
  b.t("EAP case #: ").v(c.pick([`EAP${c.digits(7)}`, `${c.digits(2)}-${c.digits(6)}`]), "ID").t("   Intake: ");
  dt(n);
  b.nl().t("Employee: ");
  nm(n, n.pt, c.pick(["fl", "lf", "LF"] as const));
  b.t("   Organization: ");
  fac(n, c.employer());
  b.t(" (").v(c.city(), "LOCATION").t(" site)").nl();
  b.t("Referring supervisor: ");
  const sup = p0(n);
  nm(n, sup, "fl");
  b.t(", ").v(c.staffEmail(sup, c.domain()), "EMAIL").t("  ").v(c.phone(), "PHONE").nl();
  b.t("Reason (supervisor's words): ");
  b.noise = wrapAt(b, 76);
  b.t(c.pick(["late 6 times since ", "near-miss with forklift on ", "argument with coworker on "]));
  b.noise = null;
  pdt(n);
  b.t(c.pick(["; smelled of alcohol per lead ", "; crying in break room, told ", "; coworker "]));
  person(n, "f");
  b.t(" is concerned.").nl();
  b.t("Sessions authorized: 6 (short-term counseling). Consent to release attendance only: [X]").nl();
  b.t("Affiliate counselor: ");
  staff(n, p0(n), [", LCSW", ", LPC", ", LMFT", ", PhD"]);
  b.t(" at ");
  fac(n, `${c.pick(["Riverbend", "Oak Hollow", c.city()])} Counseling Associates`);
  b.t("; first appt ");
  anyDt(n, c.recent(), 0.5);
  b.t(" ").t(c.time()).nl();
  b.t("Follow-up with supervisor due ");
  pdt(n);
  b.t(". Employee phone (personal): ").v(n.phone, "PHONE").nl();
};

/** ICR confusions applied to a value: O/0, l/1, S/5, B/8, Z/2, G/6, spaces dropped. */
function icr(n: Note10, v: string, p = 0.2): string {
  const sw: Record<string, string> = { "0": "O", O: "0", "1": "l", l: "1", I: "1", "5": "S", S: "5", "8": "B", B: "8", "2": "Z", Z: "2", "6": "G", G: "6", rn: "m" };
  let out = "";
  for (const ch of v) out += sw[ch] && n.c.chance(p) ? sw[ch]! : ch;
  return out;
}

const icrForm: Style = (n) => {
  const { b, c } = n;
  const conf = () => `${c.int(41, 99)}%`;
  b.t("== ICR extract: NEW PATIENT REGISTRATION (handprint) — batch ").t(String(c.int(1000, 9999))).t(" page 1/2 ==").nl();
  const field = (label: string, v: string, type: Parameters<typeof b.v>[1]) => {
    b.t(`${label.padEnd(18)}[`).v(icr(n, v), type).t(`]  conf ${conf()}`).nl();
  };
  field("LAST NAME", n.pt.last.toUpperCase(), "NAME");
  field("FIRST NAME", n.pt.first.toUpperCase(), "NAME");
  if (n.pt.middle) field("MI", n.pt.middle[0]!, "NAME");
  field("DATE OF BIRTH", fmtDate(n.dob, c.pick(["mdy", "mdy1"] as const)), "DATE");
  field("SSN", c.ssn(), "SSN");
  field("STREET", n.addr.line1.toUpperCase(), "ADDRESS");
  if (n.addr.unit) field("APT", n.addr.unit.toUpperCase(), "ADDRESS");
  field("CITY", n.addr.city.toUpperCase(), "LOCATION");
  b.t(`${"STATE".padEnd(18)}[${n.addr.state}]  conf ${conf()}`).nl();
  field("ZIP", n.addr.zip, "ZIP");
  field("HOME PHONE", n.phone, "PHONE");
  field("EMAIL", n.email.toUpperCase(), "EMAIL");
  field("INSURANCE ID", c.member(), "HEALTH_PLAN");
  field("GROUP", c.group(), "HEALTH_PLAN");
  const ec = p0(n);
  b.t(`${"EMERG CONTACT".padEnd(18)}[`).v(icr(n, ec.first.toUpperCase()), "NAME").t(" ").v(icr(n, ec.last.toUpperCase()), "NAME").t(`]  conf ${conf()}`).nl();
  field("EC PHONE", c.phone(), "PHONE");
  field("EMPLOYER", c.employer().toUpperCase(), "FACILITY");
  b.t(`${"PHARMACY".padEnd(18)}[WALGREENS ON `).v(icr(n, c.road().toUpperCase()), "ADDRESS").t(`]  conf ${conf()}`).nl();
  b.t(`${"ALLERGIES".padEnd(18)}[PCN, SULFA]  conf ${conf()}`).nl();
  b.t(`${"MEDS".padEnd(18)}[LISINOPRIL 10MG, ASA 81]  conf ${conf()}`).nl();
  field("SIGNED DATE", fmtDate(c.recent(), c.pick(["mdy1", "mdyy"] as const)), "DATE");
  b.t("-- low-confidence fields flagged for review: ").t(String(c.int(1, 6))).t(" --").nl();
};

const htmlEmail: Style = (n) => {
  const { b, c } = n;
  const dom = c.domain();
  const nurse = p0(n);
  const d = c.recent();
  const wk = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay()]!;
  b.t("Received: from mail.").t(dom).t(" (").v(c.ipv4(), "IP").t(") by mx.").t(dom).t(" with ESMTPS; ").t(wk).t(", ").v(`${d.d} ${MONTHS[d.m - 1]!.slice(0, 3)} ${d.y}`, "DATE").t(" 09:14:07 -0500").nl();
  b.t("From: \"");
  nm(n, nurse, "fl");
  b.t(", RN\" <").v(c.staffEmail(nurse, dom), "EMAIL").t(">").nl();
  b.t("To: ").v(n.email, "EMAIL").nl();
  b.t("Subject: Your lab results are ready, ");
  nm(n, n.pt, "f");
  b.nl().t("Content-Type: text/html; charset=\"utf-8\"").nl().t("Content-Transfer-Encoding: quoted-printable").nl(2);
  b.t("<html><body style=3D\"font-family:Arial\">").nl();
  b.t("<p>Dear ");
  nm(n, n.pt, c.pick(["fl", "f"] as const));
  b.t(",</p>").nl();
  b.t("<p>Your results from ");
  b.v(fmtDate(c.after(d, -c.int(2, 9)), c.pick(["long", "mdy", "abbr"] as const)), "DATE");
  b.t(" at <b>");
  fac(n, c.facility("clinic"));
  b.t("</b> are now in the portal. <a href=3D\"").v(`https://mychart.${dom}/results?id=${c.digits(9)}`, "URL").t("\">View results</a></p>").nl();
  b.t("<table border=3D\"1\"><tr><td>Name</td><td>");
  nm(n, n.pt, "LF");
  b.t("</td></tr><tr><td>DOB</td><td>");
  dt(n, n.dob, c.pick(["mdy", "iso"] as const));
  b.t("</td></tr><tr><td>MRN</td><td>").v(n.mrn, "MRN").t("</td></tr>").nl();
  b.t("<tr><td>Test</td><td>Lipid panel, CMP, TSH 2.41 mIU/L</td></tr></table>").nl();
  b.t("<p>Dr. ");
  const doc = p0(n);
  nm(n, doc, "l");
  b.t(" reviewed them &amp; says they look stable. ");
  clin(n);
  b.t(". Call us at <a href=3D\"tel:").v(`+1${c.areaCode()}${c.int(201, 989)}${c.digits(4)}`, "PHONE").t("\">our office</a>=").nl().t(" if you have questions.</p>").nl();
  b.t("<p style=3D\"color:#888\">").t(c.pick(["", "Sent from the "])).t("Patient Messaging v3.2.1 &middot; Do not reply &middot; Unsubscribe</p></body></html>").nl();
};

export const STYLES_D: Record<string, Style> = {
  "transient-dialysis-request": transientDialysis,
  "peer-recovery-log": peerRecovery,
  "name-change-letter": nameChange,
  "eap-referral": eapReferral,
  "icr-handprint-form": icrForm,
  "html-email-source": htmlEmail,
};
