/** Styles: transplant coordinator note, speech therapy, NICU discharge, L&D triage, psychiatric intake with collateral, MAT progress note. */
import { fmtDate } from "./kit";
import { CHAINS } from "./lists";
import { address, age, dt, nm, other, pickAge, staff, wrapAt, type Style } from "./note";

const transplant: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.05);
  b.t("TRANSPLANT COORDINATOR NOTE — ").v(c.facility(false), "FACILITY").t(" Kidney/Pancreas Program").nl();
  b.t("Candidate: ");
  nm(n, n.pt, c.pick(["lf", "LF", "fml"]));
  b.t(" (");
  age(n, a);
  b.t(c.pick([" y/o", "yo", " years"])).t(`) ABO ${c.pick(["O+", "A-", "B+", "AB+"])}  cPRA ${c.int(0, 99)}%  EPTS ${c.int(1, 99)}%`).nl();
  b.t("UNOS ID ").v(`${c.letters(3)}${c.digits(4)}`, "ID").t("   MRN ").v(n.mrn, "MRN").t("   Listed ").v(c.fullDate(c.date(2019, 2025)), "DATE").t(" (wait time credit from dialysis start ").v(c.partialDate(c.date(2018, 2024)), "DATE").t(")").nl();
  b.t("Dialysis unit: ").v(c.facility(), "FACILITY").t(", MWF 2nd shift. Nephrologist Dr. ").v(other(n).last, "NAME").t(".").nl();
  b.t("Primary caregiver ");
  const cg = other(n);
  nm(n, cg, "fl");
  b.t(` (${c.pick(["wife", "brother", "partner", "niece"])}) — `).v(c.phone(), "PHONE").t("; backup ");
  nm(n, other(n), "f");
  b.t(". Living donor evaluation started for ");
  nm(n, cg, "f");
  b.t(c.chance(0.5) ? ", crossmatch pending." : " — declined after CT.").nl();
  b.t(`MELD-Na n/a. Last HbA1c 6.${c.int(1, 9)}%. Hep B sAb positive (2019). Dental clearance received `).v(c.partialDate(), "DATE").t(".").nl();
  b.t("Signed ");
  staff(n, other(n), [", RN, CCTC", " BSN RN CCTC"]);
  b.t(" ").v(c.fullDate(), "DATE").t(` ${c.time()}`).nl();
};

const speech: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.3);
  b.t("Speech-Language Pathology — Daily Note").nl().t("Pt: ");
  nm(n, n.pt, "fl");
  b.t(", ");
  age(n, a);
  b.t(c.pick(["-year-old", " yo", " y.o."])).t(" · DOS ").v(c.fullDate(), "DATE").t(" · ").v(c.facility(), "FACILITY").nl();
  b.t(`Dx: R13.12 oropharyngeal dysphagia; I69.391. MBSS on `).v(c.partialDate(), "DATE").t(` showed penetration (PAS ${c.int(2, 8)}) with thin liquids.`).nl();
  b.t(`Diet: IDDSI Level ${c.int(4, 6)} solids / Level ${c.int(1, 2)} mildly thick liquids. Chin tuck effective. FOIS ${c.int(3, 6)}.`).nl();
  b.t("Caregiver ");
  nm(n, other(n), c.pick(["fl", "f"]));
  b.t(" trained in safe-swallow strategies; return demonstrated.").nl();
  if (c.chance(0.6)) {
    b.t(`AAC: ${c.pick(["Tobii Dynavox TD I-110", "PRC Accent 1400", "Lingraphica TouchTalk"])} SN `).v(c.serial(), "DEVICE").t(" on loan; funding request ").v(`FR-${c.digits(6)}`, "ID").t(".").nl();
  }
  b.t("Plan: 2x/week x 6 weeks; re-eval ").v(c.partialDate(), "DATE").t(".").nl();
  nm(n, other(n), "fml");
  b.t(", M.S., CCC-SLP · ASHA #").v(c.digits(8), "LICENSE").t(" · state lic. ").v(c.licence(), "LICENSE").nl();
};

const nicu: Style = (n) => {
  const { b, c } = n;
  n.dob = c.date(2025, 2026);
  const mom = other(n);
  b.t("NICU DISCHARGE SUMMARY").nl().v(c.facility(true), "FACILITY").t(" Level III NICU").nl(2);
  b.t("Infant: ");
  if (c.chance(0.4)) b.t(c.pick(["Baby Girl ", "Baby Boy ", "BG ", "BB "])).v(n.pt.last, "NAME");
  else nm(n, n.pt, "fl");
  b.t("   DOB ").v(fmtDate(n.dob, c.pick(["mdy", "md-short", "DD-MON-YYYY"])), "DATE").t(` @ ${c.time()}   MRN `).v(n.mrn, "MRN").nl();
  b.t(`GA at birth ${c.int(24, 36)}+${c.int(0, 6)} wks, BW ${c.int(600, 2500)} g, Apgars ${c.int(1, 8)}/${c.int(5, 9)}. Ballard consistent. DOL ${c.int(10, 90)} at discharge.`).nl();
  b.t("Mother: ");
  nm(n, mom, "fml");
  b.t(`, G${c.int(1, 6)}P${c.int(1, 5)}, MRN `).v(c.mrn(), "MRN").t(", cell ").v(c.phone(), "PHONE").nl();
  b.t("Course: RDS treated with surfactant x2, CPAP until ").v(c.partialDate(), "DATE").t("; caffeine stopped at 34 wks; ROP stage 1 zone II (Dr. ").v(other(n).last, "NAME").t(").").nl();
  b.t("Newborn screen kit ").v(c.digits(10), "ID").t(" normal; hearing (ABR) passed ").v(fmtDate(c.recent(), "m/d"), "DATE").t("; car seat challenge 90 min passed.").nl();
  b.t("Synagis given ").v(c.partialDate(), "DATE").t("; Hep B ").v(c.partialDate(), "DATE").t(".").nl();
  b.t("Follow-up: pediatrician ");
  staff(n, other(n), [", MD", ", DO", ", CPNP"]);
  b.t(" at ").v(c.facility(c.chance(0.5)), "FACILITY").t(" on ").v(c.partialDate(), "DATE").t("; Early Intervention referral ").v(`EI-${c.digits(6)}`, "ID").t(".").nl();
  b.t("Home: ");
  address(n, n.addr);
  b.nl();
};

const ldTriage: Style = (n) => {
  const { b, c } = n;
  pickAge(n, 0);
  n.dob = { ...n.dob, y: c.int(1984, 2008) };
  b.t("L&D TRIAGE NOTE  ").v(c.fullDate(), "DATE").t(` ${c.time()}`).nl();
  nm(n, n.pt, c.pick(["LF", "fl"]));
  b.t(`  ${c.int(17, 44)}yo G${c.int(1, 6)}P${c.int(0, 4)}0${c.int(0, 2)}${c.int(0, 4)} @ ${c.int(24, 41)}w${c.int(0, 6)}d by ${c.pick(["LMP", "8wk US"])}, EDD `).v(c.fullDate(), "DATE").nl();
  b.t(`CC: ctx q${c.int(3, 10)} min since 0300, +FM, denies LOF/VB. SVE ${c.int(1, 5)}/${c.int(30, 90)}/-${c.int(1, 3)}, Bishop score ${c.int(3, 9)}. FHT 140s moderate variability, Cat I.`).nl();
  b.t(`Prenatal care at `).v(c.facility(c.chance(0.6)), "FACILITY").t(" with ");
  staff(n, other(n), [", CNM", ", MD", ", DO"]);
  b.t(". GBS ").t(c.pick(["neg", "pos", "unk"])).t(" (collected ").v(fmtDate(c.recent(), "m/d"), "DATE").t(").").nl();
  b.t("Support: FOB ");
  nm(n, other(n), "fl");
  b.t(c.chance(0.5) ? " at bedside; doula " : "; sister ");
  nm(n, other(n), "f");
  b.t(" en camino. ");
  b.t(c.pick(["Pt states \"tengo mucho dolor en la espalda\".", "Prefers Spanish; interpreter #", "Refiere contracciones desde anoche."]));
  if (b.text.endsWith("#")) b.v(c.digits(6), "ID").t(" used.");
  b.nl().t("Dispo: ").t(c.pick(["admit to L&D", "d/c home, labor precautions", "observe 2 hr and recheck"])).t(". ");
  b.t("Magnesium sulfate 2 g/hr not indicated. ").nl();
};

const psychCollateral: Style = (n) => {
  const { b, c } = n;
  const w = wrapAt(b, c.pick([64, 72, 80]));
  b.t("PSYCHIATRIC INTAKE — COLLATERAL HISTORY").nl().t("Patient: ");
  nm(n, n.pt, "fml");
  b.t("   DOB ").v(fmtDate(n.dob, "mdy"), "DATE").t("   Acct ").v(c.account(), "ACCOUNT").nl(2);
  b.noise = w;
  const sis = other(n);
  b.t("Collateral obtained by phone from the patient's sister, ");
  nm(n, sis, "fl");
  b.t(" (").v(c.phone(), "PHONE").t("), with written consent signed ").v(c.partialDate(), "DATE").t(". She reports he has not slept in four days and stopped his lithium after a fight with his partner ");
  nm(n, other(n), "f");
  b.t(" around ").v(c.partialDate(c.date(2025, 2026)), "DATE").t(". He lives alone in ").v(c.city(), "LOCATION").t(" since moving from ");
  b.v(c.city(), "LOCATION").t(` in 2019. Prior admission to `).v(c.facility(), "FACILITY").t(" in ").v(fmtDate(c.date(2020, 2024), "month y"), "DATE");
  b.t(`; he was followed by `);
  staff(n, other(n), [", PMHNP", ", MD", ", LCSW"]);
  b.t(". Their father ");
  nm(n, other(n), "f");
  b.t(" had bipolar I and died at ");
  const fa = c.chance(0.3) ? c.oldAge() : c.int(50, 88);
  age(n, fa);
  b.t(". Sa mère dit qu'il \"parle trop vite\" (collateral from mother, in French; ");
  nm(n, other(n), "fl");
  b.t(` translated). Columbia: ideation without plan. AUDIT-C ${c.int(0, 12)}. Works at `).v(c.company(), "FACILITY").t(" as a forklift driver.");
  b.noise = null;
  b.nl(2);
  staff(n, other(n), [", MD", ", DO", ", PMHNP-BC"]);
  b.t(" — ").v(c.fullDate(), "DATE").nl();
};

const matProgress: Style = (n) => {
  const { b, c } = n;
  b.t("OTP / OBOT PROGRESS NOTE — ").v(c.facility(c.chance(0.5)), "FACILITY").nl();
  nm(n, n.pt, "lf");
  b.t(" | DOB ").v(fmtDate(n.dob, c.pick(["md-short", "mdy", "iso"])), "DATE").t(" | Pt ID ").v(n.mrn, "MRN").t(" | Visit ").v(c.fullDate(), "DATE").nl();
  b.t("Dosing window check-in by finger-vein scan, template ").v(`FV${c.digits(10)}`, "BIOMETRIC").nl(2);
  b.t(`S: ${c.int(2, 40)} months on buprenorphine-naloxone 16-4 mg daily. Cravings ${c.int(0, 10)}/10. COWS ${c.int(0, 6)}. Attending NA; sponsor `);
  nm(n, other(n), "f");
  b.t(" calls daily.").nl();
  b.t(`O: UDS ${c.pick(["+bup, -fent, -opiates", "+bup +THC", "+bup, +fentanyl"])} (collected `).v(fmtDate(c.recent(), "m/d"), "DATE").t(`). BP 12${c.int(0, 9)}/7${c.int(0, 9)}.`).nl();
  b.t("PDMP checked ").v(c.partialDate(), "DATE").t(" — report ").v(`PMP${c.digits(8)}`, "ID").t(", no other prescribers.").nl();
  b.t("P: Rx #").v(c.digits(7), "ID").t(" sent to ");
  if (c.chance(0.5)) b.t(c.pick(CHAINS));
  else b.v(`${c.pick(["Dollar", "Main Street", "Family", "Bluebonnet"])} Pharmacy`, "FACILITY");
  b.nl();
  b.t("Counselor: ");
  nm(n, other(n), "fl");
  b.t(", LCADC. Prescriber: ");
  const doc = other(n);
  nm(n, doc, "fl");
  b.t(", DO — DEA ").v(c.dea(), "LICENSE").nl();
  b.t(`Naloxone kit (Narcan 4 mg) dispensed. Injection option (Sublocade 300 mg) discussed. RTC `).v(c.partialDate(), "DATE").t(".").nl();
  if (c.chance(0.3)) {
    b.t("Driving: car ").v(c.plate(), "VEHICLE").t(" parked in lot per security.").nl();
  }
  b.t("Signed ");
  dt(n);
  b.nl();
};

export const STYLES_B: Record<string, Style> = {
  "transplant-coord": transplant, "speech-therapy": speech, "nicu-discharge": nicu,
  "ld-triage": ldTriage, "psych-collateral": psychCollateral, "mat-progress": matProgress,
};
