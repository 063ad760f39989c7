/** Seventeenth corpus, styles E: nursing shift narrative, family call log, tele-ICU, MOON notice, post-discharge call. */
import * as L from "./lists";
import { age, ageIntro, clin, dt, drName, fac, hhmm, nm, ocrNoise, other, pickAge, ph, pr, ptRef, relative, relPhrase, spokenPhone, staff, town, type Style } from "./note";
import { ptHeader } from "./parts";

/** Nursing shift narrative with timed entries: visitors, sitter, calls to the provider. */
const shiftNarrative: Style = (n) => {
  const { b, c } = n;
  const p = pr(n);
  const a = pickAge(n, 0.4);
  const when = c.recent();
  b.t(c.pick(["Nursing Shift Note (0700-1900)", "RN NARRATIVE - NIGHT SHIFT", "Shift Summary - Nursing"])).nl();
  if (c.chance(0.5)) ptHeader(n, a);
  else { b.t("Pt: "); nm(n, n.pt, c.pick(["fl", "LF"])); b.t(`, `); age(n, a); b.t(`${c.pick(["yo", " y/o", "y"])}${n.pt.sex}, `); dt(n, when); b.nl(); }
  const r = relative(n);
  const ks = [0, ...c.shuffle([1, 2, 3, 4, 5, 6]).slice(0, c.int(3, 5))];
  const colon = c.chance(0.5);
  let minute = c.pick([7, 19]) * 60 + c.int(0, 40);
  for (const k of ks) {
    b.t(`${String(Math.floor(minute / 60) % 24).padStart(2, "0")}${colon ? ":" : ""}${String(minute % 60).padStart(2, "0")} `);
    minute += c.int(25, 150);
    if (k === 0) { b.t(`Assumed care from `); nm(n, other(n), c.pick(["fl", "f", "il"])); b.t(`, RN. Bedside report done. ${clin(n)}.`); }
    else if (k === 1) { relPhrase(n, r); b.t(c.pick([" at bedside, ", " visiting, ", " called, "])).t(c.pick(["asking about discharge.", "brought home meds in a bag.", `states ${p.sub} is "not acting right."`])); }
    else if (k === 2) { b.t("Paged "); drName(n, other(n)); b.t(` re ${c.pick(["BP 182/96", "HR 128", "UOP <30 mL/h", "fall risk"])}; new order for ${c.pick(L.DRUGS)}.`); }
    else if (k === 3) { b.t(`Pt ${c.pick(["pulled at PIV", "attempted OOB without assist", "refused Lovenox", "ate 75% of dinner"])}. Sitter `); nm(n, other(n), c.pick(["f", "fl"])); b.t(" at bedside."); }
    else if (k === 4) { b.t(`${c.pick(["Chaplain", "SW", "Case manager"])} `); nm(n, other(n), "fl"); b.t(" in to see pt."); }
    else if (k === 5) { b.t("Updated "); nm(n, r.p, "f"); b.t(" by phone, "); if (c.chance(0.5)) spokenPhone(n); else ph(n); b.t(`; ${c.pick(["will visit in AM", "requests call if changes", "asked us to call the landline instead"])}.`); }
    else { b.t(`${c.pick(["Morse 55, bed alarm on", "Braden 13, turned q2h", "Foley catheter care done", "Bair Hugger applied"])}.`); }
    b.nl();
  }
  b.t("Plan for shift: ").t(c.pick(["monitor, safety checks q1h", "AM labs, NPO after midnight for EGD", "d/c planning to "]));
  if (b.text.endsWith("to ")) fac(n, c.pick(L.SNF));
  b.t(".").nl().t("-- "); nm(n, other(n), c.pick(["fl", "il", "lf"])); b.t(c.pick([", RN", " RN", ", BSN, RN"])).nl();
};

/** ICU family communication log: calls, voicemails, video visits, with numbers read back. */
const familyCallLog: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.35);
  let when = c.recent();
  b.t(c.pick(["Family Communication Log", "ICU FAMILY CONTACT LOG", "Family updates - MICU"])).nl();
  ptHeader(n, a);
  const r1 = relative(n);
  const r2 = relative(n);
  b.t("Primary contact: "); relPhrase(n, r1, false); b.t(" - "); ph(n); b.nl().t("Secondary: "); relPhrase(n, r2, false); b.t(" - "); ph(n); b.nl(2);
  const ks = c.shuffle([0, 1, 2, 3, 4]).slice(0, c.int(3, 5));
  for (const k of ks) {
    dt(n, when, c.chance(0.7)); b.t(` ${hhmm(c)}  `);
    if (k === 0) { b.t("Called "); nm(n, r1.p, "f"); b.t(c.pick([", no answer, VM left", ", updated on plan", "; she asked for callback"])).t(". "); }
    else if (k === 1) { nm(n, r2.p, "f"); b.t(" called from "); town(n, c.town(), c.state()); b.t(`, asked for new number to be used: `); if (c.chance(0.5)) spokenPhone(n); else ph(n); b.t(" (read back and confirmed). "); }
    else if (k === 2) { b.t("Video visit set up, link sent to "); b.v(c.email(r1.p), "EMAIL"); b.t(": "); b.v(`https://${c.pick(["vv", "visit", "connect"])}.${c.pick(["mercyridge", "stadalbert", "covenanthealth"])}.org/room/${c.hex(4)}-${c.hex(4)}-${c.hex(4)}`, "URL"); b.t(". "); }
    else if (k === 3) { b.t("Dr. "); nm(n, other(n), "l"); b.t(" and RN "); nm(n, other(n), "f"); b.t(" met with family; "); nm(n, r1.p, "f"); b.t(c.pick([" tearful", " has questions about trach", " agrees with DNR"])).t(". "); }
    else { b.t("Spiritual care: "); relPhrase(n, r2, false); b.t(` requested ${c.pick(["Catholic priest", "imam", "pastor from"])}`); if (b.text.endsWith("from")) { b.t(" "); fac(n, `${c.pick(["First Baptist", "St. Casimir", "New Hope AME", "Grace Lutheran"])} Church`); } b.t(". "); }
    b.t("-").v(`${c.letters(2)}`, "NAME").nl();
    when = c.plus(when, c.int(0, 2));
  }
};

/** Tele-ICU (eICU) intensivist note: camera session, bedside RN, remote orders. */
const teleIcu: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.3);
  const when = c.recent();
  const spoke = c.hospital();
  b.t(c.pick(["eICU Intensivist Note", "TELE-CRITICAL CARE NOTE", "Virtual ICU - Remote Evaluation"])).nl();
  b.t("Site: "); fac(n, spoke); b.t(" ICU bed ").t(String(c.int(1, 16))).t("  Camera ").v(c.chance(0.8) ? c.ipv4() : c.ipv6(), "IP").nl();
  ptHeader(n, a);
  b.t(`Session start ${hhmm(c)} `); dt(n, when); b.t(". Bedside RN "); nm(n, other(n), c.pick(["fl", "f"])); b.t(" present; video and audio adequate.").nl();
  b.t("Reason: ").t(c.pick(["alert - MAP < 60", "new vent alarm", "admission from ED", "night rounds"])).t(". ");
  ptRef(n); b.t(" is "); ageIntro(n, a); b.t(`. ${clin(n)}; ${clin(n)}.`).nl();
  b.t(`Orders placed remotely: ${c.pick(["Levophed titrate to MAP 65", "CXR stat", "ABG", "LR 1 L"])}. Local hospitalist `); drName(n, other(n)); b.t(" aware.");
  if (c.chance(0.4)) { const fr = relative(n); b.t(" Family (").t(fr.rel).t(" "); nm(n, fr.p, "f"); b.t(") joined on the room camera."); }
  b.nl().t("Hub: "); fac(n, c.hospital()); b.t(" eCare Center, "); town(n); b.nl();
  staff(n, other(n), [", MD", ", DO"]); b.t(` (remote, licensed in ${c.state()}, lic `).v(c.licence(), "LICENSE").t(")").nl();
};

/** Medicare Outpatient Observation Notice (MOON) with the filled-in fields and signature. */
const moon: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.35);
  const when = c.recent();
  const hosp = c.hospital();
  const caps = c.chance(0.3);
  if (c.chance(0.35)) b.noise = ocrNoise(c, 0.03);
  b.t("MEDICARE OUTPATIENT OBSERVATION NOTICE").nl();
  b.t("Patient name: "); nm(n, n.pt, caps ? "LF" : "fl"); b.t(c.pick(["     ", "\t"])).t("Patient number: ");
  if (c.chance(0.5)) b.v(n.mrn, "MRN");
  else b.v(c.fin(), "ACCOUNT");
  b.nl();
  if (c.chance(0.6)) { b.t("Medicare number: ").v(c.mbi(), "HEALTH_PLAN").nl(); }
  b.t("You're a hospital outpatient receiving observation services at "); fac(n, hosp); b.t(". You are not an inpatient because: ").t(c.pick(["your doctor is monitoring your chest pain", "you need more testing before a decision", "you do not meet inpatient criteria"])).t(".").nl();
  b.t("Observation began: "); dt(n, when); b.t(` at ${hhmm(c)}`).nl();
  b.t("Age: "); age(n, a); b.t("   Attending: "); drName(n, other(n)); b.nl();
  b.t("Verbal notice given by "); nm(n, other(n), "fl"); b.t(c.pick([", RN CM", ", UR RN", ", Patient Access"])).t(" to ");
  if (c.chance(0.5)) { b.t("patient."); } else { b.t("representative "); const r = relative(n); nm(n, r.p, "fl"); b.t(` (${r.rel}), phone `); ph(n); b.t("."); }
  b.nl().t("Signature of patient or representative: ").t(c.pick(["/s/ ", "[signed] ", "X "])); nm(n, n.pt, caps ? "FL" : "fl"); b.t("   Date: "); dt(n, when); b.t(`   Time: ${hhmm(c)}`).nl();
  b.t(`CMS-10611 (exp. 08/31/2026)`).nl();
  b.noise = null;
};

/** Post-discharge follow-up phone call by a transitions nurse. */
const followupCall: Style = (n) => {
  const { b, c } = n;
  const p = pr(n);
  const a = pickAge(n, 0.3);
  const when = c.recent();
  b.t(c.pick(["Post-Discharge Follow-up Call", "TRANSITIONS OF CARE - 48 HR CALL", "Discharge callback (TCM)"])).nl();
  ptHeader(n, a);
  b.t("Discharged "); dt(n, c.plus(when, -2), true); b.t(" from "); fac(n, c.hospital()); b.t(". Call placed "); dt(n, when); b.t(` ${hhmm(c)} to `); ph(n, n.phone); b.t(".").nl();
  b.t("Spoke with ");
  const r = relative(n);
  if (c.chance(0.5)) { ptRef(n); b.t(` (2 identifiers verified: name and DOB `); dt(n, n.dob); b.t(")"); } else { relPhrase(n, r); b.t(` (on ${p.pos} HIPAA release)`); }
  b.t(`. ${p.Sub} ${c.pick(["is doing well", "has some swelling in legs", "is confused about new meds", "fell once last night, no injury"])}. `);
  b.t(`Meds picked up at ${c.chance(0.5) ? "" : c.pick(["CVS #", "Walgreens #"])}`);
  if (b.text.endsWith("#")) b.t(String(c.int(1000, 19999)));
  else fac(n, c.pick(["Wexley Family Pharmacy", "Thornbury Drug", "Red Oak Apothecary", "Calder Springs Pharmacy"]));
  b.t(`; confirmed stopping ${c.pick(L.DRUGS)} and starting ${c.pick(L.DRUGS)}. `);
  b.t("Appt with "); drName(n, other(n)); b.t(" on "); dt(n, c.plus(when, c.int(3, 12)), c.chance(0.6)); b.t(`; ride via ${c.pick(["son", "daughter", "MTM transport", "Medicaid NEMT"])}. `);
  if (c.chance(0.5)) { b.t("Updated e-mail on file: "); b.v(n.email, "EMAIL"); b.t(". "); }
  if (c.chance(0.4)) { b.t("New cell per "); nm(n, r.p, "f"); b.t(": "); spokenPhone(n); b.t(". "); }
  b.nl().t("-- "); staff(n, other(n), [", RN", ", BSN RN", ", LPN"]); b.nl();
};

export const STYLES_E: Record<string, Style> = {
  "nursing-shift-narrative": shiftNarrative,
  "family-update-call-log": familyCallLog,
  "tele-icu-note": teleIcu,
  "moon-notice": moon,
  "discharge-followup-call": followupCall,
};
