/** Seventeenth corpus, styles C: inpatient consult, ED provider note, dictated consult with recognition errors, palliative, ethics, pharmacy. */
import type { D } from "./kit";
import * as L from "./lists";
import { age, ageIntro, ageWords, clin, dt, drName, fac, hhmm, nm, other, otherOf, pickAge, ph, pr, ptRef, relative, relPhrase, spokenPhone, srNoise, staff, town, type Style } from "./note";
import { ptHeader, signed } from "./parts";

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
function spokenDate(x: D, withYear: boolean): string {
  const d = x.d <= 20 ? ORD[x.d]! : x.d < 30 ? `twenty ${ORD[x.d - 20]}` : x.d === 30 ? "thirtieth" : "thirty first";
  const two = (k: number) => (k === 0 ? "hundred" : k < 10 ? `oh ${["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"][k]}` : k < 20 ? ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"][k - 10]! : ageWords(k));
  const yr = x.y >= 2000 ? (x.y < 2010 ? `two thousand ${x.y === 2000 ? "" : two(x.y - 2000).replace(/^oh /, "")}`.trim() : `twenty ${two(x.y - 2000)}`) : `nineteen ${two(x.y - 1900)}`;
  return `${MONTHS[x.m - 1]} ${d.replace("twenty twentieth", "twentieth")}${withYear ? ` ${yr}` : ""}`;
}

/** Inpatient consult note: requesting doctor, reason, recommendations, outside records from a named hospital. */
const inpatientConsult: Style = (n) => {
  const { b, c } = n;
  const p = pr(n);
  const a = pickAge(n, 0.3);
  const when = c.recent();
  const svc = c.pick(L.CONSULT_SERVICES);
  b.t(`${svc.toUpperCase()} CONSULTATION`).nl();
  ptHeader(n, a);
  b.t("Date of consult: "); dt(n, when); b.nl();
  const req = other(n);
  b.t("Requesting physician: "); staff(n, req, [", MD", ", DO"]); b.t(` (${c.pick(["hospitalist", "trauma surgery", "ortho", "MICU"])})`).nl();
  b.t(`Reason: ${c.pick(["AKI, Cr rising", "new AFib RVR", "bacteremia", "hyponatremia 118", "GI bleed"])}`).nl(2);
  b.t(`Thank you, `); drName(n, req); b.t(`, for involving us in the care of `); ptRef(n); b.t(", "); ageIntro(n, a); b.t(". ");
  b.t(`${p.Sub} was ${c.pick(["recently admitted to", "followed as an outpatient at", "last seen in our clinic after a stay at"])} `); fac(n, c.hospital()); b.t(" in "); town(n, c.town(), c.chance(0.4) ? c.state() : undefined); b.t(" "); b.v(c.monthYear(c.plus(when, -c.int(40, 500))), "DATE"); b.t(` for ${c.pick(["a similar episode", "CHF", "a fall"])}; records ${c.pick(["reviewed via Care Everywhere", "faxed and reviewed", "requested"])}. `);
  b.t(`Outpatient ${svc} is `); drName(n, other(n)); b.t(" at "); fac(n, c.pick(L.CLINICS)); b.t(".").nl(2);
  b.t(`Exam/data: ${clin(n)}; ${clin(n)}; ${c.pick(L.EPONYMS)}.`).nl();
  b.t(`Impression: ${c.pick(["prerenal AKI", "demand ischemia", "SIADH", "MSSA bacteremia, source likely line"])}.`).nl();
  b.t(`Recommendations: 1) ${c.pick(L.DRUGS)} ${c.pick(["hold", "start 1 g q24h", "increase to 40 mg BID"])}. 2) ${clin(n)}. 3) Will follow; d/w `); drName(n, req); b.t(" by phone.");
  if (c.chance(0.4)) { b.t(" Spoke with "); relPhrase(n, relative(n)); b.t("."); }
  b.nl(2);
  signed(n, other(n), when);
};

/** ED provider note: HPI, MDM, disposition; EMS, PCP and family named in prose. */
const edProvider: Style = (n) => {
  const { b, c } = n;
  const p = pr(n);
  const a = pickAge(n, 0.3);
  const when = c.recent();
  b.t(c.pick(["ED Provider Note", "EMERGENCY DEPARTMENT PHYSICIAN NOTE", "ED Physician Documentation"])).nl();
  ptHeader(n, a, c.hospital());
  b.t("Arrival: "); dt(n, when); b.t(` ${hhmm(c)} via ${c.pick(["EMS", "private vehicle", "wheelchair", "police"])}`).nl();
  b.t("HPI: "); ageIntro(n, a); b.t(` BIBA from `);
  if (c.chance(0.5)) { b.t("home at "); b.v(n.addr.line1, "ADDRESS"); if (n.addr.unit) b.t(" ").v(n.addr.unit, "ADDRESS"); b.t(", "); town(n, n.addr.city); }
  else fac(n, c.pick(L.SNF));
  b.t(` for ${c.pick(["syncope", "SOB", "AMS", "abd pain", "fall with head strike on Eliquis"])}. `);
  const r = relative(n);
  b.t("Per "); relPhrase(n, r); b.t(`, ${p.sub} ${c.pick(["was last normal at 2200", "has been coughing x3 days", "missed dialysis at "])}`);
  if (b.text.endsWith("at ")) { fac(n, c.pick(L.DIALYSIS)); b.t(" on "); dt(n, c.plus(when, -c.int(1, 3)), true); }
  b.t(". ");
  if (c.chance(0.2)) { b.t("Pt unable to give history; identified by PatientSecure palm scan (template ").v(`${c.hex(12)}`, "BIOMETRIC").t("). "); }
  b.nl();
  b.t(`ROS/Exam: ${clin(n)}. ${clin(n)}.`).nl();
  b.t(`MDM: ${c.pick(["Differential includes ACS, PE, sepsis", "Wells score low", "CT head neg"])}. ${clin(n)}. `);
  b.t("Discussed with "); drName(n, other(n)); b.t(` (${c.pick(["hospitalist", "cardiology", "GI on call"])}) at ${hhmm(c)}, who ${c.pick(["accepts for admission", "will see in ED", "recommends transfer"])}. `);
  if (c.chance(0.4)) { b.t("PCP "); drName(n, other(n)); b.t(" notified via fax "); ph(n, c.phone(), "FAX"); b.t(". "); }
  b.nl();
  b.t(`Dispo: ${c.pick(["admit", "observation", "transfer", "discharge home"])}. `);
  b.t("Contact: "); nm(n, r.p, c.pick(["f", "fl"])); b.t(` (${r.rel}) `); ph(n); b.nl();
  signed(n, other(n), when, [", MD", ", DO", ", PA-C"]);
};

/** Dictated consult with front-end speech recognition: lower-case names, spoken dates, homophones. */
const srConsult: Style = (n) => {
  const { b, c } = n;
  const p = pr(n);
  const a = pickAge(n, 0.35);
  const when = c.recent();
  const dict = other(n);
  b.t("DD: "); dt(n, when); b.t(` ${hhmm(c)}   DT: `); dt(n, c.plus(when, c.int(0, 1))); b.t("   Job #: ").v(c.digits(7), "ID").nl();
  b.t("Dictated by: "); nm(n, dict, c.pick(["LF", "lf"])); b.t(c.pick([" MD", " DO"])).nl(2);
  b.noise = srNoise(c, 0.05);
  b.t(c.pick(["consultation note ", "this is a consultation on ", "cardiology consult for "])); nm(n, n.pt, c.pick(["lc", "fl", "lc"])); b.t(" medical record number ");
  b.v(c.chance(0.5) ? n.mrn.replace(/\D/g, "").split("").join(" ") : n.mrn, "MRN");
  b.t(" date of birth "); b.v(c.chance(0.5) ? spokenDate(n.dob, true) : c.fullDate(n.dob), "DATE"); b.t(" period new paragraph ");
  b.t(`${p.sub} is a `); age(n, a, true); b.t(` year old ${p.noun} seen at the request of doctor `); b.v(other(n).last.toLowerCase(), "NAME"); b.t(` for ${c.pick(["a trial fibrillation", "new murmur", "elevated trope onin", "sink a pee"])} period `);
  b.t(`${p.sub} was admitted on `); b.v(spokenDate(c.plus(when, -c.int(1, 4)), c.chance(0.3)), "DATE"); b.t(" after ");
  const r = relative(n);
  b.t(`${p.pos} ${r.rel} `); nm(n, r.p, c.pick(["lc", "f"] as const)); b.t(` found ${p.obj} down at home in `); b.v(n.addr.city.toLowerCase(), "LOCATION"); b.t(" comma ");
  b.t(`${c.pick(["she", "he"])} lives on `); b.v(c.pick(L.STREET_STEMS).toLowerCase() + " " + c.pick(["road", "street", "lane"]), "ADDRESS"); b.t(" period ");
  b.t(`${c.pick(["past medical history significant for", "pmh of"])} ${c.pick(["hyper tension", "die a beetus type two", "grave's disease", "parkinson's", "c o p d"])} period `);
  b.t(`medications include ${c.pick(["eliquis five milligrams twice daily", "lasix forty", "metoprolol twenty five", "heather one tablet daily", "camila daily"])} period new paragraph `);
  b.t(`${c.pick(["exam", "on exam"])} ${clin(n)} period ${c.pick(["assessment and plan", "impression"])} colon ${c.pick(["will start a pixie ban", "echo ordered", "holter at discharge"])} period `);
  b.t(`i discussed this with ${p.pos} ${r.rel} who can be reached at `); spokenPhone(n); b.t(" period ");
  b.t("follow up in clinic with doctor "); nm(n, dict, "l"); b.t(" on "); b.v(spokenDate(c.plus(when, c.int(7, 30)), false), "DATE"); b.t(" period end of dictation");
  b.noise = null;
  b.nl(2).t("cc: "); drName(n, other(n)); b.t(", "); fac(n, c.pick(L.CLINICS)); b.nl();
};

/** Palliative care consult: goals-of-care conversation in prose, surrogate, spiritual support, hospice agency. */
const palliative: Style = (n) => {
  const { b, c } = n;
  const p = pr(n);
  const a = pickAge(n, 0.5);
  const when = c.recent();
  b.t(c.pick(["Palliative Care Consult", "PALLIATIVE MEDICINE INITIAL CONSULTATION", "Supportive & Palliative Care - Initial Visit"])).nl();
  ptHeader(n, a);
  b.t("Date: "); dt(n, when); b.t(". Requested by "); drName(n, other(n)); b.t(" for goals of care.").nl(2);
  ptRef(n); b.t(" is "); ageIntro(n, a); b.t(` with ${c.pick(["metastatic pancreatic ca", "end-stage COPD", "ESRD declining HD", "advanced dementia (FAST 7c)", "HFrEF EF 15%"])}. `);
  const r1 = relative(n);
  const r2 = relative(n);
  b.t("We met in the family room with "); relPhrase(n, r1); b.t(` (HCPOA), `); relPhrase(n, r2, false); b.t(c.chance(0.5) ? ", and chaplain " : ", and SW "); nm(n, other(n), "fl"); b.t(". ");
  if (c.chance(0.5)) { b.t("A grandson joined by video (link "); b.v(`https://${c.pick(["meet", "vv", "zoom"])}.${c.pick(["mercyridge", "wexleyregional", "ostranderhealth"])}.org/j/${c.digits(10)}?pwd=${c.hex(8)}`, "URL").t("). "); }
  b.t(`${p.Sub} was ${c.pick(["a schoolteacher in", "a farmer outside", "a nurse at"])} `);
  if (b.text.endsWith("at ")) fac(n, c.hospital()); else town(n);
  b.t(` and says ${c.pick(['"I don\'t want to be kept alive on machines."', '"I want to make it to my granddaughter\'s wedding."', '"let the Lord decide."'])} `);
  nm(n, r1.p, "f"); b.t(` recalls that ${p.sub} watched ${p.pos} late ${n.pt.sex === "F" ? "husband" : "wife"} `); nm(n, otherOf(n, n.pt.sex === "F" ? "M" : "F"), c.pick(["f", "fl"])); b.t(" die at ");
  fac(n, c.pick(L.HOSPICES)); b.t(" in "); b.v(c.monthYear(c.plus(when, -c.int(200, 3000))), "DATE"); b.t(".").nl(2);
  b.t(`Outcome: ${c.pick(["DNR/DNI, comfort-focused care", "DNR, continue current treatment, no escalation", "time-limited trial of BiPAP x72h"])}. POLST completed. `);
  b.t(`Referral to `); fac(n, c.pick(L.HOSPICES)); b.t(` (intake RN `); nm(n, other(n), "fl"); b.t(", "); ph(n); b.t(`). ${c.pick(["Dilaudid 0.2 mg IV q2h PRN", "morphine 2.5 mg SL q2h PRN", "Haldol 0.5 mg q6h PRN"])}.`).nl();
  signed(n, other(n), when, [", MD", ", DO", ", NP", ", APRN"]);
};

/** Ethics consultation: surrogate conflict among family members, each named. */
const ethics: Style = (n) => {
  const { b, c } = n;
  const p = pr(n);
  const a = pickAge(n, 0.45);
  const when = c.recent();
  b.t("ETHICS CONSULTATION  #").v(`EC-${c.int(25, 26)}-${c.digits(3)}`, "ID").nl();
  ptHeader(n, a);
  b.t("Requested "); dt(n, when); b.t(" by "); drName(n, other(n)); b.t(" (MICU).").nl(2);
  b.t("Question: who is the appropriate surrogate, and must the team continue CPR-inclusive treatment? ").nl();
  ptRef(n); b.t(", "); ageIntro(n, a); b.t(`, has no advance directive. ${p.Sub} has been ${c.pick(["intubated since", "unresponsive since", "in the ICU since"])} `); dt(n, c.plus(when, -c.int(5, 30)), true); b.t(". ");
  const r1 = relative(n); const r2 = relative(n); const r3 = relative(n);
  b.t("Family: "); relPhrase(n, r1, false); b.t(` (lives with ${p.obj} in `); town(n, n.addr.city); b.t(") wants comfort care; "); relPhrase(n, r2, false); b.t(` (from `); town(n, c.town(), c.state()); b.t(") wants \"everything\"; "); relPhrase(n, r3, false); b.t(" has not been reached (last known number "); ph(n); b.t(").").nl();
  b.t("Per state statute the adult children share priority equally. Met with family on "); dt(n, c.plus(when, 1), true); b.t(" with facilitator "); nm(n, other(n), "fl"); b.t(`, ${c.pick(["PhD, HEC-C", "MA, HEC-C", "RN, MBE"])}.`).nl();
  b.t(`Recommendations: ${c.pick(["majority of available surrogates; document attempts to reach absent child", "time-limited trial with re-evaluation in 72 h", "ethics committee review if no consensus"])}.`).nl();
  signed(n, other(n), c.plus(when, 1), [", MD", ", PhD", ", MA, HEC-C"]);
};

/** Pharmacy pharmacokinetic consult (vancomycin/aminoglycoside): many numbers that are not identifiers. */
const pharmacyPk: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.3);
  const when = c.recent();
  b.t(c.pick(["Pharmacy Consult - Vancomycin Dosing", "PHARMACOKINETIC CONSULT", "Pharmacy to dose: aminoglycoside"])).nl();
  ptHeader(n, a);
  b.t("Consult ordered by "); drName(n, other(n)); b.t(" on "); dt(n, when, c.chance(0.5)); b.t(` for ${c.pick(["MRSA bacteremia", "HCAP", "osteomyelitis", "neutropenic fever"])}.`).nl();
  b.t(`Ht ${c.int(150, 193)} cm, Wt ${c.int(40, 160)} kg, IBW ${c.int(45, 85)} kg, CrCl ${c.int(12, 110)} mL/min (Cockcroft-Gault). `); ptRef(n); b.t(" is "); age(n, a); b.t(` yo; SCr ${c.int(0, 4)}.${c.int(1, 9)}.`).nl();
  b.t(`Levels: trough ${c.int(5, 28)}.${c.int(0, 9)} mcg/mL drawn ${hhmm(c)}; AUC24 est ${c.int(320, 720)} (goal 400-600). Ratio ${c.int(1, 3)}:${c.int(1, 9)}.`).nl();
  b.t(`Plan: vancomycin ${c.int(10, 20)}50 mg IV q${c.pick(["12", "24", "8"])}h; next level `); dt(n, c.plus(when, c.int(1, 3)), true); b.t(` before 4th dose. ${c.pick(["Zosyn 4.5 g q8h EI", "Rocephin 2 g q24h", "Cleocin 600 q8h"])} per ID (`); drName(n, other(n)); b.t(").").nl();
  b.t("Discussed with RN "); nm(n, other(n), c.pick(["f", "fl"])); b.t(". Pharmacy will follow.").nl();
  nm(n, other(n), "fl"); b.t(c.pick([", PharmD, BCPS", ", PharmD", ", RPh"])).t("  ext ").t(String(c.int(2000, 7999))).t("  "); dt(n, when); b.nl();
};

export const STYLES_C: Record<string, Style> = {
  "inpatient-consult": inpatientConsult,
  "ed-provider-note": edProvider,
  "sr-error-consult": srConsult,
  "palliative-consult": palliative,
  "ethics-consult": ethics,
  "pharmacy-pk-consult": pharmacyPk,
};
