/**
 * Fourteenth corpus, styles B: messages that pass between patients, staff and partners (In Basket threads,
 * voicemail transcripts, interpreter-vendor invoices, care-management time logs, community referral platform
 * exports, workers' compensation case-manager e-mail).
 */
import type { D } from "./kit";
import { MONTHS } from "./kit";
import * as L from "./lists";
import { address, age, ageWords, clin, dt, fac, hhmm, initials, nm, other, otherOf, ph, pickAge, type Note14, type Style } from "./note";

const ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
function two(n: number): string {
  if (n < 20) return ONES[n]!;
  return n % 10 ? `${TENS[Math.floor(n / 10)]} ${ONES[n % 10]}` : TENS[Math.floor(n / 10)]!;
}
function ordWords(d: number): string {
  if (d <= 20) return ORD[d]!;
  if (d === 30) return "thirtieth";
  return `${d < 30 ? "twenty" : "thirty"} ${ORD[d % 10]}`;
}
/** `march fourth nineteen forty five`, `march fourth two thousand twelve` */
export function spokenDate(x: D): string {
  const y = x.y >= 2000 ? `two thousand ${x.y > 2000 ? two(x.y - 2000) : ""}`.trim() : `nineteen ${x.y % 100 < 10 ? `oh ${ONES[x.y % 100]}` : two(x.y % 100)}`;
  return `${MONTHS[x.m - 1]!.toLowerCase()} ${ordWords(x.d)} ${y}`;
}
function spokenPhone(p: string): string {
  const d = p.replace(/\D/g, "").replace(/^1(?=\d{10}$)/, "");
  const w = (s: string) => [...s].map((ch) => ONES[Number(ch)]).join(" ");
  return `${w(d.slice(0, 3))} ${w(d.slice(3, 6))} ${w(d.slice(6))}`;
}

function inbasketThread(n: Note14): void {
  const { b, c, pt } = n;
  const ma = other(n);
  const md = other(n);
  const mom = otherOf(n, "F");
  const pool = c.pick(["P FM NURSE POOL", "IM TRIAGE RN POOL", "P PEDS MA POOL", "Refill Pool - Clinic 3"]);
  b.t(`${c.pick(["Patient Medical Advice Request", "MyChart message thread", "Patient Message (Rx question)"])}`).nl();
  b.t("Patient: ");
  nm(n, pt, c.pick(["fl", "lf", "fml"]));
  b.t(" | MRN: ").v(n.mrn, "MRN").t(" | DOB: ");
  dt(n, n.dob);
  b.nl().t("————————————————").nl();
  b.t("From: ");
  nm(n, pt, "fl");
  const sent = c.recent();
  b.t(" (Patient)   Sent: ");
  dt(n, sent);
  b.t(` ${c.int(1, 12)}:${String(c.int(0, 59)).padStart(2, "0")} ${c.pick(["AM", "PM"])}`).nl();
  b.t(`To: ${pool}`).nl();
  b.t(`Subject: ${c.pick(["refill + question", "my mom", "side effects??", "need a letter"])}`).nl().nl();
  b.t(c.pick(["hi dr ", "Hello Dr. ", "dear dr "]));
  b.v(c.chance(0.5) ? md.last.toLowerCase() : md.last, "NAME");
  b.t(c.pick([", my mom ", " — my mother ", " my mom "]));
  b.v(mom.first, "NAME").t(` says the ${c.pick(L.DRUGS)} made her dizzy too. can you send my refill to `);
  if (c.chance(0.5)) fac(n, c.pick(L.PHARMACIES));
  else b.t(c.chain());
  b.t(` on ${c.pick(["Main", "the bypass", "Route 6"])}? i've been on it since ${c.int(2012, 2024)}. bp was ${c.int(118, 168)}/${c.int(64, 98)} this morning at ${c.int(6, 9)}:${String(c.int(0, 59)).padStart(2, "0")}.`).nl().nl();
  b.t("————————————————").nl().t("From: ");
  nm(n, ma, c.pick(["fl", "il"]));
  b.t(`, ${c.pick(["CMA", "LPN", "RN"])}   Sent: `);
  const rep = c.later(sent, c.int(0, 2));
  b.v(c.pick([`${rep.m}/${rep.d}`, `${MONTHS[rep.m - 1]!.slice(0, 3)} ${rep.d}`, `${rep.m}/${rep.d}/${rep.y}`]), "DATE");
  b.t(` ${hhmm(c)}`).nl().t("To: ");
  nm(n, pt, "fl");
  b.t("; cc: Dr. ");
  nm(n, md, "l");
  b.nl().nl().t("Hi ");
  nm(n, pt, "f");
  b.t(", Dr. ");
  nm(n, md, "l");
  b.t(" sent it. Please confirm your phone and address are still current.").nl().nl();
  b.t("————————————————").nl().t("From: ");
  nm(n, pt, "fl");
  b.t(" (Patient)").nl().nl();
  b.t("thx! new cell is ");
  ph(n, n.phone);
  b.t(" and we moved to ");
  b.v(n.addr.line1.toLowerCase(), "ADDRESS");
  if (n.addr.unit) b.t(" ").v(n.addr.unit.toLowerCase(), "ADDRESS");
  b.t(" in ").v(n.addr.city, "LOCATION").t(". email ").v(n.email, "EMAIL").nl();
}

function voicemailDigest(n: Note14): void {
  const { b, c } = n;
  n.multi = true;
  b.t(`${c.pick(["Main line", "Nurse line", "Refill line"])} voicemail — transcribed (${c.pick(["Visual Voicemail", "RingCentral", "Vonage"])}) — `);
  dt(n);
  b.nl().nl();
  const k = c.int(3, 5);
  for (let i = 1; i <= k; i++) {
    const p = c.person();
    const caller = c.person();
    const num = c.phone();
    b.t(`#${i}  From `);
    b.v(num, "PHONE");
    b.t(`  ${c.int(1, 12)}:${String(c.int(0, 59)).padStart(2, "0")} ${c.pick(["AM", "PM"])}  0:${c.int(11, 59)}  confidence ${c.int(48, 97)}%`).nl();
    b.t('"');
    const self = c.chance(0.5);
    if (self) {
      b.t("hi this is ").v(p.first.toLowerCase(), "NAME").t(" ").v(p.last.toLowerCase(), "NAME").t(" date of birth ");
      const d = c.dob();
      b.v(c.chance(0.6) ? spokenDate(d) : c.pick([`${d.m}/${d.d}/${String(d.y).slice(2)}`, `${d.m}/${d.d}/${d.y}`, `${d.m} ${d.d} ${String(d.y).slice(2)}`]), "DATE");
    } else {
      const rel = c.pick([["mother", "F"], ["dad", "M"], ["husband", "M"], ["grandma", "F"], ["son", "M"], ["wife", "F"]] as const);
      const q = c.personOf(rel[1]);
      b.t("yes hi i'm calling for my ").t(rel[0]).t(" ").v(q.first.toLowerCase(), "NAME").t(" ").v(q.last.toLowerCase(), "NAME");
      if (c.chance(0.4)) {
        const a = c.oldAge();
        b.t(` ${rel[1] === "F" ? "she's" : "he's"} `);
        b.v(ageWords(a), "AGE");
      }
      b.t(" this is ").v(caller.first.toLowerCase(), "NAME");
    }
    const r = c.int(0, 3);
    if (r === 0) b.t(" we need to reschedule the appointment on the ").v(ordWords(c.int(2, 28)), "DATE");
    else if (r === 1) b.t(` about the refill on the ${c.pick(["blood pressure pill", "water pill", "inhaler", "insulin"])}`);
    else if (r === 2) b.t(` i missed a call about my ${c.pick(["sleep study", "colonoscopy", "mammogram", "lab results"])}`);
    else b.t(` question on the bill from ${c.pick(["march", "the er visit", "last month"])}`);
    b.t(" call me back at ");
    b.v(spokenPhone(num), "PHONE");
    b.t(' thank you bye"').nl().nl();
  }
  b.t("Messages older than 14 days are purged.").nl();
}

function vriInvoice(n: Note14): void {
  const { b, c } = n;
  n.multi = true;
  const vendor = c.pick(["LinguaBridge VRI", "Cyracom", "Voyce", "AMN Language Services", "GlobalVoice Interpreting"]);
  b.t(`${vendor} — Session detail for invoice ${c.digits(7)} — billing period `);
  const start = c.recent();
  b.v(c.pick([`${MONTHS[start.m - 1]} ${start.y}`, `${String(start.m).padStart(2, "0")}/${start.y}`, `${MONTHS[start.m - 1]!.slice(0, 3)} ${start.y}`]), "DATE");
  b.nl().t(`Client: `);
  fac(n, c.hospital());
  b.t(` (acct ${c.digits(5)}, not patient-specific)`).nl();
  b.t("Date       Start  Min  Language             Interp ID  Dept / requester           Patient (MRN)").nl();
  const k = c.int(3, 6);
  for (let i = 0; i < k; i++) {
    const p = c.person();
    const req = c.person();
    const day = { ...start, d: c.int(1, 28) };
    b.v(c.pick([`${day.m}/${day.d}`, `${String(day.m).padStart(2, "0")}/${String(day.d).padStart(2, "0")}/${day.y}`, `${day.y}-${String(day.m).padStart(2, "0")}-${String(day.d).padStart(2, "0")}`]), "DATE");
    b.t(`  ${hhmm(c)}  ${c.int(3, 88)}   ${c.pick(L.INTERP_LANGS).padEnd(20)} ${c.pick(["", "ID ", "#"])}`).v(c.digits(c.pick([5, 6])), "ID");
    b.t(`  ${c.pick(["ED", "L&D", "4W", "Onc clinic", "Peds"])} / `);
    nm(n, req, c.pick(["il", "l", "fl"]));
    b.t("   ");
    nm(n, p, c.pick(["LF", "lfi", "lf"]));
    b.t(" (").v(c.mrn(), "MRN").t(")");
    if (c.chance(0.2)) b.t(" — audio only, video dropped");
    b.nl();
  }
  b.t(`Rate $${c.int(1, 3)}.${c.int(10, 99)}/min; connect time under 30 s: ${c.int(80, 99)}%.`).nl();
}

function ccmTimeLog(n: Note14): void {
  const { b, c, pt } = n;
  const rn = other(n);
  const [kidRel, kidSex] = c.pick([["daughter", "F"], ["son", "M"], ["niece", "F"], ["nephew", "M"]] as const);
  const kid = otherOf(n, kidSex);
  const pcp = other(n);
  const a = pickAge(n, 0.35);
  const mo = c.recent();
  b.t(`Chronic Care Management — monthly time log (${MONTHS[mo.m - 1]} ${mo.y})`).nl();
  b.t("Patient: ");
  nm(n, pt, c.pick(["lf", "LF", "fl"]));
  b.t(", ");
  age(n, a);
  b.t(c.pick([" y/o", " yo", "-year-old"])).t("  MBI ").v(c.mbi(), "HEALTH_PLAN").nl();
  b.t(`Dx: HTN, ${c.pick(["T2DM since", "CKD 3b since", "COPD since", "HFpEF since"])} ${c.int(1999, 2022)}. Verbal consent for CCM documented `);
  dt(n, c.later(mo, -c.int(30, 500)));
  b.t("; billing PCP Dr. ");
  nm(n, pcp, c.pick(["l", "fl"]));
  b.nl().t("Date   | Min | Staff | Activity").nl();
  const rows = c.int(3, 4);
  const acts = c.shuffle([0, 1, 2, 3]);
  const days = [c.int(1, 7), c.int(8, 14), c.int(15, 21), c.int(22, 28)];
  for (let i = 0; i < rows; i++) {
    const d = { ...mo, d: days[i]! };
    b.v(c.pick([`${d.m}/${d.d}`, `${MONTHS[d.m - 1]!.slice(0, 3)} ${d.d}`, `${String(d.m).padStart(2, "0")}/${String(d.d).padStart(2, "0")}`]), "DATE");
    b.t(` | ${c.int(4, 25)}  | `).v(initials(rn), "NAME").t(" | ");
    const r = acts[i]!;
    if (r === 0) {
      b.t(`called ${kidRel} `);
      nm(n, kid, "f");
      b.t(" at ");
      ph(n);
      b.t(` re: ${c.pick(["pillbox", "BP log", "ride to cardiology"])}`);
    } else if (r === 1) {
      b.t("faxed med list to ");
      if (c.chance(0.5)) fac(n, c.pick(L.PHARMACIES));
      else b.t(c.chain());
    } else if (r === 2) {
      b.t(`reviewed RPM cuff (serial `).v(c.serial(), "DEVICE").t(`) log: avg ${c.int(118, 168)}/${c.int(64, 98)}, ${c.int(12, 30)} readings; ${clin(n)}`);
    }
    else {
      b.t("care plan mailed to ");
      address(n, n.addr);
    }
    b.nl();
  }
  b.t(`Total ${c.int(21, 75)} min -> CPT 99490 (+99439 if >40). Signed `);
  nm(n, rn, c.pick(["fl", "il"]));
  b.t(", RN Care Manager").nl();
}

function closedLoopReferral(n: Note14): void {
  const { b, c, pt } = n;
  const nav = other(n);
  const [kidRel, kidSex] = n.dob.y < 1966 ? c.pick([["grandson", "M"], ["granddaughter", "F"]] as const) : c.pick([["daughter", "F"], ["son", "M"]] as const);
  const kid = otherOf(n, kidSex);
  const cbo = c.pick([["Kettle River Food Shelf", "food"], ["Second Step Housing Network", "housing"], ["Neighbors Energy Assistance", "utilities"], ["Safe Ride Volunteers", "transportation"], ["Bridges Legal Help", "legal"]] as const);
  b.t(`${c.pick(["Unite Us", "findhelp", "NowPow", "CommunityLink"])} referral export`).nl();
  b.t("Referral ID: ").v(`${c.pick(["REF-", "R", ""])}${c.digits(8)}`, "ID").t(`   Status: ${c.pick(["Accepted", "Resolved - Served", "Pending", "Declined - unable to reach"])}`).nl();
  b.t("From: ");
  fac(n, c.clinic());
  b.t(" / navigator ");
  nm(n, nav, c.pick(["fl", "il"]));
  b.t(", ").v(c.staffEmail(nav, c.pick(["chc-north.org", "kettleriverhealth.org"])), "EMAIL").nl();
  b.t(`To: ${cbo[0]} (${cbo[1]})`).nl();
  b.t("Client: ");
  nm(n, pt, c.pick(["fl", "lf"]));
  b.t("  DOB ");
  dt(n, n.dob);
  if (c.chance(0.5)) {
    b.t(`  Preferred contact: ${c.pick(["text", "call"])} `);
    ph(n, n.phone);
  } else b.t("  Preferred contact: email ").v(n.email, "EMAIL");
  b.nl().t("Address: ");
  address(n, n.addr);
  b.nl().t(`Household: self, ${kidRel} `);
  nm(n, kid, "f");
  b.t(` (${c.int(2, 17)}), ${c.pick(["partner", "sister", "no others"])}`).nl();
  b.t(`Screening: AHC HRSN ${c.int(2, 7)}/10 positive (${cbo[1]}); at current address since ${c.int(2010, 2024)}`).nl();
  b.t("History:").nl();
  const steps = ["sent", "viewed by CBO", "client contacted", "outcome recorded"];
  let day = c.recent();
  for (let i = 0; i < c.int(2, 4); i++) {
    b.t("  ");
    if (c.chance(0.5)) dt(n, day);
    else b.v(c.pick([`${day.m}/${day.d}`, `${String(day.m).padStart(2, "0")}/${String(day.d).padStart(2, "0")}`]), "DATE");
    b.t(` ${hhmm(c)} ${steps[i]}`).nl();
    day = c.later(day, c.int(0, 6));
  }
}

function wcCaseManagerEmail(n: Note14): void {
  const { b, c, pt } = n;
  const cm = other(n);
  const adj = other(n);
  const md = other(n);
  const emp = c.pick(L.EMPLOYERS);
  const ins = c.pick(["Travelers", "The Hartford", "Liberty Mutual", "AmTrust", "state fund"]);
  n.dob = { ...n.dob, y: c.int(1958, 2005) };
  const sent = c.recent();
  b.t("From: ");
  nm(n, cm, "fl");
  b.t(", RN CCM <").v(c.staffEmail(cm, "ncm-partners.com"), "EMAIL").t(">").nl();
  b.t("To: ").v(`referrals@${c.pick(["occmedclinic.org", "bayviewortho.com", "twoRiversPT.com".toLowerCase()])}`, "EMAIL").nl();
  b.t("Sent: ");
  dt(n, sent);
  b.t(` ${c.int(7, 11)}:${String(c.int(0, 59)).padStart(2, "0")} AM`).nl();
  b.t("Subject: WC claim ").v(`${c.letters(2)}${c.digits(8)}`, "ID").t(" - ");
  nm(n, pt, c.pick(["LF", "fl"]));
  b.nl().nl().t("Good morning,").nl().nl();
  b.t(`I am the nurse case manager with ${ins} for `);
  nm(n, pt, "fl");
  b.t(" (DOB ");
  dt(n, n.dob);
  b.t(", SSN xxx-xx-").v(c.digits(4), "SSN").t("), injured at ");
  fac(n, emp);
  b.t(" on ");
  dt(n, c.later(sent, -c.int(3, 90)), c.chance(0.3));
  b.t(`. Adjuster is `);
  nm(n, adj, c.pick(["fl", "fml"]));
  b.t(", ");
  ph(n);
  b.t(". Please send the work-status report after the visit with Dr. ");
  nm(n, md, "l");
  b.t(" on ");
  dt(n, c.later(sent, c.int(1, 14)), true);
  b.t(" to fax ");
  ph(n, c.phone(), "FAX");
  if (c.chance(0.5)) b.t(". Injury was unloading trailer plate ").v(c.plate(), "VEHICLE");
  b.t(`. Light duty is available (no lifting > ${c.int(10, 25)} lb). Claimant's cell `);
  ph(n, n.phone);
  b.t(".").nl().nl().t("Thank you,").nl();
  nm(n, cm, "fl");
  b.t(", RN, CCM").nl().t("Lic. ").v(c.licence(), "LICENSE").t(" | ");
  ph(n, c.tollFree());
  b.nl();
}

export const STYLES_B: Record<string, Style> = {
  "inbasket-thread": inbasketThread,
  "voicemail-digest": voicemailDigest,
  "vri-invoice": vriInvoice,
  "ccm-time-log": ccmTimeLog,
  "closed-loop-referral": closedLoopReferral,
  "wc-case-manager-email": wcCaseManagerEmail,
};

export { ordWords, spokenPhone };
