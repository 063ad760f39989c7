/**
 * Home-health and DME styles of the thirteenth held-out corpus: skilled-nursing visit note, aide care plan,
 * home-ventilator RT visit, hospital-bed standard written order, lymphedema garment order, wound photo EXIF log.
 */
import * as L from "./lists";
import { address, age, agency, clin, dt, fac, initials, nm, ocrNoise, other, ph, pickAge, staff, streetName, type Note13, type Style } from "./note";

function agencyHeader(n: Note13): void {
  const { b, c } = n;
  b.v(agency(c), "FACILITY");
  b.t(c.pick([" | ", "\n", "  —  "]));
  if (c.chance(0.6)) { address(n, { line1: c.street(), city: c.town(), state: c.state(), zip: c.zip() }); b.t(c.pick(["  Ph ", " | tel "])); ph(n); }
  else { b.t("Office "); ph(n); b.t("  Fax "); ph(n, c.phone(), "FAX"); }
  b.nl();
}

const hhSkilledVisit: Style = (n) => {
  const { b, c } = n;
  agencyHeader(n);
  b.t(c.pick(["SKILLED NURSING VISIT NOTE\n", "SN Visit — Routine\n", "Skilled Nursing Visit (Recert period)\n"]));
  b.t("Patient: ");
  nm(n, n.pt, c.pick(["LF", "lf", "fl", "lfm", "lc"]));
  const a = pickAge(n, 0.3);
  b.t("   Age: ");
  age(n, a);
  b.t("   MR# ").v(n.mrn, "MRN");
  b.t("\nVisit date: ");
  const d = c.recent();
  dt(n, d);
  const tIn = c.int(7, 15);
  b.t(`   Time in ${tIn}:${c.pick(["02", "15", "40"])}  Time out ${tIn + 1}:${c.pick(["10", "27", "45"])}   EVV verified\n`);
  b.t("Cert period: ");
  dt(n, c.after(d, -c.int(5, 50)));
  b.t(" to ");
  dt(n, c.after(d, c.int(10, 55)));
  b.t(`\nHomebound: ${c.pick(["requires walker and assist of 1", "leaves home only for dialysis", "SOB after 10 ft", "cognitive impairment, needs supervision"])}\n`);
  b.t(`Vitals: ${clin(n)}; ${clin(n)}\n`);
  b.t("Skilled: ");
  b.t(c.pick(["wound care to sacrum per order", "INR drawn, delivered to ", "teaching on Lasix/daily weights", "Foley change 16 Fr 10 mL balloon", "B12 1000 mcg IM L deltoid"]));
  if (b.text.endsWith("to ")) b.v(c.hospital(), "FACILITY").t(" lab");
  b.t(". Caregiver ");
  const cg = other(n);
  nm(n, cg, c.pick(["f", "fl", "lc"]));
  b.t(` (${c.pick(["daughter", "son-in-law", "neighbor", "hired CNA", "husband"])}) present; cell `);
  ph(n);
  b.t(`\nHome: ${c.pick(["lives alone at ", "lives with caregiver at ", "trailer at "])}`);
  b.v(n.addr.line1, "ADDRESS");
  if (n.addr.unit) b.t(" ").v(n.addr.unit, "ADDRESS");
  b.t(", ").v(n.addr.city, "LOCATION");
  b.t(c.pick([". Key in lockbox code 1947; dog 'Duke' friendly.", ". Gate code #4410.", ". Park behind blue pickup.", "."]));
  b.t("\nPhysician notified: ");
  staff(n, other(n));
  b.t(" re ");
  b.t(c.pick(["BP 182/98", "new stage 2 on heel", "weight up 4 lb", "missed doses"]));
  b.t(" — orders rec'd. Next SN visit ");
  dt(n, c.after(d, c.int(2, 7)), true);
  b.t(".\n");
  const rn = other(n);
  b.t("Clinician: ");
  nm(n, rn, c.pick(["fl", "il", "FL"]));
  b.t(c.pick([", RN  e-signed ", ", LPN  signed ", ", RN, BSN  "]));
  dt(n, d, c.chance(0.4));
  b.nl();
};

const TASKS = ["Bath: tub/shower w/ chair", "Shampoo", "Oral care", "Dress upper/lower", "Ambulation w/ walker", "Meal prep (diabetic)", "Light housekeeping", "Laundry", "Med reminder only", "Toileting/incontinence care", "Skin check, report redness"];

const hhAideCarePlan: Style = (n) => {
  const { b, c } = n;
  agencyHeader(n);
  b.t("HOME HEALTH AIDE CARE PLAN / ASSIGNMENT SHEET\nClient ");
  nm(n, n.pt, c.pick(["fl", "LF", "lf"]));
  if (n.pt.nick && c.chance(0.7)) b.t(c.pick([' (likes to be called "', " — goes by "])).v(n.pt.nick, "NAME").t(c.pick(['")', ""]));
  const a = pickAge(n, 0.35);
  b.t(", ");
  age(n, a, c.chance(0.3));
  b.t(c.pick([" y/o", " years old", " yo"]));
  b.t("\nAddress: ");
  address(n, n.addr, c.pick([", ", "\n         "]));
  b.t("\nPhone ");
  ph(n, n.phone);
  b.t(`\nDirections: ${c.pick(["off ", "take ", "2nd left after the church on "])}`);
  b.v(streetName(c), "ADDRESS");
  b.t(c.pick([", mailbox w/ red flag", ", yellow house", ", past the feed store", ""]));
  b.t(`\nFrequency: ${c.pick(["2w4", "3w9", "1w8 + 2 PRN", "5w2"])}  Days: ${c.pick(["M/W/F", "Tu/Th", "M-F"])}\n\n`);
  for (const t of c.shuffle([...TASKS]).slice(0, c.int(4, 7))) b.t(`[${c.pick(["X", "x", " "])}] ${t}\n`);
  b.t(`\nPrecautions: ${c.pick(["fall risk", "aspiration — thickened liquids (IDDSI 2)", "O2 2 L, no smoking", "sliding-scale insulin, do not give"])}. ${clin(n)}\n`);
  b.t("Emergency: ");
  const ec = other(n);
  nm(n, ec, c.pick(["fl", "lf"]));
  b.t(` (${c.pick(["daughter", "son", "niece", "POA"])}) `);
  ph(n);
  b.t("\nAide: ");
  nm(n, other(n), c.pick(["fl", "il"]));
  if (c.chance(0.5)) b.t(" (EVV voiceprint ID ").v(`VP-${c.digits(8)}`, "BIOMETRIC").t(")");
  b.t(`, HHA  Supervisor RN: `);
  nm(n, other(n), c.pick(["fl", "l"]));
  b.t("\nSupervisory visit due ");
  dt(n, c.recent(), c.chance(0.5));
  b.nl();
};

const homeVentRt: Style = (n) => {
  const { b, c } = n;
  const supplier = c.pick(L.SUPPLIERS);
  b.t(`${supplier} — Respiratory Therapy Home Visit\n`);
  b.t(c.pick(["Patient: ", "Pt name: ", "PATIENT  "]));
  nm(n, n.pt, c.pick(["LF", "fl", "lf"]));
  b.t("  DOB ").v(c.fullDate(n.dob), "DATE").t("  Acct ").v(c.account(), "ACCOUNT");
  b.t("\nAddress: ");
  address(n, n.addr, ", ", c.chance(0.3));
  b.t("\nVisit: ");
  const d = c.recent();
  dt(n, d);
  b.t(` (${c.pick(["monthly PM", "alarm troubleshooting", "circuit change", "new setup"])})\n\n`);
  b.t(`Primary vent: ${c.pick(["Trilogy Evo", "Astral 150", "Vivo 65", "LTV 1200"])} S/N `).v(c.serial(), "DEVICE");
  b.t(`  hours ${c.int(1000, 40000)}\nBackup vent: ${c.pick(["Trilogy 100", "Astral 100", "Vivo 50"])} S/N `).v(c.serial(), "DEVICE");
  b.t(`\nSettings: ${c.pick(["AC/VC", "PC", "SIMV", "AVAPS-AE"])} RR ${c.int(10, 20)} Vt ${c.int(300, 550)} PEEP ${c.int(5, 10)} FiO2 ${c.int(21, 40)}% via trach ${c.pick(["Shiley 6.0 cuffless", "Bivona 5.0 TTS", "Shiley 8 XLT"])}\n`);
  b.t(`Suction unit S/N `).v(c.serial(), "DEVICE").t(`, pulse ox ${c.pick(["Masimo Rad-8", "Nonin 7500"])}, cough assist ${c.pick(["E70", "CoughAssist T70"])}\n`);
  b.t(`Alarms tested OK. ${clin(n)}\nCaregivers trained: `);
  nm(n, other(n), "fl");
  b.t(" and ");
  nm(n, other(n), c.pick(["f", "fl"]));
  b.t("; private-duty nursing from ");
  b.v(agency(c), "FACILITY");
  b.t("\nPulmonologist: ");
  staff(n, other(n), [", MD", ", DO"]);
  b.t(`  fax `);
  ph(n, c.phone(), "FAX");
  b.t("\nPower company medical certificate on file; on-call RT van ").v(c.plate(), "VEHICLE").t("\n");
  b.t("RT: ");
  nm(n, other(n), "fl");
  b.t(c.pick([", RRT  lic ", ", RCP #", ", CRT license "])).v(c.stateLic(), "LICENSE").nl();
};

const hospitalBedSwo: Style = (n) => {
  const { b, c } = n;
  if (c.chance(0.35)) b.noise = ocrNoise(c);
  b.t(c.pick(["STANDARD WRITTEN ORDER (SWO)\n", "Standard Written Order — Hospital Bed & Support Surface\n", "SWO / DETAILED WRITTEN ORDER\n"]));
  b.t(`Supplier: ${c.pick(L.SUPPLIERS)}  Fax `);
  ph(n, c.tollFree(), "FAX");
  b.t("\nBeneficiary: ");
  nm(n, n.pt, c.pick(["LFM", "lf", "fl", "LF"]));
  b.t(c.pick(["   MBI ", "\nMedicare ID: ", "  HICN/MBI: "])).v(c.mbi(), "HEALTH_PLAN");
  b.t("\nDOB ").v(c.fullDate(n.dob), "DATE");
  if (c.chance(0.5)) b.t("   Supplier acct ").v(c.account(), "ACCOUNT");
  b.t("   Order date ");
  const d = c.recent();
  dt(n, d);
  b.t("\nDeliver to: ");
  address(n, n.addr, c.pick([", ", "\n            "]), c.chance(0.4));
  b.t("\n\nItem                                    HCPCS   Qty   LON\n");
  b.t(`Semi-electric hospital bed w/ rails     E0260     1    ${c.pick(["99", "12", "6"])} mo\n`);
  b.t(`${c.pick(["Gel overlay", "Alternating pressure pad", "Powered pressure-reducing mattress"])}   ${c.pick(["E0185", "E0181", "E0277"])}     1    99 mo\n`);
  if (c.chance(0.5)) b.t(`Trapeze bar                             E0910     1    99 mo\n`);
  b.t(`\nDx: ${c.pick(["L89.154 pressure ulcer sacrum st 4", "G35 MS", "I50.22 CHF", "G12.21 ALS"])}; ${c.pick(L.EPONYMS)}. Requires positioning not feasible in ordinary bed.\n`);
  b.t("Ordering practitioner: ");
  const dr = other(n);
  staff(n, dr, [", MD", ", DO", ", NP"]);
  b.t("  NPI ").v(c.npi(), "LICENSE");
  b.t("\n");
  address(n, { line1: c.street(), city: c.town(), state: c.state(), zip: c.zip() });
  b.t("  Ph ");
  ph(n);
  b.t("\nSignature: /e/ ");
  nm(n, dr, "fl");
  b.t("  ");
  dt(n, c.after(d, c.int(0, 3)));
  b.t("\n\nDELIVERY TICKET  bed S/N ").v(c.serial(), "DEVICE").t("  driver ");
  nm(n, other(n), c.pick(["fl", "il"]));
  b.t(" truck ").v(c.plate(), "VEHICLE").t("  received by ");
  const rb = other(n);
  nm(n, rb, "fl");
  b.t(` (${c.pick(["wife", "son", "self", "aide"])})\n`);
};

const lymphedemaOrder: Style = (n) => {
  const { b, c } = n;
  b.v(c.clinic().replace(/Family Clinic|Primary Care|Medical Group/, "Lymphedema & Wound Clinic"), "FACILITY");
  b.t(`\nCompression Garment Order — ${c.pick(["custom flat-knit", "ready-to-wear", "nighttime garment"])}\n`);
  b.t("Name: ");
  nm(n, n.pt, c.pick(["fl", "lf", "LF"]));
  b.t("  DOB ").v(c.fullDate(n.dob), "DATE");
  b.t("  Member ID ").v(c.member(), "HEALTH_PLAN").t("  Group ").v(c.group(), "HEALTH_PLAN");
  b.t(`\nDx: ${c.pick(["I89.0 lymphedema", "I97.2 post-mastectomy lymphedema", "Q82.0 primary"])} ${c.pick(["LLE", "RUE", "BLE"])}; ISL stage ${c.pick(["I", "II", "III"])}; Stemmer ${c.pick(["+", "-"])}\n`);
  b.t(`Measurements (cm): cA ${c.int(18, 30)}  cB ${c.int(20, 34)}  cC ${c.int(28, 48)}  cD ${c.int(30, 52)}  cE ${c.int(30, 50)}  cF ${c.int(40, 70)}  lA-lG ${c.int(60, 90)}\n`);
  b.t(`Garment: ${c.pick(["Juzo", "Medi", "Sigvaris", "Jobst"])} ${c.pick(["class 2 (30-40 mmHg)", "CCL 3", "20-30 mmHg"])} ${c.pick(["AG thigh-high", "arm sleeve w/ gauntlet", "toe caps"])} x 2   HCPCS ${c.pick(["A6545", "A6549", "A6552", "A6531"])}\n`);
  b.t("Measured ");
  dt(n, c.recent());
  b.t(" by ");
  nm(n, other(n), c.pick(["fl", "il"]));
  b.t(c.pick([", PT, CLT-LANA", ", OTR/L, CLT", ", CLT"]));
  b.t("\nFitter: ");
  nm(n, other(n), "fl");
  b.t(` (${c.pick(L.SUPPLIERS)})  `);
  ph(n);
  b.t("\nShip to: ");
  address(n, n.addr);
  b.t("\nOrdering MD: ");
  const dr = other(n);
  staff(n, dr, [", MD", ", DO"]);
  b.t("  NPI ").v(c.npi(), "LICENSE");
  b.t(`\nReplace q6 months; next eligible `);
  dt(n, c.recent(), true);
  b.t(`. ${clin(n)}\n`);
};

const woundPhotoExif: Style = (n) => {
  const { b, c } = n;
  b.t(c.pick(["Wound photo export — metadata\n", "WOUND IMAGE LOG (auto-generated from upload)\n", "=== wound-photos/export.txt ===\n"]));
  b.t("Patient: ");
  nm(n, n.pt, c.pick(["LF", "lf", "fl"]));
  b.t("  MRN: ").v(n.mrn, "MRN");
  b.t("  Facility: ");
  fac(n, c.pick([c.hospital(), `${c.pick(L.FAC_STEMS)} Nursing & Rehabilitation`, `${c.town()} Wound Center`]));
  b.nl(2);
  const d0 = c.recent();
  const cam = c.serial();
  const make = c.pick([["Apple", "iPhone 13"], ["Apple", "iPad (9th gen)"], ["Samsung", "Galaxy Tab A8"], ["Canon", "PowerShot G7 X"]]);
  const site = c.pick(["sacrum", "L heel", "R lateral malleolus", "coccyx"]);
  const mrnCompact = n.mrn.replace(/[^0-9A-Za-z]/g, "");
  for (let i = 0, k = c.int(2, 4); i < k; i++) {
    const d = c.after(d0, i * 7);
    const iso = `${d.y}:${String(d.m).padStart(2, "0")}:${String(d.d).padStart(2, "0")}`;
    b.t("FileName: ");
    if (c.chance(0.5)) {
      b.t("W_").v(mrnCompact, "MRN").t("_").v(`${d.y}${String(d.m).padStart(2, "0")}${String(d.d).padStart(2, "0")}`, "DATE").t(`_${site.replace(/ /g, "")}_${i + 1}.jpg\n`);
    } else b.t(`IMG_${c.int(1000, 9999)}.HEIC\n`);
    b.t(`Make: ${make[0]}   Model: ${make[1]}\n`);
    b.t("BodySerialNumber: ").v(cam, "DEVICE").nl();
    b.t("DateTimeOriginal: ").v(iso, "DATE").t(` ${String(c.int(6, 20)).padStart(2, "0")}:${String(c.int(0, 59)).padStart(2, "0")}:${String(c.int(0, 59)).padStart(2, "0")}\n`);
    b.t("GPSInfo: [removed]   ImageUniqueID: ").v(c.hex(32), "ID").nl();
    b.t(`Site: ${site}  ${c.int(1, 9)}.${c.int(0, 9)} x ${c.int(1, 6)}.${c.int(0, 9)} x 0.${c.int(1, 9)} cm  ${c.pick(["Wagner 2", "stage 3", "unstageable", "Braden 13"])}  photographer `).v(initials(c.person()), "NAME").nl(2);
  }
  b.t("Uploaded from ").v(c.ip(), "IP").t(" by ");
  nm(n, other(n), c.pick(["fl", "il"]));
  b.t(c.pick([", RN, CWOCN", ", LPN, WCC", ", PT, CWS"]));
  b.t(" — viewer ").v(`https://wounds.${c.pick(["tissuetrack", "woundpix", "skinchart"])}.com/p/${c.hex(10)}`, "URL").nl();
};

export const STYLES_B: Record<string, Style> = {
  "hh-skilled-visit": hhSkilledVisit,
  "hh-aide-care-plan": hhAideCarePlan,
  "home-vent-rt-visit": homeVentRt,
  "hospital-bed-swo": hospitalBedSwo,
  "lymphedema-garment-order": lymphedemaOrder,
  "wound-photo-exif": woundPhotoExif,
};
