/** Note styles: nursing shorthand, physician SOAP notes, discharge summaries. */
import { type Piece, phi, t } from "./builder";
import { type NoteContext, addDays } from "./context";
import { EXAM, HPI, LABS, NURSING, PLAN } from "./filler";

const some = (c: NoteContext, xs: readonly string[], lo: number, hi: number): string[] =>
  c.rng.shuffle([...xs]).slice(0, c.rng.int(lo, hi));

function time(c: NoteContext): string {
  const h = c.rng.int(0, 23);
  const m = c.rng.pick(["00", "15", "30", "45", "10", "50"]);
  return c.rng.chance(0.5) ? `${String(h).padStart(2, "0")}${m}` : `${((h + 11) % 12) + 1}:${m} ${h < 12 ? "AM" : "PM"}`;
}

export function nursing(c: NoteContext): Piece {
  const r = c.rng;
  const rel = r.pick(c.relatives);
  const rn = c.clinicians.find((x) => /RN|LPN|CNA/.test(x.cred)) ?? c.clinicians[0]!;
  const doc = c.clinicians[0]!;
  const lines: Piece[] = [];
  if (r.chance(0.5)) lines.push(t`${r.pick(["Nursing note", "NSG NOTE", "Shift assessment", "RN progress note"])} - ${c.dateNear(0, 0)} ${time(c)}\n`);
  if (r.chance(0.4)) lines.push(t`Pt: ${c.name(c.pt, r.pick(["lastfirst", "full", "caps"]))}  Rm ${r.int(100, 450)}${r.pick(["A", "B", ""])}  MRN ${phi("MRN", c.mrn)}\n`);
  lines.push(t`${time(c)} ${r.pick(NURSING)} `);
  lines.push(
    r.pick([
      t`${rel.rel.charAt(0).toUpperCase() + rel.rel.slice(1)} ${c.name(rel.p, r.pick(["first", "full"]))} at bedside, updated on POC.`,
      t`Pt's ${rel.rel} ${c.name(rel.p, "first")} called @ ${c.phonePiece(rel.phone)}, questions answered.`,
      t`${c.name(rel.p, "first")} (${rel.rel}) visited this afternoon.`,
      t`Spoke w/ ${rel.rel} ${c.name(rel.p, "full")} re: d/c plans.`,
      t`Pt's ${rel.rel}, ${c.name(rel.p, "first")}, brought in home meds.`,
    ]),
  );
  lines.push("\n");
  for (const s of some(c, NURSING, 2, 4)) lines.push(t`${time(c)} ${s}\n`);
  lines.push(
    r.pick([
      t`${time(c)} ${c.clin(doc, "dr-last")} notified of BP 168/94, new order for hydralazine 10 mg IV x1.\n`,
      t`${time(c)} Rounded by ${c.clin(doc)}. Plan to d/c ${c.dateNear(1, 3, false)} if stable.\n`,
      t`${time(c)} Paged ${c.clin(doc, "dr-last")} re: K 3.1, orders rec'd.\n`,
    ]),
  );
  if (c.age >= 90 && r.chance(0.7)) lines.push(t`Pt is a ${c.agePiece()} y/o ${c.pt.sex === "F" ? "female" : "male"}, HOH, uses hearing aids.\n`);
  if (r.chance(0.3)) lines.push(t`Per ${rel.rel}, pt lives at ${c.addressPiece()} with ${c.name(rel.p, "first")}.\n`);
  lines.push(
    r.pick([
      t`Report given to ${c.name(c.clinicians[1]!.p, "full")}, RN.\n`,
      t`-- ${c.name(rn.p, "sig")}, ${rn.cred.replace(/,.*/, "")}\n`,
      t`Signed: ${c.name(rn.p, "full")} ${rn.cred.replace(/,.*/, "")} ${c.dateNear(0, 0)} ${time(c)}\n`,
      t`${rn.cred.replace(/,.*/, "")} ${c.name(rn.p, "last")}\n`,
    ]),
  );
  return lines;
}

export function soap(c: NoteContext): Piece {
  const r = c.rng;
  const doc = c.clinicians[0]!;
  const sex = c.pt.sex === "F" ? r.pick(["female", "F", "woman"]) : r.pick(["male", "M", "man"]);
  const rel = r.pick(c.relatives);
  const header: Piece[] = [];
  if (r.chance(0.7)) {
    header.push(t`${r.pick(["Patient", "Patient Name", "Name", "Pt"])}: ${c.name(c.pt, r.pick(["full", "lastfirst", "mi", "middle"]))}\n`);
    header.push(t`${r.pick(["DOB", "D.O.B.", "Date of Birth"])}: ${c.dobPiece()}${r.chance(0.5) ? t`    ${r.pick(["MRN", "MRN#", "Medical Record #", "MR#"])}: ${phi("MRN", c.mrn)}` : ""}\n`);
    header.push(t`${r.pick(["Date of Service", "DOS", "Visit date", "Date"])}: ${c.date(c.visit)}\n`);
    if (r.chance(0.4)) header.push(t`Provider: ${c.clin(doc)}   Location: ${phi("FACILITY", c.facility)}\n`);
  }
  const hpiName = r.pick([
    t`${c.name(c.pt, r.pick(["first", "full"]))} is a ${c.agePiece()} y.o. ${sex}`,
    t`${c.pt.sex === "F" ? r.pick(["Mrs.", "Ms."]) : "Mr."} ${c.name(c.pt, "last")} is a ${c.agePiece()}-year-old ${sex}`,
    t`Pt is a ${c.agePiece()} yo ${sex}`,
    t`This ${c.agePiece()} year old ${sex}`,
  ]);
  const body: Piece[] = [
    t`\nS: ${hpiName} with ${r.pick(["HTN, DM2", "COPD, CHF", "CKD 3b, gout", "depression, anxiety", "OA, HLD", "asthma"])} here for ${r.pick(["f/u", "follow-up", "new complaint of cough", "med check", "ED follow-up"])}. `,
    some(c, HPI, 2, 4).join(" "),
    r.chance(0.5) ? t` Accompanied by ${rel.rel} ${c.name(rel.p, r.pick(["first", "full"]))}.` : "",
    r.chance(0.4) ? t` Seen in ED at ${phi("FACILITY", c.facility2)} on ${c.dateNear(-20, -2, r.chance(0.5))}.` : "",
    t`\nO: ${some(c, EXAM, 2, 3).join(" ")}\n`,
    r.chance(0.6) ? t`${r.pick(LABS)} (${c.dateNear(-14, -1)})\n` : "",
    t`A/P:\n`,
    some(c, PLAN, 2, 4).map((s, i) => `${i + 1}. ${s}\n`),
    r.chance(0.5) ? t`Refer to ${c.clin(c.clinicians[1]!, "dr-full")} at ${phi("FACILITY", c.facility2)}, ph ${c.phonePiece(r.chance(0.5) ? c.phone : { area: "312", ex: "555", line: "0142" })}.\n` : "",
    r.chance(0.3) ? t`F/u appt ${c.dateNear(7, 90, false)} at ${r.int(8, 4 + 12)}:${r.pick(["00", "30", "15"])}.\n` : "",
    r.pick([
      t`\nElectronically signed by ${c.name(doc.p, "full")}, ${doc.cred} on ${c.date(c.visit)} ${time(c)}`,
      t`\n${c.name(doc.p, r.pick(["full", "mi"]))}, ${doc.cred}`,
      t`\n-${c.name(doc.p, "sig")}`,
      t`\nSeen and discussed with attending ${c.clin(c.clinicians[1]!, "dr-last")}.`,
    ]),
  ];
  return [header, body];
}

export function discharge(c: NoteContext): Piece {
  const r = c.rng;
  const admit = addDays(c.visit, -r.int(2, 9));
  const [att, pcp] = [c.clinicians[0]!, c.clinicians[1]!];
  const rel = r.pick(c.relatives);
  const caps = (s: string) => (r.chance(0.3) ? s.toUpperCase() : s);
  return [
    t`${caps("DISCHARGE SUMMARY")}\n${phi("FACILITY", c.facility)}\n`,
    t`${caps("Patient")}: ${c.name(c.pt, r.pick(["lastfirst", "full", "mi"]))}    ${caps("MRN")}: ${phi("MRN", c.mrn)}    ${caps("DOB")}: ${c.dobPiece()}\n`,
    t`${caps("Admission Date")}: ${c.date(admit)}\n${caps("Discharge Date")}: ${c.date(c.visit)}\n`,
    t`${caps("Attending")}: ${c.clin(att, r.pick(["dr-full", "full-cred"]))}\n${caps("PCP")}: ${c.clin(pcp, r.pick(["dr-full", "dr-last", "full-cred"]))}\n`,
    t`\n${caps("Diagnoses")}: ${r.pick(["Community-acquired pneumonia (J18.9)", "NSTEMI (I21.4)", "CHF exacerbation (I50.23)", "Sepsis due to UTI (A41.9, N39.0)", "COPD exacerbation (J44.1)", "Hip fracture s/p ORIF (S72.001A)"])}\n`,
    t`\n${caps("Hospital Course")}: ${c.name(c.pt, r.pick(["first", "full"]))} is a ${c.agePiece()} yo who presented on ${c.date(admit, r.chance(0.5))} with ${r.pick(["fever and cough", "chest pain", "dyspnea and leg swelling", "confusion", "a fall at home"])}. `,
    some(c, HPI, 1, 2).join(" "),
    t` ${some(c, LABS, 1, 2).join(" ")} `,
    r.pick([
      t`Cardiology (${c.clin(c.clinicians[2] ?? att, "dr-last")}) was consulted on hospital day 2. `,
      t`Seen by PT/OT who recommended SNF; family preferred home with services. `,
      t`Transferred from ${phi("FACILITY", c.facility2)} on ${c.date(addDays(admit, -1), r.chance(0.4))}. `,
    ]),
    t`${r.pick(PLAN)}\n`,
    t`\n${caps("Discharge Medications")}:\n- metoprolol succinate 25 mg, take 1/2 tab daily\n- furosemide 40 mg PO daily\n- ${r.pick(["apixaban 5 mg BID", "atorvastatin 40 mg qhs", "levothyroxine 75 mcg daily", "prednisone 40 mg x 3 more days"])}\n`,
    t`\n${caps("Disposition")}: ${r.pick([t`Home with ${rel.rel} ${c.name(rel.p, "first")}`, t`Home with home health (${phi("FACILITY", c.facility2)})`, t`SNF - ${phi("FACILITY", c.facility2)}`, t`Home`])}.\n`,
    t`${caps("Follow-up")}: ${c.clin(pcp, "dr-last")} in 1 week${r.chance(0.5) ? t` (${c.dateNear(5, 10, r.chance(0.5))})` : ""}; call ${c.phonePiece(r.chance(0.5) ? c.phone : { area: String(r.int(201, 989)), ex: String(r.int(200, 999)), line: r.digits(4) })} to schedule.\n`,
    r.chance(0.3) ? t`Home address on file: ${c.addressPiece()}\n` : "",
    t`\n${r.pick([t`Dictated by: ${c.name(att.p, "full")}, ${att.cred}`, t`${c.name(att.p, "mi")}, ${att.cred} / ${r.letters(2).toLowerCase()}`, t`Electronically signed: ${c.name(att.p, "full")} ${att.cred}`])}\n`,
  ];
}
