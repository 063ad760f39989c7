/**
 * Fourteenth corpus, styles C: payer, agency and court paper that reaches the practice (adverse-determination
 * letters, Medicaid renewal notices, records subpoenas, assisted-outpatient-treatment orders, ePA determination
 * faxes, NEMT grievances).
 */
import * as L from "./lists";
import { addrBlock, address, dt, fac, hhmm, initials, nm, ocrNoise, other, ph, staff, type Note14, type Style } from "./note";

const STATE_NAMES: Record<string, string> = {
  MA: "MASSACHUSETTS", MN: "MINNESOTA", MO: "MISSOURI", KY: "KENTUCKY", NY: "NEW YORK", ND: "NORTH DAKOTA", HI: "HAWAII",
  RI: "RHODE ISLAND", IA: "IOWA", KS: "KANSAS", OH: "OHIO", TN: "TENNESSEE", GA: "GEORGIA", TX: "TEXAS", WA: "WASHINGTON",
  OR: "OREGON", AZ: "ARIZONA", NC: "NORTH CAROLINA", PA: "PENNSYLVANIA", WI: "WISCONSIN",
};

function adverseDetermination(n: Note14): void {
  const { b, c, pt } = n;
  const md = other(n);
  const dir = other(n);
  const payer = c.pick(L.PAYERS);
  const svc = c.pick(["lumbar MRI without contrast (72148)", "sleep study in lab (95810)", "Dupixent 300 mg/2 mL", "inpatient rehabilitation admission", "CGM supplies (A4239)", "Whipple procedure, second opinion"]);
  b.t(payer.toUpperCase()).nl().t("Utilization Management — Notice of Adverse Benefit Determination").nl().nl();
  dt(n);
  b.nl().nl();
  nm(n, pt, c.pick(["FL", "fml", "fl"]));
  b.nl();
  addrBlock(n, n.addr, c.chance(0.4));
  b.nl().nl().t("Member ID: ").v(c.member(), "HEALTH_PLAN").t("   Group: ").v(c.group(), "HEALTH_PLAN").nl();
  b.t("Reference #: ").v(`UM${c.digits(9)}`, "ID").nl().nl();
  b.t("Dear ");
  nm(n, pt, c.pick(["fl", "l"]));
  b.t(":").nl().nl();
  b.t("We reviewed the request from Dr. ");
  nm(n, md, c.pick(["l", "fl"]));
  b.t(" at ");
  fac(n, c.clinic());
  b.t(` for ${svc}, received `);
  dt(n);
  b.t(". We have denied this request because the records do not show six weeks of conservative treatment (");
  b.t(c.pick(["criteria InterQual 2025", "MCG 28th ed.", "clinical policy CP.MP.131"])).t("). The review was done by ");
  nm(n, dir, "fl");
  b.t(", MD, board-certified in ").t(c.pick(["orthopedics", "pulmonology", "family medicine"])).t(".").nl().nl();
  b.t("You may appeal within 60 days of this notice. Call Member Services at ");
  ph(n, c.tollFree());
  b.t(" (TTY 711), or fax the appeal to ");
  ph(n, c.tollFree(), "FAX");
  b.t(". For an expedited appeal your doctor may call 24/7.").nl().nl();
  b.t("cc: ");
  nm(n, md, "fl");
  b.t(", NPI ").v(c.npi(), "LICENSE").nl();
}

function medicaidRenewal(n: Note14): void {
  const { b, c, pt } = n;
  const worker = other(n);
  const spouse = other(n);
  const county = c.county();
  b.t(c.pick(["MEDICAID RENEWAL (REDETERMINATION) NOTICE", "Annual Renewal — Your Health Coverage", "NOTICE OF RENEWAL — ACTION REQUIRED"])).nl();
  b.v(county, "LOCATION").t(` County ${c.pick(["Department of Job and Family Services", "Human Services", "Social Services"])}`).nl();
  const notice = c.recent();
  b.t("Notice date: ");
  dt(n, notice);
  b.t("   Case number: ").v(`${c.digits(3)}${c.letters(1)}${c.digits(5)}`, "ID").nl().nl();
  nm(n, pt, "FL");
  b.nl();
  addrBlock(n, n.addr, true);
  b.nl().nl().t("Head of household SSN: ").v(c.chance(0.5) ? `XXX-XX-${c.digits(4)}` : c.ssn(), "SSN").nl();
  b.t("People in your household on this renewal:").nl();
  b.t("  Name                         Date of birth   Client ID").nl();
  const hh = [pt, spouse, ...(c.chance(0.5) ? [other(n)] : [])];
  hh.forEach((p, i) => {
    b.t("  ");
    nm(n, p, "fml");
    b.t("   ");
    dt(n, i === 0 ? n.dob : c.dob());
    b.t("   ").v(c.medicaid(), "HEALTH_PLAN").nl();
  });
  b.nl().t("Return the signed form and proof of income by ");
  dt(n, c.later(notice, c.int(30, 45)), c.chance(0.3));
  b.t(" or your coverage may end. Questions: caseworker ");
  nm(n, worker, c.pick(["fl", "il"]));
  b.t(", ");
  ph(n);
  b.t(".").nl();
  b.t("— scanned at front desk by ").v(initials(other(n)), "NAME").t(" ");
  const scan = c.later(notice, c.int(3, 25));
  b.v(c.pick([`${scan.m}/${scan.d}`, `${scan.m}/${scan.d}/${String(scan.y).slice(2)}`]), "DATE");
  b.t(`, copy given back to patient. Form ${c.pick(["DHS-1234", "JFS 07216", "HCA 18-005"])} (rev. ${String(c.int(1, 12)).padStart(2, "0")}/${c.int(2019, 2024)}).`).nl();
}

function recordsSubpoena(n: Note14): void {
  const { b, c, pt } = n;
  const atty = other(n);
  const p1 = c.person();
  const p2 = c.person();
  const county = c.county();
  const st = n.addr.state;
  const firmAddr = { line1: c.bizStreet(), city: c.town(), state: st, zip: c.zip() };
  const due = c.recent();
  const from = c.later(due, -c.int(400, 1500));
  b.t(`IN THE ${c.pick(["CIRCUIT", "DISTRICT", "SUPERIOR"])} COURT OF `).v(county.toUpperCase(), "LOCATION").t(` COUNTY, ${STATE_NAMES[st]}`).nl().nl();
  nm(n, pt, "FL");
  b.t(",").nl().t("          Plaintiff,").nl().t("v.                                        Case No. ").v(`${c.pick(["2025", "2026"])}-${c.pick(["CV", "L", "PI"])}-${c.digits(5)}`, "ID").nl();
  fac(n, c.pick(L.EMPLOYERS));
  b.t(", et al.,").nl().t("          Defendants.").nl().nl();
  b.t("SUBPOENA DUCES TECUM (RECORDS ONLY)").nl().nl();
  b.t("TO: Custodian of Records, ");
  fac(n, c.pick([c.hospital(), c.clinic()]));
  b.nl().nl();
  b.t("YOU ARE COMMANDED to produce complete medical and billing records of ");
  nm(n, pt, c.pick(["fl", "fml"]));
  b.t(", date of birth ");
  dt(n, n.dob);
  b.t(", SSN ending ").v(c.digits(4), "SSN").t(c.pick([", account no. ", ", patient account "])).v(c.acct(), "ACCOUNT").t(", for dates of service from ");
  dt(n, from);
  b.t(" through the present, on or before ");
  dt(n, due);
  b.t(" at 10:00 a.m., at the offices of ").v(p1.last, "NAME").t(" & ").v(p2.last, "NAME").t(", LLP, ");
  address(n, firmAddr);
  b.t(".").nl().nl();
  b.t("Issued at the request of ");
  nm(n, atty, "fml");
  b.t(", Bar No. ").v(`${c.digits(c.pick([5, 6, 7]))}`, "LICENSE").t(", ").v(c.staffEmail(atty, `${p1.last.replace(/[^A-Za-z]/g, "").toLowerCase()}law.com`), "EMAIL").t(", ");
  ph(n);
  b.nl().t("A HIPAA-compliant authorization or qualified protective order is attached (45 CFR 164.512(e)).").nl();
  b.t("[HIM stamp] RECEIVED ");
  dt(n, c.recent(), c.chance(0.5));
  b.t(` ${hhmm(c)}  log #${c.digits(4)}  `).v(initials(other(n)), "NAME").nl();
}

function aotCourtOrder(n: Note14): void {
  const { b, c, pt } = n;
  const dcs = other(n);
  const judge = other(n);
  const cm = other(n);
  const county = c.county();
  n.addr = { ...n.addr, state: "NY" };
  b.t(`SUPREME COURT OF THE STATE OF NEW YORK, COUNTY OF `).v(county.toUpperCase(), "LOCATION").nl().nl();
  b.t("In the Matter of the Application of ");
  nm(n, dcs, c.pick(["fml", "fl"]));
  b.t(", Director of Community Services, for an Order authorizing Assisted Outpatient Treatment for ");
  nm(n, pt, c.pick(["FL", "LF"]));
  b.t(", Respondent.").nl();
  b.t("Index No. ").v(`${c.pick(["AOT-", "E"])}${c.digits(4)}-${c.pick(["25", "26"])}`, "ID").nl().nl();
  b.t("ORDER (Mental Hygiene Law § 9.60)").nl().nl();
  b.t("Upon the petition verified ");
  dt(n);
  b.t(", and a hearing held, it is ORDERED that Respondent, born ");
  dt(n, n.dob);
  b.t(", residing at ");
  address(n, n.addr);
  b.t(", shall receive assisted outpatient treatment for a period not to exceed six months, provided by ");
  fac(n, c.clinic());
  b.t(", with care coordination by ");
  nm(n, cm, "fl");
  b.t(`, LMSW (`);
  ph(n);
  b.t(`), including ${c.pick(["paliperidone palmitate 156 mg IM monthly", "aripiprazole LAI 400 mg monthly", "haloperidol decanoate 100 mg q4wk"])}, urine toxicology, and housing support; and it is further ORDERED that the program report non-adherence to the Director.`).nl().nl();
  b.t("Dated: ");
  dt(n);
  b.t(", ").v(n.addr.city, "LOCATION").t(", New York").nl().t("ENTER: Hon. ");
  nm(n, judge, c.pick(["fml", "fl"]));
  b.t(", J.S.C.").nl();
}

function epaDeterminationFax(n: Note14): void {
  const { b, c, pt } = n;
  const md = other(n);
  const drug = c.pick(L.DRUGS.slice(10, 23));
  if (c.chance(0.45)) b.noise = ocrNoise(c);
  b.t(c.pick(["ePA DETERMINATION — FAX", "Electronic Prior Authorization: Plan Response", "PA STATUS UPDATE"])).t(`   Page 1 of ${c.int(1, 3)}`).nl();
  b.t("To: Dr. ");
  nm(n, md, c.pick(["fl", "l"]));
  b.t("  Fax: ");
  ph(n, c.phone(), "FAX");
  b.t("  Phone: ");
  ph(n);
  b.nl().t(`From: ${c.pick(["CVS Caremark", "Express Scripts", "OptumRx", "MedImpact", "Prime Therapeutics"])} Prior Authorization Dept.  Fax `);
  ph(n, c.tollFree(), "FAX");
  b.nl().t("Request key: ").v(c.letters(8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "ID").t("   PA case #: ").v(`PA-${c.digits(9)}`, "ID").nl().nl();
  b.t("Patient: ");
  nm(n, pt, c.pick(["LF", "lf", "fl"]));
  b.t("   DOB: ");
  dt(n, n.dob);
  b.nl().t("Member ID: ").v(c.member(), "HEALTH_PLAN").t(`   BIN ${c.pick(["004336", "610014", "003858", "610502"])}  PCN ${c.pick(["ADV", "MEDDPRIME", "A4", "9999"])}   Group `).v(c.group(), "HEALTH_PLAN").nl();
  b.t(`Medication: ${drug} — qty ${c.int(1, 90)} / ${c.pick([28, 30, 84, 90])} days`).nl();
  const ok = c.chance(0.6);
  b.t(`Determination: ${ok ? "APPROVED" : "DENIED"} `);
  if (ok) {
    b.t("effective ");
    dt(n);
    b.t(" through ");
    dt(n, c.recent(), c.chance(0.3));
  } else b.t("— step therapy with two formulary alternatives not documented");
  b.nl().t("Prescriber NPI: ").v(c.npi(), "LICENSE").t("   DEA: ").v(c.dea(md.last), "LICENSE").nl();
  b.t(`Diagnosis: ${c.pick(["G43.909", "L20.9", "M81.0", "E11.65", "N32.81"])}. Questions: ${c.pick(["call the number on the member's card", "see plan formulary 2026"])}.`).nl();
  b.noise = null;
}

function nemtGrievance(n: Note14): void {
  const { b, c, pt } = n;
  const driver = other(n);
  const rep = other(n);
  b.t(`${c.pick(["ModivCare", "MTM Inc.", "Veyo", "SafeRide Health"])} — Member Grievance / Quality of Service`).nl();
  b.t("Grievance #: ").v(`G${c.digits(8)}`, "ID").t("   Received: ");
  dt(n);
  b.t(` via ${c.pick(["phone", "facility report", "web form"])}`).nl();
  b.t("Member: ");
  nm(n, pt, c.pick(["LF", "lf"]));
  b.t("   Medicaid #: ").v(c.medicaid(), "HEALTH_PLAN").t("   DOB: ");
  dt(n, n.dob);
  b.nl().t("Trip ID: ").v(`${c.digits(3)}-${c.digits(7)}`, "ID").t("   Trip date: ");
  dt(n, c.recent(), c.chance(0.4));
  b.t(`   Appt ${hhmm(c)}`).nl();
  b.t("Pick-up: ");
  address(n, n.addr);
  b.nl().t("Drop-off: ");
  fac(n, c.pick([c.clinic(), c.hospital(), `${c.pick(L.FAC_STEMS)} Dialysis`]));
  b.nl().t(`Transport provider: ${c.pick(["Sunny Day Transit LLC", "A-1 Medical Rides", "Prairie Wheels NEMT"])}   Driver: `);
  nm(n, driver, c.pick(["fl", "il"]));
  b.t("   Vehicle: ").t(`${c.int(2014, 2023)} ${c.pick(["Dodge Grand Caravan", "Ford Transit", "Toyota Sienna"])} plate `).v(c.plate(), "VEHICLE");
  if (c.chance(0.5)) b.t(" VIN ").v(c.vin(), "VEHICLE");
  b.nl().t('Member statement: "');
  b.t(c.pick(["driver ", "the driver "])).v(driver.first.toLowerCase(), "NAME");
  b.t(c.pick([" came 2 hours late and i missed dialysis", " would not help with my walker", " was on the phone the whole ride", " left me at the wrong building"])).t('"').nl();
  b.t("Resolution: provider counseled, ride credit issued; closed ");
  dt(n, c.recent(), c.chance(0.5));
  b.t(" by ");
  staff(n, rep, [" (Grievance Specialist)", ", QA", ", RN"]);
  b.t(". Callback to member at ");
  ph(n, n.phone);
  b.nl();
}

export const STYLES_C: Record<string, Style> = {
  "adverse-determination-letter": adverseDetermination,
  "medicaid-renewal-notice": medicaidRenewal,
  "records-subpoena": recordsSubpoena,
  "aot-court-order": aotCourtOrder,
  "epa-determination-fax": epaDeterminationFax,
  "nemt-grievance": nemtGrievance,
};
