/**
 * After the incision: the surgical pathology requisition, the post-op day-one call, a wound-check visit, the
 * patient's incision-photo portal message, a home drain log, an SSI surveillance report and a retained-item review.
 */
import { fmtDate, monthName, weekday } from "./kit";
import * as L from "./lists";
import { address, age, clin, kin, fac, hhmm, initials, nm, other, otherOf, pickAge, ptHeader, sal, she, staff, town, type Style } from "./note";

const pathRequisition: Style = (n) => {
  const { b, c, pt } = n;
  const surgeon = other(n);
  const rn = other(n);
  const pcp = other(n);
  const dos = c.recent();
  b.t(c.pick(["SURGICAL PATHOLOGY REQUISITION", "Tissue Examination Request - Surgical Pathology", "PATHOLOGY CONSULTATION REQUEST / OR"])).nl();
  b.t("Label: ").v(`${c.pick(["S", "SP", "OR"])}${String(dos.y).slice(2)}-${c.digits(5)}`, "ID").nl();
  ptHeader(n);
  b.t("Sex: ").t(pt.sex).t(c.pick(["   SSN: ", "   SS#: "])).v(c.chance(0.4) ? c.ssn().replace(/\D/g, "").slice(5) : c.ssn(), "SSN").t(`   Ins: ${c.pick(L.PAYERS)} `).v(c.member(), "HEALTH_PLAN").nl();
  b.t("Surgeon: Dr. "); nm(n, surgeon, c.pick(["fl", "l"] as const)); b.t("   Date of procedure: ").v(c.fullDate(dos), "DATE").nl();
  b.t("Copy to: "); staff(n, pcp, [", MD", ", NP", ", DO"]); b.t(", "); fac(n, c.clinic()); b.t(", "); town(n); b.nl();
  b.t("SPECIMENS\n");
  const parts = c.shuffle(["gallbladder", "appendix", "right thyroid lobe, stitch marks superior pole", "sentinel node #1 (hot, blue)", "lipoma, posterior neck", "hernia sac", "left breast lumpectomy, short stitch superior, long lateral", "endometrial curettings"]).slice(0, c.int(1, 3));
  parts.forEach((p, i) => b.t(`  ${"ABC"[i]}. ${p} - ${c.pick(["formalin", "fresh for frozen", "fresh"])} - time out of body ${hhmm(c, false)}\n`));
  b.t(`Clinical history: ${c.pick(["RUQ pain, gallstones on US", "4 cm nodule, Bethesda IV", "palpable mass x 6 months", "IDC on core bx, ER+"])}; ${c.pick(["prior excision 2019", "no prior surgery", "FHx breast ca in mother"])}. ${c.pick(L.ICD)}\n`);
  b.t("Collected by "); nm(n, rn, c.pick(["il", "fl"] as const)); b.t(` RN at ${hhmm(c)}; received in lab by `).v(initials(other(n)), "NAME").t(` ${hhmm(c)}\n`);
};

const postopDay1Call: Style = (n) => {
  const { b, c, pt } = n;
  const sp = otherOf(n, pt.sex === "F" ? "M" : "F");
  const surgeon = other(n);
  const rn = other(n);
  const dos = c.recent();
  b.t("Post-op phone call - POD #1\n");
  b.t("Date: ").v(c.fullDate(c.shift(dos, 1)), "DATE").t(`  ${hhmm(c)}  Called `).v(n.phone, "PHONE").nl();
  b.t("Pt: "); nm(n, pt, c.pick(["lf", "fl", "LF"] as const)); b.t("  DOB ").v(c.fullDate(n.dob), "DATE").t("  s/p ").t(c.pick(L.PROCEDURES)).t(" on ").v(c.partialDate(dos), "DATE").t(" w/ Dr ").t(""); nm(n, surgeon, "l"); b.nl(2);
  const r = c.int(0, 2);
  if (r === 0) { b.t(`No answer x1, LVM. 2nd attempt ${hhmm(c)} - spoke w/ ${pt.sex === "F" ? "husband" : "wife"} `); nm(n, sp, "f"); b.t(` who states ${she(pt)} is sleeping, doing ok.`); }
  else if (r === 1) { b.t("Spoke w/ pt and "); nm(n, sp, "f"); b.t(" on speaker."); }
  else { b.t(`Spoke w/ pt. ${pt.sex === "F" ? "Husband" : "Wife"} `); nm(n, sp, "fl"); b.t(" at bedside."); }
  b.t(` Pain ${c.int(1, 8)}/10 controlled w/ ${c.pick(["Norco", "Tylenol + ibuprofen alternating", "oxycodone 5 mg q6h prn"])}. Tolerating diet. ${c.pick(["Voiding.", "No BM yet - Senokot.", "Mild nausea, Zofran helping."])} Dressing ${c.pick(["C/D/I", "small spot of drainage", "dry"])}.\n`);
  b.t("Rx picked up at "); if (c.chance(0.6)) { fac(n, c.pharmacy()); b.t(" in "); town(n); } else b.t(`CVS #${c.int(1000, 9999)}`); b.t(`. ${c.pick(["Reminded no driving on opioids.", "Ice 20 min on/off.", "Incentive spirometer 10x/hr."])}\n`);
  b.t("F/u ").v(c.partialDate(c.shift(dos, c.int(7, 14))), "DATE").t(` at ${c.pick(["9:15", "1:40 pm", "10:30 AM", "0845"])}. Pt knows to call `).v(c.phone(), "PHONE").t(" after hours for T > 101.5.\n");
  nm(n, rn, "fl"); b.t(c.pick([", RN", " LPN", ", MA"])).nl();
};

const woundCheckVisit: Style = (n) => {
  const { b, c, pt } = n;
  const a = pickAge(n, 0.15);
  const dtx = c.recent();
  const surgeon = other(n);
  const kid = otherOf(n, "F");
  const hh = other(n);
  b.t("WOUND CHECK / STAPLE REMOVAL - nurse visit").nl();
  fac(n, c.clinic()); b.t("  ").v(c.fullDate(dtx), "DATE").nl();
  ptHeader(n);
  b.t(`${sal(pt)} `); nm(n, pt, "l"); b.t(" is a "); age(n, a, c.chance(0.3)); b.t(`-year-old seen ${c.int(10, 16)} days after ${c.pick(L.PROCEDURES)} (Dr. `); nm(n, surgeon, "l"); b.t(`) done `).v(c.partialDate(c.shift(dtx, -c.int(10, 16))), "DATE").t(".\n");
  b.t(`Incision ${c.int(4, 22)} cm, well approximated, ${c.pick(["no erythema", "1 cm erythema at distal end", "scant serous drainage"])}. ${c.int(12, 34)} staples removed, Steri-Strips applied. ${clin(n)}.\n`);
  b.t(`Daughter `); nm(n, kid, c.pick(["f", "fl"] as const)); b.t(` has been doing dressing changes; ${c.pick(["she works nights at ", "she is a CNA at ", "she drives in from "])}`);
  if (b.text.endsWith("from ")) town(n); else fac(n, c.hospital());
  b.t(".\n");
  if (c.chance(0.5)) { b.t("Home health: "); fac(n, `${c.pick(L.FAC_STEMS)} Home Health`); b.t(", nurse "); nm(n, hh, "fl"); b.t(" ").v(c.phone(), "PHONE").t(" - sees pt Mon/Thu.\n"); }
  b.t("Photos to media tab. RTC ").v(c.partialDate(c.shift(dtx, c.int(14, 42))), "DATE").t(" with surgeon. ");
  b.t("Seen by "); staff(n, other(n), [", RN", " LPN", ", CMA"]); b.nl();
};

const incisionPhotoMessage: Style = (n) => {
  const { b, c, pt } = n;
  const ma = other(n);
  const surgeon = other(n);
  const sent = c.recent();
  const host = c.pick(["mychart.northfieldhealth.org", "portal.bayviewsurgical.net", "myhealth.threeriversmc.org", "connect.lakeshorehealth.org"]);
  b.t("Patient Message  |  ").v(fmtDate(sent, c.pick(["m/d/yyyy", "abbr", "mdy"] as const)), "DATE").t(` ${c.int(1, 12)}:${String(c.int(0, 59)).padStart(2, "0")} ${c.pick(["AM", "PM"])}\n`);
  b.t("From: "); nm(n, pt, "fl"); b.t("  To: Dr. "); nm(n, surgeon, "l"); b.t("'s team\nSubject: incision pic\n\n");
  b.t(`hi its `); nm(n, pt, c.pick(["lc", "f"] as const)); b.t(` had my ${c.pick(["gallbladder out", "knee done", "hernia fixed", "lump removed"])} on `).v(c.partialDate(c.shift(sent, -c.int(3, 12))), "DATE").t(` and the bottom of the cut is ${c.pick(["red and warm", "leaking yellowish stuff", "kinda puffy", "itchy, is that normal"])}. `);
  const sp = other(n);
  b.t(`my ${kin(n, sp, ["wife", "daughter", "roommate"], ["husband", "son", "roommate"])} `); nm(n, sp, c.pick(["f", "lc"] as const)); b.t(` took the pic. temp was 99.${c.int(0, 9)} this am. can i still shower?? ${c.pick(["thx", "thank you", "-sent from my iphone"])}\n`);
  b.t("Attachment: IMG_").t(c.digits(4)).t(".HEIC  ").v(`https://${host}/media/${c.uuid()}`, "URL").nl(2);
  b.t("Reply from "); nm(n, ma, c.pick(["fl", "f"] as const)); b.t(c.pick([", LPN", ", MA", " RN"])).t(": Hi ");
  if (c.chance(0.5)) nm(n, pt, "f"); else { b.t(`${sal(pt)} `); nm(n, pt, "l"); } b.t(`, Dr. `); nm(n, surgeon, "l"); b.t(` looked at the photo and would like to see you ${c.pick(["tomorrow", "this afternoon", "on Thursday"])}, `).v(c.partialDate(c.shift(sent, 1)), "DATE").t(` at ${c.pick(["10:15", "2:30", "8:40"])}. Please call `).v(c.phone(), "PHONE").t(" if worse.\n");
};

const jpDrainLog: Style = (n) => {
  const { b, c, pt } = n;
  const helper = other(n);
  const start = c.recent();
  if (c.chance(0.3)) b.v(pt.first.toUpperCase(), "NAME").t("'S DRAIN LOG\n");
  else b.t(c.pick(["Drain Output Record (bring to your visit)", "JP drain log"])).nl();
  b.t("Name: "); nm(n, pt, c.pick(["fl", "lc", "FL"] as const)); b.t("   Surgeon: Dr. "); nm(n, other(n), "l"); b.nl();
  b.t(`Drain: ${c.pick(["right", "left", "#1 (lateral)"])} - Surgery date `).v(fmtDate(start, c.pick(["m/d/yy", "m/d/yyyy", "long"] as const)), "DATE").nl(2);
  b.t("date     time    mL   color          emptied by\n");
  for (let i = 1; i <= c.int(4, 7); i++) {
    const x = c.shift(start, i);
    const f = c.int(0, 2);
    const ds = f === 0 ? `${x.m}/${x.d}` : f === 1 ? `${weekday(x).slice(0, 3)} ${x.m}/${x.d}` : `${monthName(x.m).slice(0, 3)} ${x.d}`;
    b.v(ds, "DATE").t(" ".repeat(Math.max(1, 9 - ds.length))).t(`${c.pick(["8am", "0800", "7:30", "9 pm", "2100"])}    ${c.int(5, 80)}   ${c.pick(["pink", "straw", "red-ish", "clear yellow"])}     `);
    if (c.chance(0.6)) nm(n, helper, c.pick(["f", "lc"] as const)); else b.t("me");
    b.nl();
  }
  b.t(`\nCall the office if over 30 mL in 24 h after day 7 or fever. Office `).v(c.phone(), "PHONE").nl();
};

const ssiSurveillanceReport: Style = (n) => {
  const { b, c } = n;
  const ip = other(n);
  const surgeon = other(n);
  const dos = c.recent();
  const hosp = c.hospital();
  b.t("INFECTION PREVENTION - SSI SURVEILLANCE WORKSHEET").nl();
  b.t("Event ID ").v(`SSI-${c.digits(5)}`, "ID").t("   Facility: "); fac(n, hosp); b.nl();
  ptHeader(n);
  b.t(`NHSN procedure: ${c.pick(["CHOL", "KPRO", "HPRO", "COLO", "HER", "FUSN"])}   Wound class ${c.pick(["I", "II", "III"])}   ASA ${c.int(1, 4)}   Duration ${c.int(40, 260)} min\n`);
  b.t("Index procedure ").v(c.fullDate(dos), "DATE").t(" by Dr. "); nm(n, surgeon, c.pick(["l", "fl"] as const)); b.nl();
  const re = c.shift(dos, c.int(6, 30));
  b.t(`Readmitted `).v(c.fullDate(re), "DATE").t(` via ED with ${c.pick(["purulent drainage from incision", "deep abscess on CT", "wound dehiscence"])}; culture ${c.pick(["MRSA", "MSSA", "E. coli", "Enterococcus faecalis"])}. Criteria: ${c.pick(["superficial incisional (SIP)", "deep incisional (DIP)", "organ/space"])}.\n`);
  b.t("Resides "); if (c.chance(0.5)) { b.t("in "); b.v(c.county(), "LOCATION").t(" County"); } else { b.t("at "); address(n, n.addr); } b.t(`; pre-op CHG bath x2 documented; Ancef given ${c.int(8, 58)} min before incision.\n`);
  b.t("Reviewed with surgeon on ").v(c.partialDate(c.shift(re, c.int(2, 9))), "DATE").t(". IP: "); nm(n, ip, c.pick(["fl", "il"] as const)); b.t(c.pick([", RN, CIC", ", MPH, CIC", " (IP)"])).nl();
};

const retainedItemReview: Style = (n) => {
  const { b, c, pt } = n;
  const a = pickAge(n, 0.1);
  const circ = other(n);
  const scrub = other(n);
  const surgeon = other(n);
  const rad = other(n);
  const dos = c.recent();
  b.t("SAFETY EVENT - COUNT DISCREPANCY").nl();
  b.t("Event # ").v(`${c.pick(["SE", "RL", "EV"])}${c.digits(6)}`, "ID").t("   Date of event: ").v(c.fullDate(dos), "DATE").t(`   OR ${c.int(1, 18)}\n`);
  b.t("Patient: "); nm(n, pt, c.pick(["LF", "lf"] as const)); b.t("  MRN ").v(n.mrn, "MRN").nl();
  b.t("Age "); age(n, a); b.t(`   Procedure: ${c.pick(L.PROCEDURES)}\n\n`);
  b.t(`At closing count the ${c.pick(["sponge count was off by one (Ray-Tec)", "needle count was short one 3-0 Vicryl SH", "instrument count was missing a Kelly clamp"])}. Circulator `);
  nm(n, circ, "fl"); b.t(" notified Dr. "); nm(n, surgeon, "l"); b.t(` at ${hhmm(c)}; closure paused. Recount by `); nm(n, circ, "f"); b.t(" and "); nm(n, scrub, "fl"); b.t(c.pick([" CST", ", ST", ""])).t(" unchanged.\n");
  b.t(`Intraop portable x-ray, accession `).v(`${c.pick(["XR", "CR", "A"])}${c.digits(8)}`, "ID").t(", read by Dr. "); nm(n, rad, c.pick(["l", "fl"] as const)); b.t(` as ${c.pick(["no retained foreign body", "radio-opaque marker in LLQ - item retrieved", "negative"])}. `);
  b.t(`Item later found ${c.pick(["in the kick bucket", "in the trash liner", "on the back table under a towel", "not found"])}.\n`);
  b.t("Reported by "); nm(n, circ, "il"); b.t(" RN on ").v(c.partialDate(dos), "DATE").t(". Manager follow-up with "); nm(n, scrub, "f"); b.t(".\n");
};

export const STYLES_C: Record<string, Style> = {
  "path-requisition": pathRequisition,
  "postop-day1-call": postopDay1Call,
  "wound-check-visit": woundCheckVisit,
  "incision-photo-message": incisionPhotoMessage,
  "jp-drain-log": jpDrainLog,
  "ssi-surveillance-report": ssiSurveillanceReport,
  "retained-item-review": retainedItemReview,
};
