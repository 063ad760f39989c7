/**
 * Twelfth held-out corpus, styles C: medical-legal partnership referral, financial-assistance application,
 * medical examiner scene investigation, VA community-care referral, cancer registry abstract, periodontal chart.
 */
import { addDays, fmtDate, p2 } from "./kit";
import * as L from "./lists";
import { address, age, ageWords, clin, initials, nm, other, ph, pickAge, staff, type Style } from "./note";

const mlpReferral: Style = (n) => {
  const { b, c } = n;
  const atty = other(n);
  const landlord = other(n);
  const county = c.county();
  b.t("MEDICAL-LEGAL PARTNERSHIP REFERRAL\nFrom: ").v(c.clinic(), "FACILITY").t("  To: ").v(c.town(), "LOCATION").t(" Legal Aid Society (MLP intake)\n");
  b.t("Referral ID ").v(`MLP-${c.int(2025, 2026)}-${c.digits(4)}`, "ID").t("   Date ").v(c.fullDate(c.recent()), "DATE").nl();
  b.t("Client: ");
  nm(n, n.pt, c.pick(["fl", "lf"]));
  b.t("  DOB ").v(fmtDate(n.dob, "mdy"), "DATE").t("  Best phone ");
  ph(n, n.phone);
  b.t(c.chance(0.5) ? " (text ok)" : " (leave msg w/ sister)").nl();
  b.t(`Issue: ${c.pick(["housing conditions - mold, no heat", "eviction for nonpayment", "utility shutoff", "SSI denial", "school discipline / IEP", "public charge fears"])}\n`);
  b.t("Rental address: ");
  address(n, n.addr);
  b.t("\nLandlord: ");
  nm(n, landlord, "fl");
  b.t(", ");
  ph(n);
  b.nl();
  b.t("Court: ").v(county, "LOCATION").t(` County Justice Court, Precinct ${c.int(1, 5)}   Case `).v(`${c.pick(["JC", "EV", "LT"])}-${c.int(25, 26)}-${c.digits(5)}`, "ID").t("   Hearing ").v(c.partialDate(c.recent()), "DATE").t(` at ${c.int(8, 11)}:${c.pick(["00", "30"])} AM\n`);
  b.t(`Health impact: child with asthma, 3 ED visits since ${c.int(2019, 2024)}; ${clin(n)}; peak flow ${c.int(150, 400)} L/min.\n`);
  b.t("Child: ");
  nm(n, other(n), "f");
  b.t(", age ").t(String(c.int(2, 16))).t(", attends ").v(c.pick(L.SCHOOLS), "FACILITY").nl();
  b.t("Assigned attorney: ");
  nm(n, atty, "fl");
  b.t(", Bar No. ").v(String(c.int(10000000, 24999999)), "LICENSE").t("  ").v(c.email(atty).replace(/@.*/, "@legalaid-mlp.org"), "EMAIL").nl();
  b.t("Consent to share signed (MLP-1 form). Do not mail to home address.\n");
};

const fapApplication: Style = (n) => {
  const { b, c } = n;
  const hosp = c.facility("hosp");
  b.t("FINANCIAL ASSISTANCE (CHARITY CARE) APPLICATION — ").v(hosp, "FACILITY").nl();
  b.t("Application # ").v(`FA${c.digits(7)}`, "ID").t("   Received ").v(fmtDate(c.recent(), "mdy"), "DATE").t("\n\nSECTION 1 — Applicant\n");
  b.t("Name: ");
  nm(n, n.pt, "LFM");
  b.t("   SSN: ").v(c.ssn(), "SSN").t("   DOB: ").v(c.fullDate(n.dob), "DATE").nl();
  b.t("Address: ");
  address(n, n.addr);
  b.t("\nPhone: ");
  ph(n, n.phone);
  b.t("   Email: ").v(n.email, "EMAIL").t("\n\nSECTION 2 — Household\nName                     Relation   DOB          Age  Monthly income\n");
  for (let i = 0; i < c.int(1, 4); i++) {
    const h = other(n);
    const old = c.chance(0.15);
    const a = old ? c.oldAge() : c.int(1, 80);
    const start = b.text.length;
    nm(n, h, "fl");
    b.t(" ".repeat(Math.max(1, 25 - (b.text.length - start)))).t(c.pick(["spouse    ", "child     ", "mother    ", "grandpa   ", "partner   "])).t(" ");
    b.v(fmtDate({ y: 2026 - a, m: c.int(1, 12), d: c.int(1, 28) }, "mdy"), "DATE").t("   ");
    age(n, a);
    b.t(`   $${c.int(0, 3200)}\n`);
  }
  b.t("\nSECTION 3 — Accounts to apply\n");
  for (let i = 0; i < c.int(1, 3); i++) {
    b.t("Acct ").v(c.account(), "ACCOUNT").t("  DOS ").v(c.partialDate(c.recent()), "DATE").t(`  balance $${c.int(120, 48000)}.${c.digits(2)}\n`);
  }
  b.t("Employer: ").v(c.pick(L.EMPLOYERS), "FACILITY").t("   Bank acct ending ").v(c.last4(), "ACCOUNT").nl();
  b.t(`Determination: ${c.int(100, 400)}% FPL -> ${c.pick(["100% discount", "75% sliding scale", "denied - assets"])}; decided `).v(c.fullDate(c.recent()), "DATE").t(" by ");
  nm(n, other(n), "il");
  b.t(` (CFS). Presumptive eligibility screen: ${c.pick(["Medicaid pending", "not eligible", "Marketplace referral"])}.\n`);
};

const meScene: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.45);
  const county = c.county();
  const nok = other(n);
  b.t("OFFICE OF THE MEDICAL EXAMINER — ").v(county, "LOCATION").t(" COUNTY\nInvestigator's Report of Death\n");
  b.t("ME Case # ").v(`${c.int(25, 26)}-${c.digits(5)}`, "ID").t("   Reported ").v(c.fullDate(c.recent()), "DATE").t(` ${p2(c.int(0, 23))}${p2(c.int(0, 59))} hrs by `);
  b.t(c.pick(["Ofc. ", "Sgt. ", "Dep. "]));
  nm(n, other(n), "fl");
  b.t(", ").v(c.town(), "LOCATION").t(` PD (badge ${c.int(100, 999)})\n\nDecedent: `);
  nm(n, n.pt, c.pick(["LFM", "LF", "fml"]));
  b.t(`   Age: `);
  age(n, a, c.chance(0.2));
  b.t("   DOB: ").v(c.fullDate(n.dob), "DATE").nl();
  b.t("Residence: ");
  address(n, n.addr);
  b.t(`\nScene: ${c.pick(["residence (same)", "vehicle in driveway", "bedroom floor", "garden shed"])}`);
  if (c.chance(0.5)) b.t(", vehicle plate ").v(c.plate(), "VEHICLE").t(" VIN ").v(c.vin(), "VEHICLE");
  b.t("\nPronounced: ").v(c.fullDate(c.recent()), "DATE").t(` ${p2(c.int(0, 23))}:${p2(c.int(0, 59))} by `);
  nm(n, other(n), "il");
  b.t(`, paramedic (Medic ${c.int(1, 40)})\n`);
  b.t("Identification: ");
  if (c.chance(0.5)) {
    b.t(`visual by ${c.pick(["daughter", "son", "neighbor", "wife"])} `);
    nm(n, nok, "fl");
    b.t("; driver license ").v(c.dl(), "LICENSE");
  } else {
    b.t("fingerprint comparison, AFIS/NGI TCN ").v(`${c.letters(1)}${c.digits(11)}`, "BIOMETRIC").t("; NOK ");
    nm(n, nok, "fl");
  }
  b.t("\nNOK phone ");
  ph(n);
  b.t(`\nMedications at scene: ${c.pick(L.DRUGS)} (Rx `).v(c.digits(7), "ID").t(`, filled `).v(c.partialDate(c.recent()), "DATE").t(`), ${c.pick(L.DRUGS)} count ${c.int(2, 60)}/${c.pick(["30", "60", "90"])}. ${c.pick(["No trauma.", "Livor fixed, rigor full.", "Hoarding conditions."])}\n`);
  b.t("PCP: ");
  staff(n, other(n), [", MD", ", DO", ", NP"]);
  b.t(" will sign. Released to ").v(`${other(n).last} ${c.pick(["Funeral Home", "& Sons Mortuary", "Funeral Chapel"])}`, "FACILITY").t(`. Property: ${c.pick(["wallet, ring", "keys, phone", "none"])}.\n`);
  b.t(`Investigator: `);
  nm(n, other(n), "fl");
  b.t(`, D-ABMDI. Cause pending; decedent ${a >= 90 ? "was" : "is listed as"} ${a < 90 ? ageWords(a) : "of advanced age"}.\n`);
};

const vaCommunityCare: Style = (n) => {
  const { b, c } = n;
  const prov = other(n);
  b.t("VA COMMUNITY CARE — Referral / Authorization (Form 10-10172 attached)\nIssuing: ").v(`${c.pick(L.TOWNS)} VA Medical Center`, "FACILITY").t(`   CCN Region ${c.int(1, 5)} (${c.pick(["Optum", "TriWest"])})\n\n`);
  b.t("Veteran: ");
  nm(n, n.pt, c.pick(["LFM", "LF"]));
  b.t("   DOB ").v(fmtDate(n.dob, c.chance(0.5) ? "mdy" : "iso"), "DATE").t("   SSN (last 4) ").v(c.last4(), "SSN").nl();
  b.t("ICN: ").v(`10${c.digits(8)}V${c.digits(6)}`, "ID").t("   EDIPI: ").v(`1${c.digits(9)}`, "ID").t("   VA MRN ").v(n.mrn, "MRN").nl();
  b.t("Referral #: ").v(`VA${c.digits(10)}`, "ID").t(`   SEOC: ${c.pick(["PT 1.2.3", "Cardiology 1.9.4", "Sleep 1.1.0", "Optometry 1.0.5"])}   Visits authorized: ${c.int(4, 24)}\n`);
  b.t("Valid ").v(fmtDate(c.recent(), "mdy"), "DATE").t(" through ").v(fmtDate(c.recent(), "mdy"), "DATE").t(`   Service-connected ${c.pick(["70%", "100% P&T", "30%", "0%"])}\n`);
  b.t("Community provider: ");
  staff(n, prov, [", MD", ", DPT", ", DO"]);
  b.t(", ").v(c.clinic(), "FACILITY").t("  NPI ").v(c.npi(), "LICENSE").nl();
  address(n, { line1: c.street(), city: c.town(), state: c.state(), zip: c.zip() });
  b.t("  fax ").v(c.phone(), "FAX").t("\nVeteran address: ");
  address(n, n.addr, ", ", true);
  b.t("  home ");
  ph(n, n.phone);
  b.t(`\nReason: ${c.pick(["lumbar radiculopathy", "OSA titration", "post-MI rehab", "diabetic eye exam"])}; ${clin(n)}. Drive time > 60 min (eligibility criterion).\n`);
  b.t("Community care RN: ");
  nm(n, other(n), "fl");
  b.t(" ");
  ph(n);
  b.t(". Send records via HSRM, not e-mail.\n");
};

const tumorRegistry: Style = (n) => {
  const { b, c } = n;
  const dx = c.recent();
  b.t("CANCER REGISTRY ABSTRACT (NAACCR v25 layout, facility extract)\n");
  b.t(`Reporting facility: `).v(c.facility("hosp"), "FACILITY").t(`  Reporting Facility ID 000${c.digits(7)}\n`);
  b.t(`Accession No: `).v(`${dx.y}${c.digits(5)}`, "ID").t(`  Seq No: 0${c.int(0, 2)}   Class of case: ${c.pick(["10", "14", "22"])}\n`);
  b.t("Name (Last, First, Middle): ");
  nm(n, n.pt, "LFM");
  b.t("\nAlias/maiden: ");
  if (c.chance(0.4)) b.v(other(n).last.toUpperCase(), "NAME"); else b.t("--");
  b.t("   SSN: ").v(c.ssn(), "SSN").t("   Birth date: ").v(fmtDate(n.dob, "compact"), "DATE").t(`   Sex: ${c.int(1, 2)}\n`);
  b.t("Address at dx: ");
  address(n, n.addr, "  ", true);
  b.t("   County at dx: ").v(c.county(), "LOCATION").t(` (FIPS ${c.digits(3)})\n`);
  b.t("Date of 1st contact: ").v(fmtDate(addDays(dx, c.int(-30, 0)), "compact"), "DATE").t("   Date of dx: ").v(fmtDate(dx, "compact"), "DATE").nl();
  b.t(`Primary site: ${c.pick(["C50.4", "C34.1", "C18.7", "C61.9", "C44.3"])}  Histology: ${c.pick(["8500/3", "8140/3", "8070/3", "8720/3"])}  Grade ${c.int(1, 3)}  Laterality ${c.int(0, 2)}\n`);
  b.t(`Stage: cT${c.int(1, 4)} cN${c.int(0, 2)} cM0, AJCC 8th; ${c.pick(["ER+/PR+/HER2-", "Gleason 3+4", "Breslow depth 1.2 mm, Clark level IV", "KRAS G12C"])}\n`);
  b.t("Managing MD: ");
  nm(n, other(n), "LF");
  b.t("   Following MD: ");
  nm(n, other(n), "LF");
  b.t("\nDate last contact: ").v(fmtDate(c.recent(), "mdy"), "DATE").t(`  Vital status: ${c.pick(["1 alive", "0 dead"])}   Follow-up contact: `);
  nm(n, other(n), "fl");
  b.t(` (${c.pick(["daughter", "spouse", "son"])}) `);
  ph(n);
  b.t("\nAbstracted by ").v(initials(other(n)), "NAME").t(`, CTR  ${c.pick(["RX Summ--Surg Prim Site 22", "RX Summ--Chemo 03", "Radiation 0"])}\n`);
};

const perioChart: Style = (n) => {
  const { b, c } = n;
  const rdh = other(n);
  if (n.dob.y > 2004) n.dob = { ...n.dob, y: n.dob.y - 40 };
  b.v(`${c.pick(L.TOWNS)} ${c.pick(["Family Dentistry", "Dental Group", "Smile Center", "Periodontics"])}`, "FACILITY").t(" — PERIODONTAL CHART\n");
  b.t("Patient: ");
  nm(n, n.pt, c.pick(["lf", "LF", "fl"]));
  b.t("   Chart# ").v(n.mrn, "MRN").t("   DOB ").v(fmtDate(n.dob, "mdy"), "DATE").t("   Exam ").v(c.fullDate(c.recent()), "DATE").nl();
  b.t(`Med hx: ${c.pick(["T2DM", "on Xarelto", "smoker 1 ppd", "HTN on Norvasc", "premed amox 2 g (TJR)"])}; ${clin(n)}\n\nFacial  PD (DB B MB)   BOP  REC  MOB  FURC\n`);
  for (const t of c.shuffle([2, 3, 4, 5, 12, 13, 14, 15, 18, 19, 30, 31]).slice(0, c.int(5, 9)).sort((x, y) => x - y)) {
    const pd = () => c.int(2, 7);
    b.t(`#${String(t).padEnd(3)}   ${pd()} ${pd()} ${pd()}          ${c.pick(["*", " "])}    ${c.int(0, 3)}    ${c.pick(["0", "I", "II"])}    ${c.pick(["--", "I", "II", "III"])}\n`);
  }
  b.t(`\nDx: Periodontitis Stage ${c.pick(["II", "III", "IV"])} Grade ${c.pick(["A", "B", "C"])}, generalized. Plaque index ${c.int(20, 90)}%.\n`);
  b.t("Plan: SRP 4 quads (D4341 x4), Arestin sites #3 DB, #14 MB; re-eval 6 wk; 3-month perio maintenance.\n");
  b.t("Next recall: ").v(c.partialDate(c.recent()), "DATE").t("   Referral: ");
  staff(n, other(n), [", DDS", ", DMD", ", DDS, MS"]);
  b.t(" (periodontist)\nHygienist: ");
  nm(n, rdh, c.pick(["fl", "il"]));
  b.t(", RDH  License ").v(`RDH${c.digits(5)}`, "LICENSE").t("   Reminder text to ");
  ph(n, n.phone);
  b.nl();
};

export const STYLES_C: Record<string, Style> = {
  "mlp-referral": mlpReferral,
  "fap-application": fapApplication,
  "me-scene-investigation": meScene,
  "va-community-care-consult": vaCommunityCare,
  "tumor-registry-abstract": tumorRegistry,
  "perio-probe-chart": perioChart,
};
