/**
 * Tenth held-out corpus, styles A: therapy and specialty notes (ABA session data, dietitian consult, routine
 * foot care, Mohs map, telestroke consult) and a law-enforcement blood draw.
 */
import { ord } from "./kit";
import * as L from "./lists";
import { address, age, ageOf, clin, dt, fac, initials, nm, pdt, person, staff, type Note10, type Style } from "./note";

function stemFac(n: Note10, kind: string): string {
  return `${n.c.chance(0.3) ? n.c.city() : n.c.pick(L.FAC_STEMS)} ${kind}`;
}

const abaSession: Style = (n) => {
  const { b, c } = n;
  n.dob = c.childDob();
  b.t("ABA SESSION NOTE").nl();
  fac(n, stemFac(n, c.pick(["Autism Center", "Behavioral Services", "ABA Therapy", "Center for Child Development"])));
  b.t(" | Ph ").v(c.phone(), "PHONE").nl(2);
  b.t("Client: ");
  nm(n, n.pt, c.pick(["lf", "LF", "fl"] as const));
  if (n.pt.nick) b.t(' ("').v(n.pt.nick, "NAME").t('")');
  b.t("    DOB: ");
  dt(n, n.dob);
  b.nl().t(c.pick(["Medicaid ID: ", "Member #: ", "MCO ID: "])).v(c.medicaid(), "HEALTH_PLAN").t("   Auth #: ").v(c.ref("PA", 8), "ID").t(" (97153 x ").t(String(c.int(8, 32))).t(" units/wk)").nl();
  b.t("Session date: ");
  dt(n);
  b.t("   Time in ").t(c.time()).t(" / out ").t(c.time()).nl();
  const where = c.int(0, 2);
  b.t("Setting: ");
  if (where === 0) { b.t("home, "); address(n, n.addr); }
  else if (where === 1) { b.t("school ("); fac(n, c.school()); b.t("), resource room"); }
  else b.t("clinic, room 3");
  b.nl();
  const rbt = c.person();
  n.others.push(rbt);
  b.t("RBT: ");
  nm(n, rbt, c.pick(["fl", "il"] as const));
  b.t(", RBT  Cert #: ").v(`RBT-${c.int(17, 25)}-${c.digits(6)}`, "LICENSE").nl();
  b.t("Supervising BCBA: ");
  const bcba = person(n, c.pick(["fl", "fml"] as const));
  void bcba;
  b.t(", M.Ed., BCBA  #").v(`1-${c.int(10, 24)}-${c.digits(5)}`, "LICENSE").nl();
  b.t("Caregiver present: ").t(c.pick(["mother ", "father ", "grandmother ", "aunt "]));
  person(n, "f");
  b.nl(2);
  b.t("| Target | Trials | Correct | Prompt level |").nl().t("|---|---|---|---|").nl();
  for (const tg of c.shuffle(["Mand for \"more\"", "Tact colors", "Imitate 2-step actions", "Wait 30 s", "Intraverbal fill-ins", "Receptive ID of body parts"]).slice(0, c.int(3, 5))) {
    const t = c.int(5, 20);
    b.t(`| ${tg} | ${t} | ${c.int(0, t)}/${t} | ${c.pick(["FP", "PP", "G", "VP", "M", "I"])} |`).nl();
  }
  b.nl().t("Behavior data: elopement x").t(String(c.int(0, 6))).t(", aggression x").t(String(c.int(0, 4))).t(" (ABC recorded). FCT with \"break\" card; DRA 1:1.").nl();
  b.t("Narrative: ");
  nm(n, n.pt, "f");
  b.t(c.pick([" transitioned from iPad with a 2-min warning.", " engaged well; reinforcers: bubbles, Paw Patrol clips.", " had a rough start after the bus was late."])).t(" Parent training on token board with ");
  nm(n, n.others[n.others.length - 1]!, "f");
  b.t(".").nl();
  b.t("Next session: ");
  pdt(n);
  b.t(". Signed ");
  nm(n, rbt, "il");
  b.t(", RBT ").v(c.fullDate(c.recent()), "DATE").nl();
};

const dietitian: Style = (n) => {
  const { b, c } = n;
  const a = ageOf(n, 0.35);
  b.t("MEDICAL NUTRITION THERAPY — INITIAL ASSESSMENT").nl();
  fac(n, c.facility("clinic"));
  b.t(" Outpatient Nutrition").nl(2);
  b.t("Pt: ");
  nm(n, n.pt, c.pick(["fml", "lf", "LF"] as const));
  b.t("  MRN ").v(n.mrn, "MRN").t("  Age ");
  age(n, a);
  b.t("  Visit ");
  dt(n);
  b.nl().t("Referred by ");
  staff(n, person0(n));
  b.t(" for ").t(c.pick(["unintentional weight loss", "CKD stage 3b diet", "T2DM, A1c 9.1%", "dysphagia, IDDSI 5 minced & moist"])).t(".").nl(2);
  b.t("Wt hx: ").t(String(c.int(50, 95))).t(" kg on ");
  pdt(n);
  b.t(" -> ").t(String(c.int(45, 90))).t(" kg today (").t(String(c.int(3, 11))).t("% loss). Ht 160 cm, BMI 21.4. Mifflin-St Jeor x 1.3 = 1,540 kcal; protein 1.2 g/kg.").nl();
  b.t("24-h recall: toast, coffee w/ creamer; Ensure Plus 1 bottle; supper cooked by ").t(c.pick(["daughter ", "son ", "neighbor ", "granddaughter "]));
  person(n, "f");
  b.t(". Shops at Aldi; gets meals from ");
  b.v(c.county(), "LOCATION").t(" Council on Aging (Meals on Wheels, M-F).").nl();
  if (c.chance(0.5)) {
    b.t("SNAP/EBT card ending ").v(c.digits(4), "ACCOUNT").t("; benefits reload on the ");
    b.v(ord(c.int(1, 28)), "DATE");
    b.t(".").nl();
  }
  b.t("Labs: albumin 3.1, prealbumin 14, Na 134. PMH: ");
  clin(n);
  b.t(".").nl();
  b.t("Plan: 2 ONS/day, liberalize diet, recheck wt in 4 wk. Handout: Plate Method, Rule of 15.").nl(2);
  const rd = c.person();
  n.others.push(rd);
  nm(n, rd, "fl");
  b.t(c.pick([", RDN, LDN", ", MS, RD, CSG", ", RD, CDCES"])).t(" | CDR #").v(c.digits(7), "LICENSE").t(" | ").v(c.staffEmail(rd, c.domain()), "EMAIL").nl();
};

function person0(n: Note10) {
  const p = n.c.person();
  n.others.push(p);
  return p;
}

const podiatryRfc: Style = (n) => {
  const { b, c } = n;
  const a = ageOf(n, 0.4);
  b.t("PODIATRY — ROUTINE FOOT CARE (Medicare class findings)").nl();
  b.t("Patient: ");
  nm(n, n.pt, c.pick(["LF", "lf", "fl"] as const));
  b.t(" (");
  age(n, a);
  b.t(c.pick(["yo", " y/o", "-year-old", " yrs"])).t(")  MBI ").v(c.mbi(), "HEALTH_PLAN").nl();
  if (c.chance(0.5)) {
    b.t("Resides at ");
    fac(n, c.facility("ltc"));
    b.t(", rm ").t(String(c.int(100, 340))).nl();
  } else {
    b.t("Home: ");
    address(n, n.addr);
    b.nl();
  }
  b.t("DOS: ");
  dt(n);
  b.nl().t("Last seen by MD/DO (required for RFC): ");
  const md = person0(n);
  staff(n, md, [", MD", ", DO"]);
  b.t(" on ");
  dt(n);
  b.t(", NPI ").v(c.npi(), "LICENSE").nl(2);
  b.t("Class findings: Class B — absent DP and PT pulses; thin shiny skin; nail thickening. Modifier Q8.").nl();
  b.t("Nails 1-5 bilateral mycotic, debrided x10 (CPT 11721). Hyperkeratotic lesion sub 5th MPJ R pared x1 (11055).").nl();
  b.t("Monofilament 10 g: 4/10 sites felt R, 6/10 L. ");
  clin(n);
  b.t(".").nl();
  b.t("Footwear: depth shoes from ");
  fac(n, c.pick(["Kettle Creek Orthotics & Prosthetics", "Bluebonnet Pedorthics", "Shiloh Medical Supply", "Three Rivers Home Medical"]));
  b.t(" in ");
  b.v(c.city(), "LOCATION");
  b.t(".").nl();
  b.t("RTC 61 days. Transport: ").t(c.pick(["son ", "daughter ", "caregiver "]));
  person(n, "fl");
  b.t(" ").v(c.phone(), "PHONE").nl(2);
  b.t("— ");
  const dpm = person0(n);
  nm(n, dpm, c.pick(["fl", "fml"] as const));
  b.t(", DPM, FACFAS  Lic ").v(c.license("DPM"), "LICENSE").nl();
};

const mohsMap: Style = (n) => {
  const { b, c } = n;
  b.t("MOHS MICROGRAPHIC SURGERY REPORT").nl();
  fac(n, stemFac(n, c.pick(["Dermatology & Skin Surgery", "Dermatology Associates", "Skin Cancer Center"])));
  b.nl(2).t("Name: ");
  nm(n, n.pt, c.pick(["LF", "lfm", "fl"] as const));
  b.t("   DOB: ");
  dt(n, n.dob);
  b.t("   Chart: ").v(n.mrn, "MRN").nl();
  b.t("Date of surgery: ");
  dt(n);
  b.t("   Referring: ");
  staff(n, person0(n));
  b.nl();
  b.t("Biopsy: ").v(`${c.pick(["S", "D", "DP"])}${c.int(25, 26)}-${c.digits(5)}`, "ID").t(" (");
  pdt(n);
  b.t(") — BCC, nodular; Fitzpatrick II; pre-op size 1.1 x 0.9 cm, L nasal ala.").nl(2);
  b.t("Stage  Blocks  Margin                Histotech").nl();
  const techs = [c.person(), c.person()];
  techs.forEach((p) => n.others.push(p));
  for (let s = 1; s <= c.int(2, 3); s++) {
    b.t(`${["I", "II", "III"][s - 1]!.padEnd(7)}${String(c.int(1, 4)).padEnd(8)}${(s === 1 ? "+ 2-4 o'clock deep" : "clear").padEnd(22)}`);
    b.v(initials(c.pick(techs)), "NAME").nl();
  }
  b.nl().t("Final defect 2.0 x 1.6 cm. Repair: bilobed flap (CPT 14060). 5-0 Monocryl, 6-0 Prolene. Lidocaine 1% w/ epi 1:100,000, 6 mL.").nl();
  b.t("Photos uploaded to ModMed (image set ").v(`IMG-${c.digits(8)}`, "ID").t(").").nl();
  b.t("Suture removal ");
  pdt(n);
  b.t(". Pt's ").t(c.pick(["husband ", "wife ", "son "]));
  person(n, "f");
  b.t(" to drive home; call ").v(c.phone(), "PHONE").t(" with concerns.").nl(2);
  b.t("Mohs surgeon: ");
  staff(n, person0(n), [", MD, FACMS", ", DO", ", MD"]);
  b.nl();
};

const telestroke: Style = (n) => {
  const { b, c } = n;
  const a = ageOf(n, 0.25);
  const hub = c.facility("hosp");
  const spoke = c.facility("hosp");
  b.t("TELESTROKE CONSULT — ");
  fac(n, hub);
  b.t(" Stroke Network").nl();
  b.t("Spoke site: ");
  fac(n, spoke);
  b.t(", ");
  b.v(c.city(), "LOCATION").t(", ").t(c.state()).nl();
  b.t("Cart ").t(c.pick(["InTouch Lite 4000", "Teladoc Vici", "Polycom RealPresence"])).t(" s/n ").v(c.serial(), "DEVICE").t(" @ ").v(c.ipv4(), "IP").nl(2);
  b.t("Pt: ");
  nm(n, n.pt, c.pick(["LF", "lfi", "lf"] as const));
  b.t(", ");
  age(n, a);
  b.t(c.pick(["M", "F", " yo", "y"])).t("  MRN (spoke) ").v(n.mrn, "MRN").nl();
  const lkw = c.recent();
  b.t("LKW: ");
  dt(n, lkw, c.pick(["mdy", "mdy1", "iso", "mdyy"] as const));
  b.t(" ").t(c.time()).t(c.pick([" per wife ", " per son ", " per neighbor "]));
  person(n, "fl");
  b.t(" (").v(c.phone(), "PHONE").t(")").nl();
  b.t("Door ").t(c.time()).t("  CT ").t(c.time()).t("  Needle ").t(c.time()).t(" — DTN 41 min").nl();
  b.t("NIHSS ").t(String(c.int(4, 22))).t(" (LOC 0, gaze 1, visual 2, facial 2, motor arm L 3). Wt ").t(String(c.int(55, 110))).t(" kg. ");
  clin(n);
  b.t(".").nl();
  b.t("CTA: L M1 occlusion. TNK 0.25 mg/kg IV push given at spoke. Transfer for thrombectomy to ");
  fac(n, hub);
  b.t("; consent by phone with ").t(c.pick(["wife", "daughter", "son"])).t(".").nl();
  b.t("Spoke ED physician: ");
  staff(n, person0(n));
  b.t(". Stroke neurologist: ");
  staff(n, person0(n), [", MD", ", DO"]);
  b.t(" (").v(c.staffEmail(n.others[n.others.length - 1]!, c.domain()), "EMAIL").t(")").nl();
  b.t("Session ").v(c.uuid(), "ID").t(", started ");
  dt(n, lkw, "iso");
  b.t("T").t(`${String(c.int(10, 23))}:${String(c.int(10, 59))}:00Z`).nl();
};

const legalBloodDraw: Style = (n) => {
  const { b, c } = n;
  const town = c.city();
  b.t("LAW ENFORCEMENT BLOOD SPECIMEN — CHAIN OF CUSTODY").nl();
  fac(n, c.facility("hosp"));
  b.t(" Laboratory").nl(2);
  b.t("Requesting agency: ");
  b.v(town, "LOCATION").t(c.pick([" Police Department", " PD", " Police Dept."])).t("   Report #: ").v(`${c.int(24, 26)}-${c.digits(6)}`, "ID").nl();
  b.t("Officer: ").t(c.pick(["Ofc. ", "Cpl. ", "Sgt. ", "Trooper "]));
  person(n, c.pick(["fl", "l", "il"] as const));
  b.t("  Badge ").t(String(c.int(100, 9999))).nl();
  b.t(c.pick(["Search warrant #", "Warrant No. ", "Implied consent / warrant "])).v(`SW-${c.digits(2)}-${c.digits(5)}`, "ID").nl(2);
  b.t("Subject: ");
  nm(n, n.pt, c.pick(["LF", "lfm", "FL"] as const));
  b.t("   DOB ");
  dt(n, n.dob);
  b.nl().t("DL: ").v(c.driverLicense(), "LICENSE").t(" (").t(c.state()).t(")").nl();
  b.t("Vehicle: ").t(c.pick(["2014 Ford F-150", "2019 Honda Civic", "2008 Chevy Silverado 1500", "2021 Toyota RAV4"])).t(", plate ").v(c.plate(), "VEHICLE");
  if (c.chance(0.5)) b.t(", VIN ").v(c.vin(), "VEHICLE");
  b.nl();
  b.t("Kit #: ").v(`BK${c.digits(7)}`, "ID").t(" (2 gray-top tubes, NaF/K oxalate; exp 09/2027)").nl();
  b.t("Draw: ");
  dt(n, c.recent(), c.pick(["mdy", "long", "dMy"] as const));
  b.t(" at ").t(c.time()).t("; site L AC; skin prep povidone-iodine (no alcohol).").nl();
  b.t("Drawn by: ");
  person(n, c.pick(["fl", "il"] as const));
  b.t(", MLT(ASCP)   Witness: ");
  person(n, "fl");
  b.t(", RN").nl();
  b.t("Sealed with evidence tape, released to officer at ").t(c.time()).t(". Pt also treated for ");
  clin(n);
  b.t(".").nl();
};

export const STYLES_A: Record<string, Style> = {
  "aba-session-data": abaSession,
  "dietitian-mnt": dietitian,
  "podiatry-rfc": podiatryRfc,
  "mohs-map": mohsMap,
  "telestroke-consult": telestroke,
  "legal-blood-draw": legalBloodDraw,
};
