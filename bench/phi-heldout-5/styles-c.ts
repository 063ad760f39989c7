/** Styles: OT home safety evaluation, travel-medicine consult, correctional transfer summary, dermatology photo log, ED tracking board and telehealth waiting room (both several patients). */
import { fmtDate } from "./kit";
import { COUNTRIES, FOREIGN_CITIES, MAKERS, NAMED_ROADS } from "./lists";
import { address, age, dt, nm, other, ph, pickAge, staff, type Style } from "./note";

const otHome: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.35);
  b.t("OCCUPATIONAL THERAPY — HOME SAFETY EVALUATION").nl().t("Client: ");
  nm(n, n.pt, c.pick(["fl", "lf"]));
  b.t(" (");
  age(n, a);
  b.t(" y/o)   Visit: ").v(c.fullDate(), "DATE").nl().t("Residence: ");
  address(n, n.addr);
  b.nl().t("Directions: ").t(c.pick(["past the Dollar General, ", "2nd left after the Shell station, ", ""])).t("turn onto ").v(c.pick(NAMED_ROADS), "ADDRESS").t(", blue single-wide, gravel drive.").nl();
  b.t(`Entry: ${c.int(2, 6)} steps without rail. Bathroom: tub/shower combo, no grab bars; raised toilet seat recommended. Throw rugs x${c.int(2, 5)}. Lighting poor in hallway.`).nl();
  b.t(`Barthel ${c.int(40, 95)}/100; TUG ${c.int(9, 30)} s; Berg ${c.int(20, 52)}/56. Uses ${c.pick(["Drive Medical rollator", "4-wheeled walker", "quad cane"])}.`).nl();
  b.t("Lives with ");
  nm(n, other(n), c.pick(["fl", "f"]));
  b.t(` (${c.pick(["son", "granddaughter", "roommate", "husband"])}), who works nights at `).v(c.chance(0.5) ? c.company() : `${c.pick(["Tyson", "Amazon"])} ${c.city()} plant`, "FACILITY").t(".").nl();
  if (c.chance(0.5)) { b.t(`Medical alert pendant (${c.pick(MAKERS)}) subscriber id `).v(`${c.letters(2)}${c.digits(7)}`, "ID").t(".").nl(); }
  b.t("DME order faxed to ").v(c.phone(), "FAX").t(". Next visit ").v(c.partialDate(), "DATE").t(".").nl();
  staff(n, other(n), [", OTR/L", " OTR/L", ", COTA/L"]);
  b.t(" Lic# ").v(c.licence(), "LICENSE").nl();
};

const travel: Style = (n) => {
  const { b, c } = n;
  const i = c.int(0, COUNTRIES.length - 1);
  b.t("TRAVEL MEDICINE CONSULT — ").v(c.facility(c.chance(0.5)), "FACILITY").nl();
  nm(n, n.pt, "fml");
  b.t(", DOB ").v(fmtDate(n.dob, c.pick(["mdy", "d Mon y", "Mon d, y"])), "DATE").t(", MRN ").v(n.mrn, "MRN").nl();
  b.t("Itinerary: departs ").v(c.fullDate(), "DATE").t(` to ${COUNTRIES[i]} (${FOREIGN_CITIES[i]}, rural ${c.int(2, 3)} wks), returns `).v(c.partialDate(), "DATE").t(`. Purpose: ${c.pick(["mission trip", "visiting relatives", "research", "honeymoon"])}.`).nl();
  b.t("Passport no. ").v(`${c.letters(1)}${c.digits(8)}`, "ID").t(" (exp. ").v(c.fullDate(c.date(2028, 2034)), "DATE").t(")").nl();
  b.t(`Vaccines today: Typhim Vi lot ${c.lot()}, Hep A #2, yellow fever (YF-VAX) — ICVP certificate `).v(`ICVP-${c.digits(7)}`, "ID").t(".").nl();
  b.t(`Malaria: atovaquone-proguanil 250-100 mg daily from 1-2 days before to 7 days after. TD: azithromycin 1 g x1. CDC Yellow Book 2026 reviewed.`).nl();
  b.t("Traveling with ");
  nm(n, other(n), "fl");
  b.t("; emergency contact in US ");
  nm(n, other(n), "fl");
  b.t(" ");
  ph(n);
  b.t(". Evacuation insurance policy ").v(`${c.letters(3)}-${c.digits(8)}`, "HEALTH_PLAN").t(".").nl();
  staff(n, other(n), [", MD, CTropMed", ", FNP-C", ", PharmD"]);
  b.nl();
};

const correctional: Style = (n) => {
  const { b, c } = n;
  const inmate = `${c.digits(c.int(6, 8))}`;
  b.t("DEPARTMENT OF CORRECTIONS — HEALTH SERVICES INTER-FACILITY TRANSFER SUMMARY").nl();
  b.t("INMATE: ");
  nm(n, n.pt, "LF");
  b.t("   DOC# ").v(inmate, "ID").t("   DOB: ").v(fmtDate(n.dob, "mdy"), "DATE").t("   SSN: ").v(c.ssn(), "SSN").nl();
  b.t("SID ").v(`${c.letters(2)}${c.digits(7)}`, "ID").t("   Iris enrollment (IRIS) ").v(`IR-${c.letters(2)}${c.digits(8)}`, "BIOMETRIC").nl();
  b.t("FROM: ").v(`${c.pick(["Northpoint", "Stateville", "Pine Ridge", c.city()])} Correctional ${c.pick(["Center", "Facility", "Institution"])}`, "FACILITY").t("   TO: ").v(`${c.city()} ${c.pick(["Reception Center", "Medical Unit", "Work Release"])}`, "FACILITY").nl();
  b.t("TRANSFER DATE: ").v(c.fullDate(), "DATE").t(`   SECURITY LEVEL: ${c.int(1, 5)}   HOUSING: B-pod bunk ${c.int(1, 64)}`).nl(2);
  b.t("PROBLEMS: HTN (I10), HCV Ab+ (RNA pending), latent TB — INH/rifapentine 3HP dose ").t(String(c.int(3, 12))).t(" of 12 given ").v(fmtDate(c.recent(), "m/d"), "DATE").nl();
  b.t("MEDS (KOP): lisinopril 20 mg, sertraline 100 mg. DOT: 3HP weekly.").nl();
  b.t("PPD/IGRA: QuantiFERON positive ").v(c.partialDate(), "DATE").t(". CXR neg.").nl();
  b.t("Outside consults: ortho at ").v(c.facility(), "FACILITY").t(" (Dr. ").v(other(n).last, "NAME").t(") pending; ").t(c.pick(["transport requires 2 officers.", "wheelchair van required."])).nl();
  b.t("Emergency contact: ");
  nm(n, other(n), "LF");
  b.t(" (mother) ").v(c.phone(), "PHONE").nl();
  b.t(c.pick(["Nota: vorbește puțin engleză; preferă română.", "Habla poco inglés.", "Türkçe tercüman gerekli."])).nl();
  b.t("Completed by: ");
  staff(n, other(n), [", RN", ", LPN", ", MLP"]);
  b.t("   Reviewed: ");
  nm(n, other(n), "il");
  b.t(", MD ").v(c.fullDate(), "DATE").nl();
};

const dermPhoto: Style = (n) => {
  const { b, c } = n;
  b.t("DERMATOLOGY CLINICAL PHOTOGRAPHY LOG").nl().t("Patient: ");
  nm(n, n.pt, c.pick(["LF", "lf"]));
  b.t(" · MRN ").v(n.mrn, "MRN").t(" · DOB ").v(fmtDate(n.dob, "iso"), "DATE").nl();
  b.t("Camera: Canon EOS R50 body SN ").v(c.serial(), "DEVICE").t(`; DermLite DL5 polarized`).nl();
  b.t("Consent (photo, teaching use: ").t(c.pick(["yes", "no"])).t(") signed ").v(c.partialDate(), "DATE").nl(2);
  b.t("Date       | Image ID            | Site                | Photog | Notes").nl();
  const ph1 = other(n);
  const ini = `${ph1.first[0]}${ph1.last[0]}`.toUpperCase();
  for (let i = 0; i < c.int(3, 5); i++) {
    b.v(fmtDate(c.recent(), c.pick(["mdy", "md-short"])), "DATE").t(" | ").v(`DP-${c.digits(2)}-${c.digits(6)}`, "ID").t(` | ${c.pick(["L upper back", "R nasal ala", "scalp vertex", "L shin", "R dorsal hand"]).padEnd(19)} | `).v(ini, "NAME");
    b.t(` | ${c.pick(["6 mm pink papule, Koebner neg", "ABCD: asym, 2 colors", "post-Mohs stage II", "Nikolsky sign negative", "ruler 0-15 mm in frame"])}`).nl();
  }
  b.t("Photographer ").v(ini, "NAME").t(" = ");
  nm(n, ph1, "fl");
  b.t(", CCMA. Images uploaded to ").v(`https://${c.pick(["derm", "photos", "pacs"])}.${c.pick(["bluestemhealth", "threeriversmed", "redoakclinic"])}.org/case/${c.digits(6)}`, "URL").nl();
  b.t("Ordering: ");
  staff(n, other(n), [", MD, FAAD", ", PA-C", ", DO"]);
  b.nl();
};

const edBoard: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  b.t("ED TRACKING BOARD — ").v(c.facility(true), "FACILITY").t(" — printed ").v(c.fullDate(), "DATE").t(` ${c.time()}`).nl();
  b.t("RM  | PATIENT              | AGE | SEX | ESI | CC                 | ARRIVAL | RN | MD  | MRN").nl();
  const staffIni = [other(n), other(n), other(n)].map((p) => `${p.first[0]}${p.last[0]}`.toUpperCase());
  for (let i = 0; i < c.int(5, 9); i++) {
    const p = c.person();
    b.t(`${String(c.int(1, 36)).padStart(2, "0")}  | `);
    if (c.chance(0.7)) b.name(p.last.toUpperCase(), ", ", p.first[0]!);
    else b.name(p.last.toUpperCase(), ", ", p.first.toUpperCase());
    b.t(" | ");
    age(n, c.chance(0.15) ? c.oldAge() : c.youngAge());
    b.t(` | ${c.pick(["M", "F"])}   | ${c.int(1, 5)}   | ${c.pick(["CP", "SOB", "fall", "abd pain", "AMS", "lac L hand", "SI"]).padEnd(18)} | ${c.time()} | `).v(c.pick(staffIni), "NAME").t(" | ").v(c.pick(staffIni), "NAME").t(" | ").v(c.mrn(), "MRN").nl();
  }
  b.t("Hallway H2: ");
  b.v(c.person().last, "NAME").t(c.pick([" — EMS from ", " — BIBA from "])).v(c.facility(c.chance(0.5)), "FACILITY").t(", sitter ordered.").nl();
  b.t("Charge RN: ");
  nm(n, other(n), "fl");
  b.t(`  Census ${c.int(20, 60)}  Boarders ${c.int(0, 12)}  LWBS ${c.int(0, 5)}`).nl();
};

const teleRoster: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  b.t("Virtual Waiting Room — ").v(c.facility(c.chance(0.5)), "FACILITY").t(" — ").v(c.fullDate(), "DATE").nl();
  b.t("Provider room: ").v(`https://${c.pick(["telehealth", "visit", "meet"])}.${c.pick(["bluestem", "harborlight", "cottonwood"])}health.com/room/${c.letters(6, "abcdefghjkmnpqrstuvwxyz")}`, "URL").nl(2);
  for (let i = 0; i < c.int(4, 7); i++) {
    const p = c.person();
    b.t(`${c.time()}  `);
    if (c.chance(0.5)) b.name(p.first, " ", p.last[0]!).t(".");
    else b.name(p.first, " ", p.last);
    b.t("  DOB ").v(fmtDate(c.dob(), c.pick(["mdy", "md-short"])), "DATE").t("  ").v(c.phone(), "PHONE").t(`  ${c.pick(["checked in", "waiting 12 min", "tech issue - called", "no-show"])}  IP `).v(c.ip(), "IP");
    if (c.chance(0.3)) b.t(" (joined from ").v(c.city(), "LOCATION").t(")");
    b.nl();
  }
  b.t("MA: ");
  nm(n, other(n), "fl");
  b.t(`. Doxy.me and Zoom for Healthcare backups; bandwidth ${c.int(2, 80)} Mbps.`).nl();
  b.t("Next virtual clinic: ");
  dt(n, c.recent(), true);
  b.nl();
};

export const STYLES_C: Record<string, Style> = {
  "ot-home-safety": otHome, "travel-consult": travel, "correctional-transfer": correctional,
  "derm-photo-log": dermPhoto, "ed-board": edBoard, "telehealth-roster": teleRoster,
};

