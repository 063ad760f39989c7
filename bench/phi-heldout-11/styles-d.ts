/** Styles D: commission, donor, harm-reduction, ship, tribal and milk-bank records. */
import { fmtDate, later, monthYear, ord, p2 } from "./kit";
import { FEMALE, PAYERS } from "./lists";
import { address, age, clin, dt, initials, nm, other, ph, pickAge, staff, type Note11, type Style } from "./note";

const ALIASES = ["Hurricane", "Lil Bit", "Smokey", "The Hammer", "Bulldog", "Tank", "Sugarfoot", "Chino", "Pitbull", "Baby Face"];

/** State athletic commission pre-fight medical: venue, fighter alias in quotes (NAME), fighter id and licence, suspension-until date. */
const prefight: Style = (n) => {
  const { b, c } = n;
  const doc = other(n);
  const second = other(n);
  const opp = other(n);
  const ev = c.recent();
  n.dob = { y: c.int(1981, 2005), m: c.int(1, 12), d: c.int(1, 28) };
  const susp = c.pick([7, 30, 45, 60]);
  b.t(`${n.addr.state} ATHLETIC COMMISSION — PRE-BOUT MEDICAL EXAMINATION`).nl();
  b.t(`Event: "${c.pick(["Bayou Brawl", "Cage Kings", "Friday Night Fights", "Rumble on the River"])} ${c.int(12, 88)}"   Venue: `).v(c.pick([`${c.town()} Civic Center`, `${c.town()} Event Center`, "Three Forks Casino"]), "FACILITY").t(", ").v(c.town(), "LOCATION").t("   Date: ").v(fmtDate(ev, c.pick(["mdy", "long"] as const)), "DATE").nl();
  b.t("Fighter: "); nm(n, n.pt, "fl"); b.t(` "`).v(c.pick(ALIASES), "NAME").t(`"   Fed ID: `).v(`${c.letters(2)}-${c.digits(6)}`, "ID").t("   Commission Lic #: ").v(c.licence(`${n.addr.state}-`), "LICENSE").nl();
  b.t("DOB: ").v(fmtDate(n.dob, "mdy"), "DATE").t(`   Weigh-in: ${c.int(115, 265)}.${c.int(0, 9)} lb   Bout ${c.int(1, 10)} of ${c.int(8, 12)}, ${c.pick(["3 x 5 min", "5 x 5 min", "4 x 3 min boxing", "3 x 3 min amateur"])}   Opponent: `); nm(n, opp, "fl"); b.nl();
  b.t(`Labs: HIV/HBsAg/HCV neg (collected `).v(c.partialDate(later(ev, -40)), "DATE").t(`); MRI brain ${c.pick(["12/2025 neg", "on file"])}; ophthalmology clearance by `); staff(n, other(n), [", MD", ", OD"]); b.nl();
  b.t(`Exam: pupils ERRL, fundi nl, ${clin(n)}, Mallampati II, hand wraps inspected. Cleared: ${c.pick(["YES", "YES", "NO — BP recheck"])}.`).nl();
  b.t("Cornerman/second: "); nm(n, second, "fl"); b.t(" Lic ").v(c.licence(), "LICENSE").nl();
  b.t(`Post-bout: ${c.pick(["TKO R2", "UD", "KO R1 — LOC 20 s", "SUB R3"])}. Suspension: ${susp} days no contact, until `).v(fmtDate(later(ev, susp), "mdy1"), "DATE").t(".").nl();
  b.t("Ringside physician: "); staff(n, doc, [", MD", ", DO"]); b.t("  Lic ").v(c.licence(), "LICENSE").t("  Cell "); ph(n); b.nl();
};

/** Plasma donor visit: chain and centre number (not gold) with town gold, donor id, fingerprint match (BIOMETRIC), prepaid card last four, machine serial vs kit lot. */
const plasmaDonor: Style = (n) => {
  const { b, c } = n;
  const ms = other(n);
  const phleb = other(n);
  b.t(`${c.pick(["CSL Plasma", "BioLife Plasma Services", "Octapharma Plasma", "Grifols Plasma"])} — `).v(c.town(), "LOCATION").t(`, Center #${c.int(100, 999)}   DONOR VISIT RECORD`).nl();
  b.t("Donor ID: ").v(`${c.digits(3)}${c.letters(1)}${c.digits(5)}`, "ID").t("   Fingerprint: MATCH (template ").v(`${c.letters(2, "0123456789ABCDEF")}${c.digits(6)}${c.letters(2, "0123456789ABCDEF")}`, "BIOMETRIC").t(")").nl();
  b.t("Donor: "); nm(n, n.pt, c.pick(["LF", "fl"] as const)); b.t("   DOB: ").v(fmtDate(n.dob, "mdy"), "DATE").t("   Ph: "); ph(n, n.phone); b.nl();
  b.t("Address: "); address(n, n.addr); b.t(`   ID verified: DL `).v(c.dl(), "LICENSE").nl();
  b.t(`Visit ${c.int(2, 104)} of ${c.int(2025, 2026)} · Date `).v(fmtDate(c.recent(), "mdy"), "DATE").t(`   Last donation `).v(c.partialDate(c.recent()), "DATE").nl();
  b.t(`Screen: Wt ${c.int(110, 320)} lb, Hct ${c.int(38, 52)}%, TP ${c.int(6, 8)}.${c.int(0, 9)} g/dL, ${clin(n)}, arms clear. Nomogram volume ${c.pick([690, 825, 880])} mL.`).nl();
  b.t(`Machine: ${c.pick(["Aurora Xi", "NexSys PCS", "PCS2"])} SN `).v(c.serial(), "DEVICE").t(`   Kit lot ${c.digits(2)}${c.letters(1)}${c.digits(5)} exp ${c.int(2027, 2028)}-${p2(c.int(1, 12))}   Anticoag ACD-A lot ${c.letters(2)}${c.digits(4)}`).nl();
  b.t(`Phlebotomist: `).v(initials(phleb), "NAME").t(`   Reaction: ${c.pick(["none", "mild citrate (tingling) — Tums given", "vasovagal 30 s"])}`).nl();
  b.t("Compensation: $").t(String(c.pick([50, 70, 100, 125]))).t(" loaded to prepaid card ending ").v(c.digits(4), "ACCOUNT").nl();
  b.t("Medical specialist review: "); nm(n, ms, "fl"); b.t(c.pick([", RN", ", EMT-P", ", LPN"])).nl();
};

/** Syringe services encounter: participant code built from letters and birth date (ID), street alias, mobile site at a corner, naloxone lots (not gold), van plate. */
const sspEncounter: Style = (n) => {
  const { b, c } = n;
  const peer = other(n);
  const cousin = other(n);
  const mom = c.given();
  const code = `${mom.slice(0, 2).toUpperCase()}${n.pt.first.slice(0, 2).toUpperCase()}${p2(n.dob.m)}${p2(n.dob.d)}${c.pick(["M", "F", "X"])}`;
  n.noContact = true;
  b.t(c.pick(["", "SSP ENCOUNTER — "])).v(c.county(), "LOCATION").t(" County Harm Reduction Program").nl();
  b.t("Participant code: ").v(c.chance(0.5) ? code : `${code.slice(0, 2)}-${code.slice(2, 4)}-${code.slice(4, 8)}-${code.slice(8)}`, "ID").t(`   (mother's first 2 + first 2 + MMDD + sex)   goes by "`).v(c.pick(ALIASES), "NAME").t(`"`).nl();
  b.t("Site: mobile van at ").v(c.streetName(), "ADDRESS").t(" & ").v(c.streetName(), "ADDRESS").t(", ").v(c.town(), "LOCATION").t(" · van plate ").v(c.plate(), "VEHICLE").t(" · ").v(fmtDate(c.recent(), c.pick(["mdy1", "mdy2"] as const)), "DATE").t(` ${c.time()}`).nl();
  b.t(`Supplies: ${c.pick([50, 100, 200])} x 1cc 28g, ${c.int(5, 20)} cookers, cottons, ${c.int(1, 4)} x naloxone 4 mg nasal (lot ${c.letters(3)}${c.digits(4)}, exp ${p2(c.int(1, 12))}/${c.int(2027, 2028)}), FTS x${c.int(5, 20)}, sharps 1.4 qt returned`).nl();
  b.t(`Overdose reversals reported: ${c.int(1, 3)} — "used one on my cousin `).v(c.chance(0.5) ? cousin.first.toLowerCase() : cousin.first, "NAME").t(` on the `).v(ord(c.int(1, 28)), "DATE").t(` behind the ${c.pick(["Dollar General", "laundromat", "bus depot"])}"`).nl();
  b.t(`Wound check: ${c.pick(["abscess L forearm 2 x 3 cm, fluctuant", "cellulitis R hand", "no wounds"])} — referred to `).v(c.facility(c.pick(["Health Center", "Urgent Care", "Family Clinic"])), "FACILITY").t(" wound clinic.").nl();
  b.t(`MOUD interest: ${c.pick(["yes — warm handoff to peer ", "contemplative; card from peer "])}`); nm(n, peer, "fl"); b.t(", CPRS (").v(c.phone(), "PHONE").t(").").nl();
  b.t(`HCV Ab ${c.pick(["reactive (RNA pending)", "nonreactive", "declined"])}; HIV ${c.pick(["nonreactive", "declined"])}. Staff: `).v(initials(other(n)), "NAME").t("/").v(initials(other(n)), "NAME").nl();
};

/** Cruise ship medical centre note: cabin (not gold), SeaPass folio (ACCOUNT), passport (ID), US home port (LOCATION), foreign port and hospital, travel policy. */
const cruiseInfirmary: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.12);
  const dr = other(n);
  const rn = other(n);
  const comp = other(n);
  const d = c.recent();
  b.t(`MS ${c.pick(["Caribbean Dawn", "Coral Majesty", "Northern Aria", "Sea Lantern"])} — MEDICAL CENTER   Voyage ${c.letters(2)}${c.digits(4)}   Ship's time`).nl();
  b.t("Guest: "); nm(n, n.pt, c.pick(["LF", "lf"] as const)); b.t(`   Cabin ${c.int(2, 14)}${c.digits(3)}   SeaPass/Folio: `).v(c.digits(10), "ACCOUNT").nl();
  b.t("DOB: ").v(fmtDate(n.dob, c.pick(["DMONY", "dmy", "mdy"] as const)), "DATE").t("   Age "); age(n, a); b.t("   Passport: ").v(`${c.int(5, 6)}${c.digits(8)}`, "ID").t("  (USA)").nl();
  b.t("Home: "); address(n, n.addr); b.t("   Embarked: ").v(c.pick(["Galveston", "Port Canaveral", "Mobile", "Tampa", "Baltimore"]), "LOCATION").t(" ").v(fmtDate(later(d, -3), "mdy2"), "DATE").nl();
  b.t("Travelling with: "); nm(n, comp, "fl"); b.t(` (${c.pick(["spouse", "daughter", "friend"])}), cabin same. Emergency contact ashore: `); nm(n, other(n), "fl"); b.t(" "); ph(n); b.nl(2);
  b.t("Seen ").v(fmtDate(d, c.pick(["mdy", "short"] as const)), "DATE").t(` at ${p2(c.int(0, 23))}${p2(c.int(0, 59))} by `); staff(n, dr, [", MD (Ship's Physician)", ", MD"]); b.t(" and "); nm(n, rn, "fl"); b.t(", RN.").nl();
  b.t(`CC: ${c.pick(["chest pain after shore excursion", "fall on pool deck, R wrist deformity", "vomiting x6, norovirus cluster deck 7", "confusion, Na 121"])}. ${clin(n)}. ECG: ${c.pick(["NSR", "AF RVR 142", "STE II, III, aVF"])}.`).nl();
  b.t(`Plan: medically disembarked at ${c.pick(["Cozumel", "Roatán", "Nassau", "Costa Maya"])} to `).v(c.pick(["Hospital Costamed", "Doctors Hospital West", "Clínica San Miguel", "Hospiten Riviera"]), "FACILITY").t(`; charges US$${c.int(300, 4800)} to folio.`).nl();
  b.t(`Travel insurance: ${c.pick(["Allianz", "Travel Guard", "GeoBlue"])} policy `).v(`${c.letters(3)}${c.digits(7)}`, "HEALTH_PLAN").t(", assistance case ").v(`${c.digits(2)}-${c.digits(6)}`, "ID").t(`; ${c.pick(PAYERS)} (no coverage abroad).`).nl();
};

/** IHS Purchased/Referred Care referral: service unit facility, chart number, tribal enrollment number, chapter (LOCATION), HC box address, PRC authorisation, CHR. */
const ihsPrc: Style = (n) => {
  const { b, c } = n;
  const chr = other(n);
  const doc = other(n);
  const su = c.town();
  if (c.chance(0.7)) n.pt = { ...n.pt, last: c.pick(["Begay", "Yazzie", "Tsosie", "Benally", "Nez", "Manuelito", "Lone Wolf", "Spotted Elk", "Two Bulls", "Red Cloud", "Tallbird", "Kills Enemy", "Goodhouse", "Whitehorse"]) };
  if (c.chance(0.5)) n.addr = { line1: `HC ${c.int(10, 79)} Box ${c.int(100, 9999)}`, city: c.town(), state: c.pick(["AZ", "NM", "SD", "MT", "OK"]), zip: c.zip() };
  b.t("INDIAN HEALTH SERVICE — PURCHASED/REFERRED CARE (PRC) REFERRAL").nl();
  b.t("Service Unit: ").v(`${su} ${c.pick(["Indian Health Center", "Service Unit Hospital", "Health Station"])}`, "FACILITY").nl();
  b.t("Patient: "); nm(n, n.pt, "LF"); b.t("   Chart #: ").v(n.mrn, "MRN").t("   DOB: ").v(fmtDate(n.dob, "mdy"), "DATE").nl();
  b.t(`Tribe: ${c.pick(["Navajo Nation", "Oglala Sioux Tribe", "Tohono O'odham Nation", "Cherokee Nation", "Blackfeet Nation"])}   Census/Enrollment #: `).v(c.pick([`${c.digits(9)}`, `${c.letters(1)}${c.digits(5)}`, `${c.digits(3)}-${c.digits(5)}`]), "ID");
  if (c.chance(0.6)) { b.t("   Chapter: ").v(c.pick(["Many Farms", "Rough Rock", "Sweetwater", "Lukachukai", "Teec Nos Pos", "Wide Ruins"]), "LOCATION"); }
  b.nl().t("Address: "); address(n, n.addr); b.t(c.chance(0.4) ? " (home 3 mi N of the trading post, blue roof)" : "").nl();
  b.t("Phone: "); ph(n, n.phone); b.t(c.chance(0.5) ? " (message w/ sister)" : "").nl();
  b.t("Referred to: ").v(c.facility(c.pick(["Medical Center", "Regional Hospital", "Heart Institute"])), "FACILITY").t(" — "); staff(n, doc, [", MD"]); b.t(` for ${c.pick(["cardiac cath", "ortho consult, L hip", "oncology consult", "cataract surgery OD"])}`).nl();
  b.t(`Medical priority: ${c.pick(["I", "II", "III"])}   Alternate resources: Medicaid `).v(c.medicaid(), "HEALTH_PLAN").t(c.chance(0.5) ? "; Medicare MBI " : "").t("");
  if (b.text.endsWith("MBI ")) b.v(c.mbi(), "HEALTH_PLAN");
  const v0 = c.recent();
  b.nl().t("PRC authorization #: ").v(`${c.int(25, 26)}${c.letters(1)}${c.digits(6)}`, "ID").t("   Valid: ").v(fmtDate(v0, "mdy1"), "DATE").t(" – ").v(monthYear(later(v0, 90)), "DATE").nl();
  b.t("CHR: "); nm(n, chr, "fl"); b.t(" will drive (tribal vehicle ").v(c.plate(), "VEHICLE").t("), cell "); ph(n); b.nl();
  b.t(`${clin(n)}. Interpreter: ${c.pick(["Diné", "Lakota", "O'odham", "none needed"])}.`).nl();
};

/** Milk bank donor screening and pool record: donor number and bottle batch ids (ID) vs pool lot (not gold), infant and birth hospital, serology date. */
const milkBank: Style = (n) => {
  const { b, c } = n;
  const baby = other(n);
  const ped = other(n);
  const coord = other(n);
  const bbirth = c.recent();
  n.dob = { y: c.int(1986, 2004), m: c.int(1, 12), d: c.int(1, 28) };
  n.pt = { ...n.pt, first: c.pick(FEMALE) };
  n.email = c.email(n.pt);
  const donor = `D-${c.int(2025, 2026)}-${c.digits(4)}`;
  b.v(`${c.pick(["Heartland", "Tri-State", c.town()])} Mothers' Milk Bank`, "FACILITY").t(" — DONOR SCREENING & POOL RECORD").nl();
  b.t("Donor #: ").v(donor, "ID").t("   Donor: "); nm(n, n.pt, c.pick(["fl", "LF"] as const)); b.t("   DOB: ").v(fmtDate(n.dob, "mdy"), "DATE").nl();
  b.t("Address: "); address(n, n.addr); b.t("   Cell: "); ph(n, n.phone); b.t("   E-mail: ").v(n.email, "EMAIL").nl();
  b.t("Infant: "); nm(n, baby, "fl"); b.t(", born ").v(c.partialDate(bbirth), "DATE").t(` at ${c.int(32, 41)}w${c.int(0, 6)}d, `).v(c.facility(c.pick(["Medical Center", "Women's Hospital", "Regional Hospital"])), "FACILITY").nl();
  b.t("Infant's pediatrician: "); staff(n, ped, [", MD", ", DO"]); b.t("   Donor's OB: "); staff(n, other(n), [", MD", ", CNM"]); b.nl();
  b.t("Serology drawn ").v(fmtDate(later(bbirth, 10), "mdy1"), "DATE").t(": HIV-1/2, HTLV-I/II, HBsAg, HCV, syphilis — nonreactive. Meds: prenatal vitamin, ").t(c.pick(["sertraline 50 mg (acceptable)", "levothyroxine 75 mcg", "none"])).t(".").nl();
  b.t("Bottles received (donor batch labels):").nl();
  for (let i = 0; i < c.int(2, 3); i++) {
    const d = later(bbirth, 20 + i * 3);
    b.t("  ").v(`${donor.slice(2).replace(/-/g, "")}-${p2(d.m)}${p2(d.d)}`, "ID").t(`   ${c.int(12, 60)} oz   frozen `).v(`${d.m}/${d.d}`, "DATE").t(`   temp ${c.pick(["-20", "-18", "-22"])} °C`).nl();
  }
  b.t(`Pool P-${c.digits(5)} (${c.int(3, 5)} donors), Holder pasteurized 62.5 °C x 30 min, culture no growth; product lot ${c.letters(2)}${c.digits(6)}, 24 kcal/oz.`).nl();
  b.t("Coordinator: "); nm(n, coord, "fl"); b.t(", IBCLC ").v(`L-${c.digits(5)}`, "LICENSE").t(". Approved ").nl(); dt(n, later(bbirth, 30)); b.t(".").nl();
};

export const STYLES_D: Record<string, (n: Note11) => void> = {
  "combat-sports-prefight": prefight,
  "plasma-center-donor": plasmaDonor,
  "ssp-encounter": sspEncounter,
  "cruise-infirmary": cruiseInfirmary,
  "ihs-prc-referral": ihsPrc,
  "milk-bank-donor": milkBank,
};
