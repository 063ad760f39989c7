/** Sixth held-out corpus styles: intravitreal-log, family-meeting, mtm-letter, sbhc-visit, mobile-crisis. */
import { fmtDate } from "./kit";
import { CHAINS, SCHOOLS } from "./lists";
import { address, age, dt, nm, other, ph, pickAge, staff, wrapAt, type Style } from "./note";

const intravitrealLog: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.35);
  b.t("INTRAVITREAL INJECTION LOG - ").v(c.facility(["Eye Associates", "Retina Consultants", "Eye Institute"]), "FACILITY").nl();
  b.t("Pt "); nm(n, n.pt, c.pick(["lf", "LF", "fl"])); b.t("  "); age(n, a); b.t(c.pick(["yo", " y.o.", "Y"])).t("  Chart# ").v(n.mrn, "MRN").nl();
  b.t("Dx: nAMD OD (H35.3211); Snellen OD 20/80 -> 20/50; IOP 14/16 (Goldmann); OCT CST 312 um").nl();
  b.t("eye | drug            | lot       | date       | MD").nl();
  for (let i = 0; i < c.int(2, 4); i++) {
    b.t(`${c.pick(["OD ", "OS ", "OU "])} | ${c.pick(["aflibercept 2 mg", "faricimab 6 mg ", "Eylea HD 8 mg  ", "bevacizumab    "])} | ${c.lot()}    | `);
    b.v(fmtDate(c.recent(), c.pick(["mdy", "mdyy", "iso"])), "DATE").t(" | "); nm(n, other(n), c.pick(["l", "il"])); b.nl();
  }
  b.t("Post-injection: CF vision, optic nerve perfused, no AC reaction. Interval: treat-and-extend to ").t(String(c.int(6, 16))).t(" wk.").nl();
  b.t("Driver today: "); nm(n, other(n), "fl"); b.t("; plate ").v(c.plate(), "VEHICLE").t(" (valet ticket)").nl();
  b.t("Copay card ").v(c.id("ECP"), "ID").t("; Medicare MBI ").v(c.mbi(), "HEALTH_PLAN").nl();
};

const familyMeeting: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.4);
  const w = wrapAt(b, c.int(66, 80));
  b.t("PALLIATIVE CARE FAMILY MEETING NOTE").nl().t("Date: "); dt(n); b.t("   Location: ").v(c.facility(), "FACILITY").t(" ").t(c.pick(["4 West family room", "MICU conference room", "Room 12"])).nl();
  b.t(w("Present: patient ")); nm(n, n.pt, "fl"); b.t(w(" (")); age(n, a, c.chance(0.4)); b.t(w(" years old), daughter "));
  const d = other(n); nm(n, d, "fl"); b.t(w(" (HCPOA), son ")); const s = other(n); nm(n, s, "f"); b.t(w(" by speakerphone from ")).v(c.city(), "LOCATION").t(w(", chaplain ")); nm(n, other(n), "fl"); b.t(w(", and ")); staff(n, other(n), [", MD", ", NP", ", LCSW"]); b.t(w(". ")).nl();
  b.t(w("Goals: family describes the patient as fiercely independent; \"she ran the farm off ")).v(`${c.en.location.street()}`, "ADDRESS").t(w(" until ")).v(c.month(c.recent()).toLowerCase() + " " + String(c.int(2019, 2025)), "DATE").t(w(".\" PPS 30%, ")).t(c.lab()).t(w(". ")).nl();
  b.t(w("Decision: DNR/DNI, transition to comfort-focused care; hospice referral to ")).v(c.facility(["Hospice", "Home Health & Hospice"]), "FACILITY").t(w(". ")).v(d.first, "NAME").t(w(" will call ")).v(s.first, "NAME").t(w(" at ")); ph(n); b.t(w(". ")).nl();
  b.t("Time: 75 min, >50% counseling (99497, 99498). Pt said she wants to reach "); age(n, Math.max(a + 1, 90), c.chance(0.5)); b.t(".").nl();
};

const mtmLetter: Style = (n) => {
  const { b, c } = n;
  const store = c.chance(0.5);
  if (store) b.v(c.facility(["Pharmacy", "Apothecary", "Drug"]), "FACILITY").nl();
  else b.t(c.pick(CHAINS)).nl();
  b.v(c.street(), "ADDRESS").t(", ").v(c.city(), "LOCATION").t(", ").t(c.state()).t(" ").v(c.zip(), "ZIP").nl();
  b.t("Medication Therapy Management - Comprehensive Medication Review").nl().t("Date: "); dt(n); b.nl().nl();
  b.t("Dear "); nm(n, n.pt, c.pick(["fl", "f"])); b.t(",").nl();
  b.t("Thank you for talking with me on "); dt(n, c.recent(), true); b.t(". Your Part D plan (member ").v(c.member(), "HEALTH_PLAN").t(") offers this review at no cost.").nl();
  b.t("Your action plan: take metformin ER 1000 mg with supper; stop ibuprofen 400 mg (with lisinopril 20 mg and your kidneys, eGFR 48); use the Freestyle Libre 3 daily.").nl();
  b.t("We faxed Dr. "); nm(n, other(n), "l"); b.t(" at ").v(c.phone(), "FAX").t(" about switching to a statin.").nl();
  b.t("Sincerely,").nl(); nm(n, other(n), "fl"); b.t(", PharmD, BCACP  NPI ").v(c.npi(), "LICENSE").nl().t("CMR ID ").v(c.id("CMR"), "ID").t("   Call "); ph(n); b.nl();
};

const sbhcVisit: Style = (n) => {
  const { b, c } = n;
  b.t("school-based health center visit | ").v(c.pick(SCHOOLS), "FACILITY").t(" SBHC (sponsor: ").v(c.facility(), "FACILITY").t(")").nl();
  b.t("student: "); nm(n, n.pt, c.pick(["lc", "fl", "lf"])); b.t(" | gr ").t(String(c.int(6, 12))).t(" | student # ").v(c.num(7), "ID").t(" | dob "); dt(n, n.dob); b.nl();
  b.t("sent by ").t(c.pick(["Mr.", "Ms.", "Coach"])).t(" "); nm(n, other(n), "l"); b.t(" (rm 214) at ").t(c.time()).t(" - c/o wheeze after PE; peak flow 280 -> 360 after albuterol 4 puffs").nl();
  b.t("consent on file signed by "); nm(n, other(n), "fl"); b.t(" "); dt(n, c.recent(), true); b.t("; text guardian at "); ph(n); b.nl();
  b.t("PHQ-A 6, HEADSS done; confidential: ").t("pt asks not to tell mom about visit re contraception (minor consent, state statute)").nl();
  b.t("f/u "); dt(n, c.recent(), true); b.t(" w/ "); staff(n, other(n), [", PNP", ", LCSW", ", RN"]); b.t("  Medicaid ").v(c.member(), "HEALTH_PLAN").nl();
};

const mobileCrisis: Style = (n) => {
  const { b, c } = n;
  const w = wrapAt(b, 70);
  b.t("MOBILE CRISIS TEAM RESPONSE").nl().t("Call #: ").v(c.id("MCT-"), "ID").t("  Dispatch via 988 at ").t(c.time()).t("  Unit ").t(`MCT-${c.int(1, 9)}`).nl();
  b.t("Location: "); address(n, n.addr); b.t(" (").t(c.pick(["parking lot behind", "porch of", "inside"])).t(" residence)").nl();
  b.t("Client: "); nm(n, n.pt, c.pick(["fl", "lf", "FL"])); b.t(" aka \"").v(n.pt.nick ?? n.pt.first.split(" ")[0]!, "NAME").t("\"  DOB "); dt(n, n.dob); b.nl();
  b.t(w("Caller was neighbor ")); nm(n, other(n), "fl"); b.t(w(" who reported the client talking to himself and refusing to leave the road. C-SSRS screen positive for ideation without plan; PHQ-9 19. ")).nl();
  b.t(w("Team: ")); staff(n, other(n), [", LPC", ", CPRS", ", EMT"]); b.t(" and "); nm(n, other(n), "fl"); b.t(w(", peer. Deputy badge 4471 on scene, no hold. ")).nl();
  b.t("Safety plan; client agreed to voluntary eval at ").v(c.facility(["Crisis Stabilization Unit", "Behavioral Health"]), "FACILITY").t(". Transported in county van plate ").v(c.plate(), "VEHICLE").nl();
  b.t("Follow-up call "); dt(n, c.recent(), true); b.t(" to "); ph(n, n.phone); b.nl();
};

export const STYLES_C: Record<string, Style> = { "intravitreal-log": intravitrealLog, "family-meeting": familyMeeting, "mtm-letter": mtmLetter, "sbhc-visit": sbhcVisit, "mobile-crisis": mobileCrisis };
