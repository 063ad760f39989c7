/** Family-medicine and family-written styles of the eighteenth held-out corpus. */
import { addDays, fmtDate } from "./kit";
import { address, addrBlock, age, childPatient, clin, elderAge, fac, hhmm, kin, nm, other, staff, typos, womanPatient, type Style } from "./note";
import * as L from "./lists";

export const STYLES_C: Record<string, Style> = {
  "peds-previsit-portal": (n) => {
    const { b, c } = n;
    childPatient(n);
    n.dob = { y: c.int(2019, 2024), m: c.int(1, 12), d: c.int(1, 28) };
    const mom = kin(n, "F");
    const dad = kin(n, "M");
    const sib = kin(n, c.chance(0.5) ? "F" : "M");
    const gg = other(n, "F", true);
    n.email = c.email(mom);
    const his = n.pt.sex === "F" ? "her" : "his";
    b.t("Pre-Visit Questionnaire — submitted ").v(fmtDate(c.recent(), "iso"), "DATE").t(` ${hhmm(c)} from `).v(c.chance(0.7) ? c.ipv4() : c.ipv6(), "IP").nl(2);
    b.noise = typos(c, 0.03);
    b.t("Q: Child's name\nA: "); nm(n, n.pt, "lc"); b.nl();
    b.t("Q: Child's date of birth\nA: ").v(c.typedDate(n.dob), "DATE").nl();
    b.t("Q: Who is completing this form?\nA: "); b.t(c.pick([`me ${his} mom `, "its mom ", "mom - ", "me (mother) "])); nm(n, mom, "lc"); b.nl();
    b.t(`Q: Reason for visit\nA: ${c.pick(["checkup and shots for pre k at ", "well check, needs form for ", "4 yr physical for "])}`); fac(n, c.daycare().toLowerCase()); b.nl();
    b.t("Q: Any changes since the last visit (address, phone, insurance)?\nA: we moved to ").v(n.addr.line1.toLowerCase(), "ADDRESS").t(" in ").v(n.addr.city.toLowerCase(), "LOCATION").t(". new cell is ").v(n.phone, "PHONE").nl();
    b.t(`Q: Who lives in the home?\nA: me, ${his} dad `); nm(n, dad, "f"); b.t(", baby "); nm(n, sib, "f"); b.t(" (born ").v(c.typedDate(c.recent()), "DATE").t(c.pick([") and my grandma ", "), great granny "])); nm(n, gg, "f"); b.t(" who is "); age(n, elderAge(n, 0.8)); b.nl();
    b.t(`Q: Concerns\nA: ${c.pick(["he snores alot and stops breathing sometimes", "picky eater, only eats nuggets", "speech - only 20 words", "rash on his back wont go away"])}. ${c.pick(["tylenol helps", "tried zyrtec", "no meds"])}`).nl();
    b.t("Q: E-mail for after visit summary\nA: ").v(n.email, "EMAIL").nl();
  },

  "adult-portal-intake": (n) => {
    const { b, c } = n;
    const spouse = other(n);
    const prev = other(n);
    const gm = other(n, "F", true);
    b.t("New Patient Online Intake — Form ID ").v(`NP-${c.digits(8)}`, "ID").t(" — received ").v(c.fullDate(c.recent()), "DATE").t(" — IP ").v(c.ipv4(), "IP").nl();
    b.noise = typos(c, 0.035);
    b.t("legal name: "); nm(n, n.pt, "lc"); b.nl();
    if (n.pt.nick) { b.t("preferred name: ").v(n.pt.nick.toLowerCase(), "NAME").nl(); }
    b.t("date of birth: ").v(c.typedDate(n.dob), "DATE").nl();
    b.t("phone: ").v(n.phone, "PHONE").t("   email: ").v(n.email.toLowerCase(), "EMAIL").nl();
    b.t("address: ").v(n.addr.line1.toLowerCase(), "ADDRESS"); if (n.addr.unit) b.t(" ").v(n.addr.unit.toLowerCase(), "ADDRESS");
    b.t(" ").v(n.addr.city.toLowerCase(), "LOCATION").t(` ${n.addr.state.toLowerCase()} `).v(n.addr.zip, "ZIP").nl();
    b.t("previous doctor: dr ").v(prev.last.toLowerCase(), "NAME").t(" at "); fac(n, c.facility("clinic").toLowerCase()); b.nl();
    b.t(`why are you switching: ${c.pick(["moved here for work", "my old dr retired", "insurance changed", "want a doctor for the whole family"])}`).nl();
    b.t(`medications: ${c.pick(["lexapro 10", "none", "metformin, lisinopril", "birth control (sprintec)", "adderall 20 xr"])}`).nl();
    b.t(`family history: mom - diabetes, dad had heart attack at ${c.int(40, 70)}, grandma `); nm(n, gm, "lc"); b.t(" is "); age(n, elderAge(n, 0.7)); b.t(" and sharp as a tack").nl();
    b.t("emergency contact: "); b.t(c.pick(["husband ", "wife ", "partner ", "sister "])); nm(n, spouse, "lc"); b.t(" ").v(c.phone(), "PHONE").nl();
    b.t("employer: "); fac(n, c.pick(L.EMPLOYERS).replace(/^the /, "").toLowerCase()); b.t("   insurance member id: ").v(c.member(), "HEALTH_PLAN").nl();
    if (c.chance(0.6)) { b.t(c.pick(["ssn (optional): ", "social: ", "ssn last 4: "])); b.v(/last 4/.test(b.text.slice(-14)) ? c.digits(4) : c.ssn(), "SSN").nl(); }
  },

  "parent-fever-diary": (n) => {
    const { b, c } = n;
    childPatient(n);
    n.dob = { y: c.int(2020, 2025), m: c.int(1, 12), d: c.int(1, 28) };
    const sib = kin(n, c.chance(0.5) ? "F" : "M");
    const nurse = other(n, "F");
    const doc = other(n);
    b.noise = typos(c, 0.02);
    b.t(`${c.pick(["Notes", "notes app export", "shared note"])} — "`).v(n.pt.first, "NAME").t(` ${c.pick(["sick log", "fever log", "meds + temps"])}"`).nl();
    let x = c.recent();
    for (let i = 0; i < c.int(2, 4); i++) {
      b.t(`${["sun", "mon", "tues", "wed", "thurs", "fri", "sat"][c.int(0, 6)]} `).v(`${x.m}/${x.d}`, "DATE").nl();
      for (let j = 0; j < c.int(1, 3); j++) b.t(`${c.int(1, 12)}:${String(c.int(0, 59)).padStart(2, "0")}${c.pick(["am", "pm", ""])} ${c.int(99, 104)}.${c.int(0, 9)} ${c.pick(["gave motrin 5ml", "tylenol 7.5 ml", "no meds", "puked", "slept", "drank 4oz pedialyte"])}`).nl();
      x = addDays(x, 1);
    }
    b.t("called nurse line, talked to "); nm(n, nurse, "f"); b.t(", said watch for dehydration").nl();
    b.t("daycare ("); fac(n, c.daycare()); b.t(") called at noon, has to be fever free 24h").nl();
    b.t(sib.sex === "F" ? c.pick(["her sister ", "sister "]) : c.pick(["brother ", "big brother "])); nm(n, sib, "f"); b.t(" coughing too").nl();
    b.t("appt ").v(c.typedDate(x), "DATE").t(` ${c.int(8, 4 + 8)}:${c.pick(["00", "15", "30", "45"])} w dr `).v(doc.last.toLowerCase(), "NAME").t(". insurance card # ").v(c.medicaid(), "HEALTH_PLAN").nl();
  },

  "caregiver-authorization-affidavit": (n) => {
    const { b, c } = n;
    childPatient(n);
    n.dob = { y: c.int(2010, 2023), m: c.int(1, 12), d: c.int(1, 28) };
    const old = c.chance(0.25);
    const cg = kin(n, "F", old);
    const par = kin(n, c.chance(0.6) ? "F" : "M");
    const caddr = { line1: c.street(), city: c.town(), state: n.addr.state, zip: c.zip() };
    b.t("CAREGIVER'S AUTHORIZATION AFFIDAVIT").nl().t(`(Use of this affidavit is authorized by Part 1.5 (commencing with Section 6550) of Division 11 of the Family Code.)`).nl(2);
    b.t("1. Name of minor: "); nm(n, n.pt, c.pick(["fml", "fl", "FL"] as const)); b.nl();
    b.t("2. Minor's birth date: ").v(c.fullDate(n.dob), "DATE").nl();
    b.t("3. My name (adult giving authorization): "); nm(n, cg, "fl"); b.nl();
    b.t("4. My home address: "); address(n, caddr); b.nl();
    b.t(`5. Relationship: ${old ? "great-grandmother" : c.pick(["grandmother", "aunt", "adult sister", "family friend"])}`);
    if (old) { b.t(", age "); age(n, c.oldAge()); }
    b.t(". My date of birth: ").v(c.fullDate(old ? { y: c.int(1922, 1936), m: c.int(1, 12), d: c.int(1, 28) } : c.dob()), "DATE").t(". Driver's license/ID: ").v(`${c.letters(1)}${c.digits(7)}`, "LICENSE").nl();
    b.t("6. Parent(s): "); nm(n, par, "fl"); b.t(" — last known address: ");
    if (c.chance(0.5)) { address(n, n.addr); } else b.t("unknown");
    b.t("; phone ").v(c.phone(), "PHONE").nl();
    b.t("I declare under penalty of perjury that the foregoing is true and correct. Dated: ").v(c.fullDate(c.recent()), "DATE").nl();
    b.t("Notary: ").v(c.county(), "LOCATION").t(" County; commission # ").v(`${c.digits(7)}`, "LICENSE").t(", expires ").v(c.fullDate({ y: c.int(2027, 2030), m: c.int(1, 12), d: c.int(1, 28) }), "DATE").nl();
    b.t("Clinic copy scanned by ").v(`${cg.first[0]}${c.letters(1)}`, "NAME").t(` ${hhmm(c)}`).nl();
  },

  "well-woman-visit": (n) => {
    const { b, c } = n;
    womanPatient(n);
    const gm = other(n, "F", true);
    const partner = other(n);
    b.t(c.pick(["Annual Well-Woman Exam", "WELL WOMAN VISIT", "Preventive visit (female)"])).t(" — "); fac(n, c.facility("ob")); b.t(" — ").v(c.fullDate(c.recent()), "DATE").nl();
    b.t("Pt: "); nm(n, n.pt, c.pick(["fl", "lf", "fml"] as const)); b.t(`, ${2026 - n.dob.y} y/o, DOB `).v(c.fullDate(n.dob), "DATE").t(", MRN ").v(n.mrn, "MRN").nl();
    b.t(`Contraception: ${c.pick(["Lo Loestrin", "Sprintec", "Kyleena (placed 2023)", "Nexplanon", "none - TTC", "vasectomy (partner)"])}. Last Pap `).v(c.partialDate(addDays(c.recent(), -c.int(300, 1100))), "DATE").t(`, NILM/HPV neg. ${clin(n, "ob")}.`).nl();
    b.t(`IPV screen: negative; lives with partner `); nm(n, partner, "f"); b.t(". PHQ-2 0.").nl();
    b.t(`FHx: mother breast ca at ${c.int(38, 70)}; maternal grandmother `); nm(n, gm, "f"); b.t(" alive at "); age(n, elderAge(n, 0.75)); b.t(". Discussed BRCA testing (not indicated).").nl();
    b.t("Pap/HPV co-test collected, accession ").v(`${c.letters(2)}${c.digits(2)}-${c.digits(6)}`, "ID").t(" sent to Quest. HPV #2 due ").v(c.partialDate(c.recent()), "DATE").t(`. Gardasil 9 #1 given today, lot ${c.letters(1)}${c.digits(6)} (IIS).`).nl();
    b.t("E-signed: "); staff(n, other(n), [", MD", ", DO", ", WHNP-BC", ", CNM"]); b.t(" ").v(c.fullDate(c.recent()), "DATE").nl();
  },

  "frenotomy-procedure-note": (n) => {
    const { b, c } = n;
    childPatient(n, true);
    const mom = kin(n, "F");
    const ibclc = other(n, "F");
    const rn = other(n);
    b.t(c.pick(["PROCEDURE NOTE: Lingual frenotomy", "Frenotomy (tongue-tie release)", "Procedure – frenulotomy"])).nl();
    b.t("Infant: "); nm(n, n.pt, c.pick(["fl", "lf"] as const)); b.t("  DOB ").v(c.fullDate(n.dob), "DATE").t(`  (${c.int(2, 40)} days old)  MRN `).v(n.mrn, "MRN").nl();
    b.t("Referred by "); nm(n, ibclc, c.pick(["fl", "il"] as const)); b.t(", IBCLC #").v(`L-${c.digits(5)}`, "LICENSE").t(" at "); fac(n, c.facility("peds")); b.t(` for painful latch, nipple trauma; Hazelbaker function ${c.int(4, 12)}/14, Coryllos type ${c.int(1, 4)}.`).nl();
    b.t("Consent: risks/benefits discussed with mother "); nm(n, mom, "fl"); b.t("; witnessed by "); nm(n, rn, "il"); b.t(", RN. Sucrose 24% 0.5 mL given.").nl();
    b.t(`Procedure: tongue elevated with grooved director, frenulum divided ${c.int(3, 8)} mm with iris scissors. EBL < 1 mL. Breastfed immediately with improved latch. ${clin(n, "peds")}.`).nl();
    b.t("F/u lactation ").v(c.partialDate(c.recent()), "DATE").t("; mother's cell ").v(n.phone, "PHONE").t(". Performed by "); staff(n, other(n), [", MD", ", DO"]); b.nl();
  },

  "pregnancy-travel-letter": (n) => {
    const { b, c } = n;
    womanPatient(n);
    const edd = addDays(c.recent(), c.int(60, 150));
    const clinic = c.facility("ob");
    const caddr = { line1: c.street(), city: c.town(), state: c.state(), zip: c.zip() };
    fac(n, clinic.toUpperCase()); b.nl(); addrBlock(n, caddr, c.chance(0.3)); b.nl().t("Tel ").v(c.phone(), "PHONE").t("  Fax ").v(c.phone(), "FAX").nl(2);
    b.v(c.fullDate(c.recent()), "DATE").nl(2);
    b.t(`To: ${c.pick(["Delta Air Lines", "American Airlines", "Southwest Airlines", "Whom It May Concern"])}`).nl();
    b.t("RE: "); nm(n, n.pt, c.pick(["fl", "FL"] as const)); b.t(", DOB ").v(c.fullDate(n.dob), "DATE").t(", passport no. ").v(`${c.int(5, 6)}${c.digits(8)}`, "ID").nl(2);
    b.t(`This letter confirms that Ms. `).v(n.pt.last, "NAME").t(` is currently ${c.int(20, 34)} weeks pregnant with a single intrauterine pregnancy; estimated due date `).v(c.fullDate(edd), "DATE").t(`. Her pregnancy has been uncomplicated (${clin(n, "ob")}). She is fit to fly on flight ${c.letters(2)} ${c.int(100, 2999)} departing `).v(c.partialDate(c.recent()), "DATE").t(" and returning ").v(c.partialDate(c.recent()), "DATE").t(". Please contact our office with questions.").nl(2);
    b.t("Sincerely,").nl(); staff(n, other(n), [", MD", ", DO", ", CNM"]); b.nl().t("License ").v(c.pick([`MD${c.digits(6)}`, `${c.letters(2)}-${c.digits(5)}`, `DO.${c.digits(5)}`, `CNM-${c.digits(4)}`]), "LICENSE").nl();
  },

  "mother-baby-discharge-checklist": (n) => {
    const { b, c } = n;
    womanPatient(n);
    const baby = kin(n, c.chance(0.5) ? "F" : "M");
    const tech = other(n);
    const dob = c.recent();
    b.t(c.pick(["MOTHER-BABY DISCHARGE CHECKLIST", "Couplet Discharge Checklist", "Postpartum / Newborn Discharge Readiness"])).t(" — "); fac(n, c.facility("hosp")); b.nl();
    b.t("Mother: "); nm(n, n.pt, c.pick(["LF", "lf"] as const)); b.t("  MRN ").v(n.mrn, "MRN").t("   Infant: "); nm(n, baby, "fl"); b.t("  MRN ").v(c.mrn(), "MRN").t("  DOB ").v(c.fullDate(dob), "DATE").nl();
    b.t("[x] Hep B vaccine ").v(c.partialDate(dob), "DATE").t("   [x] Hearing PASS   [x] CCHD pass   [x] Bili ").t(`${c.int(4, 14)}.${c.int(0, 9)} (low risk)`).nl();
    b.t(`[x] Car seat check (${c.pick(["Graco SnugRide 35", "Chicco KeyFit 30", "Evenflo LiteMax"])}) in vehicle plate `).v(c.plate(), "VEHICLE").t(" by CPST "); nm(n, tech, "il"); b.nl();
    b.t("[x] Birth certificate worksheet done; SSN requested   [x] Safe sleep / Period of PURPLE Crying reviewed").nl();
    b.t("[x] Infant released to mother — ID: driver's license ").v(`${c.letters(1)}${c.digits(3)}-${c.digits(3)}-${c.digits(2)}-${c.digits(3)}`, "LICENSE").t(", fingerprint match ").v(`FPT-${c.digits(8)}`, "BIOMETRIC").nl();
    b.t("Follow-up: baby with "); staff(n, other(n), [", MD", ", DO", ", CPNP"]); b.t(" on ").v(c.partialDate(addDays(dob, 3)), "DATE").t("; mom postpartum BP check ").v(c.partialDate(addDays(dob, 7)), "DATE").t(". WIC office: ").v(c.county(), "LOCATION").t(" County Health Dept, ").v(c.phone(), "PHONE").nl();
  },

  "newborn-name-update": (n) => {
    const { b, c } = n;
    childPatient(n, true);
    const mom = kin(n, "F");
    const dad = other(n, "M");
    const him = other(n);
    b.t(c.pick(["HIM — Newborn Legal Name Update", "NEWBORN NAME CHANGE REQUEST", "Request to update infant's registered name"])).nl();
    b.t("Current chart name: ").t(c.pick(n.pt.sex === "F" ? ["BABY GIRL ", "BG ", "TWIN A "] : ["BABY BOY ", "BB ", "TWIN B "])).v(n.pt.last.toUpperCase(), "NAME").t("   MRN ").v(n.mrn, "MRN").t("   DOB ").v(c.fullDate(n.dob), "DATE").nl();
    b.t("Legal name (per birth certificate worksheet): "); nm(n, n.pt, c.pick(["fml", "lfm", "FL"] as const)); b.nl();
    b.t("Mother: "); nm(n, mom, "fl"); b.t(" (MRN ").v(c.mrn(), "MRN").t(")   Father: "); nm(n, dad, "fl"); b.nl();
    b.t("Requested by mother by phone ").v(n.phone, "PHONE").t(" on ").v(c.partialDate(c.recent()), "DATE").nl();
    b.t("SSA enumeration-at-birth: mother's SSN ").v(c.chance(0.4) ? `XXX-XX-${c.digits(4)}` : c.ssn(), "SSN").t(" on worksheet.").nl();
    b.t("Updated: EHR, billing account ").v(c.account(), "ACCOUNT").t(", Medicaid newborn ID ").v(c.medicaid(), "HEALTH_PLAN").t(", lab/LIS and PACS.").nl();
    b.t("Processed by "); nm(n, him, c.pick(["il", "fl"] as const)); b.t(", RHIT ").v(c.fullDate(c.recent()), "DATE").t(". Ticket ").v(`HIM-${c.digits(6)}`, "ID").nl();
    b.t("Note: ").v(n.pt.first, "NAME").t(` ${c.pick(["is a twin; verify twin B band before merging", "shares a surname with another infant in NICU", "goes by middle name"])}.`).nl();
  },
};

