/** Styles: patient grievance letter, release-of-information log (several patients), blood bank crossmatch, anticoagulation flowsheet, diabetes plan handout, durable power of attorney excerpt. */
import { fmtDate } from "./kit";
import { DEVICE_MODELS } from "./lists";
import { address, age, dt, newAddress, nm, other, ph, pickAge, staff, wrapAt, type Style } from "./note";

const grievance: Style = (n) => {
  const { b, c } = n;
  nm(n, n.pt, "fl");
  b.nl();
  address(n, n.addr, "\n");
  b.nl().v(n.email, "EMAIL").nl(2);
  dt(n);
  b.nl(2).t("Patient Relations Department").nl().v(c.facility(true), "FACILITY").nl();
  address(n, newAddress(c), "\n");
  b.nl(2).t("To whom it may concern,").nl(2);
  b.noise = wrapAt(b, 70);
  b.t("I am writing to file a formal complaint about my visit on ").v(c.partialDate(), "DATE").t(". I waited four hours in the lobby and the nurse at the front desk, I think her name was ");
  nm(n, other(n), "f");
  b.t(", told me to \"stop complaining\". When I finally saw ");
  b.t(c.pick(["Dr. ", "doctor ", "the PA "])).v(other(n).last, "NAME");
  b.t(" he did not even look at my ankle. My ");
  const rel = c.pick(["husband", "mother", "son", "friend"]);
  b.t(rel).t(" ");
  nm(n, other(n), "fl");
  b.t(` was with me and can confirm. I was charged $${c.int(200, 2400)}.${c.digits(2)} (account `).v(c.account(), "ACCOUNT").t(") for an X-ray that was never read. I have been a patient there since 2011 and this is the worst care I have received.");
  b.noise = null;
  b.nl(2).t("Please call me at ");
  ph(n, n.phone);
  b.t(c.pick([" after 5pm.", ".", " or email."])).nl(2).t("Sincerely,").nl();
  nm(n, n.pt, c.pick(["fml", "fl"]));
  b.nl().t("DOB ").v(fmtDate(n.dob, "mdy"), "DATE").t(", MRN ").v(n.mrn, "MRN").nl();
};

const roiLog: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  b.t("RELEASE OF INFORMATION LOG — HIM Dept., ").v(c.facility(true), "FACILITY").t(" — week of ").v(c.fullDate(), "DATE").nl();
  b.t("Req date | Patient | DOB | Requester | Records | Invoice | Sent via").nl();
  for (let i = 0; i < c.int(4, 7); i++) {
    const p = c.person();
    b.v(fmtDate(c.recent(), c.pick(["md-short", "mdy"])), "DATE").t(" | ");
    b.name(p.last, ", ", p.first);
    b.t(" | ").v(fmtDate(c.dob(), "mdy"), "DATE").t(" | ");
    const r = c.int(0, 3);
    if (r === 0) { const a1 = c.person(), a2 = c.person(); b.name(a1.last, " & ", a2.last).t(" LLP"); }
    else if (r === 1) b.t(c.pick(["SSA/DDS", "Aetna SIU", "VA Community Care", "patient (self)"]));
    else if (r === 2) { b.t("Dr. ").v(c.person().last, "NAME").t(", ").v(c.facility(), "FACILITY"); }
    else { b.t("Atty "); const a = c.person(); b.name(a.first, " ", a.last); }
    b.t(` | ${c.pick(["DOS ", "all 2024 ", "imaging "])}`);
    if (c.chance(0.5)) b.v(fmtDate(c.recent(), "m/d"), "DATE").t("-").v(fmtDate(c.recent(), "m/d"), "DATE");
    b.t(" | ").v(`INV-${c.digits(6)}`, "ACCOUNT").t(" | ");
    if (c.chance(0.4)) b.t("fax ").v(c.phone(), "FAX");
    else if (c.chance(0.5)) b.t("USPS ").v(`9400${c.digits(18)}`, "ID");
    else b.t("portal");
    b.nl();
  }
  b.t("Processed by ");
  nm(n, other(n), "il");
  b.t(", RHIT. Fees per state cap ($0.75/page after 25); HIPAA 45 CFR 164.524.").nl();
};

const crossmatch: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.2);
  b.t("BLOOD BANK — TYPE & CROSSMATCH RECORD").nl().v(c.facility(c.chance(0.5)), "FACILITY").t(" Transfusion Service").nl(2);
  b.t("Recipient: ");
  nm(n, n.pt, "LF");
  b.t("  MRN ").v(n.mrn, "MRN").t("  Age ");
  age(n, a);
  b.t("  Armband BB-ID ").v(`${c.letters(3)}${c.digits(4)}`, "ID").nl();
  b.t("Specimen ").v(`${c.letters(1)}${c.digits(9)}`, "ID").t(" collected ").v(fmtDate(c.recent(), "DD-MON-YYYY"), "DATE").t(` ${c.time()} by `).v(`${other(n).first[0]}${n.others[n.others.length - 1]!.last[0]}`.toUpperCase(), "NAME").nl();
  b.t(`ABO/Rh: ${c.pick(["O POS", "A NEG", "B POS", "AB POS"])}   Antibody screen: ${c.pick(["NEG", "POS — anti-E identified", "NEG"])}   DAT: neg   Historical type on file since 2018`).nl(2);
  b.t("Unit number        | Product | ABO/Rh | Exp        | XM  | Issued").nl();
  for (let i = 0; i < c.int(1, 3); i++) {
    b.v(`W${c.digits(4)} ${c.digits(2)} ${c.digits(6)}`, "ID").t(` | E0382V00 | ${c.pick(["O NEG", "O POS"])}  | ${c.int(1, 12)}/${c.int(1, 28)}/2027 | IS compatible | `);
    b.v(fmtDate(c.recent(), "m/d"), "DATE").t(` ${c.time()}`).nl();
  }
  b.t("Tech: ");
  nm(n, other(n), "fl");
  b.t(", MLS(ASCP)   Verified at bedside by ");
  nm(n, other(n), "fl");
  b.t(", RN and ");
  nm(n, other(n), "il");
  b.t(", RN").nl().t("Ordering: Dr. ").v(other(n).last, "NAME").t(c.pick([" (pager 4417)", "", " ext 2290"])).nl();
};

const anticoag: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.25);
  b.t("ANTICOAGULATION CLINIC FLOWSHEET").nl();
  nm(n, n.pt, "lfm");
  b.t("  (");
  age(n, a);
  b.t(c.pick(["y", " yo", "Y"])).t(")  DOB ").v(fmtDate(n.dob, c.pick(["md-short", "mdy"])), "DATE").t("  MRN ").v(n.mrn, "MRN").nl();
  b.t(`Indication: AF, CHA2DS2-VASc ${c.int(2, 7)}; HAS-BLED ${c.int(0, 4)}. Goal INR 2.0-3.0. Warfarin started `).v(fmtDate(c.date(2018, 2025), c.pick(["Mon-yy", "month y", "mm/yyyy"])), "DATE").nl();
  b.t("POC meter: Roche CoaguChek XS SN ").v(c.serial(), "DEVICE").t(`, strip lot ${c.lot()}`).nl(2);
  b.t("Date      INR   Weekly dose   Change         Next INR   By").nl();
  const rph = other(n);
  for (let i = 0; i < c.int(3, 6); i++) {
    b.v(fmtDate(c.recent(), "md-short"), "DATE").t(`   ${c.int(1, 4)}.${c.int(0, 9)}   ${c.int(20, 50)} mg       ${c.pick(["none", "+10%", "-1 tab Mon", "hold x1"]).padEnd(14)} `);
    b.v(fmtDate(c.recent(), "m/d"), "DATE").t("       ").v(`${rph.first[0]}${rph.last[0]}`.toUpperCase(), "NAME").nl();
  }
  b.t("Spoke with ");
  nm(n, other(n), "f");
  b.t(` (${c.pick(["daughter", "caregiver", "wife"])}) at `).v(c.phone(), "PHONE").t("; diet: greens 3x/wk stable. No bleeding.").nl();
  staff(n, rph, [", PharmD, CACP", ", PharmD", ", RN"]);
  b.nl();
};

const diabetesPlan: Style = (n) => {
  const { b, c } = n;
  b.t("YOUR DIABETES PLAN").nl().t("Name: ");
  nm(n, n.pt, c.pick(["fl", "fml"]));
  b.t("          Date: ");
  dt(n);
  b.nl(2).t("Your A1c on ").v(fmtDate(c.recent(), c.pick(["m/d", "Month d"])), "DATE").t(` was ${c.int(6, 12)}.${c.int(0, 9)}% — goal below 7%.`).nl();
  b.t(`Long-acting insulin: ${c.int(8, 60)} units every ${c.pick(["morning", "bedtime"])}. Mealtime: 1 unit per ${c.int(8, 15)} g carbs; correction 1 unit per 50 over 150.`).nl();
  b.t("Check sugar: before meals and bedtime. Low (under 70)? Rule of 15: 4 oz juice, recheck in 15 minutes.").nl();
  if (c.chance(0.7)) {
    b.t(`Your ${c.pick(DEVICE_MODELS.slice(2, 6))} serial `).v(c.serial(), "DEVICE").t("; CGM transmitter ").v(`${c.digits(1)}${c.letters(5)}`, "DEVICE").nl();
    b.t("Share data: ").v(`https://clarity.dexcom.com/share/${c.letters(8, "abcdefghjkmnpqrstuvwxyz")}`, "URL").nl();
  }
  b.t("Sick day: call us at ");
  ph(n);
  b.t(" or after hours ").v(c.tollFree(), "PHONE").t(".").nl();
  b.t("Next class: ").v(c.partialDate(), "DATE").t(" at the ").v(c.facility(c.chance(0.5)), "FACILITY").t(` ${c.pick(["Wellness Room", "Community Room B"])}.`).nl();
  b.t("Your educator: ");
  nm(n, other(n), "fl");
  b.t(", RD, CDCES — ").v(c.workEmail(n.others[n.others.length - 1]!, "cottonwoodhealth.org"), "EMAIL").nl();
};

const poa: Style = (n) => {
  const { b, c } = n;
  const agent = other(n);
  const alt = other(n);
  b.t("DURABLE POWER OF ATTORNEY FOR HEALTH CARE (excerpt)").nl(2).t("I, ");
  nm(n, n.pt, c.pick(["fml", "FL", "lfm"]));
  b.t(", of ");
  address(n, n.addr);
  b.t(", born ").v(fmtDate(n.dob, c.pick(["Month dth, y", "mdy"])), "DATE").t(", designate ");
  nm(n, agent, "fml");
  b.t(", my ").t(c.pick(["daughter", "nephew", "friend", "wife"])).t(", of ");
  address(n, newAddress(c));
  b.t(", telephone ").v(c.phone(), "PHONE").t(", as my agent. If unavailable, I designate ");
  nm(n, alt, "fl");
  b.t(" as alternate.").nl(2);
  b.t("2. My agent may consent to or refuse life-sustaining treatment, including artificial nutrition.").nl();
  b.t("3. This power is effective upon my incapacity as determined by two physicians (see Uniform Health-Care Decisions Act).").nl(2);
  b.t("Signed this ").v(`${c.pick(["1st", "3rd", "14th", "22nd"])} day of ${c.pick(["March", "June", "October"])}, 2026`, "DATE").t(", in ").v(c.county(), "LOCATION").t(", ").t(c.state()).t(".").nl();
  b.t("Witness: ");
  nm(n, other(n), "fl");
  b.t("   Witness: ");
  nm(n, other(n), "fl");
  b.nl().t("Notary Public: ");
  nm(n, other(n), "fml");
  b.t(", commission no. ").v(c.digits(c.int(7, 9)), "LICENSE").t(" expires ").v(c.fullDate(c.date(2027, 2030)), "DATE").nl();
};

export const STYLES_D: Record<string, Style> = {
  "grievance-letter": grievance, "roi-log": roiLog, "crossmatch-record": crossmatch,
  "anticoag-flowsheet": anticoag, "diabetes-plan": diabetesPlan, "poa-excerpt": poa,
};

