/**
 * Tenth held-out corpus, styles B: a missing-resident alert, a fitness-for-duty letter, a smart-speaker log,
 * a Medicare ABN, a good-faith estimate and a collection agency's notice.
 */
import { fmtDate, MONTHS } from "./kit";
import { address, age, ageOf, ageWords, anyDt, dt, fac, nm, pdt, person, staff, wrapAt, type Note10, type Style } from "./note";

function p0(n: Note10) {
  const p = n.c.person();
  n.others.push(p);
  return p;
}

const elopementAlert: Style = (n) => {
  const { b, c } = n;
  const a = ageOf(n, 0.6);
  const home = c.facility("ltc");
  b.t(c.pick(["*** CODE PINK-GRAY: MISSING RESIDENT ***", "MISSING RESIDENT ALERT", "ELOPEMENT — ALL STAFF"])).nl();
  fac(n, home);
  b.t(" — ").t(c.pick(["Memory Care", "Magnolia Hall", "Unit 2 (secured)"])).nl(2);
  b.t("Resident: ");
  nm(n, n.pt, c.pick(["fl", "LF", "lf"] as const));
  if (n.pt.nick) b.t(' (answers to "').v(n.pt.nick, "NAME").t('")');
  b.t(", ");
  if (c.chance(0.3)) { b.t("age "); age(n, a, true); }
  else { age(n, a); b.t(c.pick([" y/o", "-year-old", " yrs old", "yo"])); }
  b.t(", dx Alzheimer dementia (BIMS 5).").nl();
  b.t("Description: 5'").t(String(c.int(0, 11))).t("\", ~").t(String(c.int(100, 190))).t(" lb, white hair, ").t(c.pick(["blue cardigan and slippers", "red flannel shirt, khakis", "pink robe, walker (tennis balls)"])).t(". Photo: ").v(`https://${c.domain()}/alerts/${c.digits(6)}.jpg`, "URL").nl();
  b.t("Last seen ").t(c.time()).t(" on ");
  pdt(n);
  b.t(" near the ");
  b.v(c.road(), "ADDRESS");
  b.t(" gate. WanderGuard bracelet s/n ").v(c.serial(), "DEVICE").t(" — door alarm did NOT sound.").nl();
  b.t("May try to walk to former home: ");
  address(n, n.addr);
  b.nl();
  if (c.chance(0.5)) {
    b.t("Family reports the resident's old car (").t(c.pick(["tan Buick LeSabre", "green Ford Ranger", "white Lincoln Town Car"])).t(", plate ").v(c.plate(), "VEHICLE").t(") is still parked at the son's.").nl();
  }
  b.t(c.pick(["Son", "Daughter", "Nephew", "Granddaughter"])).t(" notified: ");
  person(n, "fl");
  b.t(" ").v(c.phone(), "PHONE").nl();
  b.t("Police: ").v(c.city(), "LOCATION").t(" PD case ").v(`${c.int(2025, 2026)}-${c.digits(5)}`, "ID").t("; Silver Alert requested (#").v(`SA${c.digits(6)}`, "ID").t(").").nl();
  b.t("Incident commander: ");
  staff(n, p0(n), [", RN, DON", ", LNHA", ", RN"]);
  b.t(" ext ").t(String(c.int(200, 499))).nl();
};

const fitnessForDuty: Style = (n) => {
  const { b, c } = n;
  const emp = c.employer();
  b.t(c.pick(["Occupational Health Services", "Employee Health & Wellness"])).t(" — ");
  fac(n, c.facility("clinic"));
  b.nl();
  address(n, { line1: c.street(), city: c.city(), state: c.state(), zip: c.zip() });
  b.t("  Fax ").v(c.phone(), "FAX").nl(2);
  dt(n, c.recent(), c.pick(["long", "abbr", "MDY_UP"] as const));
  b.nl(2).t("To: Human Resources, ");
  fac(n, emp);
  b.nl().t("Attn: ");
  const hr = p0(n);
  nm(n, hr, "fl");
  b.t(" (").v(c.staffEmail(hr, c.domain()), "EMAIL").t(")").nl(2);
  b.t("RE: Fitness-for-Duty Evaluation — ");
  nm(n, n.pt, c.pick(["fl", "fml"] as const));
  b.t(", Employee ID ").v(c.pick([`E${c.digits(6)}`, c.digits(5), `${c.letters(2)}-${c.digits(4)}`]), "ID").nl(2);
  const w = wrapAt(b, c.int(70, 90));
  b.noise = w;
  b.t(`Dear ${c.pick(["Ms.", "Mr."])} `);
  b.noise = null;
  nm(n, hr, "l");
  b.noise = w;
  b.t(":").nl(2);
  b.t("I evaluated your employee on ");
  b.noise = null;
  dt(n);
  b.noise = w;
  b.t(" at your request following the ").t(c.pick(["lifting injury", "syncopal episode on shift", "respiratory exposure", "return from FMLA leave"])).t(". Evaluation included history, exam, spirometry (FEV1 88% pred) and review of records from ");
  b.noise = null;
  staff(n, p0(n));
  b.noise = w;
  b.t(". Per NFPA 1582 Category B criteria and the essential job functions you provided, ").t(c.pick(["he", "she", "they"])).t(" may return to ");
  b.t(c.pick(["full duty without restriction", "modified duty (no lifting > 25 lb)", "full duty; no respirator use until cleared"])).t(" effective ");
  b.noise = null;
  anyDt(n, c.recent(), 0.4);
  b.noise = w;
  b.t(". Re-evaluate in 90 days. Diagnosis and treatment details are not disclosed.").nl(2);
  b.noise = null;
  b.t("Sincerely,").nl(2);
  staff(n, p0(n), [", MD, MPH", ", DO, FACOEM", ", MD"]);
  b.nl().t("Lic. ").v(c.license("MD"), "LICENSE").t("  NPI ").v(c.npi(), "LICENSE").nl();
};

const voiceAssistant: Style = (n) => {
  const { b, c } = n;
  const d = c.recent();
  const iso = fmtDate(d, "iso");
  b.t("CareLink Voice — activity export").nl();
  b.t("Device: ").t(c.pick(["Echo Show 8 (3rd Gen)", "Nest Hub 2nd gen", "Echo Dot 5"])).t("  s/n ").v(c.serial(), "DEVICE").t("  fw 8612.1.3  IP ").v(c.ipv4(), "IP").nl();
  b.t("Account: ").v(n.email, "EMAIL").t("  Voice ID profile: ").v(`vp-${c.uuid().slice(0, 18)}`, "BIOMETRIC").nl();
  b.t("Emergency profile: ");
  nm(n, n.pt, "fl");
  b.t(", born ");
  dt(n, n.dob, c.pick(["long", "mdy", "abbr"] as const));
  b.t(", ");
  address(n, n.addr);
  b.nl(2);
  const kid = p0(n);
  const lines: (() => void)[] = [
    () => { b.t("Reminder played: \"Time to take your metoprolol, 25 milligrams.\" — ACK"); },
    () => { b.t("User: \"alexa call "); nm(n, kid, "lc"); b.t("\" -> Calling "); nm(n, kid, "fl"); b.t(" (mobile) "); b.v(c.phone(), "PHONE"); },
    () => { b.t("User: \"what day is it\" -> \"Today is "); b.v(`${MONTHS[d.m - 1]} ${d.d}`, "DATE"); b.t(".\""); },
    () => { b.t("User: \"remind me dr "); nm(n, p0(n), "lc"); b.t(" appointment on the "); b.v(["first", "second", "third", "ninth", "twelfth", "twentieth"][c.int(0, 5)]!, "DATE"); b.t("\""); },
    () => { b.t("User: \"reorder my pills\" -> refill request sent to "); fac(n, c.pharmacy()); b.t(" for Rx "); b.v(`${c.int(1, 9)}${c.digits(6)}`, "ID"); },
    () => { b.t("Fall detection: no response 60 s -> Urgent Response agent connected; EMS not dispatched"); },
    () => { b.t("User: \"i'm turning "); b.v(ageWords(c.int(90, 101)), "AGE"); b.t(" next week\""); },
    () => { b.t("Blood pressure log (Omron BP7350): 152/91, pulse 68"); },
  ];
  let h = c.int(6, 9);
  for (const f of c.shuffle(lines).slice(0, c.int(4, 7))) {
    h += c.int(0, 2);
    b.t("[").v(iso, "DATE").t(" ").t(`${String(Math.min(h, 23)).padStart(2, "0")}:${String(c.int(0, 59)).padStart(2, "0")}:${String(c.int(0, 59)).padStart(2, "0")}`).t("] ");
    f();
    b.nl();
  }
};

const abn: Style = (n) => {
  const { b, c } = n;
  b.t("A. Notifier: ");
  fac(n, c.facility("clinic"));
  b.t(", ");
  address(n, { line1: c.street(), city: c.city(), state: c.state(), zip: c.zip() });
  b.t("  ").v(c.phone(), "PHONE").nl();
  b.t("B. Patient Name: ");
  nm(n, n.pt, c.pick(["fml", "fl", "LF"] as const));
  b.t("        C. Identification Number: ");
  if (c.chance(0.5)) b.v(n.mrn, "MRN");
  else b.v(c.account(), "ACCOUNT");
  b.nl(2).t("ADVANCE BENEFICIARY NOTICE OF NON-COVERAGE (ABN)").nl();
  b.t("NOTE: If Medicare doesn't pay for D. the items below, you may have to pay.").nl();
  b.t("D.                          E. Reason Medicare May Not Pay     F. Estimated Cost").nl();
  for (const [item, cost] of c.shuffle([["Screening PSA (G0103)", "$48.00"], ["Vitamin D, 25-OH (82306)", "$61.00"], ["Annual lipid panel (80061)", "$37.50"], ["Shingrix dose 2 (90750)", "$212.00"], ["Routine foot care (11721)", "$85.00"]]).slice(0, c.int(1, 3))) {
    b.t(`${item!.padEnd(28)}Frequency limit exceeded          ${cost}`).nl();
  }
  b.nl().t("G. OPTIONS: [").t(c.pick(["X", " "])).t("] OPTION 1  [ ] OPTION 2  [ ] OPTION 3").nl();
  b.t("H. Additional Information: Medicare # ").v(c.mbi(), "HEALTH_PLAN").t("; questions to ");
  person(n, "fl");
  b.t(", billing, ").v(c.phone(), "PHONE");
  if (c.chance(0.4)) b.t(" x").t(String(c.int(100, 999)));
  b.t(".").nl();
  b.t("I. Signature: ");
  nm(n, n.pt, c.pick(["fl", "il"] as const));
  b.t("  (signed by ").t(c.pick(["self", "POA "]));
  if (c.chance(0.3)) person(n, "fl");
  b.t(")     J. Date: ");
  dt(n, c.recent(), c.pick(["mdy", "mdy1", "mdyy"] as const));
  b.nl(2).t("Form CMS-R-131 (Exp. 01/31/2026)   OMB No. 0938-0566").nl();
};

const goodFaith: Style = (n) => {
  const { b, c } = n;
  const svc = c.recent();
  b.t("GOOD FAITH ESTIMATE FOR HEALTH CARE ITEMS AND SERVICES").nl();
  b.t("GFE #: ").v(`GFE-${c.digits(8)}`, "ID").t("    Issued: ");
  dt(n, c.recent(), c.pick(["mdy", "abbr"] as const));
  b.nl(2).t("Patient: ");
  nm(n, n.pt, c.pick(["fl", "lf"] as const));
  b.t("   DOB ");
  dt(n, n.dob);
  b.nl().t("Address: ");
  address(n, n.addr);
  b.nl().t("Phone: ").v(n.phone, "PHONE").t("   E-mail: ").v(n.email, "EMAIL").nl();
  b.t("Self-pay / uninsured: yes   Patient account: ").v(c.account(), "ACCOUNT").nl(2);
  b.t("Convening provider: ");
  fac(n, c.facility(c.pick(["hosp", "clinic"] as const)));
  b.t("  NPI ").v(c.npi(), "LICENSE").t("  TIN ").t(`${c.int(10, 98)}-${c.digits(7)}`).nl();
  b.t("Scheduled service date: ");
  dt(n, svc);
  b.t("  Primary service: laparoscopic cholecystectomy (CPT 47562; ICD-10 K80.20)").nl(2);
  b.t("Item / CPT             Qty   Estimate").nl();
  b.t("Surgeon fee 47562      1     $2,140.00").nl().t("Facility fee           1     $6,880.00").nl().t("Anesthesia 00790       12u   $1,020.00").nl().t("Pathology 88305        1     $   96.00").nl();
  b.t("Co-provider: anesthesia by ");
  staff(n, p0(n), [", MD", ", CRNA"]);
  b.t(", NPI ").v(c.npi(), "LICENSE").nl();
  b.t("Total estimated charges: $10,136.00. If billed $400 or more above this estimate you may dispute the bill within 120 calendar days.").nl();
  b.t("Questions: ").v(c.tollFree(), "PHONE").t(" or ").v(`https://billing.${c.domain()}/estimates`, "URL").nl();
};

const collections: Style = (n) => {
  const { b, c } = n;
  const agency = c.pick(["Great Plains Receivables", "Meridian Recovery Group", "Sentinel Credit Services", "Allied Account Resolution"]);
  b.t(agency.toUpperCase()).nl();
  address(n, { line1: c.pick([`PO Box ${c.int(100, 99999)}`, c.street()]), city: c.city(), state: c.state(), zip: c.zip() }, "\n");
  b.nl().t("Hours: M-F 8am-8pm CT  ").v(c.tollFree(), "PHONE").nl(2);
  const sent = c.recent();
  dt(n, sent, c.pick(["long", "abbr", "mdy"] as const));
  b.nl(2);
  nm(n, n.pt, c.pick(["FL", "fml", "fl"] as const));
  b.nl();
  address(n, n.addr, "\n");
  const acct = `${c.digits(3)}-${c.digits(7)}`;
  b.nl(2).t("Our account #: ").v(acct, "ACCOUNT").t("    Reference: ").v(`R${c.digits(9)}`, "ID").nl();
  b.t("Original creditor: ");
  fac(n, c.facility("hosp"));
  b.nl().t("Creditor account #: ").v(c.account(), "ACCOUNT").t("   Date of service: ");
  dt(n);
  b.nl().t("Amount due: $").t(`${c.int(80, 4900)}.${String(c.int(0, 99)).padStart(2, "0")}`).nl(2);
  const w = wrapAt(b, 72);
  b.noise = w;
  b.t("This communication is from a debt collector. This is an attempt to collect a debt and any information obtained will be used for that purpose. Call or write to us by ");
  b.noise = null;
  dt(n, c.after(sent, 35), c.pick(["long", "abbr"] as const));
  b.noise = w;
  b.t(" to dispute all or part of the debt. If you do not, we will assume that our information is correct.").nl(2);
  b.noise = null;
  b.t("Pay online: ").v(`https://pay.${agency.split(" ")[0]!.toLowerCase()}rcv.com/?acct=${c.digits(8)}`, "URL").nl();
  b.t("- - - - - - - - detach and return - - - - - - - -").nl();
  nm(n, n.pt, "FL");
  b.t("  Acct ").v(acct.replace("-", c.pick(["-", "", " "])), "ACCOUNT").nl();
  b.t("Amount enclosed $________  Card ending ____").nl();
};

export const STYLES_B: Record<string, Style> = {
  "missing-resident-alert": elopementAlert,
  "fitness-for-duty": fitnessForDuty,
  "voice-assistant-log": voiceAssistant,
  "medicare-abn": abn,
  "good-faith-estimate": goodFaith,
  "collections-notice": collections,
};
