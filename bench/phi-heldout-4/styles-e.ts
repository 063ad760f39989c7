/** Styles E: ICU flowsheet, missed-appointment letter, concurrent utilization review, clinicians' secure chat. */
import { fmtDate } from "./kit";
import { address, age, newAddress, nm, other, pickAge, staff, wrapAt, type Note, type Style } from "./note";

function icuFlowsheet(n: Note): void {
  const { b, c, pt } = n;
  const a = pickAge(n, 0.3);
  const day = c.recent();
  b.t(`ICU FLOWSHEET   MICU bed ${c.int(1, 24)}   `).v(fmtDate(day, c.pick(["mdy", "DMONY", "iso"])), "DATE").t("   Pt: "); nm(n, pt, "LF");
  b.t("   MRN ").v(n.mrn, "MRN").t("   Age "); age(n, a); b.t(`   Wt ${c.int(45, 130)} kg   Code: ${c.pick(["Full", "DNR/DNI", "DNR, OK to intubate"])}`).nl();
  b.t("Attending: "); staff(n, other(n)); b.t("   Fellow: "); nm(n, other(n), "fl"); b.nl();
  b.t("Lines: R IJ TLC placed ").v(fmtDate(c.recent(), "md"), "DATE").t(" by Dr. "); nm(n, other(n), "l");
  b.t("; art line L radial ").v(fmtDate(c.recent(), "dmon"), "DATE").t("; Foley 16Fr; OGT 18Fr at 58 cm.").nl();
  b.t(`Vent: Servo-u  S/N `).v(c.digits(5), "DEVICE").t(`   AC/VC ${c.int(350, 500)}/${c.int(12, 24)}/+${c.int(5, 12)}/${c.int(30, 80)}%`).nl();
  b.t(`Drips: norepinephrine 0.0${c.int(2, 9)} mcg/kg/min, propofol ${c.int(10, 50)} mcg/kg/min, fentanyl ${c.int(25, 150)} mcg/h, insulin ${c.int(1, 9)} units/h`).nl(2);
  const rn = other(n);
  const ini = `${rn.first[0]}${rn.last[0]}`.toUpperCase();
  b.t("Hour | HR  | BP      | MAP | SpO2 | RASS | CPOT | RN").nl();
  for (let h = 8; h < 8 + c.int(3, 6); h++) b.t(`${String(h).padStart(2, "0")}00 | ${c.int(60, 130)} | ${c.int(85, 160)}/${c.int(40, 90)}  | ${c.int(58, 95)}  | ${c.int(88, 100)}%  | ${c.pick(["-2", "-1", "0", "+1"])}   | ${c.int(0, 4)}    | `).v(ini, "NAME").nl();
  b.t(`I/O 24h: in ${c.int(1200, 4000)} / out ${c.int(600, 3500)}. Lactate ${c.int(8, 60) / 10}, K ${c.int(30, 55) / 10}, Glasgow ${c.int(3, 15)}T.`).nl();
  const hcp = other(n);
  b.t("Family: HCP "); nm(n, hcp, "fl"); b.t(` (${c.pick(["wife", "son", "niece", "partner"])}) updated by phone `).v(c.phone(), "PHONE").t(` at ${c.time()} by `); nm(n, rn, "fl"); b.t(", RN.").nl();
}

function noShowLetter(n: Note): void {
  const { b, c, pt } = n;
  const office = newAddress(c);
  const doc = other(n);
  b.v(c.facility(["Family Practice", "Pediatrics", "Internal Medicine", "Women's Health"]), "FACILITY").nl();
  address(n, { ...office, unit: undefined }, "\n"); b.t("  |  ").v(c.phone(), "PHONE").nl(2);
  b.v(fmtDate(c.recent(), c.pick(["monthy", "mdy"])), "DATE").nl(2);
  nm(n, pt, "fml"); b.nl().v(n.addr.line1, "ADDRESS"); if (n.addr.unit) b.t(" ").v(n.addr.unit, "ADDRESS");
  b.nl().v(n.addr.city, "LOCATION").t(", ").t(n.addr.state).t(" ").v(n.addr.zip, "ZIP").nl(2);
  b.t("RE: Missed appointment   DOB ").v(fmtDate(n.dob, "mdy"), "DATE").nl(2);
  b.noise = wrapAt(b, 72);
  b.t(`Dear ${pt.female ? "Ms." : "Mr."} `); nm(n, pt, "l");
  b.t(",\n\nOur records show that you did not keep your appointment on ").t(c.pick(["Tuesday, ", "Thursday ", ""]));
  if (c.chance(0.5)) b.t("the ").v(fmtDate(c.recent(), "th"), "DATE");
  else b.v(fmtDate(c.recent(), c.pick(["mon", "monthy", "dmon"])), "DATE");
  b.t(` at ${c.time()} with Dr. `); nm(n, doc, "l"); b.t(" at our ").v(c.road(), "ADDRESS").t(` office. This is your ${c.pick(["second", "third"])} missed visit since `);
  b.v(c.pick(["January", "March", "August"]) + ` ${c.int(2024, 2025)}`, "DATE").t(`. Your ${c.pick(["A1c", "blood pressure", "warfarin"])} follow-up is overdue, and your refills of ${c.drug()} cannot continue without a visit.`);
  b.t(" If we do not hear from you within 30 days, we may end our care relationship as described in the policy you signed in ").t(c.year()).t(". Please call ");
  b.v(c.phone(), "PHONE").t(" to reschedule.").nl(2);
  b.noise = null;
  b.t("Sincerely,").nl(2); nm(n, other(n), "fl"); b.t(", Practice Manager").nl().t("cc: chart ").v(n.mrn, "MRN").t(", Dr. "); nm(n, doc, "fl"); b.nl();
}

function utilizationReview(n: Note): void {
  const { b, c, pt } = n;
  const admit = c.recent();
  b.t(`CONCURRENT REVIEW - fax to ${c.pick(["Humana", "Molina", "Aetna Better Health", "WellCare"])} UM `).v(c.phone(), "FAX").t(", attn ");
  nm(n, other(n), "fl"); b.t(", RN").nl();
  b.t("Member: "); nm(n, pt, "lf"); b.t("   ID ").v(c.member(), "HEALTH_PLAN").t("   DOB ").v(fmtDate(n.dob, c.pick(["mdy", "mdy2", "iso"])), "DATE").nl();
  b.t("Facility: ").v(c.facility(["Hospital", "Medical Center", "Regional Medical Center"]), "FACILITY").t("   NPI ").v(c.npi(), "LICENSE").t("   Attending: "); staff(n, other(n)); b.nl();
  b.t("Admit ").v(fmtDate(admit, c.pick(["mdy", "md", "mon"])), "DATE").t(` via ED, inpatient. LOS day ${c.int(2, 9)}. Expected DC `).v(c.partial(c.recent()), "DATE").nl();
  b.t("Auth # ").v(`${c.letters(2)}${c.digits(8)}`, "ID").t("   Ref ").v(c.digits(10), "ID").nl(2);
  b.t(`InterQual 2025 Acute Adult, Pneumonia subset: IS met (SpO2 ${c.int(84, 91)}% RA, RR ${c.int(24, 34)}). MCG ORG M-280. ${c.vitals()}. WBC ${c.int(11, 25)}.${c.int(0, 9)}, Cr ${c.int(8, 30) / 10}, CURB-65 ${c.int(2, 4)}. Day ${c.int(2, 4)} ceftriaxone 2 g q24h + azithromycin 500 mg.`).nl();
  b.t("DC plan: SNF referral to ").v(c.facility(["Nursing & Rehab", "Health Care Center", "Care Center"]), "FACILITY").t("; pt lives alone in ").v(c.city(), "LOCATION").t(", daughter ");
  nm(n, other(n), "f"); b.t(" in ").v(c.county(), "LOCATION").t(" is POA.").nl();
  b.t("Case manager: "); nm(n, other(n), "fl"); b.t(", RN, CCM   ").v(c.phone(), "PHONE").t(c.ext()).nl();
}

function secureChat(n: Note): void {
  const { b, c, pt } = n;
  const rn = other(n), doc = other(n), dtr = other(n), pcp = other(n);
  const lc = (s: string) => s.toLowerCase();
  let minute = c.int(7 * 60, 9 * 60);
  const ts = () => {
    minute += c.int(1, 14);
    return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
  };
  const room = c.int(300, 699);
  b.t(`[Secure Chat] ${c.int(3, 6)} West - re: `); nm(n, pt, "LF"); b.t(" (").v(n.mrn, "MRN").t(`) rm ${room}`).nl();
  b.t(`${ts()} `).v(lc(rn.first), "NAME").t(" ").v(lc(rn.last), "NAME").t(` rn: hey is ${room} ${pt.female ? "mrs" : "mr"} `).v(lc(pt.last), "NAME").t(" ok for dc today? ").t(pt.female ? "her" : "his").t(" daughter ");
  b.v(lc(dtr.nick ?? dtr.first), "NAME").t(" keeps calling, cb ").v(c.phone(), "PHONE").nl();
  b.t(`${ts()} dr `).v(lc(doc.last), "NAME").t(": yes after pt eval. can u ask if still living on ").v(c.road(), "ADDRESS").t("? home health needs the address").nl();
  const ad = newAddress(c);
  b.t(`${ts()} `).v(lc(rn.first), "NAME").t(": says moved in w daughter ").v(ad.line1, "ADDRESS").t(" ").v(ad.city, "LOCATION").t(" in ").v(c.pick(["sept", "oct", "jan", "march"]) + ` ${c.int(2024, 2025)}`, "DATE").nl();
  b.t(`${ts()} dr `).v(lc(doc.last), "NAME").t(`: ok. dc summary to dr `).v(lc(pcp.last), "NAME").t(" at ").v(c.facility(["Family Medicine", "Primary Care", "Health Center"]), "FACILITY").t(", f/u ").v(fmtDate(c.recent(), "md"), "DATE").t(`. stop ${c.drug().toLowerCase()}, inr 2.${c.int(0, 9)} today`).nl();
  b.t(`${ts()} `).v(lc(rn.first), "NAME").t(": 👍 also pt says pls dont call his ex ").v(lc(c.person().first), "NAME").t(" re anything").nl();
}

export const STYLES_E: Record<string, Style> = {
  "icu-flowsheet": icuFlowsheet,
  "no-show-letter": noShowLetter,
  "utilization-review": utilizationReview,
  "secure-chat": secureChat,
};
