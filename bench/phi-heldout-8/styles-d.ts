/**
 * Eighth held-out corpus, styles D: case-management discharge-planning note, employee bloodborne-pathogen exposure
 * report, transfer-centre call log, acupuncture treatment note, STI partner-services interview, childhood-lead
 * environmental investigation.
 */
import { fmtDate } from "./kit";
import { address, age, childDob, day, dob, initials, nm, other, pday, ph, pickAge, pn, rel, staff, type Style } from "./note";

const dcPlanning: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.35);
  const son = rel(n);
  const poa = rel(n);
  const snf = [c.ltc(), c.ltc(), c.ltc()];
  b.t("CASE MANAGEMENT — DISCHARGE PLANNING NOTE  ").v(c.fullDate(c.recent()), "DATE").t(` ${c.time()}`).nl();
  b.t("Pt "); pn(n, n.pt, ["fl", "lf", "fml"]); b.t(", "); age(n, a); b.t(` y/o, admitted `).v(c.partialDate(c.recent()), "DATE").t(` with ${c.pick(["sepsis 2/2 UTI", "hip fx s/p ORIF", "CHF exacerbation", "COPD exacerbation", "CVA"])}.`);
  b.t(c.chance(0.5) ? " Lives alone at " : " Lives with spouse at ").v(n.addr.line1, "ADDRESS").t(" in ").v(n.addr.city, "LOCATION").t(".").nl();
  b.t(`PT/OT recommend SNF. Referrals sent via CarePort to: `);
  snf.forEach((f, i) => { b.v(f, "FACILITY").t(i < 2 ? "; " : "."); });
  b.nl();
  b.t("Bed offer from ").v(snf[1]!, "FACILITY").t(" (admissions: "); nm(n, c.person(), c.pick(["fl", "f"])); b.t(" "); ph(n); b.t(`). ${son.r[0]!.toUpperCase()}${son.r.slice(1)} `); nm(n, son.p, c.pick(["f", "fl"]));
  b.t(" prefers ").v(snf[0]!, "FACILITY").t(", closer to his/her home in ").v(c.city(), "LOCATION").t(".").nl();
  b.t("Hospital account ").v(c.account(), "ACCOUNT").t(". ");
  b.t(`Auth: ${c.payer()} reference `).v(`${c.digits(3)}${c.letters(2)}${c.digits(5)}`, "ID").t(` submitted; ${c.pick(["pending", "approved x 14 days", "peer-to-peer requested"])}. Medicare days used: ${c.int(0, 20)}.`).nl();
  b.t(`Transport: wheelchair van at ${c.time()}. DME: RW delivered by `).v(c.facility(["Medical Supply", "Home Medical Equipment", "DME"]), "FACILITY").t(".").nl();
  b.t("HCPOA: "); nm(n, poa.p, "fl"); b.t(` (${poa.r}) `); ph(n); b.t(". IM notice given ").v(c.partialDate(c.recent()), "DATE").t(".").nl();
  b.t("— "); nm(n, c.person(), "fl"); b.t(`, RN, CCM  ext ${c.int(2000, 7999)}`).nl();
};

const bbp: Style = (n) => {
  const { b, c } = n;
  const src = other(n);
  b.t("EMPLOYEE HEALTH — BLOODBORNE PATHOGEN EXPOSURE REPORT  (").v(c.hospital(), "FACILITY").t(")").nl();
  b.t("Employee: "); pn(n, n.pt); b.t("   Employee ID ").v(c.digits(6), "ID").t(`   Dept: ${c.pick(["4 West", "ED", "OR", "Lab", "EVS", "ICU"])}   Job: ${c.pick(["RN", "phlebotomist", "EVS tech", "surgical tech", "PGY-1"])}`).nl();
  b.t("DOB ").v(c.fullDate(n.dob), "DATE").t("   Cell "); ph(n, n.phone); b.t("   Email ").v(n.email, "EMAIL").nl();
  b.t("Exposure ").v(c.fullDate(c.recent()), "DATE").t(` at ${c.time()}; reported ${c.time()}. Type: ${c.pick(["percutaneous, hollow-bore needle", "mucous membrane splash (eye)", "non-intact skin"])}.`).nl();
  b.t(`Device: ${c.pick(["BD Eclipse 25G", "Vacutainer Push Button", "Jelco IV catheter 20G", "scalpel #10"])}, safety feature ${c.pick(["activated", "not activated"])}; lot ${c.lot()} (not retained).`).nl();
  b.t("Source patient: "); nm(n, src, c.pick(["LF", "fl", "lf"])); b.t("  MRN ").v(c.mrn(), "MRN").t(`  consented; rapid HIV ${c.pick(["neg", "neg", "pos"])}, HBsAg neg, HCV Ab ${c.pick(["neg", "pos"])}.`).nl();
  b.t(`Employee: anti-HBs ${c.int(0, 900)} mIU/mL; Tdap ${c.year()}. PEP: ${c.pick(["declined", "Biktarvy x28 days started", "not indicated"])}.`).nl();
  b.t("Follow-up labs: 6 wk ").v(c.partialDate(c.recent()), "DATE").t(", 12 wk, 6 mo. Supervisor: "); nm(n, c.person(), "fl"); b.t(". WC claim ").v(`${c.letters(2)}${c.digits(8)}`, "ID").t(".").nl();
  b.t("Seen by "); staff(n, c.person(), [", NP", ", MD", ", PA-C"]); b.t(", Employee Health.").nl();
};

const transfer: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.2);
  const fam = rel(n);
  b.t("TRANSFER CENTER LOG   Call ID ").v(`TC${c.digits(8)}`, "ID").t("   ").v(c.fullDate(c.recent()), "DATE").t(` ${c.time()}`).nl();
  b.t("Referring: ").v(c.hospital(), "FACILITY").t(" (").v(c.city(), "LOCATION").t(`, ${c.state()})  Dr. `); nm(n, c.person(), c.pick(["l", "fl"])); b.t("  callback "); ph(n); b.nl();
  b.t("Patient: "); nm(n, n.pt, c.pick(["LF", "lf", "lfi"])); b.t("   DOB "); dob(n); b.t("   Age "); age(n, a); b.t("   Outside MRN ").v(c.mrn(), "MRN").nl();
  b.t(`Dx: ${c.pick(["NSTEMI, trop 2.4 → 5.1", "SAH, Hunt-Hess 2", "STEMI s/p TNK", "perforated diverticulitis", "GI bleed, Hgb 6.1", "DKA, pH 7.02"])}. ${c.clin()}`).nl();
  b.t(`Requested: ${c.pick(["Cardiology", "Neurosurgery", "Surgery", "MICU"])}. Accepted by Dr. `); nm(n, c.person(), "fl"); b.t(` at ${c.time()}. Bed: ${c.pick(["CVICU 12", "NSICU 4", "5W-22", "MICU 7"])}.`).nl();
  b.t(`Transport: ${c.pick(["rotor wing", "ALS ground", "critical care ground", "fixed wing"])}, ETA ${c.int(20, 180)} min. Payer: ${c.payer()} `).v(c.member(), "HEALTH_PLAN").nl();
  b.t(`Family: ${fam.r} `); nm(n, fam.p, c.pick(["fl", "f"])); b.t(" driving, cell "); ph(n); b.nl();
  b.t("RN report: "); nm(n, c.person(), c.pick(["fl", "f"])); b.t(" RN → "); nm(n, c.person(), c.pick(["fl", "f"])); b.t(` RN at ${c.time()}. Images pushed via PowerShare.`).nl();
};

const POINTS = ["BL23", "BL25", "BL40", "BL60", "GB30", "GB34", "GB20", "KI3", "LI4", "LI11", "ST36", "SP6", "SP9", "LV3", "Du4", "Du20", "Ren6", "PC6", "HT7", "SJ5", "Yintang", "Ashi"];

const acupuncture: Style = (n) => {
  const { b, c } = n;
  const r = rel(n);
  b.t("ACUPUNCTURE TREATMENT NOTE — ").v(c.facility(["Acupuncture & Herbs", "Integrative Medicine", "Wellness Acupuncture"]), "FACILITY").nl();
  b.t("Patient: "); pn(n, n.pt); b.t("   DOB "); dob(n); b.t(`   Visit ${c.int(1, 10)} of ${c.int(10, 12)}   Date `); day(n); b.nl();
  b.t(`S: ${c.pick(["low back pain", "neck pain", "migraines", "knee OA pain", "nausea with chemo"])} ${c.int(2, 9)}/10, worse after helping ${r.r} `); nm(n, r.p, "f"); b.t(" move to ").v(c.city(), "LOCATION").t(` last ${c.pick(["week", "month"])}.`).nl();
  b.t(`O: tongue ${c.pick(["pale, thin white coat", "red, yellow coat", "purple, scalloped"])}; pulse ${c.pick(["wiry", "thready", "slippery", "deep"])}. ROM ${c.pick(["limited", "WNL"])}. ${c.vitals()}`).nl();
  b.t(`A: ${c.pick(["Qi and blood stagnation", "Kidney yang deficiency", "Liver Qi stagnation", "Damp-heat"])} (TCM); ${c.icd()}.`).nl();
  const pts = c.shuffle([...POINTS]).slice(0, c.int(5, 9));
  b.t(`P: Points ${pts.join(", ")}. Seirin 0.25 x 30 mm; e-stim ${c.int(2, 100)} Hz x 20 min; cupping ${c.pick(["yes", "no"])}. CPT 97813, 97814.`).nl();
  b.t("Referred by Dr. "); nm(n, c.person(), "l"); b.t(`. ${c.payer()} auth visits ${c.int(1, 8)}/12, member `).v(c.member(), "HEALTH_PLAN").t(".").nl();
  nm(n, c.person(), "fl"); b.t(", L.Ac., Dipl. O.M. (NCCAOM)  lic ").v(c.licence("AC"), "LICENSE").nl();
};

const partnerServices: Style = (n) => {
  const { b, c } = n;
  const dis = c.person();
  const p1 = other(n);
  const p2 = other(n);
  const roomie = rel(n);
  const from = c.recent();
  b.t("PARTNER SERVICES INTERVIEW RECORD — ").v(c.county(), "LOCATION").t(" Health Department").nl();
  b.t("Case ID ").v(`${c.digits(4)}-${c.digits(6)}`, "ID").t("   Index: "); nm(n, n.pt, c.pick(["LF", "fl"])); b.t("   DOB "); dob(n); b.t("   Phone "); ph(n, n.phone); b.nl();
  b.t(`Dx: ${c.pick(["early latent syphilis, RPR 1:64, TP-PA reactive", "secondary syphilis, RPR 1:128", "gonorrhea (pharyngeal)", "new HIV, VL 84,000"])}. Treated `).v(c.fullDate(c.recent()), "DATE").t(` with ${c.pick(["Bicillin L-A 2.4 MU IM", "ceftriaxone 500 mg IM", "doxycycline 100 mg BID x28d"])}.`).nl();
  b.t("Interviewed ").v(c.partialDate(c.recent()), "DATE").t(" by DIS "); nm(n, dis, "fl"); b.t(". Interview period ").v(c.fullDate(from), "DATE").t(" to present.").nl();
  b.t("Partner 1: "); nm(n, p1, "fl"); if (p1.nick || c.chance(0.4)) { b.t(' ("'); b.v(p1.nick ?? p1.first.slice(0, 3), "NAME"); b.t('")'); }
  b.t(`, ~${c.int(19, 55)} yo, `); ph(n); b.t("; met at a bar on ").v(c.road(), "ADDRESS").t(".");
  if (c.chance(0.5)) b.t(` Drives a ${c.pick(["silver", "black", "red", "white"])} ${c.pick(["pickup", "sedan", "SUV"])}, plate `).v(c.plate(), "VEHICLE").t(".");
  b.nl();
  b.t("Partner 2: first name "); nm(n, p2, "f"); b.t(" only; IG ").v(`@${p2.first.toLowerCase().replace(/[^a-z]/g, "")}_${c.digits(3)}`, "ID").t(`; ${c.pick(["works at", "lives near", "drives for"])} `);
  b.v(c.employer(), "FACILITY").t(".").nl();
  b.t(`Partner 3: anonymous, met via ${c.pick(["Grindr", "Tinder", "Hinge", "Snapchat"])}; no locating info.`).nl();
  b.t(`Social: lives with ${roomie.r} `); nm(n, roomie.p, "fl"); b.t(" at "); address(n, n.addr); b.t(".").nl();
  b.t("Outcome: P1 notified ").v(c.partialDate(c.recent()), "DATE").t(", tested at ").v(c.clinic(), "FACILITY").t("; P2 field visit pending.").nl();
};

const lead: Style = (n) => {
  const { b, c } = n;
  childDob(n, 6);
  const par = rel(n);
  const gm = other(n);
  const landlord = c.person();
  b.t("CHILDHOOD LEAD POISONING — ENVIRONMENTAL INVESTIGATION").nl();
  b.t("Case #").v(`PB-${c.digits(5)}`, "ID").t("   Child: "); nm(n, n.pt, c.pick(["fl", "lf"])); b.t("   DOB "); dob(n); b.nl();
  b.t(`BLL ${c.int(5, 45)}.${c.int(0, 9)} µg/dL venous on `).v(c.fullDate(c.recent()), "DATE").t(` (${c.lab()}); capillary ${c.int(5, 45)} on `).v(fmtDate(c.recent(), "md"), "DATE").t(".").nl();
  b.t("Parent/guardian: "); pn(n, par.p, ["fl", "lf"]); b.t("  "); ph(n, n.phone); b.nl();
  b.t("Residence: "); address(n, n.addr); b.t(` — built ${c.int(1890, 1977)}, rental; owner `); nm(n, landlord, "fl"); b.t(" "); ph(n); b.nl();
  b.t("Other places > 6 h/week: grandmother "); nm(n, gm, "fl"); b.t(" at ").v(c.street(), "ADDRESS").t(", ").v(c.city(), "LOCATION").t("; ").v(c.school(), "FACILITY").t(".").nl();
  const sib = other(n);
  b.t("Sibling "); nm(n, sib, "f"); b.t(` (age ${c.int(1, 12)}) BLL ${c.int(1, 9)}.${c.int(0, 9)} on `); pday(n); b.t(".").nl();
  b.t(`XRF: window sills ${c.int(1, 9)}.${c.int(0, 9)} mg/cm², porch rail ${c.int(1, 9)}.${c.int(0, 9)} mg/cm². Dust wipe floor ${c.int(5, 120)} µg/ft². Soil ${c.int(100, 2400)} ppm. Imported spices (kohl, azarcón) asked: ${c.pick(["none", "greta used for colic"])}.`).nl();
  b.t("Risk assessor: "); nm(n, c.person(), "fl"); b.t(", lic ").v(c.licence("LRA-"), "LICENSE").t(". Order to abate issued ").v(c.partialDate(c.recent()), "DATE").t(".").nl();
  if (c.chance(0.3)) { initials(n, c.person()); b.t(" reviewed."); b.nl(); }
};

export const STYLES_D: Record<string, Style> = {
  "dc-planning-note": dcPlanning,
  "bbp-exposure": bbp,
  "transfer-center-call": transfer,
  "acupuncture-soap": acupuncture,
  "partner-services": partnerServices,
  "lead-investigation": lead,
};
