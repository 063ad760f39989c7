/** Styles B: workers' comp first report, hearing-aid fitting, NEMT manifest, after-visit summary, 1500 claim, cumulative labs. */
import { fmtDate } from "./kit";
import { address, age, newAddress, nm, other, pickAge, staff, type Note, type Style } from "./note";

function wcFirstReport(n: Note): void {
  const { b, c, pt } = n;
  const emp = c.pick(["Hendricks Poultry Processing", "Tri-State Roofing LLC", "Big Sky Grain Co-op", "Maddox Freight Lines", "Cornerstone Staffing", "Amador Dairy", "Kessler Tool & Die", c.company()]);
  b.t("DOCTOR'S FIRST REPORT OF OCCUPATIONAL INJURY OR ILLNESS").nl(2);
  b.t("1. INSURER NAME AND ADDRESS: ").t(c.pick(["State Compensation Insurance Fund", "Travelers", "Liberty Mutual", "Zenith"])).t(", ").v(c.street(), "ADDRESS").t(", ").v(c.city(), "LOCATION").t(", ").t(c.state()).t(" ").v(c.zip(), "ZIP").nl();
  b.t("2. EMPLOYER NAME: ").v(emp, "FACILITY").t("     Policy No. ").v(`WC${c.digits(8)}`, "HEALTH_PLAN").nl();
  const ea = newAddress(c);
  b.t("3. Address: "); address(n, { ...ea, unit: undefined }); b.nl();
  b.t("4. Nature of business: ").t(c.pick(["poultry processing", "roofing", "trucking", "temporary staffing", "dairy"])).nl();
  b.t("5. PATIENT NAME (first, middle initial, last): "); nm(n, pt, "fml"); b.t("   6. Sex: ").t(pt.female ? "F" : "M").t("   7. Date of Birth: ").v(fmtDate(n.dob, "mdy"), "DATE").nl();
  b.t("8. Address: "); address(n, n.addr); b.t("   9. Telephone: ").v(n.phone, "PHONE").nl();
  b.t("10. Occupation: ").t(c.pick(["line worker", "roofer", "CDL driver", "forklift operator", "milker"])).t("   11. SSN: ").v(c.ssn(), "SSN").nl();
  b.t("12. Injured at: ").v(c.street(), "ADDRESS").t(", ").v(c.city(), "LOCATION").t("   County: ").v(c.county(), "LOCATION").nl();
  const inj = c.recent();
  b.t("13. Date and hour of injury: ").v(fmtDate(inj, "mdy"), "DATE").t(` at ${c.pick(["0630", "1415", "2250"])}   14. Date last worked: `).v(fmtDate(inj, c.pick(["mdy", "md"])), "DATE").nl();
  b.t("15. Date and hour of first examination: ").v(c.full(inj), "DATE").t(" ").t(c.time()).t("   Claim #: ").v(`${c.digits(2)}-${c.letters(2)}-${c.digits(6)}`, "ID").nl(2);
  b.t("17. Patient's description (own words): \"i was lifting a case of frozen product off the pallet and felt a pop in my low back, told my lead ");
  nm(n, other(n), "lc"); b.t(" right away\"").nl();
  b.t(`18. Findings: ${c.vitals()}. Lumbar flexion 40 deg, SLR negative, ${c.eponym()}. Dx S39.012A. X-ray deferred.`).nl();
  b.t("19. Witness: "); nm(n, other(n), "fl"); b.t(" (supervisor), ext ").t(c.digits(3)).nl(2);
  const doc = other(n);
  b.t("Doctor's signature: "); nm(n, doc, "fl"); b.t(", MD   CA License No. ").v(`${c.letters(1)}${c.digits(5)}`, "LICENSE").t("   Date: ").v(fmtDate(c.recent(), "mdy"), "DATE").nl();
  b.t("Doctor's telephone: ").v(c.phone(), "PHONE").t("   Fax: ").v(c.phone(), "FAX").nl();
}

function audiology(n: Note): void {
  const { b, c, pt } = n;
  const a = pickAge(n, 0.4);
  b.t("Audiology - Hearing Aid Fitting and Verification").nl();
  b.t("Pt: "); nm(n, pt, "lf"); if (pt.nick) b.t(" (goes by ").v(pt.nick, "NAME").t(")");
  b.t("   DOB ").v(c.full(n.dob), "DATE").t("   Age "); age(n, a); b.nl();
  b.t("Date of service: ").v(c.full(c.recent()), "DATE").t("   Audiologist: "); nm(n, other(n), "fl"); b.t(", AuD, CCC-A   Lic ").v(`AU${c.digits(5)}`, "LICENSE").nl(2);
  const thr = () => [250, 500, 1000, 2000, 4000, 8000].map((_, i) => String(Math.min(110, 15 + i * c.int(5, 14))).padStart(5)).join("");
  b.t("Freq (Hz)   250  500 1000 2000 4000 8000").nl().t(`R (dB HL) ${thr()}`).nl().t(`L (dB HL) ${thr()}`).nl();
  b.t(`WRS R ${c.int(40, 100)}% @ ${c.int(60, 85)} dB, L ${c.int(40, 100)}%. Tymps type A bilaterally. Dx H90.3.`).nl(2);
  const model = c.pick(["Phonak Audeo L90-R", "Oticon Intent 1 miniRITE R", "Starkey Genesis AI 24", "ReSound Nexia 9"]);
  b.t(`Devices: ${model}, receivers M/P1.`).nl().t("  Right serial ").v(c.serial(), "DEVICE").t("   Left serial ").v(c.serial(), "DEVICE").nl();
  b.t("Verified to NAL-NL2 targets with real-ear measures; MPO within 5 dB.").nl();
  const son = other(n);
  b.t("Accompanied by son "); nm(n, son, "fl"); b.t(", who manages the app (").v(c.email(son), "EMAIL").t(").");
  if (c.chance(0.5)) b.t(" Loaner pair #").v(c.serial(), "DEVICE").t(" returned.");
  b.nl().t("Return ").v(c.partial(c.recent()), "DATE").t(` for 2-week check. CPT 92592, V5261.`).nl();
}

function rideManifest(n: Note): void {
  const { b, c } = n;
  n.multi = true;
  const driver = c.person();
  b.t(c.pick(["ACCESS RIDE", "Medicaid NEMT", "Uber Health", "County Senior Transit"])).t(" - Driver Manifest   Date: ").v(c.full(c.recent()), "DATE").nl();
  b.t("Driver: "); nm(n, driver, "fl"); b.t("   Vehicle 1").t(c.digits(2)).t("   Plate ").v(c.plate(), "VEHICLE").t("   VIN ").v(c.vin(), "VEHICLE").nl(2);
  b.t("Trip ID   | Member              | Member ID      | Pick-up                          | Drop-off | Appt  | Mob").nl();
  for (let i = 0; i < c.int(3, 5); i++) {
    const m = c.person();
    const ad = newAddress(c);
    b.v(`T${c.digits(7)}`, "ID").t(" | "); nm(n, m, c.chance(0.5) ? "LF" : "lf"); b.t(" | ").v(c.member(), "HEALTH_PLAN").t(" | ");
    b.v(ad.line1, "ADDRESS").t(", ").v(ad.city, "LOCATION").t(" | ").v(c.facility(["Dialysis", "Cancer Center", "Medical Plaza", "Kidney Center", "Behavioral Health"]), "FACILITY");
    b.t(` | ${c.time()} | ${c.pick(["AMB", "W/C", "W/C+esc", "STR"])}`).nl();
  }
  const m = c.person();
  b.nl().t("driver notes: ").t(c.pick(["mrs ", "mr ", ""])); nm(n, m, "l");
  b.t(" no answer at door, called ").v(c.phone(), "PHONE").t(", granddaughter "); nm(n, c.person(), "f");
  b.t(" said shes already at ").v(c.facility(["Dialysis", "Medical Plaza"]), "FACILITY").t(". dispatch ok'd no-show 10:42. odometer 48213.").nl();
}

function afterVisit(n: Note): void {
  const { b, c, pt } = n;
  const clinic = c.facility(["Family Medicine", "Primary Care", "Internal Medicine", "Health Center"]);
  b.t("AFTER VISIT SUMMARY").nl(); nm(n, pt, "fl"); b.t("   DOB: ").v(fmtDate(n.dob, "mdy"), "DATE").t("   ").v(c.full(c.recent()), "DATE").t(" ").t(c.time()).t("   ").v(clinic, "FACILITY").nl(2);
  b.t("You were seen by "); staff(n, other(n)); b.t(` for: ${c.pick(["Type 2 diabetes", "High blood pressure", "Back pain", "Cough"])} (${c.icd()}).`).nl();
  b.t(`Today's vitals: ${c.vitals()}. Weight ${c.int(50, 140)} kg.`).nl(2);
  b.t(`START taking: ${c.drug()} once daily. STOP taking: ${c.drug()}.`).nl();
  b.t("Upcoming appointments:").nl();
  for (let i = 0; i < c.int(1, 3); i++) {
    const d = c.recent();
    b.t(`  ${c.pick(["Tue", "Wednesday", "Fri", "Mon"])} `).v(fmtDate(d, c.pick(["mon", "mony", "mdy", "monthy"])), "DATE").t(` at ${c.time()} with `);
    nm(n, other(n), "fl"); b.t(c.pick([", PA-C", ", MD", " (Lab)", ", RD"])).nl();
  }
  b.t(`Lab tests ordered: hemoglobin A1c (LOINC 4548-4), lipid panel, CMP (CPT 80053).`).nl(2);
  const host = c.pick(["mychart", "portal", "myhealth", "connect"]);
  b.t("Sign up for the patient portal at ").v(`https://${host}.${c.pick(["valleyhealth", "summitcare", "tricountymed", "lakeshoreclinic"])}.org/activate`, "URL");
  b.t(" with activation code ").v(`${c.letters(5)}-${c.letters(5)}-${c.letters(5)}`, "ID").t(" (expires in 60 days).").nl();
  const ph = newAddress(c);
  b.t("Your pharmacy: ").v(c.pick(["Hometown Pharmacy", "Medicine Shoppe of " + ph.city, "Lakeside Apothecary", "Corner Drug"]), "FACILITY").t(", ");
  address(n, { ...ph, unit: undefined }); b.t(", ").v(c.phone(), "PHONE").nl();
  b.t("Questions? Call ").v(c.phone(), "PHONE").t(c.ext()).t(" or e-mail ").v(`${c.pick(["nurse", "frontdesk", "refills"])}@${c.pick(["valleyhealth", "summitcare"])}.org`, "EMAIL").t(".").nl();
}

function cms1500(n: Note): void {
  const { b, c, pt } = n;
  const mi = pt.middle ? pt.middle[0]! : "";
  b.t("HEALTH INSURANCE CLAIM FORM  (NUCC 1500 02/12)   PAYER: ").t(c.pick(["MEDICARE", "AETNA", "BCBS", "MEDICAID", "UHC"])).nl();
  b.t("1A INSURED'S ID NUMBER ............ ").v(c.member(), "HEALTH_PLAN").nl();
  b.t("2  PATIENT'S NAME (LAST, FIRST, MI) ").name(pt.last.toUpperCase(), ", ", pt.first.toUpperCase()); if (mi) b.t(", ").v(mi, "NAME"); b.nl();
  b.t("3  PATIENT'S BIRTH DATE ........... ").v(fmtDate(n.dob, "sp"), "DATE").t("   SEX ").t(pt.female ? "F" : "M").nl();
  b.t("5  PATIENT'S ADDRESS .............. ").v(n.addr.line1.toUpperCase(), "ADDRESS").nl();
  b.t("   CITY ").v(n.addr.city.toUpperCase(), "LOCATION").t("   STATE ").t(n.addr.state).t("   ZIP ").v(n.addr.zip, "ZIP").t("   TEL ").v(n.phone, "PHONE").nl();
  b.t("11 INSURED'S POLICY GROUP ......... ").v(c.group(), "HEALTH_PLAN").nl();
  b.t("17 REFERRING PROVIDER ............. DN "); nm(n, other(n), "FL"); b.t(" MD   17B NPI ").v(c.npi(), "LICENSE").nl();
  b.t(`21 ICD IND 0   A. ${c.icd().replace(".", "")}   B. ${c.icd().replace(".", "")}`).nl();
  b.t("24 FROM     TO       POS CPT    MOD DX  CHARGES  UNITS NPI").nl();
  for (let i = 0; i < c.int(1, 3); i++) {
    const d = fmtDate(c.recent(), "sp");
    b.v(d, "DATE").t(" ").v(d, "DATE").t(` 11  ${c.cpt()}  ${c.pick(["25", "  ", "59"])}  AB  ${c.int(40, 400)} 00  1    `).v(c.npi(), "LICENSE").nl();
  }
  b.t("26 PATIENT'S ACCOUNT NO. .......... ").v(c.acct(), "ACCOUNT").t("   28 TOTAL CHARGE ").t(`${c.int(100, 900)} 00`).nl();
  b.t("32 SERVICE FACILITY ............... ").v(c.facility(["MEDICAL GROUP", "SURGERY CENTER", "CLINIC"]).toUpperCase(), "FACILITY").t(" ");
  address(n, { ...newAddress(c), unit: undefined }); b.nl();
  b.t("33 BILLING PROVIDER PH ............ ").v(c.phone(), "PHONE").t("   33A NPI ").v(c.npi(), "LICENSE").nl();
}

function labCumulative(n: Note): void {
  const { b, c, pt } = n;
  const lab = c.facility(["Reference Laboratory", "Clinical Labs", "Pathology Lab"]);
  b.v(lab, "FACILITY").t("  -  CUMULATIVE REPORT").nl();
  b.t("Patient: "); nm(n, pt, "LF"); if (pt.middle) b.t(" ").v(pt.middle.toUpperCase(), "NAME");
  b.t("   DOB: ").v(fmtDate(n.dob, "mdy"), "DATE").t("   MRN: ").v(n.mrn, "MRN").t("   Ordering: "); staff(n, other(n)); b.nl(2);
  const ds = [c.recent(), c.recent(), c.recent()];
  b.t("Test (LOINC)            ");
  for (const d of ds) b.v(fmtDate(d, "mdy2"), "DATE").t("   ");
  b.t("Ref").nl().t("Specimen                ");
  for (let i = 0; i < 3; i++) b.v(`${c.letters(1)}${c.digits(7)}`, "ID").t("  ");
  b.nl();
  const rows: [string, string, () => string, string][] = [
    ["Creatinine", "2160-0", () => (c.int(6, 30) / 10).toFixed(2), "0.57-1.00 mg/dL"],
    ["Glucose", "2345-7", () => String(c.int(70, 260)), "70-99 mg/dL"],
    ["Hemoglobin", "718-7", () => (c.int(80, 160) / 10).toFixed(1), "11.6-15.0 g/dL"],
    ["HbA1c", "4548-4", () => (c.int(50, 110) / 10).toFixed(1), "4.8-5.6 %"],
    ["Potassium", "2823-3", () => (c.int(30, 62) / 10).toFixed(1), "3.5-5.2 mmol/L"],
  ];
  for (const [t, l, v, r] of rows) b.t(`${`${t} (${l})`.padEnd(24)}${v().padEnd(11)}${v().padEnd(11)}${v().padEnd(11)}${r}`).nl();
  b.nl().t("CRITICAL: K 6.1 called to "); nm(n, other(n), "fl"); b.t(", RN at ").t(c.time()).t(" on ").v(fmtDate(ds[2]!, "md"), "DATE").t(", read back. Tech ").v(`${c.letters(2)}`, "NAME").t(".").nl();
  b.t("Performed at: "); address(n, { ...newAddress(c), unit: undefined }); b.t("   CLIA-certified. Director: "); nm(n, other(n), "fl"); b.t(", MD, PhD").nl();
}

export const STYLES_B: Record<string, Style> = {
  "wc-first-report": wcFirstReport,
  "audiology-fitting": audiology,
  "ride-manifest": rideManifest,
  "after-visit-summary": afterVisit,
  "cms1500-claim": cms1500,
  "lab-cumulative": labCumulative,
};
