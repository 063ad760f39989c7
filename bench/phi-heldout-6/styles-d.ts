/** Sixth held-out corpus styles: street-medicine, pet-therapy-log, tube-feeding-calc, proxy-access-form, autopsy-consent. */
import { fmtDate } from "./kit";
import { address, age, dt, nm, other, ph, pickAge, staff, type Style } from "./note";

const streetMedicine: Style = (n) => {
  const { b, c } = n;
  b.t("street med outreach - ").v(c.facility(["Street Medicine", "Health Care for the Homeless"]), "FACILITY").t(" van ").t(String(c.int(1, 4))).nl();
  b.t("seen under the ").v(`${c.en.location.street()}`, "ADDRESS").t(" overpass near ").v(c.en.location.street(), "ADDRESS").t(", ").v(c.city(), "LOCATION").t(" @ ").t(c.time()).nl();
  b.t("pt "); nm(n, n.pt, c.pick(["lc", "f", "fl"])); b.t(c.chance(0.5) ? " (street name \"" : " (\"").v(c.pick(["Tex", "Smoke", "Preacher", "Lil Bit", "Cowboy", "Sunshine"]), "NAME").t("\"), dob per pt "); dt(n, n.dob, c.chance(0.3)); b.nl();
  b.t("wound L shin 3x2 cm, cellulitis; cephalexin 500 mg QID x7d dispensed from van stock; narcan x2 given; ").t(c.vitals()).nl();
  b.t("HMIS client id ").v(c.id("HMIS"), "ID").t("; coordinated entry VI-SPDAT 11; shelter bed at ").v(c.facility(["Rescue Mission", "Shelter"]), "FACILITY").t(" declined").nl();
  b.t("phone (free Lifeline): "); ph(n); b.t("; mail c/o ").v(`PO Box ${c.int(100, 9999)}`, "ADDRESS").t(", ").v(c.city(), "LOCATION").t(" ").v(c.zip(), "ZIP").nl();
  b.t("outreach: "); nm(n, other(n), "fl"); b.t(" CHW & "); staff(n, other(n), [", NP", ", MD", ", PA-C"]); b.t(" | next rounds "); dt(n, c.recent(), true); b.nl();
};

const petTherapyLog: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.3);
  b.t("ANIMAL-ASSISTED THERAPY VISIT LOG").nl().t("Hospital: ").v(c.facility(), "FACILITY").t("   Unit: ").t(c.pick(["5 North Oncology", "Peds 3", "Inpatient Rehab", "Geri-Psych"])).nl();
  b.t("Handler: "); nm(n, other(n), "fl"); b.t("  Volunteer badge ").v(c.id("V"), "ID").t("   Dog: \"").t(c.pick(["Biscuit", "Moose", "Penny", "Gus"])).t("\" (golden retriever), Pet Partners reg. ").v(c.id("PP"), "ID").t(" exp ").v(fmtDate(c.recent(), "mdy"), "DATE").nl();
  b.t("Patient visited: "); nm(n, n.pt, c.pick(["lf", "fl", "il"])); b.t(", "); age(n, a); b.t(c.pick([" y/o", " years", "yo"])).t(", rm ").t(String(c.int(301, 699))).t("  MRN ").v(n.mrn, "MRN").nl();
  b.t("Allergy screen: no dog dander allergy; neutropenia precautions N/A (ANC 2.1); hand hygiene before/after").nl();
  b.t("Response: pt smiled, brushed dog ~10 min; pain 6/10 -> 4/10; granddaughter "); nm(n, other(n), "f"); b.t(" took a photo.").nl();
  b.t("Visit date "); dt(n); b.t(" ").t(c.time()).t("   RN approving: "); staff(n, other(n), [", RN", ", BSN, RN"]); b.nl();
};

const tubeFeedingCalc: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.25);
  b.t("NUTRITION SUPPORT - ENTERAL FEEDING CALCULATION").nl();
  b.t("Pt: "); nm(n, n.pt, c.pick(["LF", "lf", "fml"])); b.t("  MRN ").v(n.mrn, "MRN").t("  Age "); age(n, a); b.t("  Adm "); dt(n, c.recent(), true); b.nl();
  b.t(`Wt 62.4 kg, IBW 59 kg, BMI 21.8; ${c.pick(["Mifflin-St Jeor", "Harris-Benedict", "Penn State 2003b"])} x 1.3 = 1,740 kcal; protein 1.5 g/kg = 94 g; free water 30 mL/kg`).nl();
  b.t("Formula: Osmolite 1.5 @ 45 mL/h x 22 h (1,485 kcal, 62 g pro) + Prosource TF20 BID; FWF 200 mL q4h").nl();
  b.t("Access: PEG 20 Fr placed "); dt(n, c.recent(), true); b.t(" by "); staff(n, other(n), [", MD", ", DO"]); b.t("; Kangaroo Joey pump SN ").v(c.serial(), "DEVICE").nl();
  b.t("Labs: ").t(c.lab()).t(", ").t(c.lab()).t(", Phos 2.1 (refeeding risk - replete)").nl();
  b.t("Home enteral supplier ").t(c.pick(["Coram", "Option Care", "Apria"])).t(" ticket ").v(c.id("HE"), "ID").t("; ship to "); address(n, n.addr); b.nl();
  b.t(c.pick(["", "RD: "])); nm(n, other(n), "fl"); b.t(", MS, RDN, LDN  license ").v(c.licence(), "LICENSE").t("  pgr ").t(String(c.int(1000, 9999))).nl();
};

const proxyAccessForm: Style = (n) => {
  const { b, c } = n;
  b.t("PATIENT PORTAL PROXY ACCESS REQUEST").nl().v(c.facility(["Health System", "Medical Group"]), "FACILITY").t(" - MyChart Proxy").nl();
  b.t("Section A - Patient").nl().t("Last name: ").v(n.pt.last, "NAME").t("   First: ").v(n.pt.first, "NAME").t("   MI: ").t(n.pt.middle ? "" : "—");
  if (n.pt.middle) b.v(n.pt.middle[0]!, "NAME");
  b.nl().t("DOB: "); dt(n, n.dob); b.t("   MRN: ").v(n.mrn, "MRN").t("   Patient e-mail: ").v(n.email, "EMAIL").nl();
  b.t("Section B - Proxy").nl(); const p = other(n);
  b.t("Name: "); nm(n, p, c.pick(["lf", "fl"])); b.t("   Relationship: ").t(c.pick(["mother", "adult son", "spouse", "legal guardian"])).nl();
  b.t("Proxy e-mail: ").v(c.email(p), "EMAIL").t("   Phone: "); ph(n); b.t("   DL#: ").v(`${c.letters(1)}${c.digits(7)}`, "LICENSE").t(" (").t(c.state()).t(")").nl();
  b.t("Access level: [x] full  [ ] billing only   Expires: ").v(fmtDate(c.recent(), c.pick(["mdy", "long", "iso"])), "DATE").t(" (age 12-17 proxies end at 18th birthday)").nl();
  b.t("Request IP: ").v(c.chance(0.6) ? c.ipv4() : c.ipv6(), "IP").t("  Verified by: "); nm(n, other(n), c.pick(["il", "fl"])); b.t(" HIM").nl();
};

const autopsyConsent: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.45);
  b.t("AUTHORIZATION FOR POSTMORTEM EXAMINATION").nl().v(c.facility(), "FACILITY").t(" - Department of Pathology").nl();
  b.t("Decedent: "); nm(n, n.pt, c.pick(["FL", "lfm", "fml"])); b.t("   Age: "); age(n, a); b.t("   MRN ").v(n.mrn, "MRN").t("   SSN ").v(c.ssn(), "SSN").nl();
  b.t("Date/time of death: "); dt(n); b.t(" ").t(c.time()).t("   Pronounced by: "); staff(n, other(n)); b.nl();
  b.t("I, "); const nok = other(n); nm(n, nok, "fl"); b.t(", being the ").t(c.pick(["surviving spouse", "adult child", "parent", "sibling"])).t(", authorize a [x] complete [ ] limited (chest only) autopsy. Retain organs for teaching: [ ] yes [x] no").nl();
  b.t("Address of authorizing person: "); address(n, { line1: c.street(), city: c.city(), state: c.state(), zip: c.zip() }); b.t("   Tel "); ph(n); b.nl();
  b.t("Witness (telephone consent): "); staff(n, other(n), [", RN", ", MD"]); b.t(" and "); nm(n, other(n), "fl"); b.t(", RN").nl();
  b.t("ME notified: ").v(c.county(), "LOCATION").t(" ME case ").v(c.id("ME"), "ID").t(" - declined jurisdiction. Funeral home: ").v(`${c.en.person.lastName()} & Sons Funeral Home`, "FACILITY").nl();
};

export const STYLES_D: Record<string, Style> = { "street-medicine": streetMedicine, "pet-therapy-log": petTherapyLog, "tube-feeding-calc": tubeFeedingCalc, "proxy-access-form": proxyAccessForm, "autopsy-consent": autopsyConsent };
