/** Seventeenth corpus, styles A: admission H&P, progress notes, cross-cover, attestation, verbal handoff. */
import * as L from "./lists";
import { address, age, ageIntro, clin, dt, drName, fac, hhmm, nm, other, pickAge, ph, pr, ptRef, relative, relPhrase, spokenPhone, staff, town, type Style } from "./note";
import { ptHeader, signed } from "./parts";

/** Admission H&P with the social history in prose: home, family, employer, referring clinic. */
const admissionHp: Style = (n) => {
  const { b, c } = n;
  const p = pr(n);
  const a = pickAge(n, 0.3);
  const hosp = c.hospital();
  const when = c.recent();
  b.t(c.pick(["HISTORY AND PHYSICAL", "Hospitalist Admission H&P", "ADMISSION HISTORY & PHYSICAL", "H&P - Internal Medicine"])).nl();
  ptHeader(n, a, hosp);
  if (c.chance(0.25)) { b.t("Identity verified by PatientSecure palm scan, template ").v(`PS-${c.hex(8).toUpperCase()}`, "BIOMETRIC").nl(); }
  b.t("Date of admission: "); dt(n, when); b.nl();
  const pcp = other(n);
  b.t("PCP: "); staff(n, pcp, [", MD", ", DO", ", FNP-C"]); b.t(" at "); fac(n, c.pick(L.CLINICS)); b.nl(2);
  b.t("HPI: "); ptRef(n); b.t(" is "); ageIntro(n, a); b.t(` with ${c.pick(["HFrEF", "COPD on 2L home O2", "CKD 4", "DM2", "cirrhosis"])} who presents with ${c.pick(["3 days of worsening dyspnea", "fever and confusion", "melena since Tuesday", "a fall at home", "chest pain"])}. `);
  const r1 = relative(n);
  b.t(`History is obtained from ${p.obj} and from `); relPhrase(n, r1); b.t(", who ");
  b.t(c.pick(["found " + p.obj + " on the bathroom floor", "noticed " + p.pos + " legs swelling", "drove " + p.obj + " in"])).t(" on "); dt(n, c.plus(when, -c.int(1, 3)), true); b.t(". ");
  if (c.chance(0.6)) { b.t(`${p.Sub} was seen at `); fac(n, c.hospital()); b.t(" in "); town(n); b.t(" on "); dt(n, c.plus(when, -c.int(5, 40)), c.chance(0.5)); b.t(` and discharged on ${c.pick(L.DRUGS)}. `); }
  b.t(`In the ED: ${clin(n)}; ${clin(n)}. ED physician `); drName(n, other(n)); b.t(" requested admission.").nl(2);
  b.t(`PMH: ${c.pick(["HTN, HLD", "AFib on " + c.pick(["Eliquis", "Xarelto"]), "Graves disease s/p RAI", "Parkinson disease", "Crohn's disease"])}, ${c.pick(L.EPONYMS)}.`).nl();
  b.t(`PSH: ${c.pick(["Whipple", "CABG x3", "TKA", "Roux-en-Y", "Hartmann pouch, reversed"])} (${c.int(1995, 2024)}).`).nl();
  b.t("Social: ");
  const r = c.int(0, 3);
  if (r === 0) { b.t(`Lives alone off `).v(c.pick(L.ROADS), "ADDRESS").t(` near ${c.pick(L.LANDMARKS)} in `); town(n, n.addr.city); b.t(". "); }
  else if (r === 1) { b.t(`Lives with ${p.pos} `); const sp = relative(n); b.t(sp.rel).t(" "); nm(n, sp.p, "f"); b.t(" at "); address(n, n.addr, " in ", false, c.chance(0.6)); b.t(". "); }
  else if (r === 2) { b.t(`Resides at `); fac(n, c.pick(L.SNF)); b.t(` (long-term care) since `); b.v(c.monthYear(c.plus(when, -c.int(60, 700))), "DATE"); b.t(". "); }
  else { b.t("Home: "); address(n, n.addr); b.t(`; ${p.sub} lives with a roommate. `); }
  b.t(c.pick([`Retired from `, `Works at `, `Formerly worked for `])); fac(n, c.pick(L.EMPLOYER_NAMES)); b.t(`. ${c.pick(["Quit smoking in 2009.", "Denies EtOH.", "1 ppd x 40 yrs.", "Drinks 2-3 beers/day."])}`).nl();
  b.t("Family hx: mother with ").t(c.pick(["Addison disease", "breast ca", "CAD"])).t(", died age ").t(String(c.int(50, 88))).t(".").nl(2);
  b.t(`Exam: ${clin(n)}. ${c.pick(["Murphy's sign negative.", "Babinski sign absent.", "JVD to angle of jaw."])}`).nl();
  b.t(`Assessment/Plan: admit to ${c.pick(["telemetry", "med-surg", "step-down"])}; ${clin(n)}. Code status: ${c.pick(["Full", "DNR/DNI", "DNR, OK to intubate"])}, confirmed with `); relPhrase(n, r1, false);
  if (c.chance(0.6)) { b.t(" (cell "); ph(n); b.t(")"); }
  b.t(".").nl(2);
  signed(n, other(n), when);
};

/** Hospitalist daily progress note (SOAP) with consultants and family named in prose. */
const hospitalistProgress: Style = (n) => {
  const { b, c } = n;
  const p = pr(n);
  const a = pickAge(n, 0.25);
  const when = c.recent();
  b.t(c.pick(["Progress Note - Hospital Medicine", "HOSPITALIST PROGRESS NOTE", "Daily Progress Note", "Medicine Progress Note (HD#" + c.int(2, 12) + ")"])).nl();
  if (c.chance(0.5)) { nm(n, n.pt, "LF"); b.t("  ").v(n.mrn, "MRN").t("  "); age(n, a); b.t(n.pt.sex).t("  Rm ").t(`${c.int(2, 6)}${c.pick(["N", "W", "E"])}-${c.int(100, 450)}`).nl(); }
  else ptHeader(n, a);
  b.t("Date of service: "); dt(n, when); b.nl(2);
  b.t("S: ");
  const r1 = relative(n);
  b.t(c.pick([`Overnight ${p.sub} was agitated; `, `No acute events overnight. `, `Per night RN, `])); if (c.chance(0.6)) { nm(n, other(n), c.pick(["f", "fl"])); b.t(" RN reported "); b.t(c.pick(["2 episodes of emesis. ", "Foley catheter removed at 0600. ", "sundowning, redirected. "])); }
  b.t(`${p.Sub} says `); b.t(c.pick(['"I want to go home to my dog." ', '"better than yesterday." ', '"they keep waking me up." ']));
  relPhrase(n, r1); b.t(` visited ${c.pick(["this morning", "last evening", "at lunch"])}${c.chance(0.5) ? " and plans to return " : "; back "}`); dt(n, c.plus(when, 1), true); b.t(".").nl();
  b.t(`O: ${clin(n)}. ${clin(n)}. ${clin(n)}.`).nl();
  b.t("A/P:").nl();
  const cons = other(n);
  b.t(`1. ${c.pick(["AKI on CKD", "Sepsis d/t UTI", "NSTEMI", "Acute on chronic HFrEF", "Hyponatremia"])} - `).t(c.pick(["discussed with ", "d/w ", "appreciate recs from "])); drName(n, cons); b.t(` (${c.pick(L.CONSULT_SERVICES)}) `).t(c.pick(["at bedside", "by phone", "via secure chat"])).t(`; ${clin(n)}.`).nl();
  b.t(`2. ${c.pick(["Afib", "DVT ppx", "Delirium", "Diabetes"])} - ${c.pick(L.DRUGS)}; ${c.pick(L.EPONYMS)}.`).nl();
  b.t("3. Dispo - ");
  if (c.chance(0.5)) { b.t("CM following; referral sent to "); fac(n, c.pick(L.SNF)); b.t(", auth pending with ").t(c.pick(L.PAYERS)).t(". "); }
  else { b.t("home with home health when cleared by PT; "); relPhrase(n, r1); b.t(" can pick up. "); }
  b.t("Anticipate d/c "); dt(n, c.plus(when, c.int(1, 3)), true); b.t(".").nl();
  if (c.chance(0.5)) { b.t("Updated "); nm(n, r1.p, "f"); b.t(" at "); if (c.chance(0.4)) spokenPhone(n); else ph(n); b.t(` at ${hhmm(c)}.`).nl(); }
  b.nl();
  signed(n, other(n), when);
};

/** ICU progress note by systems with a family update in prose. */
const icuProgress: Style = (n) => {
  const { b, c } = n;
  const p = pr(n);
  const a = pickAge(n, 0.3);
  const when = c.recent();
  b.t(c.pick(["MICU Progress Note", "CRITICAL CARE PROGRESS NOTE", "ICU Daily Note - Attending", "Neuro ICU progress note"])).nl();
  ptHeader(n, a, c.hospital());
  b.t("ICU day ").t(String(c.int(2, 19))).t(c.pick([" - ", ", ", " | DOS "])); dt(n, when); b.nl();
  b.t(`24h events: ${c.pick(["self-extubated and reintubated", "new pressor requirement", "bronched for mucus plugging", "CRRT started"])}; `).t(c.pick(["fellow ", "resident ", "APP "])); nm(n, other(n), c.pick(["fl", "il", "l"])); b.t(" at bedside.").nl(2);
  b.t(`Neuro: ${c.pick(["RASS -2 on Precedex", "GCS 7T", "CAM-ICU +"])}. Seen by `); drName(n, other(n)); b.t(" (neurology).").nl();
  b.t(`CV: ${clin(n)}; ${c.pick(["Levophed 0.08", "Vasostrict 0.04", "off pressors"])}.`);
  if (c.chance(0.5)) { b.t(` ${c.pick(["Impella CP", "HeartMate 3 LVAD", "dual-chamber PPM", "ICD (Boston Sci)"])} s/n `).v(c.serial(), "DEVICE").t(" interrogated."); }
  b.nl();
  b.t(`Resp: ${clin(n)}. ${c.pick(["SBT failed", "CXR with R>L infiltrates", "Cheyne-Stokes respirations noted"])}.`).nl();
  b.t(`Renal: ${clin(n)}. ID: ${c.pick(L.DRUGS)} D${c.int(2, 9)}. Heme: ${clin(n)}.`).nl();
  b.t("Family: ");
  const r1 = relative(n);
  b.t(c.pick(["Met with ", "Spoke with ", "Called "])); relPhrase(n, r1); b.t(c.pick([" and ", " along with "]));
  const r2 = relative(n); relPhrase(n, r2, false);
  b.t(c.pick([` who drove in from `, ` (in from `])); town(n, c.town(), c.state()); b.t(c.pick([". ", "). "]));
  b.t(`They understand ${p.pos} prognosis is guarded; `); nm(n, r1.p, "f"); b.t(" is HCPOA");
  if (c.chance(0.5)) { b.t(", best reached at "); ph(n); }
  b.t(". Next family meeting ");
  dt(n, c.plus(when, c.int(1, 3)), true); b.t(` at ${hhmm(c)}.`).nl(2);
  b.t("Critical care time ").t(String(c.int(31, 95))).t(" min exclusive of procedures.").nl();
  signed(n, other(n), when);
};

/** Night cross-cover event note: paged by the RN, what was done, who was called. */
const crossCover: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.3);
  const when = c.recent();
  b.t(c.pick(["Cross-Cover Event Note", "NIGHT FLOAT EVENT NOTE", "Nocturnist note", "Overnight event - hospitalist"])).nl();
  if (c.chance(0.5)) ptHeader(n, a);
  else { b.t("re: "); nm(n, n.pt, c.pick(["lfi", "LF", "fl"])); b.t(", ").v(n.mrn, "MRN").t(", rm ").t(String(c.int(201, 699))).nl(); }
  b.t(`Paged at ${hhmm(c)} on `); dt(n, when, c.chance(0.5)); b.t(" by "); nm(n, other(n), c.pick(["f", "fl", "il"])); b.t(c.pick([", RN", " RN", " (charge)"])).t(` for ${c.pick(["HR 140s", "BP 78/40", "new confusion", "a fall out of bed", "SpO2 84%", "chest pain 7/10"])}. `);
  b.t(`On my arrival ${clin(n)}. `);
  b.t(c.pick(["Gave ", "Ordered "])).t(`${c.pick(L.DRUGS)} ${c.pick(["5 mg IV", "500 mL LR bolus", "0.5 mg IV", "40 mg IV"])}; `).t(clin(n)).t(". ");
  if (c.chance(0.6)) { b.t("Discussed with "); drName(n, other(n)); b.t(` (${c.pick(["cardiology fellow", "ICU", "surgery", "neurology"])}) who ${c.pick(["agrees with plan", "will see in AM", "accepted to MICU"])}. `); }
  const r1 = relative(n);
  b.t(c.pick(["Called ", "Left VM for ", "Updated "])); relPhrase(n, r1); b.t(" at "); if (c.chance(0.35)) spokenPhone(n); else ph(n); b.t(". ");
  b.t(c.pick(["Will sign out to day team ", "Day team aware: "])); drName(n, other(n)); b.t(".").nl();
  if (c.chance(0.3)) { b.t("Rapid response not called. Event #").v(`${c.pick(["EV", "SR", "RL"])}${c.digits(7)}`, "ID").t(" filed in RL6.").nl(); }
  b.t("-- "); nm(n, other(n), "fl"); b.t(c.pick([", MD", ", DO", ", NP"])).t(` ${hhmm(c, false)}`).nl();
};

/** Teaching physician attestation addendum: resident named, NPI in the signature. */
const attestation: Style = (n) => {
  const { b, c } = n;
  const p = pr(n);
  const a = pickAge(n, 0.35);
  const when = c.recent();
  b.t(c.pick(["ATTENDING ATTESTATION", "Teaching Physician Attestation", "Attending addendum"])).nl();
  if (c.chance(0.6)) ptHeader(n, a);
  const res = other(n);
  b.t(c.pick(["I saw and examined ", "I personally saw and evaluated "])); ptRef(n); b.t(" with "); nm(n, res, c.pick(["fl", "il", "l"])); b.t(c.pick([", MD (PGY-2)", " (resident)", ", DO PGY1", " (intern)"])).t(" on "); dt(n, when, c.chance(0.4));
  b.t(c.pick([" and agree with the findings and plan as documented in the resident's note", " and discussed the case in detail"])).t(", with the following additions: ");
  b.t(`${p.Sub} is `); ageIntro(n, a); b.t(` with ${c.pick(["sepsis", "DKA", "ESLD", "COPD exacerbation"])}; ${clin(n)}. `);
  if (c.chance(0.6)) { b.t("Spoke with "); const r = relative(n); relPhrase(n, r); b.t(" at the bedside about "); b.t(c.pick(["code status.", "the plan for EGD tomorrow.", "placement."])); b.t(" "); }
  b.t(`Time spent ${c.int(35, 80)} minutes, >50% counseling.`).nl();
  const att = other(n);
  nm(n, att, "fl"); b.t(c.pick([", MD", ", DO"])).t("  NPI ").v(c.npi(), "LICENSE");
  if (c.chance(0.3)) b.t("  DEA ").v(c.dea(att.last), "LICENSE");
  b.t("  "); dt(n, when); b.nl();
};

/** Transcribed verbal I-PASS handoff for one patient (resident to resident, spoken style). */
const ipassVerbal: Style = (n) => {
  const { b, c } = n;
  const p = pr(n);
  const a = pickAge(n, 0.35);
  const when = c.recent();
  const me = other(n);
  const you = other(n);
  b.t(c.pick(["[Handoff recording transcript - PGY team B]", "Verbal handoff (auto-transcribed)", "I-PASS verbal - transcript"])).nl();
  nm(n, me, "f"); b.t(": ok so bed twelve is "); nm(n, n.pt, c.pick(["fl", "lc", "l"])); b.t(`, ${c.pick(["", `${p.sub}'s `])}`); age(n, a, c.chance(0.5)); b.t(`, ${c.pick(["watcher", "stable", "unstable"])}. Came in `); dt(n, c.plus(when, -c.int(1, 5)), true); b.t(` with ${c.pick(["GI bleed", "CHF", "pyelo", "COPD flare"])}.`).nl();
  nm(n, you, "f"); b.t(": got it. code status?").nl();
  nm(n, me, "f"); b.t(": DNR, talked to ");
  const r = relative(n); relPhrase(n, r); b.t(` today. ${c.pick(["if", "If"])} ${p.sub} drops ${p.pos} pressure call ${r.p.sex === "F" ? "her" : "him"}, number's `); if (c.chance(0.5)) spokenPhone(n); else ph(n); b.t(".").nl();
  nm(n, you, "f"); b.t(": and who's the GI fellow?").nl();
  nm(n, me, "f"); b.t(": "); drName(n, other(n)); b.t(`, pager ${c.int(2000, 9999)}. scope's at ${hhmm(c)}. ${clin(n)}.`).nl();
  nm(n, you, "f"); b.t(": synthesis, ok: bleed, DNR, ").t(c.pick(["hold the Eliquis", "two units ordered", "check H/H at 2"])).t(".").nl();
  b.t("[end "); dt(n, when); b.t(` ${hhmm(c)}]`).nl();
};

export const STYLES_A: Record<string, Style> = {
  "admission-hp": admissionHp,
  "hospitalist-progress": hospitalistProgress,
  "icu-progress-systems": icuProgress,
  "overnight-cross-cover": crossCover,
  "attending-attestation": attestation,
  "ipass-verbal-transcript": ipassVerbal,
};
