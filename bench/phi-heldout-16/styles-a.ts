/** Styles A: patient financial paper (payment plans, assistance awards, disputes, refunds, itemised bills). */
import * as L from "./lists";
import { address, addrBlock, age, clin, dt, dtf, fac, initials, money, newAddress, nm, ocrNoise, other, otherOf, ph, pickAge, staff, type Note16, type Style } from "./note";

const dob = (n: Note16) => n.b.v(n.c.fullDate(n.dob), "DATE");

/** Installment agreement signed at the front desk. */
const paymentPlan: Style = (n) => {
  const { b, c, pt } = n;
  const practice = c.facility();
  fac(n, c.chance(0.5) ? practice.toUpperCase() : practice);
  b.nl().t(c.pick(["PATIENT PAYMENT PLAN AGREEMENT", "Installment Agreement", "Payment Arrangement – Self-Pay"])).nl(2);
  const minor = c.chance(0.3);
  const g = minor ? other(n) : pt;
  b.t(c.pick(["Guarantor: ", "Responsible party: ", "GUARANTOR NAME: "]));
  nm(n, g, c.pick(["fl", "lf", "LF", "fml"] as const));
  if (minor) { b.t(c.pick([" (parent of ", " for minor "])); nm(n, pt, "fl"); b.t(c.chance(0.5) ? ")" : ""); }
  b.nl().t(c.pick(["Guarantor acct #: ", "Account No. ", "Acct: "])).v(c.acct(), "ACCOUNT").t(c.pick(["   ", " | ", "\n"]));
  b.t("Patient DOB: "); dob(n); b.nl();
  b.t("Address: "); address(n, n.addr, c.pick([", ", " "])); b.nl();
  b.t(c.pick(["Home/Cell: ", "Phone: "])); ph(n, n.phone); b.nl(2);
  const bal = money(c, 300, 14000);
  b.t(`Balance to be paid: ${bal}. Down payment ${money(c, 25, 300)} received `); dt(n); b.t(".").nl();
  b.t(`Monthly payment of ${money(c, 25, 400)} due on the ${c.pick(["1st", "15th", "5th", "20th"])} of each month beginning `);
  dt(n, c.recent(), c.chance(0.5)); b.t(`, ${c.int(6, 36)} payments, 0% interest.`).nl();
  if (c.chance(0.5)) b.t(`Auto-draft from checking, routing ${c.pick(["011000015", "021000021", "121000248"])} (bank, not the patient), acct `).v(c.digits(c.int(8, 12)), "ACCOUNT").t(".").nl();
  b.t("If two payments are missed the balance may be referred to ").t(c.pick(L.VENDORS)).t(`. Questions: ${c.pick(["Patient Financial Services", "Billing Office"])} `);
  ph(n); b.t(".").nl(2);
  b.t("Guarantor signature: ____________   Date: "); dt(n); b.nl();
  b.t("Witness (staff): "); const s = other(n); nm(n, s, c.pick(["fl", "il"] as const)); b.t(c.pick([", PFS Rep", ", Front Desk", ""])).nl();
};

/** Financial-assistance (charity care) award letter. */
const faAward: Style = (n) => {
  const { b, c, pt } = n;
  const hosp = c.facility();
  fac(n, hosp); b.t(" – Financial Assistance Program").nl();
  dt(n); b.nl(2);
  nm(n, pt, c.pick(["FL", "fl", "fml"] as const)); b.nl(); addrBlock(n, n.addr, c.chance(0.4)); b.nl(2);
  b.t("Application #: ").v(`FAP-${c.digits(2)}-${c.digits(5)}`, "ID").t("    Date of birth: "); dob(n); b.nl();
  b.t(`Household size: ${c.int(1, 7)}   Income: ${c.int(80, 390)}% of the Federal Poverty Guidelines (2026)`).nl(2);
  b.t(c.pick(["Dear ", "Dear Mr./Ms. "])); nm(n, pt, c.pick(["l", "fl"] as const)); b.t(",").nl();
  b.t(`Your application was approved for a ${c.pick(["100%", "75%", "50%", "40%"])} discount on eligible services from `);
  dt(n); b.t(" through "); dt(n); b.t(". The following accounts were adjusted:").nl();
  for (let i = 0, k = c.int(1, 4); i < k; i++) {
    b.t("  ").v(c.acct(), "ACCOUNT").t("  DOS ");
    dt(n, c.recent(), c.chance(0.4)); b.t(`  ${money(c, 90, 6000)} → ${money(c, 0, 90)}`).nl();
  }
  b.t("This is not insurance. Under IRS 501(r) you may reapply after the period ends. Your counselor is ");
  const s = other(n); nm(n, s, "fl"); b.t(", ");
  if (c.chance(0.5)) b.v(`${s.first[0]!.toLowerCase()}${s.last.toLowerCase().replace(/[^a-z]/g, "")}@${c.pick(["stbrendanhealth.org", "riverbendmc.org", "pinecrestcares.org"])}`, "EMAIL");
  else ph(n);
  b.t(".").nl();
};

/** Patient's letter disputing a reference-lab bill. */
const labDispute: Style = (n) => {
  const { b, c, pt } = n;
  nm(n, pt, c.pick(["fl", "fml"] as const)); b.nl(); addrBlock(n, n.addr); b.nl(); b.v(n.email, "EMAIL").nl(2);
  dt(n); b.nl(2);
  b.t(`${c.pick(["Quest Diagnostics", "Labcorp", "BioReference", "Sonic Reference Lab"])} – Patient Billing Disputes`).nl();
  b.t("RE: Invoice ").v(`${c.letters(1)}${c.digits(9)}`, "ACCOUNT").t(", date of service ");
  dt(n); b.nl(2);
  b.t("To whom it may concern,").nl();
  b.t("I am disputing this bill. My doctor, "); staff(n, other(n)); b.t(" at "); fac(n, c.facility());
  b.t(`, ordered a ${c.pick(["lipid panel (CPT 80061)", "CMP (CPT 80053)", "vitamin D (CPT 82306)", "urine culture (CPT 87086)"])} and I was told it was covered. My plan `);
  b.t(c.pick(L.PAYERS)).t(" member ID ").v(c.member(), "HEALTH_PLAN").t(", group ").v(c.digits(6), "HEALTH_PLAN");
  b.t(", processed claim ").v(`${c.digits(4)}${c.letters(2)}${c.digits(6)}`, "ID").t(` as out-of-network and you billed me ${money(c, 60, 900)}. `);
  b.t(`${c.pick(["My DOB is ", "For ID, DOB "])}`); dob(n); b.t(". ");
  b.t("Please hold collection activity while this is reviewed. You can reach me at "); ph(n, n.phone); b.t(".").nl(2);
  b.t("Sincerely,").nl(); nm(n, pt, c.pick(["fl", "f"] as const)); b.nl();
};

/** Balance-billing complaint to a state insurance department about an imaging bill. */
const imagingComplaint: Style = (n) => {
  const { b, c, pt } = n;
  if (c.chance(0.35)) b.noise = ocrNoise(c, 0.035);
  b.t(c.pick(["STATE DEPARTMENT OF INSURANCE – CONSUMER SERVICES", "Office of the Insurance Commissioner – Complaint Form"])).nl();
  b.t("Complaint No.: ").v(`CS-${c.digits(4)}-${c.digits(6)}`, "ID").t("   Received: "); dt(n); b.nl(2);
  b.t("1. Complainant: "); nm(n, pt, c.pick(["LF", "fl", "lfm"] as const)); b.nl();
  b.t("2. Mailing address: "); address(n, n.addr); b.nl();
  b.t("3. Daytime phone: "); ph(n, n.phone); b.t("   E-mail: ").v(n.email, "EMAIL").nl();
  b.t("4. Insurer: ").t(c.pick(L.PAYERS)).t("   Member ID: ").v(c.member(), "HEALTH_PLAN").nl();
  b.t("5. Provider complained of: "); fac(n, `${c.pick(L.FAC_STEMS)} Imaging Center`); b.t(", reading radiologist "); staff(n, other(n), [", MD", ", DO"]); b.nl();
  b.t("6. Date of service: "); dt(n); b.t(`   Amount billed: ${money(c, 200, 4800)}`).nl();
  b.t("7. Description: ").t(c.pick([
    "I had an MRI of the lumbar spine (CPT 72148) at an in-network hospital but got a separate bill from the radiologists. ",
    "The CT abdomen/pelvis (CPT 74177) was pre-authorized. I am being balance billed for the difference. ",
  ]));
  const rel = c.pick([["wife ", "F"], ["husband ", "M"], ["daughter ", "F"], ["son ", "M"]] as const);
  b.t("My ").t(rel[0]); const r = otherOf(n, rel[1]); nm(n, r, "f"); b.t(" called them on "); dt(n, c.recent(), true); b.t(" and was told to pay or it goes to collections.").nl();
  b.t("8. Patient DOB: "); dob(n); b.t("  Claim #: ").v(`${c.digits(11)}`, "ID").nl();
  b.t(`Assigned analyst: `); nm(n, other(n), "fl"); b.t(", ext ").t(String(c.int(4000, 4999))).nl();
};

/** Letter to a credit bureau disputing medical debt. */
const creditDispute: Style = (n) => {
  const { b, c, pt } = n;
  b.t(c.pick(["Equifax Information Services LLC", "Experian – Dispute Department", "TransUnion Consumer Solutions"])).nl(2);
  dt(n); b.nl(2);
  b.t("Re: Dispute of medical collection account").nl();
  b.t("Name: "); nm(n, pt, c.pick(["fml", "FL", "fl"] as const)); b.nl();
  b.t("SSN: ").v(c.chance(0.5) ? c.ssn() : `XXX-XX-${c.digits(4)}`, "SSN").t("   DOB: "); dob(n); b.nl();
  b.t("Current address: "); address(n, n.addr); b.nl();
  if (c.chance(0.5)) { b.t("Previous address: "); address(n, newAddress(c)); b.nl(); }
  b.t("Report number: ").v(`${c.digits(10)}`, "ID").nl(2);
  b.t("The collection listed by ").t(c.pick(L.VENDORS)).t(" (account ").v(`${c.digits(4)}${c.letters(1)}${c.digits(5)}`, "ACCOUNT").t(") for services at ");
  fac(n, c.facility()); b.t(" on "); dt(n); b.t(" was paid in full by my insurer under Medicaid ID ").v(`${c.digits(9)}${c.letters(1)}`, "HEALTH_PLAN");
  b.t(`. Paid medical debt and medical debt under $500 should not appear (${c.pick(["CFPB 2025 rule", "bureau policy since 2023"])}). Please delete it.`).nl(2);
  b.t("Enclosures: EOB dated "); dt(n, c.recent(), c.chance(0.4)); b.t(", copy of driver license ").v(`${c.letters(1)}${c.digits(3)}-${c.digits(3)}-${c.digits(2)}-${c.digits(3)}-0`, "LICENSE").nl();
  nm(n, pt, "fl"); b.nl();
};

/** Itemized statement with revenue codes, CPT and HCPCS (distractors). */
const itemized: Style = (n) => {
  const { b, c, pt } = n;
  const h = c.facility();
  fac(n, h.toUpperCase()); b.nl().t("ITEMIZED STATEMENT OF CHARGES").nl();
  b.t("PATIENT: "); nm(n, pt, c.pick(["LF", "LFM"] as const)); b.t("   MRN: ").v(n.mrn, "MRN").t("   ACCT: ").v(c.acct(), "ACCOUNT").nl();
  b.t("ADMIT: "); const a = c.recent(); dtf(n, a, c.pick(["mdy", "slash2", "dMonY"] as const)); b.t("  DISCH: "); dtf(n, { ...a, d: Math.min(28, a.d + c.int(1, 5)) }, c.pick(["mdy", "slash2", "dMonY"] as const));
  b.t("  AGE: "); age(n, pickAge(n, 0.3)); b.t("  DOB: "); dob(n); b.nl();
  b.t("GUARANTOR: "); nm(n, c.chance(0.7) ? pt : other(n), "LF"); b.nl(2);
  b.t("DATE   REV  CODE    DESCRIPTION                     QTY   AMOUNT").nl();
  for (let i = 0, k = c.int(3, 8); i < k; i++) {
    b.v(`${a.m}/${Math.min(28, a.d + c.int(0, 3))}`, "DATE").t(c.pick(["  ", "   "]));
    b.t(c.pick(["0250 J1885   KETOROLAC INJ 15MG          ", "0300 80053   COMP METABOLIC PANEL       ", "0450 99284   ED VISIT LEVEL 4            ", "0636 J2405   ONDANSETRON 1MG             ", "0320 71046   XR CHEST 2V                 ", "0270 A4649   SURGICAL SUPPLY MISC        ", "0120 R&B     MED/SURG SEMI-PRIVATE       "]));
    b.t(`${c.int(1, 4)}   ${money(c, 12, 4200)}`).nl();
  }
  b.t(`TOTAL CHARGES ${money(c, 2000, 60000)}   INS PMTS ${money(c, 0, 9000)}   PATIENT DUE ${money(c, 0, 3000)}`).nl();
  b.t("Attending: "); staff(n, other(n), [", MD", ", DO"]); b.t(`   ${clin(n)}`).nl();
};

/** Credit-balance refund check request (business office form). */
const refundRequest: Style = (n) => {
  const { b, c, pt } = n;
  b.t("REFUND CHECK REQUEST – PATIENT CREDIT BALANCE").nl();
  b.t("Requested by: "); const s = other(n); nm(n, s, "fl"); b.t(` (${initials(s)})   Date: `); dt(n, c.recent(), c.chance(0.3)); b.nl();
  b.t("Payee: "); nm(n, c.chance(0.8) ? pt : other(n), c.pick(["FL", "fml", "lf"] as const)); b.nl();
  b.t("Mail to: "); address(n, n.addr, c.pick([", ", "\n         "]), c.chance(0.3)); b.nl();
  b.t("Patient acct: ").v(c.acct(), "ACCOUNT").t("   MRN ").v(n.mrn, "MRN").nl();
  b.t(`Credit amount: ${money(c, 5, 900)}   Overpayment posted `); dt(n); b.t(` (${c.pick(["copay paid twice", "payer paid after patient", "prepayment for cancelled surgery"])})`).nl();
  b.t("Original payment: ").t(c.pick(["Visa", "check", "cash", "HSA card"])).t(c.chance(0.5) ? ` batch ${c.digits(6)}` : "").nl();
  b.t("Approved: "); const ap = other(n); nm(n, ap, "il"); b.t(", PFS Supervisor   GL 1140-200   Vendor # V").t(c.digits(5)).nl();
};

export const STYLES_A: Record<string, Style> = {
  "payment-plan-agreement": paymentPlan,
  "fa-award-letter": faAward,
  "lab-bill-dispute-letter": labDispute,
  "imaging-balance-bill-complaint": imagingComplaint,
  "credit-bureau-dispute": creditDispute,
  "itemized-statement": itemized,
  "refund-check-request": refundRequest,
};
