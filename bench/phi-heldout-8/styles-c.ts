/**
 * Eighth held-out corpus, styles C: CGM ambulatory glucose profile, Stanley-Brown safety plan, foster/adoption
 * initial health visit, Social Security medical source statement, scheduling-chatbot transcript, CMS-485 plan of
 * care.
 */
import { fmtDate, MONTHS } from "./kit";
import { address, childDob, dob, nm, other, ph, pn, rel, staff, type Style } from "./note";

const PETS = ["Biscuit", "Murphy", "Duke", "Pepper", "Daisy", "Bella", "Rocky", "Sadie", "Buster", "Lucy", "Gus", "Penny", "Chance", "Major"];

const cgm: Style = (n) => {
  const { b, c } = n;
  const start = c.recent();
  b.t("AMBULATORY GLUCOSE PROFILE (AGP) — 14 days").nl();
  nm(n, n.pt, c.pick(["LF", "lf", "fl"])); b.t("   DOB: "); dob(n); b.t("   ").v(c.fullDate(start), "DATE").t(" – ").v(c.fullDate({ ...start, d: Math.min(28, start.d + 13) }), "DATE").t(" (14 days)").nl();
  b.t(`Device: ${c.pick(["Dexcom G7", "Dexcom G6", "FreeStyle Libre 3", "FreeStyle Libre 2", "Guardian 4"])}   Sensor SN `).v(c.serial(), "DEVICE");
  if (c.chance(0.5)) b.t("   Transmitter ").v(`8G${c.letters(4, "0123456789ABCDEF")}`, "DEVICE");
  b.nl();
  b.t("Clinic: ").v(c.clinic(), "FACILITY").t("   Sharing code: ").v(`${c.letters(4, "ABCDEFGHJKMNPQRSTUVWXYZ23456789")}-${c.letters(4, "ABCDEFGHJKMNPQRSTUVWXYZ23456789")}`, "ID").nl();
  const tir = c.int(30, 92);
  b.t(`Time in range 70-180 mg/dL: ${tir}%   >250: ${c.int(0, 20)}%   181-250: ${c.int(0, 30)}%   54-69: ${c.int(0, 6)}%   <54: ${c.int(0, 3)}%`).nl();
  b.t(`Mean glucose ${c.int(110, 240)} mg/dL   GMI ${c.int(6, 9)}.${c.int(0, 9)}%   CV ${c.int(22, 48)}%   Sensor active ${c.int(70, 99)}%`).nl();
  b.t(`Patterns: ${c.pick(["overnight lows 02:00-04:00", "post-breakfast peaks to 280", "rise after 22:00 snack", "stable overnight"])}.`).nl();
  if (c.chance(0.5)) { b.t(`Pump: ${c.pick(["Tandem t:slim X2", "Omnipod 5", "MiniMed 780G"])} SN `).v(c.serial(), "DEVICE").t(`; basal 0.${c.int(4, 9)} U/h, ICR 1:${c.int(6, 15)}, ISF 1:${c.int(25, 60)}.`).nl(); }
  b.t("Uploaded ").v(c.partialDate(c.recent()), "DATE").t(" by "); nm(n, c.person(), "fl"); b.t(c.pick([", RN, CDCES", ", RD, CDCES", ", MA"])).t(". Report link: ").v(c.url("file"), "URL").nl();
  b.t(`A1c ${c.int(6, 11)}.${c.int(0, 9)}% (${c.lab()}). Plan per Dr. `); nm(n, c.person(), "l"); b.t(".").nl();
};

const safetyPlan: Style = (n) => {
  const { b, c } = n;
  const ppl = [rel(n), rel(n)];
  const dist = rel(n);
  b.t("MY SAFETY PLAN (Stanley-Brown)").nl();
  b.t("Name: "); nm(n, n.pt, c.pick(["fl", "f"])); b.t("   Date: ").v(c.fullDate(c.recent()), "DATE").nl();
  b.t(`Step 1 - Warning signs: ${c.pick(["not sleeping, skipping meals", "drinking alone", "replaying the argument", "anniversary of the accident"])}; when I drive past `).v(c.street(), "ADDRESS").t(".").nl();
  b.t(`Step 2 - Things I can do on my own: walk ${c.pick(["my dog", "our dog"])} ${c.pick(PETS)}, play guitar, shower, breathing app.`).nl();
  b.t("Step 3 - People and places that take my mind off things: "); nm(n, dist.p, c.pick(["fl", "f"])); b.t(" "); ph(n); b.t("; ");
  b.v(c.pick([c.employer(), c.facility(["Public Library", "YMCA", "Community Center"]), `${c.pick(["Bethel", "Shiloh", "Mount Zion"])} Baptist Church`]), "FACILITY").t(".").nl();
  b.t("Step 4 - People I can ask for help:").nl();
  for (const p of ppl) { b.t("  "); pn(n, p.p, ["fl", "f", "fml"]); b.t(` (${p.r}) `); ph(n); b.nl(); }
  b.t("Step 5 - Professionals: "); staff(n, c.person(), [", LPC", ", LCSW", ", PhD", ", MD"]); b.t(" "); ph(n); b.t("; ED at ").v(c.hospital(), "FACILITY").t(", ").v(c.street(), "ADDRESS").t(".").nl();
  b.t("  988 Suicide & Crisis Lifeline: call or text 988. Crisis Text Line: text HOME to 741741. Veterans press 1.").nl();
  const keeper = rel(n);
  b.t(`Step 6 - Making my environment safer: firearms stored with my ${keeper.r} `); nm(n, keeper.p, "f"); b.t(" at their place in ").v(c.city(), "LOCATION").t(`; ${c.drug()} locked in lockbox, ${c.int(7, 14)} days dispensed at a time.`).nl();
  const grand = other(n);
  b.t("The one thing most important to me: ").t(c.pick(["my grandson ", "my daughter ", "my little brother ", "my niece "])); nm(n, grand, "f"); b.t(c.pick([" graduating in ", " being born in ", " turning 10 in "])).t(String(c.int(2026, 2028))).t(".").nl();
  b.t("Completed with: "); nm(n, c.person(), "fl"); b.t(", LCSW. Copy texted to patient; form link ").v(c.url("form"), "URL").nl();
};

const adoption: Style = (n) => {
  const { b, c } = n;
  childDob(n, 15);
  const [p1, p2] = [other(n), other(n)];
  const bm = other(n);
  const cw = c.person();
  b.t(c.pick(["FOSTER CARE / ADOPTION — INITIAL HEALTH VISIT", "Comprehensive Health Assessment — Child in Out-of-Home Care"])).nl();
  b.t("Child: "); nm(n, n.pt, c.pick(["fl", "fml", "lf"]));
  if (c.chance(0.4)) { b.t(" (birth name: "); nm(n, n.pt, "f"); b.t(" "); b.v(c.pick(["Hollis", "Reyes", "Moss", "Vang", c.person().last]), "NAME"); b.t(")"); }
  b.t("   DOB ").v(c.fullDate(n.dob), "DATE").t(c.pick(["", " (estimated)", " per birth certificate"])).nl();
  b.t("Agency: ").v(c.county(), "LOCATION").t(" Children's Services   Caseworker: "); nm(n, cw, "fl"); b.t(" "); ph(n); b.t("   Case #").v(`${c.digits(2)}-${c.digits(6)}`, "ID").nl();
  b.t("Placed with: "); nm(n, p1, "fl"); b.t(" and "); nm(n, p2, "fl"); b.t(", "); address(n, n.addr); b.t(", since ").v(c.partialDate(c.recent()), "DATE").t(`. Placement #${c.int(1, 5)}; previous foster home in `).v(c.city(), "LOCATION").t(".").nl();
  b.t("Birth mother: "); nm(n, bm, c.pick(["fl", "f"])); b.t(`, age ${c.int(15, 39)} at delivery; prenatal care ${c.pick(["none", "late (3rd trimester)", "limited"])}; exposures: ${c.pick(["methamphetamine", "alcohol", "tobacco", "opioids (on buprenorphine)", "none known"])}.`);
  if (c.chance(0.5)) b.t(" Birth father unknown.");
  else { b.t(" Birth father: "); nm(n, other(n), "fl"); b.t(", incarcerated at ").v(c.facility(["Correctional Center", "County Jail"]), "FACILITY").t("."); }
  b.nl();
  b.t("Born at ").v(c.hospital(), "FACILITY").t(`; BW ${c.int(1, 4)}.${c.int(0, 9)} kg; NICU ${c.int(0, 30)} days; NAS score max ${c.int(0, 16)}.`).nl();
  b.t("Immunizations per state registry, client ID ").v(c.digits(8), "ID").t(". Medicaid ").v(c.medicaid(), "HEALTH_PLAN").t(".").nl();
  b.t(`Lead ${c.int(1, 9)}.${c.int(0, 9)} µg/dL; Hep C Ab neg; Ages & Stages: delays in communication. ${c.clin()}`).nl();
  b.t("Examined by "); staff(n, c.person(), [", MD, FAAP", ", DO", ", CPNP"]); b.t(". Next visit in 30 days: ").v(c.partialDate(c.recent()), "DATE").nl();
};

const ssa: Style = (n) => {
  const { b, c } = n;
  const doc = c.person();
  const first = c.recent();
  b.t("MEDICAL SOURCE STATEMENT OF ABILITY TO DO WORK-RELATED ACTIVITIES (PHYSICAL)").nl();
  b.t("Claimant: "); pn(n, n.pt, ["fl", "LF", "fml"]); b.t("   SSN: ");
  if (c.chance(0.4)) b.t("XXX-XX-").v(c.digits(4), "SSN"); else b.v(c.ssn(), "SSN");
  b.t("   DOB ").v(c.fullDate(n.dob), "DATE").nl();
  b.t("Claim no. ").v(`${c.letters(1)}${c.digits(8)}`, "ID").t("   Disability examiner: "); nm(n, c.person(), "fl"); b.t(`, ${c.pick(["Ohio", "Arkansas", "Kentucky", "Iowa"])} Disability Determination Services,`).nl();
  b.v(c.street(), "ADDRESS").t(", ").v(c.city(), "LOCATION").t(`, ${c.state()} `).v(c.zip(), "ZIP").t("   Fax "); ph(n, c.phone(), "FAX"); b.nl();
  b.t("Treating since ").v(c.fullDate(first), "DATE").t(`; seen every ${c.int(1, 6)} months; last visit `).v(c.fullDate(c.recent()), "DATE").t(".").nl();
  b.t(`Diagnoses: ${c.icd()}, ${c.icd()}, ${c.icd()}. Prognosis: ${c.pick(["fair", "poor", "guarded"])}.`).nl();
  b.t(`Lift/carry: ${c.pick(["10", "20"])} lb occasionally, less than 10 lb frequently. Sit ${c.int(1, 4)} h and stand/walk ${c.int(1, 3)} h in an 8-hour day. Needs to shift positions at will. Off task ${c.pick(["15", "20", "25"])}%. Absent > ${c.int(2, 4)} days/month.`).nl();
  b.t("These limitations have existed since at least ").v(c.pick([`${MONTHS[first.m - 1]} ${first.y}`, fmtDate(first, "mdy")]), "DATE").t(` (onset after ${c.pick(["MVC", "fall at work", "stroke", "back surgery"])} in ${c.year()}).`).nl();
  b.t("Source: "); nm(n, doc, "fml"); b.t(", MD, ").v(c.clinic(), "FACILITY").t(", ").v(c.street(), "ADDRESS").t(", ").v(c.city(), "LOCATION").t(". Phone "); ph(n); b.nl();
  b.t("Signature ______  Date ").v(c.fullDate(c.recent()), "DATE").nl();
};

const chatbot: Style = (n) => {
  const { b, c } = n;
  const doc = c.person();
  const r = rel(n);
  const bot = c.pick(["Ava", "Sam", "Robin", "Max", "Hope"]);
  b.t("Virtual Assistant transcript — ").v(c.clinic(), "FACILITY").nl();
  b.t("Session ").v(`va-${c.hex(8)}`, "ID").t(" started ").v(c.fullDate(c.recent()), "DATE").t(` ${c.time()}  channel: web  client IP `).v(c.chance(0.8) ? c.ipv4() : c.ipv6(), "IP").nl();
  b.t(`${bot} (bot): Hi! I'm ${bot}, the clinic's virtual assistant. I can help you book, cancel or ask a question. What is your first and last name?`).nl();
  b.t("User: "); nm(n, n.pt, c.pick(["lc", "fl", "FL"])); b.nl();
  b.t(`${bot} (bot): Thanks! Please enter your date of birth (MM/DD/YYYY).`).nl();
  b.t("User: ").v(c.chance(0.5) ? fmtDate(n.dob, "mdy") : c.fullDate(n.dob).toLowerCase(), "DATE").nl();
  b.t(`${bot} (bot): What would you like help with today?`).nl();
  b.t(`User: ${c.pick(["need to see someone about", "my", "can i get in for"])} ${c.pick(["knee", "sugar being high", "refill of " + c.drug().toLowerCase(), "cough"])}. my ${r.r} `); nm(n, r.p, c.pick(["lc", "f"]));
  if (c.chance(0.35)) b.t(" said to ask for dr ").v(doc.last.toLowerCase(), "NAME");
  else b.t(c.pick([" can bring me", " works days", " will drive"]));
  b.nl();
  b.t(`${bot} (bot): I found an opening with Dr. `); nm(n, doc, "l"); b.t(" on ").v(c.partialDate(c.recent()), "DATE").t(` at ${c.time()} at our `).v(c.city(), "LOCATION").t(" office. Book it?").nl();
  b.t("User: ");
  if (c.chance(0.3)) b.t("is there anything on the ").v(c.ordinal(c.recent()), "DATE").t("?");
  else b.t(c.pick(["yes", "ok", "yes please"]));
  b.nl();
  b.t(`${bot} (bot): Booked. Where should we send the reminder?`).nl();
  b.t("User: "); if (c.chance(0.5)) ph(n, n.phone); else b.v(n.email, "EMAIL"); b.nl();
  b.t(`${bot} (bot): You're all set. Confirmation `).v(c.letters(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "ID").t(". Check in online: ").v(c.url("portal"), "URL").nl();
};

const cms485: Style = (n) => {
  const { b, c } = n;
  const soc = c.recent();
  b.t("HOME HEALTH CERTIFICATION AND PLAN OF CARE").nl();
  b.t("1. Patient's HI Claim No. ").v(c.mbi(), "HEALTH_PLAN").t("  2. Start of Care Date ").v(fmtDate(soc, "mdy"), "DATE").t("  3. Certification Period From: ").v(fmtDate(soc, "mdy"), "DATE").t(" To: ").v(c.fullDate(c.recent()), "DATE").nl();
  b.t("4. Medical Record No. ").v(n.mrn, "MRN").t(`  5. Provider No. ${c.digits(2)}-${c.digits(4)}`).nl();
  b.t("6. Patient's Name and Address: "); nm(n, n.pt, c.pick(["LF", "lfm", "lfi"])); b.nl().t("   "); address(n, n.addr, "\n   "); b.nl();
  b.t("7. Provider's Name, Address and Telephone Number: ").v(c.facility(["Home Health", "Home Care", "Visiting Nurse Association"]), "FACILITY").t(", ").v(c.street(), "ADDRESS").t(", ").v(c.city(), "LOCATION").t(" ");
  ph(n); b.nl();
  b.t("8. Date of Birth ").v(fmtDate(n.dob, c.chance(0.5) ? "mdy" : "mdyShort"), "DATE").t(`  9. Sex ${c.pick(["F", "M"])}  10. Medications: ${c.drug()} ${c.int(1, 80)} mg daily; ${c.drug()} PRN (N)`).nl();
  b.t(`11. ICD-10 ${c.icd()} Principal Diagnosis  Date `).v(fmtDate(c.recent(), "mdy"), "DATE").t(`  12. Surgical Procedure ${c.pick(["0SRD0JZ", "N/A", "0QS606Z"])}`).nl();
  b.t(`18.A Functional Limitations: 5 Paralysis, 6 Endurance, 7 Ambulation   18.B Activities Permitted: 5 Partial weight bearing, 7 Walker`).nl();
  b.t(`21. Orders: SN 2w4, 1w5; PT eval + 2w4; HHA 2w6. Goals: independent with ${c.drug()} management by `).v(c.partialDate(c.recent()), "DATE").t(`. ${c.clin()}`).nl();
  b.t("   Emergency contact: "); const e = rel(n); nm(n, e.p, "fl"); b.t(` (${e.r}) `); ph(n); b.nl();
  b.t("23. Nurse's Signature and Date of Verbal SOC: "); nm(n, c.person(), "fl"); b.t(", RN  ").v(fmtDate(soc, "mdy"), "DATE").nl();
  b.t("24. Physician's Name and Address: "); nm(n, c.person(), c.pick(["FL", "fml"])); b.t(", MD, ").v(c.clinic(), "FACILITY").t(", ").v(c.street(), "ADDRESS").t(", ").v(c.city(), "LOCATION").t(`, ${c.state()} `).v(c.zip(), "ZIP").t("  NPI ").v(c.npi(), "LICENSE").nl();
};


export const STYLES_C: Record<string, Style> = {
  "cgm-report": cgm,
  "safety-plan": safetyPlan,
  "adoption-health-visit": adoption,
  "ssa-source-statement": ssa,
  "chatbot-transcript": chatbot,
  "cms485-plan": cms485,
};
