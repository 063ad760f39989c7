/** Paediatric styles of the eighteenth held-out corpus: charts, nursery and NICU, immunisation and forms. */
import { addDays, fmtDate, type D } from "./kit";
import { addrBlock, address, age, childPatient, clin, elderAge, fac, hhmm, initials, kin, nm, other, ph, staff, type Note18, type Style } from "./note";
import * as L from "./lists";

const babyLabel = (n: Note18): void => {
  const c = n.c;
  const lab = c.pick(n.pt.sex === "F" ? ["Baby Girl", "BG", "Twin A", "Twin B", "Infant Girl"] : ["Baby Boy", "BB", "Twin A", "Twin B", "Infant Boy"]);
  if (c.chance(0.5)) { n.b.t(`${lab} `).v(c.chance(0.5) ? n.pt.last.toUpperCase() : n.pt.last, "NAME"); }
  else { n.b.v(n.pt.last.toUpperCase(), "NAME").t(`, ${lab.toUpperCase()}`); }
};

export const STYLES_A: Record<string, Style> = {
  "growth-chart-export": (n) => {
    const { b, c } = n;
    childPatient(n);
    n.dob = { y: c.int(2022, 2025), m: c.int(1, 12), d: c.int(1, 28) };
    const mom = kin(n, "F");
    const dad = kin(n, "M");
    const ma = other(n);
    b.t(c.pick(["GROWTH CHART DATA", "Growth Chart – Tabular View", "growth data export"])).t(` (${c.pick(["WHO 0-2 y", "CDC 2-20 y", "Fenton preterm"])})`).nl();
    b.t("Patient: "); nm(n, n.pt, c.pick(["LFM", "lf", "fl"] as const)); b.t(c.pick(["   MRN: ", "  | MRN ", "\tMRN#"])).v(n.mrn, "MRN").t("   DOB: ").v(c.fullDate(n.dob), "DATE").t(`   Sex: ${n.pt.sex}`).nl();
    b.t("Clinic: "); fac(n, c.facility("peds")); b.nl(2);
    b.t(c.pick(["Date        Age     Wt(kg)  %ile  Len(cm) %ile  HC(cm) %ile  By", "Date | Age | Weight kg | pct | Length cm | pct | HC cm | pct | Staff"])).nl();
    const pipes = /\|/.test(b.text.slice(-80));
    let x: D = n.dob;
    const ages = [0, 3, 14, 60, 120, 180, 270, 365, 455, 545];
    const k = c.int(3, 7);
    for (let i = 0; i < k; i++) {
      x = addDays(n.dob, ages[i]! + c.int(0, 6));
      const mo = Math.round(ages[i]! / 30.4);
      const days = ages[i]!;
      const row = [`${mo === 0 ? `${days} d` : `${mo} mo`}`, `${(3.2 + Math.sqrt(days) * 0.4 + c.next() * 0.3).toFixed(2)}`, `${c.int(3, 97)}`, `${(49 + Math.sqrt(days) * 1.3).toFixed(1)}`, `${c.int(3, 97)}`, `${(34 + Math.sqrt(days) * 0.5).toFixed(1)}`, `${c.int(3, 97)}`];
      b.v(i % 2 ? c.fullDate(x) : fmtDate(x, "mdy"), "DATE").t(pipes ? ` | ${row.join(" | ")} | ` : `  ${row.join("   ")}   `).v(initials(c.chance(0.6) ? ma : other(n)), "NAME").nl();
    }
    b.nl().t("Mid-parental height: mother ").v(mom.first, "NAME").t(` ${c.int(150, 175)} cm, father `).v(dad.first, "NAME").t(` ${c.int(165, 193)} cm; target ${c.int(160, 182)}.5 ± 8.5 cm.`).nl();
    b.t(`${clin(n, "peds")}. Born ${c.int(33, 41)}w${c.int(0, 6)}d; corrected age used until 24 mo.`).nl();
    b.t("Printed ").v(c.fullDate(c.recent()), "DATE").t(` ${hhmm(c)} by `); staff(n, ma, [", MA", ", CMA", ", LPN"]); b.nl();
  },

  "nursery-progress-note": (n) => {
    const { b, c } = n;
    childPatient(n, true);
    const mom = kin(n, "F");
    const dad = kin(n, "M");
    const peds = other(n);
    b.t(c.pick(["Newborn Nursery Progress Note", "NEWBORN DAILY NOTE", "Well Baby Nursery – Day 2"])).nl();
    babyLabel(n); b.t("   MRN ").v(n.mrn, "MRN").nl();
    b.t("DOB: ").v(c.fullDate(n.dob), "DATE").t(` @ ${hhmm(c, false)}   HOL: ${c.int(20, 60)}   ${c.int(37, 41)}w${c.int(0, 6)}d   BW ${c.int(2600, 4300)} g`).nl();
    b.t("Mother: "); nm(n, mom, c.pick(["fl", "lf", "LF"] as const)); b.t(c.pick([" (MRN ", " (mom MRN# "])).v(c.mrn(), "MRN").t(`), ${c.int(17, 41)} y/o G${c.int(1, 5)}P${c.int(1, 4)} ${c.pick(["O+", "A+", "B-", "O-", "AB+"])}, GBS ${c.pick(["neg", "pos - adequate IAP", "unknown"])}`).nl();
    b.t(`Feeding: ${c.pick(["breast q2-3h", "Similac 20 kcal 30-45 mL q3h", "breast + Enfamil supplement"])}. ${c.int(2, 8)} voids, ${c.int(1, 6)} stools. ${clin(n, "peds")}.`).nl();
    b.t("Hep B #1 given ").v(c.partialDate(n.dob), "DATE").t(", erythromycin and vit K in L&D. Hearing: PASS bilat. CCHD screen pass. NBS collected ").v(c.partialDate(addDays(n.dob, 1)), "DATE").t(`, kit `).v(`${c.digits(2)}-${c.digits(6)}`, "ID").t(".").nl();
    if (n.pt.sex === "M" || c.chance(0.3)) { b.t("Circ: consent signed by father "); nm(n, dad, "fl"); b.t("; Gomco planned today.").nl(); }
    b.t("Security tag: ").v(`HUGS-${c.digits(6)}`, "DEVICE").t(c.pick(["; band # matches mother", " (ankle)"])).nl();
    b.t("Follow-up: ");
    if (c.chance(0.5)) { staff(n, peds, [", MD", ", DO", ", CPNP"]); b.t(" at "); } else b.t("clinic ");
    fac(n, c.facility("peds")); b.t(", ").v(c.partialDate(addDays(n.dob, 3)), "DATE").t(", ph ").v(c.phone(), "PHONE").t(".").nl();
    b.t("Parents' cell: "); ph(n, n.phone); b.nl();
  },

  "nicu-admission-hp": (n) => {
    const { b, c } = n;
    childPatient(n, true);
    const mom = kin(n, "F");
    const dad = other(n, "M");
    const ggm = other(n, "F", true);
    const ga = c.int(24, 35);
    b.t(c.pick(["NICU ADMISSION HISTORY & PHYSICAL", "Neonatal ICU Admission H&P", "NICU ADMIT NOTE"])).t(" — "); fac(n, c.chance(0.4) ? `${c.pick(L.FAC_STEMS)} Children's Hospital` : c.facility("hosp")); b.nl();
    b.t("Patient: "); babyLabel(n); b.t("  MRN: ").v(n.mrn, "MRN").t("  Acct: ").v(c.account(), "ACCOUNT").nl();
    b.t("Born: ").v(c.fullDate(n.dob), "DATE").t(` at ${hhmm(c)}, GA ${ga}+${c.int(0, 6)}, BW ${c.int(540, 2500)} g, Apgars ${c.int(1, 8)}/${c.int(4, 9)}`).nl();
    if (c.chance(0.6)) {
      b.t("Outborn: delivered at "); fac(n, c.facility("hosp")); b.t(" in ").v(c.town(), "LOCATION").t(`; transported by ${c.pick(["neonatal transport team", "Angel Flight ground", "NICU transport"])} (unit plate `).v(c.plate(), "VEHICLE").t(").").nl();
    }
    b.t("Maternal hx: "); nm(n, mom, c.pick(["fl", "lf"] as const)); b.t(`, ${c.int(16, 43)} y/o G${c.int(1, 6)}P${c.int(0, 4)}. PNC at `); fac(n, c.facility("ob")); b.t(`. ROM `).v(c.partialDate(addDays(n.dob, -c.int(0, 3))), "DATE").t(` ${hhmm(c)}; betamethasone x${c.int(1, 2)} (last `).v(c.partialDate(addDays(n.dob, -1)), "DATE").t(`); Mag ${c.pick(["yes", "no"])}. ${clin(n, "peds")}.`).nl();
    b.t(`Plan: ${c.pick(["CPAP +6", "SIPPV 20/5", "HFOV MAP 12"])}, Curosurf ${c.pick(["x1", "x2"])}, UVC/UAC placed, amp/gent, TPN. Apnea monitor `).v(c.serial(), "DEVICE").t(".").nl();
    b.t("Social: parents "); nm(n, mom, "f"); b.t(" and "); nm(n, dad, "fl"); b.t(", cell ").v(n.phone, "PHONE").t("; live with maternal great-grandmother ");
    nm(n, ggm, "f"); b.t(" ("); age(n, elderAge(n, 0.7)); b.t(") in ").v(n.addr.city, "LOCATION").t(`, ${n.addr.state}. Medicaid `).v(c.medicaid(), "HEALTH_PLAN").t(".").nl();
    b.t("Attending: "); staff(n, other(n), [", MD", ", DO"]); b.t("; NNP "); nm(n, other(n), c.pick(["fl", "il"] as const)); b.t(", APRN (lic ").v(c.licence(), "LICENSE").t(")").nl();
  },

  "catchup-imm-plan": (n) => {
    const { b, c } = n;
    childPatient(n);
    n.dob = { y: c.int(2015, 2024), m: c.int(1, 12), d: c.int(1, 28) };
    const par = kin(n, c.chance(0.7) ? "F" : "M");
    const rn = other(n);
    b.t(c.pick(["IMMUNIZATION CATCH-UP PLAN", "Catch-up schedule (per CDC Table 2)", "Vaccine catch-up worksheet"])).nl();
    b.t("Child: "); nm(n, n.pt, c.pick(["fl", "LF", "fml"] as const)); b.t("   DOB ").v(c.fullDate(n.dob), "DATE").t(`   age ${2026 - n.dob.y} y`).t("   MRN ").v(n.mrn, "MRN").nl();
    b.t(`Records: ${c.pick(["paper card from Honduras", "WHO yellow card (Somalia)", "state registry", "outside clinic fax", "Guatemala carnet"])} reviewed by `); nm(n, rn, c.pick(["il", "fl"] as const)); b.t(", RN; registry client ID ").v(`${c.digits(8)}`, "ID").nl();
    b.t("Vaccine   | on record                 | min interval | next due").nl();
    for (const v of c.shuffle(["DTaP", "IPV", "MMR", "Hep B", "Hib", "PCV20", "Varicella", "Hep A"]).slice(0, c.int(3, 6))) {
      b.t(`${v.padEnd(9)} | `);
      const k = c.int(0, 2);
      let x: D = addDays(n.dob, c.int(60, 900));
      for (let i = 0; i < k; i++) { b.v(c.chance(0.5) ? fmtDate(x, "mdy") : c.fullDate(x), "DATE").t(i < k - 1 ? ", " : ""); x = addDays(x, c.int(28, 200)); }
      if (k === 0) b.t(c.chance(0.5) ? "none" : `given ${n.dob.y + c.int(1, 3)} per card (date unknown)`);
      b.t(` | ${c.pick(["4 wk", "8 wk", "6 mo", "4 wk after #1", "12 wk"])} | `).v(c.chance(0.5) ? c.partialDate(c.recent()) : c.fullDate(c.recent()), "DATE").nl();
    }
    if (c.chance(0.7)) b.t(`VFC eligible: ${c.pick(["Medicaid", "Medicaid/CHIP", "AI/AN + Medicaid"])} `).v(c.medicaid(), "HEALTH_PLAN");
    else b.t("VFC eligible: uninsured");
    b.t(". VIS given to ").t(c.pick(["mother ", "father ", "guardian "])); nm(n, par, "fl"); b.t(", ph ").v(n.phone, "PHONE").t(".").nl();
    b.t(`${clin(n, "peds")}. Lots recorded in IIS (not repeated here).`).nl();
  },

  "daycare-health-assessment": (n) => {
    const { b, c } = n;
    childPatient(n);
    n.dob = { y: c.int(2021, 2025), m: c.int(1, 12), d: c.int(1, 28) };
    const p1 = kin(n, "F");
    const p2 = kin(n, "M");
    const rel = c.pick(["aunt", "grandma", "neighbor", "family friend", "uncle", "grandpa"]);
    const pick = other(n, /aunt|grandma/.test(rel) ? "F" : /uncle|grandpa/.test(rel) ? "M" : undefined);
    const doc = other(n);
    b.t("CHILD CARE HEALTH ASSESSMENT — Part A (to be completed by parent/guardian)").nl();
    b.t("Child's name (last, first, MI): "); nm(n, n.pt, "lfm"); if (n.pt.nick) { b.t(` Goes by: "`).v(n.pt.nick, "NAME").t(`"`); } b.nl();
    b.t("Birth date: ").v(c.fullDate(n.dob), "DATE").t("   Child care facility: "); fac(n, c.daycare()); b.t("   Start date: ").v(c.partialDate(c.recent()), "DATE").nl();
    b.t("Parent/guardian 1: "); nm(n, p1, "fl"); b.t("  Cell: ").v(n.phone, "PHONE").t("  Work: "); ph(n); b.t("  E-mail: ").v(n.email, "EMAIL").nl();
    b.t("Parent/guardian 2: "); nm(n, p2, "fl"); b.t("  Cell: ").v(c.phone(), "PHONE").nl();
    b.t("Home address: "); address(n, n.addr); b.nl();
    b.t("Others authorized to pick up: "); nm(n, pick, "fl"); b.t(` (${rel}) — vehicle: ${c.pick(["silver Equinox", "red F-150", "white minivan"])}, plate `).v(c.plate(), "VEHICLE").nl();
    b.t(`Allergies: ${c.pick(["none known", "peanuts - EpiPen Jr exp 09/2027", "amoxicillin (rash)", "eggs"])}. Special diet: ${c.pick(["no", "lactose free", "no pork"])}.`).nl();
    b.t("Part B — Health care provider").nl();
    b.t("Exam date: ").v(c.fullDate(c.recent()), "DATE").t(`   ${clin(n, "peds")}   Lead screen: `).v(c.partialDate(c.recent()), "DATE").t(` (${c.int(1, 4)} mcg/dL)`).nl();
    b.t("Immunizations up to date [X] yes [ ] no — copy of IIS record attached. TB risk: low.").nl();
    b.t("Provider: "); staff(n, doc, [", MD", ", DO", ", CPNP", ", FNP-C"]); b.t("  License # ").v(c.licence(), "LICENSE").t("  Phone ").v(c.phone(), "PHONE").nl();
  },

  "heeadsss-confidential": (n) => {
    const { b, c } = n;
    childPatient(n);
    n.dob = { y: c.int(2008, 2012), m: c.int(1, 12), d: c.int(1, 28) };
    const mom = kin(n, "F");
    const step = other(n, "M");
    const sib = kin(n, c.chance(0.5) ? "F" : "M");
    const partner = other(n);
    b.t(c.pick(["*** CONFIDENTIAL ADOLESCENT SECTION — NOT FOR PROXY RELEASE ***", "ADOLESCENT CONFIDENTIAL HISTORY (HEEADSSS)", "Confidential portion of visit (minor consent, do not share)"])).nl();
    b.t("Pt: "); nm(n, n.pt, c.pick(["fl", "lf"] as const)); b.t(`, ${2026 - n.dob.y} y/o, interviewed alone after mom `); nm(n, mom, "f"); b.t(" stepped out.").nl();
    b.t("H: lives with mom, stepdad "); nm(n, step, "fl"); b.t(` and ${sib.sex === "F" ? c.pick(["sister", "half-sister"]) : c.pick(["brother", "half-brother"])} `); nm(n, sib, "f"); b.t(" on ").v(n.addr.line1, "ADDRESS").t(". Feels safe.").nl();
    b.t(`E: ${c.int(8, 12)}th grade at `); fac(n, c.school("high")); b.t(`, ${c.pick(["A/B", "failing math", "IEP for reading"])}. A: works weekends at `); fac(n, `${c.pick(L.EMPLOYERS)}`.replace(/^the /, "")); b.t(".").nl();
    b.t(`D: ${c.pick(["vapes daily", "denies", "alcohol at parties 1-2x/mo", "THC edibles"])}. S: ${c.pick(["girlfriend", "boyfriend", "partner"])} `); nm(n, partner, c.pick(["f", "fl"] as const)); b.t(` (${c.int(14, 19)}). LMP/last sex `).v(c.partialDate(c.recent()), "DATE").t(`. Contraception: ${c.pick(["Nexplanon placed", "Depo-Provera last", "condoms only", "Slynd started"])} `).v(c.partialDate(c.recent()), "DATE").t(".").nl();
    b.t(`S: PHQ-A ${c.int(0, 22)}, ASQ negative. ${clin(n, "ob")}.`).nl();
    b.t("Confidential contact: own cell ").v(c.phone(), "PHONE").t(", e-mail ").v(c.email(n.pt), "EMAIL").t(". Title X sliding fee; portal proxy limited for ages 12+.").nl();
  },

  "asthma-action-plan": (n) => {
    const { b, c } = n;
    childPatient(n);
    n.dob = { y: c.int(2012, 2022), m: c.int(1, 12), d: c.int(1, 28) };
    const par = kin(n, c.chance(0.7) ? "F" : "M");
    const teacher = other(n);
    const clinic = c.facility("peds");
    b.t(c.pick(["ASTHMA ACTION PLAN", "Asthma Action Plan (home & school)", "MY ASTHMA PLAN"])).t(" — "); fac(n, clinic); b.t("  ph ").v(c.phone(), "PHONE").t("  fax ").v(c.phone(), "FAX").nl();
    b.t("Name: "); nm(n, n.pt, c.pick(["fl", "fml", "FL"] as const)); b.t("  DOB ").v(c.fullDate(n.dob), "DATE").t("  School: "); fac(n, c.school("elem")); b.t(c.pick(["  Teacher: Ms. ", "  Homeroom: Mr. "])); nm(n, teacher, "l"); b.nl();
    b.t(`Personal best peak flow: ${c.int(150, 420)} L/min. Triggers: ${c.pick(["colds, smoke", "exercise, cold air", "cats, mold, pollen"])}.`).nl();
    b.t(`GREEN: Flovent 44 mcg 2 puffs BID with spacer; ProAir 2 puffs before PE.`).nl();
    b.t(`YELLOW (PF ${c.int(100, 200)}-${c.int(201, 300)}): ProAir 4 puffs q20 min x3, call clinic.`).nl();
    b.t(`RED (PF < ${c.int(80, 150)}): ProAir 6 puffs, call 911. Severity: ${c.pick(["mild persistent", "moderate persistent"])} (ICD-10 J45.30).`).nl();
    b.t("Self-carry inhaler at school: [X] approved. Parent/guardian: "); nm(n, par, c.pick(["fl", "lf"] as const)); b.t("  cell ").v(n.phone, "PHONE").nl();
    b.t("Provider: "); staff(n, other(n), [", MD", ", CPNP", ", DO"]); b.t("  NPI ").v(c.npi(), "LICENSE").t("  Date ").v(c.fullDate(c.recent()), "DATE").t("  Valid through ").v(c.partialDate(c.recent()), "DATE").nl();
  },

  "asq-parent-questionnaire": (n) => {
    const { b, c } = n;
    childPatient(n);
    n.dob = { y: c.int(2023, 2025), m: c.int(1, 12), d: c.int(1, 28) };
    const filler = c.chance(0.75) ? kin(n, "F") : kin(n, "F", true);
    const helper = other(n);
    const mo = c.pick([9, 12, 18, 24, 30, 36]);
    b.t(`ASQ-3 ${mo} Month Questionnaire — Information Summary / Baby Information`).nl();
    b.t("Baby's first name: ").v(n.pt.first, "NAME").t("   Middle initial: ").v(n.pt.middle ? n.pt.middle[0]! : "", "NAME").t(n.pt.middle ? "" : "-").t("   Last name: ").v(n.pt.last, "NAME").nl();
    b.t("Baby's date of birth: ").v(c.fullDate(n.dob), "DATE").t(`   If premature, # of weeks premature: ${c.pick(["0", "3", "5", "N/A"])}   Today's date: `).v(c.fullDate(c.recent()), "DATE").nl();
    b.t("Person filling out questionnaire: "); nm(n, filler, "fl"); b.t(`   Relationship to baby: ${c.pick(["Parent", "Grandparent or other relative", "Guardian", "Foster parent"])}`).nl();
    b.t("Street address: ").v(n.addr.line1, "ADDRESS"); if (n.addr.unit) b.t(" ").v(n.addr.unit, "ADDRESS");
    b.t("  City: ").v(n.addr.city, "LOCATION").t(`  State: ${n.addr.state}  ZIP: `).v(n.addr.zip, "ZIP").nl();
    b.t("Home telephone: ").v(n.phone, "PHONE").t("  Other telephone: ").v(c.phone(), "PHONE").t("  E-mail: ").v(n.email, "EMAIL").nl();
    b.t("Names of people assisting: "); nm(n, helper, "fl"); b.nl();
    b.t("Child ID #: ").v(`${c.letters(2)}${c.digits(6)}`, "ID").t("   Age at administration: ").t(`${mo} mo ${c.int(0, 29)} d`).t("   Program ID #: ").t(`${c.int(1, 9)}`).t("   Program name: "); fac(n, c.facility("peds")); b.nl();
    b.t(`Scores: Communication ${c.int(10, 60)}, Gross Motor ${c.int(10, 60)}, Fine Motor ${c.int(10, 60)}, Problem Solving ${c.int(10, 60)}, Personal-Social ${c.int(10, 60)} (cutoffs 13.97/26.60).`).nl();
  },

  "nicu-care-conference": (n) => {
    const { b, c } = n;
    childPatient(n, true);
    const mom = kin(n, "F");
    const dad = kin(n, "M");
    const gm = other(n, "F", true);
    const sw = other(n);
    b.t(c.pick(["NICU Multidisciplinary Care Conference", "Family Care Conference – NICU", "NICU FAMILY MEETING NOTE"])).t(" ").v(c.fullDate(c.recent()), "DATE").nl();
    b.t("Infant: "); nm(n, n.pt, c.pick(["fl", "lf"] as const)); b.t(` (${c.pick(["Twin A", "Twin B", "singleton"])}), DOL ${c.int(10, 90)}, CGA ${c.int(30, 40)}+${c.int(0, 6)}, MRN `).v(n.mrn, "MRN").nl();
    b.t("Present: mother "); nm(n, mom, "fl"); b.t(", father "); nm(n, dad, "f"); b.t(", maternal great-grandmother "); nm(n, gm, "fl");
    const a = elderAge(n, 0.7);
    b.t(" ("); age(n, a); b.t("), neonatologist "); staff(n, other(n), [", MD", ", DO"]); b.t(", SW "); nm(n, sw, "il"); b.t(", LCSW, interpreter #").v(`${c.int(10000, 99999)}`, "ID").t(".").nl();
    b.t("Family lives in ").v(c.town(), "LOCATION").t(`, ${c.int(1, 4)} hours away; mother staying at the Ronald McDonald House. Dad works nights at `); fac(n, c.pick(L.EMPLOYERS).replace(/^the /, "")); b.t(". Great-grandma ");
    age(n, a, true); b.t(" years old and wants to hold the baby before she travels home.").nl();
    b.t(`Medical: ${c.pick(["BPD on 1/4 L NC", "NEC s/p resection", "ROP stage 2 zone II", "feeding PO 60% of volume"])}. ${clin(n, "peds")}.`).nl();
    b.t("Plan: target discharge ").v(c.partialDate(c.recent()), "DATE").t(", car seat challenge, home O2 concentrator ").v(c.serial(), "DEVICE").t(", Early Intervention referral ").v(`EI-${c.digits(7)}`, "ID").t(". SW f/u with mom at ").v(c.phone(), "PHONE").t(".").nl();
    if (c.chance(0.6)) b.t(`Bedside camera (${c.pick(["AngelEye", "NICView"])}) link sent to parents: `).v(`https://${c.pick(["view.angeleye.example", "nicview.example.org"])}/${c.pick(["baby", "cam", "s"])}/${c.letters(4, "abcdefghjkmnpqrstuvwxyz23456789")}${c.digits(4)}`, "URL").t(` (code expires `).v(c.partialDate(c.recent()), "DATE").t(")").nl();
  },
};

/** A mailing block helper shared with other style files. */
export function mailTo(n: Note18, upper = false): void {
  nm(n, n.pt, upper ? "FL" : "fl");
  n.b.nl();
  addrBlock(n, n.addr, upper);
  n.b.nl();
}

