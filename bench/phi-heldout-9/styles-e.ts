/**
 * Ninth held-out corpus, styles E: a bereavement note with a pasted obituary, a school seizure action plan, and
 * the four multi-patient styles (hospice IDT roster, falls huddle as a markdown table, FHIR NDJSON bulk export,
 * EMPI duplicate-pair report).
 */
import * as V from "./lists";
import { dayName, iso, MONTHS, type D, type Person } from "./kit";
import { age, dob, dt, fac, nm, other, ph, pickAge, plus, rel, staff, type Note9, type Style } from "./note";

function obituary(n: Note9): void {
  const { b, c } = n;
  const a = pickAge(n, 0.55);
  const hosp = c.hospice();
  b.t("BEREAVEMENT — INITIAL RISK ASSESSMENT\n");
  fac(n, hosp);
  b.t("\nDeceased patient: ");
  nm(n, n.pt, c.pick(["fl", "lfm", "FL"] as const));
  b.t("   Date of death: ");
  const dod = c.recent();
  dt(n, dod);
  b.t(`   Place: ${c.pick(["home", "inpatient unit", "facility"])}\n`);
  const sp = rel(n);
  const kid = rel(n);
  b.t("Primary bereaved: ");
  nm(n, kid, "fl");
  b.t(` (${c.pick(["daughter", "son", "granddaughter", "niece"])}), `);
  ph(n);
  b.t(`\nRisk factors: ${c.pick(["caregiver > 2 years", "prior loss (son, " + c.year() + ")", "lives alone now", "anticipatory grief high"])}; Bereavement Risk Index ${c.int(2, 14)}. Plan: 13-month follow-up, mailings at 1, 3, 6, 9, 13 months.\n\n`);
  b.t("Obituary (as published, pasted by volunteer):\n\"");
  nm(n, n.pt, "fml");
  if (n.pt.nick) {
    b.t(' "');
    b.v(n.pt.nick, "NAME");
    b.t('"');
  }
  b.t(`, `);
  age(n, a, c.chance(0.4));
  b.t(`, of `);
  b.v(c.city(), "LOCATION").t(", passed away peacefully ");
  b.v(c.pick([`${dayName(dod)}, ${MONTHS[dod.m - 1]} ${dod.d}, ${dod.y}`, `${MONTHS[dod.m - 1]} ${dod.d}`]), "DATE");
  b.t(" at ");
  fac(n, c.chance(0.5) ? hosp : c.ltc());
  b.t(". Born ");
  b.v(`${MONTHS[n.dob.m - 1]} ${n.dob.d}, ${n.dob.y}`, "DATE");
  b.t(" in ");
  b.v(c.city(), "LOCATION").t(" to ");
  const f = rel(n);
  nm(n, f, "fl");
  b.t(" and ");
  const m = rel(n);
  b.v(m.first, "NAME").t(" (").v(c.pick(V.SURNAMES), "NAME").t(") ").v(f.last, "NAME");
  b.t(`, ${c.pick(["she", "he"])} graduated from `);
  b.v(c.school().replace(/Elementary|Middle School|Academy|Learning Center|Junior High|Christian School/, "High School"), "FACILITY");
  b.t(` in ${c.year()} and married `);
  nm(n, sp, "fl");
  b.t(" on ");
  dt(n, { y: c.int(1946, 1985), m: c.int(1, 12), d: c.int(1, 28) }, c.chance(0.3));
  b.t(`. ${c.pick(["She", "He"])} retired from `);
  b.v(c.employer(), "FACILITY");
  b.t(` after ${c.int(18, 44)} years and was a lifelong member of `);
  b.v(c.pick(V.CHURCHES), "FACILITY");
  b.t(`. Survived by ${c.pick(["daughter", "son"])} `);
  nm(n, kid, "fl");
  b.t(" (");
  nm(n, rel(n), "f");
  b.t(") of ");
  b.v(c.city(), "LOCATION");
  b.t(`; ${c.int(2, 14)} grandchildren and ${c.int(0, 20)} great-grandchildren. Visitation ${c.pick(["Friday 5-7 pm", "one hour before the service"])} at `);
  b.v(c.pick(V.FUNERAL_HOMES), "FACILITY");
  b.t(", ");
  b.v(c.street(), "ADDRESS");
  b.t("; burial at ");
  b.v(c.pick(V.CEMETERIES), "FACILITY");
  b.t(`. Memorials to ${c.pick(["the hospice", "the Alzheimer's Association", "St. Jude Children's Research Hospital"])}."\n\n`);
  b.t("Bereavement coordinator: ");
  nm(n, other(n), "fl");
  b.t(", MSW   Next contact: ");
  dt(n, plus(dod, 30), true);
  b.nl();
}

function seizurePlan(n: Note9): void {
  const { b, c } = n;
  n.dob = { ...n.dob, y: c.int(2010, 2021) };
  b.t(`SEIZURE ACTION PLAN — ${c.int(2025, 2026)}-${c.int(2026, 2027)} school year\nStudent: `);
  nm(n, n.pt, c.pick(["fl", "lf"] as const));
  if (n.pt.nick) b.t(' (goes by "').v(n.pt.nick, "NAME").t('")');
  b.t("   DOB: ");
  dob(n);
  b.t(`   Grade: ${c.pick(["K", "2", "4", "6", "8", "10", "11"])}\nSchool: `);
  fac(n, c.school());
  b.t(`   Teacher: ${c.pick(["Mrs. ", "Mr. ", "Ms. "])}`);
  nm(n, other(n), "l");
  b.t(`   Bus # ${c.int(2, 68)}\n\nParent/guardian: `);
  const p1 = rel(n);
  nm(n, p1, "fl");
  b.t("  cell ");
  ph(n);
  b.t("  work ");
  ph(n);
  if (c.chance(0.6)) {
    b.t("\nOther emergency contact: ");
    nm(n, rel(n), "fl");
    b.t(` (${c.pick(["grandmother", "aunt", "stepfather", "neighbor"])})  `);
    ph(n);
  }
  b.t("\nTreating neurologist: ");
  staff(n, other(n), [", MD", ", DO", ", APRN"]);
  b.t(", ");
  fac(n, c.clinic());
  b.t("  ");
  ph(n);
  b.t(`\n\nSeizure type: ${c.pick(["absence — staring 5-10 s", "focal impaired awareness — lip smacking", "generalized tonic-clonic", "atonic drop"])}; triggers: ${c.pick(["missed sleep", "illness/fever", "flashing lights", "missed doses"])}. Last seizure `);
  dt(n, c.recent(), true);
  b.t(`.\nDaily meds (home): ${c.pick(["Keppra 500 mg BID", "Lamictal 100 mg BID", "Epidiolex 5 mg/kg BID", "ethosuximide 250 mg BID"])}.\n`);
  b.t(`Rescue: ${c.pick(["Valtoco 10 mg nasal", "Nayzilam 5 mg nasal", "Diastat 10 mg rectal"])} if seizure > ${c.pick(["3", "5"])} minutes; call 911. Cluster > 3 in 1 hour: call parent.\n`);
  if (c.chance(0.5)) b.t("VNS: swipe magnet over generator (left chest); generator S/N ").v(c.serial(), "DEVICE").t(". ");
  b.t(`Water safety: buddy system; helmet for PE ${c.pick(["yes", "no"])}.\n\nParent signature: `);
  nm(n, p1, "il");
  b.t("   Date: ");
  dt(n);
  b.t("\nSchool nurse: ");
  nm(n, other(n), "fl");
  b.t(", RN, NCSN   Reviewed ");
  dt(n, c.recent(), true);
  b.nl();
}

function hospiceIdt(n: Note9): void {
  const { b, c } = n;
  n.multi = true;
  b.t("IDT MEETING — ");
  fac(n, c.hospice());
  b.t(" — ");
  dt(n);
  b.t(`\nPresent: Medical Director `);
  staff(n, other(n), [", MD", ", DO"]);
  b.t("; RN CM ");
  nm(n, other(n), "f");
  b.t("; MSW ");
  nm(n, other(n), c.pick(["fl", "f"] as const));
  b.t("; Chaplain ");
  nm(n, other(n), "l");
  b.t(`; bereavement; volunteer coordinator\n\n`);
  for (let i = 0; i < c.int(3, 6); i++) {
    const p = c.person();
    const ag = c.chance(0.4) ? c.oldAge() : c.int(58, 89);
    b.t(`${i + 1}. `);
    b.name(p.last.toUpperCase(), ", ", p.first);
    b.t(" (");
    if (ag >= 90) b.v(String(ag), "AGE");
    else b.t(String(ag));
    b.t(`) — ${c.pick(["ALS", "CHF NYHA IV", "end-stage dementia FAST 7c", "metastatic pancreatic ca", "COPD on 4L", "failure to thrive"])}; BP ${c.int(1, 5)}, cert ends `);
    dt(n, c.recent(), true);
    b.t(`; PPS ${c.pick(["30", "40", "20", "50"])}%.`);
    const w = c.int(0, 3);
    if (w === 0) {
      b.t(" Lives at ");
      fac(n, c.ltc());
      b.t(", room ").t(String(c.int(100, 340))).t(".");
    } else if (w === 1) {
      b.t(" Home, ");
      b.v(c.road(), "ADDRESS").t(" in ").v(c.city(), "LOCATION").t("; caregiver ");
      nm(n, other(n), "f");
      b.t(` (${c.pick(["wife", "son", "daughter"])}) fatigued, respite offered.`);
    } else if (w === 2) {
      b.t(" MRN ").v(c.mrn(), "MRN").t("; family meeting ");
      dt(n, c.recent(), true);
      b.t(".");
    } else b.t(` Recert due; MAC ${c.int(18, 27)} cm, down ${c.int(1, 3)} cm.`);
    b.t(` ${c.pick(["Continue.", "Increase RN visits 3w4.", "Chaplain visit this week.", "Discuss live discharge.", "Death imminent, vigil volunteer."])}\n`);
  }
  b.t(`\nDeaths since last IDT: `);
  const dd = c.person();
  b.name(dd.first, " ", dd.last).t(" on ");
  dt(n, c.recent(), true);
  b.t(` (bereavement assigned to `);
  nm(n, other(n), "f");
  b.t(").\n");
}

function fallsHuddle(n: Note9): void {
  const { b, c } = n;
  n.multi = true;
  b.t("# Falls huddle — ");
  fac(n, c.ltc());
  b.t("\n\n_Week of ");
  dt(n, c.recent(), c.chance(0.5));
  b.t(`_ · facilitator `);
  nm(n, other(n), "fl");
  b.t(", DON\n\n| Rm | Resident | Age | Date of fall | Injury | MD notified | Family notified |\n|---|---|---|---|---|---|---|\n");
  for (let i = 0; i < c.int(3, 7); i++) {
    const p = c.person();
    const ag = c.chance(0.45) ? c.oldAge() : c.int(62, 89);
    b.t(`| ${c.int(100, 260)}${c.pick(["", "A", "B"])} | `);
    if (c.chance(0.5)) b.name(p.last, ", ", p.first);
    else b.name(p.first, " ", p.last);
    b.t(" | ");
    if (ag >= 90) b.v(String(ag), "AGE");
    else b.t(String(ag));
    b.t(" | ");
    dt(n, c.recent(), c.chance(0.6));
    b.t(` ${c.time()} | ${c.pick(["none", "skin tear L forearm", "hematoma forehead", "c/o hip pain — x-ray neg", "laceration, 4 steri-strips"])} | `);
    if (c.chance(0.5)) b.t("Dr. ").v(c.pick(V.SURNAMES), "NAME");
    else b.t("NP — text");
    b.t(" | ");
    if (c.chance(0.7)) {
      b.t(c.pick(["dtr ", "son ", "spouse ", "POA "]));
      b.v(c.person().first, "NAME");
    } else b.t("no answer, VM");
    b.t(" |\n");
  }
  b.t(`\n**Trends:** ${c.int(2, 9)} falls, ${c.pick(["most between 0200-0600", "3 unwitnessed", "2 repeat fallers"])}; Morse > 45 in ${c.int(3, 20)} residents. Bed alarms on ${c.pick(["B wing", "200 hall", "memory care"])}.\n`);
  b.t("**Action:** PT screen for ");
  const q = c.person();
  b.name(q.first, " ", q.last[0]!).t(`.; toileting schedule q2h; hip protectors x${c.int(1, 4)}. Next huddle `);
  dt(n, c.recent(), true);
  b.t(".\n");
}

function fhirNdjson(n: Note9): void {
  const { b, c } = n;
  n.multi = true;
  const sys = `urn:oid:2.16.840.1.113883.3.${c.int(1000, 9999)}.${c.int(1, 9)}`;
  b.t(`# GET [base]/Group/${c.hex(8)}/$export?_type=Patient,Coverage  →  Patient.ndjson (${c.pick(["bulk", "nightly"])})\n`);
  for (let i = 0; i < c.int(3, 5); i++) {
    const p = c.person();
    const bd: D = c.dob();
    const id = `${c.hex(8)}-${c.hex(4)}-4${c.hex(3)}-${c.pick(["8", "9", "a", "b"])}${c.hex(3)}-${c.hex(12)}`;
    b.t('{"resourceType":"Patient","id":"').v(id, "ID").t('","identifier":[{"system":"').t(sys).t('","type":{"coding":[{"code":"MR"}]},"value":"').v(c.mrn(), "MRN").t('"}');
    if (c.chance(0.3)) b.t(',{"system":"http://hl7.org/fhir/sid/us-ssn","value":"').v(c.ssn().replace(/\D/g, ""), "SSN").t('"}');
    b.t('],"name":[{"use":"official","family":"').v(p.last, "NAME").t('","given":["').v(p.first, "NAME").t('"');
    if (p.middle) b.t(',"').v(p.middle, "NAME").t('"');
    b.t("]}");
    if (p.nick) b.t(',{"use":"nickname","given":["').v(p.nick, "NAME").t('"]}');
    b.t(`],"gender":"${c.pick(["female", "male", "unknown"])}","birthDate":"`).v(iso(bd), "DATE").t('"');
    if (c.chance(0.7)) b.t(',"telecom":[{"system":"phone","value":"').v(c.phone(), "PHONE").t(`","use":"${c.pick(["mobile", "home"])}"}]`);
    if (c.chance(0.7)) {
      b.t(',"address":[{"line":["').v(c.street(), "ADDRESS").t('"],"city":"').v(c.city(), "LOCATION").t(`","district":"`).v(c.county(), "LOCATION").t(`","state":"${c.state()}","postalCode":"`).v(c.zip(), "ZIP").t('"}]');
    }
    if (c.chance(0.2)) b.t(',"deceasedDateTime":"').v(iso(c.recent()), "DATE").t(`T${String(c.int(10, 23))}:00:00-05:00"`);
    b.t(',"meta":{"lastUpdated":"').v(iso(c.recent()), "DATE").t(`T0${c.int(0, 9)}:${c.int(10, 59)}:00Z"}}\n`);
    if (c.chance(0.4)) {
      b.t('{"resourceType":"Coverage","status":"active","subscriberId":"').v(c.member(), "HEALTH_PLAN").t(`","beneficiary":{"reference":"Patient/`).v(id, "ID").t(`"},"payor":[{"display":"${c.payer()}"}],"class":[{"type":{"text":"group"},"value":"`).v(c.group(), "HEALTH_PLAN").t('"}]}\n');
    }
  }
}

function mpiReport(n: Note9): void {
  const { b, c } = n;
  n.multi = true;
  b.t(`EMPI POTENTIAL DUPLICATE REPORT — ${c.pick(["Initiate", "Verato", "NextGate"])} threshold 0.80\nRun `);
  dt(n);
  b.t(" · worklist owner ");
  nm(n, other(n), "fl");
  b.t(" (HIM) · ticket ").v(`INC${c.digits(7)}`, "ID").t(" · from workstation ").v(c.ipv4(), "IP").t("\n\n");
  for (let i = 0; i < c.int(2, 4); i++) {
    const p: Person = c.person();
    const bd = c.dob();
    b.t(`Pair ${i + 1}  score 0.${c.int(80, 99)}  (${c.pick(["name+DOB", "SSN4+DOB", "phone+address", "DOB transposition"])})\n  A: `);
    b.v(c.mrn(), "MRN").t("  ");
    b.name(p.last.toUpperCase(), ", ", p.first.toUpperCase());
    b.t("  ").v(c.fullDate(bd), "DATE").t("  SSN4 ").v(c.digits(4), "SSN").t("  ZIP ").v(c.zip(), "ZIP").nl();
    b.t("  B: ").v(c.mrn(), "MRN").t("  ");
    const variant = c.int(0, 3);
    const first2 = variant === 0 && p.nick ? p.nick : variant === 1 ? p.first.slice(0, Math.max(1, p.first.length - 1)) : p.first;
    b.name(p.last.toUpperCase(), ", ", first2.toUpperCase());
    const bd2 = variant === 2 && bd.d <= 12 ? { y: bd.y, m: bd.d, d: bd.m } : bd;
    b.t("  ").v(c.fullDate(bd2), "DATE").t(c.pick(["  SSN4 —", "  SSN4 "]));
    if (b.text.endsWith("SSN4 ")) b.v(c.digits(4), "SSN");
    b.t("  ZIP ").v(c.zip(), "ZIP").nl();
    const act = c.int(0, 3);
    if (act === 0) {
      b.t("  → MERGE B into A; palm-vein ").v(`PV${c.digits(9)}`, "BIOMETRIC").t(" enrolled on A only.\n");
    } else if (act === 1) {
      b.t("  → NOT duplicate: twins (");
      b.v(p.first, "NAME").t(" / ").v(c.person().first, "NAME").t(").\n");
    } else if (act === 2) {
      b.t("  → Pending: registration called ");
      ph(n);
      b.t(", no answer.\n");
    } else b.t("  → Overlay risk; encounter ").v(c.digits(9), "ACCOUNT").t(" moved to A.\n");
  }
  b.t(`\nAge check: ${c.pick(["no patients 90+ flagged", "centenarian flag reviewed"])}. Report generated nightly; do not forward outside HIM.\n`);
}


export const STYLES_E: Record<string, Style> = {
  "obituary-bereavement": obituary,
  "seizure-action-plan": seizurePlan,
  "hospice-idt-roster": hospiceIdt,
  "falls-huddle-md": fallsHuddle,
  "fhir-ndjson-export": fhirNdjson,
  "mpi-duplicate-report": mpiReport,
};
